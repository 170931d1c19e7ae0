package block

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/signature/eddsa"
	"github.com/consensys/gnark/test"

	"github.com/nexus-rollup/nexus/kv/memorydb"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/smt"
	"github.com/nexus-rollup/nexus/rollup/state"
)

var field = ecc.BLS12_377.ScalarField()

func fe(v uint64) fr.Element {
	var e fr.Element
	e.SetUint64(v)
	return e
}

type hashCircuit struct {
	In  [4]frontend.Variable
	Out frontend.Variable `gnark:",public"`
}

func (c *hashCircuit) Define(api frontend.API) error {
	h, err := NewHasher(api)
	if err != nil {
		return err
	}
	api.AssertIsEqual(h.Hash(c.In[:]...), c.Out)
	return nil
}

func TestHashMatchesGo(t *testing.T) {
	in := [4]fr.Element{fe(1), fe(2), fe(3), fe(1 << 40)}
	w := &hashCircuit{Out: keys.HashElements(in[:]...)}
	for i := range in {
		w.In[i] = in[i]
	}
	if err := test.IsSolved(&hashCircuit{}, w, field); err != nil {
		t.Fatalf("in-circuit Poseidon2 differs from rollup/keys: %v", err)
	}
	w.Out = fe(5)
	if test.IsSolved(&hashCircuit{}, w, field) == nil {
		t.Fatal("a wrong hash solved")
	}
}

type updateCircuit struct {
	OldRoot, NewRoot frontend.Variable `gnark:",public"`
	OldLeaf, NewLeaf frontend.Variable
	Index            frontend.Variable
	Path             MerklePath
}

func (c *updateCircuit) Define(api frontend.API) error {
	h, err := NewHasher(api)
	if err != nil {
		return err
	}
	api.AssertIsEqual(h.Update(c.OldRoot, c.OldLeaf, c.NewLeaf, c.Path), c.NewRoot)
	api.AssertIsEqual(h.Index(c.Path), c.Index)
	return nil
}

func TestUpdateMatchesTree(t *testing.T) {
	const depth, idx = 6, 37
	tr, _ := smt.New(memorydb.New(), nil, depth)
	for i := uint64(0); i < 64; i += 5 {
		tr.Set(i, fe(i+100))
	}
	oldRoot, _ := tr.Root()
	oldLeaf, _ := tr.Leaf(idx)
	sib, _ := tr.Proof(idx)
	tr.Set(idx, fe(999))
	newRoot, _ := tr.Root()

	w := &updateCircuit{OldRoot: oldRoot, NewRoot: newRoot, OldLeaf: oldLeaf, NewLeaf: fe(999), Index: idx,
		Path: NewMerklePath(depth)}
	for i := 0; i < depth; i++ {
		w.Path.Bits[i] = (idx >> i) & 1
		w.Path.Siblings[i] = sib[i]
	}
	def := &updateCircuit{Path: NewMerklePath(depth)}
	if err := test.IsSolved(def, w, field); err != nil {
		t.Fatalf("circuit update differs from rollup/smt: %v", err)
	}
	bad := *w
	bad.OldLeaf = fe(1) // a leaf that is not in the tree
	if test.IsSolved(def, &bad, field) == nil {
		t.Fatal("update from a wrong old leaf solved")
	}
	bad = *w
	bad.Index = idx + 1 // a path for another index
	if test.IsSolved(def, &bad, field) == nil {
		t.Fatal("update at a wrong index solved")
	}
	bad = *w
	bad.Path = NewMerklePath(depth)
	copy(bad.Path.Siblings, w.Path.Siblings)
	copy(bad.Path.Bits, w.Path.Bits)
	bad.Path.Bits[0] = 2 // non-boolean direction bit
	if test.IsSolved(def, &bad, field) == nil {
		t.Fatal("non-boolean path bit solved")
	}
}

type accountLeafCircuit struct {
	Fields [11]frontend.Variable
	Leaf   frontend.Variable `gnark:",public"`
}

func (c *accountLeafCircuit) Define(api frontend.API) error {
	h, err := NewHasher(api)
	if err != nil {
		return err
	}
	api.AssertIsEqual(h.LeafOrZero(c.Fields[:]...), c.Leaf)
	return nil
}

// TestAccountLeafMatchesState pins the field order of rollup/state's
// account leaf, and the empty-account rule, to the circuit.
func TestAccountLeafMatchesState(t *testing.T) {
	a := &state.Account{PubKeyX: fe(3), PubKeyY: fe(4), L1Address: [20]byte{0xab}, Nonce: 7,
		Stake: big.NewInt(1000), Locked: big.NewInt(30), Fulfilled: 2, Expired: 1, Exiting: true, TokenRoot: fe(9),
		EscrowGwei: 12}
	var addr fr.Element
	addr.SetBytes(a.L1Address[:])
	fields := []fr.Element{a.PubKeyX, a.PubKeyY, addr, fe(a.Nonce), a.TokenRoot, fe(1000), fe(30), fe(2), fe(1), fe(1), fe(12)}
	w := &accountLeafCircuit{Leaf: a.Hash()}
	for i := range fields {
		w.Fields[i] = fields[i]
	}
	if err := test.IsSolved(&accountLeafCircuit{}, w, field); err != nil {
		t.Fatalf("account leaf differs from rollup/state: %v", err)
	}
	empty := &accountLeafCircuit{Leaf: 0}
	for i := range empty.Fields {
		empty.Fields[i] = 0
	}
	if err := test.IsSolved(&accountLeafCircuit{}, empty, field); err != nil {
		t.Fatalf("empty account must be the zero leaf: %v", err)
	}
}

type sigCircuit struct {
	PubX, PubY frontend.Variable
	Msg        frontend.Variable
	Sig        eddsa.Signature
	Valid      frontend.Variable `gnark:",public"`
}

func (c *sigCircuit) Define(api frontend.API) error {
	ok, err := SignatureValid(api, c.PubX, c.PubY, c.Msg, c.Sig)
	if err != nil {
		return err
	}
	api.AssertIsEqual(ok, c.Valid)
	return nil
}

func TestSignatureMatchesKeys(t *testing.T) {
	seed := make([]byte, 32)
	seed[0] = 9
	k, _ := keys.FromSeed(seed)
	msg := fe(123456)
	sig, err := k.Sign(msg)
	if err != nil {
		t.Fatal(err)
	}
	rx, ry, s, err := keys.SignatureParts(sig)
	if err != nil {
		t.Fatal(err)
	}
	x, y := k.Public().XY()
	w := &sigCircuit{PubX: x, PubY: y, Msg: msg, Valid: 1}
	w.Sig.R.X, w.Sig.R.Y, w.Sig.S = rx, ry, s
	if err := test.IsSolved(&sigCircuit{}, w, field); err != nil {
		t.Fatalf("a rollup/keys signature does not verify in-circuit: %v", err)
	}
	w.Msg = fe(123457)
	w.Valid = 0
	if err := test.IsSolved(&sigCircuit{}, w, field); err != nil {
		t.Fatalf("a signature over another message must be invalid (0): %v", err)
	}
	w.Valid = 1
	if test.IsSolved(&sigCircuit{}, w, field) == nil {
		t.Fatal("a signature over another message was accepted")
	}
}
