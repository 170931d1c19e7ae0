package block

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark/test"

	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/state"
)

// TestBlockRandomOpsAgreeWithExecutor runs random op sequences (fixed
// seeds, about a third of them invalid) through the executor in witness
// mode: every batch of accepted ops proves, and every op the executor
// rejects, taken against the same state, does not.
func TestBlockRandomOpsAgreeWithExecutor(t *testing.T) {
	if testing.Short() {
		t.Skip("proves ~10 random batches on the test engine")
	}
	for _, seed := range []uint64{1, 2} {
		rng := rand.New(rand.NewPCG(seed, 99))
		c := newChain(t, TestParams())
		names := []string{"alice", "bob", "carol", "prover"}
		var us []*user
		for _, n := range names {
			us = append(us, c.user(n))
		}
		genesis := []step{}
		for _, u := range us {
			genesis = append(genesis, func() rollup.Op {
				return &rollup.Deposit{Depositor: u.l1, PubKey: u.pub, Amount: gweiAmt(500)}
			})
		}
		genesis = append(genesis,
			func() rollup.Op {
				return &rollup.RegisterModel{ModelID: 1, FeeGwei: 2, VKHash: frv(5), OwnerPubKey: us[2].pub, Owner: us[2].l1}
			},
			func() rollup.Op {
				return &rollup.ProverStake{Prover: us[3].l1, PubKey: us[3].pub, Stake: gweiAmt(200)}
			})
		if w, _ := c.batch(100, genesis...); c.solves(w) != nil {
			t.Fatal("genesis batch does not prove")
		}
		ts := uint64(100)
		nextJob := uint32(1)
		accepted, rejected := 0, 0
		for round := 0; round < 5; round++ {
			ts += uint64(rng.IntN(300))
			c.number++
			bb, err := c.ex.NewBatch(c.number, ts, c.prio, c.p.Chunks)
			if err != nil {
				t.Fatal(err)
			}
			if err := bb.EnableWitness(); err != nil {
				t.Fatal(err)
			}
			bb.SetMaxFulfils(c.p.Inferences)
			st := c.ex.State()
			for bb.Len() < c.p.Slots && bb.FreeChunks() >= 5 {
				op, r := randomOp(t, rng, st, us, ts, &nextJob)
				_, err := bb.Add(op)
				if err == nil {
					accepted++
					continue
				}
				if errors.Is(err, rollup.ErrBatchFull) {
					break // K fulfilments: the rest waits for the next batch
				}
				rejected++
				def, w := c.single(ts, r)
				if test.IsSolved(def, w, field) == nil {
					t.Fatalf("seed %d: the circuit proves %s %+v, which the executor rejects", seed, op.Type(), op)
				}
			}
			sealed, err := bb.Seal()
			if err != nil {
				t.Fatal(err)
			}
			w, err := Assign(c.p, sealed, bb.Witness())
			if err != nil {
				t.Fatal(err)
			}
			if err := c.solves(w); err != nil {
				t.Fatalf("seed %d batch %d (%d ops) does not prove: %v", seed, c.number, bb.Len(), err)
			}
			kb := c.db.NewBatch()
			if err := bb.Commit(kb); err != nil {
				t.Fatal(err)
			}
			if err := kb.Write(); err != nil {
				t.Fatal(err)
			}
			c.prio = sealed.Header.PriorityHashAfter
			checkEscrow(t, c.ex.State(), us, nextJob)
		}
		t.Logf("seed %d: %d ops accepted and proven, %d rejected and unprovable", seed, accepted, rejected)
		if accepted == 0 || rejected == 0 {
			t.Fatalf("seed %d exercised too little: %d accepted, %d rejected", seed, accepted, rejected)
		}
	}
}

// randomOp returns a random signed or unsigned op, valid or not, and the
// receipt its witness is built from if the executor rejects it.
func randomOp(t *testing.T, rng *rand.Rand, st *state.State, us []*user, ts uint64, nextJob *uint32) (rollup.Op, *rollup.Receipt) {
	u := us[rng.IntN(len(us))]
	kind := rng.IntN(9)
	if (kind == 4 || kind == 5) && rng.IntN(5) != 0 {
		u = us[len(us)-1] // mostly the staked prover
	}
	acct, err := st.Account(uint64(u.index))
	if err != nil {
		t.Fatal(err)
	}
	nonce := acct.Nonce
	if rng.IntN(10) == 0 {
		nonce++
	}
	other := us[rng.IntN(len(us))]
	job := uint32(1 + rng.IntN(int(*nextJob)))
	amount := gweiAmt(int64(1 + rng.IntN(60)))
	if rng.IntN(8) == 0 {
		amount = gweiAmt(100_000)
	}
	var op rollup.Op
	switch kind {
	case 0:
		op = &rollup.Transfer{From: u.index, To: other.index, Token: uint16(rng.IntN(2)), Amount: amount, Nonce: nonce}
	case 1:
		op = &rollup.Withdraw{From: u.index, Amount: amount, To: u.l1, Nonce: nonce}
	case 2, 3:
		id := *nextJob
		if rng.IntN(6) == 0 {
			id = job // maybe taken
		}
		op = &rollup.SubmitJob{Requester: u.index, JobID: id, ModelID: uint32(1 + rng.IntN(4)/3), InputCommit: frv(uint64(id)),
			FeeGwei: uint64(rng.IntN(30)), Deadline: uint32(ts) + uint32(rng.IntN(2000)), Nonce: nonce}
		if id == *nextJob {
			*nextJob++ // an id is offered once, accepted or not
		}
	case 4:
		op = &rollup.LockJob{Prover: u.index, JobID: job, LockDeadline: uint32(ts) + uint32(rng.IntN(1500)), Nonce: nonce}
	case 5:
		op = &rollup.FulfillJob{Prover: u.index, JobID: job, OutputCommit: frv(uint64(rng.IntN(1000))), Nonce: nonce}
	case 6:
		op = &rollup.CancelJob{Requester: u.index, JobID: job, Nonce: nonce}
	case 7:
		op = &rollup.ExpireJob{JobID: job}
	case 8:
		op = &rollup.ClaimModelFees{Owner: u.index, ModelID: uint32(1 + rng.IntN(3)/2), Nonce: nonce}
	}
	r := &rollup.Receipt{Op: op}
	if e, ok := op.(*rollup.ExpireJob); ok {
		leaf, _ := rollup.JobLeaf(e.JobID, st.Params().JobDepth)
		j, err := st.Job(leaf)
		if err != nil {
			t.Fatal(err)
		}
		if j.Status == state.JobLocked {
			p, err := st.Account(j.Prover)
			if err != nil {
				t.Fatal(err)
			}
			r.Prover, r.SlashGwei, r.ProverAddr = uint32(j.Prover), j.CollateralGwei, p.L1Address
		}
		return op, r
	}
	signer := u
	if rng.IntN(12) == 0 {
		signer = other // maybe the wrong key
	}
	if err := rollup.Sign(op, signer.key); err != nil {
		t.Fatal(err)
	}
	return op, r
}

// checkEscrow: every account escrows exactly the fees of its L2 jobs that
// are open or locked, which exodus returns with its ETH.
func checkEscrow(t *testing.T, st *state.State, us []*user, nextJob uint32) {
	t.Helper()
	want := map[uint64]uint64{}
	for id := uint32(1); id < nextJob; id++ {
		leaf, _ := rollup.JobLeaf(id, st.Params().JobDepth)
		j, err := st.Job(leaf)
		if err != nil {
			t.Fatal(err)
		}
		if j.Status == state.JobOpen || j.Status == state.JobLocked {
			want[j.Requester] += j.FeeGwei
		}
	}
	for _, u := range us {
		a, err := st.Account(uint64(u.index))
		if err != nil {
			t.Fatal(err)
		}
		if a.EscrowGwei != want[uint64(u.index)] {
			t.Fatalf("account %d escrows %d gwei, its open and locked jobs' fees are %d", u.index, a.EscrowGwei,
				want[uint64(u.index)])
		}
	}
}
