package aggregator

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/nexus-rollup/nexus/rollup"
)

func TestBackoffDoublesToItsCap(t *testing.T) {
	for _, c := range []struct {
		base, max time.Duration
		n         int
		want      time.Duration
	}{
		{2 * time.Second, time.Minute, 1, 2 * time.Second},
		{2 * time.Second, time.Minute, 2, 4 * time.Second},
		{2 * time.Second, time.Minute, 5, 32 * time.Second},
		{2 * time.Second, time.Minute, 6, time.Minute},
		{2 * time.Second, time.Minute, 1000, time.Minute},
		{2 * time.Second, 0, 1000, 5 * time.Minute},
	} {
		if got := backoff(c.base, c.max, c.n); got != c.want {
			t.Errorf("backoff(%s, %s, %d) = %s, want %s", c.base, c.max, c.n, got, c.want)
		}
	}
}

func TestFulfilledJobsAreTheBatchsInferences(t *testing.T) {
	w := &rollup.Witness{Ops: []rollup.OpWitness{
		{Receipt: &rollup.Receipt{Op: &rollup.SubmitJob{JobID: 1}}},
		{Receipt: &rollup.Receipt{Op: &rollup.FulfillJob{JobID: 7}}},
		{},
		{Receipt: &rollup.Receipt{Op: &rollup.LockJob{JobID: 2}}},
		{Receipt: &rollup.Receipt{Op: &rollup.FulfillJob{JobID: 3}}},
	}}
	if got := FulfilledJobs(w); len(got) != 2 || got[0] != 7 || got[1] != 3 {
		t.Fatalf("FulfilledJobs = %v, want [7 3]", got)
	}
	if got := FulfilledJobs(&rollup.Witness{}); len(got) != 0 {
		t.Fatalf("empty batch: %v", got)
	}
}

type settledAt uint64

func (n settledAt) LastBatchNumber(*bind.CallOpts) (uint64, error) { return uint64(n), nil }

// sealedUpTo has sealed batches 1..n; it fails to read any other batch
// with err, or reports it not sealed when err is nil.
type sealedUpTo struct {
	n   uint64
	err error
}

func (s sealedUpTo) Witness(n uint64) (*rollup.Batch, *rollup.Witness, error) {
	if n > s.n {
		return nil, nil, fmt.Errorf("batch %d: %w", n, rollup.ErrBatchNotFound)
	}
	return nil, nil, s.err
}

// The service is idle only while it waits for the next batch to be sealed.
func TestServiceIdleOnlyWhileNoSealedBatchWaits(t *testing.T) {
	svc := &Service{L1: settledAt(3), Batches: sealedUpTo{n: 3}}
	if svc.Idle() {
		t.Fatal("idle before its first step")
	}
	if st, err := svc.Step(context.Background()); st != nil || err != nil {
		t.Fatalf("step with nothing sealed: %v, %v", st, err)
	}
	if !svc.Idle() {
		t.Fatal("not idle with nothing to prove")
	}
	svc.Batches = sealedUpTo{n: 4, err: errors.New("store read failed")}
	if _, err := svc.Step(context.Background()); err == nil {
		t.Fatal("a failed batch read was not reported")
	}
	if svc.Idle() {
		t.Fatal("idle while batch 4 is sealed and unproven")
	}
}
