package oracle

import (
	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the operator's Prometheus metrics, on a registry of its own.
type metrics struct {
	registry      *prometheus.Registry
	events        prometheus.Counter
	lag           prometheus.Gauge
	ingestedBlock prometheus.Gauge
	trainSeconds  prometheus.Histogram
	activeVersion prometheus.Gauge
	epoch         prometheus.Gauge
	accuracy      prometheus.Gauge
	proposals     *prometheus.CounterVec
	gas           *prometheus.CounterVec
	errors        prometheus.Counter
}

func newMetrics() *metrics {
	m := &metrics{
		registry: prometheus.NewRegistry(),
		events: prometheus.NewCounter(prometheus.CounterOpts{Name: "sumkit_oracle_events_ingested_total",
			Help: "Contributions and outcomes stored by this process."}),
		lag: prometheus.NewGauge(prometheus.GaugeOpts{Name: "sumkit_oracle_lag_blocks",
			Help: "Blocks between the node's head and the last ingested block."}),
		ingestedBlock: prometheus.NewGauge(prometheus.GaugeOpts{Name: "sumkit_oracle_ingested_block",
			Help: "The last ingested block."}),
		trainSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "sumkit_oracle_training_seconds",
			Help: "Time to train and measure one candidate version.", Buckets: prometheus.ExponentialBuckets(0.05, 2, 14)}),
		activeVersion: prometheus.NewGauge(prometheus.GaugeOpts{Name: "sumkit_oracle_active_version",
			Help: "The number of the model's active version."}),
		epoch: prometheus.NewGauge(prometheus.GaugeOpts{Name: "sumkit_oracle_committee_epoch",
			Help: "The committee's epoch: it grows by one each time the committee changes."}),
		accuracy: prometheus.NewGauge(prometheus.GaugeOpts{Name: "sumkit_oracle_active_accuracy_ppm",
			Help: "The active version's attested held-out accuracy, in parts per million."}),
		proposals: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sumkit_oracle_proposals_total",
			Help: "Proposals this operator sent, by how it agreed (recompute or attest)."}, []string{"mode"}),
		gas: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sumkit_oracle_gas_used_total",
			Help: "Gas used by this operator's transactions, by call."}, []string{"call"}),
		errors: prometheus.NewCounter(prometheus.CounterOpts{Name: "sumkit_oracle_cycle_errors_total",
			Help: "Cycles that ended in an error (retried at the next poll)."}),
	}
	m.registry.MustRegister(m.events, m.lag, m.ingestedBlock, m.trainSeconds, m.activeVersion, m.epoch, m.accuracy,
		m.proposals, m.gas, m.errors)
	return m
}
