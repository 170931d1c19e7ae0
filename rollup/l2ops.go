package rollup

import (
	"fmt"
	"math/big"

	"github.com/nexus-rollup/nexus/rollup/state"
)

func (e *Executor) transfer(o *Transfer) error {
	if err := positive(o.Amount); err != nil {
		return err
	}
	if !e.tokenOK(o.Token) {
		return fmt.Errorf("%w: token %d", ErrIndexRange, o.Token)
	}
	from, err := e.signer(o.From, o, o.Nonce)
	if err != nil {
		return err
	}
	if err := e.st.SetAccount(o.From, from); err != nil {
		return err
	}
	if o.To == 0 || o.To>>e.st.Params().AccountDepth != 0 {
		return fmt.Errorf("%w: recipient %d", ErrUnknownAccount, o.To)
	}
	to, err := e.st.Account(o.To)
	if err != nil {
		return err
	}
	if to.PubKeyX.IsZero() && to.PubKeyY.IsZero() {
		return fmt.Errorf("%w: recipient %d", ErrUnknownAccount, o.To)
	}
	if err := e.debit(o.From, o.Token, o.Amount); err != nil {
		return err
	}
	return e.credit(o.To, o.Token, o.Amount)
}

func (e *Executor) withdraw(o *Withdraw, r *Receipt) error {
	if err := positive(o.Amount); err != nil {
		return err
	}
	if !e.tokenOK(o.Token) {
		return fmt.Errorf("%w: token %d", ErrIndexRange, o.Token)
	}
	if o.To == (Address{}) {
		return fmt.Errorf("%w: withdrawal to the zero address", ErrBadAmount)
	}
	from, err := e.signer(o.From, o, o.Nonce)
	if err != nil {
		return err
	}
	if err := e.st.SetAccount(o.From, from); err != nil {
		return err
	}
	if err := e.debit(o.From, o.Token, o.Amount); err != nil {
		return err
	}
	r.Effects = append(r.Effects, Withdrawal{To: o.To, Token: o.Token, Amount: cloneBig(o.Amount)})
	return nil
}

func (e *Executor) submitJob(o *SubmitJob, ts uint64, r *Receipt) error {
	if err := positive(o.MaxFee); err != nil {
		return err
	}
	if o.Deadline <= ts {
		return fmt.Errorf("%w: deadline %d is not after batch time %d", ErrDeadline, o.Deadline, ts)
	}
	if o.Model>>e.st.Params().ModelDepth != 0 {
		return fmt.Errorf("%w: model %d", ErrUnknownModel, o.Model)
	}
	m, err := e.st.Model(o.Model)
	if err != nil {
		return err
	}
	if m.ModelID.IsZero() {
		return fmt.Errorf("%w: model %d", ErrUnknownModel, o.Model)
	}
	if o.MaxFee.Cmp(m.Fee) < 0 {
		return fmt.Errorf("%w: max fee %v, model fee %v", ErrFeeCap, o.MaxFee, m.Fee)
	}
	req, err := e.signer(o.Requester, o, o.Nonce)
	if err != nil {
		return err
	}
	if err := e.st.SetAccount(o.Requester, req); err != nil {
		return err
	}
	if err := e.debit(o.Requester, e.cfg.FeeToken, o.MaxFee); err != nil {
		return err
	}
	idx, ok := e.nextJob()
	if !ok {
		return fmt.Errorf("%w: the job tree is full", ErrIndexRange)
	}
	r.Job = idx
	return e.st.SetJob(idx, &state.Job{Requester: o.Requester, Model: o.Model, InputCommit: o.InputCommit,
		Fee: cloneBig(o.MaxFee), MaxDeadline: o.Deadline, Status: state.JobOpen, Collateral: new(big.Int)})
}

func (e *Executor) job(i uint64) (*state.Job, error) {
	if i == 0 || i>>e.st.Params().JobDepth != 0 {
		return nil, fmt.Errorf("%w: job %d", ErrJobState, i)
	}
	j, err := e.st.Job(i)
	if err != nil {
		return nil, err
	}
	if j.Status == state.JobNone {
		return nil, fmt.Errorf("%w: job %d does not exist", ErrJobState, i)
	}
	return j, nil
}

func (e *Executor) lockJob(o *LockJob, ts uint64) error {
	j, err := e.job(o.Job)
	if err != nil {
		return err
	}
	if j.Status != state.JobOpen {
		return fmt.Errorf("%w: job %d is %s, want open", ErrJobState, o.Job, j.Status)
	}
	if o.LockDeadline <= ts || o.LockDeadline > j.MaxDeadline {
		return fmt.Errorf("%w: lock deadline %d must be in (%d, %d]", ErrDeadline, o.LockDeadline, ts, j.MaxDeadline)
	}
	p, err := e.signer(o.Prover, o, o.Nonce)
	if err != nil {
		return err
	}
	if p.Stake.Sign() == 0 || p.L1Address == (Address{}) {
		return fmt.Errorf("%w: account %d", ErrNotProver, o.Prover)
	}
	collateral := maxBig(j.Fee, e.cfg.MinCollateral)
	free := new(big.Int).Sub(p.Stake, p.Locked)
	if free.Cmp(collateral) < 0 {
		return fmt.Errorf("%w: free stake %v, collateral %v", ErrCollateral, free, collateral)
	}
	p.Locked = new(big.Int).Add(p.Locked, collateral)
	if err := e.st.SetAccount(o.Prover, p); err != nil {
		return err
	}
	j.Status, j.Prover, j.LockDeadline, j.Collateral = state.JobLocked, o.Prover, o.LockDeadline, collateral
	return e.st.SetJob(o.Job, j)
}

func (e *Executor) fulfillJob(o *FulfillJob, ts uint64, r *Receipt) error {
	j, err := e.job(o.Job)
	if err != nil {
		return err
	}
	if j.Status != state.JobLocked {
		return fmt.Errorf("%w: job %d is %s, want locked", ErrJobState, o.Job, j.Status)
	}
	if j.Prover != o.Prover {
		return fmt.Errorf("%w: job %d is locked by %d", ErrNotJobParty, o.Job, j.Prover)
	}
	if ts > j.LockDeadline {
		return fmt.Errorf("%w: lock expired at %d, batch time %d", ErrDeadline, j.LockDeadline, ts)
	}
	p, err := e.signer(o.Prover, o, o.Nonce)
	if err != nil {
		return err
	}
	p.Locked = new(big.Int).Sub(p.Locked, j.Collateral)
	p.Fulfilled++
	if err := e.st.SetAccount(o.Prover, p); err != nil {
		return err
	}
	m, err := e.st.Model(j.Model)
	if err != nil {
		return err
	}
	// The model owner's fee is what the model charges now, capped by the
	// escrow; the prover earns the rest.
	modelFee := m.Fee
	if modelFee.Cmp(j.Fee) > 0 {
		modelFee = j.Fee
	}
	proverFee := new(big.Int).Sub(j.Fee, modelFee)
	if modelFee.Sign() > 0 {
		if err := e.credit(m.Owner, e.cfg.FeeToken, modelFee); err != nil {
			return err
		}
	}
	if proverFee.Sign() > 0 {
		if err := e.credit(o.Prover, e.cfg.FeeToken, proverFee); err != nil {
			return err
		}
	}
	j.Status, j.OutputCommit, j.Collateral = state.JobFulfilled, o.OutputCommit, new(big.Int)
	if err := e.st.SetJob(o.Job, j); err != nil {
		return err
	}
	r.Effects = append(r.Effects, Reputation{Prover: p.L1Address, Fulfilled: true})
	if j.L1JobID != 0 {
		r.Effects = append(r.Effects, L1Result{L1JobID: j.L1JobID, OutputCommit: o.OutputCommit.Bytes()})
	}
	return nil
}

func (e *Executor) cancelJob(o *CancelJob, r *Receipt) error {
	j, err := e.job(o.Job)
	if err != nil {
		return err
	}
	if j.Status != state.JobOpen {
		return fmt.Errorf("%w: job %d is %s, want open", ErrJobState, o.Job, j.Status)
	}
	if j.L1JobID != 0 || j.Requester != o.Requester {
		return fmt.Errorf("%w: job %d", ErrNotJobParty, o.Job)
	}
	req, err := e.signer(o.Requester, o, o.Nonce)
	if err != nil {
		return err
	}
	if err := e.st.SetAccount(o.Requester, req); err != nil {
		return err
	}
	return e.refundJob(o.Job, j, r)
}

func (e *Executor) refundJob(idx uint64, j *state.Job, r *Receipt) error {
	fee := j.Fee
	j.Status, j.Fee = state.JobCancelled, new(big.Int)
	if err := e.st.SetJob(idx, j); err != nil {
		return err
	}
	if j.L1JobID != 0 {
		r.Effects = append(r.Effects, L1JobRefund{L1JobID: j.L1JobID, Amount: cloneBig(fee)})
		return nil
	}
	return e.credit(j.Requester, e.cfg.FeeToken, fee)
}

// expireJob slashes a lock past its deadline and reopens the job, or
// refunds an open job past its own deadline.
func (e *Executor) expireJob(o *ExpireJob, ts uint64, r *Receipt) error {
	j, err := e.job(o.Job)
	if err != nil {
		return err
	}
	switch j.Status {
	case state.JobOpen:
		if ts <= j.MaxDeadline {
			return fmt.Errorf("%w: job %d is open until %d", ErrNotYetExpired, o.Job, j.MaxDeadline)
		}
		return e.refundJob(o.Job, j, r)
	case state.JobLocked:
		if ts <= j.LockDeadline {
			return fmt.Errorf("%w: job %d is locked until %d", ErrNotYetExpired, o.Job, j.LockDeadline)
		}
	default:
		return fmt.Errorf("%w: job %d is %s", ErrJobState, o.Job, j.Status)
	}
	p, err := e.st.Account(j.Prover)
	if err != nil {
		return err
	}
	slash := j.Collateral
	p.Stake = new(big.Int).Sub(p.Stake, slash)
	p.Locked = new(big.Int).Sub(p.Locked, slash)
	p.Expired++
	if err := e.st.SetAccount(j.Prover, p); err != nil {
		return err
	}
	share := new(big.Int).Mul(slash, new(big.Int).SetUint64(e.cfg.SlashRequesterBps))
	share.Quo(share, big.NewInt(10000))
	r.Effects = append(r.Effects, Slash{Prover: p.L1Address, Amount: cloneBig(slash), Share: cloneBig(share)},
		Reputation{Prover: p.L1Address, Fulfilled: false})
	if share.Sign() > 0 {
		if j.L1JobID != 0 {
			r.Effects = append(r.Effects, L1JobRefund{L1JobID: j.L1JobID, Amount: share})
		} else if err := e.credit(j.Requester, e.cfg.FeeToken, share); err != nil {
			return err
		}
	}
	j.Status, j.Prover, j.LockDeadline, j.Collateral = state.JobOpen, 0, 0, new(big.Int)
	return e.st.SetJob(o.Job, j)
}
