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

// requantOut reads the requant hint's outputs: y - lo, d⁺, d⁻.
func requantOut(out []*big.Int) (yl, dp, dm int64) {
	nb := (len(out) - 1) / 2
	for j := nb - 1; j >= 0; j-- {
		dp = dp<<8 | out[1+j].Int64()
		dm = dm<<8 | out[1+nb+j].Int64()
	}
	return out[0].Int64(), dp, dm
}

// setRequant writes y - lo, d⁺, d⁻ (y - lo taken modulo the field).
func setRequant(mod *big.Int, out []*big.Int, yl, dp, dm int64) {
	nb := (len(out) - 1) / 2
	out[0].Mod(big.NewInt(yl), mod)
	for j := range nb {
		out[1+j].SetInt64(dp >> (8 * j) & 0xff)
		out[1+nb+j].SetInt64(dm >> (8 * j) & 0xff)
	}
}

// tamperFirst changes the first requantization whose honest outputs match.
func tamperFirst(t *testing.T, match func(yl, dp, dm int64) bool, change func(yl, dp, dm int64) (int64, int64, int64)) func() {
	hit := false
	tamperRequant = func(mod *big.Int, shift uint, out []*big.Int) {
		if yl, dp, dm := requantOut(out); !hit && match(yl, dp, dm) {
			yl, dp, dm = change(yl, dp, dm)
			setRequant(mod, out, yl, dp, dm)
			hit = true
		}
	}
	return func() {
		tamperRequant = nil
		if !hit {
			t.Fatal("no neuron of this kind in the witness")
		}
	}
}

// A dishonest prover lowers an unclamped q by one: the remainder t - q·2^s
// grows past 2^s, so only its range check rejects it.
func TestSoundness_nonCanonicalRequantRemainderFails(t *testing.T) {
	a, _, err := Assign(modeltest.Tiny(), job(fill(16, 1), 3)) // keeps neurons inside [lo, hi]
	if err != nil {
		t.Fatal(err)
	}
	done := tamperFirst(t, func(yl, dp, dm int64) bool { return yl > 0 && dp == 0 && dm == 0 },
		func(yl, dp, dm int64) (int64, int64, int64) { return yl - 1, dp, dm })
	mustFail(t, a)
	done()
}

// Passing a saturated neuron's raw q on (d = 0) puts an activation outside
// [lo, hi]: the byte check on y - lo rejects it.
func TestSoundness_outOfRangeActivationFails(t *testing.T) {
	for name, c := range map[string]struct {
		match  func(yl, dp, dm int64) bool
		change func(yl, dp, dm int64) (int64, int64, int64)
	}{
		"above hi": {func(_, dp, _ int64) bool { return dp > 0 }, func(yl, dp, _ int64) (int64, int64, int64) { return yl + dp, 0, 0 }},
		"below lo": {func(_, _, dm int64) bool { return dm > 0 }, func(yl, _, dm int64) (int64, int64, int64) { return yl - dm, 0, 0 }},
	} {
		t.Run(name, func(t *testing.T) {
			a, _, _ := honest(t)
			done := tamperFirst(t, c.match, c.change)
			mustFail(t, a)
			done()
		})
	}
}

// Clamping a neuron that is inside [lo, hi] (same q: y one lower, d⁺ = 1)
// keeps the division exact; only the clamp product rejects it.
func TestSoundness_falseClampFails(t *testing.T) {
	// A dark input keeps some neurons inside [lo, hi].
	a, _, err := Assign(modeltest.Tiny(), job(fill(16, 1), 3))
	if err != nil {
		t.Fatal(err)
	}
	done := tamperFirst(t, func(yl, dp, dm int64) bool { return yl > 0 && yl < 255 && dp == 0 && dm == 0 },
		func(yl, dp, dm int64) (int64, int64, int64) { return yl - 1, 1, 0 })
	mustFail(t, a)
	done()
}

// d⁺ and d⁻ both raised by one leave q unchanged; the clamp product
// rejects it.
func TestSoundness_bothClampsFail(t *testing.T) {
	a, _, _ := honest(t)
	done := tamperFirst(t, func(_, dp, _ int64) bool { return dp > 0 },
		func(yl, dp, dm int64) (int64, int64, int64) { return yl, dp + 1, dm + 1 })
	mustFail(t, a)
	done()
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
