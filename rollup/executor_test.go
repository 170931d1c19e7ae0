package rollup

import (
	"errors"
	"fmt"
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
	index uint32
	nonce uint64
}

type harness struct {
	t       testing.TB
	ex      *Executor
	actors  map[string]*actor
	nextJob uint32
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
	return &harness{t: t, ex: ex, actors: map[string]*actor{}, nextJob: 1}
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
	a := &actor{key: k, pub: k.Public().Wire()}
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

// wei of an actor's ETH balance, in gwei for readability.
func (h *harness) gwei(a *actor) int64 {
	b, err := h.ex.State().Balance(uint64(a.index), 0)
	if err != nil {
		h.t.Fatal(err)
	}
	return new(big.Int).Quo(b, big.NewInt(Gwei)).Int64()
}

// escrow is the fees of an actor's open and locked L2 jobs, in gwei.
func (h *harness) escrow(a *actor) uint64 {
	acc, err := h.ex.State().Account(uint64(a.index))
	if err != nil {
		h.t.Fatal(err)
	}
	return acc.EscrowGwei
}

// earned is a model's unclaimed fees, in gwei.
func (h *harness) earned(model uint64) uint64 {
	m, err := h.ex.State().Model(model)
	if err != nil {
		h.t.Fatal(err)
	}
	return m.EarnedGwei
}

func gweiAmount(g int64) *big.Int { return new(big.Int).Mul(big.NewInt(g), big.NewInt(Gwei)) }

func (h *harness) deposit(name string, g int64) *actor {
	a := h.actor(name)
	r := h.ok(&Deposit{Depositor: a.l1, PubKey: a.pub, Token: 0, Amount: gweiAmount(g)}, 0)
	a.index = r.Account
	return a
}

func (h *harness) submit(a *actor, fee uint64, deadline uint32, ts uint64) uint32 {
	h.t.Helper()
	id := h.nextJob
	h.ok(h.signed(a, &SubmitJob{Requester: a.index, JobID: id, ModelID: 1, InputCommit: fe(5), FeeGwei: fee,
		Deadline: deadline, Nonce: a.nonce}), ts)
	a.nonce++
	h.nextJob++
	return id
}

func (h *harness) setupProverAndModel() (user, prover, owner *actor) {
	user = h.deposit("user", 1000)
	owner = h.actor("owner")
	r := h.ok(&RegisterModel{ModelID: 1, VKHash: fe(88), OwnerPubKey: owner.pub, Owner: owner.l1, FeeGwei: 10}, 0)
	owner.index = r.Account
	prover = h.actor("prover")
	r = h.ok(&ProverStake{Prover: prover.l1, PubKey: prover.pub, Stake: gweiAmount(500)}, 0)
	prover.index = r.Account
	return
}

// TestBatchScenario is the mixed batch: deposit, transfer,
// submit/lock/fulfil in one batch (the fast path), expire with slash, withdraw.
func TestBatchScenario(t *testing.T) {
	h := newHarness(t)
	user, prover, owner := h.setupProverAndModel()
	bob := h.deposit("bob", 1)

	h.ok(h.signed(user, &Transfer{From: user.index, To: bob.index, Token: 0, Amount: gweiAmount(100), Nonce: 0}), 10)
	user.nonce++
	if h.gwei(user) != 900 || h.gwei(bob) != 101 {
		t.Fatalf("transfer: user %d bob %d", h.gwei(user), h.gwei(bob))
	}

	// Fast path: submit, lock and fulfil in the same batch.
	job := h.submit(user, 50, 1000, 10)
	h.ok(h.signed(prover, &LockJob{Prover: prover.index, JobID: job, LockDeadline: 100, Nonce: 0}), 10)
	p, _ := h.ex.State().Account(uint64(prover.index))
	if p.Locked.Cmp(gweiAmount(100)) != 0 {
		t.Fatalf("collateral locked %v, want 2 x fee", p.Locked)
	}
	if h.escrow(user) != 50 {
		t.Fatalf("escrow after submit: %d gwei, want 50", h.escrow(user))
	}
	h.ok(h.signed(prover, &FulfillJob{Prover: prover.index, JobID: job, OutputCommit: fe(6), Nonce: 1}), 10)
	if h.gwei(user) != 850 || h.earned(1) != 10 || h.gwei(owner) != 0 || h.gwei(prover) != 40 || h.escrow(user) != 0 {
		t.Fatalf("fees: user %d (escrow %d) model %d owner %d prover %d", h.gwei(user), h.escrow(user), h.earned(1),
			h.gwei(owner), h.gwei(prover))
	}

	// Direct fulfilment: an open job proven before any lock sealed is
	// fulfilled without one; nothing is locked, the fee is shared the same.
	jobD := h.submit(user, 50, 1000, 10)
	h.ok(h.signed(prover, &FulfillJob{Prover: prover.index, JobID: jobD, OutputCommit: fe(7), Nonce: 2}), 10)
	p, _ = h.ex.State().Account(uint64(prover.index))
	if h.gwei(user) != 800 || h.earned(1) != 20 || h.gwei(prover) != 80 || p.Locked.Sign() != 0 || p.Fulfilled != 2 {
		t.Fatalf("direct fulfilment: user %d model %d prover %d, prover %+v", h.gwei(user), h.earned(1), h.gwei(prover), p)
	}

	// The owner claims the model's fees into its balance; nobody else can,
	// and there is nothing left to claim twice.
	h.fails(h.signed(user, &ClaimModelFees{Owner: user.index, ModelID: 1, Nonce: user.nonce}), 10, ErrNotModelOwner)
	h.fails(h.signed(owner, &ClaimModelFees{Owner: owner.index, ModelID: 2, Nonce: 0}), 10, ErrUnknownModel)
	h.ok(h.signed(owner, &ClaimModelFees{Owner: owner.index, ModelID: 1, Nonce: 0}), 10)
	if h.gwei(owner) != 20 || h.earned(1) != 0 {
		t.Fatalf("after the claim: owner %d gwei, model %d gwei", h.gwei(owner), h.earned(1))
	}
	h.fails(h.signed(owner, &ClaimModelFees{Owner: owner.index, ModelID: 1, Nonce: 1}), 10, ErrBadAmount)
	if j, _ := h.ex.State().Job(uint64(jobD)); j.Status != state.JobFulfilled || j.OutputCommit != fe(7) || j.Prover != uint64(prover.index) {
		t.Fatalf("directly fulfilled job: %+v", j)
	}

	// A second job whose lock expires: slash, half to the requester, reopen.
	job2 := h.submit(user, 60, 1000, 20)
	h.ok(h.signed(prover, &LockJob{Prover: prover.index, JobID: job2, LockDeadline: 30, Nonce: 3}), 20)
	h.fails(&ExpireJob{JobID: job2}, 30, ErrNotYetExpired)
	r := h.ok(&ExpireJob{JobID: job2}, 31)
	p, _ = h.ex.State().Account(uint64(prover.index))
	if p.Stake.Cmp(gweiAmount(380)) != 0 || p.Locked.Sign() != 0 || p.Expired != 1 || p.Fulfilled != 2 {
		t.Fatalf("prover after slash: %+v", p)
	}
	if r.SlashGwei != 120 || r.Prover != prover.index || r.ProverAddr != prover.l1 {
		t.Fatalf("receipt of the slash: %+v", r)
	}
	if h.gwei(user) != 740+60 || h.escrow(user) != 60 {
		t.Fatalf("requester has %d gwei, want 800 (slash share 60), and %d in escrow, want 60 (the reopened job)",
			h.gwei(user), h.escrow(user))
	}
	j, _ := h.ex.State().Job(uint64(job2))
	if j.Status != state.JobOpen || j.Prover != 0 {
		t.Fatalf("expired job must reopen: %+v", j)
	}

	r = h.ok(h.signed(bob, &Withdraw{From: bob.index, Token: 0, Amount: gweiAmount(101), To: bob.l1, Nonce: 0}), 40)
	if w, ok := r.Effects[0].(Withdrawal); !ok || w.To != bob.l1 || w.Amount.Cmp(gweiAmount(101)) != 0 {
		t.Fatalf("withdraw effect: %+v", r.Effects)
	}
	if h.gwei(bob) != 0 {
		t.Fatal("withdraw did not debit")
	}
}

func TestSignedOpRules(t *testing.T) {
	h := newHarness(t)
	user, prover, _ := h.setupProverAndModel()
	eve := h.actor("eve")

	tr := func(amount int64, nonce uint64) *Transfer {
		return &Transfer{From: user.index, To: prover.index, Token: 0, Amount: gweiAmount(amount), Nonce: nonce}
	}
	h.fails(h.signed(eve, tr(1, 0)), 1, ErrBadSignature)
	h.fails(h.signed(user, tr(1, 5)), 1, ErrBadNonce)
	h.fails(h.signed(user, tr(0, 0)), 1, ErrBadAmount)
	h.fails(h.signed(user, tr(-1, 0)), 1, ErrBadAmount)
	h.fails(h.signed(user, tr(1001, 0)), 1, ErrInsufficientFund)
	h.fails(h.signed(user, &Transfer{From: user.index, To: 30, Token: 0, Amount: big.NewInt(1)}), 1, ErrUnknownAccount)
	h.fails(h.signed(user, &Transfer{From: 0, To: user.index, Token: 0, Amount: big.NewInt(1)}), 1, ErrUnknownAccount)
	h.fails(h.signed(user, &Transfer{From: user.index, To: prover.index, Token: 9, Amount: big.NewInt(1)}), 1, ErrIndexRange)
	h.fails(tr(1, 0), 1, ErrBadSignature) // unsigned
	op := h.signed(user, tr(1, 0))
	h.ok(op, 1)
	user.nonce++
	h.fails(op, 1, ErrBadNonce) // replay

	sub := func(id uint32, model uint32, fee uint64, deadline uint32) *SubmitJob {
		return &SubmitJob{Requester: user.index, JobID: id, ModelID: model, InputCommit: fe(1), FeeGwei: fee,
			Deadline: deadline, Nonce: user.nonce}
	}
	h.fails(h.signed(user, sub(1, 1, 9, 100)), 10, ErrFeeCap)
	h.fails(h.signed(user, sub(1, 1, 50, 10)), 10, ErrDeadline)
	h.fails(h.signed(user, sub(1, 1, 5000, 100)), 10, ErrInsufficientFund)
	h.fails(h.signed(user, sub(1, 2, 50, 100)), 10, ErrUnknownModel)
	h.fails(h.signed(user, sub(L1JobBit|1, 1, 50, 100)), 10, ErrJobID)
	h.fails(h.signed(user, sub(16, 1, 50, 100)), 10, ErrJobID) // beyond the L2 half of a depth-5 tree
	h.fails(h.signed(user, sub(0, 1, 50, 100)), 10, ErrJobID)
	job := h.submit(user, 50, 100, 10)
	h.fails(h.signed(user, sub(job, 1, 50, 100)), 10, ErrJobID) // id reuse

	h.fails(h.signed(user, &LockJob{Prover: user.index, JobID: job, LockDeadline: 50, Nonce: user.nonce}), 10, ErrNotProver)
	h.fails(h.signed(prover, &LockJob{Prover: prover.index, JobID: job, LockDeadline: 101}), 10, ErrDeadline)
	h.fails(h.signed(prover, &LockJob{Prover: prover.index, JobID: job, LockDeadline: 10}), 10, ErrDeadline)
	h.fails(h.signed(prover, &LockJob{Prover: prover.index, JobID: 9, LockDeadline: 50}), 10, ErrJobState)
	h.fails(h.signed(user, &FulfillJob{Prover: user.index, JobID: job, Nonce: user.nonce}), 10, ErrNotProver) // direct: staked provers only
	h.fails(h.signed(prover, &FulfillJob{Prover: prover.index, JobID: job}), 101, ErrDeadline)                // direct: by the job's deadline
	h.fails(h.signed(prover, &FulfillJob{Prover: prover.index, JobID: 9}), 10, ErrJobState)
	h.fails(h.signed(eve, &CancelJob{Requester: user.index, JobID: job, Nonce: user.nonce}), 10, ErrBadSignature)
	h.fails(h.signed(prover, &CancelJob{Requester: prover.index, JobID: job}), 10, ErrNotJobParty)
	h.ok(h.signed(prover, &LockJob{Prover: prover.index, JobID: job, LockDeadline: 50}), 10)
	h.fails(h.signed(user, &CancelJob{Requester: user.index, JobID: job, Nonce: user.nonce}), 10, ErrJobState)
	h.fails(h.signed(prover, &LockJob{Prover: prover.index, JobID: job, LockDeadline: 50, Nonce: 1}), 10, ErrJobState)
	h.fails(h.signed(prover, &FulfillJob{Prover: prover.index, JobID: job, OutputCommit: fe(1), Nonce: 1}), 51, ErrDeadline)
	h.fails(&ExpireJob{JobID: job}, 50, ErrNotYetExpired)

	// Collateral: 2 x 250 gwei exceeds the 400 gwei of free stake left.
	big := h.submit(user, 250, 100, 10)
	h.fails(h.signed(prover, &LockJob{Prover: prover.index, JobID: big, LockDeadline: 50, Nonce: 1}), 10, ErrCollateral)

	// Cancel refunds an open job.
	before := h.gwei(user)
	h.ok(h.signed(user, &CancelJob{Requester: user.index, JobID: big, Nonce: user.nonce}), 10)
	user.nonce++
	if h.gwei(user) != before+250 {
		t.Fatal("cancel did not refund the fee")
	}
	h.fails(&ExpireJob{JobID: big}, 1000, ErrJobState)
}

func TestMaxLockDuration(t *testing.T) {
	h := newHarness(t)
	user, prover, _ := h.setupProverAndModel()
	job := h.submit(user, 10, 100000, 10)
	h.fails(h.signed(prover, &LockJob{Prover: prover.index, JobID: job, LockDeadline: 10 + 3601}), 10, ErrDeadline)
	h.ok(h.signed(prover, &LockJob{Prover: prover.index, JobID: job, LockDeadline: 10 + 3600}), 10)
}

func TestPriorityOpsNeverFail(t *testing.T) {
	h := newHarness(t)
	a := h.actor("a")
	var bad PubKey
	for i := range bad {
		bad[i] = 0xff
	}
	r := h.ok(&Deposit{Depositor: a.l1, PubKey: bad, Token: 0, Amount: big.NewInt(5)}, 0)
	if !r.Skipped || r.Account != 0 || len(r.Effects) != 1 {
		t.Fatalf("deposit to an invalid key must be skipped and refunded: %+v", r)
	}
	r = h.ok(&Deposit{Depositor: a.l1, PubKey: a.pub, Token: 99, Amount: big.NewInt(5)}, 0)
	if !r.Skipped {
		t.Fatal("deposit of an unknown token must be skipped")
	}
	h.ok(&Deposit{Depositor: a.l1, PubKey: a.pub, Token: 1, Amount: state.MaxAmount}, 0)
	root := h.root()
	r = h.ok(&Deposit{Depositor: a.l1, PubKey: a.pub, Token: 1, Amount: big.NewInt(1)}, 0)
	if !r.Skipped || h.root() != root {
		t.Fatal("an overflowing deposit must be skipped and change nothing")
	}
	r = h.ok(&L1Job{JobID: 5, ModelID: 3, FeeGwei: 5, Deadline: 100}, 0)
	if !r.Skipped {
		t.Fatal("an L1 job with an id outside the L1 range must be skipped")
	}
	r = h.ok(&ForcedExit{Account: 1, Token: 1, Requester: Address{9}}, 0)
	if !r.Skipped || r.Amount.Sign() != 0 {
		t.Fatal("forced exit by a stranger must be skipped with amount 0")
	}
	r = h.ok(&ForcedExit{Account: 1, Token: 1, Requester: a.l1}, 0)
	if r.Amount.Cmp(state.MaxAmount) != 0 {
		t.Fatalf("forced exit must withdraw the whole balance: %+v", r)
	}
	r = h.ok(&ProverUnstakeRequest{Prover: Address{1}, PubKey: a.pub}, 0)
	if !r.Skipped {
		t.Fatal("unstake request from another address must be skipped")
	}
}

// TestSlashEvasion: a prover requests an unstake while a job is locked; it
// cannot be released until the lock is gone, and the expiry slashes it.
func TestSlashEvasion(t *testing.T) {
	h := newHarness(t)
	user, prover, _ := h.setupProverAndModel()
	job := h.submit(user, 100, 1000, 1)
	h.ok(h.signed(prover, &LockJob{Prover: prover.index, JobID: job, LockDeadline: 10}), 1)
	h.ok(&ProverUnstakeRequest{Prover: prover.l1, PubKey: prover.pub}, 2)
	job2 := h.submit(user, 10, 1000, 2)
	h.fails(h.signed(prover, &LockJob{Prover: prover.index, JobID: job2, LockDeadline: 10, Nonce: 1}), 2, ErrExiting)
	h.fails(&ProverRelease{Account: prover.index}, 3, ErrCollateral)
	r := h.ok(&ExpireJob{JobID: job}, 11)
	if r.SlashGwei != 200 {
		t.Fatalf("slash %d gwei, want 200", r.SlashGwei)
	}
	r = h.ok(&ProverRelease{Account: prover.index}, 12)
	if r.ProverAddr != prover.l1 {
		t.Fatalf("release receipt: %+v", r)
	}
	p, _ := h.ex.State().Account(uint64(prover.index))
	if p.Stake.Sign() != 0 || p.Expired != 1 {
		t.Fatalf("prover after release: %+v", p)
	}
	h.fails(&ProverRelease{Account: prover.index}, 13, ErrNotProver)
}

func TestL1JobLifecycle(t *testing.T) {
	h := newHarness(t)
	_, prover, owner := h.setupProverAndModel()
	id := uint32(L1JobBit | 0)
	r := h.ok(&L1Job{JobID: id, ModelID: 1, InputCommit: fe(3), FeeGwei: 30, Deadline: 100}, 1)
	if r.Skipped {
		t.Fatal("L1 job skipped")
	}
	h.ok(h.signed(prover, &LockJob{Prover: prover.index, JobID: id, LockDeadline: 50}), 1)
	h.fails(h.signed(owner, &CancelJob{Requester: owner.index, JobID: id}), 2, ErrJobState)
	r = h.ok(h.signed(prover, &FulfillJob{Prover: prover.index, JobID: id, OutputCommit: fe(4), Nonce: 1}), 2)
	want := fe(4)
	if !r.L1Job || len(r.Effects) != 2 || r.Effects[1] != (L1Result{JobID: id, OutputCommit: want.Bytes()}) {
		t.Fatalf("L1 result: %+v", r)
	}
	if h.earned(1) != 10 || h.gwei(owner) != 0 || h.gwei(prover) != 20 {
		t.Fatalf("L1 job fees: model %d owner %d prover %d", h.earned(1), h.gwei(owner), h.gwei(prover))
	}
	// An open L1 job past its deadline is refunded on L1 by ExpireJob.
	id2 := uint32(L1JobBit | 1)
	h.ok(&L1Job{JobID: id2, ModelID: 1, FeeGwei: 30, Deadline: 100}, 1)
	r = h.ok(&ExpireJob{JobID: id2}, 101)
	if pay, ok := r.Effects[0].(L1JobPayment); !ok || pay.JobID != id2 || pay.Amount.Cmp(gweiAmount(30)) != 0 {
		t.Fatalf("refund effect: %+v", r.Effects)
	}
	// The same L1 id never creates a second job.
	if r = h.ok(&L1Job{JobID: id2, ModelID: 1, FeeGwei: 1, Deadline: 500}, 1); !r.Skipped {
		t.Fatal("a reused L1 job id must be skipped")
	}
}

func TestJobLeaf(t *testing.T) {
	for _, tt := range []struct {
		id   uint32
		leaf uint64
		ok   bool
	}{{1, 1, true}, {15, 15, true}, {16, 0, false}, {0, 0, false}, {L1JobBit, 16, true}, {L1JobBit | 15, 31, true}, {L1JobBit | 16, 0, false}} {
		leaf, ok := JobLeaf(tt.id, 5)
		if ok != tt.ok || (ok && leaf != tt.leaf) {
			t.Errorf("JobLeaf(%#x, 5) = %d, %v; want %d, %v", tt.id, leaf, ok, tt.leaf, tt.ok)
		}
	}
}

func TestPreVerify(t *testing.T) {
	h := newHarness(t)
	user, prover, _ := h.setupProverAndModel()
	good := h.signed(user, &Transfer{From: user.index, To: prover.index, Amount: gweiAmount(1)}).(*Transfer)
	forged := h.signed(prover, &Transfer{From: user.index, To: prover.index, Amount: gweiAmount(2)}).(*Transfer)
	h.ex.PreVerify([]Op{good, forged})
	if _, ok := h.ex.sigs.get(forged); ok {
		t.Fatal("a forged signature was cached as verified")
	}
	h.fails(forged, 1, ErrBadSignature)
	// Changing a verified op after PreVerify must not ride on its check.
	tampered := *good
	h.ex.PreVerify([]Op{good})
	good.Amount = gweiAmount(500)
	h.fails(good, 1, ErrBadSignature)
	good.Amount = tampered.Amount
	h.ok(good, 1)
}

func TestVerifySignature(t *testing.T) {
	h := newHarness(t)
	user, prover, _ := h.setupProverAndModel()
	op := &Transfer{From: user.index, To: prover.index, Amount: gweiAmount(1)}
	if err := h.ex.VerifySignature(h.signed(prover, op)); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("signed by another key: %v", err)
	}
	if err := h.ex.VerifySignature(h.signed(user, op)); err != nil {
		t.Fatal(err)
	}
	if err := h.ex.VerifySignature(&Transfer{From: 1 << testParams.AccountDepth, Sig: op.Sig}); !errors.Is(err, ErrUnknownAccount) {
		t.Fatalf("unknown account: %v", err)
	}
	if err := h.ex.VerifySignature(&ExpireJob{JobID: 1}); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("unsigned op: %v", err)
	}
}

// TestDepositFrontRunCannotTakeTheExitAddress: a deposit to someone else's
// key from another L1 address makes a separate account; the owner's own
// deposits land in an account whose exit address is the owner's.
func TestDepositFrontRunCannotTakeTheExitAddress(t *testing.T) {
	h := newHarness(t)
	victim, attacker := h.actor("victim"), h.actor("attacker")
	r1 := h.ok(&Deposit{Depositor: attacker.l1, PubKey: victim.pub, Amount: big.NewInt(1)}, 0)
	r2 := h.ok(&Deposit{Depositor: victim.l1, PubKey: victim.pub, Amount: gweiAmount(100)}, 0)
	if r1.Account == r2.Account {
		t.Fatal("the front-running deposit and the owner's share an account")
	}
	a, _ := h.ex.State().Account(uint64(r2.Account))
	if a.L1Address != victim.l1 {
		t.Fatal("the owner's account exits to someone else's address")
	}
	r := h.ok(&ForcedExit{Account: r2.Account, Token: 0, Requester: attacker.l1}, 0)
	if !r.Skipped || r.Amount.Sign() != 0 {
		t.Fatal("the attacker forced the owner's exit")
	}
	if id, ok, err := h.ex.AccountOf(victim.pub, victim.l1); err != nil || !ok || id != r2.Account {
		t.Fatal("AccountOf does not find the owner's account")
	}
}

// TestVerifyManyAsAgreesWithVerifyAs: checked together, each op gets the
// answer VerifyAs gives it alone, good ones remembered (Apply skips them).
func TestVerifyManyAsAgreesWithVerifyAs(t *testing.T) {
	h := newHarness(t)
	user, prover, _ := h.setupProverAndModel()
	var ops []Op
	for i := range 12 {
		op := &Transfer{From: user.index, To: prover.index, Amount: gweiAmount(int64(i + 1))}
		switch i % 4 {
		case 1:
			h.signed(prover, op) // another account's key
		case 2:
			h.signed(user, op)
			op.Sig = append([]byte(nil), op.Sig[:63]...) // malformed
		default:
			h.signed(user, op)
		}
		ops = append(ops, op)
	}
	ops = append(ops, &Transfer{From: user.index}) // unsigned
	ks := make([]SignerKey, len(ops))
	for i, op := range ops {
		k, err := h.ex.SignerKey(op)
		if err != nil {
			t.Fatal(err)
		}
		ks[i] = k
	}
	got := h.ex.VerifyManyAs(ks, ops)
	for i, op := range ops {
		h.ex.Forget(op)
		want := h.ex.VerifyAs(ks[i], op)
		if fmt.Sprint(got[i]) != fmt.Sprint(want) {
			t.Fatalf("op %d: VerifyManyAs %v, VerifyAs %v", i, got[i], want)
		}
		if (want == nil) != h.ex.sigs.has(op, ks[i].acc.PubKeyX, ks[i].acc.PubKeyY) {
			t.Fatalf("op %d: remembered unless bad", i)
		}
	}
}
