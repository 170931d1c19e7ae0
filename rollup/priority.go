package rollup

import (
	"errors"
	"math/big"

	"github.com/nexus-rollup/nexus/rollup/state"
)

// Priority ops must be consumed in queue order whatever they say, so they
// never fail on user input: what cannot apply is skipped (and, for value,
// left to L1 to refund). They fail only on a store error.

func (e *Executor) deposit(o *Deposit, r *Receipt) error {
	skip := func() error {
		r.Skipped, r.Account = true, 0
		if o.Amount != nil && o.Amount.Sign() > 0 {
			r.Effects = append(r.Effects, Withdrawal{To: o.Depositor, Token: o.Token, Amount: cloneBig(o.Amount)})
		}
		return nil
	}
	if positive(o.Amount) != nil || !e.tokenOK(o.Token) {
		return skip()
	}
	snap := e.st.Snapshot()
	i, a, ok, err := e.accountFor(o.PubKey, o.Depositor)
	if err != nil {
		return err
	}
	if !ok {
		return skip()
	}
	if err := e.st.SetAccount(uint64(i), a); err != nil {
		return err
	}
	if err := e.credit(uint64(i), o.Token, o.Amount); err != nil {
		if errors.Is(err, ErrBalanceOverflow) {
			e.st.RevertTo(snap)
			return skip()
		}
		return err
	}
	r.Account = i
	return nil
}

func (e *Executor) registerModel(o *RegisterModel, r *Receipt) error {
	if o.ModelID == 0 || uint64(o.ModelID)>>e.st.Params().ModelDepth != 0 {
		r.Skipped = true
		return nil
	}
	i, a, ok, err := e.accountFor(o.OwnerPubKey, o.Owner)
	if err != nil {
		return err
	}
	if !ok {
		r.Skipped = true
		return nil
	}
	if err := e.st.SetAccount(uint64(i), a); err != nil {
		return err
	}
	r.Account = i
	// An update keeps the fees the model earned and nobody claimed: they go
	// to whoever owns it when they are claimed.
	old, err := e.st.Model(uint64(o.ModelID))
	if err != nil {
		return err
	}
	return e.st.SetModel(uint64(o.ModelID), &state.Model{VKHash: o.VKHash, Owner: uint64(i), FeeGwei: o.FeeGwei,
		EarnedGwei: old.EarnedGwei})
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
	if !ok {
		r.Skipped = true
		return nil
	}
	// The L1 stake only ever grows between releases (slashes arrive through
	// the proof), but a stale mirror must never unlock collateral.
	a.Stake = cloneBig(o.Stake)
	if a.Stake.Cmp(a.Locked) < 0 {
		a.Stake = cloneBig(a.Locked)
	}
	if err := e.st.SetAccount(uint64(i), a); err != nil {
		return err
	}
	r.Account = i
	return nil
}

func (e *Executor) proverUnstake(o *ProverUnstakeRequest, r *Receipt) error {
	i, found, err := e.AccountOf(o.PubKey, o.Prover)
	if err != nil {
		return err
	}
	if !found {
		r.Skipped = true
		return nil
	}
	a, err := e.st.Account(uint64(i))
	if err != nil {
		return err
	}
	if a.L1Address != o.Prover {
		r.Skipped = true // only the prover's own address may take it out
		return nil
	}
	a.Exiting = true
	if err := e.st.SetAccount(uint64(i), a); err != nil {
		return err
	}
	r.Account = i
	return nil
}

func (e *Executor) l1Job(o *L1Job, r *Receipt) error {
	leaf, ok := JobLeaf(o.JobID, e.st.Params().JobDepth)
	if !ok || o.JobID&L1JobBit == 0 {
		r.Skipped = true
		r.Effects = append(r.Effects, L1JobPayment{JobID: o.JobID, Amount: WeiOf(o.FeeGwei)})
		return nil
	}
	j, err := e.st.Job(leaf)
	if err != nil {
		return err
	}
	if j.Status != state.JobNone {
		r.Skipped = true // L1 assigns each id once; never overwrite a job
		return nil
	}
	// Created even for an unknown model or a past deadline: nobody can lock
	// it, and ExpireJob refunds it on L1 after its deadline.
	return e.st.SetJob(leaf, &state.Job{Model: uint64(o.ModelID), InputCommit: o.InputCommit, FeeGwei: o.FeeGwei,
		Deadline: uint64(o.Deadline), Status: state.JobOpen})
}

func (e *Executor) forcedExit(o *ForcedExit, r *Receipt) error {
	if o.Account == 0 || uint64(o.Account)>>e.st.Params().AccountDepth != 0 || !e.tokenOK(o.Token) {
		r.Skipped = true
		return nil
	}
	a, err := e.st.Account(uint64(o.Account))
	if err != nil {
		return err
	}
	if a.L1Address != o.Requester || o.Requester == (Address{}) {
		r.Skipped = true
		return nil
	}
	bal, err := e.st.Balance(uint64(o.Account), uint64(o.Token))
	if err != nil {
		return err
	}
	if bal.Sign() == 0 {
		return nil
	}
	if err := e.st.SetBalance(uint64(o.Account), uint64(o.Token), new(big.Int)); err != nil {
		return err
	}
	r.Amount = bal
	r.Effects = append(r.Effects, Withdrawal{To: o.Requester, Token: o.Token, Amount: cloneBig(bal)})
	return nil
}
