package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/nexus-rollup/nexus/aggregator/block"
	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/kv/leveldb"
	"github.com/nexus-rollup/nexus/l1/deploy"
	"github.com/nexus-rollup/nexus/l1/watcher"
	"github.com/nexus-rollup/nexus/node"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/state"
	"github.com/nexus-rollup/nexus/sequencer"
	"github.com/nexus-rollup/nexus/sequencer/mempool"
)

// checkGenesis refuses to sequence for a rollup deployed with a genesis
// root that is not the empty L2 state's: no batch of ours could ever settle.
func checkGenesis(ctx context.Context, client *ethclient.Client, dep *deploy.Deployment, p state.Params) error {
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

// runSequencer wires the sequencer service: the datadir lock, the store, the
// L1 priority-queue watcher, the batcher and the JSON-RPC server. It runs
// until SIGINT/SIGTERM (or the command's context ends).
func runSequencer(ctx *cli.Context, cfg *node.Config) error {
	if cfg.L1.RPC == "" {
		return errors.New("sequencer: --l1.rpc is required (or run everything with `nexus devnet`)")
	}
	dep, depPath, err := readDeployment(ctx, cfg, "sequencer", "nexus contracts deploy")
	if err != nil {
		return err
	}
	seqCfg, bp, err := batchConfig(ctx, dep)
	if err != nil {
		return err
	}
	rpcCfg, err := rpcServerConfig(ctx)
	if err != nil {
		return err
	}
	models, err := modelSet(ctx, cfg, false)
	if err != nil {
		return err
	}
	if len(models.IDs()) > 0 {
		seqCfg.Work.Verifier = models
	} else {
		slog.Warn("no models configured: nexus_submitProof refuses every proof (--models ID=FILE)")
	}

	reg := sequencerMetrics(&seqCfg)

	lock, err := node.LockDataDir(cfg.DataDir)
	if err != nil {
		return err
	}
	defer lock.Release()

	run, stop := signal.NotifyContext(ctx.Context, syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	client, err := dialDeployment(run, cfg, "sequencer", dep, depPath)
	if err != nil {
		return err
	}
	defer client.Close()

	stack, err := startSequencerStack(run, client, dep, filepath.Join(cfg.DataDir, "sequencer"),
		ctx.String(httpAddrFlag.Name), rpcCfg, cfg.L1.Confirmations, seqCfg, bp.State)
	if err != nil {
		return err
	}
	defer stack.stop()
	registerStack(reg, stack)
	if _, err := serveMetrics(run, cfg, reg, "sequencer", ctx.App.Writer); err != nil {
		return err
	}
	slog.Info("sequencer running", "rpc", "http://"+stack.srv.Addr(), "ws", "ws://"+stack.srv.Addr(), "l1", cfg.L1.RPC,
		"rollup", dep.NexusRollup, "datadir", cfg.DataDir)
	fmt.Fprintf(ctx.App.Writer, "explorer on %s\nnexus_ JSON-RPC on http://%s (WebSocket on ws://%s)\n", explorerURL(stack.srv.Addr()),
		stack.srv.Addr(), stack.srv.Addr())

	var runErr error
	select {
	case <-run.Done():
	case runErr = <-stack.watchErr:
		if errors.Is(runErr, context.Canceled) {
			runErr = nil
		}
	}
	slog.Info("sequencer stopped")
	return runErr
}

// seqStack is a running sequencer: store, watcher, batcher and RPC server.
type seqStack struct {
	db       *leveldb.Store
	w        *watcher.Watcher
	seq      *sequencer.Sequencer
	srv      *sequencer.Server
	watchErr chan error
}

func (s *seqStack) stop() {
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s.srv.Stop(shutdown)
	s.seq.Stop(shutdown)
	s.db.Close()
}

// startSequencerStack opens the sequencer's store at dbPath and starts the
// L1 watcher, the sealing loop and the RPC server; ctx ends them.
func startSequencerStack(ctx context.Context, client *ethclient.Client, dep *deploy.Deployment, dbPath, httpAddr string,
	rpcCfg sequencer.ServerConfig, confirmations uint64, seqCfg sequencer.Config, params state.Params) (*seqStack, error) {
	db, err := leveldb.Open(dbPath, leveldb.Options{})
	if err != nil {
		return nil, err
	}
	fail := func(err error) (*seqStack, error) {
		db.Close()
		return nil, err
	}
	st, err := state.Open(db, params)
	if err != nil {
		return fail(err)
	}
	if err := checkGenesis(ctx, client, dep, params); err != nil {
		return fail(err)
	}
	ex, err := rollup.NewExecutor(st, executorConfig(dep))
	if err != nil {
		return fail(err)
	}
	pool, err := mempool.Open(db, mempool.Config{})
	if err != nil {
		return fail(err)
	}
	w, err := watcher.New(client, db, watcher.Config{Rollup: dep.NexusRollup, StartBlock: dep.Block,
		Confirmations: confirmations}, slog.Default())
	if err != nil {
		return fail(err)
	}
	seq, err := sequencer.New(db, ex, pool, w, seqCfg, slog.Default())
	if err != nil {
		return fail(err)
	}
	srv, err := sequencer.Listen(httpAddr, sequencer.NewAPI(seq), rpcCfg)
	if err != nil {
		return fail(err)
	}
	if err := followSettlement(seq, client, dep); err != nil {
		return fail(err)
	}
	s := &seqStack{db: db, w: w, seq: seq, srv: srv, watchErr: make(chan error, 1)}
	go func() { s.watchErr <- w.Run(ctx) }()
	seq.Start(ctx)
	srv.Start(ctx)
	return s, nil
}

// executorConfig is the state transition's configuration for a deployment:
// its lock bound must be the one L1 and the block circuit use.
func executorConfig(dep *deploy.Deployment) rollup.Config {
	c := rollup.DefaultConfig()
	if dep.Params.MaxLockDuration != 0 {
		c.MaxLockDuration = dep.Params.MaxLockDuration
	}
	return c
}

// batchConfig shapes batches to the block circuit of the --block.* flags,
// recording each batch's witness for the aggregator.
func batchConfig(ctx *cli.Context, dep *deploy.Deployment) (sequencer.Config, block.Params, error) {
	p, err := blockParams(ctx, executorConfig(dep).MaxLockDuration)
	if err != nil {
		return sequencer.Config{}, p, err
	}
	c, err := batchConfigFor(ctx, p)
	return c, p, err
}

// batchConfigFor shapes batches to the block circuit p.
func batchConfigFor(ctx *cli.Context, p block.Params) (sequencer.Config, error) {
	c := sequencer.Config{MaxChunks: p.Chunks, MaxOps: p.Slots, MaxInferences: p.Inferences, Witness: true,
		BatchTimeout: ctx.Duration(batchTimeoutFlag.Name), MinOps: p.Slots}
	return c, c.Check()
}

// readDeployment reads --deployment (default <datadir>/deployment.json) for
// the service what; hint is the command that writes one.
func readDeployment(ctx *cli.Context, cfg *node.Config, what, hint string) (*deploy.Deployment, string, error) {
	depPath := ctx.Path(deploymentFlag.Name)
	if depPath == "" {
		depPath = filepath.Join(cfg.DataDir, "deployment.json")
	}
	dep, err := deploy.Read(depPath)
	if err != nil {
		return nil, depPath, fmt.Errorf("%s: %w (deploy with `%s` or pass --deployment)", what, err, hint)
	}
	return dep, depPath, nil
}

// dialDeployment connects to --l1.rpc and checks that it serves the chain
// the deployment is on.
func dialDeployment(ctx context.Context, cfg *node.Config, what string, dep *deploy.Deployment, depPath string) (*ethclient.Client, error) {
	client, chainID, err := dialL1(ctx, cfg, what)
	if err != nil {
		return nil, err
	}
	if chainID.Uint64() != dep.ChainID {
		client.Close()
		return nil, fmt.Errorf("%s: %s serves chain %d but %s was deployed on chain %d", what, cfg.L1.RPC, chainID, depPath, dep.ChainID)
	}
	return client, nil
}
