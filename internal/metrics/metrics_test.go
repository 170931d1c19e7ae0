package metrics

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

func TestServerServesMetricsOnly(t *testing.T) {
	reg := NewRegistry()
	c := prometheus.NewCounter(prometheus.CounterOpts{Namespace: Namespace, Name: "test_events_total", Help: "Events."})
	reg.MustRegister(c)
	c.Add(3)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	srv, err := Serve(ctx, "127.0.0.1:0", reg)
	if err != nil {
		t.Fatal(err)
	}
	fams, err := Scrape(ctx, srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	if v, ok := fams.Value("nexus_test_events_total"); !ok || v != 3 {
		t.Errorf("nexus_test_events_total = %v, %v; want 3", v, ok)
	}
	for _, name := range []string{"process_resident_memory_bytes", "go_goroutines"} {
		if v, ok := fams.Value(name); !ok || v <= 0 {
			t.Errorf("%s = %v, %v; want > 0", name, v, ok)
		}
	}
	// Only GET /metrics: no other path, no JSON-RPC.
	for _, tc := range []struct {
		method, path string
		status       int
	}{
		{http.MethodGet, "/", http.StatusNotFound},
		{http.MethodGet, "/explorer/", http.StatusNotFound},
		{http.MethodPost, "/metrics", http.StatusMethodNotAllowed},
		{http.MethodPost, "/", http.StatusNotFound},
	} {
		req, _ := http.NewRequest(tc.method, "http://"+srv.Addr()+tc.path, strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"nexus_stateRoot"}`))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tc.status {
			t.Errorf("%s %s: status %d, want %d", tc.method, tc.path, resp.StatusCode, tc.status)
		}
	}
	cancel()
	deadline := time.Now().Add(5 * time.Second)
	for {
		if _, err := Scrape(context.Background(), srv.URL()); err != nil {
			break // stopped with its context
		}
		if time.Now().After(deadline) {
			t.Fatal("the metrics server outlived its context")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestServeErrors(t *testing.T) {
	if s, err := Serve(context.Background(), "", NewRegistry()); s != nil || err != nil {
		t.Errorf("empty address: %v, %v; want no server, no error", s, err)
	}
	if _, err := Listen("", NewRegistry()); err == nil {
		t.Error("Listen with no address succeeded")
	}
	s, err := Listen("127.0.0.1:0", NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	s.Start(context.Background())
	defer s.Stop(context.Background())
	if _, err := Listen(s.Addr(), NewRegistry()); err == nil || !strings.Contains(err.Error(), "listening on") {
		t.Errorf("port taken: %v", err)
	}
	if _, err := Scrape(context.Background(), "http://"+s.Addr()+"/nothing"); err == nil {
		t.Error("scraping a page that is not there succeeded")
	}
}
