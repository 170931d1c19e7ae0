package rollup

import "errors"

// Errors of the state-transition function. An op that fails any rule
// returns one of these (wrapped with detail) and leaves the state untouched.
var (
	ErrBadSignature     = errors.New("invalid signature")
	ErrBadNonce         = errors.New("wrong nonce")
	ErrUnknownAccount   = errors.New("unknown account")
	ErrNoKey            = errors.New("account has no L2 key")
	ErrBadAmount        = errors.New("invalid amount")
	ErrInsufficientFund = errors.New("insufficient balance")
	ErrBalanceOverflow  = errors.New("balance would exceed 2^128-1")
	ErrUnknownModel     = errors.New("unknown model")
	ErrFeeCap           = errors.New("max fee below the model fee")
	ErrDeadline         = errors.New("deadline not valid at this batch time")
	ErrJobState         = errors.New("job is not in the state this op needs")
	ErrNotJobParty      = errors.New("signer is not this job's requester or prover")
	ErrNotProver        = errors.New("account is not a staked prover")
	ErrCollateral       = errors.New("not enough free stake for the collateral")
	ErrIndexRange       = errors.New("index out of the tree's range")
	ErrNotYetExpired    = errors.New("lock deadline has not passed")
	ErrUnknownOp        = errors.New("unknown op type")
	ErrPriorityOp       = errors.New("priority ops come only from the L1 queue")
	ErrJobID            = errors.New("job id not valid here")
	ErrExiting          = errors.New("prover is exiting")
	ErrNotModelOwner    = errors.New("signer does not own the model")
)
