package block

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"

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
	sc.claimModelFees()

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
		sc.is(protocol.OpLockJob), sc.isFulfil, sc.is(protocol.OpCancelJob), sc.is(protocol.OpClaimModelFees))
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

// applyAccesses performs the accesses, in order, against the running
// roots: A, B (token leaf, then account leaf), the job and the model.
func (sc *slotCtx) applyAccesses(r *roots) {
	s, h := sc.s, sc.h
	r.accounts = sc.updateAccount(r.accounts, &s.A, sc.newA, sc.balA)
	r.accounts = sc.updateAccount(r.accounts, &s.B, sc.newB, sc.balB)
	r.jobs = h.Update(r.jobs, sc.jobLeaf(sc.oldJob), sc.jobLeaf(sc.newJob), s.Job.Path)
	sc.rc.Check(sc.newModel.Earned, 64) // no overflow of the accrued fees
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
	b.rc.Check(next.Escrow, 64) // no underflow, no overflow
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
	fLK, fC, fCM := f[protocol.OpLockJob], f[protocol.OpCancelJob], f[protocol.OpClaimModelFees]
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
		mux(fT, s.OpB, fW, s.Token, jobOps, s.JobID, fCM, s.ModelID),
		mux(fT, s.Token, fW, s.Amount, fSJ, s.ModelID, fLK, s.Deadline, ful, s.Commit, api.Add(fC, fCM), s.Nonce),
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
	return mux(api.Add(fC, fCM), chain[4], api.Add(fLK, ful), chain[5], api.Add(fT, fW), chain[6], fSJ, chain[8])
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
