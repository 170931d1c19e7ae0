package sequencer

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/nexus-rollup/nexus/internal/metrics"
	"github.com/nexus-rollup/nexus/l1/watcher"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/sequencer/mempool"
)

// TestMetricsScrape runs deposits, an admitted transfer and refused ops
// through a sequencer with metrics, and scrapes its /metrics endpoint.
func TestMetricsScrape(t *testing.T) {
	chain := newL1(t)
	reg := metrics.NewRegistry()
	n := startNodeWith(t, chain, t.TempDir(), func(c *Config) { c.Metrics = NewMetrics(reg) })
	n.seq.Metrics().Register(reg, n.seq)
	watcher.RegisterMetrics(reg, n.w)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	srv, err := metrics.Serve(ctx, "127.0.0.1:0", reg)
	if err != nil {
		t.Fatal(err)
	}

	alice, bob := key(1), key(2)
	for _, k := range []*keys.PrivateKey{alice, bob} {
		opts := *chain.auth
		opts.Value = big.NewInt(1e18)
		if _, err := chain.rollup.DepositETH(&opts, k.Public().Wire()); err != nil {
			t.Fatal(err)
		}
	}
	waitOps(t, n.w, 2)
	if _, err := n.seq.Seal(); err != nil {
		t.Fatal(err)
	}
	var aliceID, bobID uint32
	aw, bw := alice.Public().Wire(), bob.Public().Wire()
	n.client.Call(&aliceID, "nexus_accountOf", hexutil.Bytes(aw[:]), chain.auth.From)
	n.client.Call(&bobID, "nexus_accountOf", hexutil.Bytes(bw[:]), chain.auth.From)
	send := func(op rollup.Op) error {
		rollup.Sign(op, alice)
		raw, _ := rollup.MarshalOpJSON(op)
		var id common.Hash
		return n.client.Call(&id, "nexus_sendOp", json.RawMessage(raw))
	}
	if err := send(&rollup.Transfer{From: aliceID, To: bobID, Amount: big.NewInt(1e17), Nonce: 0}); err != nil {
		t.Fatal(err)
	}
	if err := send(&rollup.Transfer{From: aliceID, To: bobID, Amount: big.NewInt(2), Nonce: 0}); err == nil {
		t.Fatal("a second op on a pending nonce was admitted")
	}
	var id common.Hash
	if err := n.client.Call(&id, "nexus_sendOp", json.RawMessage(`{"type":"Transfer"}`)); err == nil {
		t.Fatal("a malformed op was admitted")
	}
	resp, err := http.Post("http://"+n.server.Addr(), "application/json", bytes.NewReader([]byte("not json")))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if _, err := n.seq.Seal(); err != nil {
		t.Fatal(err)
	}

	fams, err := metrics.Scrape(ctx, srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		labels []string
		want   float64
	}{
		{"nexus_sequencer_ops_admitted_total", []string{"op", "Transfer"}, 1},
		{"nexus_sequencer_ops_rejected_total", []string{"stage", "admission", "op", "Transfer", "reason", "nonce"}, 1},
		{"nexus_sequencer_ops_rejected_total", []string{"stage", "admission", "reason", "malformed"}, 1},
		{"nexus_rpc_refused_total", []string{"reason", "parse"}, 1},
		{"nexus_sequencer_batches_sealed_total", nil, 2},
		{"nexus_sequencer_last_batch", nil, 2},
		{"nexus_sequencer_batch_seal_seconds", nil, 2},
		{"nexus_sequencer_batch_ops", nil, 2},
		{"nexus_sequencer_mempool_ops", nil, 0},
		{"nexus_sequencer_jobs", []string{"status", "open"}, 0},
		{"nexus_watcher_priority_ops", nil, 2},
	} {
		if got, ok := fams.Value(c.name, c.labels...); !ok || got != c.want {
			t.Errorf("%s%v = %v (present %v), want %v", c.name, c.labels, got, ok, c.want)
		}
	}
	if lag, ok := fams.Value("nexus_watcher_lag_blocks"); !ok || lag < 1 {
		t.Errorf("nexus_watcher_lag_blocks = %v (present %v), want at least the confirmation depth 1", lag, ok)
	}
	if head, ok := fams.Value("nexus_watcher_l1_head_block"); !ok || head == 0 {
		t.Errorf("nexus_watcher_l1_head_block = %v (present %v)", head, ok)
	}
	if v, ok := fams.Value("process_resident_memory_bytes"); !ok || v == 0 {
		t.Errorf("process_resident_memory_bytes = %v (present %v)", v, ok)
	}
}

func TestReason(t *testing.T) {
	for _, c := range []struct {
		err  error
		want string
	}{
		{fmt.Errorf("%w: nonce 3", rollup.ErrBadNonce), "nonce"},
		{invalidParams{fmt.Errorf("x: %w", rollup.ErrBadSignature)}, "signature"},
		{invalidParams{rollup.ErrInsufficientFund}, "balance"},
		{invalidParams{mempool.ErrKnown}, "known"},
		{invalidParams{fmt.Errorf("%w: job 4", ErrJobIDTaken)}, "job_id"},
		{badProofError{errors.New("pairing")}, "bad_proof"},
		{invalidParams{errors.New("input must be 1..4096 bytes")}, "invalid"},
		{errors.New("disk full"), "internal"},
	} {
		if got := Reason(c.err); got != c.want {
			t.Errorf("Reason(%v) = %q, want %q", c.err, got, c.want)
		}
	}
}

// A nil *Metrics records nothing and does not panic.
func TestNilMetrics(t *testing.T) {
	var m *Metrics
	m.admission(rollup.OpTransfer, nil)
	m.sealRejected(rollup.OpTransfer, rollup.ErrBadNonce)
	m.sealedBatch(&rollup.Batch{}, 0)
	m.jobStep(1, "offered")
	m.proof(1, true)
	m.refused("rate")
	m.Register(metrics.NewRegistry(), nil)
}
