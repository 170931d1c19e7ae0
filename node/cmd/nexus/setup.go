package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/consensys/gnark/backend/groth16"

	"github.com/urfave/cli/v2"

	"github.com/nexus-rollup/nexus/aggregator"
	"github.com/nexus-rollup/nexus/aggregator/block"
	"github.com/nexus-rollup/nexus/l1/deploy"
	"github.com/nexus-rollup/nexus/l1/verifier"
	"github.com/nexus-rollup/nexus/node"
	"github.com/nexus-rollup/nexus/prover/circuit"
)

var setupCommand = &cli.Command{
	Name:  "setup",
	Usage: "Compile circuits and create or load their proving and verifying keys",
	Description: "Compiles the block circuit (and, with --setup.models, each model's inference circuit), then\n" +
		"loads its keys from the key cache, verified against their checksum manifest, or runs a\n" +
		"local Groth16 setup: development only, UNSAFE (this machine knows the toxic waste).\n" +
		"Keys that verify are never regenerated; a setup killed midway resumes from its finished\n" +
		"stages on the next run. The block circuit at devnet parameters (B=16, C=64, K=8, depths\n" +
		"24/4/24/12) has 1.65M constraints: a few minutes on 2 cores.\n\n" +
		"--aggregation adds the aggregation circuit (BW6-761, about 49k constraints per inference\n" +
		"slot), --wrap the aggregation and the wrap circuit (BN254, 5.55M constraints: compile 1-2 min,\n" +
		"setup 3-7 min at up to 11 GB on 2 cores). Each depends on the previous one's\n" +
		"verifying key, so a new block setup means new aggregation and wrap setups. A deployment\n" +
		"links the wrap key into contracts/src/Verifier.sol (see l1/verifier).",
	Flags: withFlags(circuitFlags, []cli.Flag{setupModelsFlag, setupSkipBlockFlag, setupAggFlag, setupWrapFlag,
		setupVerifierFlag}),
	Action: action(runSetup),
}

// blockParams reads the block-circuit shape from [circuit] (the --block.*
// and --state.depths flags).
func blockParams(cfg *node.Config, maxLock uint64) (block.Params, error) {
	sp, err := node.ParseDepths(cfg.Circuit.StateDepths)
	if err != nil {
		return block.Params{}, fmt.Errorf("--%s: %w", stateDepthsFlag.Name, err)
	}
	p := block.Params{State: sp, Slots: cfg.Circuit.Slots,
		Chunks: cfg.Circuit.Chunks, Inferences: cfg.Circuit.Inferences, MaxLockDuration: maxLock}
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
			return fmt.Errorf("--%s %s: no *.nxm model files there", setupModelsFlag.Name, d)
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
	wrap := ctx.Bool(setupWrapFlag.Name)
	if ctx.String(setupVerifierFlag.Name) != "" && !wrap {
		return fmt.Errorf("--%s needs --%s", setupVerifierFlag.Name, setupWrapFlag.Name)
	}
	if ctx.Bool(setupSkipBlockFlag.Name) && (wrap || ctx.Bool(setupAggFlag.Name)) {
		return fmt.Errorf("--%s: the aggregation and wrap circuits need the block circuit's keys", setupSkipBlockFlag.Name)
	}
	if !ctx.Bool(setupSkipBlockFlag.Name) {
		p, err := blockParams(cfg, deploy.DefaultParams().MaxLockDuration)
		if err != nil {
			return err
		}
		out := ctx.App.Writer
		if !wrap && !ctx.Bool(setupAggFlag.Name) {
			k, err := block.Setup(p, dir, w, true)
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "%-34s %8d constraints  keys %s\n", p, k.CCS.GetNbConstraints(), k.Dir)
		} else {
			k, err := aggregator.Setup(p, dir, w, true, wrap)
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "%-34s %8d constraints  keys %s\n", p, k.Block.CCS.GetNbConstraints(), k.Block.Dir)
			fmt.Fprintf(out, "%-34s %8d constraints  keys %s\n", fmt.Sprintf("aggregation K=%d", p.Inferences),
				k.Aggregation.CCS.GetNbConstraints(), k.Aggregation.Dir)
			if wrap {
				fmt.Fprintf(out, "%-34s %8d constraints  keys %s\n", "wrap", k.Wrap.CCS.GetNbConstraints(), k.Wrap.Dir)
				if f := ctx.String(setupVerifierFlag.Name); f != "" {
					if err := writeVerifier(f, k.Wrap.VK); err != nil {
						return err
					}
					fmt.Fprintf(out, "verifier for the wrap key written to %s\n", f)
				}
			}
		}
	}
	fmt.Fprintf(ctx.App.Writer, "dev keys (UNSAFE: single-party setup), cached in %s\n", dir)
	return nil
}

// writeVerifier writes gnark's Solidity verifier for the wrap key.
func writeVerifier(path string, vk groth16.VerifyingKey) error {
	var b bytes.Buffer
	if err := verifier.ExportSolidity(&b, vk, "IVerifier", "./interfaces/IVerifier.sol"); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}
