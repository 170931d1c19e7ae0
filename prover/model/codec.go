package model

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// File format (little endian), version 1:
//
//	magic "NXQM" | version u16 | name: len u8, bytes | input: ndims u8, dims u32... |
//	input scale f64 | input zero point u8 | nlayers u8 | layers...
//
// Version 2 is written only for a model with per-feature input encodings
// (Model.InputScales), a lookup activation (ActTable) or a padded max-pool, so every
// version-1 model keeps its bytes and hash: after the input zero point come
// nfeat u32 (0, or the input size) and nfeat times (scale f64, zero point
// u8); an ActTable layer's act byte is followed by its table.
//
// layer: kind u8, then
//
//	dense:   in u32, out u32, weights i8[in*out], bias i32[out], requant
//	conv:    inC u32, outC u32, k u8, stride u8, pad u8, weights, bias, requant
//	maxpool: k u8, stride u8, [pad u8 in version 2]
//
// requant: mult u32, shift u8, act u8, [table i8[256] if act = 2], out scale f64.
//
// Version 3 is written only for a model with sequence layers or a [tokens,
// features] input (2 dims). A sequence layer is
//
//	kind u8, tokens u32, in u32, out u32, x u8, y u8, weights i8[..],
//	bias i32[..], coef i32[..], requant
//
// with the counts its kind and geometry give (seqSizes).
//
// The encoding is canonical (one byte string per model) so its SHA-256 is the
// model's content hash; the decoder rejects anything Encode would not write.

// Magic starts every model file.
const Magic = "NXQM"

// Version is the newest format version this package reads and writes.
const Version = 3

// MaxFileSize bounds what Decode accepts before parsing anything.
const MaxFileSize = MaxParams*5 + 1<<16

// ErrFormat wraps every decoding error.
var ErrFormat = errors.New("bad model file")

// Encode returns the canonical encoding of a valid model.
func (m *Model) Encode() ([]byte, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	w := &writer{b: make([]byte, 0, 64+m.ParamCount()*4)}
	w.b = append(w.b, Magic...)
	w.u16(m.version())
	w.u8(uint8(len(m.Name)))
	w.b = append(w.b, m.Name...)
	w.u8(uint8(len(m.InputShape)))
	for _, d := range m.InputShape {
		w.u32(uint32(d))
	}
	w.f64(m.InputScale)
	w.u8(m.InputZero)
	if m.version() >= 2 {
		w.u32(uint32(len(m.InputScales)))
		for j, s := range m.InputScales {
			w.f64(s)
			w.u8(m.InputZeros[j])
		}
	}
	w.u8(uint8(len(m.Layers)))
	for i := range m.Layers {
		l := &m.Layers[i]
		w.u8(uint8(l.Kind))
		if l.Kind.Sequence() {
			w.u32(uint32(l.Tokens))
			w.u32(uint32(l.In))
			w.u32(uint32(l.Out))
			w.u8(uint8(l.X))
			w.u8(uint8(l.Y))
		}
		switch l.Kind {
		case Dense:
			w.u32(uint32(l.In))
			w.u32(uint32(l.Out))
		case Conv:
			w.u32(uint32(l.InC))
			w.u32(uint32(l.OutC))
			w.u8(uint8(l.K))
			w.u8(uint8(l.Stride))
			w.u8(uint8(l.Pad))
		case MaxPool:
			w.u8(uint8(l.K))
			w.u8(uint8(l.Stride))
			if m.version() >= 2 {
				w.u8(uint8(l.Pad))
			}
			continue
		}
		for _, v := range l.Weights {
			w.u8(uint8(v))
		}
		for _, v := range l.Bias {
			w.u32(uint32(v))
		}
		for _, v := range l.Coef {
			w.u32(uint32(v))
		}
		w.u32(l.Mult)
		w.u8(l.Shift)
		w.u8(uint8(l.Act))
		for _, v := range l.Table {
			w.u8(uint8(v))
		}
		w.f64(l.OutScale)
	}
	return w.b, nil
}

// Decode parses and validates a model file. Every malformed, truncated,
// oversized or non-canonical input gives an error wrapping ErrFormat or
// ErrInvalid.
func Decode(b []byte) (*Model, error) {
	if len(b) > MaxFileSize {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrFormat, len(b), MaxFileSize)
	}
	r := &reader{b: b}
	if string(r.bytes(4)) != Magic {
		return nil, fmt.Errorf("%w: not a Nexus model (magic %q missing)", ErrFormat, Magic)
	}
	v := r.u16()
	if r.err == nil && (v < 1 || v > Version) {
		return nil, fmt.Errorf("%w: version %d, this build reads versions 1 to %d", ErrFormat, v, Version)
	}
	m := &Model{}
	m.Name = string(r.bytes(int(r.u8())))
	nd := int(r.u8())
	if nd < 1 || nd > 3 || (nd == 2 && v < 3) {
		return nil, r.fail(fmt.Errorf("input shape has %d dims, want 1 or 3 (or 2 from version 3)", nd))
	}
	for range nd {
		m.InputShape = append(m.InputShape, int(r.u32()))
	}
	for _, d := range m.InputShape {
		if d < 1 || d > MaxDim {
			return nil, r.fail(fmt.Errorf("input dim %d outside [1, %d]", d, MaxDim))
		}
	}
	m.InputScale = r.f64()
	m.InputZero = r.u8()
	if v >= 2 {
		n := int(r.u32())
		if (n != 0 && n != m.InShape().Size()) || 9*n > r.left() {
			return nil, r.fail(fmt.Errorf("%d per-feature input encodings for %d inputs", n, m.InShape().Size()))
		}
		if n > 0 {
			m.InputScales, m.InputZeros = make([]float64, n), make([]uint8, n)
			for j := range n {
				m.InputScales[j], m.InputZeros[j] = r.f64(), r.u8()
			}
		}
	}
	nl := int(r.u8())
	if nl < 1 || nl > MaxLayers {
		return nil, r.fail(fmt.Errorf("%d layers, want 1 to %d", nl, MaxLayers))
	}
	in := m.InShape()
	shapes := []Shape{in}
	for i := 0; i < nl && r.err == nil; i++ {
		l := Layer{Kind: Kind(r.u8())}
		var nw, nb, nc int
		switch {
		case l.Kind.Sequence() && v >= 3:
			l.Tokens, l.In, l.Out = int(r.u32()), int(r.u32()), int(r.u32())
			l.X, l.Y = int(r.u8()), int(r.u8())
			if l.Tokens > MaxDim || l.In > MaxFanIn || l.Out > MaxDim {
				return nil, r.fail(fmt.Errorf("layer %d: %s of %d tokens %d -> %d exceeds limits", i, l.Kind, l.Tokens, l.In, l.Out))
			}
			nw, nb, nc = l.seqSizes()
		}
		switch l.Kind {
		case Dense:
			l.In, l.Out = int(r.u32()), int(r.u32())
			if l.In > MaxFanIn || l.Out > MaxDim {
				return nil, r.fail(fmt.Errorf("layer %d: dense %dx%d exceeds limits", i, l.In, l.Out))
			}
			nw, nb = l.In*l.Out, l.Out
		case Conv:
			l.InC, l.OutC = int(r.u32()), int(r.u32())
			l.K, l.Stride, l.Pad = int(r.u8()), int(r.u8()), int(r.u8())
			if l.InC > MaxDim || l.OutC > MaxDim {
				return nil, r.fail(fmt.Errorf("layer %d: conv %d->%d channels exceeds limits", i, l.InC, l.OutC))
			}
			nw, nb = l.OutC*l.InC*l.K*l.K, l.OutC
		case MaxPool:
			l.K, l.Stride = int(r.u8()), int(r.u8())
			if v >= 2 {
				l.Pad = int(r.u8())
			}
		default:
			if nw+nb+nc == 0 && !(l.Kind.Sequence() && v >= 3) {
				return nil, r.fail(fmt.Errorf("layer %d: unknown kind %d", i, uint8(l.Kind)))
			}
		}
		// Check sizes before allocating, so a huge declared size cannot
		// exhaust memory: it must fit in what is left of the file.
		if nw > MaxParams || nb > MaxParams || nw+4*nb+4*nc > r.left() {
			return nil, r.fail(fmt.Errorf("layer %d: declared size exceeds file or limits", i))
		}
		if l.Requant() || l.Kind.Sequence() {
			l.Weights = make([]int8, nw)
			for j := range l.Weights {
				l.Weights[j] = int8(r.u8())
			}
			l.Bias = make([]int32, nb)
			for j := range l.Bias {
				l.Bias[j] = int32(r.u32())
			}
			if nc > 0 {
				l.Coef = make([]int32, nc)
				for j := range l.Coef {
					l.Coef[j] = int32(r.u32())
				}
			}
			l.Mult, l.Shift, l.Act = r.u32(), r.u8(), Activation(r.u8())
			if l.Act == ActTable && v >= 2 {
				l.Table = make([]int8, TableSize)
				for j := range l.Table {
					l.Table[j] = int8(r.u8())
				}
			}
			l.OutScale = r.f64()
		}
		if r.err != nil {
			break
		}
		m.Layers = append(m.Layers, l)
		if err := l.validateAt(i, shapes, m.Ranges(), m.Sequence()); err != nil {
			return nil, r.fail(fmt.Errorf("layer %d (%s): %v", i, l.Kind, err))
		}
		in = l.OutShape(in)
		shapes = append(shapes, in)
	}
	if r.err != nil {
		return nil, r.err
	}
	if r.left() != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrFormat, r.left())
	}
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	// Canonical: floats such as -0 or NaN payloads could otherwise give two
	// files (two hashes) for one model.
	if again, err := m.Encode(); err != nil || string(again) != string(b) {
		return nil, fmt.Errorf("%w: non-canonical encoding", ErrFormat)
	}
	return m, nil
}

// version is the oldest format version that holds m.
func (m *Model) version() uint16 {
	if m.Sequence() || len(m.InputShape) == 2 {
		return 3
	}
	if m.InputScales != nil {
		return 2
	}
	for i := range m.Layers {
		if l := &m.Layers[i]; l.Act == ActTable || (l.Kind == MaxPool && l.Pad > 0) {
			return 2
		}
	}
	return 1
}

type writer struct{ b []byte }

func (w *writer) u8(v uint8)    { w.b = append(w.b, v) }
func (w *writer) u16(v uint16)  { w.b = binary.LittleEndian.AppendUint16(w.b, v) }
func (w *writer) u32(v uint32)  { w.b = binary.LittleEndian.AppendUint32(w.b, v) }
func (w *writer) f64(v float64) { w.b = binary.LittleEndian.AppendUint64(w.b, math.Float64bits(v)) }

// reader records the first error (truncation) and returns zeros after it, so
// parsing code stays linear.
type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) left() int { return len(r.b) - r.off }

func (r *reader) fail(err error) error {
	if r.err == nil {
		r.err = fmt.Errorf("%w at byte %d: %w", ErrFormat, r.off, err)
	}
	return r.err
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n > r.left() {
		r.fail(errors.New("truncated"))
		return nil
	}
	v := r.b[r.off : r.off+n]
	r.off += n
	return v
}

func (r *reader) u8() uint8 {
	if b := r.bytes(1); b != nil {
		return b[0]
	}
	return 0
}

func (r *reader) u16() uint16 {
	if b := r.bytes(2); b != nil {
		return binary.LittleEndian.Uint16(b)
	}
	return 0
}

func (r *reader) u32() uint32 {
	if b := r.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *reader) f64() float64 {
	if b := r.bytes(8); b != nil {
		return math.Float64frombits(binary.LittleEndian.Uint64(b))
	}
	return 0
}
