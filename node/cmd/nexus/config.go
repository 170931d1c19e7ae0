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
	for _, f := range flagKeys(&cfg) {
		name := f.flag.Names()[0]
		if c := flagContext(ctx, name); c != nil {
			f.set(c, name)
		}
	}
	for _, f := range circuitShapeFlags {
		if isSet(ctx, f.Names()[0]) {
			cfg.Circuit.Explicit = true
		}
	}
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("invalid configuration: %w", err)
	}
	return &cfg, nil
}

// flagKey is a flag that overrides a configuration key when it is set
// (on the command line or by its NEXUS_* variable).
type flagKey struct {
	flag cli.Flag
	set  func(c *cli.Context, name string)
}

// flagKeys maps each flag with a TOML key to the key it sets in cfg.
// (--models ID=FILE adds to [models.files] where the models are loaded:
// modelSetConfig.)
func flagKeys(cfg *node.Config) []flagKey {
	dur := func(c *cli.Context, n string) node.Duration { return node.Duration(c.Duration(n)) }
	rpc := &cfg.Sequencer.RPC
	return []flagKey{
		{dataDirFlag, func(c *cli.Context, n string) { cfg.DataDir = c.String(n) }},
		{logLevelFlag, func(c *cli.Context, n string) { cfg.Log.Level = c.String(n) }},
		{logFormatFlag, func(c *cli.Context, n string) { cfg.Log.Format = c.String(n) }},
		// [l1]
		{l1RPCFlag, func(c *cli.Context, n string) { cfg.L1.RPC = c.String(n) }},
		{l1ChainIDFlag, func(c *cli.Context, n string) { cfg.L1.ChainID = c.Uint64(n) }},
		{l1ConfirmationsFlag, func(c *cli.Context, n string) { cfg.L1.Confirmations = c.Uint64(n) }},
		{l1TimeoutFlag, func(c *cli.Context, n string) { cfg.L1.Timeout = dur(c, n) }},
		// [gpu], [metrics]
		{gpuFlag, func(c *cli.Context, n string) { cfg.GPU.Enabled = c.Bool(n) }},
		{gpuDeviceFlag, func(c *cli.Context, n string) { cfg.GPU.Device = c.Int(n) }},
		{metricsAddrFlag, func(c *cli.Context, n string) { cfg.Metrics.Addr = c.String(n) }},
		// [models] key_cache and [prover]
		{modelKeysFlag, func(c *cli.Context, n string) { cfg.Models.KeyCache = c.String(n) }},
		{proverWorkersFlag, func(c *cli.Context, n string) { cfg.Prover.Workers = c.Int(n) }},
		{proverPriceFlag, func(c *cli.Context, n string) { cfg.Prover.PriceGwei = c.Uint64(n) }},
		// [circuit]
		{blockSlotsFlag, func(c *cli.Context, n string) { cfg.Circuit.Slots = c.Int(n) }},
		{blockChunksFlag, func(c *cli.Context, n string) { cfg.Circuit.Chunks = c.Int(n) }},
		{blockInferencesFlag, func(c *cli.Context, n string) { cfg.Circuit.Inferences = c.Int(n) }},
		{stateDepthsFlag, func(c *cli.Context, n string) { cfg.Circuit.StateDepths = c.String(n) }},
		{keysFlag, func(c *cli.Context, n string) { cfg.Circuit.Keys = c.String(n) }},
		// [sequencer] and [sequencer.rpc]
		{httpAddrFlag, func(c *cli.Context, n string) { cfg.Sequencer.HTTPAddr = c.String(n) }},
		{batchTimeoutFlag, func(c *cli.Context, n string) { cfg.Sequencer.BatchTimeout = dur(c, n) }},
		{rpcMaxRequestFlag, func(c *cli.Context, n string) { rpc.MaxRequestSize = c.Int(n) }},
		{rpcBatchItemsFlag, func(c *cli.Context, n string) { rpc.BatchItems = c.Int(n) }},
		{rpcBatchResponseFlag, func(c *cli.Context, n string) { rpc.BatchResponseSize = c.Int(n) }},
		{rpcRateFlag, func(c *cli.Context, n string) { rpc.Rate = c.Float64(n) }},
		{rpcBurstFlag, func(c *cli.Context, n string) { rpc.Burst = c.Int(n) }},
		{rpcMaxConnsFlag, func(c *cli.Context, n string) { rpc.MaxConns = c.Int(n) }},
		{rpcReadTimeoutFlag, func(c *cli.Context, n string) { rpc.ReadTimeout = dur(c, n) }},
		{rpcWriteTimeoutFlag, func(c *cli.Context, n string) { rpc.WriteTimeout = dur(c, n) }},
		{rpcIdleTimeoutFlag, func(c *cli.Context, n string) { rpc.IdleTimeout = dur(c, n) }},
		// [aggregator]
		{aggregatorPollFlag, func(c *cli.Context, n string) { cfg.Aggregator.Poll = dur(c, n) }},
		{txmgrFeeCapFlag, func(c *cli.Context, n string) { cfg.Aggregator.FeeCapGwei = c.Uint64(n) }},
		// [devnet]
		{devnetL1AddrFlag, func(c *cli.Context, n string) { cfg.Devnet.L1Addr = c.String(n) }},
		{devnetBlockTimeFlag, func(c *cli.Context, n string) { cfg.Devnet.BlockTime = dur(c, n) }},
		{devnetSettleFlag, func(c *cli.Context, n string) { cfg.Devnet.Settle, cfg.Devnet.SettleSet = c.Bool(n), true }},
		{devnetL1LogsFlag, func(c *cli.Context, n string) { cfg.Devnet.L1Logs = c.Bool(n) }},
		{devnetProversFlag, func(c *cli.Context, n string) { cfg.Devnet.Provers = c.Int(n) }},
		{demoFlag, func(c *cli.Context, n string) { cfg.Devnet.Demo = c.Bool(n) }},
		{demoDurationFlag, func(c *cli.Context, n string) { cfg.Devnet.DemoDuration = dur(c, n) }},
	}
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
