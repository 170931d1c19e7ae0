package demo

import (
	"bytes"
	"os"
	"testing"

	"github.com/nexus-rollup/nexus/prover/model"
	"github.com/nexus-rollup/nexus/prover/model/mnist"
)

// The embedded files are copies: they must not drift from their sources.
func TestEmbeddedFilesMatchTheirSources(t *testing.T) {
	want, err := os.ReadFile("../testdata/mlp.nxm")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(MNISTModel, want) {
		t.Fatal("mnist-mlp.nxm differs from prover/model/testdata/mlp.nxm: copy it again")
	}
	_, test, err := mnist.Default()
	if err != nil {
		t.Fatal(err)
	}
	if NumDigits() != 32 {
		t.Fatalf("%d digits embedded, want 32", NumDigits())
	}
	for i := range NumDigits() {
		img, label := Digit(i)
		if label != test.Labels[i] || !bytes.Equal(img, test.Images[i]) {
			t.Fatalf("digit %d differs from held-out MNIST digit %d", i, i)
		}
	}
}

// The demo's model classifies the demo's digits as their labels, mostly: the
// devnet prints both, and a demo that got them all wrong would be a bug.
func TestModelClassifiesDigits(t *testing.T) {
	m, err := Model()
	if err != nil {
		t.Fatal(err)
	}
	right := 0
	for i := range NumDigits() {
		img, label := Digit(i)
		out, err := m.Run(img)
		if err != nil {
			t.Fatal(err)
		}
		if model.Argmax(out) == label {
			right++
		}
	}
	if right < NumDigits()*8/10 {
		t.Fatalf("%d of %d digits classified right", right, NumDigits())
	}
	if img, label := Digit(-1); len(img) != Pixels || label < 0 || label > 9 {
		t.Fatalf("Digit(-1): %d pixels, label %d", len(img), label)
	}
}
