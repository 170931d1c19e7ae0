package sequencer

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
	"golang.org/x/net/netutil"
	"golang.org/x/time/rate"

	"github.com/nexus-rollup/nexus/sequencer/explorer"
)

// MaxRequestSize is the default bound of one JSON-RPC request: an HTTP body
// or a WebSocket message.
const MaxRequestSize = 128 << 10

// ServerConfig bounds what one client can make the JSON-RPC server do. The
// same limits hold over HTTP and WebSocket. Zero fields take the defaults
// of DefaultServerConfig.
type ServerConfig struct {
	MaxRequestSize       int           // bytes of an HTTP body or a WebSocket message
	MaxBatchItems        int           // calls in one JSON-RPC batch
	MaxBatchResponseSize int           // bytes of a batch's responses; later items get an error
	RateLimit            float64       // calls per second per connection (a batch costs one per item)
	RateBurst            int           // calls a connection may make at once
	MaxConns             int           // open connections; further ones wait to be accepted
	ReadHeaderTimeout    time.Duration // HTTP: to read a request's headers
	ReadTimeout          time.Duration // HTTP: to read a whole request
	WriteTimeout         time.Duration // HTTP: to write a response
	IdleTimeout          time.Duration // HTTP: keep-alive between requests
	PingInterval         time.Duration // WebSocket: ping period; a peer silent two periods is dropped
}

// DefaultServerConfig is what `nexus sequencer` serves with unless told
// otherwise: room for every honest client (a prover polls every 2 s, a
// wallet sends a few ops a second), nothing one connection can use to
// exhaust memory or goroutines.
func DefaultServerConfig() ServerConfig {
	return ServerConfig{
		MaxRequestSize:       MaxRequestSize,
		MaxBatchItems:        100,
		MaxBatchResponseSize: 8 << 20,
		RateLimit:            200,
		RateBurst:            400,
		MaxConns:             512,
		ReadHeaderTimeout:    5 * time.Second,
		ReadTimeout:          30 * time.Second,
		WriteTimeout:         30 * time.Second,
		IdleTimeout:          2 * time.Minute,
		PingInterval:         30 * time.Second,
	}
}

// withDefaults fills the zero fields.
func (c ServerConfig) withDefaults() ServerConfig {
	d := DefaultServerConfig()
	set := func(v *int, def int) {
		if *v == 0 {
			*v = def
		}
	}
	setD := func(v *time.Duration, def time.Duration) {
		if *v == 0 {
			*v = def
		}
	}
	set(&c.MaxRequestSize, d.MaxRequestSize)
	set(&c.MaxBatchItems, d.MaxBatchItems)
	set(&c.MaxBatchResponseSize, d.MaxBatchResponseSize)
	set(&c.RateBurst, d.RateBurst)
	set(&c.MaxConns, d.MaxConns)
	if c.RateLimit == 0 {
		c.RateLimit = d.RateLimit
	}
	setD(&c.ReadHeaderTimeout, d.ReadHeaderTimeout)
	setD(&c.ReadTimeout, d.ReadTimeout)
	setD(&c.WriteTimeout, d.WriteTimeout)
	setD(&c.IdleTimeout, d.IdleTimeout)
	setD(&c.PingInterval, d.PingInterval)
	return c
}

// Check reports whether the limits are usable (after defaults).
func (c ServerConfig) Check() error {
	c = c.withDefaults()
	switch {
	case c.MaxRequestSize < 4<<10:
		return fmt.Errorf("rpc: max request size %d bytes is below 4 KiB (a proof submission)", c.MaxRequestSize)
	case c.MaxBatchItems < 1 || c.MaxBatchResponseSize < 1:
		return fmt.Errorf("rpc: batch limits (%d items, %d response bytes) must be positive",
			c.MaxBatchItems, c.MaxBatchResponseSize)
	case c.RateLimit < 0 || c.RateBurst < 1 || float64(c.RateBurst) < min(c.RateLimit, float64(c.MaxBatchItems)):
		return fmt.Errorf("rpc: rate %v/s with burst %d: the burst must be at least 1 and cover a full batch or a second",
			c.RateLimit, c.RateBurst)
	case c.MaxConns < 1:
		return fmt.Errorf("rpc: max connections %d must be positive", c.MaxConns)
	case c.ReadHeaderTimeout < 0 || c.ReadTimeout < 0 || c.WriteTimeout < 0 || c.IdleTimeout < 0 || c.PingInterval < 0:
		return errors.New("rpc: timeouts must be positive")
	}
	return nil
}

// JSON-RPC error codes the server itself answers with.
const (
	CodeParseError     = -32700
	CodeInvalidRequest = -32600
	CodeLimitExceeded  = -32005 // EIP-1474 "limit exceeded": request too large or too frequent
)

// Server serves the nexus_ namespace over HTTP and WebSocket on one port.
type Server struct {
	cfg  ServerConfig
	rpc  *rpc.Server
	http *http.Server
	ln   net.Listener
	// metrics counts the requests the limits refuse (nil: none).
	metrics *Metrics
	// page serves the explorer's static assets under /explorer/.
	page http.Handler
}

// NewServer listens on addr ("127.0.0.1:0" picks a port) with the default limits.
func NewServer(addr string, api *API) (*Server, error) {
	return Listen(addr, api, ServerConfig{})
}

// Listen listens on addr and serves api with the limits of cfg (zero
// fields: DefaultServerConfig).
func Listen(addr string, api *API, cfg ServerConfig) (*Server, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	srv := rpc.NewServer()
	srv.SetHTTPBodyLimit(cfg.MaxRequestSize)
	srv.SetBatchLimits(cfg.MaxBatchItems, cfg.MaxBatchResponseSize)
	if err := srv.RegisterName("nexus", api); err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("sequencer: listening on %s: %w", addr, err)
	}
	s := &Server{cfg: cfg, rpc: srv, ln: netutil.LimitListener(ln, cfg.MaxConns), page: explorer.Handler()}
	if api != nil && api.s != nil {
		s.metrics = api.s.cfg.Metrics
	}
	s.http = &http.Server{
		Handler:           http.HandlerFunc(s.serveHTTP),
		ReadHeaderTimeout: cfg.ReadHeaderTimeout,
		ReadTimeout:       cfg.ReadTimeout,
		WriteTimeout:      cfg.WriteTimeout, // a WebSocket clears it on upgrade and pings instead
		IdleTimeout:       cfg.IdleTimeout,
		MaxHeaderBytes:    16 << 10,
		ConnContext: func(ctx context.Context, _ net.Conn) context.Context {
			return context.WithValue(ctx, limiterKey{}, s.newLimiter())
		},
	}
	return s, nil
}

// Addr is the listening address.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Start serves in the background.
func (s *Server) Start(context.Context) error {
	go func() {
		if err := s.http.Serve(s.ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			slog.Error("sequencer RPC server stopped", "err", err)
		}
	}()
	return nil
}

// Stop shuts the server down.
func (s *Server) Stop(ctx context.Context) error {
	s.rpc.Stop()
	return s.http.Shutdown(ctx)
}

type limiterKey struct{}

func (s *Server) newLimiter() *rate.Limiter {
	return rate.NewLimiter(rate.Limit(s.cfg.RateLimit), s.cfg.RateBurst)
}

// connLimiter is the rate limiter of the request's connection.
func (s *Server) connLimiter(r *http.Request) *rate.Limiter {
	if l, ok := r.Context().Value(limiterKey{}).(*rate.Limiter); ok {
		return l
	}
	return s.newLimiter()
}

// rpcError is a JSON-RPC error response with a null id, for requests the
// server refuses before reading their ids.
func rpcError(code int, msg string) []byte {
	return errorFor(nil, code, msg)
}

func errorFor(id json.RawMessage, code int, msg string) []byte {
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	raw, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": id, "error": map[string]any{"code": code, "message": msg}})
	return raw
}

// refusal answers every call of a (valid JSON) request with the same error,
// under each call's id, so a client matches it to its call.
func refusal(body []byte, code int, msg string) []byte {
	type call struct {
		ID json.RawMessage `json:"id"`
	}
	if body = bytes.TrimSpace(body); len(body) > 0 && body[0] == '[' {
		var items []call
		json.Unmarshal(body, &items)
		out := make([]json.RawMessage, len(items))
		for i, c := range items {
			out[i] = errorFor(c.ID, code, msg)
		}
		raw, _ := json.Marshal(out)
		return raw
	}
	var c call
	json.Unmarshal(body, &c)
	return errorFor(c.ID, code, msg)
}

func writeRPCError(w http.ResponseWriter, status int, body []byte) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(body)
}

func rateMsg(c ServerConfig) string {
	return fmt.Sprintf("rate limit exceeded: at most %v calls/s per connection", c.RateLimit)
}

// calls is how many calls a request body holds (its batch items), for the
// rate limit; 0 for a body that is not JSON.
func calls(body []byte) int {
	body = bytes.TrimSpace(body)
	if len(body) == 0 || !json.Valid(body) {
		return 0
	}
	if body[0] != '[' {
		return 1
	}
	var items []json.RawMessage
	if json.Unmarshal(body, &items) != nil {
		return 0
	}
	return max(len(items), 1)
}

// serveHTTP reads the whole (bounded) body, refuses an empty or malformed
// one with a JSON-RPC parse error and a connection over its rate with
// CodeLimitExceeded, then hands the request to the JSON-RPC server.
func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	if isWebsocket(r) {
		s.serveWebsocket(w, r)
		return
	}
	if explorer.Is(r.URL.Path) {
		// The page's assets count against the connection's rate like a call.
		if !s.connLimiter(r).Allow() {
			s.metrics.refused("rate")
			http.Error(w, rateMsg(s.cfg), http.StatusTooManyRequests)
			return
		}
		s.page.ServeHTTP(w, r)
		return
	}
	if r.Method != http.MethodPost {
		s.rpc.ServeHTTP(w, r) // health checks (GET), CORS preflight, method errors
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, int64(s.cfg.MaxRequestSize)+1))
	if err != nil {
		writeRPCError(w, http.StatusBadRequest, rpcError(CodeParseError, "parse error: reading the request body: "+err.Error()))
		return
	}
	if len(body) > s.cfg.MaxRequestSize {
		s.metrics.refused("size")
		writeRPCError(w, http.StatusRequestEntityTooLarge, rpcError(CodeLimitExceeded,
			fmt.Sprintf("request larger than %d bytes", s.cfg.MaxRequestSize)))
		return
	}
	n := calls(body)
	if n == 0 {
		msg := "parse error: the request body is not JSON"
		if len(bytes.TrimSpace(body)) == 0 {
			msg = "parse error: empty request body"
		}
		s.metrics.refused("parse")
		writeRPCError(w, http.StatusOK, rpcError(CodeParseError, msg))
		return
	}
	if !s.connLimiter(r).AllowN(time.Now(), min(n, s.cfg.MaxBatchItems)) {
		s.metrics.refused("rate")
		writeRPCError(w, http.StatusOK, refusal(body, CodeLimitExceeded, rateMsg(s.cfg)))
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	r.ContentLength = int64(len(body))
	s.rpc.ServeHTTP(w, r)
}
