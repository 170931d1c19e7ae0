// Package metrics serves a service's Prometheus metrics on an address of its
// own (--metrics.addr), apart from the nexus_ JSON-RPC: an operator exposes
// it to a scraper only, and a public RPC client never reaches it. The server
// answers GET /metrics and nothing else, under its own small limits.
package metrics

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"golang.org/x/net/netutil"
)

// Namespace prefixes every Nexus metric.
const Namespace = "nexus"

// Limits of the metrics server: a scraper makes one request at a time, every
// few seconds, so a handful of connections is plenty.
const (
	maxConns      = 16
	maxInFlight   = 4
	headerTimeout = 5 * time.Second
	writeTimeout  = 10 * time.Second
	idleTimeout   = time.Minute
)

// NewRegistry returns a registry holding the process's own metrics:
// process_resident_memory_bytes, process_cpu_seconds_total and the other
// process_* metrics, and the Go runtime's go_* metrics (heap, GC,
// goroutines).
func NewRegistry() *prometheus.Registry {
	r := prometheus.NewRegistry()
	r.MustRegister(collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		collectors.NewGoCollector())
	return r
}

// Server serves one registry on /metrics.
type Server struct {
	http *http.Server
	ln   net.Listener
}

// Listen listens on addr ("127.0.0.1:0" picks a port).
func Listen(addr string, g prometheus.Gatherer) (*Server, error) {
	if addr == "" {
		return nil, errors.New("metrics: no listen address")
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("metrics: listening on %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(g, promhttp.HandlerOpts{
		MaxRequestsInFlight: maxInFlight,
		Timeout:             writeTimeout / 2,
		ErrorHandling:       promhttp.ContinueOnError,
	}))
	s := &Server{ln: netutil.LimitListener(ln, maxConns)}
	s.http = &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: headerTimeout,
		ReadTimeout:       headerTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    8 << 10,
	}
	return s, nil
}

// Addr is the listening address.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// URL is the address of the metrics page.
func (s *Server) URL() string { return "http://" + s.Addr() + "/metrics" }

// Start serves in the background.
func (s *Server) Start(context.Context) error {
	go func() {
		if err := s.http.Serve(s.ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			slog.Error("metrics server stopped", "err", err)
		}
	}()
	return nil
}

// Stop shuts the server down.
func (s *Server) Stop(ctx context.Context) error { return s.http.Shutdown(ctx) }

// Serve listens on addr and serves g until ctx ends. An empty addr serves
// nothing and returns a nil server.
func Serve(ctx context.Context, addr string, g prometheus.Gatherer) (*Server, error) {
	if addr == "" {
		return nil, nil
	}
	s, err := Listen(addr, g)
	if err != nil {
		return nil, err
	}
	s.Start(ctx)
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		s.Stop(shutdown)
	}()
	return s, nil
}

// Name is a metric's full name: the nexus_ prefix, the subsystem and the name.
func Name(subsystem, name string) string { return prometheus.BuildFQName(Namespace, subsystem, name) }
