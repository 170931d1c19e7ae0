package main

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/nexus-rollup/nexus/aggregator"
	"github.com/nexus-rollup/nexus/sequencer"
	"github.com/nexus-rollup/nexus/sequencer/explorer"
)

// explorerURL is the explorer page of a sequencer serving on addr.
func explorerURL(addr string) string { return "http://" + addr + explorer.Prefix }

// settlementInfo is what the explorer shows of a settled batch.
func settlementInfo(st *aggregator.Settlement) sequencer.SettlementInfo {
	info := sequencer.SettlementInfo{Stage: "settled", Inferences: len(st.Jobs), SettledAt: time.Now().UnixMilli()}
	if res := st.Result; res != nil {
		info.BlockMs, info.AggregationMs, info.WrapMs = res.BlockTime.Milliseconds(), res.AggregationTime.Milliseconds(),
			res.WrapTime.Milliseconds()
	}
	if rc := st.Receipt; rc != nil {
		tx := rc.TxHash
		info.Tx, info.GasUsed = &tx, rc.GasUsed
		if rc.EffectiveGasPrice != nil {
			fee := new(hexutil.Big)
			fee.ToInt().Mul(rc.EffectiveGasPrice, new(big.Int).SetUint64(rc.GasUsed))
			info.FeeWei = fee
		}
	}
	return info
}
