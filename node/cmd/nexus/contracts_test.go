package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/internal/anviltest"
	"github.com/nexus-rollup/nexus/l1/deploy"
)

// anvil's first dev account.
const anvilKey = anviltest.Key0

// startAnvil runs node_modules/.bin/anvil on a free port and returns its URL.
func startAnvil(t *testing.T) string {
	t.Helper()
	return anviltest.Start(t)
}

func TestContractsDeployAnvil(t *testing.T) {
	url := startAnvil(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "deployment.json")
	text, err := run(t, "contracts", "deploy", "--datadir", dir, "--l1.rpc", url, "--l1.chainid", "31337",
		"--key", anvilKey, "--deploy.out", out, "--deploy.min-stake", "2000000000000000000")
	if err != nil {
		t.Fatalf("deploy: %v\n%s", err, text)
	}
	if !strings.Contains(text, "PendingVerifier") || !strings.Contains(text, out) {
		t.Errorf("output:\n%s", text)
	}
	d, err := deploy.Read(out)
	if err != nil {
		t.Fatal(err)
	}
	if d.ChainID != 31337 || d.Block == 0 || d.Params.MinStake.String() != "2000000000000000000" {
		t.Fatalf("deployment %+v", d)
	}
	client, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	ctx := context.Background()
	for _, a := range []common.Address{d.NexusRollup, d.ProverRegistry, d.ModelRegistry, d.Verifier} {
		code, err := client.CodeAt(ctx, a, nil)
		if err != nil || len(code) == 0 {
			t.Fatalf("no code at %s: %v", a, err)
		}
	}
	registry, err := bindings.NewProverRegistry(d.ProverRegistry, client)
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := registry.Rollup(nil); r != d.NexusRollup {
		t.Fatalf("registry wired to %s", r)
	}
	if m, _ := registry.MinStake(nil); m.String() != "2000000000000000000" {
		t.Fatalf("min stake %s", m)
	}

	// A wrong --l1.chainid is refused before anything is sent.
	_, err = run(t, "contracts", "deploy", "--datadir", dir, "--l1.rpc", url, "--l1.chainid", "1", "--key", anvilKey)
	if err == nil || !strings.Contains(err.Error(), "serves chain 31337") {
		t.Fatalf("chain id mismatch: %v", err)
	}

	// Linking the verifier needs the wrap key of the same circuit: missing
	// keys are reported (before the wrap circuit is compiled) with the fix.
	_, err = run(t, "contracts", "deploy", "--datadir", dir, "--l1.rpc", url, "--key", anvilKey, "--deploy.link-verifier",
		"--keys", t.TempDir(), "--state.depths", "3/1/2/1", "--block.slots", "2", "--block.chunks", "16",
		"--block.inferences", "1")
	if err == nil || !strings.Contains(err.Error(), "nexus setup --wrap") {
		t.Fatalf("link without keys: %v", err)
	}
}

func TestContractsDeployFlagErrors(t *testing.T) {
	dir := t.TempDir()
	ks := filepath.Join(dir, "key.json")
	k, _ := crypto.HexToECDSA(anvilKey)
	blob, err := keystore.EncryptKey(&keystore.Key{PrivateKey: k, Address: crypto.PubkeyToAddress(k.PublicKey)},
		"pw", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, ks, string(blob))
	writeFile(t, filepath.Join(dir, "pw"), "wrong\n")
	rpc := "http://127.0.0.1:1"
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--key", anvilKey}, "--l1.rpc is required"},
		{[]string{"--l1.rpc", rpc}, "a signing key is required"},
		{[]string{"--l1.rpc", rpc, "--key", "zz"}, "--key"},
		{[]string{"--l1.rpc", rpc, "--key", anvilKey, "--keystore", ks}, "not both"},
		{[]string{"--l1.rpc", rpc, "--keystore", ks, "--password", filepath.Join(dir, "pw")}, "could not decrypt"},
		{[]string{"--l1.rpc", rpc, "--key", anvilKey, "--deploy.verifier", "0x12"}, "is not an address"},
		{[]string{"--l1.rpc", rpc, "--key", anvilKey, "--deploy.unbonding-delay", "1h"}, "must exceed"},
		{[]string{"--l1.rpc", rpc, "--key", anvilKey, "--deploy.min-stake", "-1"}, "non-negative"},
		{[]string{"--l1.rpc", rpc, "--key", anvilKey, "--deploy.link-verifier",
			"--deploy.verifier", "0x00000000000000000000000000000000000000aa"}, "exclude each other"},
		{[]string{"--l1.rpc", rpc, "--key", anvilKey, "--state.depths", "3/1/2"}, "ACCOUNTS/TOKENS/JOBS/MODELS"},
		{[]string{"--l1.rpc", rpc, "--key", anvilKey, "--state.depths", "3/1/2/x"}, "not a number"},
		{[]string{"--l1.rpc", rpc, "--key", anvilKey, "--state.depths", "3/1/2/40"}, "out of range"},
	} {
		_, err := run(t, append([]string{"contracts", "deploy", "--datadir", dir}, tt.args...)...)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%v: got %v, want %q", tt.args, err, tt.want)
		}
	}
	// The right password decrypts (the deploy then fails to connect, which is fine here).
	writeFile(t, filepath.Join(dir, "pw"), "pw\n")
	_, err = run(t, "contracts", "deploy", "--datadir", dir, "--l1.rpc", rpc, "--l1.timeout", "2s", "--keystore", ks,
		"--password", filepath.Join(dir, "pw"))
	if err == nil || !strings.Contains(err.Error(), "127.0.0.1:1") {
		t.Fatalf("keystore path: %v", err)
	}
}
