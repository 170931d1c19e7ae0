package sequencer

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/kv/leveldb"
	"github.com/nexus-rollup/nexus/l1/deploy"
	"github.com/nexus-rollup/nexus/l1/watcher"
	"github.com/nexus-rollup/nexus/prover/statement"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/state"
	"github.com/nexus-rollup/nexus/sequencer/mempool"
)

var testParams = state.Params{AccountDepth: 8, TokenDepth: 4, JobDepth: 8, ModelDepth: 4}

// l1 is a simulated L1 mined every few milliseconds, with the contracts deployed.
type l1 struct {
	sim    *simulated.Backend
	key    *ecdsa.PrivateKey
	auth   *bind.TransactOpts
	dep    *deploy.Deployment
	rollup *bindings.NexusRollup
	// idle stops the mining (the benchmarks, once set up: a real L1 does
	// not cost the sequencer's machine CPU).
	idle atomic.Bool
}

func newL1(t testing.TB) *l1 {
	t.Helper()
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}},
		simulated.WithBlockGasLimit(60_000_000))
	chain := &l1{sim: sim, key: key}
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
				if !chain.idle.Load() {
					sim.Commit()
				}
			}
		}
	}()
	t.Cleanup(func() { cancel(); wg.Wait(); sim.Close() })
	chain.auth, _ = bind.NewKeyedTransactorWithChainID(key, big.NewInt(1337))
	dep, err := deploy.Deploy(context.Background(), sim.Client(), chain.auth, deploy.Params{})
	if err != nil {
		t.Fatal(err)
	}
	chain.dep = dep
	chain.rollup, _ = bindings.NewNexusRollup(dep.NexusRollup, sim.Client())
	return chain
}

type node struct {
	seq    *Sequencer
	w      *watcher.Watcher
	db     *leveldb.Store
	server *Server
	client *rpc.Client
}

func startNode(t testing.TB, chain *l1, dir string) *node {
	t.Helper()
	return startNodeWith(t, chain, dir, nil)
}

// startNodeWith is startNode with the sequencer's config changed by set.
func startNodeWith(t testing.TB, chain *l1, dir string, set func(*Config)) *node {
	t.Helper()
	return startNodeParams(t, chain, dir, testParams, set)
}

// startNodeParams is startNodeWith at the state depths p.
func startNodeParams(t testing.TB, chain *l1, dir string, p state.Params, set func(*Config)) *node {
	t.Helper()
	db, err := leveldb.Open(filepath.Join(dir, "db"), leveldb.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st, _ := state.Open(db, p)
	ex, _ := rollup.NewExecutor(st, rollup.DefaultConfig())
	pool, err := mempool.Open(db, mempool.Config{})
	if err != nil {
		t.Fatal(err)
	}
	w, err := watcher.New(chain.sim.Client(), db, watcher.Config{Rollup: chain.dep.NexusRollup, StartBlock: chain.dep.Block,
		Confirmations: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{MaxChunks: 64, MaxOps: 8, Witness: true, BatchTimeout: time.Second, MinOps: 1}
	if set != nil {
		set(&cfg)
	}
	seq, err := New(db, ex, pool, w, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := NewServer("127.0.0.1:0", NewAPI(seq))
	if err != nil {
		t.Fatal(err)
	}
	srv.Start(context.Background())
	client, err := rpc.Dial("http://" + srv.Addr())
	if err != nil {
		t.Fatal(err)
	}
	n := &node{seq: seq, w: w, db: db, server: srv, client: client}
	t.Cleanup(n.close)
	return n
}

func (n *node) close() {
	n.client.Close()
	n.server.Stop(context.Background())
	n.db.Close()
}

func key(seed byte) *keys.PrivateKey {
	s := make([]byte, 32)
	s[0] = seed
	k, _ := keys.FromSeed(s)
	return k
}

// waitOps polls the watcher until L1 has confirmed n priority ops.
func waitOps(t testing.TB, w *watcher.Watcher, n uint64) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		if _, err := w.Poll(context.Background()); err != nil {
			t.Fatal(err)
		}
		if c, _, _ := w.Next(); c >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("L1 never confirmed %d priority ops", n)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestDepositTransferOverRPC runs L1 deposit -> watcher -> batch -> RPC
// account view -> signed transfer over RPC -> batch, then a restart.
// depositETH deposits 1 ETH on L1 for each key.
func depositETH(t testing.TB, chain *l1, ks ...*keys.PrivateKey) {
	t.Helper()
	for _, k := range ks {
		opts := *chain.auth
		opts.Value = big.NewInt(1e18)
		if _, err := chain.rollup.DepositETH(&opts, k.Public().Wire()); err != nil {
			t.Fatal(err)
		}
	}
}

// accountOf is k's L2 account id over nexus_accountOf.
func accountOf(t testing.TB, n *node, chain *l1, k *keys.PrivateKey) uint32 {
	t.Helper()
	var id uint32
	w := k.Public().Wire()
	if err := n.client.Call(&id, "nexus_accountOf", hexutil.Bytes(w[:]), chain.auth.From); err != nil {
		t.Fatal(err)
	}
	return id
}

func TestDepositTransferOverRPC(t *testing.T) {
	chain := newL1(t)
	dir := t.TempDir()
	n := startNode(t, chain, dir)
	alice, bob := key(1), key(2)
	depositETH(t, chain, alice, bob)
	waitOps(t, n.w, 2)
	b, err := n.seq.Seal()
	if err != nil || b == nil || b.Header.PriorityOpsConsumed != 2 {
		t.Fatalf("deposit batch: %+v, %v", b, err)
	}

	aliceID, bobID := accountOf(t, n, chain, alice), accountOf(t, n, chain, bob)
	var acc Account
	if err := n.client.Call(&acc, "nexus_getAccount", aliceID); err != nil {
		t.Fatal(err)
	}
	if acc.Balances[0].ToInt().Cmp(big.NewInt(1e18)) != 0 {
		t.Fatalf("alice after deposit: %+v", acc)
	}

	op := &rollup.Transfer{From: aliceID, To: bobID, Amount: big.NewInt(4e17), Nonce: 0}
	rollup.Sign(op, alice)
	raw, _ := rollup.MarshalOpJSON(op)
	var id common.Hash
	if err := n.client.Call(&id, "nexus_sendOp", json.RawMessage(raw)); err != nil {
		t.Fatal(err)
	}
	replay := *op
	replay.Amount = big.NewInt(1) // same nonce, different op: refused at admission
	rollup.Sign(&replay, alice)
	raw2, _ := rollup.MarshalOpJSON(&replay)
	var id2 common.Hash
	if err := n.client.Call(&id2, "nexus_sendOp", json.RawMessage(raw2)); err == nil || !strings.Contains(err.Error(), "nonce") {
		t.Fatalf("an op naming a pending op's nonce: %v, want a nonce error", err)
	}

	var st OpStatus
	n.client.Call(&st, "nexus_getOpStatus", id)
	if st.Status != "pending" {
		t.Fatalf("status before sealing: %+v", st)
	}
	if _, err := n.seq.Seal(); err != nil {
		t.Fatal(err)
	}
	n.client.Call(&st, "nexus_getOpStatus", id)
	if st.Status != "included" || st.Batch != 2 {
		t.Fatalf("status after sealing: %+v", st)
	}
	n.client.Call(&acc, "nexus_getAccount", bobID)
	if acc.Balances[0].ToInt().Cmp(big.NewInt(14e17)) != 0 {
		t.Fatalf("bob after transfer: %v", acc.Balances[0])
	}
	var root common.Hash
	n.client.Call(&root, "nexus_stateRoot")
	var batch Batch
	if err := n.client.Call(&batch, "nexus_getBatch", "latest"); err != nil || batch.Number != 2 || batch.NewStateRoot != root {
		t.Fatalf("latest batch %+v (root %s): %v", batch, root, err)
	}

	// Restart on the same datadir: state, batches and statuses survive.
	n.close()
	n2 := startNode(t, chain, dir)
	var root2 common.Hash
	n2.client.Call(&root2, "nexus_stateRoot")
	if root2 != root {
		t.Fatal("state root changed across a restart")
	}
	n2.client.Call(&st, "nexus_getOpStatus", id)
	if st.Status != "included" {
		t.Fatalf("op status lost across a restart: %+v", st)
	}
}

func TestInvalidRequestsGetClearErrors(t *testing.T) {
	chain := newL1(t)
	n := startNode(t, chain, t.TempDir())
	tests := []struct {
		method string
		args   []any
		want   string
	}{
		{"nexus_sendOp", []any{json.RawMessage(`{"type":"Mint"}`)}, `unknown type "Mint"`},
		{"nexus_sendOp", []any{json.RawMessage(`{"type":"Deposit","depositor":"0x0000000000000000000000000000000000000001","pubKey":"0x0000000000000000000000000000000000000000000000000000000000000001","token":0,"amount":"1"}`)}, "cannot be submitted over RPC"},
		{"nexus_sendOp", []any{json.RawMessage(`[]`)}, "invalid op"},
		{"nexus_sendOp", []any{json.RawMessage(`{"type":"Transfer","from":1,"to":2,"token":0,"amount":"1","nonce":0,"sig":"0x00"}`)}, "no L2 key"},
		{"nexus_getAccount", []any{uint32(0)}, "out of range"},
		{"nexus_getAccount", []any{uint32(5)}, "does not exist"},
		{"nexus_getBatch", []any{"latest"}, "not sealed"},
		{"nexus_accountOf", []any{hexutil.Bytes{1, 2}, common.Address{}}, "must be 32 bytes"},
		{"nexus_noSuchMethod", nil, "does not exist"},
	}
	for _, tt := range tests {
		err := n.client.Call(new(json.RawMessage), tt.method, tt.args...)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got %v, want an error containing %q", tt.method, err, tt.want)
		}
		if rerr, ok := err.(rpc.Error); ok && tt.method == "nexus_sendOp" && rerr.ErrorCode() != -32602 {
			t.Errorf("%s: error code %d, want -32602", tt.method, rerr.ErrorCode())
		}
	}
	big := `{"type":"Transfer","sig":"0x` + strings.Repeat("00", MaxRequestSize) + `"}`
	if err := n.client.Call(new(json.RawMessage), "nexus_sendOp", json.RawMessage(big)); err == nil {
		t.Error("an oversized request was accepted")
	}
}

// TestLoopSealsAndStreamsBatches runs the watcher and the sealing loop and
// subscribes to nexus_newBatches over WebSocket.
func TestLoopSealsAndStreamsBatches(t *testing.T) {
	chain := newL1(t)
	n := startNode(t, chain, t.TempDir())
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go n.w.Run(ctx)
	n.seq.cfg.BatchTimeout = 50 * time.Millisecond
	if err := n.seq.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer n.seq.Stop(ctx)

	ws, err := rpc.Dial("ws://" + n.server.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	batches := make(chan Batch, 4)
	sub, err := ws.Subscribe(ctx, "nexus", batches, "newBatches")
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()

	opts := *chain.auth
	opts.Value = big.NewInt(1e15)
	k := key(7).Public().Wire()
	if _, err := chain.rollup.DepositETH(&opts, k); err != nil {
		t.Fatal(err)
	}
	select {
	case b := <-batches:
		if b.Number != 1 || b.PriorityOpsConsumed != 1 {
			t.Fatalf("streamed batch %+v", b)
		}
	case err := <-sub.Err():
		t.Fatal(err)
	case <-time.After(30 * time.Second):
		t.Fatal("no batch sealed for the deposit")
	}
}

// TestSubmitJobOverRPC registers a model on L1, asks for a job id, submits a
// job with its private input, and reads the open job after the batch.
func TestSubmitJobOverRPC(t *testing.T) {
	chain := newL1(t)
	n := startNode(t, chain, t.TempDir())
	alice := key(1)
	opts := *chain.auth
	opts.Value = big.NewInt(1e18)
	if _, err := chain.rollup.DepositETH(&opts, alice.Public().Wire()); err != nil {
		t.Fatal(err)
	}
	models, _ := bindings.NewModelRegistry(chain.dep.ModelRegistry, chain.sim.Client())
	vk := [32]byte{31: 9}
	if _, err := models.RegisterModel(chain.auth, vk, 10, alice.Public().Wire(), "ipfs://model"); err != nil {
		t.Fatal(err)
	}
	waitOps(t, n.w, 2)
	if _, err := n.seq.Seal(); err != nil {
		t.Fatal(err)
	}
	var aliceID uint32
	aw := alice.Public().Wire()
	if err := n.client.Call(&aliceID, "nexus_accountOf", hexutil.Bytes(aw[:]), chain.auth.From); err != nil {
		t.Fatal(err)
	}

	// nextJobID reserves nothing: asked twice, it names the same free id.
	var id1, id2 uint32
	n.client.Call(&id1, "nexus_nextJobID")
	n.client.Call(&id2, "nexus_nextJobID")
	if id1 == 0 || id2 != id1 {
		t.Fatalf("job ids %d, %d", id1, id2)
	}
	input := []byte{1, 2, 3, 4}
	salt, _ := statement.RandomSalt()
	sb := salt.Bytes()
	op := &rollup.SubmitJob{Requester: aliceID, JobID: id1, ModelID: 1, InputCommit: statement.Commit(input, salt),
		FeeGwei: 50, Deadline: uint32(time.Now().Unix() + 3600)}
	rollup.Sign(op, alice)
	raw, _ := rollup.MarshalOpJSON(op)
	var opID common.Hash
	err := n.client.Call(&opID, "nexus_submitJob", json.RawMessage(raw), hexutil.Bytes{9, 9}, hexutil.Bytes(sb[:]))
	if err == nil || !strings.Contains(err.Error(), "do not open") {
		t.Fatalf("wrong input: %v", err)
	}
	if err := n.client.Call(&opID, "nexus_submitJob", json.RawMessage(raw), hexutil.Bytes(input), hexutil.Bytes(sb[:])); err != nil {
		t.Fatal(err)
	}
	if _, err := n.seq.Seal(); err != nil {
		t.Fatal(err)
	}
	var st OpStatus
	n.client.Call(&st, "nexus_getOpStatus", opID)
	if st.Status != "included" {
		t.Fatalf("submit job: %+v", st)
	}
	var job Job
	if err := n.client.Call(&job, "nexus_getJob", id1); err != nil {
		t.Fatal(err)
	}
	if job.Status != "open" || job.FeeGwei != 50 || job.Requester != uint64(aliceID) || job.InputCommit != common.Hash(op.InputCommit.Bytes()) {
		t.Fatalf("job after the batch: %+v", job)
	}
	if err := n.client.Call(&id2, "nexus_nextJobID"); err != nil || id2 == id1 {
		t.Fatalf("next job id after job %d: %d, %v", id1, id2, err)
	}
	if err := n.client.Call(&job, "nexus_getJob", id2); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Fatalf("the next free id: %v", err)
	}
}

// TestSealIfDue_KeepsFillingWhileTheProverIsBusy: a batch of L2 ops whose
// timeout has passed is sealed only once the prover is ready for it; until
// then it keeps filling (a full batch is sealed either way). A deposit is
// sealed on the timeout regardless: L2 ops wait for the account it makes.
func TestSealIfDue_KeepsFillingWhileTheProverIsBusy(t *testing.T) {
	chain := newL1(t)
	n := startNode(t, chain, t.TempDir())
	var ready atomic.Bool
	n.seq.cfg.MinOps = 8
	n.seq.cfg.ProverReady = ready.Load

	alice, bob := key(1), key(2)
	depositETH(t, chain, alice, bob)
	waitOps(t, n.w, 2)
	since := time.Now().Add(-time.Hour) // long past the batch timeout
	if !n.seq.sealIfDue(&since) {
		t.Fatal("timed-out deposits were not sealed while the prover was busy")
	}

	aliceID, bobID := accountOf(t, n, chain, alice), accountOf(t, n, chain, bob)
	op := &rollup.Transfer{From: aliceID, To: bobID, Amount: big.NewInt(1), Nonce: 0}
	rollup.Sign(op, alice)
	raw, _ := rollup.MarshalOpJSON(op)
	var id common.Hash
	if err := n.client.Call(&id, "nexus_sendOp", json.RawMessage(raw)); err != nil {
		t.Fatal(err)
	}
	since = time.Now().Add(-time.Hour)
	if n.seq.sealIfDue(&since) {
		t.Fatal("sealed a batch of 1 L2 op while the prover was busy")
	}
	ready.Store(true)
	if !n.seq.sealIfDue(&since) {
		t.Fatal("did not seal the timed-out batch once the prover was ready")
	}
}
