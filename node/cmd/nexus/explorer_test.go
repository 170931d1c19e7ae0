package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/urfave/cli/v2"

	"github.com/nexus-rollup/nexus/internal/metrics"
)

// chromium finds a Chromium to drive: $NEXUS_CHROMIUM, else Debian's
// chromium (make setup installs it) or another Chrome on PATH.
func chromium(t *testing.T) string {
	if p := chromiumPath(); p != "" {
		return p
	}
	t.Skip("no Chromium on PATH (make setup installs Debian's chromium; or set NEXUS_CHROMIUM): the explorer's browser test needs one")
	return ""
}

func chromiumPath() string {
	if p := os.Getenv("NEXUS_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestExplorerInBrowser runs `nexus devnet` (no settlement: no wrap keys),
// submits a job as a user would, and opens the explorer in headless
// Chromium: the page lists the job's batch and the job, proven, shows a
// batch sealed after it loaded without a reload (the newBatches
// subscription), and logs no console error. It scrapes the devnet's
// /metrics too. The screenshot goes to build/explorer.png.
func TestExplorerInBrowser(t *testing.T) {
	browser := chromium(t)
	dir := t.TempDir()
	l1Addr, seqAddr, metricsAddr := freeAddr(t), freeAddr(t), freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := new(syncBuffer)
	done := make(chan error, 1)
	go func() {
		app := newApp()
		app.Writer, app.ErrWriter = out, new(bytes.Buffer)
		app.ExitErrHandler = func(*cli.Context, error) {}
		done <- app.RunContext(ctx, []string{"nexus", "devnet", "--datadir", dir, "--devnet.l1-addr", l1Addr,
			"--devnet.block-time", "200ms", "--http.addr", seqAddr, "--batch.timeout", "300ms", "--log.level", "warn",
			"--devnet.settle=false", "--metrics.addr", metricsAddr})
	}()
	waitFor := func(what string, d time.Duration, ok func() bool) {
		t.Helper()
		for deadline := time.Now().Add(d); !ok(); time.Sleep(50 * time.Millisecond) {
			select {
			case err := <-done:
				t.Fatalf("devnet exited: %v\n%s", err, out.String())
			default:
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: timed out\n%s", what, out.String())
			}
		}
	}
	waitFor("devnet start", 90*time.Second, func() bool { return strings.Contains(out.String(), "Nexus devnet is running") })
	page := "http://" + seqAddr + "/explorer/"
	banner := out.String()[strings.Index(out.String(), "Nexus devnet is running"):]
	if first := strings.Fields(strings.SplitN(banner, "\n", 4)[2]); len(first) < 2 || first[0] != "explorer" || first[1] != page {
		t.Fatalf("the banner's first endpoint is not the explorer %s:\n%s", page, banner)
	}

	depPath := filepath.Join(dir, "devnet", "deployment.json")
	seqURL := "http://" + seqAddr
	submit := func(input string) uint32 {
		t.Helper()
		o, err := run(t, "job", "submit", "--deployment", depPath, "--key", devKey, "--sequencer", seqURL,
			"--model", "1", "--input", input, "--wait", "90s")
		if err != nil || !strings.Contains(o, "verified by the sequencer") {
			t.Fatalf("job submit: %v\n%s", err, o)
		}
		var id uint32
		m := regexp.MustCompile(`job (\d+) submitted`).FindStringSubmatch(o)
		if m == nil {
			t.Fatalf("no job id in:\n%s", o)
		}
		fmt.Sscan(m[1], &id)
		return id
	}
	if o, err := run(t, "bridge", "deposit", "--l1.rpc", "http://"+l1Addr, "--deployment", depPath, "--key", devKey,
		"--amount", "1eth"); err != nil {
		t.Fatalf("deposit: %v\n%s", err, o)
	}
	waitFor("deposit on L2", 30*time.Second, func() bool {
		o, err := run(t, "bridge", "balance", "--deployment", depPath, "--key", devKey, "--sequencer", seqURL)
		return err == nil && strings.Contains(o, "L2 balance  1")
	})
	job := submit("mnist:3")

	b := openBrowser(t, ctx, browser)
	tctx := b.ctx
	jobRow := fmt.Sprintf(`#jobs tr[data-job="%d"]`, job)
	attr := func(sel, name string) string {
		t.Helper()
		r, err := chromedp.Run(tctx, chromedp.AttributeValue(chromedp.CSS(sel), name))
		if err != nil {
			t.Fatalf("%s[%s]: %v", sel, name, err)
		}
		return r.Value
	}
	count := func(sel string) int {
		t.Helper()
		n, err := chromedp.Run(tctx, chromedp.Evaluate[int](`document.querySelectorAll(`+"`"+sel+"`"+`).length`))
		if err != nil {
			t.Fatalf("counting %s: %v", sel, err)
		}
		return n
	}
	if err := chromedp.Do(tctx, chromedp.Navigate(page),
		chromedp.WaitVisible(chromedp.CSS(jobRow+`[data-status="fulfilled"]`))); err != nil {
		t.Fatalf("the explorer never showed job %d fulfilled: %v", job, err)
	}
	jobText, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS(jobRow)))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("job row: %s", jobText)
	if state := attr("#conn", "data-state"); state != "live" {
		t.Errorf("connection state %q, want live (WebSocket subscription)", state)
	}
	// The batches that hold the job's steps are listed.
	if n := count(`#batches tr[data-batch]`); n == 0 {
		t.Fatal("no batch rows")
	}
	lastBefore := attr("body", "data-last-batch")

	// A second job seals new batches: the page shows them without a reload.
	job2 := submit("mnist:5")
	if err := chromedp.Do(tctx, chromedp.WaitVisible(chromedp.CSS(
		fmt.Sprintf(`#jobs tr[data-job="%d"][data-status="fulfilled"]`, job2)))); err != nil {
		t.Fatalf("the explorer did not show job %d live: %v", job2, err)
	}
	updates, lastAfter := attr("body", "data-updates"), attr("body", "data-last-batch")
	if updates == "" || updates == "0" || lastAfter == lastBefore {
		t.Errorf("no live update: %q newBatches notifications, last batch %s then %s", updates, lastBefore, lastAfter)
	}
	t.Logf("live: %s newBatches notifications; last batch %s when loaded, %s after the second job", updates, lastBefore, lastAfter)
	if m, p := count(`#models tr[data-model]`), count(`#provers tr[data-prover]`); m != 1 || p != 2 {
		t.Errorf("%d model rows, %d prover rows; want the demo model and the devnet's 2 provers", m, p)
	}
	if name, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS(`#models tr[data-model="1"] td:nth-child(2)`))); err != nil ||
		strings.TrimSpace(name) == "" || name == "—" {
		t.Errorf("model 1 has no name on the page: %q, %v", name, err)
	}
	b.screenshot(t, "explorer.png")
	b.checkConsole(t)

	// The devnet's /metrics: the sequencer's and its provers' view of the same jobs.
	fams, err := metrics.Scrape(ctx, "http://"+metricsAddr+"/metrics")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		labels []string
		min    float64
	}{
		{"nexus_sequencer_ops_admitted_total", []string{"op", "SubmitJob"}, 2},
		// A prover locks its first job of a model and fulfils the next
		// ones directly, within the offer (docs/prover-api.md).
		{"nexus_sequencer_ops_admitted_total", []string{"op", "LockJob"}, 1},
		{"nexus_sequencer_proofs_total", []string{"result", "accepted"}, 2},
		{"nexus_sequencer_job_latency_seconds", []string{"step", "offer_to_lock"}, 1},
		{"nexus_sequencer_job_latency_seconds", []string{"step", "lock_to_proof"}, 1},
		{"nexus_sequencer_job_latency_seconds", []string{"step", "submit_to_proof"}, 2},
		{"nexus_sequencer_job_events_total", []string{"event", "fulfilled"}, 2},
		{"nexus_prover_proofs_total", []string{"result", "accepted"}, 2},
		{"nexus_prover_prove_seconds", []string{"model", "1"}, 2},
		{"nexus_prover_jobs_locked_total", nil, 1},
		{"nexus_watcher_priority_ops", nil, 1},
		{"process_resident_memory_bytes", nil, 1},
	} {
		if v, ok := fams.Value(c.name, c.labels...); !ok || v < c.min {
			t.Errorf("%s%v = %v (present %v), want at least %v", c.name, c.labels, v, ok, c.min)
		}
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

// browser is a headless Chromium tab that records every console error and
// uncaught exception of its pages.
type browser struct {
	ctx    context.Context
	mu     sync.Mutex
	errors []string
}

// openBrowser starts headless Chromium at path; it stops with the test.
func openBrowser(t *testing.T, ctx context.Context, path string) *browser {
	actx, acancel := chromedp.NewExecAllocator(ctx, append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.Headless, chromedp.DisableGPU,
		chromedp.WindowSize(1400, 1000))...)
	t.Cleanup(acancel)
	b := &browser{}
	bctx, bcancel := chromedp.NewContext(actx, chromedp.WithListener(b.record))
	t.Cleanup(bcancel)
	tctx, tcancel := context.WithTimeout(bctx, 2*time.Minute)
	t.Cleanup(tcancel)
	b.ctx = tctx
	return b
}

func (b *browser) record(ev any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch e := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeAssert {
			var args []string
			for _, a := range e.Args {
				args = append(args, string(a.Value)+a.Description)
			}
			b.errors = append(b.errors, "console."+string(e.Type)+": "+strings.Join(args, " "))
		}
	case *runtime.EventExceptionThrown:
		d := e.ExceptionDetails
		msg := d.Text
		if d.Exception != nil {
			msg += " " + d.Exception.Description
		}
		b.errors = append(b.errors, fmt.Sprintf("exception at %s:%d: %s", d.URL, d.LineNumber, msg))
	}
}

// checkConsole fails the test for every console error the pages logged.
func (b *browser) checkConsole(t *testing.T) {
	t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.errors) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(b.errors, "\n"))
	}
}

// screenshot writes the page to build/<name>.
func (b *browser) screenshot(t *testing.T, name string) {
	t.Helper()
	shot, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	path, _ := filepath.Abs(filepath.Join("../../../build", name))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", path, len(shot))
}
