package model

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// tiny is a small conv+pool+dense model exercising every layer kind.
func tiny() *Model {
	return &Model{Name: "tiny", InputShape: []int{1, 4, 4}, InputScale: 1.0 / 255, Layers: []Layer{
		{Kind: Conv, InC: 1, OutC: 2, K: 3, Stride: 1, Pad: 1,
			Weights: []int8{1, -2, 3, 4, 5, -6, 7, 8, 9, -9, 8, -7, 6, 5, -4, 3, 2, 1},
			Bias:    []int32{10, -20}, Mult: 3, Shift: 4, Act: ActReLU, OutScale: 0.1},
		{Kind: MaxPool, K: 2, Stride: 2},
		{Kind: Dense, In: 8, Out: 3, Weights: []int8{127, -128, 0, 1, 2, 3, 4, 5, -1, -2, -3, -4, -5, -6, -7, -8, 9, 9, 9, 9, 9, 9, 9, 9},
			Bias: []int32{0, 1000, -1000}, Mult: 5, Shift: 6, OutScale: 0.2},
	}}
}

func TestEncodeDecode_roundTripIsCanonical(t *testing.T) {
	for _, m := range append([]*Model{tiny()}, committed(t)...) {
		b, err := m.Encode()
		if err != nil {
			t.Fatal(err)
		}
		got, err := Decode(b)
		if err != nil {
			t.Fatalf("%s: %v", m.Name, err)
		}
		b2, _ := got.Encode()
		if !bytes.Equal(b, b2) {
			t.Fatalf("%s: re-encoding differs", m.Name)
		}
		h1, _ := m.Hash()
		h2, _ := got.Hash()
		if h1 != h2 {
			t.Fatal("hash changed")
		}
	}
}

func TestDecode_rejectsBadFiles(t *testing.T) {
	good, err := tiny().Encode()
	if err != nil {
		t.Fatal(err)
	}
	mutate := func(f func(b []byte) []byte) []byte { return f(append([]byte(nil), good...)) }
	cases := map[string][]byte{
		"empty":     nil,
		"bad magic": mutate(func(b []byte) []byte { b[0] = 'X'; return b }),
		"version 2": mutate(func(b []byte) []byte { b[4] = 2; return b }),
		"truncated": good[:len(good)-1],
		"trailing":  append(append([]byte(nil), good...), 0),
		"oversized": make([]byte, MaxFileSize+1),
		"bad act":   mutate(func(b []byte) []byte { b[len(b)-9] = 7; return b }),
		"zero mult": mutate(func(b []byte) []byte { copy(b[len(b)-14:], []byte{0, 0, 0, 0}); return b }),
		"huge layer": mutate(func(b []byte) []byte {
			i := bytes.Index(b, []byte{1, 8, 0, 0, 0})
			copy(b[i+1:], []byte{0xff, 0xff, 0xff, 0x7f})
			return b
		}),
		"nan scale":    mutate(func(b []byte) []byte { copy(b[len(b)-8:], []byte{1, 0, 0, 0, 0, 0, 0xf8, 0x7f}); return b }),
		"bad dim":      mutate(func(b []byte) []byte { b[4+2+1+4+1] = 0; b[4+2+1+4+2] = 0; return b }),
		"unknown kind": mutate(func(b []byte) []byte { b[4+2+1+4+1+12+8+1+1] = 9; return b }),
	}
	for name, b := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := Decode(b)
			if err == nil {
				t.Fatal("decoded a bad file")
			}
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("error %v does not wrap ErrFormat", err)
			}
		})
	}
}

func TestRequantize_roundsHalfUpAndClamps(t *testing.T) {
	cases := []struct {
		acc          int64
		mult         uint32
		shift        uint8
		lo, hi, want int64
	}{
		{10, 1, 2, 0, 255, 3},      // 2.5 -> 3
		{9, 1, 2, 0, 255, 2},       // 2.25 -> 2
		{-10, 1, 2, -128, 127, -2}, // -2.5 -> -2 (half up)
		{-11, 1, 2, -128, 127, -3},
		{-5, 1, 0, 0, 255, 0},
		{1000, 1, 0, 0, 255, 255},
		{-1000, 1, 0, -128, 127, -128},
	}
	for _, c := range cases {
		if got := Requantize(c.acc, c.mult, c.shift, c.lo, c.hi); got != c.want {
			t.Errorf("Requantize(%d,%d,%d) = %d, want %d", c.acc, c.mult, c.shift, got, c.want)
		}
	}
}

func TestRun_tinyMatchesHandComputation(t *testing.T) {
	m := tiny()
	in := make([]uint8, 16)
	for i := range in {
		in[i] = uint8(i * 16)
	}
	tr, err := m.Trace(in)
	if err != nil {
		t.Fatal(err)
	}
	// conv output (0,0,0): 3x3 window with padding over rows 0-1, cols 0-1.
	acc := int64(10) + 5*0 + (-6)*16 + 8*64 + 9*80
	if got := tr[1][0]; got != Requantize(acc, 3, 4, 0, 255) {
		t.Fatalf("conv[0] = %d, want %d", got, Requantize(acc, 3, 4, 0, 255))
	}
	if len(tr[3]) != 3 {
		t.Fatal("bad output size")
	}
	if _, err := m.Run(in[:5]); err == nil {
		t.Fatal("short input accepted")
	}
}

// committed loads the demo models in testdata (written by make models).
func committed(t testing.TB) []*Model {
	var out []*Model
	for _, f := range []string{"mlp.nxm", "cnn.nxm"} {
		b, err := os.ReadFile(filepath.Join("testdata", f))
		if err != nil {
			t.Fatalf("%v (run make models)", err)
		}
		m, err := Decode(b)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out = append(out, m)
	}
	return out
}

func FuzzDecode(f *testing.F) {
	good, _ := tiny().Encode()
	f.Add(good)
	f.Add(good[:20])
	for _, m := range committed(f) {
		b, _ := m.Encode()
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Decode(b)
		if err != nil {
			return
		}
		again, err := m.Encode()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("decoded file does not re-encode identically: %v", err)
		}
		in := make([]uint8, m.InputSize())
		if _, err := m.Run(in); err != nil {
			t.Fatalf("valid model fails to run: %v", err)
		}
	})
}

// A model with per-feature input encodings is written as version 2 and
// reads back identically; every other model stays version 1 (same bytes,
// same hash as before version 2 existed); bad per-feature blocks are refused.
func TestEncodeDecode_perFeatureInputIsVersion2(t *testing.T) {
	if b, _ := tiny().Encode(); b[4] != 1 {
		t.Fatalf("a uniform-input model is written as version %d", b[4])
	}
	fm := &FloatModel{Name: "tab", InputShape: []int{3}, Layers: []FloatLayer{
		{Kind: Dense, In: 3, Out: 2, W: []float64{1, -2, 0.5, 0.25, 3, -1}, B: []float64{0.1, -0.2}}}}
	calib := [][]float64{{0.01, 1000, -3}, {0.05, 4000, 2}, {0.02, 2500, 0}}
	if !WideFeatureRanges(calib) {
		t.Fatal("ranges 0.05 and 4000 are not wide")
	}
	m, err := QuantizeWith(fm, calib, 0, Options{PerFeatureInput: true})
	if err != nil {
		t.Fatal(err)
	}
	b, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if b[4] != 2 {
		t.Fatalf("version %d", b[4])
	}
	got, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if b2, _ := got.Encode(); !bytes.Equal(b, b2) {
		t.Fatal("re-encoding differs")
	}
	// Within two output units of float.
	for _, x := range calib {
		tr, _ := fm.Forward(x)
		q, err := got.Run(got.QuantizeInput(x))
		if err != nil {
			t.Fatal(err)
		}
		for j, v := range got.Dequantize(q) {
			if d := v - tr[1][j]; d > 2*got.OutputScale() || d < -2*got.OutputScale() {
				t.Fatalf("output %d: %g, float %g", j, v, tr[1][j])
			}
		}
	}
	head := 4 + 2 + 1 + len("tab") + 1 + 4 + 8 + 1 // up to the feature count
	mutate := func(f func(b []byte) []byte) []byte { return f(append([]byte(nil), b...)) }
	for name, bad := range map[string][]byte{
		"count":     mutate(func(b []byte) []byte { b[head] = 2; return b }),
		"version 1": mutate(func(b []byte) []byte { b[4] = 1; return b }),
		"scale 0":   mutate(func(b []byte) []byte { copy(b[head+4:], make([]byte, 8)); return b }),
		"truncated": b[:head+10],
	} {
		if _, err := Decode(bad); !errors.Is(err, ErrFormat) {
			t.Errorf("%s: %v", name, err)
		}
	}
	m.InputScale = 0.5
	if err := m.Validate(); err == nil {
		t.Error("per-feature encodings with an input scale other than 1 validate")
	}
}

// Lookup activations: a float model with sigmoid, tanh and leaky ReLU
// quantizes to ActTable layers (format version 2) whose outputs stay within
// a few output units of float, and a table of the wrong length is refused.
func TestQuantize_lookupActivations(t *testing.T) {
	fm := &FloatModel{Name: "acts", InputShape: []int{4}, Layers: []FloatLayer{
		{Kind: Dense, In: 4, Out: 3, W: []float64{1, -2, 0.5, 0.25, 3, -1, 0.1, 0.2, -0.3, 0.7, 1.5, -0.4}, B: []float64{0.1, -0.2, 0}, Fn: FnLeakyReLU, Alpha: 0.1},
		{Kind: Dense, In: 3, Out: 3, W: []float64{1, -1, 0.5, 0.2, 0.3, -0.9, 2, 1, -1}, B: []float64{0, 0.1, -0.1}, Fn: FnTanh},
		{Kind: Dense, In: 3, Out: 2, W: []float64{1, -1, 0.5, 0.2, 0.3, -0.9}, B: []float64{0, 0.1}, Fn: FnSigmoid},
	}}
	var calib [][]float64
	for i := range 50 {
		calib = append(calib, []float64{float64(i%7) / 7, float64(i%5) / 5, float64(i%3) / 3, float64(i%11) / 11})
	}
	m, err := Quantize(fm, calib, 1.0/255)
	if err != nil {
		t.Fatal(err)
	}
	for i := range m.Layers {
		if m.Layers[i].Act != ActTable || len(m.Layers[i].Table) != TableSize {
			t.Fatalf("layer %d: act %d", i, m.Layers[i].Act)
		}
	}
	b, err := m.Encode()
	if err != nil || b[4] != 2 {
		t.Fatalf("encode: %v, version %d", err, b[4])
	}
	got, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range calib {
		tr, _ := fm.Forward(x)
		q, err := got.Run(got.QuantizeInput(x))
		if err != nil {
			t.Fatal(err)
		}
		for j, v := range got.Dequantize(q) {
			if d := v - tr[3][j]; d > 0.05 || d < -0.05 {
				t.Fatalf("output %d: %g, float %g", j, v, tr[3][j])
			}
		}
	}
	got.Layers[1].Table = got.Layers[1].Table[:100]
	if err := got.Validate(); err == nil {
		t.Fatal("a short table validates")
	}
	fm.Layers[0].ReLU = true
	if err := fm.Check(); err == nil {
		t.Fatal("ReLU and a lookup activation on one layer")
	}
}

// A padded max-pool (windows at the border are smaller, padding adds no
// value) is written as version 2 and runs as its float model does.
func TestMaxPool_paddingAddsNoValue(t *testing.T) {
	m := tiny()
	m.Layers[0].Act = ActNone // signed values: a zero pad would win
	m.Layers[1].Pad = 1
	m.Layers[2].In = 2 * 3 * 3
	m.Layers[2].Weights = make([]int8, 18*3)
	for i := range m.Layers[2].Weights {
		m.Layers[2].Weights[i] = int8(i%5 - 2)
	}
	b, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if b[4] != 2 {
		t.Fatalf("version %d", b[4])
	}
	got, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	in := make([]uint8, 16)
	tr, err := got.Trace(in)
	if err != nil {
		t.Fatal(err)
	}
	// All-zero input: every conv output is its channel's requantized bias;
	// the pooled values must equal it, not max(it, 0).
	for c, v := range tr[2][:18] {
		if want := tr[1][(c/9)*16]; v != want {
			t.Fatalf("pooled %d = %d, want %d", c, v, want)
		}
	}
	m.Layers[1].Pad = 2 // not below K
	if err := m.Validate(); err == nil {
		t.Fatal("pad 2 on a 2x2 pool validates")
	}
}
