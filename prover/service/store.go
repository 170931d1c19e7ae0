package service

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// result is a proved inference kept until the sequencer has it in a batch.
type result struct {
	JobID        uint32        `json:"jobId"`
	Model        uint32        `json:"model"`
	Output       []int64       `json:"output"`
	OutputSalt   hexutil.Bytes `json:"outputSalt"`
	OutputCommit hexutil.Bytes `json:"outputCommit"`
	Proof        hexutil.Bytes `json:"proof"`
	// LockDeadline is how long the result is worth keeping while its job
	// is open: the lock's deadline, or the job's for a direct fulfilment.
	LockDeadline uint64      `json:"lockDeadline"`
	OpID         common.Hash `json:"opId"` // the FulfillJob the sequencer took, if any
}

// store keeps results as one file per job, written atomically and synced.
type store struct{ dir string }

func openStore(datadir string) (*store, error) {
	dir := filepath.Join(datadir, "results")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("prover: %w", err)
	}
	return &store{dir: dir}, nil
}

func (s *store) path(job uint32) string { return filepath.Join(s.dir, fmt.Sprintf("%d.json", job)) }

func (s *store) has(job uint32) bool {
	_, err := os.Stat(s.path(job))
	return err == nil
}

func (s *store) put(r *result) error {
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	tmp := s.path(r.JobID) + ".tmp"
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, s.path(r.JobID)); err != nil {
		return err
	}
	if d, err := os.Open(s.dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

func (s *store) remove(job uint32) error { return os.Remove(s.path(job)) }

// get reads the saved result of job.
func (s *store) get(job uint32) (*result, error) {
	b, err := os.ReadFile(s.path(job))
	if err != nil {
		return nil, err
	}
	var r result
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("%d.json: %w", job, err)
	}
	return &r, nil
}

// list returns the saved results by job id; unreadable files are skipped
// (and reported) rather than stopping the prover.
func (s *store) list() ([]*result, []error) {
	ents, err := os.ReadDir(s.dir)
	if err != nil {
		return nil, []error{err}
	}
	var out []*result
	var errs []error
	for _, e := range ents {
		name, ok := strings.CutSuffix(e.Name(), ".json")
		if !ok {
			continue
		}
		job, err := strconv.ParseUint(name, 10, 32)
		if err != nil || strconv.FormatUint(job, 10) != name {
			continue // not a name put writes
		}
		r, err := s.get(uint32(job))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].JobID < out[j].JobID })
	return out, errs
}
