// Package standin holds circuits with the exact public-input and commitment
// shapes of the real inner circuits of aggregator/recursion: a block circuit
// with 2+2K public inputs and inference circuits with one, each with one
// range-check commitment, and an aggregation circuit with two and no
// commitment. Recursion circuits
// compiled for their keys have the real circuits' constraint counts, and
// their keys set up in a second, where the real ones take minutes to hours.
package standin

import (
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/multicommit"
	"github.com/consensys/gnark/std/rangecheck"
)

// Slot is one inference slot of Block's public inputs.
type Slot struct {
	Statement, VKHash frontend.Variable `gnark:",public"`
}

// Block range-checks the header halves, commits to them (so its commitment
// covers public inputs, like the real block circuit's) and ties each slot's
// statement to a private preimage.
type Block struct {
	HeaderHi, HeaderLo frontend.Variable `gnark:",public"`
	Inferences         []Slot            `gnark:",public"`
	Pre                []frontend.Variable
}

// NewBlock returns Block with k inference slots, ready to compile.
func NewBlock(k int) *Block {
	return &Block{Inferences: make([]Slot, k), Pre: make([]frontend.Variable, k)}
}

// Define implements frontend.Circuit.
func (c *Block) Define(api frontend.API) error {
	rc := rangecheck.New(api)
	rc.Check(c.HeaderHi, 128)
	rc.Check(c.HeaderLo, 128)
	multicommit.WithCommitment(api, func(api frontend.API, cmt frontend.Variable) error {
		api.AssertIsDifferent(cmt, 0)
		return nil
	}, c.HeaderHi, c.HeaderLo)
	for k, s := range c.Inferences {
		api.AssertIsEqual(api.Mul(s.Statement, api.Sub(s.Statement, c.Pre[k])), 0)
	}
	return nil
}

// Inference proves Statement = X^2 + Add (Square) or X + Add with an extra
// constraint: two circuits, two verifying keys of one shape.
type Inference struct {
	Statement frontend.Variable `gnark:",public"`
	X         frontend.Variable
	Square    bool `gnark:"-"`
	Add       int  `gnark:"-"`
}

// Define implements frontend.Circuit.
func (c *Inference) Define(api frontend.API) error {
	rangecheck.New(api).Check(c.X, 16)
	x := c.X
	if c.Square {
		x = api.Mul(x, x)
	} else {
		api.AssertIsDifferent(c.X, 12345)
	}
	api.AssertIsEqual(c.Statement, api.Add(x, c.Add))
	return nil
}

// Aggregation has the aggregation circuit's public inputs and, like it, no
// commitment: HeaderHi + HeaderLo = X ≠ 0. With Commitment it also has a
// range-check commitment that covers the public inputs: the key an
// aggregation circuit with emulated BLS12-377 scalars has (the wrap's
// constraints CSV measures what that costs the wrap).
type Aggregation struct {
	HeaderHi, HeaderLo frontend.Variable `gnark:",public"`
	X                  frontend.Variable
	Commitment         bool `gnark:"-"`
}

// Define implements frontend.Circuit.
func (c *Aggregation) Define(api frontend.API) error {
	if !c.Commitment {
		api.AssertIsEqual(api.Add(c.HeaderHi, c.HeaderLo), c.X)
		api.AssertIsDifferent(c.X, 0)
		return nil
	}
	rangecheck.New(api).Check(c.X, 16)
	api.AssertIsEqual(api.Add(c.HeaderHi, c.HeaderLo), c.X)
	multicommit.WithCommitment(api, func(api frontend.API, cmt frontend.Variable) error {
		api.AssertIsDifferent(cmt, 0)
		return nil
	}, c.HeaderHi, c.HeaderLo)
	return nil
}
