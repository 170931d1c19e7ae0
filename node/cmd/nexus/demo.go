package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nexus-rollup/nexus/aggregator/recursion"
	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/l1/deploy"
	"github.com/nexus-rollup/nexus/prover/model"
	"github.com/nexus-rollup/nexus/prover/model/demo"
	"github.com/nexus-rollup/nexus/prover/modelset"
	"github.com/nexus-rollup/nexus/prover/service"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/sequencer"
)

// The devnet's provers, its demo model and the --demo job loop.

// proverDevKeys are anvil's accounts 2 and 3: the devnet's provers register
// and stake from them. Development only.
var proverDevKeys = []string{
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
}

// demoDevKey is anvil's account 4: `--demo` deposits from it and submits
// its jobs from the derived L2 account, so that its nonces never race the
// commands a user runs with the dev key meanwhile.
const demoDevKey = "47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a"

const (
	demoModelID      = 1
	demoModelFeeGwei = 1_000
	demoJobFeeGwei   = 100_000
)

var (
	proverDevStake = new(big.Int).Mul(big.NewInt(1), big.NewInt(params.Ether))
	demoDeposit    = new(big.Int).Mul(big.NewInt(1), big.NewInt(params.Ether))
)

// devProver is a development account: one of the devnet's in-process
// provers, or the demo's requester.
type devProver struct {
	eth  *ecdsa.PrivateKey
	addr common.Address
	l2   *keys.PrivateKey
	svc  *service.Service
}

// demoModels writes the embedded MNIST model under dir and returns a model
// set serving it as model demoModelID, its keys set up (or loaded from
// keyDir) and its verifying key's hash as ModelRegistry records it.
func demoModels(dir, keyDir string, log io.Writer) (*modelset.Set, [32]byte, error) {
	var vkHash [32]byte
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, vkHash, err
	}
	path := filepath.Join(dir, "mnist-mlp.nxm")
	if err := os.WriteFile(path, demo.MNISTModel, 0o600); err != nil {
		return nil, vkHash, err
	}
	set, err := modelset.New(modelset.Config{Files: map[uint32]string{demoModelID: path}, KeyCache: keyDir, Setup: true, Log: log})
	if err != nil {
		return nil, vkHash, err
	}
	_, k, err := set.Keys(demoModelID)
	if err != nil {
		return nil, vkHash, fmt.Errorf("demo model keys: %w", err)
	}
	h, err := recursion.VKHash(k.VK)
	if err != nil {
		return nil, vkHash, err
	}
	return set, h.Bytes(), nil
}

// l1Tx sends one transaction with send and waits for its receipt.
func l1Tx(ctx context.Context, client *ethclient.Client, what string, send func() (*types.Transaction, error)) error {
	tx, err := send()
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	rc, err := bind.WaitMined(ctx, client, tx)
	if err != nil {
		return fmt.Errorf("%s: waiting for tx %s: %w", what, tx.Hash(), err)
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("%s: tx %s reverted", what, tx.Hash())
	}
	return nil
}

// registerDevnet registers the demo model on L1 (owned by the dev key's L2
// account), registers and stakes each prover and, for --demo, deposits
// demoDeposit for the demo account. The sequencer picks these priority ops
// up from L1.
func registerDevnet(ctx context.Context, client *ethclient.Client, dep *deploy.Deployment, dev *bind.TransactOpts,
	devL2 *keys.PrivateKey, vkHash [32]byte, provers []*devProver, demoAcct *devProver) error {
	models, err := bindings.NewModelRegistry(dep.ModelRegistry, client)
	if err != nil {
		return err
	}
	r, err := bindings.NewNexusRollup(dep.NexusRollup, client)
	if err != nil {
		return err
	}
	reg, err := bindings.NewProverRegistry(dep.ProverRegistry, client)
	if err != nil {
		return err
	}
	if err := l1Tx(ctx, client, "registering the demo model", func() (*types.Transaction, error) {
		return models.RegisterModel(dev, vkHash, demoModelFeeGwei, devL2.Public().Wire(), "nexus://demo/mnist-mlp-784-56-10")
	}); err != nil {
		return err
	}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return err
	}
	for i, p := range provers {
		o, err := bind.NewKeyedTransactorWithChainID(p.eth, chainID)
		if err != nil {
			return err
		}
		o.Context, o.Value = ctx, proverDevStake
		if err := l1Tx(ctx, client, fmt.Sprintf("registering prover %d", i+1), func() (*types.Transaction, error) {
			return reg.Register(o, p.l2.Public().Wire())
		}); err != nil {
			return err
		}
	}
	if demoAcct == nil {
		return nil
	}
	o, err := bind.NewKeyedTransactorWithChainID(demoAcct.eth, chainID)
	if err != nil {
		return err
	}
	o.Context, o.Value = ctx, demoDeposit
	return l1Tx(ctx, client, "depositing for the demo account", func() (*types.Transaction, error) {
		return r.DepositETH(o, demoAcct.l2.Public().Wire())
	})
}

// startDevProvers starts n in-process provers of the demo models, each
// with its own datadir under dir, pulling work from the sequencer at seqURL.
func startDevProvers(ctx context.Context, provers []*devProver, models *modelset.Set, seqURL, dir string,
	m *service.Metrics) error {
	for i, p := range provers {
		svc, err := service.New(service.Config{Sequencer: seqURL, DataDir: filepath.Join(dir, fmt.Sprintf("prover-%d", i+1)),
			Workers: 1, PollInterval: 100 * time.Millisecond},
			service.Setup{Key: p.l2, L1Address: p.addr, Models: models, Log: slog.Default().With("component", "prover", "n", i+1),
				Metrics: m})
		if err != nil {
			return err
		}
		if err := svc.Start(ctx); err != nil {
			return err
		}
		p.svc = svc
	}
	return nil
}

// devProvers derives the first n development provers' keys.
func devProvers(n int, chainID uint64, rollupAddr common.Address) ([]*devProver, error) {
	if n < 0 || n > len(proverDevKeys) {
		return nil, fmt.Errorf("--%s: the devnet has %d development provers, got %d", devnetProversFlag.Name, len(proverDevKeys), n)
	}
	out := make([]*devProver, n)
	for i := range n {
		p, err := devAccount(proverDevKeys[i], chainID, rollupAddr)
		if err != nil {
			return nil, err
		}
		out[i] = p
	}
	return out, nil
}

// devAccount is a development key with the L2 key derived from it.
func devAccount(hexKey string, chainID uint64, rollupAddr common.Address) (*devProver, error) {
	k, err := crypto.HexToECDSA(hexKey)
	if err != nil {
		return nil, err
	}
	l2, err := keys.DeriveFromEthKey(k, chainID, rollupAddr)
	if err != nil {
		return nil, err
	}
	return &devProver{eth: k, addr: crypto.PubkeyToAddress(k.PublicKey), l2: l2}, nil
}

func stopDevProvers(provers []*devProver) {
	for _, p := range provers {
		if p.svc != nil {
			p.svc.Stop(context.Background())
		}
	}
}

// demoLoop is `nexus devnet --demo`: it submits MNIST digits as jobs from
// the dev key's L2 account in rounds of k (a batch's inference slots), one
// job at a time, and prints each proven result. With settlement on, at most
// two rounds are
// ahead of L1: the next round waits until the rounds before it settled.
type demoLoop struct {
	seq     *rpc.Client
	key     *keys.PrivateKey
	addr    common.Address
	k       int
	w       io.Writer
	settled chan settledJobs // nil without settlement
	pace    *demoPace
	// duration, if not zero, ends the submissions after this long; the
	// demo then waits for every job to settle (or prove, without
	// settlement), prints a summary and calls finish.
	duration time.Duration
	finish   func()

	// Used only by run's goroutine.
	digit     int
	submitted map[uint32]time.Time
	proven    int // jobs whose verified result was printed
	onL1      int // jobs whose settlement was printed
	cancelled int
}

// settledJobs are the jobs a batch settled on L1 fulfilled.
type settledJobs struct {
	batch uint64
	jobs  []uint32
}

// errJobsFull ends the demo: the state shape's job ids are all used.
var errJobsFull = errors.New("jobs tree full")

func (d *demoLoop) run(ctx context.Context) error {
	acc, err := d.waitAccount(ctx)
	if err != nil {
		return err
	}
	nonce, submitted, settled := acc.Nonce, 0, 0
	var until time.Time
	if d.duration > 0 {
		until = time.Now().Add(d.duration)
	}
	for ctx.Err() == nil {
		// One round in flight; the next is submitted a lead before the
		// batch being proven is expected to settle, so it is admitted and
		// proven when the aggregator is ready for it, not a whole proof
		// earlier (each job would wait for the batch before its own).
		for d.settled != nil && submitted-settled > 0 {
			var due <-chan time.Time
			var paced <-chan struct{}
			if submitted-settled <= d.k {
				paced = d.pace.changed()
				at, ok := d.pace.nextAt(demoLead)
				if ok && !time.Now().Before(at) {
					break
				}
				if ok {
					due = time.After(time.Until(at))
				}
			}
			select {
			case st := <-d.settled:
				settled += len(st.jobs)
				d.printSettled(st)
			case <-due:
			case <-paced:
			case <-ctx.Done():
				return nil
			}
		}
		if !until.IsZero() && !time.Now().Before(until) {
			return d.drain(ctx, submitted, settled)
		}
		// The round's jobs go one at a time, each a spacing after the one
		// before (or after its result, if that takes longer), as users'
		// jobs arrive: each is proven as soon as it is admitted, not
		// behind the rest of a burst.
		start := time.Now()
		for i := range d.k {
			if i > 0 {
				select {
				case <-time.After(time.Until(start.Add(time.Duration(i) * d.spacing()))):
				case <-ctx.Done():
					return nil
				}
			}
			j, err := d.submit(ctx, acc.ID, nonce)
			if errors.Is(err, errJobsFull) {
				fmt.Fprintf(d.w, "demo: every L2 job id of this state shape is used (%d submitted): no more jobs; "+
					"restart the devnet (or give it deeper --state.depths) to go on\n", submitted)
				if d.duration > 0 {
					return d.drain(ctx, submitted, settled)
				}
				for {
					select {
					case st := <-d.settled: // nil without settlement: blocks
						d.printSettled(st)
					case <-ctx.Done():
						return nil
					}
				}
			}
			if err != nil {
				return err
			}
			nonce++
			submitted++
			settled += d.waitAll(ctx, acc.ID, []demoJob{j}) // cancelled jobs never reach a batch's inference slots
			settled += d.drainSettled()
		}
		settled += d.drainSettled() // printed when they happen, not when the demo next waits
		if d.settled == nil {
			select {
			case <-ctx.Done():
			case <-time.After(time.Second):
			}
		}
	}
	return nil
}

// demoLead is how long before the aggregator wants the next batch the demo
// submits its jobs: time to admit them, for the provers to poll and prove
// them (two cores shared with the aggregator), and for the batch to seal.
const demoLead = 45 * time.Second

// spacing is the time between two of a round's submissions: the round
// takes up half the lead, leaving the other half to seal the batch.
func (d *demoLoop) spacing() time.Duration {
	return demoLead / 2 / time.Duration(max(d.k, 1))
}

// demoPace tells the demo when the aggregator will want the next batch:
// when the batch being proven started, and how long the last one took from
// the start of its proof to its settlement.
type demoPace struct {
	mu      sync.Mutex
	since   time.Time
	proving bool
	last    time.Duration
	change  chan struct{} // closed and replaced when a proof starts or a batch settles
}

// changed returns a channel closed at the next start or settlement.
func (p *demoPace) changed() <-chan struct{} {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.change == nil {
		p.change = make(chan struct{})
	}
	return p.change
}

// notify wakes the waiters of changed. Call with p.mu held.
func (p *demoPace) notify() {
	if p.change != nil {
		close(p.change)
		p.change = nil
	}
}

// started records that the aggregator started proving a batch.
func (p *demoPace) started() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.since, p.proving = time.Now(), true
	p.notify()
}

// settled records that the batch being proven settled.
func (p *demoPace) settled() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.proving {
		p.last = time.Since(p.since)
	}
	p.proving = false
	p.notify()
}

// nextAt is when jobs are due for the next batch: lead before the batch
// being proven is expected to settle. Before any batch has settled (the
// settlement keys are being set up) that is now: a second round queues
// behind the first. Between a settlement and the next proof it is not
// known yet (ok false): jobs sent then would queue behind the round in
// flight, which the next batch proves, and wait for a whole batch more.
func (p *demoPace) nextAt(lead time.Duration) (at time.Time, ok bool) {
	if p == nil {
		return time.Time{}, true
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	switch {
	case p.last == 0:
		return time.Time{}, true
	case !p.proving:
		return time.Time{}, false
	}
	return p.since.Add(p.last - lead), true
}

type demoJob struct {
	id        uint32
	op        common.Hash // the SubmitJob's id
	digit     int
	label     int
	submitted time.Time
}

func (d *demoLoop) waitAccount(ctx context.Context) (*sequencer.Account, error) {
	wire := d.key.Public().Wire()
	for {
		var id uint32
		err := d.seq.CallContext(ctx, &id, "nexus_accountOf", hexutil.Bytes(wire[:]), d.addr)
		if err == nil {
			var acc sequencer.Account
			if err := d.seq.CallContext(ctx, &acc, "nexus_getAccount", id); err != nil {
				return nil, err
			}
			return &acc, nil
		}
		if !strings.Contains(err.Error(), "no account") {
			return nil, fmt.Errorf("demo: sequencer: %w", err)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(300 * time.Millisecond):
		}
	}
}

func (d *demoLoop) submit(ctx context.Context, account uint32, nonce uint64) (demoJob, error) {
	n := d.digit
	d.digit++
	img, label := demo.Digit(n)
	op, opID, err := submitJob(ctx, d.seq, d.key, account, nonce, demoModelID, img, demoJobFeeGwei, time.Now().Add(time.Hour))
	if err != nil {
		if strings.Contains(err.Error(), "jobs tree is full") {
			return demoJob{}, errJobsFull
		}
		return demoJob{}, fmt.Errorf("demo: %w", err)
	}
	if d.submitted == nil {
		d.submitted = map[uint32]time.Time{}
	}
	d.submitted[op.JobID] = time.Now()
	fmt.Fprintf(d.w, "demo: job %d submitted: held-out MNIST digit #%d (a %d), fee %d gwei\n", op.JobID, n%demo.NumDigits(), label, op.FeeGwei)
	return demoJob{id: op.JobID, op: opID, digit: n % demo.NumDigits(), label: label, submitted: time.Now()}, nil
}

// drain waits until every submitted job has settled (cancelled ones count
// as settled), prints the summary and ends the devnet.
func (d *demoLoop) drain(ctx context.Context, submitted, settled int) error {
	if d.settled != nil && settled < submitted {
		fmt.Fprintf(d.w, "demo: %s over: no more jobs; waiting for the %d in flight to settle on L1\n",
			d.duration, submitted-settled)
	}
	for d.settled != nil && settled < submitted {
		select {
		case st := <-d.settled:
			settled += len(st.jobs)
			d.printSettled(st)
		case <-ctx.Done():
			return nil
		}
	}
	onL1 := "settlement off"
	if d.settled != nil {
		onL1 = fmt.Sprintf("%d settled on L1", d.onL1)
	}
	fmt.Fprintf(d.w, "demo: done: %d jobs submitted in %s, %d proven, %s, %d cancelled; stopping the devnet\n",
		submitted, d.duration, d.proven, onL1, d.cancelled)
	if d.finish != nil {
		d.finish()
	}
	return nil
}

// waitAll waits for each job's verified result and prints it; it returns
// how many were cancelled.
func (d *demoLoop) waitAll(ctx context.Context, account uint32, jobs []demoJob) (cancelled int) {
	for _, j := range jobs {
		// The result is verified as soon as the prover returns it: the
		// job's ops are ordered when admitted, not when their batch seals.
		r, err := waitResult(ctx, d.seq, d.key, account, j.id, j.op, 50*time.Millisecond)
		if ctx.Err() != nil {
			return cancelled
		}
		if err != nil {
			fmt.Fprintf(d.w, "demo: job %d: %v\n", j.id, err)
			cancelled++
			d.cancelled++
			continue
		}
		verdict := "right"
		if model.Argmax(r.Output) != j.label {
			verdict = "wrong"
		}
		d.proven++
		fmt.Fprintf(d.w, "demo: job %d proven by prover %d in %s: classified as %d (%s; proof %d bytes, verified by the sequencer)\n",
			j.id, r.Prover, time.Since(j.submitted).Round(10*time.Millisecond), model.Argmax(r.Output), verdict, len(r.Proof))
	}
	return cancelled
}

// drainSettled prints the settlements reported so far without waiting and
// returns how many jobs they settled.
func (d *demoLoop) drainSettled() (n int) {
	for {
		select {
		case st := <-d.settled: // nil without settlement: never ready
			n += len(st.jobs)
			d.printSettled(st)
		default:
			return n
		}
	}
}

// printSettled prints how long the settled jobs took from submission to L1.
func (d *demoLoop) printSettled(st settledJobs) {
	for _, id := range st.jobs {
		if t, ok := d.submitted[id]; ok {
			fmt.Fprintf(d.w, "demo: job %d settled on L1 in batch %d, %s after submission\n", id, st.batch,
				time.Since(t).Round(time.Second))
			delete(d.submitted, id)
			d.onL1++
		}
	}
}
