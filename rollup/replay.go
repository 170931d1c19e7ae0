package rollup

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"

	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/protocol"
	"github.com/nexus-rollup/nexus/rollup/state"
)

// Replaying settled batches rebuilds the L2 state from L1 alone (exodus,
// docs/exodus.md). A settled batch's pubdata is everything L1 keeps of it:
// the ops without signatures and nonces, and without the input and output
// commitments of L2 jobs. The replay applies the ops with the same executor
// the sequencer runs, trusting signatures and nonces (the batch's proof
// covered them), so the accounts and models trees come out exact. The jobs
// tree does not: an L2 job's leaf hashes its hidden commitments, which the
// replay stores as zero. The root check therefore takes the jobs root the
// batch published in its pubdata, and the replayed state's own jobs root is
// never used.

// ErrReplayMismatch is returned when a settled batch does not replay to
// what L1 recorded: its pubdata, priority ops or state root.
var ErrReplayMismatch = errors.New("rollup: replay disagrees with L1")

// Meta key of the jobs root the last replayed batch published.
const metaReplayJobsRoot = "replay/jobs-root"

// NewReplayExecutor returns an executor that replays settled batches
// (ReplayBatch) into st. Use it on a store of its own, never on a
// sequencer's: its jobs tree lacks the L2 jobs' commitments.
func NewReplayExecutor(st *state.State, cfg Config) (*Executor, error) {
	e, err := NewExecutor(st, cfg)
	if err != nil {
		return nil, err
	}
	e.replay = true
	return e, nil
}

// Replayed is what one replayed batch did.
type Replayed struct {
	Receipts []*Receipt
	JobsRoot fr.Element // as the batch published it
	Root     fr.Element // the state root, equal to the header's
}

// ReplayBatch applies settled batch h with its pubdata on top of the last
// replayed one and checks every field L1 holds: the batch number, the
// previous root, the pubdata hash, the priority ops consumed and their
// chain, the bytes of every op (the L2-assigned fields included) and the new
// state root. On success the changes are staged: the caller writes them
// with State().Commit (synced) before the next batch. On error nothing is
// staged.
func (e *Executor) ReplayBatch(h protocol.Header, pubdata []byte) (*Replayed, error) {
	if !e.replay {
		return nil, errors.New("rollup: ReplayBatch needs a replay executor (NewReplayExecutor)")
	}
	out, err := e.replayBatch(h, pubdata)
	if err != nil {
		e.st.Discard()
		return nil, fmt.Errorf("batch %d: %w", h.BatchNumber, err)
	}
	return out, nil
}

func (e *Executor) replayBatch(h protocol.Header, pubdata []byte) (*Replayed, error) {
	last, prio, done, err := e.LastBatch()
	if err != nil {
		return nil, err
	}
	if h.BatchNumber != last+1 {
		return nil, fmt.Errorf("%w: batch number %d, the replay is at batch %d", ErrReplayMismatch, h.BatchNumber, last)
	}
	prev, err := e.ReplayedRoot()
	if err != nil {
		return nil, err
	}
	if prev.Bytes() != h.PrevStateRoot {
		return nil, fmt.Errorf("%w: previous state root %x, the replay has %x", ErrReplayMismatch, h.PrevStateRoot,
			prev.Bytes())
	}
	if h.PriorityHashBefore != prio {
		return nil, fmt.Errorf("%w: priority chain starts at %x, the replay is at %x", ErrReplayMismatch,
			h.PriorityHashBefore, prio)
	}
	if sha256.Sum256(pubdata) != h.PubdataHash {
		return nil, fmt.Errorf("%w: pubdata does not hash to the header's pubdata hash", ErrReplayMismatch)
	}
	jobsRoot, ops, err := DecodePubdata(pubdata)
	if err != nil {
		return nil, err
	}
	out := &Replayed{JobsRoot: jobsRoot, Receipts: make([]*Receipt, 0, len(ops))}
	chain, n := prio, uint64(0)
	enc := append(make([]byte, 0, len(pubdata)), pubdata[:protocol.JobsRootSize]...)
	for i, op := range ops {
		if err := e.completeReplayed(op.Op); err != nil {
			return nil, fmt.Errorf("op %d: %w", i, err)
		}
		r, err := e.Apply(op.Op, h.Timestamp)
		if errors.Is(err, state.ErrStoreRead) {
			return nil, fmt.Errorf("op %d: %w", i, err) // our store failed, not the batch
		}
		if err != nil {
			return nil, fmt.Errorf("%w: op %d does not apply: %v", ErrReplayMismatch, i, err)
		}
		b, err := EncodeOp(r)
		if err != nil {
			return nil, err
		}
		if want := pubdata[len(enc):min(len(pubdata), len(enc)+len(b))]; !bytes.Equal(b, want) {
			return nil, fmt.Errorf("%w: op %d (%s) replays to %x, pubdata has %x", ErrReplayMismatch, i, op.Op.Type(), b,
				want)
		}
		enc = append(enc, b...)
		if op.Op.Type().IsPriority() {
			l1, err := L1Encoding(op.Op)
			if err != nil {
				return nil, err
			}
			chain = protocol.NextPriorityHash(chain, l1)
			n++
		}
		out.Receipts = append(out.Receipts, r)
	}
	if n != h.PriorityOpsConsumed || chain != h.PriorityHashAfter {
		return nil, fmt.Errorf("%w: %d priority ops chain to %x, header says %d and %x", ErrReplayMismatch, n, chain,
			h.PriorityOpsConsumed, h.PriorityHashAfter)
	}
	accounts, _, models, err := e.st.SubRoots()
	if err != nil {
		return nil, err
	}
	out.Root = keys.HashElements(accounts, jobsRoot, models)
	if out.Root.Bytes() != h.NewStateRoot {
		return nil, fmt.Errorf("%w: state root %x, L1 has %x", ErrReplayMismatch, out.Root.Bytes(), h.NewStateRoot)
	}
	e.st.SetMeta(metaLastBatch, be(h.BatchNumber, 8))
	e.st.SetMeta(metaPriorityHash, h.PriorityHashAfter[:])
	e.st.SetMeta(metaPriorityDone, be(done+n, 8))
	jr := jobsRoot.Bytes()
	e.st.SetMeta(metaReplayJobsRoot, jr[:])
	return out, nil
}

// completeReplayed fills the fields of a decoded op that its pubdata leaves
// out because the state holds them: a CancelJob's requester is its job's.
func (e *Executor) completeReplayed(op Op) error {
	c, ok := op.(*CancelJob)
	if !ok {
		return nil
	}
	leaf, fits := JobLeaf(c.JobID, e.st.Params().JobDepth)
	if !fits {
		return nil // Apply refuses it
	}
	j, err := e.st.Job(leaf)
	if err != nil {
		return err
	}
	c.Requester = uint32(j.Requester)
	return nil
}

// ReplayedRoots returns the roots of the replayed state: the accounts and
// models roots it computes and the jobs root the last replayed batch
// published (the empty jobs tree's before the first batch). Call it with
// nothing staged.
func (e *Executor) ReplayedRoots() (accounts, jobs, models fr.Element, err error) {
	accounts, jobs, models, err = e.st.SubRoots()
	if err != nil {
		return
	}
	v, err := e.meta(metaReplayJobsRoot, fr.Bytes)
	if err != nil || v == nil {
		return // before the first batch the (empty) local jobs tree is exact
	}
	if err = jobs.SetBytesCanonical(v); err != nil {
		err = fmt.Errorf("%w: %q: %v", state.ErrCorruptRecord, metaReplayJobsRoot, err)
	}
	return
}

// ReplayedRoot is the state root of the replayed state: the root L1 stored
// for the last replayed batch.
func (e *Executor) ReplayedRoot() (fr.Element, error) {
	a, j, m, err := e.ReplayedRoots()
	if err != nil {
		return fr.Element{}, err
	}
	return keys.HashElements(a, j, m), nil
}
