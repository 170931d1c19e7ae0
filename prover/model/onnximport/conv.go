package onnximport

import (
	"fmt"

	"github.com/advancedclimatesystems/gonnx/onnx"

	"github.com/nexus-rollup/nexus/prover/model"
)

// window is a 2-D kernel's geometry as ONNX gives it.
type window struct {
	kh, kw, sh, sw int
	dh, dw         int    // dilations (1: none)
	pads           [4]int // top, left, bottom, right
}

// square fits w into Nexus's square kernel with one stride and one symmetric
// pad: a kh×kw kernel sits inside a K×K one (K = max(kh, kw)) at offset
// (dy, dx), the other taps zero. Zero taps cost no constraint (weights are
// constants), so a 1×3 or 3×5 kernel, or asymmetric pads, import whenever
// one pad P reads exactly the same inputs and gives the same output size.
func (w window) square(in model.Shape) (k, p, dy, dx int, err error) {
	if w.sh != w.sw {
		return 0, 0, 0, 0, fmt.Errorf("strides %dx%d: only equal strides are supported", w.sh, w.sw)
	}
	s := w.sh
	t, l, b, r := w.pads[0], w.pads[1], w.pads[2], w.pads[3]
	oh, ow := in.H+t+b-w.kh, in.W+l+r-w.kw
	if oh < 0 || ow < 0 {
		return 0, 0, 0, 0, fmt.Errorf("kernel %dx%d larger than the padded input %s", w.kh, w.kw, in)
	}
	oh, ow = oh/s+1, ow/s+1
	k = max(w.kh, w.kw)
	if k > 16 || s > 16 {
		return 0, 0, 0, 0, fmt.Errorf("kernel %dx%d stride %d: at most 16", w.kh, w.kw, s)
	}
	for p = 0; p < k; p++ {
		dy, dx = p-t, p-l
		if dy < 0 || dx < 0 || dy+w.kh > k || dx+w.kw > k || in.H+2*p < k || in.W+2*p < k {
			continue
		}
		if (in.H+2*p-k)/s+1 == oh && (in.W+2*p-k)/s+1 == ow {
			return k, p, dy, dx, nil
		}
	}
	return 0, 0, 0, 0, fmt.Errorf("kernel %dx%d with pads %v and stride %d has no square equivalent (one kernel size, one symmetric pad)", w.kh, w.kw, w.pads, s)
}

// readWindow reads kernel, strides, pads and auto_pad, adding a pending Pad.
func (im *importer) readWindow(n *onnx.NodeProto, kh, kw int) (window, error) {
	w := window{kh: kh, kw: kw, sh: 1, sw: 1, dh: 1, dw: 1}
	if s := attrInts(n, "strides"); len(s) == 2 {
		w.sh, w.sw = s[0], s[1]
	} else if len(s) != 0 {
		return w, fmt.Errorf("strides %v: want 2 values (1-D and 3-D ops are not supported)", s)
	}
	if w.sh < 1 || w.sw < 1 {
		return w, fmt.Errorf("strides %v", attrInts(n, "strides"))
	}
	if d := attrInts(n, "dilations"); len(d) == 2 {
		if d[0] < 1 || d[1] < 1 || d[0] > 16 || d[1] > 16 {
			return w, fmt.Errorf("dilations %v", d)
		}
		w.dh, w.dw = d[0], d[1]
		// A dilated kernel is a larger one with zero taps between.
		w.kh, w.kw = (kh-1)*w.dh+1, (kw-1)*w.dw+1
	} else if len(d) != 0 {
		return w, fmt.Errorf("dilations %v: want 2 values", d)
	}
	switch ap := attrS(n, "auto_pad"); ap {
	case "", "NOTSET":
		if p := attrInts(n, "pads"); len(p) == 4 {
			w.pads = [4]int{p[0], p[1], p[2], p[3]}
		} else if len(p) != 0 {
			return w, fmt.Errorf("pads %v: want 4 values", p)
		}
	case "VALID":
	case "SAME_UPPER", "SAME_LOWER":
		if w.sh != 1 || w.sw != 1 {
			return w, fmt.Errorf("auto_pad %s needs stride 1", ap)
		}
		ph, pw := w.kh-1, w.kw-1
		if ap == "SAME_UPPER" {
			w.pads = [4]int{ph / 2, pw / 2, ph - ph/2, pw - pw/2}
		} else {
			w.pads = [4]int{ph - ph/2, pw - pw/2, ph / 2, pw / 2}
		}
	default:
		return w, fmt.Errorf("auto_pad %q is not supported", ap)
	}
	for i := range w.pads {
		if w.pads[i] < 0 {
			return w, fmt.Errorf("negative pads %v", w.pads)
		}
		w.pads[i] += im.pad[i]
	}
	im.pad = [4]int{}
	return w, nil
}

// spatial returns the activations as CHW, or why they are not an image.
func (im *importer) spatial(op string) (model.Shape, error) {
	if len(im.dims) != 3 {
		if len(im.dims) == 2 {
			return model.Shape{}, fmt.Errorf("%s on a [%d, %d] activation (1-D): only 2-D ops on [C, H, W] are supported; export the 1-D op as a 2-D one of height 1", op, im.dims[0], im.dims[1])
		}
		return model.Shape{}, fmt.Errorf("%s needs a [C, H, W] activation, has %v", op, im.dims)
	}
	return im.shape(), nil
}

// pushConv adds a conv layer from weights w[oc][icg][ky][kx] of groups
// groups, placed in a square kernel.
func (im *importer) pushConv(w []float64, oc, icg, groups int, win window, bias []float64) error {
	in, err := im.spatial("Conv")
	if err != nil {
		return err
	}
	if icg*groups != in.C || oc%groups != 0 {
		return fmt.Errorf("kernel of %d input channels in %d groups, the activations have %d channels", icg, groups, in.C)
	}
	k, p, dy, dx, err := win.square(in)
	if err != nil {
		return err
	}
	if oc*in.C*k*k > model.MaxParams {
		return fmt.Errorf("a %dx%d conv from %d to %d channels has %d weights once stored as a full conv, above %d", k, k, in.C, oc, oc*in.C*k*k, model.MaxParams)
	}
	if im.pre != nil && win.pads != [4]int{} {
		for _, v := range im.pre.b {
			if v != 0 {
				return fmt.Errorf("an input offset (Sub/Add/Scaler/BatchNormalization) before a padded conv cannot be folded: the padding is zero after the offset")
			}
		}
	}
	l := model.FloatLayer{Kind: model.Conv, InC: in.C, OutC: oc, K: k, Stride: win.sh, Pad: p,
		W: make([]float64, oc*in.C*k*k), B: make([]float64, oc)}
	copy(l.B, bias)
	per := oc / groups
	kh, kw := (win.kh-1)/win.dh+1, (win.kw-1)/win.dw+1 // the kernel before dilation
	for o := range oc {
		g := o / per
		for c := range icg {
			ic := g*icg + c
			for ky := range kh {
				for kx := range kw {
					l.W[((o*in.C+ic)*k+ky*win.dh+dy)*k+kx*win.dw+dx] = w[((o*icg+c)*kh+ky)*kw+kx]
				}
			}
		}
	}
	if err := im.push(l); err != nil {
		return err
	}
	os := (&model.Layer{Kind: model.Conv, OutC: oc, K: k, Stride: win.sh, Pad: p}).OutShape(in)
	im.dims = []int{os.C, os.H, os.W}
	return nil
}

func (im *importer) conv(n *onnx.NodeProto, ins []string) error {
	if len(ins) < 2 {
		return fmt.Errorf("Conv needs weights")
	}
	w, err := im.constant(ins[1], "weights")
	if err != nil {
		return err
	}
	if len(w.dims) != 4 {
		return fmt.Errorf("weights %q have rank %d: only 2-D convolutions are supported (a 1-D Conv1d can be exported as a Conv2d of height 1)", ins[1], len(w.dims))
	}
	oc, icg, kh, kw := w.dims[0], w.dims[1], w.dims[2], w.dims[3]
	if ks := attrInts(n, "kernel_shape"); len(ks) == 2 && (ks[0] != kh || ks[1] != kw) {
		return fmt.Errorf("kernel_shape %v does not match weights %v", ks, w.dims)
	}
	win, err := im.readWindow(n, kh, kw)
	if err != nil {
		return err
	}
	groups := int(attrI(n, "group", 1))
	if groups < 1 || oc%groups != 0 {
		return fmt.Errorf("group %d does not divide %d output channels", groups, oc)
	}
	bias := make([]float64, oc)
	if len(ins) > 2 && ins[2] != "" {
		b, err := im.constant(ins[2], "bias")
		if err != nil {
			return err
		}
		if len(b.data) != oc {
			return fmt.Errorf("bias %q has %d values for %d channels", ins[2], len(b.data), oc)
		}
		copy(bias, b.data)
	}
	if groups > 1 {
		im.note("Conv %q of %d groups stored as a full conv with zero taps between groups", n.GetName(), groups)
	}
	return im.pushConv(w.data, oc, icg, groups, win, bias)
}

// avgPool is a conv with weight 1/(kh·kw) from each channel to itself.
func (im *importer) avgPool(n *onnx.NodeProto) error {
	in, err := im.spatial(n.GetOpType())
	if err != nil {
		return err
	}
	kh, kw := in.H, in.W
	if n.GetOpType() == "AveragePool" {
		ks := attrInts(n, "kernel_shape")
		if len(ks) != 2 {
			return fmt.Errorf("kernel_shape %v: only 2-D pools are supported", ks)
		}
		kh, kw = ks[0], ks[1]
		if attrI(n, "ceil_mode", 0) != 0 {
			return fmt.Errorf("ceil_mode=1 is not supported (export with ceil_mode=False)")
		}
	}
	pending := im.pad != [4]int{}
	win, err := im.readWindow(n, kh, kw)
	if err != nil {
		return err
	}
	if win.dh != 1 || win.dw != 1 {
		return fmt.Errorf("dilated %s is not supported", n.GetOpType())
	}
	if !pending && win.pads != [4]int{} && attrI(n, "count_include_pad", 0) == 0 {
		return fmt.Errorf("padded AveragePool with count_include_pad=0 averages fewer values at the border: export with count_include_pad=True")
	}
	c := in.C
	w := make([]float64, c*kh*kw)
	for i := range w {
		w[i] = 1 / float64(kh*kw)
	}
	prevReLU := im.last >= 0 && im.fm.Layers[im.last].ReLU && im.pre == nil
	if err := im.pushConv(w, c, 1, c, win, nil); err != nil {
		return err
	}
	// The average of non-negative values is non-negative: a ReLU is exact
	// and gives the output the uint8 range.
	im.fm.Layers[im.last].ReLU = prevReLU
	im.note("%s %q is conv layer %d (weights 1/%d on each channel)", n.GetOpType(), n.GetName(), im.last, kh*kw)
	return nil
}

func (im *importer) maxPool(n *onnx.NodeProto) error {
	if im.pre != nil {
		return fmt.Errorf("an elementwise Add/Mul/BatchNormalization before MaxPool cannot be folded")
	}
	in, err := im.spatial("MaxPool")
	if err != nil {
		return err
	}
	ks := attrInts(n, "kernel_shape")
	if len(ks) != 2 {
		return fmt.Errorf("kernel_shape %v: only 2-D pools are supported", ks)
	}
	if len(n.GetOutput()) > 1 && n.GetOutput()[1] != "" {
		return fmt.Errorf("MaxPool indices output is not supported")
	}
	if im.pad != [4]int{} {
		return fmt.Errorf("a Pad before MaxPool is not supported")
	}
	win, err := im.readWindow(n, ks[0], ks[1])
	if err != nil {
		return err
	}
	if win.dh != 1 || win.dw != 1 {
		return fmt.Errorf("dilated MaxPool is not supported")
	}
	if win.kh != win.kw || win.sh != win.sw {
		return fmt.Errorf("MaxPool %dx%d stride %dx%d: only square pools with one stride are supported", win.kh, win.kw, win.sh, win.sw)
	}
	p := win.pads[0]
	if win.pads != [4]int{p, p, p, p} || p >= win.kh {
		return fmt.Errorf("MaxPool pads %v: only equal pads below the kernel size %d are supported", win.pads, win.kh)
	}
	if attrI(n, "ceil_mode", 0) != 0 {
		return fmt.Errorf("ceil_mode=1 is not supported (export with ceil_mode=False)")
	}
	if win.kh > 16 || win.sh > 16 || in.H+2*p < win.kh || in.W+2*p < win.kh {
		return fmt.Errorf("pool %d stride %d pad %d on %s", win.kh, win.sh, p, in)
	}
	g := model.Layer{Kind: model.MaxPool, K: win.kh, Stride: win.sh, Pad: p}
	if err := im.push(model.FloatLayer{Kind: model.MaxPool, K: win.kh, Stride: win.sh, Pad: p}); err != nil {
		return err
	}
	os := g.OutShape(in)
	im.dims = []int{os.C, os.H, os.W}
	return nil
}

// padOp records a zero Pad of H and W for the next Conv or AveragePool.
func (im *importer) padOp(n *onnx.NodeProto, ins []string) error {
	if _, err := im.spatial("Pad"); err != nil {
		return err
	}
	if m := attrS(n, "mode"); m != "" && m != "constant" {
		return fmt.Errorf("Pad mode %q: only zero padding is supported", m)
	}
	var pads []int
	if len(ins) > 1 && ins[1] != "" {
		t, err := im.constant(ins[1], "pads")
		if err != nil {
			return err
		}
		pads = t.ints()
	} else {
		pads = attrInts(n, "pads")
	}
	if len(ins) > 2 && ins[2] != "" {
		v, err := im.constant(ins[2], "constant_value")
		if err != nil {
			return err
		}
		if len(v.data) != 1 || v.data[0] != 0 {
			return fmt.Errorf("Pad with value %v: only zero padding is supported", v.data)
		}
	} else if attrF(n, "value", 0) != 0 {
		return fmt.Errorf("Pad with value %v: only zero padding is supported", attrF(n, "value", 0))
	}
	if len(pads) != 8 || pads[0]|pads[1]|pads[4]|pads[5] != 0 {
		return fmt.Errorf("pads %v: only H and W of a [1, C, H, W] tensor are padded", pads)
	}
	for _, p := range pads {
		if p < 0 || p > 16 {
			return fmt.Errorf("pads %v: want 0 to 16", pads)
		}
	}
	im.pad = [4]int{im.pad[0] + pads[2], im.pad[1] + pads[3], im.pad[2] + pads[6], im.pad[3] + pads[7]}
	im.fresh = false
	im.note("Pad %q folded into the next Conv/AveragePool", n.GetName())
	// The next node reads the padded tensor under the Pad's output name; its
	// shape stays the unpadded one, which readWindow completes.
	return nil
}
