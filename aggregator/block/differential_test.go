package block

import (
	"errors"
	"testing"

	"github.com/consensys/gnark/test"

	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/protocol"
)

// single builds a one-slot circuit (rules and state accesses only, no
// header) for op r at time ts against the chain's current state.
func (c *chain) single(ts uint64, r *rollup.Receipt) (def, assignment *Circuit) {
	c.t.Helper()
	p := c.p
	p.Slots = 1
	st := c.ex.State()
	ow, err := rollup.ReadAccesses(st, r)
	if err != nil {
		c.t.Fatal(err)
	}
	acc, jobs, models, err := st.SubRoots()
	if err != nil {
		c.t.Fatal(err)
	}
	enc, err := rollup.EncodeOp(r)
	if err != nil {
		c.t.Fatal(err)
	}
	w := &rollup.Witness{Params: p.State, Config: rollup.Config{MaxLockDuration: p.MaxLockDuration},
		AccountsRoot: acc, JobsRoot: jobs, ModelsRoot: models, Ops: []rollup.OpWitness{*ow}}
	batch := &rollup.Batch{Header: protocol.Header{Timestamp: ts}, Pubdata: append(make([]byte, 32), enc...)}
	if assignment, err = Assign(p, batch, w); err != nil {
		c.t.Fatal(err)
	}
	if def, err = New(p); err != nil {
		c.t.Fatal(err)
	}
	def.slotsOnly = true
	return def, assignment
}

// valid builds the one-slot circuit of an op the executor accepts, from a
// one-op batch sealed in witness mode and then discarded.
func (c *chain) valid(ts uint64, op rollup.Op) (def, assignment *Circuit) {
	c.t.Helper()
	p := c.p
	p.Slots = 1
	bb, err := c.ex.NewBatch(c.number+1, ts, c.prio, p.Chunks)
	if err != nil {
		c.t.Fatal(err)
	}
	defer bb.Discard()
	if err := bb.EnableWitness(); err != nil {
		c.t.Fatal(err)
	}
	if _, err := bb.Add(op); err != nil {
		c.t.Fatalf("executor rejects the valid op: %v", err)
	}
	sealed, err := bb.Seal()
	if err != nil {
		c.t.Fatal(err)
	}
	if assignment, err = Assign(p, sealed, bb.Witness()); err != nil {
		c.t.Fatal(err)
	}
	if def, err = New(p); err != nil {
		c.t.Fatal(err)
	}
	def.slotsOnly = true
	return def, assignment
}

// signedBy signs op with u's key without touching u's nonce.
func signedBy(t *testing.T, u *user, op rollup.Op) rollup.Op {
	if err := rollup.Sign(op, u.key); err != nil {
		t.Fatal(err)
	}
	return op
}

// TestBlockRejectsWhatTheExecutorRejects is the differential test: for
// every rule of the state transition, an op the executor rejects (with the
// rule's error) cannot be proven by the block circuit, while the same op
// made valid can. Each op runs in a one-slot circuit against the same state.
// A rejected op's witness is read from the state before it; for an op with
// a second account (Transfer, FulfillJob, a slashing ExpireJob) that
// account's path is read before the first account's update, so such a case
// also fails on the path: the single-account cases pin the rules.
func TestBlockRejectsWhatTheExecutorRejects(t *testing.T) {
	c := newChain(t, TestParams())
	alice, bob, prover, owner := c.user("alice"), c.user("bob"), c.user("prover"), c.user("owner")
	c.genesis(100)
	c.batch(100,
		func() rollup.Op {
			return c.sign(alice, &rollup.SubmitJob{Requester: alice.index, JobID: 1, ModelID: 1, InputCommit: frv(11),
				FeeGwei: 10, Deadline: 5000, Nonce: alice.nonce})
		},
		func() rollup.Op {
			return c.sign(prover, &rollup.LockJob{Prover: prover.index, JobID: 1, LockDeadline: 1000, Nonce: prover.nonce})
		},
		func() rollup.Op {
			return c.sign(alice, &rollup.SubmitJob{Requester: alice.index, JobID: 2, ModelID: 1, InputCommit: frv(12),
				FeeGwei: 10, Deadline: 5000, Nonce: alice.nonce})
		},
		func() rollup.Op {
			return c.sign(alice, &rollup.SubmitJob{Requester: alice.index, JobID: 3, ModelID: 1, InputCommit: frv(13),
				FeeGwei: 60, Deadline: 5000, Nonce: alice.nonce})
		},
		func() rollup.Op { // model 1 earns 3 gwei
			return c.sign(alice, &rollup.SubmitJob{Requester: alice.index, JobID: 5, ModelID: 1, InputCommit: frv(14),
				FeeGwei: 10, Deadline: 5000, Nonce: alice.nonce})
		},
		func() rollup.Op {
			return c.sign(prover, &rollup.FulfillJob{Prover: prover.index, JobID: 5, OutputCommit: frv(15), Nonce: prover.nonce})
		},
		func() rollup.Op { // the prover's own job, from the 7 gwei it just earned
			return c.sign(prover, &rollup.SubmitJob{Requester: prover.index, JobID: 6, ModelID: 1, InputCommit: frv(16),
				FeeGwei: 3, Deadline: 5000, Nonce: prover.nonce})
		},
	)
	A, B, P := alice.index, bob.index, prover.index
	an, bn, pn := alice.nonce, bob.nonce, prover.nonce
	transfer := func(u *user, from, to uint32, token uint16, g int64, nonce uint64) rollup.Op {
		return signedBy(t, u, &rollup.Transfer{From: from, To: to, Token: token, Amount: gweiAmt(g), Nonce: nonce})
	}
	submit := func(id, model uint32, fee uint64, deadline uint32) rollup.Op {
		return signedBy(t, alice, &rollup.SubmitJob{Requester: A, JobID: id, ModelID: model, InputCommit: frv(5),
			FeeGwei: fee, Deadline: deadline, Nonce: an})
	}
	lock := func(u *user, who, id, dl uint32, nonce uint64) rollup.Op {
		return signedBy(t, u, &rollup.LockJob{Prover: who, JobID: id, LockDeadline: dl, Nonce: nonce})
	}
	fulfil := func(u *user, who, id uint32, nonce uint64) rollup.Op {
		return signedBy(t, u, &rollup.FulfillJob{Prover: who, JobID: id, OutputCommit: frv(9), Nonce: nonce})
	}
	cancel := func(u *user, who, id uint32, nonce uint64) rollup.Op {
		return signedBy(t, u, &rollup.CancelJob{Requester: who, JobID: id, Nonce: nonce})
	}
	claim := func(u *user, who, model uint32, nonce uint64) rollup.Op {
		return signedBy(t, u, &rollup.ClaimModelFees{Owner: who, ModelID: model, Nonce: nonce})
	}
	O, on := owner.index, owner.nonce
	cases := []struct {
		name    string
		ts      uint64
		op      rollup.Op
		want    error
		receipt *rollup.Receipt // L2 fields of an unsigned op, else none
	}{
		{"transfer valid", 200, transfer(alice, A, B, 0, 5, an), nil, nil},
		{"transfer above balance", 200, transfer(alice, A, B, 0, 5000, an), rollup.ErrInsufficientFund, nil},
		{"transfer wrong nonce", 200, transfer(alice, A, B, 0, 5, an+1), rollup.ErrBadNonce, nil},
		{"transfer signed by another key", 200, transfer(bob, A, B, 0, 5, an), rollup.ErrBadSignature, nil},
		{"transfer of zero", 200, transfer(alice, A, B, 0, 0, an), rollup.ErrBadAmount, nil},
		{"transfer to an empty account", 200, transfer(alice, A, 9, 0, 5, an), rollup.ErrUnknownAccount, nil},
		{"transfer of an unknown token", 200, transfer(alice, A, B, 3, 5, an), rollup.ErrInsufficientFund, nil},
		{"transfer of a token outside the tree", 200, transfer(alice, A, B, 5, 5, an), rollup.ErrIndexRange, nil},
		{"withdraw valid", 200, signedBy(t, alice, &rollup.Withdraw{From: A, Amount: gweiAmt(5), To: alice.l1, Nonce: an}), nil, nil},
		{"withdraw to address zero", 200, signedBy(t, alice, &rollup.Withdraw{From: A, Amount: gweiAmt(5), Nonce: an}), rollup.ErrBadAmount, nil},
		{"submit valid", 200, submit(4, 1, 10, 5000), nil, nil},
		{"submit below the model fee", 200, submit(4, 1, 2, 5000), rollup.ErrFeeCap, nil},
		{"submit with a past deadline", 200, submit(4, 1, 10, 200), rollup.ErrDeadline, nil},
		{"submit for an unknown model", 200, submit(4, 2, 10, 5000), rollup.ErrUnknownModel, nil},
		{"submit over an existing job", 200, submit(1, 1, 10, 5000), rollup.ErrJobID, nil},
		{"submit in the L1 id range", 200, submit(rollup.L1JobBit|4, 1, 10, 5000), rollup.ErrJobID, nil},
		{"submit beyond the balance", 200, submit(4, 1, 1_000_000, 5000), rollup.ErrInsufficientFund, nil},
		{"lock valid", 200, lock(prover, P, 2, 1000, pn), nil, nil},
		{"lock by an account without stake", 200, lock(bob, B, 2, 1000, bn), rollup.ErrNotProver, nil},
		{"lock past the job deadline", 200, lock(prover, P, 2, 6000, pn), rollup.ErrDeadline, nil},
		{"lock longer than the max duration", 200, lock(prover, P, 2, 3801, pn), rollup.ErrDeadline, nil},
		{"lock ending before the batch", 200, lock(prover, P, 2, 200, pn), rollup.ErrDeadline, nil},
		{"lock of a locked job", 200, lock(prover, P, 1, 1000, pn), rollup.ErrJobState, nil},
		{"lock beyond the free stake", 200, lock(prover, P, 3, 1000, pn), rollup.ErrCollateral, nil},
		{"fulfil valid", 200, fulfil(prover, P, 1, pn), nil, nil},
		{"fulfil by another prover", 200, fulfil(bob, B, 1, bn), rollup.ErrNotJobParty, nil},
		{"fulfil of an open job (direct, no lock)", 200, fulfil(prover, P, 2, pn), nil, nil},
		{"direct fulfil by an account without stake", 200, fulfil(bob, B, 2, bn), rollup.ErrNotProver, nil},
		{"direct fulfil after the job's deadline", 5001, fulfil(prover, P, 2, pn), rollup.ErrDeadline, nil},
		{"fulfil of a job that does not exist", 200, fulfil(prover, P, 7, pn), rollup.ErrJobState, nil},
		{"fulfil after the lock deadline", 1001, fulfil(prover, P, 1, pn), rollup.ErrDeadline, nil},
		{"fulfil of the prover's own job (A and B one account)", 200, fulfil(prover, P, 6, pn), nil, nil},
		{"cancel valid", 200, cancel(alice, A, 2, an), nil, nil},
		{"cancel by another account", 200, cancel(bob, B, 2, bn), rollup.ErrNotJobParty, nil},
		{"cancel of a locked job", 200, cancel(alice, A, 1, an), rollup.ErrJobState, nil},
		{"claim model fees valid", 200, claim(owner, O, 1, on), nil, nil},
		{"claim model fees by another account", 200, claim(alice, A, 1, an), rollup.ErrNotModelOwner, nil},
		{"claim model fees signed by another key", 200, claim(alice, O, 1, on), rollup.ErrBadSignature, nil},
		{"claim model fees of an unknown model", 200, claim(owner, O, 2, on), rollup.ErrUnknownModel, nil},
		{"claim model fees of a model outside the tree", 200, claim(owner, O, 1<<20, on), rollup.ErrUnknownModel, nil},
		{"expire valid (slash)", 1001, &rollup.ExpireJob{JobID: 1}, nil, nil},
		{"expire before the lock deadline", 1000, &rollup.ExpireJob{JobID: 1}, rollup.ErrNotYetExpired,
			&rollup.Receipt{Prover: P, ProverAddr: prover.l1, SlashGwei: 20}},
		{"expire an open job before its deadline", 200, &rollup.ExpireJob{JobID: 2}, rollup.ErrNotYetExpired, &rollup.Receipt{}},
		{"release a prover that is not exiting", 200, &rollup.ProverRelease{Account: P}, rollup.ErrNotProver,
			&rollup.Receipt{ProverAddr: prover.l1}},
	}
	st := c.ex.State()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var def, w *Circuit
			if tc.want == nil {
				def, w = c.valid(tc.ts, tc.op)
			} else {
				snap := st.Snapshot()
				_, err := c.ex.Apply(tc.op, tc.ts)
				st.RevertTo(snap)
				if !errors.Is(err, tc.want) {
					t.Fatalf("executor: got %v, want %v", err, tc.want)
				}
				r := &rollup.Receipt{Op: tc.op}
				if tc.receipt != nil {
					*r = *tc.receipt
					r.Op = tc.op
				}
				def, w = c.single(tc.ts, r)
			}
			err := test.IsSolved(def, w, field)
			if tc.want == nil && err != nil {
				t.Fatalf("valid op does not prove: %v", err)
			}
			if tc.want != nil && err == nil {
				t.Fatalf("the circuit proves an op the executor rejects with %v", tc.want)
			}
		})
	}
}
