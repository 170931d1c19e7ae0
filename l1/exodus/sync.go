// Package exodus lets a user leave Nexus with nothing but an L1 node: Syncer
// rebuilds the L2 state from NexusRollup's settled batches (the submitBatch
// calldata behind each BatchSettled event) and its priority queue, checking
// every batch's state root against the one L1 stored; ExitProof and
// ModelFeesProof build the Merkle proofs NexusRollup.exit and exitModelFees
// take from the rebuilt state. It never talks to a sequencer. docs/exodus.md
// is the user's guide.
package exodus

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/internal/crashpoint"
	"github.com/nexus-rollup/nexus/kv"
	"github.com/nexus-rollup/nexus/l1/watcher"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/protocol"
	"github.com/nexus-rollup/nexus/rollup/state"
)

var (
	// ErrMismatch is returned when what L1 holds does not replay: a batch's
	// calldata disagrees with its event, or a root differs.
	ErrMismatch = errors.New("exodus: L1 data does not replay")
	// ErrIndirectSubmit is returned for a batch settled by a contract's call
	// rather than a submitBatch transaction: its calldata is not in the
	// transaction, and reading it would take a tracing node.
	ErrIndirectSubmit = errors.New("exodus: batch not settled by a direct submitBatch transaction")
	// ErrWrongStore is returned for a store synced from another rollup or at
	// other tree depths.
	ErrWrongStore = errors.New("exodus: store belongs to another rollup or other depths")
)

// Chain is what the syncer needs from an L1 client (ethclient.Client and
// the simulated backend's client both have it).
type Chain interface {
	bind.ContractBackend
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

// Config says which rollup to rebuild.
type Config struct {
	Rollup        common.Address
	StartBlock    uint64 // the rollup's deployment block
	Confirmations uint64 // blocks an event must be buried under
	MaxRange      uint64 // blocks per log query (default 2000)
	Params        state.Params
}

// Progress is where a sync stands.
type Progress struct {
	Batch    uint64 // last batch replayed
	L1Batch  uint64 // last batch settled on L1, as of the confirmed head
	Block    uint64 // L1 block scanned up to
	Batches  uint64 // batches replayed by this call
	Ops      uint64 // ops replayed by this call
	Priority uint64 // priority ops queued on L1 (stored)
	Elapsed  time.Duration
}

// Store keys (the state lives under "s/", the priority queue under "l1w/").
var (
	keyNextBlock = []byte("exodus/next-block")
	keyIdentity  = []byte("exodus/identity")
	// prefixModel + model id (4 bytes): a model some replayed RegisterModel
	// created, so that Owed finds a model owner's fees without scanning ids.
	prefixModel = []byte("exodus/model/")
)

// Syncer rebuilds the L2 state into a kv store.
type Syncer struct {
	chain   Chain
	db      kv.Store
	cfg     Config
	rollup  *bindings.NexusRollup
	abi     *abi.ABI
	ex      *rollup.Executor
	queue   *watcher.Watcher
	log     *slog.Logger
	maxLock uint64
}

// New opens the rebuilt state in db, which must hold nothing but a previous
// sync of the same rollup at the same depths.
func New(ctx context.Context, chain Chain, db kv.Store, cfg Config, log *slog.Logger) (*Syncer, error) {
	if cfg.Rollup == (common.Address{}) {
		return nil, errors.New("exodus: rollup address not set")
	}
	if err := cfg.Params.Check(); err != nil {
		return nil, err
	}
	if cfg.MaxRange == 0 {
		cfg.MaxRange = 2000
	}
	if log == nil {
		log = slog.Default()
	}
	id := identity(cfg)
	switch have, err := db.Get(keyIdentity); {
	case errors.Is(err, kv.ErrNotFound):
		if err := db.Put(keyIdentity, id); err != nil {
			return nil, err
		}
	case err != nil:
		return nil, err
	case !bytes.Equal(have, id):
		return nil, fmt.Errorf("%w: synced for %x, asked for rollup %s at depths %v", ErrWrongStore, have, cfg.Rollup,
			cfg.Params)
	}
	r, err := bindings.NewNexusRollup(cfg.Rollup, chain)
	if err != nil {
		return nil, err
	}
	a, err := bindings.NexusRollupMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	call := &bind.CallOpts{Context: ctx}
	regAddr, err := r.ProverRegistry(call)
	if err != nil {
		return nil, fmt.Errorf("exodus: reading the rollup at %s: %w", cfg.Rollup, err)
	}
	reg, err := bindings.NewProverRegistryCaller(regAddr, chain)
	if err != nil {
		return nil, err
	}
	maxLock, err := reg.MaxLockDuration(call)
	if err != nil {
		return nil, fmt.Errorf("exodus: reading the prover registry: %w", err)
	}
	st, err := state.Open(db, cfg.Params)
	if err != nil {
		return nil, err
	}
	ex, err := rollup.NewReplayExecutor(st, rollup.Config{MaxLockDuration: maxLock})
	if err != nil {
		return nil, err
	}
	q, err := watcher.New(chain, db, watcher.Config{Rollup: cfg.Rollup, StartBlock: cfg.StartBlock,
		Confirmations: cfg.Confirmations, MaxRange: cfg.MaxRange}, log)
	if err != nil {
		return nil, err
	}
	return &Syncer{chain: chain, db: db, cfg: cfg, rollup: r, abi: a, ex: ex, queue: q, maxLock: maxLock,
		log: log.With("component", "exodus-sync")}, nil
}

func identity(cfg Config) []byte {
	p := cfg.Params
	b := append([]byte(nil), cfg.Rollup[:]...)
	for _, d := range []int{p.AccountDepth, p.TokenDepth, p.JobDepth, p.ModelDepth} {
		b = append(b, byte(d))
	}
	return b
}

// Executor is the replay executor over the rebuilt state.
func (s *Syncer) Executor() *rollup.Executor { return s.ex }

// Queue is the stored priority queue.
func (s *Syncer) Queue() *watcher.Watcher { return s.queue }

// Models lists, ascending, the ids of the models in the rebuilt state: those
// a replayed RegisterModel created (a skipped one creates none; none is ever
// removed).
func (s *Syncer) Models() ([]uint32, error) {
	it := s.db.NewIterator(prefixModel, nil)
	defer it.Release()
	var out []uint32
	for it.Next() {
		k := it.Key()
		if len(k) != len(prefixModel)+4 {
			return nil, fmt.Errorf("exodus: corrupt model key %x", k)
		}
		out = append(out, binary.BigEndian.Uint32(k[len(prefixModel):]))
	}
	return out, it.Error()
}

func (s *Syncer) nextBlock() (uint64, error) {
	v, err := s.db.Get(keyNextBlock)
	if errors.Is(err, kv.ErrNotFound) {
		return s.cfg.StartBlock, nil
	}
	if err != nil {
		return 0, err
	}
	if len(v) != 8 {
		return 0, fmt.Errorf("exodus: corrupt scan position (%d bytes)", len(v))
	}
	return binary.BigEndian.Uint64(v), nil
}

// Sync replays every batch settled up to the confirmed head and stores the
// priority queue, calling progress after each batch. Each batch is written
// (synced) with the scan position, so a killed sync resumes where it
// stopped. It returns ErrMismatch if anything L1 holds does not replay.
func (s *Syncer) Sync(ctx context.Context, progress func(Progress)) (Progress, error) {
	start := time.Now()
	var p Progress
	head, err := s.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return p, fmt.Errorf("exodus: L1 head: %w", err)
	}
	if head.Number.Uint64() < s.cfg.Confirmations {
		return p, nil
	}
	safe := head.Number.Uint64() - s.cfg.Confirmations
	call := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(safe)}
	if p.L1Batch, err = s.rollup.LastBatchNumber(call); err != nil {
		return p, fmt.Errorf("exodus: reading the rollup: %w", err)
	}
	if _, err := s.queue.Poll(ctx); err != nil {
		return p, err
	}
	if p.Priority, _, err = s.queue.Next(); err != nil {
		return p, err
	}
	if p.Batch, _, _, err = s.ex.LastBatch(); err != nil {
		return p, err
	}
	if err := s.checkGenesis(call); err != nil {
		return p, err
	}
	from, err := s.nextBlock()
	if err != nil {
		return p, err
	}
	for ; from <= safe && p.Batch < p.L1Batch; from = p.Block + 1 {
		to := min(safe, from+s.cfg.MaxRange-1)
		if err := s.scan(ctx, from, to, &p, start, progress); err != nil {
			return p, err
		}
		p.Block = to
		if err := s.db.Put(keyNextBlock, binary.BigEndian.AppendUint64(nil, to+1)); err != nil {
			return p, err
		}
	}
	p.Elapsed = time.Since(start)
	if p.Batch != p.L1Batch {
		return p, fmt.Errorf("%w: replayed to batch %d, L1 settled %d by block %d", ErrMismatch, p.Batch, p.L1Batch, safe)
	}
	want, err := s.rollup.StateRoot(call)
	if err != nil {
		return p, err
	}
	got, err := s.ex.ReplayedRoot()
	if err != nil {
		return p, err
	}
	if gb := got.Bytes(); new(big.Int).SetBytes(gb[:]).Cmp(want) != 0 {
		return p, fmt.Errorf("%w: rebuilt root %x, L1 stores %x", ErrMismatch, gb, want)
	}
	return p, nil
}

// checkGenesis compares the empty state at the configured depths with the
// root the rollup was deployed with, before the first batch: a wrong
// --state.depths fails here rather than at the first root.
func (s *Syncer) checkGenesis(call *bind.CallOpts) error {
	if n, _, _, err := s.ex.LastBatch(); err != nil || n != 0 {
		return err
	}
	empty, err := state.EmptyRoot(s.cfg.Params)
	if err != nil {
		return err
	}
	var first *bindings.NexusRollupBatchSettled
	err = s.chunks(s.cfg.StartBlock, call.BlockNumber.Uint64(), func(from, to uint64) (bool, error) {
		it, err := s.rollup.FilterBatchSettled(&bind.FilterOpts{Start: from, End: &to, Context: call.Context}, []uint64{1})
		if err != nil {
			return false, fmt.Errorf("exodus: logs %d-%d: %w", from, to, err)
		}
		defer it.Close()
		if it.Next() {
			first = it.Event
		}
		return first != nil, it.Error()
	})
	if err != nil {
		return err
	}
	var genesis *big.Int
	if first != nil {
		txs, err := s.transactions(call.Context, []*bindings.NexusRollupBatchSettled{first})
		if err != nil {
			return err
		}
		h, _, err := s.calldata(first, txs[0])
		if err != nil {
			return err
		}
		genesis = new(big.Int).SetBytes(h.PrevStateRoot[:])
	} else if genesis, err = s.rollup.StateRoot(call); err != nil {
		return err
	}
	if eb := empty.Bytes(); new(big.Int).SetBytes(eb[:]).Cmp(genesis) != 0 {
		p := s.cfg.Params
		return fmt.Errorf("%w: the rollup's genesis root is %#x, an empty state at depths %d/%d/%d/%d has %x "+
			"(wrong --state.depths?)", ErrMismatch, genesis, p.AccountDepth, p.TokenDepth, p.JobDepth, p.ModelDepth, eb)
	}
	return nil
}

// chunks calls fn on [from, to] in ranges of at most MaxRange blocks (providers
// cap eth_getLogs' range) until fn stops or fails.
func (s *Syncer) chunks(from, to uint64, fn func(from, to uint64) (stop bool, err error)) error {
	for from <= to {
		end := min(to, from+s.cfg.MaxRange-1)
		if stop, err := fn(from, end); err != nil || stop {
			return err
		}
		from = end + 1
	}
	return nil
}

func (s *Syncer) scan(ctx context.Context, from, to uint64, p *Progress, start time.Time, progress func(Progress)) error {
	it, err := s.rollup.FilterBatchSettled(&bind.FilterOpts{Start: from, End: &to, Context: ctx}, nil)
	if err != nil {
		return fmt.Errorf("exodus: logs %d-%d: %w", from, to, err)
	}
	var events []*bindings.NexusRollupBatchSettled
	next := p.Batch + 1
	for it.Next() {
		ev := it.Event
		if ev.Raw.Removed || ev.BatchNumber < next {
			continue // replayed before a restart
		}
		if ev.BatchNumber != next {
			it.Close()
			return fmt.Errorf("%w: batch %d settled in block %d, the replay is at batch %d", ErrMismatch, ev.BatchNumber,
				ev.Raw.BlockNumber, next-1)
		}
		events = append(events, ev)
		next++
	}
	err = it.Error()
	it.Close()
	if err != nil {
		return fmt.Errorf("exodus: logs: %w", err)
	}
	for len(events) > 0 {
		n := min(len(events), txBatch)
		txs, err := s.transactions(ctx, events[:n])
		if err != nil {
			return err
		}
		for i, ev := range events[:n] {
			if err := s.replay(ev, txs[i], p, start, progress); err != nil {
				return err
			}
		}
		events = events[n:]
	}
	return nil
}

// replay replays the batch ev settled and writes it with the scan position.
func (s *Syncer) replay(ev *bindings.NexusRollupBatchSettled, tx *types.Transaction, p *Progress, start time.Time,
	progress func(Progress)) error {
	h, pubdata, err := s.calldata(ev, tx)
	if err != nil {
		return err
	}
	r, err := s.ex.ReplayBatch(h, pubdata)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrMismatch, err)
	}
	w := s.db.NewBatch()
	if err := s.ex.State().Commit(w); err != nil {
		return err
	}
	for _, rc := range r.Receipts {
		if m, ok := rc.Op.(*rollup.RegisterModel); ok && !rc.Skipped {
			w.Put(binary.BigEndian.AppendUint32(append([]byte(nil), prefixModel...), m.ModelID), []byte{1})
		}
	}
	// Resume from this block: a later batch may settle in it too.
	w.Put(keyNextBlock, binary.BigEndian.AppendUint64(nil, ev.Raw.BlockNumber))
	if err := w.Write(); err != nil {
		return err
	}
	crashpoint.Hit(crashpoint.ExodusBatchReplayed)
	p.Batch, p.Block = h.BatchNumber, ev.Raw.BlockNumber
	p.Batches++
	p.Ops += uint64(len(r.Receipts))
	p.Elapsed = time.Since(start)
	if progress != nil {
		progress(*p)
	}
	return nil
}

// txBatch is how many submitBatch transactions one JSON-RPC batch fetches.
const txBatch = 100

// transactions fetches the transactions of events, in one JSON-RPC batch
// when the client offers it (ethclient.Client does), else one by one.
func (s *Syncer) transactions(ctx context.Context, events []*bindings.NexusRollupBatchSettled) ([]*types.Transaction, error) {
	out := make([]*types.Transaction, len(events))
	rc, ok := s.chain.(interface{ Client() *rpc.Client })
	if !ok {
		for i, ev := range events {
			tx, _, err := s.chain.TransactionByHash(ctx, ev.Raw.TxHash)
			if err != nil {
				return nil, fmt.Errorf("exodus: batch %d: transaction %s: %w", ev.BatchNumber, ev.Raw.TxHash, err)
			}
			out[i] = tx
		}
		return out, nil
	}
	reqs := make([]rpc.BatchElem, len(events))
	for i, ev := range events {
		reqs[i] = rpc.BatchElem{Method: "eth_getTransactionByHash", Args: []any{ev.Raw.TxHash}, Result: &out[i]}
	}
	if err := rc.Client().BatchCallContext(ctx, reqs); err != nil {
		return nil, fmt.Errorf("exodus: transactions of batches %d-%d: %w", events[0].BatchNumber,
			events[len(events)-1].BatchNumber, err)
	}
	for i, r := range reqs {
		if r.Error == nil && out[i] == nil {
			r.Error = ethereum.NotFound
		}
		if r.Error != nil {
			return nil, fmt.Errorf("exodus: batch %d: transaction %s: %w", events[i].BatchNumber, events[i].Raw.TxHash, r.Error)
		}
	}
	return out, nil
}

// calldata reads the header and pubdata of the batch ev settled from its
// transaction tx, and checks them against the event.
func (s *Syncer) calldata(ev *bindings.NexusRollupBatchSettled, tx *types.Transaction) (protocol.Header, []byte, error) {
	var h protocol.Header
	if tx.Hash() != ev.Raw.TxHash {
		return h, nil, fmt.Errorf("%w: batch %d: L1 returned transaction %s for %s", ErrMismatch, ev.BatchNumber, tx.Hash(),
			ev.Raw.TxHash)
	}
	data := tx.Data()
	m := s.abi.Methods["submitBatch"]
	if tx.To() == nil || *tx.To() != s.cfg.Rollup || len(data) < 4 || !bytes.Equal(data[:4], m.ID) {
		return h, nil, fmt.Errorf("%w: batch %d, transaction %s", ErrIndirectSubmit, ev.BatchNumber, ev.Raw.TxHash)
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil || len(args) != 3 {
		return h, nil, fmt.Errorf("%w: batch %d: calldata does not decode: %v", ErrMismatch, ev.BatchNumber, err)
	}
	bh := *abi.ConvertType(args[0], new(bindings.BatchHeader)).(*bindings.BatchHeader)
	pubdata, ok := args[1].([]byte)
	if !ok || bh.PrevStateRoot.BitLen() > 256 || bh.NewStateRoot.BitLen() > 256 {
		return h, nil, fmt.Errorf("%w: batch %d: calldata does not decode", ErrMismatch, ev.BatchNumber)
	}
	h = protocol.Header{BatchNumber: bh.BatchNumber, Timestamp: bh.Timestamp, PriorityOpsConsumed: bh.PriorityOpsConsumed,
		PriorityHashBefore: bh.PriorityHashBefore, PriorityHashAfter: bh.PriorityHashAfter, PubdataHash: bh.PubdataHash}
	bh.PrevStateRoot.FillBytes(h.PrevStateRoot[:])
	bh.NewStateRoot.FillBytes(h.NewStateRoot[:])
	if h.BatchNumber != ev.BatchNumber || bh.NewStateRoot.Cmp(ev.NewStateRoot) != 0 || h.PubdataHash != ev.PubdataHash ||
		h.PriorityOpsConsumed != ev.PriorityOpsConsumed {
		return h, nil, fmt.Errorf("%w: batch %d: calldata of %s differs from its BatchSettled event", ErrMismatch,
			ev.BatchNumber, ev.Raw.TxHash)
	}
	return h, pubdata, nil
}
