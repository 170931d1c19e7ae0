package circuit

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

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

// Keys are a compiled circuit and its Groth16 keys.
type Keys struct {
	CCS      constraint.ConstraintSystem
	PK       groth16.ProvingKey
	VK       groth16.VerifyingKey
	Checksum string // SHA-256 of the serialized constraint system
	Dir      string // cache directory holding the keys
}

// Manifest records checksums of a cached circuit's keys; Setup re-checks
// them on every load.
type Manifest struct {
	Model       string `json:"model"`
	ModelHash   string `json:"model_sha256"`
	Circuit     string `json:"circuit_sha256"`
	Constraints int    `json:"constraints"`
	PK          string `json:"pk_sha256"`
	VK          string `json:"vk_sha256"`
	Created     string `json:"created"`
	Note        string `json:"note"`
}

// DefaultCacheDir is ${XDG_CACHE_HOME:-$HOME/.cache}/nexus/keys, shared by
// tests, CI on one machine and the devnet (DESIGN.md §4).
func DefaultCacheDir() string {
	if d := os.Getenv("XDG_CACHE_HOME"); d != "" {
		return filepath.Join(d, "nexus", "keys")
	}
	if h, err := os.UserHomeDir(); err == nil {
		return filepath.Join(h, ".cache", "nexus", "keys")
	}
	return filepath.Join(os.TempDir(), "nexus-keys")
}

// ErrCorruptKeys is returned when cached keys do not match their manifest.
var ErrCorruptKeys = errors.New("cached keys do not match their manifest")

// Setup compiles m's circuit and loads its keys from cacheDir/<checksum>, or
// runs a dev (unsafe, single-party) Groth16 setup and caches them. Progress
// goes to log (may be nil).
func Setup(m *model.Model, cacheDir string, log io.Writer, opts ...Option) (*Keys, error) {
	return setup(m, cacheDir, log, true, opts...)
}

// ErrNoKeys is returned by Load when no keys are cached for the circuit.
var ErrNoKeys = errors.New("no keys cached for this circuit")

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
	var buf bytes.Buffer
	if _, err := ccs.WriteTo(&buf); err != nil {
		return nil, err
	}
	sum := sha256.Sum256(buf.Bytes())
	k := &Keys{CCS: ccs, Checksum: hex.EncodeToString(sum[:]), Dir: filepath.Join(cacheDir, hex.EncodeToString(sum[:16]))}
	fmt.Fprintf(log, "setup: %s compiled in %s: %d constraints, circuit %s\n", m.Name, time.Since(start).Round(time.Millisecond), ccs.GetNbConstraints(), k.Checksum[:16])
	if _, err := os.Stat(filepath.Join(k.Dir, "manifest.json")); err == nil {
		if err := k.load(); err != nil {
			return nil, err
		}
		fmt.Fprintf(log, "setup: loaded verified keys from %s\n", k.Dir)
		return k, nil
	}
	if !create {
		return nil, fmt.Errorf("%w in %s", ErrNoKeys, k.Dir)
	}
	est := time.Duration(float64(ccs.GetNbConstraints())*0.4) * time.Millisecond
	fmt.Fprintf(log, "setup: dev Groth16 setup (unsafe: single party), estimated %s on 2 cores\n", est.Round(time.Second))
	done := make(chan struct{})
	go progress(log, start, done)
	k.PK, k.VK, err = groth16.Setup(ccs)
	close(done)
	if err != nil {
		return nil, fmt.Errorf("groth16 setup: %w", err)
	}
	if err := k.save(m); err != nil {
		return nil, err
	}
	fmt.Fprintf(log, "setup: done in %s, keys in %s\n", time.Since(start).Round(time.Millisecond), k.Dir)
	return k, nil
}

func progress(log io.Writer, start time.Time, done chan struct{}) {
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-done:
			return
		case <-t.C:
			fmt.Fprintf(log, "setup: ... %s elapsed\n", time.Since(start).Round(time.Second))
		}
	}
}

func (k *Keys) save(m *model.Model) error {
	if err := os.MkdirAll(k.Dir, 0o755); err != nil {
		return err
	}
	pkSum, err := writeKey(filepath.Join(k.Dir, "pk.bin"), k.PK)
	if err != nil {
		return err
	}
	vkSum, err := writeKey(filepath.Join(k.Dir, "vk.bin"), k.VK)
	if err != nil {
		return err
	}
	h, _ := m.Hash()
	man := Manifest{Model: m.Name, ModelHash: hex.EncodeToString(h[:]), Circuit: k.Checksum,
		Constraints: k.CCS.GetNbConstraints(), PK: pkSum, VK: vkSum, Created: time.Now().UTC().Format(time.RFC3339),
		Note: "dev setup: single-party, not for production"}
	b, _ := json.MarshalIndent(man, "", "  ")
	// The manifest is written last (atomically): a crash mid-save leaves no
	// manifest, so the next run sets up again instead of loading half a key.
	tmp := filepath.Join(k.Dir, "manifest.json.tmp")
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, filepath.Join(k.Dir, "manifest.json"))
}

func writeKey(path string, w io.WriterTo) (string, error) {
	var buf bytes.Buffer
	if _, err := w.WriteTo(&buf); err != nil {
		return "", err
	}
	sum := sha256.Sum256(buf.Bytes())
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return "", err
	}
	return hex.EncodeToString(sum[:]), nil
}

func (k *Keys) load() error {
	b, err := os.ReadFile(filepath.Join(k.Dir, "manifest.json"))
	if err != nil {
		return err
	}
	var man Manifest
	if err := json.Unmarshal(b, &man); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrCorruptKeys, k.Dir, err)
	}
	if man.Circuit != k.Checksum {
		return fmt.Errorf("%w: %s is for circuit %.16s, not %.16s", ErrCorruptKeys, k.Dir, man.Circuit, k.Checksum)
	}
	k.PK = groth16.NewProvingKey(ecc.BLS12_377)
	k.VK = groth16.NewVerifyingKey(ecc.BLS12_377)
	for _, f := range []struct {
		name, sum string
		r         io.ReaderFrom
	}{{"pk.bin", man.PK, k.PK}, {"vk.bin", man.VK, k.VK}} {
		b, err := os.ReadFile(filepath.Join(k.Dir, f.name))
		if err != nil {
			return err
		}
		if s := sha256.Sum256(b); hex.EncodeToString(s[:]) != f.sum {
			return fmt.Errorf("%w: %s (delete %s to set up again)", ErrCorruptKeys, filepath.Join(k.Dir, f.name), k.Dir)
		}
		if _, err := f.r.ReadFrom(bytes.NewReader(b)); err != nil {
			return fmt.Errorf("%w: %s: %v", ErrCorruptKeys, f.name, err)
		}
	}
	return nil
}

// VKHash is the SHA-256 of the serialized verifying key (what a model
// registration commits to).
func (k *Keys) VKHash() (string, error) {
	var buf bytes.Buffer
	if _, err := k.VK.WriteTo(&buf); err != nil {
		return "", err
	}
	s := sha256.Sum256(buf.Bytes())
	return hex.EncodeToString(s[:]), nil
}
