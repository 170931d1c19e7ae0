package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/nexus-rollup/nexus/internal/anviltest"
	"github.com/nexus-rollup/nexus/internal/dapptest"
	"github.com/nexus-rollup/nexus/l1/deploy"
	"github.com/nexus-rollup/nexus/prover/model/demo"
)

// TestDevnetL1ForDAppDevelopers does on the devnet's L1 what an L1 dApp
// developer does (internal/dapptest): `cast send` with default fees, legacy
// too, `forge script --broadcast` of DigitClassifier asking NexusRollup for
// an inference, and WebSocket subscriptions to heads and to the request's
// log; the devnet's provers then prove the L1 job. On the embedded L1, and
// on anvil through --l1.rpc.
func TestDevnetL1ForDAppDevelopers(t *testing.T) {
	foundry := dapptest.NewFoundry(t)
	image, label := demo.Digit(0)
	t.Run("embedded", func(t *testing.T) {
		l1Addr := freeAddr(t)
		d := startDevnetInProcess(t, "--devnet.l1-addr", l1Addr)
		if !strings.Contains(d.out.String(), "(WebSocket: ws://"+l1Addr+")") {
			t.Fatalf("the banner does not show the L1's WebSocket endpoint:\n%s", d.out.String())
		}
		job := foundry.Run(t, dapptest.L1{Name: "embedded L1", HTTP: "http://" + l1Addr, WS: "ws://" + l1Addr,
			Rollup: d.dep.NexusRollup, Key: devKey}, image)
		d.waitFulfilled(t, job, label)
	})
	t.Run("anvil", func(t *testing.T) {
		url := anviltest.Start(t, "--block-time", "1", "--gas-limit", "60000000")
		d := startDevnetInProcess(t, "--l1.rpc", url)
		job := foundry.Run(t, dapptest.L1{Name: "anvil", HTTP: url, WS: "ws://" + strings.TrimPrefix(url, "http://"),
			Rollup: d.dep.NexusRollup, Key: devKey}, image)
		d.waitFulfilled(t, job, label)
	})
}

// inProcessDevnet is `nexus devnet` without settlement, run in the test's
// process until the test ends.
type inProcessDevnet struct {
	out     *syncBuffer
	seq     string
	depPath string
	dep     *deploy.Deployment
}

func startDevnetInProcess(t *testing.T, args ...string) *inProcessDevnet {
	t.Helper()
	dir := t.TempDir()
	seqAddr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	d := &inProcessDevnet{out: new(syncBuffer), seq: "http://" + seqAddr}
	done := make(chan error, 1)
	go func() {
		app := newApp()
		app.Writer, app.ErrWriter = d.out, new(bytes.Buffer)
		app.ExitErrHandler = func(*cli.Context, error) {}
		done <- app.RunContext(ctx, append([]string{"nexus", "devnet", "--datadir", dir, "--devnet.block-time", "200ms",
			"--http.addr", seqAddr, "--batch.timeout", "300ms", "--log.level", "warn", "--devnet.settle=false"}, args...))
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("devnet stopped with %v", err)
			}
		case <-time.After(30 * time.Second):
			t.Error("devnet did not stop")
		}
	})
	for deadline := time.Now().Add(3 * time.Minute); !strings.Contains(d.out.String(), "Nexus devnet is running"); {
		select {
		case err := <-done:
			done <- err
			t.Fatalf("devnet exited: %v\n%s", err, d.out.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("devnet did not start:\n%s", d.out.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	d.depPath = filepath.Join(dir, "devnet", "deployment.json")
	dep, err := deploy.Read(d.depPath)
	if err != nil {
		t.Fatal(err)
	}
	d.dep = dep
	return d
}

// waitFulfilled waits until an in-process prover has proven the L1 job and
// the sequencer has verified the proof; the result is public (L1 jobs'
// are), so the dev key's account reads it.
func (d *inProcessDevnet) waitFulfilled(t *testing.T, job uint32, label int) {
	t.Helper()
	id := strconv.FormatUint(uint64(job), 10)
	var o string
	var err error
	for deadline := time.Now().Add(3 * time.Minute); ; {
		o, err = run(t, "job", "status", "--sequencer", d.seq, id)
		if err == nil && strings.HasPrefix(o, "job "+id+": fulfilled") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("L1 job %d was not proven: %v\n%s", job, err, o)
		}
		time.Sleep(200 * time.Millisecond)
	}
	o, err = run(t, "job", "result", "--sequencer", d.seq, "--deployment", d.depPath, "--key", devKey, id)
	if err != nil || !strings.Contains(o, "verified by the sequencer") {
		t.Fatalf("nexus job result %d: %v\n%s", job, err, o)
	}
	t.Logf("L1 job %d (an image of a %d) proven by the devnet's provers:\n%s", job, label,
		strings.Join(strings.SplitN(o, "\n", 3)[:2], "\n"))
}
