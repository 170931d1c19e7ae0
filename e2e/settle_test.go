//go:build e2e

package e2e

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/logger"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	gparams "github.com/ethereum/go-ethereum/params"

	"github.com/nexus-rollup/nexus/aggregator"
	"github.com/nexus-rollup/nexus/aggregator/block"
	"github.com/nexus-rollup/nexus/aggregator/recursion"
	"github.com/nexus-rollup/nexus/aggregator/recursion/recursiontest"
	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/internal/keycache"
	"github.com/nexus-rollup/nexus/kv/memorydb"
	"github.com/nexus-rollup/nexus/l1/deploy"
	"github.com/nexus-rollup/nexus/l1/reverts"
	"github.com/nexus-rollup/nexus/l1/txmgr"
	"github.com/nexus-rollup/nexus/l1/watcher"
	"github.com/nexus-rollup/nexus/prover/circuit"
	"github.com/nexus-rollup/nexus/prover/model"
	"github.com/nexus-rollup/nexus/prover/model/modeltest"
	"github.com/nexus-rollup/nexus/prover/statement"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/protocol"
	"github.com/nexus-rollup/nexus/rollup/state"
)

// e2eParams is the block circuit of make e2e (block.SmallParams): small
// trees, four op slots, two inference slots, so CI sets its keys up in
// minutes. The wrap circuit's size does not depend on it.
var e2eParams = block.SmallParams()

func keyCache() string {
	if d := os.Getenv("NEXUS_KEYS"); d != "" {
		return d
	}
	return keycache.DefaultDir()
}

func l2Key(seed byte) *keys.PrivateKey {
	s := make([]byte, 32)
	s[0] = seed
	k, _ := keys.FromSeed(s)
	return k
}

var (
	ethDeposit = new(big.Int).Mul(big.NewInt(1), big.NewInt(gparams.Ether))
	proverBond = big.NewInt(1e15)
	withdrawal = new(big.Int).Div(ethDeposit, big.NewInt(4))
)

// world is one L1 with the contracts deployed and three priority ops queued:
// the user's deposit, the model's registration and the prover's stake.
type world struct {
	*chain
	dep          *deploy.Deployment
	rollup       *bindings.NexusRollup
	verifier     *bindings.Verifier
	verifierAddr common.Address
}

func setupL1(t *testing.T, c *chain, wrapVK groth16.VerifyingKey, vkHash fr.Element, user, prover *keys.PrivateKey) *world {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	k0, _ := devKey(t, devKey0)
	k1, _ := devKey(t, devKey1)
	o0, o1 := c.opts(t, k0), c.opts(t, k1)
	vAddr, err := deploy.DeployVerifier(ctx, c.client, o0, wrapVK)
	if err != nil {
		t.Fatalf("%s: %v", c.name, err)
	}
	genesis, err := state.EmptyRoot(e2eParams.State)
	if err != nil {
		t.Fatal(err)
	}
	dep, err := deploy.Deploy(ctx, c.client, o0, deploy.Params{Verifier: vAddr, GenesisStateRoot: genesis.BigInt(new(big.Int)),
		MinStake: proverBond, PriorityDeadline: 24 * 3600, UnbondingDelay: 7200, MaxLockDuration: e2eParams.MaxLockDuration})
	if err != nil {
		t.Fatalf("%s: %v", c.name, err)
	}
	w := &world{chain: c, dep: dep, verifierAddr: vAddr}
	w.rollup, _ = bindings.NewNexusRollup(dep.NexusRollup, c.client)
	w.verifier, _ = bindings.NewVerifier(vAddr, c.client)
	models, _ := bindings.NewModelRegistry(dep.ModelRegistry, c.client)
	provers, _ := bindings.NewProverRegistry(dep.ProverRegistry, c.client)

	o := *o0
	o.Value = ethDeposit
	tx, err := w.rollup.DepositETH(&o, user.Public().Wire())
	c.mined(t, "depositETH", tx, err)
	tx, err = models.RegisterModel(o0, vkHash.Bytes(), 1, user.Public().Wire(), "nexus://e2e/tiny")
	c.mined(t, "registerModel", tx, err)
	o = *o1
	o.Value = proverBond
	tx, err = provers.Register(&o, prover.Public().Wire())
	c.mined(t, "register prover", tx, err)
	return w
}

// priorityOps reads the queued ops back from L1 as the sequencer does.
func priorityOps(t *testing.T, w *world, n uint64) []rollup.Op {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	wt, err := watcher.New(w.client, memorydb.New(), watcher.Config{Rollup: w.dep.NexusRollup, StartBlock: w.dep.Block,
		PollInterval: 20 * time.Millisecond}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := wt.Poll(ctx); err != nil {
			t.Fatal(err)
		}
		if count, _, _ := wt.Next(); count >= n {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	var ops []rollup.Op
	for i := uint64(1); i <= n; i++ {
		p, err := wt.Op(i)
		if err != nil {
			t.Fatal(err)
		}
		op, err := p.Op()
		if err != nil {
			t.Fatal(err)
		}
		ops = append(ops, op)
	}
	return ops
}

type proven struct {
	batch *rollup.Batch
	w     *rollup.Witness
	res   *aggregator.Result
}

type oneProof struct {
	vk    groth16.VerifyingKey
	proof groth16.Proof
}

func (o oneProof) InferenceProof(uint32) (groth16.VerifyingKey, groth16.Proof, error) {
	return o.vk, o.proof, nil
}

// build sequences the two batches with their witnesses and returns them
// with the job's real inference proof.
func build(t *testing.T, mk *circuit.Keys, m *model.Model, prio []rollup.Op,
	user, prover *keys.PrivateKey, userL1 common.Address, now uint64) ([]proven, groth16.Proof) {
	t.Helper()
	db := memorydb.New()
	st, err := state.Open(db, e2eParams.State)
	if err != nil {
		t.Fatal(err)
	}
	cfg := rollup.DefaultConfig()
	cfg.MaxLockDuration = e2eParams.MaxLockDuration
	ex, err := rollup.NewExecutor(st, cfg)
	if err != nil {
		t.Fatal(err)
	}
	seal := func(num, ts uint64, prioBefore [32]byte, ops ...rollup.Op) (*rollup.Batch, *rollup.Witness) {
		bb, err := ex.NewBatch(num, ts, prioBefore, e2eParams.Chunks)
		if err != nil {
			t.Fatal(err)
		}
		bb.SetMaxOps(e2eParams.Slots)
		if err := bb.EnableWitness(); err != nil {
			t.Fatal(err)
		}
		for _, op := range ops {
			if _, err := bb.Add(op); err != nil {
				t.Fatalf("batch %d: %s: %v", num, op.Type(), err)
			}
		}
		b, err := bb.Seal()
		if err != nil {
			t.Fatal(err)
		}
		kb := db.NewBatch()
		if err := bb.Commit(kb); err != nil {
			t.Fatal(err)
		}
		if err := kb.Write(); err != nil {
			t.Fatal(err)
		}
		return b, bb.Witness()
	}
	b1, w1 := seal(1, now, [32]byte{}, prio...)
	userID, proverID := b1.Receipts[0].Account, b1.Receipts[2].Account

	input := []byte{0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150}
	inSalt, _ := statement.RandomSalt()
	outSalt, _ := statement.RandomSalt()
	job := &circuit.Job{ModelID: 1, Input: input, InputSalt: inSalt, OutputSalt: outSalt}
	job.JobID.SetUint64(1)
	start := time.Now()
	proof, claim, err := circuit.Prove(mk, m, job)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("inference proof (tiny model): %s", time.Since(start).Round(time.Millisecond))
	ts := now + 1
	submit := &rollup.SubmitJob{Requester: userID, JobID: 1, ModelID: 1, InputCommit: statement.Commit(input, inSalt),
		FeeGwei: 10, Deadline: uint32(ts + 3600)}
	rollup.Sign(submit, user)
	lock := &rollup.LockJob{Prover: proverID, JobID: 1, LockDeadline: uint32(ts + 600)}
	rollup.Sign(lock, prover)
	fulfil := &rollup.FulfillJob{Prover: proverID, JobID: 1, OutputCommit: claim.OutputCommit, Nonce: 1}
	rollup.Sign(fulfil, prover)
	wd := &rollup.Withdraw{From: userID, Token: 0, Amount: withdrawal, To: rollup.Address(userL1), Nonce: 1}
	rollup.Sign(wd, user)
	b2, w2 := seal(2, ts, b1.Header.PriorityHashAfter, submit, lock, fulfil, wd)

	return []proven{{batch: b1, w: w1}, {batch: b2, w: w2}}, proof
}

func root(b [32]byte) *big.Int { return new(big.Int).SetBytes(b[:]) }

func newSubmitter(t *testing.T, w *world) *aggregator.Submitter {
	t.Helper()
	k0, _ := devKey(t, devKey0)
	cfg := txmgr.DefaultConfig()
	cfg.PollInterval = 20 * time.Millisecond
	m, err := txmgr.New(context.Background(), w.client, memorydb.New(), k0, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	return &aggregator.Submitter{TX: m, Rollup: w.dep.NexusRollup}
}

func checkSettled(t *testing.T, w *world, b *rollup.Batch, rc *types.Receipt) {
	t.Helper()
	call := &bind.CallOpts{}
	got, _ := w.rollup.StateRoot(call)
	n, _ := w.rollup.LastBatchNumber(call)
	if got.Cmp(root(b.Header.NewStateRoot)) != 0 || n != b.Header.BatchNumber {
		t.Fatalf("%s: after batch %d the rollup is at batch %d, root %x", w.name, b.Header.BatchNumber, n, got)
	}
	t.Logf("%s: batch %d settled: submitBatch gas %d (%d ops, %d pubdata bytes, %d calldata bytes)", w.name,
		b.Header.BatchNumber, rc.GasUsed, len(b.Receipts), len(b.Pubdata), len(txData(t, w, rc)))
	t.Logf("BENCH submitBatch_gas_%s_batch%d %d", w.name, b.Header.BatchNumber, rc.GasUsed)
}

func txData(t *testing.T, w *world, rc *types.Receipt) []byte {
	tx, _, err := w.client.TransactionByHash(context.Background(), rc.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	return tx.Data()
}

// settle submits proven batches through the transaction manager; bad, if
// set, runs against the last batch before it is submitted.
func settle(t *testing.T, w *world, batches []proven, bad func(*testing.T, *world, []proven)) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	sub := newSubmitter(t, w)
	for i, p := range batches {
		if i == len(batches)-1 && bad != nil {
			bad(t, w, batches)
		}
		rc, err := sub.Submit(ctx, p.batch, p.res.Calldata)
		if err != nil {
			t.Fatalf("%s: %v", w.name, err)
		}
		checkSettled(t, w, p.batch, rc)
	}
	afterSettlement(t, w, batches)
}

// afterSettlement claims the withdrawal and checks that replays are refused.
func afterSettlement(t *testing.T, w *world, batches []proven) {
	t.Helper()
	ctx := context.Background()
	call := &bind.CallOpts{}
	k0, addr0 := devKey(t, devKey0)
	owed, err := w.rollup.Claimable(call, addr0, 0)
	if err != nil || owed.Cmp(withdrawal) != 0 {
		t.Fatalf("%s: claimable %v (%v), want %v", w.name, owed, err, withdrawal)
	}
	before, _ := w.client.BalanceAt(ctx, addr0, nil)
	tx, err := w.rollup.ClaimWithdrawal(w.opts(t, k0), 0)
	rc := w.mined(t, "claimWithdrawal", tx, err)
	after, _ := w.client.BalanceAt(ctx, addr0, nil)
	fee := new(big.Int).Mul(new(big.Int).SetUint64(rc.GasUsed), rc.EffectiveGasPrice)
	if gained := new(big.Int).Sub(new(big.Int).Add(after, fee), before); gained.Cmp(withdrawal) != 0 {
		t.Fatalf("%s: claiming paid %v, want %v", w.name, gained, withdrawal)
	}
	if owed, _ := w.rollup.Claimable(call, addr0, 0); owed.Sign() != 0 {
		t.Fatalf("%s: %v still claimable after the claim", w.name, owed)
	}
	t.Logf("%s: withdrawal of %v wei claimed on L1", w.name, withdrawal)
	for _, p := range batches {
		if got := callSubmit(t, w, aggregator.BindingHeader(p.batch.Header), p.batch.Pubdata, p.res.Calldata); got != "Rollup_BadBatchNumber" {
			t.Errorf("%s: replaying batch %d: %q, want Rollup_BadBatchNumber", w.name, p.batch.Header.BatchNumber, got)
		}
	}
}

// batchSource serves the built batches as the sequencer would.
type batchSource []proven

func (s batchSource) Witness(n uint64) (*rollup.Batch, *rollup.Witness, error) {
	if n == 0 || n > uint64(len(s)) {
		return nil, nil, fmt.Errorf("%w: %d", rollup.ErrBatchNotFound, n)
	}
	return s[n-1].batch, s[n-1].w, nil
}

// callSubmit runs submitBatch as an eth_call and returns "" on success or
// the name of the error it reverted with.
func callSubmit(t *testing.T, w *world, h bindings.BatchHeader, pubdata, proof []byte) string {
	t.Helper()
	data, err := aggregator.SubmitCalldata(h, pubdata, proof)
	if err != nil {
		t.Fatal(err)
	}
	_, addr0 := devKey(t, devKey0)
	to := w.dep.NexusRollup
	_, err = w.client.CallContract(context.Background(), ethereum.CallMsg{From: addr0, To: &to, Data: data, Gas: 10_000_000}, nil)
	if err == nil {
		return ""
	}
	if name := reverts.Of(err); name != "" {
		return name
	}
	return "unnamed: " + err.Error()
}

// otherKeysProof is a valid proof under another verifying key of the
// wrap's shape.
func otherKeysProof(t *testing.T) []byte {
	t.Helper()
	_, proof, err := recursiontest.WrapShapedProof()
	if err != nil {
		t.Fatal(err)
	}
	return proof
}

// badInputs runs RELIABILITY.md A's cases through submitBatch (as eth_call,
// against the state in which the last batch is the next to settle): every
// one must revert with a named error, and the untampered batch must pass.
func badInputs(t *testing.T, w *world, batches []proven) {
	last, prev := batches[len(batches)-1], batches[len(batches)-2]
	h := aggregator.BindingHeader(last.batch.Header)
	pd, proof := last.batch.Pubdata, last.res.Calldata
	if got := callSubmit(t, w, h, pd, proof); got != "" {
		t.Fatalf("the untampered batch %d does not settle: %s", h.BatchNumber, got)
	}
	r377 := protocol.R377
	r254 := ecc.BN254.ScalarField()
	invalid := []string{"ProofInvalid", "CommitmentInvalid"}
	withHash := func(mut func(pd []byte) []byte) func(*bindings.BatchHeader, *[]byte, *[]byte) {
		return func(h *bindings.BatchHeader, p *[]byte, _ *[]byte) {
			*p = mut(bytes.Clone(*p))
			h.PubdataHash = sha256.Sum256(*p)
		}
	}
	type tc struct {
		name string
		mut  func(h *bindings.BatchHeader, pd *[]byte, proof *[]byte)
		want []string
	}
	cases := []tc{
		{"batch number + 1", func(h *bindings.BatchHeader, _, _ *[]byte) { h.BatchNumber++ }, []string{"Rollup_BadBatchNumber"}},
		{"batch number - 1", func(h *bindings.BatchHeader, _, _ *[]byte) { h.BatchNumber-- }, []string{"Rollup_BadBatchNumber"}},
		{"batch number 0", func(h *bindings.BatchHeader, _, _ *[]byte) { h.BatchNumber = 0 }, []string{"Rollup_BadBatchNumber"}},
		{"prev root = genesis", func(h *bindings.BatchHeader, _, _ *[]byte) {
			h.PrevStateRoot = root(prev.batch.Header.PrevStateRoot)
		}, []string{"Rollup_BadPrevStateRoot"}},
		{"prev root + 1", func(h *bindings.BatchHeader, _, _ *[]byte) {
			h.PrevStateRoot = new(big.Int).Add(h.PrevStateRoot, big.NewInt(1))
		}, []string{"Rollup_BadPrevStateRoot"}},
		{"new root = r377", func(h *bindings.BatchHeader, _, _ *[]byte) { h.NewStateRoot = new(big.Int).Set(r377) },
			[]string{"Rollup_NonCanonicalStateRoot"}},
		{"new root = r377 + 1", func(h *bindings.BatchHeader, _, _ *[]byte) {
			h.NewStateRoot = new(big.Int).Add(r377, big.NewInt(1))
		}, []string{"Rollup_NonCanonicalStateRoot"}},
		{"new root + r377 (same residue)", func(h *bindings.BatchHeader, _, _ *[]byte) {
			h.NewStateRoot = new(big.Int).Add(h.NewStateRoot, r377)
		}, []string{"Rollup_NonCanonicalStateRoot"}},
		{"new root = 2^256 - 1", func(h *bindings.BatchHeader, _, _ *[]byte) {
			h.NewStateRoot = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
		}, []string{"Rollup_NonCanonicalStateRoot"}},
		{"new root + 1", func(h *bindings.BatchHeader, _, _ *[]byte) {
			h.NewStateRoot = new(big.Int).Add(h.NewStateRoot, big.NewInt(1))
		}, invalid},
		{"new root = prev root", func(h *bindings.BatchHeader, _, _ *[]byte) { h.NewStateRoot = h.PrevStateRoot }, invalid},
		{"timestamp before the last batch", func(h *bindings.BatchHeader, _, _ *[]byte) {
			h.Timestamp = prev.batch.Header.Timestamp - 1
		}, []string{"Rollup_BadTimestamp"}},
		{"timestamp in the future", func(h *bindings.BatchHeader, _, _ *[]byte) {
			h.Timestamp = uint64(time.Now().Unix()) + 86400
		}, []string{"Rollup_BadTimestamp"}},
		{"timestamp - 1", func(h *bindings.BatchHeader, _, _ *[]byte) { h.Timestamp-- }, invalid},
		{"one more priority op", func(h *bindings.BatchHeader, _, _ *[]byte) { h.PriorityOpsConsumed++ },
			[]string{"Rollup_TooManyPriorityOps"}},
		{"priority hash before", func(h *bindings.BatchHeader, _, _ *[]byte) { h.PriorityHashBefore[0] ^= 1 },
			[]string{"Rollup_BadPriorityHashBefore"}},
		{"priority hash after", func(h *bindings.BatchHeader, _, _ *[]byte) { h.PriorityHashAfter[31] ^= 1 },
			[]string{"Rollup_BadPriorityHashAfter"}},
		{"pubdata hash", func(h *bindings.BatchHeader, _, _ *[]byte) { h.PubdataHash[5] ^= 1 },
			[]string{"Rollup_BadPubdataHash"}},
		{"pubdata byte", func(_ *bindings.BatchHeader, p, _ *[]byte) { *p = bytes.Clone(*p); (*p)[1] ^= 1 },
			[]string{"Rollup_BadPubdataHash"}},
		{"pubdata truncated", func(_ *bindings.BatchHeader, p, _ *[]byte) { *p = (*p)[:len(*p)-9] },
			[]string{"Rollup_BadPubdataHash"}},
		{"pubdata empty", func(_ *bindings.BatchHeader, p, _ *[]byte) { *p = nil }, []string{"Rollup_BadPubdataHash"}},
		{"pubdata with one more chunk", func(_ *bindings.BatchHeader, p, _ *[]byte) {
			*p = append(bytes.Clone(*p), make([]byte, 9)...)
		}, []string{"Rollup_BadPubdataHash"}},
		{"pubdata changed, its hash too", withHash(func(p []byte) []byte { p[len(p)-1] ^= 1; return p }), invalid},
		{"pubdata extended, its hash too", withHash(func(p []byte) []byte { return append(p, make([]byte, 9)...) }),
			invalid},
		{"proof truncated", func(_ *bindings.BatchHeader, _, pr *[]byte) { *pr = (*pr)[:len(*pr)-1] },
			[]string{"Error(invalid proof length)"}},
		{"proof extended", func(_ *bindings.BatchHeader, _, pr *[]byte) { *pr = append(bytes.Clone(*pr), 0) },
			[]string{"Error(invalid proof length)"}},
		{"proof empty", func(_ *bindings.BatchHeader, _, pr *[]byte) { *pr = nil }, []string{"Error(invalid proof length)"}},
		{"proof all zero", func(_ *bindings.BatchHeader, _, pr *[]byte) { *pr = make([]byte, len(*pr)) }, invalid},
		{"the previous batch's proof", func(_ *bindings.BatchHeader, _, pr *[]byte) { *pr = prev.res.Calldata }, invalid},
		{"another verifying key's proof", func(_ *bindings.BatchHeader, _, pr *[]byte) { *pr = otherKeysProof(t) }, invalid},
	}
	for i := 0; i < len(proof)/32; i++ {
		cases = append(cases, tc{fmt.Sprintf("proof word %d flipped", i),
			func(_ *bindings.BatchHeader, _, pr *[]byte) { *pr = bytes.Clone(*pr); (*pr)[32*i+31] ^= 1 }, invalid})
	}
	for _, c := range cases {
		hh, p, pr := h, pd, proof
		hh.PrevStateRoot, hh.NewStateRoot = new(big.Int).Set(h.PrevStateRoot), new(big.Int).Set(h.NewStateRoot)
		c.mut(&hh, &p, &pr)
		if got := callSubmit(t, w, hh, p, pr); !slices.Contains(c.want, got) {
			t.Errorf("%s: submitBatch with %s: %q, want one of %v", w.name, c.name, got, c.want)
		}
	}

	// The verifier itself: each public input at r and r+1 (BN254's scalar
	// field) is refused rather than reduced.
	in := last.batch.Header.PublicInputs()
	ctx := &bind.CallOpts{Context: context.Background()}
	if err := w.verifier.VerifyProof(ctx, proof, in); err != nil {
		t.Fatalf("%s: the verifier refuses the batch's proof: %v", w.name, reverts.Of(err))
	}
	n := len(cases)
	for i := 0; i < 2; i++ {
		for _, d := range []int64{0, 1} {
			bad := in
			bad[i] = new(big.Int).Add(r254, big.NewInt(d))
			if got := reverts.Of(w.verifier.VerifyProof(ctx, proof, bad)); got != "PublicInputNotInField" {
				t.Errorf("%s: input %d = r+%d: %q, want PublicInputNotInField", w.name, i, d, got)
			}
			n++
		}
		aliased := in
		aliased[i] = new(big.Int).Add(in[i], r254)
		if got := reverts.Of(w.verifier.VerifyProof(ctx, proof, aliased)); got != "PublicInputNotInField" {
			t.Errorf("%s: input %d + r: %q, want PublicInputNotInField", w.name, i, got)
		}
		n++
	}
	t.Logf("%s: %d bad inputs, each refused with its named error", w.name, n)

	// What verifying one proof costs on its own: the per-proof baseline
	// of the settlement benchmark (bench/settle.sh reads these lines).
	vabi, _ := bindings.VerifierMetaData.GetAbi()
	data, _ := vabi.Pack("verifyProof", proof, in)
	_, addr0 := devKey(t, devKey0)
	to := w.verifierAddr
	gas, err := w.client.EstimateGas(context.Background(), ethereum.CallMsg{From: addr0, To: &to, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	calldata := 0
	for _, b := range data {
		if b == 0 {
			calldata += 4
		} else {
			calldata += 16
		}
	}
	t.Logf("BENCH verifyProof_tx_gas %d", gas)
	t.Logf("BENCH verifyProof_calldata_gas %d", calldata)
}

// TestE2E_SettleOnL1 is the whole real pipeline: real keys, a real
// inference proof, two batches proven through block, aggregation and wrap,
// settled on go-ethereum's simulated backend (with the bad-input cases) and
// on anvil; the state root moves and the withdrawal is claimed on both.
func TestE2E_SettleOnL1(t *testing.T) {
	logger.Disable()
	cache := keyCache()
	t.Logf("key cache: %s (a clean machine sets the wrap circuit up once: about 5 minutes, ~11 GB)", cache)
	start := time.Now()
	m := modeltest.Tiny()
	mk, err := circuit.Setup(m, cache, os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	k, err := aggregator.Setup(e2eParams, cache, os.Stderr, true, true)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("keys ready in %s: block %d, aggregation %d, wrap %d constraints", time.Since(start).Round(time.Second),
		k.Block.CCS.GetNbConstraints(), k.Aggregation.CCS.GetNbConstraints(), k.Wrap.CCS.GetNbConstraints())
	vkHash, err := recursion.VKHash(mk.VK)
	if err != nil {
		t.Fatal(err)
	}
	user, prover := l2Key(1), l2Key(2)
	_, addr0 := devKey(t, devKey0)
	_, addr1 := devKey(t, devKey1)

	// Both L1s first: a batch's timestamp must not precede the deployment
	// (NexusRollup's genesis timestamp) on either.
	sim := setupL1(t, simulatedL1(t, addr0, addr1), k.Wrap.VK, vkHash, user, prover)
	an := setupL1(t, anvilL1(t), k.Wrap.VK, vkHash, user, prover)
	call := &bind.CallOpts{}
	hs, _ := sim.rollup.PriorityHash(call, big.NewInt(3))
	ha, _ := an.rollup.PriorityHash(call, big.NewInt(3))
	if hs != ha || hs == ([32]byte{}) {
		t.Fatalf("the two L1s queued different priority ops: %x vs %x", hs, ha)
	}
	prio := priorityOps(t, sim, 3)
	now := uint64(time.Now().Unix())
	for _, w := range []*world{sim, an} {
		g, err := w.rollup.LastBatchTimestamp(call)
		if err != nil {
			t.Fatal(err)
		}
		now = max(now, g)
	}
	batches, infProof := build(t, mk, m, prio, user, prover, addr0, now)

	// On the simulated L1 the aggregator service proves and settles each
	// sealed batch in turn.
	svc := &aggregator.Service{Keys: k, Batches: batchSource(batches), Proofs: oneProof{mk.VK, infProof},
		Submit: newSubmitter(t, sim), L1: sim.rollup, Log: slog.New(slog.NewTextHandler(os.Stderr, nil))}
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Minute)
	defer cancel()
	for i := range batches {
		st, err := svc.Step(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st == nil || st.Batch.Header.BatchNumber != uint64(i+1) {
			t.Fatalf("step %d settled %+v", i+1, st)
		}
		batches[i].res = st.Result
		t.Logf("batch %d proven: block %s, aggregation %s, wrap %s", i+1, st.Result.BlockTime.Round(time.Millisecond),
			st.Result.AggregationTime.Round(time.Millisecond), st.Result.WrapTime.Round(time.Millisecond))
		checkSettled(t, sim, st.Batch, st.Receipt)
	}
	if st, err := svc.Step(ctx); st != nil || err != nil {
		t.Fatalf("a step with no sealed batch: %+v, %v", st, err)
	}
	afterSettlement(t, sim, batches)

	// anvil settles the same proofs (its queue holds the same priority
	// ops), after the bad-input cases against batch 2.
	settle(t, an, batches, badInputs)

	// The whole run's peak memory (key setup or loading, and proving), for
	// bench/wrap.sh.
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err == nil {
		t.Logf("BENCH peak_rss_kib %d", ru.Maxrss)
	}
}
