//go:build e2e

package e2e

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/internal/anviltest"
	"github.com/nexus-rollup/nexus/l1/deploy"
	"github.com/nexus-rollup/nexus/prover/model/demo"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/sequencer/proverapi"
)

// freshKey is a new L1 key funded with eth from anvil's account 0.
func freshKey(t *testing.T, c *chain, eth int64) (*ecdsa.PrivateKey, string) {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	k0, from := devKey(t, devKey0)
	ctx := context.Background()
	nonce, err := c.client.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	tip, err := c.client.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := c.client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := c.client.ChainID(ctx)
	to := crypto.PubkeyToAddress(k.PublicKey)
	tx, err := types.SignNewTx(k0, types.LatestSignerForChainID(id), &types.DynamicFeeTx{ChainID: id, Nonce: nonce,
		GasTipCap: tip, GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))), Gas: 21_000,
		To: &to, Value: new(big.Int).Mul(big.NewInt(eth), big.NewInt(params.Ether))})
	if err == nil {
		err = c.client.SendTransaction(ctx, tx)
	}
	c.mined(t, "fund a prover key", tx, err)
	return k, fmt.Sprintf("%x", crypto.FromECDSA(k))
}

// lazyProver is a registered, staked prover that locks the first job offered
// to it and never answers: it speaks the prover API directly.
type lazyProver struct {
	seq     *rpc.Client
	l2      *keys.PrivateKey
	account uint32
}

func (p *lazyProver) call(t *testing.T, result any, method string, args ...any) error {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return p.seq.CallContext(ctx, result, method, args...)
}

// lockFirstOffer asks for work until the sequencer offers a job, then locks
// it until lockFor from now, and returns the job id.
func (p *lazyProver) lockFirstOffer(t *testing.T, lockFor time.Duration, within time.Duration) uint32 {
	t.Helper()
	deadline := time.Now().Add(within)
	for ; time.Now().Before(deadline); time.Sleep(300 * time.Millisecond) {
		var n [8]byte
		rand.Read(n[:])
		req := proverapi.WorkRequest{Capacity: 4, Models: []uint32{1}}
		auth, err := proverapi.NewAuth(proverapi.MethodGetWork, p.account, req.Body(), p.l2, time.Now(), time.Minute, binary.BigEndian.Uint64(n[:]))
		if err != nil {
			t.Fatal(err)
		}
		req.Auth = auth
		var work proverapi.Work
		if err := p.call(t, &work, "nexus_getWork", req); err != nil {
			continue // the stake has not reached L2 yet
		}
		for _, it := range work.Items {
			if it.Status != "offered" {
				continue
			}
			op := &rollup.LockJob{Prover: p.account, JobID: it.JobID, LockDeadline: uint32(work.Now + uint64(lockFor/time.Second)),
				Nonce: work.NextNonce}
			rollup.Sign(op, p.l2)
			raw, err := rollup.MarshalOpJSON(op)
			if err != nil {
				t.Fatal(err)
			}
			var id common.Hash
			if err := p.call(t, &id, "nexus_lockJob", json.RawMessage(raw)); err != nil {
				t.Fatalf("nexus_lockJob: %v", err)
			}
			return it.JobID
		}
	}
	t.Fatalf("no job offered to the lazy prover within %s", within)
	return 0
}

// process is a nexus process the test runs until its end or kill.
type process struct {
	cmd *exec.Cmd
	out *lines // stdout and stderr
}

// start runs `nexus args...` (name prefixes its echoed output).
func start(t *testing.T, bin, name string, args ...string) *process {
	t.Helper()
	cmd := exec.Command(bin, args...)
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = w, w
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	p := &process{cmd: cmd, out: collectAs(name, r, os.Stderr)}
	t.Cleanup(func() {
		if p.cmd.ProcessState == nil {
			p.cmd.Process.Signal(syscall.SIGINT)
			done := make(chan struct{})
			go func() { p.cmd.Wait(); close(done) }()
			select {
			case <-done:
			case <-time.After(30 * time.Second):
				p.kill()
			}
		}
	})
	return p
}

// kill is kill -9.
func (p *process) kill() {
	if p.cmd.ProcessState == nil {
		p.cmd.Process.Signal(syscall.SIGKILL)
		p.cmd.Wait()
	}
}

// e2eCircuit is make e2e's circuit shape (block.SmallParams) as flags.
var e2eCircuit = []string{"--state.depths", "3/1/6/2", "--block.slots", "4", "--block.chunks", "32", "--block.inferences", "2"}

// setupKeys runs `nexus setup --wrap` at make e2e's shape: the block,
// aggregation and wrap keys an operator sets up before deploying. Cached
// keys (TestE2E_SettleOnL1 sets up the same ones) are only checked; on a
// fresh machine this is the 5-10 minute setup, so a test of this file also
// runs alone.
func setupKeys(t *testing.T, bin string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Minute)
	defer cancel()
	start := time.Now()
	cmd := exec.CommandContext(ctx, bin, append([]string{"setup", "--wrap", "--keys", keyCache()}, e2eCircuit...)...)
	b, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("nexus setup --wrap: %v\n%s", err, b)
	}
	t.Logf("nexus setup --wrap (%s):\n%s", time.Since(start).Round(time.Second), b)
}

// system is Nexus run as an operator would, as separate processes on anvil:
// the contracts deployed by `nexus contracts deploy --deploy.link-verifier`,
// the demo model registered by `nexus model register`, then `nexus
// sequencer` and `nexus aggregator`; provers join with `nexus prover run`.
type system struct {
	devnet // bin, dir, dep, l1, seq and the user commands
	model  string
	seqP   *process // the sequencer's process (seq is its URL)
	agg    *process
}

func startSystem(t *testing.T) *system {
	t.Helper()
	dir := t.TempDir()
	s := &system{devnet: devnet{bin: buildNexus(t, dir), dir: dir, dep: filepath.Join(dir, "deployment.json"), t: t}}
	setupKeys(t, s.bin)
	// anvil mines a block a second, so that the sequencer's L1 watcher sees
	// its confirmations whether or not transactions arrive.
	s.l1 = anviltest.Start(t, "--block-time", "1")
	l1 := []string{"--l1.rpc", s.l1, "--deployment", s.dep}
	s.nexus(append([]string{"contracts", "deploy", "--l1.rpc", s.l1, "--key", devKey0, "--deploy.out", s.dep,
		"--deploy.link-verifier", "--keys", keyCache(), "--deploy.min-stake", "100000000000000000"}, e2eCircuit...)...)
	s.model = filepath.Join(dir, "mnist-mlp.nxm")
	if err := os.WriteFile(s.model, demo.MNISTModel, 0o600); err != nil {
		t.Fatal(err)
	}
	reg := append(append([]string{"model", "register", "--key", devKey0, "--fee", "1000", "--keys", keyCache()}, l1...), s.model)
	if o := s.nexus(reg...); !strings.Contains(o, "registered as id 1") {
		t.Fatalf("nexus model register:\n%s", o)
	}
	models := []string{"--models", "1=" + s.model, "--models.keys", keyCache()}
	httpAddr := freeAddr(t)
	s.seq = "http://" + httpAddr
	s.seqP = start(t, s.bin, "sequencer", append(append(append([]string{"--datadir", filepath.Join(dir, "sequencer"), "sequencer",
		"--http.addr", httpAddr, "--batch.timeout", "5s", "--l1.confirmations", "1"}, l1...), models...), e2eCircuit...)...)
	s.seqP.out.waitFor(t, "nexus_ JSON-RPC on", 2*time.Minute)
	s.agg = start(t, s.bin, "aggregator", append(append(append([]string{"--datadir", filepath.Join(dir, "aggregator"), "aggregator",
		"--key", devKey1, "--sequencer", s.seq, "--keys", keyCache()}, l1...), models...), e2eCircuit...)...)
	s.agg.out.waitFor(t, "aggregator: settling", 15*time.Minute)
	return s
}

// TestE2E_UnresponsiveProverIsSlashed runs Nexus as separate processes on
// anvil (the npm binary, on a free port): `nexus contracts deploy`, `nexus
// model register`, `nexus sequencer` and `nexus aggregator`. Two provers
// register and stake through the CLI: a lazy one that locks the user's job and never
// answers, and a real `nexus prover run` process that starts once the lock
// is taken. The lock expires, the sequencer includes the ExpireJob, the job
// reopens and the real prover proves it; it is killed with SIGKILL right
// after it locks and restarted on the same datadir, and still fulfils the job
// exactly once. Checked through L1 state once the batches settle: the lazy
// prover's stake is slashed by its collateral, its reputation counts one
// expired job, and the real prover's one fulfilled job.
func TestE2E_UnresponsiveProverIsSlashed(t *testing.T) {
	sys := startSystem(t)
	d := &sys.devnet
	client, err := ethclient.Dial(d.l1)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	c := &chain{name: "devnet L1", client: client}
	dep, err := deploy.Read(d.dep)
	if err != nil {
		t.Fatal(err)
	}
	lazyKey, lazyHex := freshKey(t, c, 3)
	_, realHex := freshKey(t, c, 3)
	for _, k := range []string{lazyHex, realHex} {
		d.nexus("prover", "register", "--l1.rpc", d.l1, "--deployment", d.dep, "--key", k, "--amount", "1eth")
	}
	user := []string{"--deployment", d.dep, "--key", devKey0}
	d.nexus(append([]string{"bridge", "deposit", "--l1.rpc", d.l1, "--amount", "1eth"}, user...)...)

	// The user's job, once the deposit has reached L2.
	var jobID uint32
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(time.Second) {
		o, err := d.try(append([]string{"job", "submit", "--sequencer", d.seq, "--model", "1", "--input", "mnist:3",
			"--fee", "100000gwei"}, user...)...)
		if err == nil {
			fmt.Sscanf(o[strings.Index(o, "job "):], "job %d submitted", &jobID)
			t.Logf("nexus job submit:\n%s", o)
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("nexus job submit: %v\n%s", err, o)
		}
	}

	// The lazy prover locks it for 15 s and goes silent.
	seq, err := rpc.Dial(d.seq)
	if err != nil {
		t.Fatal(err)
	}
	defer seq.Close()
	lazyL2, err := keys.DeriveFromEthKey(lazyKey, dep.ChainID, dep.NexusRollup)
	if err != nil {
		t.Fatal(err)
	}
	lazy := &lazyProver{seq: seq, l2: lazyL2}
	lazyAddr := crypto.PubkeyToAddress(lazyKey.PublicKey)
	wire := lazyL2.Public().Wire()
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(time.Second) {
		if err := lazy.call(t, &lazy.account, "nexus_accountOf", hexutil.Bytes(wire[:]), lazyAddr); err == nil {
			break
		} else if time.Now().After(deadline) {
			t.Fatalf("the lazy prover's account never reached L2: %v", err)
		}
	}
	if got := lazy.lockFirstOffer(t, 15*time.Second, time.Minute); got != jobID {
		t.Fatalf("the lazy prover was offered job %d, want the user's job %d", got, jobID)
	}
	t.Logf("lazy prover (account %d) locked job %d for 15 s", lazy.account, jobID)

	// The real prover starts; SIGKILLed right after it locks the reopened
	// job, it restarts and proves it.
	prover := []string{"--datadir", filepath.Join(d.dir, "real-prover"), "prover", "run", "--key", realHex,
		"--deployment", d.dep, "--sequencer", d.seq, "--models", "1=" + sys.model, "--models.keys", keyCache(), "--workers", "1"}
	p := start(t, d.bin, "prover", prover...)
	p.out.waitFor(t, "locked job", 3*time.Minute)
	p.kill()
	t.Log("real prover killed with SIGKILL after its lock; restarting it")
	start(t, d.bin, "prover", prover...)
	var st string
	for deadline := time.Now().Add(3 * time.Minute); !strings.Contains(st, "fulfilled"); time.Sleep(time.Second) {
		if time.Now().After(deadline) {
			t.Fatalf("job %d not fulfilled 3 min after the real prover's restart:\n%s", jobID, st)
		}
		st = d.nexus("job", "status", "--sequencer", d.seq, fmt.Sprint(jobID))
	}
	if strings.Contains(st, fmt.Sprintf("by prover %d ", lazy.account)) {
		t.Fatalf("job %d fulfilled by the lazy prover:\n%s", jobID, st)
	}

	// L1, once the batches settle: the slash, and both provers' reputation.
	registry, err := bindings.NewProverRegistry(dep.ProverRegistry, client)
	if err != nil {
		t.Fatal(err)
	}
	_, realAddr := devKey(t, realHex)
	for deadline := time.Now().Add(40 * time.Minute); ; time.Sleep(5 * time.Second) {
		lr, err := registry.Reputation(&bind.CallOpts{}, lazyAddr)
		if err != nil {
			t.Fatal(err)
		}
		rr, err := registry.Reputation(&bind.CallOpts{}, realAddr)
		if err != nil {
			t.Fatal(err)
		}
		if lr.Expired == 1 && rr.Fulfilled == 1 {
			if lr.Fulfilled != 0 || rr.Expired != 0 {
				t.Fatalf("reputation on L1: lazy %+v, real %+v", lr, rr)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("L1 reputation after 40 min: lazy %+v, real %+v (want 1 expired, 1 fulfilled)", lr, rr)
		}
	}
	stake, err := registry.StakeOf(&bind.CallOpts{}, lazyAddr)
	if err != nil {
		t.Fatal(err)
	}
	r, err := bindings.NewNexusRollup(dep.NexusRollup, client)
	if err != nil {
		t.Fatal(err)
	}
	it, err := r.FilterProverSlashed(&bind.FilterOpts{Start: dep.Block}, []uint32{jobID}, []common.Address{lazyAddr})
	if err != nil {
		t.Fatal(err)
	}
	slashed := new(big.Int)
	n := 0
	for it.Next() {
		slashed.Add(slashed, it.Event.ToRequester)
		slashed.Add(slashed, it.Event.Burned)
		n++
	}
	collateral := new(big.Int).Mul(big.NewInt(2*100_000), big.NewInt(params.GWei)) // 2x the job's fee
	if n != 1 || slashed.Cmp(collateral) != 0 || new(big.Int).Add(stake, slashed).Cmp(big.NewInt(params.Ether)) != 0 {
		t.Fatalf("on L1: %d ProverSlashed events slashing %v wei, stake now %v; want one of %v wei from 1 ETH", n, slashed, stake, collateral)
	}
	t.Logf("on L1: the lazy prover was slashed %v wei (stake now %v), the real prover has 1 fulfilled job", slashed, stake)
}
