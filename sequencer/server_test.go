package sequencer

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/gorilla/websocket"
)

// serve runs f's API on a loopback port with the limits of cfg.
func serve(t *testing.T, f *fixture, cfg ServerConfig) *Server {
	t.Helper()
	srv, err := Listen("127.0.0.1:0", f.api, cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv.Start(context.Background())
	t.Cleanup(func() { srv.Stop(context.Background()) })
	return srv
}

// post sends one raw HTTP JSON-RPC request and returns the status and body.
func post(t *testing.T, srv *Server, body []byte) (int, []byte) {
	t.Helper()
	resp, err := http.Post("http://"+srv.Addr(), "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, out
}

// wsDial opens a raw WebSocket to srv.
func wsDial(t *testing.T, srv *Server) *websocket.Conn {
	t.Helper()
	c, _, err := websocket.DefaultDialer.Dial("ws://"+srv.Addr(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// wsRoundTrip sends one message and reads one answer (nil if the server
// closed the connection instead).
func wsRoundTrip(t *testing.T, c *websocket.Conn, msg []byte) []byte {
	t.Helper()
	if err := c.WriteMessage(websocket.TextMessage, msg); err != nil {
		return nil
	}
	c.SetReadDeadline(time.Now().Add(30 * time.Second))
	_, out, err := c.ReadMessage()
	if err != nil {
		return nil
	}
	return out
}

type rpcResp struct {
	ID     json.RawMessage `json:"id"`
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func batchOf(n int, method string) []byte {
	calls := make([]string, n)
	for i := range calls {
		calls[i] = fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":%q,"params":[]}`, i+1, method)
	}
	return []byte("[" + strings.Join(calls, ",") + "]")
}

// answered counts the results (not errors) of a batch response.
func answered(t *testing.T, raw []byte) int {
	t.Helper()
	var rs []rpcResp
	if err := json.Unmarshal(raw, &rs); err != nil {
		var one rpcResp
		if json.Unmarshal(raw, &one) == nil && one.Error != nil {
			return 0
		}
		t.Fatalf("not a JSON-RPC batch response: %.200s", raw)
	}
	n := 0
	for _, r := range rs {
		if r.Error == nil {
			n++
		}
	}
	return n
}

// TestBatchLimitsOnEveryTransport: a batch over the item limit is refused,
// and a batch's responses stop at the response size limit, over HTTP and
// over WebSocket alike (RELIABILITY.md E.4).
func TestBatchLimitsOnEveryTransport(t *testing.T) {
	f := newFixture(t)
	srv := serve(t, f, ServerConfig{MaxBatchItems: 10, MaxBatchResponseSize: 8 << 10, RateLimit: 1e6, RateBurst: 1e6})
	big := batchOf(11, "nexus_stateRoot")
	// Each getBatch result is over 400 bytes: ten of them exceed 2 KiB.
	var calls []string
	for i := range 10 {
		calls = append(calls, fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"nexus_getBatch","params":["latest"]}`, i+1))
	}
	heavy := []byte("[" + strings.Join(calls, ",") + "]")
	srv2 := serve(t, f, ServerConfig{MaxBatchItems: 10, MaxBatchResponseSize: 2 << 10, RateLimit: 1e6, RateBurst: 1e6})

	_, out := post(t, srv, big)
	if n := answered(t, out); n != 0 {
		t.Errorf("HTTP: %d calls of an 11-item batch answered, limit 10", n)
	}
	if out := wsRoundTrip(t, wsDial(t, srv), big); out == nil || answered(t, out) != 0 {
		t.Errorf("WebSocket: an 11-item batch was not refused: %.200s", out)
	}
	_, out = post(t, srv2, heavy)
	if n := answered(t, out); n == 0 || n == 10 || len(out) > 8<<10 {
		t.Errorf("HTTP: %d of 10 answered in %d bytes, want the answers cut at 2 KiB", n, len(out))
	}
	if out := wsRoundTrip(t, wsDial(t, srv2), heavy); out == nil || answered(t, out) == 10 {
		t.Errorf("WebSocket: the response size limit did not apply (%d bytes)", len(out))
	}
}

// TestRequestSizeLimitOverWebsocket: a WebSocket message larger than the
// request size limit is refused like an HTTP body is (it was read up to
// go-ethereum's 32 MiB default).
func TestRequestSizeLimitOverWebsocket(t *testing.T) {
	f := newFixture(t)
	srv := serve(t, f, ServerConfig{})
	padded := []byte(`{"jsonrpc":"2.0","id":1,"method":"nexus_stateRoot","params":[]` + strings.Repeat(" ", MaxRequestSize) + `}`)
	status, out := post(t, srv, padded)
	if status == http.StatusOK && bytes.Contains(out, []byte(`"result"`)) {
		t.Fatalf("HTTP: an oversized request was served: %.200s", out)
	}
	if out := wsRoundTrip(t, wsDial(t, srv), padded); out != nil && bytes.Contains(out, []byte(`"result"`)) {
		t.Fatalf("WebSocket: an oversized message was served: %.200s", out)
	}
	// A message under the limit is still served.
	ok := []byte(`{"jsonrpc":"2.0","id":1,"method":"nexus_stateRoot","params":[]}`)
	if out := wsRoundTrip(t, wsDial(t, srv), ok); !bytes.Contains(out, []byte(`"result"`)) {
		t.Fatalf("WebSocket: a small request was not served: %s", out)
	}
}

// TestRateLimitPerConnection: a connection past its burst gets
// CodeLimitExceeded under its call's id, over HTTP and WebSocket; another
// connection is served.
func TestRateLimitPerConnection(t *testing.T) {
	f := newFixture(t)
	srv := serve(t, f, ServerConfig{RateLimit: 1e-3, RateBurst: 5, MaxBatchItems: 5})
	client, err := rpc.Dial("http://" + srv.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	var limited error
	for range 20 {
		if err := client.Call(new(json.RawMessage), "nexus_stateRoot"); err != nil {
			limited = err
			break
		}
	}
	var re rpc.Error
	if !errors.As(limited, &re) || re.ErrorCode() != CodeLimitExceeded {
		t.Fatalf("HTTP: 20 calls on one connection with a burst of 5: got %v, want error %d", limited, CodeLimitExceeded)
	}

	ws, err := rpc.Dial("ws://" + srv.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	limited = nil
	for range 20 {
		if err := ws.Call(new(json.RawMessage), "nexus_stateRoot"); err != nil {
			limited = err
			break
		}
	}
	if !errors.As(limited, &re) || re.ErrorCode() != CodeLimitExceeded {
		t.Fatalf("WebSocket: 20 calls with a burst of 5: got %v, want error %d", limited, CodeLimitExceeded)
	}
	// Subscriptions still work over the WebSocket transport.
	ws2, err := rpc.Dial("ws://" + srv.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer ws2.Close()
	sub, err := ws2.Subscribe(context.Background(), "nexus", make(chan json.RawMessage), "newBatches")
	if err != nil {
		t.Fatalf("WebSocket subscription: %v", err)
	}
	sub.Unsubscribe()
}

// TestEmptyPostIsAParseError: an empty POST body gets a JSON-RPC parse
// error (it got 200 with an empty body).
func TestEmptyPostIsAParseError(t *testing.T) {
	f := newFixture(t)
	srv := serve(t, f, ServerConfig{})
	for _, body := range []string{"", "  \n", "{", "nul"} {
		_, out := post(t, srv, []byte(body))
		var r rpcResp
		if err := json.Unmarshal(out, &r); err != nil || r.Error == nil || r.Error.Code != CodeParseError {
			t.Errorf("body %q: got %q, want a JSON-RPC error %d", body, out, CodeParseError)
		}
	}
}

// TestSlowClientsAreCut: a client that trickles its request body, or holds
// an idle keep-alive connection, is disconnected by the read and idle
// timeouts. (The 30 s read deadline is only the test's bound on waiting.)
func TestSlowClientsAreCut(t *testing.T) {
	f := newFixture(t)
	srv := serve(t, f, ServerConfig{ReadHeaderTimeout: 200 * time.Millisecond, ReadTimeout: 500 * time.Millisecond,
		IdleTimeout: 500 * time.Millisecond})
	closed := func(name string, c net.Conn) {
		t.Helper()
		c.SetReadDeadline(time.Now().Add(30 * time.Second))
		r := bufio.NewReader(c)
		for {
			if _, err := r.ReadByte(); err != nil {
				var ne net.Error
				if errors.As(err, &ne) && ne.Timeout() {
					t.Errorf("%s: the server still holds the connection", name)
				}
				return
			}
		}
	}

	trickle, err := net.Dial("tcp", srv.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer trickle.Close()
	fmt.Fprintf(trickle, "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
	stop := make(chan struct{})
	go func() { // one byte every 100 ms, for as long as the server reads
		for {
			select {
			case <-stop:
				return
			case <-time.After(100 * time.Millisecond):
				if _, err := trickle.Write([]byte(" ")); err != nil {
					return
				}
			}
		}
	}()
	closed("trickled body", trickle)
	close(stop)

	idle, err := net.Dial("tcp", srv.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer idle.Close()
	body := `{"jsonrpc":"2.0","id":1,"method":"nexus_stateRoot","params":[]}`
	fmt.Fprintf(idle, "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s", len(body), body)
	resp, err := http.ReadResponse(bufio.NewReader(idle), nil)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	closed("idle keep-alive", idle)
}

func TestServerConfigCheck(t *testing.T) {
	for _, c := range []ServerConfig{
		{MaxRequestSize: 100},
		{MaxBatchItems: -1},
		{MaxBatchResponseSize: -1},
		{RateLimit: -1},
		{RateLimit: 1000, RateBurst: 10},
		{MaxConns: -1},
		{ReadTimeout: -time.Second},
	} {
		if err := c.Check(); err == nil {
			t.Errorf("%+v: accepted", c)
		}
	}
	if err := (ServerConfig{}).Check(); err != nil {
		t.Errorf("the defaults: %v", err)
	}
}
