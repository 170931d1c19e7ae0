// Package gpu chooses how Groth16 proofs are made: gnark's CPU prover, or
// ICICLE on a CUDA device through gnark's backend/accelerated/icicle (only in
// a build with the icicle tag, after make gpu; the default build has no cgo).
// It serves every curve Nexus proves on: BLS12-377 (inference, block),
// BW6-761 (aggregation) and BN254 (wrap).
//
// A GPU proof is never used unverified: Prover.Prove checks it on the CPU
// under the verifying key first (GPU provers have shipped invalid proofs),
// and a GPU error, a panic in the GPU library or a proof that does not
// verify makes it prove again on the CPU, with one log line. A nil *Prover
// proves on the CPU, so a zero-valued setup struct keeps today's behaviour.
package gpu

import (
	"errors"
	"fmt"
	"log/slog"
	"sync/atomic"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
)

// Backend makes a Groth16 proof; groth16.Prove's signature.
type Backend interface {
	Name() string
	Prove(ccs constraint.ConstraintSystem, pk groth16.ProvingKey, w witness.Witness, opts ...backend.ProverOption) (groth16.Proof, error)
}

// Errors of the GPU path. Prove never returns them (it falls back to the
// CPU); Open does, and the log line of a fallback names them.
var (
	// ErrNotBuilt: this binary was built without the icicle tag.
	ErrNotBuilt = errors.New("this nexus build has no GPU support (build with `make gpu` and `go build -tags icicle`)")
	// ErrNoDevice: the ICICLE libraries loaded but found no usable CUDA device.
	ErrNoDevice = errors.New("no CUDA device")
	// ErrBadGPUProof: the GPU returned a proof that does not verify on the CPU.
	ErrBadGPUProof = errors.New("GPU proof does not verify on the CPU")
)

// Config selects the prover.
type Config struct {
	// Enabled asks for the GPU; without one Prove uses the CPU.
	Enabled bool
	// Device is the CUDA device id.
	Device int
}

// Check reports whether the settings are usable.
func (c Config) Check() error {
	if c.Device < 0 || c.Device > 255 {
		return fmt.Errorf("gpu device must be 0..255, got %d", c.Device)
	}
	return nil
}

// Opts are the prover options a circuit's proofs are made with and the
// verifier options that check them.
type Opts struct {
	Prover   []backend.ProverOption
	Verifier []backend.VerifierOption
}

// CPU is gnark's CPU prover.
type CPU struct{}

// Name implements Backend.
func (CPU) Name() string { return "cpu" }

// Prove implements Backend.
func (CPU) Prove(ccs constraint.ConstraintSystem, pk groth16.ProvingKey, w witness.Witness, opts ...backend.ProverOption) (groth16.Proof, error) {
	return groth16.Prove(ccs, pk, w, opts...)
}

// Prover proves on its GPU backend, verified, and on the CPU otherwise.
type Prover struct {
	gpu, cpu Backend
	log      *slog.Logger

	gpuProofs, fallbacks atomic.Int64
}

// New returns the prover cfg asks for: nil (the CPU) when the GPU is not
// enabled, and also, after one warning on log, when it is enabled but this
// build or this machine has none.
func New(cfg Config, log *slog.Logger) *Prover {
	if !cfg.Enabled {
		return nil
	}
	if log == nil {
		log = slog.Default()
	}
	b, err := Open(cfg.Device)
	if err != nil {
		log.Warn("GPU proving requested but not available: proving on the CPU", "device", cfg.Device, "err", err)
		return nil
	}
	log.Info("proving on the GPU, every proof verified on the CPU", "backend", b.Name())
	return NewWithBackend(b, log)
}

// NewWithBackend returns a prover that tries b first; tests inject a
// backend here.
func NewWithBackend(b Backend, log *slog.Logger) *Prover {
	if log == nil {
		log = slog.Default()
	}
	return &Prover{gpu: b, cpu: CPU{}, log: log}
}

// Open returns the ICICLE backend on CUDA device id, or why there is none
// (ErrNotBuilt, ErrNoDevice).
func Open(device int) (Backend, error) {
	if err := (Config{Device: device}).Check(); err != nil {
		return nil, err
	}
	return openICICLE(device)
}

// Name is the backend proofs are tried on first: "cpu" for a nil prover.
func (p *Prover) Name() string {
	if p == nil || p.gpu == nil {
		return CPU{}.Name()
	}
	return p.gpu.Name()
}

// Stats returns how many proofs the GPU made (verified) and how many fell
// back to the CPU.
func (p *Prover) Stats() (gpuProofs, fallbacks int64) {
	if p == nil {
		return 0, 0
	}
	return p.gpuProofs.Load(), p.fallbacks.Load()
}

// Prove proves the full witness w. On the GPU path the proof is returned
// only once it verifies under vk with o.Verifier; otherwise the CPU proves.
func (p *Prover) Prove(ccs constraint.ConstraintSystem, pk groth16.ProvingKey, vk groth16.VerifyingKey, w witness.Witness, o Opts) (groth16.Proof, error) {
	if p == nil || p.gpu == nil {
		return CPU{}.Prove(ccs, pk, w, o.Prover...)
	}
	proof, err := p.proveGPU(ccs, pk, vk, w, o)
	if err == nil {
		p.gpuProofs.Add(1)
		return proof, nil
	}
	p.fallbacks.Add(1)
	p.log.Warn("GPU proof failed: proving on the CPU", "backend", p.gpu.Name(), "curve", curveOf(ccs),
		"constraints", ccs.GetNbConstraints(), "err", err)
	return p.cpu.Prove(ccs, pk, w, o.Prover...)
}

// proveGPU proves on the GPU and verifies the proof on the CPU. A panic in
// the GPU library (gnark's ICICLE glue panics on device errors) is an error.
func (p *Prover) proveGPU(ccs constraint.ConstraintSystem, pk groth16.ProvingKey, vk groth16.VerifyingKey, w witness.Witness, o Opts) (proof groth16.Proof, err error) {
	if vk == nil {
		return nil, errors.New("no verifying key to check the GPU proof with")
	}
	// Taken before the GPU sees w, in case it writes to it.
	pub, err := w.Public()
	if err != nil {
		return nil, fmt.Errorf("public witness: %w", err)
	}
	proof, err = SafeProve(p.gpu, ccs, pk, w, o.Prover...)
	if err != nil {
		return nil, err
	}
	if err := Verify(proof, vk, pub, o.Verifier); err != nil {
		return nil, err
	}
	return proof, nil
}

// Verify checks a GPU proof on the CPU, ErrBadGPUProof when it fails. A
// malformed proof (points off the curve or out of the subgroup) is caught
// here too: gnark's verifier checks them.
func Verify(proof groth16.Proof, vk groth16.VerifyingKey, pub witness.Witness, opts []backend.VerifierOption) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: verifier panicked: %v", ErrBadGPUProof, r)
		}
	}()
	if proof == nil {
		return fmt.Errorf("%w: no proof", ErrBadGPUProof)
	}
	if err := groth16.Verify(proof, vk, pub, opts...); err != nil {
		return fmt.Errorf("%w: %v", ErrBadGPUProof, err)
	}
	return nil
}

// curveOf names the curve whose scalar field ccs is over.
func curveOf(ccs constraint.ConstraintSystem) string {
	for _, id := range []ecc.ID{ecc.BLS12_377, ecc.BW6_761, ecc.BN254, ecc.BLS12_381} {
		if id.ScalarField().Cmp(ccs.Field()) == 0 {
			return id.String()
		}
	}
	return "unknown"
}

// SafeProve is b.Prove with a panic (gnark's ICICLE glue panics on device
// errors) turned into an error.
func SafeProve(b Backend, ccs constraint.ConstraintSystem, pk groth16.ProvingKey, w witness.Witness, opts ...backend.ProverOption) (proof groth16.Proof, err error) {
	defer func() {
		if r := recover(); r != nil {
			proof, err = nil, fmt.Errorf("%s prover panicked: %v", b.Name(), r)
		}
	}()
	return b.Prove(ccs, pk, w, opts...)
}
