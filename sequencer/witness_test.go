package sequencer

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/test"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/nexus-rollup/nexus/aggregator/block"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/keys"
)

// TestSealedBatchesProveInTheBlockCircuit seals batches from L1 deposits and
// an RPC transfer, reads each back with its stored witness (after a
// restart), and solves the block circuit for it.
func TestSealedBatchesProveInTheBlockCircuit(t *testing.T) {
	chain := newL1(t)
	dir := t.TempDir()
	n := startNode(t, chain, dir)
	alice, bob := key(11), key(12)
	for _, k := range []*keys.PrivateKey{alice, bob} {
		opts := *chain.auth
		opts.Value = big.NewInt(1e18)
		if _, err := chain.rollup.DepositETH(&opts, k.Public().Wire()); err != nil {
			t.Fatal(err)
		}
	}
	waitOps(t, n.w, 2)
	if b, err := n.seq.Seal(); err != nil || b == nil {
		t.Fatalf("deposit batch: %v", err)
	}
	var aliceID, bobID uint32
	aw, bw := alice.Public().Wire(), bob.Public().Wire()
	n.client.Call(&aliceID, "nexus_accountOf", hexutil.Bytes(aw[:]), chain.auth.From)
	n.client.Call(&bobID, "nexus_accountOf", hexutil.Bytes(bw[:]), chain.auth.From)
	for nonce := uint64(0); nonce < 3; nonce++ {
		op := &rollup.Transfer{From: aliceID, To: bobID, Amount: big.NewInt(1e15), Nonce: nonce}
		rollup.Sign(op, alice)
		raw, _ := rollup.MarshalOpJSON(op)
		var id common.Hash
		if err := n.client.Call(&id, "nexus_sendOp", json.RawMessage(raw)); err != nil {
			t.Fatal(err)
		}
	}
	if b, err := n.seq.Seal(); err != nil || b == nil || len(b.Receipts) != 3 {
		t.Fatalf("transfer batch: %v", err)
	}

	n.close()
	n = startNode(t, chain, dir) // witnesses are stored with their batches
	p := block.Params{State: testParams, Slots: 8, Chunks: 64, Inferences: 2,
		MaxLockDuration: rollup.DefaultConfig().MaxLockDuration}
	for num := uint64(1); num <= 2; num++ {
		batch, w, err := n.seq.Witness(num)
		if err != nil {
			t.Fatalf("batch %d: %v", num, err)
		}
		assignment, err := block.Assign(p, batch, w)
		if err != nil {
			t.Fatal(err)
		}
		circuit, _ := block.New(p)
		if err := test.IsSolved(circuit, assignment, ecc.BLS12_377.ScalarField()); err != nil {
			t.Fatalf("batch %d does not prove: %v", num, err)
		}
	}
	if _, _, err := n.seq.Witness(3); err == nil {
		t.Fatal("a witness for a batch never sealed")
	}
	if _, _, err := n.seq.Witness(0); err == nil {
		t.Fatal("a witness for the genesis batch")
	}
}
