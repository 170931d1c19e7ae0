package deploy

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/nexus-rollup/nexus/bindings"
	l2keys "github.com/nexus-rollup/nexus/rollup/keys"
)

// sim is a simulated L1 that mines a block whenever a transaction waits.
type sim struct {
	*simulated.Backend
	stop chan struct{}
}

func newSim(t *testing.T, funded ...common.Address) *sim {
	t.Helper()
	alloc := types.GenesisAlloc{}
	for _, a := range funded {
		alloc[a] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))}
	}
	s := &sim{Backend: simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000)), stop: make(chan struct{})}
	done := make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-s.stop:
				return
			case <-tick.C:
				s.Commit()
			}
		}
	}()
	t.Cleanup(func() {
		close(s.stop)
		<-done
		s.Close()
	})
	return s
}

func key(t *testing.T, seed byte) (*ecdsa.PrivateKey, common.Address) {
	t.Helper()
	k, err := crypto.ToECDSA(common.LeftPadBytes([]byte{seed}, 32))
	if err != nil {
		t.Fatal(err)
	}
	return k, crypto.PubkeyToAddress(k.PublicKey)
}

func mined(t *testing.T, ctx context.Context, b bind.DeployBackend, tx *types.Transaction, err error) *types.Receipt {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	r, err := bind.WaitMined(ctx, b, tx)
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("tx %s reverted", tx.Hash())
	}
	return r
}

// TestDeploySimulated deploys everything on the simulated backend through the
// bindings, then runs a deposit, a model registration and an inference request.
func TestDeploySimulated(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	deployerKey, deployer := key(t, 1)
	userKey, user := key(t, 2)
	s := newSim(t, deployer, user)
	client := s.Client()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	opts, _ := bind.NewKeyedTransactorWithChainID(deployerKey, chainID)

	d, err := Deploy(ctx, client, opts, Params{})
	if err != nil {
		t.Fatal(err)
	}
	if !d.VerifierPending || d.ChainID != chainID.Uint64() || d.Block == 0 || d.Params.Owner != deployer {
		t.Fatalf("unexpected deployment %+v", d)
	}

	// The file round-trips.
	path := filepath.Join(t.TempDir(), "deployment.json")
	if err := d.Write(path); err != nil {
		t.Fatal(err)
	}
	back, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if back.NexusRollup != d.NexusRollup || back.Params.MinStake.Cmp(d.Params.MinStake) != 0 || back.Block != d.Block ||
		back.Params.ModelTreeDepth != 12 {
		t.Fatalf("round trip: %+v != %+v", back, d)
	}

	rollup, err := bindings.NewNexusRollup(d.NexusRollup, client)
	if err != nil {
		t.Fatal(err)
	}
	// Exit proofs take the production depths by default.
	exitAt, _ := rollup.ExitRoot(&bind.CallOpts{})
	exitRoot, _ := bindings.NewExitRootCaller(exitAt, client)
	for name, get := range map[string]func(*bind.CallOpts) (*big.Int, error){"accounts": exitRoot.AccountTreeDepth,
		"tokens": exitRoot.TokenTreeDepth, "models": exitRoot.ModelTreeDepth} {
		want := map[string]int64{"accounts": 24, "tokens": 4, "models": 12}[name]
		if d, err := get(&bind.CallOpts{}); err != nil || d.Int64() != want {
			t.Errorf("%s tree depth %v (%v), want %d", name, d, err, want)
		}
	}
	models, err := bindings.NewModelRegistry(d.ModelRegistry, client)
	if err != nil {
		t.Fatal(err)
	}
	registry, err := bindings.NewProverRegistry(d.ProverRegistry, client)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := registry.Rollup(&bind.CallOpts{}); got != d.NexusRollup {
		t.Fatalf("registry not wired: %s", got)
	}
	uo, _ := bind.NewKeyedTransactorWithChainID(userKey, chainID)
	l2, err := l2keys.FromSeed(make([]byte, 32))
	if err != nil {
		t.Fatal(err)
	}
	pk := l2.Public().Wire() // deposits and registrations take keys on the L2 curve only

	// Deposit 1 ETH.
	uo.Value = big.NewInt(1e18)
	tx, err := rollup.DepositETH(uo, pk)
	rcpt := mined(t, ctx, client, tx, err)
	uo.Value = nil
	// Gas here follows the simulated chain's dev fork rules (geth 1.17 enables forks
	// past Osaka, with costlier storage writes), not mainnet's: see contracts/test/Gas.t.sol.
	t.Logf("depositETH gas: %d", rcpt.GasUsed)
	dep, err := rollup.ParseDeposit(*rcpt.Logs[len(rcpt.Logs)-1])
	if err != nil || dep.Depositor != user || dep.Amount.Cmp(big.NewInt(1e18)) != 0 || dep.PriorityIndex.Uint64() != 1 {
		t.Fatalf("deposit event %+v, %v", dep, err)
	}

	// Register a model.
	vk := [32]byte{31: 0x7e}
	tx, err = models.RegisterModel(uo, vk, 5, pk, "ipfs://mnist")
	rcpt = mined(t, ctx, client, tx, err)
	t.Logf("registerModel gas: %d", rcpt.GasUsed)
	m, err := models.GetModel(&bind.CallOpts{}, 1)
	if err != nil || m.Owner != user || m.FeeGwei != 5 || m.MetadataURI != "ipfs://mnist" {
		t.Fatalf("model %+v, %v", m, err)
	}

	// Request an inference with a 10 gwei fee.
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	uo.Value = big.NewInt(10e9)
	tx, err = rollup.RequestInference(uo, 1, big.NewInt(42), uint32(head.Time+3600), []byte{1, 2, 3})
	rcpt = mined(t, ctx, client, tx, err)
	uo.Value = nil
	t.Logf("requestInference gas: %d", rcpt.GasUsed)
	var req *bindings.NexusRollupInferenceRequested
	for _, l := range rcpt.Logs {
		if ev, err := rollup.ParseInferenceRequested(*l); err == nil {
			req = ev
		}
	}
	if req == nil || req.JobId != 1<<31 || req.FeeGwei != 10 || string(req.Input) != "\x01\x02\x03" {
		t.Fatalf("inference event %+v", req)
	}
	job, err := rollup.L1Job(&bind.CallOpts{}, req.JobId)
	if err != nil || job.Requester != user || job.Status != 1 {
		t.Fatalf("job %+v, %v", job, err)
	}
	if n, _ := rollup.PriorityOpsTotal(&bind.CallOpts{}); n != 3 {
		t.Fatalf("priority ops %d, want 3", n)
	}
	res, err := rollup.InferenceResult(&bind.CallOpts{}, req.JobId)
	if err != nil || res.Fulfilled {
		t.Fatalf("result before settlement: %+v %v", res, err)
	}
}

func TestParamsCheck(t *testing.T) {
	for name, p := range map[string]Params{
		"delay not above lock": {UnbondingDelay: 10, MaxLockDuration: 10},
		"root above field":     {GenesisStateRoot: new(big.Int).Set(r377)},
		"account tree of 33":   {AccountTreeDepth: 33},
		"token tree of 5":      {TokenTreeDepth: 5},
		"models tree of 33":    {ModelTreeDepth: 33},
	} {
		if err := p.withDefaults(common.Address{1}).Check(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if err := DefaultParams().withDefaults(common.Address{1}).Check(); err != nil {
		t.Fatal(err)
	}
}

func TestDeployWithOwnerAndVerifier(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	k, from := key(t, 3)
	_, newOwner := key(t, 4)
	s := newSim(t, from)
	client := s.Client()
	chainID, _ := client.ChainID(ctx)
	opts, _ := bind.NewKeyedTransactorWithChainID(k, chainID)
	// A real contract as the verifier (here a PendingVerifier deployed beforehand).
	vAddr, tx, _, err := bindings.DeployPendingVerifier(opts, client)
	mined(t, ctx, client, tx, err)
	d, err := Deploy(ctx, client, opts, Params{Owner: newOwner, Verifier: vAddr})
	if err != nil {
		t.Fatal(err)
	}
	if d.VerifierPending || d.Verifier != vAddr {
		t.Fatalf("verifier %+v", d)
	}
	rollup, _ := bindings.NewNexusRollup(d.NexusRollup, client)
	if p, _ := rollup.PendingOwner(&bind.CallOpts{}); p != newOwner {
		t.Fatalf("pending owner %s", p)
	}
}
