package exodus

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/rangecheck"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/nexus-rollup/nexus/aggregator/recursion"
	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/kv/memorydb"
	"github.com/nexus-rollup/nexus/l1/deploy"
	"github.com/nexus-rollup/nexus/l1/protocol"
	"github.com/nexus-rollup/nexus/l1/reverts"
	"github.com/nexus-rollup/nexus/l1/watcher"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/state"
)

// The rig: a simulated L1 with the Nexus contracts and the real Verifier.sol
// linked to the key of a stand-in circuit with the wrap's public inputs (a
// real wrap setup takes most of an hour and 19 GB; the e2e test uses it), a
// sequencer made of the real executor and L1 watcher, and actors.

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
	pk, vk, err := groth16.Setup(ccs)
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
	b, err := recursion.SolidityProof(proof)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

type person struct {
	eth  *ecdsa.PrivateKey
	addr common.Address
	l2   *keys.PrivateKey
	pub  rollup.PubKey
	id   uint32
	nce  uint64
}

type rig struct {
	t       testing.TB
	ctx     context.Context
	sim     *simulated.Backend
	client  simulated.Client
	chainID *big.Int
	dep     *deploy.Deployment
	rollup  *bindings.NexusRollup
	reg     *bindings.ProverRegistry
	models  *bindings.ModelRegistry
	wrap    *wrapStandIn
	people  map[string]*person

	// the sequencer
	seqDB  *memorydb.Store
	seq    *rollup.Executor
	queue  *watcher.Watcher
	number uint64
	prio   [32]byte
	taken  uint64 // priority ops consumed
}

var names = []string{"deployer", "alice", "bob", "prover", "dapp", "carol"}

func newRig(t testing.TB) *rig {
	t.Helper()
	r := &rig{t: t, ctx: context.Background(), people: map[string]*person{}}
	alloc := types.GenesisAlloc{}
	for i, n := range names {
		k, err := crypto.ToECDSA(common.LeftPadBytes([]byte{byte(i + 1)}, 32))
		if err != nil {
			t.Fatal(err)
		}
		p := &person{eth: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
		r.people[n] = p
		alloc[p.addr] = types.Account{Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))}
	}
	r.sim = simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000))
	t.Cleanup(func() { r.sim.Close() })
	r.client = r.sim.Client()
	r.chainID, _ = r.client.ChainID(r.ctx)
	r.wrap = newWrapStandIn(t)

	opts := r.opts("deployer")
	done := make(chan struct{})
	go func() { // deploy waits for receipts: mine meanwhile
		for {
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
				r.sim.Commit()
			}
		}
	}()
	vAddr, err := deploy.DeployVerifier(r.ctx, r.client, opts, r.wrap.vk)
	if err != nil {
		close(done)
		t.Fatal(err)
	}
	genesis, _ := state.EmptyRoot(state.DefaultParams())
	r.dep, err = deploy.Deploy(r.ctx, r.client, opts, deploy.Params{Verifier: vAddr, GenesisStateRoot: frBig(genesis)})
	close(done)
	if err != nil {
		t.Fatal(err)
	}
	r.rollup, _ = bindings.NewNexusRollup(r.dep.NexusRollup, r.client)
	r.reg, _ = bindings.NewProverRegistry(r.dep.ProverRegistry, r.client)
	r.models, _ = bindings.NewModelRegistry(r.dep.ModelRegistry, r.client)
	for _, n := range names {
		p := r.people[n]
		if p.l2, err = keys.DeriveFromEthKey(p.eth, r.chainID.Uint64(), r.dep.NexusRollup); err != nil {
			t.Fatal(err)
		}
		p.pub = p.l2.Public().Wire()
	}

	r.seqDB = memorydb.New()
	st, err := state.Open(r.seqDB, state.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	if r.seq, err = rollup.NewExecutor(st, rollup.Config{MaxLockDuration: r.dep.Params.MaxLockDuration}); err != nil {
		t.Fatal(err)
	}
	if r.queue, err = watcher.New(r.client, memorydb.New(), watcher.Config{Rollup: r.dep.NexusRollup,
		StartBlock: r.dep.Block}, quiet); err != nil {
		t.Fatal(err)
	}
	return r
}

func (r *rig) opts(name string) *bind.TransactOpts {
	o, err := bind.NewKeyedTransactorWithChainID(r.people[name].eth, r.chainID)
	if err != nil {
		r.t.Fatal(err)
	}
	o.Context = r.ctx
	return o
}

func (r *rig) value(name string, wei *big.Int) *bind.TransactOpts {
	o := r.opts(name)
	o.Value = wei
	return o
}

// mine mines tx and fails the test unless it succeeded.
func (r *rig) mine(tx *types.Transaction, err error) *types.Receipt {
	r.t.Helper()
	if err != nil {
		r.t.Fatalf("%v (%s)", err, reverts.Of(err))
	}
	r.sim.Commit()
	rc, err := r.client.TransactionReceipt(r.ctx, tx.Hash())
	if err != nil {
		r.t.Fatal(err)
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		r.t.Fatalf("tx %s reverted", tx.Hash())
	}
	return rc
}

// reverts checks that err is the revert named want.
func (r *rig) reverts(err error, want string) {
	r.t.Helper()
	if got := reverts.Of(err); got != want {
		r.t.Fatalf("reverted with %q (%v), want %s", got, err, want)
	}
}

func (r *rig) now() uint64 {
	h, err := r.client.HeaderByNumber(r.ctx, nil)
	if err != nil {
		r.t.Fatal(err)
	}
	return h.Time
}

func (r *rig) signed(name string, op rollup.Op) rollup.Op {
	r.t.Helper()
	p := r.people[name]
	switch o := op.(type) {
	case *rollup.Transfer:
		o.Nonce = p.nce
	case *rollup.Withdraw:
		o.Nonce = p.nce
	case *rollup.SubmitJob:
		o.Nonce = p.nce
	case *rollup.LockJob:
		o.Nonce = p.nce
	case *rollup.FulfillJob:
		o.Nonce = p.nce
	}
	p.nce++
	if err := rollup.Sign(op, p.l2); err != nil {
		r.t.Fatal(err)
	}
	return op
}

// settle seals a batch of every queued priority op and then ops, proves its
// header with the stand-in and settles it through submitBatch.
func (r *rig) settle(ops ...rollup.Op) *rollup.Batch {
	r.t.Helper()
	if _, err := r.queue.Poll(r.ctx); err != nil {
		r.t.Fatal(err)
	}
	queued, _, _ := r.queue.Next()
	r.number++
	b, err := r.seq.NewBatch(r.number, r.now(), r.prio, 1<<12)
	if err != nil {
		r.t.Fatal(err)
	}
	for ; r.taken < queued; r.taken++ {
		p, err := r.queue.Op(r.taken + 1)
		if err != nil {
			r.t.Fatal(err)
		}
		op, err := p.Op()
		if err != nil {
			r.t.Fatal(err)
		}
		rc, err := b.Add(op)
		if err != nil {
			r.t.Fatal(err)
		}
		for _, who := range r.people {
			if d, ok := op.(*rollup.Deposit); ok && d.PubKey == who.pub && d.Depositor == who.addr {
				who.id = rc.Account
			}
		}
	}
	for _, op := range ops {
		if _, err := b.Add(op); err != nil {
			r.t.Fatalf("batch %d: %s: %v", r.number, op.Type(), err)
		}
	}
	sealed, err := b.Seal()
	if err != nil {
		r.t.Fatal(err)
	}
	w := r.seqDB.NewBatch()
	if err := b.Commit(w); err != nil {
		r.t.Fatal(err)
	}
	if err := w.Write(); err != nil {
		r.t.Fatal(err)
	}
	r.prio = sealed.Header.PriorityHashAfter
	for _, who := range r.people {
		if who.id == 0 {
			who.id, _ = r.seq.AccountOf(who.pub, who.addr)
		}
	}
	proof := r.wrap.prove(r.t, sealed.Header.PublicInputs())
	r.mine(r.rollup.SubmitBatch(r.opts("deployer"), bindingHeader(sealed.Header), sealed.Pubdata, proof))
	return sealed
}

func bindingHeader(h protocol.Header) bindings.BatchHeader {
	return bindings.BatchHeader{BatchNumber: h.BatchNumber, Timestamp: h.Timestamp,
		PriorityOpsConsumed: h.PriorityOpsConsumed, PrevStateRoot: new(big.Int).SetBytes(h.PrevStateRoot[:]),
		NewStateRoot: new(big.Int).SetBytes(h.NewStateRoot[:]), PriorityHashBefore: h.PriorityHashBefore,
		PriorityHashAfter: h.PriorityHashAfter, PubdataHash: h.PubdataHash}
}

func eth(milli int64) *big.Int { return new(big.Int).Mul(big.NewInt(milli), big.NewInt(1e15)) }
func gwei(g int64) *big.Int    { return new(big.Int).Mul(big.NewInt(g), big.NewInt(1e9)) }
