package sequencer

import (
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/nexus-rollup/nexus/rollup"
)

// The explorer's read-only methods (docs/operations.md). They are served
// like every nexus_ method, under the same limits, and each answer is
// bounded: at most MaxListBatches batches, MaxListJobs jobs, the provers
// seen lately and the first MaxListModels models.

// Bounds of the explorer's lists.
const (
	MaxListBatches = 64
	MaxListJobs    = 128
	MaxListModels  = 256
	// maxJobScan is how many batches ListJobs reads back at most.
	maxJobScan = 512
)

// BatchSummary is a sealed batch as the explorer shows it.
type BatchSummary struct {
	Number       uint64          `json:"number"`
	Timestamp    uint64          `json:"timestamp"`
	Ops          int             `json:"ops"`
	OpsByType    map[string]int  `json:"opsByType,omitempty"`
	Inferences   int             `json:"inferences"`
	Jobs         []JobStep       `json:"jobs,omitempty"`
	Chunks       int             `json:"chunks"`
	PubdataBytes int             `json:"pubdataBytes"`
	Status       string          `json:"status"` // sealed, proving, submitting, settled
	Settlement   *SettlementInfo `json:"settlement,omitempty"`
}

// ExplorerStatus is the explorer's headline.
type ExplorerStatus struct {
	LastBatch    uint64         `json:"lastBatch"`
	LastSettled  uint64         `json:"lastSettled"`
	MempoolOps   int            `json:"mempoolOps"`
	Jobs         map[string]int `json:"jobs"` // live jobs by status
	ProversSeen  int            `json:"proversSeen"`
	Now          int64          `json:"now"` // unix ms
	StateRoot    common.Hash    `json:"stateRoot"`
	AccountDepth int            `json:"accountDepth"`
}

// GetExplorerStatus returns the explorer's headline numbers.
func (a *API) GetExplorerStatus() (*ExplorerStatus, error) {
	counts, err := a.s.jobCounts()
	if err != nil {
		return nil, err
	}
	a.s.mu.Lock()
	last, _, _, lastErr := a.s.ex.LastBatch()
	root, err := a.s.ex.State().Root()
	seen := len(a.s.work.provers)
	a.s.mu.Unlock()
	if lastErr != nil {
		return nil, lastErr
	}
	if err != nil {
		return nil, err
	}
	return &ExplorerStatus{LastBatch: last, LastSettled: min(a.s.lastSettled(), last), MempoolOps: a.s.pool.Len(), Jobs: counts,
		ProversSeen: seen, Now: time.Now().UnixMilli(), StateRoot: common.Hash(root.Bytes()),
		AccountDepth: a.s.params.AccountDepth}, nil
}

// ListBatches returns up to count (1..MaxListBatches) sealed batches,
// newest first, from batch before-1 down (before omitted or 0: from the
// last sealed batch).
func (a *API) ListBatches(count uint32, before *hexutil.Uint64) ([]*BatchSummary, error) {
	if count == 0 || count > MaxListBatches {
		return nil, invalidParams{fmt.Errorf("count must be 1..%d, got %d", MaxListBatches, count)}
	}
	a.s.mu.Lock()
	last, _, _, err := a.s.ex.LastBatch()
	a.s.mu.Unlock()
	if err != nil {
		return nil, err
	}
	top := last
	if before != nil && *before != 0 {
		if uint64(*before) > last+1 {
			return nil, invalidParams{fmt.Errorf("before %d is past the next batch %d", uint64(*before), last+1)}
		}
		top = uint64(*before) - 1
	}
	settled := a.s.lastSettled()
	out := []*BatchSummary{}
	lookups := maxL1Lookups
	for n := top; n >= 1 && len(out) < int(count); n-- {
		b, err := a.batchSummary(n, settled, &lookups)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
}

func (a *API) batchSummary(n, settled uint64, lookups *int) (*BatchSummary, error) {
	a.s.mu.Lock()
	h, pd, err := a.s.ex.StoredBatch(n)
	a.s.mu.Unlock()
	if err != nil {
		return nil, err
	}
	sum, err := a.s.summary(n)
	if err != nil {
		return nil, err
	}
	b := &BatchSummary{Number: n, Timestamp: h.Timestamp, PubdataBytes: len(pd), Status: "sealed",
		Settlement: a.s.settlementOf(n)}
	if sum != nil {
		b.OpsByType, b.Jobs, b.Chunks = sum.Ops, sum.Jobs, sum.Chunks
		for _, c := range sum.Ops {
			b.Ops += c
		}
		b.Inferences = sum.Ops[rollup.OpFulfillJob.String()] + sum.Ops[rollup.OpFulfillL1Job.String()]
	}
	if b.Settlement != nil {
		b.Status = b.Settlement.Stage
	}
	if n <= settled {
		b.Status = "settled"
		if (b.Settlement == nil || b.Settlement.Tx == nil) && *lookups > 0 {
			*lookups--
			if info := a.s.l1SettlementOf(n); info != nil {
				b.Settlement = info
			}
		}
	}
	return b, nil
}

// JobSummary is a job as the explorer shows it: its state and where its
// steps were sealed.
type JobSummary struct {
	*Job
	L1            bool         `json:"l1"`
	L1Tx          *common.Hash `json:"l1Tx,omitempty"`
	SubmitBatch   uint64       `json:"submitBatch,omitempty"`
	LockBatch     uint64       `json:"lockBatch,omitempty"`
	FulfillBatch  uint64       `json:"fulfillBatch,omitempty"`
	Settled       bool         `json:"settled"`
	SubmittedAt   int64        `json:"submittedAt,omitempty"` // unix ms (this sequencer's clock)
	ProvenAt      int64        `json:"provenAt,omitempty"`
	SettledAt     int64        `json:"settledAt,omitempty"`
	LatencyMs     int64        `json:"latencyMs,omitempty"`       // submit → proof accepted
	SettleLatency int64        `json:"settleLatencyMs,omitempty"` // submit → its batch settled
}

// ListJobs returns up to count (1..MaxListJobs) jobs: those not sealed
// yet, then those of the most recent batches, newest first.
func (a *API) ListJobs(count uint32) ([]*JobSummary, error) {
	if count == 0 || count > MaxListJobs {
		return nil, invalidParams{fmt.Errorf("count must be 1..%d, got %d", MaxListJobs, count)}
	}
	a.s.mu.Lock()
	last, _, _, err := a.s.ex.LastBatch()
	var pending []uint32
	for id := range a.s.work.live {
		pending = append(pending, id)
	}
	a.s.mu.Unlock()
	if err != nil {
		return nil, err
	}
	sort.Slice(pending, func(i, j int) bool { return pending[i] > pending[j] })
	settled := a.s.lastSettled()
	lookups := maxL1Lookups
	byID := map[uint32]*JobSummary{}
	var order []uint32
	add := func(id uint32) *JobSummary {
		if j, ok := byID[id]; ok {
			return j
		}
		j := &JobSummary{L1: id&rollup.L1JobBit != 0}
		byID[id] = j
		order = append(order, id)
		return j
	}
	for _, id := range pending {
		if len(order) >= int(count) {
			break
		}
		add(id)
	}
	for n := last; n >= 1 && last-n < maxJobScan; n-- {
		sum, err := a.s.summary(n)
		if err != nil {
			return nil, err
		}
		if sum == nil {
			continue
		}
		full := len(order) >= int(count)
		for i := len(sum.Jobs) - 1; i >= 0; i-- {
			st := sum.Jobs[i]
			j, known := byID[st.Job]
			if !known {
				if full {
					continue
				}
				j = add(st.Job)
			}
			switch st.Op {
			case "SubmitJob", "L1Job":
				j.SubmitBatch, j.L1Tx = n, st.L1Tx
			case "LockJob":
				j.LockBatch = n
			case "FulfillJob":
				j.FulfillBatch, j.Settled = n, n <= settled
				info := a.s.settlementOf(n)
				if info == nil && j.Settled && lookups > 0 {
					lookups--
					info = a.s.l1SettlementOf(n)
				}
				if info != nil && info.Stage == "settled" {
					j.SettledAt = info.SettledAt
				}
			}
		}
		if full {
			allSubmitted := true
			for _, j := range byID {
				if j.SubmitBatch == 0 {
					allSubmitted = false
				}
			}
			if allSubmitted {
				break
			}
		}
	}
	out := make([]*JobSummary, 0, len(order))
	for _, id := range order {
		j := byID[id]
		job, err := a.GetJob(id)
		if err != nil {
			job = &Job{ID: id, Status: "pending"} // its SubmitJob is not sealed yet
		}
		j.Job = job
		t := a.s.explorer.timesOf(id)
		j.SubmittedAt, j.ProvenAt = t.submitted, t.proven
		if t.submitted > 0 && t.proven >= t.submitted {
			j.LatencyMs = t.proven - t.submitted
		}
		if t.submitted > 0 && j.SettledAt >= t.submitted {
			j.SettleLatency = j.SettledAt - t.submitted
		}
		out = append(out, j)
	}
	return out, nil
}

// ProverSummary is a prover as the explorer shows it.
type ProverSummary struct {
	Account    uint32         `json:"account"`
	L1Address  common.Address `json:"l1Address"`
	Stake      *hexutil.Big   `json:"stake"`
	FreeStake  *hexutil.Big   `json:"freeStake"`
	Locked     *hexutil.Big   `json:"locked"`
	Fulfilled  uint64         `json:"fulfilled"`
	Expired    uint64         `json:"expired"` // each an expired lock, slashed
	BadProofs  uint64         `json:"badProofs"`
	Reputation float64        `json:"reputation"`
	Exiting    bool           `json:"exiting"`
	LastSeen   int64          `json:"lastSeen,omitempty"` // unix ms of its last nexus_getWork
	Capacity   int            `json:"capacity,omitempty"`
	PriceGwei  uint64         `json:"priceGwei,omitempty"`
	Offered    int            `json:"offered"`
}

// ListProvers returns the provers that asked for work lately (within the
// prover TTL), with their stake and record from the last sealed batch.
func (a *API) ListProvers() ([]*ProverSummary, error) {
	st, err := a.s.committed()
	if err != nil {
		return nil, err
	}
	type seen struct {
		id       uint32
		info     proverInfo
		reserved *big.Int
		offered  int
		bad      uint64
	}
	a.s.mu.Lock()
	var ps []seen
	for id, info := range a.s.work.provers {
		r, n := a.s.work.book.Reserved(id)
		ps = append(ps, seen{id: id, info: *info, reserved: r, offered: n, bad: a.s.work.bad[id]})
	}
	a.s.mu.Unlock()
	sort.Slice(ps, func(i, j int) bool { return ps[i].id < ps[j].id })
	out := []*ProverSummary{}
	for _, p := range ps {
		acc, err := st.Account(uint64(p.id))
		if err != nil {
			return nil, err
		}
		free := new(big.Int).Sub(acc.Stake, acc.Locked)
		if p.reserved != nil {
			free.Sub(free, p.reserved)
		}
		if free.Sign() < 0 {
			free.SetInt64(0)
		}
		out = append(out, &ProverSummary{Account: p.id, L1Address: acc.L1Address, Stake: (*hexutil.Big)(acc.Stake),
			FreeStake: (*hexutil.Big)(free), Locked: (*hexutil.Big)(acc.Locked), Fulfilled: acc.Fulfilled,
			Expired: acc.Expired, BadProofs: p.bad, Exiting: acc.Exiting, LastSeen: p.info.lastSeen.UnixMilli(),
			Capacity: p.info.capacity, PriceGwei: p.info.price, Offered: p.offered,
			Reputation: float64(acc.Fulfilled+1) / float64(acc.Fulfilled+acc.Expired+p.bad+2)})
	}
	return out, nil
}

// modelName is a model's name from its file, when the proof verifier
// reads model files (prover/modelset.Set); "" otherwise.
func (s *Sequencer) modelName(id uint32) string {
	files, ok := s.cfg.Work.Verifier.(interface{ ModelName(id uint32) string })
	if !ok {
		return ""
	}
	return files.ModelName(id)
}

// ModelSummary is a registered model as the explorer shows it.
type ModelSummary struct {
	ID         uint32      `json:"id"`
	Name       string      `json:"name,omitempty"` // from the model file this sequencer verifies with
	VKHash     common.Hash `json:"vkHash"`
	Owner      uint64      `json:"owner"`
	FeeGwei    uint64      `json:"feeGwei"`
	EarnedGwei uint64      `json:"earnedGwei"` // fees earned and not yet claimed (ClaimModelFees)
	JobsServed uint64      `json:"jobsServed"` // jobs fulfilled in sealed batches
	Verified   bool        `json:"verified"`   // this sequencer verifies its proofs
}

// ListModels returns the registered models (the first MaxListModels ids).
func (a *API) ListModels() ([]*ModelSummary, error) {
	st, err := a.s.committed()
	if err != nil {
		return nil, err
	}
	served, err := a.s.servedByModel()
	if err != nil {
		return nil, err
	}
	out := []*ModelSummary{}
	limit := min(uint64(1)<<st.Params().ModelDepth, MaxListModels+1)
	for id := uint64(1); id < limit; id++ {
		m, err := st.Model(id)
		if err != nil {
			return nil, err
		}
		if m.VKHash.IsZero() && m.FeeGwei == 0 && m.Owner == 0 && m.EarnedGwei == 0 {
			continue
		}
		_, known, err := a.s.inputSize(uint32(id))
		out = append(out, &ModelSummary{ID: uint32(id), Name: a.s.modelName(uint32(id)), VKHash: common.Hash(m.VKHash.Bytes()),
			Owner: m.Owner, FeeGwei: m.FeeGwei, EarnedGwei: m.EarnedGwei, JobsServed: served[uint32(id)], Verified: known && err == nil})
	}
	return out, nil
}
