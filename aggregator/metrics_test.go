package aggregator

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/nexus-rollup/nexus/internal/metrics"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/protocol"
)

// TestMetricsScrape records a settlement and a failed step and scrapes the
// aggregator's /metrics endpoint.
func TestMetricsScrape(t *testing.T) {
	reg := metrics.NewRegistry()
	pending := []string{"submitBatch/8"}
	m := NewMetrics(reg, func() ([]string, error) { return pending, nil })
	m.step(&Settlement{Batch: &rollup.Batch{Header: protocol.Header{BatchNumber: 7}}, Ops: 5, Jobs: []uint32{1, 2},
		Result:  &Result{BlockTime: 2 * time.Second, AggregationTime: 30 * time.Second, WrapTime: 90 * time.Second},
		Receipt: &types.Receipt{GasUsed: 400_000, EffectiveGasPrice: big.NewInt(3e9)}}, 1.5)
	m.failed()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	srv, err := metrics.Serve(ctx, "127.0.0.1:0", reg)
	if err != nil {
		t.Fatal(err)
	}
	fams, err := metrics.Scrape(ctx, srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		labels []string
		want   float64
	}{
		{"nexus_aggregator_prove_seconds", []string{"stage", "wrap"}, 1},
		{"nexus_aggregator_prove_seconds", []string{"stage", "block"}, 1},
		{"nexus_aggregator_batches_settled_total", nil, 1},
		{"nexus_aggregator_last_settled_batch", nil, 7},
		{"nexus_aggregator_inferences_settled_total", nil, 2},
		{"nexus_aggregator_gas_per_inference", nil, 200_000},
		{"nexus_aggregator_step_failures_total", nil, 1},
		{"nexus_l1_tx_gas_used_total", nil, 400_000},
		{"nexus_l1_tx_fees_wei_total", nil, 400_000 * 3e9},
		{"nexus_l1_settle_tx_gas", nil, 1},
		{"nexus_txmgr_pending", nil, 1},
	} {
		if got, ok := fams.Value(c.name, c.labels...); !ok || got != c.want {
			t.Errorf("%s%v = %v (present %v), want %v", c.name, c.labels, got, ok, c.want)
		}
	}
	var nilM *Metrics
	nilM.step(nil, 0) // records nothing
	nilM.failed()
}
