package smt

import (
	"errors"
	"math/rand"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/permutation/poseidon2"
	"github.com/consensys/gnark/test"

	"github.com/nexus-rollup/nexus/kv"
	"github.com/nexus-rollup/nexus/kv/memorydb"
)

func elem(v uint64) fr.Element {
	var e fr.Element
	e.SetUint64(v)
	return e
}

// denseRoot is the reference: the root of a full binary tree built level by level.
func denseRoot(leaves []fr.Element) fr.Element {
	level := leaves
	for len(level) > 1 {
		next := make([]fr.Element, len(level)/2)
		for i := range next {
			next[i] = Compress(level[2*i], level[2*i+1])
		}
		level = next
	}
	return level[0]
}

func newTree(t *testing.T, db kv.Reader, depth int) *Tree {
	t.Helper()
	tr, err := New(db, []byte("acct/"), depth)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func root(t *testing.T, tr *Tree) fr.Element {
	t.Helper()
	r, err := tr.Root()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestMatchesDenseTree(t *testing.T) {
	const depth = 6
	rng := rand.New(rand.NewSource(1))
	db := memorydb.New()
	tr := newTree(t, db, depth)
	leaves := make([]fr.Element, 1<<depth)
	if root(t, tr) != denseRoot(leaves) {
		t.Fatal("empty tree root differs from the dense reference")
	}
	for step := 0; step < 300; step++ {
		i := uint64(rng.Intn(1 << depth))
		v := elem(rng.Uint64())
		if rng.Intn(5) == 0 {
			v = fr.Element{} // clearing a leaf
		}
		if err := tr.Set(i, v); err != nil {
			t.Fatal(err)
		}
		leaves[i] = v
		if root(t, tr) != denseRoot(leaves) {
			t.Fatalf("step %d: root differs from the dense reference", step)
		}
		if step%25 == 0 { // commit now and then; reads must go through the store
			b := db.NewBatch()
			if err := tr.Commit(b); err != nil {
				t.Fatal(err)
			}
			if err := b.Write(); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func TestProofs(t *testing.T) {
	tr := newTree(t, memorydb.New(), 10)
	for i := uint64(0); i < 40; i++ {
		tr.Set(i*17%1024, elem(i+1))
	}
	r := root(t, tr)
	for _, i := range []uint64{0, 17, 34, 663, 1023} {
		leaf, _ := tr.Leaf(i)
		sib, err := tr.Proof(i)
		if err != nil {
			t.Fatal(err)
		}
		if !VerifyProof(r, i, leaf, sib) {
			t.Fatalf("proof of leaf %d does not verify", i)
		}
		wrong := leaf
		wrong.Add(&wrong, &fr.Element{1})
		if VerifyProof(r, i, wrong, sib) {
			t.Fatalf("proof of leaf %d verifies a wrong value", i)
		}
		if !leaf.IsZero() && VerifyProof(r, i^1, leaf, sib) {
			t.Fatalf("proof of leaf %d verifies at another index", i)
		}
		if VerifyProof(r, i|1024, leaf, sib) {
			t.Fatal("an index beyond the depth verified")
		}
	}
	if VerifyProof(r, 0, fr.Element{}, nil) {
		t.Fatal("empty proof verified")
	}
}

func TestSnapshotRevert(t *testing.T) {
	db := memorydb.New()
	tr := newTree(t, db, 8)
	tr.Set(1, elem(1))
	before := root(t, tr)
	snap := tr.Snapshot()
	tr.Set(1, elem(2))
	tr.Set(200, elem(3))
	if root(t, tr) == before {
		t.Fatal("root did not change")
	}
	tr.RevertTo(snap)
	if root(t, tr) != before {
		t.Fatal("revert did not restore the root")
	}
	if v, _ := tr.Leaf(200); !v.IsZero() {
		t.Fatal("revert left a leaf behind")
	}
	tr.Discard()
	if root(t, tr) != EmptyHashes(8)[8] || tr.Dirty() != 0 {
		t.Fatal("discard did not drop staged changes")
	}
}

// TestLazyPathsWithReverts mixes sets, root reads (which recompute stale
// paths), proofs (which recompute only the siblings they read), snapshots
// and reverts, against the dense reference, over several seeds and depths.
func TestLazyPathsWithReverts(t *testing.T) {
	for seed := int64(1); seed <= 8; seed++ {
		testLazyPaths(t, seed, 3+int(seed%4))
	}
}

func testLazyPaths(t *testing.T, seed int64, depth int) {
	rng := rand.New(rand.NewSource(seed))
	tr := newTree(t, memorydb.New(), depth)
	leaves := make([]fr.Element, 1<<depth)
	type saved struct {
		snap   int
		leaves []fr.Element
	}
	var stack []saved
	for step := 0; step < 2000; step++ {
		switch rng.Intn(8) {
		case 6, 7:
			i := uint64(rng.Intn(1 << depth))
			proof, err := tr.Proof(i)
			if err != nil {
				t.Fatal(err)
			}
			if !VerifyProof(denseRoot(leaves), i, leaves[i], proof) {
				t.Fatalf("seed %d step %d: proof of leaf %d does not match the dense reference", seed, step, i)
			}
		case 0:
			stack = append(stack, saved{tr.Snapshot(), append([]fr.Element(nil), leaves...)})
		case 1:
			if len(stack) > 0 {
				s := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				tr.RevertTo(s.snap)
				leaves = s.leaves
			}
		case 2:
			if root(t, tr) != denseRoot(leaves) {
				t.Fatalf("seed %d step %d: root differs from the dense reference", seed, step)
			}
		default:
			i := uint64(rng.Intn(1 << depth))
			v := elem(rng.Uint64() % 5)
			tr.Set(i, v)
			leaves[i] = v
		}
	}
	// Committed after proofs left stale nodes part way up: the stored
	// tree is the reference's.
	db := memorydb.New()
	tr.db = db
	b := db.NewBatch()
	if err := tr.Commit(b); err != nil {
		t.Fatal(err)
	}
	b.Write()
	if root(t, newTree(t, db, depth)) != denseRoot(leaves) {
		t.Fatalf("seed %d: committed root differs from the dense reference", seed)
	}
}

func TestCommitPersistsAndStaysSparse(t *testing.T) {
	db := memorydb.New()
	tr := newTree(t, db, 16)
	tr.Set(5, elem(5))
	tr.Set(60000, elem(6))
	want := root(t, tr)
	b := db.NewBatch()
	if err := tr.Commit(b); err != nil {
		t.Fatal(err)
	}
	if db.Len() != 0 {
		t.Fatal("commit wrote to the store before the batch was written")
	}
	b.Write()
	reopened := newTree(t, db, 16)
	if root(t, reopened) != want {
		t.Fatal("root after reopen differs")
	}
	// Clearing every leaf deletes every node.
	reopened.Set(5, fr.Element{})
	reopened.Set(60000, fr.Element{})
	b = db.NewBatch()
	reopened.Commit(b)
	b.Write()
	if db.Len() != 0 {
		t.Fatalf("%d nodes left after clearing the tree", db.Len())
	}
}

func TestErrors(t *testing.T) {
	for _, d := range []int{0, -1, 65} {
		if _, err := New(memorydb.New(), nil, d); err == nil {
			t.Errorf("depth %d accepted", d)
		}
	}
	tr := newTree(t, memorydb.New(), 4)
	if err := tr.Set(16, elem(1)); !errors.Is(err, ErrIndexOutOfRange) {
		t.Errorf("Set(16) on depth 4: %v", err)
	}
	if _, err := tr.Proof(1 << 40); !errors.Is(err, ErrIndexOutOfRange) {
		t.Errorf("Proof out of range: %v", err)
	}
	// A damaged node in the store is reported, not used.
	db := memorydb.New()
	tr = newTree(t, db, 4)
	db.Put(tr.storeKey(nodeKey{4, 0}), []byte{1, 2, 3})
	if _, err := tr.Root(); !errors.Is(err, ErrCorruptNode) {
		t.Errorf("short node: %v", err)
	}
	nonCanonical := make([]byte, 32)
	for i := range nonCanonical {
		nonCanonical[i] = 0xff
	}
	db.Put(tr.storeKey(nodeKey{4, 0}), nonCanonical)
	if _, err := tr.Root(); !errors.Is(err, ErrCorruptNode) {
		t.Errorf("non-canonical node: %v", err)
	}
	db.Put(tr.storeKey(nodeKey{0, 1}), nonCanonical) // the sibling of leaf 0
	if err := tr.Set(0, elem(1)); err != nil {
		t.Fatal(err)
	}
	dirty := tr.Dirty()
	if _, err := tr.Root(); !errors.Is(err, ErrCorruptNode) {
		t.Errorf("root over a corrupt sibling: %v", err)
	}
	if tr.Dirty() != dirty {
		t.Error("a failed recomputation staged changes")
	}
}

func TestDepth64(t *testing.T) {
	tr := newTree(t, memorydb.New(), 64)
	idx := ^uint64(0)
	tr.Set(idx, elem(9))
	sib, _ := tr.Proof(idx)
	if !VerifyProof(root(t, tr), idx, elem(9), sib) {
		t.Fatal("max index in a depth-64 tree")
	}
	if tr.Capacity() != 0 {
		t.Fatal("capacity of a depth-64 tree is reported as 0 (2^64)")
	}
}

// pathCircuit recomputes a Merkle root in-circuit with gnark's Poseidon2, to
// pin that the Go tree and the block circuit hash alike.
type pathCircuit struct {
	Leaf     frontend.Variable
	Bits     [5]frontend.Variable
	Siblings [5]frontend.Variable
	Root     frontend.Variable `gnark:",public"`
}

func (c *pathCircuit) Define(api frontend.API) error {
	p, err := poseidon2.NewPoseidon2FromParameters(api, 2, 6, 26)
	if err != nil {
		return err
	}
	cur := c.Leaf
	for i := range c.Siblings {
		api.AssertIsBoolean(c.Bits[i])
		l := api.Select(c.Bits[i], c.Siblings[i], cur)
		r := api.Select(c.Bits[i], cur, c.Siblings[i])
		cur = p.Compress(l, r)
	}
	api.AssertIsEqual(cur, c.Root)
	return nil
}

func TestCircuitAgrees(t *testing.T) {
	tr := newTree(t, memorydb.New(), 5)
	for i := uint64(0); i < 32; i += 3 {
		tr.Set(i, elem(i*i+7))
	}
	const idx = 21
	leaf, _ := tr.Leaf(idx)
	sib, _ := tr.Proof(idx)
	r := root(t, tr)
	w := &pathCircuit{Leaf: leaf, Root: r}
	for i := range w.Bits {
		w.Bits[i] = (idx >> i) & 1
		w.Siblings[i] = sib[i]
	}
	assert := test.NewAssert(t)
	if err := test.IsSolved(&pathCircuit{}, w, ecc.BLS12_377.ScalarField()); err != nil {
		t.Fatalf("circuit disagrees with the Go tree: %v", err)
	}
	bad := *w
	bad.Root = elem(1)
	assert.Error(test.IsSolved(&pathCircuit{}, &bad, ecc.BLS12_377.ScalarField()), "wrong root must not solve")
}

func FuzzVerifyProof(f *testing.F) {
	f.Add(uint64(3), []byte{1, 2, 3}, uint8(4))
	f.Add(uint64(0), []byte{}, uint8(0))
	f.Add(^uint64(0), make([]byte, 64), uint8(64))
	f.Fuzz(func(t *testing.T, index uint64, data []byte, n uint8) {
		sib := make([]fr.Element, int(n)%(MaxDepth+2))
		for i := range sib {
			if len(data) > 0 {
				sib[i].SetUint64(uint64(data[i%len(data)]))
			}
		}
		var leaf fr.Element
		leaf.SetUint64(index)
		r := elem(uint64(len(data)))
		_ = VerifyProof(r, index, leaf, sib) // must not panic
	})
}

func BenchmarkSetDepth24(b *testing.B) {
	db := memorydb.New()
	tr, _ := New(db, []byte("a/"), 24)
	rng := rand.New(rand.NewSource(1))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tr.Set(uint64(rng.Intn(1<<24)), elem(uint64(i)))
		if _, err := tr.Root(); err != nil { // recompute the path now
			b.Fatal(err)
		}
	}
}
