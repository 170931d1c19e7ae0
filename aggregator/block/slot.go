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
// encoding and public outputs. The rules mirror rollup.Executor op by op;
// a comment names the executor check each constraint stands for.
func (b *builder) slot(s *Slot, ts frontend.Variable, r *roots) (*slotOut, error) {
	api, d := b.api, b.p.State
	h := b.h

	// One-hot op type: an unknown type byte has no flag and fails.
	f := make(map[byte]frontend.Variable, len(opTypes))
	sum := frontend.Variable(0)
	for _, t := range opTypes {
		f[t] = b.eq(s.Type, t)
		sum = api.Add(sum, f[t])
	}
	api.AssertIsEqual(sum, 1)
	fD, fR, fS, fU := f[protocol.OpDeposit], f[protocol.OpRegisterModel], f[protocol.OpProverStake], f[protocol.OpProverUnstakeRequest]
	fL, fF, fT, fW := f[protocol.OpL1Job], f[protocol.OpForcedExit], f[protocol.OpTransfer], f[protocol.OpWithdraw]
	fSJ, fLK, fC := f[protocol.OpSubmitJob], f[protocol.OpLockJob], f[protocol.OpCancelJob]
	fFJ, fFL := f[protocol.OpFulfillJob], f[protocol.OpFulfillL1Job]
	fE, fPR := f[protocol.OpExpireJob], f[protocol.OpProverRelease]
	ful := api.Add(fFJ, fFL)
	priority := api.Add(fD, fR, fS, fU, fL, fF)
	signed := api.Add(fT, fW, fSJ, fLK, ful, fC)

	// Field encodings; the decompositions also bound each field's width.
	opA, opABits := b.beBytes(s.OpA, 4)
	opB, _ := b.beBytes(s.OpB, 4)
	token, tokenBits := b.beBytes(s.Token, 2)
	amount, _ := b.beBytes(s.Amount, 16)
	addr, _ := b.beBytes(s.Addr, 20)
	jobID, jobBits := b.beBytes(s.JobID, 4)
	modelID, modelBits := b.beBytes(s.ModelID, 4)
	gwei, _ := b.beBytes(s.Gwei, 8)
	deadline, _ := b.beBytes(s.Deadline, 4)
	commit, _ := b.frBytes(s.Commit)
	pk, _ := b.frBytes(s.PkY)
	api.AssertIsBoolean(s.PkSign)
	pk[0] = api.Add(pk[0], api.Mul(s.PkSign, 128))
	b.rc.Check(s.Nonce, 64)

	zeroHigh := func(bits []frontend.Variable) frontend.Variable {
		acc := frontend.Variable(0)
		for _, x := range bits {
			acc = api.Add(acc, x)
		}
		return api.IsZero(acc)
	}
	fitsA := zeroHigh(opABits[d.AccountDepth:])
	tokenOK := zeroHigh(tokenBits[d.TokenDepth:])
	bit31 := jobBits[31]
	l2Job := b.not(bit31)
	jobValid := b.and(zeroHigh(jobBits[d.JobDepth-1:31]), b.not(api.IsZero(s.JobID))) // rollup.JobLeaf
	jobLeaf := api.Add(api.Mul(bit31, new(big.Int).Lsh(big.NewInt(1), uint(d.JobDepth-1))),
		api.FromBinary(jobBits[:d.JobDepth-1]...))
	modelOK := b.and(zeroHigh(modelBits[d.ModelDepth:]), b.not(api.IsZero(s.ModelID)))
	amountNZ := b.not(api.IsZero(s.Amount))

	// Public key decompression (keys.PublicKeyFromWire): valid iff
	// x² = u/v has a root whose sign is PkSign; otherwise W proves g·u·v is
	// a non-square, or the key is x = 0 with the sign bit set.
	cp := b.curve.Params()
	y2 := api.Mul(s.PkY, s.PkY)
	u := api.Sub(1, y2)
	v := api.Sub(cp.A, api.Mul(cp.D, y2))
	onCurve := b.eq(api.Mul(s.PkX, s.PkX, v), u)
	largest := b.eq(api.Cmp(s.PkX, halfR), 1)
	decoded := api.Mul(onCurve, b.eq(largest, s.PkSign))
	// Subgroup: P = [4]Q + T with [4]T = 0 splits P uniquely (the curve
	// group is the prime-order subgroup times the 4-torsion); P is in the
	// subgroup iff T is the identity. An undecodable key uses the base point.
	pt := twistededwards.Point{X: api.Select(decoded, s.PkX, cp.Base[0]), Y: api.Select(decoded, s.PkY, cp.Base[1])}
	b.curve.AssertIsOnCurve(s.PkQ)
	b.curve.AssertIsOnCurve(s.PkT)
	t4 := b.curve.Double(b.curve.Double(s.PkT))
	api.AssertIsEqual(t4.X, 0)
	api.AssertIsEqual(t4.Y, 1)
	sum4 := b.curve.Add(b.curve.Double(b.curve.Double(s.PkQ)), s.PkT)
	api.AssertIsEqual(sum4.X, pt.X)
	api.AssertIsEqual(sum4.Y, pt.Y)
	inSubgroup := api.Mul(api.IsZero(s.PkT.X), b.eq(s.PkT.Y, 1))
	identity := api.Mul(api.IsZero(s.PkX), b.eq(s.PkY, 1))
	pkValid := b.and(decoded, inSubgroup, b.not(identity))
	uv := api.Mul(u, v)
	nonSquare := api.Mul(b.eq(api.Mul(s.PkW, s.PkW), api.Mul(uv, NonResidue)), b.not(api.IsZero(uv)))
	zeroXSigned := api.Mul(api.IsZero(u), s.PkSign)
	// An invalid key must be shown invalid: no root, a non-canonical sign,
	// or a decoded point outside the subgroup or the identity.
	api.AssertIsEqual(api.Mul(b.not(pkValid), b.not(nonSquare), b.not(zeroXSigned), b.not(decoded)), 0)

	A0, B0, J0, M0 := s.A.Before, s.B.Before, s.Job.Before, s.Model.Before
	nA, nB, nJ, nM := A0, B0, J0, M0
	balA, balB := s.A.Balance, s.B.Balance
	idxA, tokA := h.Index(s.A.Path), h.Index(s.A.TokenPath)
	idxB, tokB := h.Index(s.B.Path), h.Index(s.B.TokenPath)
	jobIdx, modelIdx := h.Index(s.Job.Path), h.Index(s.Model.Path)
	gw := b.gwei

	emptyA := frontend.Variable(1)
	for _, x := range A0.fields() {
		emptyA = api.Mul(emptyA, api.IsZero(x))
	}
	matchA := b.and(b.eq(A0.PubKeyX, s.PkX), b.eq(A0.PubKeyY, s.PkY), b.eq(A0.L1Address, s.Addr))
	claimable := api.Sub(api.Add(matchA, emptyA), api.Mul(matchA, emptyA))
	// keyed: the op lands in the account of (key, address), existing or
	// fresh (Executor.accountFor); skipped ops publish account 0.
	keyed := func(flag, ok frontend.Variable) {
		b.assertIf(ok, claimable, 1)
		b.nonZeroIf(ok, idxA)
		b.assertIf(ok, s.OpA, idxA)
		b.assertIf(api.Mul(flag, b.not(ok)), s.OpA, 0)
		b.set(&nA.PubKeyX, ok, s.PkX)
		b.set(&nA.PubKeyY, ok, s.PkY)
		b.set(&nA.L1Address, ok, s.Addr)
	}

	// Deposit: skipped (refunded on L1) for an invalid key, a zero amount,
	// an unknown token or a balance overflow.
	preD := b.and(fD, pkValid, amountNZ, tokenOK)
	b.assertIf(preD, claimable, 1)
	b.assertIf(preD, tokA, s.Token)
	overflow := api.ToBinary(api.Add(s.A.Balance, s.Amount), 129)[128]
	okD := api.Mul(preD, b.not(overflow))
	keyed(fD, okD)
	balA = api.Add(balA, api.Mul(okD, s.Amount))

	// RegisterModel: skipped for a model id outside the tree or an invalid
	// owner key; otherwise writes the model leaf.
	okR := b.and(fR, modelOK, pkValid)
	keyed(fR, okR)
	b.assertIf(okR, modelIdx, s.ModelID)
	b.set(&nM.VKHash, okR, s.Commit)
	b.set(&nM.Owner, okR, s.OpA)
	b.set(&nM.FeeGwei, okR, s.Gwei)

	// ProverStake: the mirrored stake, never below the locked collateral.
	okS := api.Mul(fS, pkValid)
	keyed(fS, okS)
	b.set(&nA.Stake, okS, api.Select(b.geBit(s.Amount, A0.Locked, 128), s.Amount, A0.Locked))

	// ProverUnstakeRequest: account 0 when (key, address) has no account.
	okU := api.Mul(fU, b.not(api.IsZero(s.OpA)))
	b.assertIf(okU, pkValid, 1)
	b.assertIf(okU, matchA, 1)
	b.assertIf(okU, idxA, s.OpA)
	b.set(&nA.Exiting, okU, 1)

	// L1Job: creates an open job unless the id is outside the L1 range or
	// taken.
	okL := b.and(fL, bit31, jobValid)
	b.assertIf(okL, jobIdx, jobLeaf)
	createL := api.Mul(okL, api.IsZero(J0.Status))

	// ForcedExit: the whole balance, if the requester is the account's
	// L1 address.
	touchF := b.and(fF, fitsA, b.not(api.IsZero(s.OpA)))
	b.assertIf(touchF, idxA, s.OpA)
	okF := b.and(touchF, tokenOK, b.eq(A0.L1Address, s.Addr), b.not(api.IsZero(s.Addr)))
	b.assertIf(okF, tokA, s.Token)
	b.assertIf(okF, s.Amount, s.A.Balance)
	b.assertIf(api.Mul(fF, b.not(okF)), s.Amount, 0)
	balA = api.Sub(balA, api.Mul(okF, s.A.Balance))

	// Signed ops: A is the signer; nonce, key and signature.
	b.assertIf(signed, idxA, s.OpA)
	b.assertIf(signed, s.Nonce, A0.Nonce)
	api.AssertIsEqual(api.Mul(signed, api.IsZero(A0.PubKeyX), api.IsZero(A0.PubKeyY)), 0)
	nA.Nonce = api.Add(nA.Nonce, signed)
	sigMsg := b.signingHash(s, f, ful)
	base := cp.Base
	pubX := api.Select(signed, A0.PubKeyX, base[0])
	pubY := api.Select(signed, A0.PubKeyY, base[1])
	b.curve.AssertIsOnCurve(s.Sig.R) // gnark's IsValid hashes R but does not place it on the curve
	valid, err := SignatureValid(api, pubX, pubY, sigMsg, s.Sig)
	if err != nil {
		return nil, err
	}
	b.assertIf(signed, valid, 1)
	jobOps := api.Add(fSJ, fLK, ful, fC)
	b.assertIf(jobOps, tokA, 0)

	// Transfer and Withdraw.
	tw := api.Add(fT, fW)
	b.nonZeroIf(tw, s.Amount)
	b.assertIf(tw, tokenOK, 1)
	b.assertIf(tw, tokA, s.Token)
	balA = api.Sub(balA, api.Mul(tw, s.Amount))
	b.assertIf(fT, idxB, s.OpB)
	b.assertIf(fT, tokB, s.Token)
	b.nonZeroIf(fT, s.OpB)
	api.AssertIsEqual(api.Mul(fT, api.IsZero(B0.PubKeyX), api.IsZero(B0.PubKeyY)), 0) // recipient has a key
	balB = api.Add(balB, api.Mul(fT, s.Amount))
	b.nonZeroIf(fW, s.Addr)

	// Every job op names a job that fits the tree.
	jobTouch := api.Add(jobOps, fE)
	b.assertIf(jobTouch, jobValid, 1)
	b.assertIf(jobTouch, jobIdx, jobLeaf)

	// SubmitJob.
	b.assertIf(fSJ, bit31, 0)
	b.assertIf(fSJ, J0.Status, 0)
	b.nonZeroIf(fSJ, s.Gwei)
	b.gtIf(fSJ, s.Deadline, ts, 64)
	b.assertIf(fSJ, modelIdx, s.ModelID)
	b.nonZeroIf(fSJ, s.ModelID)
	b.geIf(fSJ, s.Gwei, M0.FeeGwei, 64)
	balA = api.Sub(balA, api.Mul(fSJ, s.Gwei, gw))
	create := api.Add(createL, fSJ)
	for _, w := range []struct {
		field *frontend.Variable
		v     frontend.Variable
	}{{&nJ.Requester, api.Mul(fSJ, s.OpA)}, {&nJ.Model, s.ModelID}, {&nJ.InputCommit, s.Commit},
		{&nJ.FeeGwei, s.Gwei}, {&nJ.Deadline, s.Deadline}, {&nJ.Status, 1}, {&nJ.Prover, 0},
		{&nJ.LockDeadline, 0}, {&nJ.Collateral, 0}, {&nJ.OutputCommit, 0}} {
		b.set(w.field, create, w.v)
	}

	// Models a job op relies on exist (Executor.model).
	needModel := api.Add(fLK, ful)
	b.assertIf(needModel, modelIdx, J0.Model)
	b.nonZeroIf(api.Add(needModel, fSJ), M0.VKHash)
	b.nonZeroIf(needModel, J0.Model)

	// LockJob.
	b.assertIf(fLK, J0.Status, uint64(1))
	b.gtIf(fLK, s.Deadline, ts, 64)
	b.geIf(fLK, J0.Deadline, s.Deadline, 64)
	b.geIf(fLK, api.Add(ts, b.p.MaxLockDuration), s.Deadline, 65)
	b.nonZeroIf(fLK, A0.Stake)
	b.assertIf(fLK, A0.Exiting, 0)
	collateral := api.Mul(J0.FeeGwei, rollup.CollateralMultiplier)
	nA.Locked = api.Add(nA.Locked, api.Mul(fLK, collateral, gw))
	b.geIf(fLK, A0.Stake, nA.Locked, 128)
	b.set(&nJ.Status, fLK, 2)
	b.set(&nJ.Prover, fLK, s.OpA)
	b.set(&nJ.LockDeadline, fLK, s.Deadline)
	b.set(&nJ.Collateral, fLK, collateral)

	// FulfillJob / FulfillL1Job: the L1 form exactly for L1 jobs; a job
	// locked by the signer by its lock deadline, or an open one directly by
	// a staked prover by the job's deadline; fee to the model owner (capped
	// by the escrow) and the prover.
	open, locked := b.eq(J0.Status, 1), b.eq(J0.Status, 2)
	b.assertIf(ful, bit31, fFL)
	b.assertIf(ful, api.Add(open, locked), 1)
	b.assertIf(api.Mul(ful, locked), J0.Prover, s.OpA)
	b.geIf(ful, api.Select(open, J0.Deadline, J0.LockDeadline), ts, 64)
	direct := api.Mul(ful, open)
	b.nonZeroIf(direct, A0.Stake)
	b.assertIf(direct, A0.Exiting, 0)
	nA.Locked = api.Sub(nA.Locked, api.Mul(ful, J0.Collateral, gw))
	nA.Fulfilled = api.Add(nA.Fulfilled, ful)
	modelFee := api.Select(b.geBit(J0.FeeGwei, M0.FeeGwei, 64), M0.FeeGwei, J0.FeeGwei)
	balA = api.Add(balA, api.Mul(ful, api.Sub(J0.FeeGwei, modelFee), gw))
	b.assertIf(ful, idxB, M0.Owner)
	b.assertIf(ful, tokB, 0)
	balB = api.Add(balB, api.Mul(ful, modelFee, gw))
	b.set(&nJ.Status, ful, 3)
	b.set(&nJ.Prover, ful, s.OpA)
	b.set(&nJ.OutputCommit, ful, s.Commit)
	b.set(&nJ.Collateral, ful, 0)
	statement := h.Hash(J0.Model, s.JobID, J0.InputCommit, s.Commit)

	// CancelJob: the requester's own open L2 job.
	b.assertIf(fC, bit31, 0)
	b.assertIf(fC, J0.Status, 1)
	b.assertIf(fC, J0.Requester, s.OpA)
	balA = api.Add(balA, api.Mul(fC, J0.FeeGwei, gw))
	b.set(&nJ.Status, fC, 4)

	// ExpireJob: an open job past its deadline is refunded; a locked one
	// past its lock deadline slashes the prover and reopens.
	b.assertIf(fE, api.Add(open, locked), 1)
	eo, el := api.Mul(fE, open), api.Mul(fE, locked)
	b.gtIf(eo, ts, J0.Deadline, 64)
	b.gtIf(el, ts, J0.LockDeadline, 64)
	b.assertIf(eo, s.OpB, 0)
	b.assertIf(eo, s.Gwei, 0)
	b.assertIf(eo, s.Addr, 0)
	payA := api.Mul(fE, l2Job)
	b.assertIf(payA, idxA, J0.Requester)
	b.assertIf(payA, tokA, 0)
	refund := api.Mul(J0.FeeGwei, gw)
	share := api.Mul(J0.Collateral, rollup.Gwei/2) // slash·SLASH_REQUESTER_BPS/10000, exact in wei
	balA = api.Add(balA, api.Mul(payA, api.Add(api.Mul(open, refund), api.Mul(locked, share))))
	b.set(&nJ.Status, eo, 4)
	b.assertIf(el, idxB, J0.Prover)
	b.assertIf(el, s.OpB, J0.Prover)
	b.assertIf(el, s.Gwei, J0.Collateral)
	b.assertIf(el, s.Addr, B0.L1Address)
	slash := api.Mul(el, J0.Collateral, gw)
	nB.Stake = api.Sub(nB.Stake, slash)
	nB.Locked = api.Sub(nB.Locked, slash)
	nB.Expired = api.Add(nB.Expired, el)
	b.set(&nJ.Status, el, 1)
	b.set(&nJ.Prover, el, 0)
	b.set(&nJ.LockDeadline, el, 0)
	b.set(&nJ.Collateral, el, 0)

	// ProverRelease: an exiting prover with nothing locked.
	b.assertIf(fPR, idxA, s.OpA)
	b.nonZeroIf(fPR, s.OpA)
	b.assertIf(fPR, A0.Exiting, 1)
	b.assertIf(fPR, A0.Locked, 0)
	b.nonZeroIf(fPR, A0.Stake)
	b.assertIf(fPR, s.Addr, A0.L1Address)
	b.set(&nA.Stake, fPR, 0)

	// The accesses, in order, against the running roots.
	r.accounts = b.updateAccount(r.accounts, &s.A, nA, balA)
	r.accounts = b.updateAccount(r.accounts, &s.B, nB, balB)
	r.jobs = h.Update(r.jobs, b.jobLeaf(J0), b.jobLeaf(nJ), s.Job.Path)
	r.models = h.Update(r.models, b.modelLeaf(M0), b.modelLeaf(nM), s.Model.Path)

	out := &slotOut{fulfil: ful, priority: priority, statement: statement, vkHash: M0.VKHash}
	b.encode(out, f, map[string][]frontend.Variable{"opA": opA, "opB": opB, "token": token, "amount": amount,
		"addr": addr, "jobId": jobID, "modelId": modelID, "gwei": gwei, "deadline": deadline, "commit": commit,
		"pubkey": pk})
	return out, nil
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
