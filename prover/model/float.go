package model

import (
	"fmt"
	"math"
)

// FloatLayer is a float layer with the same geometry as Layer; it is what
// training and ONNX import produce and what Quantize consumes.
type FloatLayer struct {
	Kind                      Kind
	In, Out                   int
	InC, OutC, K, Stride, Pad int
	W, B                      []float64
	ReLU                      bool
	// Fn is a non-linear activation after the layer (not with ReLU), which
	// Quantize turns into an ActTable lookup; Alpha is LeakyReLU's slope.
	Fn    Function
	Alpha float64
	// Sequence kinds: Tokens, X and Y as in Layer; Scale multiplies Scores
	// (1/√d), Eps is LayerNorm's epsilon. W and B are a LayerNorm's gamma
	// and beta, a TokenDense's weights and per-token biases.
	Tokens, X, Y int
	Scale, Eps   float64
}

// Function is an elementwise activation quantized by lookup table.
type Function uint8

// Functions.
const (
	FnNone Function = iota
	FnSigmoid
	FnTanh
	FnLeakyReLU
	FnGELU // x·Φ(x), the exact (erf) form; not monotone
)

func (f Function) String() string {
	return [...]string{"none", "sigmoid", "tanh", "leaky-relu", "gelu", "unknown"}[min(int(f), 5)]
}

// Apply evaluates the function.
func (f Function) Apply(x, alpha float64) float64 {
	switch f {
	case FnSigmoid:
		return 1 / (1 + math.Exp(-x))
	case FnTanh:
		return math.Tanh(x)
	case FnLeakyReLU:
		if x < 0 {
			return alpha * x
		}
	case FnGELU:
		return 0.5 * x * (1 + math.Erf(x/math.Sqrt2))
	}
	return x
}

// FloatModel is a float model over CHW tensors.
type FloatModel struct {
	Name       string
	InputShape []int
	Layers     []FloatLayer
}

// geometry returns a Layer carrying only the shape fields, for shape code.
func (f *FloatLayer) geometry() Layer {
	return Layer{Kind: f.Kind, In: f.In, Out: f.Out, InC: f.InC, OutC: f.OutC, K: f.K, Stride: f.Stride, Pad: f.Pad,
		Tokens: f.Tokens, X: f.X, Y: f.Y}
}

// Sizes returns the number of weights and biases the layer's geometry needs.
func (f *FloatLayer) Sizes() (nw, nb int) {
	switch f.Kind {
	case Dense:
		return f.In * f.Out, f.Out
	case Conv:
		return f.OutC * f.InC * f.K * f.K, f.OutC
	}
	g := f.geometry()
	nw, nb, _ = g.seqSizes()
	return nw, nb
}

// CheckGeometry validates shapes only (parameters may still be unset).
func (fm *FloatModel) CheckGeometry() error {
	for i := range fm.Layers {
		l := &fm.Layers[i]
		if l.Kind == MaxPool && (l.ReLU || l.Fn != FnNone) {
			return fmt.Errorf("layer %d: an activation on a maxpool layer: put it on the layer before", i)
		}
		if l.Fn > FnGELU || (l.Fn != FnNone && l.ReLU) {
			return fmt.Errorf("layer %d: activation %s with ReLU %v", i, l.Fn, l.ReLU)
		}
		if math.IsNaN(l.Alpha) || math.IsInf(l.Alpha, 0) {
			return fmt.Errorf("layer %d: alpha %v", i, l.Alpha)
		}
	}
	return fm.skeleton().Validate()
}

// Check validates shapes and parameter counts.
func (fm *FloatModel) Check() error {
	if err := fm.CheckGeometry(); err != nil {
		return err
	}
	for i := range fm.Layers {
		f := &fm.Layers[i]
		if nw, nb := f.Sizes(); len(f.W) != nw || len(f.B) != nb {
			return fmt.Errorf("layer %d: %d weights and %d biases, want %d and %d", i, len(f.W), len(f.B), nw, nb)
		}
	}
	return nil
}

// skeleton is the quantized model with the right geometry and placeholder parameters.
func (fm *FloatModel) skeleton() *Model {
	m := &Model{Name: fm.Name, InputShape: fm.InputShape, InputScale: 1}
	for i := range fm.Layers {
		f := &fm.Layers[i]
		l := f.geometry()
		if l.Requant() {
			nw, nb := f.Sizes()
			l.Weights = make([]int8, nw)
			l.Bias = make([]int32, nb)
			l.Mult, l.OutScale = 1, 1
			if f.ReLU {
				l.Act = ActReLU
			}
			if f.Fn != FnNone {
				l.Act, l.Table = ActTable, make([]int8, TableSize)
			}
		}
		if l.Kind.Sequence() {
			seqSkeleton(&l, f)
		}
		m.Layers = append(m.Layers, l)
	}
	return m
}

// Forward runs the float model and returns every layer's output (input first).
func (fm *FloatModel) Forward(x []float64) ([][]float64, error) { return fm.forward(x, nil) }

// forward is Forward that also appends each layer's pre-activation output to pre.
func (fm *FloatModel) forward(x []float64, pre *[][]float64) ([][]float64, error) {
	if err := fm.Check(); err != nil {
		return nil, err
	}
	sk := fm.skeleton()
	if len(x) != sk.InputSize() {
		return nil, fmt.Errorf("input has %d values, model expects %d", len(x), sk.InputSize())
	}
	shapes := sk.Shapes()
	out := [][]float64{x}
	for i := range fm.Layers {
		f := &fm.Layers[i]
		g := &sk.Layers[i]
		in, os := shapes[i], shapes[i+1]
		y := make([]float64, os.Size())
		switch f.Kind {
		case Dense:
			for o := range f.Out {
				acc := f.B[o]
				for j := range f.In {
					acc += f.W[o*f.In+j] * x[j]
				}
				y[o] = acc
			}
		case Conv:
			for oc := range f.OutC {
				for oy := range os.H {
					for ox := range os.W {
						acc := f.B[oc]
						walkConv(g, in, oc, oy, ox, func(wi, idx int) { acc += f.W[wi] * x[idx] })
						y[(oc*os.H+oy)*os.W+ox] = acc
					}
				}
			}
		case MaxPool:
			for c := range os.C {
				for oy := range os.H {
					for ox := range os.W {
						best := math.Inf(-1)
						PoolWindow(g, in, c, oy, ox, func(idx int) { best = max(best, x[idx]) })
						y[(c*os.H+oy)*os.W+ox] = best
					}
				}
			}
		default:
			y = f.forwardSeq(out)
		}
		if pre != nil {
			*pre = append(*pre, append([]float64(nil), y...))
		}
		if f.ReLU {
			for j := range y {
				y[j] = max(y[j], 0)
			}
		}
		if f.Fn != FnNone {
			for j := range y {
				y[j] = f.Fn.Apply(y[j], f.Alpha)
			}
		}
		out = append(out, y)
		x = y
	}
	return out, nil
}

// walkConv is ConvWindow with weight indices instead of quantized weights.
func walkConv(l *Layer, in Shape, oc, oy, ox int, f func(wi, idx int)) {
	for ic := range l.InC {
		for ky := range l.K {
			iy := oy*l.Stride + ky - l.Pad
			if iy < 0 || iy >= in.H {
				continue
			}
			for kx := range l.K {
				ix := ox*l.Stride + kx - l.Pad
				if ix < 0 || ix >= in.W {
					continue
				}
				f(((oc*l.InC+ic)*l.K+ky)*l.K+kx, (ic*in.H+iy)*in.W+ix)
			}
		}
	}
}

// Shapes returns the input shape and each layer's output shape.
func (fm *FloatModel) Shapes() []Shape { return fm.skeleton().Shapes() }

// WalkConv calls f(weight index, input index) for each term of conv layer i's
// output (oc, oy, ox); training uses it for gradients.
func (fm *FloatModel) WalkConv(i int, in Shape, oc, oy, ox int, f func(wi, idx int)) {
	g := fm.Layers[i].geometry()
	walkConv(&g, in, oc, oy, ox, f)
}

// WalkPool calls f for each input index of pool layer i's output (c, oy, ox).
func (fm *FloatModel) WalkPool(i int, in Shape, c, oy, ox int, f func(idx int)) {
	g := fm.Layers[i].geometry()
	PoolWindow(&g, in, c, oy, ox, f)
}
