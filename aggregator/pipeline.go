// Package aggregator turns sealed batches into the one proof L1 verifies
// (DESIGN.md §4): the block proof of the batch's state transition, the
// aggregation proof that folds it with the batch's inference proofs, and the
// BN254 wrap proof that NexusRollup.submitBatch checks. Every intermediate
// proof is verified before it is used.
package aggregator

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/nexus-rollup/nexus/aggregator/block"
	"github.com/nexus-rollup/nexus/aggregator/recursion"
	"github.com/nexus-rollup/nexus/gpu"
	"github.com/nexus-rollup/nexus/internal/keycache"
	"github.com/nexus-rollup/nexus/l1/verifier"
	"github.com/nexus-rollup/nexus/rollup"
)

// Keys are the three circuits' keys of one parameter set.
type Keys struct {
	Params      block.Params
	Block       *keycache.Keys
	Aggregation *keycache.Keys
	Wrap        *keycache.Keys
	// Prover makes the three proofs (nil: the CPU; see package gpu).
	Prover *gpu.Prover
}

// Setup loads (or, with create, makes) the block, aggregation and (with
// wrap) wrap keys for p. Each later circuit is fixed to the previous one's
// verifying key, so they are set up in order. The wrap circuit alone takes
// ~10 GB and 1 min to compile and 3.5 min to set up on 2 cores (a 4.8 GB
// proving key); keys without it prove up to the aggregation proof.
//
// A process that holds the wrap keys gets a soft memory limit of
// WrapMemoryLimit unless GOMEMLIMIT sets one: the Go collector otherwise
// lets the heap grow to twice the live ~9 GB while proving.
func Setup(p block.Params, cacheDir string, log io.Writer, create, wrap bool) (*Keys, error) {
	if log == nil {
		log = io.Discard
	}
	if wrap && os.Getenv("GOMEMLIMIT") == "" && debug.SetMemoryLimit(-1) == math.MaxInt64 {
		debug.SetMemoryLimit(WrapMemoryLimit)
		fmt.Fprintf(log, "setup: soft memory limit %d GiB for the wrap (GOMEMLIMIT overrides)\n", WrapMemoryLimit>>30)
	}
	k := &Keys{Params: p}
	var err error
	if k.Block, err = block.Setup(p, cacheDir, log, create); err != nil {
		return nil, err
	}
	agg, err := recursion.NewAggregation(k.Block.VK, p.Inferences)
	if err != nil {
		return nil, err
	}
	name := fmt.Sprintf("aggregation(K=%d) of %s", p.Inferences, p)
	if k.Aggregation, err = compileAndSetup(name, ecc.BW6_761, agg, 0.17, cacheDir, log, create); err != nil {
		return nil, err
	}
	if !wrap {
		return k, nil
	}
	wc, err := recursion.NewWrap(k.Aggregation.VK)
	if err != nil {
		return nil, err
	}
	name = "wrap of " + name
	if k.Wrap, err = compileAndSetup(name, ecc.BN254, wc, 0.1, cacheDir, log, create); err != nil {
		return nil, err
	}
	reportLiveHeap(log)
	return k, nil
}

// reportLiveHeap prints the live heap once the keys are in memory, against
// the soft memory limit: a proof allocates a few GiB more, and a live set
// that leaves it no room keeps the collector running through the proof.
func reportLiveHeap(log io.Writer) {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	live := sample[0].Value.Uint64()
	limit := debug.SetMemoryLimit(-1)
	if limit == math.MaxInt64 {
		fmt.Fprintf(log, "setup: keys loaded: %.1f GiB live heap\n", float64(live)/(1<<30))
		return
	}
	fmt.Fprintf(log, "setup: keys loaded: %.1f GiB live heap, soft memory limit %.1f GiB\n", float64(live)/(1<<30), float64(limit)/(1<<30))
	if room := int64(limit) - int64(live); room < 3<<30 {
		fmt.Fprintf(log, "setup: WARNING: %.1f GiB left under the soft memory limit for proving, which allocates a few GiB: "+
			"proofs may be slowed by garbage collection (GOMEMLIMIT raises the limit)\n", float64(room)/(1<<30))
	}
}

// WrapMemoryLimit is the soft memory limit (runtime/debug.SetMemoryLimit)
// of a process holding the wrap keys.
const WrapMemoryLimit = 11 << 30

func compileAndSetup(name string, curve ecc.ID, c frontend.Circuit, msPerConstraint float64, cacheDir string,
	log io.Writer, create bool) (*keycache.Keys, error) {
	if !create && !keycache.Named(cacheDir, name) {
		return nil, keycache.MissingError(cacheDir, name)
	}
	start := time.Now()
	fmt.Fprintf(log, "setup: compiling %s\n", name)
	ccs, err := frontend.Compile(curve.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		return nil, fmt.Errorf("compile %s: %w", name, err)
	}
	fmt.Fprintf(log, "setup: %s compiled in %s: %d constraints\n", name, time.Since(start).Round(time.Millisecond),
		ccs.GetNbConstraints())
	k, err := keycache.Setup(keycache.Spec{Name: name, MsPerConstraint: msPerConstraint}, ccs, cacheDir, log, create)
	// The compile's and the setup's garbage (gigabytes for the wrap) goes
	// back to the OS before the next circuit or the first proof.
	debug.FreeOSMemory()
	return k, err
}

// ProofSource gives the inference proof of a fulfilled job and the
// verifying key of its model (the sequencer stores accepted proofs).
type ProofSource interface {
	InferenceProof(jobID uint32) (groth16.VerifyingKey, groth16.Proof, error)
}

// Result is a batch's proofs and what submitBatch takes.
type Result struct {
	Block, Aggregation, Wrap groth16.Proof
	// Calldata is the wrap proof as the Solidity verifier reads it.
	Calldata []byte
	// Times of the three stages.
	BlockTime, AggregationTime, WrapTime time.Duration
}

// ErrMissingProof is returned when a fulfilled job's inference proof is not
// available.
var ErrMissingProof = errors.New("aggregator: inference proof missing")

// Prove proves a sealed batch from its witness and its jobs' inference
// proofs (up to the aggregation proof for keys set up without the wrap).
func (k *Keys) Prove(batch *rollup.Batch, w *rollup.Witness, proofs ProofSource) (*Result, error) {
	p := k.Params
	assignment, err := block.Assign(p, batch, w)
	if err != nil {
		return nil, err
	}
	res := &Result{}
	start := time.Now()
	blockProof, _, err := block.ProveOn(k.Prover, k.Block, assignment)
	if err != nil {
		return nil, err
	}
	res.Block, res.BlockTime = blockProof, time.Since(start)

	// The block's public inputs, and one inference proof per slot.
	hi, err := toBig(assignment.HeaderHi)
	if err != nil {
		return nil, err
	}
	lo, err := toBig(assignment.HeaderLo)
	if err != nil {
		return nil, err
	}
	public := []fr.Element{frOf(hi), frOf(lo)}
	var fulfilled []uint32
	for _, ow := range w.Ops {
		if f, ok := ow.Receipt.Op.(*rollup.FulfillJob); ok {
			fulfilled = append(fulfilled, f.JobID)
		}
	}
	slots := make([]recursion.InferenceProof, p.Inferences)
	for i, inf := range assignment.Inferences {
		stB, err := toBig(inf.Statement)
		if err != nil {
			return nil, err
		}
		vkB, err := toBig(inf.VKHash)
		if err != nil {
			return nil, err
		}
		st, vkh := frOf(stB), frOf(vkB)
		public = append(public, st, vkh)
		if vkh.IsZero() {
			if slots[i], err = recursion.Padding(); err != nil {
				return nil, err
			}
			continue
		}
		if i >= len(fulfilled) {
			return nil, fmt.Errorf("aggregator: slot %d is active but the batch has %d fulfilments", i, len(fulfilled))
		}
		vk, proof, err := proofs.InferenceProof(fulfilled[i])
		if err != nil {
			return nil, fmt.Errorf("%w: job %d: %v", ErrMissingProof, fulfilled[i], err)
		}
		slots[i] = recursion.InferenceProof{VK: vk, Proof: proof, Statement: st}
	}
	start = time.Now()
	agg, err := recursion.AssignAggregation(k.Block.VK, recursion.BlockProof{Proof: blockProof, Public: public}, slots)
	if err != nil {
		return nil, err
	}
	if res.Aggregation, err = recursion.ProveAggregationOn(k.Prover, k.Aggregation.CCS, k.Aggregation.PK, k.Aggregation.VK, agg); err != nil {
		return nil, err
	}
	res.AggregationTime = time.Since(start)
	if k.Wrap == nil {
		return res, recursion.VerifyAggregation(k.Aggregation.VK, res.Aggregation, hi, lo)
	}

	start = time.Now()
	wrap, err := recursion.AssignWrap(k.Aggregation.VK, res.Aggregation, hi, lo) // verifies the aggregation proof
	if err != nil {
		return nil, err
	}
	if res.Wrap, err = recursion.ProveWrapOn(k.Prover, k.Wrap.CCS, k.Wrap.PK, k.Wrap.VK, wrap); err != nil {
		return nil, err
	}
	if err := recursion.VerifyWrap(k.Wrap.VK, res.Wrap, hi, lo); err != nil {
		return nil, fmt.Errorf("wrap proof does not verify: %w", err)
	}
	res.WrapTime = time.Since(start)
	if res.Calldata, err = verifier.SolidityProof(res.Wrap); err != nil {
		return nil, err
	}
	return res, nil
}

func toBig(v frontend.Variable) (*big.Int, error) {
	switch x := v.(type) {
	case *big.Int:
		return new(big.Int).Set(x), nil
	case fr.Element:
		return x.BigInt(new(big.Int)), nil
	case int:
		return big.NewInt(int64(x)), nil
	}
	return nil, fmt.Errorf("aggregator: unexpected assignment value %T", v)
}

func frOf(v *big.Int) fr.Element {
	var e fr.Element
	e.SetBigInt(v)
	return e
}
