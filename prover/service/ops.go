package service

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/sequencer/proverapi"
)

// lock signs and sends a LockJob for an offered job. Call with opMu held.
func (s *Service) lock(ctx context.Context, it proverapi.WorkItem) error {
	op := &rollup.LockJob{Prover: s.account, JobID: it.JobID, LockDeadline: uint32(it.LockDeadline), Nonce: s.nonce}
	if err := rollup.Sign(op, s.setup.Key); err != nil {
		return err
	}
	raw, err := rollup.MarshalOpJSON(op)
	if err != nil {
		return err
	}
	var id common.Hash
	if err := s.call(ctx, &id, "nexus_lockJob", json.RawMessage(raw)); err != nil {
		return err
	}
	s.nonce++
	s.setup.Metrics.lockedJob()
	s.log.Info("locked job", "job", it.JobID, "model", it.Model, "fee_gwei", it.FeeGwei,
		"collateral_gwei", it.CollateralGwei, "op", id)
	return nil
}

// submit signs a FulfillJob for a saved result and sends it with the proof.
func (s *Service) submit(ctx context.Context, r *result) error {
	s.opMu.Lock()
	defer s.opMu.Unlock()
	var oc fr.Element
	if err := oc.SetBytesCanonical(r.OutputCommit); err != nil {
		return fmt.Errorf("saved result of job %d: bad output commitment", r.JobID)
	}
	op := &rollup.FulfillJob{Prover: s.account, JobID: r.JobID, OutputCommit: oc, Nonce: s.nonce}
	if err := rollup.Sign(op, s.setup.Key); err != nil {
		return err
	}
	raw, err := rollup.MarshalOpJSON(op)
	if err != nil {
		return err
	}
	sub := proverapi.ProofSubmission{JobID: r.JobID, Output: r.Output, OutputSalt: r.OutputSalt, Proof: r.Proof, Op: raw}
	if err := s.auth(proverapi.MethodSubmitProof, &sub.Auth, sub.Body()); err != nil {
		return err
	}
	var id common.Hash
	if err := s.call(ctx, &id, "nexus_submitProof", sub); err != nil {
		var rerr rpc.Error
		if errors.As(err, &rerr) && rerr.ErrorCode() == proverapi.CodeBadProof {
			// The sequencer verified it and said no: it will not get better.
			s.log.Error("the sequencer rejected our proof; dropping the job", "job", r.JobID, "err", err)
			s.setup.Metrics.outcome("rejected")
			s.mu.Lock()
			s.failed[r.JobID] = true
			s.mu.Unlock()
			return s.store.remove(r.JobID)
		}
		return err
	}
	s.nonce++
	r.OpID = id
	s.setup.Metrics.outcome("accepted")
	s.log.Info("submitted proof", "job", r.JobID, "op", id)
	return s.store.put(r)
}

// resubmit walks the saved results: a job fulfilled (or lost) is forgotten,
// one whose FulfillJob was dropped or never taken is submitted again.
func (s *Service) resubmit(ctx context.Context) error {
	results, errs := s.store.list()
	for _, err := range errs {
		s.log.Error("unreadable saved result", "err", err)
	}
	now := uint64(time.Now().Unix())
	kept := make(map[uint32]bool, len(results))
	for _, r := range results {
		kept[r.JobID] = true
		if s.isActive(r.JobID) {
			continue
		}
		// A submitted result is asked about every resultRecheck, not on
		// every step: a worker finishing a job wakes the loop at once, and
		// with a batch held while the aggregator proves, tens of results
		// wait for it (two calls each per step ran into the sequencer's
		// per-connection rate limit).
		if r.OpID != (common.Hash{}) && time.Since(s.checked[r.JobID]) < resultRecheck {
			continue
		}
		// Read it again: a worker may have submitted it since the list was
		// read (a stale copy without its op id would be submitted twice,
		// and the second FulfillJob, refused at sealing, would leave a gap
		// in the account's nonces).
		r, err := s.store.get(r.JobID)
		if err != nil {
			continue // forgotten meanwhile, or unreadable (reported by list)
		}
		s.checked[r.JobID] = time.Now()
		var job proverapi.Job
		if err := s.call(ctx, &job, "nexus_getJob", r.JobID); err != nil {
			var rerr rpc.Error
			if !errors.As(err, &rerr) {
				return err // the sequencer is unreachable
			}
			if now > r.LockDeadline {
				s.store.remove(r.JobID)
			}
			continue
		}
		mine := job.Prover == uint64(s.account)
		switch {
		case job.Status == "fulfilled" && job.OutputCommit == common.BytesToHash(r.OutputCommit):
			s.log.Info("job fulfilled in a sealed batch", "job", r.JobID)
			s.store.remove(r.JobID)
			continue
		case job.Status == "locked" && mine, job.Status == "open" && now <= r.LockDeadline:
		default:
			s.log.Warn("forgetting a result the job no longer needs", "job", r.JobID, "status", job.Status)
			s.store.remove(r.JobID)
			continue
		}
		if r.OpID != (common.Hash{}) {
			var st proverapi.OpStatus
			if err := s.call(ctx, &st, "nexus_getOpStatus", r.OpID); err != nil {
				return err
			}
			if st.Status == "pending" || st.Status == "included" {
				continue
			}
			s.log.Info("resubmitting", "job", r.JobID, "previous_op", st.Status, "err", st.Error)
		}
		if err := s.submit(ctx, r); err != nil {
			var rerr rpc.Error
			if !errors.As(err, &rerr) {
				return err
			}
			s.log.Warn("resubmission refused", "job", r.JobID, "err", err)
		}
	}
	for id := range s.checked {
		if !kept[id] {
			delete(s.checked, id)
		}
	}
	return nil
}

// resultRecheck is how often a submitted result's job and FulfillJob are
// asked about while the result is kept.
const resultRecheck = 3 * time.Second
