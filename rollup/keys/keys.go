// Package keys holds L2 account keys: EdDSA on the twisted Edwards curve
// over BLS12-377's scalar field (so signatures verify cheaply inside the
// block circuit), with Poseidon2 as the signature hash, and the deterministic
// derivation of an L2 key from a signature by the user's Ethereum key.
package keys

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr/poseidon2"
	"github.com/consensys/gnark-crypto/ecc/bls12-377/twistededwards/eddsa"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Sizes of the encodings.
const (
	PublicKeySize  = 32 // compressed point
	SignatureSize  = 64 // compressed R || S
	PrivateKeySize = 96 // public key || scalar || randomness source
)

var (
	// ErrBadSignature is returned when a signature does not verify.
	ErrBadSignature = errors.New("keys: invalid signature")
	// ErrBadPublicKey is returned for an encoding that is not a valid point.
	ErrBadPublicKey = errors.New("keys: invalid public key")
)

// PublicKey is an L2 account's public key.
type PublicKey struct{ pk eddsa.PublicKey }

// PrivateKey is an L2 account's signing key.
type PrivateKey struct{ sk *eddsa.PrivateKey }

// DerivationMessage is the text a user's Ethereum key signs (EIP-191
// personal_sign) to derive their L2 key. It names the chain and the rollup
// contract so that a signature for one deployment never unlocks another.
func DerivationMessage(chainID uint64, rollup common.Address) []byte {
	return []byte(fmt.Sprintf("Nexus L2 account key\n\nSign this message to derive your Nexus key. "+
		"Only sign it on a Nexus client.\n\nChain ID: %d\nRollup: %s", chainID, rollup.Hex()))
}

// FromEthSignature derives the L2 key from the 65-byte Ethereum signature of
// DerivationMessage. Ethereum signers sign deterministically (RFC 6979), so
// the same Ethereum key always yields the same L2 key and the user has only
// one key to keep.
func FromEthSignature(sig []byte) (*PrivateKey, error) {
	if len(sig) != crypto.SignatureLength {
		return nil, fmt.Errorf("keys: derivation signature must be %d bytes, got %d", crypto.SignatureLength, len(sig))
	}
	seed := crypto.Keccak256(sig)
	return FromSeed(seed)
}

// DeriveFromEthKey signs DerivationMessage with an Ethereum private key and
// derives the L2 key from the signature.
func DeriveFromEthKey(key *ecdsa.PrivateKey, chainID uint64, rollup common.Address) (*PrivateKey, error) {
	sig, err := crypto.Sign(accounts.TextHash(DerivationMessage(chainID, rollup)), key)
	if err != nil {
		return nil, fmt.Errorf("keys: signing derivation message: %w", err)
	}
	return FromEthSignature(sig)
}

// FromSeed derives a key from a 32-byte seed.
func FromSeed(seed []byte) (*PrivateKey, error) {
	if len(seed) != 32 {
		return nil, fmt.Errorf("keys: seed must be 32 bytes, got %d", len(seed))
	}
	sk, err := eddsa.GenerateKey(bytes.NewReader(seed))
	if err != nil {
		return nil, err
	}
	return &PrivateKey{sk: sk}, nil
}

// Public returns the public key.
func (k *PrivateKey) Public() PublicKey { return PublicKey{pk: k.sk.PublicKey} }

// Bytes encodes the private key.
func (k *PrivateKey) Bytes() []byte { return k.sk.Bytes() }

// PrivateKeyFromBytes decodes a private key written by Bytes.
func PrivateKeyFromBytes(b []byte) (*PrivateKey, error) {
	if len(b) != PrivateKeySize {
		return nil, fmt.Errorf("keys: private key must be %d bytes, got %d", PrivateKeySize, len(b))
	}
	sk := new(eddsa.PrivateKey)
	if _, err := sk.SetBytes(b); err != nil {
		return nil, fmt.Errorf("keys: invalid private key: %w", err)
	}
	return &PrivateKey{sk: sk}, nil
}

// Sign signs a message that is one field element (ops are hashed to one
// with Poseidon2 before signing).
func (k *PrivateKey) Sign(msg fr.Element) ([]byte, error) {
	b := msg.Bytes()
	return k.sk.Sign(b[:], poseidon2.NewMerkleDamgardHasher())
}

// Verify checks a signature on a field-element message. It returns
// ErrBadSignature, never panics, for any malformed input.
//
// It accepts exactly what gnark-crypto's eddsa verification accepts: a
// signature that passes the faster check of this package (singleHolds) is
// accepted, and any other is handed to gnark-crypto, whose verdict and
// error are returned.
func (p PublicKey) Verify(sig []byte, msg fr.Element) error {
	if pr, ok := prepare(&Signed{Key: p, Sig: sig, Msg: msg}); ok && singleHolds(&pr) {
		return nil
	}
	return p.verifyWithGnark(sig, msg)
}

// verifyWithGnark is gnark-crypto's EdDSA verification, with its errors as
// ErrBadSignature.
func (p PublicKey) verifyWithGnark(sig []byte, msg fr.Element) error {
	if len(sig) != SignatureSize {
		return fmt.Errorf("%w: length %d, want %d", ErrBadSignature, len(sig), SignatureSize)
	}
	b := msg.Bytes()
	ok, err := p.pk.Verify(sig, b[:], poseidon2.NewMerkleDamgardHasher())
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	if !ok {
		return ErrBadSignature
	}
	return nil
}

// Bytes is the 32-byte compressed encoding.
func (p PublicKey) Bytes() [PublicKeySize]byte {
	var out [PublicKeySize]byte
	copy(out[:], p.pk.Bytes())
	return out
}

// PublicKeyFromBytes decodes and validates a compressed public key.
func PublicKeyFromBytes(b []byte) (PublicKey, error) {
	if len(b) != PublicKeySize {
		return PublicKey{}, fmt.Errorf("%w: length %d, want %d", ErrBadPublicKey, len(b), PublicKeySize)
	}
	var p PublicKey
	if _, err := p.pk.SetBytes(b); err != nil {
		return PublicKey{}, fmt.Errorf("%w: %v", ErrBadPublicKey, err)
	}
	// gnark-crypto reduces y modulo r and takes any x: insist on the one
	// canonical encoding of a point on the curve, so that one key has one
	// encoding (deposits and the pubkey index are keyed by it).
	if !p.pk.A.IsOnCurve() || !bytes.Equal(p.pk.Bytes(), b) {
		return PublicKey{}, fmt.Errorf("%w: not a canonical point encoding", ErrBadPublicKey)
	}
	return p, nil
}

// XY returns the affine coordinates of the key, which the state tree stores
// and the block circuit uses to verify signatures.
func (p PublicKey) XY() (x, y fr.Element) { return p.pk.A.X, p.pk.A.Y }

// Equal reports whether two keys are the same point.
func (p PublicKey) Equal(q PublicKey) bool { return p.pk.A.Equal(&q.pk.A) }

// Hash is Poseidon2(x, y): the one field element that stands for the key in
// leaves and pubdata.
func (p PublicKey) Hash() fr.Element {
	x, y := p.XY()
	return HashElements(x, y)
}

// HashElements is the Poseidon2 Merkle-Damgard hash of field elements, the
// hash gnark's std/hash/poseidon2 computes in-circuit.
func HashElements(elems ...fr.Element) fr.Element {
	h := poseidon2.NewMerkleDamgardHasher()
	for i := range elems {
		b := elems[i].Bytes()
		h.Write(b[:])
	}
	var out fr.Element
	out.SetBytes(h.Sum(nil))
	return out
}

// SignatureParts splits a signature into R's coordinates and S, in the form
// the block circuit's witness takes. It fails on a malformed signature.
func SignatureParts(sig []byte) (rx, ry fr.Element, s *big.Int, err error) {
	var es eddsa.Signature
	if _, err := es.SetBytes(sig); err != nil {
		return rx, ry, nil, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	return es.R.X, es.R.Y, new(big.Int).SetBytes(es.S[:]), nil
}

// PublicKeyFromXY rebuilds a public key from the affine coordinates stored in
// an account, checking that they are a point of the curve's prime subgroup.
func PublicKeyFromXY(x, y fr.Element) (PublicKey, error) {
	var p PublicKey
	p.pk.A.X, p.pk.A.Y = x, y
	if !p.pk.A.IsOnCurve() {
		return PublicKey{}, fmt.Errorf("%w: not on the curve", ErrBadPublicKey)
	}
	// Round-trip through the compressed form, which checks the subgroup.
	b := p.pk.Bytes()
	return PublicKeyFromBytes(b)
}

// Wire is the key as docs/protocol.md §1 puts it on the wire and on L1: the
// compressed point big-endian (gnark-crypto's encoding is little-endian).
func (p PublicKey) Wire() [PublicKeySize]byte {
	b := p.Bytes()
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return b
}

// PublicKeyFromWire decodes a key in its wire form, validating it.
func PublicKeyFromWire(w [PublicKeySize]byte) (PublicKey, error) {
	for i, j := 0, len(w)-1; i < j; i, j = i+1, j-1 {
		w[i], w[j] = w[j], w[i]
	}
	return PublicKeyFromBytes(w[:])
}
