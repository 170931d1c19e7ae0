package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strconv"
	"syscall"

	"github.com/urfave/cli/v2"

	"github.com/nexus-rollup/nexus/internal/keycache"
	"github.com/nexus-rollup/nexus/internal/metrics"
	"github.com/nexus-rollup/nexus/node"
	"github.com/nexus-rollup/nexus/prover/modelset"
	"github.com/nexus-rollup/nexus/prover/service"
)

var proverRunCommand = &cli.Command{
	Name:  "run",
	Usage: "Run a prover node: pull jobs from the sequencer, prove them, return the proofs",
	Description: "Asks the sequencer for work (nexus_getWork) with requests signed by the prover's L2 key,\n" +
		"locks the jobs offered to it (collateral 2x the fee is reserved from its stake until the\n" +
		"lock deadline), runs each model and proves the inference on --workers workers, and returns\n" +
		"output and proof (nexus_submitProof). Results are kept in <datadir>/prover until the job\n" +
		"is fulfilled in a sealed batch; when the sequencer is unreachable it retries with backoff\n" +
		"and resubmits.\n\n" +
		"The prover must be registered and staked (nexus prover register) and serve each model it\n" +
		"advertises: --models ID=FILE maps registry ids to model files. Keys are set up on first\n" +
		"use (dev, unsafe) in --models.keys, which the sequencer must share to verify the proofs.\n" +
		"Settings can come from --config ([models], [prover]); see docs/prover-api.md.",
	Flags:  withFlags(signerFlags, modelFlags, proverFlags, metricsFlags, gpuFlags, []cli.Flag{deploymentFlag, sequencerURLFlag}),
	Action: action(proverRun),
}

// modelSet builds the model set of --models and [models]; setup lets it
// create keys (provers), else keys must be cached (the sequencer).
func modelSet(ctx *cli.Context, cfg *node.Config, setup bool) (*modelset.Set, error) {
	mc, err := modelSetConfig(ctx, cfg, setup)
	if err != nil {
		return nil, err
	}
	return modelset.New(mc)
}

// modelSetConfig is modelSet's configuration.
func modelSetConfig(ctx *cli.Context, cfg *node.Config, setup bool) (modelset.Config, error) {
	files := map[uint32]string{}
	ids := make([]string, 0, len(cfg.Models.Files))
	for id := range cfg.Models.Files {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if err := modelset.Add(files, id, cfg.Models.Files[id], cfg.Models.Dir); err != nil {
			return modelset.Config{}, fmt.Errorf("[models]: %w", err)
		}
	}
	flagFiles, err := modelset.ParseFiles(ctx.StringSlice(modelsFlag.Name), cfg.Models.Dir)
	if err != nil {
		return modelset.Config{}, fmt.Errorf("--models: %w", err)
	}
	for id, f := range flagFiles {
		files[id] = f
	}
	for id, f := range files {
		if _, err := os.Stat(f); err != nil {
			return modelset.Config{}, fmt.Errorf("model %d: %w", id, err)
		}
	}
	keys := cfg.Models.KeyCache // --models.keys over [models] key_cache (loadConfig)
	if keys == "" {
		keys = keycache.DefaultDir()
	}
	return modelset.Config{Files: files, KeyCache: keys, Setup: setup, Log: os.Stderr}, nil
}

func proverRun(ctx *cli.Context, cfg *node.Config) error {
	mc, err := modelSetConfig(ctx, cfg, true)
	if err != nil {
		return err
	}
	mc.Prover = gpuProver(cfg)
	models, err := modelset.New(mc)
	if err != nil {
		return err
	}
	if len(models.IDs()) == 0 {
		return errors.New("prover: no models: pass --models ID=FILE (registry model id = model file)")
	}
	pc := service.Config{Sequencer: ctx.String(sequencerURLFlag.Name), DataDir: filepath.Join(cfg.DataDir, "prover"),
		Workers: cfg.Prover.Workers, PriceGwei: cfg.Prover.PriceGwei} // --workers and --price applied by loadConfig
	if err := pc.Check(); err != nil {
		return err
	}
	u, err := newUser(ctx, cfg)
	if err != nil {
		return err
	}
	defer u.close()
	lock, err := node.LockDataDir(pc.DataDir)
	if err != nil {
		return err
	}
	defer lock.Release()
	reg := metrics.NewRegistry()
	svc, err := service.New(pc, service.Setup{Key: u.l2Key, L1Address: u.from, Models: models, Log: slog.Default(),
		Metrics: service.NewMetrics(reg)})
	if err != nil {
		return err
	}
	run, stop := signal.NotifyContext(ctx.Context, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	msvc, _, err := metricsService(cfg, reg, "prover", ctx.App.Writer)
	if err != nil {
		return err
	}
	stack := node.NewStack()
	defer stopStack(stack)
	stack.Register("metrics", msvc)
	stack.Register("prover", svc) // stopped first: finishes the proofs in progress
	if err := stack.Start(run); err != nil {
		return err
	}
	ids := make([]string, 0, len(models.IDs()))
	for _, id := range models.IDs() {
		ids = append(ids, strconv.FormatUint(uint64(id), 10))
	}
	slog.Info("prover running", "sequencer", pc.Sequencer, "l1", u.from, "workers", pc.Workers, "models", ids,
		"price_gwei", pc.PriceGwei, "datadir", pc.DataDir)
	runErr := stack.Wait(run)
	slog.Info("prover stopping: finishing proofs in progress")
	return errors.Join(runErr, stack.Stop(context.WithoutCancel(ctx.Context)))
}
