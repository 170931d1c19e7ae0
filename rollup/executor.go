package rollup

import (
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/state"
)

// Config holds the economic parameters of the state-transition function.
type Config struct {
	// FeeToken is the token jobs are paid and collateralised in (0 = ETH).
	FeeToken uint64
	// MinCollateral is the least collateral a lock reserves; a lock reserves
	// max(job fee, MinCollateral).
	MinCollateral *big.Int
	// SlashRequesterBps is the share of a slashed collateral paid to the
	// job's requester, in basis points; the rest is burned.
	SlashRequesterBps uint64
}

// DefaultConfig pays half a slash to the requester.
func DefaultConfig() Config {
	return Config{FeeToken: 0, MinCollateral: big.NewInt(1), SlashRequesterBps: 5000}
}

// Executor applies ops to the state. It is not safe for concurrent use.
type Executor struct {
	st  *state.State
	cfg Config
}

// NewExecutor returns an executor over st.
func NewExecutor(st *state.State, cfg Config) (*Executor, error) {
	if cfg.MinCollateral == nil || cfg.MinCollateral.Sign() <= 0 {
		return nil, fmt.Errorf("rollup: min collateral must be positive")
	}
	if cfg.SlashRequesterBps > 10000 {
		return nil, fmt.Errorf("rollup: slash requester share %d bps exceeds 10000", cfg.SlashRequesterBps)
	}
	return &Executor{st: st, cfg: cfg}, nil
}

// State returns the state the executor writes.
func (e *Executor) State() *state.State { return e.st }

// Apply applies op at batch time ts (unix seconds). On error the state is
// exactly as before the call.
func (e *Executor) Apply(op Op, ts uint64) (*Receipt, error) {
	snap := e.st.Snapshot()
	r, err := e.apply(op, ts)
	if err != nil {
		e.st.RevertTo(snap)
		return nil, fmt.Errorf("%s: %w", op.Type(), err)
	}
	return r, nil
}

func (e *Executor) apply(op Op, ts uint64) (*Receipt, error) {
	r := &Receipt{Op: op}
	var err error
	switch o := op.(type) {
	case *Deposit:
		err = e.deposit(o, r)
	case *RegisterModel:
		err = e.registerModel(o, r)
	case *ProverStake:
		err = e.proverStake(o, r)
	case *ProverUnstake:
		err = e.proverUnstake(o, r)
	case *L1Job:
		err = e.l1Job(o, ts, r)
	case *ForcedExit:
		err = e.forcedExit(o, r)
	case *Transfer:
		err = e.transfer(o)
	case *Withdraw:
		err = e.withdraw(o, r)
	case *SubmitJob:
		err = e.submitJob(o, ts, r)
	case *LockJob:
		err = e.lockJob(o, ts)
	case *FulfillJob:
		err = e.fulfillJob(o, ts, r)
	case *CancelJob:
		err = e.cancelJob(o, r)
	case *ExpireJob:
		err = e.expireJob(o, ts, r)
	default:
		err = fmt.Errorf("%w: %T", ErrUnknownOp, op)
	}
	if err != nil {
		return nil, err
	}
	return r, nil
}

// ---- helpers -------------------------------------------------------------

func (e *Executor) counter(name string) uint64 {
	v, _ := e.st.Meta(name)
	if len(v) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(v)
}

func (e *Executor) setCounter(name string, v uint64) {
	e.st.SetMeta(name, binary.BigEndian.AppendUint64(nil, v))
}

func (e *Executor) lookup(key string) (uint64, bool) {
	v, _ := e.st.Meta(key)
	if len(v) != 8 {
		return 0, false
	}
	return binary.BigEndian.Uint64(v), true
}

func pubKeyKey(pk PubKey) string { return "pk/" + string(pk[:]) }
func proverKey(a Address) string { return "prover/" + string(a[:]) }

// accountFor returns the account of a public key, creating it (with its L1
// address when given) if it does not exist. ok is false when the key is not
// a valid point or the tree is full: the caller refunds or skips.
func (e *Executor) accountFor(pk PubKey, l1 Address) (uint64, *state.Account, bool, error) {
	if i, found := e.lookup(pubKeyKey(pk)); found {
		a, err := e.st.Account(i)
		return i, a, err == nil, err
	}
	key, err := keys.PublicKeyFromBytes(pk[:])
	if err != nil {
		return 0, nil, false, nil
	}
	// Account 0 is never assigned, so that index 0 can mean "none".
	next := e.counter("next-account")
	if next == 0 {
		next = 1
	}
	if next>>e.st.Params().AccountDepth != 0 {
		return 0, nil, false, nil
	}
	a, err := e.st.Account(next)
	if err != nil {
		return 0, nil, false, err
	}
	a.PubKeyX, a.PubKeyY = key.XY()
	a.L1Address = l1
	e.setCounter("next-account", next+1)
	e.st.SetMeta(pubKeyKey(pk), binary.BigEndian.AppendUint64(nil, next))
	return next, a, true, nil
}

// signer loads account i and checks sig over op and the nonce.
func (e *Executor) signer(i uint64, op Op, nonce uint64) (*state.Account, error) {
	if i == 0 || i>>e.st.Params().AccountDepth != 0 {
		return nil, fmt.Errorf("%w: account %d", ErrUnknownAccount, i)
	}
	a, err := e.st.Account(i)
	if err != nil {
		return nil, err
	}
	if a.PubKeyX.IsZero() && a.PubKeyY.IsZero() {
		return nil, fmt.Errorf("%w: account %d", ErrNoKey, i)
	}
	h, err := SigningHash(op)
	if err != nil {
		return nil, err
	}
	var pk keys.PublicKey
	if pk, err = pubKeyOf(a); err != nil {
		return nil, err
	}
	if err := pk.Verify(signature(op), h); err != nil {
		return nil, fmt.Errorf("%w: account %d", ErrBadSignature, i)
	}
	if nonce != a.Nonce {
		return nil, fmt.Errorf("%w: account %d has nonce %d, op has %d", ErrBadNonce, i, a.Nonce, nonce)
	}
	a.Nonce++
	return a, nil
}

func pubKeyOf(a *state.Account) (keys.PublicKey, error) {
	return keys.PublicKeyFromXY(a.PubKeyX, a.PubKeyY)
}

func positive(v *big.Int) error {
	if v == nil || v.Sign() <= 0 || v.Cmp(state.MaxAmount) > 0 {
		return fmt.Errorf("%w: %v", ErrBadAmount, v)
	}
	return nil
}

func (e *Executor) credit(i, token uint64, amount *big.Int) error {
	bal, err := e.st.Balance(i, token)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrIndexRange, err)
	}
	bal.Add(bal, amount)
	if bal.Cmp(state.MaxAmount) > 0 {
		return ErrBalanceOverflow
	}
	return e.st.SetBalance(i, token, bal)
}

func (e *Executor) debit(i, token uint64, amount *big.Int) error {
	bal, err := e.st.Balance(i, token)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrIndexRange, err)
	}
	if bal.Cmp(amount) < 0 {
		return fmt.Errorf("%w: account %d has %v of token %d, needs %v", ErrInsufficientFund, i, bal, token, amount)
	}
	return e.st.SetBalance(i, token, bal.Sub(bal, amount))
}

func (e *Executor) tokenOK(token uint64) bool { return token>>e.st.Params().TokenDepth == 0 }

func cloneBig(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(v)
}

func maxBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return cloneBig(a)
	}
	return cloneBig(b)
}
