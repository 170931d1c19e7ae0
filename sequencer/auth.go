package sequencer

import (
	"encoding/binary"
	"fmt"
	"time"

	"github.com/nexus-rollup/nexus/kv"

	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/state"
	"github.com/nexus-rollup/nexus/sequencer/proverapi"
)

// Request authentication in two steps, so that no signature is ever
// checked under the sequencer's lock (RELIABILITY.md E.5): verifyAuth runs
// the cheap checks first (account range, key, expiry window) and then the
// signature, against the committed state and without the lock; useNonce
// then records the request's nonce under the lock. A flood of badly signed
// requests costs CPU on the handlers' goroutines but never makes a sealing
// or an honest prover's call wait.

// verifyAuth checks a request's account, expiry and signature against the
// last committed batch, without the lock, and returns the account.
func (s *Sequencer) verifyAuth(method string, a *proverapi.Auth, body []byte) (*state.Account, error) {
	if a.Account == 0 || uint64(a.Account)>>s.params.AccountDepth != 0 {
		return nil, authError{fmt.Errorf("%w: account %d out of range", proverapi.ErrAuth, a.Account)}
	}
	st, err := s.committed()
	if err != nil {
		return nil, err
	}
	acc, err := st.Account(uint64(a.Account))
	if err != nil {
		return nil, err
	}
	if acc.PubKeyX.IsZero() && acc.PubKeyY.IsZero() {
		return nil, authError{fmt.Errorf("%w: account %d has no L2 key", proverapi.ErrAuth, a.Account)}
	}
	pk, err := keys.PublicKeyFromXY(acc.PubKeyX, acc.PubKeyY)
	if err != nil {
		return nil, err
	}
	if err := proverapi.Check(method, a, body, pk, s.now()); err != nil {
		return nil, authError{err}
	}
	return acc, nil
}

// useNonce records a verified request's nonce (synced) so the request
// cannot be replayed.
func (s locked) useNonce(a *proverapi.Auth) error {
	k := nonceKey{a.Account, uint64(a.Nonce)}
	if _, ok := s.work.seen[k]; ok {
		return authError{fmt.Errorf("%w: nonce %#x of account %d already used", ErrReplay, uint64(a.Nonce), a.Account)}
	}
	w := s.db.NewBatch()
	w.Put(k.bytes(), binary.BigEndian.AppendUint64(nil, a.Expiry))
	pruned := s.pruneNonces(w, s.now())
	if err := w.Write(); err != nil {
		return err
	}
	for _, p := range pruned {
		delete(s.work.seen, p)
	}
	s.work.seen[k] = a.Expiry
	return nil
}

// verifyOpSignature checks a signed op against its account's key as of
// the last committed batch, without the lock.
func (s *Sequencer) verifyOpSignature(op rollup.Op) error {
	st, err := s.committed()
	if err != nil {
		return err
	}
	return s.verifySignatureIn(st, op)
}

// nonceKey is an account's used request nonce; it is stored under
// prefixAuth ‖ account ‖ nonce with its expiry, and kept until then.
type nonceKey struct {
	account uint32
	nonce   uint64
}

func (k nonceKey) bytes() []byte {
	return binary.BigEndian.AppendUint64(u32Key(prefixAuth, k.account), k.nonce)
}

// pruneNonces stages the deletion of nonces past their expiry (at most every
// ten seconds); they can no longer be replayed.
func (s *Sequencer) pruneNonces(w kv.Writer, now time.Time) []nonceKey {
	if now.Sub(s.work.lastPrune) < 10*time.Second {
		return nil
	}
	s.work.lastPrune = now
	var out []nonceKey
	for k, exp := range s.work.seen {
		if exp < uint64(now.Unix()) {
			w.Delete(k.bytes())
			out = append(out, k)
		}
	}
	return out
}
