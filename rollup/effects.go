package rollup

import "math/big"

// Effect is something a settled batch does on L1. NexusRollup derives the
// same effects from the pubdata; the Go list serves the sequencer and tests.
type Effect interface{ isEffect() }

// Withdrawal makes Amount of Token claimable by To on L1.
type Withdrawal struct {
	To     Address
	Token  uint16
	Amount *big.Int
}

// L1JobPayment pays an L1 job's requester on L1: a refund of the escrowed
// fee or a slash share (wei). NexusRollup knows the requester by job id.
type L1JobPayment struct {
	JobID  uint32
	Amount *big.Int
}

// Slash takes Amount (wei) from a prover's stake in ProverRegistry.
type Slash struct {
	Prover Address
	Amount *big.Int
}

// StakeRelease lets an exiting prover withdraw its stake after the delay.
type StakeRelease struct {
	Prover Address
}

// Reputation moves a prover's public counters.
type Reputation struct {
	Prover    Address
	Fulfilled bool // else expired
}

// L1Result stores the output commitment of an L1 dApp's job.
type L1Result struct {
	JobID        uint32
	OutputCommit [32]byte
}

func (Withdrawal) isEffect()   {}
func (L1JobPayment) isEffect() {}
func (Slash) isEffect()        {}
func (StakeRelease) isEffect() {}
func (Reputation) isEffect()   {}
func (L1Result) isEffect()     {}

// Receipt is what applying one op did, including the pubdata fields the
// state transition assigns (docs/protocol.md marks them "L2").
type Receipt struct {
	Op Op
	// Account is the account id a Deposit credited, a ProverStake or
	// ProverUnstakeRequest touched, or a RegisterModel's owner; 0 if none.
	Account uint32
	// Amount is what a ForcedExit withdrew (0 if nothing).
	Amount *big.Int
	// Prover, ProverAddr and SlashGwei describe an ExpireJob's slash.
	Prover     uint32
	ProverAddr Address
	SlashGwei  uint64
	// L1Job is set for a FulfillJob of an L1 job (encoded as FulfillL1Job).
	L1Job bool
	// Skipped is set for a priority op that could not apply; it is still
	// consumed, and its funds (if any) go back on L1.
	Skipped bool
	Effects []Effect
}
