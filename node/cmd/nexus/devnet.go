package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	gethnode "github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/nexus-rollup/nexus/aggregator"
	"github.com/nexus-rollup/nexus/aggregator/block"
	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/kv/leveldb"
	"github.com/nexus-rollup/nexus/l1/deploy"
	"github.com/nexus-rollup/nexus/l1/txmgr"
	"github.com/nexus-rollup/nexus/node"
	"github.com/nexus-rollup/nexus/prover/modelset"
	l2keys "github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/state"
)

// devKey is the well-known development key (anvil's and hardhat's first
// account). It is funded on the embedded L1 only; never use it elsewhere.
const devKey = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

// aggregatorDevKey is anvil's second account: the devnet's aggregator sends
// its batches from it, so that its nonces never race the user's commands.
const aggregatorDevKey = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"

// embeddedL1 is go-ethereum's simulated chain with its JSON-RPC served on a
// local port, mined every blockTime.
type embeddedL1 struct {
	sim  *simulated.Backend
	url  string
	stop func()
}

func startEmbeddedL1(addr string, blockTime time.Duration, funded ...*ecdsa.PrivateKey) (l1 *embeddedL1, err error) {
	host, portStr, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("--devnet.l1-addr: %w", err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil {
		return nil, fmt.Errorf("--devnet.l1-addr: bad port %q", portStr)
	}
	// The simulated backend panics if its node cannot start (e.g. the port is
	// taken): find out first, and turn any panic into an error.
	if ln, err := net.Listen("tcp", addr); err != nil {
		return nil, fmt.Errorf("embedded L1 cannot listen on %s: %w", addr, err)
	} else {
		ln.Close()
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("embedded L1 failed to start: %v", r)
		}
	}()
	alloc := types.GenesisAlloc{}
	for _, k := range funded {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))}
	}
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000), func(nc *gethnode.Config, _ *ethconfig.Config) {
		nc.HTTPHost, nc.HTTPPort = host, port
		nc.HTTPModules = []string{"eth", "net", "web3"}
		nc.HTTPVirtualHosts = []string{"*"}
		nc.WSHost, nc.WSPort = "", 0
	})
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(blockTime)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				sim.Commit()
			}
		}
	}()
	return &embeddedL1{sim: sim, url: "http://" + addr, stop: func() { cancel(); wg.Wait(); sim.Close() }}, nil
}

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

	key, _ := crypto.HexToECDSA(devKey)
	aggKey, _ := crypto.HexToECDSA(aggregatorDevKey)
	funded := []*ecdsa.PrivateKey{key, aggKey}
	for _, h := range append([]string{demoDevKey}, proverDevKeys...) {
		k, _ := crypto.HexToECDSA(h)
		funded = append(funded, k)
	}
	l1URL := cfg.L1.RPC
	if l1URL == "" {
		l1, err := startEmbeddedL1(ctx.String(devnetL1AddrFlag.Name), ctx.Duration(devnetBlockTimeFlag.Name), funded...)
		if err != nil {
			return err
		}
		defer l1.stop()
		l1URL = l1.url
	}
	client, err := ethclient.DialContext(run, l1URL)
	if err != nil {
		return fmt.Errorf("devnet: connecting to L1 at %s: %w", l1URL, err)
	}
	defer client.Close()
	chainID, err := client.ChainID(run)
	if err != nil {
		return fmt.Errorf("devnet: chain id of %s: %w", l1URL, err)
	}
	opts, err := bind.NewKeyedTransactorWithChainID(key, chainID)
	if err != nil {
		return err
	}
	bp, err := devnetBlockParams(ctx)
	if err != nil {
		return err
	}
	genesis, err := state.EmptyRoot(bp.State)
	if err != nil {
		return err
	}
	w := ctx.App.Writer
	demoMode := ctx.Bool(demoFlag.Name)
	settle := ctx.Bool(devnetSettleFlag.Name) || (demoMode && !ctx.IsSet(devnetSettleFlag.Name))
	var keys *aggregator.Keys
	if settle {
		fmt.Fprintf(w, "devnet: loading (or setting up) the block, aggregation and wrap keys for %s...\n", bp)
		if keys, err = aggregator.Setup(bp, keysDir(ctx, cfg), ctx.App.ErrWriter, true, true); err != nil {
			return fmt.Errorf("devnet: circuit keys: %w", err)
		}
	}
	fmt.Fprintf(w, "devnet: deploying the contracts to %s (chain %d)...\n", l1URL, chainID)
	dctx, cancel := context.WithTimeout(run, 2*time.Minute)
	dp := deploy.Params{GenesisStateRoot: genesis.BigInt(new(big.Int)),
		MinStake: big.NewInt(params.Ether / 10), PriorityDeadline: 24 * 3600, UnbondingDelay: 7200,
		MaxLockDuration: bp.MaxLockDuration}
	if settle {
		if dp.Verifier, err = deploy.DeployVerifier(dctx, client, opts, keys.Wrap.VK); err != nil {
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
	provers, err := devProvers(ctx.Int(devnetProversFlag.Name), dep.ChainID, dep.NexusRollup)
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

	seqCfg, err := batchConfigFor(ctx, bp)
	if err != nil {
		return err
	}
	seqCfg.Work.Verifier = models
	rpcCfg, err := rpcServerConfig(ctx)
	if err != nil {
		return err
	}
	stack, err := startSequencerStack(run, client, dep, filepath.Join(dir, "sequencer"), ctx.String(httpAddrFlag.Name), rpcCfg, 0,
		seqCfg, bp.State)
	if err != nil {
		return err
	}
	defer stack.stop()
	seqURL := "http://" + stack.srv.Addr()
	if err := startDevProvers(run, provers, models, seqURL, dir); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	defer stopDevProvers(provers)

	var settled chan settledJobs
	if demoMode && settle {
		settled = make(chan settledJobs, 64)
	}
	aggErr := make(chan error, 1)
	if settle {
		svc, closeDB, err := settlementService(run, client, dep, keys, models, stack, aggKey, filepath.Join(dir, "aggregator"), w,
			func(st *aggregator.Settlement) {
				if settled != nil {
					select {
					case settled <- settledJobs{batch: st.Batch.Header.BatchNumber, jobs: st.Jobs}:
					default: // the demo has stopped reading
					}
				}
			})
		if err != nil {
			return err
		}
		aggDone := make(chan struct{})
		go func() { defer close(aggDone); aggErr <- svc.Run(run) }()
		// Stop the aggregator before its store closes, so that a submission
		// in flight is recorded; a proof in progress is not waited for.
		defer func() {
			stop()
			select {
			case <-aggDone:
			case <-time.After(10 * time.Second):
			}
			closeDB()
		}()
	}

	fmt.Fprintf(w, `
Nexus devnet is running.

  L1 (JSON-RPC)        %s   chain %d
  NexusRollup          %s
  sequencer (nexus_)   %s   (WebSocket: ws://%s)
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

%s
Ctrl-C stops the devnet.
`, l1URL, chainID, dep.NexusRollup, seqURL, stack.srv.Addr(), depPath, devKey, demoModelID, demoModelFeeGwei,
		proverList(provers),
		l1URL, depPath, devKey, l1URL, depPath, devKey, seqURL, depPath, devKey, seqURL, depPath, devKey, seqURL,
		depPath, devKey, seqURL, demoModelID, settleNote(settle))

	demoErr := make(chan error, 1)
	if demoMode {
		c, err := rpc.DialContext(run, seqURL)
		if err != nil {
			return err
		}
		defer c.Close()
		d := &demoLoop{seq: c, key: demoAcct.l2, addr: demoAcct.addr, k: bp.Inferences, w: w, settled: settled}
		fmt.Fprintf(w, "demo: submitting MNIST digits as jobs, %d at a time, from %s (anvil's account 4)\n", bp.Inferences,
			demoAcct.addr)
		go func() { demoErr <- d.run(run) }()
	}

	select {
	case <-run.Done():
	case err := <-stack.watchErr:
		if err != nil && !errors.Is(err, context.Canceled) {
			return err
		}
	case err := <-aggErr:
		if err != nil && !errors.Is(err, context.Canceled) {
			return err
		}
	case err := <-demoErr:
		if err != nil && !errors.Is(err, context.Canceled) {
			return err
		}
	}
	fmt.Fprintln(w, "devnet: stopping")
	return nil
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
// a circuit flag is given.
func devnetBlockParams(ctx *cli.Context) (block.Params, error) {
	for _, f := range []cli.Flag{stateDepthsFlag, blockSlotsFlag, blockChunksFlag, blockInferencesFlag} {
		if ctx.IsSet(f.Names()[0]) {
			return blockParams(ctx, deploy.DefaultParams().MaxLockDuration)
		}
	}
	p := block.DemoParams()
	p.MaxLockDuration = deploy.DefaultParams().MaxLockDuration
	return p, p.Check()
}

func settleNote(settle bool) string {
	if settle {
		return "Each sealed batch is proven (block, aggregation, wrap) and settled on L1; a line is printed per batch."
	}
	return "Batches are sequenced but not settled: the deployment's PendingVerifier accepts no proof.\n" +
		"Run with --devnet.settle to prove and settle them (the wrap setup takes about an hour, once)."
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
	models *modelset.Set, stack *seqStack, key *ecdsa.PrivateKey, dbPath string, w io.Writer,
	onSettled func(*aggregator.Settlement)) (*aggregator.Service, func(), error) {
	db, err := leveldb.Open(dbPath, leveldb.Options{})
	if err != nil {
		return nil, nil, err
	}
	closeDB := func() { db.Close() }
	tx, err := txmgr.New(ctx, client, db, key, txmgr.DefaultConfig(), slog.Default())
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
		Keys: keys, Batches: stack.seq, Proofs: aggregator.SequencerProofs{Seq: stack.seq, Models: models},
		Submit: &aggregator.Submitter{TX: tx, Rollup: dep.NexusRollup}, L1: r, Log: slog.Default().With("component", "aggregator"),
		OnSettled: func(st *aggregator.Settlement) {
			fmt.Fprintln(w, settledLine(st))
			if onSettled != nil {
				onSettled(st)
			}
		},
	}, closeDB, nil
}
