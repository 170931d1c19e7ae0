package circuit

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/lookup/logderivlookup"

	"github.com/nexus-rollup/nexus/prover/model"
)

func init() {
	solver.RegisterHint(requantHint, greaterHint)
}

type gadgets struct {
	api frontend.API
	rc  *byteChecker
}

// accBound bounds |acc| of every neuron of l given input values in rng. With
// witness weights only the format limits are known.
func accBound(l *model.Layer, rng [2]int64, witness bool) *big.Int {
	xmax := max(-rng[0], rng[1])
	fanIn := len(l.Weights) / len(l.Bias)
	if witness {
		return big.NewInt(int64(fanIn)*128*xmax + model.MaxBias)
	}
	best := int64(0)
	for o := range l.Bias {
		s := int64(l.Bias[o])
		if s < 0 {
			s = -s
		}
		for _, w := range l.Weights[o*fanIn : (o+1)*fanIn] {
			s += int64(max(w, -w)) * xmax
		}
		best = max(best, s)
	}
	return big.NewInt(best)
}

// requantizer holds a layer's constants for model.Requantize.
type requantizer struct {
	mult, round *big.Int
	shift       int
	lo, hi      int64
	qBits       int // |q - lo| and |hi - q| fit in qBits bits
}

func newRequantizer(l *model.Layer, rng [2]int64, witness bool) *requantizer {
	lo, hi := l.Act.Range()
	r := &requantizer{mult: big.NewInt(int64(l.Mult)), round: big.NewInt(0), shift: int(l.Shift), lo: lo, hi: hi}
	if l.Shift > 0 {
		r.round.Lsh(big.NewInt(1), uint(l.Shift-1))
	}
	t := new(big.Int).Mul(accBound(l, rng, witness), r.mult)
	t.Add(t, r.round)
	t.Rsh(t, uint(l.Shift))
	t.Add(t, big.NewInt(512))
	r.qBits = t.BitLen() + 1
	return r
}

// requant constrains y = model.Requantize(acc) = clamp(q, lo, hi) with
// q = floor(t/2^shift), t = acc*mult + round. Hinted: y - lo (a byte, so
// y ∈ [lo, hi]) and d⁺, d⁻ < 2^(8·nb) (their bytes), with q = y + d⁺ - d⁻;
// the remainder t - q·2^shift is a linear combination checked to lie in
// [0, 2^shift). Every value is far below the field, so q is the unique
// integer quotient. The clamp is one product:
//
//	(y-lo)·(d⁺ - d⁻) = (hi-lo)·d⁺  ⇔  d⁺·(hi - y) + d⁻·(y - lo) = 0,
//
// a sum of two non-negative integers, so d⁺ > 0 only at y = hi (q > hi)
// and d⁻ > 0 only at y = lo (q < lo); otherwise y = q. Every hinted wire
// is a small non-negative integer (cheap in the prover's multi-scalar
// multiplications).
func (g *gadgets) requant(r *requantizer, acc frontend.Variable) frontend.Variable {
	api := g.api
	nb := (r.qBits + 7) / 8
	if 8*nb+r.shift > 200 || r.hi-r.lo > 255 {
		panic(fmt.Sprintf("circuit: requantizer out of bounds (shift %d, %d window bytes, range [%d, %d])", r.shift, nb, r.lo, r.hi))
	}
	t := api.Add(api.Mul(acc, r.mult), r.round)
	out, err := api.Compiler().NewHint(requantHint, 1+2*nb, t, r.shift, r.lo, r.hi)
	if err != nil {
		panic(err) // only on a malformed hint call, a programming error
	}
	yl := out[0]
	g.rc.Check(yl, 8)
	if r.hi-r.lo < 255 {
		g.rc.Check(api.Sub(r.hi-r.lo, yl), 8)
	}
	dp, dm := g.rc.compose(out[1:1+nb]), g.rc.compose(out[1+nb:])
	y := api.Add(yl, r.lo)
	q := api.Sub(api.Add(y, dp), dm)
	g.rc.Check(api.Sub(t, api.Mul(q, new(big.Int).Lsh(big.NewInt(1), uint(r.shift)))), r.shift)
	api.AssertIsEqual(api.Mul(yl, api.Sub(dp, dm)), api.Mul(dp, r.hi-r.lo))
	return y
}

// requantHint reads t as a signed integer and returns y - lo, then the
// bytes of d⁺ = max(q - hi, 0) and of d⁻ = max(lo - q, 0), low first, for
// q = floor(t/2^shift) and y = clamp(q, lo, hi).
func requantHint(mod *big.Int, in, out []*big.Int) error {
	t := signed(mod, in[0])
	shift := uint(in[1].Uint64())
	lo, hi := signed(mod, in[2]), signed(mod, in[3])
	q := new(big.Int).Rsh(t, shift) // arithmetic shift: floor for negatives
	y := new(big.Int).Set(q)
	dp, dm := new(big.Int), new(big.Int)
	if q.Cmp(lo) < 0 {
		y.Set(lo)
		dm.Sub(lo, q)
	}
	if q.Cmp(hi) > 0 {
		y.Set(hi)
		dp.Sub(q, hi)
	}
	nb := (len(out) - 1) / 2
	out[0].Sub(y, lo)
	for j := range nb {
		out[1+j].SetUint64(dp.Uint64() & 0xff)
		out[1+nb+j].SetUint64(dm.Uint64() & 0xff)
		dp.Rsh(dp, 8)
		dm.Rsh(dm, 8)
	}
	if tamperRequant != nil {
		tamperRequant(mod, shift, out)
	}
	return nil
}

// tamperRequant lets soundness tests replace hint outputs with a dishonest
// prover's values; always nil outside tests.
var tamperRequant func(mod *big.Int, shift uint, out []*big.Int)

// tamperGreater is tamperRequant for max-pool comparisons.
var tamperGreater func(out []*big.Int)

// greaterHint returns in[1] > in[0] for signed field elements.
func greaterHint(mod *big.Int, in, out []*big.Int) error {
	out[0].SetUint64(0)
	if signed(mod, in[1]).Cmp(signed(mod, in[0])) > 0 {
		out[0].SetUint64(1)
	}
	if tamperGreater != nil {
		tamperGreater(out)
	}
	return nil
}

func signed(mod, v *big.Int) *big.Int {
	s := new(big.Int).Mod(v, mod)
	if s.Cmp(new(big.Int).Rsh(mod, 1)) > 0 {
		s.Sub(s, mod)
	}
	return s
}

// weight returns weight j as a constant, or the witness when given.
func weight(l *model.Layer, w []frontend.Variable, j int) frontend.Variable {
	if w != nil {
		return w[j]
	}
	return int64(l.Weights[j])
}

func bias(l *model.Layer, b []frontend.Variable, o int) frontend.Variable {
	if b != nil {
		return b[o]
	}
	return int64(l.Bias[o])
}

// dot sums bias + Σ w·x. With constant weights this is one linear
// combination and costs no constraint; zero weights are skipped.
func (g *gadgets) dot(l *model.Layer, w []frontend.Variable, bias frontend.Variable, terms [][2]int, x []frontend.Variable) frontend.Variable {
	sum := []frontend.Variable{bias}
	for _, t := range terms {
		if w == nil && l.Weights[t[0]] == 0 {
			continue
		}
		sum = append(sum, g.api.Mul(weight(l, w, t[0]), x[t[1]]))
	}
	if len(sum) == 1 {
		return g.api.Add(sum[0], 0)
	}
	return g.api.Add(sum[0], sum[1], sum[2:]...)
}

// dense returns the accumulators of a dense layer.
func (g *gadgets) dense(l *model.Layer, x, w, b []frontend.Variable) []frontend.Variable {
	acc := make([]frontend.Variable, l.Out)
	terms := make([][2]int, l.In)
	for o := range l.Out {
		for j := range l.In {
			terms[j] = [2]int{o*l.In + j, j}
		}
		acc[o] = g.dot(l, w, bias(l, b, o), terms, x)
	}
	return acc
}

// conv returns the accumulators of a conv layer.
func (g *gadgets) conv(l *model.Layer, in, os model.Shape, x, w, b []frontend.Variable) []frontend.Variable {
	acc := make([]frontend.Variable, os.Size())
	for oc := range l.OutC {
		for oy := range os.H {
			for ox := range os.W {
				var terms [][2]int
				model.ConvWindowIndex(l, in, oc, oy, ox, func(wi, idx int) { terms = append(terms, [2]int{wi, idx}) })
				acc[(oc*os.H+oy)*os.W+ox] = g.dot(l, w, bias(l, b, oc), terms, x)
			}
		}
	}
	return acc
}

// table maps each requantized int8 value v to l.Table[v+128] with a
// log-derivative lookup (gnark std/lookup/logderivlookup) over the layer's
// 256 constant entries: v+128 is in [0, 255] because requant clamped it.
// The lookup shares the range checker's commitment (std/multicommit).
func (g *gadgets) table(l *model.Layer, x []frontend.Variable) []frontend.Variable {
	t := logderivlookup.New(g.api)
	for _, v := range l.Table {
		t.Insert(int64(v))
	}
	idx := make([]frontend.Variable, len(x))
	for j, v := range x {
		idx[j] = g.api.Add(v, 128)
	}
	return t.Lookup(idx...)
}

// maxPool folds each window with max(m, v) = m + c·(v - m), where the hinted
// flag c = (v > m) is proven by a range check on c ? v-m-1 : m-v over the
// width of the value range (bits: max - min fits in it).
func (g *gadgets) maxPool(l *model.Layer, in, os model.Shape, x []frontend.Variable, bits int) []frontend.Variable {
	api := g.api
	y := make([]frontend.Variable, os.Size())
	for c := range os.C {
		for oy := range os.H {
			for ox := range os.W {
				var m frontend.Variable
				model.PoolWindow(l, in, c, oy, ox, func(idx int) {
					if m == nil {
						m = x[idx]
						return
					}
					v := x[idx]
					out, err := api.Compiler().NewHint(greaterHint, 1, m, v)
					if err != nil {
						panic(err)
					}
					gt := out[0]
					api.AssertIsBoolean(gt)
					mv := api.Sub(m, v)
					g.rc.Check(api.Add(mv, api.Mul(gt, api.Sub(-1, api.Mul(mv, 2)))), bits)
					m = api.Add(m, api.Mul(gt, api.Neg(mv)))
				})
				y[(c*os.H+oy)*os.W+ox] = m
			}
		}
	}
	return y
}
