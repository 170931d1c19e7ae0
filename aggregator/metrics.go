package aggregator

import (
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/nexus-rollup/nexus/internal/metrics"
)

// Metrics are the aggregator's Prometheus metrics (docs/operations.md). A
// nil *Metrics records nothing.
type Metrics struct {
	prove         *prometheus.HistogramVec // by stage: block, aggregation, wrap
	settled       prometheus.Counter
	lastSettled   prometheus.Gauge
	failures      prometheus.Counter
	gas           prometheus.Histogram
	gasTotal      prometheus.Counter
	feeTotal      prometheus.Counter
	gasPerInf     prometheus.Gauge
	inferences    prometheus.Counter
	settleSeconds prometheus.Histogram
}

// NewMetrics registers the aggregator's metrics with reg. pending, if set,
// reports the transaction manager's pending submissions
// (txmgr.Manager.Pending).
func NewMetrics(reg prometheus.Registerer, pending func() ([]string, error)) *Metrics {
	const sub = "aggregator"
	m := &Metrics{
		prove: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: metrics.Namespace, Subsystem: sub,
			Name: "prove_seconds", Help: "Proving time of each batch, by stage (block, aggregation, wrap).",
			Buckets: prometheus.ExponentialBuckets(0.5, 2, 14)}, []string{"stage"}),
		settled: prometheus.NewCounter(prometheus.CounterOpts{Namespace: metrics.Namespace, Subsystem: sub,
			Name: "batches_settled_total", Help: "Batches proven and settled on L1."}),
		lastSettled: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: metrics.Namespace, Subsystem: sub,
			Name: "last_settled_batch", Help: "Number of the last batch this aggregator settled."}),
		failures: prometheus.NewCounter(prometheus.CounterOpts{Namespace: metrics.Namespace, Subsystem: sub,
			Name: "step_failures_total", Help: "Failed prove-and-settle steps (each retried with backoff)."}),
		gas: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: metrics.Namespace, Subsystem: "l1",
			Name: "settle_tx_gas", Help: "Gas used by each submitBatch transaction.",
			Buckets: prometheus.ExponentialBuckets(100_000, 1.5, 12)}),
		gasTotal: prometheus.NewCounter(prometheus.CounterOpts{Namespace: metrics.Namespace, Subsystem: "l1",
			Name: "tx_gas_used_total", Help: "Gas used by the aggregator's L1 transactions."}),
		feeTotal: prometheus.NewCounter(prometheus.CounterOpts{Namespace: metrics.Namespace, Subsystem: "l1",
			Name: "tx_fees_wei_total", Help: "Fees paid for the aggregator's L1 transactions, in wei (gas used x effective gas price)."}),
		gasPerInf: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: metrics.Namespace, Subsystem: sub,
			Name: "gas_per_inference", Help: "submitBatch gas divided by the inferences of the last settled batch that had any."}),
		inferences: prometheus.NewCounter(prometheus.CounterOpts{Namespace: metrics.Namespace, Subsystem: sub,
			Name: "inferences_settled_total", Help: "Inferences (fulfilled jobs) in settled batches."}),
		settleSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: metrics.Namespace, Subsystem: sub,
			Name: "submit_seconds", Help: "Time from sending submitBatch to its confirmed receipt.",
			Buckets: prometheus.ExponentialBuckets(0.5, 2, 12)}),
	}
	reg.MustRegister(m.prove, m.settled, m.lastSettled, m.failures, m.gas, m.gasTotal, m.feeTotal, m.gasPerInf,
		m.inferences, m.settleSeconds)
	if pending != nil {
		reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: metrics.Namespace, Subsystem: "txmgr",
			Name: "pending", Help: "L1 transactions sent and not yet confirmed (persisted, resumed on restart)."},
			func() float64 {
				ids, err := pending()
				if err != nil {
					return -1
				}
				return float64(len(ids))
			}))
	}
	return m
}

// step records a settled batch.
func (m *Metrics) step(st *Settlement, submit float64) {
	if m == nil {
		return
	}
	m.prove.WithLabelValues("block").Observe(st.Result.BlockTime.Seconds())
	m.prove.WithLabelValues("aggregation").Observe(st.Result.AggregationTime.Seconds())
	m.prove.WithLabelValues("wrap").Observe(st.Result.WrapTime.Seconds())
	m.settleSeconds.Observe(submit)
	m.settled.Inc()
	m.lastSettled.Set(float64(st.Batch.Header.BatchNumber))
	m.inferences.Add(float64(len(st.Jobs)))
	if rc := st.Receipt; rc != nil {
		m.gas.Observe(float64(rc.GasUsed))
		m.gasTotal.Add(float64(rc.GasUsed))
		m.feeTotal.Add(fee(rc))
		if n := len(st.Jobs); n > 0 {
			m.gasPerInf.Set(float64(rc.GasUsed) / float64(n))
		}
	}
}

func (m *Metrics) failed() {
	if m != nil {
		m.failures.Inc()
	}
}

// fee is what a transaction paid, in wei, as a float (exact below 2^53 wei,
// 0.009 ETH; a rounding error of one part in 2^53 above).
func fee(rc *types.Receipt) float64 {
	if rc.EffectiveGasPrice == nil {
		return 0
	}
	f, _ := new(big.Float).SetInt(new(big.Int).Mul(rc.EffectiveGasPrice, new(big.Int).SetUint64(rc.GasUsed))).Float64()
	return f
}
