package model

import "math"

// seqSkeleton gives a sequence layer placeholder parameters of the right
// sizes, valid for Validate.
func seqSkeleton(l *Layer, f *FloatLayer) {
	nw, nb, nc := l.seqSizes()
	l.Weights, l.Bias = make([]int8, nw), make([]int32, nb)
	if nc > 0 {
		l.Coef = make([]int32, nc)
		l.Coef[0] = 1
	}
	l.Mult, l.OutScale = 1, 1
	if f.ReLU {
		l.Act = ActReLU
	}
	if f.Fn != FnNone {
		l.Act, l.Table = ActTable, make([]int8, TableSize)
	}
	if l.Kind == Softmax {
		l.Coef[0] = ExpOne
		l.Mult, l.OutScale = 0, 0
	}
}

// forwardSeq is the float counterpart of runSeq (before the activation).
func (f *FloatLayer) forwardSeq(trace [][]float64) []float64 {
	x, y := trace[f.X], trace[f.Y]
	T, D, In := f.Tokens, f.Out, f.In
	out := make([]float64, T*D)
	for t := range T {
		row := x[t*In : (t+1)*In]
		switch f.Kind {
		case TokenDense:
			for o := range D {
				acc := f.B[t*D+o]
				for j, w := range f.W[o*In : (o+1)*In] {
					acc += w * row[j]
				}
				out[t*D+o] = acc
			}
		case LayerNorm:
			mean, v := 0.0, 0.0
			for _, a := range row {
				mean += a
			}
			mean /= float64(In)
			for _, a := range row {
				v += (a - mean) * (a - mean)
			}
			sd := math.Sqrt(v/float64(In) + f.Eps)
			for j := range D {
				out[t*D+j] = (row[j]-mean)/sd*f.W[j] + f.B[j]
			}
		case Scores:
			for s := range T {
				acc := 0.0
				for j := range In {
					acc += row[j] * y[s*In+j]
				}
				out[t*D+s] = acc * f.Scale
			}
		case Softmax:
			m := math.Inf(-1)
			for _, a := range row {
				m = max(m, a)
			}
			sum := 0.0
			for j, a := range row {
				out[t*D+j] = math.Exp(a - m)
				sum += out[t*D+j]
			}
			for j := range D {
				out[t*D+j] /= sum
			}
		case Attend:
			for d := range D {
				acc := 0.0
				for s := range In {
					acc += row[s] * y[s*D+d]
				}
				out[t*D+d] = acc
			}
		case Residual:
			for j := range D {
				out[t*D+j] = row[j] + y[t*D+j]
			}
		}
	}
	return out
}
