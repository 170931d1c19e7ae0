package block

import (
	"fmt"
	"math/big"

	tedwards "github.com/consensys/gnark-crypto/ecc/twistededwards"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"
	"github.com/consensys/gnark/std/hash/sha2"
	"github.com/consensys/gnark/std/lookup/logderivlookup"
	"github.com/consensys/gnark/std/math/uints"
	"github.com/consensys/gnark/std/rangecheck"
	"github.com/consensys/gnark/std/signature/eddsa"

	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/protocol"
	"github.com/nexus-rollup/nexus/rollup/smt"
)

// Inference is one fulfilled-job slot of the block's public inputs: the
// inference statement of the k-th FulfillJob/FulfillL1Job of the batch and
// its model's verifying-key hash, both zero when the batch has fewer
// fulfilments. The aggregation circuit checks an inference proof against
// each active slot.
type Inference struct {
	Statement frontend.Variable `gnark:",public"`
	VKHash    frontend.Variable `gnark:",public"`
}

// Account is an account leaf's fields in rollup/state Account.Hash order.
type Account struct {
	PubKeyX, PubKeyY, L1Address, Nonce, TokenRoot frontend.Variable
	Stake, Locked, Fulfilled, Expired, Exiting    frontend.Variable
	Escrow                                        frontend.Variable // gwei of the account's open and locked L2 jobs
}

func (a Account) fields() []frontend.Variable {
	return []frontend.Variable{a.PubKeyX, a.PubKeyY, a.L1Address, a.Nonce, a.TokenRoot, a.Stake, a.Locked,
		a.Fulfilled, a.Expired, a.Exiting, a.Escrow}
}

// Job is a job leaf's fields in rollup/state Job.Hash order.
type Job struct {
	Requester, Model, InputCommit, FeeGwei, Deadline       frontend.Variable
	Status, Prover, LockDeadline, Collateral, OutputCommit frontend.Variable
}

func (j Job) fields() []frontend.Variable {
	return []frontend.Variable{j.Requester, j.Model, j.InputCommit, j.FeeGwei, j.Deadline, j.Status, j.Prover,
		j.LockDeadline, j.Collateral, j.OutputCommit}
}

// Model is a model leaf's fields in rollup/state Model.Hash order; Earned
// is its unclaimed fees in gwei.
type Model struct{ VKHash, Owner, FeeGwei, Earned frontend.Variable }

// AccountAccess is an account and one of its balances before the access.
type AccountAccess struct {
	Before    Account
	Balance   frontend.Variable
	TokenPath MerklePath
	Path      MerklePath
}

// JobAccess is a job leaf before the access.
type JobAccess struct {
	Before Job
	Path   MerklePath
}

// ModelAccess is a model leaf before the access.
type ModelAccess struct {
	Before Model
	Path   MerklePath
}

// Slot is one op slot: the op's fields (a union over the op types, named
// after their pubdata roles), its signature and its four state accesses.
type Slot struct {
	Type frontend.Variable
	// OpA is the account id in the op's first account field (accountId,
	// from, requester, prover, ownerAccount); OpB the second (Transfer's
	// to, ExpireJob's prover).
	OpA, OpB frontend.Variable
	Token    frontend.Variable
	Amount   frontend.Variable // amount or stake, u128
	// PkY and PkSign are a wire public key (docs/protocol.md §1); PkX and
	// PkW witness its decompression or its invalidity, PkQ and PkT its
	// decomposition P = [4]Q + T with T of order dividing 4 (the key is
	// valid only in the prime-order subgroup: T = 0).
	PkY, PkSign, PkX, PkW frontend.Variable
	PkQ, PkT              twistededwards.Point
	Addr                  frontend.Variable // the op's L1 address field
	JobID, ModelID        frontend.Variable
	Gwei                  frontend.Variable // feeGwei or slashGwei
	Deadline              frontend.Variable // deadline or lockDeadline
	Commit                frontend.Variable // vkHash, input or output commitment
	Nonce                 frontend.Variable
	Sig                   eddsa.Signature

	A, B  AccountAccess
	Job   JobAccess
	Model ModelAccess
}

// Circuit is the block circuit of DESIGN.md §4: the batch's ops applied to
// the old state root give the new one, under every rule of the state
// transition (rollup.Executor), the pubdata is their encoding, and the
// public inputs are the two halves of the header hash and one statement per
// fulfilled job.
type Circuit struct {
	HeaderHi, HeaderLo frontend.Variable `gnark:",public"`
	Inferences         []Inference       `gnark:",public"`

	BatchNumber, Timestamp, PriorityOps frontend.Variable
	PriorityBefore, PriorityAfter       [32]frontend.Variable
	AccountsRoot, JobsRoot, ModelsRoot  frontend.Variable // before the batch
	Pubdata                             []frontend.Variable
	Slots                               []Slot

	params Params
	// slotsOnly stops after the slots (tests of single ops against the
	// rules, without a consistent header).
	slotsOnly bool
}

// New allocates the circuit for p, for compilation.
func New(p Params) (*Circuit, error) {
	if err := p.Check(); err != nil {
		return nil, err
	}
	c := &Circuit{params: p, Inferences: make([]Inference, p.Inferences),
		Pubdata: make([]frontend.Variable, protocol.JobsRootSize+protocol.ChunkSize*p.Chunks),
		Slots:   make([]Slot, p.Slots)}
	d := p.State
	for i := range c.Slots {
		s := &c.Slots[i]
		for _, a := range []*AccountAccess{&s.A, &s.B} {
			a.TokenPath, a.Path = NewMerklePath(d.TokenDepth), NewMerklePath(d.AccountDepth)
		}
		s.Job.Path, s.Model.Path = NewMerklePath(d.JobDepth), NewMerklePath(d.ModelDepth)
	}
	return c, nil
}

// opTypes lists every op type the circuit knows, Noop first.
var opTypes = []byte{protocol.OpNoop, protocol.OpDeposit, protocol.OpRegisterModel, protocol.OpProverStake,
	protocol.OpProverUnstakeRequest, protocol.OpL1Job, protocol.OpForcedExit, protocol.OpTransfer,
	protocol.OpWithdraw, protocol.OpSubmitJob, protocol.OpLockJob, protocol.OpFulfillJob, protocol.OpFulfillL1Job,
	protocol.OpCancelJob, protocol.OpClaimModelFees, protocol.OpExpireJob, protocol.OpProverRelease}

// builder carries the gadgets shared by every slot.
type builder struct {
	api   frontend.API
	rc    frontend.Rangechecker
	h     *Hasher
	curve twistededwards.Curve
	p     Params

	emptyTokens frontend.Variable // root of an empty token subtree
	gwei        *big.Int
}

func (b *builder) assertIf(flag, a, c frontend.Variable) {
	b.api.AssertIsEqual(b.api.Mul(flag, b.api.Sub(a, c)), 0)
}

// geIf asserts a >= c when flag is set; both must be below 2^n.
func (b *builder) geIf(flag, a, c frontend.Variable, n int) {
	b.rc.Check(b.api.Mul(flag, b.api.Sub(a, c)), n)
}

// gtIf asserts a > c when flag is set; both must be below 2^n.
func (b *builder) gtIf(flag, a, c frontend.Variable, n int) {
	b.rc.Check(b.api.Mul(flag, b.api.Sub(b.api.Sub(a, c), 1)), n)
}

func (b *builder) nonZeroIf(flag, a frontend.Variable) {
	b.api.AssertIsEqual(b.api.Mul(flag, b.api.IsZero(a)), 0)
}

func (b *builder) not(a frontend.Variable) frontend.Variable { return b.api.Sub(1, a) }

func (b *builder) eq(a, c frontend.Variable) frontend.Variable { return b.api.IsZero(b.api.Sub(a, c)) }

func (b *builder) and(vs ...frontend.Variable) frontend.Variable {
	out := vs[0]
	for _, v := range vs[1:] {
		out = b.api.Mul(out, v)
	}
	return out
}

// geBit returns 1 if a >= c, for a, c below 2^n.
func (b *builder) geBit(a, c frontend.Variable, n int) frontend.Variable {
	shifted := b.api.Add(b.api.Sub(a, c), new(big.Int).Lsh(big.NewInt(1), uint(n)))
	return b.api.ToBinary(shifted, n+1)[n]
}

// set overwrites *field with v when flag is set. Flags of one slot are
// exclusive, so writes compose.
func (b *builder) set(field *frontend.Variable, flag, v frontend.Variable) {
	*field = b.api.Add(*field, b.api.Mul(flag, b.api.Sub(v, *field)))
}

// beBytes decomposes v into n big-endian bytes, asserting v < 2^(8n), and
// returns the bits too (little-endian).
func (b *builder) beBytes(v frontend.Variable, n int) ([]frontend.Variable, []frontend.Variable) {
	bits := b.api.ToBinary(v, 8*n)
	return bitsToBE(b.api, bits, n), bits
}

// frBytes is the 32-byte big-endian encoding of a canonical field element.
func (b *builder) frBytes(v frontend.Variable) ([]frontend.Variable, []frontend.Variable) {
	bits := b.api.ToBinary(v) // canonical: asserts v < r
	full := append(append([]frontend.Variable{}, bits...), make([]frontend.Variable, 256-len(bits))...)
	for i := len(bits); i < 256; i++ {
		full[i] = 0
	}
	return bitsToBE(b.api, full, 32), bits
}

func bitsToBE(api frontend.API, bits []frontend.Variable, n int) []frontend.Variable {
	out := make([]frontend.Variable, n)
	for i := 0; i < n; i++ {
		out[n-1-i] = api.FromBinary(bits[8*i : 8*i+8]...)
	}
	return out
}

func (b *builder) bytesToInt(bs []frontend.Variable) frontend.Variable {
	acc := frontend.Variable(0)
	for _, x := range bs {
		acc = b.api.Add(b.api.Mul(acc, 256), x)
	}
	return acc
}

// accountLeaf is the account's leaf: zero for an empty account.
func (b *builder) accountLeaf(a Account) (leaf, empty frontend.Variable) {
	empty = frontend.Variable(1)
	for _, f := range a.fields() {
		empty = b.api.Mul(empty, b.api.IsZero(f))
	}
	return b.api.Select(empty, 0, b.h.Hash(a.fields()...)), empty
}

func (b *builder) jobLeaf(j Job) frontend.Variable {
	return b.api.Select(b.api.IsZero(j.Status), 0, b.h.Hash(j.fields()...))
}

func (b *builder) modelLeaf(m Model) frontend.Variable {
	return b.h.LeafOrZero(m.VKHash, m.Owner, m.FeeGwei, m.Earned)
}

// tokenRoot maps the stored token root (zero for no balances) to the
// subtree's actual root, and back.
func (b *builder) actualTokenRoot(stored frontend.Variable) frontend.Variable {
	return b.api.Select(b.api.IsZero(stored), b.emptyTokens, stored)
}

func (b *builder) storedTokenRoot(actual frontend.Variable) frontend.Variable {
	return b.api.Select(b.eq(actual, b.emptyTokens), 0, actual)
}

// Define implements frontend.Circuit.
func (c *Circuit) Define(api frontend.API) error {
	p := c.params
	if err := p.Check(); err != nil {
		return err
	}
	if len(c.Slots) != p.Slots || len(c.Inferences) != p.Inferences {
		return fmt.Errorf("block: circuit allocated for other parameters")
	}
	h, err := NewHasher(api)
	if err != nil {
		return err
	}
	curve, err := twistededwards.NewEdCurve(api, tedwards.BLS12_377)
	if err != nil {
		return err
	}
	empty := smt.EmptyHashes(p.State.TokenDepth)[p.State.TokenDepth]
	b := &builder{api: api, rc: rangecheck.New(api), h: h, curve: curve, p: p,
		emptyTokens: empty.BigInt(new(big.Int)), gwei: big.NewInt(rollup.Gwei)}
	bf, err := uints.NewBytes(api)
	if err != nil {
		return err
	}

	b.rc.Check(c.Timestamp, 64)
	prevRoot := h.Hash(c.AccountsRoot, c.JobsRoot, c.ModelsRoot)
	roots := &roots{accounts: c.AccountsRoot, jobs: c.JobsRoot, models: c.ModelsRoot}

	table := logderivlookup.New(api)
	for _, v := range c.Pubdata {
		table.Insert(v)
	}
	offset := frontend.Variable(protocol.JobsRootSize)
	fulfils, priority := frontend.Variable(0), frontend.Variable(0)
	stmts := make([]frontend.Variable, p.Inferences)
	vks := make([]frontend.Variable, p.Inferences)
	for k := range stmts {
		stmts[k], vks[k] = 0, 0
	}
	for i := range c.Slots {
		out, err := b.slot(&c.Slots[i], c.Timestamp, roots)
		if err != nil {
			return fmt.Errorf("slot %d: %w", i, err)
		}
		// The op's encoding sits at the running offset of the pubdata.
		for k, e := range out.enc {
			idx := api.Mul(out.active[k], api.Add(offset, k))
			got := table.Lookup(idx)[0]
			b.assertIf(out.active[k], got, e)
		}
		offset = api.Add(offset, api.Mul(out.chunks, protocol.ChunkSize))
		for k := range stmts {
			sel := api.Mul(out.fulfil, b.eq(fulfils, k))
			stmts[k] = api.Add(stmts[k], api.Mul(sel, out.statement))
			vks[k] = api.Add(vks[k], api.Mul(sel, out.vkHash))
		}
		fulfils = api.Add(fulfils, out.fulfil)
		priority = api.Add(priority, out.priority)
	}
	if c.slotsOnly {
		return nil
	}
	for k, inf := range c.Inferences {
		api.AssertIsEqual(inf.Statement, stmts[k])
		api.AssertIsEqual(inf.VKHash, vks[k])
	}
	b.geIf(1, p.Inferences, fulfils, 16)
	api.AssertIsEqual(c.PriorityOps, priority)
	pubLen := offset
	b.geIf(1, len(c.Pubdata), pubLen, 32)

	// Pubdata = jobs root after the batch ‖ ops; its hash covers exactly
	// the bytes L1 receives.
	jobsRootBytes, _ := b.frBytes(roots.jobs)
	pub := make([]uints.U8, len(c.Pubdata))
	for i, v := range c.Pubdata {
		pub[i] = bf.ValueOf(v)
		if i < protocol.JobsRootSize {
			api.AssertIsEqual(v, jobsRootBytes[i])
		}
	}
	sha, err := sha2.New(api)
	if err != nil {
		return err
	}
	sha.Write(pub)
	pubHash := sha.FixedLengthSum(pubLen)

	// Header (docs/protocol.md §4) and its hash.
	newRoot := h.Hash(roots.accounts, roots.jobs, roots.models)
	var header []uints.U8
	put := func(vs []frontend.Variable) {
		for _, v := range vs {
			header = append(header, bf.ValueOf(v))
		}
	}
	for _, v := range []frontend.Variable{c.BatchNumber, c.Timestamp, c.PriorityOps} {
		bs, _ := b.beBytes(v, 8)
		put(bs)
	}
	prevBytes, _ := b.frBytes(prevRoot)
	put(prevBytes)
	newBytes, _ := b.frBytes(newRoot)
	put(newBytes)
	put(c.PriorityBefore[:])
	put(c.PriorityAfter[:])
	header = append(header, pubHash...)
	hsha, err := sha2.New(api)
	if err != nil {
		return err
	}
	hsha.Write(header)
	digest := hsha.Sum()
	vals := make([]frontend.Variable, len(digest))
	for i, d := range digest {
		vals[i] = bf.Value(d)
	}
	api.AssertIsEqual(c.HeaderHi, b.bytesToInt(vals[:16]))
	api.AssertIsEqual(c.HeaderLo, b.bytesToInt(vals[16:]))
	return nil
}

type roots struct{ accounts, jobs, models frontend.Variable }

type slotOut struct {
	enc       []frontend.Variable // the op's pubdata bytes, zero past its chunks
	active    []frontend.Variable // 1 for the bytes within its chunks
	chunks    frontend.Variable
	fulfil    frontend.Variable
	priority  frontend.Variable
	statement frontend.Variable
	vkHash    frontend.Variable
}
