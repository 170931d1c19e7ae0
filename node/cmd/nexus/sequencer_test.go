package main

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"net"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/nexus-rollup/nexus/internal/metrics"
	"github.com/nexus-rollup/nexus/l1/deploy"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/sequencer"
)

func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return "127.0.0.1:" + strconv.Itoa(l.Addr().(*net.TCPAddr).Port)
}

// TestSequencerOnAnvil deploys the contracts to anvil, runs `nexus
// sequencer`, deposits on L1 and reads the credited account over the
// sequencer's RPC; a second sequencer on the same datadir is refused.
func TestSequencerOnAnvil(t *testing.T) {
	url := startAnvil(t)
	dir := t.TempDir()
	// A rollup deployed with another genesis root is refused.
	if text, err := run(t, "contracts", "deploy", "--datadir", dir, "--l1.rpc", url, "--key", anvilKey,
		"--deploy.genesis-root", "7"); err != nil {
		t.Fatalf("deploy: %v\n%s", err, text)
	}
	if _, err := run(t, "sequencer", "--datadir", dir, "--l1.rpc", url, "--http.addr", freeAddr(t)); err == nil ||
		!strings.Contains(err.Error(), "--deploy.genesis-root") {
		t.Fatalf("wrong genesis: %v", err)
	}
	// The default genesis root is the empty L2 state's.
	if text, err := run(t, "contracts", "deploy", "--datadir", dir, "--l1.rpc", url, "--key", anvilKey); err != nil {
		t.Fatalf("deploy: %v\n%s", err, text)
	}
	addr, metricsAddr := freeAddr(t), freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		app := newApp()
		app.Writer, app.ErrWriter = new(bytes.Buffer), new(bytes.Buffer)
		app.ExitErrHandler = func(*cli.Context, error) {}
		done <- app.RunContext(ctx, []string{"nexus", "sequencer", "--datadir", dir, "--l1.rpc", url,
			"--l1.confirmations", "0", "--http.addr", addr, "--batch.timeout", "200ms", "--log.level", "warn",
			"--metrics.addr", metricsAddr})
	}()

	var client *rpc.Client
	deadline := time.Now().Add(30 * time.Second)
	for {
		var err error
		if client, err = rpc.Dial("http://" + addr); err == nil {
			var root string
			if err = client.Call(&root, "nexus_stateRoot"); err == nil {
				break
			}
			client.Close()
		}
		select {
		case err := <-done:
			t.Fatalf("sequencer exited: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("sequencer RPC never came up: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	defer client.Close()

	// A second sequencer on the same datadir is refused.
	if _, err := run(t, "sequencer", "--datadir", dir, "--l1.rpc", url, "--http.addr", freeAddr(t)); err == nil ||
		!strings.Contains(err.Error(), "in use") {
		t.Fatalf("second sequencer on one datadir: %v", err)
	}

	// The user's side, through the CLI: deposit on L1, see it on L2, withdraw.
	user := func(args ...string) string {
		t.Helper()
		out, err := run(t, append(args, "--datadir", dir, "--key", anvilKey)...)
		if err != nil {
			t.Fatalf("nexus %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return out
	}
	user("bridge", "deposit", "--l1.rpc", url, "--amount", "3eth")
	dep, err := deploy.Read(filepath.Join(dir, "deployment.json"))
	if err != nil {
		t.Fatal(err)
	}
	ethKey, _ := crypto.HexToECDSA(anvilKey)
	l2, _ := keys.DeriveFromEthKey(ethKey, dep.ChainID, dep.NexusRollup)
	wire := l2.Public().Wire()
	var id uint32
	for deadline = time.Now().Add(30 * time.Second); ; {
		if err := client.Call(&id, "nexus_accountOf", hexutil.Bytes(wire[:]), crypto.PubkeyToAddress(ethKey.PublicKey)); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the deposit never reached L2")
		}
		time.Sleep(50 * time.Millisecond)
	}
	var acc sequencer.Account
	if err := client.Call(&acc, "nexus_getAccount", id); err != nil {
		t.Fatal(err)
	}
	if acc.Balances[0].ToInt().Cmp(big.NewInt(3e18)) != 0 || acc.L1Address != crypto.PubkeyToAddress(ethKey.PublicKey) {
		t.Fatalf("account after deposit: %+v", acc)
	}
	seqURL := "http://" + addr
	if out := user("bridge", "balance", "--l1.rpc", url, "--sequencer", seqURL); !strings.Contains(out, "L2 balance  3000000000000000000 (token 0)") {
		t.Fatalf("balance:\n%s", out)
	}
	if out := user("account", "--sequencer", seqURL); !strings.Contains(out, fmt.Sprintf("L2 account  %d", id)) {
		t.Fatalf("account:\n%s", out)
	}
	if out := user("bridge", "withdraw", "--sequencer", seqURL, "--amount", "1.25eth"); !strings.Contains(out, "included in batch") {
		t.Fatalf("withdraw:\n%s", out)
	}
	client.Call(&acc, "nexus_getAccount", id)
	if acc.Balances[0].ToInt().Cmp(big.NewInt(175e16)) != 0 || acc.Nonce != 1 {
		t.Fatalf("account after withdrawal: %+v", acc)
	}
	// Nothing settles without proofs yet: the claim says so instead of reverting.
	if _, err := run(t, "bridge", "claim", "--datadir", dir, "--key", anvilKey, "--l1.rpc", url); err == nil ||
		!strings.Contains(err.Error(), "nothing to claim") {
		t.Fatalf("claim before settlement: %v", err)
	}
	// Overdrawing is refused by the sequencer with the reason.
	if _, err := run(t, "bridge", "withdraw", "--datadir", dir, "--key", anvilKey, "--sequencer", seqURL, "--amount", "9eth"); err == nil ||
		!strings.Contains(err.Error(), "insufficient balance") {
		t.Fatalf("overdraft: %v", err)
	}
	// A claim of model fees the key does not own is refused with the reason,
	// and a model id that is no id before anything is sent.
	if _, err := run(t, "model", "claim-fees", "--datadir", dir, "--key", anvilKey, "--sequencer", seqURL, "1"); err == nil ||
		!strings.Contains(err.Error(), "unknown model") {
		t.Fatalf("claim of an unregistered model's fees: %v", err)
	}
	for _, bad := range []string{"0", "x", "1.5", "4294967296"} {
		if _, err := run(t, "model", "claim-fees", "--datadir", dir, "--key", anvilKey, "--sequencer", seqURL, bad); err == nil ||
			!strings.Contains(err.Error(), "is not a model id") {
			t.Fatalf("claim-fees %s: %v", bad, err)
		}
	}
	// The sequencer's /metrics, on its own address, counted all of it.
	fams, err := metrics.Scrape(ctx, "http://"+metricsAddr+"/metrics")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		labels []string
		min    float64
	}{
		{"nexus_sequencer_ops_admitted_total", []string{"op", "Withdraw"}, 1},
		{"nexus_sequencer_ops_rejected_total", []string{"stage", "admission", "op", "Withdraw", "reason", "balance"}, 1},
		{"nexus_sequencer_batches_sealed_total", nil, 2},
		{"nexus_sequencer_batch_seal_seconds", nil, 2},
		{"nexus_watcher_priority_ops", nil, 1},
		{"nexus_watcher_l1_head_block", nil, 1},
		{"process_resident_memory_bytes", nil, 1},
	} {
		if got, ok := fams.Value(c.name, c.labels...); !ok || got < c.min {
			t.Errorf("%s%v = %v (present %v), want at least %v", c.name, c.labels, got, ok, c.min)
		}
	}
	if _, ok := fams.Value("nexus_sequencer_mempool_ops"); !ok {
		t.Error("no nexus_sequencer_mempool_ops")
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("sequencer stopped with %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("sequencer did not stop")
	}
}

func TestSequencerFlagErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := run(t, "sequencer", "--datadir", dir); err == nil || !strings.Contains(err.Error(), "--l1.rpc is required") {
		t.Errorf("no rpc: %v", err)
	}
	if _, err := run(t, "sequencer", "--datadir", dir, "--l1.rpc", "http://127.0.0.1:1"); err == nil ||
		!strings.Contains(err.Error(), "nexus contracts deploy") {
		t.Errorf("no deployment: %v", err)
	}
}

func TestParseAmount(t *testing.T) {
	ok := map[string]string{"1": "1", "7wei": "7", "20gwei": "20000000000", "1.5eth": "1500000000000000000",
		"2 ether": "2000000000000000000", "0.000000001eth": "1000000000", " 3ETH ": "3000000000000000000"}
	for in, want := range ok {
		v, err := parseAmount(in)
		if err != nil || v.String() != want {
			t.Errorf("parseAmount(%q) = %v, %v; want %s", in, v, err, want)
		}
	}
	for _, in := range []string{"", "0", "-1", "1.5", "1.5gwei.3", "abc", "1.0000000001gwei", "eth", ".eth",
		"340282366920938463463374607431768211456"} {
		if _, err := parseAmount(in); err == nil {
			t.Errorf("parseAmount(%q) accepted", in)
		}
	}
}
