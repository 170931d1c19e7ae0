package sequencer

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/state"
)

// The sequencer's RPC benchmarks (make bench, bench/services.sh): a real
// node in `nexus sequencer`'s default shape (production depths 24/4/24/12,
// batches of B = 16 ops, C = 64 chunks, K = 8 inferences, witnesses
// recorded; leveldb; the L1 watcher on a simulated chain, which stops
// mining once the accounts are funded) served over HTTP.

const benchAccounts = 128

// benchNode is a running sequencer with benchAccounts funded accounts.
type benchNode struct {
	*node
	keys []*keys.PrivateKey
	ids  []uint32
}

func newBenchNode(b *testing.B) *benchNode {
	b.Helper()
	// The sealing loop logs every batch: keep the benchmark's output to its
	// result lines.
	prev := slog.Default()
	slog.SetDefault(slog.New(slog.DiscardHandler))
	b.Cleanup(func() { slog.SetDefault(prev) })
	chain := newL1(b)
	n := startNodeParams(b, chain, b.TempDir(), state.DefaultParams(), func(c *Config) {
		c.MaxOps, c.MaxChunks, c.MaxInferences = 16, 64, 8 // block.DefaultParams
	})
	bn := &benchNode{node: n}
	nonce, err := chain.sim.Client().PendingNonceAt(context.Background(), chain.auth.From)
	if err != nil {
		b.Fatal(err)
	}
	for i := range benchAccounts {
		k := key(byte(i + 1))
		if i >= 255 {
			b.Fatal("too many bench accounts")
		}
		opts := *chain.auth
		opts.Value, opts.Nonce = big.NewInt(1e18), new(big.Int).SetUint64(nonce+uint64(i))
		if _, err := chain.rollup.DepositETH(&opts, k.Public().Wire()); err != nil {
			b.Fatal(err)
		}
		bn.keys = append(bn.keys, k)
	}
	waitOps(b, n.w, benchAccounts)
	for {
		batch, err := n.seq.Seal()
		if err != nil {
			b.Fatal(err)
		}
		if batch == nil || batch.Header.PriorityOpsConsumed == 0 {
			break
		}
	}
	for _, k := range bn.keys {
		w := k.Public().Wire()
		var id uint32
		if err := n.client.Call(&id, "nexus_accountOf", hexutil.Bytes(w[:]), chain.auth.From); err != nil {
			b.Fatal(err)
		}
		bn.ids = append(bn.ids, id)
	}
	chain.idle.Store(true)
	return bn
}

// transfers signs n transfers round-robin over the accounts (signing is the
// client's cost, done before the clock starts).
func (bn *benchNode) transfers(b *testing.B, n int) []json.RawMessage {
	b.Helper()
	out := make([]json.RawMessage, n)
	nonces := make([]uint64, len(bn.keys))
	for i := range out {
		from, to := i%len(bn.keys), (i+1)%len(bn.keys)
		op := &rollup.Transfer{From: bn.ids[from], To: bn.ids[to], Amount: big.NewInt(1), Nonce: nonces[from]}
		nonces[from]++
		if err := rollup.Sign(op, bn.keys[from]); err != nil {
			b.Fatal(err)
		}
		raw, err := rollup.MarshalOpJSON(op)
		if err != nil {
			b.Fatal(err)
		}
		out[i] = raw
	}
	return out
}

// waitIncluded waits until the op is in a sealed batch.
func (bn *benchNode) waitIncluded(b *testing.B, id common.Hash) {
	b.Helper()
	deadline := time.Now().Add(5 * time.Minute)
	for {
		var st OpStatus
		if err := bn.client.Call(&st, "nexus_getOpStatus", id); err != nil {
			b.Fatal(err)
		}
		switch st.Status {
		case "included":
			return
		case "rejected":
			b.Fatalf("op %s rejected: %s", id, st.Error)
		}
		if time.Now().After(deadline) {
			b.Fatalf("op %s still %s", id, st.Status)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// BenchmarkRPCSendOp sends b.N signed transfers over HTTP from 32 clients
// at once while the sealing loop runs, and reports two rates: ops
// acknowledged (each persisted, synced, before its answer) and ops sealed
// into batches, per second.
func BenchmarkRPCSendOp(b *testing.B) {
	bn := newBenchNode(b)
	ops := bn.transfers(b, b.N)
	bn.seq.Start(context.Background())
	defer bn.seq.Stop(context.Background())
	const clients = 32
	var next atomic.Int64
	ids := make([]common.Hash, b.N)
	var wg sync.WaitGroup
	var failed atomic.Value
	b.ResetTimer()
	start, cpu0 := time.Now(), cpuTime()
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(ops) {
					return
				}
				if err := bn.client.Call(&ids[i], "nexus_sendOp", ops[i]); err != nil {
					failed.Store(fmt.Errorf("op %d: %w", i, err))
					return
				}
			}
		}()
	}
	wg.Wait()
	acked := time.Since(start)
	if err, _ := failed.Load().(error); err != nil {
		b.Fatal(err)
	}
	bn.waitIncluded(b, ids[len(ids)-1])
	sealed := time.Since(start)
	cpu := cpuTime() - cpu0
	b.StopTimer()
	b.ReportMetric(float64(b.N)/acked.Seconds(), "acked-ops/s")
	b.ReportMetric(float64(b.N)/sealed.Seconds(), "sealed-ops/s")
	// The process's CPU time per op (clients, server, sealing): unlike the
	// rates, it hardly depends on what else the machine runs, and 2 cores
	// divided by it bounds the rate.
	b.ReportMetric(float64(cpu.Microseconds())/float64(b.N), "cpu-µs/op")
	b.ReportMetric(0, "ns/op")
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkRPCLatencyAt1000rps sends b.N requests at a fixed 1,000 per
// second (open loop: one request starts every millisecond, whether or not
// the earlier ones have returned), half signed transfers and half account
// reads, while the sealing loop runs, and reports the latency percentiles.
func BenchmarkRPCLatencyAt1000rps(b *testing.B) {
	bn := newBenchNode(b)
	ops := bn.transfers(b, b.N)
	bn.seq.Start(context.Background())
	defer bn.seq.Stop(context.Background())
	lat := make([]time.Duration, b.N)
	var wg sync.WaitGroup
	var failed atomic.Value
	b.ResetTimer()
	start := time.Now()
	for i := range b.N {
		// Request i starts at i ms (a ticker would drop ticks under load).
		time.Sleep(time.Until(start.Add(time.Duration(i) * time.Millisecond)))
		wg.Add(1)
		go func() {
			defer wg.Done()
			t0 := time.Now()
			var err error
			if i%2 == 0 {
				var id common.Hash
				err = bn.client.Call(&id, "nexus_sendOp", ops[i])
			} else {
				var acc Account
				err = bn.client.Call(&acc, "nexus_getAccount", bn.ids[i%len(bn.ids)])
			}
			lat[i] = time.Since(t0)
			if err != nil {
				failed.Store(fmt.Errorf("request %d: %w", i, err))
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	if err, _ := failed.Load().(error); err != nil {
		b.Fatal(err)
	}
	slices.Sort(lat)
	pct := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000 }
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(float64(lat[len(lat)-1].Microseconds())/1000, "max-ms")
	b.ReportMetric(0, "ns/op")
}
