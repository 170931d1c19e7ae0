package main

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/nexus-rollup/nexus/aggregator"
	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/l1/deploy"
	"github.com/nexus-rollup/nexus/sequencer"
	"github.com/nexus-rollup/nexus/sequencer/explorer"
)

// explorerURL is the explorer page of a sequencer serving on addr.
func explorerURL(addr string) string { return "http://" + addr + explorer.Prefix }

// followSettlement lets the sequencer's explorer read settlement from L1:
// NexusRollup's last settled batch and each batch's BatchSettled event.
func followSettlement(seq *sequencer.Sequencer, client *ethclient.Client, dep *deploy.Deployment) error {
	r, err := bindings.NewNexusRollup(dep.NexusRollup, client)
	if err != nil {
		return err
	}
	seq.SetL1Settlement(&l1Settlements{rollup: r, client: client, from: dep.Block})
	return nil
}

// l1Settlements reads settlements from NexusRollup.
type l1Settlements struct {
	rollup *bindings.NexusRollup
	client *ethclient.Client
	from   uint64 // the deployment block
}

func (l *l1Settlements) LastSettled(ctx context.Context) (uint64, error) {
	return l.rollup.LastBatchNumber(&bind.CallOpts{Context: ctx})
}

// Settlement finds batch n's BatchSettled event and reads its
// transaction's receipt and block time.
func (l *l1Settlements) Settlement(ctx context.Context, n uint64) (*sequencer.SettlementInfo, error) {
	it, err := l.rollup.FilterBatchSettled(&bind.FilterOpts{Start: l.from, Context: ctx}, []uint64{n})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	if !it.Next() {
		return nil, it.Error()
	}
	tx := it.Event.Raw.TxHash
	rc, err := l.client.TransactionReceipt(ctx, tx)
	if err != nil {
		return nil, err
	}
	h, err := l.client.HeaderByHash(ctx, rc.BlockHash)
	if err != nil {
		return nil, err
	}
	info := &sequencer.SettlementInfo{Stage: "settled", Tx: &tx, GasUsed: rc.GasUsed, SettledAt: int64(h.Time) * 1000}
	if rc.EffectiveGasPrice != nil {
		info.FeeWei = (*hexutil.Big)(new(big.Int).Mul(rc.EffectiveGasPrice, new(big.Int).SetUint64(rc.GasUsed)))
	}
	return info, nil
}

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
