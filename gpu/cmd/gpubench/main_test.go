package main

import (
	"strings"
	"testing"
)

func TestRunRejectsBadOptions(t *testing.T) {
	for _, tc := range []struct {
		o    options
		only string
		want string
	}{
		{options{k: 16, runs: 1, wrapKey: "dummy"}, "mlp,gpt", `unknown benchmark "gpt"`},
		{options{k: 0, runs: 1, wrapKey: "dummy"}, "mlp", "-k 0"},
		{options{k: 65, runs: 1, wrapKey: "dummy"}, "mlp", "-k 65"},
		{options{k: 2, runs: 0, wrapKey: "dummy"}, "mlp", "-runs 0"},
		{options{k: 2, runs: 1, wrapKey: "real"}, "wrap", `-wrap-key "real"`},
	} {
		tc.o.out = t.TempDir()
		tc.o.cpuOnly = true
		err := run(&tc.o, tc.only)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v -only %s: %v, want %q", tc.o, tc.only, err, tc.want)
		}
	}
}

func TestMedianAndFormat(t *testing.T) {
	if m := median([]float64{9, 1, 5}); m != 5 {
		t.Fatalf("median = %v", m)
	}
	if m := median(nil); m != 0 {
		t.Fatalf("median(nil) = %v", m)
	}
	if s := fmtMs(12345); s != "12.3 s" {
		t.Fatalf("fmtMs = %q", s)
	}
	if s := fmtMs(28.04); s != "28.0 ms" {
		t.Fatalf("fmtMs = %q", s)
	}
}
