// Package smt is a Poseidon2 sparse Merkle tree of fixed depth over
// BLS12-377's scalar field, persisted through the kv interface.
//
// Changes are staged in memory, can be rolled back to a snapshot (an invalid
// op leaves the state untouched), and reach the store only through Commit,
// which writes them into a caller's kv batch. The caller commits the tree
// together with everything else that belongs to the same batch, atomically,
// so a crash never leaves half a batch applied.
package smt

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr/poseidon2"

	"github.com/nexus-rollup/nexus/kv"
)

// MaxDepth is the deepest tree supported: leaf indices are uint64.
const MaxDepth = 64

var (
	// ErrIndexOutOfRange is returned for a leaf index >= 2^depth.
	ErrIndexOutOfRange = errors.New("smt: leaf index out of range")
	// ErrCorruptNode is returned when a stored node does not decode.
	ErrCorruptNode = errors.New("smt: corrupt node in store")
)

var perm = poseidon2.NewDefaultPermutation() // width 2: the 2-to-1 compression

// Compress is the tree's node hash, Poseidon2 in compression mode:
// P(l, r)[1] + r, as gnark-crypto's Permutation.Compress and gnark's
// in-circuit std/permutation/poseidon2 compute it.
func Compress(l, r fr.Element) fr.Element {
	x := [2]fr.Element{l, r}
	if err := perm.Permutation(x[:]); err != nil {
		panic(err) // unreachable: width is fixed at 2
	}
	x[1].Add(&x[1], &r)
	return x[1]
}

// EmptyHashes returns the roots of empty subtrees by height: [0] is the
// empty leaf (zero), [depth] the root of an empty tree.
func EmptyHashes(depth int) []fr.Element {
	return append([]fr.Element(nil), emptyHashes(depth)...)
}

// emptyByHeight holds the roots of empty subtrees up to MaxDepth, computed
// once: every tree opened (a state view per RPC read, a token tree per
// account touched) needs them, and each costs a hash per level.
var emptyByHeight = sync.OnceValue(func() []fr.Element {
	e := make([]fr.Element, MaxDepth+1)
	for h := 1; h <= MaxDepth; h++ {
		e[h] = Compress(e[h-1], e[h-1])
	}
	return e
})

// EmptyRoot is the root of an empty tree of the given depth (0..MaxDepth).
func EmptyRoot(depth int) fr.Element { return emptyByHeight()[depth] }

// emptyHashes is EmptyHashes without the copy: callers must not change it.
func emptyHashes(depth int) []fr.Element { return emptyByHeight()[:depth+1] }

type nodeKey struct {
	height uint8
	index  uint64
}

type changeKind uint8

const (
	nodeChanged  changeKind = iota // a staged node was set
	staleAdded                     // a leaf index was marked stale
	staleRemoved                   // a stale leaf's path was recomputed
)

type change struct {
	kind    changeKind
	key     nodeKey
	old     fr.Element
	present bool // old came from the stage; else the node was not staged
}

// Tree is a sparse Merkle tree. It is not safe for concurrent writes.
type Tree struct {
	depth   int
	prefix  []byte
	db      kv.Reader
	empty   []fr.Element
	dirty   map[nodeKey]fr.Element
	journal []change
	// stale holds the nodes whose ancestors are out of date: leaves set
	// since their paths were recomputed, and the nodes where Proof stopped
	// recomputing. Set only writes the leaf; Root and Commit recompute every
	// stale path once, level by level, and Proof only the siblings it reads,
	// so a batch that touches the same accounts many times hashes each node
	// once.
	stale map[nodeKey]struct{}
}

// New opens the tree stored under prefix in db (an empty tree if nothing is
// stored there).
func New(db kv.Reader, prefix []byte, depth int) (*Tree, error) {
	if depth < 1 || depth > MaxDepth {
		return nil, fmt.Errorf("smt: depth %d out of range [1, %d]", depth, MaxDepth)
	}
	return &Tree{
		depth:  depth,
		prefix: append([]byte(nil), prefix...),
		db:     db,
		empty:  emptyHashes(depth),
		dirty:  make(map[nodeKey]fr.Element),
		stale:  make(map[nodeKey]struct{}),
	}, nil
}

// Depth is the number of levels below the root.
func (t *Tree) Depth() int { return t.depth }

// Capacity is the number of leaves, 2^depth (0 for depth 64, meaning 2^64).
func (t *Tree) Capacity() uint64 {
	if t.depth == 64 {
		return 0
	}
	return 1 << t.depth
}

func (t *Tree) checkIndex(i uint64) error {
	if t.depth < 64 && i>>t.depth != 0 {
		return fmt.Errorf("%w: %d >= 2^%d", ErrIndexOutOfRange, i, t.depth)
	}
	return nil
}

func (t *Tree) storeKey(k nodeKey) []byte {
	b := make([]byte, len(t.prefix)+9)
	n := copy(b, t.prefix)
	b[n] = k.height
	binary.BigEndian.PutUint64(b[n+1:], k.index)
	return b
}

func (t *Tree) node(k nodeKey) (fr.Element, error) {
	if v, ok := t.dirty[k]; ok {
		return v, nil
	}
	raw, err := t.db.Get(t.storeKey(k))
	if errors.Is(err, kv.ErrNotFound) {
		return t.empty[k.height], nil
	}
	if err != nil {
		return fr.Element{}, err
	}
	var v fr.Element
	if len(raw) != fr.Bytes {
		return v, fmt.Errorf("%w: height %d index %d: %d bytes", ErrCorruptNode, k.height, k.index, len(raw))
	}
	if err := v.SetBytesCanonical(raw); err != nil {
		return v, fmt.Errorf("%w: height %d index %d: %v", ErrCorruptNode, k.height, k.index, err)
	}
	return v, nil
}

// Root is the current root, including staged changes.
func (t *Tree) Root() (fr.Element, error) {
	if err := t.flush(); err != nil {
		return fr.Element{}, err
	}
	return t.node(nodeKey{uint8(t.depth), 0})
}

// flush recomputes every stale path up to the root, each internal node
// once.
func (t *Tree) flush() error {
	return t.raise(func(nodeKey) int { return t.depth })
}

// flushFor recomputes what Proof(index) reads: each sibling of index's
// path. A stale node off the path is raised only to the sibling that holds
// it, one level below where its path meets index's; the levels above wait
// for a later Root, Proof or Commit, which a batch's later accesses share.
// Nodes on index's path are not needed and stay stale.
func (t *Tree) flushFor(index uint64) error {
	return t.raise(func(k nodeKey) int {
		on := index >> k.height
		if on == k.index {
			return int(k.height)
		}
		return int(k.height) + bits.Len64(on^k.index) - 1
	})
}

// raise recomputes the parents of each stale node up to height target(k),
// level by level, each internal node once; the nodes it stops at become
// stale (their ancestors are out of date) unless they are the root.
//
// Every stale node under an internal node that is off the target path
// shares one target (their paths meet the target path at the same height),
// so a sibling read while raising is itself raised first: no node is
// computed from an out-of-date child.
func (t *Tree) raise(target func(nodeKey) int) error {
	if len(t.stale) == 0 {
		return nil
	}
	active := make([]map[uint64]int, t.depth+1)
	var consumed []nodeKey
	for k := range t.stale {
		if tg := target(k); tg > int(k.height) {
			if active[k.height] == nil {
				active[k.height] = make(map[uint64]int)
			}
			active[k.height][k.index] = tg
			consumed = append(consumed, k)
		}
	}
	if len(consumed) == 0 {
		return nil
	}
	// Compute every new node before staging any, so that a store error
	// leaves the tree as it was.
	type update struct {
		k nodeKey
		v fr.Element
	}
	var updates []update
	var reached []nodeKey
	computed := make(map[nodeKey]fr.Element)
	get := func(k nodeKey) (fr.Element, error) {
		if v, ok := computed[k]; ok {
			return v, nil
		}
		return t.node(k)
	}
	for h := 0; h < t.depth; h++ {
		parents := make(map[uint64]int, len(active[h]))
		for i, tg := range active[h] {
			parents[i>>1] = max(parents[i>>1], tg)
		}
		for p, tg := range parents {
			l, err := get(nodeKey{uint8(h), p << 1})
			if err != nil {
				return err
			}
			r, err := get(nodeKey{uint8(h), p<<1 | 1})
			if err != nil {
				return err
			}
			k := nodeKey{uint8(h + 1), p}
			v := Compress(l, r)
			computed[k] = v
			updates = append(updates, update{k, v})
			if tg > h+1 {
				if active[h+1] == nil {
					active[h+1] = make(map[uint64]int)
				}
				active[h+1][p] = max(active[h+1][p], tg)
			} else if h+1 < t.depth {
				reached = append(reached, k)
			}
		}
	}
	for _, u := range updates {
		t.setNode(u.k, u.v)
	}
	for _, k := range consumed {
		delete(t.stale, k)
		t.journal = append(t.journal, change{kind: staleRemoved, key: k})
	}
	for _, k := range reached {
		t.markStale(k)
	}
	return nil
}

// markStale records that k's ancestors are out of date.
func (t *Tree) markStale(k nodeKey) {
	if _, ok := t.stale[k]; !ok {
		t.stale[k] = struct{}{}
		t.journal = append(t.journal, change{kind: staleAdded, key: k})
	}
}

// Leaf returns the leaf at index (zero if never set).
func (t *Tree) Leaf(index uint64) (fr.Element, error) {
	if err := t.checkIndex(index); err != nil {
		return fr.Element{}, err
	}
	return t.node(nodeKey{0, index})
}

func (t *Tree) setNode(k nodeKey, v fr.Element) {
	old, had := t.dirty[k]
	t.journal = append(t.journal, change{kind: nodeChanged, key: k, old: old, present: had})
	t.dirty[k] = v
}

// Set replaces the leaf at index. The path to the root is recomputed
// lazily, by the next Root, Proof or Commit.
func (t *Tree) Set(index uint64, leaf fr.Element) error {
	if err := t.checkIndex(index); err != nil {
		return err
	}
	t.setNode(nodeKey{0, index}, leaf)
	t.markStale(nodeKey{0, index})
	return nil
}

// Proof returns the siblings of the path from leaf index to the root,
// bottom-up: Proof(i)[0] is the leaf's sibling.
func (t *Tree) Proof(index uint64) ([]fr.Element, error) {
	if err := t.checkIndex(index); err != nil {
		return nil, err
	}
	if err := t.flushFor(index); err != nil {
		return nil, err
	}
	siblings := make([]fr.Element, t.depth)
	for h := 0; h < t.depth; h++ {
		s, err := t.node(nodeKey{uint8(h), (index >> h) ^ 1})
		if err != nil {
			return nil, err
		}
		siblings[h] = s
	}
	return siblings, nil
}

// ComputeRoot folds a leaf and its siblings (bottom-up) into a root.
func ComputeRoot(index uint64, leaf fr.Element, siblings []fr.Element) fr.Element {
	cur := leaf
	for h, s := range siblings {
		if (index>>h)&1 == 0 {
			cur = Compress(cur, s)
		} else {
			cur = Compress(s, cur)
		}
	}
	return cur
}

// VerifyProof reports whether leaf sits at index under root.
func VerifyProof(root fr.Element, index uint64, leaf fr.Element, siblings []fr.Element) bool {
	if len(siblings) == 0 || len(siblings) > MaxDepth {
		return false
	}
	if len(siblings) < 64 && index>>len(siblings) != 0 {
		return false
	}
	return ComputeRoot(index, leaf, siblings) == root
}

// Snapshot marks the current staged state; RevertTo returns to it.
func (t *Tree) Snapshot() int { return len(t.journal) }

// RevertTo undoes every change made since the snapshot.
func (t *Tree) RevertTo(snap int) {
	for i := len(t.journal) - 1; i >= snap; i-- {
		c := t.journal[i]
		switch c.kind {
		case staleAdded:
			delete(t.stale, c.key)
		case staleRemoved:
			t.stale[c.key] = struct{}{}
		default:
			if c.present {
				t.dirty[c.key] = c.old
			} else {
				delete(t.dirty, c.key)
			}
		}
	}
	t.journal = t.journal[:snap]
}

// Dirty reports how many nodes are staged.
func (t *Tree) Dirty() int { return len(t.dirty) }

// Commit writes the staged nodes into w (normally a kv.Batch that the caller
// writes atomically with the rest of the batch) and clears the stage. Nodes
// equal to the empty subtree are deleted, which keeps the store sparse.
// After Commit the tree reads through to the store, so the caller must write
// w before reading again.
func (t *Tree) Commit(w kv.Writer) error {
	if err := t.flush(); err != nil {
		return err
	}
	for k, v := range t.dirty {
		key := t.storeKey(k)
		var err error
		if v == t.empty[k.height] {
			err = w.Delete(key)
		} else {
			b := v.Bytes()
			err = w.Put(key, b[:])
		}
		if err != nil {
			return fmt.Errorf("smt: commit: %w", err)
		}
	}
	t.Discard()
	return nil
}

// Discard drops every staged change.
func (t *Tree) Discard() {
	clear(t.dirty)
	clear(t.stale)
	t.journal = t.journal[:0]
}
