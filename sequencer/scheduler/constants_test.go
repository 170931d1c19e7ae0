package scheduler_test

import (
	"math/big"
	"testing"

	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/sequencer/scheduler"
)

// The scheduler keeps its own copies of rollup constants so that it stays
// a pure package; this test fails if they drift from the state-transition
// function's.
func TestConstantsMatchRollup(t *testing.T) {
	if scheduler.Gwei != rollup.Gwei {
		t.Errorf("scheduler.Gwei = %d, rollup.Gwei = %d", scheduler.Gwei, rollup.Gwei)
	}
	if scheduler.CollateralMultiplier != rollup.CollateralMultiplier {
		t.Errorf("scheduler.CollateralMultiplier = %d, rollup.CollateralMultiplier = %d",
			scheduler.CollateralMultiplier, rollup.CollateralMultiplier)
	}
	// The collateral a LockJob takes from the prover's stake (rollup's
	// lockJob: CollateralMultiplier·fee gwei).
	for _, fee := range []uint64{0, 1, 1000, 1 << 40} {
		want := new(big.Int).SetUint64(rollup.CollateralMultiplier * fee)
		want.Mul(want, big.NewInt(rollup.Gwei))
		if got := scheduler.Collateral(fee); got.Cmp(want) != 0 {
			t.Errorf("Collateral(%d) = %v, the rollup locks %v wei", fee, got, want)
		}
	}
}
