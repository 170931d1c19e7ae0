package model

import (
	"errors"
	"fmt"
	"math"
	"sort"
)

// Quantize converts a float model to the quantized format. Weights are
// symmetric int8 per layer; biases int32 at the accumulator scale; each
// requantizing layer's output scale is calibrated as the largest activation
// seen on calib (float inputs). inputScale is the float value of one input
// unit (1/255 for pixels in [0,1]); 0 calibrates scale and zero point from
// the range of calib (a zero point is needed when inputs go negative).
func Quantize(fm *FloatModel, calib [][]float64, inputScale float64) (*Model, error) {
	return QuantizeWith(fm, calib, inputScale, Options{})
}

// Options tune QuantizeWith.
type Options struct {
	// ClipWeights picks each layer's weight scale among max |w| and clipped
	// alternatives by the squared error it causes in the layer's
	// accumulators on the calibration data. A few large weights (a
	// StandardScaler folded in front of features that are almost always
	// zero) otherwise leave the other weights only a handful of int8 levels.
	ClipWeights bool
	// PerFeatureInput gives each input feature its own scale and zero point
	// from its calibration range (Model.InputScales), when the input scale
	// is calibrated and the first layer is dense: for tabular features whose
	// ranges differ by orders of magnitude, which one uint8 scale crushes.
	PerFeatureInput bool
}

// QuantizeWith is Quantize with options.
func QuantizeWith(fm *FloatModel, calib [][]float64, inputScale float64, opts Options) (*Model, error) {
	if err := fm.Check(); err != nil {
		return nil, err
	}
	if len(calib) == 0 {
		return nil, errors.New("quantize: no calibration data")
	}
	if fm.sequence() {
		return quantizeSeq(fm, calib, inputScale)
	}
	maxAbs := make([]float64, len(fm.Layers)+1)
	preAbs := make([]float64, len(fm.Layers)) // before each layer's activation
	minIn, maxIn := 0.0, 0.0
	perFeature := opts.PerFeatureInput && inputScale == 0 && fm.Layers[0].Kind == Dense
	lo, hi := make([]float64, len(calib[0])), make([]float64, len(calib[0]))
	var traces [][][]float64 // calibration traces kept for ClipWeights
	for n, x := range calib {
		var pre [][]float64
		trace, err := fm.forward(x, &pre)
		for i, t := range pre {
			for _, v := range t {
				preAbs[i] = max(preAbs[i], math.Abs(v))
			}
		}
		for j, v := range x {
			minIn, maxIn = min(minIn, v), max(maxIn, v)
			lo[j], hi[j] = min(lo[j], v), max(hi[j], v)
		}
		if err != nil {
			return nil, fmt.Errorf("calibration sample %d: %w", n, err)
		}
		for i, t := range trace {
			for _, v := range t {
				maxAbs[i] = max(maxAbs[i], math.Abs(v))
			}
		}
		if opts.ClipWeights && len(traces) < clipSamples {
			traces = append(traces, trace)
		}
	}
	shapes := m0Shapes(fm)
	m := fm.skeleton()
	if inputScale == 0 {
		inputScale = (maxIn - minIn) / 255
		if inputScale == 0 {
			inputScale = 1
		}
		m.InputZero = uint8(math.Round(-minIn / inputScale))
	}
	m.InputScale = inputScale
	scale := inputScale
	zeros := make([]float64, m.InputSize()) // input zero point of each feature
	for j := range zeros {
		zeros[j] = float64(m.InputZero)
	}
	var first FloatLayer // layer 0 over per-feature input units
	if perFeature {
		first = perFeatureInput(m, &fm.Layers[0], lo, hi, zeros, traces)
		scale = 1
	}
	for i := range fm.Layers {
		f, l := &fm.Layers[i], &m.Layers[i]
		if i == 0 && perFeature {
			f = &first
		}
		if !l.Requant() {
			continue
		}
		wMax := 0.0
		for _, w := range f.W {
			wMax = max(wMax, math.Abs(w))
		}
		sw := wMax / 127
		if sw == 0 {
			sw = 1
		}
		if opts.ClipWeights && wMax > 0 {
			sw = bestWeightScale(f, l, shapes[i], traces, i, wMax)
		}
		for j, w := range f.W {
			l.Weights[j] = int8(min(max(math.Round(w/sw), -127), 127))
		}
		sacc := sw * scale
		// The zero points are folded into the first layer: Σw(q-z) = Σwq - Σwz.
		fold := make([]float64, len(f.B))
		if i == 0 && (m.InputZero != 0 || perFeature) {
			if l.Kind != Dense && !(l.Kind == Conv && l.Pad == 0) {
				return nil, fmt.Errorf("quantize: negative inputs need a dense or unpadded conv first layer, not %s", l.Kind)
			}
			fanIn := len(l.Weights) / len(l.Bias)
			for o := range fold {
				for k, w := range l.Weights[o*fanIn : (o+1)*fanIn] {
					// A conv's weight k reads input channel k/(K·K); a
					// uniform zero point makes the channel irrelevant.
					fold[o] += float64(w) * zeros[min(k, len(zeros)-1)]
				}
			}
		}
		for j, b := range f.B {
			q := math.Round(b/sacc) - fold[j]
			if math.Abs(q) >= MaxBias {
				return nil, fmt.Errorf("layer %d: bias %g too large for its scale", i, b)
			}
			l.Bias[j] = int32(q)
		}
		_, hi := l.Act.Range()
		sout := maxAbs[i+1] / float64(hi)
		if sout == 0 || math.IsNaN(sout) || math.IsInf(sout, 0) {
			sout = sacc
		}
		if l.Act == ActTable {
			// Requantize to int8 at the pre-activation scale, then look up.
			spre := preAbs[i] / 127
			if spre == 0 || math.IsNaN(spre) || math.IsInf(spre, 0) {
				spre = sacc
			}
			l.Mult, l.Shift = multShift(sacc / spre)
			fillTable(l, f, spre, sout)
		} else {
			l.Mult, l.Shift = multShift(sacc / sout)
		}
		l.OutScale = sout
		scale = sout
	}
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("quantize: %w", err)
	}
	return m, nil
}

// fillTable sets l.Table[v+128] to f's activation of the int8 value v at
// scale spre, in output units of sout.
func fillTable(l *Layer, f *FloatLayer, spre, sout float64) {
	for k := range l.Table {
		y := f.Fn.Apply(float64(k-128)*spre, f.Alpha) / sout
		l.Table[k] = int8(min(max(math.Round(y), -128), 127))
	}
}

// WideFeatureRanges reports whether the features of calib span ranges so
// different (the widest over 50 times the median) that one input scale
// would leave the narrow ones a few levels: the case for PerFeatureInput.
// On images, whose pixels share one range, it is false.
func WideFeatureRanges(calib [][]float64) bool {
	if len(calib) == 0 || len(calib[0]) < 2 {
		return false
	}
	n := len(calib[0])
	ranges := make([]float64, n)
	for j := range n {
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, x := range calib {
			if j < len(x) {
				lo, hi = min(lo, x[j]), max(hi, x[j])
			}
		}
		ranges[j] = max(hi, 0) - min(lo, 0)
	}
	sort.Float64s(ranges)
	return ranges[n-1] > 50*ranges[n/2]
}

// perFeatureInput sets m's per-feature input encodings from the calibration
// ranges [lo, hi] (widened to hold 0) and returns the first (dense) layer
// over those input units: column j of W scaled by feature j's scale. It
// rescales the first-layer inputs of the kept traces to match.
func perFeatureInput(m *Model, f *FloatLayer, lo, hi, zeros []float64, traces [][][]float64) FloatLayer {
	n := len(lo)
	m.InputScale, m.InputZero = 1, 0
	m.InputScales, m.InputZeros = make([]float64, n), make([]uint8, n)
	for j := range n {
		s := (hi[j] - lo[j]) / 255
		if s == 0 {
			s = 1
		}
		m.InputScales[j] = s
		m.InputZeros[j] = uint8(min(max(math.Round(-lo[j]/s), 0), 255))
		zeros[j] = float64(m.InputZeros[j])
	}
	g := *f
	g.W = make([]float64, len(f.W))
	for o := range f.Out {
		for j := range f.In {
			g.W[o*f.In+j] = f.W[o*f.In+j] * m.InputScales[j]
		}
	}
	for k, t := range traces {
		x := make([]float64, n)
		for j, v := range t[0] {
			x[j] = v / m.InputScales[j]
		}
		traces[k] = append([][]float64{x}, t[1:]...)
	}
	return g
}

// clipSamples bounds the calibration samples ClipWeights evaluates.
const clipSamples = 64

func m0Shapes(fm *FloatModel) []Shape { return fm.skeleton().Shapes() }

// bestWeightScale returns the weight scale, among max|w|/127 and clipped
// ones, whose rounding error Σ (q(w)-w)·x over the layer's accumulators is
// smallest in squares on the calibration traces (layer i reads trace[i]).
func bestWeightScale(f *FloatLayer, l *Layer, in Shape, traces [][][]float64, i int, wMax float64) float64 {
	best, bestErr := wMax/127, math.Inf(1)
	delta := make([]float64, len(f.W))
	for _, c := range []float64{1, 0.8, 0.64, 0.5, 0.4, 0.32, 0.25, 0.2, 0.16, 0.125, 0.1, 0.08, 0.0625} {
		sw := c * wMax / 127
		for j, w := range f.W {
			delta[j] = min(max(math.Round(w/sw), -127), 127)*sw - w
		}
		e := 0.0
		for _, tr := range traces {
			x := tr[i]
			switch l.Kind {
			case Dense:
				for o := range l.Out {
					acc := 0.0
					for j, d := range delta[o*l.In : (o+1)*l.In] {
						acc += d * x[j]
					}
					e += acc * acc
				}
			case Conv:
				os := l.OutShape(in)
				for oc := range l.OutC {
					for oy := range os.H {
						for ox := range os.W {
							acc := 0.0
							walkConv(l, in, oc, oy, ox, func(wi, idx int) { acc += delta[wi] * x[idx] })
							e += acc * acc
						}
					}
				}
			}
		}
		if e < bestErr {
			best, bestErr = sw, e
		}
	}
	return best
}

// multShift approximates ratio by mult/2^shift with mult just below 2^23 for
// precision, keeping mult under MaxMult and shift under MaxShift.
func multShift(ratio float64) (uint32, uint8) {
	shift := 0
	for shift < MaxShift && ratio*math.Ldexp(1, shift+1) < 1<<23 {
		shift++
	}
	mult := math.Round(ratio * math.Ldexp(1, shift))
	for mult >= MaxMult && shift > 0 {
		shift--
		mult = math.Round(ratio * math.Ldexp(1, shift))
	}
	mult = min(max(mult, 1), MaxMult-1)
	return uint32(mult), uint8(shift)
}

// QuantizeInput maps a float input to the model's uint8 input units.
func (m *Model) QuantizeInput(x []float64) []uint8 {
	q := make([]uint8, len(x))
	for i, v := range x {
		s, z := m.InputScale, m.InputZero
		if m.InputScales != nil && i < len(m.InputScales) {
			s, z = m.InputScales[i], m.InputZeros[i]
		}
		q[i] = uint8(min(max(math.Round(v/s)+float64(z), 0), 255))
	}
	return q
}

// Agreement compares float and quantized top-1 predictions on inputs. labels
// may be nil; otherwise accuracies are returned too.
type Agreement struct {
	N                  int
	Agree              int     // quantized argmax equals float argmax
	FloatAcc, QuantAcc float64 // top-1 accuracy vs labels (0 without labels)
	MaxAbsErr          float64 // largest |dequantized - float| output difference
}

func (a Agreement) String() string {
	s := fmt.Sprintf("float vs quantized top-1 agreement %d/%d (%.2f%%), max |output error| %.4f",
		a.Agree, a.N, 100*float64(a.Agree)/float64(max(a.N, 1)), a.MaxAbsErr)
	if a.FloatAcc > 0 || a.QuantAcc > 0 {
		s += fmt.Sprintf("; accuracy float %.2f%%, quantized %.2f%%", 100*a.FloatAcc, 100*a.QuantAcc)
	}
	return s
}

// Compare runs both models on every input.
func Compare(fm *FloatModel, m *Model, inputs [][]float64, labels []int) (Agreement, error) {
	a := Agreement{N: len(inputs)}
	fOK, qOK := 0, 0
	outScale := m.OutputScale()
	for n, x := range inputs {
		trace, err := fm.Forward(x)
		if err != nil {
			return a, err
		}
		fy := trace[len(trace)-1]
		qy, err := m.Run(m.QuantizeInput(x))
		if err != nil {
			return a, err
		}
		fa, qa := Argmax(fy), Argmax(qy)
		if fa == qa {
			a.Agree++
		}
		for j := range fy {
			a.MaxAbsErr = max(a.MaxAbsErr, math.Abs(float64(qy[j])*outScale-fy[j]))
		}
		if labels != nil {
			if fa == labels[n] {
				fOK++
			}
			if qa == labels[n] {
				qOK++
			}
		}
	}
	if labels != nil && a.N > 0 {
		a.FloatAcc, a.QuantAcc = float64(fOK)/float64(a.N), float64(qOK)/float64(a.N)
	}
	return a, nil
}

// OutputScale is the float value of one output unit.
func (m *Model) OutputScale() float64 { return m.Layers[lastRequant(m)].OutScale }

// Dequantize maps output values (as Run returns them) to floats.
func (m *Model) Dequantize(out []int64) []float64 {
	s := m.OutputScale()
	y := make([]float64, len(out))
	for i, v := range out {
		y[i] = float64(v) * s
	}
	return y
}

func lastRequant(m *Model) int {
	for i := len(m.Layers) - 1; i >= 0; i-- {
		if l := &m.Layers[i]; l.Requant() || (l.Kind.Sequence() && l.Kind != Softmax) {
			return i
		}
	}
	return 0
}
