package sequencer

import (
	"encoding/json"
	"math/big"
	"testing"
	"time"

	"github.com/nexus-rollup/nexus/kv/memorydb"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/state"
	"github.com/nexus-rollup/nexus/sequencer/mempool"
)

// FuzzSendOp feeds arbitrary request bodies to nexus_sendOp: every input is
// either refused with an error or admitted as a correctly signed op; nothing
// panics (RELIABILITY.md D.8/D.9).
func FuzzSendOp(f *testing.F) {
	db := memorydb.New()
	st, _ := state.Open(db, testParams)
	ex, _ := rollup.NewExecutor(st, rollup.DefaultConfig())
	seed := make([]byte, 32)
	seed[0] = 1
	k, _ := keys.FromSeed(seed)
	b, _ := ex.NewBatch(1, 1, [32]byte{}, 64)
	r, _ := b.Add(&rollup.Deposit{PubKey: k.Public().Wire(), Amount: big.NewInt(1e18)})
	b.Seal()
	w := db.NewBatch()
	b.Commit(w)
	w.Write()
	pool, _ := mempool.Open(db, mempool.Config{MaxOps: 1 << 20, MaxPerAccount: 1 << 20})
	seq, err := New(db, ex, pool, nil, Config{MaxChunks: 64, BatchTimeout: time.Second, MinOps: 1}, nil)
	if err != nil {
		f.Fatal(err)
	}
	api := NewAPI(seq)

	good := &rollup.Transfer{From: r.Account, To: r.Account, Amount: big.NewInt(1)}
	rollup.Sign(good, k)
	raw, _ := rollup.MarshalOpJSON(good)
	f.Add(raw)
	f.Add([]byte(`{"type":"Withdraw"}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, body []byte) {
		id, err := api.SendOp(json.RawMessage(body))
		if err != nil {
			return
		}
		if !pool.Has(id) {
			t.Fatal("an acknowledged op is not in the mempool")
		}
		op, err := rollup.UnmarshalOpJSON(body)
		if err != nil {
			t.Fatalf("acknowledged an op that does not decode: %v", err)
		}
		if err := ex.VerifySignature(op); err != nil {
			t.Fatalf("acknowledged an op without a valid signature: %v", err)
		}
	})
}
