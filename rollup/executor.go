package rollup

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/state"
)

// Config holds the parameters of the state-transition function that are
// deployment settings rather than protocol constants.
type Config struct {
	// MaxLockDuration bounds lockDeadline - batch time (seconds); it must be
	// shorter than ProverRegistry's unbonding delay.
	MaxLockDuration uint64
}

// DefaultConfig allows locks of up to one hour.
func DefaultConfig() Config { return Config{MaxLockDuration: 3600} }

// Executor applies ops to the state. It is not safe for concurrent use.
type Executor struct {
	st   *state.State
	cfg  Config
	sigs sigCache
	// replay is set for an executor rebuilding settled batches from L1
	// (NewReplayExecutor): their pubdata carries no signatures or nonces.
	replay bool
}

// NewExecutor returns an executor over st.
func NewExecutor(st *state.State, cfg Config) (*Executor, error) {
	if cfg.MaxLockDuration == 0 {
		return nil, fmt.Errorf("rollup: max lock duration must be positive")
	}
	if st.Params().JobDepth < 2 {
		return nil, fmt.Errorf("rollup: job tree depth must be at least 2 (two id ranges)")
	}
	return &Executor{st: st, cfg: cfg}, nil
}

// State returns the state the executor writes.
func (e *Executor) State() *state.State { return e.st }

// Apply applies op at batch time ts (unix seconds). On error the state is
// exactly as before the call.
func (e *Executor) Apply(op Op, ts uint64) (*Receipt, error) {
	snap := e.st.Snapshot()
	r := &Receipt{Op: op, Amount: new(big.Int)}
	var err error
	switch o := op.(type) {
	case *Deposit:
		err = e.deposit(o, r)
	case *RegisterModel:
		err = e.registerModel(o, r)
	case *ProverStake:
		err = e.proverStake(o, r)
	case *ProverUnstakeRequest:
		err = e.proverUnstake(o, r)
	case *L1Job:
		err = e.l1Job(o, r)
	case *ForcedExit:
		err = e.forcedExit(o, r)
	case *Transfer:
		err = e.transfer(o)
	case *Withdraw:
		err = e.withdraw(o, r)
	case *SubmitJob:
		err = e.submitJob(o, ts)
	case *LockJob:
		err = e.lockJob(o, ts)
	case *FulfillJob:
		err = e.fulfillJob(o, ts, r)
	case *CancelJob:
		err = e.cancelJob(o, r)
	case *ClaimModelFees:
		err = e.claimModelFees(o)
	case *ExpireJob:
		err = e.expireJob(o, ts, r)
	case *ProverRelease:
		err = e.proverRelease(o, r)
	default:
		err = fmt.Errorf("%w: %T", ErrUnknownOp, op)
	}
	if err != nil {
		e.st.RevertTo(snap)
		return nil, fmt.Errorf("%s: %w", op.Type(), err)
	}
	return r, nil
}

// JobLeaf maps a job id to its leaf in a jobs tree of the given depth
// (docs/protocol.md §1): L2 ids fill the lower half, L1 ids the upper.
func JobLeaf(id uint32, depth int) (uint64, bool) {
	half := uint64(1) << (depth - 1)
	n := uint64(id &^ L1JobBit)
	if n >= half || id == 0 {
		return 0, false
	}
	if id&L1JobBit != 0 {
		return half | n, true
	}
	return n, true
}

// ---- helpers -------------------------------------------------------------

// meta reads an executor value that, when present, is size bytes long; nil
// means absent. A read error or a value of another length is an error
// naming the key: neither may pass for an absent value (genesis, zero).
func (e *Executor) meta(key string, size int) ([]byte, error) {
	v, err := e.st.Meta(key)
	if err != nil {
		return nil, fmt.Errorf("rollup: reading %q: %w", key, err)
	}
	if len(v) == 0 {
		return nil, nil
	}
	if len(v) != size {
		return nil, fmt.Errorf("%w: %q is %d bytes, want %d", state.ErrCorruptRecord, key, len(v), size)
	}
	return v, nil
}

func (e *Executor) counter(name string) (uint64, error) {
	v, err := e.meta(name, 8)
	if err != nil || v == nil {
		return 0, err
	}
	return binary.BigEndian.Uint64(v), nil
}

func (e *Executor) setCounter(name string, v uint64) {
	e.st.SetMeta(name, binary.BigEndian.AppendUint64(nil, v))
}

func (e *Executor) lookup(key string) (uint32, bool, error) {
	v, err := e.meta(key, 4)
	if err != nil || v == nil {
		return 0, false, err
	}
	return binary.BigEndian.Uint32(v), true, nil
}

// Accounts are found by the pair (L2 key, L1 address). The L1 address is
// where ForcedExit and exodus exits pay, so it must be the key owner's
// choice: were accounts found by key alone, anyone could deposit a wei to a
// victim's key first and own the exit address of the account the victim's
// own deposits then land in. With the pair, such a deposit only makes a
// separate account; the block circuit enforces that a deposit into an
// existing account matches both its key and its L1 address.
func pubKeyKey(pk PubKey, l1 Address) string { return "pk/" + string(pk[:]) + string(l1[:]) }

// AccountOf returns the account id of a wire public key and L1 address;
// found is false if there is none.
func (e *Executor) AccountOf(pk PubKey, l1 Address) (id uint32, found bool, err error) {
	return e.lookup(pubKeyKey(pk, l1))
}

// accountFor returns the account of a public key, creating it with l1 as its
// L1 address if it does not exist. ok is false when the key is not a valid
// point or the tree is full: the caller skips or refunds.
func (e *Executor) accountFor(pk PubKey, l1 Address) (uint32, *state.Account, bool, error) {
	i, found, err := e.lookup(pubKeyKey(pk, l1))
	if err != nil {
		return 0, nil, false, err
	}
	if found {
		a, err := e.st.Account(uint64(i))
		return i, a, err == nil, err
	}
	key, err := keys.PublicKeyFromWire(pk)
	if err != nil {
		return 0, nil, false, nil
	}
	next, err := e.counter("next-account")
	if err != nil {
		return 0, nil, false, err
	}
	if next == 0 {
		next = 1 // account 0 means "none"
	}
	if next>>e.st.Params().AccountDepth != 0 || next > 0xffffffff {
		return 0, nil, false, nil
	}
	a, err := e.st.Account(next)
	if err != nil {
		return 0, nil, false, err
	}
	a.PubKeyX, a.PubKeyY = key.XY()
	a.L1Address = l1
	e.setCounter("next-account", next+1)
	e.st.SetMeta(pubKeyKey(pk, l1), binary.BigEndian.AppendUint32(nil, uint32(next)))
	return uint32(next), a, true, nil
}

// signer loads account i, checks the op's signature and nonce, and bumps it.
func (e *Executor) signer(i uint32, op Op, nonce uint64) (*state.Account, error) {
	a, err := e.keyedAccount(i)
	if err != nil {
		return nil, err
	}
	if e.replay {
		// The batch's proof, verified on L1, covered signature and nonce.
		a.Nonce++
		return a, nil
	}
	if v, ok := e.sigs.get(op); ok && v.x == a.PubKeyX && v.y == a.PubKeyY && v.enc == opJSON(op) {
		e.sigs.forget(op) // PreVerify checked this very op and signature under this key
	} else if err := verifyUnder(a, i, op); err != nil {
		return nil, err
	}
	if nonce != a.Nonce {
		return nil, fmt.Errorf("%w: account %d has nonce %d, op has %d", ErrBadNonce, i, a.Nonce, nonce)
	}
	a.Nonce++
	return a, nil
}

// keyedAccount loads account i, which must exist and hold an L2 key.
func (e *Executor) keyedAccount(i uint32) (*state.Account, error) { return keyedAccountIn(e.st, i) }

// keyedAccountIn reads account i of st, which must have a key.
func keyedAccountIn(st *state.State, i uint32) (*state.Account, error) {
	if i == 0 || uint64(i)>>st.Params().AccountDepth != 0 {
		return nil, fmt.Errorf("%w: account %d", ErrUnknownAccount, i)
	}
	a, err := st.Account(uint64(i))
	if err != nil {
		return nil, err
	}
	if a.PubKeyX.IsZero() && a.PubKeyY.IsZero() {
		return nil, fmt.Errorf("%w: account %d", ErrNoKey, i)
	}
	return a, nil
}

// verifyUnder checks op's signature under account a's key (a is account i).
func verifyUnder(a *state.Account, i uint32, op Op) error {
	h, err := SigningHash(op)
	if err != nil {
		return err
	}
	pk, err := publicKeyOf(a.PubKeyX, a.PubKeyY)
	if err != nil {
		return err
	}
	if err := pk.Verify(signature(op), h); err != nil {
		return fmt.Errorf("%w: account %d", ErrBadSignature, i)
	}
	return nil
}

func positive(v *big.Int) error {
	if v == nil || v.Sign() <= 0 || v.Cmp(state.MaxAmount) > 0 {
		return fmt.Errorf("%w: %v", ErrBadAmount, v)
	}
	return nil
}

// rangeErr is err as an op's ErrIndexRange if it is the state's range
// error; a store error stays what it is.
func rangeErr(err error) error {
	if errors.Is(err, state.ErrIndexRange) {
		return fmt.Errorf("%w: %v", ErrIndexRange, err)
	}
	return err
}

func (e *Executor) credit(i uint64, token uint16, amount *big.Int) error {
	bal, err := e.st.Balance(i, uint64(token))
	if err != nil {
		return rangeErr(err)
	}
	bal.Add(bal, amount)
	if bal.Cmp(state.MaxAmount) > 0 {
		return ErrBalanceOverflow
	}
	return e.st.SetBalance(i, uint64(token), bal)
}

func (e *Executor) debit(i uint64, token uint16, amount *big.Int) error {
	bal, err := e.st.Balance(i, uint64(token))
	if err != nil {
		return rangeErr(err)
	}
	if bal.Cmp(amount) < 0 {
		return fmt.Errorf("%w: account %d has %v of token %d, needs %v", ErrInsufficientFund, i, bal, token, amount)
	}
	return e.st.SetBalance(i, uint64(token), bal.Sub(bal, amount))
}

func (e *Executor) tokenOK(token uint16) bool { return uint64(token)>>e.st.Params().TokenDepth == 0 }

func cloneBig(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(v)
}

// WeiOf converts gwei to wei.
func WeiOf(gwei uint64) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(gwei), big.NewInt(Gwei))
}

// slashShare is the requester's part of a slash, floor(wei * bps / 10000).
func slashShare(slashWei *big.Int) *big.Int {
	s := new(big.Int).Mul(slashWei, big.NewInt(SlashRequesterBps))
	return s.Quo(s, big.NewInt(10000))
}

// opJSON is the op's JSON form, or "" if it has none.
func opJSON(op Op) string {
	b, err := MarshalOpJSON(op)
	if err != nil {
		return ""
	}
	return string(b)
}
