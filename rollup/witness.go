package rollup

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"

	"github.com/nexus-rollup/nexus/rollup/state"
)

// The block circuit (aggregator/block) replays every op as the same fixed
// sequence of state accesses (docs/block-circuit.md): account A's balance
// and leaf, then account B's, then the job leaf, then the model leaf, each
// against the roots the previous access left. A batch built in witness mode
// records, for every op, the values before each access and their Merkle
// siblings; an access an op does not need is recorded at index 0 and left
// unchanged.

// AccountAccess is one account access: the account and one of its balances
// before the access, with their siblings.
type AccountAccess struct {
	Index         uint64
	Account       state.Account // TokenRoot as stored: zero for an account without balances
	Token         uint64
	Balance       *big.Int
	TokenSiblings []fr.Element // in the account's token tree, bottom-up
	Siblings      []fr.Element // in the accounts tree, bottom-up
}

// JobAccess is the job leaf before the access, with its siblings.
type JobAccess struct {
	Index    uint64
	Job      state.Job
	Siblings []fr.Element
}

// ModelAccess is the model leaf before the access, with its siblings.
type ModelAccess struct {
	Index    uint64
	Model    state.Model
	Siblings []fr.Element
}

// OpWitness is what the block circuit needs to replay one op.
type OpWitness struct {
	Receipt *Receipt
	A, B    AccountAccess
	Job     JobAccess
	Model   ModelAccess
}

// Witness is a batch's block-circuit witness.
type Witness struct {
	Params state.Params
	Config Config
	// Sub-roots of the state before the batch.
	AccountsRoot, JobsRoot, ModelsRoot fr.Element
	Ops                                []OpWitness
	// Padding holds the unused accesses of the circuit's Noop slots after
	// the last op (index 0 of every tree, which no op uses).
	Padding OpWitness
}

// witnessRecorder replays each applied op on a second view of the state,
// one access at a time, reading the siblings between accesses.
//
// The replay and the executor are two implementations of one transition:
// their roots must agree. Comparing them after every op forces both states
// to rehash their changed paths op by op, which cost more than the rest of
// sealing together; so they are compared once, when the batch is sealed
// (ErrWitnessDiverged), unless strict is set. A caller whose batch diverged
// builds it again in strict mode, which finds the op that diverges and
// refuses it, so the batch still seals without it.
type witnessRecorder struct {
	shadow *state.State
	w      Witness
	strict bool
}

// ErrWitnessDiverged is returned when the witness replay of a batch does not
// reach the executor's state root: a bug in one of the two, never the ops'
// fault. Build the batch again with SetStrictWitness.
var ErrWitnessDiverged = errors.New("rollup: witness replay diverged from the executor")

// SetStrictWitness makes the witness replay compare its state root with the
// executor's after every op, so that an op on which the two disagree is
// refused by Add (with ErrWitnessDiverged) instead of failing Seal.
func (b *BatchBuilder) SetStrictWitness() {
	if b.witness != nil {
		b.witness.strict = true
	}
}

// EnableWitness makes the batch record the block circuit's witness; call it
// before the first Add. The executor's state must have nothing staged from
// before the batch.
func (b *BatchBuilder) EnableWitness() error {
	if b.Len() != 0 {
		return fmt.Errorf("rollup: enable the witness before adding ops")
	}
	st := b.ex.st
	shadow, err := st.Fork()
	if err != nil {
		return err
	}
	want, err := st.Root()
	if err != nil {
		return err
	}
	if got, err := shadow.Root(); err != nil {
		return err
	} else if got != want {
		return fmt.Errorf("rollup: witness mode needs a state with nothing staged")
	}
	rec := &witnessRecorder{shadow: shadow, w: Witness{Params: st.Params(), Config: b.ex.cfg}}
	if rec.w.AccountsRoot, rec.w.JobsRoot, rec.w.ModelsRoot, err = shadow.SubRoots(); err != nil {
		return err
	}
	b.witness = rec
	return nil
}

// Witness returns the recorded witness (nil without EnableWitness).
func (b *BatchBuilder) Witness() *Witness {
	if b.witness == nil {
		return nil
	}
	return &b.witness.w
}

// roles says which accounts, tokens, job and model an op touches, in the
// block circuit's terms; a zero index with used=false is an unused access.
type roles struct {
	a, b             acctRole
	job, model       uint64
	useJob, useModel bool
}

type acctRole struct {
	used         bool
	index, token uint64
}

// fit is id, or 0 (an unused index) when id does not fit a tree of depth d:
// only a rejected op names one, and its witness reads index 0 instead.
func fit(id uint32, d int) uint64 {
	if uint64(id)>>d != 0 {
		return 0
	}
	return uint64(id)
}

func (rec *witnessRecorder) roles(r *Receipt) (roles, error) {
	st := rec.shadow
	p := st.Params()
	var ro roles
	jobOf := func(id uint32) (*state.Job, error) {
		leaf, ok := JobLeaf(id, p.JobDepth)
		if !ok {
			return &state.Job{}, nil
		}
		ro.job, ro.useJob = leaf, true
		return st.Job(leaf)
	}
	switch o := r.Op.(type) {
	case *Deposit:
		if !r.Skipped {
			ro.a = acctRole{true, uint64(r.Account), uint64(o.Token)}
		}
	case *RegisterModel:
		if !r.Skipped {
			ro.a = acctRole{true, uint64(r.Account), 0}
			ro.model, ro.useModel = fit(o.ModelID, p.ModelDepth), true
		}
	case *ProverStake, *ProverUnstakeRequest:
		if !r.Skipped {
			ro.a = acctRole{true, uint64(r.Account), 0}
		}
	case *L1Job:
		if o.JobID&L1JobBit != 0 {
			if _, err := jobOf(o.JobID); err != nil {
				return ro, err
			}
		}
	case *ForcedExit:
		if o.Account != 0 && uint64(o.Account)>>p.AccountDepth == 0 {
			tok := uint64(o.Token)
			if tok>>p.TokenDepth != 0 {
				tok = 0
			}
			ro.a = acctRole{true, uint64(o.Account), tok}
		}
	case *Transfer:
		ro.a = acctRole{true, fit(o.From, p.AccountDepth), fit(uint32(o.Token), p.TokenDepth)}
		ro.b = acctRole{true, fit(o.To, p.AccountDepth), fit(uint32(o.Token), p.TokenDepth)}
	case *Withdraw:
		ro.a = acctRole{true, fit(o.From, p.AccountDepth), fit(uint32(o.Token), p.TokenDepth)}
	case *SubmitJob:
		ro.a = acctRole{true, fit(o.Requester, p.AccountDepth), 0}
		if _, err := jobOf(o.JobID); err != nil {
			return ro, err
		}
		ro.model, ro.useModel = fit(o.ModelID, p.ModelDepth), true
	case *LockJob:
		ro.a = acctRole{true, fit(o.Prover, p.AccountDepth), 0}
		j, err := jobOf(o.JobID)
		if err != nil {
			return ro, err
		}
		ro.model, ro.useModel = j.Model, true
	case *FulfillJob:
		ro.a = acctRole{true, fit(o.Prover, p.AccountDepth), 0}
		j, err := jobOf(o.JobID)
		if err != nil {
			return ro, err
		}
		ro.model, ro.useModel = j.Model, true
		if o.JobID&L1JobBit == 0 && j.Status != state.JobNone {
			ro.b = acctRole{true, j.Requester, 0} // its escrow
		}
	case *CancelJob:
		ro.a = acctRole{true, fit(o.Requester, p.AccountDepth), 0}
		if _, err := jobOf(o.JobID); err != nil {
			return ro, err
		}
	case *ClaimModelFees:
		ro.a = acctRole{true, fit(o.Owner, p.AccountDepth), 0}
		ro.model, ro.useModel = fit(o.ModelID, p.ModelDepth), true
	case *ExpireJob:
		j, err := jobOf(o.JobID)
		if err != nil {
			return ro, err
		}
		if o.JobID&L1JobBit == 0 {
			ro.a = acctRole{true, j.Requester, 0}
		}
		if j.Status == state.JobLocked {
			ro.b = acctRole{true, j.Prover, 0}
		}
	case *ProverRelease:
		ro.a = acctRole{true, fit(o.Account, p.AccountDepth), 0}
	default:
		return ro, fmt.Errorf("%w: %T", ErrUnknownOp, r.Op)
	}
	return ro, nil
}

// record is called with the executor's state after op r applied and the
// shadow still before it: it walks the shadow through the op's accesses.
func (rec *witnessRecorder) record(r *Receipt, after *state.State) error {
	snap := rec.shadow.Snapshot()
	if err := rec.replay(r, after); err != nil {
		rec.shadow.RevertTo(snap)
		return err
	}
	return nil
}

func (rec *witnessRecorder) replay(r *Receipt, after *state.State) error {
	ro, err := rec.roles(r)
	if err != nil {
		return err
	}
	sh := rec.shadow
	ow := OpWitness{Receipt: r}

	// Final values of the accessed records.
	finalAcct := func(ar acctRole) (*state.Account, *big.Int, error) {
		a, err := after.Account(ar.index)
		if err != nil {
			return nil, nil, err
		}
		bal, err := after.Balance(ar.index, ar.token)
		return a, bal, err
	}
	var midA *state.Account
	var midBal *big.Int
	if ro.a.used {
		if midA, midBal, err = finalAcct(ro.a); err != nil {
			return err
		}
		if ro.b.used && ro.b.index == ro.a.index {
			// One account in both roles: A's access leaves what the op
			// does in role A only (see the circuit's per-op rules).
			before, err := sh.Account(ro.a.index)
			if err != nil {
				return err
			}
			balBefore, err := sh.Balance(ro.a.index, ro.a.token)
			if err != nil {
				return err
			}
			switch o := r.Op.(type) {
			case *Transfer: // A: nonce and debit; B: credit
				midBal = new(big.Int).Sub(balBefore, o.Amount)
			case *FulfillJob: // B (requester): the escrow
				midA.EscrowGwei = before.EscrowGwei
			case *ExpireJob: // B (prover): stake, locked, expired
				midA.Stake, midA.Locked, midA.Expired = before.Stake, before.Locked, before.Expired
			}
		}
	}
	if ow.A, err = rec.accessAccount(ro.a, midA, midBal); err != nil {
		return err
	}
	var finB *state.Account
	var finBal *big.Int
	if ro.b.used {
		if finB, finBal, err = finalAcct(ro.b); err != nil {
			return err
		}
	}
	if ow.B, err = rec.accessAccount(ro.b, finB, finBal); err != nil {
		return err
	}

	ow.Job.Index = ro.job
	if ow.Job.Siblings, err = sh.JobProof(ro.job); err != nil {
		return err
	}
	j, err := sh.Job(ro.job)
	if err != nil {
		return err
	}
	ow.Job.Job = *j
	if ro.useJob {
		fj, err := after.Job(ro.job)
		if err != nil {
			return err
		}
		if err := sh.SetJob(ro.job, fj); err != nil {
			return err
		}
	}

	ow.Model.Index = ro.model
	if ow.Model.Siblings, err = sh.ModelProof(ro.model); err != nil {
		return err
	}
	m, err := sh.Model(ro.model)
	if err != nil {
		return err
	}
	ow.Model.Model = *m
	if ro.useModel {
		fm, err := after.Model(ro.model)
		if err != nil {
			return err
		}
		if *fm != *m {
			if err := sh.SetModel(ro.model, fm); err != nil {
				return err
			}
		}
	}

	if rec.strict {
		if err := rec.check(after); err != nil {
			return fmt.Errorf("%s: %w", r.Op.Type(), err)
		}
	}
	rec.w.Ops = append(rec.w.Ops, ow)
	return nil
}

// check compares the replay's state root with the executor's.
func (rec *witnessRecorder) check(ex *state.State) error {
	got, err := rec.shadow.Root()
	if err != nil {
		return err
	}
	want, err := ex.Root()
	if err != nil {
		return err
	}
	if got != want {
		return ErrWitnessDiverged
	}
	return nil
}

// pad records the Noop slots' accesses against the state after the batch.
func (rec *witnessRecorder) pad() error {
	var err error
	p := &rec.w.Padding
	if p.A, err = rec.accessAccount(acctRole{}, nil, nil); err != nil {
		return err
	}
	p.B = p.A
	if p.Job.Siblings, err = rec.shadow.JobProof(0); err != nil {
		return err
	}
	p.Model.Siblings, err = rec.shadow.ModelProof(0)
	return err
}

// accessAccount records an account access on the shadow and applies its
// new values (nil for an unused access).
func (rec *witnessRecorder) accessAccount(ar acctRole, next *state.Account, nextBal *big.Int) (AccountAccess, error) {
	sh := rec.shadow
	acc := AccountAccess{Index: ar.index, Token: ar.token}
	var err error
	if acc.TokenSiblings, err = sh.TokenProof(ar.index, ar.token); err != nil {
		return acc, err
	}
	if acc.Siblings, err = sh.AccountProof(ar.index); err != nil { // flushes token roots
		return acc, err
	}
	a, err := sh.Account(ar.index)
	if err != nil {
		return acc, err
	}
	acc.Account = *a
	if acc.Balance, err = sh.Balance(ar.index, ar.token); err != nil {
		return acc, err
	}
	if next == nil {
		return acc, nil
	}
	if err := sh.SetBalance(ar.index, ar.token, nextBal); err != nil {
		return acc, err
	}
	return acc, sh.SetAccount(ar.index, next)
}

// ReadAccesses records the accesses of op (with its receipt's L2 fields)
// against st without applying it, as if st were the state before the op.
// With r == nil it records the accesses of a Noop. Tests use it to build
// the witness of an op the executor rejects and show that the block circuit
// cannot prove it either.
func ReadAccesses(st *state.State, r *Receipt) (*OpWitness, error) {
	rec := &witnessRecorder{shadow: st}
	ow := &OpWitness{Receipt: r}
	var ro roles
	if r != nil {
		var err error
		if ro, err = rec.roles(r); err != nil {
			return nil, err
		}
	}
	var err error
	if ow.A, err = rec.accessAccount(ro.a, nil, nil); err != nil {
		return nil, err
	}
	if ow.B, err = rec.accessAccount(ro.b, nil, nil); err != nil {
		return nil, err
	}
	ow.Job.Index, ow.Model.Index = ro.job, ro.model
	if ow.Job.Siblings, err = st.JobProof(ro.job); err != nil {
		return nil, err
	}
	j, err := st.Job(ro.job)
	if err != nil {
		return nil, err
	}
	ow.Job.Job = *j
	if ow.Model.Siblings, err = st.ModelProof(ro.model); err != nil {
		return nil, err
	}
	m, err := st.Model(ro.model)
	if err != nil {
		return nil, err
	}
	ow.Model.Model = *m
	return ow, nil
}
