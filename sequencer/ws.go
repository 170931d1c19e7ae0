package sequencer

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/gorilla/websocket"
)

// The WebSocket transport. go-ethereum's own handler applies neither the
// server's request size nor a rate limit to WebSocket messages, so each
// connection is served here: messages are read (bounded by MaxRequestSize),
// checked and rate-limited one by one, and passed over an in-memory stream
// to the JSON-RPC server (which applies the batch limits, and supports
// subscriptions on a stream). Responses and notifications go back one per
// message. A ping every PingInterval keeps the connection; a peer that
// answers no ping within another PingInterval is dropped.

func isWebsocket(r *http.Request) bool {
	return strings.EqualFold(r.Header.Get("Upgrade"), "websocket")
}

var upgrader = websocket.Upgrader{
	ReadBufferSize:  4096,
	WriteBufferSize: 4096,
	CheckOrigin:     func(*http.Request) bool { return true }, // the API carries its own authentication
}

// wsConn is one WebSocket connection; writes are serialised by mu (gorilla
// allows one writer; control frames may be written concurrently).
type wsConn struct {
	ws *websocket.Conn
	mu sync.Mutex
}

func (c *wsConn) write(msg []byte, timeout time.Duration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.ws.SetWriteDeadline(time.Now().Add(timeout))
	return c.ws.WriteMessage(websocket.TextMessage, msg)
}

func (s *Server) serveWebsocket(w http.ResponseWriter, r *http.Request) {
	lim := s.connLimiter(r)
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // the upgrader answered the HTTP request
	}
	c := &wsConn{ws: ws}
	ws.SetReadLimit(int64(s.cfg.MaxRequestSize))
	ping := s.cfg.PingInterval
	alive := func() { ws.SetReadDeadline(time.Now().Add(2 * ping)) }
	alive()
	ws.SetPongHandler(func(string) error { alive(); return nil })

	toServer, server := net.Pipe()
	go s.rpc.ServeCodec(rpc.NewCodec(server), 0)
	done := make(chan struct{})
	defer func() {
		toServer.Close()
		<-done
	}()
	go func() { // responses and notifications → the peer
		defer close(done)
		defer ws.Close()
		dec := json.NewDecoder(toServer)
		for {
			var msg json.RawMessage
			if err := dec.Decode(&msg); err != nil {
				return
			}
			if err := c.write(msg, s.cfg.WriteTimeout); err != nil {
				return
			}
		}
	}()
	go func() {
		t := time.NewTicker(ping)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				if ws.WriteControl(websocket.PingMessage, nil, time.Now().Add(ping)) != nil {
					return
				}
			}
		}
	}()
	for { // requests → the server
		_, msg, err := ws.ReadMessage()
		if err != nil {
			if err == websocket.ErrReadLimit {
				s.metrics.refused("size")
				c.write(rpcError(CodeLimitExceeded, fmt.Sprintf("request larger than %d bytes", s.cfg.MaxRequestSize)), time.Second)
			}
			return
		}
		n := calls(msg)
		if n == 0 {
			// A message that is not one JSON value would corrupt the stream.
			s.metrics.refused("parse")
			if c.write(rpcError(CodeParseError, "parse error: the message is not one JSON value"), s.cfg.WriteTimeout) != nil {
				return
			}
			continue
		}
		if !lim.AllowN(time.Now(), min(n, s.cfg.MaxBatchItems)) { // a larger batch is refused whole
			s.metrics.refused("rate")
			if c.write(refusal(msg, CodeLimitExceeded, rateMsg(s.cfg)), s.cfg.WriteTimeout) != nil {
				return
			}
			continue
		}
		if _, err := toServer.Write(msg); err != nil {
			return
		}
	}
}
