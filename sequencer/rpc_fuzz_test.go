package sequencer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
)

// rpcMethods is every method of the nexus_ namespace.
var rpcMethods = []string{
	"nexus_sendOp", "nexus_getOpStatus", "nexus_getAccount", "nexus_accountOf", "nexus_stateRoot", "nexus_getBatch",
	"nexus_newBatches", "nexus_nextJobID", "nexus_submitJob", "nexus_getJob", "nexus_getWork", "nexus_lockJob",
	"nexus_submitProof", "nexus_getResult", "nexus_getBatchWitness", "nexus_getInferenceProof",
	"nexus_getExplorerStatus", "nexus_listBatches", "nexus_listJobs", "nexus_listProvers", "nexus_listModels",
}

// handlerOf serves f's API through the server's HTTP handler, in process.
func handlerOf(t testing.TB, f *fixture) http.Handler {
	srv, err := Listen("127.0.0.1:0", f.api, ServerConfig{RateLimit: 1e9, RateBurst: 1e9})
	if err != nil {
		t.Fatal(err)
	}
	srv.ln.Close()
	return srv.http.Handler
}

// call posts one request body and checks the answer is one JSON-RPC
// response: a result or an error with a code, never a handler crash.
func call(t *testing.T, h http.Handler, body []byte) *rpcResp {
	req := httptest.NewRequest(http.MethodPost, "/", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var r rpcResp
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		var batch []rpcResp
		if json.Unmarshal(rec.Body.Bytes(), &batch) == nil {
			return nil
		}
		t.Fatalf("request %.200q: status %d, not a JSON-RPC response: %.200q", body, rec.Code, rec.Body.Bytes())
	}
	if r.Error == nil && r.Result == nil {
		t.Fatalf("request %.200q: neither result nor error: %.200q", body, rec.Body.Bytes())
	}
	if r.Error != nil && (r.Error.Code == 0 || r.Error.Message == "method handler crashed") {
		t.Fatalf("request %.200q: %+v", body, *r.Error)
	}
	return &r
}

func request(method string, params []byte) []byte {
	return fmt.Appendf(nil, `{"jsonrpc":"2.0","id":1,"method":%q,"params":%s}`, method, params)
}

// TestEveryMethodRefusesBadParams sends each nexus_ method params of the
// wrong shape and type: each gets a JSON-RPC error, never a crash or a
// result (RELIABILITY.md D.8).
func TestEveryMethodRefusesBadParams(t *testing.T) {
	f := newFixture(t)
	h := handlerOf(t, f)
	bad := []string{`[true]`, `[[true]]`, `[{"a":[}]`, `"x"`, `[1e400]`, `[-1]`, `["0xzz"]`, `[{}, {}, {}, {}, {}]`,
		`[null, null, null, null, null]`, `[` + string(bytes.Repeat([]byte(`"0x00",`), 4000)) + `0]`}
	for _, m := range rpcMethods {
		for _, p := range bad {
			r := call(t, h, request(m, []byte(p)))
			if r != nil && r.Error == nil {
				t.Errorf("%s(%.40s): answered %.100s, want an error", m, p, r.Result)
			}
		}
	}
}

// FuzzRPC feeds arbitrary params to every nexus_ method through the
// server's HTTP handler and go-ethereum's decoding: every request gets a
// JSON-RPC response, never a crash.
func FuzzRPC(f *testing.F) {
	fx := newFixture(&testing.T{})
	h := handlerOf(f, fx)
	w, _ := json.Marshal(fx.workRequest())
	seeds := map[string]string{
		"nexus_getAccount": `[1]`, "nexus_getBatch": `["latest"]`, "nexus_getOpStatus": `["0x` + string(bytes.Repeat([]byte("00"), 32)) + `"]`,
		"nexus_accountOf": `["0x` + string(bytes.Repeat([]byte("01"), 32)) + `","0x0000000000000000000000000000000000000001"]`,
		"nexus_getWork":   `[` + string(w) + `]`, "nexus_getJob": `[1]`, "nexus_getBatchWitness": `["0x1"]`,
		"nexus_submitJob": `[{"type":"SubmitJob"},"0x010203","0x00"]`, "nexus_getInferenceProof": `[1]`,
		"nexus_listBatches": `[10]`, "nexus_listJobs": `[10]`,
	}
	for i, m := range rpcMethods {
		p, ok := seeds[m]
		if !ok {
			p = `[]`
		}
		f.Add(uint8(i), []byte(p))
	}
	f.Fuzz(func(t *testing.T, m uint8, params []byte) {
		if !json.Valid(params) {
			params, _ = json.Marshal(string(params)) // also reach the methods with strings
		}
		call(t, h, request(rpcMethods[int(m)%len(rpcMethods)], params))
	})
}
