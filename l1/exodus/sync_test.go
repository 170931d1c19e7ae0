package exodus

import (
	"errors"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/nexus-rollup/nexus/kv/leveldb"
	"github.com/nexus-rollup/nexus/l1/exodus/exodustest"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/state"
)

func openStore(t testing.TB, dir string) *leveldb.Store {
	t.Helper()
	db, err := leveldb.Open(dir, leveldb.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func syncer(r *exodustest.Rig, db *leveldb.Store, p state.Params) (*Syncer, error) {
	return New(r.Ctx, r.Client, db, Config{Rollup: r.Dep.NexusRollup, StartBlock: r.Dep.Block, MaxRange: 7, Params: p}, exodustest.Quiet)
}

// TestSyncRebuildsEveryBatch: the state rebuilt from L1 alone agrees with
// every root L1 stored and with the sequencer's balances; a second sync
// resumes from the store; a store of other depths is refused.
func TestSyncRebuildsEveryBatch(t *testing.T) {
	r := exodustest.NewSim(t)
	exodustest.Scenario(r)
	dir := filepath.Join(t.TempDir(), "exodus")
	db := openStore(t, dir)
	defer db.Close()
	s, err := syncer(r, db, state.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	var seen []uint64
	p, err := s.Sync(r.Ctx, func(p Progress) { seen = append(seen, p.Batch) })
	if err != nil {
		t.Fatal(err)
	}
	if p.Batch != 3 || p.L1Batch != 3 || p.Batches != 3 || p.Ops != 5+5+6 || len(seen) != 3 || p.Priority != 8 {
		t.Fatalf("progress %+v, batches seen %v", p, seen)
	}
	want, _ := r.Seq.State().Root()
	if _, j, _, _ := r.Seq.State().SubRoots(); true {
		got, _ := s.Executor().ReplayedRoot()
		if got != want {
			t.Fatal("rebuilt root differs from the sequencer's")
		}
		if _, rj, _, _ := s.Executor().ReplayedRoots(); rj != j {
			t.Fatal("rebuilt state does not carry the published jobs root")
		}
	}
	for name, who := range r.People {
		if who.ID == 0 {
			continue
		}
		a, _ := r.Seq.State().Balance(uint64(who.ID), 0)
		b, _ := s.Executor().State().Balance(uint64(who.ID), 0)
		if a.Cmp(b) != 0 {
			t.Errorf("%s: rebuilt balance %v, sequencer %v", name, b, a)
		}
	}
	// Nothing new: a second sync replays nothing and agrees again.
	if p, err = s.Sync(r.Ctx, nil); err != nil || p.Batches != 0 || p.Batch != 3 {
		t.Fatalf("second sync: %+v, %v", p, err)
	}
	db.Close()

	// Another rollup's depths on the same store are refused.
	db2 := openStore(t, dir)
	defer db2.Close()
	small := state.Params{AccountDepth: 8, TokenDepth: 4, JobDepth: 8, ModelDepth: 4}
	if _, err := syncer(r, db2, small); !errors.Is(err, ErrWrongStore) {
		t.Fatalf("store of other depths: %v", err)
	}
	// Wrong depths on a fresh store fail at the genesis root, before any batch.
	db3 := openStore(t, filepath.Join(t.TempDir(), "small"))
	defer db3.Close()
	s3, err := syncer(r, db3, small)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s3.Sync(r.Ctx, nil); !errors.Is(err, ErrMismatch) {
		t.Fatalf("wrong depths: %v", err)
	}
}

// TestSyncResumes: a sync stopped after batch 1 (here: L1 had settled no
// more) continues from its store when more batches settle.
func TestSyncResumes(t *testing.T) {
	r := exodustest.NewSim(t)
	alice := r.People["alice"]
	r.Mine(r.Rollup.DepositETH(r.Value("alice", exodustest.ETH(1000)), alice.Pub))
	r.Settle()
	dir := filepath.Join(t.TempDir(), "exodus")
	db := openStore(t, dir)
	s, err := syncer(r, db, state.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	if p, err := s.Sync(r.Ctx, nil); err != nil || p.Batch != 1 {
		t.Fatalf("first sync: %+v %v", p, err)
	}
	db.Close()
	for i := 0; i < 4; i++ {
		r.Settle(r.Signed("alice", &rollup.Withdraw{From: alice.ID, Amount: exodustest.ETH(1), To: alice.Addr}))
	}
	db = openStore(t, dir)
	defer db.Close()
	if s, err = syncer(r, db, state.DefaultParams()); err != nil {
		t.Fatal(err)
	}
	p, err := s.Sync(r.Ctx, nil)
	if err != nil || p.Batch != 5 || p.Batches != 4 {
		t.Fatalf("resumed sync: %+v %v", p, err)
	}
	bal, _ := s.Executor().State().Balance(uint64(alice.ID), 0)
	if bal.Cmp(exodustest.ETH(996)) != 0 {
		t.Fatalf("alice has %v after resume", bal)
	}
}

// TestExodusExitAndRefund: after the sequencer stops, anyone activates
// exodus once a priority op is overdue; users exit their exact balances
// with proofs from the rebuilt state and claim them; an unconsumed deposit
// and L1 job are refunded; a prover's stake leaves; forged, stale and
// repeated exits revert.
func TestExodusExitAndRefund(t *testing.T) {
	r := exodustest.NewSim(t)
	p := r.People
	alice, bob := p["alice"], p["bob"]
	r.Mine(r.Rollup.DepositETH(r.Value("alice", exodustest.ETH(1000)), alice.Pub))
	r.Settle()
	// A replay frozen at batch 1 gives stale proofs later.
	staleDB := openStore(t, filepath.Join(t.TempDir(), "stale"))
	defer staleDB.Close()
	stale, err := syncer(r, staleDB, state.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := stale.Sync(r.Ctx, nil); err != nil {
		t.Fatal(err)
	}
	// The rest of the scenario on top (alice deposits once more in it).
	exodustest.Scenario(r)
	db := openStore(t, filepath.Join(t.TempDir(), "exodus"))
	defer db.Close()
	s, err := syncer(r, db, state.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Sync(r.Ctx, nil); err != nil {
		t.Fatal(err)
	}
	ex := s.Executor()

	call := &bind.CallOpts{Context: r.Ctx}
	_, err = r.Rollup.ActivateExodus(r.Opts("carol"))
	r.Reverts(err, "Rollup_NoOverduePriorityOp")
	st, err := ReadStatus(r.Ctx, r.Client, r.Dep.NexusRollup)
	if err != nil || st.Exodus || st.Overdue || st.LastBatch != 4 || st.Next != st.Consumed+1 || st.Queued != st.Consumed+2 {
		t.Fatalf("status before the deadline: %+v %v", st, err)
	}
	r.Warp(r.Dep.Params.PriorityDeadline + 1)
	if st, _ = ReadStatus(r.Ctx, r.Client, r.Dep.NexusRollup); !st.Overdue || st.Now <= st.NextDeadline {
		t.Fatalf("status past the deadline: %+v", st)
	}
	r.Mine(r.Rollup.ActivateExodus(r.Opts("carol")))
	if on, _ := r.Rollup.ExodusMode(call); !on {
		t.Fatal("exodus not active")
	}

	// Forged: bob's proof for one wei more. Stale: alice's proof from batch 1.
	forged, err := ExitProof(ex, bob.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	forged.Balance.Add(forged.Balance, big.NewInt(1))
	_, err = r.Rollup.Exit(r.Opts("bob"), forged)
	r.Reverts(err, "Rollup_BadExitProof")
	old, err := ExitProof(stale.Executor(), alice.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	_, err = r.Rollup.Exit(r.Opts("alice"), old)
	r.Reverts(err, "Rollup_BadExitProof")

	// Exact balances exit once each.
	for _, name := range []string{"alice", "bob", "prover", "dapp"} {
		who := p[name]
		bal, _ := r.Seq.State().Balance(uint64(who.ID), 0)
		proof, err := ExitProof(ex, who.ID, 0)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if proof.Balance.Cmp(bal) != 0 {
			t.Fatalf("%s: proof of %v, L2 balance %v", name, proof.Balance, bal)
		}
		prior, _ := r.Rollup.Claimable(call, who.Addr, 0) // bob's settled withdrawal
		r.Mine(r.Rollup.Exit(r.Opts("carol"), proof))     // anyone may send it: L1 pays the account's address
		_, err = r.Rollup.Exit(r.Opts(name), proof)
		r.Reverts(err, "Rollup_AlreadyExited")
		if c, _ := r.Rollup.Claimable(call, who.Addr, 0); c.Cmp(new(big.Int).Add(prior, bal)) != 0 {
			t.Fatalf("%s: claimable %v, want %v + %v", name, c, prior, bal)
		}
	}
	if want := new(big.Int).Sub(exodustest.ETH(1900), exodustest.Gwei(120)); mustBal(t, ex, alice.ID).Cmp(want) != 0 {
		t.Fatalf("alice exits %v, want %v", mustBal(t, ex, alice.ID), want)
	}

	// Refunds: carol's deposit was never consumed; of the dapp's L1 jobs, one was
	// consumed and never fulfilled, one never consumed.
	for _, name := range []string{"carol", "dapp", "alice"} {
		who := p[name]
		refunds, err := s.Refunds(r.Ctx, who.Addr)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]int{"carol": 1, "dapp": 2, "alice": 0}[name]
		if len(refunds) != want {
			t.Fatalf("%s: %d refunds, want %d: %+v", name, len(refunds), want, refunds)
		}
		for _, rf := range refunds {
			if rf.JobID != 0 {
				r.Mine(r.Rollup.ExodusRefundL1Job(r.Opts(name), rf.JobID))
			} else {
				r.Mine(r.Rollup.ExodusRefund(r.Opts(name), new(big.Int).SetUint64(rf.Index), rf.Encoding))
			}
		}
		if again, _ := s.Refunds(r.Ctx, who.Addr); len(again) != 0 {
			t.Fatalf("%s: refunds left after refunding: %+v", name, again)
		}
	}
	if c, _ := r.Rollup.Claimable(call, p["carol"].Addr, 0); c.Cmp(exodustest.ETH(300)) != 0 {
		t.Fatalf("carol may claim %v", c)
	}
	if c, _ := r.Rollup.Claimable(call, p["dapp"].Addr, 0); c.Cmp(new(big.Int).Add(exodustest.Gwei(20), exodustest.Gwei(55))) != 0 {
		t.Fatalf("dapp may claim %v, want 20 gwei exited + 25 + 30 refunded", c)
	}

	// The prover's stake leaves ProverRegistry, collateral included: in exodus no
	// release is needed, only the unbonding delay.
	r.Mine(r.Reg.RequestUnstake(r.Opts("prover")))
	r.Warp(r.Dep.Params.UnbondingDelay + 1)
	r.Mine(r.Reg.WithdrawStake(r.Opts("prover")))
	if stake, _ := r.Reg.StakeOf(call, p["prover"].Addr); stake.Sign() != 0 {
		t.Fatalf("stake left: %v", stake)
	}

	// Claims pay exactly.
	before, _ := r.Client.BalanceAt(r.Ctx, bob.Addr, nil)
	rc := r.Mine(r.Rollup.ClaimWithdrawal(r.Opts("bob"), 0))
	after, _ := r.Client.BalanceAt(r.Ctx, bob.Addr, nil)
	gas := new(big.Int).Mul(new(big.Int).SetUint64(rc.GasUsed), rc.EffectiveGasPrice)
	if got := new(big.Int).Sub(after, before); new(big.Int).Add(got, gas).Cmp(exodustest.ETH(2100)) != 0 {
		t.Fatalf("bob received %v + %v gas, want 2.1 ETH (1.6 exited, 0.5 withdrawn)", got, gas)
	}
	for _, name := range []string{"alice", "prover", "dapp", "carol"} {
		r.Mine(r.Rollup.ClaimWithdrawal(r.Opts(name), 0))
	}
	// What stays is exactly the escrow of the L2 jobs open or locked at the last
	// settled batch (30 + 40 gwei): no exit reaches it (docs/protocol.md §3).
	if left, _ := r.Client.BalanceAt(r.Ctx, r.Dep.NexusRollup, nil); left.Cmp(exodustest.Gwei(70)) != 0 {
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
