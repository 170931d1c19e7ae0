package aggregator

import (
	"testing"
	"time"

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
