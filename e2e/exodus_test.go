//go:build e2e

package e2e

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/kv/leveldb"
	"github.com/nexus-rollup/nexus/l1/deploy"
	"github.com/nexus-rollup/nexus/l1/exodus"
	"github.com/nexus-rollup/nexus/l1/reverts"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/state"
	"github.com/nexus-rollup/nexus/sequencer"
)

// TestE2E_Exodus runs Nexus as separate processes on anvil with the real
// wrap verifier (startSystem: nexus contracts deploy --deploy.link-verifier,
// sequencer, aggregator; make e2e's circuit shape, state depths 3/1/6/2),
// settles batches with deposits, a job a real prover proves, a withdrawal, a
// job the prover then locks and never answers, and an L1 job left pending,
// then kills the sequencer and the aggregator for good. A deposit waits past
// its deadline (anvil time travel); anyone activates exodus; everything
// leaves through the nexus exodus commands and L1 alone: two users exit
// their exact L2 balances and claim them, alice's ETH exit with the fee
// escrowed in her locked job, and alice, who owns model 1, exits the model's
// unclaimed fees; the unconsumed deposit and the pending L1 job's fee are
// refunded, the prover's earnings exit and its whole stake, the locked
// collateral included, leaves once; a forged, a stale (an earlier batch's
// root) and a repeated exit revert. Nothing stays in the rollup
// (docs/protocol.md §3).
//
// It holds the wrap keys (about 13 GiB resident): run it alone, under the
// heavy lock (make e2e-exodus):
//
//	flock /tmp/nexus-heavy.lock go test -tags e2e -count=1 -timeout 60m -v -run '^TestE2E_Exodus$' ./e2e/
func TestE2E_Exodus(t *testing.T) {
	sys := startSystem(t)
	d := &sys.devnet
	client, err := ethclient.Dial(d.l1)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	c := &chain{name: "anvil", client: client}
	dep, err := deploy.Read(d.dep)
	if err != nil {
		t.Fatal(err)
	}
	r, err := bindings.NewNexusRollup(dep.NexusRollup, client)
	if err != nil {
		t.Fatal(err)
	}
	call := &bind.CallOpts{}
	l1 := []string{"--l1.rpc", d.l1, "--deployment", d.dep}
	aliceKey, alice := devKey(t, devKey0)
	bobKey, bobHex := freshKey(t, c, 5)
	_, proverHex := freshKey(t, c, 3)
	_, carolHex := freshKey(t, c, 2)
	dappKey, dappHex := freshKey(t, c, 2)
	as := func(hex string) []string { return append([]string{"--key", hex}, l1...) }

	d.nexus(append([]string{"bridge", "deposit", "--amount", "1eth"}, as(devKey0)...)...)
	d.nexus(append([]string{"bridge", "deposit", "--amount", "2eth"}, as(bobHex)...)...)
	d.nexus(append([]string{"prover", "register", "--amount", "1eth"}, as(proverHex)...)...)
	user := []string{"--sequencer", d.seq, "--deployment", d.dep, "--key", devKey0}
	submit := func() uint32 {
		t.Helper()
		for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(time.Second) {
			o, err := d.try(append([]string{"job", "submit", "--model", "1", "--input", "mnist:3", "--fee", "100000gwei",
				"--deadline", "24h"}, user...)...)
			if err == nil && strings.Contains(o, " submitted ") {
				var id uint32
				fmt.Sscanf(o[strings.Index(o, "job "):], "job %d submitted", &id)
				return id
			}
			if time.Now().After(deadline) {
				t.Fatalf("nexus job submit: %v\n%s", err, o)
			}
		}
	}
	// A real prover proves alice's first job, then leaves for good.
	prover := start(t, d.bin, "prover", "--datadir", filepath.Join(d.dir, "prover"), "prover", "run", "--key", proverHex,
		"--deployment", d.dep, "--sequencer", d.seq, "--models", "1="+sys.model, "--models.keys", keyCache(), "--workers", "1")
	job := submit()
	for deadline := time.Now().Add(5 * time.Minute); ; time.Sleep(time.Second) {
		// Admitted jobs are known to nexus_getJob once sealed: until then this fails.
		if st, err := d.try("job", "status", "--sequencer", d.seq, fmt.Sprint(job)); err == nil && strings.Contains(st, "fulfilled") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("job %d not fulfilled within 5 min", job)
		}
	}
	prover.kill()
	d.nexus("bridge", "withdraw", "--sequencer", d.seq, "--deployment", d.dep, "--key", bobHex, "--amount", "0.5eth")
	openJob := submit() // no prover any more: it stays open, its fee escrowed
	// The prover, speaking the prover API directly, locks it and never
	// answers: its collateral is locked at the last settled root.
	proverKey, proverAddr := devKey(t, proverHex)
	proverL2, err := keys.DeriveFromEthKey(proverKey, dep.ChainID, dep.NexusRollup)
	if err != nil {
		t.Fatal(err)
	}
	lazy := &lazyProver{seq: mustDial(t, d.seq), l2: proverL2}
	wire := proverL2.Public().Wire()
	if err := lazy.call(t, &lazy.account, "nexus_accountOf", hexutil.Bytes(wire[:]), proverAddr); err != nil {
		t.Fatal(err)
	}
	// As long as L2 allows: it must outlast the settlement of every batch.
	lockFor := time.Duration(dep.Params.MaxLockDuration-60) * time.Second
	if got := lazy.lockFirstOffer(t, lockFor, time.Minute); got != openJob {
		t.Fatalf("the prover was offered job %d, want the open job %d", got, openJob)
	}
	// An L1 job the sequencer consumes and no prover ever proves.
	head, err := client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	o := c.opts(t, dappKey)
	o.Value = big.NewInt(2000 * params.GWei)
	tx, err := r.RequestInference(o, 1, big.NewInt(1), uint32(head.Time+7200), []byte{1})
	c.mined(t, "requestInference", tx, err)

	// Everything sealed settles; then the sequencer and the aggregator die.
	seq, err := rpc.Dial(d.seq)
	if err != nil {
		t.Fatal(err)
	}
	defer seq.Close()
	balances := map[string]*big.Int{}
	for deadline := time.Now().Add(60 * time.Minute); ; time.Sleep(5 * time.Second) {
		var root common.Hash
		if err := seq.Call(&root, "nexus_stateRoot"); err != nil {
			t.Fatal(err)
		}
		l1Root, _ := r.StateRoot(call)
		consumed, _ := r.PriorityOpsConsumed(call)
		total, _ := r.PriorityOpsTotal(call)
		if consumed == total && common.BigToHash(l1Root) == root {
			for name, key := range map[string]string{"alice": devKey0, "bob": bobHex, "prover": proverHex} {
				balances[name] = l2Balance(t, seq, dep, key)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("L1 root %#x never reached the sequencer's %s with the queue consumed (%d of %d)", l1Root, root,
				consumed, total)
		}
	}
	// A replay frozen at the first settled batch in which alice holds ETH:
	// later batches (her job, bob's withdrawal) move the root on.
	stale := syncUntil(t, client, dep, filepath.Join(d.dir, "stale"), func(ex *rollup.Executor) bool {
		id, ok, err := ex.AccountOf(l2Pub(t, aliceKey, dep), alice)
		if err != nil || !ok {
			return false
		}
		b, err := ex.State().Balance(uint64(id), 0)
		return err == nil && b.Sign() > 0
	})
	staleBatch, _, _, err := stale.Executor().LastBatch()
	if err != nil {
		t.Fatal(err)
	}
	if last := mustLastBatch(t, r); staleBatch >= last {
		t.Fatalf("alice first holds ETH at batch %d, the last settled: no stale root to prove against", staleBatch)
	}
	var open sequencer.Job
	if err := seq.Call(&open, "nexus_getJob", openJob); err != nil || open.Status != "locked" {
		t.Fatalf("job %d at the last settled root: %+v %v, want locked", openJob, open, err)
	}
	sys.agg.kill()
	sys.seqP.kill()
	t.Logf("sequencer and aggregator killed; L2 balances at the last settled root: %v", balances)

	// A deposit no batch will consume; its deadline passes.
	d.nexus(append([]string{"bridge", "deposit", "--amount", "0.3eth"}, as(carolHex)...)...)
	exo := func(sub string, args ...string) (string, error) {
		flags := []string{"exodus", sub, "--l1.confirmations", "0"}
		if sub != "activate" {
			flags = append(flags, e2eCircuit[:2]...) // --state.depths 3/1/6/2
		}
		return d.try(append(append(flags, l1...), args...)...)
	}
	if out, err := exo("activate", "--key", carolHex); err == nil || !strings.Contains(out, "cannot start yet") {
		t.Fatalf("activate before the deadline: %v\n%s", err, out)
	}
	warp(t, client, dep.Params.PriorityDeadline+60)
	if out, err := exo("activate", "--key", carolHex); err != nil {
		t.Fatalf("exodus activate: %v\n%s", err, out)
	}
	if out, err := exo("sync"); err != nil || !strings.Contains(out, "agrees with L1") {
		t.Fatalf("exodus sync: %v\n%s", err, out)
	}

	// A forged and a stale proof revert; exits pay exact balances once.
	ex := syncInto(t, client, dep, filepath.Join(d.dir, "check")).Executor()
	collateral := new(big.Int).Mul(big.NewInt(2*100_000), big.NewInt(params.GWei))
	if acc, err := ex.State().Account(uint64(lazy.account)); err != nil || acc.Locked.Cmp(collateral) != 0 {
		t.Fatalf("the prover's locked collateral at the last settled root: %+v %v, want %v wei", acc, err, collateral)
	}
	bob := bobAccount(t, ex, bobKey, dep)
	forged, err := exodus.ExitProof(ex, bob, 0)
	if err != nil {
		t.Fatal(err)
	}
	forged.Balance.Add(forged.Balance, big.NewInt(1))
	_, err = r.Exit(c.opts(t, bobKey), forged)
	wantRevert(t, err, "Rollup_BadExitProof")
	// A stale proof: alice's balance, proven against the root of an earlier batch.
	staleAlice, _, err := stale.Executor().AccountOf(l2Pub(t, aliceKey, dep), alice)
	if err != nil {
		t.Fatal(err)
	}
	old, err := exodus.ExitProof(stale.Executor(), staleAlice, 0)
	if err != nil {
		t.Fatalf("alice's exit proof at batch %d: %v", staleBatch, err)
	}
	_, err = r.Exit(c.opts(t, aliceKey), old)
	wantRevert(t, err, "Rollup_BadExitProof")
	// Alice's ETH exit pays her balance and the fee escrowed in the locked
	// job; as model 1's owner she also takes its unclaimed fees (her first
	// job's model fee), once.
	aliceID := bobAccount(t, ex, aliceKey, dep)
	aliceAcc, err := ex.State().Account(uint64(aliceID))
	if err != nil || aliceAcc.EscrowGwei != 100_000 {
		t.Fatalf("alice's escrow at the last settled root: %+v %v, want the locked job's 100000 gwei", aliceAcc, err)
	}
	model, err := ex.State().Model(1)
	if err != nil || model.Owner != uint64(aliceID) || model.EarnedGwei == 0 {
		t.Fatalf("model 1 at the last settled root: %+v %v, want alice's with unclaimed fees", model, err)
	}
	earned := new(big.Int).Mul(new(big.Int).SetUint64(model.EarnedGwei), big.NewInt(params.GWei))
	escrow := map[string]*big.Int{"alice": big.NewInt(100_000 * params.GWei), "bob": new(big.Int), "prover": new(big.Int)}
	for name, key := range map[string]string{"alice": devKey0, "bob": bobHex, "prover": proverHex} {
		want := new(big.Int).Add(balances[name], escrow[name])
		out, err := exo("exit", "--key", key)
		if err != nil || !strings.Contains(out, "exited "+want.String()) {
			t.Fatalf("exodus exit as %s (L2 balance %v, escrow %v): %v\n%s", name, balances[name], escrow[name], err, out)
		}
		if name == "alice" && !strings.Contains(out, "model 1: exited "+earned.String()+" of unclaimed fees") {
			t.Fatalf("exodus exit as model 1's owner: no model-fee exit of %v\n%s", earned, out)
		}
		if out, err := exo("exit", "--key", key); err != nil || !strings.Contains(out, "exited already") {
			t.Fatalf("second exodus exit as %s: %v\n%s", name, err, out)
		}
	}
	if done, err := r.ModelFeesExited(call, 1); err != nil || !done {
		t.Fatalf("model 1's fees not exited: %v", err)
	}
	again, err := exodus.ExitProof(ex, bob, 0)
	if err != nil {
		t.Fatal(err)
	}
	_, err = r.Exit(c.opts(t, bobKey), again)
	wantRevert(t, err, "Rollup_AlreadyExited")

	// Refunds: carol's unconsumed deposit, the dApp's pending L1 job.
	if out, err := exo("refund", "--key", carolHex); err != nil || !strings.Contains(out, "refunded deposit") {
		t.Fatalf("exodus refund as carol: %v\n%s", err, out)
	}
	if out, err := exo("refund", "--key", dappHex); err != nil || !strings.Contains(out, "fee 2000000000000 wei") {
		t.Fatalf("exodus refund as the dApp: %v\n%s", err, out)
	}
	// The prover's whole stake, its locked collateral included, leaves after
	// the unbonding delay, no release needed; once.
	reg, err := bindings.NewProverRegistry(dep.ProverRegistry, client)
	if err != nil {
		t.Fatal(err)
	}
	stake, err := reg.StakeOf(call, proverAddr)
	if err != nil || stake.Cmp(big.NewInt(params.Ether)) != 0 {
		t.Fatalf("the prover's stake: %v %v, want 1 ETH", stake, err)
	}
	d.nexus(append([]string{"prover", "unstake"}, as(proverHex)...)...)
	warp(t, client, dep.Params.UnbondingDelay+60)
	before, err := client.BalanceAt(context.Background(), proverAddr, nil)
	if err != nil {
		t.Fatal(err)
	}
	d.nexus(append([]string{"prover", "withdraw"}, as(proverHex)...)...)
	after, err := client.BalanceAt(context.Background(), proverAddr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if gain := new(big.Int).Sub(after, before); gain.Cmp(new(big.Int).Sub(stake, big.NewInt(params.Ether/100))) < 0 {
		t.Fatalf("the prover's L1 balance rose by %v wei on withdraw, want its stake %v less gas", gain, stake)
	}
	if left, err := reg.StakeOf(call, proverAddr); err != nil || left.Sign() != 0 {
		t.Fatalf("the prover's stake after withdraw: %v %v", left, err)
	}
	if out, err := d.try(append([]string{"prover", "withdraw"}, as(proverHex)...)...); err == nil {
		t.Fatalf("a second stake withdrawal succeeded:\n%s", out)
	}

	// Nothing is left: the locked job's escrow left with alice's ETH exit, the
	// model's fees with her model-fee exit, everything else by exits and
	// refunds, and every exit claimed.
	left, err := client.BalanceAt(context.Background(), dep.NexusRollup, nil)
	if err != nil {
		t.Fatal(err)
	}
	if left.Sign() != 0 {
		t.Fatalf("the rollup holds %v wei after every exit, model-fee exit, refund and claim, want 0 "+
			"(the locked job %d's escrow left with alice's exit)", left, openJob)
	}
}

// syncInto rebuilds the L2 state from L1 into dir (make e2e's depths).
func syncInto(t *testing.T, client *ethclient.Client, dep *deploy.Deployment, dir string) *exodus.Syncer {
	t.Helper()
	s := newSyncer(t, client, dep, dir)
	if _, err := s.Sync(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	return s
}

// syncUntil rebuilds the L2 state from L1 into dir one settled batch at a
// time, as L1 stood in the block that settled it, and stops at the first
// batch whose state satisfies done.
func syncUntil(t *testing.T, client *ethclient.Client, dep *deploy.Deployment, dir string,
	done func(*rollup.Executor) bool) *exodus.Syncer {
	t.Helper()
	r, err := bindings.NewNexusRollupFilterer(dep.NexusRollup, client)
	if err != nil {
		t.Fatal(err)
	}
	it, err := r.FilterBatchSettled(&bind.FilterOpts{Start: dep.Block}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	pinned := &pinnedChain{Client: client}
	s := newSyncer(t, pinned, dep, dir)
	for it.Next() {
		pinned.head = new(big.Int).SetUint64(it.Event.Raw.BlockNumber)
		if _, err := s.Sync(context.Background(), nil); err != nil {
			t.Fatal(err)
		}
		if done(s.Executor()) {
			return s
		}
	}
	if err := it.Error(); err != nil {
		t.Fatal(err)
	}
	t.Fatal("no settled batch's state is the one asked for")
	return nil
}

// pinnedChain is L1 as it stood at block head: its head is that block.
type pinnedChain struct {
	*ethclient.Client
	head *big.Int
}

func (c *pinnedChain) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if n == nil {
		n = c.head
	}
	return c.Client.HeaderByNumber(ctx, n)
}

func newSyncer(t *testing.T, chain exodus.Chain, dep *deploy.Deployment, dir string) *exodus.Syncer {
	t.Helper()
	db, err := leveldb.Open(dir, leveldb.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	s, err := exodus.New(context.Background(), chain, db, exodus.Config{Rollup: dep.NexusRollup, StartBlock: dep.Block,
		Params: state.Params{AccountDepth: 3, TokenDepth: 1, JobDepth: 6, ModelDepth: 2}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func l2Pub(t *testing.T, k *ecdsa.PrivateKey, dep *deploy.Deployment) [32]byte {
	t.Helper()
	l2, err := keys.DeriveFromEthKey(k, dep.ChainID, dep.NexusRollup)
	if err != nil {
		t.Fatal(err)
	}
	return l2.Public().Wire()
}

// bobAccount is the L2 account of key in the rebuilt state.
func bobAccount(t *testing.T, ex *rollup.Executor, k *ecdsa.PrivateKey, dep *deploy.Deployment) uint32 {
	t.Helper()
	id, ok, err := ex.AccountOf(l2Pub(t, k, dep), crypto.PubkeyToAddress(k.PublicKey))
	if err != nil || !ok {
		t.Fatalf("no L2 account in the rebuilt state: %v", err)
	}
	return id
}

// l2Balance is the ETH balance the sequencer holds for the L2 account of hex.
func l2Balance(t *testing.T, seq *rpc.Client, dep *deploy.Deployment, hex string) *big.Int {
	t.Helper()
	k, addr := devKey(t, hex)
	wire := l2Pub(t, k, dep)
	var id uint32
	if err := seq.Call(&id, "nexus_accountOf", hexutil.Bytes(wire[:]), addr); err != nil {
		t.Fatal(err)
	}
	var acc sequencer.Account
	if err := seq.Call(&acc, "nexus_getAccount", id); err != nil {
		t.Fatal(err)
	}
	if b := acc.Balances[0]; b != nil {
		return b.ToInt()
	}
	return new(big.Int)
}

// warp moves anvil's time forward and mines a block.
func warp(t *testing.T, client *ethclient.Client, seconds uint64) {
	t.Helper()
	if err := client.Client().Call(nil, "evm_increaseTime", seconds); err != nil {
		t.Fatal(err)
	}
	if err := client.Client().Call(nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
}

func mustDial(t *testing.T, url string) *rpc.Client {
	t.Helper()
	c, err := rpc.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

func mustLastBatch(t *testing.T, r *bindings.NexusRollup) uint64 {
	t.Helper()
	n, err := r.LastBatchNumber(&bind.CallOpts{})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func wantRevert(t *testing.T, err error, name string) {
	t.Helper()
	if got := reverts.Of(err); got != name {
		t.Fatalf("reverted with %q (%v), want %s", got, err, name)
	}
}
