package exodus

import (
	"errors"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

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
	if p.Batch != 3 || p.L1Batch != 3 || p.Batches != 3 || p.Ops != 5+5+7 || len(seen) != 3 || p.Priority != 8 {
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
		sa, _ := r.Seq.State().Account(uint64(who.ID))
		ra, _ := s.Executor().State().Account(uint64(who.ID))
		if sa.EscrowGwei != ra.EscrowGwei {
			t.Errorf("%s: rebuilt escrow %d gwei, sequencer %d", name, ra.EscrowGwei, sa.EscrowGwei)
		}
	}
	// The replay saw model 1 registered; its unclaimed fees (the L1 job's model
	// fee, after the dapp claimed the first job's) are the sequencer's.
	if ids, err := s.Models(); err != nil || len(ids) != 1 || ids[0] != 1 {
		t.Fatalf("models %v, %v", ids, err)
	}
	if m, _ := s.Executor().State().Model(1); m.EarnedGwei != 10 {
		t.Fatalf("model 1 has %d gwei unclaimed in the rebuilt state, want 10", m.EarnedGwei)
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
// exodus once a priority op is overdue; users exit their exact balances with
// proofs from the rebuilt state, the ETH exit paying the fees escrowed in the
// account's open and locked L2 jobs too; a model owner exits its model's
// unclaimed fees; an unconsumed deposit and L1 job are refunded; a prover's
// stake leaves; forged, stale and repeated exits revert. After every exit,
// model-fee exit, refund, claim and stake withdrawal the rollup holds nothing.
func TestExodusExitAndRefund(t *testing.T) {
	r := exodustest.NewSim(t)
	p := r.People
	alice, bob, dapp := p["alice"], p["bob"], p["dapp"]
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
	if err := CheckExitDepths(r.Ctx, r.Client, r.Dep.NexusRollup, state.DefaultParams()); err != nil {
		t.Fatal(err)
	}

	// Forged: bob's proof for one wei more, alice's for one gwei more escrow.
	// Stale: alice's proof from batch 1.
	forged, err := ExitProof(ex, bob.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	forged.Balance.Add(forged.Balance, big.NewInt(1))
	_, err = r.Rollup.Exit(r.Opts("bob"), forged)
	r.Reverts(err, "Rollup_BadExitProof")
	forged, err = ExitProof(ex, alice.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	forged.EscrowGwei++
	_, err = r.Rollup.Exit(r.Opts("alice"), forged)
	r.Reverts(err, "Rollup_BadExitProof")
	old, err := ExitProof(stale.Executor(), alice.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	_, err = r.Rollup.Exit(r.Opts("alice"), old)
	r.Reverts(err, "Rollup_BadExitProof")

	// Exact balances exit once each, ETH with the account's escrow: alice's
	// open (30 gwei) and locked (40 gwei) jobs' fees come back with her ETH.
	for _, name := range []string{"alice", "bob", "prover", "dapp"} {
		who := p[name]
		bal, _ := r.Seq.State().Balance(uint64(who.ID), 0)
		acct, _ := r.Seq.State().Account(uint64(who.ID))
		want := new(big.Int).Add(bal, exodustest.Gwei(int64(acct.EscrowGwei)))
		owed, err := s.Owed(who.ID)
		if err != nil {
			t.Fatal(err)
		}
		proof, err := ExitProof(ex, who.ID, 0)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if proof.Balance.Cmp(bal) != 0 || proof.EscrowGwei != acct.EscrowGwei || owed.Exit(0).Cmp(want) != 0 {
			t.Fatalf("%s: proof of %v + %d gwei, owed %v; L2 balance %v + %d gwei escrow", name, proof.Balance,
				proof.EscrowGwei, owed.Exit(0), bal, acct.EscrowGwei)
		}
		prior, _ := r.Rollup.Claimable(call, who.Addr, 0)   // bob's settled withdrawal
		rc := r.Mine(r.Rollup.Exit(r.Opts("carol"), proof)) // anyone may send it: L1 pays the account's address
		t.Logf("%s: exit of %v wei (%d gwei escrow): %d gas", name, want, acct.EscrowGwei, rc.GasUsed)
		_, err = r.Rollup.Exit(r.Opts(name), proof)
		r.Reverts(err, "Rollup_AlreadyExited")
		if c, _ := r.Rollup.Claimable(call, who.Addr, 0); c.Cmp(new(big.Int).Add(prior, want)) != 0 {
			t.Fatalf("%s: claimable %v, want %v + %v", name, c, prior, want)
		}
	}
	if want := new(big.Int).Sub(exodustest.ETH(1900), exodustest.Gwei(120)); mustBal(t, ex, alice.ID).Cmp(want) != 0 {
		t.Fatalf("alice's balance is %v, want %v", mustBal(t, ex, alice.ID), want)
	}
	if a, _ := ex.State().Account(uint64(alice.ID)); a.EscrowGwei != 70 {
		t.Fatalf("alice escrows %d gwei, want 70 (open job 30, locked job 40)", a.EscrowGwei)
	}

	// The dapp owns model 1, whose fees from the L1 job it has not claimed on
	// L2 (it claimed the first job's, which its ETH exit paid): they exit once,
	// to its address, whoever sends the proof. A forged amount reverts.
	owed, err := s.Owed(dapp.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(owed.Models) != 1 || owed.Models[0] != (ModelFees{Model: 1, Gwei: 10}) {
		t.Fatalf("dapp's models: %+v", owed.Models)
	}
	if none, _ := s.Owed(bob.ID); len(none.Models) != 0 {
		t.Fatalf("bob owns models %+v", none.Models)
	}
	mp, err := ModelFeesProof(ex, 1)
	if err != nil {
		t.Fatal(err)
	}
	if mp.L1Address != dapp.Addr || mp.OwnerAccount != dapp.ID || mp.EarnedGwei != 10 {
		t.Fatalf("model proof: owner %d at %s, %d gwei", mp.OwnerAccount, common.Address(mp.L1Address), mp.EarnedGwei)
	}
	mp.EarnedGwei++
	_, err = r.Rollup.ExitModelFees(r.Opts("dapp"), mp)
	r.Reverts(err, "Rollup_BadExitProof")
	mp.EarnedGwei--
	prior, _ := r.Rollup.Claimable(call, dapp.Addr, 0)
	rc := r.Mine(r.Rollup.ExitModelFees(r.Opts("carol"), mp))
	t.Logf("exitModelFees of 10 gwei: %d gas", rc.GasUsed)
	_, err = r.Rollup.ExitModelFees(r.Opts("dapp"), mp)
	r.Reverts(err, "Rollup_ModelFeesExited")
	if c, _ := r.Rollup.Claimable(call, dapp.Addr, 0); c.Cmp(new(big.Int).Add(prior, exodustest.Gwei(10))) != 0 {
		t.Fatalf("dapp may claim %v after the model-fee exit, want %v + 10 gwei", c, prior)
	}
	if _, err := ModelFeesProof(ex, 2); !errors.Is(err, ErrNothingToExit) {
		t.Fatalf("proof of a model that does not exist: %v", err)
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
	if c, _ := r.Rollup.Claimable(call, dapp.Addr, 0); c.Cmp(exodustest.Gwei(10+10+25+30)) != 0 {
		t.Fatalf("dapp may claim %v, want 10 gwei exited + 10 of model fees + 25 + 30 refunded", c)
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
	rc = r.Mine(r.Rollup.ClaimWithdrawal(r.Opts("bob"), 0))
	after, _ := r.Client.BalanceAt(r.Ctx, bob.Addr, nil)
	gas := new(big.Int).Mul(new(big.Int).SetUint64(rc.GasUsed), rc.EffectiveGasPrice)
	if got := new(big.Int).Sub(after, before); new(big.Int).Add(got, gas).Cmp(exodustest.ETH(2100)) != 0 {
		t.Fatalf("bob received %v + %v gas, want 2.1 ETH (1.6 exited, 0.5 withdrawn)", got, gas)
	}
	for _, name := range []string{"alice", "prover", "dapp", "carol"} {
		r.Mine(r.Rollup.ClaimWithdrawal(r.Opts(name), 0))
	}
	// Nothing is left: the escrow of the L2 jobs open or locked at the last
	// settled batch left with alice's exit, the model's fees with the dapp's.
	if left, _ := r.Client.BalanceAt(r.Ctx, r.Dep.NexusRollup, nil); left.Sign() != 0 {
		t.Fatalf("the rollup holds %v after every exit, model-fee exit, refund and claim, want 0", left)
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
