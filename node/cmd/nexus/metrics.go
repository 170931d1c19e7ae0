package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/nexus-rollup/nexus/internal/metrics"
	"github.com/nexus-rollup/nexus/node"
	"github.com/nexus-rollup/nexus/sequencer"
)

// metricsService listens on [metrics] addr (--metrics.addr) for reg and
// returns the server as a service for a node.Stack (a service that does
// nothing, and a nil server, when no address is set).
func metricsService(cfg *node.Config, reg *prometheus.Registry, what string, w io.Writer) (node.Lifecycle, *metrics.Server, error) {
	if cfg.Metrics.Addr == "" {
		return node.Hooks{}, nil, nil
	}
	srv, err := metrics.Listen(cfg.Metrics.Addr, reg)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", what, err)
	}
	announceMetrics(srv, what, w)
	return srv, srv, nil
}

func announceMetrics(srv *metrics.Server, what string, w io.Writer) {
	if srv == nil {
		return
	}
	slog.Info("serving Prometheus metrics", "service", what, "url", srv.URL())
	if w != nil {
		fmt.Fprintf(w, "%s: Prometheus metrics on %s\n", what, srv.URL())
	}
}

// stopStack stops a node's services, with a bound on the whole stop.
func stopStack(stack *node.Stack) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return stack.Stop(ctx)
}

// sequencerMetrics creates the sequencer's metrics in a fresh registry
// (with the process's own) and sets them in seqCfg.
func sequencerMetrics(seqCfg *sequencer.Config) *prometheus.Registry {
	reg := metrics.NewRegistry()
	seqCfg.Metrics = sequencer.NewMetrics(reg)
	return reg
}
