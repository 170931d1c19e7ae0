package aggregator

import (
	"testing"

	"github.com/nexus-rollup/nexus/aggregator/block"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/state"
)

// Bad batches are refused before any proving starts (the full pipeline runs
// in make e2e: its setups need ~45 minutes and 13 GB).
func TestProveRefusesBadBatches(t *testing.T) {
	k := &Keys{Params: block.TestParams()}
	batch := &rollup.Batch{Pubdata: make([]byte, 32)}
	for name, w := range map[string]*rollup.Witness{
		"no witness":   nil,
		"other depths": {Params: state.DefaultParams(), Config: rollup.Config{MaxLockDuration: 3600}},
		"other lock":   {Params: block.TestParams().State, Config: rollup.Config{MaxLockDuration: 1}},
		"too many ops": {Params: block.TestParams().State, Config: rollup.Config{MaxLockDuration: 3600}, Ops: make([]rollup.OpWitness, 9)},
	} {
		if _, err := k.Prove(batch, w, nil); err == nil {
			t.Errorf("%s: proved", name)
		}
	}
	if _, err := k.Prove(&rollup.Batch{Pubdata: make([]byte, 32+9*65)}, &rollup.Witness{Params: block.TestParams().State,
		Config: rollup.Config{MaxLockDuration: 3600}}, nil); err == nil {
		t.Error("pubdata beyond the circuit's chunks proved")
	}
	if _, err := toBig("x"); err == nil {
		t.Error("toBig accepted a string")
	}
}
