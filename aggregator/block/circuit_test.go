package block

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"

	"github.com/nexus-rollup/nexus/kv"
	"github.com/nexus-rollup/nexus/kv/memorydb"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/state"
)

// chain runs batches through the executor in witness mode and proves each
// with the block circuit on gnark's test engine.
type chain struct {
	t      testing.TB
	p      Params
	db     *memorydb.Store
	ex     *rollup.Executor
	number uint64
	prio   [32]byte
	users  map[string]*user
}

type user struct {
	key   *keys.PrivateKey
	pub   rollup.PubKey
	l1    rollup.Address
	index uint32
	nonce uint64
}

func newChain(t testing.TB, p Params) *chain {
	t.Helper()
	db := memorydb.New()
	st, err := state.Open(db, p.State)
	if err != nil {
		t.Fatal(err)
	}
	ex, err := rollup.NewExecutor(st, rollup.Config{MaxLockDuration: p.MaxLockDuration})
	if err != nil {
		t.Fatal(err)
	}
	return &chain{t: t, p: p, db: db, ex: ex, users: map[string]*user{}}
}

func (c *chain) user(name string) *user {
	if u, ok := c.users[name]; ok {
		return u
	}
	seed := make([]byte, 32)
	copy(seed, name)
	k, err := keys.FromSeed(seed)
	if err != nil {
		c.t.Fatal(err)
	}
	u := &user{key: k, pub: k.Public().Wire()}
	copy(u.l1[:], "L1:"+name)
	c.users[name] = u
	return u
}

// sign signs op as u and bumps u's nonce.
func (c *chain) sign(u *user, op rollup.Op) rollup.Op {
	if err := rollup.Sign(op, u.key); err != nil {
		c.t.Fatal(err)
	}
	u.nonce++
	return op
}

// step is one op of a batch, built when its turn comes (ids and nonces
// depend on the ops before it).
type step func() rollup.Op

// batch applies the steps as one batch at time ts and returns the circuit
// assignment; the batch is committed.
func (c *chain) batch(ts uint64, steps ...step) (*Circuit, *rollup.Batch) {
	c.t.Helper()
	c.number++
	bb, err := c.ex.NewBatch(c.number, ts, c.prio, c.p.Chunks)
	if err != nil {
		c.t.Fatal(err)
	}
	if err := bb.EnableWitness(); err != nil {
		c.t.Fatal(err)
	}
	for _, s := range steps {
		op := s()
		r, err := bb.Add(op)
		if err != nil {
			c.t.Fatalf("batch %d: %s: %v", c.number, op.Type(), err)
		}
		for _, u := range c.users {
			if r.Account != 0 && u.index == 0 {
				switch o := op.(type) {
				case *rollup.Deposit:
					if o.PubKey == u.pub && o.Depositor == u.l1 {
						u.index = r.Account
					}
				case *rollup.RegisterModel:
					if o.OwnerPubKey == u.pub && o.Owner == u.l1 {
						u.index = r.Account
					}
				case *rollup.ProverStake:
					if o.PubKey == u.pub && o.Prover == u.l1 {
						u.index = r.Account
					}
				}
			}
		}
	}
	sealed, err := bb.Seal()
	if err != nil {
		c.t.Fatal(err)
	}
	w, err := Assign(c.p, sealed, bb.Witness())
	if err != nil {
		c.t.Fatal(err)
	}
	kb := c.db.NewBatch()
	if err := bb.Commit(kb); err != nil {
		c.t.Fatal(err)
	}
	if err := kb.Write(); err != nil {
		c.t.Fatal(err)
	}
	c.prio = sealed.Header.PriorityHashAfter
	return w, sealed
}

var _ kv.Batcher = (*memorydb.Store)(nil)

// genesis is the first batch of most tests at time ts: alice (1,000 gwei)
// and bob (10 gwei) deposit, owner registers model 1 (fee 3 gwei, vk hash
// 777), prover stakes 100 gwei; then the extra steps.
func (c *chain) genesis(ts uint64, extra ...step) *Circuit {
	alice, bob, prover, owner := c.user("alice"), c.user("bob"), c.user("prover"), c.user("owner")
	steps := []step{
		func() rollup.Op {
			return &rollup.Deposit{Depositor: alice.l1, PubKey: alice.pub, Amount: gweiAmt(1000)}
		},
		func() rollup.Op { return &rollup.Deposit{Depositor: bob.l1, PubKey: bob.pub, Amount: gweiAmt(10)} },
		func() rollup.Op {
			return &rollup.RegisterModel{ModelID: 1, FeeGwei: 3, VKHash: frv(777), OwnerPubKey: owner.pub, Owner: owner.l1}
		},
		func() rollup.Op {
			return &rollup.ProverStake{Prover: prover.l1, PubKey: prover.pub, Stake: gweiAmt(100)}
		},
	}
	w, _ := c.batch(ts, append(steps, extra...)...)
	return w
}

func (c *chain) solves(w *Circuit) error {
	circuit, err := New(c.p)
	if err != nil {
		c.t.Fatal(err)
	}
	return test.IsSolved(circuit, w, field)
}

func gweiAmt(g int64) *big.Int { return new(big.Int).Mul(big.NewInt(g), big.NewInt(rollup.Gwei)) }

func frv(v uint64) fr.Element {
	var e fr.Element
	e.SetUint64(v)
	return e
}

// TestBlockProvesMixedBatches checks batches mixing
// deposits (valid, and invalid keys refunded), model registration,
// staking, transfer, submit/lock/fulfil of L2 and L1 jobs, withdraw,
// cancel, expire with slash, an expired L1 job, unstake, release and a
// forced exit, executed in Go and proven by the block circuit at small
// depths.
func TestBlockProvesMixedBatches(t *testing.T) {
	c, batches := mixedBatches(t)
	for i, w := range batches {
		if err := c.solves(w); err != nil {
			t.Fatalf("batch %d: %v", i+1, err)
		}
	}
	if batches[0].Inferences[0].VKHash != frv(777) {
		t.Fatalf("first inference slot carries vk %v", batches[0].Inferences[0].VKHash)
	}
}

// offCurveKey is a wire key below r that is no curve point.
func offCurveKey(t *testing.T) rollup.PubKey {
	for y := byte(2); ; y++ {
		k := rollup.PubKey{31: y}
		if _, err := keys.PublicKeyFromWire(k); err != nil {
			return k
		}
	}
}

// mixedBatches runs the batches of TestBlockProvesMixedBatches and returns
// their assignments.
func mixedBatches(t *testing.T) (*chain, []*Circuit) {
	c := newChain(t, TestParams())
	alice, bob, prover := c.user("alice"), c.user("bob"), c.user("prover")
	var out []*Circuit
	w := c.genesis(100,
		func() rollup.Op {
			return c.sign(alice, &rollup.Transfer{From: alice.index, To: bob.index, Amount: gweiAmt(7), Nonce: alice.nonce})
		},
		func() rollup.Op {
			return c.sign(alice, &rollup.SubmitJob{Requester: alice.index, JobID: 1, ModelID: 1, InputCommit: frv(11),
				FeeGwei: 10, Deadline: 5000, Nonce: alice.nonce})
		},
		func() rollup.Op {
			return c.sign(prover, &rollup.LockJob{Prover: prover.index, JobID: 1, LockDeadline: 1000, Nonce: prover.nonce})
		},
		func() rollup.Op {
			return c.sign(prover, &rollup.FulfillJob{Prover: prover.index, JobID: 1, OutputCommit: frv(22), Nonce: prover.nonce})
		},
	)
	out = append(out, w)
	w, _ = c.batch(200,
		func() rollup.Op {
			return c.sign(bob, &rollup.Withdraw{From: bob.index, Amount: gweiAmt(5), To: bob.l1, Nonce: bob.nonce})
		},
		func() rollup.Op {
			return c.sign(alice, &rollup.SubmitJob{Requester: alice.index, JobID: 2, ModelID: 1, InputCommit: frv(12),
				FeeGwei: 20, Deadline: 5000, Nonce: alice.nonce})
		},
		func() rollup.Op {
			return c.sign(prover, &rollup.LockJob{Prover: prover.index, JobID: 2, LockDeadline: 300, Nonce: prover.nonce})
		},
		func() rollup.Op {
			return c.sign(alice, &rollup.SubmitJob{Requester: alice.index, JobID: 3, ModelID: 1, InputCommit: frv(13),
				FeeGwei: 5, Deadline: 5000, Nonce: alice.nonce})
		},
		func() rollup.Op {
			return c.sign(alice, &rollup.CancelJob{Requester: alice.index, JobID: 3, Nonce: alice.nonce})
		},
		func() rollup.Op {
			return &rollup.L1Job{JobID: rollup.L1JobBit | 0, ModelID: 1, FeeGwei: 4, Deadline: 5000, InputCommit: frv(14)}
		},
		func() rollup.Op {
			return c.sign(prover, &rollup.LockJob{Prover: prover.index, JobID: rollup.L1JobBit, LockDeadline: 900, Nonce: prover.nonce})
		},
		func() rollup.Op {
			return c.sign(prover, &rollup.FulfillJob{Prover: prover.index, JobID: rollup.L1JobBit, OutputCommit: frv(23),
				Nonce: prover.nonce})
		},
	)
	out = append(out, w)
	w, _ = c.batch(400,
		func() rollup.Op { return &rollup.ExpireJob{JobID: 2} },
		func() rollup.Op { return &rollup.ProverUnstakeRequest{Prover: prover.l1, PubKey: prover.pub} },
		func() rollup.Op { return &rollup.ProverRelease{Account: prover.index} },
		func() rollup.Op { return &rollup.ForcedExit{Account: bob.index, Requester: bob.l1} },
		func() rollup.Op { // not on the curve: skipped, refunded on L1
			return &rollup.Deposit{Depositor: alice.l1, PubKey: offCurveKey(t), Amount: gweiAmt(1)}
		},
		func() rollup.Op { // x = 0 with the sign bit: not canonical, skipped
			return &rollup.Deposit{Depositor: alice.l1, PubKey: rollup.PubKey{31: 1, 0: 0x80}, Amount: gweiAmt(1)}
		},
		func() rollup.Op { // an L1 job past its deadline, refunded on L1
			return &rollup.L1Job{JobID: rollup.L1JobBit | 1, ModelID: 1, FeeGwei: 4, Deadline: 250, InputCommit: frv(15)}
		},
		func() rollup.Op { return &rollup.ExpireJob{JobID: rollup.L1JobBit | 1} },
	)
	out = append(out, w)
	owner := c.user("owner")
	w, _ = c.batch(500,
		func() rollup.Op { // the fees models 1 earned from jobs 1 and 2^31
			return c.sign(owner, &rollup.ClaimModelFees{Owner: owner.index, ModelID: 1, Nonce: owner.nonce})
		},
		func() rollup.Op { // job 2, reopened by the slash: its fee leaves alice's escrow
			return c.sign(alice, &rollup.CancelJob{Requester: alice.index, JobID: 2, Nonce: alice.nonce})
		},
	)
	out = append(out, w)
	return c, out
}

// TestBlockRejectsTamperedWitness changes, for one op of every type, a
// field of the op, the state it reads or its signature: none proves.
func TestBlockRejectsTamperedWitness(t *testing.T) {
	if testing.Short() {
		t.Skip("proves ~35 tampered batches on the test engine")
	}
	c, batches := mixedBatches(t)
	for _, w := range batches {
		if err := c.solves(w); err != nil {
			t.Fatalf("untampered batch does not solve: %v", err)
		}
	}
	inc := func(v *frontend.Variable) {
		*v = new(big.Int).Add(toBig(*v), big.NewInt(1))
	}
	type tamper struct {
		name string
		f    func(s *Slot)
	}
	field := map[uint8][]tamper{
		uint8(rollup.OpDeposit):              {{"amount", func(s *Slot) { inc(&s.Amount) }}, {"account id", func(s *Slot) { inc(&s.OpA) }}},
		uint8(rollup.OpRegisterModel):        {{"vk hash", func(s *Slot) { inc(&s.Commit) }}, {"owner", func(s *Slot) { inc(&s.OpA) }}},
		uint8(rollup.OpProverStake):          {{"stake", func(s *Slot) { inc(&s.Amount) }}},
		uint8(rollup.OpProverUnstakeRequest): {{"account", func(s *Slot) { s.OpA = 0 }}},
		uint8(rollup.OpL1Job):                {{"fee", func(s *Slot) { inc(&s.Gwei) }}},
		uint8(rollup.OpForcedExit):           {{"amount", func(s *Slot) { inc(&s.Amount) }}},
		uint8(rollup.OpTransfer):             {{"amount", func(s *Slot) { inc(&s.Amount) }}, {"recipient", func(s *Slot) { inc(&s.OpB) }}},
		uint8(rollup.OpWithdraw):             {{"to", func(s *Slot) { inc(&s.Addr) }}},
		uint8(rollup.OpSubmitJob):            {{"deadline", func(s *Slot) { inc(&s.Deadline) }}},
		uint8(rollup.OpLockJob):              {{"lock deadline", func(s *Slot) { inc(&s.Deadline) }}},
		uint8(rollup.OpFulfillJob):           {{"output", func(s *Slot) { inc(&s.Commit) }}},
		uint8(rollup.OpFulfillL1Job):         {{"output", func(s *Slot) { inc(&s.Commit) }}},
		uint8(rollup.OpCancelJob):            {{"requester", func(s *Slot) { inc(&s.OpA) }}},
		uint8(rollup.OpClaimModelFees):       {{"model", func(s *Slot) { inc(&s.ModelID) }}, {"owner", func(s *Slot) { inc(&s.OpA) }}},
		uint8(rollup.OpExpireJob):            {{"slash", func(s *Slot) { inc(&s.Gwei) }}, {"prover address", func(s *Slot) { inc(&s.Addr) }}},
		uint8(rollup.OpProverRelease):        {{"prover address", func(s *Slot) { inc(&s.Addr) }}},
	}
	seen := map[uint8]bool{}
	for bi, w := range batches {
		for si := range w.Slots {
			typ := uint8(toBig(w.Slots[si].Type).Uint64())
			if typ == 0 || seen[typ] {
				continue
			}
			seen[typ] = true
			tampers := append([]tamper{}, field[typ]...)
			tampers = append(tampers, tamper{"A's balance", func(s *Slot) { inc(&s.A.Balance) }})
			if toBig(w.Slots[si].Job.Before.Status).Sign() != 0 { // an empty job leaf binds no fields
				tampers = append(tampers, tamper{"job fee", func(s *Slot) { inc(&s.Job.Before.FeeGwei) }})
			}
			if rollup.OpType(typ).IsSigned() || typ == uint8(rollup.OpFulfillL1Job) {
				tampers = append(tampers,
					tamper{"signature", func(s *Slot) { inc(&s.Sig.S) }},
					tamper{"nonce", func(s *Slot) { inc(&s.Nonce) }})
			}
			for _, tp := range tampers {
				bad := *w
				bad.Slots = append([]Slot(nil), w.Slots...)
				tp.f(&bad.Slots[si])
				if c.solves(&bad) == nil {
					t.Errorf("batch %d slot %d (%s): tampered %s still proves", bi+1, si, rollup.OpType(typ), tp.name)
				}
			}
		}
	}
	for _, l := range []rollup.OpType{rollup.OpDeposit, rollup.OpRegisterModel, rollup.OpProverStake,
		rollup.OpProverUnstakeRequest, rollup.OpL1Job, rollup.OpForcedExit, rollup.OpTransfer, rollup.OpWithdraw,
		rollup.OpSubmitJob, rollup.OpLockJob, rollup.OpFulfillJob, rollup.OpFulfillL1Job, rollup.OpCancelJob,
		rollup.OpExpireJob, rollup.OpProverRelease} {
		if !seen[uint8(l)] {
			t.Errorf("no %s op was tampered", l)
		}
	}
}

func toBig(v frontend.Variable) *big.Int {
	switch x := v.(type) {
	case *big.Int:
		return new(big.Int).Set(x)
	case fr.Element:
		return x.BigInt(new(big.Int))
	case uint8:
		return new(big.Int).SetUint64(uint64(x))
	case uint16:
		return new(big.Int).SetUint64(uint64(x))
	case uint32:
		return new(big.Int).SetUint64(uint64(x))
	case uint64:
		return new(big.Int).SetUint64(x)
	case int:
		return big.NewInt(int64(x))
	}
	panic(fmt.Sprintf("unexpected witness value %T", v))
}
