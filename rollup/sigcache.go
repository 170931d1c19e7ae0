package rollup

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"

	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/state"
)

// Signature checks dominate the cost of applying a signed op, and unlike
// the state updates they do not depend on each other. PreVerify checks a
// slice of ops on every core ahead of Apply; Apply then skips the check of
// an op whose signature was verified under the key its account still has.

type verified struct {
	x, y fr.Element
	enc  string // the op's JSON (every field and the signature) when it was verified
}

type sigCache struct {
	mu sync.Mutex
	ok map[Op]verified
}

func (c *sigCache) get(op Op) (verified, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.ok[op]
	return v, ok
}

// maxCachedSigs bounds the cache: ops verified but never applied (refused
// by a full mempool, rejected before their signature check) would otherwise
// stay forever. Dropping the cache only costs re-verification.
const maxCachedSigs = 1 << 18

func (c *sigCache) put(op Op, v verified) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ok == nil || len(c.ok) >= maxCachedSigs {
		c.ok = make(map[Op]verified)
	}
	c.ok[op] = v
}

// has reports whether op was verified, as it is now, under key (x, y).
func (c *sigCache) has(op Op, x, y fr.Element) bool {
	v, ok := c.get(op)
	return ok && v.x == x && v.y == y && v.enc == opJSON(op)
}

func (c *sigCache) forget(op Op) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.ok, op)
}

// PreVerify checks the signatures of the signed ops in parallel against the
// keys their accounts have now. It never changes the state; ops whose
// signature fails are simply not cached, and Apply reports them.
func (e *Executor) PreVerify(ops []Op) {
	type job struct {
		op Op
		i  uint32
		a  *state.Account
	}
	var jobs []job
	for _, op := range ops {
		if !op.Type().IsSigned() {
			continue
		}
		i := SignerOf(op)
		if a, err := e.keyedAccount(i); err == nil && !e.sigs.has(op, a.PubKeyX, a.PubKeyY) {
			jobs = append(jobs, job{op, i, a})
		}
	}
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	next := make(chan job)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range next {
				if verifyUnder(j.a, j.i, j.op) != nil {
					continue
				}
				if enc := opJSON(j.op); enc != "" {
					e.sigs.put(j.op, verified{x: j.a.PubKeyX, y: j.a.PubKeyY, enc: enc})
				}
			}
		}()
	}
	for _, j := range jobs {
		next <- j
	}
	close(next)
	wg.Wait()
}

// SignerOf is the account that signs op (0 for unsigned ops).
func SignerOf(op Op) uint32 {
	switch o := op.(type) {
	case *Transfer:
		return o.From
	case *Withdraw:
		return o.From
	case *SubmitJob:
		return o.Requester
	case *LockJob:
		return o.Prover
	case *FulfillJob:
		return o.Prover
	case *CancelJob:
		return o.Requester
	case *ClaimModelFees:
		return o.Owner
	}
	return 0
}

// VerifySignature checks a signed op's signature against its account's
// current key, without applying it: the sequencer's admission check, so
// that the mempool holds only ops their account really signed.
func (e *Executor) VerifySignature(op Op) error {
	k, err := e.SignerKey(op)
	if err != nil {
		return err
	}
	return e.VerifyAs(k, op)
}

// SignerKey is the account that signs an op and the key it had when read.
type SignerKey struct {
	index uint32
	acc   *state.Account
}

// SignerKey reads the key of op's signing account. It reads the state, so
// the caller serializes it with Apply; VerifyAs then needs no lock.
func (e *Executor) SignerKey(op Op) (SignerKey, error) { return SignerKeyIn(e.st, op) }

// SignerKeyIn reads the key of op's signing account in st: for instance a
// read-only view of the committed state, which needs no lock. A key read
// there may be older than the executor's; Apply checks the signature again
// unless the account still has that key.
func SignerKeyIn(st *state.State, op Op) (SignerKey, error) {
	if !op.Type().IsSigned() {
		return SignerKey{}, fmt.Errorf("%w: %s is not a signed op", ErrBadSignature, op.Type())
	}
	i := SignerOf(op)
	a, err := keyedAccountIn(st, i)
	if err != nil {
		return SignerKey{}, err
	}
	return SignerKey{index: i, acc: a}, nil
}

// VerifyAs checks op's signature under k. It touches no state, so callers
// run it concurrently and outside their state lock; a valid signature is
// remembered, and applying the op later skips the check while its account
// keeps that key.
func (e *Executor) VerifyAs(k SignerKey, op Op) error {
	if k.acc == nil {
		return fmt.Errorf("%w: no signer key", ErrBadSignature)
	}
	if e.sigs.has(op, k.acc.PubKeyX, k.acc.PubKeyY) {
		return nil
	}
	if err := verifyUnder(k.acc, k.index, op); err != nil {
		return err
	}
	if enc := opJSON(op); enc != "" {
		e.sigs.put(op, verified{x: k.acc.PubKeyX, y: k.acc.PubKeyY, enc: enc})
	}
	return nil
}

// Forget drops what VerifyAs remembered of op: for an op that will never
// be applied.
func (e *Executor) Forget(op Op) { e.sigs.forget(op) }

// VerifyManyAs is VerifyAs for many ops at once, each under its key:
// signatures not already remembered are checked together
// (keys.VerifyBatch), and each op gets the error VerifyAs would give it.
func (e *Executor) VerifyManyAs(ks []SignerKey, ops []Op) []error {
	errs := make([]error, len(ops))
	var items []keys.Signed
	var at []int
	for n, op := range ops {
		k := ks[n]
		if k.acc == nil {
			errs[n] = fmt.Errorf("%w: no signer key", ErrBadSignature)
			continue
		}
		if e.sigs.has(op, k.acc.PubKeyX, k.acc.PubKeyY) {
			continue
		}
		h, err := SigningHash(op)
		if err != nil {
			errs[n] = err
			continue
		}
		pk, err := publicKeyOf(k.acc.PubKeyX, k.acc.PubKeyY)
		if err != nil {
			errs[n] = err
			continue
		}
		items = append(items, keys.Signed{Key: pk, Sig: signature(op), Msg: h})
		at = append(at, n)
	}
	for j, err := range keys.VerifyBatch(items) {
		n := at[j]
		if err != nil {
			errs[n] = fmt.Errorf("%w: account %d", ErrBadSignature, ks[n].index)
			continue
		}
		if enc := opJSON(ops[n]); enc != "" {
			e.sigs.put(ops[n], verified{x: ks[n].acc.PubKeyX, y: ks[n].acc.PubKeyY, enc: enc})
		}
	}
	return errs
}

// publicKeyOf is keys.PublicKeyFromXY, remembered: checking that an
// account's stored coordinates are a key of the curve's subgroup costs a
// square root and a subgroup test, as much as a fifth of a signature check,
// and the same few keys sign op after op.
func publicKeyOf(x, y fr.Element) (keys.PublicKey, error) {
	xy := [2]fr.Element{x, y}
	knownKeys.mu.Lock()
	pk, ok := knownKeys.m[xy]
	knownKeys.mu.Unlock()
	if ok {
		return pk, nil
	}
	pk, err := keys.PublicKeyFromXY(x, y)
	if err != nil {
		return pk, err
	}
	knownKeys.mu.Lock()
	defer knownKeys.mu.Unlock()
	if knownKeys.m == nil || len(knownKeys.m) >= maxKnownKeys {
		knownKeys.m = make(map[[2]fr.Element]keys.PublicKey)
	}
	knownKeys.m[xy] = pk
	return pk, nil
}

// maxKnownKeys bounds publicKeyOf's memory; dropping it costs re-checks only.
const maxKnownKeys = 1 << 16

var knownKeys struct {
	mu sync.Mutex
	m  map[[2]fr.Element]keys.PublicKey
}
