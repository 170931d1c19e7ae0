package deploy

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"io"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	groth16_bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/nexus-rollup/nexus/aggregator/recursion/recursiontest"
	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/internal/anviltest"
	"github.com/nexus-rollup/nexus/l1/reverts"
	"github.com/nexus-rollup/nexus/l1/verifier"
)

// TestVerifierLinksToARealKey deploys the Verifier template linked to a real
// key on the simulated L1: the key's proof verifies, and every tampering
// reverts with the verifier's named error.
func TestVerifierLinksToARealKey(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	vk, proof, err := recursiontest.WrapShapedProof()
	if err != nil {
		t.Fatal(err)
	}
	deployerKey, deployer := key(t, 1)
	s := newSim(t, deployer)
	client := s.Client()
	chainID, _ := client.ChainID(ctx)
	opts, _ := bind.NewKeyedTransactorWithChainID(deployerKey, chainID)
	addr, err := DeployVerifier(ctx, client, opts, vk)
	if err != nil {
		t.Fatal(err)
	}
	v, err := bindings.NewVerifier(addr, client)
	if err != nil {
		t.Fatal(err)
	}
	call := &bind.CallOpts{Context: ctx}
	in := [2]*big.Int{big.NewInt(100), big.NewInt(200)}
	if err := v.VerifyProof(call, proof, in); err != nil {
		t.Fatalf("the key's proof does not verify: %v (%s)", err, reverts.Of(err))
	}
	// Gas of a verifyProof call (the verifier's execution plus the call's
	// base and calldata), for bench/results.md.
	vabi, _ := bindings.VerifierMetaData.GetAbi()
	data, _ := vabi.Pack("verifyProof", proof, in)
	gas, err := client.EstimateGas(ctx, ethereum.CallMsg{From: deployer, To: &addr, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("BENCH verifyProof_call_gas %d", gas)
	r := ecc.BN254.ScalarField()
	flip := func(i int) []byte { p := bytes.Clone(proof); p[i] ^= 1; return p }
	put := func(at int, b []byte) []byte { p := bytes.Clone(proof); copy(p[at:], b); return p }
	for _, c := range []struct {
		name  string
		proof []byte
		in    [2]*big.Int
		want  string
	}{
		{"other input", proof, [2]*big.Int{big.NewInt(101), big.NewInt(200)}, "ProofInvalid"},
		{"inputs swapped", proof, [2]*big.Int{in[1], in[0]}, "ProofInvalid"},
		{"input r", proof, [2]*big.Int{r, in[1]}, "PublicInputNotInField"},
		{"input r+100 (aliases 100)", proof, [2]*big.Int{new(big.Int).Add(r, in[0]), in[1]}, "PublicInputNotInField"},
		{"A.x flipped", flip(31), in, "ProofInvalid"},
		{"C.y flipped", flip(255), in, "ProofInvalid"},
		{"commitment flipped (off the curve)", flip(287), in, "CommitmentInvalid"},
		{"commitment PoK flipped (off the curve)", flip(383), in, "CommitmentInvalid"},
		// Points on the curve, but not the proof's: caught by the one folded
		// pairing check (l1/verifier.foldCommitmentCheck).
		{"commitment replaced by C", put(256, proof[192:256]), in, "ProofInvalid"},
		{"commitment PoK replaced by A", put(320, proof[0:64]), in, "ProofInvalid"},
	} {
		err := v.VerifyProof(call, c.proof, c.in)
		if got := reverts.Of(err); got != c.want {
			t.Errorf("%s: reverted with %q (%v), want %s", c.name, got, err, c.want)
		}
	}
	if err := v.VerifyProof(call, proof[:len(proof)-32], in); err == nil {
		t.Error("a truncated proof verifies")
	}

	// The template itself, unlinked, accepts nothing.
	tmpl, _ := hex.DecodeString(strings.TrimPrefix(bindings.VerifierMetaData.Bin, "0x"))
	abi, _ := bindings.VerifierMetaData.GetAbi()
	tAddr, tx, _, err := bind.DeployContract(opts, *abi, tmpl, client)
	mined(t, ctx, client, tx, err)
	tv, _ := bindings.NewVerifier(tAddr, client)
	if err := tv.VerifyProof(call, proof, in); err == nil {
		t.Error("the unlinked template accepts a proof")
	}
}

func TestLinkRejectsOtherKeys(t *testing.T) {
	tmpl, _ := hex.DecodeString(strings.TrimPrefix(bindings.VerifierMetaData.Bin, "0x"))
	// A key of another shape: no commitment.
	noCommit := verifier.TemplateKey()
	noCommit.CommitmentKeys, noCommit.PublicAndCommitmentCommitted = nil, nil
	threeInputs := verifier.TemplateKey()
	threeInputs.G1.K = append(threeInputs.G1.K, threeInputs.G1.K[0])
	for name, vk := range map[string]groth16.VerifyingKey{
		"no commitment":   noCommit,
		"three inputs":    threeInputs,
		"BLS12-377 key":   groth16.NewVerifyingKey(ecc.BLS12_377),
		"empty BN254 key": new(groth16_bn254.VerifyingKey),
	} {
		if _, err := verifier.Link(tmpl, vk); !errors.Is(err, verifier.ErrNotWrap) {
			t.Errorf("%s: Link = %v, want ErrNotWrap", name, err)
		}
	}
	// Bytecode that is not the template's.
	realVK, _, err := recursiontest.WrapShapedProof()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := verifier.Link(tmpl[:len(tmpl)/2], realVK); !errors.Is(err, verifier.ErrTemplate) {
		t.Errorf("half the template: Link = %v, want ErrTemplate", err)
	}
	// A key whose commitment point G is not [δ]₂ (gnark's groth16.Setup
	// draws G; so does the template, whose constants must be distinct): its
	// valid proofs would fail the merged pair, so Link refuses it.
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &recursiontest.StandInWrap{})
	if err != nil {
		t.Fatal(err)
	}
	_, gnarkVK, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	for name, vk := range map[string]groth16.VerifyingKey{"gnark's setup": gnarkVK, "the template key": verifier.TemplateKey()} {
		if _, err := verifier.Link(tmpl, vk); !errors.Is(err, verifier.ErrCommitmentG) {
			t.Errorf("%s: Link = %v, want ErrCommitmentG", name, err)
		}
		if err := verifier.ExportSolidity(io.Discard, vk, "", ""); !errors.Is(err, verifier.ErrCommitmentG) {
			t.Errorf("%s: ExportSolidity = %v, want ErrCommitmentG", name, err)
		}
	}
}

// TestVerifierSlotIsSetOnce deploys a rollup against a VerifierSlot, as
// nexus devnet does before its wrap key exists: no proof verifies until the
// owner sets the linked verifier, then the key's proof verifies through the
// slot; nobody else can set it, and nobody can set it twice.
func TestVerifierSlotIsSetOnce(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	vk, proof, err := recursiontest.WrapShapedProof()
	if err != nil {
		t.Fatal(err)
	}
	ownerKey, owner := key(t, 1)
	strangerKey, stranger := key(t, 2)
	s := newSim(t, owner, stranger)
	client := s.Client()
	chainID, _ := client.ChainID(ctx)
	opts, _ := bind.NewKeyedTransactorWithChainID(ownerKey, chainID)
	slot, err := DeployVerifierSlot(ctx, client, opts)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Deploy(ctx, client, opts, Params{Verifier: slot})
	if err != nil {
		t.Fatal(err)
	}
	if d.Verifier != slot || d.VerifierPending {
		t.Fatalf("deployment verifier %s (pending %v), want the slot %s", d.Verifier, d.VerifierPending, slot)
	}
	v, err := bindings.NewVerifierSlot(slot, client)
	if err != nil {
		t.Fatal(err)
	}
	call := &bind.CallOpts{Context: ctx}
	in := [2]*big.Int{big.NewInt(100), big.NewInt(200)}
	if got := reverts.Of(v.VerifyProof(call, proof, in)); got != "VerifierSlot_NoVerifier" {
		t.Fatalf("unset slot: reverted with %q, want VerifierSlot_NoVerifier", got)
	}
	linked, err := DeployVerifier(ctx, client, opts, vk)
	if err != nil {
		t.Fatal(err)
	}
	so, _ := bind.NewKeyedTransactorWithChainID(strangerKey, chainID)
	so.GasLimit = 200_000 // past estimation, so the revert is mined
	if err := SetVerifier(ctx, client, so, slot, linked); err == nil {
		t.Fatal("a stranger set the verifier")
	}
	if err := SetVerifier(ctx, client, opts, slot, linked); err != nil {
		t.Fatal(err)
	}
	if err := v.VerifyProof(call, proof, in); err != nil {
		t.Fatalf("the key's proof does not verify through the slot: %v (%s)", err, reverts.Of(err))
	}
	if got := reverts.Of(v.VerifyProof(call, proof, [2]*big.Int{big.NewInt(101), big.NewInt(200)})); got != "ProofInvalid" {
		t.Fatalf("other input through the slot: reverted with %q, want ProofInvalid", got)
	}
	if err := SetVerifier(ctx, client, opts, slot, linked); err == nil {
		t.Fatal("the verifier was set twice")
	}
}

// TestVerifierOnAnvil runs the linked verifier on anvil's EVM (its default
// hardfork), the L1 of make e2e: the key's proof verifies in a transaction,
// a wrong input reverts, and the transaction's gas is logged for
// bench/results.md (the fixed cost per batch is this call's execution plus
// submitBatch's own).
func TestVerifierOnAnvil(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	vk, proof, err := recursiontest.WrapShapedProof()
	if err != nil {
		t.Fatal(err)
	}
	client, err := ethclient.DialContext(ctx, anviltest.Start(t))
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	k, _ := crypto.HexToECDSA(anviltest.Key0)
	chainID, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	opts, _ := bind.NewKeyedTransactorWithChainID(k, chainID)
	opts.Context = ctx
	addr, err := DeployVerifier(ctx, client, opts, vk)
	if err != nil {
		t.Fatal(err)
	}
	vabi, err := bindings.VerifierMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	// verifyProof is a view: sent as a transaction to measure what it costs.
	v := bind.NewBoundContract(addr, *vabi, client, client, client)
	in := [2]*big.Int{big.NewInt(100), big.NewInt(200)}
	tx, err := v.Transact(opts, "verifyProof", proof, in)
	rc := mined(t, ctx, client, tx, err)
	var calldata uint64
	for _, b := range tx.Data() {
		if b == 0 {
			calldata += 4
		} else {
			calldata += 16
		}
	}
	t.Logf("BENCH verifyProof_tx_gas_anvil %d (calldata %d, execution %d)", rc.GasUsed, calldata, rc.GasUsed-21000-calldata)
	caller, _ := bindings.NewVerifierCaller(addr, client)
	if err := caller.VerifyProof(&bind.CallOpts{Context: ctx}, proof, [2]*big.Int{big.NewInt(101), in[1]}); reverts.Of(err) != "ProofInvalid" {
		t.Errorf("a wrong input on anvil: %v, want ProofInvalid", err)
	}
}
