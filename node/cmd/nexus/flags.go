package main

import (
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/nexus-rollup/nexus/node"
	"github.com/nexus-rollup/nexus/sequencer"
)

// Every flag of the nexus binary is declared here, with its NEXUS_*
// environment fallback and its help category. flags_test.go checks that names
// and environment variables are unique and that each flag has one.

const envPrefix = "NEXUS_"

// Flag categories, shown as headings in --help.
const (
	catGlobal = "GLOBAL"
	catLog    = "LOGGING"
	catL1     = "L1"
	catKey    = "KEYS"
)

func env(name string) []string { return []string{envPrefix + name} }

var (
	dataDirFlag = &cli.StringFlag{
		Name:     "datadir",
		Usage:    "Data `DIR` for the node's databases, keys and caches",
		Value:    node.DefaultDataDir(),
		EnvVars:  env("DATADIR"),
		Category: catGlobal,
	}
	configFlag = &cli.PathFlag{
		Name:     "config",
		Usage:    "TOML configuration `FILE` (flags and NEXUS_* variables override it; nexus dumpconfig prints one)",
		EnvVars:  env("CONFIG"),
		Category: catGlobal,
	}
	logLevelFlag = &cli.StringFlag{
		Name:     "log.level",
		Usage:    "Log level: trace, debug, info, warn, error or crit",
		Value:    "info",
		EnvVars:  env("LOG_LEVEL"),
		Category: catLog,
	}
	logFormatFlag = &cli.StringFlag{
		Name:     "log.format",
		Usage:    "Log format: text or json",
		Value:    node.LogFormatText,
		EnvVars:  env("LOG_FORMAT"),
		Category: catLog,
	}

	// L1 access, used by commands that talk to Ethereum.
	l1RPCFlag = &cli.StringFlag{
		Name:     "l1.rpc",
		Usage:    "L1 (Ethereum) JSON-RPC endpoint: http(s)://, ws(s):// or an IPC path",
		EnvVars:  env("L1_RPC"),
		Category: catL1,
	}
	l1ChainIDFlag = &cli.Uint64Flag{
		Name:     "l1.chainid",
		Usage:    "Expected L1 chain id; the command refuses to run against another chain (0: accept any)",
		EnvVars:  env("L1_CHAINID"),
		Category: catL1,
	}
	l1ConfirmationsFlag = &cli.Uint64Flag{
		Name:     "l1.confirmations",
		Usage:    "Blocks an L1 event must be buried under before it is acted on",
		Value:    2,
		EnvVars:  env("L1_CONFIRMATIONS"),
		Category: catL1,
	}
	l1TimeoutFlag = &cli.DurationFlag{
		Name:     "l1.timeout",
		Usage:    "Timeout of each L1 request",
		Value:    node.DefaultConfig().L1.Timeout.Std(),
		EnvVars:  env("L1_TIMEOUT"),
		Category: catL1,
	}

	// Keys for commands that sign L1 transactions.
	keyFlag = &cli.StringFlag{
		Name:     "key",
		Usage:    "Hex-encoded private key (development only: prefer --keystore)",
		EnvVars:  env("KEY"),
		Category: catKey,
	}
	keystoreFlag = &cli.PathFlag{
		Name:     "keystore",
		Usage:    "go-ethereum keystore file (JSON) holding the signing key",
		EnvVars:  env("KEYSTORE"),
		Category: catKey,
	}
	passwordFileFlag = &cli.PathFlag{
		Name:     "password",
		Usage:    "File holding the keystore password (else it is asked for on the terminal)",
		EnvVars:  env("PASSWORD"),
		Category: catKey,
	}
)

// globalFlags are accepted by every command.
var globalFlags = []cli.Flag{dataDirFlag, configFlag, logLevelFlag, logFormatFlag}

// l1Flags are accepted by commands that talk to L1.
var l1Flags = []cli.Flag{l1RPCFlag, l1ChainIDFlag, l1ConfirmationsFlag, l1TimeoutFlag}

// signerFlags are accepted by commands that sign L1 transactions.
var signerFlags = []cli.Flag{keyFlag, keystoreFlag, passwordFileFlag}

// allFlags lists every flag for flags_test.go; add new flag groups here.
func allFlags() [][]cli.Flag {
	return [][]cli.Flag{globalFlags, l1Flags, signerFlags, sequencerFlags, rpcFlags, userFlags, devnetFlags, modelFlags,
		proverFlags, {aggregatorPollFlag}, exodusFlags, exodusExitFlags, metricsFlags, gpuFlags}
}

// Flags of the provers' GPU (docs/gpu.md).
const catGPU = "GPU"

var (
	gpuFlag = &cli.BoolFlag{
		Name: "gpu",
		Usage: "Prove on the GPU (ICICLE, CUDA), every proof verified on the CPU before use; a build without GPU " +
			"support or a machine without a device says so once and proves on the CPU (default: [gpu] enabled)",
		EnvVars:  env("GPU"),
		Category: catGPU,
	}
	gpuDeviceFlag = &cli.IntFlag{
		Name:     "gpu.device",
		Usage:    "CUDA device `ID` for --gpu (default: [gpu] device, else 0)",
		EnvVars:  env("GPU_DEVICE"),
		Category: catGPU,
	}
)

// gpuFlags are accepted by the commands that prove: prover run, aggregator
// and model prove.
var gpuFlags = []cli.Flag{gpuFlag, gpuDeviceFlag}

// Flags of the services' Prometheus endpoint.
const catMetrics = "METRICS"

var metricsAddrFlag = &cli.StringFlag{
	Name: "metrics.addr",
	Usage: "`HOST:PORT` of the Prometheus /metrics endpoint, on its own address apart from the JSON-RPC and its " +
		"limits: expose it to your scraper only (default: [metrics] addr, else off)",
	EnvVars:  env("METRICS_ADDR"),
	Category: catMetrics,
}

// metricsFlags are accepted by the services: sequencer, prover run,
// aggregator and devnet.
var metricsFlags = []cli.Flag{metricsAddrFlag}

// Flags of the sequencer service.
const catSequencer = "SEQUENCER"

var (
	deploymentFlag = &cli.PathFlag{
		Name:     "deployment",
		Usage:    "Deployment `FILE` written by `nexus contracts deploy` (default: <datadir>/deployment.json)",
		EnvVars:  env("DEPLOYMENT"),
		Category: catSequencer,
	}
	httpAddrFlag = &cli.StringFlag{
		Name:     "http.addr",
		Usage:    "`HOST:PORT` of the nexus_ JSON-RPC endpoint (HTTP and WebSocket)",
		Value:    "127.0.0.1:8645",
		EnvVars:  env("HTTP_ADDR"),
		Category: catSequencer,
	}
	batchTimeoutFlag = &cli.DurationFlag{
		Name:     "batch.timeout",
		Usage:    "Seal a batch at most this long after its first op arrived",
		Value:    5 * time.Second,
		EnvVars:  env("BATCH_TIMEOUT"),
		Category: catSequencer,
	}
)

var sequencerFlags = []cli.Flag{deploymentFlag, httpAddrFlag, batchTimeoutFlag, stateDepthsFlag, blockSlotsFlag,
	blockChunksFlag, blockInferencesFlag}

// Limits of the sequencer's JSON-RPC server, the same over HTTP and
// WebSocket (docs/prover-api.md, "Limits").
const catRPC = "RPC LIMITS"

var rpcDefaults = sequencer.DefaultServerConfig()

var (
	rpcMaxRequestFlag = &cli.IntFlag{
		Name:     "rpc.max-request-size",
		Usage:    "Largest HTTP request body or WebSocket message, in bytes",
		Value:    rpcDefaults.MaxRequestSize,
		EnvVars:  env("RPC_MAX_REQUEST_SIZE"),
		Category: catRPC,
	}
	rpcBatchItemsFlag = &cli.IntFlag{
		Name:     "rpc.batch-items",
		Usage:    "Most calls in one JSON-RPC batch",
		Value:    rpcDefaults.MaxBatchItems,
		EnvVars:  env("RPC_BATCH_ITEMS"),
		Category: catRPC,
	}
	rpcBatchResponseFlag = &cli.IntFlag{
		Name:     "rpc.batch-response-size",
		Usage:    "Most bytes of results in one batch response; the calls after it get an error",
		Value:    rpcDefaults.MaxBatchResponseSize,
		EnvVars:  env("RPC_BATCH_RESPONSE_SIZE"),
		Category: catRPC,
	}
	rpcRateFlag = &cli.Float64Flag{
		Name:     "rpc.rate",
		Usage:    "Calls per second one connection may make (a batch counts each call); more get error -32005",
		Value:    rpcDefaults.RateLimit,
		EnvVars:  env("RPC_RATE"),
		Category: catRPC,
	}
	rpcBurstFlag = &cli.IntFlag{
		Name:     "rpc.burst",
		Usage:    "Calls one connection may make at once, above --rpc.rate",
		Value:    rpcDefaults.RateBurst,
		EnvVars:  env("RPC_BURST"),
		Category: catRPC,
	}
	rpcMaxConnsFlag = &cli.IntFlag{
		Name:     "rpc.max-conns",
		Usage:    "Open connections served at once; further ones wait to be accepted",
		Value:    rpcDefaults.MaxConns,
		EnvVars:  env("RPC_MAX_CONNS"),
		Category: catRPC,
	}
	rpcReadTimeoutFlag = &cli.DurationFlag{
		Name:     "rpc.read-timeout",
		Usage:    "Time to read a whole HTTP request (its headers: at most 5s)",
		Value:    rpcDefaults.ReadTimeout,
		EnvVars:  env("RPC_READ_TIMEOUT"),
		Category: catRPC,
	}
	rpcWriteTimeoutFlag = &cli.DurationFlag{
		Name:     "rpc.write-timeout",
		Usage:    "Time to write an HTTP response or a WebSocket message",
		Value:    rpcDefaults.WriteTimeout,
		EnvVars:  env("RPC_WRITE_TIMEOUT"),
		Category: catRPC,
	}
	rpcIdleTimeoutFlag = &cli.DurationFlag{
		Name:     "rpc.idle-timeout",
		Usage:    "Time an idle HTTP keep-alive connection is kept (WebSocket: pinged every 30s instead)",
		Value:    rpcDefaults.IdleTimeout,
		EnvVars:  env("RPC_IDLE_TIMEOUT"),
		Category: catRPC,
	}
)

var rpcFlags = []cli.Flag{rpcMaxRequestFlag, rpcBatchItemsFlag, rpcBatchResponseFlag, rpcRateFlag, rpcBurstFlag,
	rpcMaxConnsFlag, rpcReadTimeoutFlag, rpcWriteTimeoutFlag, rpcIdleTimeoutFlag}

// rpcServerConfig maps the --rpc.* flags to the server's limits.
func rpcServerConfig(ctx *cli.Context) (sequencer.ServerConfig, error) {
	c := sequencer.DefaultServerConfig()
	c.MaxRequestSize = ctx.Int(rpcMaxRequestFlag.Name)
	c.MaxBatchItems = ctx.Int(rpcBatchItemsFlag.Name)
	c.MaxBatchResponseSize = ctx.Int(rpcBatchResponseFlag.Name)
	c.RateLimit = ctx.Float64(rpcRateFlag.Name)
	c.RateBurst = ctx.Int(rpcBurstFlag.Name)
	c.MaxConns = ctx.Int(rpcMaxConnsFlag.Name)
	c.ReadTimeout = ctx.Duration(rpcReadTimeoutFlag.Name)
	c.ReadHeaderTimeout = min(c.ReadHeaderTimeout, c.ReadTimeout)
	c.WriteTimeout = ctx.Duration(rpcWriteTimeoutFlag.Name)
	c.IdleTimeout = ctx.Duration(rpcIdleTimeoutFlag.Name)
	if err := c.Check(); err != nil {
		return c, fmt.Errorf("--rpc.* flags: %w", err)
	}
	return c, nil
}

// Flags of the user commands.
const catUser = "USER"

var (
	sequencerURLFlag = &cli.StringFlag{
		Name:     "sequencer",
		Usage:    "`URL` of the sequencer's nexus_ JSON-RPC",
		Value:    "http://127.0.0.1:8645",
		EnvVars:  env("SEQUENCER"),
		Category: catUser,
	}
	amountFlag = &cli.StringFlag{
		Name:     "amount",
		Usage:    "Amount: wei, or with a unit: 1.5eth, 20gwei",
		EnvVars:  env("AMOUNT"),
		Category: catUser,
	}
	tokenFlag = &cli.UintFlag{
		Name:     "token",
		Usage:    "Token id (0 = ETH; 1..15 = allow-listed ERC-20s in allow-listing order)",
		EnvVars:  env("TOKEN"),
		Category: catUser,
	}
	toFlag = &cli.StringFlag{
		Name:     "to",
		Usage:    "L1 `ADDRESS` to withdraw to (default: your own)",
		EnvVars:  env("TO"),
		Category: catUser,
	}
	waitFlag = &cli.DurationFlag{
		Name:     "wait",
		Usage:    "How long to wait for the sequencer to include the op (0: do not wait)",
		Value:    2 * time.Minute,
		EnvVars:  env("WAIT"),
		Category: catUser,
	}
)

var userFlags = []cli.Flag{sequencerURLFlag, amountFlag, tokenFlag, toFlag, waitFlag}

// Flags of the devnet.
const catDevnet = "DEVNET"

var (
	devnetL1AddrFlag = &cli.StringFlag{
		Name:     "devnet.l1-addr",
		Usage:    "`HOST:PORT` where the embedded L1 serves JSON-RPC (ignored with --l1.rpc)",
		Value:    "127.0.0.1:8545",
		EnvVars:  env("DEVNET_L1_ADDR"),
		Category: catDevnet,
	}
	devnetBlockTimeFlag = &cli.DurationFlag{
		Name:     "devnet.block-time",
		Usage:    "Block time of the embedded L1",
		Value:    time.Second,
		EnvVars:  env("DEVNET_BLOCK_TIME"),
		Category: catDevnet,
	}
	devnetSettleFlag = &cli.BoolFlag{
		Name: "devnet.settle",
		Usage: "Prove every sealed batch (block, aggregation, wrap) and settle it on L1 through the linked Verifier; " +
			"the devnet serves jobs at once and sets the circuits up in the background when --keys has no keys for them " +
			"(about 9 minutes and 11 GB on 2 cores at the devnet's shape, once)",
		EnvVars:  env("DEVNET_SETTLE"),
		Category: catDevnet,
	}
	devnetL1LogsFlag = &cli.BoolFlag{
		Name:     "devnet.l1-logs",
		Usage:    "Show go-ethereum's own log lines (the embedded L1's miner and chain, the RPC servers' per-call lines); off by default",
		EnvVars:  env("DEVNET_L1_LOGS"),
		Category: catDevnet,
	}
)

var aggregatorPollFlag = &cli.DurationFlag{
	Name:     "aggregator.poll",
	Usage:    "How often the aggregator asks the sequencer for the next sealed batch",
	Value:    2 * time.Second,
	EnvVars:  env("AGGREGATOR_POLL"),
	Category: catSequencer,
}

var (
	devnetProversFlag = &cli.IntFlag{
		Name:     "devnet.provers",
		Usage:    "In-process provers to register, stake (1 ETH each, from anvil's accounts 2 and 3) and run",
		Value:    2,
		EnvVars:  env("DEVNET_PROVERS"),
		Category: catDevnet,
	}
	demoFlag = &cli.BoolFlag{
		Name: "demo",
		Usage: "Submit MNIST digits as inference jobs continuously and print each proven result and settled batch " +
			"(jobs, proving time, gas per inference); implies --devnet.settle unless --devnet.settle=false",
		EnvVars:  env("DEMO"),
		Category: catDevnet,
	}
)

var devnetFlags = []cli.Flag{devnetL1AddrFlag, devnetBlockTimeFlag, devnetSettleFlag, devnetL1LogsFlag, devnetProversFlag, demoFlag, keysFlag}

// Flags of the model mapping shared by the sequencer and the prover.
const catModels = "MODELS"

var (
	modelsFlag = &cli.StringSliceFlag{
		Name: "models",
		Usage: "Model files by registry id: `ID=FILE`[,ID=FILE...] (adds to [models.files] of --config; " +
			"relative names are under [models] dir)",
		EnvVars:  env("MODELS"),
		Category: catModels,
	}
	modelKeysFlag = &cli.StringFlag{
		Name:     "models.keys",
		Usage:    "Circuit key cache `DIR` shared by provers and the sequencer (default: [models] key_cache, else the shared cache ~/.cache/nexus/keys)",
		EnvVars:  env("MODELS_KEYS"),
		Category: catModels,
	}
)

var modelFlags = []cli.Flag{modelsFlag, modelKeysFlag}

// Flags of the prover node.
const catProver = "PROVER"

var (
	proverWorkersFlag = &cli.IntFlag{
		Name:     "workers",
		Usage:    "Proofs in parallel (default: [prover] workers, else one per core)",
		EnvVars:  env("WORKERS"),
		Category: catProver,
	}
	proverPriceFlag = &cli.Uint64Flag{
		Name:     "price",
		Usage:    "Lowest job fee to work for, in `GWEI` (default: [prover] price_gwei)",
		EnvVars:  env("PRICE"),
		Category: catProver,
	}
)

var proverFlags = []cli.Flag{proverWorkersFlag, proverPriceFlag}

// Flags of the exodus commands.
const catExodus = "EXODUS"

var (
	exodusDBFlag = &cli.PathFlag{
		Name:     "exodus.db",
		Usage:    "`DIR` of the L2 state rebuilt from L1 (default: <datadir>/exodus/<rollup address>)",
		EnvVars:  env("EXODUS_DB"),
		Category: catExodus,
	}
	exodusAccountFlag = &cli.UintFlag{
		Name:     "exodus.account",
		Usage:    "L2 account `ID` to exit (default: the account of your key's L2 key and L1 address)",
		EnvVars:  env("EXODUS_ACCOUNT"),
		Category: catExodus,
	}
	exodusNoClaimFlag = &cli.BoolFlag{
		Name:     "exodus.no-claim",
		Usage:    "Leave what exit or refund made claimable on L1 unclaimed (claim later with nexus bridge claim)",
		EnvVars:  env("EXODUS_NO_CLAIM"),
		Category: catExodus,
	}
)

// exodusFlags are accepted by every exodus command that reads the rebuilt
// state; exodusExitFlags by exit and refund.
var (
	exodusFlags     = []cli.Flag{exodusDBFlag}
	exodusExitFlags = []cli.Flag{exodusAccountFlag, exodusNoClaimFlag}
)
