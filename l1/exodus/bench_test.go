package exodus

import (
	"path/filepath"
	"testing"

	"github.com/nexus-rollup/nexus/internal/anviltest"
	"github.com/nexus-rollup/nexus/l1/exodus/exodustest"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/state"
)

// BenchmarkExodusSync measures a full sync from L1 (simulated, in process:
// log queries and transactions cost no network round trip) into a fresh
// leveldb store at the production depths 24/4/24/12: 40 settled batches of
// 64 ops each, 16 complete inferences (SubmitJob, LockJob, FulfillJob) and
// 16 transfers, the devnet's batch shape. bench/results.md reports it.
func BenchmarkExodusSync(b *testing.B) { benchSync(b, exodustest.NewSim(b)) }

// BenchmarkExodusSyncAnvil is the same over JSON-RPC to a local anvil: one
// eth_getLogs per 2,000 blocks and one eth_getTransactionByHash per batch.
func BenchmarkExodusSyncAnvil(b *testing.B) { benchSync(b, exodustest.NewRPC(b, anviltest.Start(b))) }

func benchSync(b *testing.B, r *exodustest.Rig) {
	const batches, inferences = 40, 16
	p := r.People
	alice, bob, prover, dapp := p["alice"], p["bob"], p["prover"], p["dapp"]
	r.Mine(r.Rollup.DepositETH(r.Value("alice", exodustest.ETH(10_000)), alice.Pub))
	r.Mine(r.Rollup.DepositETH(r.Value("bob", exodustest.ETH(1)), bob.Pub))
	r.Mine(r.Reg.Register(r.Value("prover", exodustest.ETH(1000)), prover.Pub))
	var vk [32]byte
	vk[31] = 42
	r.Mine(r.Models.RegisterModel(r.Opts("dapp"), vk, 10, dapp.Pub, "ipfs://model"))
	r.Settle()
	job := uint32(1)
	ops := 4
	for n := 0; n < batches; n++ {
		deadline, lock := uint32(r.Now()+7200), uint32(r.Now()+600)
		var batch []rollup.Op
		for i := 0; i < inferences; i++ {
			batch = append(batch,
				r.Signed("alice", &rollup.SubmitJob{Requester: alice.ID, JobID: job, ModelID: 1, InputCommit: exodustest.Fe(uint64(job)),
					FeeGwei: 50, Deadline: deadline}),
				r.Signed("prover", &rollup.LockJob{Prover: prover.ID, JobID: job, LockDeadline: lock}),
				r.Signed("prover", &rollup.FulfillJob{Prover: prover.ID, JobID: job, OutputCommit: exodustest.Fe(7)}),
				r.Signed("alice", &rollup.Transfer{From: alice.ID, To: bob.ID, Amount: exodustest.Gwei(1)}),
			)
			job++
		}
		r.Settle(batch...)
		ops += len(batch)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db := openStore(b, filepath.Join(b.TempDir(), "exodus"))
		s, err := New(r.Ctx, r.Client, db, Config{Rollup: r.Dep.NexusRollup, StartBlock: r.Dep.Block,
			Params: state.DefaultParams()}, exodustest.Quiet)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		pr, err := s.Sync(r.Ctx, nil)
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
