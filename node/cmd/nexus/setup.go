package main

import (
	"fmt"
	"path/filepath"
	"sort"

	"github.com/urfave/cli/v2"

	"github.com/nexus-rollup/nexus/aggregator/block"
	"github.com/nexus-rollup/nexus/l1/deploy"
	"github.com/nexus-rollup/nexus/node"
	"github.com/nexus-rollup/nexus/prover/circuit"
	"github.com/nexus-rollup/nexus/rollup/state"
)

// catCircuits groups the circuit-shape flags.
const catCircuits = "CIRCUITS"

var (
	blockSlotsFlag = &cli.IntFlag{Name: "block.slots", Usage: "op slots per batch (B), a block-circuit parameter",
		Value: block.DevnetParams().Slots, EnvVars: env("BLOCK_SLOTS"), Category: catCircuits}
	blockChunksFlag = &cli.IntFlag{Name: "block.chunks", Usage: "pubdata chunks per batch (C), a block-circuit parameter",
		Value: block.DevnetParams().Chunks, EnvVars: env("BLOCK_CHUNKS"), Category: catCircuits}
	blockInferencesFlag = &cli.IntFlag{Name: "block.inferences",
		Usage: "fulfilled jobs per batch (K), a block- and aggregation-circuit parameter", Value: block.DevnetParams().Inferences,
		EnvVars: env("BLOCK_INFERENCES"), Category: catCircuits}
	setupModelsFlag = &cli.StringFlag{Name: "models",
		Usage: "also set up the inference circuit of every model file (*.nxm) in `DIR`"}
	setupSkipBlockFlag = &cli.BoolFlag{Name: "no-block", Usage: "skip the block circuit"}
)

var setupCommand = &cli.Command{
	Name:  "setup",
	Usage: "Compile circuits and create or load their proving and verifying keys",
	Description: "Compiles the block circuit (and, with --models, each model's inference circuit), then\n" +
		"loads its keys from the key cache, verified against their checksum manifest, or runs a\n" +
		"local Groth16 setup: development only, UNSAFE (this machine knows the toxic waste).\n" +
		"Keys that verify are never regenerated; a setup killed midway starts again on the next\n" +
		"run. The block circuit at devnet parameters (B=16, C=64, K=8, depths 24/4/24/12) has\n" +
		"1.65M constraints: about 11 minutes and 4 GiB on 2 cores.\n\n" +
		"The aggregation and wrap circuits and Verifier.sol arrive with issue #7.",
	Flags:  []cli.Flag{blockSlotsFlag, blockChunksFlag, blockInferencesFlag, setupModelsFlag, setupSkipBlockFlag, keysFlag},
	Action: action(runSetup),
}

// blockParams reads the block-circuit shape from the flags.
func blockParams(ctx *cli.Context, maxLock uint64) (block.Params, error) {
	p := block.Params{State: state.DefaultParams(), Slots: ctx.Int(blockSlotsFlag.Name),
		Chunks: ctx.Int(blockChunksFlag.Name), Inferences: ctx.Int(blockInferencesFlag.Name), MaxLockDuration: maxLock}
	if err := p.Check(); err != nil {
		return p, fmt.Errorf("block circuit: %w", err)
	}
	return p, nil
}

func runSetup(ctx *cli.Context, cfg *node.Config) error {
	dir := keysDir(ctx, cfg)
	w := ctx.App.ErrWriter
	if d := ctx.String(setupModelsFlag.Name); d != "" {
		files, err := filepath.Glob(filepath.Join(d, "*.nxm"))
		if err != nil {
			return err
		}
		if len(files) == 0 {
			return fmt.Errorf("--models %s: no *.nxm model files there", d)
		}
		sort.Strings(files)
		for _, f := range files {
			m, err := loadModel(f)
			if err != nil {
				return fmt.Errorf("%s: %w", f, err)
			}
			k, err := circuit.Setup(m, dir, w)
			if err != nil {
				return fmt.Errorf("%s: %w", f, err)
			}
			fmt.Fprintf(ctx.App.Writer, "inference %-24s %8d constraints  keys %s\n", m.Name, k.CCS.GetNbConstraints(), k.Dir)
		}
	}
	if !ctx.Bool(setupSkipBlockFlag.Name) {
		p, err := blockParams(ctx, deploy.DefaultParams().MaxLockDuration)
		if err != nil {
			return err
		}
		k, err := block.Setup(p, dir, w, true)
		if err != nil {
			return err
		}
		fmt.Fprintf(ctx.App.Writer, "%-34s %8d constraints  keys %s\n", p, k.CCS.GetNbConstraints(), k.Dir)
	}
	fmt.Fprintf(ctx.App.Writer, "dev keys (UNSAFE: single-party setup), cached in %s\n", dir)
	return nil
}
