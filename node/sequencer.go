package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/kv/leveldb"
	"github.com/nexus-rollup/nexus/l1/deploy"
	"github.com/nexus-rollup/nexus/l1/watcher"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/state"
	"github.com/nexus-rollup/nexus/sequencer"
	"github.com/nexus-rollup/nexus/sequencer/mempool"
)

// SequencerConfig configures a sequencer stack: its store, the L1 it
// watches and the RPC server it serves.
type SequencerConfig struct {
	Client        *ethclient.Client
	Deployment    *deploy.Deployment
	DBPath        string // the leveldb directory
	HTTPAddr      string // host:port of the nexus_ RPC (HTTP and WebSocket)
	RPC           sequencer.ServerConfig
	Confirmations uint64 // L1 blocks before a priority op is read
	Sequencer     sequencer.Config
	State         state.Params
}

// Check reports a configuration the stack cannot run with.
func (c *SequencerConfig) Check() error {
	switch {
	case c.Client == nil:
		return errors.New("sequencer: no L1 client")
	case c.Deployment == nil:
		return errors.New("sequencer: no deployment")
	case c.DBPath == "":
		return errors.New("sequencer: no database path")
	}
	if err := c.State.Check(); err != nil {
		return fmt.Errorf("sequencer: %w", err)
	}
	return c.Sequencer.Check()
}

// SequencerStack is a sequencer with what it runs on: its store, the L1
// priority-queue watcher, the batcher and the RPC server. It is a
// Lifecycle: Start starts the watcher, the sealing loop and the server;
// Stop stops them in reverse and closes the store. It fails (Err) when the
// watcher does.
type SequencerStack struct {
	DB      *leveldb.Store
	Watcher *watcher.Watcher
	Seq     *sequencer.Sequencer
	Server  *sequencer.Server

	watch *Loop
}

// NewSequencerStack opens the store and builds the stack (not started):
// it refuses a rollup whose genesis root is not the empty state's.
func NewSequencerStack(ctx context.Context, cfg SequencerConfig) (*SequencerStack, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	db, err := leveldb.Open(cfg.DBPath, leveldb.Options{})
	if err != nil {
		return nil, err
	}
	fail := func(err error) (*SequencerStack, error) {
		db.Close()
		return nil, err
	}
	st, err := state.Open(db, cfg.State)
	if err != nil {
		return fail(err)
	}
	dep := cfg.Deployment
	if err := CheckGenesis(ctx, cfg.Client, dep, cfg.State); err != nil {
		return fail(err)
	}
	ex, err := rollup.NewExecutor(st, ExecutorConfig(dep))
	if err != nil {
		return fail(err)
	}
	pool, err := mempool.Open(db, mempool.Config{})
	if err != nil {
		return fail(err)
	}
	w, err := watcher.New(cfg.Client, db, watcher.Config{Rollup: dep.NexusRollup, StartBlock: dep.Block,
		Confirmations: cfg.Confirmations}, slog.Default())
	if err != nil {
		return fail(err)
	}
	seq, err := sequencer.New(db, ex, pool, w, cfg.Sequencer, slog.Default())
	if err != nil {
		return fail(err)
	}
	srv, err := sequencer.Listen(cfg.HTTPAddr, sequencer.NewAPI(seq), cfg.RPC)
	if err != nil {
		return fail(err)
	}
	r, err := bindings.NewNexusRollup(dep.NexusRollup, cfg.Client)
	if err != nil {
		srv.Stop(ctx)
		return fail(err)
	}
	seq.SetL1Settlement(&l1Settlements{rollup: r, client: cfg.Client, from: dep.Block})
	return &SequencerStack{DB: db, Watcher: w, Seq: seq, Server: srv, watch: NewLoop(w.Run)}, nil
}

// Start implements Lifecycle.
func (s *SequencerStack) Start(ctx context.Context) error {
	if err := s.watch.Start(ctx); err != nil {
		return err
	}
	if err := s.Seq.Start(ctx); err != nil {
		return err
	}
	return s.Server.Start(ctx)
}

// Stop implements Lifecycle.
func (s *SequencerStack) Stop(ctx context.Context) error {
	errs := []error{s.Server.Stop(ctx), s.Seq.Stop(ctx), s.watch.Stop(ctx)}
	s.DB.Close()
	return errors.Join(errs...)
}

// Err implements Failing: the L1 watcher's failure.
func (s *SequencerStack) Err() <-chan error { return s.watch.Err() }

// RegisterMetrics adds the gauges read from the running stack at each
// scrape: mempool depth, live jobs by status and the L1 watcher's progress.
func (s *SequencerStack) RegisterMetrics(reg prometheus.Registerer) {
	s.Seq.Metrics().Register(reg, s.Seq)
	watcher.RegisterMetrics(reg, s.Watcher)
}

// CheckGenesis refuses to sequence for a rollup deployed with a genesis
// root that is not the empty L2 state's: no batch of ours could ever settle.
func CheckGenesis(ctx context.Context, client *ethclient.Client, dep *deploy.Deployment, p state.Params) error {
	want, err := state.EmptyRoot(p)
	if err != nil {
		return err
	}
	r, err := bindings.NewNexusRollup(dep.NexusRollup, client)
	if err != nil {
		return err
	}
	last, err := r.LastBatchNumber(&bind.CallOpts{Context: ctx})
	if err != nil {
		return fmt.Errorf("sequencer: reading NexusRollup at %s: %w", dep.NexusRollup, err)
	}
	if last != 0 {
		return nil // settled batches moved the root on; the state itself tells
	}
	root, err := r.StateRoot(&bind.CallOpts{Context: ctx})
	if err != nil {
		return err
	}
	wantInt := want.BigInt(new(big.Int))
	if root.Cmp(wantInt) != 0 {
		return fmt.Errorf("sequencer: NexusRollup was deployed with genesis root %#x, but the empty L2 state (depths "+
			"%d/%d/%d/%d) has root %#x: redeploy with `nexus contracts deploy --deploy.genesis-root %#x`",
			root, p.AccountDepth, p.TokenDepth, p.JobDepth, p.ModelDepth, wantInt, wantInt)
	}
	return nil
}

// ExecutorConfig is the state transition's configuration for a deployment:
// its lock bound must be the one L1 and the block circuit use.
func ExecutorConfig(dep *deploy.Deployment) rollup.Config {
	c := rollup.DefaultConfig()
	if dep.Params.MaxLockDuration != 0 {
		c.MaxLockDuration = dep.Params.MaxLockDuration
	}
	return c
}

// l1Settlements lets the sequencer's explorer read settlement from L1:
// NexusRollup's last settled batch and each batch's BatchSettled event.
type l1Settlements struct {
	rollup *bindings.NexusRollup
	client *ethclient.Client
	from   uint64 // the deployment block
}

func (l *l1Settlements) LastSettled(ctx context.Context) (uint64, error) {
	return l.rollup.LastBatchNumber(&bind.CallOpts{Context: ctx})
}

// Settlement finds batch n's BatchSettled event and reads its
// transaction's receipt and block time.
func (l *l1Settlements) Settlement(ctx context.Context, n uint64) (*sequencer.SettlementInfo, error) {
	it, err := l.rollup.FilterBatchSettled(&bind.FilterOpts{Start: l.from, Context: ctx}, []uint64{n})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	if !it.Next() {
		return nil, it.Error()
	}
	tx := it.Event.Raw.TxHash
	rc, err := l.client.TransactionReceipt(ctx, tx)
	if err != nil {
		return nil, err
	}
	h, err := l.client.HeaderByHash(ctx, rc.BlockHash)
	if err != nil {
		return nil, err
	}
	info := &sequencer.SettlementInfo{Stage: "settled", Tx: &tx, GasUsed: rc.GasUsed, SettledAt: int64(h.Time) * 1000}
	if rc.EffectiveGasPrice != nil {
		info.FeeWei = (*hexutil.Big)(new(big.Int).Mul(rc.EffectiveGasPrice, new(big.Int).SetUint64(rc.GasUsed)))
	}
	return info, nil
}
