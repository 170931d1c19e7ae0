// Package watcher reads NexusRollup's priority queue from L1: every
// PriorityOpQueued event once it is buried under the confirmation depth,
// checked against the queue's hash chain, decoded, and persisted (with the
// scan position, in one synced write) before anyone sees it. The sequencer
// includes the ops in queue order from the store.
//
// Reorgs shallower than the confirmation depth never reach the store. A
// deeper one that rewrites blocks already scanned is detected on the next
// poll (the scanned block's hash changed); ops are keyed by queue index and
// chained by hash, so a rewritten op can never be applied twice or silently
// replaced: the watcher stops with ErrDeepReorg and an operator decides.
package watcher

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/internal/crashpoint"
	"github.com/nexus-rollup/nexus/kv"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/protocol"
)

var (
	// ErrDeepReorg is returned when L1 rewrote blocks below the confirmation depth.
	ErrDeepReorg = errors.New("L1 reorg deeper than the confirmation depth")
	// ErrChain is returned when an event breaks the priority queue's hash chain.
	ErrChain = errors.New("priority queue hash chain broken")
)

// Chain is what the watcher needs from an L1 client.
type Chain interface {
	bind.ContractFilterer
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Config says what to watch.
type Config struct {
	Rollup        common.Address
	StartBlock    uint64 // the rollup's deployment block
	Confirmations uint64
	MaxRange      uint64        // blocks per log query (default 2000)
	PollInterval  time.Duration // default 2s
}

// PriorityOp is one queued op as L1 recorded it.
type PriorityOp struct {
	Index    uint64
	Hash     [32]byte // the chain hash after this op
	Deadline uint64
	Encoding []byte
	Block    uint64
	TxHash   common.Hash
	// Input is an L1Job's input, from the InferenceRequested event of the
	// same transaction (public in calldata); nil for other ops, and for an
	// input over MaxL1JobInput bytes, which no prover is given.
	Input hexutil.Bytes `json:"input,omitempty"`
}

// MaxL1JobInput bounds the L1 job input the watcher stores. The model fixes
// an input's size, and every model's is far below this.
const MaxL1JobInput = 64 << 10

// Op decodes the op.
func (p *PriorityOp) Op() (rollup.Op, error) { return rollup.DecodePriorityOp(p.Encoding) }

// cursor is the scan position, persisted with the ops it covers.
type cursor struct {
	NextBlock uint64      `json:"nextBlock"` // first block not yet scanned
	LastBlock uint64      `json:"lastBlock"` // last block scanned (NextBlock-1), for reorg checks
	LastHash  common.Hash `json:"lastHash"`  // its hash
	Count     uint64      `json:"count"`     // ops stored; the next event has index Count+1
	ChainHash [32]byte    `json:"chainHash"` // h_Count of the hash chain
}

var (
	keyCursor = []byte("l1w/cursor")
	prefixOp  = []byte("l1w/op/")
)

func opKey(i uint64) []byte {
	return binary.BigEndian.AppendUint64(append([]byte(nil), prefixOp...), i)
}

// Watcher scans L1 for priority ops.
type Watcher struct {
	chain  Chain
	filter *bindings.NexusRollupFilterer
	db     kv.Store
	cfg    Config
	log    *slog.Logger
	// head and scanned are the L1 head and the last block scanned at the
	// last poll, for the lag metric.
	head, scanned atomic.Uint64
}

// New returns a watcher storing into db.
func New(chain Chain, db kv.Store, cfg Config, log *slog.Logger) (*Watcher, error) {
	if cfg.Rollup == (common.Address{}) {
		return nil, errors.New("watcher: rollup address not set")
	}
	if cfg.MaxRange == 0 {
		cfg.MaxRange = 2000
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = 2 * time.Second
	}
	if log == nil {
		log = slog.Default()
	}
	f, err := bindings.NewNexusRollupFilterer(cfg.Rollup, chain)
	if err != nil {
		return nil, err
	}
	return &Watcher{chain: chain, filter: f, db: db, cfg: cfg, log: log.With("component", "l1-watcher")}, nil
}

func (w *Watcher) cursor() (cursor, error) {
	c := cursor{NextBlock: w.cfg.StartBlock}
	raw, err := w.db.Get(keyCursor)
	if errors.Is(err, kv.ErrNotFound) {
		return c, nil
	}
	if err != nil {
		return c, err
	}
	if err := json.Unmarshal(raw, &c); err != nil {
		return c, fmt.Errorf("watcher: corrupt cursor: %w", err)
	}
	return c, nil
}

// Next returns how many priority ops are stored and the chain hash after
// them (h_count in docs/protocol.md §3).
func (w *Watcher) Next() (count uint64, chainHash [32]byte, err error) {
	c, err := w.cursor()
	return c.Count, c.ChainHash, err
}

// Op returns stored op i; queue indices start at 1, as on L1.
func (w *Watcher) Op(i uint64) (*PriorityOp, error) {
	raw, err := w.db.Get(opKey(i))
	if err != nil {
		return nil, fmt.Errorf("watcher: priority op %d: %w", i, err)
	}
	var p PriorityOp
	if err := json.Unmarshal(raw, &p); err != nil {
		return nil, fmt.Errorf("watcher: corrupt priority op %d: %w", i, err)
	}
	return &p, nil
}

// Progress returns the L1 head and the last block scanned as of the last
// poll: their difference is how far the watcher lags (at least the
// confirmation depth).
func (w *Watcher) Progress() (head, scanned uint64) { return w.head.Load(), w.scanned.Load() }

// Poll scans the confirmed blocks not yet scanned and stores their ops. It
// returns the number of new ops.
func (w *Watcher) Poll(ctx context.Context) (int, error) {
	c, err := w.cursor()
	if err != nil {
		return 0, err
	}
	if c.LastHash != (common.Hash{}) {
		h, err := w.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(c.LastBlock))
		if err != nil {
			return 0, fmt.Errorf("watcher: header %d: %w", c.LastBlock, err)
		}
		if h.Hash() != c.LastHash {
			return 0, fmt.Errorf("%w: block %d was %s when scanned, is %s now", ErrDeepReorg, c.LastBlock,
				c.LastHash, h.Hash())
		}
	}
	head, err := w.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("watcher: head: %w", err)
	}
	w.head.Store(head.Number.Uint64())
	defer func() {
		if c.NextBlock > 0 {
			w.scanned.Store(c.NextBlock - 1)
		}
	}()
	if head.Number.Uint64() < w.cfg.Confirmations {
		return 0, nil
	}
	safe := head.Number.Uint64() - w.cfg.Confirmations
	total := 0
	for c.NextBlock <= safe {
		to := min(safe, c.NextBlock+w.cfg.MaxRange-1)
		n, next, err := w.scan(ctx, c, to)
		if err != nil {
			return total, err
		}
		total += n
		c = next
	}
	return total, nil
}

func (w *Watcher) scan(ctx context.Context, c cursor, to uint64) (int, cursor, error) {
	it, err := w.filter.FilterPriorityOpQueued(&bind.FilterOpts{Start: c.NextBlock, End: &to, Context: ctx}, nil)
	if err != nil {
		return 0, c, fmt.Errorf("watcher: logs %d-%d: %w", c.NextBlock, to, err)
	}
	defer it.Close()
	batch := w.db.NewBatch()
	n := 0
	var ops []*PriorityOp
	for it.Next() {
		ev := it.Event
		if ev.Raw.Removed {
			continue
		}
		idx := ev.Index.Uint64()
		if !ev.Index.IsUint64() || idx != c.Count+1 {
			return 0, c, fmt.Errorf("%w: got index %v, expected %d", ErrChain, ev.Index, c.Count+1)
		}
		if want := protocol.NextPriorityHash(c.ChainHash, ev.Encoding); want != ev.Hash {
			return 0, c, fmt.Errorf("%w: op %d hash %x, chain gives %x", ErrChain, idx, ev.Hash, want)
		}
		p := PriorityOp{Index: idx, Hash: ev.Hash, Deadline: ev.Deadline, Encoding: ev.Encoding,
			Block: ev.Raw.BlockNumber, TxHash: ev.Raw.TxHash}
		if _, err := p.Op(); err != nil {
			// L1 validated the encoding when it queued the op; an op we
			// cannot decode means the two sides disagree on the protocol.
			return 0, c, fmt.Errorf("watcher: priority op %d does not decode: %w", idx, err)
		}
		ops = append(ops, &p)
		c.Count, c.ChainHash = idx, ev.Hash
		n++
	}
	if err := it.Error(); err != nil {
		return 0, c, fmt.Errorf("watcher: logs: %w", err)
	}
	if err := w.attachInputs(ctx, ops, c.NextBlock, to); err != nil {
		return 0, c, err
	}
	for _, p := range ops {
		raw, _ := json.Marshal(p)
		batch.Put(opKey(p.Index), raw)
	}
	h, err := w.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
	if err != nil {
		return 0, c, fmt.Errorf("watcher: header %d: %w", to, err)
	}
	c.NextBlock, c.LastBlock, c.LastHash = to+1, to, h.Hash()
	raw, _ := json.Marshal(&c)
	batch.Put(keyCursor, raw)
	if err := batch.Write(); err != nil {
		return 0, c, err
	}
	if n > 0 {
		crashpoint.Hit(crashpoint.PriorityStored)
	}
	if n > 0 {
		w.log.Info("priority ops confirmed", "new", n, "total", c.Count, "block", to)
	}
	return n, c, nil
}

// attachInputs gives each L1Job among ops its input, read from the
// InferenceRequested event its transaction emitted alongside the queued op.
func (w *Watcher) attachInputs(ctx context.Context, ops []*PriorityOp, from, to uint64) error {
	type key struct {
		tx  common.Hash
		job uint32
	}
	want := map[key]*PriorityOp{}
	for _, p := range ops {
		if op, err := p.Op(); err == nil {
			if j, ok := op.(*rollup.L1Job); ok {
				want[key{p.TxHash, j.JobID}] = p
			}
		}
	}
	if len(want) == 0 {
		return nil
	}
	it, err := w.filter.FilterInferenceRequested(&bind.FilterOpts{Start: from, End: &to, Context: ctx}, nil, nil, nil)
	if err != nil {
		return fmt.Errorf("watcher: inference requests %d-%d: %w", from, to, err)
	}
	defer it.Close()
	for it.Next() {
		ev := it.Event
		p := want[key{ev.Raw.TxHash, ev.JobId}]
		if p == nil || ev.Raw.Removed {
			continue
		}
		if len(ev.Input) > MaxL1JobInput {
			w.log.Warn("L1 job input too large: no prover can be given it", "job", ev.JobId, "bytes", len(ev.Input), "max", MaxL1JobInput)
			continue
		}
		p.Input = append(hexutil.Bytes{}, ev.Input...)
	}
	if err := it.Error(); err != nil {
		return fmt.Errorf("watcher: inference requests: %w", err)
	}
	for k, p := range want {
		if p.Input == nil {
			w.log.Warn("L1 job has no stored input: no prover can be given it", "job", k.job, "tx", k.tx)
		}
	}
	return nil
}

// Run polls until ctx ends, backing off on errors (L1 down or slow) up to a
// minute. It returns on ErrDeepReorg and ErrChain, which need an operator.
func (w *Watcher) Run(ctx context.Context) error {
	backoff := w.cfg.PollInterval
	for {
		_, err := w.Poll(ctx)
		switch {
		case errors.Is(err, ErrDeepReorg), errors.Is(err, ErrChain):
			w.log.Error("stopping", "err", err)
			return err
		case err != nil:
			w.log.Warn("poll failed, retrying", "err", err, "in", backoff)
			backoff = min(backoff*2, time.Minute)
		default:
			backoff = w.cfg.PollInterval
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(backoff):
		}
	}
}
