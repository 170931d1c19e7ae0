// Package crashpoint lets crash tests kill a nexus process with SIGKILL at a
// named point of its commit protocol (RELIABILITY.md D.1). A point fires
// only when the environment variable NEXUS_CRASHPOINT names it, which no
// deployment sets; otherwise Hit is a map lookup.
package crashpoint

import (
	"os"
	"syscall"
)

// Env is the variable that arms a crash point.
const Env = "NEXUS_CRASHPOINT"

// Named points.
const (
	OpPersisted    = "op-persisted"    // an op is written to the mempool, not yet acknowledged
	BatchStaged    = "batch-staged"    // a batch is sealed in memory, not yet written
	BatchWritten   = "batch-written"   // a batch is written, not yet announced
	PriorityStored = "priority-stored" // L1 priority ops are stored, not yet batched
	TxSigned       = "tx-signed"       // an L1 tx is signed and persisted, not yet sent
	TxSent         = "tx-sent"         // an L1 tx is sent, its receipt not yet seen
	TxMined        = "tx-mined"        // an L1 tx's receipt is seen, not yet recorded

	ExodusBatchReplayed = "exodus-batch-replayed" // exodus sync wrote a replayed batch
)

var armed = os.Getenv(Env)

// Hit kills the process, as kill -9 would, if point is armed.
func Hit(point string) {
	if armed != "" && armed == point {
		syscall.Kill(os.Getpid(), syscall.SIGKILL)
		select {} // never returns
	}
}
