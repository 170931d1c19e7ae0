package main

import (
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/nexus-rollup/nexus/internal/anviltest"
	"github.com/nexus-rollup/nexus/internal/crashpoint"
	"github.com/nexus-rollup/nexus/l1/exodus/exodustest"
)

// TestExodusCommandsOnAnvil runs the exodus commands against anvil with
// batches settled through Verifier.sol (linked to a stand-in key with the
// wrap's public inputs; e2e/exodus_test.go uses the real wrap key): a sync
// killed with SIGKILL after its first batch resumes and agrees with L1;
// activation and exits are refused before a priority op is overdue; after
// time travel anyone activates, users exit their exact balances and claim
// them once (alice's ETH with the fees of her open and locked L2 jobs), the
// model owner exits its model's unclaimed fees, refunds return an unconsumed
// deposit and the L1 jobs' fees, and in the end the rollup holds nothing.
func TestExodusCommandsOnAnvil(t *testing.T) {
	if testing.Short() {
		t.Skip("starts anvil and a nexus process")
	}
	url := anviltest.Start(t)
	r := exodustest.NewRPC(t, url)
	exodustest.Scenario(r)
	dir := t.TempDir()
	if err := r.Dep.Write(filepath.Join(dir, "deployment.json")); err != nil {
		t.Fatal(err)
	}
	base := []string{"--datadir", dir, "--l1.rpc", url, "--l1.confirmations", "0"}
	exo := func(sub string, args ...string) (string, error) {
		return run(t, append(append([]string{"exodus", sub}, base...), args...)...)
	}
	must := func(out string, err error, want ...string) {
		t.Helper()
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Fatalf("output lacks %q:\n%s", w, out)
			}
		}
	}
	fails := func(out string, err error, want string) {
		t.Helper()
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Fatalf("got %v, want an error with %q\n%s", err, want, out)
		}
	}
	key := func(name string) string { return "--key=" + r.People[name].KeyHex() }

	// A sync killed right after writing its first batch resumes from it.
	cmd := exec.Command(os.Args[0], append([]string{"exodus", "sync"}, base...)...)
	cmd.Env = append(os.Environ(), "NEXUS_TEST_AS_CLI=1", crashpoint.Env+"="+crashpoint.ExodusBatchReplayed)
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("sync ended with %v, want SIGKILL at the crash point\n%s", err, out)
	}
	must(exo("sync"))
	o, err := exo("sync")
	must(o, err, "synced to batch 3: 0 batches", "agrees with L1")
	if err := os.RemoveAll(filepath.Join(dir, "exodus")); err != nil {
		t.Fatal(err)
	}
	cmd = exec.Command(os.Args[0], append([]string{"exodus", "sync"}, base...)...)
	cmd.Env = append(os.Environ(), "NEXUS_TEST_AS_CLI=1", crashpoint.Env+"="+crashpoint.ExodusBatchReplayed)
	if err := cmd.Run(); err == nil {
		t.Fatal("the crash point did not fire")
	}
	o, err = exo("sync")
	must(o, err, "batch 3/3", "synced to batch 3: 2 batches", "agrees with L1", "8 priority ops queued")

	o, err = exo("status")
	must(o, err, "exodus          not active", "last batch      3", "6 consumed of 8 queued", "oldest pending  op 7, deadline",
		"rebuilt state   batch 3 of 3")
	o, err = exo("activate", key("carol"))
	fails(o, err, "exodus cannot start yet: the oldest pending priority op 7 is due by")
	o, err = exo("exit", key("alice"))
	fails(o, err, "exodus is not active, and no priority op is overdue")

	r.Warp(r.Dep.Params.PriorityDeadline + 1)
	o, err = exo("status")
	must(o, err, "op 7, OVERDUE since", "anyone may run `nexus exodus activate`")
	o, err = exo("exit", key("alice"))
	fails(o, err, "priority op 7 is overdue, so run `nexus exodus activate` first")
	must(exo("activate", key("carol")))
	o, err = exo("activate", key("bob"))
	must(o, err, "exodus is already active")

	call := &bind.CallOpts{Context: r.Ctx}
	alice := r.People["alice"]
	const escrow = "70000000000" // alice's open (30 gwei) and locked (40 gwei) jobs
	o, err = exo("status", key("alice"))
	must(o, err, "  token 0       "+r.Balance("alice").String()+"\n",
		"  escrow        "+escrow+" (fees of your open and locked L2 jobs; paid with token 0)\n")
	before, _ := r.Client.BalanceAt(r.Ctx, alice.Addr, nil)
	total := new(big.Int).Add(r.Balance("alice"), exodustest.Gwei(70))
	o, err = exo("exit", key("alice"))
	must(o, err, "token 0: exited "+total.String()+" (balance "+r.Balance("alice").String()+" + job escrow "+escrow+") to "+
		alice.Addr.Hex(), "claimed "+total.String()+" of token 0")
	after, _ := r.Client.BalanceAt(r.Ctx, alice.Addr, nil)
	if gain := new(big.Int).Sub(after, before); gain.Cmp(total) >= 0 || gain.Cmp(exodustest.ETH(890)) <= 0 {
		t.Fatalf("alice gained %v on L1, want her L2 balance and escrow %v less gas", gain, total)
	}
	o, err = exo("exit", key("alice"))
	must(o, err, "token 0: exited already")
	o, err = exo("status", key("alice"))
	must(o, err, "paid with token 0) (exited)\n")
	if done, _ := r.Rollup.Exited(call, alice.ID, 0); !done {
		t.Fatal("alice's exit not recorded")
	}

	o, err = exo("status", key("bob"))
	must(o, err, "L2 account      "+itoa(r.People["bob"].ID), "  token 0       "+r.Balance("bob").String()+"\n")
	o, err = exo("exit", key("bob"), "--exodus.no-claim")
	must(o, err, "exited "+r.Balance("bob").String())
	if c, _ := r.Rollup.Claimable(call, r.People["bob"].Addr, 0); c.Cmp(exodustest.ETH(2100)) != 0 {
		t.Fatalf("bob may claim %v, want 2.1 ETH (1.6 exited, 0.5 withdrawn)", c)
	}

	o, err = exo("exit", key("carol"))
	fails(o, err, "no L2 account of your L2 key and address")
	o, err = exo("refund", key("carol"))
	must(o, err, "refunded deposit (priority op 8): 300000000000000000 of token 0", "claimed 300000000000000000 of token 0")
	o, err = exo("refund", key("carol"))
	must(o, err, "nothing to refund")
	o, err = exo("refund", key("dapp"))
	must(o, err, "refunded L1 job 2147483649: fee 25000000000 wei", "refunded L1 job 2147483650: fee 30000000000 wei",
		"claimed 55000000000 of token 0")
	// The dapp claimed the first job's model fee on L2 (its ETH balance); the
	// L1 job's is still the model's, unclaimed: the exit takes both.
	dapp := r.People["dapp"]
	o, err = exo("status", key("dapp"))
	must(o, err, "  token 0       10000000000\n", "  model 1       10000000000 (unclaimed fees)\n")
	o, err = exo("exit", key("dapp"))
	must(o, err, "token 0: exited 10000000000 to "+dapp.Addr.Hex(),
		"model 1: exited 10000000000 of unclaimed fees to "+dapp.Addr.Hex(), "claimed 20000000000 of token 0")
	o, err = exo("exit", key("dapp"))
	must(o, err, "token 0: exited already", "model 1: fees exited already")
	if done, _ := r.Rollup.ModelFeesExited(call, 1); !done {
		t.Fatal("the model-fee exit is not recorded")
	}
	o, err = exo("exit", key("prover"))
	must(o, err, "exited 50000000000")

	// Everything has left: bob claims what his exit made claimable, the prover
	// takes its stake out of the registry, and the rollup holds nothing.
	r.Mine(r.Rollup.ClaimWithdrawal(r.Opts("bob"), 0))
	r.Mine(r.Reg.RequestUnstake(r.Opts("prover")))
	r.Warp(r.Dep.Params.UnbondingDelay + 1)
	r.Mine(r.Reg.WithdrawStake(r.Opts("prover")))
	if left, _ := r.Client.BalanceAt(r.Ctx, r.Dep.NexusRollup, nil); left.Sign() != 0 {
		t.Fatalf("the rollup holds %v after every exit, model-fee exit, refund and claim, want 0", left)
	}
	if stake, _ := r.Reg.StakeOf(call, r.People["prover"].Addr); stake.Sign() != 0 {
		t.Fatalf("stake left: %v", stake)
	}
}

func itoa(v uint32) string { return big.NewInt(int64(v)).String() }
