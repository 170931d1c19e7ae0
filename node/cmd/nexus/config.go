package main

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/nexus-rollup/nexus/gpu"
	"github.com/nexus-rollup/nexus/node"
)

// flagContext returns the nearest context, from the command up to the app,
// in which the flag was set on the command line or through its environment
// variable. Global flags are accepted both before and after the command
// name, so `nexus --datadir d model inspect` and
// `nexus model inspect --datadir d` mean the same.
func flagContext(ctx *cli.Context, name string) *cli.Context {
	for _, c := range ctx.Lineage() {
		for _, n := range c.LocalFlagNames() {
			if n == name {
				return c
			}
		}
	}
	return nil
}

func isSet(ctx *cli.Context, name string) bool { return flagContext(ctx, name) != nil }

func stringFlag(ctx *cli.Context, name string) string {
	if c := flagContext(ctx, name); c != nil {
		return c.String(name)
	}
	return ctx.String(name)
}

// loadConfig builds the effective configuration: defaults, then the --config
// file, then flags and NEXUS_* variables that were set explicitly.
func loadConfig(ctx *cli.Context) (*node.Config, error) {
	cfg := node.DefaultConfig()
	if path := stringFlag(ctx, configFlag.Name); path != "" {
		if err := node.LoadConfigFile(path, &cfg); err != nil {
			return nil, err
		}
	}
	if isSet(ctx, dataDirFlag.Name) {
		cfg.DataDir = stringFlag(ctx, dataDirFlag.Name)
	}
	if isSet(ctx, logLevelFlag.Name) {
		cfg.Log.Level = stringFlag(ctx, logLevelFlag.Name)
	}
	if isSet(ctx, logFormatFlag.Name) {
		cfg.Log.Format = stringFlag(ctx, logFormatFlag.Name)
	}
	if c := flagContext(ctx, l1RPCFlag.Name); c != nil {
		cfg.L1.RPC = c.String(l1RPCFlag.Name)
	}
	if c := flagContext(ctx, l1ChainIDFlag.Name); c != nil {
		cfg.L1.ChainID = c.Uint64(l1ChainIDFlag.Name)
	}
	if c := flagContext(ctx, l1ConfirmationsFlag.Name); c != nil {
		cfg.L1.Confirmations = c.Uint64(l1ConfirmationsFlag.Name)
	}
	if c := flagContext(ctx, l1TimeoutFlag.Name); c != nil {
		cfg.L1.Timeout = node.Duration(c.Duration(l1TimeoutFlag.Name))
	}
	if c := flagContext(ctx, gpuFlag.Name); c != nil {
		cfg.GPU.Enabled = c.Bool(gpuFlag.Name)
	}
	if c := flagContext(ctx, gpuDeviceFlag.Name); c != nil {
		cfg.GPU.Device = c.Int(gpuDeviceFlag.Name)
	}
	if isSet(ctx, metricsAddrFlag.Name) {
		cfg.Metrics.Addr = stringFlag(ctx, metricsAddrFlag.Name)
	}
	// [models] key_cache and [prover] (--models ID=FILE adds to [models.files]
	// where the models are loaded: modelSetConfig).
	if c := flagContext(ctx, modelKeysFlag.Name); c != nil {
		cfg.Models.KeyCache = c.String(modelKeysFlag.Name)
	}
	if c := flagContext(ctx, proverWorkersFlag.Name); c != nil {
		cfg.Prover.Workers = c.Int(proverWorkersFlag.Name)
	}
	if c := flagContext(ctx, proverPriceFlag.Name); c != nil {
		cfg.Prover.PriceGwei = c.Uint64(proverPriceFlag.Name)
	}
	// [circuit]
	for _, f := range circuitShapeFlags {
		if isSet(ctx, f.Names()[0]) {
			cfg.Circuit.Explicit = true
		}
	}
	if c := flagContext(ctx, blockSlotsFlag.Name); c != nil {
		cfg.Circuit.Slots = c.Int(blockSlotsFlag.Name)
	}
	if c := flagContext(ctx, blockChunksFlag.Name); c != nil {
		cfg.Circuit.Chunks = c.Int(blockChunksFlag.Name)
	}
	if c := flagContext(ctx, blockInferencesFlag.Name); c != nil {
		cfg.Circuit.Inferences = c.Int(blockInferencesFlag.Name)
	}
	if c := flagContext(ctx, stateDepthsFlag.Name); c != nil {
		cfg.Circuit.StateDepths = c.String(stateDepthsFlag.Name)
	}
	if c := flagContext(ctx, keysFlag.Name); c != nil {
		cfg.Circuit.Keys = c.String(keysFlag.Name)
	}
	// [sequencer] and [sequencer.rpc]
	if c := flagContext(ctx, httpAddrFlag.Name); c != nil {
		cfg.Sequencer.HTTPAddr = c.String(httpAddrFlag.Name)
	}
	if c := flagContext(ctx, batchTimeoutFlag.Name); c != nil {
		cfg.Sequencer.BatchTimeout = node.Duration(c.Duration(batchTimeoutFlag.Name))
	}
	rpc := &cfg.Sequencer.RPC
	for _, f := range []struct {
		flag cli.Flag
		set  func(c *cli.Context, name string)
	}{
		{rpcMaxRequestFlag, func(c *cli.Context, n string) { rpc.MaxRequestSize = c.Int(n) }},
		{rpcBatchItemsFlag, func(c *cli.Context, n string) { rpc.BatchItems = c.Int(n) }},
		{rpcBatchResponseFlag, func(c *cli.Context, n string) { rpc.BatchResponseSize = c.Int(n) }},
		{rpcRateFlag, func(c *cli.Context, n string) { rpc.Rate = c.Float64(n) }},
		{rpcBurstFlag, func(c *cli.Context, n string) { rpc.Burst = c.Int(n) }},
		{rpcMaxConnsFlag, func(c *cli.Context, n string) { rpc.MaxConns = c.Int(n) }},
		{rpcReadTimeoutFlag, func(c *cli.Context, n string) { rpc.ReadTimeout = node.Duration(c.Duration(n)) }},
		{rpcWriteTimeoutFlag, func(c *cli.Context, n string) { rpc.WriteTimeout = node.Duration(c.Duration(n)) }},
		{rpcIdleTimeoutFlag, func(c *cli.Context, n string) { rpc.IdleTimeout = node.Duration(c.Duration(n)) }},
	} {
		name := f.flag.Names()[0]
		if c := flagContext(ctx, name); c != nil {
			f.set(c, name)
		}
	}
	// [aggregator]
	if c := flagContext(ctx, aggregatorPollFlag.Name); c != nil {
		cfg.Aggregator.Poll = node.Duration(c.Duration(aggregatorPollFlag.Name))
	}
	if c := flagContext(ctx, txmgrFeeCapFlag.Name); c != nil {
		cfg.Aggregator.FeeCapGwei = c.Uint64(txmgrFeeCapFlag.Name)
	}
	// [devnet]
	if c := flagContext(ctx, devnetL1AddrFlag.Name); c != nil {
		cfg.Devnet.L1Addr = c.String(devnetL1AddrFlag.Name)
	}
	if c := flagContext(ctx, devnetBlockTimeFlag.Name); c != nil {
		cfg.Devnet.BlockTime = node.Duration(c.Duration(devnetBlockTimeFlag.Name))
	}
	if c := flagContext(ctx, devnetSettleFlag.Name); c != nil {
		cfg.Devnet.Settle, cfg.Devnet.SettleSet = c.Bool(devnetSettleFlag.Name), true
	}
	if c := flagContext(ctx, devnetL1LogsFlag.Name); c != nil {
		cfg.Devnet.L1Logs = c.Bool(devnetL1LogsFlag.Name)
	}
	if c := flagContext(ctx, devnetProversFlag.Name); c != nil {
		cfg.Devnet.Provers = c.Int(devnetProversFlag.Name)
	}
	if c := flagContext(ctx, demoFlag.Name); c != nil {
		cfg.Devnet.Demo = c.Bool(demoFlag.Name)
	}
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("invalid configuration: %w", err)
	}
	return &cfg, nil
}

// action wraps a command body: it loads the configuration and sets up
// logging first, so every command sees a checked config.
func action(fn func(ctx *cli.Context, cfg *node.Config) error) cli.ActionFunc {
	return func(ctx *cli.Context) error {
		cfg, err := loadConfig(ctx)
		if err != nil {
			return err
		}
		if _, err := node.NewLogger(cfg.Log, os.Stderr); err != nil {
			return err
		}
		return fn(ctx, cfg)
	}
}

func commandPath(ctx *cli.Context) string {
	var names []string
	for _, c := range ctx.Lineage() {
		if c.Command != nil && c.Command.Name != "" && c.Command.Name != ctx.App.Name {
			names = append([]string{c.Command.Name}, names...)
		}
	}
	if len(names) == 0 {
		return ctx.App.Name
	}
	s := names[0]
	for _, n := range names[1:] {
		s += " " + n
	}
	return s
}

// gpuProver is the prover [gpu] and --gpu ask for: nil (the CPU) unless
// enabled; enabled without a GPU it logs why once and is nil too.
func gpuProver(cfg *node.Config) *gpu.Prover {
	return gpu.New(gpu.Config{Enabled: cfg.GPU.Enabled, Device: cfg.GPU.Device}, slog.Default())
}

// dialL1 connects to cfg.L1.RPC and reads its chain id, refusing a chain
// other than --l1.chainid when that is set. what prefixes errors.
func dialL1(ctx context.Context, cfg *node.Config, what string) (*ethclient.Client, *big.Int, error) {
	if cfg.L1.RPC == "" {
		return nil, nil, fmt.Errorf("%s: --l1.rpc is required", what)
	}
	dialCtx, cancel := context.WithTimeout(ctx, cfg.L1.Timeout.Std())
	client, err := ethclient.DialContext(dialCtx, cfg.L1.RPC)
	cancel()
	if err != nil {
		return nil, nil, fmt.Errorf("%s: connecting to %s: %w", what, cfg.L1.RPC, err)
	}
	idCtx, cancel := context.WithTimeout(ctx, cfg.L1.Timeout.Std())
	chainID, err := client.ChainID(idCtx)
	cancel()
	if err != nil {
		client.Close()
		return nil, nil, fmt.Errorf("%s: chain id of %s: %w", what, cfg.L1.RPC, err)
	}
	if cfg.L1.ChainID != 0 && chainID.Uint64() != cfg.L1.ChainID {
		client.Close()
		return nil, nil, fmt.Errorf("%s: %s serves chain %d, --l1.chainid says %d", what, cfg.L1.RPC, chainID, cfg.L1.ChainID)
	}
	return client, chainID, nil
}
