// Package block is the block circuit of DESIGN.md §4: it proves that a
// batch's ops, applied to the old state root, give the new one. This file
// holds its gadgets, each pinned by a test to the Go code in rollup/ it must
// agree with bit for bit: Merkle path updates over rollup/smt, EdDSA over
// rollup/keys, the leaf hashes of rollup/state and the pubdata hash.
package block

import (
	"fmt"

	tedwards "github.com/consensys/gnark-crypto/ecc/twistededwards"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"
	"github.com/consensys/gnark/std/hash"
	stdposeidon2 "github.com/consensys/gnark/std/hash/poseidon2"
	"github.com/consensys/gnark/std/permutation/poseidon2"
	"github.com/consensys/gnark/std/signature/eddsa"
)

// Hasher bundles the in-circuit Poseidon2 instances the gadgets share.
type Hasher struct {
	api  frontend.API
	perm *poseidon2.Permutation
}

// NewHasher returns the gadgets' hasher: width-2 Poseidon2 with the
// parameters gnark-crypto's native permutation uses for BLS12-377.
func NewHasher(api frontend.API) (*Hasher, error) {
	p, err := poseidon2.NewPoseidon2FromParameters(api, 2, 6, 26)
	if err != nil {
		return nil, err
	}
	return &Hasher{api: api, perm: p}, nil
}

// Compress is the Merkle node hash (rollup/smt.Compress).
func (h *Hasher) Compress(l, r frontend.Variable) frontend.Variable { return h.perm.Compress(l, r) }

// Hash is Poseidon2 Merkle-Damgård over elements (rollup/keys.HashElements).
func (h *Hasher) Hash(elems ...frontend.Variable) frontend.Variable {
	state := frontend.Variable(0)
	for _, e := range elems {
		state = h.perm.Compress(state, e)
	}
	return state
}

// MerklePath is a leaf's position and siblings, bottom-up.
type MerklePath struct {
	Bits     []frontend.Variable // index bits, least significant first
	Siblings []frontend.Variable
}

// NewMerklePath allocates a path of the given depth for circuit definition.
func NewMerklePath(depth int) MerklePath {
	return MerklePath{Bits: make([]frontend.Variable, depth), Siblings: make([]frontend.Variable, depth)}
}

// Root folds leaf up the path. Bits are asserted boolean.
func (h *Hasher) Root(leaf frontend.Variable, p MerklePath) frontend.Variable {
	cur := leaf
	for i := range p.Siblings {
		h.api.AssertIsBoolean(p.Bits[i])
		l := h.api.Select(p.Bits[i], p.Siblings[i], cur)
		r := h.api.Select(p.Bits[i], cur, p.Siblings[i])
		cur = h.Compress(l, r)
	}
	return cur
}

// Update checks that oldLeaf sits at p under oldRoot and returns the root
// with newLeaf in its place: one path, two hashes per level.
func (h *Hasher) Update(oldRoot, oldLeaf, newLeaf frontend.Variable, p MerklePath) frontend.Variable {
	h.api.AssertIsEqual(h.Root(oldLeaf, p), oldRoot)
	return h.Root(newLeaf, p)
}

// Index recombines a path's bits into the leaf index, so the circuit can
// tie a path to the account or job id an op names.
func (h *Hasher) Index(p MerklePath) frontend.Variable {
	return h.api.FromBinary(p.Bits...)
}

// LeafOrZero returns hash, or 0 when every field is zero: the state trees
// keep an untouched record as the empty leaf (rollup/state).
func (h *Hasher) LeafOrZero(fields ...frontend.Variable) frontend.Variable {
	allZero := frontend.Variable(1)
	for _, f := range fields {
		allZero = h.api.And(allZero, h.api.IsZero(f))
	}
	return h.api.Select(allZero, 0, h.Hash(fields...))
}

// SignatureValid returns 1 when sig is a valid EdDSA signature of msg under
// (pubX, pubY) with Poseidon2 as the hash (rollup/keys), else 0.
func SignatureValid(api frontend.API, pubX, pubY, msg frontend.Variable, sig eddsa.Signature) (frontend.Variable, error) {
	curve, err := twistededwards.NewEdCurve(api, tedwards.BLS12_377)
	if err != nil {
		return nil, err
	}
	hasher, err := stdposeidon2.New(api)
	if err != nil {
		return nil, fmt.Errorf("poseidon2 hasher: %w", err)
	}
	var fh hash.FieldHasher = hasher
	pk := eddsa.PublicKey{A: twistededwards.Point{X: pubX, Y: pubY}}
	return eddsa.IsValid(curve, sig, msg, pk, fh)
}
