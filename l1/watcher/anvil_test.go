package watcher

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/internal/anviltest"
	"github.com/nexus-rollup/nexus/kv/memorydb"
	"github.com/nexus-rollup/nexus/l1/deploy"
	"github.com/nexus-rollup/nexus/rollup/keys"
)

// TestAnvilReorgsAroundADeposit runs RELIABILITY.md D.3 on anvil with
// confirmation depth k = 3: a deposit is mined and buried under d-1 more
// blocks, then anvil_reorg replaces the last d blocks (the deposit's
// included) and another deposit follows. For d = 1, k-1 and k the deposit
// was never confirmed, so nothing reached the store and the watcher ends up
// with exactly L1's canonical queue. For d = k+1 it had been confirmed and
// stored: the watcher stops with ErrDeepReorg rather than sequence on a
// history L1 no longer has.
func TestAnvilReorgsAroundADeposit(t *testing.T) {
	if testing.Short() {
		t.Skip("starts anvil")
	}
	const k = 3
	for _, d := range []int{1, k - 1, k, k + 1} {
		t.Run(fmt.Sprintf("depth %d", d), func(t *testing.T) {
			url := anviltest.Start(t)
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			client, err := ethclient.DialContext(ctx, url)
			if err != nil {
				t.Fatal(err)
			}
			defer client.Close()
			key, _ := crypto.HexToECDSA(anviltest.Key0)
			auth, _ := bind.NewKeyedTransactorWithChainID(key, big.NewInt(31337))
			dep, err := deploy.Deploy(ctx, client, auth, deploy.Params{})
			if err != nil {
				t.Fatal(err)
			}
			r, _ := bindings.NewNexusRollup(dep.NexusRollup, client)
			call := func(method string, args ...any) {
				t.Helper()
				if err := client.Client().CallContext(ctx, nil, method, args...); err != nil {
					t.Fatalf("%s: %v", method, err)
				}
			}
			mine := func(n int) {
				t.Helper()
				for range n {
					call("evm_mine")
				}
			}
			deposit := func(seed byte) {
				t.Helper()
				s := make([]byte, 32)
				s[0] = seed
				l2, _ := keys.FromSeed(s)
				o := *auth
				o.Context, o.Value = ctx, big.NewInt(int64(seed)*1e9)
				if _, err := r.DepositETH(&o, l2.Public().Wire()); err != nil {
					t.Fatal(err)
				}
			}
			call("evm_setAutomine", false)
			w, err := New(client, memorydb.New(), Config{Rollup: dep.NexusRollup, StartBlock: dep.Block, Confirmations: k}, nil)
			if err != nil {
				t.Fatal(err)
			}

			deposit(1)
			mine(d) // the deposit's block and d-1 on top
			stored, err := w.Poll(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if want := 0; d > k {
				want = 1
				if stored != want {
					t.Fatalf("a deposit under %d blocks (k = %d): stored %d ops, want %d", d-1, k, stored, want)
				}
			} else if stored != want {
				t.Fatalf("an unconfirmed deposit was stored (%d ops)", stored)
			}
			call("anvil_reorg", d, []any{})
			deposit(2)
			mine(k + 2)
			_, err = w.Poll(ctx)
			if d > k {
				if !errors.Is(err, ErrDeepReorg) {
					t.Fatalf("a reorg of a confirmed deposit: want ErrDeepReorg, got %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			count, chain, _ := w.Next()
			total, _ := r.PriorityOpsTotal(&bind.CallOpts{Context: ctx})
			onChain, _ := r.PriorityHash(&bind.CallOpts{Context: ctx}, new(big.Int).SetUint64(count))
			if count == 0 || count != total || chain != onChain {
				t.Fatalf("stored %d ops (chain %x), L1 has %d (chain %x)", count, chain, total, onChain)
			}
			t.Logf("reorg depth %d: watcher holds L1's %d canonical ops", d, count)
		})
	}
}
