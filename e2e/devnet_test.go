//go:build e2e

package e2e

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
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
// devnet --devnet.settle` at make e2e's block parameters (so it reuses the
// keys TestE2E_SettleOnL1 set up), a deposit through the CLI, its batch
// proven and settled on the embedded L1 by the in-process aggregator, and
// the balances read back through the CLI and cast. (Withdrawals and claims
// are TestE2E_SettleOnL1's: one more wrap proof here would cost 4 minutes
// of CI's budget.)
func TestE2E_DevnetSettles(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "nexus")
	build := exec.Command("go", "build", "-o", bin, "./node/cmd/nexus")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	l1Addr, httpAddr := freeAddr(t), freeAddr(t)
	p := e2eParams
	devnet := exec.Command(bin, "--datadir", filepath.Join(dir, "data"), "devnet", "--devnet.settle",
		"--keys", keyCache(), "--devnet.l1-addr", l1Addr, "--http.addr", httpAddr, "--batch.timeout", "2s",
		"--state.depths", fmt.Sprintf("%d/%d/%d/%d", p.State.AccountDepth, p.State.TokenDepth, p.State.JobDepth, p.State.ModelDepth),
		"--block.slots", fmt.Sprint(p.Slots), "--block.chunks", fmt.Sprint(p.Chunks), "--block.inferences", fmt.Sprint(p.Inferences))
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
	settled := out.waitFor(t, "batch 1 settled on L1", 30*time.Minute)
	t.Logf("devnet: %s", settled)
	bal := nexus(append([]string{"bridge", "balance", "--l1.rpc", l1, "--sequencer", seq}, user...)...)
	if !strings.Contains(bal, "L2 balance  1000000000000000000 (token 0)") {
		t.Fatalf("after the settled deposit, nexus bridge balance printed:\n%s", bal)
	}
	// L1 agrees: NexusRollup settled batch 1.
	cast := exec.Command(filepath.Join("..", "node_modules", ".bin", "cast"), "call", "--rpc-url", l1,
		readDeployment(t, dep), "lastBatchNumber()(uint64)")
	b, err := cast.CombinedOutput()
	if err != nil || strings.TrimSpace(string(b)) != "1" {
		t.Fatalf("cast call lastBatchNumber: %v: %s", err, b)
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
