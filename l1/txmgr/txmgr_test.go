package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/nexus-rollup/nexus/kv/memorydb"
)

type env struct {
	sim  *simulated.Backend
	key  *ecdsa.PrivateKey
	from common.Address
	stop func()
}

// newEnv starts a simulated chain mined every few milliseconds.
func newEnv(t *testing.T) *env {
	t.Helper()
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))}})
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-ctx.Done():
				return
			case <-time.After(5 * time.Millisecond):
				sim.Commit()
			}
		}
	}()
	e := &env{sim: sim, key: key, from: from, stop: func() { cancel(); wg.Wait() }}
	t.Cleanup(func() { e.stop(); sim.Close() })
	return e
}

func testConfig() Config {
	c := DefaultConfig()
	c.PollInterval = 5 * time.Millisecond
	c.ResubmitAfter = 2 * time.Second
	c.Confirmations = 3
	return c
}

func (e *env) manager(t *testing.T, db *memorydb.Store, cfg Config) *Manager {
	t.Helper()
	m, err := New(context.Background(), e.sim.Client(), db, e.key, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

var to = common.HexToAddress("0x00000000000000000000000000000000000000aa")

func transfer(id string, wei int64) Candidate {
	return Candidate{ID: id, To: &to, Value: big.NewInt(wei)}
}

func TestSendConfirms(t *testing.T) {
	e := newEnv(t)
	db := memorydb.New()
	m := e.manager(t, db, testConfig())
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	rc, err := m.Send(ctx, transfer("a", 7))
	if err != nil {
		t.Fatal(err)
	}
	head, _ := e.sim.Client().HeaderByNumber(ctx, nil)
	if depth := head.Number.Uint64() - rc.BlockNumber.Uint64() + 1; depth < 3 {
		t.Fatalf("returned at depth %d, want >= 3", depth)
	}
	bal, _ := e.sim.Client().BalanceAt(ctx, to, nil)
	if bal.Int64() != 7 {
		t.Fatalf("recipient has %v", bal)
	}
	if ids, _ := m.Pending(); len(ids) != 0 {
		t.Fatalf("still pending: %v", ids)
	}
	// Concurrent sends get distinct nonces.
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			_, err := m.Send(ctx, transfer(string(rune('b'+i)), 1))
			errs <- err
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if bal, _ := e.sim.Client().BalanceAt(ctx, to, nil); bal.Int64() != 11 {
		t.Fatalf("recipient has %v after concurrent sends, want 11", bal)
	}
}

func TestFeeCap(t *testing.T) {
	e := newEnv(t)
	cfg := testConfig()
	cfg.MaxFeePerGas = big.NewInt(1)
	m := e.manager(t, memorydb.New(), cfg)
	_, err := m.Send(context.Background(), transfer("capped", 1))
	if !errors.Is(err, ErrFeeCap) {
		t.Fatalf("want ErrFeeCap, got %v", err)
	}
}

// TestFailedCandidateLeavesNoNonceGap: a candidate that cannot even be
// estimated (here: more value than the key holds; for the aggregator, a
// batch L1 would refuse) sends nothing, and the next candidate still lands.
func TestFailedCandidateLeavesNoNonceGap(t *testing.T) {
	e := newEnv(t)
	m := e.manager(t, memorydb.New(), testConfig())
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := m.Send(ctx, transfer("first", 1)); err != nil {
		t.Fatal(err)
	}
	tooMuch := transfer("too much", 0)
	tooMuch.Value = new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))
	if _, err := m.Send(ctx, tooMuch); err == nil {
		t.Fatal("a transfer of more than the balance was sent")
	}
	if _, err := m.Send(ctx, transfer("after", 1)); err != nil {
		t.Fatalf("the candidate after a failed one: %v", err)
	}
	if ids, _ := m.Pending(); len(ids) != 0 {
		t.Fatalf("still pending: %v", ids)
	}
}

// TestResumeAfterCrash persists a signed attempt without broadcasting it
// (the process died between the two), then a new manager resumes it: the
// same transaction lands, once.
func TestResumeAfterCrash(t *testing.T) {
	e := newEnv(t)
	db := memorydb.New()
	m := e.manager(t, db, testConfig())
	ctx := context.Background()
	c := transfer("crash", 5)
	nonce, _ := m.nextNonce(ctx)
	tx, err := m.sign(ctx, c, nonce, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.addAttempt(&record{ID: c.ID, Nonce: nonce}, nil, tx); err != nil {
		t.Fatal(err)
	}
	// "Restart".
	m2 := e.manager(t, db, testConfig())
	ids, _ := m2.Pending()
	if len(ids) != 1 || ids[0] != "crash" {
		t.Fatalf("pending after restart: %v", ids)
	}
	rc, err := m2.Send(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	if rc.TxHash != tx.Hash() {
		t.Fatal("resumed with a new transaction instead of the persisted one")
	}
	if bal, _ := e.sim.Client().BalanceAt(ctx, to, nil); bal.Int64() != 5 {
		t.Fatalf("recipient has %v, want 5 (exactly once)", bal)
	}
}

// TestNonceTakenByAnotherTransaction: an external transaction of the same
// key takes the nonce the manager cached; the manager re-signs.
func TestNonceTakenByAnotherTransaction(t *testing.T) {
	e := newEnv(t)
	m := e.manager(t, memorydb.New(), testConfig())
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := m.Send(ctx, transfer("first", 1)); err != nil {
		t.Fatal(err)
	}
	// External transaction with the next nonce, mined before our next send.
	n, _ := e.sim.Client().PendingNonceAt(ctx, e.from)
	head, _ := e.sim.Client().HeaderByNumber(ctx, nil)
	ext := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1337), Nonce: n, GasTipCap: big.NewInt(1e9),
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(1e9)), Gas: 21000,
		To: &to, Value: big.NewInt(100)})
	ext, _ = types.SignTx(ext, types.LatestSignerForChainID(big.NewInt(1337)), e.key)
	if err := e.sim.Client().SendTransaction(ctx, ext); err != nil {
		t.Fatal(err)
	}
	time.Sleep(50 * time.Millisecond)
	if _, err := m.Send(ctx, transfer("second", 2)); err != nil {
		t.Fatal(err)
	}
	if bal, _ := e.sim.Client().BalanceAt(ctx, to, nil); bal.Int64() != 103 {
		t.Fatalf("recipient has %v, want 103", bal)
	}
}

func TestFeeBump(t *testing.T) {
	e := newEnv(t)
	m := e.manager(t, memorydb.New(), testConfig())
	ctx := context.Background()
	tx, err := m.sign(ctx, transfer("x", 1), 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	tip, feeCap, err := m.fees(ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	min := func(v *big.Int) *big.Int {
		return new(big.Int).Div(new(big.Int).Mul(v, big.NewInt(115)), big.NewInt(100))
	}
	if tip.Cmp(min(tx.GasTipCap())) < 0 || feeCap.Cmp(min(tx.GasFeeCap())) < 0 {
		t.Fatalf("bump too small: tip %v -> %v, cap %v -> %v", tx.GasTipCap(), tip, tx.GasFeeCap(), feeCap)
	}
	// A bump past the cap stops with a clear error.
	m.cfg.MaxFeePerGas = new(big.Int).Add(tx.GasFeeCap(), big.NewInt(1))
	if _, _, err := m.fees(ctx, tx); !errors.Is(err, ErrFeeCap) {
		t.Fatalf("bump past the cap: %v", err)
	}
}

func TestConfigErrors(t *testing.T) {
	e := newEnv(t)
	for name, mod := range map[string]func(*Config){
		"no cap":     func(c *Config) { c.MaxFeePerGas = nil },
		"small bump": func(c *Config) { c.BumpPercent = 5 },
		"no poll":    func(c *Config) { c.PollInterval = 0 },
	} {
		cfg := testConfig()
		mod(&cfg)
		if _, err := New(context.Background(), e.sim.Client(), memorydb.New(), e.key, cfg, nil); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	m := e.manager(t, memorydb.New(), testConfig())
	if _, err := m.Send(context.Background(), Candidate{}); err == nil {
		t.Error("candidate without ID accepted")
	}
}
