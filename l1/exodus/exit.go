package exodus

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/smt"
	"github.com/nexus-rollup/nexus/rollup/state"
)

var (
	// ErrExitDepths is returned when the rollup's ExitRoot takes proofs of
	// other depths than the rebuilt state's trees.
	ErrExitDepths = errors.New("exodus: the rollup takes exit proofs of other tree depths")
	// ErrNothingToExit is returned for an empty balance or account.
	ErrNothingToExit = errors.New("exodus: nothing to exit")
)

// ExitProof builds NexusRollup.exit's proof of account's balance of token in
// the rebuilt state, and checks that it folds to the replayed root.
func ExitProof(ex *rollup.Executor, account uint32, token uint16) (bindings.ExitProof, error) {
	var p bindings.ExitProof
	st := ex.State()
	prm := st.Params()
	if account == 0 || uint64(account)>>prm.AccountDepth != 0 {
		return p, fmt.Errorf("%w: account %d is not an account id", ErrNothingToExit, account)
	}
	if uint64(token)>>prm.TokenDepth != 0 {
		return p, fmt.Errorf("%w: token %d is not a token id", ErrNothingToExit, token)
	}
	a, err := st.Account(uint64(account))
	if err != nil {
		return p, err
	}
	bal, err := st.Balance(uint64(account), uint64(token))
	if err != nil {
		return p, err
	}
	if bal.Sign() == 0 || a.L1Address == ([20]byte{}) {
		return p, fmt.Errorf("%w: account %d holds no token %d", ErrNothingToExit, account, token)
	}
	tokSib, err := st.TokenProof(uint64(account), uint64(token))
	if err != nil {
		return p, err
	}
	accSib, err := st.AccountProof(uint64(account))
	if err != nil {
		return p, err
	}
	accounts, jobs, models, err := ex.ReplayedRoots()
	if err != nil {
		return p, err
	}
	if smt.ComputeRoot(uint64(token), state.BalanceLeaf(bal), tokSib) != a.TokenRoot ||
		smt.ComputeRoot(uint64(account), a.Hash(), accSib) != accounts {
		return p, fmt.Errorf("exodus: the proof of account %d does not fold to the rebuilt root", account)
	}
	p = bindings.ExitProof{
		AccountId: account, Token: token, Balance: bal,
		PubKeyX: frBig(a.PubKeyX), PubKeyY: frBig(a.PubKeyY), L1Address: a.L1Address, Nonce: a.Nonce,
		Stake: new(big.Int).Set(a.Stake), Locked: new(big.Int).Set(a.Locked), Fulfilled: a.Fulfilled,
		Expired: a.Expired, Exiting: a.Exiting,
		TokenSiblings: frBigs(tokSib), AccountSiblings: frBigs(accSib),
		JobsRoot: frBig(jobs), ModelsRoot: frBig(models),
	}
	return p, nil
}

// CheckExitDepths fails with ErrExitDepths unless the rollup at addr takes
// exit proofs of the accounts and token tree depths of p (ExitRoot's, set at
// deployment from the block circuit's).
func CheckExitDepths(ctx context.Context, chain bind.ContractCaller, addr common.Address, p state.Params) error {
	r, err := bindings.NewNexusRollupCaller(addr, chain)
	if err != nil {
		return err
	}
	call := &bind.CallOpts{Context: ctx}
	at, err := r.ExitRoot(call)
	if err != nil {
		return fmt.Errorf("exodus: reading the rollup at %s: %w", addr, err)
	}
	er, err := bindings.NewExitRootCaller(at, chain)
	if err != nil {
		return err
	}
	a, err := er.AccountTreeDepth(call)
	if err != nil {
		return fmt.Errorf("exodus: reading the rollup's ExitRoot at %s: %w", at, err)
	}
	t, err := er.TokenTreeDepth(call)
	if err != nil {
		return err
	}
	if a.Cmp(big.NewInt(int64(p.AccountDepth))) != 0 || t.Cmp(big.NewInt(int64(p.TokenDepth))) != 0 {
		return fmt.Errorf("%w: the rollup's are %v/%v, the rebuilt state's %d/%d (--state.depths)", ErrExitDepths, a, t,
			p.AccountDepth, p.TokenDepth)
	}
	return nil
}

// Balances returns account's non-zero balances by token id.
func Balances(ex *rollup.Executor, account uint32) (map[uint16]*big.Int, error) {
	st := ex.State()
	if account == 0 || uint64(account)>>st.Params().AccountDepth != 0 {
		return nil, fmt.Errorf("exodus: %d is not an account id", account)
	}
	out := map[uint16]*big.Int{}
	for t := uint64(0); t < 1<<st.Params().TokenDepth; t++ {
		b, err := st.Balance(uint64(account), t)
		if err != nil {
			return nil, err
		}
		if b.Sign() > 0 {
			out[uint16(t)] = b
		}
	}
	return out, nil
}

func frBig(e fr.Element) *big.Int { return e.BigInt(new(big.Int)) }

func frBigs(es []fr.Element) []*big.Int {
	out := make([]*big.Int, len(es))
	for i, e := range es {
		out[i] = frBig(e)
	}
	return out
}
