package main

import (
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/nexus-rollup/nexus/aggregator"
	"github.com/nexus-rollup/nexus/l1/watcher"
	"github.com/nexus-rollup/nexus/prover/service"
	"github.com/nexus-rollup/nexus/sequencer"
)

// recorder is a Registerer that keeps the names of what registers.
type recorder struct{ names map[string]bool }

var fqName = regexp.MustCompile(`fqName: "([a-z0-9_:]+)"`)

func (r *recorder) Register(c prometheus.Collector) error {
	ch := make(chan *prometheus.Desc, 64)
	go func() { c.Describe(ch); close(ch) }()
	for d := range ch {
		if m := fqName.FindStringSubmatch(d.String()); m != nil {
			r.names[m[1]] = true
		}
	}
	return nil
}

func (r *recorder) MustRegister(cs ...prometheus.Collector) {
	for _, c := range cs {
		r.Register(c)
	}
}

func (r *recorder) Unregister(prometheus.Collector) bool { return false }

// TestMetricsDocumented: every nexus_ metric the services register is in
// docs/operations.md, and the docs and the sample Grafana dashboard name
// none that does not exist.
func TestMetricsDocumented(t *testing.T) {
	r := &recorder{names: map[string]bool{}}
	sequencer.NewMetrics(r).Register(r, nil)
	watcher.RegisterMetrics(r, nil)
	service.NewMetrics(r)
	aggregator.NewMetrics(r, func() ([]string, error) { return nil, nil })
	if len(r.names) < 30 {
		t.Fatalf("only %d metrics registered: %v", len(r.names), r.names)
	}
	for name := range r.names {
		if !strings.HasPrefix(name, "nexus_") {
			t.Errorf("metric %s has no nexus_ prefix", name)
		}
	}
	named := regexp.MustCompile(`\bnexus_[a-z0-9_]+\b`) // not the RPC's camel-case methods
	for _, file := range []string{"../../../docs/operations.md", "../../../docs/grafana-dashboard.json"} {
		raw, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, n := range named.FindAllString(string(raw), -1) {
			base := n
			for _, suffix := range []string{"_bucket", "_sum", "_count"} {
				if trimmed := strings.TrimSuffix(n, suffix); trimmed != n && r.names[trimmed] {
					base = trimmed
				}
			}
			seen[base] = true
			if !r.names[base] && base != "nexus_subscribe" {
				t.Errorf("%s names %s, which no service registers", file, n)
			}
		}
		if strings.HasSuffix(file, ".md") {
			var missing []string
			for name := range r.names {
				if !seen[name] {
					missing = append(missing, name)
				}
			}
			sort.Strings(missing)
			if len(missing) > 0 {
				t.Errorf("%s does not document %v", file, missing)
			}
		}
	}
}
