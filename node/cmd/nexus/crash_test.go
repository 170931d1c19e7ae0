package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nexus-rollup/nexus/internal/crashpoint"
	"github.com/nexus-rollup/nexus/l1/deploy"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/sequencer"
)

// TestMain lets crash tests re-execute this test binary as the nexus
// command, so a real process can be killed with SIGKILL.
func TestMain(m *testing.M) {
	if os.Getenv("NEXUS_TEST_AS_CLI") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// seqProc is a `nexus sequencer` process.
type seqProc struct {
	cmd    *exec.Cmd
	url    string
	exited chan struct{} // closed when the process has exited
	err    error         // its exit status, set before exited is closed
}

func (p *seqProc) stop() {
	p.cmd.Process.Kill()
	<-p.exited
}

func startSeqProc(t *testing.T, dir, l1URL, addr, crashAt string) *seqProc {
	t.Helper()
	cmd := exec.Command(os.Args[0], "sequencer", "--datadir", dir, "--l1.rpc", l1URL, "--l1.confirmations", "0",
		"--http.addr", addr, "--batch.timeout", "300ms", "--log.level", "warn")
	cmd.Env = append(os.Environ(), "NEXUS_TEST_AS_CLI=1", crashpoint.Env+"="+crashAt)
	var logs strings.Builder
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &seqProc{cmd: cmd, url: "http://" + addr, exited: make(chan struct{})}
	go func() { p.err = cmd.Wait(); close(p.exited) }()
	t.Cleanup(p.stop)
	deadline := time.Now().Add(30 * time.Second)
	for {
		if c, err := rpc.Dial(p.url); err == nil {
			var root common.Hash
			err = c.Call(&root, "nexus_stateRoot")
			c.Close()
			if err == nil {
				return p
			}
		}
		select {
		case <-p.exited:
			t.Fatalf("sequencer exited at start: %v\n%s", p.err, logs.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("sequencer did not come up:\n%s", logs.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// killed waits for the process to die by SIGKILL (the armed crash point).
func (p *seqProc) killed(t *testing.T) {
	t.Helper()
	select {
	case <-p.exited:
		ee, ok := p.err.(*exec.ExitError)
		if !ok || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
			t.Fatalf("process ended with %v, want SIGKILL at the crash point", p.err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the crash point never fired")
	}
}

func (p *seqProc) call(t *testing.T, out any, method string, args ...any) error {
	t.Helper()
	c, err := rpc.Dial(p.url)
	if err != nil {
		return err
	}
	defer c.Close()
	return c.Call(out, method, args...)
}

// eventually polls cond for up to 30 s.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); !cond(); time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

// TestSequencerCrashRecovery kills `nexus sequencer` with SIGKILL at each
// crash point of its commit protocol (RELIABILITY.md D.1), restarts it on the
// same datadir and checks that no deposit or op is lost or applied twice.
func TestSequencerCrashRecovery(t *testing.T) {
	if testing.Short() {
		t.Skip("starts anvil and sequencer processes")
	}
	url := startAnvil(t)
	dir := t.TempDir()
	if out, err := run(t, "contracts", "deploy", "--datadir", dir, "--l1.rpc", url, "--key", anvilKey); err != nil {
		t.Fatalf("deploy: %v\n%s", err, out)
	}
	dep, _ := deploy.Read(dir + "/deployment.json")
	ethKey, _ := crypto.HexToECDSA(anvilKey)
	from := crypto.PubkeyToAddress(ethKey.PublicKey)
	l2, _ := keys.DeriveFromEthKey(ethKey, dep.ChainID, dep.NexusRollup)
	wire := l2.Public().Wire()
	addr := freeAddr(t)

	balance := func(p *seqProc) *big.Int {
		var id uint32
		if err := p.call(t, &id, "nexus_accountOf", hexutil.Bytes(wire[:]), from); err != nil {
			return big.NewInt(-1)
		}
		var acc sequencer.Account
		if err := p.call(t, &acc, "nexus_getAccount", id); err != nil || acc.Balances[0] == nil {
			return big.NewInt(-1)
		}
		return acc.Balances[0].ToInt()
	}
	deposit := func(amount string) {
		if out, err := run(t, "bridge", "deposit", "--datadir", dir, "--l1.rpc", url, "--key", anvilKey, "--amount", amount); err != nil {
			t.Fatalf("deposit: %v\n%s", err, out)
		}
	}
	nonce := uint64(0)
	// withdraw sends a signed withdrawal of wei and returns its JSON and id.
	withdraw := func(p *seqProc, wei int64) (json.RawMessage, common.Hash, error) {
		var id uint32
		if err := p.call(t, &id, "nexus_accountOf", hexutil.Bytes(wire[:]), from); err != nil {
			t.Fatal(err)
		}
		op := &rollup.Withdraw{From: id, Amount: big.NewInt(wei), To: from, Nonce: nonce}
		rollup.Sign(op, l2)
		raw, _ := rollup.MarshalOpJSON(op)
		var opID common.Hash
		err := p.call(t, &opID, "nexus_sendOp", json.RawMessage(raw))
		nonce++
		return raw, opID, err
	}
	wei := func(s string) *big.Int { v, _ := new(big.Int).SetString(s, 10); return v }

	// 1. L1 priority op stored by the watcher, then kill -9 before any batch.
	p := startSeqProc(t, dir, url, addr, crashpoint.PriorityStored)
	deposit("1eth")
	p.killed(t)
	p = startSeqProc(t, dir, url, addr, "")
	eventually(t, "the deposit on L2", func() bool { return balance(p).Cmp(wei("1000000000000000000")) == 0 })
	p.stop()

	// 2. Op persisted, kill -9 before the acknowledgement.
	p = startSeqProc(t, dir, url, addr, crashpoint.OpPersisted)
	raw, _, err := withdraw(p, 1000)
	if err == nil {
		t.Fatal("the op was acknowledged although the process died first")
	}
	p.killed(t)
	p = startSeqProc(t, dir, url, addr, "")
	eventually(t, "the persisted op applied", func() bool { return balance(p).Cmp(wei("999999999999999000")) == 0 })
	// The client retries the unacknowledged op: it learns the op was included,
	// and it is not applied twice.
	var again common.Hash
	if err := p.call(t, &again, "nexus_sendOp", raw); err == nil || !strings.Contains(err.Error(), "already included") {
		t.Fatalf("retry of an included op: %v", err)
	}
	time.Sleep(700 * time.Millisecond)
	if b := balance(p); b.Cmp(wei("999999999999999000")) != 0 {
		t.Fatalf("balance %v after the retry: the op was applied twice", b)
	}

	// 3 and 4. Batch sealed in memory (not written) / written (not announced).
	for i, point := range []string{crashpoint.BatchStaged, crashpoint.BatchWritten} {
		before := balance(p) // p: the unarmed process of the previous case
		p.stop()
		p = startSeqProc(t, dir, url, addr, point)
		_, id, err := withdraw(p, 7)
		if err != nil {
			t.Fatalf("%s: send: %v", point, err)
		}
		p.killed(t)
		p = startSeqProc(t, dir, url, addr, "")
		want := new(big.Int).Sub(before, big.NewInt(7))
		eventually(t, fmt.Sprintf("%s: op included once", point), func() bool {
			var st sequencer.OpStatus
			p.call(t, &st, "nexus_getOpStatus", id)
			return st.Status == "included" && balance(p).Cmp(want) == 0
		})
		time.Sleep(700 * time.Millisecond)
		if b := balance(p); b.Cmp(want) != 0 {
			t.Fatalf("%s (case %d): balance %v, want %v", point, i, b, want)
		}
	}
}
