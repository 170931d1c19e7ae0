// Package circuit compiles a quantized model (prover/model) into a gnark
// circuit proving statement = Poseidon2(modelId, jobId, Poseidon2(pack(input)
// ‖ inSalt), Poseidon2(pack(output) ‖ outSalt)) with output = model.Run(input).
//
// The model's weights are constants, so matrix products are linear
// combinations and cost nothing; constraints go to Poseidon2 (190 per
// compression: 33 of them for the MNIST MLP), range checks (byteChecker: a
// log-derivative lookup into {0..255} behind the circuit's one commitment),
// the requantization/clamp of each neuron and max-pooling. The statement is
// the only public input.
package circuit

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/hash"
	"github.com/consensys/gnark/std/permutation/poseidon2"

	"github.com/nexus-rollup/nexus/prover/model"
	"github.com/nexus-rollup/nexus/prover/statement"
)

// Circuit is the inference circuit of one model.
type Circuit struct {
	Statement frontend.Variable `gnark:",public"`

	Input  []frontend.Variable // uint8 pixels
	Output []frontend.Variable // output bytes: value - lo
	// ModelID is the model's id in the registry (L1 ModelRegistry, the L2
	// models tree). It is a private witness: the verifying key already pins
	// the weights, and the statement binds the id, so one model's keys serve
	// it under any id and the block circuit can compute the statement from
	// the job's model id alone.
	ModelID    frontend.Variable
	JobID      frontend.Variable
	InputSalt  frontend.Variable
	OutputSalt frontend.Variable

	// Params holds weights then biases of each requantizing layer when the
	// circuit is built WithWeightsAsWitness (a benchmark variant only: such a
	// proof does not bind the model). Empty otherwise.
	Params []frontend.Variable

	model *model.Model
}

// Option changes how a circuit is built.
type Option func(*Circuit)

// WithWeightsAsWitness makes weights and biases private witnesses instead of
// constants: the like-for-like comparison with a circom circuit that takes
// them as inputs.
func WithWeightsAsWitness() Option {
	return func(c *Circuit) { c.Params = make([]frontend.Variable, c.model.ParamCount()) }
}

// New returns the (unassigned) circuit of m, for compilation.
func New(m *model.Model, opts ...Option) (*Circuit, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	c := &Circuit{
		Input:  make([]frontend.Variable, m.InputSize()),
		Output: make([]frontend.Variable, m.OutputSize()),
		model:  m,
	}
	for _, o := range opts {
		o(c)
	}
	return c, nil
}

// Define builds the constraints.
func (c *Circuit) Define(api frontend.API) error {
	m := c.model
	if m == nil {
		return fmt.Errorf("circuit: built without a model (use circuit.New)")
	}
	g := &gadgets{api: api, rc: newByteChecker(api)}
	for _, x := range c.Input {
		g.rc.Check(x, 8)
	}
	x := c.Input
	shapes, ranges := m.Shapes(), m.Ranges()
	params := c.Params
	if m.Sequence() && len(params) > 0 {
		return fmt.Errorf("circuit: weights as witnesses are not supported for sequence models")
	}
	// Sequence layers read any earlier output; a sequence model has no
	// max-pool, so trace[k] is layer k-1's output.
	trace := [][]frontend.Variable{x}
	for i := 0; i < len(m.Layers); i++ {
		l := &m.Layers[i]
		if l.Kind.Sequence() {
			x = g.sequence(l, trace, ranges)
			trace = append(trace, x)
			continue
		}
		if l.Kind == model.MaxPool {
			x = g.maxPool(l, shapes[i], shapes[i+1], x, bitLen(ranges[i][1]-ranges[i][0]))
			continue
		}
		var w, b []frontend.Variable
		if len(c.Params) > 0 {
			w, params = params[:len(l.Weights)], params[len(l.Weights):]
			b, params = params[:len(l.Bias)], params[len(l.Bias):]
			for _, v := range w {
				g.rc.Check(api.Add(v, 128), 8)
			}
			for _, v := range b {
				g.rc.Check(api.Add(v, model.MaxBias), 31)
			}
		}
		var acc []frontend.Variable
		if l.Kind == model.Dense {
			acc = g.dense(l, x, w, b)
		} else {
			acc = g.conv(l, shapes[i], shapes[i+1], x, w, b)
		}
		// Requantization is monotone (mult > 0, then a clamp), so the max of
		// requantized values is the requantized max: a following max-pool
		// runs on the accumulators and only the pooled values are
		// requantized, bit-identical to model.Run and far fewer constraints.
		if i+1 < len(m.Layers) && m.Layers[i+1].Kind == model.MaxPool && l.Act != model.ActTable {
			bound := accBound(l, ranges[i], w != nil)
			acc = g.maxPool(&m.Layers[i+1], shapes[i+1], shapes[i+2], acc, new(big.Int).Lsh(bound, 1).BitLen())
			i++
		}
		r := newRequantizer(l, ranges[i-boolInt(m.Layers[i].Kind == model.MaxPool)], w != nil)
		x = make([]frontend.Variable, len(acc))
		for j := range acc {
			x[j] = g.requant(r, acc[j])
		}
		if l.Act == model.ActTable {
			x = g.table(l, x)
		}
		trace = append(trace, x)
	}
	lo, _ := m.OutputRange()
	if len(c.Output) != len(x) {
		return fmt.Errorf("circuit: %d outputs assigned, model has %d", len(c.Output), len(x))
	}
	for j := range x {
		api.AssertIsEqual(c.Output[j], api.Sub(x[j], lo))
	}
	inCommit, err := g.commit(c.Input, c.InputSalt)
	if err != nil {
		return err
	}
	outCommit, err := g.commit(c.Output, c.OutputSalt)
	if err != nil {
		return err
	}
	st, err := g.hash(c.ModelID, c.JobID, inCommit, outCommit)
	if err != nil {
		return err
	}
	api.AssertIsEqual(c.Statement, st)
	return nil
}

func bitLen(v int64) int { return big.NewInt(v).BitLen() }

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// commit packs bytes (already range-checked to 8 bits) 31 per element, as
// statement.Pack, and hashes them with the salt.
func (g *gadgets) commit(bytes []frontend.Variable, salt frontend.Variable) (frontend.Variable, error) {
	var elems []frontend.Variable
	for i := 0; i < len(bytes); i += statement.BytesPerElement {
		var acc frontend.Variable = 0
		coef := big.NewInt(1)
		for _, b := range bytes[i:min(i+statement.BytesPerElement, len(bytes))] {
			acc = g.api.Add(acc, g.api.Mul(b, new(big.Int).Set(coef)))
			coef.Lsh(coef, 8)
		}
		elems = append(elems, acc)
	}
	return g.hash(append(elems, salt)...)
}

func (g *gadgets) hash(elems ...frontend.Variable) (frontend.Variable, error) {
	p, err := poseidon2.NewPoseidon2(g.api)
	if err != nil {
		return nil, err
	}
	h := hash.NewMerkleDamgardHasher(g.api, p, 0)
	h.Write(elems...)
	return h.Sum(), nil
}
