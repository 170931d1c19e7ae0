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

	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/nexus-rollup/nexus/aggregator"
	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/internal/metrics"
	"github.com/nexus-rollup/nexus/kv/leveldb"
	"github.com/nexus-rollup/nexus/l1/txmgr"
	"github.com/nexus-rollup/nexus/node"
)

// runAggregator proves the sequencer's sealed batches and settles them on
// L1, as its own process: batches, witnesses and inference proofs come over
// the sequencer's nexus_ RPC, keys from the key cache (nexus setup --wrap).
func runAggregator(ctx *cli.Context, cfg *node.Config) error {
	if cfg.L1.RPC == "" {
		return errors.New("aggregator: --l1.rpc is required (or run everything with `nexus devnet --devnet.settle`)")
	}
	dep, depPath, err := readDeployment(ctx, cfg, "aggregator", "nexus contracts deploy --deploy.link-verifier")
	if err != nil {
		return err
	}
	if dep.VerifierPending {
		return fmt.Errorf("aggregator: %s was deployed with a PendingVerifier, which accepts no proof: redeploy with "+
			"`nexus contracts deploy --deploy.link-verifier`", depPath)
	}
	key, err := loadSigningKey(ctx)
	if err != nil {
		return err
	}
	bp, err := blockParams(cfg, node.ExecutorConfig(dep).MaxLockDuration)
	if err != nil {
		return err
	}
	models, err := modelSet(ctx, cfg, false)
	if err != nil {
		return err
	}
	lock, err := node.LockDataDir(cfg.DataDir)
	if err != nil {
		return err
	}
	defer lock.Release()
	run, stop := signal.NotifyContext(ctx.Context, syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	client, err := dialDeployment(run, cfg, "aggregator", dep, depPath)
	if err != nil {
		return err
	}
	defer client.Close()
	seqURL := ctx.String(sequencerURLFlag.Name)
	seq, err := rpc.DialContext(run, seqURL)
	if err != nil {
		return fmt.Errorf("aggregator: sequencer %s: %w", seqURL, err)
	}
	defer seq.Close()

	// Served before the keys load (about 10 GB for the wrap): the process's
	// memory shows while they do.
	reg := metrics.NewRegistry()
	msvc, _, err := metricsService(cfg, reg, "aggregator", ctx.App.Writer)
	if err != nil {
		return err
	}
	stack := node.NewStack()
	defer stopStack(stack)
	stack.Register("metrics", msvc)
	if err := stack.Start(run); err != nil {
		return err
	}
	fmt.Fprintf(ctx.App.Writer, "aggregator: loading the block, aggregation and wrap keys for %s...\n", bp)
	keys, err := aggregator.Setup(bp, keysDir(ctx, cfg), ctx.App.ErrWriter, false, true)
	if err != nil {
		return fmt.Errorf("aggregator: %w (run `nexus setup --wrap` with the same --state.depths and --block.* flags)", err)
	}
	keys.Prover = gpuProver(cfg)
	db, err := leveldb.Open(filepath.Join(cfg.DataDir, "aggregator"), leveldb.Options{})
	if err != nil {
		return err
	}
	stack.Register("aggregator store", node.Closer(db)) // closed after the aggregator stops
	tx, err := txmgr.New(run, client, db, key, txmgrConfig(cfg), slog.Default())
	if err != nil {
		return err
	}
	if ids, _ := tx.Pending(); len(ids) > 0 {
		slog.Info("resuming pending submissions", "ids", ids)
	}
	r, err := bindings.NewNexusRollup(dep.NexusRollup, client)
	if err != nil {
		return err
	}
	am := aggregator.NewMetrics(reg, tx.Pending)
	remote := &aggregator.Remote{Client: seq, Models: models}
	svc := &aggregator.Service{Keys: keys, Batches: remote, Proofs: remote,
		Submit: &aggregator.Submitter{TX: tx, Rollup: dep.NexusRollup}, L1: r,
		Log: slog.Default().With("component", "aggregator"), Poll: cfg.Aggregator.Poll.Std(), Metrics: am,
		OnSettled: func(st *aggregator.Settlement) { fmt.Fprintln(ctx.App.Writer, settledLine(st)) }}
	fmt.Fprintf(ctx.App.Writer, "aggregator: settling %s's batches on %s (NexusRollup %s) from %s\n", seqURL, cfg.L1.RPC,
		dep.NexusRollup, tx.From())
	// A proof in progress is not interrupted; Stop waits for it (a
	// submission in flight is recorded before the store closes).
	stack.Register("aggregator", node.NewLoop(svc.Run))
	if err := stack.Start(run); err != nil {
		return err
	}
	return errors.Join(stack.Wait(run), stack.Stop(context.WithoutCancel(run)))
}

// txmgrConfig is the aggregator's transaction manager: txmgr's defaults with
// [aggregator] fee_cap_gwei (--txmgr.fee-cap) as its max fee per gas.
func txmgrConfig(cfg *node.Config) txmgr.Config {
	c := txmgr.DefaultConfig()
	c.MaxFeePerGas = new(big.Int).Mul(new(big.Int).SetUint64(cfg.Aggregator.FeeCapGwei), big.NewInt(params.GWei))
	return c
}
