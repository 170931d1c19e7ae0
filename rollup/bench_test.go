package rollup

import (
	"fmt"
	"math/big"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/nexus-rollup/nexus/kv/leveldb"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/state"
)

// BenchmarkExecutorTransfers measures signed transfers executed and
// persisted (synced leveldb batch per sealed batch) at the devnet depths.
// make bench reports it as ops/s.
func BenchmarkExecutorTransfers(b *testing.B) {
	benchTransfers(b, 512, false)
}

// BenchmarkSealWithWitness is the sequencer's sealing: batches of B = 16
// signed transfers (nexus sequencer's default shape) with the block
// circuit's witness recorded, committed in one synced write each. Besides
// ns/op it reports the CPU time per op, which depends little on what else
// the machine runs.
func BenchmarkSealWithWitness(b *testing.B) {
	benchTransfers(b, 16, true)
}

func benchTransfers(b *testing.B, perBatch int, witness bool) {
	const accounts = 64
	db, err := leveldb.Open(filepath.Join(b.TempDir(), "db"), leveldb.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	st, err := state.Open(db, state.DefaultParams())
	if err != nil {
		b.Fatal(err)
	}
	ex, _ := NewExecutor(st, DefaultConfig())
	ks := make([]*keys.PrivateKey, accounts)
	ids := make([]uint32, accounts)
	setup, _ := ex.NewBatch(1, 1, [32]byte{}, 1<<20)
	for i := range ks {
		seed := make([]byte, 32)
		copy(seed, fmt.Sprint("bench", i))
		ks[i], _ = keys.FromSeed(seed)
		r, err := setup.Add(&Deposit{PubKey: ks[i].Public().Wire(), Amount: big.NewInt(1 << 60)})
		if err != nil {
			b.Fatal(err)
		}
		ids[i] = r.Account
	}
	setup.Seal()
	w := db.NewBatch()
	setup.Commit(w)
	w.Write()

	// Sign every op up front: signing is the client's cost, not the executor's.
	ops := make([]Op, b.N)
	nonces := make([]uint64, accounts)
	for i := range ops {
		from, to := i%accounts, (i+1)%accounts
		op := &Transfer{From: ids[from], To: ids[to], Amount: big.NewInt(1), Nonce: nonces[from]}
		nonces[from]++
		Sign(op, ks[from])
		ops[i] = op
	}
	b.ResetTimer()
	cpu0 := cpuTime()
	number := uint64(2)
	for i := 0; i < b.N; i += perBatch {
		bb, _ := ex.NewBatch(number, 2, [32]byte{}, 1<<20)
		if witness {
			if err := bb.EnableWitness(); err != nil {
				b.Fatal(err)
			}
		}
		chunk := ops[i:min(i+perBatch, b.N)]
		ex.PreVerify(chunk)
		for _, op := range chunk {
			if _, err := bb.Add(op); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := bb.Seal(); err != nil {
			b.Fatal(err)
		}
		w := db.NewBatch()
		if err := bb.Commit(w); err != nil {
			b.Fatal(err)
		}
		if err := w.Write(); err != nil {
			b.Fatal(err)
		}
		number++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "ops/s")
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/float64(b.N), "cpu-µs/op")
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
