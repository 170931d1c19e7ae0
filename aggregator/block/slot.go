package block

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"

	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/protocol"
)

// NonResidue is the smallest quadratic non-residue of BLS12-377 Fr: a
// public key's Y has no point exactly when g·u·v is a square, where
// x² = u/v is the curve equation solved for x.
var NonResidue = func() uint64 {
	for g := uint64(2); ; g++ {
		var e fr.Element
		e.SetUint64(g)
		if e.Legendre() == -1 {
			return g
		}
	}
}()

// halfR is (r-1)/2: a coordinate above it is "lexicographically largest",
// the sign bit of a compressed key.
var halfR = func() *big.Int {
	r := fr.Modulus()
	return r.Rsh(r.Sub(r, big.NewInt(1)), 1)
}()

// slot applies one op slot to the running roots and returns its pubdata
// encoding and public outputs. The rules mirror rollup.Executor op by op:
// each op type (or a tight family of them) is one gadget method of slotCtx
// below, and a comment names the executor check each constraint stands for.
//
// Every gadget runs for every slot, gated by the op type's flag (a slot is
// a union circuit over all op types), so the calls below are also the order
// the constraints are emitted in: reordering them changes the compiled
// circuit (testdata/block_constraints.csv pins its size).
func (b *builder) slot(s *Slot, ts frontend.Variable, r *roots) (*slotOut, error) {
	sc := &slotCtx{builder: b, s: s, ts: ts}

	// Shared decoding: op type, field encodings and bounds, the wire key,
	// and the four accesses' leaves before the op.
	sc.decodeType()
	sc.encodeFields()
	sc.rangeBounds()
	sc.publicKey()
	sc.openAccesses()

	// Priority ops (from L1).
	sc.deposit()
	sc.registerModel()
	sc.proverStake()
	sc.proverUnstakeRequest()
	sc.l1Job()
	sc.forcedExit()

	// Signed L2 ops: the signer, then each op's rules.
	if err := sc.signedChecks(); err != nil {
		return nil, err
	}
	sc.transferWithdraw()
	sc.jobInTree()
	sc.submitJob()
	sc.createJob()
	sc.jobModelExists()
	sc.lockJob()
	sc.jobStatus()
	sc.fulfil()
	sc.cancelJob()

	// Unsigned L2 ops (from the sequencer, preconditions checked here).
	sc.expireJob()
	sc.proverRelease()

	// The accesses against the running roots, and the pubdata encoding.
	sc.applyAccesses(r)
	return sc.output(), nil
}

// slotCtx is one slot's running state while its gadgets run: the decoded
// op type and fields, and the leaves the slot reads and rewrites. Each
// gadget reads what the earlier ones decoded and updates the new leaves
// and balances; the gadgets are called in slot's fixed order.
type slotCtx struct {
	*builder
	s  *Slot
	ts frontend.Variable // the batch's timestamp

	// Op type (decodeType): flag[t] is 1 exactly when the slot holds op
	// type t (read it with is); the families are sums of exclusive flags.
	flag       map[byte]frontend.Variable
	isFulfil   frontend.Variable // FulfillJob or FulfillL1Job
	isPriority frontend.Variable // an L1 priority op
	isSigned   frontend.Variable // an op signed by account A
	isJobOp    frontend.Variable // SubmitJob, LockJob, a fulfil or CancelJob (signedChecks)

	// Field encodings (encodeFields): each slot field's pubdata bytes, by
	// the names sourceOf gives them, and the bits of the ids rangeBounds
	// bounds (little-endian).
	bytes                                  map[string][]frontend.Variable
	opABits, tokenBits, jobBits, modelBits []frontend.Variable

	// Range bounds (rangeBounds).
	accountFits   frontend.Variable // OpA fits the accounts tree
	tokenOK       frontend.Variable // Token fits the token subtree (Executor.tokenOK)
	l1ID, l2ID    frontend.Variable // JobID has rollup.L1JobBit set, or not
	jobValid      frontend.Variable // JobID names a leaf of the jobs tree (rollup.JobLeaf) ...
	jobLeafIdx    frontend.Variable // ... and this is that leaf's index
	modelOK       frontend.Variable // ModelID is non-zero and fits the models tree
	amountNonZero frontend.Variable

	// pkValid: the wire key PkY, PkSign decodes to a point of the
	// prime-order subgroup other than the identity (publicKey).
	pkValid frontend.Variable

	// The accesses (openAccesses): the leaves before the op, and the leaves
	// and A's and B's balances of the accessed token after it, which the op
	// gadgets update in turn.
	oldA, oldB, newA, newB Account
	oldJob, newJob         Job
	oldModel, newModel     Model
	balA, balB             frontend.Variable

	// The leaf indices the access paths encode: A's and B's account and
	// token, the job's and the model's.
	idxA, tokIdxA, idxB, tokIdxB, jobIdx, modelIdx frontend.Variable

	matchA    frontend.Variable // A holds the op's key and L1 address ...
	claimable frontend.Variable // ... or is empty: a keyed op may land in it

	// Passed on between op gadgets.
	createsL1Job       frontend.Variable // l1Job creates the job (createJob writes it)
	jobOpen, jobLocked frontend.Variable // the job's status before the op (jobStatus)
	statement          frontend.Variable // the fulfilled job's inference statement (fulfil)
}

// is returns the flag of op type t: 1 when the slot holds a t, else 0.
func (sc *slotCtx) is(t byte) frontend.Variable { return sc.flag[t] }

// decodeType decodes the one-hot op type: an unknown type byte has no flag
// and fails.
func (sc *slotCtx) decodeType() {
	api := sc.api
	sc.flag = make(map[byte]frontend.Variable, len(opTypes))
	sum := frontend.Variable(0)
	for _, t := range opTypes {
		sc.flag[t] = sc.eq(sc.s.Type, t)
		sum = api.Add(sum, sc.flag[t])
	}
	api.AssertIsEqual(sum, 1)
	sc.isFulfil = api.Add(sc.is(protocol.OpFulfillJob), sc.is(protocol.OpFulfillL1Job))
	sc.isPriority = api.Add(sc.is(protocol.OpDeposit), sc.is(protocol.OpRegisterModel), sc.is(protocol.OpProverStake),
		sc.is(protocol.OpProverUnstakeRequest), sc.is(protocol.OpL1Job), sc.is(protocol.OpForcedExit))
	sc.isSigned = api.Add(sc.is(protocol.OpTransfer), sc.is(protocol.OpWithdraw), sc.is(protocol.OpSubmitJob),
		sc.is(protocol.OpLockJob), sc.isFulfil, sc.is(protocol.OpCancelJob))
}

// encodeFields encodes the slot's fields as pubdata bytes; the
// decompositions also bound each field's width.
func (sc *slotCtx) encodeFields() {
	api, s := sc.api, sc.s
	opA, opABits := sc.beBytes(s.OpA, 4)
	opB, _ := sc.beBytes(s.OpB, 4)
	token, tokenBits := sc.beBytes(s.Token, 2)
	amount, _ := sc.beBytes(s.Amount, 16)
	address, _ := sc.beBytes(s.Addr, 20)
	jobID, jobBits := sc.beBytes(s.JobID, 4)
	modelID, modelBits := sc.beBytes(s.ModelID, 4)
	gwei, _ := sc.beBytes(s.Gwei, 8)
	deadline, _ := sc.beBytes(s.Deadline, 4)
	commit, _ := sc.frBytes(s.Commit)
	pk, _ := sc.frBytes(s.PkY)
	api.AssertIsBoolean(s.PkSign)
	pk[0] = api.Add(pk[0], api.Mul(s.PkSign, 128))
	sc.rc.Check(s.Nonce, 64)

	sc.bytes = map[string][]frontend.Variable{"opA": opA, "opB": opB, "token": token, "amount": amount,
		"addr": address, "jobId": jobID, "modelId": modelID, "gwei": gwei, "deadline": deadline, "commit": commit,
		"pubkey": pk}
	sc.opABits, sc.tokenBits, sc.jobBits, sc.modelBits = opABits, tokenBits, jobBits, modelBits
}

// rangeBounds decides whether the ids fit their trees at the circuit's
// depths, as the executor does before it touches a leaf.
func (sc *slotCtx) rangeBounds() {
	api, s, d := sc.api, sc.s, sc.p.State
	sc.accountFits = sc.noneSet(sc.opABits[d.AccountDepth:])
	sc.tokenOK = sc.noneSet(sc.tokenBits[d.TokenDepth:])
	sc.l1ID = sc.jobBits[31]
	sc.l2ID = sc.not(sc.l1ID)
	sc.jobValid = sc.and(sc.noneSet(sc.jobBits[d.JobDepth-1:31]), sc.not(api.IsZero(s.JobID))) // rollup.JobLeaf
	sc.jobLeafIdx = api.Add(api.Mul(sc.l1ID, new(big.Int).Lsh(big.NewInt(1), uint(d.JobDepth-1))),
		api.FromBinary(sc.jobBits[:d.JobDepth-1]...))
	sc.modelOK = sc.and(sc.noneSet(sc.modelBits[d.ModelDepth:]), sc.not(api.IsZero(s.ModelID)))
	sc.amountNonZero = sc.not(api.IsZero(s.Amount))
}

// noneSet returns 1 when every bit is 0.
func (b *builder) noneSet(bits []frontend.Variable) frontend.Variable {
	acc := frontend.Variable(0)
	for _, x := range bits {
		acc = b.api.Add(acc, x)
	}
	return b.api.IsZero(acc)
}

// publicKey decompresses the wire key and checks its subgroup, setting
// pkValid (keys.PublicKeyFromWire): valid iff x² = u/v has a root whose
// sign is PkSign; otherwise W proves g·u·v is a non-square, or the key is
// x = 0 with the sign bit set.
func (sc *slotCtx) publicKey() {
	api, s := sc.api, sc.s
	cp := sc.curve.Params()
	y2 := api.Mul(s.PkY, s.PkY)
	u := api.Sub(1, y2)
	v := api.Sub(cp.A, api.Mul(cp.D, y2))
	onCurve := sc.eq(api.Mul(s.PkX, s.PkX, v), u)
	largest := sc.eq(api.Cmp(s.PkX, halfR), 1)
	decoded := api.Mul(onCurve, sc.eq(largest, s.PkSign))
	// Subgroup: P = [4]Q + T with [4]T = 0 splits P uniquely (the curve
	// group is the prime-order subgroup times the 4-torsion); P is in the
	// subgroup iff T is the identity. An undecodable key uses the base point.
	pt := twistededwards.Point{X: api.Select(decoded, s.PkX, cp.Base[0]), Y: api.Select(decoded, s.PkY, cp.Base[1])}
	sc.curve.AssertIsOnCurve(s.PkQ)
	sc.curve.AssertIsOnCurve(s.PkT)
	t4 := sc.curve.Double(sc.curve.Double(s.PkT))
	api.AssertIsEqual(t4.X, 0)
	api.AssertIsEqual(t4.Y, 1)
	sum4 := sc.curve.Add(sc.curve.Double(sc.curve.Double(s.PkQ)), s.PkT)
	api.AssertIsEqual(sum4.X, pt.X)
	api.AssertIsEqual(sum4.Y, pt.Y)
	inSubgroup := api.Mul(api.IsZero(s.PkT.X), sc.eq(s.PkT.Y, 1))
	identity := api.Mul(api.IsZero(s.PkX), sc.eq(s.PkY, 1))
	sc.pkValid = sc.and(decoded, inSubgroup, sc.not(identity))
	uv := api.Mul(u, v)
	nonSquare := api.Mul(sc.eq(api.Mul(s.PkW, s.PkW), api.Mul(uv, NonResidue)), sc.not(api.IsZero(uv)))
	zeroXSigned := api.Mul(api.IsZero(u), s.PkSign)
	// An invalid key must be shown invalid: no root, a non-canonical sign,
	// or a decoded point outside the subgroup or the identity.
	api.AssertIsEqual(api.Mul(sc.not(sc.pkValid), sc.not(nonSquare), sc.not(zeroXSigned), sc.not(decoded)), 0)
}

// openAccesses reads the four accesses' leaves before the op (the new
// leaves start as copies), the indices their paths encode, and whether
// account A can take a keyed op.
func (sc *slotCtx) openAccesses() {
	api, s, h := sc.api, sc.s, sc.h
	sc.oldA, sc.oldB, sc.oldJob, sc.oldModel = s.A.Before, s.B.Before, s.Job.Before, s.Model.Before
	sc.newA, sc.newB, sc.newJob, sc.newModel = sc.oldA, sc.oldB, sc.oldJob, sc.oldModel
	sc.balA, sc.balB = s.A.Balance, s.B.Balance
	sc.idxA, sc.tokIdxA = h.Index(s.A.Path), h.Index(s.A.TokenPath)
	sc.idxB, sc.tokIdxB = h.Index(s.B.Path), h.Index(s.B.TokenPath)
	sc.jobIdx, sc.modelIdx = h.Index(s.Job.Path), h.Index(s.Model.Path)

	emptyA := frontend.Variable(1)
	for _, x := range sc.oldA.fields() {
		emptyA = api.Mul(emptyA, api.IsZero(x))
	}
	sc.matchA = sc.and(sc.eq(sc.oldA.PubKeyX, s.PkX), sc.eq(sc.oldA.PubKeyY, s.PkY), sc.eq(sc.oldA.L1Address, s.Addr))
	sc.claimable = api.Sub(api.Add(sc.matchA, emptyA), api.Mul(sc.matchA, emptyA))
}

// keyedAccount: the op lands in the account of (key, address), existing or
// fresh (Executor.accountFor); skipped ops publish account 0. flag is the
// op's type flag, ok whether it applies.
func (sc *slotCtx) keyedAccount(flag, ok frontend.Variable) {
	s := sc.s
	sc.assertIf(ok, sc.claimable, 1)
	sc.nonZeroIf(ok, sc.idxA)
	sc.assertIf(ok, s.OpA, sc.idxA)
	sc.assertIf(sc.api.Mul(flag, sc.not(ok)), s.OpA, 0)
	sc.set(&sc.newA.PubKeyX, ok, s.PkX)
	sc.set(&sc.newA.PubKeyY, ok, s.PkY)
	sc.set(&sc.newA.L1Address, ok, s.Addr)
}

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
	sc.assertIf(sc.isJobOp, sc.tokIdxA, 0)
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
// model, its fee at least the model's, escrowed from A. createJob writes
// the leaf.
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
// deadline; fee to the model owner (capped by the escrow) and the prover.
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
	sc.assertIf(ful, sc.idxB, m0.Owner)
	sc.assertIf(ful, sc.tokIdxB, 0)
	sc.balB = api.Add(sc.balB, api.Mul(ful, modelFee, gw))
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
	sc.set(&sc.newJob.Status, on, 4)
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

// applyAccesses performs the accesses, in order, against the running
// roots: A, B (token leaf, then account leaf), the job and the model.
func (sc *slotCtx) applyAccesses(r *roots) {
	s, h := sc.s, sc.h
	r.accounts = sc.updateAccount(r.accounts, &s.A, sc.newA, sc.balA)
	r.accounts = sc.updateAccount(r.accounts, &s.B, sc.newB, sc.balB)
	r.jobs = h.Update(r.jobs, sc.jobLeaf(sc.oldJob), sc.jobLeaf(sc.newJob), s.Job.Path)
	r.models = h.Update(r.models, sc.modelLeaf(sc.oldModel), sc.modelLeaf(sc.newModel), s.Model.Path)
}

// output is the slot's public outputs and its pubdata encoding.
func (sc *slotCtx) output() *slotOut {
	out := &slotOut{fulfil: sc.isFulfil, priority: sc.isPriority, statement: sc.statement, vkHash: sc.oldModel.VKHash}
	sc.encode(out, sc.flag, sc.bytes)
	return out
}

// updateAccount checks the access's old values under root and returns the
// root with the new ones.
func (b *builder) updateAccount(root frontend.Variable, acc *AccountAccess, next Account, balance frontend.Variable) frontend.Variable {
	api, h := b.api, b.h
	b.rc.Check(balance, 128) // no underflow, no overflow
	b.rc.Check(next.Stake, 128)
	b.rc.Check(next.Locked, 128)
	api.AssertIsEqual(h.Root(acc.Balance, acc.TokenPath), b.actualTokenRoot(acc.Before.TokenRoot))
	next.TokenRoot = b.storedTokenRoot(h.Root(balance, acc.TokenPath))
	oldLeaf, _ := b.accountLeaf(acc.Before)
	newLeaf, _ := b.accountLeaf(next)
	return h.Update(root, oldLeaf, newLeaf, acc.Path)
}

// signingHash is rollup.SigningHash for whichever signed type the slot
// holds: the fields are multiplexed into one message and the Poseidon2
// chain is read at the type's length.
func (b *builder) signingHash(s *Slot, f map[byte]frontend.Variable, ful frontend.Variable) frontend.Variable {
	api := b.api
	fT, fW, fSJ := f[protocol.OpTransfer], f[protocol.OpWithdraw], f[protocol.OpSubmitJob]
	fLK, fC := f[protocol.OpLockJob], f[protocol.OpCancelJob]
	mux := func(terms ...frontend.Variable) frontend.Variable {
		acc := frontend.Variable(0)
		for i := 0; i < len(terms); i += 2 {
			acc = api.Add(acc, api.Mul(terms[i], terms[i+1]))
		}
		return acc
	}
	jobOps := api.Add(fSJ, fLK, ful, fC)
	msg := []frontend.Variable{
		api.Sub(s.Type, f[protocol.OpFulfillL1Job]), // FulfillL1Job signs as FulfillJob
		s.OpA,
		mux(fT, s.OpB, fW, s.Token, jobOps, s.JobID),
		mux(fT, s.Token, fW, s.Amount, fSJ, s.ModelID, fLK, s.Deadline, ful, s.Commit, fC, s.Nonce),
		mux(fT, s.Amount, fW, s.Addr, fSJ, s.Commit, api.Add(fLK, ful), s.Nonce),
		mux(api.Add(fT, fW), s.Nonce, fSJ, s.Gwei),
		mux(fSJ, s.Deadline),
		mux(fSJ, s.Nonce),
	}
	chain := make([]frontend.Variable, len(msg)+1)
	chain[0] = 0
	for i, m := range msg {
		chain[i+1] = b.h.Compress(chain[i], m)
	}
	return mux(fC, chain[4], api.Add(fLK, ful), chain[5], api.Add(fT, fW), chain[6], fSJ, chain[8])
}

// encode lays the op out as rollup/protocol's layout of its type.
func (b *builder) encode(out *slotOut, f map[byte]frontend.Variable, fields map[string][]frontend.Variable) {
	api := b.api
	const maxBytes = 12 * protocol.ChunkSize
	out.enc = make([]frontend.Variable, maxBytes)
	out.active = make([]frontend.Variable, maxBytes)
	for k := range out.enc {
		out.enc[k], out.active[k] = 0, 0
	}
	out.chunks = 0
	for _, l := range protocol.Layouts {
		flag := f[l.Type]
		out.chunks = api.Add(out.chunks, api.Mul(flag, l.Chunks))
		for k := 0; k < l.Chunks*protocol.ChunkSize; k++ {
			out.active[k] = api.Add(out.active[k], flag)
		}
		out.enc[0] = api.Add(out.enc[0], api.Mul(flag, l.Type))
		off := 1
		for _, fd := range l.Fields {
			src := fields[sourceOf(l.Type, fd)]
			for i, v := range src {
				out.enc[off+i] = api.Add(out.enc[off+i], api.Mul(flag, v))
			}
			off += fd.Width
		}
	}
}

// sourceOf names the slot field a pubdata field of op type t comes from.
func sourceOf(t byte, fd protocol.Field) string {
	switch fd.Name {
	case "token", "amount", "jobId", "modelId", "pubkey":
		return fd.Name
	case "stake":
		return "amount"
	case "ownerPubkey":
		return "pubkey"
	case "feeGwei", "slashGwei":
		return "gwei"
	case "deadline", "lockDeadline":
		return "deadline"
	case "vkHash", "inputCommit", "outputCommit":
		return "commit"
	case "depositor", "owner", "proverAddr":
		return "addr"
	}
	if fd.Width == 20 { // to, requester, prover as L1 addresses
		return "addr"
	}
	if fd.Name == "to" || (t == protocol.OpExpireJob && fd.Name == "prover") {
		return "opB"
	}
	return "opA" // accountId, from, requester, prover, ownerAccount
}
