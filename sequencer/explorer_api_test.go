package sequencer

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// TestExplorerMethods follows a job from submission to a settled batch
// through the explorer's methods.
func TestExplorerMethods(t *testing.T) {
	f := newFixture(t)
	a := f.api
	work, err := a.GetWork(f.workRequest())
	if err != nil || len(work.Items) != 1 {
		t.Fatalf("getWork: %+v, %v", work, err)
	}
	if _, err := a.LockJob(f.lockOp(f.proverID, f.prover, f.jobID, int64(work.Items[0].LockDeadline))); err != nil {
		t.Fatal(err)
	}
	if _, err := a.SubmitProof(f.submission(nil)); err != nil {
		t.Fatal(err)
	}
	f.seal()

	batches, err := a.ListBatches(10, nil)
	if err != nil || len(batches) != 3 {
		t.Fatalf("listBatches: %d batches, %v", len(batches), err)
	}
	b := batches[0]
	if b.Number != 3 || b.Inferences != 1 || b.Ops != 2 || b.Status != "sealed" || len(b.Jobs) != 2 ||
		b.Jobs[0].Op != "LockJob" || b.Jobs[1].Op != "FulfillJob" || b.Jobs[1].Model != 1 || b.Jobs[1].Prover != f.proverID {
		t.Fatalf("batch 3: %+v", b)
	}
	if batches[1].Jobs[0].Op != "SubmitJob" || batches[2].OpsByType["Deposit"] != 1 {
		t.Fatalf("batches 2 and 1: %+v %+v", batches[1], batches[2])
	}
	two := hexutil.Uint64(2)
	if older, err := a.ListBatches(5, &two); err != nil || len(older) != 1 || older[0].Number != 1 {
		t.Fatalf("listBatches before 2: %+v, %v", older, err)
	}

	tx := common.Hash{9}
	f.seq.SetSettlement(2, SettlementInfo{Stage: "proving"})
	f.seq.SetSettlement(3, SettlementInfo{Stage: "submitting"})
	batches, _ = a.ListBatches(2, nil)
	if batches[0].Status != "submitting" || batches[1].Status != "proving" {
		t.Fatalf("statuses while proving: %s, %s", batches[0].Status, batches[1].Status)
	}
	f.seq.SetSettlement(3, SettlementInfo{Stage: "settled", Tx: &tx, GasUsed: 500_000, Inferences: 1, SettledAt: 1})
	batches, _ = a.ListBatches(3, nil)
	for _, b := range batches {
		if b.Status != "settled" {
			t.Errorf("batch %d: status %s after batch 3 settled", b.Number, b.Status)
		}
	}
	if batches[0].Settlement == nil || batches[0].Settlement.GasUsed != 500_000 {
		t.Errorf("batch 3 settlement: %+v", batches[0].Settlement)
	}

	jobs, err := a.ListJobs(10)
	if err != nil || len(jobs) != 1 {
		t.Fatalf("listJobs: %+v, %v", jobs, err)
	}
	j := jobs[0]
	if j.ID != f.jobID || j.Status != "fulfilled" || j.SubmitBatch != 2 || j.LockBatch != 3 || j.FulfillBatch != 3 ||
		!j.Settled || j.Prover != uint64(f.proverID) || j.SubmittedAt == 0 || j.ProvenAt < j.SubmittedAt || j.L1 {
		t.Fatalf("job: %+v", j)
	}

	provers, err := a.ListProvers()
	if err != nil || len(provers) != 1 || provers[0].Account != f.proverID || provers[0].Fulfilled != 1 ||
		provers[0].Stake.ToInt().Sign() <= 0 || provers[0].LastSeen == 0 {
		t.Fatalf("listProvers: %+v, %v", provers, err)
	}
	models, err := a.ListModels()
	if err != nil || len(models) != 1 || models[0].ID != 1 || models[0].FeeGwei != 10 || models[0].JobsServed != 1 {
		t.Fatalf("listModels: %+v, %v", models, err)
	}
	// A batch counted by the first scan is not counted again when its
	// sealing reports it (a seal racing the scan).
	sum, _ := f.seq.summary(3)
	f.seq.explorer.countServed(3, sum)
	if models, _ = a.ListModels(); models[0].JobsServed != 1 {
		t.Fatalf("jobs served after a repeated count: %d", models[0].JobsServed)
	}
	st, err := a.GetExplorerStatus()
	if err != nil || st.LastBatch != 3 || st.LastSettled != 3 || st.ProversSeen != 1 {
		t.Fatalf("status: %+v, %v", st, err)
	}
}

// TestExplorerParams: out-of-range params get invalid-params errors.
func TestExplorerParams(t *testing.T) {
	f := newFixture(t)
	a := f.api
	big := hexutil.Uint64(99)
	zero := hexutil.Uint64(0)
	for _, c := range []struct {
		name string
		call func() error
		want string
	}{
		{"batches count 0", func() error { _, err := a.ListBatches(0, nil); return err }, "count must be 1..64"},
		{"batches count 65", func() error { _, err := a.ListBatches(MaxListBatches+1, nil); return err }, "count must be 1..64"},
		{"batches before past the next", func() error { _, err := a.ListBatches(1, &big); return err }, "past the next batch"},
		{"batches before 0 is latest", func() error { _, err := a.ListBatches(1, &zero); return err }, ""},
		{"jobs count 0", func() error { _, err := a.ListJobs(0); return err }, "count must be 1..128"},
		{"jobs count 129", func() error { _, err := a.ListJobs(MaxListJobs + 1); return err }, "count must be 1..128"},
		{"jobs count max", func() error { _, err := a.ListJobs(MaxListJobs); return err }, ""},
	} {
		err := c.call()
		if c.want == "" {
			if err != nil {
				t.Errorf("%s: %v", c.name, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), c.want) || !isInvalid(err) {
			t.Errorf("%s: %v, want invalid params %q", c.name, err, c.want)
		}
	}
}

// TestServerServesExplorer: the page is on the RPC's address, under the
// same connection limits; the RPC is unchanged beside it.
func TestServerServesExplorer(t *testing.T) {
	f := newFixture(t)
	srv, err := Listen("127.0.0.1:0", f.api, ServerConfig{RateLimit: 1, RateBurst: 3})
	if err != nil {
		t.Fatal(err)
	}
	srv.Start(context.Background())
	defer srv.Stop(context.Background())
	c := &http.Client{Transport: &http.Transport{MaxConnsPerHost: 1}}
	statuses := []int{}
	for range 5 {
		resp, err := c.Get("http://" + srv.Addr() + "/explorer/")
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		statuses = append(statuses, resp.StatusCode)
	}
	if statuses[0] != http.StatusOK || statuses[4] != http.StatusTooManyRequests {
		t.Fatalf("GET /explorer/ five times on one connection at 1/s, burst 3: %v", statuses)
	}
}
