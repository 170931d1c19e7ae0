//go:build heavy

// The batch pipeline with real setups at small parameters: one batch with a
// fulfilled job whose inference proof comes from a real model, proven up to
// the aggregation proof (and the wrap with NEXUS_WRAP=1: ~5 min of setup, ~11 GB).
// Run under the machine's lock:
//
//	flock /tmp/nexus-heavy.lock go test -tags heavy -run Heavy -timeout 90m -v ./aggregator/
package aggregator

import (
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/consensys/gnark/backend/groth16"

	"github.com/nexus-rollup/nexus/aggregator/block"
	"github.com/nexus-rollup/nexus/aggregator/recursion"
	"github.com/nexus-rollup/nexus/internal/keycache"
	"github.com/nexus-rollup/nexus/kv/memorydb"
	"github.com/nexus-rollup/nexus/prover/circuit"
	"github.com/nexus-rollup/nexus/prover/model/modeltest"
	"github.com/nexus-rollup/nexus/prover/statement"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/state"
)

type oneProof struct {
	vk    groth16.VerifyingKey
	proof groth16.Proof
}

func (o oneProof) InferenceProof(uint32) (groth16.VerifyingKey, groth16.Proof, error) {
	return o.vk, o.proof, nil
}

func TestHeavy_PipelineWithRealInference(t *testing.T) {
	cache := os.Getenv("NEXUS_KEYS")
	if cache == "" {
		cache = keycache.DefaultDir()
	}
	p := block.Params{State: state.Params{AccountDepth: 3, TokenDepth: 1, JobDepth: 2, ModelDepth: 1},
		Slots: 4, Chunks: 32, Inferences: 2, MaxLockDuration: 3600}
	m := modeltest.Tiny()
	mk, err := circuit.Setup(m, cache, os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	vkHash, err := recursion.VKHash(mk.VK)
	if err != nil {
		t.Fatal(err)
	}

	db := memorydb.New()
	st, _ := state.Open(db, p.State)
	ex, err := rollup.NewExecutor(st, rollup.Config{MaxLockDuration: p.MaxLockDuration})
	if err != nil {
		t.Fatal(err)
	}
	seed := func(b byte) *keys.PrivateKey { s := make([]byte, 32); s[0] = b; k, _ := keys.FromSeed(s); return k }
	user, prov := seed(1), seed(2)
	var userL1, provL1 rollup.Address
	userL1[0], provL1[0] = 1, 2
	commit := func(bb *rollup.BatchBuilder, ops ...rollup.Op) *rollup.Batch {
		for _, op := range ops {
			if _, err := bb.Add(op); err != nil {
				t.Fatalf("%s: %v", op.Type(), err)
			}
		}
		b, err := bb.Seal()
		if err != nil {
			t.Fatal(err)
		}
		kb := db.NewBatch()
		if err := bb.Commit(kb); err != nil {
			t.Fatal(err)
		}
		if err := kb.Write(); err != nil {
			t.Fatal(err)
		}
		return b
	}
	bb, _ := ex.NewBatch(1, 100, [32]byte{}, p.Chunks)
	gwei := func(g int64) *big.Int { return new(big.Int).Mul(big.NewInt(g), big.NewInt(rollup.Gwei)) }
	b1 := commit(bb,
		&rollup.Deposit{Depositor: userL1, PubKey: user.Public().Wire(), Amount: gwei(1000)},
		&rollup.RegisterModel{ModelID: 1, FeeGwei: 1, VKHash: vkHash, OwnerPubKey: user.Public().Wire(), Owner: userL1},
		&rollup.ProverStake{Prover: provL1, PubKey: prov.Public().Wire(), Stake: gwei(1000)})
	_ = b1
	input := []byte{0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150}
	inSalt, outSalt := fr.NewElement(7), fr.NewElement(8)
	job := &circuit.Job{ModelID: 1, Input: input, InputSalt: inSalt, OutputSalt: outSalt}
	job.JobID.SetUint64(1)
	proof, claim, err := circuit.Prove(mk, m, job)
	if err != nil {
		t.Fatal(err)
	}
	bb, _ = ex.NewBatch(2, 200, b1.Header.PriorityHashAfter, p.Chunks)
	if err := bb.EnableWitness(); err != nil {
		t.Fatal(err)
	}
	submit := &rollup.SubmitJob{Requester: 1, JobID: 1, ModelID: 1, InputCommit: statement.Commit(input, inSalt),
		FeeGwei: 10, Deadline: 5000}
	rollup.Sign(submit, user)
	lock := &rollup.LockJob{Prover: 2, JobID: 1, LockDeadline: 1000}
	rollup.Sign(lock, prov)
	fulfil := &rollup.FulfillJob{Prover: 2, JobID: 1, OutputCommit: claim.OutputCommit, Nonce: 1}
	rollup.Sign(fulfil, prov)
	b2 := commit(bb, submit, lock, fulfil)

	start := time.Now()
	k, err := Setup(p, cache, os.Stderr, true, os.Getenv("NEXUS_WRAP") == "1")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("setup (or load): %s; block %d, aggregation %d constraints", time.Since(start).Round(time.Second),
		k.Block.CCS.GetNbConstraints(), k.Aggregation.CCS.GetNbConstraints())
	res, err := k.Prove(b2, bb.Witness(), oneProof{mk.VK, proof})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("block proof %s, aggregation proof %s, wrap %s (%d calldata bytes)", res.BlockTime.Round(time.Millisecond),
		res.AggregationTime.Round(time.Millisecond), res.WrapTime.Round(time.Millisecond), len(res.Calldata))
}
