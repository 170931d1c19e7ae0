//go:build e2e

package e2e

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nexus-rollup/nexus/internal/metrics"
	"github.com/nexus-rollup/nexus/sequencer"
)

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// lines collects a process's output and lets the test wait for a line.
type lines struct {
	mu   sync.Mutex
	all  []string
	wake chan struct{}
}

// collectAs collects a process's output, echoing each line prefixed by name.
func collectAs(name string, r io.Reader, echo io.Writer) *lines {
	l := &lines{wake: make(chan struct{}, 1)}
	go func() {
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			fmt.Fprintln(echo, name+"| "+sc.Text())
			l.mu.Lock()
			l.all = append(l.all, sc.Text())
			l.mu.Unlock()
			select {
			case l.wake <- struct{}{}:
			default:
			}
		}
	}()
	return l
}

func (l *lines) waitFor(t *testing.T, substr string, d time.Duration) string {
	t.Helper()
	deadline := time.After(d)
	for {
		l.mu.Lock()
		for _, s := range l.all {
			if strings.Contains(s, substr) {
				l.mu.Unlock()
				return s
			}
		}
		l.mu.Unlock()
		select {
		case <-l.wake:
		case <-time.After(time.Second):
		case <-deadline:
			t.Fatalf("timed out after %s waiting for %q in the devnet's output", d, substr)
		}
	}
}

// devnet is a running `nexus devnet` process with the binary it was built
// from, its endpoints and its output.
type devnet struct {
	bin, dir string
	dep      string // the deployment file
	l1, seq  string // the embedded L1's and the sequencer's HTTP endpoints
	out      *lines
	t        *testing.T
}

// buildNexus builds the nexus binary into dir.
func buildNexus(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "nexus")
	build := exec.Command("go", "build", "-o", bin, "./node/cmd/nexus")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// startDevnet builds the nexus binary, runs `nexus devnet` on its embedded
// L1 with the shared key cache and args, and waits until it is running; the
// test's end stops it (SIGINT, then SIGKILL after 30 s).
func startDevnet(t *testing.T, args ...string) *devnet {
	t.Helper()
	dir := t.TempDir()
	bin := buildNexus(t, dir)
	l1Addr, httpAddr := freeAddr(t), freeAddr(t)
	p := start(t, bin, "devnet", append([]string{"--datadir", filepath.Join(dir, "data"), "devnet",
		"--keys", keyCache(), "--devnet.l1-addr", l1Addr, "--http.addr", httpAddr}, args...)...)
	d := &devnet{bin: bin, dir: dir, dep: filepath.Join(dir, "data", "devnet", "deployment.json"),
		l1: "http://" + l1Addr, seq: "http://" + httpAddr, out: p.out, t: t}
	d.out.waitFor(t, "Nexus devnet is running", 75*time.Minute)
	return d
}

// nexus runs a nexus command as a user (its own datadir) and returns its
// output; it fails the test if the command fails.
func (d *devnet) nexus(args ...string) string {
	t := d.t
	t.Helper()
	b, err := d.try(args...)
	if err != nil {
		t.Fatalf("nexus %s: %v\n%s", strings.Join(args, " "), err, b)
	}
	t.Logf("nexus %s:\n%s", args[0]+" "+args[1], b)
	return b
}

// try runs a nexus command as a user and returns its output and error.
// The timeout is a guard: `nexus contracts deploy --deploy.link-verifier`
// compiles the wrap circuit and reads its keys, some minutes on 2 cores.
func (d *devnet) try(args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	b, err := exec.CommandContext(ctx, d.bin, append([]string{"--datadir", filepath.Join(d.dir, "user")}, args...)...).CombinedOutput()
	return string(b), err
}

// TestE2E_DevnetSettles runs the nexus binary as a user would: `nexus
// devnet --demo` at its default shape (make e2e's, so it reuses the keys
// TestE2E_SettleOnL1 set up). The devnet registers the demo model, stakes
// its two in-process provers and submits MNIST jobs; the provers prove them,
// the sequencer verifies the proofs, and the in-process aggregator proves
// and settles the batches on the embedded L1 until one with inferences has
// settled. Meanwhile a user deposits through the CLI, and an L1 dApp (the
// example DigitClassifier) requests an inference on L1 and, once it is
// proven and settled, opens the result on L1; the balances are read back
// through the CLI and L1 through cast. (Withdrawals and claims are
// TestE2E_SettleOnL1's: every wrap proof costs CI minutes.)
func TestE2E_DevnetSettles(t *testing.T) {
	metricsAddr := freeAddr(t)
	d := startDevnet(t, "--demo", "--batch.timeout", "2s", "--metrics.addr", metricsAddr)
	out, dep, l1, seq, nexus := d.out, d.dep, d.l1, d.seq, d.nexus
	user := []string{"--deployment", dep, "--key", devKey0}
	nexus(append([]string{"bridge", "deposit", "--l1.rpc", l1, "--amount", "1eth"}, user...)...)
	// An L1 dApp asks for an inference alongside the demo's L2 jobs.
	dapp := requestFromDApp(t, l1, common.HexToAddress(readDeployment(t, dep)), 1, 5)

	// The demo's first jobs are proven and verified within seconds...
	out.waitFor(t, "demo: job 1 proven by prover", 5*time.Minute)
	// ...and settle on L1 a few wrap proofs later.
	settled := out.waitFor(t, "demo: job 1 settled on L1 in batch", 45*time.Minute)
	t.Logf("devnet: %s", settled)
	var batch uint64
	fmt.Sscanf(settled[strings.Index(settled, "in batch ")+len("in batch "):], "%d", &batch)
	line := out.waitFor(t, fmt.Sprintf("batch %d settled on L1:", batch), time.Second)
	if !strings.Contains(line, "per inference") {
		t.Fatalf("the batch that settled job 1 reports no inference: %s", line)
	}
	checkSettlementSeen(t, "http://"+metricsAddr+"/metrics", seq, batch)
	bal := nexus(append([]string{"bridge", "balance", "--l1.rpc", l1, "--sequencer", seq}, user...)...)
	// The dev key owns the demo model: its L2 balance is the deposit plus
	// 1,000 gwei for each job fulfilled so far.
	var l2 big.Int
	if i := strings.Index(bal, "L2 balance  "); i < 0 {
		t.Fatalf("nexus bridge balance printed no L2 balance:\n%s", bal)
	} else if _, ok := l2.SetString(strings.Fields(bal[i+len("L2 balance  "):])[0], 10); !ok {
		t.Fatalf("nexus bridge balance: unreadable L2 balance:\n%s", bal)
	}
	fees := new(big.Int).Sub(&l2, big.NewInt(1e18))
	if fees.Sign() <= 0 || new(big.Int).Rem(fees, big.NewInt(1000e9)).Sign() != 0 {
		t.Fatalf("after the deposit and the demo's jobs, nexus bridge balance printed:\n%s\nwant 1 ETH plus 1,000 gwei per fulfilled job", bal)
	}
	// The dApp's job is proven and settled like the L2 jobs; its result is
	// public, and the dApp opens it on L1.
	dapp.waitProven(t, 30*time.Minute)
	dapp.reveal(t, nexus(append(append([]string{"job", "result", "--sequencer", seq}, user...), fmt.Sprint(dapp.jobID))...))
	// L1 agrees: NexusRollup settled at least that batch.
	cast := exec.Command(filepath.Join("..", "node_modules", ".bin", "cast"), "call", "--rpc-url", l1,
		readDeployment(t, dep), "lastBatchNumber()(uint64)")
	b, err := cast.CombinedOutput()
	var last uint64
	if err != nil {
		t.Fatalf("cast call lastBatchNumber: %v: %s", err, b)
	}
	if fmt.Sscanf(strings.TrimSpace(string(b)), "%d", &last); last < batch {
		t.Fatalf("cast call lastBatchNumber: %s, want at least %d", b, batch)
	}
}

func readDeployment(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		NexusRollup string `json:"nexusRollup"`
	}
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	return d.NexusRollup
}

// checkSettlementSeen: the devnet's /metrics counts the aggregator's
// settlements, their stages and L1 costs, and the explorer's
// nexus_listBatches shows the settled batch with its stage times and gas.
func checkSettlementSeen(t *testing.T, metricsURL, seqURL string, batch uint64) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	fams, err := metrics.Scrape(ctx, metricsURL)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		labels []string
	}{
		{"nexus_aggregator_batches_settled_total", nil},
		{"nexus_aggregator_prove_seconds", []string{"stage", "wrap"}},
		{"nexus_aggregator_gas_per_inference", nil},
		{"nexus_l1_tx_gas_used_total", nil},
		{"nexus_l1_tx_fees_wei_total", nil},
		{"nexus_sequencer_proofs_total", []string{"result", "accepted"}},
		{"nexus_prover_proofs_total", []string{"result", "accepted"}},
	} {
		if v, ok := fams.Value(c.name, c.labels...); !ok || v <= 0 {
			t.Errorf("%s%v = %v (present %v), want > 0 after a settlement", c.name, c.labels, v, ok)
		}
	}
	if _, ok := fams.Value("nexus_txmgr_pending"); !ok {
		t.Error("no nexus_txmgr_pending")
	}
	c, err := rpc.DialContext(ctx, seqURL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var batches []*sequencer.BatchSummary
	if err := c.Call(&batches, "nexus_listBatches", 1, hexutil.Uint64(batch+1)); err != nil || len(batches) != 1 {
		t.Fatalf("nexus_listBatches before %d: %+v, %v", batch+1, batches, err)
	}
	b := batches[0]
	if b.Status != "settled" || b.Settlement == nil || b.Settlement.Tx == nil || b.Settlement.GasUsed == 0 ||
		b.Settlement.WrapMs == 0 || b.Inferences == 0 {
		t.Errorf("the explorer's batch %d: %+v %+v", batch, b, b.Settlement)
	}
}
