package state

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
)

// Records are stored in a fixed binary layout: field elements and amounts
// as 32 bytes big-endian, integers as 8 bytes big-endian, flags as one byte.

// ErrCorruptRecord is returned when a stored record does not decode.
var ErrCorruptRecord = errors.New("state: corrupt record in store")

const (
	accountRecordSize = 32 + 32 + 20 + 8 + 32 + 32 + 8 + 8 + 1 + 8 + 32
	jobRecordSize     = 8 + 8 + 32 + 8 + 8 + 1 + 8 + 8 + 8 + 32
	modelRecordSize   = 32 + 8 + 8 + 8
)

type writer struct{ b []byte }

func (w *writer) fr(e fr.Element) { b := e.Bytes(); w.b = append(w.b, b[:]...) }
func (w *writer) u64(v uint64)    { w.b = binary.BigEndian.AppendUint64(w.b, v) }
func (w *writer) u8(v uint8)      { w.b = append(w.b, v) }
func (w *writer) flag(v bool) {
	if v {
		w.u8(1)
	} else {
		w.u8(0)
	}
}
func (w *writer) bytes(b []byte) { w.b = append(w.b, b...) }
func (w *writer) amount(v *big.Int) {
	var b [32]byte
	if v != nil {
		v.FillBytes(b[:])
	}
	w.b = append(w.b, b[:]...)
}

type reader struct {
	b   []byte
	err error
}

func (r *reader) take(n int) []byte {
	if r.err != nil || len(r.b) < n {
		r.err = fmt.Errorf("%w: truncated", ErrCorruptRecord)
		return make([]byte, n)
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) fr() fr.Element {
	var e fr.Element
	if err := e.SetBytesCanonical(r.take(32)); err != nil && r.err == nil {
		r.err = fmt.Errorf("%w: %v", ErrCorruptRecord, err)
	}
	return e
}
func (r *reader) u64() uint64 { return binary.BigEndian.Uint64(r.take(8)) }
func (r *reader) u8() uint8   { return r.take(1)[0] }
func (r *reader) flag() bool {
	switch v := r.u8(); v {
	case 0:
		return false
	case 1:
		return true
	default:
		if r.err == nil {
			r.err = fmt.Errorf("%w: flag byte %d", ErrCorruptRecord, v)
		}
		return false
	}
}
func (r *reader) amount() *big.Int { return new(big.Int).SetBytes(r.take(32)) }
func (r *reader) done() error {
	if r.err == nil && len(r.b) != 0 {
		r.err = fmt.Errorf("%w: %d trailing bytes", ErrCorruptRecord, len(r.b))
	}
	return r.err
}

func encodeAccount(a *Account) []byte {
	w := writer{b: make([]byte, 0, accountRecordSize)}
	w.fr(a.PubKeyX)
	w.fr(a.PubKeyY)
	w.bytes(a.L1Address[:])
	w.u64(a.Nonce)
	w.amount(a.Stake)
	w.amount(a.Locked)
	w.u64(a.Fulfilled)
	w.u64(a.Expired)
	w.flag(a.Exiting)
	w.u64(a.EscrowGwei)
	w.fr(a.TokenRoot)
	return w.b
}

func decodeAccount(b []byte) (*Account, error) {
	r := reader{b: b}
	a := &Account{PubKeyX: r.fr(), PubKeyY: r.fr()}
	copy(a.L1Address[:], r.take(20))
	a.Nonce = r.u64()
	a.Stake, a.Locked = r.amount(), r.amount()
	a.Fulfilled, a.Expired = r.u64(), r.u64()
	a.Exiting = r.flag()
	a.EscrowGwei = r.u64()
	a.TokenRoot = r.fr()
	return a, r.done()
}

func encodeJob(j *Job) []byte {
	w := writer{b: make([]byte, 0, jobRecordSize)}
	w.u64(j.Requester)
	w.u64(j.Model)
	w.fr(j.InputCommit)
	w.u64(j.FeeGwei)
	w.u64(j.Deadline)
	w.u8(uint8(j.Status))
	w.u64(j.Prover)
	w.u64(j.LockDeadline)
	w.u64(j.CollateralGwei)
	w.fr(j.OutputCommit)
	return w.b
}

func decodeJob(b []byte) (*Job, error) {
	r := reader{b: b}
	j := &Job{Requester: r.u64(), Model: r.u64(), InputCommit: r.fr(), FeeGwei: r.u64(), Deadline: r.u64()}
	j.Status = JobStatus(r.u8())
	j.Prover, j.LockDeadline = r.u64(), r.u64()
	j.CollateralGwei = r.u64()
	j.OutputCommit = r.fr()
	if j.Status > JobCancelled && r.err == nil {
		r.err = fmt.Errorf("%w: job status %d", ErrCorruptRecord, j.Status)
	}
	return j, r.done()
}

func encodeModel(m *Model) []byte {
	w := writer{b: make([]byte, 0, modelRecordSize)}
	w.fr(m.VKHash)
	w.u64(m.Owner)
	w.u64(m.FeeGwei)
	w.u64(m.EarnedGwei)
	return w.b
}

func decodeModel(b []byte) (*Model, error) {
	r := reader{b: b}
	m := &Model{VKHash: r.fr(), Owner: r.u64(), FeeGwei: r.u64(), EarnedGwei: r.u64()}
	return m, r.done()
}
