package watcher

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/kv/memorydb"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/keys"
)

type env struct {
	t       *testing.T
	sim     *simulated.Backend
	auth    *bind.TransactOpts
	rollup  *bindings.NexusRollup
	models  *bindings.ModelRegistry
	address common.Address
	start   uint64
}

func newEnv(t *testing.T) *env {
	t.Helper()
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}})
	t.Cleanup(func() { sim.Close() })
	auth, _ := bind.NewKeyedTransactorWithChainID(key, big.NewInt(1337))
	// The watcher only needs deposits, which touch neither the verifier nor
	// the registries: the verifier that accepts no proof, and any non-zero
	// addresses for the registries, satisfy the constructor.
	verifier, _, _, err := bindings.DeployPendingVerifier(auth, sim.Client())
	if err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	stub := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	// A real model registry, for requestInference's model fee.
	modelsAddr, _, models, err := bindings.DeployModelRegistry(auth, sim.Client(), from)
	if err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	// eth_estimateGas comes out ~1.5% short for this constructor on the
	// simulated backend; give the deployment room.
	auth.GasLimit = 12_000_000
	addr, tx, r, err := bindings.DeployNexusRollup(auth, sim.Client(), from, verifier, stub, modelsAddr, big.NewInt(1), 3600, 24, 4, 12)
	if err != nil {
		t.Fatal(err)
	}
	auth.GasLimit = 0
	sim.Commit()
	if rc, err := sim.Client().TransactionReceipt(context.Background(), tx.Hash()); err != nil || rc.Status != 1 {
		t.Fatalf("NexusRollup deployment failed: %v", err)
	}
	if _, err := models.SetRollup(auth, addr); err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	head, _ := sim.Client().HeaderByNumber(context.Background(), nil)
	return &env{t: t, sim: sim, auth: auth, rollup: r, models: models, address: addr, start: head.Number.Uint64()}
}

func (e *env) deposit(seed byte, wei int64) {
	e.t.Helper()
	s := make([]byte, 32)
	s[0] = seed
	k, _ := keys.FromSeed(s)
	opts := *e.auth
	opts.Value = big.NewInt(wei)
	if _, err := e.rollup.DepositETH(&opts, k.Public().Wire()); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) mine(n int) {
	for i := 0; i < n; i++ {
		e.sim.Commit()
	}
}

func (e *env) watcher(db *memorydb.Store, conf uint64) *Watcher {
	e.t.Helper()
	w, err := New(e.sim.Client(), db, Config{Rollup: e.address, StartBlock: e.start, Confirmations: conf, MaxRange: 3}, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return w
}

func poll(t *testing.T, w *Watcher) int {
	t.Helper()
	n, err := w.Poll(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestConfirmedOpsOnlyAndChained(t *testing.T) {
	e := newEnv(t)
	db := memorydb.New()
	w := e.watcher(db, 1)
	e.deposit(1, 100)
	e.mine(1)
	e.deposit(2, 200)
	e.deposit(3, 300)
	e.mine(1)
	if n := poll(t, w); n != 1 {
		t.Fatalf("with 1 confirmation only the first deposit is final; got %d ops", n)
	}
	e.mine(2)
	if n := poll(t, w); n != 2 {
		t.Fatalf("got %d more ops, want 2", n)
	}
	count, chain, _ := w.Next()
	onChain, err := e.rollup.PriorityHash(nil, big.NewInt(int64(count)))
	if err != nil {
		t.Fatal(err)
	}
	if count != 3 || chain != onChain {
		t.Fatalf("stored %d ops with chain %x; contract has %x", count, chain, onChain)
	}
	p, err := w.Op(3)
	if err != nil {
		t.Fatal(err)
	}
	op, err := p.Op()
	if err != nil {
		t.Fatal(err)
	}
	if d, ok := op.(*rollup.Deposit); !ok || d.Amount.Int64() != 300 {
		t.Fatalf("op 3 = %+v", op)
	}
	// A restarted watcher on the same store neither loses nor repeats ops.
	e.mine(3)
	if n := poll(t, e.watcher(db, 1)); n != 0 {
		t.Fatalf("restart found %d ops again", n)
	}
}

// TestL1JobCarriesItsInput: an L1Job op is stored with the input its
// InferenceRequested event published, whatever else shares the block.
func TestL1JobCarriesItsInput(t *testing.T) {
	e := newEnv(t)
	db := memorydb.New()
	w := e.watcher(db, 1)
	owner, _ := keys.FromSeed(make([]byte, 32))
	if _, err := e.models.RegisterModel(e.auth, [32]byte{31: 7}, 1000, owner.Public().Wire(), "test"); err != nil {
		t.Fatal(err)
	}
	e.mine(1)
	head, _ := e.sim.Client().HeaderByNumber(context.Background(), nil)
	deadline := uint32(head.Time + 3600)
	inputs := [][]byte{{1, 2, 3}, {}, make([]byte, 784), make([]byte, MaxL1JobInput+1)}
	// Explicit nonces: the simulated chain's pending nonce can lag behind a
	// large transaction that waits for the next block.
	nonce, err := e.sim.Client().PendingNonceAt(context.Background(), e.auth.From)
	if err != nil {
		t.Fatal(err)
	}
	for i, in := range inputs {
		opts := *e.auth
		opts.Value, opts.Nonce = big.NewInt(1000*params.GWei), new(big.Int).SetUint64(nonce)
		if _, err := e.rollup.RequestInference(&opts, 1, big.NewInt(int64(i+1)), deadline, in); err != nil {
			t.Fatal(err)
		}
		depositor, _ := keys.FromSeed(append([]byte{byte(i + 1)}, make([]byte, 31)...))
		opts.Value, opts.Nonce = big.NewInt(100), new(big.Int).SetUint64(nonce+1)
		if _, err := e.rollup.DepositETH(&opts, depositor.Public().Wire()); err != nil {
			t.Fatal(err)
		}
		nonce += 2
		e.mine(1)
	}
	// The model registration, then a job and a deposit four times; the
	// simulated chain may take a block longer to include the large request.
	n := 0
	for tries := 0; n < 9 && tries < 5; tries++ {
		e.mine(1)
		n += poll(t, w)
	}
	if n != 9 {
		t.Fatalf("got %d ops, want 9", n)
	}
	for i := uint64(1); i <= 9; i++ {
		p, err := w.Op(i)
		if err != nil {
			t.Fatal(err)
		}
		op, _ := p.Op()
		j, isJob := op.(*rollup.L1Job)
		switch {
		case !isJob && p.Input != nil:
			t.Fatalf("op %d (%s) carries an input", i, op.Type())
		case isJob && len(inputs[j.JobID&^rollup.L1JobBit]) > MaxL1JobInput:
			if p.Input != nil {
				t.Fatalf("L1 job %#x carries a %d-byte input, over the %d-byte bound", j.JobID, len(p.Input), MaxL1JobInput)
			}
		case isJob && !bytes.Equal(p.Input, inputs[j.JobID&^rollup.L1JobBit]):
			t.Fatalf("L1 job %#x carries input %x, want %x", j.JobID, p.Input, inputs[j.JobID&^rollup.L1JobBit])
		}
	}
}

func TestShallowReorgNeverReachesTheStore(t *testing.T) {
	e := newEnv(t)
	db := memorydb.New()
	w := e.watcher(db, 3)
	parent, _ := e.sim.Client().HeaderByNumber(context.Background(), nil)
	e.deposit(1, 111)
	e.mine(1)
	if n := poll(t, w); n != 0 { // not yet confirmed: nothing stored
		t.Fatalf("stored %d unconfirmed ops", n)
	}
	// Reorg the deposit's block away and put another deposit in its place.
	if err := e.sim.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	e.deposit(2, 222)
	e.mine(5)
	poll(t, w)
	// The orphaned deposit went back to the pool and was mined again on the
	// new chain: the watcher must hold exactly L1's canonical queue.
	count, chain, _ := w.Next()
	total, _ := e.rollup.PriorityOpsTotal(nil)
	onChain, _ := e.rollup.PriorityHash(nil, new(big.Int).SetUint64(count))
	if count != total || chain != onChain {
		t.Fatalf("stored %d ops (chain %x), L1 has %d (chain %x)", count, chain, total, onChain)
	}
	if count != 2 {
		t.Fatalf("%d ops, want both deposits once", count)
	}
}

func TestDeepReorgStops(t *testing.T) {
	e := newEnv(t)
	db := memorydb.New()
	w := e.watcher(db, 1)
	parent, _ := e.sim.Client().HeaderByNumber(context.Background(), nil)
	e.deposit(1, 111)
	e.mine(3)
	if n := poll(t, w); n != 1 {
		t.Fatalf("got %d ops", n)
	}
	e.sim.Fork(parent.Hash())
	e.mine(6)
	if _, err := w.Poll(context.Background()); !errors.Is(err, ErrDeepReorg) {
		t.Fatalf("want ErrDeepReorg, got %v", err)
	}
}

func TestConfigErrors(t *testing.T) {
	if _, err := New(nil, memorydb.New(), Config{}, nil); err == nil {
		t.Fatal("missing rollup address accepted")
	}
}
