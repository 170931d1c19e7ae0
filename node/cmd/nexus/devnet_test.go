package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/nexus-rollup/nexus/internal/metrics"
)

// syncBuffer is a bytes.Buffer safe for the devnet goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestDevnet runs `nexus devnet` on its embedded L1 and follows the commands
// it prints: a deposit on L1 shows up as an L2 balance.
func TestDevnet(t *testing.T) {
	dir := t.TempDir()
	l1Addr, seqAddr := freeAddr(t), freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	out := new(syncBuffer)
	done := make(chan error, 1)
	go func() {
		app := newApp()
		app.Writer, app.ErrWriter = out, new(bytes.Buffer)
		app.ExitErrHandler = func(*cli.Context, error) {}
		done <- app.RunContext(ctx, []string{"nexus", "devnet", "--datadir", dir, "--devnet.l1-addr", l1Addr,
			"--devnet.block-time", "200ms", "--http.addr", seqAddr, "--batch.timeout", "300ms", "--log.level", "warn"})
	}()
	deadline := time.Now().Add(60 * time.Second)
	for !strings.Contains(out.String(), "Nexus devnet is running") {
		select {
		case err := <-done:
			t.Fatalf("devnet exited: %v\n%s", err, out.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("devnet did not start:\n%s", out.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	depPath := filepath.Join(dir, "devnet", "deployment.json")
	if !strings.Contains(out.String(), "nexus bridge deposit  --l1.rpc http://"+l1Addr) {
		t.Fatalf("next commands missing:\n%s", out.String())
	}
	// A second devnet on the same datadir is refused while this one runs.
	if _, err := run(t, "devnet", "--datadir", dir, "--devnet.l1-addr", freeAddr(t), "--http.addr", freeAddr(t)); err == nil ||
		!strings.Contains(err.Error(), "in use") {
		t.Fatalf("second devnet: %v", err)
	}

	seqURL := "http://" + seqAddr
	if o, err := run(t, "bridge", "deposit", "--l1.rpc", "http://"+l1Addr, "--deployment", depPath, "--key", devKey,
		"--amount", "2eth"); err != nil {
		t.Fatalf("deposit: %v\n%s", err, o)
	}
	for deadline = time.Now().Add(30 * time.Second); ; {
		o, err := run(t, "bridge", "balance", "--deployment", depPath, "--key", devKey, "--sequencer", seqURL)
		if err == nil && strings.Contains(o, "L2 balance  2000000000000000000 (token 0)") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("deposit never reached L2: %v\n%s", err, o)
		}
		time.Sleep(100 * time.Millisecond)
	}
	// The devnet's provers serve its demo model (id 1): a job with a
	// private MNIST input comes back proven, verified and classified.
	o, err := run(t, "job", "submit", "--deployment", depPath, "--key", devKey, "--sequencer", seqURL,
		"--model", "1", "--input", "mnist:0", "--wait", "90s")
	if err != nil || !strings.Contains(o, "fulfilled by prover") || !strings.Contains(o, "verified by the sequencer") {
		t.Fatalf("job submit --wait: %v\n%s", err, o)
	}
	t.Logf("nexus job submit --wait:\n%s", o)

	// A model registered on L1 under its verifying-key hash. The devnet's
	// sequencer serves the demo model only: it could verify no proof of
	// this one, so a job for it is refused at once rather than locked by a
	// prover that could never be paid for it.
	o, err = run(t, "model", "register", "--datadir", dir, "--l1.rpc", "http://"+l1Addr, "--deployment", depPath,
		"--key", devKey, "--fee", "10", "--uri", "devnet://mlp", "../../../prover/model/testdata/mlp.nxm")
	if err != nil || !strings.Contains(o, "registered as id 2 (vk hash 0x") {
		t.Fatalf("model register: %v\n%s", err, o)
	}
	o, err = run(t, "job", "submit", "--deployment", depPath, "--key", devKey, "--sequencer", seqURL,
		"--model", "2", "--input", "mnist:0", "--fee", "100000gwei")
	if err == nil || !strings.Contains(err.Error(), "model 2 is not served by this sequencer") {
		t.Fatalf("job for an unserved model: %v\n%s", err, o)
	}

	// A prover registers on L1; the stake reaches its L2 account.
	if o, err := run(t, "prover", "register", "--l1.rpc", "http://"+l1Addr, "--deployment", depPath, "--key", devKey,
		"--amount", "0.5eth"); err != nil || !strings.Contains(o, "registered true") {
		t.Fatalf("prover register: %v\n%s", err, o)
	}
	for deadline = time.Now().Add(30 * time.Second); ; {
		o, err := run(t, "account", "--deployment", depPath, "--key", devKey, "--sequencer", seqURL)
		if err == nil && strings.Contains(o, "stake       500000000000000000 wei") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("stake never reached L2: %v\n%s", err, o)
		}
		time.Sleep(100 * time.Millisecond)
	}
	// `nexus prover run --metrics.addr`: the prover's own /metrics counts
	// its work requests.
	proverMetrics := "http://" + freeAddr(t) + "/metrics"
	pctx, pcancel := context.WithCancel(ctx)
	pdone := make(chan error, 1)
	go func() {
		app := newApp()
		app.Writer, app.ErrWriter = new(syncBuffer), new(syncBuffer)
		app.ExitErrHandler = func(*cli.Context, error) {}
		pdone <- app.RunContext(pctx, []string{"nexus", "prover", "run", "--datadir", t.TempDir(), "--deployment", depPath,
			"--key", devKey, "--sequencer", seqURL, "--models", "1=" + filepath.Join(dir, "devnet", "models", "mnist-mlp.nxm"),
			"--workers", "1", "--log.level", "warn", "--metrics.addr", strings.TrimSuffix(strings.TrimPrefix(proverMetrics, "http://"), "/metrics")})
	}()
	for deadline = time.Now().Add(60 * time.Second); ; {
		fams, err := metrics.Scrape(ctx, proverMetrics)
		if v, ok := fams.Value("nexus_prover_work_requests_total", "result", "ok"); err == nil && ok && v >= 1 {
			if _, ok := fams.Value("process_resident_memory_bytes"); !ok {
				t.Error("the prover's /metrics has no process metrics")
			}
			break
		}
		select {
		case err := <-pdone:
			t.Fatalf("nexus prover run exited: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("nexus prover run's /metrics never counted a work request: %v", err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	pcancel()
	if err := <-pdone; err != nil {
		t.Fatalf("nexus prover run stopped with %v", err)
	}
	if o, err := run(t, "prover", "unstake", "--l1.rpc", "http://"+l1Addr, "--deployment", depPath, "--key", devKey); err != nil {
		t.Fatalf("prover unstake: %v\n%s", err, o)
	}
	// No settled batch has released the stake: the withdrawal is refused.
	if _, err := run(t, "prover", "withdraw", "--l1.rpc", "http://"+l1Addr, "--deployment", depPath, "--key", devKey); err == nil {
		t.Fatal("stake withdrawn before a settled batch released it")
	}

	c, err := rpc.Dial(seqURL)
	if err != nil {
		t.Fatal(err)
	}
	var b struct{ Number uint64 }
	if err := c.Call(&b, "nexus_getBatch", "latest"); err != nil || b.Number == 0 {
		t.Fatalf("no batch sealed: %v", err)
	}
	c.Close()

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("devnet stopped with %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("devnet did not stop")
	}
}

func TestDevnetPortTaken(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	_, err = run(t, "devnet", "--datadir", t.TempDir(), "--devnet.l1-addr", ln.Addr().String(), "--http.addr", freeAddr(t))
	if err == nil || !strings.Contains(err.Error(), "cannot listen") {
		t.Fatalf("want a clear error for a taken port, got %v", err)
	}
}

// TestDevnetDemo runs `nexus devnet --demo` without settlement: the demo
// account's MNIST jobs are proven by the in-process provers, verified by the
// sequencer and classified right.
func TestDevnetDemo(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	out := new(syncBuffer)
	done := make(chan error, 1)
	go func() {
		app := newApp()
		app.Writer, app.ErrWriter = out, new(bytes.Buffer)
		app.ExitErrHandler = func(*cli.Context, error) {}
		done <- app.RunContext(ctx, []string{"nexus", "devnet", "--datadir", dir, "--devnet.l1-addr", freeAddr(t),
			"--devnet.block-time", "200ms", "--http.addr", freeAddr(t), "--batch.timeout", "300ms", "--log.level", "warn",
			"--demo", "--devnet.settle=false"})
	}()
	deadline := time.Now().Add(2 * time.Minute)
	for _, want := range []string{
		"demo: job 1 submitted: held-out MNIST digit #0 (a 7)",
		"demo: job 1 proven by prover",
		"demo: job 2 proven by prover",
		"demo: job 3 submitted",
	} {
		for !strings.Contains(out.String(), want) {
			select {
			case err := <-done:
				t.Fatalf("devnet exited: %v\n%s", err, out.String())
			default:
			}
			if time.Now().After(deadline) {
				t.Fatalf("no %q in the devnet's output:\n%s", want, out.String())
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	if !strings.Contains(out.String(), "classified as 7 (right") || strings.Contains(out.String(), "rejected") {
		t.Fatalf("demo output:\n%s", out.String())
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("devnet stopped with %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("devnet did not stop")
	}
}

// TestDevnetDemoDuration runs `nexus devnet --demo --demo.duration`: the
// demo stops submitting after the duration, waits for its jobs, prints its
// summary and the devnet exits by itself, cleanly.
func TestDevnetDemoDuration(t *testing.T) {
	out := new(syncBuffer)
	app := newApp()
	app.Writer, app.ErrWriter = out, new(bytes.Buffer)
	app.ExitErrHandler = func(*cli.Context, error) {}
	done := make(chan error, 1)
	go func() {
		done <- app.RunContext(context.Background(), []string{"nexus", "devnet", "--datadir", t.TempDir(),
			"--devnet.l1-addr", freeAddr(t), "--devnet.block-time", "200ms", "--http.addr", freeAddr(t),
			"--batch.timeout", "300ms", "--log.level", "warn", "--demo", "--devnet.settle=false", "--demo.duration", "2s"})
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("devnet stopped with %v\n%s", err, out.String())
		}
	case <-time.After(3 * time.Minute):
		t.Fatalf("devnet did not stop by itself:\n%s", out.String())
	}
	got := out.String()
	i := strings.Index(got, "demo: done: ")
	if i < 0 {
		t.Fatalf("no summary in the devnet's output:\n%s", got)
	}
	var submitted, proven, cancelled int
	var d string
	if _, err := fmt.Sscanf(got[i:], "demo: done: %d jobs submitted in %s %d proven, settlement off, %d cancelled",
		&submitted, &d, &proven, &cancelled); err != nil {
		t.Fatalf("summary %q: %v", strings.SplitN(got[i:], "\n", 2)[0], err)
	}
	if submitted == 0 || proven+cancelled != submitted || cancelled != 0 {
		t.Fatalf("summary: %d submitted, %d proven, %d cancelled\n%s", submitted, proven, cancelled, got)
	}
	if n := strings.Count(got, " submitted: held-out MNIST digit"); n != submitted {
		t.Fatalf("summary says %d submitted, output shows %d", submitted, n)
	}
}

// TestDevnetServesJobsWhileKeysAreSetUp runs `nexus devnet --demo` with
// settlement on and an empty key cache, as on a fresh machine: the demo's
// jobs are proven while the settlement keys are still being set up in the
// background (their progress on stderr), and go-ethereum's own log lines
// stay off. A process of its own, killed at the end: a key setup in
// progress cannot be cancelled.
func TestDevnetServesJobsWhileKeysAreSetUp(t *testing.T) {
	dir := t.TempDir()
	var stdout, stderr syncBuffer
	cmd := exec.Command(os.Args[0], "devnet", "--datadir", dir, "--keys", filepath.Join(dir, "keys"),
		"--devnet.l1-addr", freeAddr(t), "--devnet.block-time", "200ms", "--http.addr", freeAddr(t),
		"--batch.timeout", "300ms", "--demo")
	cmd.Env = append(os.Environ(), "NEXUS_TEST_AS_CLI=1")
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-exited
	})
	deadline := time.Now().Add(2 * time.Minute)
	for _, want := range []string{
		"Nexus devnet is running",
		"devnet: setting up (or loading) the settlement keys",
		"demo: job 1 proven by prover",
		"demo: job 2 proven by prover",
	} {
		for !strings.Contains(stdout.String(), want) {
			select {
			case err := <-exited:
				t.Fatalf("devnet exited: %v\nstdout:\n%s\nstderr:\n%s", err, stdout.String(), stderr.String())
			default:
			}
			if time.Now().After(deadline) {
				t.Fatalf("no %q in the devnet's output:\nstdout:\n%s\nstderr:\n%s", want, stdout.String(), stderr.String())
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	if strings.Contains(stdout.String(), "settled on L1: ") || strings.Contains(stdout.String(), "settlement keys ready") {
		t.Fatalf("settled before its keys could exist:\n%s", stdout.String())
	}
	for !strings.Contains(stderr.String(), "setup: block(") {
		if time.Now().After(deadline) {
			t.Fatalf("no setup progress on stderr:\n%s", stderr.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	// go-ethereum's own lines (the embedded chain's banner, per-block and
	// per-call lines) are off by default.
	for _, quiet := range []string{"Started P2P networking", "Chain head was updated", "Served nexus_"} {
		if strings.Contains(stderr.String()+stdout.String(), quiet) {
			t.Errorf("go-ethereum line %q in the devnet's output", quiet)
		}
	}
}
