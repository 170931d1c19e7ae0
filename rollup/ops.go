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

// OpType identifies an op; its value is the op's first pubdata byte
// (docs/protocol.md §2.1).
type OpType uint8

// Op types. Priority ops come from L1, signed ops from L2 accounts, and the
// unsigned ones from the sequencer, their preconditions checked by the rules.
const (
	OpNoop                 OpType = 0x00
	OpDeposit              OpType = 0x01
	OpRegisterModel        OpType = 0x02
	OpProverStake          OpType = 0x03
	OpProverUnstakeRequest OpType = 0x04
	OpL1Job                OpType = 0x05
	OpForcedExit           OpType = 0x06
	OpTransfer             OpType = 0x10
	OpWithdraw             OpType = 0x11
	OpSubmitJob            OpType = 0x12
	OpLockJob              OpType = 0x13
	OpFulfillJob           OpType = 0x14
	OpFulfillL1Job         OpType = 0x15 // FulfillJob of an L1 job: same Go op, another encoding
	OpCancelJob            OpType = 0x16
	OpClaimModelFees       OpType = 0x17
	OpExpireJob            OpType = 0x20
	OpProverRelease        OpType = 0x21
)

var opNames = map[OpType]string{OpNoop: "Noop", OpDeposit: "Deposit", OpRegisterModel: "RegisterModel",
	OpProverStake: "ProverStake", OpProverUnstakeRequest: "ProverUnstakeRequest", OpL1Job: "L1Job",
	OpForcedExit: "ForcedExit", OpTransfer: "Transfer", OpWithdraw: "Withdraw", OpSubmitJob: "SubmitJob",
	OpLockJob: "LockJob", OpFulfillJob: "FulfillJob", OpFulfillL1Job: "FulfillL1Job", OpCancelJob: "CancelJob",
	OpClaimModelFees: "ClaimModelFees", OpExpireJob: "ExpireJob", OpProverRelease: "ProverRelease"}

func (t OpType) String() string {
	if n, ok := opNames[t]; ok {
		return n
	}
	return fmt.Sprintf("OpType(0x%02x)", uint8(t))
}

// IsPriority reports whether ops of this type come from the L1 priority queue.
func (t OpType) IsPriority() bool { return t >= OpDeposit && t <= OpForcedExit }

// IsSigned reports whether ops of this type carry an L2 signature.
func (t OpType) IsSigned() bool { return t >= OpTransfer && t <= OpClaimModelFees }

// Constants of docs/protocol.md §5.
const (
	CollateralMultiplier = 2
	SlashRequesterBps    = 5000
	// L1JobBit marks job ids assigned by NexusRollup.requestInference.
	L1JobBit = 1 << 31
	// Gwei is the wei in one gwei, the unit of job and model fees.
	Gwei = 1_000_000_000
)

// Op is one L2 operation.
type Op interface {
	Type() OpType
}

// Address is an L1 address.
type Address = [20]byte

// PubKey is an L2 public key in its wire form (docs/protocol.md §1):
// big-endian Y with the sign of X in bit 255.
type PubKey = [32]byte

// Priority ops (from L1).

// Deposit credits Amount of Token to the account of PubKey, creating it.
type Deposit struct {
	Depositor Address // refunded if PubKey is not a valid key
	PubKey    PubKey
	Token     uint16
	Amount    *big.Int // wei or token base units
}

// RegisterModel registers a model or updates it (same ModelID).
type RegisterModel struct {
	ModelID     uint32 // assigned by ModelRegistry
	FeeGwei     uint64
	VKHash      fr.Element
	OwnerPubKey PubKey
	Owner       Address
}

// ProverStake mirrors a prover's total L1 stake into L2.
type ProverStake struct {
	Prover Address
	PubKey PubKey
	Stake  *big.Int // the new total, wei
}

// ProverUnstakeRequest marks a prover as exiting: it takes no new job, and a
// ProverRelease frees its stake on L1 once no collateral is locked.
type ProverUnstakeRequest struct {
	Prover Address
	PubKey PubKey
}

// L1Job is an inference request made by an L1 dApp; its id has L1JobBit set.
type L1Job struct {
	JobID       uint32
	ModelID     uint32
	FeeGwei     uint64
	Deadline    uint32
	InputCommit fr.Element
}

// ForcedExit withdraws an account's whole balance of a token to its L1
// address, requested on L1 when the sequencer censors the account.
type ForcedExit struct {
	Account   uint32
	Token     uint16
	Requester Address // must be the account's L1 address
}

// Signed L2 ops.

// Transfer moves Amount of Token between accounts.
type Transfer struct {
	From, To uint32
	Token    uint16
	Amount   *big.Int
	Nonce    uint64
	Sig      []byte
}

// Withdraw burns Amount of Token on L2 and makes it claimable on L1 by To.
type Withdraw struct {
	From   uint32
	Token  uint16
	Amount *big.Int
	To     Address
	Nonce  uint64
	Sig    []byte
}

// SubmitJob opens an L2 inference job, escrowing FeeGwei of ETH. Its job id
// is assigned by the sequencer and signed too, so that a signature is never
// valid for two jobs.
type SubmitJob struct {
	Requester   uint32
	JobID       uint32
	ModelID     uint32
	InputCommit fr.Element
	FeeGwei     uint64
	Deadline    uint32
	Nonce       uint64
	Sig         []byte
}

// LockJob reserves an open job for a prover until LockDeadline, locking
// CollateralMultiplier times its fee from the prover's free stake.
type LockJob struct {
	Prover       uint32
	JobID        uint32
	LockDeadline uint32
	Nonce        uint64
	Sig          []byte
}

// FulfillJob delivers a locked job's output; its inference proof travels to
// the aggregator beside the batch.
type FulfillJob struct {
	Prover       uint32
	JobID        uint32
	OutputCommit fr.Element
	Nonce        uint64
	Sig          []byte
}

// CancelJob withdraws an open L2 job and refunds its fee.
type CancelJob struct {
	Requester uint32
	JobID     uint32
	Nonce     uint64
	Sig       []byte
}

// ClaimModelFees moves the fees a model has earned (Model.EarnedGwei) into
// its owner's ETH balance; the owner signs it.
type ClaimModelFees struct {
	Owner   uint32
	ModelID uint32
	Nonce   uint64
	Sig     []byte
}

// Unsigned ops.

// ExpireJob slashes a lock past its deadline and reopens the job, or refunds
// an open job past its own deadline.
type ExpireJob struct {
	JobID uint32
}

// ProverRelease frees an exiting prover's stake on L1 once nothing is locked.
type ProverRelease struct {
	Account uint32
}

func (*Deposit) Type() OpType              { return OpDeposit }
func (*RegisterModel) Type() OpType        { return OpRegisterModel }
func (*ProverStake) Type() OpType          { return OpProverStake }
func (*ProverUnstakeRequest) Type() OpType { return OpProverUnstakeRequest }
func (*L1Job) Type() OpType                { return OpL1Job }
func (*ForcedExit) Type() OpType           { return OpForcedExit }
func (*Transfer) Type() OpType             { return OpTransfer }
func (*Withdraw) Type() OpType             { return OpWithdraw }
func (*SubmitJob) Type() OpType            { return OpSubmitJob }
func (*LockJob) Type() OpType              { return OpLockJob }
func (*FulfillJob) Type() OpType           { return OpFulfillJob }
func (*CancelJob) Type() OpType            { return OpCancelJob }
func (*ClaimModelFees) Type() OpType       { return OpClaimModelFees }
func (*ExpireJob) Type() OpType            { return OpExpireJob }
func (*ProverRelease) Type() OpType        { return OpProverRelease }

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
		return keys.HashElements(t, fe(uint64(o.From)), fe(uint64(o.To)), fe(uint64(o.Token)), feBig(o.Amount),
			fe(o.Nonce)), nil
	case *Withdraw:
		return keys.HashElements(t, fe(uint64(o.From)), fe(uint64(o.Token)), feBig(o.Amount), feAddr(o.To),
			fe(o.Nonce)), nil
	case *SubmitJob:
		return keys.HashElements(t, fe(uint64(o.Requester)), fe(uint64(o.JobID)), fe(uint64(o.ModelID)),
			o.InputCommit, fe(o.FeeGwei), fe(uint64(o.Deadline)), fe(o.Nonce)), nil
	case *LockJob:
		return keys.HashElements(t, fe(uint64(o.Prover)), fe(uint64(o.JobID)), fe(uint64(o.LockDeadline)),
			fe(o.Nonce)), nil
	case *FulfillJob:
		return keys.HashElements(t, fe(uint64(o.Prover)), fe(uint64(o.JobID)), o.OutputCommit, fe(o.Nonce)), nil
	case *CancelJob:
		return keys.HashElements(t, fe(uint64(o.Requester)), fe(uint64(o.JobID)), fe(o.Nonce)), nil
	case *ClaimModelFees:
		return keys.HashElements(t, fe(uint64(o.Owner)), fe(uint64(o.ModelID)), fe(o.Nonce)), nil
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
	case *ClaimModelFees:
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
	case *ClaimModelFees:
		return o.Sig
	}
	return nil
}
