package block

import (
	"github.com/consensys/gnark/frontend"

	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/protocol"
)

// The slot's per-op gadgets, one per op type (or a tight family), each
// mirroring its rollup.Executor rule; slot (slot.go) calls them in a fixed
// order. docs/block-circuit.md says how to add one.

// deposit mirrors Executor.deposit. Deposit: skipped (refunded on L1) for
// an invalid key, a zero amount, an unknown token or a balance overflow.
func (sc *slotCtx) deposit() {
	api, s := sc.api, sc.s
	on := sc.is(protocol.OpDeposit)
	pre := sc.and(on, sc.pkValid, sc.amountNonZero, sc.tokenOK)
	sc.assertIf(pre, sc.claimable, 1)
	sc.assertIf(pre, sc.tokIdxA, s.Token)
	overflow := api.ToBinary(api.Add(s.A.Balance, s.Amount), 129)[128]
	ok := api.Mul(pre, sc.not(overflow))
	sc.keyedAccount(on, ok)
	sc.balA = api.Add(sc.balA, api.Mul(ok, s.Amount))
}

// registerModel mirrors Executor.registerModel. RegisterModel: skipped for
// a model id outside the tree or an invalid owner key; otherwise writes the
// model leaf.
func (sc *slotCtx) registerModel() {
	s := sc.s
	on := sc.is(protocol.OpRegisterModel)
	ok := sc.and(on, sc.modelOK, sc.pkValid)
	sc.keyedAccount(on, ok)
	sc.assertIf(ok, sc.modelIdx, s.ModelID)
	sc.set(&sc.newModel.VKHash, ok, s.Commit)
	sc.set(&sc.newModel.Owner, ok, s.OpA)
	sc.set(&sc.newModel.FeeGwei, ok, s.Gwei)
}

// proverStake mirrors Executor.proverStake. ProverStake: the mirrored
// stake, never below the locked collateral.
func (sc *slotCtx) proverStake() {
	api, s := sc.api, sc.s
	on := sc.is(protocol.OpProverStake)
	ok := api.Mul(on, sc.pkValid)
	sc.keyedAccount(on, ok)
	sc.set(&sc.newA.Stake, ok, api.Select(sc.geBit(s.Amount, sc.oldA.Locked, 128), s.Amount, sc.oldA.Locked))
}

// proverUnstakeRequest mirrors Executor.proverUnstake.
// ProverUnstakeRequest: account 0 when (key, address) has no account.
func (sc *slotCtx) proverUnstakeRequest() {
	api, s := sc.api, sc.s
	ok := api.Mul(sc.is(protocol.OpProverUnstakeRequest), sc.not(api.IsZero(s.OpA)))
	sc.assertIf(ok, sc.pkValid, 1)
	sc.assertIf(ok, sc.matchA, 1)
	sc.assertIf(ok, sc.idxA, s.OpA)
	sc.set(&sc.newA.Exiting, ok, 1)
}

// l1Job mirrors Executor.l1Job. L1Job: creates an open job unless the id
// is outside the L1 range or taken. createJob writes the leaf.
func (sc *slotCtx) l1Job() {
	api := sc.api
	ok := sc.and(sc.is(protocol.OpL1Job), sc.l1ID, sc.jobValid)
	sc.assertIf(ok, sc.jobIdx, sc.jobLeafIdx)
	sc.createsL1Job = api.Mul(ok, api.IsZero(sc.oldJob.Status))
}

// forcedExit mirrors Executor.forcedExit. ForcedExit: the whole balance,
// if the requester is the account's L1 address.
func (sc *slotCtx) forcedExit() {
	api, s := sc.api, sc.s
	on := sc.is(protocol.OpForcedExit)
	touch := sc.and(on, sc.accountFits, sc.not(api.IsZero(s.OpA)))
	sc.assertIf(touch, sc.idxA, s.OpA)
	ok := sc.and(touch, sc.tokenOK, sc.eq(sc.oldA.L1Address, s.Addr), sc.not(api.IsZero(s.Addr)))
	sc.assertIf(ok, sc.tokIdxA, s.Token)
	sc.assertIf(ok, s.Amount, s.A.Balance)
	sc.assertIf(api.Mul(on, sc.not(ok)), s.Amount, 0)
	sc.balA = api.Sub(sc.balA, api.Mul(ok, s.A.Balance))
}

// signedChecks mirrors Executor.signer for every signed op. Signed ops: A
// is the signer; nonce, key and signature (over rollup.SigningHash). A job
// op then reads A's token-0 (ETH) balance, which its fees move.
func (sc *slotCtx) signedChecks() error {
	api, s := sc.api, sc.s
	signed, a0 := sc.isSigned, sc.oldA
	sc.assertIf(signed, sc.idxA, s.OpA)
	sc.assertIf(signed, s.Nonce, a0.Nonce)
	api.AssertIsEqual(api.Mul(signed, api.IsZero(a0.PubKeyX), api.IsZero(a0.PubKeyY)), 0)
	sc.newA.Nonce = api.Add(sc.newA.Nonce, signed)
	sigMsg := sc.signingHash(s, sc.flag, sc.isFulfil)
	base := sc.curve.Params().Base
	pubX := api.Select(signed, a0.PubKeyX, base[0])
	pubY := api.Select(signed, a0.PubKeyY, base[1])
	sc.curve.AssertIsOnCurve(s.Sig.R) // gnark's IsValid hashes R but does not place it on the curve
	valid, err := SignatureValid(api, pubX, pubY, sigMsg, s.Sig)
	if err != nil {
		return err
	}
	sc.assertIf(signed, valid, 1)
	sc.isJobOp = api.Add(sc.is(protocol.OpSubmitJob), sc.is(protocol.OpLockJob), sc.isFulfil, sc.is(protocol.OpCancelJob))
	sc.assertIf(api.Add(sc.isJobOp, sc.is(protocol.OpClaimModelFees)), sc.tokIdxA, 0)
	return nil
}

// transferWithdraw mirrors Executor.transfer and Executor.withdraw.
// Transfer and Withdraw.
func (sc *slotCtx) transferWithdraw() {
	api, s := sc.api, sc.s
	isT, isW := sc.is(protocol.OpTransfer), sc.is(protocol.OpWithdraw)
	tw := api.Add(isT, isW)
	sc.nonZeroIf(tw, s.Amount)
	sc.assertIf(tw, sc.tokenOK, 1)
	sc.assertIf(tw, sc.tokIdxA, s.Token)
	sc.balA = api.Sub(sc.balA, api.Mul(tw, s.Amount))
	sc.assertIf(isT, sc.idxB, s.OpB)
	sc.assertIf(isT, sc.tokIdxB, s.Token)
	sc.nonZeroIf(isT, s.OpB)
	api.AssertIsEqual(api.Mul(isT, api.IsZero(sc.oldB.PubKeyX), api.IsZero(sc.oldB.PubKeyY)), 0) // recipient has a key
	sc.balB = api.Add(sc.balB, api.Mul(isT, s.Amount))
	sc.nonZeroIf(isW, s.Addr)
}

// jobInTree mirrors Executor.job (rollup.JobLeaf): every job op names a job
// that fits the tree.
func (sc *slotCtx) jobInTree() {
	touch := sc.api.Add(sc.isJobOp, sc.is(protocol.OpExpireJob))
	sc.assertIf(touch, sc.jobValid, 1)
	sc.assertIf(touch, sc.jobIdx, sc.jobLeafIdx)
}

// submitJob mirrors Executor.submitJob: a fresh L2 job of an existing
// model, its fee at least the model's, moved from A's balance to A's
// escrow. createJob writes the leaf.
func (sc *slotCtx) submitJob() {
	api, s := sc.api, sc.s
	on := sc.is(protocol.OpSubmitJob)
	sc.assertIf(on, sc.l1ID, 0)
	sc.assertIf(on, sc.oldJob.Status, 0)
	sc.nonZeroIf(on, s.Gwei)
	sc.gtIf(on, s.Deadline, sc.ts, 64)
	sc.assertIf(on, sc.modelIdx, s.ModelID)
	sc.nonZeroIf(on, s.ModelID)
	sc.geIf(on, s.Gwei, sc.oldModel.FeeGwei, 64)
	sc.balA = api.Sub(sc.balA, api.Mul(on, s.Gwei, sc.gwei))
	sc.newA.Escrow = api.Add(sc.newA.Escrow, api.Mul(on, s.Gwei))
}

// createJob writes the open job leaf that SubmitJob or L1Job creates
// (Executor.submitJob, Executor.l1Job).
func (sc *slotCtx) createJob() {
	api, s := sc.api, sc.s
	isSJ := sc.is(protocol.OpSubmitJob)
	create := api.Add(sc.createsL1Job, isSJ)
	nJ := &sc.newJob
	for _, w := range []struct {
		field *frontend.Variable
		v     frontend.Variable
	}{{&nJ.Requester, api.Mul(isSJ, s.OpA)}, {&nJ.Model, s.ModelID}, {&nJ.InputCommit, s.Commit},
		{&nJ.FeeGwei, s.Gwei}, {&nJ.Deadline, s.Deadline}, {&nJ.Status, 1}, {&nJ.Prover, 0},
		{&nJ.LockDeadline, 0}, {&nJ.Collateral, 0}, {&nJ.OutputCommit, 0}} {
		sc.set(w.field, create, w.v)
	}
}

// jobModelExists mirrors Executor.model: models a job op relies on exist.
func (sc *slotCtx) jobModelExists() {
	api := sc.api
	needModel := api.Add(sc.is(protocol.OpLockJob), sc.isFulfil)
	sc.assertIf(needModel, sc.modelIdx, sc.oldJob.Model)
	sc.nonZeroIf(api.Add(needModel, sc.is(protocol.OpSubmitJob)), sc.oldModel.VKHash)
	sc.nonZeroIf(needModel, sc.oldJob.Model)
}

// lockJob mirrors Executor.lockJob: an open job locked by a staked, not
// exiting prover until a lock deadline within the job's deadline and
// MaxLockDuration, against collateral from the prover's free stake.
func (sc *slotCtx) lockJob() {
	api, s, ts := sc.api, sc.s, sc.ts
	on, a0, j0 := sc.is(protocol.OpLockJob), sc.oldA, sc.oldJob
	sc.assertIf(on, j0.Status, uint64(1))
	sc.gtIf(on, s.Deadline, ts, 64)
	sc.geIf(on, j0.Deadline, s.Deadline, 64)
	sc.geIf(on, api.Add(ts, sc.p.MaxLockDuration), s.Deadline, 65)
	sc.nonZeroIf(on, a0.Stake)
	sc.assertIf(on, a0.Exiting, 0)
	collateral := api.Mul(j0.FeeGwei, rollup.CollateralMultiplier)
	sc.newA.Locked = api.Add(sc.newA.Locked, api.Mul(on, collateral, sc.gwei))
	sc.geIf(on, a0.Stake, sc.newA.Locked, 128)
	sc.set(&sc.newJob.Status, on, 2)
	sc.set(&sc.newJob.Prover, on, s.OpA)
	sc.set(&sc.newJob.LockDeadline, on, s.Deadline)
	sc.set(&sc.newJob.Collateral, on, collateral)
}

// jobStatus reads whether the job was open or locked before the op, for
// fulfil and expireJob.
func (sc *slotCtx) jobStatus() {
	sc.jobOpen, sc.jobLocked = sc.eq(sc.oldJob.Status, 1), sc.eq(sc.oldJob.Status, 2)
}

// fulfil mirrors Executor.fulfillJob. FulfillJob / FulfillL1Job: the L1
// form exactly for L1 jobs; a job locked by the signer by its lock
// deadline, or an open one directly by a staked prover by the job's
// deadline; the model's fee (capped by the job's) accrues in the model
// leaf, the rest goes to the prover, and an L2 job's fee leaves its
// requester's escrow (B).
func (sc *slotCtx) fulfil() {
	api, s, gw := sc.api, sc.s, sc.gwei
	ful, open, locked := sc.isFulfil, sc.jobOpen, sc.jobLocked
	a0, j0, m0 := sc.oldA, sc.oldJob, sc.oldModel
	sc.assertIf(ful, sc.l1ID, sc.is(protocol.OpFulfillL1Job))
	sc.assertIf(ful, api.Add(open, locked), 1)
	sc.assertIf(api.Mul(ful, locked), j0.Prover, s.OpA)
	sc.geIf(ful, api.Select(open, j0.Deadline, j0.LockDeadline), sc.ts, 64)
	direct := api.Mul(ful, open)
	sc.nonZeroIf(direct, a0.Stake)
	sc.assertIf(direct, a0.Exiting, 0)
	sc.newA.Locked = api.Sub(sc.newA.Locked, api.Mul(ful, j0.Collateral, gw))
	sc.newA.Fulfilled = api.Add(sc.newA.Fulfilled, ful)
	modelFee := api.Select(sc.geBit(j0.FeeGwei, m0.FeeGwei, 64), m0.FeeGwei, j0.FeeGwei)
	sc.balA = api.Add(sc.balA, api.Mul(ful, api.Sub(j0.FeeGwei, modelFee), gw))
	sc.newModel.Earned = api.Add(sc.newModel.Earned, api.Mul(ful, modelFee))
	l2Ful := api.Mul(ful, sc.l2ID)
	sc.assertIf(l2Ful, sc.idxB, j0.Requester)
	sc.newB.Escrow = api.Sub(sc.newB.Escrow, api.Mul(l2Ful, j0.FeeGwei))
	sc.set(&sc.newJob.Status, ful, 3)
	sc.set(&sc.newJob.Prover, ful, s.OpA)
	sc.set(&sc.newJob.OutputCommit, ful, s.Commit)
	sc.set(&sc.newJob.Collateral, ful, 0)
	sc.statement = sc.h.Hash(j0.Model, s.JobID, j0.InputCommit, s.Commit)
}

// cancelJob mirrors Executor.cancelJob. CancelJob: the requester's own
// open L2 job.
func (sc *slotCtx) cancelJob() {
	api, s := sc.api, sc.s
	on, j0 := sc.is(protocol.OpCancelJob), sc.oldJob
	sc.assertIf(on, sc.l1ID, 0)
	sc.assertIf(on, j0.Status, 1)
	sc.assertIf(on, j0.Requester, s.OpA)
	sc.balA = api.Add(sc.balA, api.Mul(on, j0.FeeGwei, sc.gwei))
	sc.newA.Escrow = api.Sub(sc.newA.Escrow, api.Mul(on, j0.FeeGwei))
	sc.set(&sc.newJob.Status, on, 4)
}

// claimModelFees mirrors Executor.claimModelFees. ClaimModelFees: the
// owner (A, signer) of an existing model takes its non-zero accrued fees
// into its ETH balance.
func (sc *slotCtx) claimModelFees() {
	api, s, m0 := sc.api, sc.s, sc.oldModel
	on := sc.is(protocol.OpClaimModelFees)
	sc.assertIf(on, sc.modelOK, 1)
	sc.assertIf(on, sc.modelIdx, s.ModelID)
	sc.nonZeroIf(on, m0.VKHash)
	sc.assertIf(on, m0.Owner, s.OpA)
	sc.nonZeroIf(on, m0.Earned)
	sc.balA = api.Add(sc.balA, api.Mul(on, m0.Earned, sc.gwei))
	sc.set(&sc.newModel.Earned, on, 0)
}

// expireJob mirrors Executor.expireJob. ExpireJob: an open job past its
// deadline is refunded; a locked one past its lock deadline slashes the
// prover and reopens.
func (sc *slotCtx) expireJob() {
	api, s, ts, gw := sc.api, sc.s, sc.ts, sc.gwei
	on, open, locked, j0 := sc.is(protocol.OpExpireJob), sc.jobOpen, sc.jobLocked, sc.oldJob
	sc.assertIf(on, api.Add(open, locked), 1)
	expOpen, expLocked := api.Mul(on, open), api.Mul(on, locked)
	sc.gtIf(expOpen, ts, j0.Deadline, 64)
	sc.gtIf(expLocked, ts, j0.LockDeadline, 64)
	sc.assertIf(expOpen, s.OpB, 0)
	sc.assertIf(expOpen, s.Gwei, 0)
	sc.assertIf(expOpen, s.Addr, 0)
	payA := api.Mul(on, sc.l2ID)
	sc.assertIf(payA, sc.idxA, j0.Requester)
	sc.assertIf(payA, sc.tokIdxA, 0)
	refund := api.Mul(j0.FeeGwei, gw)
	share := api.Mul(j0.Collateral, rollup.Gwei/2) // slash·SLASH_REQUESTER_BPS/10000, exact in wei
	sc.balA = api.Add(sc.balA, api.Mul(payA, api.Add(api.Mul(open, refund), api.Mul(locked, share))))
	sc.newA.Escrow = api.Sub(sc.newA.Escrow, api.Mul(payA, open, j0.FeeGwei)) // an open L2 job's fee leaves escrow
	sc.set(&sc.newJob.Status, expOpen, 4)
	sc.assertIf(expLocked, sc.idxB, j0.Prover)
	sc.assertIf(expLocked, s.OpB, j0.Prover)
	sc.assertIf(expLocked, s.Gwei, j0.Collateral)
	sc.assertIf(expLocked, s.Addr, sc.oldB.L1Address)
	slash := api.Mul(expLocked, j0.Collateral, gw)
	sc.newB.Stake = api.Sub(sc.newB.Stake, slash)
	sc.newB.Locked = api.Sub(sc.newB.Locked, slash)
	sc.newB.Expired = api.Add(sc.newB.Expired, expLocked)
	sc.set(&sc.newJob.Status, expLocked, 1)
	sc.set(&sc.newJob.Prover, expLocked, 0)
	sc.set(&sc.newJob.LockDeadline, expLocked, 0)
	sc.set(&sc.newJob.Collateral, expLocked, 0)
}

// proverRelease mirrors Executor.proverRelease. ProverRelease: an exiting
// prover with nothing locked.
func (sc *slotCtx) proverRelease() {
	s, a0 := sc.s, sc.oldA
	on := sc.is(protocol.OpProverRelease)
	sc.assertIf(on, sc.idxA, s.OpA)
	sc.nonZeroIf(on, s.OpA)
	sc.assertIf(on, a0.Exiting, 1)
	sc.assertIf(on, a0.Locked, 0)
	sc.nonZeroIf(on, a0.Stake)
	sc.assertIf(on, s.Addr, a0.L1Address)
	sc.set(&sc.newA.Stake, on, 0)
}
