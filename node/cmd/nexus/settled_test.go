package main

import (
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/nexus-rollup/nexus/aggregator"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/protocol"
)

// TestSettledLine: the line the devnet and nexus aggregator print per
// settled batch, which make e2e reads.
func TestSettledLine(t *testing.T) {
	st := &aggregator.Settlement{
		Batch: &rollup.Batch{Header: protocol.Header{BatchNumber: 5}}, Ops: 3,
		Result:  &aggregator.Result{BlockTime: 13656 * time.Millisecond, AggregationTime: 11235 * time.Millisecond, WrapTime: 191263 * time.Millisecond},
		Receipt: &types.Receipt{GasUsed: 532_856, TxHash: common.HexToHash("0xabc")},
	}
	for _, tt := range []struct {
		jobs []uint32
		want string
	}{
		{nil, "batch 5 settled on L1: 3 ops, 0 inferences, proven in 3m36s (block 13.656s, aggregation 11.235s, wrap 3m11.263s), submitBatch gas 532856, tx 0x"},
		{[]uint32{1, 2}, "batch 5 settled on L1: 3 ops, 2 inferences, proven in 3m36s (block 13.656s, aggregation 11.235s, wrap 3m11.263s), submitBatch gas 532856 (266428 per inference), tx 0x"},
	} {
		st.Jobs = tt.jobs
		if got := settledLine(st); !strings.HasPrefix(got, tt.want) || !strings.HasSuffix(got, "0abc") {
			t.Errorf("settledLine with %d jobs:\n got %s\nwant %s…0abc", len(tt.jobs), got, tt.want)
		}
	}
}
