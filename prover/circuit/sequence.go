package circuit

import (
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/lookup/logderivlookup"

	"github.com/nexus-rollup/nexus/prover/model"
)

// The sequence layers (a transformer block) multiply witnesses: Q·Kᵀ and
// A·V cost one constraint per product, as does LayerNorm's Σc² and c·r.
// LayerNorm's r = floor(2^NormBits/√v) and softmax's divisions are hinted
// and pinned by range checks, so every hinted value is the unique one.

func init() {
	solver.RegisterHint(normHint, divHint)
}

// sequence constrains sequence layer l given the trace so far (the model's
// input, then every layer's output) and the trace's value ranges.
func (g *gadgets) sequence(l *model.Layer, trace [][]frontend.Variable, ranges [][2]int64) []frontend.Variable {
	x, y := trace[l.X], trace[l.Y]
	xmax, ymax := absMax(ranges[l.X]), absMax(ranges[l.Y])
	T, D, In := l.Tokens, l.Out, l.In
	out := make([]frontend.Variable, T*D)
	api := g.api
	switch l.Kind {
	case model.TokenDense:
		r := seqRequantizer(l, tokenDenseBound(l, xmax))
		for t := range T {
			for o := range D {
				sum := []frontend.Variable{int64(l.Bias[t*D+o])}
				for j, w := range l.Weights[o*In : (o+1)*In] {
					if w != 0 {
						sum = append(sum, api.Mul(int64(w), x[t*In+j]))
					}
				}
				out[t*D+o] = g.requant(r, add(api, sum))
			}
		}
		if l.Act == model.ActTable {
			out = g.table(l, out)
		}
	case model.LayerNorm:
		g.layerNorm(l, x, ranges[l.X], out)
	case model.Scores, model.Attend:
		// Scores: X[t]·Y[s] over In; Attend: Σ_s X[t,s]·Y[s,d].
		bound := big.NewInt(int64(In) * xmax * ymax)
		r := seqRequantizer(l, bound)
		for t := range T {
			for o := range D {
				sum := make([]frontend.Variable, In)
				for j := range In {
					if l.Kind == model.Scores {
						sum[j] = api.Mul(x[t*In+j], y[o*In+j])
					} else {
						sum[j] = api.Mul(x[t*In+j], y[j*D+o])
					}
				}
				out[t*D+o] = g.requant(r, add(api, sum))
			}
		}
	case model.Softmax:
		g.softmax(l, x, ranges[l.X], out)
	case model.Residual:
		a, b := int64(l.Coef[0]), int64(l.Coef[1])
		r := seqRequantizer(l, big.NewInt(iabs(a)*xmax+iabs(b)*ymax))
		for j := range out {
			out[j] = g.requant(r, api.Add(api.Mul(a, x[j]), api.Mul(b, y[j])))
		}
	}
	return out
}

// layerNorm writes LayerNorm's outputs, token by token: c = D·x - Σx and
// v = Σc² + eps are linear and quadratic; the hinted r satisfies
// r²·v ≤ 2^(2·NormBits) < (r+1)²·v by two range checks (every term is far
// below the field, so the integers cannot wrap), which makes it
// floor(2^NormBits/√v); then y = requant(γ·(c·r) + β).
func (g *gadgets) layerNorm(l *model.Layer, x []frontend.Variable, rng [2]int64, out []frontend.Variable) {
	api := g.api
	D := l.Out
	w := rng[1] - rng[0]
	vmax := new(big.Int).SetInt64(int64(D-1) * w)
	vmax.Mul(vmax, vmax).Mul(vmax, big.NewInt(int64(D))).Add(vmax, big.NewInt(int64(l.Coef[0])))
	k2 := new(big.Int).Lsh(big.NewInt(1), 2*model.NormBits)
	gap := new(big.Int).Mul(vmax, big.NewInt(1<<(model.NormBits+1)+1)) // (2r+1)·v
	bits := max(gap.BitLen(), k2.BitLen()+1)
	bMax := int64(0)
	for _, b := range l.Bias {
		bMax = max(bMax, iabs(int64(b)))
	}
	r := seqRequantizer(l, big.NewInt(128<<model.NormBits+bMax))
	for t := range l.Tokens {
		row := x[t*D : (t+1)*D]
		s := add(api, row)
		c := make([]frontend.Variable, D)
		sq := []frontend.Variable{int64(l.Coef[0])}
		for j := range D {
			c[j] = api.Sub(api.Mul(row[j], D), s)
			sq = append(sq, api.Mul(c[j], c[j]))
		}
		v := add(api, sq)
		h, err := api.Compiler().NewHint(normHint, 1, v)
		if err != nil {
			panic(err)
		}
		scale := h[0]
		g.rc.Check(scale, model.NormBits+1)
		rv := api.Mul(scale, v)
		r2v := api.Mul(scale, rv)
		g.rc.Check(api.Sub(k2, r2v), bits)                                // r²v ≤ K²
		g.rc.Check(api.Sub(api.Add(r2v, api.Mul(rv, 2), v), k2, 1), bits) // (r+1)²v > K²
		for j := range D {
			acc := api.Add(api.Mul(api.Mul(c[j], scale), int64(l.Weights[j])), int64(l.Bias[j]))
			out[t*D+j] = g.requant(r, acc)
		}
	}
}

// softmax writes each row's round(SoftmaxOne·e/Σe): the row maximum m by
// proven comparisons, e = exp[m - x] by lookup (m - x in [0, 255], else the
// lookup fails), and each quotient q with 0 ≤ (2^(SoftmaxBits+1)·e + Σe) -
// 2q·Σe < 2Σe by two range checks.
func (g *gadgets) softmax(l *model.Layer, x []frontend.Variable, rng [2]int64, out []frontend.Variable) {
	api := g.api
	n := l.Out
	exp := logderivlookup.New(api)
	for _, c := range l.Coef {
		exp.Insert(int64(c))
	}
	cmpBits := bitLen(rng[1] - rng[0])
	remBits := bitLen(2 * int64(n) * model.ExpOne)
	for t := range l.Tokens {
		row := x[t*n : (t+1)*n]
		m := row[0]
		for _, v := range row[1:] {
			m = g.max(m, v, cmpBits)
		}
		idx := make([]frontend.Variable, n)
		for j, v := range row {
			idx[j] = api.Sub(m, v)
		}
		e := exp.Lookup(idx...)
		sum := add(api, e)
		for j := range n {
			num := api.Add(api.Mul(e[j], 2*model.SoftmaxOne), sum)
			h, err := api.Compiler().NewHint(divHint, 1, num, api.Mul(sum, 2))
			if err != nil {
				panic(err)
			}
			q := h[0]
			g.rc.Check(q, model.SoftmaxBits+1)
			rem := api.Sub(num, api.Mul(api.Mul(q, sum), 2))
			g.rc.Check(rem, remBits)
			g.rc.Check(api.Sub(api.Mul(sum, 2), 1, rem), remBits)
			out[t*n+j] = q
		}
	}
}

// max returns max(m, v) as the max-pool does: a hinted flag proven by a
// range check over the values' width.
func (g *gadgets) max(m, v frontend.Variable, bits int) frontend.Variable {
	api := g.api
	h, err := api.Compiler().NewHint(greaterHint, 1, m, v)
	if err != nil {
		panic(err)
	}
	gt := h[0]
	api.AssertIsBoolean(gt)
	mv := api.Sub(m, v)
	g.rc.Check(api.Add(mv, api.Mul(gt, api.Sub(-1, api.Mul(mv, 2)))), bits)
	return api.Add(m, api.Mul(gt, api.Neg(mv)))
}

// seqRequantizer is newRequantizer for an accumulator bound computed by
// the caller.
func seqRequantizer(l *model.Layer, bound *big.Int) *requantizer {
	lo, hi := l.Act.Range()
	r := &requantizer{mult: big.NewInt(int64(l.Mult)), round: big.NewInt(0), shift: int(l.Shift), lo: lo, hi: hi}
	if l.Shift > 0 {
		r.round.Lsh(big.NewInt(1), uint(l.Shift-1))
	}
	t := new(big.Int).Mul(bound, r.mult)
	t.Add(t, r.round)
	t.Rsh(t, uint(l.Shift))
	t.Add(t, big.NewInt(512))
	r.qBits = t.BitLen() + 1
	return r
}

func tokenDenseBound(l *model.Layer, xmax int64) *big.Int {
	best := int64(0)
	for o := range l.Out {
		s := int64(0)
		for _, w := range l.Weights[o*l.In : (o+1)*l.In] {
			s += iabs(int64(w)) * xmax
		}
		b := int64(0)
		for t := range l.Tokens {
			b = max(b, iabs(int64(l.Bias[t*l.Out+o])))
		}
		best = max(best, s+b)
	}
	return big.NewInt(best)
}

func add(api frontend.API, v []frontend.Variable) frontend.Variable {
	switch len(v) {
	case 0:
		return 0
	case 1:
		return api.Add(v[0], 0)
	}
	return api.Add(v[0], v[1], v[2:]...)
}

func absMax(r [2]int64) int64 { return max(iabs(r[0]), iabs(r[1])) }

func iabs(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

// normHint returns model.NormScale(v).
func normHint(mod *big.Int, in, out []*big.Int) error {
	v := signed(mod, in[0])
	if v.Sign() <= 0 || !v.IsInt64() {
		out[0].SetUint64(0)
		return nil
	}
	out[0].SetInt64(model.NormScale(v.Int64()))
	if tamperSeq != nil {
		tamperSeq("norm", out)
	}
	return nil
}

// divHint returns floor(in[0]/in[1]) for non-negative integers.
func divHint(_ *big.Int, in, out []*big.Int) error {
	if in[1].Sign() == 0 {
		out[0].SetUint64(0)
		return nil
	}
	out[0].Div(in[0], in[1])
	if tamperSeq != nil {
		tamperSeq("div", out)
	}
	return nil
}

// tamperSeq lets soundness tests replace the hints' outputs with a
// dishonest prover's values; always nil outside tests.
var tamperSeq func(hint string, out []*big.Int)
