package aggregator

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/nexus-rollup/nexus/rollup"
)

// BatchSource gives sealed batches with their block-circuit witnesses
// (sequencer.Sequencer.Witness). A batch not sealed yet is reported with an
// error wrapping rollup.ErrBatchNotFound.
type BatchSource interface {
	Witness(n uint64) (*rollup.Batch, *rollup.Witness, error)
}

// Settled reads the last batch L1 has settled (bindings.NexusRollupCaller).
type Settled interface {
	LastBatchNumber(opts *bind.CallOpts) (uint64, error)
}

// Settlement is one batch proven and settled.
type Settlement struct {
	Batch *rollup.Batch
	Ops   int // ops in the batch
	// Jobs are the jobs the batch fulfils: its inferences.
	Jobs    []uint32
	Result  *Result
	Receipt *types.Receipt
}

// Service proves each sealed batch after the last one L1 settled and
// submits it. L1 is the source of truth for progress: a restarted service
// asks NexusRollup where it stands, and the transaction manager resumes a
// submission that was in flight (SubmitID), so a batch is never settled
// twice and none is skipped.
type Service struct {
	Keys    *Keys
	Batches BatchSource
	Proofs  ProofSource
	Submit  *Submitter
	L1      Settled
	Log     *slog.Logger
	// Poll is the wait between checks for a new sealed batch (default 2s).
	Poll time.Duration
	// MaxBackoff caps the wait after consecutive failed steps, which
	// doubles from Poll (default 5 minutes).
	MaxBackoff time.Duration
	// OnSettled, if set, is called after each settlement.
	OnSettled func(*Settlement)
	// OnStage, if set, is told what the service does with a batch:
	// "proving" (block, aggregation and wrap proofs), then "submitting".
	OnStage func(batch uint64, stage string)
	// Metrics, if set, records proving times, settlements and their gas.
	Metrics *Metrics

	idle atomic.Bool // the last Step found no sealed batch to prove
}

// Idle reports whether the service is waiting for the next batch to be
// sealed: it proves nothing and no sealed batch waits for it. A sequencer
// that shares a process with it seals a batch on its timeout only then
// (sequencer.Config.ProverReady), and keeps filling it otherwise.
func (s *Service) Idle() bool { return s.idle.Load() }

// Step proves and settles the next batch. It returns nil, nil when that
// batch is not sealed yet.
func (s *Service) Step(ctx context.Context) (*Settlement, error) {
	last, err := s.L1.LastBatchNumber(&bind.CallOpts{Context: ctx})
	if err != nil {
		return nil, fmt.Errorf("aggregator: reading the last settled batch: %w", err)
	}
	n := last + 1
	b, w, err := s.Batches.Witness(n)
	if errors.Is(err, rollup.ErrBatchNotFound) {
		s.idle.Store(true)
		return nil, nil
	}
	s.idle.Store(false)
	if err != nil {
		return nil, fmt.Errorf("aggregator: batch %d: %w", n, err)
	}
	log := s.logger().With("batch", n)
	log.Info("proving batch", "ops", len(w.Ops), "pubdata", len(b.Pubdata))
	s.stage(n, "proving")
	res, err := s.Keys.Prove(b, w, s.Proofs)
	if err != nil {
		return nil, fmt.Errorf("aggregator: proving batch %d: %w", n, err)
	}
	log.Info("batch proven", "block", res.BlockTime.Round(time.Millisecond),
		"aggregation", res.AggregationTime.Round(time.Millisecond), "wrap", res.WrapTime.Round(time.Millisecond))
	s.stage(n, "submitting")
	sent := time.Now()
	rc, err := s.Submit.Submit(ctx, b, res.Calldata)
	if err != nil {
		return nil, err
	}
	log.Info("batch settled", "tx", rc.TxHash, "l1block", rc.BlockNumber, "gas", rc.GasUsed)
	st := &Settlement{Batch: b, Ops: len(w.Ops), Jobs: FulfilledJobs(w), Result: res, Receipt: rc}
	s.Metrics.step(st, time.Since(sent).Seconds())
	if s.OnSettled != nil {
		s.OnSettled(st)
	}
	return st, nil
}

// Run settles batches until ctx ends. Errors are logged and retried after
// Poll: a proof that fails is a bug to report, a refused submission is
// retried once L1 has moved (e.g. after a reorg).
func (s *Service) Run(ctx context.Context) error {
	if s.Keys == nil || s.Keys.Wrap == nil {
		return errors.New("aggregator: wrap keys are required to settle (nexus setup --wrap)")
	}
	poll := s.Poll
	if poll <= 0 {
		poll = 2 * time.Second
	}
	failures := 0
	for {
		st, err := s.Step(ctx)
		wait := poll
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			// A failing batch is proven again on every try (minutes of CPU):
			// back off, doubling up to MaxBackoff, so a persistent failure
			// does not keep the machine busy.
			failures++
			s.Metrics.failed()
			wait = backoff(poll, s.MaxBackoff, failures)
			s.logger().Error("settlement step failed", "err", err, "failures", failures, "retry_in", wait)
		} else {
			failures = 0
		}
		if st != nil && err == nil {
			continue // the next batch may be waiting already
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
	}
}

// backoff is the wait after n consecutive failures: base doubled n-1
// times, at most max (default 5 minutes).
func backoff(base, max time.Duration, n int) time.Duration {
	if max <= 0 {
		max = 5 * time.Minute
	}
	d := base
	for i := 1; i < n && d < max; i++ {
		d *= 2
	}
	return min(d, max)
}

func (s *Service) stage(batch uint64, stage string) {
	if s.OnStage != nil {
		s.OnStage(batch, stage)
	}
}

func (s *Service) logger() *slog.Logger {
	if s.Log == nil {
		return slog.Default().With("component", "aggregator")
	}
	return s.Log
}

// FulfilledJobs lists the jobs a batch's FulfillJob ops fulfil, in order.
func FulfilledJobs(w *rollup.Witness) []uint32 {
	var ids []uint32
	for _, o := range w.Ops {
		if o.Receipt == nil {
			continue
		}
		if f, ok := o.Receipt.Op.(*rollup.FulfillJob); ok {
			ids = append(ids, f.JobID)
		}
	}
	return ids
}
