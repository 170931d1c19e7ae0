package sequencer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// MaxRequestSize bounds one JSON-RPC request body.
const MaxRequestSize = 128 << 10

// Server serves the nexus_ namespace over HTTP and WebSocket on one port.
type Server struct {
	rpc  *rpc.Server
	http *http.Server
	ln   net.Listener
}

// NewServer listens on addr ("127.0.0.1:0" picks a port).
func NewServer(addr string, api *API) (*Server, error) {
	srv := rpc.NewServer()
	srv.SetHTTPBodyLimit(MaxRequestSize)
	if err := srv.RegisterName("nexus", api); err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("sequencer: listening on %s: %w", addr, err)
	}
	ws := srv.WebsocketHandler([]string{"*"})
	mux := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") == "websocket" {
			ws.ServeHTTP(w, r)
			return
		}
		srv.ServeHTTP(w, r)
	})
	return &Server{rpc: srv, ln: ln, http: &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}}, nil
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
