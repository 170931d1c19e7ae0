// Package proverapi holds the wire types of the sequencer's prover work API
// (nexus_getWork, nexus_lockJob, nexus_submitProof, nexus_getResult) and the
// request authentication both sides compute. docs/prover-api.md describes
// the protocol.
//
// A request is signed by an L2 account key: the signature covers a domain tag
// naming the method, the account, an expiry, a random nonce and the SHA-256
// of the request's body, hashed to one field element with Poseidon2. The
// sequencer accepts a request only before its expiry (at most MaxValidity
// ahead) and only once per (account, nonce).
package proverapi

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/nexus-rollup/nexus/rollup/keys"
)

// MaxValidity bounds how far ahead a request's expiry may lie: the window in
// which the sequencer must remember its nonce.
const MaxValidity = 5 * time.Minute

// JSON-RPC error codes of the sequencer's API besides -32602 (invalid
// params): a client tells them apart without importing the server.
const (
	CodeUnauthorized = -32010 // authentication: signature, expiry, replay
	CodeBadProof     = -32011 // a proof that does not verify, counted against its prover
	CodeJobIDTaken   = -32012 // nexus_submitJob: ask nexus_nextJobID again and sign anew
)

// MaxProofSize bounds an encoded inference proof (a BLS12-377 Groth16 proof
// with one commitment is a few hundred bytes).
const MaxProofSize = 4096

var (
	// ErrBadProof is what a proof verifier's error wraps for a proof that is
	// malformed or does not verify: the sequencer counts it against the
	// prover (CodeBadProof).
	ErrBadProof = errors.New("bad inference proof")
	// ErrUnknownModel is what a proof verifier's error wraps for a model it
	// does not serve.
	ErrUnknownModel = errors.New("model not served here")
)

// Job is a job as nexus_getJob shows it, as of the last sealed batch.
type Job struct {
	ID             uint32      `json:"id"`
	Status         string      `json:"status"`
	Requester      uint64      `json:"requester"`
	Model          uint64      `json:"model"`
	FeeGwei        uint64      `json:"feeGwei"`
	Deadline       uint64      `json:"deadline"`
	Prover         uint64      `json:"prover,omitempty"`
	LockDeadline   uint64      `json:"lockDeadline,omitempty"`
	CollateralGwei uint64      `json:"collateralGwei,omitempty"`
	InputCommit    common.Hash `json:"inputCommit"`
	OutputCommit   common.Hash `json:"outputCommit"`
}

// OpStatus is what happened to an op (nexus_getOpStatus).
type OpStatus struct {
	Status string `json:"status"` // pending | included | rejected | unknown
	Batch  uint64 `json:"batch,omitempty"`
	Error  string `json:"error,omitempty"`
}

// Method names as signed (the domain tags).
const (
	MethodGetWork     = "getWork"
	MethodSubmitProof = "submitProof"
	MethodGetResult   = "getResult"
)

var (
	// ErrAuth is returned for a request whose authentication fails.
	ErrAuth = errors.New("request authentication failed")
	// ErrExpired is returned for a request past its expiry or too far ahead.
	ErrExpired = errors.New("request expiry not valid")
)

// Auth authenticates one request.
type Auth struct {
	Account uint32         `json:"account"` // signing L2 account (the prover, or a job's requester)
	Expiry  uint64         `json:"expiry"`  // unix seconds
	Nonce   hexutil.Uint64 `json:"nonce"`   // random; never reused within the validity window
	Sig     hexutil.Bytes  `json:"sig"`     // EdDSA signature of Message
}

// domain is the tag of a method: SHA-256 of its name, cut to 31 bytes so it is
// a canonical field element, and disjoint from op signing hashes, whose first
// element is an op type below 256.
func domain(method string) fr.Element {
	h := sha256.Sum256([]byte("nexus-prover-api/v1/" + method))
	var e fr.Element
	e.SetBytes(h[:31])
	return e
}

func fe(v uint64) fr.Element {
	var e fr.Element
	e.SetUint64(v)
	return e
}

// Message is the field element an Auth signs for a request with body.
func Message(method string, a *Auth, body []byte) fr.Element {
	h := sha256.Sum256(body)
	var hi, lo fr.Element
	hi.SetBytes(h[:16])
	lo.SetBytes(h[16:])
	return keys.HashElements(domain(method), fe(uint64(a.Account)), fe(a.Expiry), fe(uint64(a.Nonce)), hi, lo)
}

// Sign fills a's signature for a request with body.
func Sign(method string, a *Auth, body []byte, key *keys.PrivateKey) error {
	sig, err := key.Sign(Message(method, a, body))
	if err != nil {
		return err
	}
	a.Sig = sig
	return nil
}

// NewAuth returns an Auth for account expiring validity from now, with a
// random nonce, signed over body.
func NewAuth(method string, account uint32, body []byte, key *keys.PrivateKey, now time.Time, validity time.Duration, nonce uint64) (Auth, error) {
	a := Auth{Account: account, Expiry: uint64(now.Add(validity).Unix()), Nonce: hexutil.Uint64(nonce)}
	return a, Sign(method, &a, body, key)
}

// Check verifies a's expiry against now and its signature under pk. Replay
// (a nonce seen before) is the caller's to check.
func Check(method string, a *Auth, body []byte, pk keys.PublicKey, now time.Time) error {
	t := uint64(now.Unix())
	if a.Expiry < t {
		return fmt.Errorf("%w: expired at %d, now %d", ErrExpired, a.Expiry, t)
	}
	if a.Expiry > t+uint64(MaxValidity/time.Second) {
		return fmt.Errorf("%w: expiry %d is more than %s ahead", ErrExpired, a.Expiry, MaxValidity)
	}
	if err := pk.Verify(a.Sig, Message(method, a, body)); err != nil {
		return fmt.Errorf("%w: bad signature for account %d", ErrAuth, a.Account)
	}
	return nil
}

// WorkRequest asks for the jobs offered to a prover and advertises what it
// can take.
type WorkRequest struct {
	Auth      Auth     `json:"auth"`
	Capacity  uint32   `json:"capacity"`  // jobs it can prove at once
	Models    []uint32 `json:"models"`    // model ids it can prove
	PriceGwei uint64   `json:"priceGwei"` // lowest job fee it works for
}

// MaxModels bounds WorkRequest.Models.
const MaxModels = 256

// Body is what Auth signs.
func (r *WorkRequest) Body() []byte {
	b := binary.BigEndian.AppendUint32(nil, r.Capacity)
	b = binary.BigEndian.AppendUint64(b, r.PriceGwei)
	b = binary.BigEndian.AppendUint32(b, uint32(len(r.Models)))
	for _, m := range r.Models {
		b = binary.BigEndian.AppendUint32(b, m)
	}
	return b
}

// WorkItem is one job offered to (or locked by) a prover, with the private
// input and the salt of its commitment.
type WorkItem struct {
	JobID          uint32        `json:"jobId"`
	Model          uint32        `json:"model"`
	Status         string        `json:"status"` // offered | locked
	FeeGwei        uint64        `json:"feeGwei"`
	CollateralGwei uint64        `json:"collateralGwei"`
	Deadline       uint64        `json:"deadline"`     // the job's
	LockDeadline   uint64        `json:"lockDeadline"` // offered: the latest a LockJob may ask; locked: the lock's
	OfferExpiry    uint64        `json:"offerExpiry,omitempty"`
	Input          hexutil.Bytes `json:"input"`
	InputSalt      hexutil.Bytes `json:"inputSalt"`
	InputCommit    common.Hash   `json:"inputCommit"`
}

// Work is the answer to a WorkRequest.
type Work struct {
	Account   uint32     `json:"account"`
	NextNonce uint64     `json:"nextNonce"` // account nonce after its pending ops
	Now       uint64     `json:"now"`       // sequencer time, unix seconds
	Items     []WorkItem `json:"items"`
}

// ProofSubmission returns a proven inference with the prover's signed
// FulfillJob.
type ProofSubmission struct {
	Auth       Auth            `json:"auth"`
	JobID      uint32          `json:"jobId"`
	Output     []int64         `json:"output"`
	OutputSalt hexutil.Bytes   `json:"outputSalt"`
	Proof      hexutil.Bytes   `json:"proof"`
	Op         json.RawMessage `json:"op"` // FulfillJob, rollup.MarshalOpJSON form
}

// Body is what Auth signs: every field but the Auth.
func (p *ProofSubmission) Body() []byte {
	b := binary.BigEndian.AppendUint32(nil, p.JobID)
	b = binary.BigEndian.AppendUint32(b, uint32(len(p.Output)))
	for _, v := range p.Output {
		b = binary.BigEndian.AppendUint64(b, uint64(v))
	}
	b = appendBytes(b, p.OutputSalt)
	b = appendBytes(b, p.Proof)
	return appendBytes(b, p.Op)
}

func appendBytes(b, v []byte) []byte {
	return append(binary.BigEndian.AppendUint32(b, uint32(len(v))), v...)
}

// ResultRequest asks for a fulfilled job's output and proof.
type ResultRequest struct {
	Auth  Auth   `json:"auth"`
	JobID uint32 `json:"jobId"`
}

// Body is what Auth signs.
func (r *ResultRequest) Body() []byte { return binary.BigEndian.AppendUint32(nil, r.JobID) }

// Result is a job's proven output as the sequencer stored it.
type Result struct {
	JobID        uint32        `json:"jobId"`
	Model        uint32        `json:"model"`
	Prover       uint32        `json:"prover"`
	Status       string        `json:"status"` // the job's status, or "verified": the proof is accepted, its FulfillJob not yet sealed
	Output       []int64       `json:"output"`
	OutputSalt   hexutil.Bytes `json:"outputSalt"`
	OutputCommit common.Hash   `json:"outputCommit"`
	InputCommit  common.Hash   `json:"inputCommit"`
	Proof        hexutil.Bytes `json:"proof"`
	OpID         common.Hash   `json:"opId"` // the FulfillJob's mempool id
	// CommittedOutput is the form of Output that OutputCommit commits to
	// (one byte per value, minus the model's output minimum): with
	// OutputSalt it opens the commitment on L1. Empty when the sequencer
	// does not know the model.
	CommittedOutput hexutil.Bytes `json:"committedOutput,omitempty"`
}
