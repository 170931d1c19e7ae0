package recursion

import (
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/nexus-rollup/nexus/aggregator/recursion/standin"
)

// standInAggregationProof proves the stand-in for hi, lo (hi+lo < 2^16).
func standInAggregationProof(t *testing.T, hi, lo int64) (groth16.VerifyingKey, groth16.Proof) {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BW6_761.ScalarField(), r1cs.NewBuilder, &standin.Aggregation{})
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	w, err := frontend.NewWitness(&standin.Aggregation{HeaderHi: hi, HeaderLo: lo, X: hi + lo}, ecc.BW6_761.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	proof, err := groth16.Prove(ccs, pk, w, AggregationProverOption())
	if err != nil {
		t.Fatal(err)
	}
	return vk, proof
}

func TestAssignWrap_RejectsWrongHeader(t *testing.T) {
	vk, proof := standInAggregationProof(t, 1000, 234)
	if _, err := NewWrap(vk); err != nil {
		t.Fatal(err)
	}
	if _, err := AssignWrap(vk, proof, big.NewInt(1000), big.NewInt(234)); err != nil {
		t.Fatalf("valid proof rejected: %v", err)
	}
	if _, err := AssignWrap(vk, proof, big.NewInt(1000), big.NewInt(235)); !errors.Is(err, ErrBadInnerProof) {
		t.Fatalf("wrong header: %v", err)
	}
	if _, err := AssignWrap(vk, proof, two128, big.NewInt(234)); !errors.Is(err, ErrHeaderRange) {
		t.Fatalf("2^128: %v", err)
	}
}

func TestNewWrap_RejectsOtherKeys(t *testing.T) {
	f := getFixture(t, 1)
	for name, vk := range map[string]groth16.VerifyingKey{
		"BLS12-377 key": f.block.vk,
		"empty BW6 key": groth16.NewVerifyingKey(ecc.BW6_761),
	} {
		if _, err := NewWrap(vk); !errors.Is(err, ErrAggregationVK) {
			t.Fatalf("%s: %v", name, err)
		}
	}
}
