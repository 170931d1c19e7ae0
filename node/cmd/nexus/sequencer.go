package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/nexus-rollup/nexus/aggregator/block"
	"github.com/nexus-rollup/nexus/l1/deploy"
	"github.com/nexus-rollup/nexus/node"
	"github.com/nexus-rollup/nexus/sequencer"
)

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
	seqCfg, bp, err := batchConfig(cfg, dep)
	if err != nil {
		return err
	}
	rpcCfg, err := cfg.Sequencer.RPC.Server()
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

	seq, err := node.NewSequencerStack(run, node.SequencerConfig{Client: client, Deployment: dep,
		DBPath: filepath.Join(cfg.DataDir, "sequencer"), HTTPAddr: cfg.Sequencer.HTTPAddr, RPC: rpcCfg,
		Confirmations: cfg.L1.Confirmations, Sequencer: seqCfg, State: bp.State})
	if err != nil {
		return err
	}
	stack := node.NewStack()
	stack.Register("sequencer", seq)
	seq.RegisterMetrics(reg)
	msvc, _, err := metricsService(cfg, reg, "sequencer", ctx.App.Writer)
	if err != nil {
		seq.Stop(run)
		return err
	}
	stack.Register("metrics", msvc)
	if err := stack.Start(run); err != nil {
		return err
	}
	slog.Info("sequencer running", "rpc", "http://"+seq.Server.Addr(), "ws", "ws://"+seq.Server.Addr(), "l1", cfg.L1.RPC,
		"rollup", dep.NexusRollup, "datadir", cfg.DataDir)
	fmt.Fprintf(ctx.App.Writer, "explorer on %s\nnexus_ JSON-RPC on http://%s (WebSocket on ws://%s)\n", explorerURL(seq.Server.Addr()),
		seq.Server.Addr(), seq.Server.Addr())

	runErr := stack.Wait(run)
	if err := stopStack(stack); err != nil {
		runErr = errors.Join(runErr, err)
	}
	slog.Info("sequencer stopped")
	return runErr
}

// batchConfig shapes batches to the block circuit of [circuit] (the
// --block.* flags), recording each batch's witness for the aggregator.
func batchConfig(cfg *node.Config, dep *deploy.Deployment) (sequencer.Config, block.Params, error) {
	p, err := blockParams(cfg, node.ExecutorConfig(dep).MaxLockDuration)
	if err != nil {
		return sequencer.Config{}, p, err
	}
	c, err := batchConfigFor(cfg, p)
	return c, p, err
}

// batchConfigFor shapes batches to the block circuit p.
func batchConfigFor(cfg *node.Config, p block.Params) (sequencer.Config, error) {
	c := sequencer.Config{MaxChunks: p.Chunks, MaxOps: p.Slots, MaxInferences: p.Inferences, Witness: true,
		BatchTimeout: cfg.Sequencer.BatchTimeout.Std(), MinOps: p.Slots}
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
