package rollup

import (
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"

	"github.com/nexus-rollup/nexus/kv/memorydb"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/state"
)

var testParams = state.Params{AccountDepth: 5, TokenDepth: 2, JobDepth: 5, ModelDepth: 3}

type actor struct {
	key   *keys.PrivateKey
	pub   PubKey
	l1    Address
	index uint64
	nonce uint64
}

type harness struct {
	t      *testing.T
	ex     *Executor
	actors map[string]*actor
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	st, err := state.Open(memorydb.New(), testParams)
	if err != nil {
		t.Fatal(err)
	}
	ex, err := NewExecutor(st, DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	return &harness{t: t, ex: ex, actors: map[string]*actor{}}
}

func (h *harness) actor(name string) *actor {
	if a, ok := h.actors[name]; ok {
		return a
	}
	seed := make([]byte, 32)
	copy(seed, name)
	k, err := keys.FromSeed(seed)
	if err != nil {
		h.t.Fatal(err)
	}
	a := &actor{key: k, pub: k.Public().Bytes()}
	copy(a.l1[:], "L1:"+name)
	h.actors[name] = a
	return a
}

func (h *harness) root() fr.Element {
	r, err := h.ex.State().Root()
	if err != nil {
		h.t.Fatal(err)
	}
	return r
}

// ok applies op and fails the test on error.
func (h *harness) ok(op Op, ts uint64) *Receipt {
	h.t.Helper()
	r, err := h.ex.Apply(op, ts)
	if err != nil {
		h.t.Fatalf("%s: %v", op.Type(), err)
	}
	return r
}

// fails applies op, expects err, and checks the state root did not move.
func (h *harness) fails(op Op, ts uint64, want error) {
	h.t.Helper()
	before := h.root()
	_, err := h.ex.Apply(op, ts)
	if !errors.Is(err, want) {
		h.t.Fatalf("%s: got %v, want %v", op.Type(), err, want)
	}
	if h.root() != before {
		h.t.Fatalf("%s failed but changed the state root", op.Type())
	}
}

func (h *harness) signed(a *actor, op Op) Op {
	h.t.Helper()
	if err := Sign(op, a.key); err != nil {
		h.t.Fatal(err)
	}
	return op
}

func (h *harness) balance(a *actor, token uint64) int64 {
	b, err := h.ex.State().Balance(a.index, token)
	if err != nil {
		h.t.Fatal(err)
	}
	return b.Int64()
}

func (h *harness) deposit(name string, amount int64) *actor {
	a := h.actor(name)
	r := h.ok(&Deposit{From: a.l1, PubKey: a.pub, Token: 0, Amount: big.NewInt(amount)}, 0)
	a.index = r.Account
	return a
}

func (h *harness) setupProverAndModel() (user, prover, owner *actor) {
	user = h.deposit("user", 1000)
	owner = h.actor("owner")
	r := h.ok(&RegisterModel{Index: 1, ModelID: fe(77), VKHash: fe(88), OwnerPubKey: owner.pub, Fee: big.NewInt(10)}, 0)
	owner.index = r.Account
	prover = h.actor("prover")
	r = h.ok(&ProverStake{Prover: prover.l1, PubKey: prover.pub, Stake: big.NewInt(500)}, 0)
	prover.index = r.Account
	return
}

// TestBatchScenario is the mixed batch: deposit, transfer,
// submit/lock/fulfil in one batch (the fast path), expire with slash, withdraw.
func TestBatchScenario(t *testing.T) {
	h := newHarness(t)
	user, prover, owner := h.setupProverAndModel()
	bob := h.deposit("bob", 1)

	h.ok(h.signed(user, &Transfer{From: user.index, To: bob.index, Token: 0, Amount: big.NewInt(100), Nonce: 0}), 10)
	if h.balance(user, 0) != 900 || h.balance(bob, 0) != 101 {
		t.Fatalf("transfer: user %d bob %d", h.balance(user, 0), h.balance(bob, 0))
	}

	// Fast path: submit, lock and fulfil in the same batch.
	r := h.ok(h.signed(user, &SubmitJob{Requester: user.index, Model: 1, InputCommit: fe(5), MaxFee: big.NewInt(50),
		Deadline: 1000, Nonce: 1}), 10)
	job := r.Job
	h.ok(h.signed(prover, &LockJob{Prover: prover.index, Job: job, LockDeadline: 100, Nonce: 0}), 10)
	h.ok(h.signed(prover, &FulfillJob{Prover: prover.index, Job: job, OutputCommit: fe(6), Nonce: 1}), 10)
	if h.balance(user, 0) != 850 || h.balance(owner, 0) != 10 || h.balance(prover, 0) != 40 {
		t.Fatalf("fees: user %d owner %d prover %d", h.balance(user, 0), h.balance(owner, 0), h.balance(prover, 0))
	}

	// A second job whose lock expires: slash, half to the requester, reopen.
	r = h.ok(h.signed(user, &SubmitJob{Requester: user.index, Model: 1, InputCommit: fe(7), MaxFee: big.NewInt(60),
		Deadline: 1000, Nonce: 2}), 20)
	job2 := r.Job
	h.ok(h.signed(prover, &LockJob{Prover: prover.index, Job: job2, LockDeadline: 30, Nonce: 2}), 20)
	h.fails(&ExpireJob{Job: job2}, 30, ErrNotYetExpired)
	r = h.ok(&ExpireJob{Job: job2}, 31)
	p, _ := h.ex.State().Account(prover.index)
	if p.Stake.Int64() != 440 || p.Locked.Sign() != 0 || p.Expired != 1 || p.Fulfilled != 1 {
		t.Fatalf("prover after slash: %+v", p)
	}
	if h.balance(user, 0) != 790+30 {
		t.Fatalf("requester got %d, want 820 (slash share 30)", h.balance(user, 0))
	}
	var slashed bool
	for _, e := range r.Effects {
		if s, ok := e.(Slash); ok && s.Amount.Int64() == 60 && s.Share.Int64() == 30 && s.Prover == prover.l1 {
			slashed = true
		}
	}
	if !slashed {
		t.Fatalf("no slash effect: %+v", r.Effects)
	}
	j, _ := h.ex.State().Job(job2)
	if j.Status != state.JobOpen || j.Prover != 0 {
		t.Fatalf("expired job must reopen: %+v", j)
	}

	r = h.ok(h.signed(bob, &Withdraw{From: bob.index, Token: 0, Amount: big.NewInt(101), To: bob.l1, Nonce: 0}), 40)
	if w, ok := r.Effects[0].(Withdrawal); !ok || w.To != bob.l1 || w.Amount.Int64() != 101 {
		t.Fatalf("withdraw effect: %+v", r.Effects)
	}
	if h.balance(bob, 0) != 0 {
		t.Fatal("withdraw did not debit")
	}
}

func TestSignedOpRules(t *testing.T) {
	h := newHarness(t)
	user, prover, _ := h.setupProverAndModel()
	eve := h.actor("eve")

	tr := func(amount int64, nonce uint64) *Transfer {
		return &Transfer{From: user.index, To: prover.index, Token: 0, Amount: big.NewInt(amount), Nonce: nonce}
	}
	h.fails(h.signed(eve, tr(1, 0)), 1, ErrBadSignature)
	h.fails(h.signed(user, tr(1, 5)), 1, ErrBadNonce)
	h.fails(h.signed(user, tr(0, 0)), 1, ErrBadAmount)
	h.fails(h.signed(user, tr(-1, 0)), 1, ErrBadAmount)
	h.fails(h.signed(user, tr(1001, 0)), 1, ErrInsufficientFund)
	h.fails(h.signed(user, &Transfer{From: user.index, To: 30, Token: 0, Amount: big.NewInt(1)}), 1, ErrUnknownAccount)
	h.fails(h.signed(user, &Transfer{From: 0, To: user.index, Token: 0, Amount: big.NewInt(1)}), 1, ErrUnknownAccount)
	h.fails(h.signed(user, &Transfer{From: user.index, To: prover.index, Token: 9, Amount: big.NewInt(1)}), 1, ErrIndexRange)
	unsigned := tr(1, 0)
	h.fails(unsigned, 1, ErrBadSignature)
	// A valid transfer, then its replay.
	op := h.signed(user, tr(1, 0))
	h.ok(op, 1)
	h.fails(op, 1, ErrBadNonce)

	sub := func(fee int64, deadline, nonce uint64) *SubmitJob {
		return &SubmitJob{Requester: user.index, Model: 1, InputCommit: fe(1), MaxFee: big.NewInt(fee), Deadline: deadline, Nonce: nonce}
	}
	h.fails(h.signed(user, sub(9, 100, 1)), 10, ErrFeeCap)
	h.fails(h.signed(user, sub(50, 10, 1)), 10, ErrDeadline)
	h.fails(h.signed(user, sub(5000, 100, 1)), 10, ErrInsufficientFund)
	h.fails(h.signed(user, &SubmitJob{Requester: user.index, Model: 2, MaxFee: big.NewInt(50), Deadline: 100, Nonce: 1}), 10, ErrUnknownModel)
	job := h.ok(h.signed(user, sub(50, 100, 1)), 10).Job

	h.fails(h.signed(user, &LockJob{Prover: user.index, Job: job, LockDeadline: 50, Nonce: 2}), 10, ErrNotProver)
	h.fails(h.signed(prover, &LockJob{Prover: prover.index, Job: job, LockDeadline: 101, Nonce: 0}), 10, ErrDeadline)
	h.fails(h.signed(prover, &LockJob{Prover: prover.index, Job: job, LockDeadline: 10, Nonce: 0}), 10, ErrDeadline)
	h.fails(h.signed(prover, &LockJob{Prover: prover.index, Job: 9, LockDeadline: 50, Nonce: 0}), 10, ErrJobState)
	h.fails(h.signed(prover, &FulfillJob{Prover: prover.index, Job: job, Nonce: 0}), 10, ErrJobState)
	h.fails(h.signed(eve, &CancelJob{Requester: user.index, Job: job, Nonce: 2}), 10, ErrBadSignature)
	h.fails(h.signed(prover, &CancelJob{Requester: prover.index, Job: job, Nonce: 0}), 10, ErrNotJobParty)
	h.ok(h.signed(prover, &LockJob{Prover: prover.index, Job: job, LockDeadline: 50, Nonce: 0}), 10)
	h.fails(h.signed(user, &CancelJob{Requester: user.index, Job: job, Nonce: 2}), 10, ErrJobState)
	h.fails(h.signed(prover, &LockJob{Prover: prover.index, Job: job, LockDeadline: 50, Nonce: 1}), 10, ErrJobState)
	h.fails(h.signed(prover, &FulfillJob{Prover: prover.index, Job: job, OutputCommit: fe(1), Nonce: 1}), 51, ErrDeadline)
	h.fails(&ExpireJob{Job: job}, 50, ErrNotYetExpired)

	// Collateral: a second job with a fee above the free stake cannot be locked.
	big := h.ok(h.signed(user, sub(460, 100, 2)), 10).Job
	h.fails(h.signed(prover, &LockJob{Prover: prover.index, Job: big, LockDeadline: 50, Nonce: 1}), 10, ErrCollateral)

	// Cancel refunds an open job.
	before := h.balance(user, 0)
	h.ok(h.signed(user, &CancelJob{Requester: user.index, Job: big, Nonce: 3}), 10)
	if h.balance(user, 0) != before+460 {
		t.Fatal("cancel did not refund the fee")
	}
	h.fails(&ExpireJob{Job: big}, 1000, ErrJobState)
}

func TestPriorityOpsNeverFail(t *testing.T) {
	h := newHarness(t)
	a := h.actor("a")
	var bad PubKey
	for i := range bad {
		bad[i] = 0xff
	}
	r := h.ok(&Deposit{From: a.l1, PubKey: bad, Token: 0, Amount: big.NewInt(5)}, 0)
	if !r.Skipped || len(r.Effects) != 1 {
		t.Fatalf("deposit to an invalid key must be refunded: %+v", r)
	}
	r = h.ok(&Deposit{From: a.l1, PubKey: a.pub, Token: 99, Amount: big.NewInt(5)}, 0)
	if !r.Skipped {
		t.Fatal("deposit of an unknown token must be refunded")
	}
	// Overflow of the balance refunds instead of wrapping.
	h.ok(&Deposit{From: a.l1, PubKey: a.pub, Token: 1, Amount: state.MaxAmount}, 0)
	root := h.root()
	r = h.ok(&Deposit{From: a.l1, PubKey: a.pub, Token: 1, Amount: big.NewInt(1)}, 0)
	if !r.Skipped || h.root() != root {
		t.Fatal("an overflowing deposit must be refunded and change nothing")
	}
	r = h.ok(&L1Job{L1JobID: 1, Model: 3, Fee: big.NewInt(5), Deadline: 100}, 0)
	if ref, ok := r.Effects[0].(L1JobRefund); !r.Skipped || !ok || ref.Amount.Int64() != 5 {
		t.Fatalf("L1 job for an unknown model must be refunded: %+v", r)
	}
	r = h.ok(&ForcedExit{Account: 1, Token: 1, Requester: Address{9}}, 0)
	if !r.Skipped {
		t.Fatal("forced exit by a stranger must be skipped")
	}
	r = h.ok(&ForcedExit{Account: 1, Token: 1, Requester: a.l1}, 0)
	if w, ok := r.Effects[0].(Withdrawal); !ok || w.Amount.Cmp(state.MaxAmount) != 0 {
		t.Fatalf("forced exit must withdraw the whole balance: %+v", r.Effects)
	}
	r = h.ok(&ProverUnstake{Prover: Address{1}, Amount: big.NewInt(1)}, 0)
	if !r.Skipped {
		t.Fatal("unstake of an unknown prover must be skipped")
	}
}

// TestUnstakeKeepsLockedCollateral: a prover requests an unstake while a
// job is locked; the release leaves the collateral, which the expiry then
// slashes (slash evasion does not work).
func TestUnstakeKeepsLockedCollateral(t *testing.T) {
	h := newHarness(t)
	user, prover, _ := h.setupProverAndModel()
	job := h.ok(h.signed(user, &SubmitJob{Requester: user.index, Model: 1, MaxFee: big.NewInt(200), Deadline: 1000}), 1).Job
	h.ok(h.signed(prover, &LockJob{Prover: prover.index, Job: job, LockDeadline: 10}), 1)
	r := h.ok(&ProverUnstake{Prover: prover.l1, Amount: big.NewInt(500)}, 2)
	if rel := r.Effects[0].(UnstakeRelease); rel.Amount.Int64() != 300 {
		t.Fatalf("released %v, want 300 (500 staked, 200 locked)", rel.Amount)
	}
	r = h.ok(&ExpireJob{Job: job}, 11)
	if s := r.Effects[0].(Slash); s.Amount.Int64() != 200 {
		t.Fatalf("slash %v, want 200", s.Amount)
	}
	p, _ := h.ex.State().Account(prover.index)
	if p.Stake.Sign() != 0 || p.Locked.Sign() != 0 {
		t.Fatalf("prover after unstake and slash: %+v", p)
	}
}

func TestL1JobLifecycle(t *testing.T) {
	h := newHarness(t)
	_, prover, _ := h.setupProverAndModel()
	job := h.ok(&L1Job{L1JobID: 42, Model: 1, InputCommit: fe(3), Fee: big.NewInt(30), Deadline: 100}, 1).Job
	h.ok(h.signed(prover, &LockJob{Prover: prover.index, Job: job, LockDeadline: 50}), 1)
	r := h.ok(h.signed(prover, &FulfillJob{Prover: prover.index, Job: job, OutputCommit: fe(4), Nonce: 1}), 2)
	var res *L1Result
	for _, e := range r.Effects {
		if v, ok := e.(L1Result); ok {
			res = &v
		}
	}
	want := fe(4)
	if res == nil || res.L1JobID != 42 || res.OutputCommit != want.Bytes() {
		t.Fatalf("no L1 result effect: %+v", r.Effects)
	}
	// An open L1 job past its deadline is refunded to L1 on expiry.
	job2 := h.ok(&L1Job{L1JobID: 43, Model: 1, Fee: big.NewInt(30), Deadline: 100}, 1).Job
	r = h.ok(&ExpireJob{Job: job2}, 101)
	if ref, ok := r.Effects[0].(L1JobRefund); !ok || ref.L1JobID != 43 || ref.Amount.Int64() != 30 {
		t.Fatalf("refund effect: %+v", r.Effects)
	}
}
