package sequencer

import (
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/nexus-rollup/nexus/kv/memorydb"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/state"
)

// TestSigBatcherAgreesWithVerifyAs: many admissions checking signatures at
// once (batched together) each get VerifyAs's answer, bad ones included.
func TestSigBatcherAgreesWithVerifyAs(t *testing.T) {
	db := memorydb.New()
	st, _ := state.Open(db, testParams)
	ex, err := rollup.NewExecutor(st, rollup.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	bb, _ := ex.NewBatch(1, 1, [32]byte{}, 1<<12)
	ks := make([]*keys.PrivateKey, 4)
	ids := make([]uint32, len(ks))
	for i := range ks {
		ks[i] = key(byte(i + 1))
		r, err := bb.Add(&rollup.Deposit{PubKey: ks[i].Public().Wire(), Amount: big.NewInt(1e18)})
		if err != nil {
			t.Fatal(err)
		}
		ids[i] = r.Account
	}
	if _, err := bb.Seal(); err != nil {
		t.Fatal(err)
	}
	w := db.NewBatch()
	if err := bb.Commit(w); err != nil {
		t.Fatal(err)
	}
	if err := w.Write(); err != nil {
		t.Fatal(err)
	}

	b := newSigBatcher(ex)
	const n = 200
	ops := make([]rollup.Op, n)
	for i := range ops {
		op := &rollup.Transfer{From: ids[i%4], To: ids[(i+1)%4], Amount: big.NewInt(1), Nonce: uint64(i)}
		signer := ks[i%4]
		if i%7 == 3 {
			signer = ks[(i+1)%4] // not the account's key
		}
		if err := rollup.Sign(op, signer); err != nil {
			t.Fatal(err)
		}
		ops[i] = op
	}
	got := make([]error, n)
	var wg sync.WaitGroup
	for i := range ops {
		wg.Add(1)
		go func() {
			defer wg.Done()
			k, err := ex.SignerKey(ops[i])
			if err != nil {
				got[i] = err
				return
			}
			got[i] = b.verify(k, ops[i])
		}()
	}
	wg.Wait()
	for i, op := range ops {
		ex.Forget(op)
		k, _ := ex.SignerKey(op)
		want := ex.VerifyAs(k, op)
		if fmt.Sprint(got[i]) != fmt.Sprint(want) {
			t.Fatalf("op %d: batched %v, alone %v", i, got[i], want)
		}
		if (i%7 == 3) != (want != nil) {
			t.Fatalf("op %d: %v", i, want)
		}
	}
	// A checker that handed over the lead finds the queue empty and stops.
	deadline := time.Now().Add(5 * time.Second)
	for {
		b.mu.Lock()
		running, queued := b.running, len(b.queue)
		b.mu.Unlock()
		if running == 0 && queued == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d checkers still running, %d checks queued", running, queued)
		}
		time.Sleep(time.Millisecond)
	}
}
