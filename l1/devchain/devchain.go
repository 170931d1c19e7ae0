// Package devchain is the devnet's embedded L1: go-ethereum's simulated chain
// (the engine of ethclient/simulated) mined on a timer and served over HTTP
// and WebSocket on one port, priced so that what wallets and Foundry send
// with their default fees is mined in the next block.
package devchain

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// ChainID is the simulated chain's id, as in ethclient/simulated.
const ChainID = 1337

// Modules are the JSON-RPC namespaces served, on HTTP and WebSocket alike.
var Modules = []string{"eth", "net", "web3"}

// SuggestedTip is the priority fee the node suggests while recent blocks
// hold no transaction to sample (eth_maxPriorityFeePerGas; eth_gasPrice adds
// the base fee), as anvil does. It is far above the devnet's base fee, so a
// legacy transaction priced at eth_gasPrice stays minable when the base fee
// rises.
var SuggestedTip = big.NewInt(params.GWei)

// MinTip is the least priority fee the pool admits and the miner includes:
// any transaction that pays the base fee is mined, as on anvil. Fee-history
// estimators (cast, forge) price the tip from the rewards of recent blocks,
// which are zero while the chain is idle.
var MinTip = new(big.Int)

// ErrNotReady is returned when the chain's transaction index did not become
// complete in time: before it is, receipt queries of unknown transactions
// fail with "transaction indexing is in progress" instead of returning null.
var ErrNotReady = errors.New("devchain: the transaction index is not ready")

// ChainConfig is the chain's rules: mainnet's forks through Osaka, all from
// genesis. go-ethereum's dev chain also turns on the forks it is building
// (Amsterdam, Bogota), whose state-gas repricing makes a contract's storage
// writes cost several times mainnet's: gas measured here would be nobody's,
// and Foundry, which estimates gas under mainnet's rules, would send
// transactions that run out of it.
func ChainConfig() *params.ChainConfig {
	c := *params.AllDevChainProtocolChanges
	c.AmsterdamTime, c.BogotaTime, c.UBTTime = nil, nil, nil
	return &c
}

// Config is the embedded L1's configuration.
type Config struct {
	// Addr is where HTTP and WebSocket JSON-RPC are served ("127.0.0.1:0"
	// picks a free port).
	Addr string
	// BlockTime is the interval between blocks, empty or not.
	BlockTime time.Duration
	// GasLimit is every block's gas limit.
	GasLimit uint64
	// Alloc funds the development accounts at genesis.
	Alloc types.GenesisAlloc
}

// Check reports whether the configuration is usable.
func (c Config) Check() error {
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		return fmt.Errorf("devchain: address %q: %w", c.Addr, err)
	}
	if c.BlockTime <= 0 {
		return fmt.Errorf("devchain: block time %s is not positive", c.BlockTime)
	}
	if c.GasLimit < params.MinGasLimit {
		return fmt.Errorf("devchain: gas limit %d is below %d", c.GasLimit, params.MinGasLimit)
	}
	return nil
}

// Chain is a running embedded L1.
type Chain struct {
	stack  *node.Node
	eth    *eth.Ethereum
	beacon *catalyst.SimulatedBeacon
	rpc    *rpc.Server
	http   *http.Server
	addr   string

	stopMining context.CancelFunc
	mining     sync.WaitGroup
	served     chan error
}

// Start builds the chain from genesis, mines its first block, and serves it
// on cfg.Addr once receipts can be queried; a block follows every
// cfg.BlockTime until Stop.
func Start(ctx context.Context, cfg Config) (c *Chain, err error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return nil, fmt.Errorf("devchain: cannot listen on %s: %w", cfg.Addr, err)
	}
	c = &Chain{addr: ln.Addr().String(), served: make(chan error, 1)}
	built := c
	defer func() {
		if err != nil {
			ln.Close()
			built.close()
		}
	}()
	if err := c.build(cfg); err != nil {
		return nil, err
	}
	if err := c.ready(ctx); err != nil {
		return nil, err
	}
	if err := c.serve(ln); err != nil {
		return nil, err
	}
	mctx, cancel := context.WithCancel(context.Background())
	c.stopMining = cancel
	c.mining.Add(1)
	go c.mine(mctx, cfg.BlockTime)
	return c, nil
}

// build assembles the node, the eth service and the beacon as
// ethclient/simulated does, with the node serving nothing itself.
func (c *Chain) build(cfg Config) error {
	nodeConf := node.DefaultConfig
	nodeConf.DataDir = ""
	nodeConf.P2P = p2p.Config{NoDiscovery: true}
	nodeConf.HTTPHost, nodeConf.WSHost, nodeConf.IPCPath = "", "", ""
	stack, err := node.New(&nodeConf)
	if err != nil {
		return fmt.Errorf("devchain: %w", err)
	}
	c.stack = stack

	alloc := core.SystemContractAllocs()
	maps.Copy(alloc, cfg.Alloc)
	ethConf := ethconfig.Defaults
	ethConf.Genesis = &core.Genesis{Config: ChainConfig(), GasLimit: cfg.GasLimit, Alloc: alloc}
	ethConf.Miner.GasCeil = cfg.GasLimit
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.TxPool.NoLocals = true
	ethConf.LogNoHistory = true
	// The miner's gas price is two settings in one: the least tip it
	// includes, and the gas price oracle's answer while there is nothing
	// to sample. go-ethereum's default (0.001 gwei) is above the tips the
	// pool admits (1 wei), so the pool kept what fee-history estimators
	// priced and the miner never took it. The oracle starts at
	// SuggestedTip; the miner and the pool are lowered to MinTip below.
	ethConf.Miner.GasPrice = new(big.Int).Set(SuggestedTip)
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		return fmt.Errorf("devchain: %w", err)
	}
	c.eth = backend
	backend.TxPool().SetGasTip(MinTip)
	if err := backend.Miner().SetGasTip(MinTip); err != nil {
		return fmt.Errorf("devchain: %w", err)
	}

	c.rpc = rpc.NewServer()
	c.rpc.SetBatchLimits(nodeConf.BatchRequestLimit, nodeConf.BatchResponseMaxSize)
	c.rpc.SetHTTPBodyLimit(nodeConf.HTTPBodyLimit)
	apis := append(backend.APIs(),
		rpc.API{Namespace: "eth", Service: filters.NewFilterAPI(filters.NewFilterSystem(backend.APIBackend, filters.Config{}))},
		rpc.API{Namespace: "web3", Service: &web3API{version: stack.Server().Name}})
	if err := node.RegisterApis(apis, Modules, c.rpc); err != nil {
		return fmt.Errorf("devchain: %w", err)
	}
	if err := stack.Start(); err != nil {
		return fmt.Errorf("devchain: %w", err)
	}
	if c.beacon, err = catalyst.NewSimulatedBeacon(0, common.Address{}, backend); err != nil {
		return fmt.Errorf("devchain: %w", err)
	}
	return c.beacon.Fork(backend.BlockChain().GetCanonicalHash(0))
}

// ready mines the first block and waits for the transaction indexer to
// index it: at genesis the indexer has not run, and until it has, a receipt
// query of a transaction it does not know fails instead of returning null.
// The simulated beacon logs a failed seal and goes on, so the first block
// is sealed again until the chain has one: on a loaded machine the first
// try can fail (its transaction pool has not finished its first reset).
func (c *Chain) ready(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, readyTimeout)
	defer cancel()
	chain := c.eth.BlockChain()
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	var lastCommit time.Time
	for {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("%w: block %d: %w", ErrNotReady, chain.CurrentBlock().Number, err)
		}
		if chain.CurrentBlock().Number.Sign() == 0 && time.Since(lastCommit) >= time.Second {
			c.beacon.Commit()
			lastCommit = time.Now()
		}
		if chain.CurrentBlock().Number.Sign() > 0 && chain.TxIndexDone() {
			return nil
		}
		select {
		case <-ctx.Done():
		case <-tick.C:
		}
	}
}

// readyTimeout bounds how long Start waits for the first block to be
// sealed and indexed.
var readyTimeout = 2 * time.Minute

// serve serves JSON-RPC on ln: WebSocket upgrades go to the WebSocket
// handler, everything else to HTTP, as a geth node does on a shared port.
func (c *Chain) serve(ln net.Listener) error {
	httpH := node.NewHTTPHandlerStack(c.rpc, []string{"*"}, []string{"*"}, nil, false)
	wsH := node.NewWSHandlerStack(c.rpc.WebsocketHandler([]string{"*"}), nil)
	t := rpc.DefaultHTTPTimeouts
	c.http = &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if isWebsocket(r) {
				wsH.ServeHTTP(w, r)
				return
			}
			httpH.ServeHTTP(w, r)
		}),
		ReadTimeout: t.ReadTimeout, ReadHeaderTimeout: t.ReadHeaderTimeout, WriteTimeout: t.WriteTimeout, IdleTimeout: t.IdleTimeout,
	}
	go func() { c.served <- c.http.Serve(ln) }()
	return nil
}

func isWebsocket(r *http.Request) bool {
	return strings.EqualFold(r.Header.Get("Upgrade"), "websocket") &&
		strings.Contains(strings.ToLower(r.Header.Get("Connection")), "upgrade")
}

// mine seals a block every blockTime, with whatever the pool holds.
func (c *Chain) mine(ctx context.Context, blockTime time.Duration) {
	defer c.mining.Done()
	t := time.NewTicker(blockTime)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			c.beacon.Commit()
		}
	}
}

// Addr is the address JSON-RPC is served on.
func (c *Chain) Addr() string { return c.addr }

// URL is the HTTP JSON-RPC endpoint.
func (c *Chain) URL() string { return "http://" + c.addr }

// WSURL is the WebSocket JSON-RPC endpoint (the same port).
func (c *Chain) WSURL() string { return "ws://" + c.addr }

// Stop stops serving (closing WebSocket subscriptions), then mining, then
// the chain.
func (c *Chain) Stop(ctx context.Context) error {
	var err error
	if c.http != nil {
		err = c.http.Shutdown(ctx)
		if serr := <-c.served; !errors.Is(serr, http.ErrServerClosed) {
			err = errors.Join(err, serr)
		}
	}
	return errors.Join(err, c.close())
}

// close releases what build and Start made, in reverse order.
func (c *Chain) close() error {
	if c.rpc != nil {
		c.rpc.Stop()
	}
	if c.stopMining != nil {
		c.stopMining()
		c.mining.Wait()
	}
	var err error
	if c.beacon != nil {
		err = c.beacon.Stop()
	}
	if c.stack != nil {
		err = errors.Join(err, c.stack.Close())
	}
	return err
}

// web3API is the web3 namespace a geth node serves.
type web3API struct{ version string }

// ClientVersion returns the node's name.
func (s *web3API) ClientVersion() string { return s.version }

// Sha3 returns the Keccak-256 hash of input.
func (s *web3API) Sha3(input hexutil.Bytes) hexutil.Bytes { return crypto.Keccak256(input) }
