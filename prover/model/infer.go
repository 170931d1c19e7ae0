package model

import "fmt"

// Requantize maps an accumulator to an output value: acc*mult/2^shift rounded
// half up (floor of acc*mult + 2^(shift-1), an arithmetic shift), clamped to
// [lo, hi]. The circuit enforces exactly this.
func Requantize(acc int64, mult uint32, shift uint8, lo, hi int64) int64 {
	t := acc * int64(mult)
	if shift > 0 {
		t += int64(1) << (shift - 1)
	}
	q := t >> shift
	return min(max(q, lo), hi)
}

// Run is the reference integer inference: it returns the output values
// (in the range of OutputRange).
func (m *Model) Run(input []uint8) ([]int64, error) {
	trace, err := m.Trace(input)
	if err != nil {
		return nil, err
	}
	return trace[len(trace)-1], nil
}

// Trace returns the input (as int64) followed by every layer's output.
func (m *Model) Trace(input []uint8) ([][]int64, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	if len(input) != m.InputSize() {
		return nil, fmt.Errorf("input has %d values, model %q expects %d", len(input), m.Name, m.InputSize())
	}
	x := make([]int64, len(input))
	for i, v := range input {
		x[i] = int64(v)
	}
	shapes := m.Shapes()
	out := [][]int64{x}
	for i := range m.Layers {
		l := &m.Layers[i]
		in := shapes[i]
		var y []int64
		switch l.Kind {
		case Dense:
			y = make([]int64, l.Out)
			lo, hi := l.Act.Range()
			for o := range l.Out {
				acc := int64(l.Bias[o])
				row := l.Weights[o*l.In : (o+1)*l.In]
				for j, w := range row {
					acc += int64(w) * x[j]
				}
				y[o] = l.activate(Requantize(acc, l.Mult, l.Shift, lo, hi))
			}
		case Conv:
			os := shapes[i+1]
			y = make([]int64, os.Size())
			lo, hi := l.Act.Range()
			for oc := range l.OutC {
				for oy := range os.H {
					for ox := range os.W {
						acc := int64(l.Bias[oc])
						ConvWindow(l, in, oc, oy, ox, func(w int8, idx int) { acc += int64(w) * x[idx] })
						y[(oc*os.H+oy)*os.W+ox] = l.activate(Requantize(acc, l.Mult, l.Shift, lo, hi))
					}
				}
			}
		case MaxPool:
			os := shapes[i+1]
			y = make([]int64, os.Size())
			for c := range os.C {
				for oy := range os.H {
					for ox := range os.W {
						best := int64(-1 << 62)
						PoolWindow(l, in, c, oy, ox, func(idx int) { best = max(best, x[idx]) })
						y[(c*os.H+oy)*os.W+ox] = best
					}
				}
			}
		default:
			y = l.runSeq(out)
		}
		out = append(out, y)
		x = y
	}
	return out, nil
}

// activate applies an ActTable layer's table to a requantized value.
func (l *Layer) activate(q int64) int64 {
	if l.Act == ActTable {
		return int64(l.Table[q+128])
	}
	return q
}

// ConvWindow calls f for every (weight, input index) term of output (oc, oy, ox)
// of a conv layer, skipping zero padding.
func ConvWindow(l *Layer, in Shape, oc, oy, ox int, f func(w int8, idx int)) {
	walkConv(l, in, oc, oy, ox, func(wi, idx int) { f(l.Weights[wi], idx) })
}

// ConvWindowIndex is ConvWindow with weight indices; the circuit uses the same walk.
func ConvWindowIndex(l *Layer, in Shape, oc, oy, ox int, f func(wi, idx int)) {
	walkConv(l, in, oc, oy, ox, f)
}

// PoolWindow calls f for every input index in the window of pool output
// (c, oy, ox), skipping padding (Pad < K leaves every window a value).
func PoolWindow(l *Layer, in Shape, c, oy, ox int, f func(idx int)) {
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
			f((c*in.H+iy)*in.W + ix)
		}
	}
}

// Argmax returns the index of the largest value (the first on ties).
func Argmax[T int64 | float64](v []T) int {
	best := 0
	for i := range v {
		if v[i] > v[best] {
			best = i
		}
	}
	return best
}
