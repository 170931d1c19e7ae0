package sequencer

import (
	"context"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// What the explorer knows besides the state and the stored batches: when a
// job was submitted and proven here (kept in memory for the most recent
// jobs), how far the aggregator has got with each batch (told by an
// in-process aggregator), and the last batch L1 has settled (read from L1
// when the node gives a way to).

// SettlementInfo is what the explorer shows of a batch's settlement.
type SettlementInfo struct {
	Stage         string       `json:"stage"` // proving, submitting, settled
	Tx            *common.Hash `json:"tx,omitempty"`
	GasUsed       uint64       `json:"gasUsed,omitempty"`
	FeeWei        *hexutil.Big `json:"feeWei,omitempty"`
	Inferences    int          `json:"inferences"`
	BlockMs       int64        `json:"blockMs,omitempty"`
	AggregationMs int64        `json:"aggregationMs,omitempty"`
	WrapMs        int64        `json:"wrapMs,omitempty"`
	SettledAt     int64        `json:"settledAt,omitempty"` // unix ms
}

// jobTimes are when a job was submitted (admitted or, for an L1 job,
// sealed) and its proof accepted, in unix ms.
type jobTimes struct{ submitted, proven int64 }

// Bounds of the explorer's memory.
const (
	maxJobTimes    = 4096
	maxSettlements = 1024
)

type explorerState struct {
	mu        sync.Mutex
	times     map[uint32]*jobTimes
	timeOrder []uint32
	settle    map[uint64]*SettlementInfo
	order     []uint64
	// served counts the jobs fulfilled per model (from the summaries; nil
	// until first read). scanMu makes the first read scan once: callers
	// that come meanwhile wait for it rather than scan too.
	served   map[uint32]uint64
	servedTo uint64 // the last batch counted in served
	scanMu   sync.Mutex

	l1          L1Settlement
	l1Last      uint64
	l1ReadAt    time.Time
	l1ReadError string
}

// L1Settlement reads settlement from L1 (NexusRollup), for a sequencer
// whose aggregator runs elsewhere.
type L1Settlement interface {
	// LastSettled is the last batch settled on L1 (lastBatchNumber).
	LastSettled(ctx context.Context) (uint64, error)
	// Settlement describes batch n's settlement (its BatchSettled event's
	// transaction); nil if L1 has none.
	Settlement(ctx context.Context, n uint64) (*SettlementInfo, error)
}

// maxL1Lookups bounds the settlements one explorer call reads from L1; the
// rest are read by the next calls (each is kept once read).
const maxL1Lookups = 8

func newExplorerState() *explorerState {
	return &explorerState{times: map[uint32]*jobTimes{}, settle: map[uint64]*SettlementInfo{}}
}

func (e *explorerState) jobTime(job uint32, set func(*jobTimes)) {
	e.mu.Lock()
	defer e.mu.Unlock()
	t, ok := e.times[job]
	if !ok {
		if len(e.timeOrder) >= maxJobTimes {
			delete(e.times, e.timeOrder[0])
			e.timeOrder = e.timeOrder[1:]
		}
		t = &jobTimes{}
		e.times[job] = t
		e.timeOrder = append(e.timeOrder, job)
	}
	set(t)
}

func (e *explorerState) timesOf(job uint32) jobTimes {
	e.mu.Lock()
	defer e.mu.Unlock()
	if t, ok := e.times[job]; ok {
		return *t
	}
	return jobTimes{}
}

// SetSettlement records what the aggregator does with batch n (the devnet's
// in-process aggregator tells it; a separate aggregator's progress shows as
// the last batch settled on L1).
func (s *Sequencer) SetSettlement(n uint64, info SettlementInfo) {
	e := s.explorer
	e.mu.Lock()
	defer e.mu.Unlock()
	if _, ok := e.settle[n]; !ok {
		if len(e.order) >= maxSettlements {
			delete(e.settle, e.order[0])
			e.order = e.order[1:]
		}
		e.order = append(e.order, n)
	}
	e.settle[n] = &info
	if info.Stage == "settled" && n > e.l1Last {
		e.l1Last = n
	}
}

// SetL1Settlement gives the explorer a way to read settlement from L1: the
// last batch settled (read at most every two seconds) and each settled
// batch's transaction, gas and fee (read once).
func (s *Sequencer) SetL1Settlement(l L1Settlement) {
	s.explorer.mu.Lock()
	s.explorer.l1 = l
	s.explorer.mu.Unlock()
}

// l1SettlementOf reads batch n's settlement from L1 and keeps it; nil if
// none can be read.
func (s *Sequencer) l1SettlementOf(n uint64) *SettlementInfo {
	s.explorer.mu.Lock()
	l := s.explorer.l1
	s.explorer.mu.Unlock()
	if l == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	info, err := l.Settlement(ctx, n)
	if err != nil || info == nil {
		if err != nil {
			s.log.Debug("reading a batch's settlement from L1", "batch", n, "err", err)
		}
		return nil
	}
	s.SetSettlement(n, *info)
	return info
}

// lastSettled is the last batch settled on L1, as far as known.
func (s *Sequencer) lastSettled() uint64 {
	e := s.explorer
	e.mu.Lock()
	l, stale := e.l1, time.Since(e.l1ReadAt) > 2*time.Second
	e.mu.Unlock()
	if l != nil && stale {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		n, err := l.LastSettled(ctx)
		cancel()
		e.mu.Lock()
		e.l1ReadAt = time.Now()
		if err != nil {
			e.l1ReadError = err.Error()
		} else if n > e.l1Last {
			e.l1Last, e.l1ReadError = n, ""
		}
		e.mu.Unlock()
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.l1Last
}

func (s *Sequencer) settlementOf(n uint64) *SettlementInfo {
	e := s.explorer
	e.mu.Lock()
	defer e.mu.Unlock()
	if i, ok := e.settle[n]; ok {
		c := *i
		return &c
	}
	return nil
}

// sealedSummary updates the explorer's counts and times with sealed batch n.
func (s *Sequencer) sealedSummary(n uint64, sum *batchSummary, ts uint64) {
	for _, j := range sum.Jobs {
		if j.Op == "L1Job" {
			s.explorer.jobTime(j.Job, func(t *jobTimes) { t.submitted = int64(ts) * 1000 })
		}
	}
	s.explorer.countServed(n, sum)
}

// countServed adds batch n's fulfilled jobs to the per-model counts, once
// they are loaded and if n is not counted yet.
func (e *explorerState) countServed(n uint64, sum *batchSummary) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.served == nil || n <= e.servedTo {
		return
	}
	for _, j := range sum.Jobs {
		if j.Op == "FulfillJob" {
			e.served[j.Model]++
		}
	}
	e.servedTo = n
}

// servedByModel counts the jobs fulfilled per model: from every summary the
// first time, then kept up to date as batches seal.
func (s *Sequencer) servedByModel() (map[uint32]uint64, error) {
	e := s.explorer
	e.scanMu.Lock()
	defer e.scanMu.Unlock()
	e.mu.Lock()
	if e.served == nil {
		e.served = map[uint32]uint64{}
	}
	e.mu.Unlock()
	for {
		s.mu.Lock()
		last, _, _, err := s.ex.LastBatch()
		s.mu.Unlock()
		if err != nil {
			return nil, err
		}
		e.mu.Lock()
		from := e.servedTo + 1
		e.mu.Unlock()
		if from > last {
			break
		}
		for n := from; n <= last; n++ {
			sum, err := s.summary(n)
			if err != nil {
				return nil, err
			}
			if sum == nil {
				sum = &batchSummary{} // sealed before summaries were stored
			}
			e.countServed(n, sum)
		}
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	out := make(map[uint32]uint64, len(e.served))
	for k, v := range e.served {
		out[k] = v
	}
	return out, nil
}
