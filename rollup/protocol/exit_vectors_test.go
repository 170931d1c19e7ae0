package protocol

import (
	"bytes"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"

	"github.com/nexus-rollup/nexus/kv/memorydb"
	"github.com/nexus-rollup/nexus/rollup/smt"
	"github.com/nexus-rollup/nexus/rollup/state"
)

// An exodus exit vector: a state built with the Go state tree at the default
// depths, the Merkle proofs of two balances of one account (which also
// escrows job fees) against its root, for NexusRollup.exit, and the proof of
// a model's unclaimed fees with its owner's account leaf, for
// NexusRollup.exitModelFees (contracts/test/Exodus.t.sol).

type exitBalance struct {
	Token           uint64   `json:"token"`
	Balance         string   `json:"balance"`
	TokenSiblings   []string `json:"tokenSiblings"`
	AccountSiblings []string `json:"accountSiblings"`
}

// exitOwner is a model owner's whole account leaf and its proof, and the
// proof of its (zero) ETH balance, whose exit pays only its escrow.
type exitOwner struct {
	PubKeyX          string   `json:"pubKeyX"`
	PubKeyY          string   `json:"pubKeyY"`
	L1Address        string   `json:"l1Address"`
	Nonce            uint64   `json:"nonce"`
	TokenRoot        string   `json:"tokenRoot"`
	Stake            string   `json:"stake"`
	Locked           string   `json:"locked"`
	Fulfilled        uint64   `json:"fulfilled"`
	Expired          uint64   `json:"expired"`
	Exiting          bool     `json:"exiting"`
	EscrowGwei       uint64   `json:"escrowGwei"`
	AccountSiblings  []string `json:"accountSiblings"`
	EthBalance       string   `json:"ethBalance"`
	EthTokenSiblings []string `json:"ethTokenSiblings"`
}

type exitModel struct {
	ModelID       uint64    `json:"modelId"`
	VKHash        string    `json:"vkHash"`
	OwnerAccount  uint64    `json:"ownerAccount"`
	FeeGwei       uint64    `json:"feeGwei"`
	EarnedGwei    uint64    `json:"earnedGwei"`
	ModelSiblings []string  `json:"modelSiblings"`
	Owner         exitOwner `json:"owner"`
}

type exitFile struct {
	AccountDepth int           `json:"accountDepth"`
	TokenDepth   int           `json:"tokenDepth"`
	ModelDepth   int           `json:"modelDepth"`
	StateRoot    string        `json:"stateRoot"`
	JobsRoot     string        `json:"jobsRoot"`
	ModelsRoot   string        `json:"modelsRoot"`
	AccountID    uint64        `json:"accountId"`
	PubKeyX      string        `json:"pubKeyX"`
	PubKeyY      string        `json:"pubKeyY"`
	L1Address    string        `json:"l1Address"`
	Nonce        uint64        `json:"nonce"`
	Stake        string        `json:"stake"`
	Locked       string        `json:"locked"`
	Fulfilled    uint64        `json:"fulfilled"`
	Expired      uint64        `json:"expired"`
	Exiting      bool          `json:"exiting"`
	EscrowGwei   uint64        `json:"escrowGwei"`
	Balances     []exitBalance `json:"balances"`
	Model        exitModel     `json:"model"`
}

func frHex(e fr.Element) string { b := e.Bytes(); return hx(b[:]) }

func frs(es []fr.Element) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = frHex(e)
	}
	return out
}

func buildExitVector(t *testing.T) exitFile {
	t.Helper()
	p := state.DefaultParams()
	s, err := state.Open(memorydb.New(), p)
	if err != nil {
		t.Fatal(err)
	}
	el := func(seed string) fr.Element {
		var e fr.Element
		e.SetBytes(seeded(seed, 32))
		return e
	}
	// Account 5 exits ETH and a token, with job fees in escrow; account 4
	// owns model 1 (unclaimed fees) and model 3, holds no ETH but escrows
	// the fee of its open job 9.
	const id, ownerID, modelID = 5, 4, 1
	acct := &state.Account{
		PubKeyX: el("exit.pkx"), PubKeyY: el("exit.pky"), Nonce: 3,
		Stake: big.NewInt(2e18), Locked: big.NewInt(5e17), Fulfilled: 7, Expired: 1, Exiting: true, EscrowGwei: 70,
	}
	copy(acct.L1Address[:], seeded("exit.l1", 20))
	other := &state.Account{PubKeyX: el("other.pkx"), PubKeyY: el("other.pky"), Nonce: 1, EscrowGwei: 10}
	copy(other.L1Address[:], seeded("other.l1", 20))
	for _, step := range []func() error{
		func() error { return s.SetAccount(id, acct) },
		func() error { return s.SetBalance(id, 0, big.NewInt(1_500_000_000_000_000_000)) },
		func() error { return s.SetBalance(id, 1, big.NewInt(777)) },
		func() error { return s.SetBalance(id, 3, big.NewInt(9)) },
		func() error { return s.SetAccount(ownerID, other) },
		func() error { return s.SetBalance(ownerID, 1, big.NewInt(12345)) },
		func() error { return s.SetAccount(1<<20, other) },
		func() error {
			return s.SetJob(9, &state.Job{Requester: ownerID, Model: modelID, InputCommit: el("job.in"), FeeGwei: 10, Deadline: 1,
				Status: state.JobOpen})
		},
		func() error {
			return s.SetModel(modelID, &state.Model{VKHash: el("model.vk"), Owner: ownerID, FeeGwei: 2, EarnedGwei: 20})
		},
		func() error { return s.SetModel(3, &state.Model{VKHash: el("model3.vk"), Owner: ownerID, FeeGwei: 5}) },
	} {
		if err := step(); err != nil {
			t.Fatal(err)
		}
	}
	root, err := s.Root()
	if err != nil {
		t.Fatal(err)
	}
	aRoot, jRoot, mRoot, err := s.SubRoots()
	if err != nil {
		t.Fatal(err)
	}
	accSib, err := s.AccountProof(id)
	if err != nil {
		t.Fatal(err)
	}
	stored, err := s.Account(id)
	if err != nil {
		t.Fatal(err)
	}
	if got := smt.ComputeRoot(id, stored.Hash(), accSib); got != aRoot {
		t.Fatal("account proof does not fold to the accounts root")
	}
	v := exitFile{
		AccountDepth: p.AccountDepth, TokenDepth: p.TokenDepth, ModelDepth: p.ModelDepth,
		StateRoot: frHex(root), JobsRoot: frHex(jRoot), ModelsRoot: frHex(mRoot),
		AccountID: id, PubKeyX: frHex(acct.PubKeyX), PubKeyY: frHex(acct.PubKeyY), L1Address: hx(acct.L1Address[:]),
		Nonce: acct.Nonce, Stake: acct.Stake.String(), Locked: acct.Locked.String(),
		Fulfilled: acct.Fulfilled, Expired: acct.Expired, Exiting: acct.Exiting, EscrowGwei: acct.EscrowGwei,
		Model: buildModelExit(t, s, modelID, mRoot, aRoot),
	}
	for _, tok := range []uint64{0, 1} {
		bal, err := s.Balance(id, tok)
		if err != nil {
			t.Fatal(err)
		}
		tokSib, err := s.TokenProof(id, tok)
		if err != nil {
			t.Fatal(err)
		}
		if smt.ComputeRoot(tok, state.BalanceLeaf(bal), tokSib) != stored.TokenRoot {
			t.Fatal("token proof does not fold to the token root")
		}
		v.Balances = append(v.Balances, exitBalance{tok, bal.String(), frs(tokSib), frs(accSib)})
	}
	return v
}

// buildModelExit is the proof of model's leaf and of its owner's account.
func buildModelExit(t *testing.T, s *state.State, model uint64, mRoot, aRoot fr.Element) exitModel {
	t.Helper()
	m, err := s.Model(model)
	if err != nil {
		t.Fatal(err)
	}
	mSib, err := s.ModelProof(model)
	if err != nil {
		t.Fatal(err)
	}
	if smt.ComputeRoot(model, m.Hash(), mSib) != mRoot {
		t.Fatal("model proof does not fold to the models root")
	}
	o, err := s.Account(m.Owner)
	if err != nil {
		t.Fatal(err)
	}
	oSib, err := s.AccountProof(m.Owner)
	if err != nil {
		t.Fatal(err)
	}
	if smt.ComputeRoot(m.Owner, o.Hash(), oSib) != aRoot {
		t.Fatal("owner proof does not fold to the accounts root")
	}
	eth, err := s.Balance(m.Owner, 0)
	if err != nil {
		t.Fatal(err)
	}
	ethSib, err := s.TokenProof(m.Owner, 0)
	if err != nil {
		t.Fatal(err)
	}
	if eth.Sign() != 0 || o.EscrowGwei == 0 || smt.ComputeRoot(0, state.BalanceLeaf(eth), ethSib) != o.TokenRoot {
		t.Fatal("the owner's ETH proof is not of a zero balance with escrow")
	}
	return exitModel{
		ModelID: model, VKHash: frHex(m.VKHash), OwnerAccount: m.Owner, FeeGwei: m.FeeGwei, EarnedGwei: m.EarnedGwei,
		ModelSiblings: frs(mSib),
		Owner: exitOwner{
			PubKeyX: frHex(o.PubKeyX), PubKeyY: frHex(o.PubKeyY), L1Address: hx(o.L1Address[:]), Nonce: o.Nonce,
			TokenRoot: frHex(o.TokenRoot), Stake: o.Stake.String(), Locked: o.Locked.String(), Fulfilled: o.Fulfilled,
			Expired: o.Expired, Exiting: o.Exiting, EscrowGwei: o.EscrowGwei, AccountSiblings: frs(oSib),
			EthBalance: eth.String(), EthTokenSiblings: frs(ethSib),
		},
	}
}

func TestExitVectors(t *testing.T) {
	want, err := json.MarshalIndent(buildExitVector(t), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	want = append(want, '\n')
	path := filepath.Join(*outDir, "exit.json")
	if *update {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	have, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run make generate)", err)
	}
	if !bytes.Equal(have, want) {
		t.Errorf("%s differs from the Go state tree: run make generate", path)
	}
}
