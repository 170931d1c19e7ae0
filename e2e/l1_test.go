//go:build e2e

package e2e

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/nexus-rollup/nexus/internal/anviltest"
)

// Anvil's first two well-known development accounts; the simulated chain
// funds the same ones, so both L1s see the same senders.
const (
	devKey0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
	devKey1 = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
)

func devKey(t testing.TB, hex string) (*ecdsa.PrivateKey, common.Address) {
	t.Helper()
	k, err := crypto.HexToECDSA(hex)
	if err != nil {
		t.Fatal(err)
	}
	return k, crypto.PubkeyToAddress(k.PublicKey)
}

// l1Client is what the tests need from an L1: contract calls and
// transactions, and the transaction manager's and watcher's methods.
type l1Client interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.ChainIDReader
	ethereum.ChainReader
	ethereum.TransactionReader
	ethereum.ChainStateReader
	ethereum.GasEstimator
	ethereum.GasPricer1559
	ethereum.PendingStateReader
}

type chain struct {
	name   string
	client l1Client
}

// simulatedL1 is go-ethereum's simulated chain, mined every second. Each
// block's timestamp is max(now, parent + 1): mined faster, the chain's clock
// would run ahead of the wall clock, and batch timestamps (which L1 requires
// to lie between the last batch's and block.timestamp) with it.
func simulatedL1(t *testing.T, funded ...common.Address) *chain {
	t.Helper()
	alloc := types.GenesisAlloc{}
	for _, a := range funded {
		alloc[a] = types.Account{Balance: new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))}
	}
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(30_000_000))
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				sim.Commit()
			}
		}
	}()
	t.Cleanup(func() { cancel(); wg.Wait(); sim.Close() })
	return &chain{name: "simulated", client: sim.Client()}
}

// anvilL1 starts anvil (node_modules/.bin, from make setup) on a free port.
func anvilL1(t *testing.T) *chain {
	t.Helper()
	c, err := ethclient.Dial(anviltest.Start(t, "--gas-limit", "30000000"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return &chain{name: "anvil", client: c}
}

func (c *chain) opts(t *testing.T, key *ecdsa.PrivateKey) *bind.TransactOpts {
	t.Helper()
	id, err := c.client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	o, err := bind.NewKeyedTransactorWithChainID(key, id)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

// mined waits for tx and fails the test unless it succeeded.
func (c *chain) mined(t *testing.T, what string, tx *types.Transaction, err error) *types.Receipt {
	t.Helper()
	if err != nil {
		t.Fatalf("%s on %s: %v", what, c.name, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	rc, err := bind.WaitMined(ctx, c.client, tx)
	if err != nil {
		t.Fatalf("%s on %s: %v", what, c.name, err)
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("%s on %s: transaction reverted", what, c.name)
	}
	return rc
}
