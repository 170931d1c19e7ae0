// Package rollup is the L2 protocol of DESIGN.md §3: the ops, their
// signatures and the state-transition function over rollup/state. It does no
// I/O beyond the kv interface the state is stored in.
package rollup

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"

	"github.com/nexus-rollup/nexus/rollup/keys"
)

// OpType identifies an op; its value is the op's first pubdata byte.
type OpType uint8

// Op types. Priority ops come from L1, signed ops from L2 accounts, and
// ExpireJob from the sequencer on the clock.
const (
	OpNoop OpType = iota
	OpDeposit
	OpRegisterModel
	OpProverStake
	OpProverUnstake
	OpL1Job
	OpForcedExit
	OpTransfer
	OpWithdraw
	OpSubmitJob
	OpLockJob
	OpFulfillJob
	OpCancelJob
	OpExpireJob
	numOpTypes
)

var opNames = [...]string{"Noop", "Deposit", "RegisterModel", "ProverStake", "ProverUnstakeRequest", "L1Job",
	"ForcedExit", "Transfer", "Withdraw", "SubmitJob", "LockJob", "FulfillJob", "CancelJob", "ExpireJob"}

func (t OpType) String() string {
	if t < numOpTypes {
		return opNames[t]
	}
	return fmt.Sprintf("OpType(%d)", uint8(t))
}

// IsPriority reports whether ops of this type come from the L1 priority queue.
func (t OpType) IsPriority() bool { return t >= OpDeposit && t <= OpForcedExit }

// IsSigned reports whether ops of this type carry an L2 signature.
func (t OpType) IsSigned() bool { return t >= OpTransfer && t <= OpCancelJob }

// Op is one L2 operation.
type Op interface {
	Type() OpType
}

// Address is an L1 address.
type Address = [20]byte

// PubKey is a compressed L2 public key.
type PubKey = [keys.PublicKeySize]byte

// Priority ops (from L1).

// Deposit credits Amount of Token to the account of PubKey, creating it.
type Deposit struct {
	From   Address // the L1 sender: refunded if PubKey is not a valid key
	PubKey PubKey
	Token  uint64
	Amount *big.Int
}

// RegisterModel registers (or, for an existing index, updates) a model.
type RegisterModel struct {
	Index       uint64 // assigned by ModelRegistry on L1
	ModelID     fr.Element
	VKHash      fr.Element
	OwnerPubKey PubKey
	Fee         *big.Int
}

// ProverStake mirrors a prover's total L1 stake into L2.
type ProverStake struct {
	Prover Address
	PubKey PubKey
	Stake  *big.Int // the new total
}

// ProverUnstake takes Amount of a prover's free stake out of L2 use; L1
// releases it once the batch that carries this op has settled.
type ProverUnstake struct {
	Prover Address
	Amount *big.Int
}

// L1Job is an inference request made by an L1 dApp.
type L1Job struct {
	L1JobID     uint64
	Requester   Address
	Model       uint64
	InputCommit fr.Element // commitment to the calldata input (salt zero)
	Fee         *big.Int
	Deadline    uint64
}

// ForcedExit withdraws an account's whole balance of a token to its L1
// address, requested on L1 when the sequencer censors the account.
type ForcedExit struct {
	Account   uint64
	Token     uint64
	Requester Address // must be the account's L1 address
}

// Signed L2 ops.

// Transfer moves Amount of Token between accounts.
type Transfer struct {
	From, To uint64
	Token    uint64
	Amount   *big.Int
	Nonce    uint64
	Sig      []byte
}

// Withdraw burns Amount of Token on L2 and makes it claimable on L1 by To.
type Withdraw struct {
	From   uint64
	Token  uint64
	Amount *big.Int
	To     Address
	Nonce  uint64
	Sig    []byte
}

// SubmitJob opens an inference job, escrowing MaxFee of the fee token.
type SubmitJob struct {
	Requester   uint64
	Model       uint64
	InputCommit fr.Element
	MaxFee      *big.Int
	Deadline    uint64
	Nonce       uint64
	Sig         []byte
}

// LockJob reserves an open job for a prover until LockDeadline, locking
// collateral from its stake.
type LockJob struct {
	Prover       uint64
	Job          uint64
	LockDeadline uint64
	Nonce        uint64
	Sig          []byte
}

// FulfillJob delivers a locked job's output; its inference proof travels to
// the aggregator beside the batch.
type FulfillJob struct {
	Prover       uint64
	Job          uint64
	OutputCommit fr.Element
	Nonce        uint64
	Sig          []byte
}

// CancelJob withdraws an open job and refunds its fee.
type CancelJob struct {
	Requester uint64
	Job       uint64
	Nonce     uint64
	Sig       []byte
}

// ExpireJob (unsigned) slashes a lock that passed its deadline and reopens the job.
type ExpireJob struct {
	Job uint64
}

func (*Deposit) Type() OpType       { return OpDeposit }
func (*RegisterModel) Type() OpType { return OpRegisterModel }
func (*ProverStake) Type() OpType   { return OpProverStake }
func (*ProverUnstake) Type() OpType { return OpProverUnstake }
func (*L1Job) Type() OpType         { return OpL1Job }
func (*ForcedExit) Type() OpType    { return OpForcedExit }
func (*Transfer) Type() OpType      { return OpTransfer }
func (*Withdraw) Type() OpType      { return OpWithdraw }
func (*SubmitJob) Type() OpType     { return OpSubmitJob }
func (*LockJob) Type() OpType       { return OpLockJob }
func (*FulfillJob) Type() OpType    { return OpFulfillJob }
func (*CancelJob) Type() OpType     { return OpCancelJob }
func (*ExpireJob) Type() OpType     { return OpExpireJob }

func fe(v uint64) fr.Element {
	var e fr.Element
	e.SetUint64(v)
	return e
}

func feBig(v *big.Int) fr.Element {
	var e fr.Element
	if v != nil {
		e.SetBigInt(v)
	}
	return e
}

func feAddr(a Address) fr.Element {
	var e fr.Element
	e.SetBytes(a[:])
	return e
}

// SigningHash is the one field element an account signs for a signed op:
// Poseidon2 over the op type and every field but the signature. The block
// circuit recomputes it from the op's witness.
func SigningHash(op Op) (fr.Element, error) {
	t := fe(uint64(op.Type()))
	switch o := op.(type) {
	case *Transfer:
		return keys.HashElements(t, fe(o.From), fe(o.To), fe(o.Token), feBig(o.Amount), fe(o.Nonce)), nil
	case *Withdraw:
		return keys.HashElements(t, fe(o.From), fe(o.Token), feBig(o.Amount), feAddr(o.To), fe(o.Nonce)), nil
	case *SubmitJob:
		return keys.HashElements(t, fe(o.Requester), fe(o.Model), o.InputCommit, feBig(o.MaxFee), fe(o.Deadline),
			fe(o.Nonce)), nil
	case *LockJob:
		return keys.HashElements(t, fe(o.Prover), fe(o.Job), fe(o.LockDeadline), fe(o.Nonce)), nil
	case *FulfillJob:
		return keys.HashElements(t, fe(o.Prover), fe(o.Job), o.OutputCommit, fe(o.Nonce)), nil
	case *CancelJob:
		return keys.HashElements(t, fe(o.Requester), fe(o.Job), fe(o.Nonce)), nil
	}
	return fr.Element{}, fmt.Errorf("rollup: %s ops are not signed", op.Type())
}

// Sign sets the signature of a signed op.
func Sign(op Op, key *keys.PrivateKey) error {
	h, err := SigningHash(op)
	if err != nil {
		return err
	}
	sig, err := key.Sign(h)
	if err != nil {
		return err
	}
	switch o := op.(type) {
	case *Transfer:
		o.Sig = sig
	case *Withdraw:
		o.Sig = sig
	case *SubmitJob:
		o.Sig = sig
	case *LockJob:
		o.Sig = sig
	case *FulfillJob:
		o.Sig = sig
	case *CancelJob:
		o.Sig = sig
	}
	return nil
}

func signature(op Op) []byte {
	switch o := op.(type) {
	case *Transfer:
		return o.Sig
	case *Withdraw:
		return o.Sig
	case *SubmitJob:
		return o.Sig
	case *LockJob:
		return o.Sig
	case *FulfillJob:
		return o.Sig
	case *CancelJob:
		return o.Sig
	}
	return nil
}
