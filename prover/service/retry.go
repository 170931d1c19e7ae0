package service

import (
	"errors"
	"fmt"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"

	"github.com/nexus-rollup/nexus/prover/statement"
	"github.com/nexus-rollup/nexus/sequencer/proverapi"
)

// A job the prover cannot prove is dropped at once (errBadJob: its input has
// the wrong size for the model or does not open the job's input commitment,
// which no retry can fix); a proof that fails for another reason is retried
// after a backoff that doubles, at most Config.MaxAttempts times, then the
// job is dropped too. Nothing is ever retried in a loop faster than
// Config.PollInterval.

// errBadJob marks a job that cannot be proven: retrying cannot help.
var errBadJob = errors.New("job cannot be proven")

// retry is a job's failed attempts and when it may be tried again.
type retry struct {
	attempts int
	next     time.Time
}

// backoff is the wait after the n-th failed attempt (n ≥ 1): PollInterval,
// doubling, capped at MaxBackoff.
func (c *Config) backoff(n int) time.Duration {
	d := c.PollInterval
	for i := 1; i < n && d < c.MaxBackoff; i++ {
		d *= 2
	}
	return min(d, c.MaxBackoff)
}

// check reports whether the prover can prove a work item: the model is one
// it serves, the input has the model's size and opens the job's input
// commitment under its salt. A sequencer checks the same before offering a
// job; the prover checks again before it locks one.
func (s *Service) check(it proverapi.WorkItem) error {
	n, err := s.setup.Models.InputSize(it.Model)
	if err != nil {
		return err
	}
	if len(it.Input) != n {
		return fmt.Errorf("%w: model %d takes %d input bytes, the job has %d", errBadJob, it.Model, n, len(it.Input))
	}
	var salt fr.Element
	if len(it.InputSalt) != fr.Bytes || salt.SetBytesCanonical(it.InputSalt) != nil {
		return fmt.Errorf("%w: malformed input salt", errBadJob)
	}
	if c := statement.Commit(it.Input, salt); c.Bytes() != [32]byte(it.InputCommit) {
		return fmt.Errorf("%w: the input does not open the job's input commitment", errBadJob)
	}
	return nil
}

// drop gives a job up for good (until the prover restarts).
func (s *Service) drop(it proverapi.WorkItem, err error) {
	s.mu.Lock()
	s.failed[it.JobID] = true
	delete(s.retries, it.JobID)
	s.mu.Unlock()
	s.setup.Metrics.outcome("dropped")
	s.log.Error("dropping a job it cannot prove", "job", it.JobID, "status", it.Status, "model", it.Model, "err", err)
}

// failedAttempt records a failed proof and schedules the next try, or drops
// the job after MaxAttempts.
func (s *Service) failedAttempt(it proverapi.WorkItem, err error) {
	if errors.Is(err, errBadJob) {
		s.drop(it, err)
		return
	}
	s.mu.Lock()
	r := s.retries[it.JobID]
	r.attempts++
	wait := s.cfg.backoff(r.attempts)
	r.next = time.Now().Add(wait)
	s.retries[it.JobID] = r
	s.mu.Unlock()
	if r.attempts >= s.cfg.MaxAttempts {
		s.drop(it, fmt.Errorf("%d attempts failed, the last: %w", r.attempts, err))
		return
	}
	s.log.Warn("proving failed; will retry", "job", it.JobID, "attempt", r.attempts, "of", s.cfg.MaxAttempts, "retry_in", wait, "err", err)
}
