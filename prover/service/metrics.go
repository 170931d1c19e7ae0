package service

import (
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/nexus-rollup/nexus/internal/metrics"
)

// Metrics are the prover node's Prometheus metrics (docs/operations.md). A
// nil *Metrics records nothing. Several services in one process (the
// devnet's provers) may share one.
type Metrics struct {
	requests *prometheus.CounterVec // nexus_getWork by result
	locked   prometheus.Counter
	proofs   *prometheus.CounterVec // submitted, rejected, failed, dropped
	prove    *prometheus.HistogramVec
	active   prometheus.Gauge
}

// NewMetrics registers the prover's metrics with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	const sub = "prover"
	m := &Metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: metrics.Namespace, Subsystem: sub,
			Name: "work_requests_total", Help: "nexus_getWork requests, by result (ok, error)."}, []string{"result"}),
		locked: prometheus.NewCounter(prometheus.CounterOpts{Namespace: metrics.Namespace, Subsystem: sub,
			Name: "jobs_locked_total", Help: "Offered jobs this prover locked (collateral reserved)."}),
		proofs: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: metrics.Namespace, Subsystem: sub,
			Name: "proofs_total", Help: "Proofs by outcome: accepted (by the sequencer), rejected (by the sequencer, -32011), " +
				"failed (a proving attempt failed), dropped (a job given up)."}, []string{"result"}),
		prove: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: metrics.Namespace, Subsystem: sub,
			Name: "prove_seconds", Help: "Time to run a model and prove the inference, by model id.",
			Buckets: prometheus.ExponentialBuckets(0.1, 2, 14)}, []string{"model"}),
		active: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: metrics.Namespace, Subsystem: sub,
			Name: "active_jobs", Help: "Jobs a worker is proving now."}),
	}
	reg.MustRegister(m.requests, m.locked, m.proofs, m.prove, m.active)
	return m
}

func (m *Metrics) request(err error) {
	if m == nil {
		return
	}
	if err != nil {
		m.requests.WithLabelValues("error").Inc()
		return
	}
	m.requests.WithLabelValues("ok").Inc()
}

func (m *Metrics) lockedJob() {
	if m != nil {
		m.locked.Inc()
	}
}

func (m *Metrics) outcome(result string) {
	if m != nil {
		m.proofs.WithLabelValues(result).Inc()
	}
}

func (m *Metrics) proved(model uint32, took time.Duration) {
	if m != nil {
		m.prove.WithLabelValues(strconv.FormatUint(uint64(model), 10)).Observe(took.Seconds())
	}
}

func (m *Metrics) working(delta float64) {
	if m != nil {
		m.active.Add(delta)
	}
}
