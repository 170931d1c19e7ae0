package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/nexus-rollup/nexus/internal/metrics"
	"github.com/nexus-rollup/nexus/l1/watcher"
	"github.com/nexus-rollup/nexus/node"
	"github.com/nexus-rollup/nexus/sequencer"
)

// serveMetrics serves reg on [metrics] addr (--metrics.addr) until ctx
// ends; it does nothing when no address is set. what names the service.
func serveMetrics(ctx context.Context, cfg *node.Config, reg *prometheus.Registry, what string, w io.Writer) (*metrics.Server, error) {
	srv, err := metrics.Serve(ctx, cfg.Metrics.Addr, reg)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if srv != nil {
		slog.Info("serving Prometheus metrics", "service", what, "url", srv.URL())
		if w != nil {
			fmt.Fprintf(w, "%s: Prometheus metrics on %s\n", what, srv.URL())
		}
	}
	return srv, nil
}

// sequencerMetrics creates the sequencer's metrics in a fresh registry
// (with the process's own) and sets them in seqCfg.
func sequencerMetrics(seqCfg *sequencer.Config) *prometheus.Registry {
	reg := metrics.NewRegistry()
	seqCfg.Metrics = sequencer.NewMetrics(reg)
	return reg
}

// registerStack adds the gauges read from a running sequencer stack at each
// scrape: mempool depth, live jobs by status and the L1 watcher's progress.
func registerStack(reg prometheus.Registerer, stack *seqStack) {
	stack.seq.Metrics().Register(reg, stack.seq)
	watcher.RegisterMetrics(reg, stack.w)
}
