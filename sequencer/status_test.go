package sequencer

import (
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/nexus-rollup/nexus/rollup"
)

// transferOp signs a transfer of 1 wei from the fixture's requester to
// itself with the requester's next committed nonce.
func (f *fixture) transferOp() rollup.Op {
	f.t.Helper()
	st, err := f.seq.committed()
	if err != nil {
		f.t.Fatal(err)
	}
	acc, err := st.Account(uint64(f.reqID))
	if err != nil {
		f.t.Fatal(err)
	}
	op := &rollup.Transfer{From: f.reqID, To: f.reqID, Amount: big.NewInt(1), Nonce: acc.Nonce}
	rollup.Sign(op, f.requester)
	return op
}

func (f *fixture) status(id common.Hash) *OpStatus {
	f.t.Helper()
	st, err := f.api.GetOpStatus(id)
	if err != nil {
		f.t.Fatal(err)
	}
	return st
}

// TestIncludedStaysIncluded: a client re-sends an op while its batch is
// being sealed: its status check ran before the batch committed, its
// mempool insert after. The op is included once, and its status never
// answers pending or rejected after included (RELIABILITY.md E.3).
func TestIncludedStaysIncluded(t *testing.T) {
	f := newFixture(t)
	op := f.transferOp()
	raw, _ := rollup.MarshalOpJSON(op)
	id, err := f.api.SendOp(raw)
	if err != nil {
		t.Fatal(err)
	}
	f.seal()
	want := f.status(id)
	if want.Status != "included" {
		t.Fatalf("after sealing: %+v, want included", want)
	}
	// The re-send's insert, landing after the commit.
	if _, err := f.seq.pool.Add(op); err != nil {
		t.Fatalf("re-adding: %v", err)
	}
	if got := f.status(id); *got != *want {
		t.Errorf("re-sent during sealing: status %+v, want %+v", got, want)
	}
	f.seal() // the re-sent copy cannot apply (its nonce is used)
	if got := f.status(id); *got != *want {
		t.Errorf("after the next batch: status %+v, want %+v", got, want)
	}
	if f.seq.pool.Has(id) {
		t.Error("the re-sent copy is still in the mempool")
	}
}

// TestResendDuringSealingRace re-sends ops from another goroutine while
// batches are sealed and checks each status only moves forward.
func TestResendDuringSealingRace(t *testing.T) {
	f := newFixture(t)
	rank := map[string]int{"unknown": 0, "pending": 1, "rejected": 1, "included": 2}
	for range 20 {
		op := f.transferOp()
		raw, _ := rollup.MarshalOpJSON(op)
		id, err := f.api.SendOp(raw)
		if err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		stop := make(chan struct{})
		wg.Add(1)
		go func() {
			defer wg.Done()
			best := 0
			for {
				select {
				case <-stop:
					return
				default:
				}
				f.api.SendOp(raw)
				st, err := f.api.GetOpStatus(id)
				if err != nil {
					t.Error(err)
					return
				}
				if r := rank[st.Status]; r < best {
					t.Errorf("status went back to %+v", st)
					return
				} else {
					best = r
				}
			}
		}()
		f.seal()
		f.seal()
		close(stop)
		wg.Wait()
		if st := f.status(id); st.Status != "included" {
			t.Fatalf("op %s: %+v, want included", id, st)
		}
	}
}
