package main

import (
	"bytes"
	"context"
	"math/big"
	"net"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/l1/deploy"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/state"
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
	if text, err := run(t, "contracts", "deploy", "--datadir", dir, "--l1.rpc", url, "--key", anvilKey); err != nil {
		t.Fatalf("deploy: %v\n%s", err, text)
	}
	if _, err := run(t, "sequencer", "--datadir", dir, "--l1.rpc", url, "--http.addr", freeAddr(t)); err == nil ||
		!strings.Contains(err.Error(), "--deploy.genesis-root") {
		t.Fatalf("wrong genesis: %v", err)
	}
	genesis, _ := state.EmptyRoot(state.DefaultParams())
	if text, err := run(t, "contracts", "deploy", "--datadir", dir, "--l1.rpc", url, "--key", anvilKey,
		"--deploy.genesis-root", genesis.BigInt(new(big.Int)).String()); err != nil {
		t.Fatalf("deploy: %v\n%s", err, text)
	}
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		app := newApp()
		app.Writer, app.ErrWriter = new(bytes.Buffer), new(bytes.Buffer)
		app.ExitErrHandler = func(*cli.Context, error) {}
		done <- app.RunContext(ctx, []string{"nexus", "sequencer", "--datadir", dir, "--l1.rpc", url,
			"--l1.confirmations", "0", "--http.addr", addr, "--batch.timeout", "200ms", "--log.level", "warn"})
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

	dep, err := deploy.Read(filepath.Join(dir, "deployment.json"))
	if err != nil {
		t.Fatal(err)
	}
	l1, _ := ethclient.Dial(url)
	defer l1.Close()
	r, _ := bindings.NewNexusRollup(dep.NexusRollup, l1)
	key, _ := crypto.HexToECDSA(strings.TrimPrefix(anvilKey, "0x"))
	opts, _ := bind.NewKeyedTransactorWithChainID(key, big.NewInt(31337))
	opts.Value = big.NewInt(3e18)
	seed := make([]byte, 32)
	seed[0] = 42
	l2, _ := keys.FromSeed(seed)
	wire := l2.Public().Wire()
	if _, err := r.DepositETH(opts, wire); err != nil {
		t.Fatal(err)
	}

	var id uint32
	for deadline = time.Now().Add(30 * time.Second); ; {
		if err := client.Call(&id, "nexus_accountOf", hexutil.Bytes(wire[:])); err == nil {
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
	if acc.Balances[0].ToInt().Cmp(big.NewInt(3e18)) != 0 || acc.L1Address != opts.From {
		t.Fatalf("account after deposit: %+v", acc)
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
