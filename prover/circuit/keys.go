package circuit

import (
	"encoding/hex"
	"fmt"
	"io"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
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
	ccs, err := frontend.Compile(ecc.BLS12_377.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		return nil, fmt.Errorf("compile %s: %w", m.Name, err)
	}
	return ccs, nil
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
	return keycache.Setup(spec, ccs, cacheDir, log, create)
}
