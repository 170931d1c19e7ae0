package block

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	edwards "github.com/consensys/gnark-crypto/ecc/bls12-377/twistededwards"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"

	"github.com/nexus-rollup/nexus/prover/statement"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/protocol"
	"github.com/nexus-rollup/nexus/rollup/state"
)

// Assign builds the circuit's full assignment for a batch sealed in
// witness mode (rollup.BatchBuilder.EnableWitness).
func Assign(p Params, batch *rollup.Batch, w *rollup.Witness) (*Circuit, error) {
	if err := p.Check(); err != nil {
		return nil, err
	}
	if w == nil {
		return nil, fmt.Errorf("block: the batch was sealed without a witness")
	}
	if w.Params != p.State {
		return nil, fmt.Errorf("block: batch state depths %+v, circuit %+v", w.Params, p.State)
	}
	if w.Config.MaxLockDuration != p.MaxLockDuration {
		return nil, fmt.Errorf("block: batch max lock duration %d, circuit %d", w.Config.MaxLockDuration, p.MaxLockDuration)
	}
	if len(w.Ops) > p.Slots {
		return nil, fmt.Errorf("block: %d ops, the circuit has %d slots", len(w.Ops), p.Slots)
	}
	size := protocol.JobsRootSize + protocol.ChunkSize*p.Chunks
	if len(batch.Pubdata) > size {
		return nil, fmt.Errorf("block: %d pubdata bytes, the circuit holds %d", len(batch.Pubdata), size)
	}
	c, err := New(p)
	if err != nil {
		return nil, err
	}
	hdr := batch.Header
	pi := hdr.PublicInputs()
	c.HeaderHi, c.HeaderLo = pi[0], pi[1]
	c.BatchNumber, c.Timestamp, c.PriorityOps = hdr.BatchNumber, hdr.Timestamp, hdr.PriorityOpsConsumed
	for i := range 32 {
		c.PriorityBefore[i], c.PriorityAfter[i] = hdr.PriorityHashBefore[i], hdr.PriorityHashAfter[i]
	}
	c.AccountsRoot, c.JobsRoot, c.ModelsRoot = w.AccountsRoot, w.JobsRoot, w.ModelsRoot
	for i := range c.Pubdata {
		c.Pubdata[i] = 0
		if i < len(batch.Pubdata) {
			c.Pubdata[i] = batch.Pubdata[i]
		}
	}
	for k := range c.Inferences {
		c.Inferences[k] = Inference{Statement: 0, VKHash: 0}
	}
	k := 0
	for i := range c.Slots {
		ow := &w.Padding
		if i < len(w.Ops) {
			ow = &w.Ops[i]
		}
		if err := assignSlot(p, &c.Slots[i], ow); err != nil {
			return nil, fmt.Errorf("block: slot %d: %w", i, err)
		}
		if ow.Receipt != nil {
			if f, ok := ow.Receipt.Op.(*rollup.FulfillJob); ok {
				if k >= p.Inferences {
					return nil, fmt.Errorf("block: more than %d fulfilled jobs", p.Inferences)
				}
				j := ow.Job.Job
				c.Inferences[k] = Inference{
					Statement: statement.Statement(u64(j.Model), u64(uint64(f.JobID)), j.InputCommit, f.OutputCommit),
					VKHash:    ow.Model.Model.VKHash,
				}
				k++
			}
		}
	}
	return c, nil
}

// Statements returns the batch's inference slots as the block proof's
// public inputs carry them (zero for inactive slots).
func (c *Circuit) Statements() []Inference { return c.Inferences }

func u64(v uint64) fr.Element {
	var e fr.Element
	e.SetUint64(v)
	return e
}

func addr(a [20]byte) fr.Element {
	var e fr.Element
	e.SetBytes(a[:])
	return e
}

func amt(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

func assignSlot(p Params, s *Slot, ow *rollup.OpWitness) error {
	zero := []*frontend.Variable{&s.Type, &s.OpA, &s.OpB, &s.Token, &s.Amount, &s.Addr, &s.JobID, &s.ModelID,
		&s.Gwei, &s.Deadline, &s.Commit, &s.Nonce}
	for _, v := range zero {
		*v = 0
	}
	var pk rollup.PubKey
	var sig []byte
	if r := ow.Receipt; r != nil {
		s.Type = uint8(r.Op.Type())
		switch o := r.Op.(type) {
		case *rollup.Deposit:
			s.OpA, s.Token, s.Amount, pk, s.Addr = r.Account, o.Token, amt(o.Amount), o.PubKey, addr(o.Depositor)
		case *rollup.RegisterModel:
			s.ModelID, s.OpA, s.Gwei, s.Commit, pk, s.Addr = o.ModelID, r.Account, o.FeeGwei, o.VKHash, o.OwnerPubKey, addr(o.Owner)
		case *rollup.ProverStake:
			s.OpA, s.Amount, pk, s.Addr = r.Account, amt(o.Stake), o.PubKey, addr(o.Prover)
		case *rollup.ProverUnstakeRequest:
			s.OpA, pk, s.Addr = r.Account, o.PubKey, addr(o.Prover)
		case *rollup.L1Job:
			s.JobID, s.ModelID, s.Gwei, s.Deadline, s.Commit = o.JobID, o.ModelID, o.FeeGwei, o.Deadline, o.InputCommit
		case *rollup.ForcedExit:
			s.OpA, s.Token, s.Amount, s.Addr = o.Account, o.Token, amt(r.Amount), addr(o.Requester)
		case *rollup.Transfer:
			s.OpA, s.OpB, s.Token, s.Amount, s.Nonce, sig = o.From, o.To, o.Token, amt(o.Amount), o.Nonce, o.Sig
		case *rollup.Withdraw:
			s.OpA, s.Token, s.Amount, s.Addr, s.Nonce, sig = o.From, o.Token, amt(o.Amount), addr(o.To), o.Nonce, o.Sig
		case *rollup.SubmitJob:
			s.OpA, s.JobID, s.ModelID, s.Commit, s.Gwei, s.Deadline, s.Nonce, sig = o.Requester, o.JobID, o.ModelID,
				o.InputCommit, o.FeeGwei, o.Deadline, o.Nonce, o.Sig
		case *rollup.LockJob:
			s.OpA, s.JobID, s.Deadline, s.Nonce, sig = o.Prover, o.JobID, o.LockDeadline, o.Nonce, o.Sig
		case *rollup.FulfillJob:
			s.OpA, s.JobID, s.Commit, s.Nonce, sig = o.Prover, o.JobID, o.OutputCommit, o.Nonce, o.Sig
			if r.L1Job {
				s.Type = uint8(rollup.OpFulfillL1Job)
			}
		case *rollup.CancelJob:
			s.OpA, s.JobID, s.Nonce, sig = o.Requester, o.JobID, o.Nonce, o.Sig
		case *rollup.ClaimModelFees:
			s.OpA, s.ModelID, s.Nonce, sig = o.Owner, o.ModelID, o.Nonce, o.Sig
		case *rollup.ExpireJob:
			s.JobID, s.OpB, s.Gwei, s.Addr = o.JobID, r.Prover, r.SlashGwei, addr(r.ProverAddr)
		case *rollup.ProverRelease:
			s.OpA, s.Addr = o.Account, addr(r.ProverAddr)
		default:
			return fmt.Errorf("unknown op %T", r.Op)
		}
	}
	var q, t twistededwards.Point
	s.PkY, s.PkSign, s.PkX, s.PkW, q, t = pkWitness(pk)
	s.PkQ, s.PkT = q, t
	if sig != nil {
		rx, ry, sc, err := keys.SignatureParts(sig)
		if err != nil {
			return err
		}
		s.Sig.R = twistededwards.Point{X: rx, Y: ry}
		s.Sig.S = sc
	} else {
		s.Sig.R = twistededwards.Point{X: 0, Y: 1}
		s.Sig.S = 0
	}
	d := p.State
	assignAccount(&s.A, ow.A, d)
	assignAccount(&s.B, ow.B, d)
	j := ow.Job.Job
	s.Job.Before = Job{Requester: j.Requester, Model: j.Model, InputCommit: j.InputCommit, FeeGwei: j.FeeGwei,
		Deadline: j.Deadline, Status: uint64(j.Status), Prover: j.Prover, LockDeadline: j.LockDeadline,
		Collateral: j.CollateralGwei, OutputCommit: j.OutputCommit}
	s.Job.Path = path(ow.Job.Index, ow.Job.Siblings, d.JobDepth)
	m := ow.Model.Model
	s.Model.Before = Model{VKHash: m.VKHash, Owner: m.Owner, FeeGwei: m.FeeGwei, Earned: m.EarnedGwei}
	s.Model.Path = path(ow.Model.Index, ow.Model.Siblings, d.ModelDepth)
	return nil
}

func assignAccount(dst *AccountAccess, a rollup.AccountAccess, d state.Params) {
	acct := a.Account
	exiting := 0
	if acct.Exiting {
		exiting = 1
	}
	dst.Before = Account{PubKeyX: acct.PubKeyX, PubKeyY: acct.PubKeyY, L1Address: addr(acct.L1Address),
		Nonce: acct.Nonce, TokenRoot: acct.TokenRoot, Stake: amt(acct.Stake), Locked: amt(acct.Locked),
		Fulfilled: acct.Fulfilled, Expired: acct.Expired, Exiting: exiting, Escrow: acct.EscrowGwei}
	dst.Balance = amt(a.Balance)
	dst.TokenPath = path(a.Token, a.TokenSiblings, d.TokenDepth)
	dst.Path = path(a.Index, a.Siblings, d.AccountDepth)
}

func path(index uint64, siblings []fr.Element, depth int) MerklePath {
	p := NewMerklePath(depth)
	for i := range depth {
		p.Bits[i] = (index >> i) & 1
		if i < len(siblings) {
			p.Siblings[i] = siblings[i]
		} else {
			p.Siblings[i] = 0
		}
	}
	return p
}

// pkWitness splits a wire key into Y and its sign bit and witnesses its
// decompression: X for a decodable key (else W with W² = g·u·v), and the
// decomposition P = [4]Q + T of the decoded point (of the base point when
// the key does not decode).
func pkWitness(wire rollup.PubKey) (y fr.Element, sign uint64, x, w fr.Element, q, t twistededwards.Point) {
	sign = uint64(wire[0] >> 7)
	yb := wire
	yb[0] &= 0x7f
	y.SetBytes(yb[:]) // L1 admits only y < r, so nothing reduces
	curve := edwards.GetEdwardsCurve()
	var a, d, one, u, v, tt fr.Element
	a.Set(&curve.A)
	d.Set(&curve.D)
	one.SetOne()
	var y2 fr.Element
	y2.Square(&y)
	u.Sub(&one, &y2)
	v.Mul(&d, &y2)
	v.Sub(&a, &v)
	tt.Div(&u, &v)
	p := curve.Base
	if tt.Legendre() >= 0 && !v.IsZero() {
		x.Sqrt(&tt)
		if x.LexicographicallyLargest() != (sign == 1) {
			x.Neg(&x)
		}
		if x.LexicographicallyLargest() == (sign == 1) {
			p = edwards.PointAffine{X: x, Y: y}
		}
	} else {
		var g fr.Element
		g.SetUint64(NonResidue)
		w.Mul(&u, &v)
		w.Mul(&w, &g)
		w.Sqrt(&w)
	}
	// T = [α]P with α = 0 mod order and 1 mod 4; Q = [4⁻¹ mod order](P - T).
	order := &curve.Order
	alpha := new(big.Int).ModInverse(order, big.NewInt(4))
	alpha.Mul(alpha, order)
	var tp, s, qp edwards.PointAffine
	tp.ScalarMultiplication(&p, alpha)
	var negT edwards.PointAffine
	negT.Neg(&tp)
	s.Add(&p, &negT)
	inv4 := new(big.Int).ModInverse(big.NewInt(4), order)
	qp.ScalarMultiplication(&s, inv4)
	return y, sign, x, w, twistededwards.Point{X: qp.X, Y: qp.Y}, twistededwards.Point{X: tp.X, Y: tp.Y}
}
