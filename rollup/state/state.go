package state

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"

	"github.com/nexus-rollup/nexus/kv"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/smt"
)

// MaxAmount bounds every balance, fee and stake: amounts are 128-bit in
// pubdata and in the circuits.
var MaxAmount = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))

// ErrAmountRange is returned for a negative amount or one above MaxAmount.
var ErrAmountRange = errors.New("state: amount out of range")

// Key prefixes in the store.
var (
	prefixAccountTree = []byte("s/at/")
	prefixJobTree     = []byte("s/jt/")
	prefixModelTree   = []byte("s/mt/")
	prefixTokenTree   = []byte("s/tt/") // + account index (8 bytes) + "/"
	prefixAccount     = []byte("s/a/")
	prefixJob         = []byte("s/j/")
	prefixModel       = []byte("s/m/")
	prefixMeta        = []byte("s/x/")
)

// State is the L2 state. It is not safe for concurrent use: the sequencer
// applies ops from one goroutine.
type State struct {
	db     kv.Reader
	params Params

	accounts, jobs, models *smt.Tree
	tokens                 map[uint64]*smt.Tree
	opened                 []*smt.Tree // every tree, in the order first used
	records                *overlay
	dirtyAccounts          map[uint64]struct{}
	acctJournal            []acctChange
}

// Snapshot identifies a point to revert staged changes to.
type Snapshot struct {
	records  int
	accounts int
	trees    map[*smt.Tree]int
}

// Open loads the state stored in db.
func Open(db kv.Reader, p Params) (*State, error) {
	if err := p.Check(); err != nil {
		return nil, err
	}
	db = markReads(db)
	s := &State{db: db, params: p, tokens: make(map[uint64]*smt.Tree), records: newOverlay(db),
		dirtyAccounts: make(map[uint64]struct{})}
	var err error
	if s.accounts, err = smt.New(db, prefixAccountTree, p.AccountDepth); err != nil {
		return nil, err
	}
	if s.jobs, err = smt.New(db, prefixJobTree, p.JobDepth); err != nil {
		return nil, err
	}
	if s.models, err = smt.New(db, prefixModelTree, p.ModelDepth); err != nil {
		return nil, err
	}
	s.opened = []*smt.Tree{s.accounts, s.jobs, s.models}
	if err := checkFormat(db); err != nil {
		return nil, err
	}
	return s, nil
}

// FormatVersion is the layout of the stored records and leaves: 2 since
// accounts hold escrowGwei and models earnedGwei (docs/protocol.md §3).
const FormatVersion = 2

var formatKey = append(append([]byte{}, prefixMeta...), "format"...)

// ErrOldFormat is returned for a store written by a version of Nexus whose
// state records and leaves differ from this one's.
var ErrOldFormat = errors.New("state: the store was written by another version of nexus (state format differs)")

// checkFormat refuses a store that holds state of another format. A store
// with no account holds no state: every state starts with a deposit or a
// model registration, which creates account 1.
func checkFormat(db kv.Reader) error {
	v, err := db.Get(formatKey)
	switch {
	case err == nil:
		if len(v) != 1 || v[0] != FormatVersion {
			return fmt.Errorf("%w: format %x, this nexus reads %d; start from a new data directory", ErrOldFormat, v,
				FormatVersion)
		}
		return nil
	case !errors.Is(err, kv.ErrNotFound):
		return err // db is markReads': an ErrStoreRead
	}
	has, err := db.Has(idKey(prefixAccount, 1))
	if err != nil {
		return err
	}
	if has {
		return fmt.Errorf("%w: format 1, this nexus reads %d; start from a new data directory", ErrOldFormat, FormatVersion)
	}
	return nil
}

// Check validates the depths.
func (p Params) Check() error {
	for _, d := range []struct {
		name string
		v    int
	}{{"account", p.AccountDepth}, {"token", p.TokenDepth}, {"job", p.JobDepth}, {"model", p.ModelDepth}} {
		if d.v < 1 || d.v > 32 {
			return fmt.Errorf("state: %s tree depth %d out of range [1, 32]", d.name, d.v)
		}
	}
	return nil
}

// Fork opens a second view of the committed state in the same store: the
// block-circuit witness replays a batch on it access by access. It does not
// see what s has staged.
func (s *State) Fork() (*State, error) { return Open(s.db, s.params) }

// Params returns the tree depths.
func (s *State) Params() Params { return s.params }

// Root is the state root: Poseidon2(accounts root, jobs root, models root).
func (s *State) Root() (fr.Element, error) {
	if err := s.flushAccounts(); err != nil {
		return fr.Element{}, err
	}
	a, err := s.accounts.Root()
	if err != nil {
		return fr.Element{}, err
	}
	j, err := s.jobs.Root()
	if err != nil {
		return fr.Element{}, err
	}
	m, err := s.models.Root()
	if err != nil {
		return fr.Element{}, err
	}
	return keys.HashElements(a, j, m), nil
}

// SubRoots returns the roots of the three trees.
func (s *State) SubRoots() (accounts, jobs, models fr.Element, err error) {
	if err = s.flushAccounts(); err != nil {
		return
	}
	if accounts, err = s.accounts.Root(); err != nil {
		return
	}
	if jobs, err = s.jobs.Root(); err != nil {
		return
	}
	models, err = s.models.Root()
	return
}

func idKey(prefix []byte, i uint64) []byte {
	return binary.BigEndian.AppendUint64(append([]byte(nil), prefix...), i)
}

func (s *State) tokenTree(account uint64) (*smt.Tree, error) {
	if t, ok := s.tokens[account]; ok {
		return t, nil
	}
	prefix := append(idKey(prefixTokenTree, account), '/')
	t, err := smt.New(s.db, prefix, s.params.TokenDepth)
	if err != nil {
		return nil, err
	}
	s.tokens[account] = t
	s.opened = append(s.opened, t)
	return t, nil
}

func checkAmount(what string, v *big.Int) error {
	if v != nil && (v.Sign() < 0 || v.Cmp(MaxAmount) > 0) {
		return fmt.Errorf("%w: %s %v", ErrAmountRange, what, v)
	}
	return nil
}

// Account returns a copy of account i (an empty account if never set).
func (s *State) Account(i uint64) (*Account, error) {
	if err := rangeCheck("account", i, s.params.AccountDepth); err != nil {
		return nil, err
	}
	raw, err := s.records.get(idKey(prefixAccount, i))
	if errors.Is(err, kv.ErrNotFound) {
		return &Account{Stake: new(big.Int), Locked: new(big.Int)}, nil
	}
	if err != nil {
		return nil, err
	}
	return decodeAccount(raw)
}

// SetAccount stores account i. Its TokenRoot is taken from the state, not
// from a: balances change only through SetBalance.
func (s *State) SetAccount(i uint64, a *Account) error {
	if err := rangeCheck("account", i, s.params.AccountDepth); err != nil {
		return err
	}
	if err := checkAmount("stake", a.Stake); err != nil {
		return err
	}
	if err := checkAmount("locked", a.Locked); err != nil {
		return err
	}
	// The leaf hash and token root are computed by flushAccounts, once per
	// account however often a batch touches it.
	s.putAccountRecord(i, a)
	if _, ok := s.dirtyAccounts[i]; !ok {
		s.dirtyAccounts[i] = struct{}{}
		s.acctJournal = append(s.acctJournal, acctChange{index: i, added: true})
	}
	return nil
}

func (s *State) putAccountRecord(i uint64, a *Account) {
	if a.IsEmpty() {
		s.records.del(idKey(prefixAccount, i))
	} else {
		s.records.put(idKey(prefixAccount, i), encodeAccount(a))
	}
}

type acctChange struct {
	index uint64
	added bool // else removed by a flush
}

// flushAccounts recomputes the token roots and leaves of changed accounts.
func (s *State) flushAccounts() error {
	if len(s.dirtyAccounts) == 0 {
		return nil
	}
	emptyTokens := smt.EmptyRoot(s.params.TokenDepth)
	for i := range s.dirtyAccounts {
		a, err := s.Account(i)
		if err != nil {
			return err
		}
		tt, err := s.tokenTree(i)
		if err != nil {
			return err
		}
		if a.TokenRoot, err = tt.Root(); err != nil {
			return err
		}
		if a.TokenRoot == emptyTokens {
			a.TokenRoot = fr.Element{} // an account without balances stays an empty leaf
		}
		s.putAccountRecord(i, a)
		if err := s.accounts.Set(i, accountLeaf(a)); err != nil {
			return err
		}
	}
	for i := range s.dirtyAccounts {
		s.acctJournal = append(s.acctJournal, acctChange{index: i})
	}
	clear(s.dirtyAccounts)
	return nil
}

// accountLeaf is a.Hash(), remembered by the account's encoding (which
// holds every hashed field): a batch built with its block-circuit witness
// hashes each account it changes twice, once in the executor's state and
// once in the witness replay's, and a leaf costs ten Poseidon2
// permutations.
func accountLeaf(a *Account) fr.Element {
	if a.IsEmpty() {
		return fr.Element{}
	}
	key := string(encodeAccount(a))
	leaves.mu.Lock()
	h, ok := leaves.m[key]
	leaves.mu.Unlock()
	if ok {
		return h
	}
	h = a.Hash()
	leaves.mu.Lock()
	defer leaves.mu.Unlock()
	if leaves.m == nil || len(leaves.m) >= maxRememberedLeaves {
		leaves.m = make(map[string]fr.Element)
	}
	leaves.m[key] = h
	return h
}

// maxRememberedLeaves bounds accountLeaf's memory (about 1 MiB); dropping
// it costs rehashing only.
const maxRememberedLeaves = 1 << 12

var leaves struct {
	mu sync.Mutex
	m  map[string]fr.Element
}

// Balance returns account i's balance of token t.
func (s *State) Balance(i uint64, token uint64) (*big.Int, error) {
	if err := rangeCheck("account", i, s.params.AccountDepth); err != nil {
		return nil, err
	}
	if err := rangeCheck("token", token, s.params.TokenDepth); err != nil {
		return nil, err
	}
	tt, err := s.tokenTree(i)
	if err != nil {
		return nil, err
	}
	leaf, err := tt.Leaf(token)
	if err != nil {
		return nil, err
	}
	return leaf.BigInt(new(big.Int)), nil
}

// SetBalance sets account i's balance of token t and updates the account leaf.
func (s *State) SetBalance(i uint64, token uint64, amount *big.Int) error {
	if err := rangeCheck("token", token, s.params.TokenDepth); err != nil {
		return err
	}
	if amount == nil {
		amount = new(big.Int)
	}
	if err := checkAmount("balance", amount); err != nil {
		return err
	}
	a, err := s.Account(i)
	if err != nil {
		return err
	}
	tt, err := s.tokenTree(i)
	if err != nil {
		return err
	}
	if err := tt.Set(token, BalanceLeaf(amount)); err != nil {
		return err
	}
	return s.SetAccount(i, a)
}

// Job returns a copy of job i (status JobNone if never set).
func (s *State) Job(i uint64) (*Job, error) {
	if err := rangeCheck("job", i, s.params.JobDepth); err != nil {
		return nil, err
	}
	raw, err := s.records.get(idKey(prefixJob, i))
	if errors.Is(err, kv.ErrNotFound) {
		return &Job{}, nil
	}
	if err != nil {
		return nil, err
	}
	return decodeJob(raw)
}

// SetJob stores job i.
func (s *State) SetJob(i uint64, j *Job) error {
	if err := rangeCheck("job", i, s.params.JobDepth); err != nil {
		return err
	}
	if j.Status > JobCancelled {
		return fmt.Errorf("state: invalid job status %d", j.Status)
	}
	if j.Status == JobNone {
		s.records.del(idKey(prefixJob, i))
	} else {
		s.records.put(idKey(prefixJob, i), encodeJob(j))
	}
	return s.jobs.Set(i, j.Hash())
}

// Model returns a copy of model i.
func (s *State) Model(i uint64) (*Model, error) {
	if err := rangeCheck("model", i, s.params.ModelDepth); err != nil {
		return nil, err
	}
	raw, err := s.records.get(idKey(prefixModel, i))
	if errors.Is(err, kv.ErrNotFound) {
		return &Model{}, nil
	}
	if err != nil {
		return nil, err
	}
	return decodeModel(raw)
}

// SetModel stores model i.
func (s *State) SetModel(i uint64, m *Model) error {
	if err := rangeCheck("model", i, s.params.ModelDepth); err != nil {
		return err
	}
	s.records.put(idKey(prefixModel, i), encodeModel(m))
	return s.models.Set(i, m.Hash())
}

// Meta and SetMeta keep small executor values (counters, the last batch)
// that must commit atomically with the trees.
func (s *State) Meta(key string) ([]byte, error) {
	v, err := s.records.get(append(append([]byte(nil), prefixMeta...), key...))
	if errors.Is(err, kv.ErrNotFound) {
		return nil, nil
	}
	return v, err
}

// SetMeta stages a meta value; nil deletes it.
func (s *State) SetMeta(key string, value []byte) {
	k := append(append([]byte(nil), prefixMeta...), key...)
	if value == nil {
		s.records.del(k)
		return
	}
	s.records.put(k, value)
}

// AccountProof, JobProof and ModelProof return Merkle siblings for witnesses.
func (s *State) AccountProof(i uint64) ([]fr.Element, error) {
	if err := s.flushAccounts(); err != nil {
		return nil, err
	}
	return s.accounts.Proof(i)
}
func (s *State) JobProof(i uint64) ([]fr.Element, error)   { return s.jobs.Proof(i) }
func (s *State) ModelProof(i uint64) ([]fr.Element, error) { return s.models.Proof(i) }

// TokenProof returns the siblings of a balance in account i's token subtree.
func (s *State) TokenProof(i, token uint64) ([]fr.Element, error) {
	tt, err := s.tokenTree(i)
	if err != nil {
		return nil, err
	}
	return tt.Proof(token)
}

// Snapshot marks the staged state; RevertTo goes back to it.
func (s *State) Snapshot() Snapshot {
	snap := Snapshot{records: s.records.snapshot(), accounts: len(s.acctJournal),
		trees: make(map[*smt.Tree]int, len(s.opened))}
	for _, t := range s.opened {
		snap.trees[t] = t.Snapshot()
	}
	return snap
}

// RevertTo undoes every change staged since snap.
func (s *State) RevertTo(snap Snapshot) {
	for i := len(s.acctJournal) - 1; i >= snap.accounts; i-- {
		c := s.acctJournal[i]
		if c.added {
			delete(s.dirtyAccounts, c.index)
		} else {
			s.dirtyAccounts[c.index] = struct{}{}
		}
	}
	s.acctJournal = s.acctJournal[:snap.accounts]
	s.records.revertTo(snap.records)
	for _, t := range s.opened {
		t.RevertTo(snap.trees[t]) // trees opened after snap revert to 0
	}
}

// Commit writes every staged change into w, normally a kv.Batch the caller
// writes (synced, atomically) with the rest of the batch's data. The caller
// must write w before reading the state again.
func (s *State) Commit(w kv.Writer) error {
	if err := s.flushAccounts(); err != nil {
		return err
	}
	for _, t := range s.opened {
		if err := t.Commit(w); err != nil {
			return err
		}
	}
	s.acctJournal = s.acctJournal[:0]
	if err := w.Put(formatKey, []byte{FormatVersion}); err != nil {
		return err
	}
	return s.records.commit(w)
}

// Discard drops every staged change.
func (s *State) Discard() {
	clear(s.dirtyAccounts)
	s.acctJournal = s.acctJournal[:0]
	for _, t := range s.opened {
		t.Discard()
	}
	s.records.discard()
}

// ErrIndexRange is returned for an index past its tree's depth.
var ErrIndexRange = errors.New("state: index out of range")

func rangeCheck(what string, i uint64, depth int) error {
	if i>>depth != 0 {
		return fmt.Errorf("%w: %s index %d (tree depth %d)", ErrIndexRange, what, i, depth)
	}
	return nil
}

// EmptyRoot is the state root of an empty state with these depths: the L2
// genesis root that NexusRollup must be deployed with.
func EmptyRoot(p Params) (fr.Element, error) {
	if err := p.Check(); err != nil {
		return fr.Element{}, err
	}
	a := smt.EmptyHashes(p.AccountDepth)[p.AccountDepth]
	j := smt.EmptyHashes(p.JobDepth)[p.JobDepth]
	m := smt.EmptyHashes(p.ModelDepth)[p.ModelDepth]
	return keys.HashElements(a, j, m), nil
}
