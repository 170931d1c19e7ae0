package circuit

import (
	"bufio"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/nexus-rollup/nexus/internal/keycache"
	"github.com/nexus-rollup/nexus/prover/model"
)

// Compile compiles the circuit of m to an R1CS over BLS12-377 Fr.
func Compile(m *model.Model, opts ...Option) (constraint.ConstraintSystem, error) {
	c, err := New(m, opts...)
	if err != nil {
		return nil, err
	}
	ccs, err := frontend.Compile(ecc.BLS12_377.ScalarField(), r1cs.NewBuilder, c, CompileOptions()...)
	if err != nil {
		return nil, fmt.Errorf("compile %s: %w", m.Name, err)
	}
	return ccs, nil
}

// CompileOptions are gnark's compile options of inference circuits. Long
// linear combinations (a dense layer's sums, up to 784 terms) stay whole:
// gnark's default splits those over 300 terms into extra wires, each an
// extra constraint and a full-size wire in every MSM, where a long
// combination costs only solver additions.
func CompileOptions() []frontend.CompileOption {
	return []frontend.CompileOption{frontend.WithCompressThreshold(0)}
}

// Keys are a compiled circuit and its Groth16 keys (internal/keycache).
type Keys = keycache.Keys

// DefaultCacheDir is ${XDG_CACHE_HOME:-$HOME/.cache}/nexus/keys, shared by
// tests, CI on one machine and the devnet (DESIGN.md §4).
func DefaultCacheDir() string { return keycache.DefaultDir() }

// Errors of Setup and Load.
var (
	// ErrCorruptKeys is returned when cached keys do not match their manifest.
	ErrCorruptKeys = keycache.ErrCorrupt
	// ErrNoKeys is returned by Load when no keys are cached for the circuit.
	ErrNoKeys = keycache.ErrNoKeys
)

// Setup compiles m's circuit and loads its keys from cacheDir/<checksum>, or
// runs a dev (unsafe, single-party) Groth16 setup and caches them. Progress
// goes to log (may be nil).
func Setup(m *model.Model, cacheDir string, log io.Writer, opts ...Option) (*Keys, error) {
	return setup(m, cacheDir, log, true, opts...)
}

// Load is Setup without creating keys: verifiers need the keys the prover
// used, never fresh ones.
func Load(m *model.Model, cacheDir string, log io.Writer, opts ...Option) (*Keys, error) {
	return setup(m, cacheDir, log, false, opts...)
}

// LoadVK loads only m's verifying key from cacheDir, checked against its
// manifest, never the proving key. Keys set up for this model file are
// found by its hash without compiling; keys that another model of the same
// circuit set up (same weights, another name) are found by compiling.
func LoadVK(m *model.Model, cacheDir string) (groth16.VerifyingKey, string, error) {
	h, err := m.Hash()
	if err != nil {
		return nil, "", err
	}
	vk, dir, err := keycache.FindVK(cacheDir, ecc.BLS12_377, map[string]string{"model_sha256": hex.EncodeToString(h[:])}, witnessParamsKey)
	if !errors.Is(err, keycache.ErrNoKeys) {
		return vk, dir, err
	}
	return LoadVKCompiled(m, cacheDir)
}

// LoadVKCompiled is LoadVK by the compiled circuit's checksum: certain to
// be the key of the current circuit, at the cost of a compile.
func LoadVKCompiled(m *model.Model, cacheDir string) (groth16.VerifyingKey, string, error) {
	ccs, err := Compile(m)
	if err != nil {
		return nil, "", err
	}
	return keycache.LoadVK(ccs, cacheDir)
}

// ReadVK reads a verifying key file (vk.bin of a key directory).
func ReadVK(path string) (groth16.VerifyingKey, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	vk := groth16.NewVerifyingKey(ecc.BLS12_377)
	if _, err := vk.ReadFrom(bufio.NewReader(f)); err != nil {
		return nil, fmt.Errorf("%s: not a BLS12-377 Groth16 verifying key: %w", path, err)
	}
	return vk, nil
}

// witnessParamsKey marks, in a manifest, the keys of the circuit built
// WithWeightsAsWitness, which LoadVK must not pick for the baked circuit.
const witnessParamsKey = "weights_as_witness"

func setup(m *model.Model, cacheDir string, log io.Writer, create bool, opts ...Option) (*Keys, error) {
	if log == nil {
		log = io.Discard
	}
	start := time.Now()
	ccs, err := Compile(m, opts...)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(log, "setup: %s compiled in %s: %d constraints\n", m.Name, time.Since(start).Round(time.Millisecond),
		ccs.GetNbConstraints())
	h, err := m.Hash()
	if err != nil {
		return nil, err
	}
	spec := keycache.Spec{Name: "inference " + m.Name, Extra: map[string]string{"model_sha256": hex.EncodeToString(h[:])},
		MsPerConstraint: 0.4}
	if c, err := New(m, opts...); err == nil && len(c.Params) > 0 {
		spec.Extra[witnessParamsKey] = "true"
	}
	return keycache.Setup(spec, ccs, cacheDir, log, create)
}
