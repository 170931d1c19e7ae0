package aggregator

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nexus-rollup/nexus/kv/leveldb"
	"github.com/nexus-rollup/nexus/l1/watcher"
	"github.com/nexus-rollup/nexus/prover/modelset"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/state"
	"github.com/nexus-rollup/nexus/sequencer"
	"github.com/nexus-rollup/nexus/sequencer/mempool"
)

// queue is a fixed L1 priority queue: the sequencer under test is real, only
// L1 is stood in for.
type queue struct {
	mu  sync.Mutex
	ops []rollup.Op
}

func (q *queue) Next() (uint64, [32]byte, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	return uint64(len(q.ops)), [32]byte{}, nil
}

func (q *queue) Op(i uint64) (*watcher.PriorityOp, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	enc, err := rollup.L1Encoding(q.ops[i-1])
	return &watcher.PriorityOp{Index: i, Encoding: enc}, err
}

// TestRemoteReadsTheSequencersBatches serves sealed batches over the
// sequencer's RPC and reads them back as a separate aggregator would.
func TestRemoteReadsTheSequencersBatches(t *testing.T) {
	db, err := leveldb.Open(filepath.Join(t.TempDir(), "db"), leveldb.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	st, _ := state.Open(db, state.Params{AccountDepth: 4, TokenDepth: 2, JobDepth: 4, ModelDepth: 2})
	ex, _ := rollup.NewExecutor(st, rollup.DefaultConfig())
	pool, _ := mempool.Open(db, mempool.Config{})
	s := make([]byte, 32)
	s[0] = 9
	k, _ := keys.FromSeed(s)
	q := &queue{ops: []rollup.Op{&rollup.Deposit{Depositor: rollup.Address{9}, PubKey: k.Public().Wire(), Amount: big.NewInt(1e18)}}}
	seq, err := sequencer.New(db, ex, pool, q, sequencer.Config{MaxChunks: 64, MaxOps: 8, Witness: true,
		BatchTimeout: time.Hour, MinOps: 100}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if b, err := seq.Seal(); err != nil || b == nil {
		t.Fatalf("seal: %v", err)
	}
	srv, err := sequencer.NewServer("127.0.0.1:0", sequencer.NewAPI(seq))
	if err != nil {
		t.Fatal(err)
	}
	srv.Start(context.Background())
	defer srv.Stop(context.Background())
	client, err := rpc.Dial("http://" + srv.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	models, _ := modelset.New(modelset.Config{KeyCache: t.TempDir()})
	r := &Remote{Client: client, Models: models}

	b, w, err := r.Witness(1)
	if err != nil {
		t.Fatal(err)
	}
	lb, lw, _ := seq.Witness(1)
	if b.Header != lb.Header || !bytes.Equal(b.Pubdata, lb.Pubdata) || len(w.Ops) != len(lw.Ops) || len(w.Ops) != 1 {
		t.Fatalf("remote batch 1 differs from the sequencer's: %+v", b.Header)
	}
	if _, _, err := r.Witness(2); !errors.Is(err, rollup.ErrBatchNotFound) {
		t.Fatalf("batch 2 (not sealed): %v, want ErrBatchNotFound", err)
	}
	if _, _, err := r.Witness(0); err == nil || errors.Is(err, rollup.ErrBatchNotFound) {
		t.Fatalf("batch 0: %v, want an invalid-params error", err)
	}
	if _, _, err := r.InferenceProof(5); err == nil {
		t.Fatal("a proof for a job that has none")
	}
	var raw map[string]any
	if err := client.Call(&raw, "nexus_getInferenceProof", 5); err == nil {
		t.Fatal("nexus_getInferenceProof of a job without a proof succeeded")
	} else if re, ok := err.(rpc.Error); !ok || re.ErrorCode() != sequencer.CodeNotFound {
		t.Fatalf("nexus_getInferenceProof: %v, want code %d", err, sequencer.CodeNotFound)
	}
}
