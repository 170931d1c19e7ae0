// Package model holds Nexus's quantized model format and its reference
// integer inference. The circuit compiler (prover/circuit) reproduces
// Run bit for bit, so every rule here is part of the proof statement.
package model

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"math"
	"math/big"
)

// Kind is a layer type.
type Kind uint8

const (
	// Dense is y = requant(W·x + b) over the flattened input.
	Dense Kind = 1
	// Conv is a 2-D convolution over a CHW tensor, then requant.
	Conv Kind = 2
	// MaxPool takes the maximum over KxK windows of each channel; padding
	// (Pad < K) adds no values: windows at the border are smaller.
	MaxPool Kind = 3
	// TokenDense, LayerNorm, Scores, Softmax, Attend and Residual are the
	// sequence kinds (sequence.go): they work on [Tokens, width] tensors and
	// read their operands from any earlier tensor (X, Y).
	TokenDense Kind = 4
	LayerNorm  Kind = 5
	Scores     Kind = 6
	Softmax    Kind = 7
	Attend     Kind = 8
	Residual   Kind = 9
)

func (k Kind) String() string {
	switch k {
	case Dense:
		return "dense"
	case Conv:
		return "conv"
	case MaxPool:
		return "maxpool"
	case TokenDense:
		return "token-dense"
	case LayerNorm:
		return "layernorm"
	case Scores:
		return "scores"
	case Softmax:
		return "softmax"
	case Attend:
		return "attend"
	case Residual:
		return "residual"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// Activation is fused into a requantizing layer: it only sets the clamp
// range of the output, which is where ReLU costs nothing extra.
type Activation uint8

const (
	// ActNone clamps to int8: [-128, 127].
	ActNone Activation = 0
	// ActReLU clamps to uint8: [0, 255].
	ActReLU Activation = 1
	// ActTable clamps to int8, then maps each value v to Table[v+128]: any
	// elementwise function (sigmoid, tanh, leaky ReLU) by lookup.
	ActTable Activation = 2
)

// TableSize is the length of an ActTable layer's table: one entry per int8.
const TableSize = 256

// Range returns the inclusive output range of the activation (an ActTable
// layer's requantized values and its table's outputs are both int8).
func (a Activation) Range() (lo, hi int64) {
	if a == ActReLU {
		return 0, 255
	}
	return -128, 127
}

// Limits keep every intermediate value of Run inside int64 and far below
// the BLS12-377 scalar field, so the circuit never wraps around.
const (
	MaxLayers  = 32
	MaxDim     = 1 << 12
	MaxFanIn   = 1 << 16
	MaxParams  = 1 << 22
	MaxMult    = 1 << 24
	MaxShift   = 56
	MaxNameLen = 64
	MaxBias    = 1 << 30
)

// Layer is one quantized layer. Fields that a kind does not use are zero.
type Layer struct {
	Kind Kind

	// Dense: In inputs, Out outputs. Weights[o*In+i].
	In, Out int
	// Conv: InC -> OutC channels, KxK kernel, Stride, zero Pad.
	// Weights[((oc*InC+ic)*K+ky)*K+kx]. MaxPool uses K and Stride.
	InC, OutC, K, Stride, Pad int

	Weights []int8
	Bias    []int32

	// Requantization: y = clamp(floor((acc*Mult + 2^(Shift-1)) / 2^Shift)),
	// i.e. acc*Mult/2^Shift rounded half up, clamped by Act.
	Mult  uint32
	Shift uint8
	Act   Activation
	// Table is the ActTable lookup (TableSize entries), nil otherwise.
	Table []int8
	// OutScale is the float value of one output unit (informational: used to
	// dequantize, never by Run).
	OutScale float64

	// Sequence kinds: Tokens rows of In values in, of Out values out; X and
	// Y are the trace indices of the operands (0 the model input, k+1 the
	// output of layer k); Coef holds the kind's integer constants.
	Tokens int
	X, Y   int
	Coef   []int32
}

// Requant reports whether the layer requantizes its accumulators.
func (l *Layer) Requant() bool { return l.Kind == Dense || l.Kind == Conv }

// Model is a quantized model. Input values q are uint8 and stand for the
// float (q - InputZero)·InputScale. The zero point is folded into the first
// layer's biases by Quantize, so Run and the circuit never see it.
type Model struct {
	Name       string
	InputShape []int // [N] or [C, H, W]
	InputScale float64
	InputZero  uint8
	// InputScales and InputZeros, when set (one per input value; then
	// InputScale is 1 and InputZero 0), encode each input feature on its
	// own: q_j stands for (q_j - InputZeros[j])·InputScales[j]. The scales
	// are folded into the first (dense) layer's weights and the zero points
	// into its biases, so Run and the circuit never see them. Features of
	// very different ranges (tabular data) keep their precision this way.
	InputScales []float64
	InputZeros  []uint8
	Layers      []Layer
}

// Shape is a tensor shape as CHW; a flat vector of n is [n, 1, 1].
type Shape struct{ C, H, W int }

// Size is the number of values in the shape.
func (s Shape) Size() int { return s.C * s.H * s.W }

func (s Shape) String() string {
	if s.H == 1 && s.W == 1 {
		return fmt.Sprint(s.C)
	}
	return fmt.Sprintf("%dx%dx%d", s.C, s.H, s.W)
}

// InShape returns the model's input shape as CHW.
func (m *Model) InShape() Shape {
	if len(m.InputShape) == 3 {
		return Shape{m.InputShape[0], m.InputShape[1], m.InputShape[2]}
	}
	if len(m.InputShape) == 1 {
		return Shape{m.InputShape[0], 1, 1}
	}
	if len(m.InputShape) == 2 { // [tokens, features]
		return Shape{m.InputShape[0], m.InputShape[1], 1}
	}
	return Shape{}
}

// OutShape returns the output shape of layer l given its input shape.
func (l *Layer) OutShape(in Shape) Shape {
	switch l.Kind {
	case Dense:
		return Shape{l.Out, 1, 1}
	case Conv:
		return Shape{l.OutC, (in.H+2*l.Pad-l.K)/l.Stride + 1, (in.W+2*l.Pad-l.K)/l.Stride + 1}
	case MaxPool:
		return Shape{in.C, (in.H+2*l.Pad-l.K)/l.Stride + 1, (in.W+2*l.Pad-l.K)/l.Stride + 1}
	}
	if l.Kind.Sequence() {
		return Shape{l.Tokens, l.Out, 1}
	}
	return Shape{}
}

// Shapes returns the input shape followed by each layer's output shape.
func (m *Model) Shapes() []Shape {
	s := []Shape{m.InShape()}
	for i := range m.Layers {
		s = append(s, m.Layers[i].OutShape(s[i]))
	}
	return s
}

// Ranges returns the inclusive value range of the input and of each layer's output.
func (m *Model) Ranges() [][2]int64 {
	r := [][2]int64{{0, 255}}
	for i := range m.Layers {
		l := &m.Layers[i]
		if l.Kind == Softmax {
			r = append(r, [2]int64{0, SoftmaxOne})
		} else if l.Requant() || l.Kind.Sequence() {
			lo, hi := l.Act.Range()
			r = append(r, [2]int64{lo, hi})
		} else {
			r = append(r, r[i])
		}
	}
	return r
}

// InputSize and OutputSize are the flat lengths of input and output.
func (m *Model) InputSize() int  { return m.InShape().Size() }
func (m *Model) OutputSize() int { s := m.Shapes(); return s[len(s)-1].Size() }

// OutputRange is the range of output values; output bytes are value - lo.
func (m *Model) OutputRange() (lo, hi int64) {
	r := m.Ranges()
	return r[len(r)-1][0], r[len(r)-1][1]
}

// ParamCount is the number of weights and biases.
func (m *Model) ParamCount() int {
	n := 0
	for i := range m.Layers {
		n += len(m.Layers[i].Weights) + len(m.Layers[i].Bias)
	}
	return n
}

// Hash is the SHA-256 of the canonical encoding: the model's content hash.
func (m *Model) Hash() ([32]byte, error) {
	b, err := m.Encode()
	if err != nil {
		return [32]byte{}, err
	}
	return sha256.Sum256(b), nil
}

// ID is the model identifier bound into every inference statement: the
// content hash with its top byte cleared, so it is below 2^248 and fits the
// scalar fields of BLS12-377, BW6-761 and BN254 unchanged (DESIGN.md §4).
func (m *Model) ID() (*big.Int, error) {
	h, err := m.Hash()
	if err != nil {
		return nil, err
	}
	h[0] = 0
	return new(big.Int).SetBytes(h[:]), nil
}

// Validation errors.
var (
	ErrInvalid = errors.New("invalid model")
)

func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(format, args...))
}

// Validate checks shapes, parameter counts and the limits above. Run, Encode
// and the circuit compiler call it first, so a bad model never panics them.
func (m *Model) Validate() error {
	if len(m.Name) > MaxNameLen {
		return invalid("name longer than %d bytes", MaxNameLen)
	}
	if n := len(m.InputShape); n < 1 || n > 3 {
		return invalid("input shape must have 1, 2 or 3 dims, has %d", n)
	}
	for _, d := range m.InputShape {
		if d < 1 || d > MaxDim {
			return invalid("input dim %d outside [1, %d]", d, MaxDim)
		}
	}
	if !(m.InputScale > 0) || math.IsInf(m.InputScale, 0) {
		return invalid("input scale %v must be positive and finite", m.InputScale)
	}
	if m.InputScales != nil || m.InputZeros != nil {
		if len(m.InputScales) != m.InShape().Size() || len(m.InputZeros) != len(m.InputScales) {
			return invalid("%d per-feature input scales and %d zero points for %d inputs", len(m.InputScales), len(m.InputZeros), m.InShape().Size())
		}
		if m.InputScale != 1 || m.InputZero != 0 {
			return invalid("per-feature input encodings need input scale 1 and zero point 0")
		}
		for _, s := range m.InputScales {
			if !(s > 0) || math.IsInf(s, 0) {
				return invalid("input scale %v must be positive and finite", s)
			}
		}
	}
	if len(m.Layers) == 0 || len(m.Layers) > MaxLayers {
		return invalid("%d layers, want 1 to %d", len(m.Layers), MaxLayers)
	}
	if !m.Layers[len(m.Layers)-1].Requant() && len(m.Layers) == 1 {
		return invalid("a model needs at least one dense or conv layer")
	}
	in := m.InShape()
	if in.Size() > MaxParams {
		return invalid("input of %d values too large", in.Size())
	}
	params := 0
	shapes, ranges := []Shape{in}, [][2]int64{{0, 255}}
	for i := range m.Layers {
		l := &m.Layers[i]
		if err := l.validateAt(i, shapes, ranges, m.Sequence()); err != nil {
			return invalid("layer %d (%s): %v", i, l.Kind, err)
		}
		shapes, ranges = append(shapes, l.OutShape(in)), m.Ranges()[:i+2]
		params += len(l.Weights)
		if params > MaxParams {
			return invalid("more than %d parameters", MaxParams)
		}
		in = l.OutShape(in)
		if in.Size() > MaxParams {
			return invalid("layer %d output of %d values too large", i, in.Size())
		}
	}
	if m.Layers[len(m.Layers)-1].Kind == Softmax {
		return invalid("a softmax cannot be the last layer: outputs are bytes, and its values reach %d", SoftmaxOne)
	}
	return nil
}

func (l *Layer) validate(in Shape) error {
	switch l.Kind {
	case Dense:
		if l.In != in.Size() {
			return fmt.Errorf("expects %d inputs, gets %d", l.In, in.Size())
		}
		if l.In < 1 || l.In > MaxFanIn || l.Out < 1 || l.Out > MaxDim {
			return fmt.Errorf("size %dx%d outside limits", l.In, l.Out)
		}
		if len(l.Weights) != l.In*l.Out || len(l.Bias) != l.Out {
			return fmt.Errorf("has %d weights and %d biases, want %d and %d", len(l.Weights), len(l.Bias), l.In*l.Out, l.Out)
		}
		if l.InC|l.OutC|l.K|l.Stride|l.Pad != 0 {
			return errors.New("conv fields set on a dense layer")
		}
	case Conv:
		if l.InC != in.C {
			return fmt.Errorf("expects %d channels, gets %d", l.InC, in.C)
		}
		if l.OutC < 1 || l.OutC > MaxDim || l.K < 1 || l.K > 16 || l.Stride < 1 || l.Stride > 16 || l.Pad < 0 || l.Pad >= l.K {
			return fmt.Errorf("bad conv geometry outC=%d k=%d stride=%d pad=%d", l.OutC, l.K, l.Stride, l.Pad)
		}
		if in.H+2*l.Pad < l.K || in.W+2*l.Pad < l.K {
			return fmt.Errorf("kernel %d larger than padded input %s", l.K, in)
		}
		if l.InC*l.K*l.K > MaxFanIn {
			return errors.New("fan-in too large")
		}
		if len(l.Weights) != l.OutC*l.InC*l.K*l.K || len(l.Bias) != l.OutC {
			return fmt.Errorf("has %d weights and %d biases, want %d and %d", len(l.Weights), len(l.Bias), l.OutC*l.InC*l.K*l.K, l.OutC)
		}
		if l.In|l.Out != 0 {
			return errors.New("dense fields set on a conv layer")
		}
	case MaxPool:
		if l.K < 1 || l.K > 16 || l.Stride < 1 || l.Stride > 16 || l.Pad < 0 || l.Pad >= l.K ||
			in.H+2*l.Pad < l.K || in.W+2*l.Pad < l.K {
			return fmt.Errorf("bad pool geometry k=%d stride=%d pad=%d on %s", l.K, l.Stride, l.Pad, in)
		}
		if len(l.Weights) != 0 || len(l.Bias) != 0 || l.Mult != 0 || l.Shift != 0 || l.Act != 0 || l.OutScale != 0 ||
			l.In|l.Out|l.InC|l.OutC != 0 || l.Table != nil {
			return errors.New("maxpool carries parameters")
		}
		return nil
	default:
		return fmt.Errorf("unknown layer kind %d", uint8(l.Kind))
	}
	for _, b := range l.Bias {
		if b <= -MaxBias || b >= MaxBias {
			return fmt.Errorf("bias %d outside ±2^30", b)
		}
	}
	if l.Mult < 1 || l.Mult >= MaxMult {
		return fmt.Errorf("multiplier %d outside [1, 2^24)", l.Mult)
	}
	if l.Shift > MaxShift {
		return fmt.Errorf("shift %d above %d", l.Shift, MaxShift)
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
