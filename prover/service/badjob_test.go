package service

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nexus-rollup/nexus/prover/model/modeltest"
	"github.com/nexus-rollup/nexus/prover/modelset"
	"github.com/nexus-rollup/nexus/prover/statement"
	"github.com/nexus-rollup/nexus/sequencer"
	"github.com/nexus-rollup/nexus/sequencer/proverapi"
)

// badSequencer is a sequencer that misbehaves on purpose: it offers and
// lists jobs whose input the prover cannot prove (the real one never does,
// see sequencer.TestGetWorkNeverOffersAnInputThatDoesNotOpen). It counts
// what the prover asks of it.
type badSequencer struct {
	mu      sync.Mutex
	items   []proverapi.WorkItem
	getWork int
	locks   map[uint32]int
}

func (b *badSequencer) AccountOf(hexutil.Bytes, common.Address) (uint32, error) { return 5, nil }

func (b *badSequencer) GetWork(proverapi.WorkRequest) (*proverapi.Work, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.getWork++
	return &proverapi.Work{Account: 5, Now: uint64(time.Now().Unix()), Items: b.items}, nil
}

func (b *badSequencer) LockJob(op json.RawMessage) (common.Hash, error) {
	var l struct {
		JobID uint32 `json:"jobId"`
	}
	json.Unmarshal(op, &l)
	b.mu.Lock()
	defer b.mu.Unlock()
	b.locks[l.JobID]++
	return common.Hash{1}, nil
}

func (b *badSequencer) SubmitProof(proverapi.ProofSubmission) (common.Hash, error) {
	return common.Hash{}, fmt.Errorf("not expected")
}

func (b *badSequencer) GetJob(id uint32) (*sequencer.Job, error) {
	return &sequencer.Job{ID: id, Status: "locked", Prover: 5}, nil
}

func (b *badSequencer) rounds() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.getWork
}

func startBadSequencer(t *testing.T, items []proverapi.WorkItem) (*badSequencer, string) {
	t.Helper()
	b := &badSequencer{items: items, locks: map[uint32]int{}}
	srv := rpc.NewServer()
	if err := srv.RegisterName("nexus", b); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(func() { hs.Close(); srv.Stop() })
	return b, hs.URL
}

func tinyModels(t *testing.T) *modelset.Set {
	t.Helper()
	dir := t.TempDir()
	enc, err := modeltest.Tiny().Encode()
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "tiny.nxm")
	os.WriteFile(file, enc, 0o644)
	set, err := modelset.New(modelset.Config{Files: map[uint32]string{1: file}, KeyCache: filepath.Join(dir, "keys"), Setup: true})
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func workItem(job uint32, status string, input []byte, commitTo []byte) proverapi.WorkItem {
	salt := fr.NewElement(uint64(job))
	sb := salt.Bytes()
	c := statement.Commit(commitTo, salt)
	return proverapi.WorkItem{JobID: job, Model: 1, Status: status, FeeGwei: 1000, Deadline: uint64(time.Now().Unix() + 600),
		LockDeadline: uint64(time.Now().Unix() + 300), Input: input, InputSalt: sb[:], InputCommit: c.Bytes()}
}

// attempts counts the "proving" lines of job in a log.
func attempts(log string, job uint32) int {
	return len(regexp.MustCompile(fmt.Sprintf(`msg=proving component=prover job=%d `, job)).FindAllString(log, -1))
}

// TestProverNeverLocksOrLoopsOnAJobItCannotProve: offered a job whose input
// has the wrong size for its model, the prover does not lock it; handed a
// locked job whose input does not open its commitment, it drops it without
// trying to prove it, and neither is tried again round after round.
func TestProverNeverLocksOrLoopsOnAJobItCannotProve(t *testing.T) {
	good := make([]byte, modeltest.Tiny().InputSize())
	wrongSize := []byte{1, 2, 3}
	other := bytes.Repeat([]byte{9}, len(good))
	seq, url := startBadSequencer(t, []proverapi.WorkItem{
		workItem(1, "offered", wrongSize, wrongSize), // opens, wrong size
		workItem(2, "locked", good, other),           // right size, does not open
	})
	var log bytes.Buffer
	svc, err := New(Config{Sequencer: url, DataDir: t.TempDir(), Workers: 2, PollInterval: 5 * time.Millisecond, MaxBackoff: 20 * time.Millisecond},
		Setup{Key: key(2), Models: tinyModels(t), Log: newTestLogger(&log)})
	if err != nil {
		t.Fatal(err)
	}
	svc.Start(t.Context())
	waitFor(t, "100 rounds of getWork", 60*time.Second, func() bool { return seq.rounds() >= 100 })
	svc.Stop(t.Context())

	out := log.String()
	seq.mu.Lock()
	locks := seq.locks[1]
	seq.mu.Unlock()
	if locks != 0 {
		t.Errorf("the prover locked a job whose input has the wrong size (%d times)", locks)
	}
	for _, job := range []uint32{1, 2} {
		if n := attempts(out, job); n != 0 {
			t.Errorf("job %d: %d proving attempts of a job that cannot be proven", job, n)
		}
		if n := strings.Count(out, fmt.Sprintf("msg=\"dropping a job it cannot prove\" component=prover job=%d ", job)); n != 1 {
			t.Errorf("job %d: dropped %d times, want once", job, n)
		}
	}
	if t.Failed() {
		t.Logf("prover log (%d bytes), first lines:\n%s", len(out), firstLines(out, 30))
	}
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	return strings.Join(lines[:min(n, len(lines))], "\n")
}

// flakyModels fails every proof of one job, as a prover whose disk or GPU
// fails would.
type flakyModels struct {
	*modelset.Set
	job uint32
	mu  sync.Mutex
	n   int
}

func (f *flakyModels) Prove(id, jobID uint32, input []byte, salt fr.Element) (*modelset.Result, error) {
	if jobID == f.job {
		f.mu.Lock()
		f.n++
		f.mu.Unlock()
		return nil, fmt.Errorf("device lost")
	}
	return f.Set.Prove(id, jobID, input, salt)
}

// TestProverRetriesAFailedProofABoundedNumberOfTimes: a proof that fails for
// a reason that may pass is retried with a growing backoff, MaxAttempts
// times in all, then the job is dropped.
func TestProverRetriesAFailedProofABoundedNumberOfTimes(t *testing.T) {
	good := make([]byte, modeltest.Tiny().InputSize())
	seq, url := startBadSequencer(t, []proverapi.WorkItem{workItem(3, "locked", good, good)})
	models := &flakyModels{Set: tinyModels(t), job: 3}
	var log bytes.Buffer
	cfg := Config{Sequencer: url, DataDir: t.TempDir(), Workers: 1, PollInterval: time.Millisecond, MaxBackoff: 4 * time.Millisecond, MaxAttempts: 3}
	svc, err := New(cfg, Setup{Key: key(2), Models: models, Log: newTestLogger(&log)})
	if err != nil {
		t.Fatal(err)
	}
	svc.Start(t.Context())
	waitFor(t, "the job to be dropped", 60*time.Second, func() bool {
		svc.mu.Lock()
		defer svc.mu.Unlock()
		return svc.failed[3]
	})
	start := seq.rounds()
	waitFor(t, "100 more rounds of getWork", 60*time.Second, func() bool { return seq.rounds() >= start+100 })
	svc.Stop(t.Context())
	models.mu.Lock()
	n := models.n
	models.mu.Unlock()
	if n != 3 {
		t.Errorf("%d proving attempts, want MaxAttempts = 3", n)
	}
	if c := strings.Count(log.String(), "will retry"); c != 2 {
		t.Errorf("%d retries logged, want 2", c)
	}
	// The backoff doubles from the poll interval up to its cap.
	for i, want := range []time.Duration{1, 2, 4, 4, 4} {
		if got := cfg.backoff(i + 1); got != want*time.Millisecond {
			t.Errorf("backoff after attempt %d: %s, want %s", i+1, got, want*time.Millisecond)
		}
	}
}
