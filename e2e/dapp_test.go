//go:build e2e

package e2e

import (
	"context"
	"math/big"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/prover/model"
	"github.com/nexus-rollup/nexus/prover/model/demo"
)

// dappJob is an inference an L1 dApp requested: the example DigitClassifier
// (contracts/src/examples) asked to classify one held-out MNIST digit.
type dappJob struct {
	c      *chain
	app    *bindings.DigitClassifier
	rollup *bindings.NexusRollup
	jobID  uint32
	image  []byte
	label  int
}

// requestFromDApp deploys DigitClassifier for the devnet's demo model and
// has it request the classification of demo digit n, as a dApp user would:
// the image and the fee go to L1, the input commitment is computed on chain.
func requestFromDApp(t *testing.T, l1URL string, rollupAddr common.Address, modelID uint32, n int) *dappJob {
	t.Helper()
	client, err := ethclient.Dial(l1URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	c := &chain{name: "devnet L1", client: client}
	k0, _ := devKey(t, devKey0)
	addr, tx, app, err := bindings.DeployDigitClassifier(c.opts(t, k0), client, rollupAddr, modelID)
	c.mined(t, "deploy DigitClassifier", tx, err)
	r, err := bindings.NewNexusRollup(rollupAddr, client)
	if err != nil {
		t.Fatal(err)
	}
	j := &dappJob{c: c, app: app, rollup: r}
	j.image, j.label = demo.Digit(n)
	head, err := client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	o := c.opts(t, k0)
	o.Value = big.NewInt(1000 * params.GWei) // the demo model's fee
	tx, err = app.Classify(o, j.image, uint32(head.Time+3600))
	rc := c.mined(t, "DigitClassifier.classify", tx, err)
	for _, l := range rc.Logs {
		if ev, err := app.ParseRequested(*l); err == nil {
			j.jobID = ev.JobId
		}
	}
	if j.jobID == 0 {
		t.Fatal("DigitClassifier.classify emitted no Requested event")
	}
	t.Logf("L1 dApp %s requested job %d (digit %d, label %d): classify gas %d", addr, j.jobID, n, j.label, rc.GasUsed)
	return j
}

// waitProven waits until a settled batch has fulfilled the job on L1.
func (j *dappJob) waitProven(t *testing.T, d time.Duration) {
	t.Helper()
	deadline := time.Now().Add(d)
	for {
		res, err := j.rollup.InferenceResult(&bind.CallOpts{}, j.jobID)
		if err != nil {
			t.Fatal(err)
		}
		if res.Fulfilled {
			t.Logf("L1 job %d fulfilled on L1: output commitment %#x", j.jobID, res.OutputCommit)
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("L1 job %d not fulfilled on L1 within %s", j.jobID, d)
		}
		time.Sleep(5 * time.Second)
	}
}

// reveal opens the proven output on L1 with the opening `nexus job result`
// printed, and checks the digit DigitClassifier stores against the
// reference inference of the demo model.
func (j *dappJob) reveal(t *testing.T, result string) {
	t.Helper()
	field := func(name string) string {
		i := strings.Index(result, name)
		if i < 0 {
			t.Fatalf("nexus job result printed no %q:\n%s", name, result)
		}
		line := result[i+len(name):]
		return strings.TrimSpace(line[:strings.IndexByte(line, '\n')])
	}
	var out []int64
	for _, f := range strings.Fields(strings.Trim(field("output  "), "[]")) {
		v, err := strconv.ParseInt(f, 10, 64)
		if err != nil {
			t.Fatalf("nexus job result: output %q: %v", f, err)
		}
		out = append(out, v)
	}
	salt, ok := new(big.Int).SetString(strings.TrimPrefix(field("output salt"), "0x"), 16)
	if !ok {
		t.Fatalf("nexus job result: unreadable output salt:\n%s", result)
	}
	m, err := demo.Model()
	if err != nil {
		t.Fatal(err)
	}
	lo, _ := m.OutputRange()
	committed := make([]byte, len(out))
	for i, v := range out {
		committed[i] = byte(v - lo) // the committed form: one byte per class
	}
	k0, _ := devKey(t, devKey0)
	tx, err := j.app.Reveal(j.c.opts(t, k0), j.jobID, committed, salt)
	rc := j.c.mined(t, "DigitClassifier.reveal", tx, err)
	res, err := j.app.DigitOf(&bind.CallOpts{}, j.jobID)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := m.Run(j.image)
	if err != nil {
		t.Fatal(err)
	}
	if want := model.Argmax(ref); !res.Classified || int(res.Digit) != want {
		t.Fatalf("DigitClassifier.digitOf(%d) = %+v; the reference inference says %d", j.jobID, res, want)
	}
	t.Logf("L1 dApp read the proven result of job %d: digit %d (label %d), reveal gas %d", j.jobID, res.Digit, j.label, rc.GasUsed)
}
