// Package modeltest holds small models for tests of the packages that
// compile, prove and serve models.
package modeltest

import "github.com/nexus-rollup/nexus/prover/model"

// Tiny is a conv, max-pool and dense model on a 4x4 input: a few thousand
// constraints, set up and proved in about a second.
func Tiny() *model.Model {
	return &model.Model{Name: "tiny", InputShape: []int{1, 4, 4}, InputScale: 1.0 / 255, Layers: []model.Layer{
		{Kind: model.Conv, InC: 1, OutC: 2, K: 3, Stride: 1, Pad: 1,
			Weights: []int8{1, -2, 3, 4, 5, -6, 7, 8, 9, -9, 8, -7, 6, 5, -4, 3, 2, 1},
			Bias:    []int32{10, -20}, Mult: 3, Shift: 4, Act: model.ActReLU, OutScale: 0.1},
		{Kind: model.MaxPool, K: 2, Stride: 2},
		{Kind: model.Dense, In: 8, Out: 3, Weights: []int8{127, -128, 0, 1, 2, 3, 4, 5, -1, -2, -3, -4, -5, -6, -7, -8, 9, 9, 9, 9, 9, 9, 9, 9},
			Bias: []int32{0, 1000, -1000}, Mult: 5, Shift: 6, OutScale: 0.2},
	}}
}
