// Package demo holds what `nexus devnet` needs to run inference with no files
// around: the MNIST MLP (784-56-10, int8, 9,408 constraints) and 32 held-out
// MNIST digits with their labels, embedded in the binary.
package demo

import (
	_ "embed"
	"fmt"

	"github.com/nexus-rollup/nexus/prover/model"
)

// MNISTModel is the quantized MNIST MLP, byte for byte
// prover/model/testdata/mlp.nxm (the test checks it).
//
//go:embed mnist-mlp.nxm
var MNISTModel []byte

// digits is 32 records of a label byte then 784 pixel bytes: the first 32
// held-out digits of mnist.Default.
//
//go:embed digits.bin
var digits []byte

// Pixels is the size of one digit: 28x28 grey bytes.
const Pixels = 28 * 28

// NumDigits is the number of embedded digits.
func NumDigits() int { return len(digits) / (1 + Pixels) }

// Digit returns embedded digit i mod NumDigits and its label.
func Digit(i int) (image []byte, label int) {
	i %= NumDigits()
	if i < 0 {
		i += NumDigits()
	}
	rec := digits[i*(1+Pixels) : (i+1)*(1+Pixels)]
	return append([]byte(nil), rec[1:]...), int(rec[0])
}

// Model decodes the embedded model.
func Model() (*model.Model, error) {
	m, err := model.Decode(MNISTModel)
	if err != nil {
		return nil, fmt.Errorf("demo model: %w", err)
	}
	return m, nil
}
