package sequencer

import (
	"runtime"
	"sync"

	"github.com/nexus-rollup/nexus/rollup"
)

// sigBatcher checks the signatures of concurrent admissions together
// (rollup.Executor.VerifyManyAs: one multi-scalar multiplication for the
// lot), the way the mempool shares one fsync among concurrent writes. A
// caller that finds fewer than one checker per core at work becomes one:
// it checks everything queued so far, at most maxSigBatch at a time, and
// hands over to a new goroutine if more arrived meanwhile. Under light load
// every check is a batch of one, made at once; under heavy load the batches
// grow and each signature costs less.
type sigBatcher struct {
	ex      *rollup.Executor
	workers int

	mu      sync.Mutex
	queue   []*sigCheck
	running int
}

type sigCheck struct {
	key  rollup.SignerKey
	op   rollup.Op
	err  error
	done chan struct{}
}

// maxSigBatch bounds one batch: past a few dozen signatures the saving per
// signature levels off, and a bad signature sends the whole batch back to
// one-by-one checks.
const maxSigBatch = 64

func newSigBatcher(ex *rollup.Executor) *sigBatcher {
	return &sigBatcher{ex: ex, workers: max(1, runtime.GOMAXPROCS(0))}
}

// verify checks op's signature under k, as Executor.VerifyAs does.
func (b *sigBatcher) verify(k rollup.SignerKey, op rollup.Op) error {
	c := &sigCheck{key: k, op: op, done: make(chan struct{})}
	b.mu.Lock()
	b.queue = append(b.queue, c)
	lead := b.running < b.workers
	if lead {
		b.running++
	}
	b.mu.Unlock()
	if lead {
		b.check(c)
	}
	<-c.done
	return c.err
}

// check runs batches until the queue is empty or own's batch is done; if
// checks are still queued then, a new goroutine takes over the lead.
func (b *sigBatcher) check(own *sigCheck) {
	for {
		b.mu.Lock()
		if len(b.queue) == 0 {
			b.running--
			b.mu.Unlock()
			return
		}
		if own != nil {
			select {
			case <-own.done:
				b.mu.Unlock()
				go b.check(nil) // still counted in running
				return
			default:
			}
		}
		n := min(len(b.queue), maxSigBatch)
		batch := b.queue[:n:n]
		b.queue = b.queue[n:]
		b.mu.Unlock()

		ks := make([]rollup.SignerKey, n)
		ops := make([]rollup.Op, n)
		for i, c := range batch {
			ks[i], ops[i] = c.key, c.op
		}
		for i, err := range b.ex.VerifyManyAs(ks, ops) {
			batch[i].err = err
			close(batch[i].done)
		}
	}
}
