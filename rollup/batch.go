package rollup

import (
	"crypto/sha256"
	"errors"
	"fmt"

	"github.com/nexus-rollup/nexus/kv"
	"github.com/nexus-rollup/nexus/rollup/protocol"
)

// ErrBatchFull is returned when an op does not fit the batch's chunk slots.
var ErrBatchFull = errors.New("batch is full")

// ErrBatchNotFound is returned for a batch that was never sealed.
var ErrBatchNotFound = errors.New("rollup: batch not found")

// Batch is a sealed batch: what L1 receives and what the aggregator proves.
type Batch struct {
	Header   protocol.Header
	Pubdata  []byte
	Receipts []*Receipt
	// Chunks is the number of pubdata chunks the ops use (before padding).
	Chunks int
}

// BatchBuilder applies ops to the state for one batch. Each op either
// applies whole or not at all; Seal produces the header and pubdata, and
// Commit writes the state and the batch in one synced kv batch.
type BatchBuilder struct {
	ex        *Executor
	header    protocol.Header
	maxChunks int
	chunks    int
	ops       [][]byte
	receipts  []*Receipt
	sealed    *Batch
	witness   *witnessRecorder
	maxOps    int // 0: no limit
	// maxFulfils bounds the jobs fulfilled (0: no limit), fulfils counts
	// them: each needs one of the block circuit's inference slots.
	maxFulfils, fulfils int
}

// SetMaxOps bounds the ops of the batch: the block circuit's op slots (B).
func (b *BatchBuilder) SetMaxOps(n int) { b.maxOps = n }

// SetMaxFulfils bounds the FulfillJobs the batch applies: the block
// circuit's inference slots (K). Without it a batch of more fulfilments
// than K could be sealed and never proven.
func (b *BatchBuilder) SetMaxFulfils(n int) { b.maxFulfils = n }

// NewBatch starts batch number at timestamp ts, continuing the priority
// queue from hash prioBefore. maxChunks is the block circuit's chunk slots.
func (e *Executor) NewBatch(number, ts uint64, prioBefore [32]byte, maxChunks int) (*BatchBuilder, error) {
	if maxChunks <= 0 {
		return nil, fmt.Errorf("rollup: a batch needs at least one chunk slot")
	}
	root, err := e.st.Root()
	if err != nil {
		return nil, err
	}
	b := &BatchBuilder{ex: e, maxChunks: maxChunks}
	b.header.BatchNumber, b.header.Timestamp = number, ts
	b.header.PrevStateRoot = root.Bytes()
	b.header.PriorityHashBefore, b.header.PriorityHashAfter = prioBefore, prioBefore
	return b, nil
}

// Add applies op. A priority op must be the next one of the L1 queue (the
// caller reads them in order); it always applies, possibly as skipped.
func (b *BatchBuilder) Add(op Op) (*Receipt, error) {
	if b.sealed != nil {
		return nil, errors.New("rollup: batch already sealed")
	}
	l, ok := protocol.LayoutOf(byte(op.Type()))
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrUnknownOp, op.Type())
	}
	need := l.Chunks
	if f, isFulfil := op.(*FulfillJob); isFulfil && f.JobID&L1JobBit != 0 {
		fl, _ := protocol.LayoutOf(byte(OpFulfillL1Job))
		need = fl.Chunks
	}
	if b.maxOps > 0 && len(b.receipts) >= b.maxOps {
		return nil, fmt.Errorf("%w: all %d op slots are used", ErrBatchFull, b.maxOps)
	}
	_, fulfil := op.(*FulfillJob)
	if fulfil && b.maxFulfils > 0 && b.fulfils >= b.maxFulfils {
		return nil, fmt.Errorf("%w: all %d inference slots are used", ErrBatchFull, b.maxFulfils)
	}
	if b.chunks+need > b.maxChunks {
		return nil, fmt.Errorf("%w: %s needs %d chunks, %d of %d free", ErrBatchFull, op.Type(), need,
			b.maxChunks-b.chunks, b.maxChunks)
	}
	var l1enc []byte
	if op.Type().IsPriority() {
		var err error
		if l1enc, err = L1Encoding(op); err != nil {
			return nil, err
		}
	}
	snap := b.ex.st.Snapshot()
	r, err := b.ex.Apply(op, b.header.Timestamp)
	if err != nil {
		return nil, err
	}
	enc, err := EncodeOp(r)
	if err != nil {
		b.ex.st.RevertTo(snap)
		return nil, err
	}
	if b.witness != nil {
		if err := b.witness.record(r, b.ex.st); err != nil {
			b.ex.st.RevertTo(snap)
			return nil, err
		}
	}
	if l1enc != nil {
		b.header.PriorityHashAfter = protocol.NextPriorityHash(b.header.PriorityHashAfter, l1enc)
		b.header.PriorityOpsConsumed++
	}
	b.chunks += len(enc) / protocol.ChunkSize
	b.ops = append(b.ops, enc)
	b.receipts = append(b.receipts, r)
	if fulfil {
		b.fulfils++
	}
	return r, nil
}

// Len is the number of ops added; FreeChunks the slots left.
func (b *BatchBuilder) Len() int        { return len(b.receipts) }
func (b *BatchBuilder) FreeChunks() int { return b.maxChunks - b.chunks }

// Seal finishes the batch: pubdata = jobs root ‖ ops, and the header.
func (b *BatchBuilder) Seal() (*Batch, error) {
	if b.sealed != nil {
		return b.sealed, nil
	}
	_, jobsRoot, _, err := b.ex.st.SubRoots()
	if err != nil {
		return nil, err
	}
	root, err := b.ex.st.Root()
	if err != nil {
		return nil, err
	}
	if b.witness != nil {
		if err := b.witness.check(b.ex.st); err != nil {
			return nil, fmt.Errorf("batch %d: %w", b.header.BatchNumber, err)
		}
		if err := b.witness.pad(); err != nil {
			return nil, err
		}
	}
	jr := jobsRoot.Bytes()
	pubdata := append([]byte(nil), jr[:]...)
	for _, op := range b.ops {
		pubdata = append(pubdata, op...)
	}
	b.header.NewStateRoot = root.Bytes()
	b.header.PubdataHash = sha256.Sum256(pubdata)
	b.sealed = &Batch{Header: b.header, Pubdata: pubdata, Receipts: b.receipts, Chunks: b.chunks}
	return b.sealed, nil
}

// Meta keys the batch commit writes with the state.
const (
	metaLastBatch    = "batch/last"
	metaPriorityHash = "batch/prio-hash"
	metaPriorityDone = "batch/prio-done"
)

// Commit writes the sealed batch's state changes, the batch record and the
// chain position into w atomically; the caller writes w (synced) and only
// then acknowledges the batch.
func (b *BatchBuilder) Commit(w kv.Writer) error {
	if b.sealed == nil {
		return errors.New("rollup: commit before seal")
	}
	st := b.ex.st
	h := b.sealed.Header
	st.SetMeta(metaLastBatch, be(h.BatchNumber, 8))
	done, err := b.ex.priorityDone()
	if err != nil {
		return err
	}
	st.SetMeta(metaPriorityHash, h.PriorityHashAfter[:])
	done += h.PriorityOpsConsumed
	st.SetMeta(metaPriorityDone, be(done, 8))
	st.SetMeta(batchKey(h.BatchNumber), append(h.Encode(), b.sealed.Pubdata...))
	return st.Commit(w)
}

// Discard drops the batch's changes.
func (b *BatchBuilder) Discard() { b.ex.st.Discard() }

func batchKey(n uint64) string { return "batch/" + string(be(n, 8)) }

// LastBatch is the number of the last committed batch (0 = genesis), the
// priority-queue hash it reached and how many priority ops are consumed. Call
// it with nothing staged (between batches). A failed read is an error, never
// genesis.
func (e *Executor) LastBatch() (number uint64, prioHash [32]byte, prioDone uint64, err error) {
	v, err := e.meta(metaLastBatch, 8)
	if err != nil {
		return 0, prioHash, 0, err
	}
	if v != nil {
		number = beUint(v)
	}
	if v, err = e.meta(metaPriorityHash, 32); err != nil {
		return 0, prioHash, 0, err
	}
	copy(prioHash[:], v)
	if prioDone, err = e.priorityDone(); err != nil {
		return 0, [32]byte{}, 0, err
	}
	return number, prioHash, prioDone, nil
}

func (e *Executor) priorityDone() (uint64, error) {
	v, err := e.meta(metaPriorityDone, 8)
	if err != nil || v == nil {
		return 0, err
	}
	return beUint(v), nil
}

// StoredBatch returns a committed batch's header and pubdata.
func (e *Executor) StoredBatch(n uint64) (protocol.Header, []byte, error) {
	var h protocol.Header
	v, err := e.st.Meta(batchKey(n))
	if err != nil {
		return h, nil, err
	}
	if len(v) == 0 {
		return h, nil, fmt.Errorf("%w: %d", ErrBatchNotFound, n)
	}
	if len(v) < protocol.HeaderSize {
		return h, nil, fmt.Errorf("rollup: batch %d: stored record is %d bytes", n, len(v))
	}
	if h, err = protocol.DecodeHeader(v[:protocol.HeaderSize]); err != nil {
		return h, nil, err
	}
	return h, v[protocol.HeaderSize:], nil
}

func beUint(b []byte) uint64 {
	var v uint64
	for _, x := range b {
		v = v<<8 | uint64(x)
	}
	return v
}
