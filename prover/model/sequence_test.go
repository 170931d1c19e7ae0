package model_test

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/nexus-rollup/nexus/prover/model"
	"github.com/nexus-rollup/nexus/prover/model/modeltest"
)

// A sequence model is written as version 3 and reads back identically; its
// quantized run agrees with its float model.
func TestSequence_roundTripAndAgreement(t *testing.T) {
	m, fm, inputs := modeltest.Transformer()
	b, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if v := int(b[4]) | int(b[5])<<8; v != 3 {
		t.Fatalf("a sequence model is written as version %d, want 3", v)
	}
	back, err := model.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := back.Encode()
	if !bytes.Equal(again, b) {
		t.Fatal("re-encoding differs")
	}
	a, err := model.Compare(fm, m, inputs, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(a)
	if a.Agree*10 < a.N*9 {
		t.Errorf("agreement %d/%d", a.Agree, a.N)
	}
}

// NormScale is floor(2^NormBits/√v): the largest r with r²·v ≤ 2^(2·NormBits).
func TestNormScale_isTheLargestRoot(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	k2 := int64(1) << (2 * model.NormBits)
	for _, v := range []int64{1, 2, 3, 4, 5, 1 << 20, 1<<47 - 1} {
		s := model.NormScale(v)
		if s*s > k2/v || (s+1)*(s+1) <= k2/v {
			t.Fatalf("NormScale(%d) = %d", v, s)
		}
	}
	for range 1000 {
		v := 1 + r.Int64N(1<<40)
		s := model.NormScale(v)
		if s*s > k2/v || (s+1)*(s+1) <= k2/v {
			t.Fatalf("NormScale(%d) = %d", v, s)
		}
	}
}

// Softmax rows sum to about SoftmaxOne and keep the order of their inputs.
func TestSoftmaxRow_roundsAndOrders(t *testing.T) {
	m, _, _ := modeltest.Transformer()
	exp := m.Layers[6].Coef
	out := model.SoftmaxRow([]int64{-128, 127, 0, 127}, exp)
	sum := int64(0)
	for _, v := range out {
		sum += v
	}
	if out[1] != out[3] || out[1] < out[2] || out[2] < out[0] || sum < model.SoftmaxOne-2 || sum > model.SoftmaxOne+2 {
		t.Fatalf("softmax %v (sum %d)", out, sum)
	}
}

// Broken sequence layers are refused by Validate, and corrupted encodings
// by Decode, with errors, never a panic.
func TestSequence_badModelsAreRefused(t *testing.T) {
	m, _, _ := modeltest.Transformer()
	cases := map[string]func(l []model.Layer){
		"operand ahead":      func(l []model.Layer) { l[1].X = 5 },
		"operand shape":      func(l []model.Layer) { l[5].Y = 0 },
		"softmax table":      func(l []model.Layer) { l[6].Coef[0] = 5 },
		"softmax requant":    func(l []model.Layer) { l[6].Mult = 1 },
		"layernorm epsilon":  func(l []model.Layer) { l[1].Coef[0] = 0 },
		"layernorm gamma":    func(l []model.Layer) { l[1].Weights = l[1].Weights[:1] },
		"residual coef":      func(l []model.Layer) { l[9].Coef[1] = model.MaxCoef },
		"token bias":         func(l []model.Layer) { l[0].Bias = l[0].Bias[:2] },
		"tokens":             func(l []model.Layer) { l[7].Tokens = 3 },
		"sequence field set": func(l []model.Layer) { l[14].Tokens = 1 },
		"table on scores":    func(l []model.Layer) { l[5].Act = model.ActTable; l[5].Table = make([]int8, model.TableSize) },
	}
	for name, f := range cases {
		b, _ := m.Encode()
		c, _ := model.Decode(b)
		f(c.Layers)
		if err := c.Validate(); !errors.Is(err, model.ErrInvalid) {
			t.Errorf("%s: Validate gives %v", name, err)
		}
	}
	short := *m
	short.Layers = m.Layers[:7] // ends with the softmax, whose 256 is no output byte
	if err := short.Validate(); !errors.Is(err, model.ErrInvalid) {
		t.Errorf("a model ending in a softmax: Validate gives %v", err)
	}
	good, _ := m.Encode()
	r := rand.New(rand.NewPCG(3, 3))
	for range 2000 {
		b := append([]byte(nil), good...)
		for range 1 + r.IntN(3) {
			b[r.IntN(len(b))] ^= byte(1 + r.IntN(255))
		}
		if r.IntN(4) == 0 {
			b = b[:r.IntN(len(b))]
		}
		if d, err := model.Decode(b); err == nil {
			if _, err := d.Run(make([]uint8, d.InputSize())); err != nil {
				t.Fatalf("decoded a model that does not run: %v", err)
			}
		}
	}
}

// FuzzDecodeSequence is FuzzDecode seeded with a sequence model: whatever
// decodes re-encodes identically and runs.
func FuzzDecodeSequence(f *testing.F) {
	m, _, _ := modeltest.Transformer()
	good, _ := m.Encode()
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := model.Decode(b)
		if err != nil {
			return
		}
		again, err := d.Encode()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("decoded file does not re-encode identically: %v", err)
		}
		if _, err := d.Run(make([]uint8, d.InputSize())); err != nil {
			t.Fatalf("valid model fails to run: %v", err)
		}
	})
}
