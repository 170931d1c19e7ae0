package devchain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// emitter's init code deploys a contract whose every call logs nothing but
// itself (PUSH1 0 PUSH1 0 LOG0 STOP).
var emitter = common.FromHex("0x6560006000a0006000526006601af3")

type user struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newUsers(t *testing.T, n int) ([]user, types.GenesisAlloc) {
	t.Helper()
	alloc := types.GenesisAlloc{}
	users := make([]user, n)
	for i := range users {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i + 1)}))
		if err != nil {
			t.Fatal(err)
		}
		users[i] = user{k, crypto.PubkeyToAddress(k.PublicKey)}
		alloc[users[i].addr] = types.Account{Balance: big.NewInt(params.Ether)}
	}
	return users, alloc
}

// start runs a chain until the test ends. A block time of an hour leaves
// mining to the test (c.beacon.Commit).
func start(t *testing.T, blockTime time.Duration, gasLimit uint64, alloc types.GenesisAlloc) (*Chain, *ethclient.Client) {
	t.Helper()
	c, err := Start(context.Background(), Config{Addr: "127.0.0.1:0", BlockTime: blockTime, GasLimit: gasLimit, Alloc: alloc})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := c.Stop(context.Background()); err != nil {
			t.Error(err)
		}
	})
	client, err := ethclient.Dial(c.URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	return c, client
}

func TestConfigCheck(t *testing.T) {
	good := Config{Addr: "127.0.0.1:0", BlockTime: time.Second, GasLimit: 30_000_000}
	if err := good.Check(); err != nil {
		t.Fatal(err)
	}
	for name, mutate := range map[string]func(*Config){
		"no port":        func(c *Config) { c.Addr = "127.0.0.1" },
		"zero block":     func(c *Config) { c.BlockTime = 0 },
		"negative block": func(c *Config) { c.BlockTime = -time.Second },
		"tiny gas limit": func(c *Config) { c.GasLimit = 1000 },
	} {
		c := good
		mutate(&c)
		if err := c.Check(); err == nil {
			t.Errorf("%s: Check accepted %+v", name, c)
		}
	}
}

func TestStartRefusesTakenAddress(t *testing.T) {
	c, _ := start(t, time.Hour, 30_000_000, nil)
	if _, err := Start(context.Background(), Config{Addr: c.Addr(), BlockTime: time.Second, GasLimit: 30_000_000}); err == nil ||
		!strings.Contains(err.Error(), "cannot listen") {
		t.Fatalf("a second chain on %s: %v", c.Addr(), err)
	}
}

// suggestions are the node's fee answers, as wallets and Foundry read them.
type suggestions struct {
	gasPrice, tip, baseFee *big.Int
	historyTip             *big.Int // eth_feeHistory's 20th-percentile reward of the last block
}

func suggest(t *testing.T, client *ethclient.Client) suggestions {
	t.Helper()
	ctx := context.Background()
	var s suggestions
	var err error
	if s.gasPrice, err = client.SuggestGasPrice(ctx); err != nil {
		t.Fatal(err)
	}
	if s.tip, err = client.SuggestGasTipCap(ctx); err != nil {
		t.Fatal(err)
	}
	h, err := client.FeeHistory(ctx, 1, nil, []float64{20})
	if err != nil {
		t.Fatal(err)
	}
	s.historyTip = h.Reward[0][0]
	s.baseFee = h.BaseFee[len(h.BaseFee)-1] // the next block's
	return s
}

// TestTransactionsAtSuggestedFeesAreMinedInTheNextBlock prices transactions
// the ways wallets and Foundry do from the node's own answers: legacy at
// eth_gasPrice; EIP-1559 with eth_maxPriorityFeePerGas (ethers, viem) and
// with eth_feeHistory's reward (cast, forge: zero while the chain is idle,
// at least 1 wei), each capped at twice the base fee plus the tip. All are
// mined in the next block, on an idle chain and after a block more than
// half full has raised the base fee.
func TestTransactionsAtSuggestedFeesAreMinedInTheNextBlock(t *testing.T) {
	users, alloc := newUsers(t, 12)
	// A small gas limit lets a few transfers fill a block past its target.
	c, client := start(t, time.Hour, 200_000, alloc)
	ctx := context.Background()
	signer := types.LatestSignerForChainID(big.NewInt(ChainID))
	to := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	send := func(u user, txdata types.TxData) *types.Transaction {
		t.Helper()
		tx := types.MustSignNewTx(u.key, signer, txdata)
		if err := client.SendTransaction(ctx, tx); err != nil {
			t.Fatalf("sending %T: %v", txdata, err)
		}
		return tx
	}
	priced := func(s suggestions, u []user) []*types.Transaction {
		t.Helper()
		nonce := func(u user) uint64 {
			n, err := client.PendingNonceAt(ctx, u.addr)
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
		feeCap := func(tip *big.Int) *big.Int { return new(big.Int).Add(new(big.Int).Mul(s.baseFee, big.NewInt(2)), tip) }
		one := big.NewInt(1)
		return []*types.Transaction{
			send(u[0], &types.LegacyTx{Nonce: nonce(u[0]), GasPrice: s.gasPrice, Gas: 21000, To: &to, Value: one}),
			send(u[1], &types.DynamicFeeTx{ChainID: big.NewInt(ChainID), Nonce: nonce(u[1]), GasTipCap: s.tip,
				GasFeeCap: feeCap(s.tip), Gas: 21000, To: &to, Value: one}),
			send(u[2], &types.DynamicFeeTx{ChainID: big.NewInt(ChainID), Nonce: nonce(u[2]), GasTipCap: s.historyTip,
				GasFeeCap: feeCap(s.historyTip), Gas: 21000, To: &to, Value: one}),
			send(u[3], &types.DynamicFeeTx{ChainID: big.NewInt(ChainID), Nonce: nonce(u[3]), GasTipCap: big.NewInt(1),
				GasFeeCap: feeCap(big.NewInt(1)), Gas: 21000, To: &to, Value: one}),
		}
	}
	minedNext := func(what string, txs []*types.Transaction) {
		t.Helper()
		head, err := client.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		c.beacon.Commit()
		for i, tx := range txs {
			rc, err := client.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				t.Fatalf("%s: transaction %d (type %d, tip %s, fee cap %s): no receipt after the next block: %v",
					what, i, tx.Type(), tx.GasTipCap(), tx.GasFeeCap(), err)
			}
			if rc.BlockNumber.Uint64() != head+1 || rc.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("%s: transaction %d mined in block %d (status %d), want %d", what, i, rc.BlockNumber, rc.Status, head+1)
			}
		}
	}

	idle := suggest(t, client)
	if idle.tip.Cmp(SuggestedTip) != 0 || idle.historyTip.Sign() != 0 {
		t.Fatalf("idle chain: tip %s, fee-history reward %s; want %s and 0", idle.tip, idle.historyTip, SuggestedTip)
	}
	minedNext("idle chain", priced(idle, users[:4]))

	// Eight transfers use 168,000 of the 200,000 gas: the base fee rises.
	var fill []*types.Transaction
	for _, u := range users[4:] {
		fill = append(fill, send(u, &types.DynamicFeeTx{ChainID: big.NewInt(ChainID), GasTipCap: big.NewInt(1),
			GasFeeCap: big.NewInt(params.GWei * 10), Gas: 21000, To: &to}))
	}
	minedNext("full block", fill)
	busy := suggest(t, client)
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if busy.baseFee.Cmp(head.BaseFee) <= 0 {
		t.Fatalf("the base fee did not rise after a full block: %s then %s", head.BaseFee, busy.baseFee)
	}
	minedNext("after a full block", priced(busy, users[:4]))
}

// TestReceiptsFromTheStart: from the moment the chain serves, a receipt query
// answers null for a transaction not (yet) mined, and the receipt as soon as
// its block is.
func TestReceiptsFromTheStart(t *testing.T) {
	users, alloc := newUsers(t, 1)
	c, client := start(t, time.Hour, 30_000_000, alloc)
	ctx := context.Background()
	raw, err := rpc.Dial(c.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var rc map[string]any
	if err := raw.Call(&rc, "eth_getTransactionReceipt", common.Hash{1}); err != nil || rc != nil {
		t.Fatalf("receipt of an unknown transaction on a fresh chain: %v, %v; want null", rc, err)
	}
	tip := big.NewInt(params.GWei)
	tx := types.MustSignNewTx(users[0].key, types.LatestSignerForChainID(big.NewInt(ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(ChainID), GasTipCap: tip, GasFeeCap: big.NewInt(10 * params.GWei), Gas: 21000, To: &common.Address{}})
	if err := client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if err := raw.Call(&rc, "eth_getTransactionReceipt", tx.Hash()); err != nil || rc != nil {
		t.Fatalf("receipt of a pending transaction: %v, %v; want null", rc, err)
	}
	c.beacon.Commit()
	if r, err := client.TransactionReceipt(ctx, tx.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("receipt right after the block: %v, %v", r, err)
	}
}

// TestWebSocket subscribes to new heads and to a contract's logs over
// WebSocket, on the HTTP port, while the chain mines on its timer.
func TestWebSocket(t *testing.T) {
	users, alloc := newUsers(t, 1)
	c, client := start(t, 50*time.Millisecond, 30_000_000, alloc)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute) // a guard, not a measure
	defer cancel()
	ws, err := ethclient.DialContext(ctx, c.WSURL())
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	var version string
	if err := ws.Client().CallContext(ctx, &version, "web3_clientVersion"); err != nil || version == "" {
		t.Fatalf("web3_clientVersion over WebSocket: %q, %v", version, err)
	}

	heads := make(chan *types.Header, 16)
	hsub, err := ws.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatal(err)
	}
	defer hsub.Unsubscribe()
	select {
	case h := <-heads:
		t.Logf("newHeads: block %d", h.Number)
	case err := <-hsub.Err():
		t.Fatal(err)
	case <-ctx.Done():
		t.Fatal("no new head over WebSocket")
	}

	signer := types.LatestSignerForChainID(big.NewInt(ChainID))
	fees := func(nonce uint64, to *common.Address, data []byte) *types.Transaction {
		return types.MustSignNewTx(users[0].key, signer, &types.DynamicFeeTx{ChainID: big.NewInt(ChainID), Nonce: nonce,
			GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(10 * params.GWei), Gas: 100_000, To: to, Data: data})
	}
	deploy := fees(0, nil, emitter)
	addr := crypto.CreateAddress(users[0].addr, 0)
	logs := make(chan types.Log, 4)
	lsub, err := ws.SubscribeFilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{addr}}, logs)
	if err != nil {
		t.Fatal(err)
	}
	defer lsub.Unsubscribe()
	call := fees(1, &addr, nil)
	for _, tx := range []*types.Transaction{deploy, call} {
		if err := client.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
	}
	select {
	case l := <-logs:
		if l.TxHash != call.Hash() || l.Address != addr {
			t.Fatalf("log %+v, want one of %s from %s", l, call.Hash(), addr)
		}
		rc, err := client.TransactionReceipt(ctx, l.TxHash)
		if err != nil || rc.BlockNumber.Uint64() != l.BlockNumber {
			t.Fatalf("receipt of the logged transaction: %v, %v", rc, err)
		}
	case err := <-lsub.Err():
		t.Fatal(err)
	case <-ctx.Done():
		t.Fatal("no log over WebSocket")
	}
}

// TestServesOnlyItsModules: eth, net and web3 are served; admin, debug,
// miner and txpool are not.
func TestServesOnlyItsModules(t *testing.T) {
	c, _ := start(t, time.Hour, 30_000_000, nil)
	raw, err := rpc.Dial(c.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var id hexutil.Uint64
	if err := raw.Call(&id, "eth_chainId"); err != nil || id != ChainID {
		t.Fatalf("eth_chainId: %d, %v", id, err)
	}
	var netVersion string
	if err := raw.Call(&netVersion, "net_version"); err != nil || netVersion != "1337" {
		t.Fatalf("net_version: %q, %v", netVersion, err)
	}
	for _, m := range []string{"admin_nodeInfo", "debug_getRawHeader", "miner_setGasPrice", "txpool_content"} {
		var res any
		if err := raw.Call(&res, m); err == nil || !strings.Contains(err.Error(), "does not exist") {
			t.Errorf("%s: %v, want method not found", m, err)
		}
	}
}

// TestGasIsMainnets: a call that writes a fresh storage slot costs what it
// costs on mainnet (21,000 + 2 PUSH1 + a cold SSTORE from zero, 22,100),
// not what go-ethereum's forks in development would charge.
func TestGasIsMainnets(t *testing.T) {
	users, alloc := newUsers(t, 1)
	c, client := start(t, time.Hour, 30_000_000, alloc)
	ctx := context.Background()
	// The runtime is PUSH1 1 PUSH1 0 SSTORE STOP, deployed by init code
	// that returns it.
	store := common.FromHex("0x6460016000556000526005601bf3")
	signer := types.LatestSignerForChainID(big.NewInt(ChainID))
	addr := crypto.CreateAddress(users[0].addr, 0)
	var txs []*types.Transaction
	for i, tx := range []*types.DynamicFeeTx{
		{Nonce: 0, Data: store},
		{Nonce: 1, To: &addr},
	} {
		tx.ChainID, tx.GasTipCap, tx.GasFeeCap, tx.Gas = big.NewInt(ChainID), big.NewInt(1), big.NewInt(10*params.GWei), 200_000
		txs = append(txs, types.MustSignNewTx(users[0].key, signer, tx))
		if err := client.SendTransaction(ctx, txs[i]); err != nil {
			t.Fatal(err)
		}
	}
	c.beacon.Commit()
	rc, err := client.TransactionReceipt(ctx, txs[1].Hash())
	if err != nil {
		t.Fatal(err)
	}
	if want := uint64(21_000 + 3 + 3 + 22_100); rc.Status != types.ReceiptStatusSuccessful || rc.GasUsed != want {
		t.Fatalf("the call used %d gas (status %d), want %d", rc.GasUsed, rc.Status, want)
	}
}

// TestStartCancelledReleasesEverything: a Start that fails after the node
// was built returns its error (no panic) and frees the port and the node.
func TestStartCancelledReleasesEverything(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	c, err := Start(ctx, Config{Addr: addr, BlockTime: time.Hour, GasLimit: 30_000_000})
	if !errors.Is(err, ErrNotReady) || !errors.Is(err, context.Canceled) || c != nil {
		t.Fatalf("Start with a cancelled context: %v, %v; want ErrNotReady, context.Canceled and no chain", c, err)
	}
	ln, err = net.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("the port is still held after a failed Start: %v", err)
	}
	ln.Close()
}
