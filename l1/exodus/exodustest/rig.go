// Package exodustest is the exodus tests' L1 rig: the Nexus contracts with the
// real Verifier.sol linked to the key of a stand-in circuit that has the wrap
// circuit's public inputs (a real wrap setup takes most of an hour and
// 19 GB), a sequencer made of the real executor and L1 watcher that seals
// batches and settles them through submitBatch, and actors with Ethereum and
// L2 keys. It runs on the simulated backend or on a JSON-RPC L1 (anvil).
package exodustest

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/rangecheck"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/nexus-rollup/nexus/aggregator/recursion"
	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/internal/devsetup"
	"github.com/nexus-rollup/nexus/kv/memorydb"
	"github.com/nexus-rollup/nexus/l1/deploy"
	"github.com/nexus-rollup/nexus/l1/reverts"
	"github.com/nexus-rollup/nexus/l1/verifier"
	"github.com/nexus-rollup/nexus/l1/watcher"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/protocol"
	"github.com/nexus-rollup/nexus/rollup/state"
)

// standIn has the wrap circuit's two public inputs and one range-check
// commitment, so its key links into Verifier.sol; it proves any header.
type standIn struct {
	HeaderHi, HeaderLo frontend.Variable `gnark:",public"`
	Sum                frontend.Variable
	X                  frontend.Variable
}

func (c *standIn) Define(api frontend.API) error {
	rangecheck.New(api).Check(c.X, 16)
	api.AssertIsEqual(api.Add(c.HeaderHi, c.HeaderLo, c.X), c.Sum)
	return nil
}

type wrapStandIn struct {
	ccs constraint.ConstraintSystem
	pk  groth16.ProvingKey
	vk  groth16.VerifyingKey
}

func newWrapStandIn(t testing.TB) *wrapStandIn {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &standIn{})
	if err != nil {
		t.Fatal(err)
	}
	// The dev setup, as the wrap's: the Solidity verifier needs the
	// commitment point G to be [δ]₂.
	pk, vk, _, err := devsetup.Groth16(ccs, nil, "")
	if err != nil {
		t.Fatal(err)
	}
	return &wrapStandIn{ccs: ccs, pk: pk, vk: vk}
}

func (w *wrapStandIn) prove(t testing.TB, in [2]*big.Int) []byte {
	t.Helper()
	sum := new(big.Int).Add(in[0], in[1])
	sum.Add(sum, big.NewInt(7))
	wit, err := frontend.NewWitness(&standIn{HeaderHi: in[0], HeaderLo: in[1], Sum: sum, X: 7}, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	proof, err := groth16.Prove(w.ccs, w.pk, wit, recursion.WrapProverOption())
	if err != nil {
		t.Fatal(err)
	}
	b, err := verifier.SolidityProof(proof)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Person is an actor with an Ethereum key and the L2 key derived from it.
type Person struct {
	Eth   *ecdsa.PrivateKey
	Addr  common.Address
	L2    *keys.PrivateKey
	Pub   rollup.PubKey
	ID    uint32 // L2 account, once a settled batch created it
	Nonce uint64
}

// KeyHex is the Ethereum key as --key takes it.
func (p *Person) KeyHex() string { return hex.EncodeToString(crypto.FromECDSA(p.Eth)) }

// Backend is what the rig needs from an L1 client.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.ChainIDReader
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
}

// Rig is the L1 with the contracts, the sequencer and the actors.
type Rig struct {
	T       testing.TB
	Ctx     context.Context
	Client  Backend
	ChainID *big.Int
	Dep     *deploy.Deployment
	Rollup  *bindings.NexusRollup
	Reg     *bindings.ProverRegistry
	Models  *bindings.ModelRegistry
	People  map[string]*Person

	// Seq is the sequencer's executor: the L2 state the batches were sealed from.
	Seq *rollup.Executor

	commit func()               // mines a block (simulated backend), or nothing
	warp   func(seconds uint64) // moves L1 time forward and mines
	wrap   *wrapStandIn
	seqDB  *memorydb.Store
	queue  *watcher.Watcher
	number uint64
	prio   [32]byte
	taken  uint64
}

// Names are the rig's actors; each is funded with 100 ETH.
var Names = []string{"deployer", "alice", "bob", "prover", "dapp", "carol"}

// Quiet is a logger that drops everything.
var Quiet = slog.New(slog.DiscardHandler)

func people(t testing.TB) map[string]*Person {
	out := map[string]*Person{}
	for i, n := range Names {
		k, err := crypto.ToECDSA(common.LeftPadBytes([]byte{0xe0, byte(i + 1)}, 32))
		if err != nil {
			t.Fatal(err)
		}
		out[n] = &Person{Eth: k, Addr: crypto.PubkeyToAddress(k.PublicKey)}
	}
	return out
}

var hundredETH = new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))

// NewSim starts a rig on go-ethereum's simulated backend.
func NewSim(t testing.TB) *Rig {
	t.Helper()
	ppl := people(t)
	alloc := types.GenesisAlloc{}
	for _, p := range ppl {
		alloc[p.Addr] = types.Account{Balance: hundredETH}
	}
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000))
	t.Cleanup(func() { sim.Close() })
	r := &Rig{T: t, Ctx: context.Background(), Client: sim.Client(), People: ppl, commit: func() { sim.Commit() }}
	r.warp = func(s uint64) {
		if err := sim.AdjustTime(time.Duration(s) * time.Second); err != nil {
			t.Fatal(err)
		}
		sim.Commit()
	}
	r.start()
	return r
}

// NewRPC starts a rig on the JSON-RPC L1 at url, an anvil (it funds the
// actors with anvil_setBalance and moves time with evm_increaseTime).
func NewRPC(t testing.TB, url string) *Rig {
	t.Helper()
	c, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	ppl := people(t)
	rpc := c.Client()
	for _, p := range ppl {
		if err := rpc.Call(nil, "anvil_setBalance", p.Addr, hexutil.EncodeBig(hundredETH)); err != nil {
			t.Fatal(err)
		}
	}
	r := &Rig{T: t, Ctx: context.Background(), Client: c, People: ppl, commit: func() {}}
	r.warp = func(s uint64) {
		if err := rpc.Call(nil, "evm_increaseTime", s); err != nil {
			t.Fatal(err)
		}
		if err := rpc.Call(nil, "evm_mine"); err != nil {
			t.Fatal(err)
		}
	}
	r.start()
	return r
}

func (r *Rig) start() {
	t := r.T
	var err error
	r.ChainID, err = r.Client.ChainID(r.Ctx)
	if err != nil {
		t.Fatal(err)
	}
	r.wrap = newWrapStandIn(t)
	opts := r.Opts("deployer")
	done, stopped := make(chan struct{}), make(chan struct{})
	go func() { // deploy waits for receipts: mine meanwhile
		defer close(stopped)
		for {
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
				r.commit()
			}
		}
	}()
	vAddr, err := deploy.DeployVerifier(r.Ctx, r.Client, opts, r.wrap.vk)
	if err == nil {
		genesis, _ := state.EmptyRoot(state.DefaultParams())
		r.Dep, err = deploy.Deploy(r.Ctx, r.Client, opts, deploy.Params{Verifier: vAddr,
			GenesisStateRoot: genesis.BigInt(new(big.Int))})
	}
	// No commit of this goroutine may overlap the test's own: two blocks built
	// at once on one parent reorg one of them away.
	close(done)
	<-stopped
	if err != nil {
		t.Fatal(err)
	}
	r.Rollup, _ = bindings.NewNexusRollup(r.Dep.NexusRollup, r.Client)
	r.Reg, _ = bindings.NewProverRegistry(r.Dep.ProverRegistry, r.Client)
	r.Models, _ = bindings.NewModelRegistry(r.Dep.ModelRegistry, r.Client)
	for _, p := range r.People {
		if p.L2, err = keys.DeriveFromEthKey(p.Eth, r.ChainID.Uint64(), r.Dep.NexusRollup); err != nil {
			t.Fatal(err)
		}
		p.Pub = p.L2.Public().Wire()
	}
	r.seqDB = memorydb.New()
	st, err := state.Open(r.seqDB, state.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	if r.Seq, err = rollup.NewExecutor(st, rollup.Config{MaxLockDuration: r.Dep.Params.MaxLockDuration}); err != nil {
		t.Fatal(err)
	}
	if r.queue, err = watcher.New(r.Client, memorydb.New(), watcher.Config{Rollup: r.Dep.NexusRollup,
		StartBlock: r.Dep.Block}, Quiet); err != nil {
		t.Fatal(err)
	}
}

// Opts signs as name.
func (r *Rig) Opts(name string) *bind.TransactOpts {
	o, err := bind.NewKeyedTransactorWithChainID(r.People[name].Eth, r.ChainID)
	if err != nil {
		r.T.Fatal(err)
	}
	o.Context = r.Ctx
	return o
}

// Value signs as name, sending wei.
func (r *Rig) Value(name string, wei *big.Int) *bind.TransactOpts {
	o := r.Opts(name)
	o.Value = wei
	return o
}

// Mine waits for tx and fails the test unless it succeeded.
func (r *Rig) Mine(tx *types.Transaction, err error) *types.Receipt {
	r.T.Helper()
	if err != nil {
		r.T.Fatalf("%v (%s)", err, reverts.Of(err))
	}
	r.commit()
	ctx, cancel := context.WithTimeout(r.Ctx, time.Minute)
	defer cancel()
	rc, err := bind.WaitMined(ctx, r.Client, tx)
	if err != nil {
		r.T.Fatal(err)
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		r.T.Fatalf("tx %s reverted", tx.Hash())
	}
	return rc
}

// Reverts checks that err is the revert named want.
func (r *Rig) Reverts(err error, want string) {
	r.T.Helper()
	if got := reverts.Of(err); got != want {
		r.T.Fatalf("reverted with %q (%v), want %s", got, err, want)
	}
}

// Now is the L1 head's timestamp.
func (r *Rig) Now() uint64 {
	h, err := r.Client.HeaderByNumber(r.Ctx, nil)
	if err != nil {
		r.T.Fatal(err)
	}
	return h.Time
}

// Warp moves L1 time forward by seconds and mines a block.
func (r *Rig) Warp(seconds uint64) { r.warp(seconds) }

// Signed sets op's nonce to name's next one and signs it with name's L2 key.
func (r *Rig) Signed(name string, op rollup.Op) rollup.Op {
	r.T.Helper()
	p := r.People[name]
	switch o := op.(type) {
	case *rollup.Transfer:
		o.Nonce = p.Nonce
	case *rollup.Withdraw:
		o.Nonce = p.Nonce
	case *rollup.SubmitJob:
		o.Nonce = p.Nonce
	case *rollup.LockJob:
		o.Nonce = p.Nonce
	case *rollup.FulfillJob:
		o.Nonce = p.Nonce
	case *rollup.CancelJob:
		o.Nonce = p.Nonce
	case *rollup.ClaimModelFees:
		o.Nonce = p.Nonce
	}
	p.Nonce++
	if err := rollup.Sign(op, p.L2); err != nil {
		r.T.Fatal(err)
	}
	return op
}

// Settle seals a batch of every queued priority op and then ops, proves its
// header with the stand-in and settles it through submitBatch.
func (r *Rig) Settle(ops ...rollup.Op) *rollup.Batch {
	r.T.Helper()
	if _, err := r.queue.Poll(r.Ctx); err != nil {
		r.T.Fatal(err)
	}
	queued, _, _ := r.queue.Next()
	r.number++
	b, err := r.Seq.NewBatch(r.number, r.Now(), r.prio, 1<<12)
	if err != nil {
		r.T.Fatal(err)
	}
	for ; r.taken < queued; r.taken++ {
		p, err := r.queue.Op(r.taken + 1)
		if err != nil {
			r.T.Fatal(err)
		}
		op, err := p.Op()
		if err != nil {
			r.T.Fatal(err)
		}
		if _, err := b.Add(op); err != nil {
			r.T.Fatal(err)
		}
	}
	for _, op := range ops {
		if _, err := b.Add(op); err != nil {
			r.T.Fatalf("batch %d: %s: %v", r.number, op.Type(), err)
		}
	}
	sealed, err := b.Seal()
	if err != nil {
		r.T.Fatal(err)
	}
	w := r.seqDB.NewBatch()
	if err := b.Commit(w); err != nil {
		r.T.Fatal(err)
	}
	if err := w.Write(); err != nil {
		r.T.Fatal(err)
	}
	r.prio = sealed.Header.PriorityHashAfter
	for _, who := range r.People {
		if who.ID == 0 {
			var err error
			if who.ID, _, err = r.Seq.AccountOf(who.Pub, who.Addr); err != nil {
				r.T.Fatal(err)
			}
		}
	}
	proof := r.wrap.prove(r.T, sealed.Header.PublicInputs())
	r.Mine(r.Rollup.SubmitBatch(r.Opts("deployer"), bindingHeader(sealed.Header), sealed.Pubdata, proof))
	return sealed
}

// Balance is name's ETH balance in the sequencer's L2 state.
func (r *Rig) Balance(name string) *big.Int {
	b, err := r.Seq.State().Balance(uint64(r.People[name].ID), 0)
	if err != nil {
		r.T.Fatal(err)
	}
	return b
}

func bindingHeader(h protocol.Header) bindings.BatchHeader {
	return bindings.BatchHeader{BatchNumber: h.BatchNumber, Timestamp: h.Timestamp,
		PriorityOpsConsumed: h.PriorityOpsConsumed, PrevStateRoot: new(big.Int).SetBytes(h.PrevStateRoot[:]),
		NewStateRoot: new(big.Int).SetBytes(h.NewStateRoot[:]), PriorityHashBefore: h.PriorityHashBefore,
		PriorityHashAfter: h.PriorityHashAfter, PubdataHash: h.PubdataHash}
}

// ETH is milli ether in wei; Gwei is g gwei in wei.
func ETH(milli int64) *big.Int { return new(big.Int).Mul(big.NewInt(milli), big.NewInt(1e15)) }

// Gwei is g gwei in wei.
func Gwei(g int64) *big.Int { return new(big.Int).Mul(big.NewInt(g), big.NewInt(1e9)) }

// Fe is v as a field element.
func Fe(v uint64) fr.Element { var e fr.Element; e.SetUint64(v); return e }

// Scenario settles three batches: deposits (alice 1 ETH, bob 2 ETH), a
// prover (1 ETH stake), the dapp's model (fee 10 gwei), L1 jobs (one
// fulfilled, one consumed and left pending, one never consumed), a transfer
// (alice → bob 0.1 ETH), a withdrawal (bob 0.5 ETH), L2 jobs of alice's
// fulfilled (50 gwei), open (30 gwei) and locked (40 gwei), the dapp's
// ClaimModelFees of the first fulfilment's model fee; then carol's deposit
// (0.3 ETH) that no batch consumes. At the end alice holds 0.9 ETH − 120 gwei
// with 70 gwei in escrow, bob 1.6 ETH, the prover 50 gwei, the dapp 10 gwei
// (claimed), and model 1 has 10 gwei of unclaimed fees (the L1 job's).
func Scenario(r *Rig) {
	t := r.T
	t.Helper()
	p := r.People
	alice, bob, prover, dapp := p["alice"], p["bob"], p["prover"], p["dapp"]
	r.Mine(r.Rollup.DepositETH(r.Value("alice", ETH(1000)), alice.Pub))
	r.Mine(r.Rollup.DepositETH(r.Value("bob", ETH(2000)), bob.Pub))
	r.Mine(r.Reg.Register(r.Value("prover", ETH(1000)), prover.Pub))
	var vk [32]byte
	vk[31] = 42
	r.Mine(r.Models.RegisterModel(r.Opts("dapp"), vk, 10, dapp.Pub, "ipfs://model"))
	deadline := uint32(r.Now() + 7200)
	r.Mine(r.Rollup.RequestInference(r.Value("dapp", Gwei(20)), 1, big.NewInt(12345), deadline, []byte{1, 2, 3}))
	r.Settle()

	lock := uint32(r.Now() + 600)
	r.Settle(
		r.Signed("alice", &rollup.Transfer{From: alice.ID, To: bob.ID, Amount: ETH(100)}),
		r.Signed("alice", &rollup.SubmitJob{Requester: alice.ID, JobID: 1, ModelID: 1, InputCommit: Fe(5), FeeGwei: 50,
			Deadline: deadline}),
		r.Signed("prover", &rollup.LockJob{Prover: prover.ID, JobID: 1, LockDeadline: lock}),
		r.Signed("alice", &rollup.SubmitJob{Requester: alice.ID, JobID: 2, ModelID: 1, InputCommit: Fe(6), FeeGwei: 30,
			Deadline: deadline}),
		r.Signed("bob", &rollup.Withdraw{From: bob.ID, Amount: ETH(500), To: bob.Addr}),
	)

	r.Mine(r.Rollup.RequestInference(r.Value("dapp", Gwei(25)), 1, big.NewInt(777), deadline, []byte{4}))
	r.Settle(
		r.Signed("prover", &rollup.FulfillJob{Prover: prover.ID, JobID: 1, OutputCommit: Fe(6)}),
		r.Signed("dapp", &rollup.ClaimModelFees{Owner: dapp.ID, ModelID: 1}),
		r.Signed("prover", &rollup.LockJob{Prover: prover.ID, JobID: rollup.L1JobBit, LockDeadline: lock}),
		r.Signed("prover", &rollup.FulfillJob{Prover: prover.ID, JobID: rollup.L1JobBit, OutputCommit: Fe(9)}),
		r.Signed("alice", &rollup.SubmitJob{Requester: alice.ID, JobID: 3, ModelID: 1, InputCommit: Fe(7), FeeGwei: 40,
			Deadline: deadline}),
		r.Signed("prover", &rollup.LockJob{Prover: prover.ID, JobID: 3, LockDeadline: lock}),
	)
	r.Mine(r.Rollup.RequestInference(r.Value("dapp", Gwei(30)), 1, big.NewInt(888), deadline, []byte{5}))
	r.Mine(r.Rollup.DepositETH(r.Value("carol", ETH(300)), p["carol"].Pub))
}
