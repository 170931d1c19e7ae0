package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/urfave/cli/v2"

	"github.com/nexus-rollup/nexus/aggregator"
	"github.com/nexus-rollup/nexus/aggregator/block"
	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/internal/metrics"
	"github.com/nexus-rollup/nexus/kv/leveldb"
	"github.com/nexus-rollup/nexus/l1/deploy"
	"github.com/nexus-rollup/nexus/l1/txmgr"
	"github.com/nexus-rollup/nexus/node"
	"github.com/nexus-rollup/nexus/prover/modelset"
	"github.com/nexus-rollup/nexus/prover/service"
	l2keys "github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/state"
	"github.com/nexus-rollup/nexus/sequencer"
)

// devKey is the well-known development key (anvil's and hardhat's first
// account). It is funded on the embedded L1 only; never use it elsewhere.
const devKey = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

// aggregatorDevKey is anvil's second account: the devnet's aggregator sends
// its batches from it, so that its nonces never race the user's commands.
const aggregatorDevKey = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"

// runDevnet starts an embedded L1 (or uses --l1.rpc), deploys the contracts,
// and runs the sequencer, printing what to do next.
func runDevnet(ctx *cli.Context, cfg *node.Config) error {
	dir := filepath.Join(cfg.DataDir, "devnet")
	lock, err := node.LockDataDir(cfg.DataDir)
	if err != nil {
		return err
	}
	defer lock.Release()
	// The embedded chain starts from genesis every run, so must the L2.
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	run, stop := signal.NotifyContext(ctx.Context, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	if !isSet(ctx, logLevelFlag.Name) && cfg.Log.Level == node.DefaultConfig().Log.Level {
		// The devnet's own lines say what happens (a job proven, a batch
		// settled, setup progress); the services' per-job info lines are
		// for --log.level info.
		quiet := cfg.Log
		quiet.Level = "warn"
		if _, err := node.NewLogger(quiet, os.Stderr); err != nil {
			return err
		}
	}
	if !cfg.Devnet.L1Logs {
		quietGeth()
	}

	key, _ := crypto.HexToECDSA(devKey)
	aggKey, _ := crypto.HexToECDSA(aggregatorDevKey)
	funded := []*ecdsa.PrivateKey{key, aggKey}
	for _, h := range append([]string{demoDevKey}, proverDevKeys...) {
		k, _ := crypto.HexToECDSA(h)
		funded = append(funded, k)
	}
	// Every service joins the stack as it is built and is started at once,
	// so that an error on the way stops what runs (in reverse); the
	// shutdown order is the registration order reversed.
	stack := node.NewStack()
	defer stopStack(stack)
	l1URL, l1WS := cfg.L1.RPC, ""
	if l1URL == "" {
		l1, err := startEmbeddedL1(run, cfg.Devnet.L1Addr, cfg.Devnet.BlockTime.Std(), funded...)
		if err != nil {
			return err
		}
		stack.Register("embedded L1", node.Hooks{OnStop: l1.Stop})
		l1URL, l1WS = l1.URL(), "   (WebSocket: "+l1.WSURL()+")"
	}
	client, err := ethclient.DialContext(run, l1URL)
	if err != nil {
		return fmt.Errorf("devnet: connecting to L1 at %s: %w", l1URL, err)
	}
	stack.Register("L1 client", node.CloseFunc(client.Close))
	if err := stack.Start(run); err != nil {
		return err
	}
	chainID, err := client.ChainID(run)
	if err != nil {
		return fmt.Errorf("devnet: chain id of %s: %w", l1URL, err)
	}
	opts, err := bind.NewKeyedTransactorWithChainID(key, chainID)
	if err != nil {
		return err
	}
	bp, err := devnetBlockParams(cfg)
	if err != nil {
		return err
	}
	genesis, err := state.EmptyRoot(bp.State)
	if err != nil {
		return err
	}
	w := ctx.App.Writer
	demoMode := cfg.Devnet.Demo
	settle := cfg.Devnet.Settles()
	// The aggregator's key owns the verifier slot and sends every settlement
	// transaction, so its nonces never race the user's commands.
	aggOpts, err := bind.NewKeyedTransactorWithChainID(aggKey, chainID)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "devnet: deploying the contracts to %s (chain %d)...\n", l1URL, chainID)
	dctx, cancel := context.WithTimeout(run, 2*time.Minute)
	dp := deploy.Params{GenesisStateRoot: genesis.BigInt(new(big.Int)),
		MinStake: big.NewInt(params.Ether / 10), PriorityDeadline: 24 * 3600, UnbondingDelay: 7200,
		MaxLockDuration: bp.MaxLockDuration, AccountTreeDepth: uint8(bp.State.AccountDepth),
		TokenTreeDepth: uint8(bp.State.TokenDepth), ModelTreeDepth: uint8(bp.State.ModelDepth)}
	if settle {
		// Jobs are served at once; the batch verifier is set in this slot
		// when the settlement keys are ready (settleWhenReady).
		if dp.Verifier, err = deploy.DeployVerifierSlot(dctx, client, aggOpts); err != nil {
			cancel()
			return fmt.Errorf("devnet: %w", err)
		}
	}
	dep, err := deploy.Deploy(dctx, client, opts, dp)
	cancel()
	if err != nil {
		return fmt.Errorf("devnet: deploying: %w", err)
	}
	depPath := filepath.Join(dir, "deployment.json")
	if err := dep.Write(depPath); err != nil {
		return err
	}

	// The demo model, the dev key's deposit and the provers' stakes, on L1.
	models, vkHash, err := demoModels(filepath.Join(dir, "models"), keysDir(ctx, cfg), ctx.App.ErrWriter)
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	devL2, err := l2keys.DeriveFromEthKey(key, dep.ChainID, dep.NexusRollup)
	if err != nil {
		return err
	}
	provers, err := devProvers(cfg.Devnet.Provers, dep.ChainID, dep.NexusRollup)
	if err != nil {
		return err
	}
	var demoAcct *devProver
	if demoMode {
		if demoAcct, err = devAccount(demoDevKey, dep.ChainID, dep.NexusRollup); err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "devnet: registering the demo model and staking %d prover(s) on L1...\n", len(provers))
	opts.Context = run
	if err := registerDevnet(run, client, dep, opts, devL2, vkHash, provers, demoAcct); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}

	seqCfg, err := batchConfigFor(cfg, bp)
	if err != nil {
		return err
	}
	seqCfg.Work.Verifier = models
	// With settlement, a batch of L2 ops is sealed on its timeout only
	// while the aggregator waits for one; while it proves (or its keys are
	// being set up), the batch keeps filling up to the circuit's B ops.
	var prover atomic.Pointer[aggregator.Service]
	if settle {
		seqCfg.ProverReady = func() bool { svc := prover.Load(); return svc != nil && svc.Idle() }
	}
	reg := sequencerMetrics(&seqCfg)
	rpcCfg, err := cfg.Sequencer.RPC.Server()
	if err != nil {
		return err
	}
	seq, err := node.NewSequencerStack(run, node.SequencerConfig{Client: client, Deployment: dep,
		DBPath: filepath.Join(dir, "sequencer"), HTTPAddr: cfg.Sequencer.HTTPAddr, RPC: rpcCfg,
		Sequencer: seqCfg, State: bp.State})
	if err != nil {
		return err
	}
	// The services, stopped in the reverse order: the demo and the
	// aggregator before the provers, the provers before the sequencer they
	// poll, the sequencer before the L1 it watches (registered above).
	stack.Register("sequencer", seq)
	seq.RegisterMetrics(reg)
	msvc, metricsSrv, err := metricsService(cfg, reg, "devnet", nil)
	if err != nil {
		seq.Stop(run)
		return err
	}
	stack.Register("metrics", msvc)
	seqURL := "http://" + seq.Server.Addr()
	stack.Register("provers", node.Hooks{
		OnStart: func(ctx context.Context) error {
			return startDevProvers(ctx, provers, models, seqURL, dir, service.NewMetrics(reg))
		},
		OnStop: func(context.Context) error { stopDevProvers(provers); return nil },
	})

	var settled chan settledJobs
	pace := &demoPace{}
	if demoMode && settle {
		settled = make(chan settledJobs, 64)
	}
	if settle {
		st := &settler{bp: bp, keysDir: keysDir(ctx, cfg), progress: ctx.App.ErrWriter, w: w, client: client, opts: aggOpts,
			slot: dp.Verifier, dep: dep, models: models, seq: seq, key: aggKey, txCfg: txmgrConfig(cfg), dbPath: filepath.Join(dir, "aggregator"),
			reg: reg, prover: &prover,
			onStage: func(_ uint64, stage string) {
				if stage == "proving" {
					pace.started()
				}
			},
			onSettled: func(st *aggregator.Settlement) {
				pace.settled()
				if settled != nil {
					select {
					case settled <- settledJobs{batch: st.Batch.Header.BatchNumber, jobs: st.Jobs}:
					default: // the demo has stopped reading
					}
				}
			}}
		// The aggregator stops before its store closes, so that a
		// submission in flight is recorded; a proof or key setup in
		// progress is not waited for.
		stack.Register("aggregator store", node.Hooks{OnStop: func(context.Context) error { st.close(); return nil }})
		agg := node.NewLoop(st.run)
		agg.Linger = 10 * time.Second
		stack.Register("aggregator", agg)
	}
	if err := stack.Start(run); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}

	fmt.Fprintf(w, `
Nexus devnet is running.

  explorer             %s
  L1 (JSON-RPC)        %s   chain %d%s
  NexusRollup          %s
  sequencer (nexus_)   %s   (WebSocket: ws://%s)
  metrics (Prometheus) %s
  deployment file      %s
  dev key (L1, funded) 0x%s   DEVELOPMENT ONLY
  demo model           id %d: MNIST MLP 784-56-10 (int8), fee %d gwei
  provers              %s

Try, in another terminal:

  nexus bridge deposit  --l1.rpc %s --deployment %s --key %s --amount 1eth
  nexus bridge balance  --l1.rpc %s --deployment %s --key %s --sequencer %s
  nexus bridge withdraw --deployment %s --key %s --sequencer %s --amount 0.5eth
  nexus account         --deployment %s --key %s --sequencer %s
  nexus job submit      --deployment %s --key %s --sequencer %s --model %d --input mnist:7 --wait 2m
  nexus model claim-fees --deployment %s --key %s --sequencer %s %d   (the demo model's fees, to the dev key)

%s
Ctrl-C stops the devnet.
`, explorerURL(seq.Server.Addr()), l1URL, chainID, l1WS, dep.NexusRollup, seqURL, seq.Server.Addr(), metricsLine(metricsSrv), depPath, devKey, demoModelID, demoModelFeeGwei,
		proverList(provers),
		l1URL, depPath, devKey, l1URL, depPath, devKey, seqURL, depPath, devKey, seqURL, depPath, devKey, seqURL,
		depPath, devKey, seqURL, demoModelID, depPath, devKey, seqURL, demoModelID, settleNote(settle))

	if demoMode {
		c, err := rpc.DialContext(run, seqURL)
		if err != nil {
			return err
		}
		d := &demoLoop{seq: c, key: demoAcct.l2, addr: demoAcct.addr, k: bp.Inferences, w: w, settled: settled, pace: pace,
			duration: cfg.Devnet.DemoDuration.Std(), finish: stop}
		fmt.Fprintf(w, "demo: submitting MNIST digits as jobs, in rounds of %d spaced %s apart, from %s (anvil's account 4)\n", bp.Inferences, d.spacing().Round(10*time.Millisecond),
			demoAcct.addr)
		stack.Register("demo client", node.CloseFunc(c.Close))
		stack.Register("demo", node.NewLoop(d.run))
		if err := stack.Start(run); err != nil {
			return fmt.Errorf("devnet: %w", err)
		}
	}

	runErr := stack.Wait(run)
	fmt.Fprintln(w, "devnet: stopping")
	return errors.Join(runErr, stopStack(stack))
}

// proverList describes the devnet's provers for its banner.
func proverList(provers []*devProver) string {
	if len(provers) == 0 {
		return "none (--devnet.provers 0): run `nexus prover run` against the sequencer"
	}
	parts := make([]string, len(provers))
	for i, p := range provers {
		parts[i] = p.addr.Hex()
	}
	eth := new(big.Int).Quo(proverDevStake, big.NewInt(params.Ether))
	return fmt.Sprintf("%d in process, %s ETH staked each: %s", len(provers), eth, strings.Join(parts, ", "))
}

// devnetBlockParams is the devnet's circuit shape: block.DemoParams unless
// a circuit flag, NEXUS_* variable or [circuit] shape key is given.
func devnetBlockParams(cfg *node.Config) (block.Params, error) {
	if cfg.Circuit.Explicit {
		return blockParams(cfg, deploy.DefaultParams().MaxLockDuration)
	}
	p := block.DemoParams()
	p.MaxLockDuration = deploy.DefaultParams().MaxLockDuration
	return p, p.Check()
}

// metricsLine is the devnet banner's metrics endpoint.
func metricsLine(srv *metrics.Server) string {
	if srv == nil {
		return "off (--metrics.addr HOST:PORT serves the sequencer's, provers' and aggregator's metrics)"
	}
	return srv.URL()
}

// aggregatorMetrics registers the aggregator's metrics with reg (none when
// reg is nil).
func aggregatorMetrics(reg prometheus.Registerer, tx *txmgr.Manager) *aggregator.Metrics {
	if reg == nil {
		return nil
	}
	return aggregator.NewMetrics(reg, tx.Pending)
}

func settleNote(settle bool) string {
	if settle {
		return "Jobs are served now. The settlement keys are set up in the background (progress below; cached in\n" +
			"the key cache after the first run); then each batch sealed so far and every later one is proven\n" +
			"(block, aggregation, wrap) and settled on L1, in order, with a line per batch."
	}
	return "Batches are sequenced but not settled: the deployment's PendingVerifier accepts no proof.\n" +
		"Run with --devnet.settle to prove and settle them (the key setup takes about 9 minutes on 2 cores, once)."
}

// settledLine describes a settled batch: its ops and inferences, proving
// times, and gas (per inference too), as the devnet and nexus aggregator
// print it.
func settledLine(st *aggregator.Settlement) string {
	res := st.Result
	perInference := ""
	if n := len(st.Jobs); n > 0 {
		perInference = fmt.Sprintf(" (%d per inference)", st.Receipt.GasUsed/uint64(n))
	}
	return fmt.Sprintf("batch %d settled on L1: %d ops, %d inferences, proven in %s (block %s, aggregation %s, wrap %s), "+
		"submitBatch gas %d%s, tx %s",
		st.Batch.Header.BatchNumber, st.Ops, len(st.Jobs),
		(res.BlockTime + res.AggregationTime + res.WrapTime).Round(time.Second), res.BlockTime.Round(time.Millisecond),
		res.AggregationTime.Round(time.Millisecond), res.WrapTime.Round(time.Millisecond), st.Receipt.GasUsed, perInference,
		st.Receipt.TxHash)
}

// settlementService is the in-process aggregator: it proves each sealed
// batch and settles it through a transaction manager of the dev key.
func settlementService(ctx context.Context, client *ethclient.Client, dep *deploy.Deployment, keys *aggregator.Keys,
	models *modelset.Set, seq *node.SequencerStack, key *ecdsa.PrivateKey, txCfg txmgr.Config, dbPath string, w io.Writer,
	onStage func(uint64, string), onSettled func(*aggregator.Settlement), reg prometheus.Registerer) (*aggregator.Service, func(), error) {
	db, err := leveldb.Open(dbPath, leveldb.Options{})
	if err != nil {
		return nil, nil, err
	}
	closeDB := func() { db.Close() }
	tx, err := txmgr.New(ctx, client, db, key, txCfg, slog.Default())
	if err != nil {
		db.Close()
		return nil, nil, err
	}
	r, err := bindings.NewNexusRollup(dep.NexusRollup, client)
	if err != nil {
		db.Close()
		return nil, nil, err
	}
	return &aggregator.Service{
		Keys: keys, Batches: seq.Seq, Proofs: aggregator.SequencerProofs{Seq: seq.Seq, Models: models},
		Submit: &aggregator.Submitter{TX: tx, Rollup: dep.NexusRollup}, L1: r, Log: slog.Default().With("component", "aggregator"),
		Metrics: aggregatorMetrics(reg, tx),
		OnStage: func(n uint64, stage string) {
			seq.Seq.SetSettlement(n, sequencer.SettlementInfo{Stage: stage})
			if onStage != nil {
				onStage(n, stage)
			}
		},
		OnSettled: func(st *aggregator.Settlement) {
			seq.Seq.SetSettlement(st.Batch.Header.BatchNumber, settlementInfo(st))
			fmt.Fprintln(w, settledLine(st))
			if onSettled != nil {
				onSettled(st)
			}
		},
	}, closeDB, nil
}

// settler is the devnet's settlement: it sets up (or loads) the block,
// aggregation and wrap keys in the background while the devnet serves jobs,
// then deploys the verifier linked to the wrap key, sets it in the rollup's
// verifier slot and runs the aggregator, which proves and settles every
// batch sealed meanwhile, in order, then each new one.
type settler struct {
	bp        block.Params
	keysDir   string
	progress  io.Writer
	w         io.Writer
	client    *ethclient.Client
	opts      *bind.TransactOpts // the aggregator's key: owns the slot
	slot      common.Address
	dep       *deploy.Deployment
	models    *modelset.Set
	seq       *node.SequencerStack
	key       *ecdsa.PrivateKey
	txCfg     txmgr.Config
	dbPath    string
	onStage   func(batch uint64, stage string)
	onSettled func(*aggregator.Settlement)
	reg       prometheus.Registerer
	prover    *atomic.Pointer[aggregator.Service] // set once the service runs

	mu      sync.Mutex
	closeDB func()
}

func (s *settler) run(ctx context.Context) error {
	start := time.Now()
	fmt.Fprintf(s.w, "devnet: setting up (or loading) the settlement keys for %s in the background\n", s.bp)
	keys, err := aggregator.Setup(s.bp, s.keysDir, s.progress, true, true)
	if err != nil {
		return fmt.Errorf("devnet: settlement keys: %w", err)
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	verifier, err := deploy.DeployVerifier(ctx, s.client, s.opts, keys.Wrap.VK)
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	if err := deploy.SetVerifier(ctx, s.client, s.opts, s.slot, verifier); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	fmt.Fprintf(s.w, "devnet: settlement keys ready after %s; verifier %s set in the rollup's slot %s; proving every sealed batch\n",
		time.Since(start).Round(time.Second), verifier, s.slot)
	svc, closeDB, err := settlementService(ctx, s.client, s.dep, keys, s.models, s.seq, s.key, s.txCfg, s.dbPath, s.w, s.onStage, s.onSettled, s.reg)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.closeDB = closeDB
	s.mu.Unlock()
	if s.prover != nil {
		s.prover.Store(svc)
	}
	return svc.Run(ctx)
}

// close closes the aggregator's store, once the aggregator has stopped.
func (s *settler) close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closeDB != nil {
		s.closeDB()
		s.closeDB = nil
	}
}

// quietGeth turns go-ethereum's own log lines off (the embedded chain's
// banner and per-block lines, the RPC servers' per-call lines: a prover
// polling before its account exists is expected, not a warning), keeping
// Nexus's logger, which go-ethereum's SetDefault would replace.
func quietGeth() {
	ours := slog.Default()
	gethlog.SetDefault(gethlog.NewLogger(gethlog.DiscardHandler()))
	slog.SetDefault(ours)
}
