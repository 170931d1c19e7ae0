package onnximport

import (
	"fmt"

	"github.com/advancedclimatesystems/gonnx/onnx"
	"google.golang.org/protobuf/proto"

	"github.com/nexus-rollup/nexus/prover/model"
)

// Export writes fm as an ONNX (opset 13) graph in the style of the ONNX
// Model Zoo's mnist-8: Conv then a separate Add of a [C,1,1] bias, Relu,
// MaxPool, a Reshape to [1, N], MatMul + Add for hidden dense layers and Gemm
// (transB) for the last. Tests import it back and run it with gonnx as an
// independent float reference; trainmodels ships the demo models this way.
func Export(fm *model.FloatModel) ([]byte, error) {
	if err := fm.Check(); err != nil {
		return nil, err
	}
	g := &onnx.GraphProto{Name: fm.Name}
	dims := []int64{1}
	for _, d := range fm.InputShape {
		dims = append(dims, int64(d))
	}
	g.Input = []*onnx.ValueInfoProto{valueInfo("input", dims)}
	cur := "input"
	n := 0
	next := func() string { n++; return fmt.Sprintf("t%d", n) }
	node := func(op string, ins []string, attrs ...*onnx.AttributeProto) {
		out := next()
		g.Node = append(g.Node, &onnx.NodeProto{Name: fmt.Sprintf("%s_%d", op, n), OpType: op, Input: ins, Output: []string{out}, Attribute: attrs})
		cur = out
	}
	init := func(name string, dims []int64, data []float64) string {
		f := make([]float32, len(data))
		for i, v := range data {
			f[i] = float32(v)
		}
		g.Initializer = append(g.Initializer, &onnx.TensorProto{Name: name, Dims: dims, DataType: int32(onnx.TensorProto_FLOAT), FloatData: f})
		return name
	}
	shapes := fm.Shapes()
	flat := len(fm.InputShape) == 1
	for i := range fm.Layers {
		l := &fm.Layers[i]
		switch l.Kind {
		case model.Conv:
			w := init(fmt.Sprintf("conv%d.w", i), []int64{int64(l.OutC), int64(l.InC), int64(l.K), int64(l.K)}, l.W)
			attrs := []*onnx.AttributeProto{ints("kernel_shape", l.K, l.K), ints("strides", l.Stride, l.Stride)}
			if l.Pad > 0 && l.Stride == 1 && l.K == 2*l.Pad+1 {
				attrs = append(attrs, &onnx.AttributeProto{Name: "auto_pad", Type: onnx.AttributeProto_STRING, S: []byte("SAME_UPPER")})
			} else {
				attrs = append(attrs, ints("pads", l.Pad, l.Pad, l.Pad, l.Pad))
			}
			node("Conv", []string{cur, w}, attrs...)
			node("Add", []string{cur, init(fmt.Sprintf("conv%d.b", i), []int64{int64(l.OutC), 1, 1}, l.B)})
		case model.MaxPool:
			node("MaxPool", []string{cur}, ints("kernel_shape", l.K, l.K), ints("strides", l.Stride, l.Stride))
		case model.Dense:
			if !flat {
				shape := fmt.Sprintf("reshape%d.shape", i)
				g.Initializer = append(g.Initializer, &onnx.TensorProto{Name: shape, Dims: []int64{2}, DataType: int32(onnx.TensorProto_INT64), Int64Data: []int64{1, int64(shapes[i].Size())}})
				node("Reshape", []string{cur, shape})
				flat = true
			}
			if i == len(fm.Layers)-1 {
				w := init(fmt.Sprintf("fc%d.w", i), []int64{int64(l.Out), int64(l.In)}, l.W)
				b := init(fmt.Sprintf("fc%d.b", i), []int64{int64(l.Out)}, l.B)
				node("Gemm", []string{cur, w, b}, &onnx.AttributeProto{Name: "transB", Type: onnx.AttributeProto_INT, I: 1})
			} else {
				wt := make([]float64, len(l.W)) // MatMul wants [in, out]
				for o := range l.Out {
					for j := range l.In {
						wt[j*l.Out+o] = l.W[o*l.In+j]
					}
				}
				node("MatMul", []string{cur, init(fmt.Sprintf("fc%d.w", i), []int64{int64(l.In), int64(l.Out)}, wt)})
				node("Add", []string{cur, init(fmt.Sprintf("fc%d.b", i), []int64{1, int64(l.Out)}, l.B)})
			}
		}
		if l.ReLU {
			node("Relu", []string{cur})
		}
	}
	out := shapes[len(shapes)-1]
	g.Output = []*onnx.ValueInfoProto{valueInfo(cur, []int64{1, int64(out.Size())})}
	mp := &onnx.ModelProto{IrVersion: 7, ProducerName: "nexus", Graph: g,
		OpsetImport: []*onnx.OperatorSetIdProto{{Version: 13}}}
	return proto.Marshal(mp)
}

func ints(name string, v ...int) *onnx.AttributeProto {
	a := &onnx.AttributeProto{Name: name, Type: onnx.AttributeProto_INTS}
	for _, x := range v {
		a.Ints = append(a.Ints, int64(x))
	}
	return a
}

func valueInfo(name string, dims []int64) *onnx.ValueInfoProto {
	var d []*onnx.TensorShapeProto_Dimension
	for _, x := range dims {
		d = append(d, &onnx.TensorShapeProto_Dimension{Value: &onnx.TensorShapeProto_Dimension_DimValue{DimValue: x}})
	}
	return &onnx.ValueInfoProto{Name: name, Type: &onnx.TypeProto{Value: &onnx.TypeProto_TensorType{
		TensorType: &onnx.TypeProto_Tensor{ElemType: int32(onnx.TensorProto_FLOAT), Shape: &onnx.TensorShapeProto{Dim: d}}}}}
}
