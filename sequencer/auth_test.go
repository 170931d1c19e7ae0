package sequencer

import (
	"testing"
	"time"

	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/sequencer/proverapi"
)

// TestBadSignaturesDoNotTakeTheLock: while the sequencer's lock is held (a
// batch being sealed), badly signed prover requests are refused without
// waiting for it: signatures are checked outside the lock, so a flood of
// them cannot slow the other calls (RELIABILITY.md E.5). The 30 s bound is
// only how long the test waits for an answer.
func TestBadSignaturesDoNotTakeTheLock(t *testing.T) {
	f := newFixture(t)
	badAuth := func(a proverapi.Auth) proverapi.Auth {
		a.Sig = append([]byte(nil), a.Sig...)
		a.Sig[5] ^= 1
		return a
	}
	work := f.workRequest()
	work.Auth = badAuth(work.Auth)
	sub := f.submission(nil)
	sub.Auth = badAuth(sub.Auth)
	res := proverapi.ResultRequest{JobID: f.jobID}
	res.Auth = badAuth(f.auth(proverapi.MethodGetResult, f.reqID, f.requester, res.Body(), time.Minute))
	lock := &rollup.LockJob{Prover: f.proverID, JobID: f.jobID, LockDeadline: uint32(f.now.Unix() + 60)}
	rollup.Sign(lock, f.requester) // not the prover's key
	lockRaw, _ := rollup.MarshalOpJSON(lock)
	calls := map[string]func() error{
		"getWork":     func() error { _, err := f.api.GetWork(work); return err },
		"submitProof": func() error { _, err := f.api.SubmitProof(sub); return err },
		"getResult":   func() error { _, err := f.api.GetResult(res); return err },
		"lockJob":     func() error { _, err := f.api.LockJob(lockRaw); return err },
	}
	f.seq.mu.Lock()
	defer f.seq.mu.Unlock()
	for name, call := range calls {
		done := make(chan error, 1)
		go func() { done <- call() }()
		select {
		case err := <-done:
			wantErr(t, name, err, "", CodeUnauthorized)
		case <-time.After(30 * time.Second):
			t.Errorf("%s: a badly signed request waits for the sequencer's lock", name)
		}
	}
}
