package block

import (
	"fmt"

	"github.com/nexus-rollup/nexus/rollup/state"
)

// Params are the block circuit's shape: a setup is made for one Params.
type Params struct {
	State state.Params
	// Slots is B, the number of op slots; unused slots are Noops.
	Slots int
	// Chunks is C, the pubdata budget in 9-byte chunks (the batch builder's
	// maxChunks).
	Chunks int
	// Inferences is K, the number of fulfilled-job slots whose inference
	// statements the circuit exposes to the aggregation circuit.
	Inferences int
	// MaxLockDuration bounds a LockJob's deadline past the batch time
	// (rollup.Config.MaxLockDuration).
	MaxLockDuration uint64
}

// DevnetParams are the default circuit parameters of the services
// (`nexus setup`, `nexus sequencer`, `nexus aggregator`): production depths,
// B = 16 ops, C = 64 chunks, K = 8 inferences. `nexus devnet` runs
// DemoParams unless told otherwise.
func DevnetParams() Params {
	return Params{State: state.DefaultParams(), Slots: 16, Chunks: 64, Inferences: 8, MaxLockDuration: 3600}
}

// DemoParams are `nexus devnet`'s circuit parameters: production tree
// depths (24/4/24/12: 16M accounts and L2 jobs, so a devnet serves jobs for
// days without a restart), B = 36 ops, C = 80 chunks, K = 16 inferences.
// A job fulfilled directly takes two ops (SubmitJob, FulfillJob: 4
// chunks), so a full batch settles 16 inferences (with room for a prover's
// first, locked job and an expiry) and spreads the fixed L1 cost of a
// proof over them; the sequencer keeps filling it while the aggregator
// proves the previous one. K = 24 (B = 48) was tried: its aggregation key
// takes the process holding all three keys past the 11 GiB soft memory
// limit, and the garbage collector then slows proving several times over.
func DemoParams() Params {
	return Params{State: state.DefaultParams(), Slots: 36, Chunks: 80, Inferences: 16, MaxLockDuration: 3600}
}

// SmallParams are `make e2e`'s circuit parameters: depths 3/1/6/2 (8
// accounts, 2 tokens, 31 L2 and 32 L1 jobs, 3 models), B = 4 ops, C = 32
// chunks, K = 2 inferences: every op at the smallest shape, so a fresh
// machine sets up the block, aggregation and wrap keys in about 5 minutes
// on 2 cores (most of it the wrap's) and proves a batch in a few.
func SmallParams() Params {
	return Params{State: state.Params{AccountDepth: 3, TokenDepth: 1, JobDepth: 6, ModelDepth: 2},
		Slots: 4, Chunks: 32, Inferences: 2, MaxLockDuration: 3600}
}

// TestParams are small enough for the test engine: depths 4/2/4/2, B = 8,
// C = 64, K = 2.
func TestParams() Params {
	return Params{State: state.Params{AccountDepth: 4, TokenDepth: 2, JobDepth: 4, ModelDepth: 2},
		Slots: 8, Chunks: 64, Inferences: 2, MaxLockDuration: 3600}
}

// Check validates the parameters.
func (p Params) Check() error {
	if err := p.State.Check(); err != nil {
		return err
	}
	switch {
	case p.Slots <= 0 || p.Chunks <= 0 || p.Inferences <= 0:
		return fmt.Errorf("block: slots, chunks and inferences must be positive (have %d, %d, %d)",
			p.Slots, p.Chunks, p.Inferences)
	case p.State.AccountDepth > 32 || p.State.JobDepth > 32 || p.State.ModelDepth > 32 || p.State.TokenDepth > 16:
		return fmt.Errorf("block: ids are u32 and tokens u16: depths %+v are too deep", p.State)
	case p.State.JobDepth < 2:
		return fmt.Errorf("block: job depth must be at least 2")
	case p.MaxLockDuration == 0 || p.MaxLockDuration >= 1<<32:
		return fmt.Errorf("block: max lock duration %d out of range", p.MaxLockDuration)
	}
	return nil
}

func (p Params) String() string {
	return fmt.Sprintf("block(depths %d/%d/%d/%d, B=%d, C=%d, K=%d)", p.State.AccountDepth, p.State.TokenDepth,
		p.State.JobDepth, p.State.ModelDepth, p.Slots, p.Chunks, p.Inferences)
}
