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
	"syscall"
	"testing"
	"time"
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

func collect(r io.Reader, echo io.Writer) *lines {
	l := &lines{wake: make(chan struct{}, 1)}
	go func() {
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			fmt.Fprintln(echo, "devnet| "+sc.Text())
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

// TestE2E_DevnetSettles runs the nexus binary as a user would: `nexus
// devnet --demo` at its default shape (make e2e's, so it reuses the keys
// TestE2E_SettleOnL1 set up). The devnet registers the demo model, stakes
// its two in-process provers and submits MNIST jobs; the provers prove them,
// the sequencer verifies the proofs, and the in-process aggregator proves
// and settles the batches on the embedded L1 until one with inferences has
// settled. Meanwhile a user deposits through the CLI; the balances are read
// back through the CLI and L1 through cast. (Withdrawals and claims are
// TestE2E_SettleOnL1's: every wrap proof costs CI minutes.)
func TestE2E_DevnetSettles(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "nexus")
	build := exec.Command("go", "build", "-o", bin, "./node/cmd/nexus")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	l1Addr, httpAddr := freeAddr(t), freeAddr(t)
	devnet := exec.Command(bin, "--datadir", filepath.Join(dir, "data"), "devnet", "--demo",
		"--keys", keyCache(), "--devnet.l1-addr", l1Addr, "--http.addr", httpAddr, "--batch.timeout", "2s")
	stdout, err := devnet.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	devnet.Stderr = os.Stderr
	if err := devnet.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- devnet.Wait() }()
	defer func() {
		devnet.Process.Signal(syscall.SIGINT)
		select {
		case <-exited:
		case <-time.After(30 * time.Second):
			devnet.Process.Kill()
		}
	}()
	out := collect(stdout, os.Stderr)
	out.waitFor(t, "Nexus devnet is running", 75*time.Minute)
	dep := filepath.Join(dir, "data", "devnet", "deployment.json")
	l1, seq := "http://"+l1Addr, "http://"+httpAddr

	nexus := func(args ...string) string {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, bin, append([]string{"--datadir", filepath.Join(dir, "user")}, args...)...)
		b, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("nexus %s: %v\n%s", strings.Join(args, " "), err, b)
		}
		t.Logf("nexus %s:\n%s", args[0]+" "+args[1], b)
		return string(b)
	}
	user := []string{"--deployment", dep, "--key", devKey0}
	nexus(append([]string{"bridge", "deposit", "--l1.rpc", l1, "--amount", "1eth"}, user...)...)

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
