package onnximport

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/advancedclimatesystems/gonnx/onnx"

	"github.com/nexus-rollup/nexus/prover/model"
)

// tensor is a constant: an initializer, a Constant node's value or the
// result of folding shape arithmetic. Integers are held exactly as float64
// (every value here is far below 2^53).
type tensor struct {
	dims    []int
	data    []float64
	integer bool // of an integer type: Div truncates
}

func (t *tensor) size() int { return len(t.data) }

func readTensor(t *onnx.TensorProto) (*tensor, error) {
	tt := &tensor{}
	n := 1
	for _, d := range t.GetDims() {
		if d < 0 || d > model.MaxParams {
			return nil, fmt.Errorf("initializer %q has dim %d", t.GetName(), d)
		}
		tt.dims = append(tt.dims, int(d))
		n *= int(d)
		if n > model.MaxParams {
			return nil, fmt.Errorf("initializer %q too large", t.GetName())
		}
	}
	if t.GetDataLocation() == onnx.TensorProto_EXTERNAL {
		return nil, fmt.Errorf("initializer %q is stored in an external file: save the model with its weights inside", t.GetName())
	}
	raw := t.GetRawData()
	typ := onnx.TensorProto_DataType(t.GetDataType())
	width := map[onnx.TensorProto_DataType]int{onnx.TensorProto_FLOAT: 4, onnx.TensorProto_DOUBLE: 8, onnx.TensorProto_INT64: 8,
		onnx.TensorProto_INT32: 4, onnx.TensorProto_INT8: 1, onnx.TensorProto_UINT8: 1, onnx.TensorProto_BOOL: 1}[typ]
	if width == 0 {
		return nil, fmt.Errorf("initializer %q has unsupported type %s", t.GetName(), typ)
	}
	if len(raw) > 0 {
		if len(raw) != width*n {
			return nil, fmt.Errorf("initializer %q: %d bytes for %d values of %s", t.GetName(), len(raw), n, typ)
		}
		tt.data = make([]float64, n)
		for i := range n {
			switch typ {
			case onnx.TensorProto_FLOAT:
				tt.data[i] = float64(math.Float32frombits(binary.LittleEndian.Uint32(raw[4*i:])))
			case onnx.TensorProto_DOUBLE:
				tt.data[i] = math.Float64frombits(binary.LittleEndian.Uint64(raw[8*i:]))
			case onnx.TensorProto_INT64:
				tt.data[i] = float64(int64(binary.LittleEndian.Uint64(raw[8*i:])))
			case onnx.TensorProto_INT32:
				tt.data[i] = float64(int32(binary.LittleEndian.Uint32(raw[4*i:])))
			case onnx.TensorProto_INT8:
				tt.data[i] = float64(int8(raw[i]))
			default: // UINT8, BOOL
				tt.data[i] = float64(raw[i])
			}
		}
	} else {
		switch typ {
		case onnx.TensorProto_FLOAT:
			for _, v := range t.GetFloatData() {
				tt.data = append(tt.data, float64(v))
			}
		case onnx.TensorProto_DOUBLE:
			tt.data = append(tt.data, t.GetDoubleData()...)
		case onnx.TensorProto_INT64:
			for _, v := range t.GetInt64Data() {
				tt.data = append(tt.data, float64(v))
			}
		default: // int32_data holds INT32, INT8, UINT8 and BOOL
			for _, v := range t.GetInt32Data() {
				tt.data = append(tt.data, float64(v))
			}
		}
	}
	if len(tt.data) != n {
		return nil, fmt.Errorf("initializer %q has %d values for dims %v", t.GetName(), len(tt.data), tt.dims)
	}
	tt.integer = typ != onnx.TensorProto_FLOAT && typ != onnx.TensorProto_DOUBLE
	for _, v := range tt.data {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("initializer %q holds %v", t.GetName(), v)
		}
	}
	return tt, nil
}

// ints returns a constant's values as integers (shapes, axes, pads).
func (t *tensor) ints() []int {
	out := make([]int, len(t.data))
	for i, v := range t.data {
		out[i] = int(v)
	}
	return out
}

func intTensor(v []int) *tensor {
	t := &tensor{dims: []int{len(v)}, data: make([]float64, len(v)), integer: true}
	for i, x := range v {
		t.data[i] = float64(x)
	}
	return t
}

// broadcast expands c to the full target shape (numpy rules, aligned right)
// and returns its values in row-major order of target.
func broadcast(c *tensor, target []int) ([]float64, error) {
	if len(c.dims) > len(target) {
		return nil, fmt.Errorf("constant of shape %v does not broadcast to %v", c.dims, target)
	}
	cd := make([]int, len(target))
	for i := range cd {
		cd[i] = 1
	}
	copy(cd[len(target)-len(c.dims):], c.dims)
	n := 1
	for i, d := range target {
		if cd[i] != 1 && cd[i] != d {
			return nil, fmt.Errorf("constant of shape %v does not broadcast to %v", c.dims, target)
		}
		n *= d
	}
	if n > model.MaxParams {
		return nil, fmt.Errorf("shape %v too large", target)
	}
	out := make([]float64, n)
	idx := make([]int, len(target))
	for k := range out {
		off := 0
		for i, d := range cd {
			x := idx[i]
			if d == 1 {
				x = 0
			}
			off = off*d + x
		}
		out[k] = c.data[off]
		for i := len(idx) - 1; i >= 0; i-- {
			idx[i]++
			if idx[i] < target[i] {
				break
			}
			idx[i] = 0
		}
	}
	return out, nil
}

// axis normalises a possibly negative axis of a rank-r tensor.
func axis(a, r int) (int, error) {
	if a < 0 {
		a += r
	}
	if a < 0 || a >= r {
		return 0, fmt.Errorf("axis %d out of range for rank %d", a, r)
	}
	return a, nil
}

// reshape resolves an ONNX target shape: 0 copies the input dim, -1 infers.
func reshape(in []int, shape []int) ([]int, error) {
	size := 1
	for _, d := range in {
		size *= d
	}
	dims := make([]int, len(shape))
	infer, prod := -1, 1
	for i, d := range shape {
		switch {
		case d == -1 && infer < 0:
			infer = i
			continue
		case d == 0 && i < len(in):
			d = in[i]
		case d < 1 || d > model.MaxParams:
			return nil, fmt.Errorf("unsupported reshape target %v", shape)
		}
		dims[i] = d
		prod *= d
		if prod > model.MaxParams {
			return nil, fmt.Errorf("reshape target %v too large", shape)
		}
	}
	if infer >= 0 && prod > 0 {
		dims[infer] = size / prod
		prod *= dims[infer]
	}
	if prod != size {
		return nil, fmt.Errorf("cannot reshape %v to %v", in, shape)
	}
	return dims, nil
}

// squeeze and unsqueeze compute the result dims of Squeeze/Unsqueeze.
func squeeze(in []int, axes []int) ([]int, error) {
	drop := map[int]bool{}
	for _, a := range axes {
		a, err := axis(a, len(in))
		if err != nil {
			return nil, err
		}
		if in[a] != 1 {
			return nil, fmt.Errorf("cannot squeeze axis %d of size %d", a, in[a])
		}
		drop[a] = true
	}
	var out []int
	for i, d := range in {
		if (len(axes) == 0 && d == 1) || drop[i] {
			continue
		}
		out = append(out, d)
	}
	return out, nil
}

func unsqueeze(in []int, axes []int) ([]int, error) {
	r := len(in) + len(axes)
	ins := map[int]bool{}
	for _, a := range axes {
		a, err := axis(a, r)
		if err != nil {
			return nil, err
		}
		ins[a] = true
	}
	out := make([]int, 0, r)
	j := 0
	for i := range r {
		if ins[i] {
			out = append(out, 1)
		} else if j < len(in) {
			out = append(out, in[j])
			j++
		}
	}
	if len(out) != r || j != len(in) {
		return nil, fmt.Errorf("bad unsqueeze axes %v", axes)
	}
	return out, nil
}

// axesOf reads Squeeze/Unsqueeze/ReduceX axes: an input from opset 13, an
// attribute before.
func (im *importer) axesOf(n *onnx.NodeProto) ([]int, error) {
	if ins := n.GetInput(); len(ins) > 1 && ins[1] != "" {
		t, err := im.constant(ins[1], "axes")
		if err != nil {
			return nil, err
		}
		return t.ints(), nil
	}
	return attrInts(n, "axes"), nil
}

// fold evaluates a node whose inputs are all constants: the shape arithmetic
// that torch.onnx.export writes around view/reshape/flatten.
func (im *importer) fold(n *onnx.NodeProto) (*tensor, error) {
	ins := n.GetInput()
	arg := func(i int) (*tensor, error) {
		if i >= len(ins) || ins[i] == "" {
			return nil, fmt.Errorf("missing input %d", i)
		}
		return im.constant(ins[i], "input")
	}
	x, err := arg(0)
	if err != nil && n.GetOpType() != "Constant" {
		return nil, err
	}
	switch op := n.GetOpType(); op {
	case "Identity", "Dropout":
		return x, nil
	case "Cast":
		to := onnx.TensorProto_DataType(attrI(n, "to", int64(onnx.TensorProto_FLOAT)))
		out := &tensor{dims: x.dims, data: append([]float64(nil), x.data...)}
		if to != onnx.TensorProto_FLOAT && to != onnx.TensorProto_DOUBLE && to != onnx.TensorProto_FLOAT16 {
			out.integer = true
			for i, v := range out.data {
				out.data[i] = math.Trunc(v)
			}
		}
		return out, nil
	case "Reshape":
		s, err := arg(1)
		if err != nil {
			return nil, err
		}
		dims, err := reshape(x.dims, s.ints())
		if err != nil {
			return nil, err
		}
		return &tensor{dims: dims, data: x.data, integer: x.integer}, nil
	case "Flatten":
		a, err := axis(int(attrI(n, "axis", 1)), len(x.dims)+1)
		if err != nil {
			return nil, err
		}
		return &tensor{dims: []int{prod(x.dims[:a]), prod(x.dims[a:])}, data: x.data, integer: x.integer}, nil
	case "Squeeze", "Unsqueeze":
		axes, err := im.axesOf(n)
		if err != nil {
			return nil, err
		}
		f := squeeze
		if op == "Unsqueeze" {
			f = unsqueeze
		}
		dims, err := f(x.dims, axes)
		if err != nil {
			return nil, err
		}
		return &tensor{dims: dims, data: x.data, integer: x.integer}, nil
	case "Shape":
		return intTensor(x.dims), nil
	case "Concat":
		out := &tensor{integer: true}
		for i := range ins {
			t, err := arg(i)
			if err != nil {
				return nil, err
			}
			if len(t.dims) > 1 {
				return nil, fmt.Errorf("only 1-D constants are concatenated here, not %v", t.dims)
			}
			out.data = append(out.data, t.data...)
			out.integer = out.integer && t.integer
		}
		out.dims = []int{len(out.data)}
		return out, nil
	case "Gather":
		idx, err := arg(1)
		if err != nil {
			return nil, err
		}
		if len(x.dims) != 1 || attrI(n, "axis", 0) != 0 {
			return nil, fmt.Errorf("only gathering from a 1-D constant is supported")
		}
		out := &tensor{dims: idx.dims, integer: x.integer}
		for _, i := range idx.ints() {
			if i < 0 {
				i += len(x.data)
			}
			if i < 0 || i >= len(x.data) {
				return nil, fmt.Errorf("gather index %d out of range", i)
			}
			out.data = append(out.data, x.data[i])
		}
		return out, nil
	case "Transpose":
		if len(x.dims) != 2 {
			return nil, fmt.Errorf("only 2-D constants are transposed here, not %v", x.dims)
		}
		if p := attrInts(n, "perm"); len(p) > 0 && (len(p) != 2 || p[0] != 1 || p[1] != 0) {
			return nil, fmt.Errorf("perm %v", p)
		}
		r, c := x.dims[0], x.dims[1]
		out := &tensor{dims: []int{c, r}, data: make([]float64, len(x.data))}
		for i := range r {
			for j := range c {
				out.data[j*r+i] = x.data[i*c+j]
			}
		}
		return out, nil
	case "Add", "Sub", "Mul", "Div":
		y, err := arg(1)
		if err != nil {
			return nil, err
		}
		if y.size() != 1 && y.size() != x.size() {
			return nil, fmt.Errorf("constant %s of shapes %v and %v", op, x.dims, y.dims)
		}
		out := &tensor{dims: x.dims, data: make([]float64, x.size()), integer: x.integer && y.integer}
		for i, a := range x.data {
			b := y.data[min(i, y.size()-1)]
			switch op {
			case "Add":
				out.data[i] = a + b
			case "Sub":
				out.data[i] = a - b
			case "Mul":
				out.data[i] = a * b
			default:
				if b == 0 {
					return nil, fmt.Errorf("division by zero")
				}
				out.data[i] = a / b
				if out.integer {
					out.data[i] = math.Trunc(out.data[i])
				}
			}
		}
		return out, nil
	}
	return nil, fmt.Errorf("cannot fold %s of constants", n.GetOpType())
}

func prod(d []int) int {
	p := 1
	for _, x := range d {
		p *= x
	}
	return p
}

// constantNode reads a Constant node's value.
func constantNode(n *onnx.NodeProto) (*tensor, error) {
	for _, a := range n.GetAttribute() {
		switch a.GetName() {
		case "value":
			return readTensor(a.GetT())
		case "value_float":
			return &tensor{data: []float64{float64(a.GetF())}}, nil
		case "value_int":
			return &tensor{data: []float64{float64(a.GetI())}, integer: true}, nil
		case "value_floats":
			t := &tensor{dims: []int{len(a.GetFloats())}}
			for _, v := range a.GetFloats() {
				t.data = append(t.data, float64(v))
			}
			return t, nil
		case "value_ints":
			t := &tensor{dims: []int{len(a.GetInts())}, integer: true}
			for _, v := range a.GetInts() {
				t.data = append(t.data, float64(v))
			}
			return t, nil
		}
	}
	return nil, fmt.Errorf("Constant without a supported value attribute")
}
