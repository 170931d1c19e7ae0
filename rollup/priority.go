package rollup

import (
	"errors"
	"math/big"

	"github.com/nexus-rollup/nexus/rollup/state"
)

// Priority ops must always be consumed in queue order, so they never fail on
// user input: what cannot apply is refunded to L1 or skipped, and the receipt
// says so. They fail only on a store error.

func (e *Executor) deposit(o *Deposit, r *Receipt) error {
	refund := func() error {
		r.Skipped = true
		if o.Amount != nil && o.Amount.Sign() > 0 {
			r.Effects = append(r.Effects, Withdrawal{To: o.From, Token: o.Token, Amount: cloneBig(o.Amount)})
		}
		return nil
	}
	if positive(o.Amount) != nil || !e.tokenOK(o.Token) {
		return refund()
	}
	snap := e.st.Snapshot()
	i, a, ok, err := e.accountFor(o.PubKey, o.From)
	if err != nil {
		return err
	}
	if !ok {
		return refund()
	}
	if err := e.st.SetAccount(i, a); err != nil {
		return err
	}
	if err := e.credit(i, o.Token, o.Amount); err != nil {
		if errors.Is(err, ErrBalanceOverflow) {
			e.st.RevertTo(snap)
			return refund()
		}
		return err
	}
	r.Account = i
	return nil
}

func (e *Executor) registerModel(o *RegisterModel, r *Receipt) error {
	if o.Index>>e.st.Params().ModelDepth != 0 || o.Fee == nil || o.Fee.Sign() < 0 ||
		o.Fee.Cmp(state.MaxAmount) > 0 || o.ModelID.IsZero() {
		r.Skipped = true
		return nil
	}
	i, a, ok, err := e.accountFor(o.OwnerPubKey, Address{})
	if err != nil {
		return err
	}
	if !ok {
		r.Skipped = true
		return nil
	}
	if err := e.st.SetAccount(i, a); err != nil {
		return err
	}
	r.Account = i
	return e.st.SetModel(o.Index, &state.Model{ModelID: o.ModelID, VKHash: o.VKHash, Owner: i, Fee: cloneBig(o.Fee)})
}

func (e *Executor) proverStake(o *ProverStake, r *Receipt) error {
	if o.Stake == nil || o.Stake.Sign() < 0 || o.Stake.Cmp(state.MaxAmount) > 0 {
		r.Skipped = true
		return nil
	}
	i, a, ok, err := e.accountFor(o.PubKey, o.Prover)
	if err != nil {
		return err
	}
	if known, found := e.lookup(proverKey(o.Prover)); found && known != i {
		ok = false // one L1 prover address, one L2 account
	}
	if !ok {
		r.Skipped = true
		return nil
	}
	if a.L1Address == (Address{}) {
		a.L1Address = o.Prover
	}
	// The stake on L1 never drops below what is locked on L2 (unstakes go
	// through ProverUnstake, slashes through the proof), but a stale mirror
	// must not unlock collateral either.
	a.Stake = maxBig(o.Stake, a.Locked)
	if err := e.st.SetAccount(i, a); err != nil {
		return err
	}
	e.st.SetMeta(proverKey(o.Prover), beUint64(i))
	r.Account = i
	return nil
}

func (e *Executor) proverUnstake(o *ProverUnstake, r *Receipt) error {
	i, found := e.lookup(proverKey(o.Prover))
	if !found || o.Amount == nil || o.Amount.Sign() <= 0 {
		r.Skipped = true
		return nil
	}
	a, err := e.st.Account(i)
	if err != nil {
		return err
	}
	free := new(big.Int).Sub(a.Stake, a.Locked)
	release := o.Amount
	if release.Cmp(free) > 0 {
		release = free // collateral of locked jobs stays until they settle
	}
	if release.Sign() <= 0 {
		r.Skipped = true
		return nil
	}
	a.Stake = new(big.Int).Sub(a.Stake, release)
	if err := e.st.SetAccount(i, a); err != nil {
		return err
	}
	r.Account = i
	r.Effects = append(r.Effects, UnstakeRelease{Prover: o.Prover, Amount: cloneBig(release)})
	return nil
}

func (e *Executor) l1Job(o *L1Job, ts uint64, r *Receipt) error {
	refund := func() error {
		r.Skipped = true
		if o.Fee != nil && o.Fee.Sign() > 0 {
			r.Effects = append(r.Effects, L1JobRefund{L1JobID: o.L1JobID, Amount: cloneBig(o.Fee)})
		}
		return nil
	}
	if o.L1JobID == 0 || positive(o.Fee) != nil || o.Deadline <= ts || o.Model>>e.st.Params().ModelDepth != 0 {
		return refund()
	}
	m, err := e.st.Model(o.Model)
	if err != nil {
		return err
	}
	if m.ModelID.IsZero() || o.Fee.Cmp(m.Fee) < 0 {
		return refund()
	}
	idx, ok := e.nextJob()
	if !ok {
		return refund()
	}
	r.Job = idx
	return e.st.SetJob(idx, &state.Job{Model: o.Model, InputCommit: o.InputCommit, Fee: cloneBig(o.Fee),
		MaxDeadline: o.Deadline, Status: state.JobOpen, Collateral: new(big.Int), L1JobID: o.L1JobID})
}

func (e *Executor) forcedExit(o *ForcedExit, r *Receipt) error {
	if o.Account == 0 || o.Account>>e.st.Params().AccountDepth != 0 || !e.tokenOK(o.Token) {
		r.Skipped = true
		return nil
	}
	a, err := e.st.Account(o.Account)
	if err != nil {
		return err
	}
	if a.L1Address != o.Requester || o.Requester == (Address{}) {
		r.Skipped = true
		return nil
	}
	bal, err := e.st.Balance(o.Account, o.Token)
	if err != nil {
		return err
	}
	if bal.Sign() == 0 {
		r.Skipped = true
		return nil
	}
	if err := e.st.SetBalance(o.Account, o.Token, new(big.Int)); err != nil {
		return err
	}
	r.Account = o.Account
	r.Effects = append(r.Effects, Withdrawal{To: o.Requester, Token: o.Token, Amount: bal})
	return nil
}

// nextJob returns the next free job index (job 0 is never used).
func (e *Executor) nextJob() (uint64, bool) {
	next := e.counter("next-job")
	if next == 0 {
		next = 1
	}
	if next>>e.st.Params().JobDepth != 0 {
		return 0, false
	}
	e.setCounter("next-job", next+1)
	return next, true
}

func beUint64(v uint64) []byte {
	b := make([]byte, 8)
	for i := 7; i >= 0; i-- {
		b[i] = byte(v)
		v >>= 8
	}
	return b
}
