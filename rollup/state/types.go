// Package state is the L2 state of DESIGN.md §3: accounts (each with a token
// subtree), jobs and models, three Poseidon2 sparse Merkle trees under one
// root, persisted through kv. It stages changes, reverts them to a snapshot
// when an op turns out invalid, and commits them atomically into one kv batch.
package state

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"

	"github.com/nexus-rollup/nexus/rollup/keys"
)

// Params are the tree depths, which are circuit parameters: tests use small
// ones, the devnet the defaults.
type Params struct {
	AccountDepth int `toml:"account_depth"`
	TokenDepth   int `toml:"token_depth"`
	JobDepth     int `toml:"job_depth"`
	ModelDepth   int `toml:"model_depth"`
}

// DefaultParams are the production depths of DESIGN.md §3.
func DefaultParams() Params {
	return Params{AccountDepth: 24, TokenDepth: 4, JobDepth: 24, ModelDepth: 12}
}

// JobStatus is where a job is in its life.
type JobStatus uint8

// Job states. A job moves open -> locked -> fulfilled, or locked -> expired
// (which reopens it: the job goes back to open with the lock cleared), or
// open -> cancelled.
const (
	JobNone JobStatus = iota
	JobOpen
	JobLocked
	JobFulfilled
	JobCancelled
)

func (s JobStatus) String() string {
	switch s {
	case JobNone:
		return "none"
	case JobOpen:
		return "open"
	case JobLocked:
		return "locked"
	case JobFulfilled:
		return "fulfilled"
	case JobCancelled:
		return "cancelled"
	}
	return "invalid"
}

// Account is one L2 account. Provers are accounts with a stake.
type Account struct {
	PubKeyX, PubKeyY fr.Element // zero for an account not yet claimed by a key
	L1Address        [20]byte
	Nonce            uint64
	// Stake mirrors the prover's stake on L1 (wei); Locked is the part
	// reserved as collateral by locked jobs (wei).
	Stake, Locked      *big.Int
	Fulfilled, Expired uint64
	// Exiting is set by a ProverUnstakeRequest: the prover takes no new job
	// and its stake is released once its collateral is free.
	Exiting bool
	// EscrowGwei is the sum of the fees of the account's L2 jobs that are
	// open or locked: SubmitJob moves a fee from the ETH balance into it, and
	// fulfilment, cancellation or an open job's expiry takes it out again. It
	// is in the leaf so that exodus returns it with the account's ETH
	// (docs/protocol.md §3).
	EscrowGwei uint64
	TokenRoot  fr.Element // root of the balances subtree (set by State)
}

// Job is one inference job. Fees and collateral are in gwei (docs/protocol.md).
// Whether it was requested on L1 is told by its id (bit 31), not stored.
type Job struct {
	Requester      uint64 // account id; 0 for an L1 job
	Model          uint64 // model id
	InputCommit    fr.Element
	FeeGwei        uint64 // escrowed, paid to model owner and prover on fulfilment
	Deadline       uint64 // unix seconds: the job must be fulfilled by then
	Status         JobStatus
	Prover         uint64 // account id of the locking prover
	LockDeadline   uint64 // unix seconds
	CollateralGwei uint64
	OutputCommit   fr.Element
}

// Model is one registered model.
type Model struct {
	// VKHash is the hash of the inference circuit's verifying key, which the
	// aggregation circuit checks each inference proof's key against.
	VKHash  fr.Element
	Owner   uint64 // account id of the owner
	FeeGwei uint64
	// EarnedGwei is the model fees earned by fulfilments and not yet claimed
	// (ClaimModelFees moves them to the owner's balance; in exodus,
	// NexusRollup.exitModelFees pays them to the owner's L1 address).
	EarnedGwei uint64
}

func u64(v uint64) fr.Element {
	var e fr.Element
	e.SetUint64(v)
	return e
}

func big2fr(v *big.Int) fr.Element {
	var e fr.Element
	if v != nil {
		e.SetBigInt(v)
	}
	return e
}

func addr2fr(a [20]byte) fr.Element {
	var e fr.Element
	e.SetBytes(a[:])
	return e
}

// Hash is the account's leaf in the accounts tree. An account that was
// never touched hashes to zero, the empty leaf, so the tree stays sparse.
func (a *Account) Hash() fr.Element {
	if a.IsEmpty() {
		return fr.Element{}
	}
	exiting := u64(0)
	if a.Exiting {
		exiting = u64(1)
	}
	return keys.HashElements(a.PubKeyX, a.PubKeyY, addr2fr(a.L1Address), u64(a.Nonce), a.TokenRoot,
		big2fr(a.Stake), big2fr(a.Locked), u64(a.Fulfilled), u64(a.Expired), exiting, u64(a.EscrowGwei))
}

// IsEmpty reports whether the account holds nothing at all.
func (a *Account) IsEmpty() bool {
	return a.PubKeyX.IsZero() && a.PubKeyY.IsZero() && a.L1Address == [20]byte{} && a.Nonce == 0 &&
		a.TokenRoot.IsZero() && sign(a.Stake) == 0 && sign(a.Locked) == 0 && a.Fulfilled == 0 && a.Expired == 0 &&
		!a.Exiting && a.EscrowGwei == 0
}

// Hash is the job's leaf in the jobs tree.
func (j *Job) Hash() fr.Element {
	if j.Status == JobNone {
		return fr.Element{}
	}
	return keys.HashElements(u64(j.Requester), u64(j.Model), j.InputCommit, u64(j.FeeGwei), u64(j.Deadline),
		u64(uint64(j.Status)), u64(j.Prover), u64(j.LockDeadline), u64(j.CollateralGwei), j.OutputCommit)
}

// Hash is the model's leaf in the models tree.
func (m *Model) Hash() fr.Element {
	if m.VKHash.IsZero() && m.Owner == 0 && m.FeeGwei == 0 && m.EarnedGwei == 0 {
		return fr.Element{}
	}
	return keys.HashElements(m.VKHash, u64(m.Owner), u64(m.FeeGwei), u64(m.EarnedGwei))
}

// BalanceLeaf is a token balance's leaf in an account's token subtree.
func BalanceLeaf(amount *big.Int) fr.Element { return big2fr(amount) }

func sign(v *big.Int) int {
	if v == nil {
		return 0
	}
	return v.Sign()
}
