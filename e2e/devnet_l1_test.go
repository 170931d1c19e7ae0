//go:build e2e

package e2e

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/nexus-rollup/nexus/internal/anviltest"
	"github.com/nexus-rollup/nexus/internal/dapptest"
	"github.com/nexus-rollup/nexus/prover/model/demo"
)

// TestE2E_DevnetL1ForDAppDevelopers runs the nexus binary's `nexus devnet
// --devnet.settle=false` (no circuit keys beyond the demo model's) and does
// on its L1 what an L1 dApp developer does, from outside the process
// (internal/dapptest): `cast send` with default fees and --legacy, `forge
// script --broadcast` of contracts/script/Classify.s.sol, whose
// DigitClassifier calls NexusRollup.requestInference, and WebSocket
// subscriptions to heads and to the request's log. The devnet's provers then
// prove the L1 job. On the embedded L1, then on anvil through --l1.rpc.
func TestE2E_DevnetL1ForDAppDevelopers(t *testing.T) {
	foundry := dapptest.NewFoundry(t)
	image, _ := demo.Digit(0)
	t.Run("embedded", func(t *testing.T) {
		d := startDevnet(t, "--devnet.settle=false")
		ws := "ws://" + strings.TrimPrefix(d.l1, "http://")
		d.out.waitFor(t, "(WebSocket: "+ws+")", time.Second)
		job := foundry.Run(t, dapptest.L1{Name: "embedded L1", HTTP: d.l1, WS: ws,
			Rollup: common.HexToAddress(readDeployment(t, d.dep)), Key: devKey0}, image)
		d.waitL1JobProven(job)
	})
	t.Run("anvil", func(t *testing.T) {
		url := anviltest.Start(t, "--block-time", "1", "--gas-limit", "60000000")
		d := startDevnet(t, "--devnet.settle=false", "--l1.rpc", url)
		job := foundry.Run(t, dapptest.L1{Name: "anvil", HTTP: url, WS: "ws://" + strings.TrimPrefix(url, "http://"),
			Rollup: common.HexToAddress(readDeployment(t, d.dep)), Key: devKey0}, image)
		d.waitL1JobProven(job)
	})
}

// waitL1JobProven waits until a prover's proof of the L1 job is verified by
// the sequencer, as `nexus job status` and `nexus job result` show it.
func (d *devnet) waitL1JobProven(job uint32) {
	t := d.t
	t.Helper()
	id := strconv.FormatUint(uint64(job), 10)
	for deadline := time.Now().Add(5 * time.Minute); ; {
		o, err := d.try("job", "status", "--sequencer", d.seq, id)
		if err == nil && strings.HasPrefix(o, "job "+id+": fulfilled") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("L1 job %d was not proven: %v\n%s", job, err, o)
		}
		time.Sleep(time.Second)
	}
	if o := d.nexus("job", "result", "--sequencer", d.seq, "--deployment", d.dep, "--key", devKey0, id); !strings.Contains(o,
		"verified by the sequencer") {
		t.Fatalf("nexus job result %d:\n%s", job, o)
	}
}
