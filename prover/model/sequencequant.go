package model

import (
	"fmt"
	"math"
)

// sequence reports whether the float model has sequence layers.
func (fm *FloatModel) sequence() bool {
	for i := range fm.Layers {
		if fm.Layers[i].Kind.Sequence() {
			return true
		}
	}
	return false
}

// quantizeSeq is Quantize for a model with sequence layers: every tensor of
// the trace gets a symmetric scale from its largest calibration value
// (softmax outputs are 1/SoftmaxOne), and each layer's constants follow
// from the scales of its operands and its output.
func quantizeSeq(fm *FloatModel, calib [][]float64, inputScale float64) (*Model, error) {
	n := len(fm.Layers)
	maxAbs, preAbs := make([]float64, n+1), make([]float64, n)
	minIn, maxIn := 0.0, 0.0
	for k, x := range calib {
		var pre [][]float64
		trace, err := fm.forward(x, &pre)
		if err != nil {
			return nil, fmt.Errorf("calibration sample %d: %w", k, err)
		}
		for _, v := range x {
			minIn, maxIn = min(minIn, v), max(maxIn, v)
		}
		for i, t := range trace {
			for _, v := range t {
				maxAbs[i] = max(maxAbs[i], math.Abs(v))
			}
		}
		for i, t := range pre {
			for _, v := range t {
				preAbs[i] = max(preAbs[i], math.Abs(v))
			}
		}
	}
	m := fm.skeleton()
	if inputScale == 0 {
		inputScale = (maxIn - minIn) / 255
		if inputScale == 0 {
			inputScale = 1
		}
		m.InputZero = uint8(math.Round(-minIn / inputScale))
	}
	m.InputScale = inputScale
	sc := make([]float64, n+1) // the scale of each trace tensor
	sc[0] = inputScale
	for i := range fm.Layers {
		f, l := &fm.Layers[i], &m.Layers[i]
		_, hi := l.Act.Range()
		sout := maxAbs[i+1] / float64(hi)
		var sacc float64
		if m.InputZero != 0 && (l.Kind == Scores || l.Kind == Attend || l.Kind == Residual) && (l.X == 0 || l.Y == 0) {
			return nil, fmt.Errorf("quantize: layer %d (%s) reads the input, whose zero point %d it cannot fold: put a linear layer first", i, l.Kind, m.InputZero)
		}
		switch l.Kind {
		case Dense, TokenDense:
			in := sc[i]
			if l.Kind == TokenDense {
				in = sc[l.X]
			}
			sw := quantizeWeights(l.Weights, f.W, 127)
			sacc = sw * in
			for j, b := range f.B {
				l.Bias[j] = int32(math.Round(b / sacc))
			}
			if (i == 0 || (l.Kind == TokenDense && l.X == 0)) && m.InputZero != 0 { // Σw(q-z) = Σwq - zΣw
				fanIn := len(l.Weights) / l.Out
				for j := range l.Bias {
					o := j % l.Out
					for _, w := range l.Weights[o*fanIn : (o+1)*fanIn] {
						l.Bias[j] -= int32(w) * int32(m.InputZero)
					}
				}
			}
		case LayerNorm:
			d := float64(l.Out)
			bMax := 0.0
			for _, b := range f.B {
				bMax = max(bMax, math.Abs(b))
			}
			// gamma's scale is raised when beta would not fit an int32 at
			// the accumulator scale sg·√D/2^NormBits.
			sg := quantizeWeights(l.Weights, f.W, 127)
			if lim := bMax / (60 * math.Sqrt(d)); sg < lim {
				sg = quantizeWeights(l.Weights, f.W, 127*sg/lim)
			}
			sacc = sg * math.Sqrt(d) / (1 << NormBits)
			for j, b := range f.B {
				l.Bias[j] = int32(math.Round(b / sacc))
			}
			l.Coef[0] = int32(min(max(math.Round(f.Eps*d*d*d/(sc[l.X]*sc[l.X])), 1), MaxBias-1))
		case Scores:
			sacc = sc[l.X] * sc[l.Y] * f.Scale
		case Attend:
			sacc = sc[l.X] * sc[l.Y]
		case Residual:
			u := min(sc[l.X], sc[l.Y]) / 4096
			u = max(u, max(sc[l.X], sc[l.Y])/(MaxCoef/2))
			l.Coef[0], l.Coef[1] = int32(math.Round(sc[l.X]/u)), int32(math.Round(sc[l.Y]/u))
			sacc = u
		case Softmax:
			for d := range l.Coef {
				l.Coef[d] = int32(math.Round(ExpOne * math.Exp(-float64(d)*sc[l.X])))
			}
			sc[i+1] = 1.0 / SoftmaxOne
			continue
		default:
			return nil, fmt.Errorf("quantize: layer %d: %s in a sequence model", i, l.Kind)
		}
		for _, b := range l.Bias {
			if b <= -MaxBias+1 || b >= MaxBias-1 {
				return nil, fmt.Errorf("quantize: layer %d (%s): a bias too large for its scale", i, l.Kind)
			}
		}
		if sout == 0 || math.IsNaN(sout) || math.IsInf(sout, 0) {
			sout = sacc
		}
		if l.Act == ActTable {
			spre := preAbs[i] / 127
			if spre == 0 || math.IsNaN(spre) || math.IsInf(spre, 0) {
				spre = sacc
			}
			l.Mult, l.Shift = multShift(sacc / spre)
			fillTable(l, f, spre, sout)
		} else {
			l.Mult, l.Shift = multShift(sacc / sout)
		}
		l.OutScale, sc[i+1] = sout, sout
	}
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("quantize: %w", err)
	}
	return m, nil
}

// quantizeWeights rounds w to int8 at the scale that maps max|w| to top
// (clamped to ±127) and returns the scale.
func quantizeWeights(q []int8, w []float64, top float64) float64 {
	wMax := 0.0
	for _, v := range w {
		wMax = max(wMax, math.Abs(v))
	}
	s := wMax / top
	if s == 0 {
		s = 1
	}
	for j, v := range w {
		q[j] = int8(min(max(math.Round(v/s), -127), 127))
	}
	return s
}
