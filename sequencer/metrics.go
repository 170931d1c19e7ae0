package sequencer

import (
	"errors"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/nexus-rollup/nexus/internal/metrics"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/state"
	"github.com/nexus-rollup/nexus/sequencer/mempool"
)

// Metrics are the sequencer's Prometheus metrics (docs/operations.md). A nil
// *Metrics records nothing, so tests and tools need none.
type Metrics struct {
	admitted    *prometheus.CounterVec // by op type
	rejected    *prometheus.CounterVec // by stage (admission, sealing), op type and reason
	sealSeconds prometheus.Histogram
	batchOps    prometheus.Histogram
	batchBytes  prometheus.Histogram
	sealed      prometheus.Counter
	lastBatch   prometheus.Gauge
	jobEvents   *prometheus.CounterVec // submitted, offered, locked, proven, fulfilled, expired
	proofs      *prometheus.CounterVec // accepted, rejected
	latency     *prometheus.HistogramVec
	rpcRefused  *prometheus.CounterVec // size, rate, parse

	mu      sync.Mutex
	stamps  map[uint32]jobStamps // when each live job was submitted, offered and locked
	maxJobs int
}

// jobStamps are the times of a job's steps, for the latency histograms.
type jobStamps struct{ submitted, offered, locked time.Time }

// NewMetrics registers the sequencer's metrics with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	const sub = "sequencer"
	m := &Metrics{
		admitted: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: metrics.Namespace, Subsystem: sub,
			Name: "ops_admitted_total", Help: "Signed ops admitted to the mempool, by op type."}, []string{"op"}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: metrics.Namespace, Subsystem: sub,
			Name: "ops_rejected_total", Help: "Ops refused at admission or rejected at sealing, by stage, op type and reason."},
			[]string{"stage", "op", "reason"}),
		sealSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: metrics.Namespace, Subsystem: sub,
			Name: "batch_seal_seconds", Help: "Time to build, commit (synced) and publish one batch.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 14)}),
		batchOps: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: metrics.Namespace, Subsystem: sub,
			Name: "batch_ops", Help: "Ops in each sealed batch.", Buckets: prometheus.ExponentialBuckets(1, 2, 12)}),
		batchBytes: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: metrics.Namespace, Subsystem: sub,
			Name: "batch_pubdata_bytes", Help: "Pubdata bytes of each sealed batch.",
			Buckets: prometheus.ExponentialBuckets(64, 2, 14)}),
		sealed: prometheus.NewCounter(prometheus.CounterOpts{Namespace: metrics.Namespace, Subsystem: sub,
			Name: "batches_sealed_total", Help: "Batches sealed."}),
		lastBatch: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: metrics.Namespace, Subsystem: sub,
			Name: "last_batch", Help: "Number of the last sealed batch."}),
		jobEvents: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: metrics.Namespace, Subsystem: sub,
			Name: "job_events_total", Help: "Job steps: submitted (SubmitJob admitted), offered, locked (LockJob admitted), " +
				"proven (proof accepted), fulfilled and expired (sealed)."}, []string{"event"}),
		proofs: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: metrics.Namespace, Subsystem: sub,
			Name: "proofs_total", Help: "Inference proofs verified, by result (accepted, rejected)."}, []string{"result"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: metrics.Namespace, Subsystem: sub,
			Name: "job_latency_seconds", Help: "Time between a job's steps: submit_to_offer, offer_to_lock, lock_to_proof (offer_to_proof when fulfilled directly), submit_to_proof.",
			Buckets: prometheus.ExponentialBuckets(0.05, 2, 16)}, []string{"step"}),
		rpcRefused: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: metrics.Namespace, Subsystem: "rpc",
			Name: "refused_total", Help: "JSON-RPC requests refused by the server's limits before any method ran, by reason " +
				"(size, rate, parse)."}, []string{"reason"}),
		stamps:  map[uint32]jobStamps{},
		maxJobs: 1 << 16,
	}
	reg.MustRegister(m.admitted, m.rejected, m.sealSeconds, m.batchOps, m.batchBytes, m.sealed, m.lastBatch, m.jobEvents,
		m.proofs, m.latency, m.rpcRefused)
	return m
}

// Metrics returns the sequencer's metrics (Config.Metrics), nil if none.
func (s *Sequencer) Metrics() *Metrics { return s.cfg.Metrics }

// Register adds the gauges read from s at each scrape: mempool depth and
// live jobs by status.
func (m *Metrics) Register(reg prometheus.Registerer, s *Sequencer) {
	if m == nil {
		return
	}
	reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: metrics.Namespace, Subsystem: "sequencer",
		Name: "mempool_ops", Help: "Signed ops waiting in the mempool."}, func() float64 { return float64(s.pool.Len()) }),
		&jobsCollector{s: s, desc: prometheus.NewDesc(metrics.Name("sequencer", "jobs"),
			"Live jobs by status: pending (SubmitJob not sealed), open, offered, locked.", []string{"status"}, nil)})
}

// jobsCollector counts the live jobs by status at each scrape.
type jobsCollector struct {
	s    *Sequencer
	desc *prometheus.Desc
}

func (c *jobsCollector) Describe(ch chan<- *prometheus.Desc) { ch <- c.desc }

func (c *jobsCollector) Collect(ch chan<- prometheus.Metric) {
	counts, err := c.s.jobCounts()
	if err != nil {
		ch <- prometheus.NewInvalidMetric(c.desc, err)
		return
	}
	for _, st := range []string{"pending", "open", "offered", "locked"} {
		ch <- prometheus.MustNewConstMetric(c.desc, prometheus.GaugeValue, float64(counts[st]), st)
	}
}

// jobCounts counts the live jobs by status.
func (s *Sequencer) jobCounts() (map[string]int, error) {
	l, unlock := s.lock()
	defer unlock()
	jobs, err := l.liveJobs()
	if err != nil {
		return nil, err
	}
	out := map[string]int{}
	for _, j := range jobs {
		_, _, offered := s.work.book.Get(j.id)
		_, pendingLock := s.work.locks[j.id]
		switch {
		case j.job.Status == state.JobLocked || pendingLock:
			out["locked"]++
		case offered:
			out["offered"]++
		case j.pending:
			out["pending"]++
		default:
			out["open"]++
		}
	}
	return out, nil
}

// admission records an op admitted or refused over RPC.
func (m *Metrics) admission(op rollup.OpType, err error) {
	if m == nil {
		return
	}
	if err == nil {
		m.admitted.WithLabelValues(op.String()).Inc()
		return
	}
	m.rejected.WithLabelValues("admission", op.String(), Reason(err)).Inc()
}

// sealRejected records an op rejected while its batch was sealed.
func (m *Metrics) sealRejected(op rollup.OpType, err error) {
	if m != nil {
		m.rejected.WithLabelValues("sealing", op.String(), Reason(err)).Inc()
	}
}

// sealRejectedFor records an op rejected at sealing for reason.
func (m *Metrics) sealRejectedFor(op rollup.OpType, reason string) {
	if m != nil {
		m.rejected.WithLabelValues("sealing", op.String(), reason).Inc()
	}
}

// sealedBatch records a sealed batch and its jobs' steps.
func (m *Metrics) sealedBatch(b *rollup.Batch, took time.Duration) {
	if m == nil {
		return
	}
	m.sealSeconds.Observe(took.Seconds())
	m.batchOps.Observe(float64(len(b.Receipts)))
	m.batchBytes.Observe(float64(len(b.Pubdata)))
	m.sealed.Inc()
	m.lastBatch.Set(float64(b.Header.BatchNumber))
	for _, r := range b.Receipts {
		switch o := r.Op.(type) {
		case *rollup.FulfillJob:
			m.jobEvents.WithLabelValues("fulfilled").Inc()
			m.forget(o.JobID)
		case *rollup.ExpireJob:
			m.jobEvents.WithLabelValues("expired").Inc()
		case *rollup.L1Job:
			m.jobStep(o.JobID, "submitted")
		}
	}
}

// jobStep records a job's step at the current time, with the latency since
// the step before it.
func (m *Metrics) jobStep(job uint32, step string) {
	if m == nil {
		return
	}
	now := time.Now()
	m.jobEvents.WithLabelValues(step).Inc()
	m.mu.Lock()
	defer m.mu.Unlock()
	st, known := m.stamps[job]
	if !known && len(m.stamps) >= m.maxJobs {
		return // bounded: a flood of jobs never proven is not remembered
	}
	since := func(label string, t time.Time) {
		if !t.IsZero() {
			m.latency.WithLabelValues(label).Observe(now.Sub(t).Seconds())
		}
	}
	switch step {
	case "submitted":
		st.submitted = now
	case "offered":
		since("submit_to_offer", st.submitted)
		st.offered = now
	case "locked":
		since("offer_to_lock", st.offered)
		st.locked = now
	case "proven":
		if st.locked.IsZero() {
			since("offer_to_proof", st.offered) // fulfilled directly, without a lock
		} else {
			since("lock_to_proof", st.locked)
		}
		since("submit_to_proof", st.submitted)
		delete(m.stamps, job)
		return
	}
	m.stamps[job] = st
}

func (m *Metrics) forget(job uint32) {
	m.mu.Lock()
	delete(m.stamps, job)
	m.mu.Unlock()
}

// proof records a verified proof.
func (m *Metrics) proof(job uint32, accepted bool) {
	if m == nil {
		return
	}
	if accepted {
		m.proofs.WithLabelValues("accepted").Inc()
		m.jobStep(job, "proven")
		return
	}
	m.proofs.WithLabelValues("rejected").Inc()
}

// refused records a request refused by the server's limits.
func (m *Metrics) refused(reason string) {
	if m != nil {
		m.rpcRefused.WithLabelValues(reason).Inc()
	}
}

// reasons maps the errors an op is refused with to a metric label; the
// first match wins.
var reasons = []struct {
	err   error
	label string
}{
	{rollup.ErrBadSignature, "signature"},
	{rollup.ErrBadNonce, "nonce"},
	{rollup.ErrInsufficientFund, "balance"},
	{rollup.ErrUnknownAccount, "account"},
	{rollup.ErrNoKey, "account"},
	{rollup.ErrUnknownModel, "model"},
	{rollup.ErrFeeCap, "fee"},
	{rollup.ErrDeadline, "deadline"},
	{rollup.ErrJobState, "job_state"},
	{rollup.ErrNotJobParty, "not_job_party"},
	{rollup.ErrNotProver, "not_prover"},
	{rollup.ErrCollateral, "collateral"},
	{rollup.ErrExiting, "exiting"},
	{rollup.ErrJobID, "job_id"},
	{ErrJobIDTaken, "job_id"},
	{ErrNotOffered, "not_offered"},
	{ErrNotLocked, "not_locked"},
	{ErrFulfilPending, "fulfil_pending"},
	{ErrReplay, "replay"},
	{mempool.ErrKnown, "known"},
	{mempool.ErrFull, "mempool_full"},
	{mempool.ErrAccountLimit, "account_limit"},
	{mempool.ErrNotUserOp, "op_type"},
	{rollup.ErrBadOpJSON, "malformed"},
}

// Reason is the metric label of the error an op was refused with: a short
// name for each known cause, "bad_proof", "invalid" for other invalid
// params, else "internal".
func Reason(err error) string {
	for _, r := range reasons {
		if errors.Is(err, r.err) {
			return r.label
		}
	}
	var bp badProofError
	if errors.As(err, &bp) {
		return "bad_proof"
	}
	if isInvalid(err) {
		return "invalid"
	}
	return "internal"
}
