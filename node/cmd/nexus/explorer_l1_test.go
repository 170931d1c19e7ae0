package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nexus-rollup/nexus/aggregator"
	"github.com/nexus-rollup/nexus/aggregator/block"
	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/l1/deploy"
	"github.com/nexus-rollup/nexus/l1/reverts"
	"github.com/nexus-rollup/nexus/l1/verifier"
	"github.com/nexus-rollup/nexus/node"
	"github.com/nexus-rollup/nexus/rollup"
	l2keys "github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/state"
	"github.com/nexus-rollup/nexus/sequencer"
)

// TestExplorerReadsSettlementFromL1: a sequencer whose aggregator runs
// elsewhere learns from L1 that a batch settled, with its transaction, gas
// and fee, and the explorer page (in headless Chromium where one is
// installed) turns the batch from sealed to settled without a reload. The rollup's verifier here accepts any proof (its code is STOP):
// the test is about reading L1, and a real wrap proof needs the wrap keys
// (make e2e).
func TestExplorerReadsSettlementFromL1(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	key, _ := crypto.HexToECDSA(devKey)
	l1, err := startEmbeddedL1(ctx, freeAddr(t), time.Second, key) // 1 s blocks: L1 time keeps to the clock
	if err != nil {
		t.Fatal(err)
	}
	defer l1.Stop(context.Background())
	client, err := ethclient.DialContext(ctx, l1.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	opts, _ := bind.NewKeyedTransactorWithChainID(key, chainID)
	opts.Context = ctx

	// PUSH1 0 PUSH1 0 MSTORE8 PUSH1 1 PUSH1 0 RETURN: deploys the one-byte code STOP.
	nonce, _ := client.PendingNonceAt(ctx, opts.From)
	raw, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: big.NewInt(100 * params.GWei), Gas: 100_000, Data: common.FromHex("600060005360016000f3")}),
		types.LatestSignerForChainID(chainID), key)
	if err != nil {
		t.Fatal(err)
	}
	if err := client.SendTransaction(ctx, raw); err != nil {
		t.Fatal(err)
	}
	acceptAll, err := bind.WaitDeployed(ctx, client, raw)
	if err != nil {
		t.Fatal(err)
	}
	bp := block.DemoParams()
	bp.MaxLockDuration = deploy.DefaultParams().MaxLockDuration
	genesis, err := state.EmptyRoot(bp.State)
	if err != nil {
		t.Fatal(err)
	}
	dep, err := deploy.Deploy(ctx, client, opts, deploy.Params{GenesisStateRoot: genesis.BigInt(new(big.Int)), Verifier: acceptAll,
		MinStake: big.NewInt(params.Ether / 10), PriorityDeadline: 24 * 3600, UnbondingDelay: 7200, MaxLockDuration: bp.MaxLockDuration})
	if err != nil {
		t.Fatal(err)
	}
	seqCfg := sequencer.Config{MaxChunks: bp.Chunks, MaxOps: bp.Slots, MaxInferences: bp.Inferences, Witness: true, BatchTimeout: 200 * time.Millisecond, MinOps: 1}
	stack, err := node.NewSequencerStack(ctx, node.SequencerConfig{Client: client, Deployment: dep, DBPath: t.TempDir(),
		HTTPAddr: freeAddr(t), Sequencer: seqCfg, State: bp.State})
	if err != nil {
		t.Fatal(err)
	}
	if err := stack.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer stack.Stop(context.Background())

	// A deposit is sealed as batch 1; it is settled on L1 as an aggregator would.
	l2, _ := l2keys.DeriveFromEthKey(key, dep.ChainID, dep.NexusRollup)
	r, _ := bindings.NewNexusRollup(dep.NexusRollup, client)
	deposit := *opts
	deposit.Value = big.NewInt(params.Ether)
	tx, err := r.DepositETH(&deposit, l2.Public().Wire())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(ctx, client, tx); err != nil {
		t.Fatal(err)
	}
	var b *rollup.Batch
	for {
		if b, _, err = stack.Seq.Witness(1); err == nil {
			break
		}
		if !errors.Is(err, rollup.ErrBatchNotFound) || ctx.Err() != nil {
			t.Fatalf("batch 1 never sealed: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	c, err := rpc.DialContext(ctx, "http://"+stack.Server.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var batches []*sequencer.BatchSummary
	if err := c.Call(&batches, "nexus_listBatches", 5); err != nil || len(batches) != 1 || batches[0].Status != "sealed" {
		t.Fatalf("before settlement: %+v, %v", batches, err)
	}
	// The page, where a Chromium is installed, shows batch 1 sealed, then
	// settled without a reload.
	var br *browser
	if path := chromiumPath(); path != "" {
		br = openBrowser(t, ctx, path)
		if err := chromedp.Do(br.ctx, chromedp.Navigate("http://"+stack.Server.Addr()+"/explorer/"),
			chromedp.WaitVisible(chromedp.CSS(`#batches tr[data-batch="1"][data-status="sealed"]`))); err != nil {
			t.Fatalf("the explorer does not show batch 1 sealed: %v", err)
		}
	} else {
		t.Log("no Chromium (make setup installs it): the page is not opened; the RPC is checked")
	}
	for { // L1 takes a batch no newer than its latest block
		h, err := client.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if h.Time >= b.Header.Timestamp {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	tx, err = r.SubmitBatch(opts, aggregator.BindingHeader(b.Header), b.Pubdata, make([]byte, verifier.SolidityProofSize))
	if err != nil {
		t.Fatalf("submitBatch: %v (%s)", err, reverts.Of(err))
	}
	rc, err := bind.WaitMined(ctx, client, tx)
	if err != nil || rc.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("submitBatch: %+v, %v", rc, err)
	}
	for {
		if err := c.Call(&batches, "nexus_listBatches", 5); err != nil {
			t.Fatal(err)
		}
		if batches[0].Status == "settled" || ctx.Err() != nil {
			break
		}
		time.Sleep(200 * time.Millisecond) // the last settled batch is read at most every 2 s
	}
	s := batches[0].Settlement
	if batches[0].Status != "settled" || s == nil || s.Tx == nil || *s.Tx != rc.TxHash || s.GasUsed != rc.GasUsed ||
		s.SettledAt == 0 || s.FeeWei == nil || s.FeeWei.ToInt().Sign() <= 0 {
		t.Fatalf("batch 1 after settlement (tx %s, gas %d): %+v %+v", rc.TxHash, rc.GasUsed, batches[0], s)
	}
	if br != nil {
		row := `#batches tr[data-batch="1"][data-status="settled"]`
		if err := chromedp.Do(br.ctx, chromedp.WaitVisible(chromedp.CSS(row))); err != nil {
			t.Fatalf("the explorer never showed batch 1 settled: %v", err)
		}
		gas, err := chromedp.Run(br.ctx, chromedp.Text(chromedp.CSS(row+" td:nth-child(8)")))
		if err != nil || gas != fmt.Sprint(rc.GasUsed) {
			t.Errorf("the page shows gas %q, want %d: %v", gas, rc.GasUsed, err)
		}
		br.checkConsole(t)
		br.screenshot(t, "explorer-settled.png")
	}
	var st sequencer.ExplorerStatus
	if err := c.Call(&st, "nexus_getExplorerStatus"); err != nil || st.LastSettled != 1 {
		t.Fatalf("status: %+v, %v", st, err)
	}
	t.Logf("batch 1 settled on L1 in %s: %d gas, fee %s wei", rc.TxHash, s.GasUsed, s.FeeWei.ToInt())
}
