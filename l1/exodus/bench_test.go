package exodus

import (
	"path/filepath"
	"testing"

	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/state"
)

// BenchmarkExodusSync measures a full sync from L1 (simulated, in process:
// log queries and transactions cost no network round trip) into a fresh
// leveldb store at the production depths 24/4/24/12: 40 settled batches of
// 64 ops each, 16 complete inferences (SubmitJob, LockJob, FulfillJob) and
// 16 transfers, the devnet's batch shape. bench/results.md reports it.
func BenchmarkExodusSync(b *testing.B) {
	const batches, inferences = 40, 16
	r := newRig(b)
	p := r.people
	alice, bob, prover, dapp := p["alice"], p["bob"], p["prover"], p["dapp"]
	r.mine(r.rollup.DepositETH(r.value("alice", eth(10_000)), alice.pub))
	r.mine(r.rollup.DepositETH(r.value("bob", eth(1)), bob.pub))
	r.mine(r.reg.Register(r.value("prover", eth(1000)), prover.pub))
	var vk [32]byte
	vk[31] = 42
	r.mine(r.models.RegisterModel(r.opts("dapp"), vk, 10, dapp.pub, "ipfs://model"))
	r.settle()
	job := uint32(1)
	ops := 4
	for n := 0; n < batches; n++ {
		deadline, lock := uint32(r.now()+7200), uint32(r.now()+600)
		var batch []rollup.Op
		for i := 0; i < inferences; i++ {
			batch = append(batch,
				r.signed("alice", &rollup.SubmitJob{Requester: alice.id, JobID: job, ModelID: 1, InputCommit: fe(uint64(job)),
					FeeGwei: 50, Deadline: deadline}),
				r.signed("prover", &rollup.LockJob{Prover: prover.id, JobID: job, LockDeadline: lock}),
				r.signed("prover", &rollup.FulfillJob{Prover: prover.id, JobID: job, OutputCommit: fe(7)}),
				r.signed("alice", &rollup.Transfer{From: alice.id, To: bob.id, Amount: gwei(1)}),
			)
			job++
		}
		r.settle(batch...)
		ops += len(batch)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db := openStore(b, filepath.Join(b.TempDir(), "exodus"))
		s, err := New(r.ctx, r.client, db, Config{Rollup: r.dep.NexusRollup, StartBlock: r.dep.Block,
			Params: state.DefaultParams()}, quiet)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		pr, err := s.Sync(r.ctx, nil)
		b.StopTimer()
		if err != nil || pr.Batch != batches+1 || pr.Ops != uint64(ops) {
			b.Fatalf("sync: %+v %v", pr, err)
		}
		db.Close()
		b.StartTimer()
	}
	b.StopTimer()
	sec := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(batches+1)/sec, "batches/s")
	b.ReportMetric(float64(ops)/sec, "ops/s")
	b.ReportMetric(0, "ns/op")
}
