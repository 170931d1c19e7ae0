package modeltest

import (
	"math"
	"math/rand/v2"

	"github.com/nexus-rollup/nexus/prover/model"
)

// Transformer is one pre-LN attention block (layer norm, Q, K, V, scores,
// softmax, A·V, output projection, residual; layer norm, GELU MLP,
// residual) and a dense head over 4 tokens of 3 features, width 4, with
// seeded random weights quantized on random inputs: every sequence kind in
// a few thousand constraints. Float is its float model, Inputs its
// calibration inputs.
func Transformer() (m *model.Model, float *model.FloatModel, inputs [][]float64) {
	const T, F, D, C = 4, 3, 4, 3
	r := rand.New(rand.NewPCG(4, 3))
	rnd := func(n int, s float64) []float64 {
		v := make([]float64, n)
		for i := range v {
			v[i] = s * (2*r.Float64() - 1)
		}
		return v
	}
	td := func(x, in, out int, fn model.Function) model.FloatLayer {
		return model.FloatLayer{Kind: model.TokenDense, Tokens: T, In: in, Out: out, X: x, W: rnd(in*out, 1), B: rnd(T*out, 0.3), Fn: fn}
	}
	ln := func(x int) model.FloatLayer {
		g := rnd(D, 0.3)
		for i := range g {
			g[i] += 1
		}
		return model.FloatLayer{Kind: model.LayerNorm, Tokens: T, In: D, Out: D, X: x, W: g, B: rnd(D, 0.2), Eps: 1e-5}
	}
	seq := func(k model.Kind, in, out, x, y int) model.FloatLayer {
		return model.FloatLayer{Kind: k, Tokens: T, In: in, Out: out, X: x, Y: y, Scale: 1 / math.Sqrt(D)}
	}
	fm := &model.FloatModel{Name: "tiny-transformer", InputShape: []int{T, F}, Layers: []model.FloatLayer{
		td(0, F, D, model.FnNone),         // 1: embedding
		ln(1),                             // 2
		td(2, D, D, model.FnNone),         // 3: Q
		td(2, D, D, model.FnNone),         // 4: K
		td(2, D, D, model.FnNone),         // 5: V
		seq(model.Scores, D, T, 3, 4),     // 6
		seq(model.Softmax, T, T, 6, 0),    // 7
		seq(model.Attend, T, D, 7, 5),     // 8
		td(8, D, D, model.FnNone),         // 9: output projection
		seq(model.Residual, D, D, 1, 9),   // 10
		ln(10),                            // 11
		td(11, D, 2*D, model.FnGELU),      // 12
		td(12, 2*D, D, model.FnNone),      // 13
		seq(model.Residual, D, D, 10, 13), // 14
		{Kind: model.Dense, In: T * D, Out: C, W: rnd(T*D*C, 0.5), B: rnd(C, 0.1)},
	}}
	for range 64 {
		inputs = append(inputs, rnd(T*F, 1))
	}
	m, err := model.Quantize(fm, inputs, 0)
	if err != nil {
		panic(err) // the model above is valid by construction
	}
	return m, fm, inputs
}
