// Package modelset maps ModelRegistry model ids to model files (prover/model
// format) and their Groth16 keys (prover/circuit's key cache). Provers use it
// to prove a job's inference, the sequencer to verify the proof it gets back.
//
// The mapping is configuration until the registry's vkHash binds a model id to
// its verifying key on chain: a prover and the sequencer must use the same
// model file and the same keys for a model id (share or copy the key cache).
package modelset

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/consensys/gnark/backend/groth16"

	"github.com/nexus-rollup/nexus/gpu"
	"github.com/nexus-rollup/nexus/prover/circuit"
	"github.com/nexus-rollup/nexus/prover/model"
	"github.com/nexus-rollup/nexus/prover/statement"
	"github.com/nexus-rollup/nexus/sequencer/proverapi"
)

// MaxProofSize bounds an encoded inference proof: the sequencer's bound.
const MaxProofSize = proverapi.MaxProofSize

var (
	// ErrUnknownModel is returned for a model id the set has no file for.
	ErrUnknownModel = proverapi.ErrUnknownModel
	// ErrBadOutput is returned for an output that does not fit the model or
	// does not open the output commitment.
	ErrBadOutput = errors.New("bad output")
	// ErrBadProof is returned for a malformed proof or one that does not verify.
	ErrBadProof = circuit.ErrBadProof
)

// Set is a set of models by registry id. It is safe for concurrent use.
type Set struct {
	files    map[uint32]string
	cacheDir string
	create   bool
	log      io.Writer
	prover   *gpu.Prover

	mu     sync.Mutex
	models map[uint32]*entry
}

type entry struct {
	mu   sync.Mutex
	m    *model.Model
	keys *circuit.Keys
}

// Config configures a Set.
type Config struct {
	// Files maps a registry model id to a model file.
	Files map[uint32]string
	// KeyCache is prover/circuit's key cache directory.
	KeyCache string
	// Setup lets the set run a dev Groth16 setup for a model whose keys are
	// not cached (provers); without it keys must be cached (verifiers must
	// never make fresh keys: they would not verify anyone's proof).
	Setup bool
	// Log receives setup progress (may be nil).
	Log io.Writer
	// Prover makes the proofs (nil: the CPU; see package gpu).
	Prover *gpu.Prover
}

// New returns a set; model files are read when first used.
func New(cfg Config) (*Set, error) {
	if cfg.KeyCache == "" {
		cfg.KeyCache = circuit.DefaultCacheDir()
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	s := &Set{files: map[uint32]string{}, cacheDir: cfg.KeyCache, create: cfg.Setup, log: cfg.Log, prover: cfg.Prover,
		models: map[uint32]*entry{}}
	for id, f := range cfg.Files {
		if id == 0 {
			return nil, errors.New("modelset: model id 0 is not a registry id")
		}
		if f == "" {
			return nil, fmt.Errorf("modelset: model %d: empty file name", id)
		}
		s.files[id] = f
	}
	return s, nil
}

// ParseFiles parses "ID=FILE" pairs (the --models flag and the TOML
// [models.files] table) relative to dir.
func ParseFiles(pairs []string, dir string) (map[uint32]string, error) {
	out := map[uint32]string{}
	for _, p := range pairs {
		for _, p := range strings.Split(p, ",") {
			p = strings.TrimSpace(p)
			if p == "" {
				continue
			}
			id, file, ok := strings.Cut(p, "=")
			if !ok {
				return nil, fmt.Errorf("model %q: want ID=FILE", p)
			}
			if err := Add(out, id, file, dir); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// Add adds one id → file mapping, file relative to dir unless absolute.
func Add(files map[uint32]string, id, file, dir string) error {
	n, err := strconv.ParseUint(strings.TrimSpace(id), 10, 32)
	if err != nil || n == 0 {
		return fmt.Errorf("model id %q: want a registry id 1..2^32-1", id)
	}
	file = strings.TrimSpace(file)
	if file == "" {
		return fmt.Errorf("model %d: empty file name", n)
	}
	if dir != "" && !filepath.IsAbs(file) {
		file = filepath.Join(dir, file)
	}
	if prev, ok := files[uint32(n)]; ok && prev != file {
		return fmt.Errorf("model %d mapped twice (%s, %s)", n, prev, file)
	}
	files[uint32(n)] = file
	return nil
}

// IDs lists the model ids of the set, ascending.
func (s *Set) IDs() []uint32 {
	ids := make([]uint32, 0, len(s.files))
	for id := range s.files {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return ids
}

// Has reports whether the set has a file for id.
func (s *Set) Has(id uint32) bool { _, ok := s.files[id]; return ok }

func (s *Set) entry(id uint32) (*entry, error) {
	if _, ok := s.files[id]; !ok {
		return nil, fmt.Errorf("%w: %d", ErrUnknownModel, id)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.models[id]
	if !ok {
		e = &entry{}
		s.models[id] = e
	}
	return e, nil
}

// Model returns model id, reading its file on first use.
func (s *Set) Model(id uint32) (*model.Model, error) {
	e, err := s.entry(id)
	if err != nil {
		return nil, err
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	return s.loadModel(id, e)
}

func (s *Set) loadModel(id uint32, e *entry) (*model.Model, error) {
	if e.m != nil {
		return e.m, nil
	}
	b, err := os.ReadFile(s.files[id])
	if err != nil {
		return nil, fmt.Errorf("model %d: %w", id, err)
	}
	m, err := model.Decode(b)
	if err != nil {
		return nil, fmt.Errorf("model %d (%s): %w", id, s.files[id], err)
	}
	e.m = m
	return m, nil
}

// InputSize is the number of input bytes model id takes (ErrUnknownModel
// for an id the set has no file for).
func (s *Set) InputSize(id uint32) (int, error) {
	m, err := s.Model(id)
	if err != nil {
		return 0, err
	}
	return m.InputSize(), nil
}

// Keys returns model id and its circuit keys: cached ones, or (with
// Config.Setup) fresh dev keys. A verifier retries a missing key on each
// call, so a prover's setup on a shared cache is picked up.
func (s *Set) Keys(id uint32) (*model.Model, *circuit.Keys, error) {
	e, err := s.entry(id)
	if err != nil {
		return nil, nil, err
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	m, err := s.loadModel(id, e)
	if err != nil {
		return nil, nil, err
	}
	if e.keys != nil {
		return m, e.keys, nil
	}
	var k *circuit.Keys
	if s.create {
		k, err = circuit.Setup(m, s.cacheDir, s.log)
	} else {
		k, err = circuit.Load(m, s.cacheDir, s.log)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("model %d keys: %w", id, err)
	}
	e.keys = k
	return m, k, nil
}

// Result is a proven inference as a prover returns it.
type Result struct {
	Output       []int64
	OutputSalt   fr.Element
	OutputCommit fr.Element
	Statement    fr.Element
	Proof        []byte
}

// Prove runs model id on input and proves it for job jobID under the input
// salt of the job's commitment, with a fresh output salt.
func (s *Set) Prove(id, jobID uint32, input []byte, inputSalt fr.Element) (*Result, error) {
	m, k, err := s.Keys(id)
	if err != nil {
		return nil, err
	}
	if len(input) != m.InputSize() {
		return nil, fmt.Errorf("model %d takes %d input bytes, the job has %d", id, m.InputSize(), len(input))
	}
	outSalt, err := statement.RandomSalt()
	if err != nil {
		return nil, err
	}
	j := &circuit.Job{ModelID: id, Input: input, InputSalt: inputSalt, OutputSalt: outSalt}
	j.JobID.SetUint64(uint64(jobID))
	proof, claim, err := circuit.ProveOn(s.prover, k, m, j)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if _, err := proof.WriteTo(&buf); err != nil {
		return nil, err
	}
	return &Result{Output: claim.Output, OutputSalt: outSalt, OutputCommit: claim.OutputCommit,
		Statement: claim.Statement, Proof: buf.Bytes()}, nil
}

// OutputCommit checks that output fits model m and returns its commitment
// under salt.
func OutputCommit(m *model.Model, output []int64, salt fr.Element) (fr.Element, error) {
	b, err := CommittedOutput(m, output)
	if err != nil {
		return fr.Element{}, err
	}
	return statement.Commit(b, salt), nil
}

// CommittedOutput checks that output fits model m and returns the bytes its
// commitment opens to: one per value, the value minus the model's output
// minimum. An L1 dApp opens an output commitment with these bytes and the
// salt (contracts/src/libraries/Commitment.sol).
func CommittedOutput(m *model.Model, output []int64) ([]byte, error) {
	if len(output) != m.OutputSize() {
		return nil, fmt.Errorf("%w: %d values, the model has %d", ErrBadOutput, len(output), m.OutputSize())
	}
	lo, hi := m.OutputRange()
	b := make([]byte, len(output))
	for i, v := range output {
		if v < lo || v > hi {
			return nil, fmt.Errorf("%w: value %d = %d outside [%d, %d]", ErrBadOutput, i, v, lo, hi)
		}
		b[i] = byte(v - lo)
	}
	return b, nil
}

// CommittedOutput is CommittedOutput for model id of the set.
func (s *Set) CommittedOutput(id uint32, output []int64) ([]byte, error) {
	m, err := s.Model(id)
	if err != nil {
		return nil, err
	}
	return CommittedOutput(m, output)
}

// Verify checks that output and outputSalt open outputCommit and that proof
// proves the inference of model id for job jobID with the job's input
// commitment: statement = Poseidon2(id, jobID, inputCommit, outputCommit),
// the registry id as the block circuit binds it. It returns ErrUnknownModel, ErrBadOutput or ErrBadProof
// (wrapped), or another error when the keys are unavailable.
//
// An error for a bad proof is also proverapi.ErrBadProof, which is what the
// sequencer counts against the prover.
func (s *Set) Verify(id, jobID uint32, inputCommit fr.Element, output []int64, outputSalt, outputCommit fr.Element, proof []byte) error {
	err := s.verifyProof(id, jobID, inputCommit, output, outputSalt, outputCommit, proof)
	if errors.Is(err, ErrBadProof) {
		return badProof{err}
	}
	return err
}

// badProof is a bad-proof error as the sequencer reads it: it is
// proverapi.ErrBadProof too, with the verifier's message.
type badProof struct{ err error }

func (e badProof) Error() string        { return e.err.Error() }
func (e badProof) Unwrap() error        { return e.err }
func (e badProof) Is(target error) bool { return target == proverapi.ErrBadProof }

// ModelName is the name in model id's file, "" when the set has none.
func (s *Set) ModelName(id uint32) string {
	m, err := s.Model(id)
	if err != nil || m == nil {
		return ""
	}
	return m.Name
}

func (s *Set) verifyProof(id, jobID uint32, inputCommit fr.Element, output []int64, outputSalt, outputCommit fr.Element, proof []byte) error {
	if len(proof) == 0 || len(proof) > MaxProofSize {
		return fmt.Errorf("%w: %d proof bytes (1..%d)", ErrBadProof, len(proof), MaxProofSize)
	}
	m, err := s.Model(id)
	if err != nil {
		return err
	}
	oc, err := OutputCommit(m, output, outputSalt)
	if err != nil {
		return err
	}
	if !oc.Equal(&outputCommit) {
		return fmt.Errorf("%w: output and salt do not open the output commitment", ErrBadOutput)
	}
	p := groth16.NewProof(ecc.BLS12_377)
	if n, err := p.ReadFrom(bytes.NewReader(proof)); err != nil || n != int64(len(proof)) {
		return fmt.Errorf("%w: malformed proof encoding", ErrBadProof)
	}
	m, k, err := s.Keys(id)
	if err != nil {
		return err
	}
	var mid, jid fr.Element
	mid.SetUint64(uint64(id))
	jid.SetUint64(uint64(jobID))
	return verify(k.VK, m, p, statement.Statement(mid, jid, inputCommit, outputCommit))
}

// verify calls circuit.Verify, turning a panic of the decoder-produced proof
// (points off the curve reach pairing code) into ErrBadProof.
func verify(vk groth16.VerifyingKey, m *model.Model, p groth16.Proof, st fr.Element) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v", ErrBadProof, r)
		}
	}()
	return circuit.Verify(vk, m, p, st)
}
