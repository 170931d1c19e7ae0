package exodus

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

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
	// ErrNothingToExit is returned for an empty balance, account or model.
	ErrNothingToExit = errors.New("exodus: nothing to exit")
)

// ExitProof builds NexusRollup.exit's proof of account's balance of token in
// the rebuilt state, and checks that it folds to the replayed root. The ETH
// exit (token 0) also pays the account's escrow (the fees of its L2 jobs open
// or locked at the last settled batch), so it has something to exit when
// either is non-zero.
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
	if (bal.Sign() == 0 && (token != 0 || a.EscrowGwei == 0)) || a.L1Address == ([20]byte{}) {
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
		Expired: a.Expired, Exiting: a.Exiting, EscrowGwei: a.EscrowGwei,
		TokenSiblings: frBigs(tokSib), AccountSiblings: frBigs(accSib),
		JobsRoot: frBig(jobs), ModelsRoot: frBig(models),
	}
	return p, nil
}

// ModelFeesProof builds NexusRollup.exitModelFees's proof of model's unclaimed
// fees in the rebuilt state (the model leaf and its owner's account leaf),
// and checks that it folds to the replayed root.
func ModelFeesProof(ex *rollup.Executor, model uint32) (bindings.ModelExitProof, error) {
	var p bindings.ModelExitProof
	st := ex.State()
	if model == 0 || uint64(model)>>st.Params().ModelDepth != 0 {
		return p, fmt.Errorf("%w: %d is not a model id", ErrNothingToExit, model)
	}
	m, err := st.Model(uint64(model))
	if err != nil {
		return p, err
	}
	if m.EarnedGwei == 0 {
		return p, fmt.Errorf("%w: model %d has no unclaimed fees", ErrNothingToExit, model)
	}
	a, err := st.Account(m.Owner)
	if err != nil {
		return p, err
	}
	if a.L1Address == ([20]byte{}) {
		return p, fmt.Errorf("%w: model %d's owner %d has no L1 address", ErrNothingToExit, model, m.Owner)
	}
	mSib, err := st.ModelProof(uint64(model))
	if err != nil {
		return p, err
	}
	accSib, err := st.AccountProof(m.Owner)
	if err != nil {
		return p, err
	}
	accounts, jobs, models, err := ex.ReplayedRoots()
	if err != nil {
		return p, err
	}
	if smt.ComputeRoot(uint64(model), m.Hash(), mSib) != models || smt.ComputeRoot(m.Owner, a.Hash(), accSib) != accounts {
		return p, fmt.Errorf("exodus: the proof of model %d does not fold to the rebuilt root", model)
	}
	p = bindings.ModelExitProof{
		ModelId: model, VkHash: frBig(m.VKHash), OwnerAccount: uint32(m.Owner), FeeGwei: m.FeeGwei,
		EarnedGwei: m.EarnedGwei, ModelSiblings: frBigs(mSib),
		PubKeyX: frBig(a.PubKeyX), PubKeyY: frBig(a.PubKeyY), L1Address: a.L1Address, Nonce: a.Nonce,
		TokenRoot: frBig(a.TokenRoot), Stake: new(big.Int).Set(a.Stake), Locked: new(big.Int).Set(a.Locked),
		Fulfilled: a.Fulfilled, Expired: a.Expired, Exiting: a.Exiting, EscrowGwei: a.EscrowGwei,
		AccountSiblings: frBigs(accSib), JobsRoot: frBig(jobs),
	}
	return p, nil
}

// CheckExitDepths fails with ErrExitDepths unless the rollup at addr takes
// exit proofs of the accounts, token and models tree depths of p (ExitRoot's,
// set at deployment from the block circuit's).
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
	m, err := er.ModelTreeDepth(call)
	if err != nil {
		return err
	}
	if a.Cmp(big.NewInt(int64(p.AccountDepth))) != 0 || t.Cmp(big.NewInt(int64(p.TokenDepth))) != 0 ||
		m.Cmp(big.NewInt(int64(p.ModelDepth))) != 0 {
		return fmt.Errorf("%w: the rollup's accounts/tokens/models depths are %v/%v/%v, the rebuilt state's %d/%d/%d "+
			"(--state.depths)", ErrExitDepths, a, t, m, p.AccountDepth, p.TokenDepth, p.ModelDepth)
	}
	return nil
}

// Owed is everything the exits of one account pay in the rebuilt state.
type Owed struct {
	Account  uint32
	Balances map[uint16]*big.Int // its non-zero balances by token id
	// EscrowGwei is the fees of its L2 jobs open or locked at the last
	// settled batch: its ETH exit pays them with its ETH balance.
	EscrowGwei uint64
	Models     []ModelFees // the models it owns with unclaimed fees, by id
}

// ModelFees is a model's fees earned on L2 and not claimed by its owner:
// exitModelFees pays them to the owner's L1 address.
type ModelFees struct {
	Model uint32
	Gwei  uint64
}

// Wei is the fees in wei.
func (m ModelFees) Wei() *big.Int { return rollup.WeiOf(m.Gwei) }

// Escrow is the escrow in wei.
func (o *Owed) Escrow() *big.Int { return rollup.WeiOf(o.EscrowGwei) }

// Exit is what exit pays for token: the balance, and for ETH the escrow too.
func (o *Owed) Exit(token uint16) *big.Int {
	v := new(big.Int)
	if b := o.Balances[token]; b != nil {
		v.Set(b)
	}
	if token == 0 {
		v.Add(v, o.Escrow())
	}
	return v
}

// Tokens lists the tokens whose exit pays something, ascending.
func (o *Owed) Tokens() []uint16 {
	var out []uint16
	for t := range o.Balances {
		out = append(out, t)
	}
	if o.Balances[0] == nil && o.EscrowGwei > 0 {
		out = append(out, 0)
	}
	slices.Sort(out)
	return out
}

// Empty reports whether no exit pays the account anything.
func (o *Owed) Empty() bool { return len(o.Tokens()) == 0 && len(o.Models) == 0 }

// Owed returns what account's exits and model-fee exits pay in the rebuilt
// state. The models are found among those the replay saw registered.
func (s *Syncer) Owed(account uint32) (*Owed, error) {
	st := s.ex.State()
	if account == 0 || uint64(account)>>st.Params().AccountDepth != 0 {
		return nil, fmt.Errorf("exodus: %d is not an account id", account)
	}
	o := &Owed{Account: account, Balances: map[uint16]*big.Int{}}
	for t := uint64(0); t < 1<<st.Params().TokenDepth; t++ {
		b, err := st.Balance(uint64(account), t)
		if err != nil {
			return nil, err
		}
		if b.Sign() > 0 {
			o.Balances[uint16(t)] = b
		}
	}
	a, err := st.Account(uint64(account))
	if err != nil {
		return nil, err
	}
	o.EscrowGwei = a.EscrowGwei
	ids, err := s.Models()
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		m, err := st.Model(uint64(id))
		if err != nil {
			return nil, err
		}
		if m.Owner == uint64(account) && m.EarnedGwei > 0 {
			o.Models = append(o.Models, ModelFees{Model: id, Gwei: m.EarnedGwei})
		}
	}
	return o, nil
}

func frBig(e fr.Element) *big.Int { return e.BigInt(new(big.Int)) }

func frBigs(es []fr.Element) []*big.Int {
	out := make([]*big.Int, len(es))
	for i, e := range es {
		out[i] = frBig(e)
	}
	return out
}
