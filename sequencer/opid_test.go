package sequencer

import (
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/nexus-rollup/nexus/rollup"
)

// TestOpIDsAreRollupOpID: every id the sequencer hands out or stores for an
// op is rollup.OpID of it: SendOp's answer and mempool key, a SubmitJob's
// answer and job record, a proof's answer and record.
func TestOpIDsAreRollupOpID(t *testing.T) {
	f := newFixture(t)
	opID := func(op rollup.Op) common.Hash {
		t.Helper()
		id, err := rollup.OpID(op)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}

	op := f.transferOp()
	raw, _ := rollup.MarshalOpJSON(op)
	id, err := f.api.SendOp(raw)
	if err != nil {
		t.Fatal(err)
	}
	if id != opID(op) || !f.seq.pool.Has(id) {
		t.Fatalf("SendOp answered %x, rollup.OpID is %x (in the mempool: %v)", id, opID(op), f.seq.pool.Has(id))
	}

	job, sid := f.submitPending([]byte{1, 2, 3}, 1000, f.now.Unix()+3600)
	found := false
	for _, e := range f.seq.pool.Pending(100) {
		if sj, ok := e.Op.(*rollup.SubmitJob); ok && sj.JobID == job {
			found = true
			if e.ID != opID(sj) || e.ID != common.Hash(sid) {
				t.Errorf("SubmitJob: mempool id %x, answer %x, rollup.OpID %x", e.ID, sid, opID(sj))
			}
		}
	}
	if !found {
		t.Fatal("the SubmitJob is not in the mempool")
	}
	var d jobData
	if raw, err := f.seq.db.Get(jobDataKey(job)); err != nil || json.Unmarshal(raw, &d) != nil {
		t.Fatalf("job record: %v", err)
	}
	if d.OpID != common.Hash(sid) {
		t.Errorf("job record names op %x, the SubmitJob is %x", d.OpID, sid)
	}

	item := f.offered(f.jobID)
	if item == nil {
		t.Fatal("the fixture's job is not offered")
	}
	if _, err := f.api.LockJob(f.lockOp(f.proverID, f.prover, f.jobID, int64(item.LockDeadline))); err != nil {
		t.Fatal(err)
	}
	sub := f.submission(nil)
	pid, err := f.api.SubmitProof(sub)
	if err != nil {
		t.Fatal(err)
	}
	fulfil, err := rollup.UnmarshalOpJSON(sub.Op)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := f.seq.StoredProof(f.jobID)
	if err != nil {
		t.Fatal(err)
	}
	if pid != opID(fulfil) || rec.OpID != pid {
		t.Errorf("FulfillJob: answer %x, record %x, rollup.OpID %x", pid, rec.OpID, opID(fulfil))
	}
}
