package exodus

import (
	"errors"
	"log/slog"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/nexus-rollup/nexus/kv/leveldb"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/state"
)

func fe(v uint64) fr.Element { var e fr.Element; e.SetUint64(v); return e }

// scenario settles three batches on the rig's L1: deposits, a prover, a
// model, L1 jobs (one fulfilled, one consumed and left pending, one never
// consumed), transfers, a withdrawal, L2 jobs fulfilled, locked and open;
// then a deposit that no batch consumes.
func scenario(r *rig) {
	t := r.t
	t.Helper()
	p := r.people
	alice, bob, prover, dapp := p["alice"], p["bob"], p["prover"], p["dapp"]
	r.mine(r.rollup.DepositETH(r.value("alice", eth(1000)), alice.pub))
	r.mine(r.rollup.DepositETH(r.value("bob", eth(2000)), bob.pub))
	r.mine(r.reg.Register(r.value("prover", eth(1000)), prover.pub))
	var vk [32]byte
	vk[31] = 42
	r.mine(r.models.RegisterModel(r.opts("dapp"), vk, 10, dapp.pub, "ipfs://model"))
	deadline := uint32(r.now() + 7200)
	r.mine(r.rollup.RequestInference(r.value("dapp", gwei(20)), 1, big.NewInt(12345), deadline, []byte{1, 2, 3}))
	r.settle()

	lock := uint32(r.now() + 600)
	r.settle(
		r.signed("alice", &rollup.Transfer{From: alice.id, To: bob.id, Amount: eth(100)}),
		r.signed("alice", &rollup.SubmitJob{Requester: alice.id, JobID: 1, ModelID: 1, InputCommit: fe(5), FeeGwei: 50,
			Deadline: deadline}),
		r.signed("prover", &rollup.LockJob{Prover: prover.id, JobID: 1, LockDeadline: lock}),
		r.signed("alice", &rollup.SubmitJob{Requester: alice.id, JobID: 2, ModelID: 1, InputCommit: fe(6), FeeGwei: 30,
			Deadline: deadline}),
		r.signed("bob", &rollup.Withdraw{From: bob.id, Amount: eth(500), To: bob.addr}),
	)

	r.mine(r.rollup.RequestInference(r.value("dapp", gwei(25)), 1, big.NewInt(777), deadline, []byte{4}))
	r.settle(
		r.signed("prover", &rollup.FulfillJob{Prover: prover.id, JobID: 1, OutputCommit: fe(6)}),
		r.signed("prover", &rollup.LockJob{Prover: prover.id, JobID: rollup.L1JobBit, LockDeadline: lock}),
		r.signed("prover", &rollup.FulfillJob{Prover: prover.id, JobID: rollup.L1JobBit, OutputCommit: fe(9)}),
		r.signed("alice", &rollup.SubmitJob{Requester: alice.id, JobID: 3, ModelID: 1, InputCommit: fe(7), FeeGwei: 40,
			Deadline: deadline}),
		r.signed("prover", &rollup.LockJob{Prover: prover.id, JobID: 3, LockDeadline: lock}),
	)
	r.mine(r.rollup.RequestInference(r.value("dapp", gwei(30)), 1, big.NewInt(888), deadline, []byte{5}))
	r.mine(r.rollup.DepositETH(r.value("carol", eth(300)), p["carol"].pub))
}

var quiet = slog.New(slog.DiscardHandler)

func openStore(t testing.TB, dir string) *leveldb.Store {
	t.Helper()
	db, err := leveldb.Open(dir, leveldb.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func (r *rig) syncer(t *testing.T, db *leveldb.Store, p state.Params) (*Syncer, error) {
	return New(r.ctx, r.client, db, Config{Rollup: r.dep.NexusRollup, StartBlock: r.dep.Block, MaxRange: 7, Params: p}, quiet)
}

// TestSyncRebuildsEveryBatch: the state rebuilt from L1 alone agrees with
// every root L1 stored and with the sequencer's balances; a second sync
// resumes from the store; a store of other depths is refused.
func TestSyncRebuildsEveryBatch(t *testing.T) {
	r := newRig(t)
	scenario(r)
	dir := filepath.Join(t.TempDir(), "exodus")
	db := openStore(t, dir)
	defer db.Close()
	s, err := r.syncer(t, db, state.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	var seen []uint64
	p, err := s.Sync(r.ctx, func(p Progress) { seen = append(seen, p.Batch) })
	if err != nil {
		t.Fatal(err)
	}
	if p.Batch != 3 || p.L1Batch != 3 || p.Batches != 3 || p.Ops != 5+5+6 || len(seen) != 3 || p.Priority != 8 {
		t.Fatalf("progress %+v, batches seen %v", p, seen)
	}
	want, _ := r.seq.State().Root()
	if _, j, _, _ := r.seq.State().SubRoots(); true {
		got, _ := s.Executor().ReplayedRoot()
		if got != want {
			t.Fatal("rebuilt root differs from the sequencer's")
		}
		if _, rj, _, _ := s.Executor().ReplayedRoots(); rj != j {
			t.Fatal("rebuilt state does not carry the published jobs root")
		}
	}
	for name, who := range r.people {
		if who.id == 0 {
			continue
		}
		a, _ := r.seq.State().Balance(uint64(who.id), 0)
		b, _ := s.Executor().State().Balance(uint64(who.id), 0)
		if a.Cmp(b) != 0 {
			t.Errorf("%s: rebuilt balance %v, sequencer %v", name, b, a)
		}
	}
	// Nothing new: a second sync replays nothing and agrees again.
	if p, err = s.Sync(r.ctx, nil); err != nil || p.Batches != 0 || p.Batch != 3 {
		t.Fatalf("second sync: %+v, %v", p, err)
	}
	db.Close()

	// Another rollup's depths on the same store are refused.
	db2 := openStore(t, dir)
	defer db2.Close()
	small := state.Params{AccountDepth: 8, TokenDepth: 4, JobDepth: 8, ModelDepth: 4}
	if _, err := r.syncer(t, db2, small); !errors.Is(err, ErrWrongStore) {
		t.Fatalf("store of other depths: %v", err)
	}
	// Wrong depths on a fresh store fail at the genesis root, before any batch.
	db3 := openStore(t, filepath.Join(t.TempDir(), "small"))
	defer db3.Close()
	s3, err := r.syncer(t, db3, small)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s3.Sync(r.ctx, nil); !errors.Is(err, ErrMismatch) {
		t.Fatalf("wrong depths: %v", err)
	}
}

// TestSyncResumes: a sync stopped after batch 1 (here: L1 had settled no
// more) continues from its store when more batches settle.
func TestSyncResumes(t *testing.T) {
	r := newRig(t)
	alice := r.people["alice"]
	r.mine(r.rollup.DepositETH(r.value("alice", eth(1000)), alice.pub))
	r.settle()
	dir := filepath.Join(t.TempDir(), "exodus")
	db := openStore(t, dir)
	s, err := r.syncer(t, db, state.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	if p, err := s.Sync(r.ctx, nil); err != nil || p.Batch != 1 {
		t.Fatalf("first sync: %+v %v", p, err)
	}
	db.Close()
	for i := 0; i < 4; i++ {
		r.settle(r.signed("alice", &rollup.Withdraw{From: alice.id, Amount: eth(1), To: alice.addr}))
	}
	db = openStore(t, dir)
	defer db.Close()
	if s, err = r.syncer(t, db, state.DefaultParams()); err != nil {
		t.Fatal(err)
	}
	p, err := s.Sync(r.ctx, nil)
	if err != nil || p.Batch != 5 || p.Batches != 4 {
		t.Fatalf("resumed sync: %+v %v", p, err)
	}
	bal, _ := s.Executor().State().Balance(uint64(alice.id), 0)
	if bal.Cmp(eth(996)) != 0 {
		t.Fatalf("alice has %v after resume", bal)
	}
}

// TestExodusExitAndRefund: after the sequencer stops, anyone activates
// exodus once a priority op is overdue; users exit their exact balances
// with proofs from the rebuilt state and claim them; an unconsumed deposit
// and L1 job are refunded; a prover's stake leaves; forged, stale and
// repeated exits revert.
func TestExodusExitAndRefund(t *testing.T) {
	r := newRig(t)
	p := r.people
	alice, bob := p["alice"], p["bob"]
	r.mine(r.rollup.DepositETH(r.value("alice", eth(1000)), alice.pub))
	r.settle()
	// A replay frozen at batch 1 gives stale proofs later.
	staleDB := openStore(t, filepath.Join(t.TempDir(), "stale"))
	defer staleDB.Close()
	stale, err := r.syncer(t, staleDB, state.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := stale.Sync(r.ctx, nil); err != nil {
		t.Fatal(err)
	}
	// The rest of the scenario on top (alice deposits once more in it).
	scenario(r)
	db := openStore(t, filepath.Join(t.TempDir(), "exodus"))
	defer db.Close()
	s, err := r.syncer(t, db, state.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Sync(r.ctx, nil); err != nil {
		t.Fatal(err)
	}
	ex := s.Executor()

	call := &bind.CallOpts{Context: r.ctx}
	_, err = r.rollup.ActivateExodus(r.opts("carol"))
	r.reverts(err, "Rollup_NoOverduePriorityOp")
	st, err := ReadStatus(r.ctx, r.client, r.dep.NexusRollup)
	if err != nil || st.Exodus || st.Overdue || st.LastBatch != 4 || st.Next != st.Consumed+1 || st.Queued != st.Consumed+2 {
		t.Fatalf("status before the deadline: %+v %v", st, err)
	}
	if err := r.sim.AdjustTime(time.Duration(r.dep.Params.PriorityDeadline+1) * time.Second); err != nil {
		t.Fatal(err)
	}
	r.sim.Commit()
	if st, _ = ReadStatus(r.ctx, r.client, r.dep.NexusRollup); !st.Overdue || st.Now <= st.NextDeadline {
		t.Fatalf("status past the deadline: %+v", st)
	}
	r.mine(r.rollup.ActivateExodus(r.opts("carol")))
	if on, _ := r.rollup.ExodusMode(call); !on {
		t.Fatal("exodus not active")
	}

	// Forged: bob's proof for one wei more. Stale: alice's proof from batch 1.
	forged, err := ExitProof(ex, bob.id, 0)
	if err != nil {
		t.Fatal(err)
	}
	forged.Balance.Add(forged.Balance, big.NewInt(1))
	_, err = r.rollup.Exit(r.opts("bob"), forged)
	r.reverts(err, "Rollup_BadExitProof")
	old, err := ExitProof(stale.Executor(), alice.id, 0)
	if err != nil {
		t.Fatal(err)
	}
	_, err = r.rollup.Exit(r.opts("alice"), old)
	r.reverts(err, "Rollup_BadExitProof")

	// Exact balances exit once each.
	for _, name := range []string{"alice", "bob", "prover", "dapp"} {
		who := p[name]
		bal, _ := r.seq.State().Balance(uint64(who.id), 0)
		proof, err := ExitProof(ex, who.id, 0)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if proof.Balance.Cmp(bal) != 0 {
			t.Fatalf("%s: proof of %v, L2 balance %v", name, proof.Balance, bal)
		}
		prior, _ := r.rollup.Claimable(call, who.addr, 0) // bob's settled withdrawal
		r.mine(r.rollup.Exit(r.opts("carol"), proof))     // anyone may send it: L1 pays the account's address
		_, err = r.rollup.Exit(r.opts(name), proof)
		r.reverts(err, "Rollup_AlreadyExited")
		if c, _ := r.rollup.Claimable(call, who.addr, 0); c.Cmp(new(big.Int).Add(prior, bal)) != 0 {
			t.Fatalf("%s: claimable %v, want %v + %v", name, c, prior, bal)
		}
	}
	if want := new(big.Int).Sub(eth(1900), gwei(120)); mustBal(t, ex, alice.id).Cmp(want) != 0 {
		t.Fatalf("alice exits %v, want %v", mustBal(t, ex, alice.id), want)
	}

	// Refunds: carol's deposit was never consumed; of the dapp's L1 jobs, one was
	// consumed and never fulfilled, one never consumed.
	for _, name := range []string{"carol", "dapp", "alice"} {
		who := p[name]
		refunds, err := s.Refunds(r.ctx, who.addr)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]int{"carol": 1, "dapp": 2, "alice": 0}[name]
		if len(refunds) != want {
			t.Fatalf("%s: %d refunds, want %d: %+v", name, len(refunds), want, refunds)
		}
		for _, rf := range refunds {
			if rf.JobID != 0 {
				r.mine(r.rollup.ExodusRefundL1Job(r.opts(name), rf.JobID))
			} else {
				r.mine(r.rollup.ExodusRefund(r.opts(name), new(big.Int).SetUint64(rf.Index), rf.Encoding))
			}
		}
		if again, _ := s.Refunds(r.ctx, who.addr); len(again) != 0 {
			t.Fatalf("%s: refunds left after refunding: %+v", name, again)
		}
	}
	if c, _ := r.rollup.Claimable(call, p["carol"].addr, 0); c.Cmp(eth(300)) != 0 {
		t.Fatalf("carol may claim %v", c)
	}
	if c, _ := r.rollup.Claimable(call, p["dapp"].addr, 0); c.Cmp(new(big.Int).Add(gwei(20), gwei(55))) != 0 {
		t.Fatalf("dapp may claim %v, want 20 gwei exited + 25 + 30 refunded", c)
	}

	// The prover's stake leaves ProverRegistry, collateral included: in exodus no
	// release is needed, only the unbonding delay.
	r.mine(r.reg.RequestUnstake(r.opts("prover")))
	if err := r.sim.AdjustTime(time.Duration(r.dep.Params.UnbondingDelay+1) * time.Second); err != nil {
		t.Fatal(err)
	}
	r.sim.Commit()
	r.mine(r.reg.WithdrawStake(r.opts("prover")))
	if stake, _ := r.reg.StakeOf(call, p["prover"].addr); stake.Sign() != 0 {
		t.Fatalf("stake left: %v", stake)
	}

	// Claims pay exactly.
	before, _ := r.client.BalanceAt(r.ctx, bob.addr, nil)
	rc := r.mine(r.rollup.ClaimWithdrawal(r.opts("bob"), 0))
	after, _ := r.client.BalanceAt(r.ctx, bob.addr, nil)
	gas := new(big.Int).Mul(new(big.Int).SetUint64(rc.GasUsed), rc.EffectiveGasPrice)
	if got := new(big.Int).Sub(after, before); new(big.Int).Add(got, gas).Cmp(eth(2100)) != 0 {
		t.Fatalf("bob received %v + %v gas, want 2.1 ETH (1.6 exited, 0.5 withdrawn)", got, gas)
	}
	for _, name := range []string{"alice", "prover", "dapp", "carol"} {
		r.mine(r.rollup.ClaimWithdrawal(r.opts(name), 0))
	}
	// What stays is exactly the escrow of the L2 jobs open or locked at the last
	// settled batch (30 + 40 gwei): no exit reaches it (docs/protocol.md §3).
	if left, _ := r.client.BalanceAt(r.ctx, r.dep.NexusRollup, nil); left.Cmp(gwei(70)) != 0 {
		t.Fatalf("the rollup holds %v after every exit, refund and claim, want the 70 gwei of open L2 escrow", left)
	}
}

func mustBal(t *testing.T, ex *rollup.Executor, id uint32) *big.Int {
	t.Helper()
	b, err := ex.State().Balance(uint64(id), 0)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
