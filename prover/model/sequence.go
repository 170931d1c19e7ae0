package model

import (
	"errors"
	"fmt"
	"math"
)

// The sequence kinds run a transformer block over a [Tokens, width] tensor
// stored flat, row-major (token t's values at t*width). Each reads its
// operands from earlier tensors of the trace (X, Y: 0 is the model input,
// k+1 layer k's output), which is how residuals and Q, K, V branch:
//
//	TokenDense  y[t] = requant(W·x[t] + Bias[t]): one Linear per token; the
//	            per-token bias folds a positional embedding in. Act as Dense.
//	LayerNorm   per token: c = D·x - Σx, v = Σc² + Coef[0] (the epsilon),
//	            r = floor(2^NormBits / √v), y = requant(W∘(c·r) + Bias):
//	            c·r/2^NormBits·√D is x's standardisation, W and Bias are
//	            gamma and beta. |c·r| ≤ 2^NormBits because c² ≤ v.
//	Scores      y[t,s] = requant(X[t]·Y[s]): Q·Kᵀ (the 1/√d folded in Mult).
//	Softmax     per row: e = Coef[max - x] (Coef[d] = 2^16·exp(-d·scale)),
//	            y = round(2^SoftmaxBits·e / Σe), in [0, SoftmaxOne].
//	Attend      y[t,d] = requant(Σ_s X[t,s]·Y[s,d]): A·V.
//	Residual    y = requant(Coef[0]·X + Coef[1]·Y): x + f(x) at two scales.
//
// A model with sequence layers has no conv or max-pool; its dense layers
// (the head, mean pooling folded in) read the layer before, as always.
const (
	// NormBits sets LayerNorm's fixed point: r = floor(2^NormBits/√v).
	NormBits = 24
	// SoftmaxBits is the precision of softmax outputs: 1 is SoftmaxOne.
	SoftmaxBits = 8
	SoftmaxOne  = 1 << SoftmaxBits
	// ExpOne is Softmax's Coef[0], exp(0): every row's sum is at least it.
	ExpOne = 1 << 16
	// MaxNormWidth bounds LayerNorm's width so v stays below 2^47.
	MaxNormWidth = 1024
	// MaxCoef bounds a Residual's coefficients.
	MaxCoef = 1 << 24
)

// Sequence reports whether k is a sequence kind.
func (k Kind) Sequence() bool { return k >= TokenDense && k <= Residual }

// Sequence reports whether the model has sequence layers.
func (m *Model) Sequence() bool {
	for i := range m.Layers {
		if m.Layers[i].Kind.Sequence() {
			return true
		}
	}
	return false
}

// seqSizes returns the number of weights, biases and coefficients a
// sequence layer carries.
func (l *Layer) seqSizes() (nw, nb, nc int) {
	switch l.Kind {
	case TokenDense:
		return l.In * l.Out, l.Tokens * l.Out, 0
	case LayerNorm:
		return l.Out, l.Out, 1
	case Softmax:
		return 0, 0, TableSize
	case Residual:
		return 0, 0, 2
	}
	return 0, 0, 0
}

// usesY reports whether the kind has a second operand.
func (k Kind) usesY() bool { return k == Scores || k == Attend || k == Residual }

// validateAt checks layer i given the shapes and value ranges of the trace
// before it.
func (l *Layer) validateAt(i int, shapes []Shape, ranges [][2]int64, sequence bool) error {
	if !l.Kind.Sequence() {
		if l.Tokens|l.X|l.Y != 0 || l.Coef != nil {
			return errors.New("sequence fields set")
		}
		if sequence && (l.Kind == Conv || l.Kind == MaxPool) {
			return errors.New("a model with sequence layers has no conv or max-pool")
		}
		return l.validate(shapes[i])
	}
	if l.Tokens < 1 || l.Tokens > MaxDim || l.In < 1 || l.In > MaxFanIn || l.Out < 1 || l.Out > MaxDim {
		return fmt.Errorf("tokens %d, in %d, out %d outside limits", l.Tokens, l.In, l.Out)
	}
	if l.X < 0 || l.X > i || l.Y < 0 || l.Y > i || (!l.Kind.usesY() && l.Y != 0) {
		return fmt.Errorf("operands %d, %d: want earlier tensors (0 to %d)", l.X, l.Y, i)
	}
	if l.InC|l.OutC|l.K|l.Stride|l.Pad != 0 {
		return errors.New("conv fields set on a sequence layer")
	}
	nw, nb, nc := l.seqSizes()
	if len(l.Weights) != nw || len(l.Bias) != nb || len(l.Coef) != nc {
		return fmt.Errorf("has %d weights, %d biases, %d coefficients; want %d, %d, %d", len(l.Weights), len(l.Bias), len(l.Coef), nw, nb, nc)
	}
	want := func(k int, s Shape) error {
		if shapes[k] != s {
			return fmt.Errorf("operand %d is %s, want %s", k, shapes[k], s)
		}
		return nil
	}
	x, y := Shape{l.Tokens, l.In, 1}, Shape{}
	switch l.Kind {
	case TokenDense:
	case LayerNorm:
		if l.In != l.Out || l.In > MaxNormWidth || ranges[l.X][1]-ranges[l.X][0] > 256 {
			return fmt.Errorf("width %d in, %d out, values %v: want equal widths up to %d of at most 257 values", l.In, l.Out, ranges[l.X], MaxNormWidth)
		}
		if l.Coef[0] < 1 || l.Coef[0] >= MaxBias {
			return fmt.Errorf("epsilon %d outside [1, 2^30)", l.Coef[0])
		}
	case Scores:
		y = x
		if l.Out != l.Tokens {
			return fmt.Errorf("%d scores per token for %d tokens", l.Out, l.Tokens)
		}
	case Softmax:
		if l.In != l.Out || ranges[l.X][1]-ranges[l.X][0] > 255 {
			return fmt.Errorf("width %d in, %d out, values %v: want equal widths of int8 values", l.In, l.Out, ranges[l.X])
		}
		if l.Coef[0] != ExpOne {
			return fmt.Errorf("exp table starts at %d, want %d", l.Coef[0], ExpOne)
		}
		for _, c := range l.Coef {
			if c < 0 || c > ExpOne {
				return fmt.Errorf("exp table entry %d outside [0, %d]", c, ExpOne)
			}
		}
		if l.Mult != 0 || l.Shift != 0 || l.Act != 0 || l.Table != nil || l.OutScale != 0 {
			return errors.New("softmax carries requantization")
		}
		return want(l.X, x)
	case Attend:
		y = Shape{l.In, l.Out, 1}
		if l.In != l.Tokens {
			return fmt.Errorf("%d weights per token for %d tokens", l.In, l.Tokens)
		}
	case Residual:
		y = x
		if l.In != l.Out {
			return fmt.Errorf("width %d in, %d out", l.In, l.Out)
		}
		for _, c := range l.Coef {
			if c <= -MaxCoef || c >= MaxCoef {
				return fmt.Errorf("coefficient %d outside ±2^24", c)
			}
		}
	}
	if err := want(l.X, x); err != nil {
		return err
	}
	if l.Kind.usesY() {
		if err := want(l.Y, y); err != nil {
			return err
		}
	}
	if l.Kind != TokenDense && (l.Act == ActTable || l.Table != nil) {
		return errors.New("a lookup activation belongs on a token-dense layer")
	}
	return l.checkRequant()
}

// checkRequant checks the requantization fields of a sequence layer.
func (l *Layer) checkRequant() error {
	for _, b := range l.Bias {
		if b <= -MaxBias || b >= MaxBias {
			return fmt.Errorf("bias %d outside ±2^30", b)
		}
	}
	if l.Mult < 1 || l.Mult >= MaxMult || l.Shift > MaxShift {
		return fmt.Errorf("multiplier %d or shift %d outside limits", l.Mult, l.Shift)
	}
	if l.Act != ActNone && l.Act != ActReLU && l.Act != ActTable {
		return fmt.Errorf("unknown activation %d", l.Act)
	}
	if (l.Act == ActTable) != (len(l.Table) == TableSize) || (l.Act != ActTable && l.Table != nil) {
		return fmt.Errorf("activation %d with a table of %d entries", l.Act, len(l.Table))
	}
	if !(l.OutScale > 0) || math.IsInf(l.OutScale, 0) {
		return fmt.Errorf("output scale %v must be positive and finite", l.OutScale)
	}
	return nil
}

// runSeq computes a sequence layer's output from the trace so far.
func (l *Layer) runSeq(trace [][]int64) []int64 {
	x, y := trace[l.X], trace[l.Y]
	T, D, In := l.Tokens, l.Out, l.In
	out := make([]int64, T*D)
	lo, hi := l.Act.Range()
	rq := func(acc int64) int64 { return l.activate(Requantize(acc, l.Mult, l.Shift, lo, hi)) }
	for t := range T {
		row := x[t*In : (t+1)*In]
		switch l.Kind {
		case TokenDense:
			for o := range D {
				acc := int64(l.Bias[t*D+o])
				for j, w := range l.Weights[o*In : (o+1)*In] {
					acc += int64(w) * row[j]
				}
				out[t*D+o] = rq(acc)
			}
		case LayerNorm:
			c, r := NormRow(row, int64(l.Coef[0]))
			for j := range D {
				out[t*D+j] = rq(int64(l.Weights[j])*c[j]*r + int64(l.Bias[j]))
			}
		case Scores:
			for s := range T {
				acc := int64(0)
				for j := range In {
					acc += row[j] * y[s*In+j]
				}
				out[t*D+s] = rq(acc)
			}
		case Softmax:
			copy(out[t*D:], SoftmaxRow(row, l.Coef))
		case Attend:
			for d := range D {
				acc := int64(0)
				for s := range In {
					acc += row[s] * y[s*D+d]
				}
				out[t*D+d] = rq(acc)
			}
		case Residual:
			for j := range D {
				out[t*D+j] = rq(int64(l.Coef[0])*row[j] + int64(l.Coef[1])*y[t*D+j])
			}
		}
	}
	return out
}

// NormRow returns a LayerNorm row's centred values c = D·x - Σx and its
// scale r = floor(2^NormBits/√v), v = Σc² + eps: the largest r with
// r²·v ≤ 2^(2·NormBits), which is what the circuit checks.
func NormRow(x []int64, eps int64) (c []int64, r int64) {
	s := int64(0)
	for _, v := range x {
		s += v
	}
	c = make([]int64, len(x))
	v := eps
	for j, xj := range x {
		c[j] = int64(len(x))*xj - s
		v += c[j] * c[j]
	}
	return c, NormScale(v)
}

// NormScale is floor(2^NormBits/√v) for v ≥ 1.
func NormScale(v int64) int64 {
	n := (int64(1) << (2 * NormBits)) / v // r² ≤ 2^48/v ⟺ r² ≤ floor(2^48/v)
	r := int64(math.Sqrt(float64(n)))
	for r*r > n {
		r--
	}
	for (r+1)*(r+1) <= n {
		r++
	}
	return r
}

// SoftmaxRow returns round(SoftmaxOne·e/Σe) with e = exp[max - x].
func SoftmaxRow(x []int64, exp []int32) []int64 {
	m := x[0]
	for _, v := range x {
		m = max(m, v)
	}
	e := make([]int64, len(x))
	sum := int64(0)
	for j, v := range x {
		e[j] = int64(exp[m-v])
		sum += e[j]
	}
	out := make([]int64, len(x))
	for j := range e {
		out[j] = (e[j]*2*SoftmaxOne + sum) / (2 * sum)
	}
	return out
}
