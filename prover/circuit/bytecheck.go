package circuit

import (
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/multicommit"
)

func init() {
	solver.RegisterHint(bytesHint, byteCountHint)
}

// byteChecker proves range checks with one log-derivative lookup into the
// constant table {0, …, 255} (gnark's std/rangecheck does the same with a
// base it picks and one decomposition per check; this one is cheaper for an
// inference circuit, whose checks are mostly bytes):
//
//   - an 8-bit value is looked up as it is: one constraint, no limb and no
//     recomposition constraint (every input pixel);
//   - a narrower value v is looked up twice, as v and v·2^(8-bits);
//   - a wider one is split into hinted low bytes and a top part that is a
//     linear combination, (v - Σ bytes·256^j)/256^k, checked recursively
//     (a 1-bit top part is a boolean constraint): no recomposition
//     constraint either.
//
// At the end Σ_t m_t/(X - t) = Σ_q 1/(X - q) over the table entries t with
// hinted multiplicities m_t and the queries q, with X from a commitment to
// every wire of the queries and the multiplicities (std/multicommit: the
// circuit keeps a single Groth16 commitment, shared with the activation
// lookups). One constraint per query, one per table entry, one for the sums.
type byteChecker struct {
	api     frontend.API
	queries []frontend.Variable
	inv256  []*big.Int // inv256[k] = 256^-k mod r
}

func newByteChecker(api frontend.API) *byteChecker {
	c := &byteChecker{api: api}
	api.Compiler().Defer(c.build)
	return c
}

// Check constrains 0 ≤ v < 2^bits (v read as an integer below the modulus).
func (c *byteChecker) Check(v frontend.Variable, bits int) {
	api := c.api
	switch {
	case bits <= 0:
		api.AssertIsEqual(v, 0)
	case bits == 1:
		api.AssertIsBoolean(v)
	case bits <= 8:
		c.queries = append(c.queries, v)
		if bits < 8 {
			c.queries = append(c.queries, api.Mul(v, 1<<(8-bits)))
		}
	default:
		k := (bits - 1) / 8 // low bytes; the top part keeps 1..8 bits
		low, err := api.Compiler().NewHint(bytesHint, k, v)
		if err != nil {
			panic(err)
		}
		rest := v
		for j, b := range low {
			c.queries = append(c.queries, b)
			rest = api.Sub(rest, api.Mul(b, new(big.Int).Lsh(big.NewInt(1), uint(8*j))))
		}
		c.Check(api.Mul(rest, c.inverse(k)), bits-8*k)
	}
}

// compose checks that each of b (low first) is a byte and returns
// Σ b_j·256^j as a linear combination: a value whose bytes are its only
// wires.
func (c *byteChecker) compose(b []frontend.Variable) frontend.Variable {
	api := c.api
	var sum frontend.Variable = 0
	for j := range b {
		c.queries = append(c.queries, b[j])
		sum = api.Add(sum, api.Mul(b[j], new(big.Int).Lsh(big.NewInt(1), uint(8*j))))
	}
	return sum
}

func (c *byteChecker) inverse(k int) *big.Int {
	for len(c.inv256) <= k {
		mod := c.api.Compiler().Field()
		p := new(big.Int).Exp(big.NewInt(256), big.NewInt(int64(len(c.inv256))), mod)
		c.inv256 = append(c.inv256, p.ModInverse(p, mod))
	}
	return c.inv256[k]
}

func (c *byteChecker) build(api frontend.API) error {
	if len(c.queries) == 0 {
		return nil
	}
	counts, err := api.Compiler().NewHint(byteCountHint, 256, c.queries...)
	if err != nil {
		return err
	}
	committed := append(append([]frontend.Variable{}, c.queries...), counts...)
	multicommit.WithCommitment(api, func(api frontend.API, x frontend.Variable) error {
		var lhs, rhs frontend.Variable = 0, 0
		for t, m := range counts {
			lhs = api.Add(lhs, api.DivUnchecked(m, api.Sub(x, t)))
		}
		for _, q := range c.queries {
			rhs = api.Add(rhs, api.Inverse(api.Sub(x, q)))
		}
		api.AssertIsEqual(lhs, rhs)
		return nil
	}, committed...)
	return nil
}

// bytesHint returns the len(out) low bytes of in[0].
func bytesHint(_ *big.Int, in, out []*big.Int) error {
	v := new(big.Int).Set(in[0])
	for i := range out {
		out[i].SetUint64(uint64(v.Uint64() & 0xff))
		v.Rsh(v, 8)
	}
	return nil
}

// byteCountHint returns how many inputs equal each of 0..255. A value
// outside the table is not counted, so the sums differ and the proof fails.
func byteCountHint(_ *big.Int, in, out []*big.Int) error {
	counts := make([]uint64, len(out))
	for _, v := range in {
		if v.IsUint64() && v.Uint64() < uint64(len(out)) {
			counts[v.Uint64()]++
		}
	}
	for i := range out {
		out[i].SetUint64(counts[i])
	}
	return nil
}
