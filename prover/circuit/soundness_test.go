package circuit

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/consensys/gnark/test"

	"github.com/nexus-rollup/nexus/prover/model/modeltest"
	"github.com/nexus-rollup/nexus/prover/statement"
)

// Each test builds an honest witness for the tiny model, breaks one
// constraint family, and checks gnark's test engine refuses it.

func mustFail(t *testing.T, a *Circuit) {
	t.Helper()
	c, _ := New(modeltest.Tiny())
	if err := test.IsSolved(c, a, field()); err == nil {
		t.Fatal("dishonest witness satisfies the circuit")
	}
}

func honest(t *testing.T) (*Circuit, *Claim, *Job) {
	t.Helper()
	j := job(randomInput(16, 9), 9)
	a, claim, err := Assign(modeltest.Tiny(), j)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := New(modeltest.Tiny())
	if err := test.IsSolved(c, a, field()); err != nil {
		t.Fatalf("honest witness fails: %v", err)
	}
	return a, claim, j
}

func TestSoundness_wrongOutputFails(t *testing.T) {
	a, claim, j := honest(t)
	// A different output with a matching commitment and statement: only
	// the inference itself can reject it.
	ob := append([]byte(nil), claim.OutputBytes...)
	ob[0]++
	a.Output[0] = ob[0]
	oc := statement.Commit(ob, j.OutputSalt)
	a.Statement = statement.Statement(claim.ModelID, claim.JobID, claim.InputCommit, oc)
	mustFail(t, a)
}

func TestSoundness_wrongInputCommitmentFails(t *testing.T) {
	a, claim, j := honest(t)
	ic := statement.Commit(j.Input, frOf(12345))
	a.Statement = statement.Statement(claim.ModelID, claim.JobID, ic, claim.OutputCommit)
	mustFail(t, a)
}

func TestSoundness_wrongStatementFails(t *testing.T) {
	for name, change := range map[string]func(c *Claim) fr.Element{
		"statement+1": func(c *Claim) fr.Element { var one, s fr.Element; one.SetOne(); s.Add(&c.Statement, &one); return s },
		"other job": func(c *Claim) fr.Element {
			return statement.Statement(c.ModelID, frOf(7), c.InputCommit, c.OutputCommit)
		},
		"other model": func(c *Claim) fr.Element { return statement.Statement(frOf(1), c.JobID, c.InputCommit, c.OutputCommit) },
		"swapped commitments": func(c *Claim) fr.Element {
			return statement.Statement(c.ModelID, c.JobID, c.OutputCommit, c.InputCommit)
		},
	} {
		t.Run(name, func(t *testing.T) {
			a, claim, _ := honest(t)
			a.Statement = change(claim)
			mustFail(t, a)
		})
	}
}

// An input "byte" of 256 with its neighbour one lower packs to the same
// field element, hence the same commitment: the 8-bit range check on each
// input is what rejects this non-canonical decomposition.
func TestSoundness_nonCanonicalInputBytesFail(t *testing.T) {
	a, _, _ := honest(t)
	in := a.Input
	for i := 0; i+1 < len(in); i++ {
		if in[i+1].(uint8) > 0 {
			in[i] = int(in[i].(uint8)) + 256
			in[i+1] = int(in[i+1].(uint8)) - 1
			break
		}
	}
	mustFail(t, a)
}

// A dishonest prover splits t = q·2^s + r with r ≥ 2^s (q one lower): the
// division identity still holds, so only the range check on r rejects it.
func TestSoundness_nonCanonicalRequantRemainderFails(t *testing.T) {
	a, _, _ := honest(t)
	calls := 0
	tamperRequant = func(mod *big.Int, shift uint, out []*big.Int) {
		calls++
		if calls == 1 {
			out[0].Sub(out[0], big.NewInt(1))
			out[0].Mod(out[0], mod)
			out[1].Add(out[1], new(big.Int).Lsh(big.NewInt(1), shift))
		}
	}
	defer func() { tamperRequant = nil }()
	mustFail(t, a)
}

// Clearing the clamp flag of a saturated neuron would pass an activation
// outside [lo, hi] to the next layer; the sign range checks reject it.
func TestSoundness_outOfRangeActivationFails(t *testing.T) {
	for name, flag := range map[string]int{"below lo": 2, "above hi": 3} {
		t.Run(name, func(t *testing.T) {
			a, _, _ := honest(t)
			hit := false
			tamperRequant = func(mod *big.Int, shift uint, out []*big.Int) {
				if !hit && out[flag].Sign() != 0 {
					out[flag].SetUint64(0)
					hit = true
				}
			}
			defer func() { tamperRequant = nil }()
			mustFail(t, a)
			if !hit {
				t.Fatalf("no neuron clamped %s in this witness", name)
			}
		})
	}
}

// Setting a flag on a neuron that is not clamped is rejected too.
func TestSoundness_falseClampFlagFails(t *testing.T) {
	// A dark input keeps some neurons inside [lo, hi].
	a, _, err := Assign(modeltest.Tiny(), job(fill(16, 1), 3))
	if err != nil {
		t.Fatal(err)
	}
	hit := false
	tamperRequant = func(mod *big.Int, shift uint, out []*big.Int) {
		if !hit && out[2].Sign() == 0 && out[3].Sign() == 0 {
			out[3].SetUint64(1)
			hit = true
		}
	}
	defer func() { tamperRequant = nil }()
	mustFail(t, a)
	if !hit {
		t.Fatal("no unclamped neuron in this witness")
	}
}

func TestSoundness_nonBooleanFlagFails(t *testing.T) {
	a, _, _ := honest(t)
	tamperRequant = func(mod *big.Int, shift uint, out []*big.Int) { out[2].SetUint64(2) }
	defer func() { tamperRequant = nil }()
	mustFail(t, a)
}

// Flipping one max-pool comparison picks a non-maximal value.
func TestSoundness_wrongPoolMaximumFails(t *testing.T) {
	a, _, _ := honest(t)
	n := 0
	tamperGreater = func(out []*big.Int) {
		n++
		if n == 2 {
			out[0].SetUint64(1 - out[0].Uint64())
		}
	}
	defer func() { tamperGreater = nil }()
	mustFail(t, a)
}
