package onnximport

import (
	"fmt"

	"github.com/advancedclimatesystems/gonnx/onnx"

	"github.com/nexus-rollup/nexus/prover/model"
)

// The ai.onnx.ml operators skl2onnx writes for scikit-learn's scalers and
// linear models.

// scaler folds Scaler (StandardScaler, MinMaxScaler): y = (x - offset)·scale.
func (im *importer) scaler(n *onnx.NodeProto) error {
	size := prod(im.dims)
	off, scale := attrFloats(n, "offset"), attrFloats(n, "scale")
	expand := func(v []float64, def float64, name string) ([]float64, error) {
		switch len(v) {
		case 0:
			return repeat(def, size), nil
		case 1:
			return repeat(v[0], size), nil
		case size:
			return v, nil
		}
		return nil, fmt.Errorf("Scaler %s has %d values for %d features", name, len(v), size)
	}
	o, err := expand(off, 0, "offset")
	if err != nil {
		return err
	}
	s, err := expand(scale, 1, "scale")
	if err != nil {
		return err
	}
	a, b := make([]float64, size), make([]float64, size)
	for i := range a {
		a[i], b[i] = s[i], -o[i]*s[i]
	}
	im.note("Scaler %q folded into the next linear layer", n.GetName())
	return im.affineMap(a, b)
}

// linearML imports LinearClassifier (scores = X·Cᵀ + intercepts; the label
// output and post_transform are dropped) and LinearRegressor.
func (im *importer) linearML(n *onnx.NodeProto) error {
	op := n.GetOpType()
	coef, icpt := attrFloats(n, "coefficients"), attrFloats(n, "intercepts")
	in := prod(im.dims)
	if len(im.dims) != 1 {
		return fmt.Errorf("%s on a %v tensor: want a flat feature vector", op, im.dims)
	}
	if len(coef) == 0 || len(coef)%in != 0 {
		return fmt.Errorf("%d coefficients for %d features", len(coef), in)
	}
	out := len(coef) / in
	if op == "LinearRegressor" {
		if t := int(attrI(n, "targets", 1)); t != out {
			return fmt.Errorf("%d coefficient rows for %d targets", out, t)
		}
		if pt := attrS(n, "post_transform"); pt != "" && pt != "NONE" {
			return fmt.Errorf("post_transform %s is not supported", pt)
		}
	}
	if len(icpt) != 0 && len(icpt) != out {
		return fmt.Errorf("%d intercepts for %d outputs", len(icpt), out)
	}
	l := model.FloatLayer{Kind: model.Dense, In: in, Out: out, W: coef, B: make([]float64, out)}
	copy(l.B, icpt)
	if op == "LinearClassifier" {
		labels := max(len(attrInts(n, "classlabels_ints")), len(attr(n, "classlabels_strings").GetStrings()))
		if out == 1 && labels == 2 {
			// One score for two classes: scores are (-s, s), as onnxruntime writes.
			l = model.FloatLayer{Kind: model.Dense, In: in, Out: 2, W: append(neg(coef), coef...), B: append(neg(l.B), l.B...)}
		}
		if pt := attrS(n, "post_transform"); pt != "" && pt != "NONE" {
			im.note("LinearClassifier %q: post_transform %s dropped; the proven output is the raw scores (same argmax)", n.GetName(), pt)
		}
	}
	return im.dense(l)
}

func neg(v []float64) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = -x
	}
	return out
}

func attr(n *onnx.NodeProto, name string) *onnx.AttributeProto {
	for _, a := range n.GetAttribute() {
		if a.GetName() == name {
			return a
		}
	}
	return nil
}

func attrF(n *onnx.NodeProto, name string, def float64) float64 {
	if a := attr(n, name); a != nil {
		return float64(a.GetF())
	}
	return def
}

func attrI(n *onnx.NodeProto, name string, def int64) int64 {
	if a := attr(n, name); a != nil {
		return a.GetI()
	}
	return def
}

func attrS(n *onnx.NodeProto, name string) string {
	if a := attr(n, name); a != nil {
		return string(a.GetS())
	}
	return ""
}

func attrInts(n *onnx.NodeProto, name string) []int {
	var out []int
	if a := attr(n, name); a != nil {
		for _, v := range a.GetInts() {
			out = append(out, int(v))
		}
	}
	return out
}

func attrFloats(n *onnx.NodeProto, name string) []float64 {
	var out []float64
	if a := attr(n, name); a != nil {
		for _, v := range a.GetFloats() {
			out = append(out, float64(v))
		}
	}
	return out
}
