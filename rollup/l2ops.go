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
	if err := e.st.SetAccount(uint64(o.From), from); err != nil {
		return err
	}
	if o.To == 0 || uint64(o.To)>>e.st.Params().AccountDepth != 0 {
		return fmt.Errorf("%w: recipient %d", ErrUnknownAccount, o.To)
	}
	to, err := e.st.Account(uint64(o.To))
	if err != nil {
		return err
	}
	if to.PubKeyX.IsZero() && to.PubKeyY.IsZero() {
		return fmt.Errorf("%w: recipient %d", ErrUnknownAccount, o.To)
	}
	if err := e.debit(uint64(o.From), o.Token, o.Amount); err != nil {
		return err
	}
	return e.credit(uint64(o.To), o.Token, o.Amount)
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
	if err := e.st.SetAccount(uint64(o.From), from); err != nil {
		return err
	}
	if err := e.debit(uint64(o.From), o.Token, o.Amount); err != nil {
		return err
	}
	r.Effects = append(r.Effects, Withdrawal{To: o.To, Token: o.Token, Amount: cloneBig(o.Amount)})
	return nil
}

func (e *Executor) submitJob(o *SubmitJob, ts uint64) error {
	if o.JobID&L1JobBit != 0 {
		return fmt.Errorf("%w: %d is in the L1 range", ErrJobID, o.JobID)
	}
	leaf, ok := JobLeaf(o.JobID, e.st.Params().JobDepth)
	if !ok {
		return fmt.Errorf("%w: %d does not fit the jobs tree", ErrJobID, o.JobID)
	}
	if existing, err := e.st.Job(leaf); err != nil {
		return err
	} else if existing.Status != state.JobNone {
		return fmt.Errorf("%w: job %d exists", ErrJobID, o.JobID)
	}
	if o.FeeGwei == 0 {
		return fmt.Errorf("%w: zero fee", ErrBadAmount)
	}
	if uint64(o.Deadline) <= ts {
		return fmt.Errorf("%w: deadline %d is not after batch time %d", ErrDeadline, o.Deadline, ts)
	}
	m, err := e.model(o.ModelID)
	if err != nil {
		return err
	}
	if o.FeeGwei < m.FeeGwei {
		return fmt.Errorf("%w: fee %d gwei, model fee %d gwei", ErrFeeCap, o.FeeGwei, m.FeeGwei)
	}
	req, err := e.signer(o.Requester, o, o.Nonce)
	if err != nil {
		return err
	}
	// The fee leaves the ETH balance for the account's escrow, where exodus
	// still finds it (docs/protocol.md §3).
	if req.EscrowGwei+o.FeeGwei < req.EscrowGwei {
		return fmt.Errorf("%w: escrow of account %d overflows", ErrBadAmount, o.Requester)
	}
	req.EscrowGwei += o.FeeGwei
	if err := e.st.SetAccount(uint64(o.Requester), req); err != nil {
		return err
	}
	if err := e.debit(uint64(o.Requester), 0, WeiOf(o.FeeGwei)); err != nil {
		return err
	}
	return e.st.SetJob(leaf, &state.Job{Requester: uint64(o.Requester), Model: uint64(o.ModelID),
		InputCommit: o.InputCommit, FeeGwei: o.FeeGwei, Deadline: uint64(o.Deadline), Status: state.JobOpen})
}

func (e *Executor) model(id uint32) (*state.Model, error) {
	if id == 0 || uint64(id)>>e.st.Params().ModelDepth != 0 {
		return nil, fmt.Errorf("%w: model %d", ErrUnknownModel, id)
	}
	m, err := e.st.Model(uint64(id))
	if err != nil {
		return nil, err
	}
	if m.VKHash.IsZero() {
		return nil, fmt.Errorf("%w: model %d", ErrUnknownModel, id)
	}
	return m, nil
}

// job returns the job with the given id and its leaf.
func (e *Executor) job(id uint32) (*state.Job, uint64, error) {
	leaf, ok := JobLeaf(id, e.st.Params().JobDepth)
	if !ok {
		return nil, 0, fmt.Errorf("%w: %d", ErrJobID, id)
	}
	j, err := e.st.Job(leaf)
	if err != nil {
		return nil, 0, err
	}
	if j.Status == state.JobNone {
		return nil, 0, fmt.Errorf("%w: job %d does not exist", ErrJobState, id)
	}
	return j, leaf, nil
}

func (e *Executor) lockJob(o *LockJob, ts uint64) error {
	j, leaf, err := e.job(o.JobID)
	if err != nil {
		return err
	}
	if j.Status != state.JobOpen {
		return fmt.Errorf("%w: job %d is %s, want open", ErrJobState, o.JobID, j.Status)
	}
	if _, err := e.model(uint32(j.Model)); err != nil {
		return err
	}
	dl := uint64(o.LockDeadline)
	if dl <= ts || dl > j.Deadline || dl-ts > e.cfg.MaxLockDuration {
		return fmt.Errorf("%w: lock deadline %d must be in (%d, min(%d, %d)]", ErrDeadline, dl, ts, j.Deadline,
			ts+e.cfg.MaxLockDuration)
	}
	p, err := e.signer(o.Prover, o, o.Nonce)
	if err != nil {
		return err
	}
	if p.Stake.Sign() == 0 {
		return fmt.Errorf("%w: account %d", ErrNotProver, o.Prover)
	}
	if p.Exiting {
		return fmt.Errorf("%w: account %d takes no new jobs", ErrExiting, o.Prover)
	}
	collateral := CollateralMultiplier * j.FeeGwei
	free := new(big.Int).Sub(p.Stake, p.Locked)
	if free.Cmp(WeiOf(collateral)) < 0 {
		return fmt.Errorf("%w: free stake %v wei, collateral %d gwei", ErrCollateral, free, collateral)
	}
	p.Locked = new(big.Int).Add(p.Locked, WeiOf(collateral))
	if err := e.st.SetAccount(uint64(o.Prover), p); err != nil {
		return err
	}
	j.Status, j.Prover, j.LockDeadline, j.CollateralGwei = state.JobLocked, uint64(o.Prover), dl, collateral
	return e.st.SetJob(leaf, j)
}

func (e *Executor) fulfillJob(o *FulfillJob, ts uint64, r *Receipt) error {
	j, leaf, err := e.job(o.JobID)
	if err != nil {
		return err
	}
	// A locked job is fulfilled by its prover by its lock deadline; an open
	// one directly, without a lock, by any staked prover by the job's
	// deadline (a proof made before its lock would seal: nothing to slash).
	switch j.Status {
	case state.JobLocked:
		if j.Prover != uint64(o.Prover) {
			return fmt.Errorf("%w: job %d is locked by %d", ErrNotJobParty, o.JobID, j.Prover)
		}
		if ts > j.LockDeadline {
			return fmt.Errorf("%w: lock expired at %d, batch time %d", ErrDeadline, j.LockDeadline, ts)
		}
	case state.JobOpen:
		if ts > j.Deadline {
			return fmt.Errorf("%w: job %d expired at %d, batch time %d", ErrDeadline, o.JobID, j.Deadline, ts)
		}
	default:
		return fmt.Errorf("%w: job %d is %s, want open or locked", ErrJobState, o.JobID, j.Status)
	}
	p, err := e.signer(o.Prover, o, o.Nonce)
	if err != nil {
		return err
	}
	if j.Status == state.JobOpen {
		if p.Stake.Sign() == 0 {
			return fmt.Errorf("%w: account %d", ErrNotProver, o.Prover)
		}
		if p.Exiting {
			return fmt.Errorf("%w: account %d takes no new jobs", ErrExiting, o.Prover)
		}
	}
	p.Locked = new(big.Int).Sub(p.Locked, WeiOf(j.CollateralGwei))
	p.Fulfilled++
	if err := e.st.SetAccount(uint64(o.Prover), p); err != nil {
		return err
	}
	m, err := e.model(uint32(j.Model))
	if err != nil {
		return err // the aggregator could not bind the inference proof to a key
	}
	// The model earns its current fee, capped by the escrow, into the model
	// leaf (its owner claims it with ClaimModelFees); the prover earns the
	// rest. An L2 job's fee leaves its requester's escrow.
	modelFee := min(m.FeeGwei, j.FeeGwei)
	if modelFee > 0 {
		if m.EarnedGwei+modelFee < m.EarnedGwei {
			return fmt.Errorf("%w: fees earned by model %d overflow", ErrBadAmount, j.Model)
		}
		m.EarnedGwei += modelFee
		if err := e.st.SetModel(j.Model, m); err != nil {
			return err
		}
	}
	if rest := j.FeeGwei - modelFee; rest > 0 {
		if err := e.credit(uint64(o.Prover), 0, WeiOf(rest)); err != nil {
			return err
		}
	}
	if o.JobID&L1JobBit == 0 {
		if err := e.releaseEscrow(j); err != nil {
			return err
		}
	}
	j.Status, j.Prover, j.OutputCommit, j.CollateralGwei = state.JobFulfilled, uint64(o.Prover), o.OutputCommit, 0
	if err := e.st.SetJob(leaf, j); err != nil {
		return err
	}
	r.Effects = append(r.Effects, Reputation{Prover: p.L1Address, Fulfilled: true})
	if o.JobID&L1JobBit != 0 {
		r.L1Job = true
		r.Effects = append(r.Effects, L1Result{JobID: o.JobID, OutputCommit: o.OutputCommit.Bytes()})
	}
	return nil
}

func (e *Executor) cancelJob(o *CancelJob, r *Receipt) error {
	j, leaf, err := e.job(o.JobID)
	if err != nil {
		return err
	}
	if j.Status != state.JobOpen {
		return fmt.Errorf("%w: job %d is %s, want open", ErrJobState, o.JobID, j.Status)
	}
	if o.JobID&L1JobBit != 0 || j.Requester != uint64(o.Requester) {
		return fmt.Errorf("%w: job %d", ErrNotJobParty, o.JobID)
	}
	req, err := e.signer(o.Requester, o, o.Nonce)
	if err != nil {
		return err
	}
	if err := e.st.SetAccount(uint64(o.Requester), req); err != nil {
		return err
	}
	return e.refundJob(o.JobID, leaf, j, r)
}

func (e *Executor) refundJob(id uint32, leaf uint64, j *state.Job, r *Receipt) error {
	fee := WeiOf(j.FeeGwei)
	j.Status = state.JobCancelled
	if err := e.st.SetJob(leaf, j); err != nil {
		return err
	}
	if id&L1JobBit != 0 {
		r.Effects = append(r.Effects, L1JobPayment{JobID: id, Amount: fee})
		return nil
	}
	if err := e.releaseEscrow(j); err != nil {
		return err
	}
	return e.credit(j.Requester, 0, fee)
}

// releaseEscrow takes an L2 job's fee out of its requester's escrow, where
// SubmitJob put it.
func (e *Executor) releaseEscrow(j *state.Job) error {
	req, err := e.st.Account(j.Requester)
	if err != nil {
		return err
	}
	if req.EscrowGwei < j.FeeGwei {
		// SubmitJob raised it by this fee and only this job's end lowers it.
		return fmt.Errorf("%w: account %d escrows %d gwei, job fee %d gwei", state.ErrCorruptRecord, j.Requester,
			req.EscrowGwei, j.FeeGwei)
	}
	req.EscrowGwei -= j.FeeGwei
	return e.st.SetAccount(j.Requester, req)
}

// claimModelFees moves the fees model o.ModelID has earned into its owner's
// ETH balance.
func (e *Executor) claimModelFees(o *ClaimModelFees) error {
	m, err := e.model(o.ModelID)
	if err != nil {
		return err
	}
	if m.Owner != uint64(o.Owner) {
		return fmt.Errorf("%w: model %d is owned by account %d", ErrNotModelOwner, o.ModelID, m.Owner)
	}
	if m.EarnedGwei == 0 {
		return fmt.Errorf("%w: model %d has no fees to claim", ErrBadAmount, o.ModelID)
	}
	owner, err := e.signer(o.Owner, o, o.Nonce)
	if err != nil {
		return err
	}
	if err := e.st.SetAccount(uint64(o.Owner), owner); err != nil {
		return err
	}
	if err := e.credit(uint64(o.Owner), 0, WeiOf(m.EarnedGwei)); err != nil {
		return err
	}
	m.EarnedGwei = 0
	return e.st.SetModel(uint64(o.ModelID), m)
}

// expireJob slashes a lock past its deadline and reopens the job, or
// refunds an open job past its own deadline.
func (e *Executor) expireJob(o *ExpireJob, ts uint64, r *Receipt) error {
	j, leaf, err := e.job(o.JobID)
	if err != nil {
		return err
	}
	switch j.Status {
	case state.JobOpen:
		if ts <= j.Deadline {
			return fmt.Errorf("%w: job %d is open until %d", ErrNotYetExpired, o.JobID, j.Deadline)
		}
		return e.refundJob(o.JobID, leaf, j, r)
	case state.JobLocked:
		if ts <= j.LockDeadline {
			return fmt.Errorf("%w: job %d is locked until %d", ErrNotYetExpired, o.JobID, j.LockDeadline)
		}
	default:
		return fmt.Errorf("%w: job %d is %s", ErrJobState, o.JobID, j.Status)
	}
	p, err := e.st.Account(j.Prover)
	if err != nil {
		return err
	}
	slash := WeiOf(j.CollateralGwei)
	p.Stake = new(big.Int).Sub(p.Stake, slash)
	p.Locked = new(big.Int).Sub(p.Locked, slash)
	p.Expired++
	if err := e.st.SetAccount(j.Prover, p); err != nil {
		return err
	}
	r.Prover, r.ProverAddr, r.SlashGwei = uint32(j.Prover), p.L1Address, j.CollateralGwei
	r.Effects = append(r.Effects, Slash{Prover: p.L1Address, Amount: cloneBig(slash)},
		Reputation{Prover: p.L1Address, Fulfilled: false})
	if share := slashShare(slash); share.Sign() > 0 {
		if o.JobID&L1JobBit != 0 {
			r.Effects = append(r.Effects, L1JobPayment{JobID: o.JobID, Amount: share})
		} else if err := e.credit(j.Requester, 0, share); err != nil {
			return err
		}
	}
	j.Status, j.Prover, j.LockDeadline, j.CollateralGwei = state.JobOpen, 0, 0, 0
	return e.st.SetJob(leaf, j)
}

func (e *Executor) proverRelease(o *ProverRelease, r *Receipt) error {
	if o.Account == 0 || uint64(o.Account)>>e.st.Params().AccountDepth != 0 {
		return fmt.Errorf("%w: account %d", ErrUnknownAccount, o.Account)
	}
	p, err := e.st.Account(uint64(o.Account))
	if err != nil {
		return err
	}
	if !p.Exiting {
		return fmt.Errorf("%w: account %d did not request an unstake", ErrNotProver, o.Account)
	}
	if p.Locked.Sign() != 0 {
		return fmt.Errorf("%w: account %d still has %v wei locked", ErrCollateral, o.Account, p.Locked)
	}
	if p.Stake.Sign() == 0 {
		return fmt.Errorf("%w: account %d has no stake to release", ErrNotProver, o.Account)
	}
	p.Stake = new(big.Int)
	if err := e.st.SetAccount(uint64(o.Account), p); err != nil {
		return err
	}
	r.Account, r.ProverAddr = o.Account, p.L1Address
	r.Effects = append(r.Effects, StakeRelease{Prover: p.L1Address})
	return nil
}
