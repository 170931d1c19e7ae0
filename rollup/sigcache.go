package rollup

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"

	"github.com/nexus-rollup/nexus/rollup/keys"
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

func (c *sigCache) put(op Op, v verified) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ok == nil {
		c.ok = make(map[Op]verified)
	}
	c.ok[op] = v
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
		op  Op
		key keys.PublicKey
		xy  verified
	}
	var jobs []job
	for _, op := range ops {
		if !op.Type().IsSigned() {
			continue
		}
		i := SignerOf(op)
		if i == 0 || uint64(i)>>e.st.Params().AccountDepth != 0 {
			continue
		}
		a, err := e.st.Account(uint64(i))
		if err != nil || (a.PubKeyX.IsZero() && a.PubKeyY.IsZero()) {
			continue
		}
		pk, err := keys.PublicKeyFromXY(a.PubKeyX, a.PubKeyY)
		if err != nil {
			continue
		}
		jobs = append(jobs, job{op, pk, verified{x: a.PubKeyX, y: a.PubKeyY}})
	}
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	next := make(chan job)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range next {
				h, err := SigningHash(j.op)
				if err != nil || j.key.Verify(signature(j.op), h) != nil {
					continue
				}
				enc, err := MarshalOpJSON(j.op)
				if err != nil {
					continue
				}
				v := j.xy
				v.enc = string(enc)
				e.sigs.put(j.op, v)
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
	}
	return 0
}

// VerifySignature checks a signed op's signature against its account's
// current key, without applying it: the sequencer's admission check, so
// that the mempool holds only ops their account really signed.
func (e *Executor) VerifySignature(op Op) error {
	if !op.Type().IsSigned() {
		return fmt.Errorf("%w: %s is not a signed op", ErrBadSignature, op.Type())
	}
	i := SignerOf(op)
	if i == 0 || uint64(i)>>e.st.Params().AccountDepth != 0 {
		return fmt.Errorf("%w: account %d", ErrUnknownAccount, i)
	}
	a, err := e.st.Account(uint64(i))
	if err != nil {
		return err
	}
	if a.PubKeyX.IsZero() && a.PubKeyY.IsZero() {
		return fmt.Errorf("%w: account %d", ErrNoKey, i)
	}
	pk, err := keys.PublicKeyFromXY(a.PubKeyX, a.PubKeyY)
	if err != nil {
		return err
	}
	h, err := SigningHash(op)
	if err != nil {
		return err
	}
	if err := pk.Verify(signature(op), h); err != nil {
		return fmt.Errorf("%w: account %d", ErrBadSignature, i)
	}
	return nil
}
