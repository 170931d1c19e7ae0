package rollup

import "math/big"

// Effect is something a settled batch does on L1.
type Effect interface{ isEffect() }

// Withdrawal makes Amount of Token claimable by To on L1.
type Withdrawal struct {
	To     Address
	Token  uint64
	Amount *big.Int
}

// L1JobRefund returns an L1 job's fee (or a slash share) to the dApp that
// requested it; NexusRollup knows the requester by job id.
type L1JobRefund struct {
	L1JobID uint64
	Amount  *big.Int
}

// Slash takes Amount from a prover's stake in ProverRegistry. Share of it
// moves into NexusRollup to back what the job's requester was credited (on
// L2, or refunded on L1 for an L1 job); the rest is burned.
type Slash struct {
	Prover Address
	Amount *big.Int
	Share  *big.Int
}

// UnstakeRelease lets a prover withdraw Amount after the unbonding delay.
type UnstakeRelease struct {
	Prover Address
	Amount *big.Int
}

// Reputation moves a prover's public counters.
type Reputation struct {
	Prover    Address
	Fulfilled bool // else expired
}

// L1Result stores the output commitment of an L1 dApp's job.
type L1Result struct {
	L1JobID      uint64
	OutputCommit [32]byte
}

func (Withdrawal) isEffect()     {}
func (L1JobRefund) isEffect()    {}
func (Slash) isEffect()          {}
func (UnstakeRelease) isEffect() {}
func (Reputation) isEffect()     {}
func (L1Result) isEffect()       {}

// Receipt is what applying one op did.
type Receipt struct {
	Op Op
	// Account is the account a Deposit, ProverStake or RegisterModel
	// credited or created; Job the job a SubmitJob or L1Job opened.
	Account, Job uint64
	// Skipped is set for a priority op that could not apply (a deposit to an
	// invalid key is refunded instead): it is still consumed.
	Skipped bool
	Effects []Effect
}
