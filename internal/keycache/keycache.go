// Package keycache keeps Groth16 keys on disk, keyed by the checksum of the
// compiled circuit and verified against a manifest on every load
// (DESIGN.md §4): tests, CI on one machine, nexus setup and the devnet share
// one cache, and keys that verify are never regenerated. A setup killed
// midway leaves no manifest but its finished stages (internal/devsetup), so
// the next run resumes it.
package keycache

import (
	"bufio"
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
	"golang.org/x/term"

	"github.com/nexus-rollup/nexus/internal/devsetup"
)

// Keys are a compiled circuit and its Groth16 keys.
type Keys struct {
	CCS      constraint.ConstraintSystem
	PK       groth16.ProvingKey
	VK       groth16.VerifyingKey
	Checksum string // SHA-256 of the serialized constraint system
	Dir      string // cache directory holding the keys
}

// Manifest records checksums of a cached circuit's keys.
type Manifest struct {
	Name        string            `json:"name"`
	Circuit     string            `json:"circuit_sha256"`
	Constraints int               `json:"constraints"`
	PK          string            `json:"pk_sha256"`
	VK          string            `json:"vk_sha256"`
	Format      string            `json:"format"` // keyFormat
	Extra       map[string]string `json:"extra,omitempty"`
	Created     string            `json:"created"`
	Note        string            `json:"note"`
}

// keyFormat names the on-disk format and the setup's conventions; keys of
// another format are set up again. v2: the commitments' G2 point is [δ]₂
// (internal/devsetup), which the L1 verifier requires of the wrap key.
const keyFormat = "groth16-pk-dump/v2"

// Errors of Setup.
var (
	// ErrCorrupt is returned when cached keys do not match their manifest.
	ErrCorrupt = errors.New("cached keys do not match their manifest")
	// ErrNoKeys is returned when keys are missing and may not be created.
	ErrNoKeys = errors.New("no keys cached for this circuit")
)

// DefaultDir is ${XDG_CACHE_HOME:-$HOME/.cache}/nexus/keys.
func DefaultDir() string {
	if d := os.Getenv("XDG_CACHE_HOME"); d != "" {
		return filepath.Join(d, "nexus", "keys")
	}
	if h, err := os.UserHomeDir(); err == nil {
		return filepath.Join(h, ".cache", "nexus", "keys")
	}
	return filepath.Join(os.TempDir(), "nexus-keys")
}

// Named reports whether cacheDir holds keys of a circuit named name (by the
// name its manifest records), without compiling anything: a caller that may
// not create keys checks this first and reports missing keys in
// milliseconds rather than after a compile (the wrap's takes minutes). Keys
// that are found by name are still verified against the compiled circuit
// by Setup, so keys of an older version of the circuit are never used.
func Named(cacheDir, name string) bool {
	dirs, err := os.ReadDir(cacheDir)
	if err != nil {
		return false
	}
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		if man, err := readManifest(filepath.Join(cacheDir, d.Name())); err == nil && man.Name == name && man.Format == keyFormat {
			return true
		}
	}
	return false
}

// keysOf returns the (empty) keys of ccs: its checksum and cache directory.
func keysOf(ccs constraint.ConstraintSystem, cacheDir string) (*Keys, error) {
	hc := sha256.New() // streamed: the wrap circuit serialises to gigabytes
	if _, err := ccs.WriteTo(hc); err != nil {
		return nil, err
	}
	sum := hc.Sum(nil)
	return &Keys{CCS: ccs, Checksum: hex.EncodeToString(sum), Dir: filepath.Join(cacheDir, hex.EncodeToString(sum[:16]))}, nil
}

// LoadVK loads only the verifying key of ccs from cacheDir, checked against
// its manifest: no proving key is read.
func LoadVK(ccs constraint.ConstraintSystem, cacheDir string) (groth16.VerifyingKey, string, error) {
	k, err := keysOf(ccs, cacheDir)
	if err != nil {
		return nil, "", err
	}
	man, err := readManifest(k.Dir)
	if os.IsNotExist(err) {
		return nil, "", fmt.Errorf("%w: %s", ErrNoKeys, k.Dir)
	}
	if err != nil {
		return nil, "", err
	}
	if man.Circuit != k.Checksum || man.Format != keyFormat {
		return nil, "", fmt.Errorf("%w: %s is for circuit %.16s (%s), not %.16s", ErrCorrupt, k.Dir, man.Circuit, man.Format, k.Checksum)
	}
	curve, err := curveOf(ccs)
	if err != nil {
		return nil, "", err
	}
	vk := groth16.NewVerifyingKey(curve)
	if err := readKey(filepath.Join(k.Dir, "vk.bin"), man.VK, vk); err != nil {
		return nil, "", err
	}
	return vk, k.Dir, nil
}

// FindVK loads only the verifying key of a cached circuit whose manifest
// records every key/value of match in its Extra (and not the key exclude),
// the most recently created if several do (keys of an older circuit
// version stay in the cache), checked against the manifest's checksum. A
// verifier needs neither the proving key (hundreds of MB for a large
// circuit) nor a compile; a wrong key only fails to verify. It returns the
// key's directory too.
func FindVK(cacheDir string, curve ecc.ID, match map[string]string, exclude string) (groth16.VerifyingKey, string, error) {
	dirs, err := os.ReadDir(cacheDir)
	if err != nil && !os.IsNotExist(err) {
		return nil, "", err
	}
	var best *Manifest
	bestDir := ""
	for _, d := range dirs {
		dir := filepath.Join(cacheDir, d.Name())
		if !d.IsDir() {
			continue
		}
		man, err := readManifest(dir)
		if err != nil || man.Format != keyFormat {
			continue
		}
		if _, ok := man.Extra[exclude]; ok && exclude != "" {
			continue
		}
		ok := true
		for k, v := range match {
			ok = ok && man.Extra[k] == v
		}
		if ok && (best == nil || man.Created > best.Created) {
			best, bestDir = man, dir
		}
	}
	if best == nil {
		return nil, "", fmt.Errorf("%w: no verifying key in %s matches %v", ErrNoKeys, cacheDir, match)
	}
	vk := groth16.NewVerifyingKey(curve)
	if err := readKey(filepath.Join(bestDir, "vk.bin"), best.VK, vk); err != nil {
		return nil, "", err
	}
	return vk, bestDir, nil
}

// MissingError is the error of a missing key found by Named.
func MissingError(cacheDir, name string) error {
	return fmt.Errorf("%w: %s (none in %s); run nexus setup", ErrNoKeys, name, cacheDir)
}

// Spec names a circuit in logs and its manifest.
type Spec struct {
	Name  string
	Extra map[string]string // recorded in the manifest (e.g. the model's hash)
	// MsPerConstraint sizes the setup estimate printed before a setup.
	MsPerConstraint float64
}

// Setup loads the keys of ccs from cacheDir/<checksum prefix>, verified
// against their manifest, or (when create is set) runs a dev Groth16 setup
// (unsafe: single party) and caches them. Progress goes to log (may be nil).
func Setup(spec Spec, ccs constraint.ConstraintSystem, cacheDir string, log io.Writer, create bool) (*Keys, error) {
	if log == nil {
		log = io.Discard
	}
	start := time.Now()
	k, err := keysOf(ccs, cacheDir)
	if err != nil {
		return nil, err
	}
	if man, err := readManifest(k.Dir); err == nil && man.Format != keyFormat {
		fmt.Fprintf(log, "setup: %s: keys in %s are in an older format (%q); setting up again\n", spec.Name, k.Dir, man.Format)
		if !create {
			return nil, fmt.Errorf("%w: %s (%s, older format); run nexus setup", ErrNoKeys, spec.Name, k.Dir)
		}
		if err := os.RemoveAll(k.Dir); err != nil {
			return nil, err
		}
	}
	if _, err := os.Stat(filepath.Join(k.Dir, "manifest.json")); err == nil {
		if err := k.load(ccs); err != nil {
			return nil, err
		}
		fmt.Fprintf(log, "setup: %s: loaded verified keys from %s\n", spec.Name, k.Dir)
		return k, nil
	}
	if !create {
		return nil, fmt.Errorf("%w: %s (%s); run nexus setup", ErrNoKeys, spec.Name, k.Dir)
	}
	ms := spec.MsPerConstraint
	if ms == 0 {
		ms = 0.4
	}
	est := time.Duration(float64(ccs.GetNbConstraints())*ms) * time.Millisecond
	fmt.Fprintf(log, "setup: %s: dev Groth16 setup of %d constraints (UNSAFE: single party, for development only), estimated %s on 2 cores\n",
		spec.Name, ccs.GetNbConstraints(), est.Round(time.Second))
	done := make(chan struct{})
	var work devsetup.Progress
	go progress(log, spec.Name, start, est, &work, done)
	// A setup killed midway resumes from its stages (deleted once the keys
	// are saved: they hold the toxic waste).
	checkpoint := filepath.Join(k.Dir, "setup-checkpoint")
	pk, vk, resumed, err := devsetup.Groth16(ccs, &work, checkpoint)
	close(done)
	if resumed > 0 {
		fmt.Fprintf(log, "setup: %s: resumed an interrupted setup (%d stages read back from %s)\n", spec.Name, resumed, checkpoint)
	}
	if err != nil {
		return nil, fmt.Errorf("groth16 setup of %s: %w", spec.Name, err)
	}
	k.PK, k.VK = pk, vk
	if err := k.save(spec); err != nil {
		return nil, err
	}
	if err := os.RemoveAll(checkpoint); err != nil {
		return nil, err
	}
	fmt.Fprintf(log, "setup: %s: done in %s, keys in %s\n", spec.Name, time.Since(start).Round(time.Millisecond), k.Dir)
	return k, nil
}

// progress reports a setup in progress: percent of its work done and the
// time left, redrawn in place every second on a terminal, a line every 30 s
// (5 s for a short setup) otherwise.
func progress(log io.Writer, name string, start time.Time, est time.Duration, work *devsetup.Progress, done chan struct{}) {
	tty := isTerminal(log)
	every := 5 * time.Second
	switch {
	case tty:
		every = time.Second
	case est > 5*time.Minute:
		every = 30 * time.Second
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-done:
			if tty {
				fmt.Fprint(log, "\r\033[K")
			}
			return
		case <-t.C:
			line := progressLine(name, time.Since(start), est, work.Fraction())
			if tty {
				fmt.Fprintf(log, "\r\033[K%s", line)
			} else {
				fmt.Fprintln(log, line)
			}
		}
	}
}

// progressLine is one progress report: percent of the work done and the
// time left at the rate so far; before 1% of the work is counted (or for a
// setup that counts none), percent of the estimate (at most 99 until done)
// and the time left, or how far past the estimate it runs.
func progressLine(name string, elapsed, est time.Duration, frac float64) string {
	el := elapsed.Round(time.Second)
	if frac >= 0.01 && frac < 1 {
		left := time.Duration(float64(elapsed) * (1 - frac) / frac)
		return fmt.Sprintf("setup: %s: %d%% (%s elapsed, about %s left)", name, int(100*frac), el, left.Round(time.Second))
	}
	if est <= 0 || elapsed >= est {
		return fmt.Sprintf("setup: %s: 99%% (%s elapsed, past the estimate of %s)", name, el, est.Round(time.Second))
	}
	pct := int(100 * elapsed / est)
	return fmt.Sprintf("setup: %s: %d%% (%s elapsed, about %s left)", name, pct, el, (est - elapsed).Round(time.Second))
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func (k *Keys) save(spec Spec) error {
	if err := os.MkdirAll(k.Dir, 0o755); err != nil {
		return err
	}
	pkSum, err := writeKey(filepath.Join(k.Dir, "pk.bin"), dumpWriter{k.PK})
	if err != nil {
		return err
	}
	vkSum, err := writeKey(filepath.Join(k.Dir, "vk.bin"), k.VK)
	if err != nil {
		return err
	}
	man := Manifest{Name: spec.Name, Format: keyFormat, Circuit: k.Checksum, Constraints: k.CCS.GetNbConstraints(), PK: pkSum, VK: vkSum,
		Extra: spec.Extra, Created: time.Now().UTC().Format(time.RFC3339), Note: "dev setup: single-party, not for production"}
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
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	bw := bufio.NewWriterSize(io.MultiWriter(f, h), 1<<20)
	_, err = w.WriteTo(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp)
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), os.Rename(tmp, path)
}

// readKey checks the file's checksum, then decodes it, streaming both ways.
func readKey(path, sum string, r io.ReaderFrom) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, bufio.NewReaderSize(f, 1<<20)); err != nil {
		return err
	}
	if hex.EncodeToString(h.Sum(nil)) != sum {
		return fmt.Errorf("%w: %s (delete %s to set up again)", ErrCorrupt, path, filepath.Dir(path))
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	if _, err := r.ReadFrom(bufio.NewReaderSize(f, 1<<20)); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrCorrupt, path, err)
	}
	return nil
}

func readManifest(dir string) (*Manifest, error) {
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		return nil, err
	}
	var man Manifest
	if err := json.Unmarshal(b, &man); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrCorrupt, dir, err)
	}
	return &man, nil
}

func (k *Keys) load(ccs constraint.ConstraintSystem) error {
	man, err := readManifest(k.Dir)
	if err != nil {
		return err
	}
	if man.Circuit != k.Checksum {
		return fmt.Errorf("%w: %s is for circuit %.16s, not %.16s", ErrCorrupt, k.Dir, man.Circuit, k.Checksum)
	}
	curve, err := curveOf(ccs)
	if err != nil {
		return err
	}
	k.PK = groth16.NewProvingKey(curve)
	k.VK = groth16.NewVerifyingKey(curve)
	for _, f := range []struct {
		name, sum string
		r         io.ReaderFrom
	}{{"pk.bin", man.PK, dumpReader{k.PK}}, {"vk.bin", man.VK, k.VK}} {
		if err := readKey(filepath.Join(k.Dir, f.name), f.sum, f.r); err != nil {
			return err
		}
	}
	return nil
}

// curveOf is the curve whose scalar field the circuit is compiled over.
func curveOf(ccs constraint.ConstraintSystem) (ecc.ID, error) {
	for _, id := range []ecc.ID{ecc.BN254, ecc.BLS12_377, ecc.BLS12_381, ecc.BW6_761} {
		if id.ScalarField().Cmp(ccs.Field()) == 0 {
			return id, nil
		}
	}
	return ecc.UNKNOWN, fmt.Errorf("keycache: no Groth16 curve has scalar field %s", ccs.Field())
}

// Proving keys are stored in gnark's raw dump format: the wrap circuit's key
// is gigabytes, and the dump loads without re-checking every point (the file
// checksum already vouches for it).
type dumper interface {
	WriteDump(io.Writer) error
	ReadDump(io.Reader) error
}

type dumpWriter struct{ pk groth16.ProvingKey }

func (d dumpWriter) WriteTo(w io.Writer) (int64, error) {
	if pk, ok := d.pk.(dumper); ok {
		return 0, pk.WriteDump(w)
	}
	return d.pk.WriteTo(w)
}

type dumpReader struct{ pk groth16.ProvingKey }

func (d dumpReader) ReadFrom(r io.Reader) (int64, error) {
	if pk, ok := d.pk.(dumper); ok {
		return 0, pk.ReadDump(r)
	}
	return d.pk.ReadFrom(r)
}
