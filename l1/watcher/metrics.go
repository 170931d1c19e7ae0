package watcher

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/nexus-rollup/nexus/internal/metrics"
)

// RegisterMetrics adds the watcher's gauges, read at each scrape: the L1
// head and the last block scanned at the last poll, and how far behind the
// head the scan is (the confirmation depth when all is well).
func RegisterMetrics(reg prometheus.Registerer, w *Watcher) {
	gauge := func(name, help string, v func(head, scanned uint64) float64) prometheus.Collector {
		return prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: metrics.Namespace, Subsystem: "watcher",
			Name: name, Help: help}, func() float64 { return v(w.Progress()) })
	}
	reg.MustRegister(
		gauge("l1_head_block", "L1 head block at the last poll.", func(h, _ uint64) float64 { return float64(h) }),
		gauge("scanned_block", "Last L1 block scanned for priority ops.", func(_, s uint64) float64 { return float64(s) }),
		gauge("lag_blocks", "L1 head minus the last block scanned (the confirmation depth when keeping up).",
			func(h, s uint64) float64 {
				if h < s {
					return 0
				}
				return float64(h - s)
			}),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: metrics.Namespace, Subsystem: "watcher",
			Name: "priority_ops", Help: "Priority ops read from L1 and stored."}, func() float64 {
			n, _, err := w.Next()
			if err != nil {
				return -1
			}
			return float64(n)
		}))
}
