//go:build abuse

package sequencer

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/big"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nexus-rollup/nexus/prover/statement"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/state"
)

// The abuse suite (make abuse): issue 14's attacks on a sequencer served
// over loopback HTTP and WebSocket, each in a bounded loop, then the
// honest prover's job must complete with its stake intact, nothing sent
// honestly may be lost, and the process's memory must stay under a cap.
// In process (the fixture's sequencer, a stub proof verifier): no L1 and no
// circuit keys are needed, so it runs in seconds anywhere. Each subtest is
// named by the finding of issue 14 it covers (1 inputs replaced, 2 wrong
// sizes, 3 statuses on re-send, 4 batch/response/WebSocket size, 5 wrong
// nonces, 6 nextJobID, 7 re-send after rejection, 8 bad signatures, 9
// trickling bodies, 10 earliest and empty POST). The same classes against
// real processes (anvil, nexus sequencer, nexus prover run with real
// proofs, a SIGKILL of the sequencer) are e2e/abuse_test.go's
// TestAbuse_Processes; make abuse runs both.

const (
	abuseRequests = 2000      // per flood
	rssCapKiB     = 512 << 10 // 512 MiB for the whole test process
)

func vmRSS(t *testing.T) int {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		t.Skip("no /proc: cannot read VmRSS")
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if v, ok := strings.CutPrefix(s.Text(), "VmRSS:"); ok {
			n, _ := strconv.Atoi(strings.Fields(v)[0])
			return n
		}
	}
	return 0
}

func TestAbuse(t *testing.T) {
	f := newFixture(t)
	srv := serve(t, f, ServerConfig{RateLimit: 1e6, RateBurst: 1e6, ReadHeaderTimeout: time.Second,
		ReadTimeout: 2 * time.Second, IdleTimeout: 2 * time.Second})
	url := "http://" + srv.Addr()
	client, err := rpc.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	peak := vmRSS(t)
	track := func() {
		if r := vmRSS(t); r > peak {
			peak = r
		}
	}
	st, _ := f.seq.committed()
	job, _ := st.Job(mustLeaf(t, f))
	origCommit := job.InputCommit

	t.Run("1 replace another job's input", func(t *testing.T) {
		for i := range 50 {
			salt, _ := statement.RandomSalt()
			input := []byte{9, 9, byte(i)}
			op := &rollup.SubmitJob{Requester: f.proverID, JobID: f.jobID, ModelID: 1, InputCommit: statement.Commit(input, salt),
				FeeGwei: 1000, Deadline: uint32(f.now.Unix() + 3600), Nonce: 0}
			rollup.Sign(op, f.prover)
			raw, _ := rollup.MarshalOpJSON(op)
			sb := salt.Bytes()
			f.api.SubmitJob(raw, input, sb[:])
		}
		f.seal()
		work, err := f.api.GetWork(f.workRequest())
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range work.Items {
			if it.JobID == f.jobID && string(it.Input) != string([]byte{1, 2, 3}) {
				t.Errorf("the prover is offered input %x for job %d, not its requester's", it.Input, f.jobID)
			}
		}
	})
	t.Run("2 wrong-size inputs", func(t *testing.T) {
		for _, n := range []int{1, 2, 4, 100} {
			id, _ := f.api.NextJobID()
			input := make([]byte, n)
			salt, _ := statement.RandomSalt()
			op := &rollup.SubmitJob{Requester: f.reqID, JobID: id, ModelID: 1, InputCommit: statement.Commit(input, salt),
				FeeGwei: 1000, Deadline: uint32(f.now.Unix() + 3600), Nonce: f.nextNonce(f.reqID)}
			rollup.Sign(op, f.requester)
			raw, _ := rollup.MarshalOpJSON(op)
			sb := salt.Bytes()
			if _, err := f.api.SubmitJob(raw, input, sb[:]); err == nil {
				t.Errorf("a %d-byte input for a 3-byte model was accepted", n)
			}
		}
	})
	t.Run("4 batch, response and WebSocket size", func(t *testing.T) {
		before := vmRSS(t)
		big := batchOf(3000, "nexus_getBatch") // ~124 KB of calls
		for range 20 {
			_, out := post(t, srv, big)
			if answered(t, out) != 0 {
				t.Fatal("a 3000-call batch was served")
			}
			if out := wsRoundTrip(t, wsDial(t, srv), big); out != nil && answered(t, out) != 0 {
				t.Fatal("a 3000-call batch was served over WebSocket")
			}
		}
		track()
		t.Logf("RSS %d KiB -> %d KiB", before, vmRSS(t))
	})
	t.Run("6 nextJobID flood", func(t *testing.T) {
		first, _ := f.api.NextJobID()
		for range abuseRequests {
			var id uint32
			if err := client.Call(&id, "nexus_nextJobID"); err != nil {
				t.Fatal(err)
			}
		}
		if again, _ := f.api.NextJobID(); again != first {
			t.Errorf("nextJobID burnt ids: %d then %d", first, again)
		}
	})
	t.Run("5 wrong-nonce flood", func(t *testing.T) {
		n := f.seq.pool.Len()
		for i := range abuseRequests {
			op := &rollup.Transfer{From: f.reqID, To: f.reqID, Amount: big.NewInt(1), Nonce: uint64(1000 + i)}
			rollup.Sign(op, f.requester)
			raw, _ := rollup.MarshalOpJSON(op)
			var id common.Hash
			client.Call(&id, "nexus_sendOp", json.RawMessage(raw))
		}
		if got := f.seq.pool.Len(); got != n {
			t.Errorf("the mempool grew from %d to %d ops that can never apply", n, got)
		}
	})
	t.Run("7 re-send a rejected op", func(t *testing.T) {
		op := &rollup.Transfer{From: f.reqID, To: f.reqID, Amount: new(big.Int).Lsh(big.NewInt(1), 100), Nonce: f.nextNonce(f.reqID)}
		rollup.Sign(op, f.requester)
		raw, _ := rollup.MarshalOpJSON(op)
		// Refused at admission: the pending balance does not cover it.
		if _, err := f.api.SendOp(raw); err == nil || !strings.Contains(err.Error(), "balance") {
			t.Fatalf("an unaffordable transfer: %v", err)
		}
		// The reason goes away: a deposit covers it.
		f.q.ops = append(f.q.ops, &rollup.Deposit{Depositor: [20]byte{1}, PubKey: f.requester.Public().Wire(), Amount: new(big.Int).Lsh(big.NewInt(1), 101)})
		f.seal()
		id, err := f.api.SendOp(raw)
		if err != nil {
			t.Errorf("a refused op cannot be sent again: %v", err)
		}
		f.seal()
		if st := f.status(id); st.Status != "included" {
			t.Fatalf("the transfer sent again after the deposit: %+v", st)
		}
	})
	t.Run("3 and 8: bad signatures and re-sends while sealing", func(t *testing.T) {
		var wg sync.WaitGroup
		stop := make(chan struct{})
		for range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; i < abuseRequests; i++ {
					select {
					case <-stop:
						return
					default:
					}
					r := f.workRequest()
					r.Auth.Sig[3] ^= 1
					f.api.GetWork(r)
				}
			}()
		}
		op := f.transferOp()
		raw, _ := rollup.MarshalOpJSON(op)
		id, err := f.api.SendOp(raw)
		if err != nil {
			t.Fatal(err)
		}
		f.seal()
		for range 100 {
			f.api.SendOp(raw)
			if st := f.status(id); st.Status != "included" {
				t.Fatalf("status went back to %+v", st)
			}
		}
		f.seal()
		if _, err := f.api.GetWork(f.workRequest()); err != nil {
			t.Errorf("the honest prover's getWork under a flood: %v", err)
		}
		close(stop)
		wg.Wait()
	})
	t.Run("9 trickled bodies", func(t *testing.T) {
		// TestSlowClientsAreCut holds the invariant; here many at once.
		var wg sync.WaitGroup
		for range 50 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c, err := netDial(srv.Addr())
				if err != nil {
					return
				}
				defer c.Close()
				fmt.Fprintf(c, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n{")
				c.SetReadDeadline(time.Now().Add(30 * time.Second))
				buf := make([]byte, 1)
				for {
					if _, err := c.Read(buf); err != nil {
						if ne, ok := err.(interface{ Timeout() bool }); ok && ne.Timeout() {
							t.Error("a trickling connection is still held")
						}
						return
					}
				}
			}()
		}
		wg.Wait()
	})
	t.Run("10 earliest and empty POST", func(t *testing.T) {
		var b Batch
		if err := client.Call(&b, "nexus_getBatch", "earliest"); err != nil || b.Number != 1 {
			t.Errorf("getBatch(earliest): %d, %v", b.Number, err)
		}
		_, out := post(t, srv, nil)
		if !strings.Contains(string(out), fmt.Sprint(CodeParseError)) {
			t.Errorf("empty POST: %q", out)
		}
	})

	// The honest prover: its job completes and its stake is intact.
	work, err := f.api.GetWork(f.workRequest())
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range work.Items {
		if it.JobID == f.jobID && it.Status == "offered" {
			if _, err := f.api.LockJob(f.lockOp(f.proverID, f.prover, f.jobID, f.now.Unix()+60)); err != nil {
				t.Fatalf("lock: %v", err)
			}
		}
	}
	if _, err := f.api.SubmitProof(f.submission(nil)); err != nil {
		t.Fatalf("the honest prover's proof: %v", err)
	}
	f.seal()
	st, _ = f.seq.committed()
	job, _ = st.Job(mustLeaf(t, f))
	acc, _ := st.Account(uint64(f.proverID))
	if job.Status != state.JobFulfilled || job.InputCommit != origCommit {
		t.Errorf("the honest job ended %s (input commitment kept: %v)", job.Status, job.InputCommit == origCommit)
	}
	if acc.Expired != 0 || acc.Stake.Cmp(big.NewInt(1e18)) < 0 {
		t.Errorf("the honest prover was slashed: expired %d, stake %v", acc.Expired, acc.Stake)
	}
	track()
	t.Logf("peak RSS %d KiB (cap %d KiB)", peak, rssCapKiB)
	if peak > rssCapKiB {
		t.Errorf("RSS %d KiB over the cap %d KiB", peak, rssCapKiB)
	}
}

func mustLeaf(t *testing.T, f *fixture) uint64 {
	leaf, ok := rollup.JobLeaf(f.jobID, testParams.JobDepth)
	if !ok {
		t.Fatal("job id out of range")
	}
	return leaf
}

// nextNonce is account's committed nonce plus its ops in the mempool.
func (f *fixture) nextNonce(account uint32) uint64 {
	st, _ := f.seq.committed()
	acc, _ := st.Account(uint64(account))
	return acc.Nonce + uint64(f.seq.pool.PendingOf(account))
}

func netDial(addr string) (net.Conn, error) { return net.Dial("tcp", addr) }
