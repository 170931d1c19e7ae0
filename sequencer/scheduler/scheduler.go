// Package scheduler decides which prover each open job is offered to, and
// which jobs are due an ExpireJob. It is pure: the sequencer gives it the
// jobs and provers as the L2 state and the provers' work requests show them.
//
// A job is offered to one eligible prover: one that proves the job's model,
// asks no more than the job's fee, has a free slot of its advertised
// capacity, is not exiting, and has free stake (stake − locked − collateral
// of its outstanding offers) of at least the collateral, 2·fee. Among those
// the highest score wins:
//
//	score = reputation × (1 − busy/capacity)
//	reputation = (fulfilled + 1) / (fulfilled + expired + badProofs + 2)
//
// so reliable provers are preferred and load spreads as they fill up. Ties go
// to more free stake, then the lower price, then the lower account id. Jobs
// are taken earliest deadline first, then highest fee, then lowest id, so
// the outcome depends only on the inputs.
package scheduler

import (
	"math/big"
	"math/bits"
	"sort"
)

// Gwei is the wei in one gwei.
const Gwei = 1_000_000_000

// CollateralMultiplier is rollup.CollateralMultiplier: a lock reserves this
// many times the job's fee from the prover's stake.
const CollateralMultiplier = 2

// Prover is a prover as the scheduler sees it.
type Prover struct {
	ID                            uint32
	Stake, Locked                 *big.Int // wei, from the L2 account
	Reserved                      *big.Int // wei: collateral of offers not yet locked
	Fulfilled, Expired, BadProofs uint64
	Exiting                       bool
	Capacity                      int // advertised
	Busy                          int // jobs locked by it or offered to it now
	PriceGwei                     uint64
	Models                        map[uint32]bool
}

// Job is an open job waiting for an offer.
type Job struct {
	ID       uint32
	Model    uint32
	FeeGwei  uint64
	Deadline uint64
	Exclude  uint32 // a prover not to offer it to (it let the last offer expire); 0: none
}

// Offer gives a job to a prover.
type Offer struct {
	Job, Prover uint32
}

// Collateral returns the collateral of a job with fee feeGwei, in wei.
func Collateral(feeGwei uint64) *big.Int {
	c := new(big.Int).SetUint64(feeGwei)
	c.Mul(c, big.NewInt(CollateralMultiplier*Gwei))
	return c
}

type candidate struct {
	p    *Prover
	free *big.Int
	busy int
}

// score is reputation × free capacity as a fraction num/den.
func (c *candidate) score() (num, den uint64) {
	p := c.p
	n1, d1 := p.Fulfilled+1, p.Fulfilled+p.Expired+p.BadProofs+2
	if d1 < n1 { // overflow of the counters: treat as neutral
		n1, d1 = 1, 2
	}
	n2, d2 := uint64(p.Capacity-c.busy), uint64(p.Capacity)
	hn, ln := bits.Mul64(n1, n2)
	hd, ld := bits.Mul64(d1, d2)
	// Scale both 128-bit values down together to keep 64 bits.
	for hn != 0 || hd != 0 {
		ln, hn = ln>>1|hn<<63, hn>>1
		ld, hd = ld>>1|hd<<63, hd>>1
	}
	return ln, ld
}

// better reports whether a beats b.
func better(a, b *candidate) bool {
	an, ad := a.score()
	bn, bd := b.score()
	lh, ll := bits.Mul64(an, bd)
	rh, rl := bits.Mul64(bn, ad)
	if lh != rh || ll != rl {
		return lh > rh || (lh == rh && ll > rl)
	}
	if c := a.free.Cmp(b.free); c != 0 {
		return c > 0
	}
	if a.p.PriceGwei != b.p.PriceGwei {
		return a.p.PriceGwei < b.p.PriceGwei
	}
	return a.p.ID < b.p.ID
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

// Assign offers each job to at most one prover and returns the offers in
// job order. Jobs no prover can take get none.
func Assign(jobs []Job, provers []Prover) []Offer {
	js := append([]Job(nil), jobs...)
	sort.Slice(js, func(i, j int) bool {
		a, b := js[i], js[j]
		if a.Deadline != b.Deadline {
			return a.Deadline < b.Deadline
		}
		if a.FeeGwei != b.FeeGwei {
			return a.FeeGwei > b.FeeGwei
		}
		return a.ID < b.ID
	})
	cands := make([]*candidate, 0, len(provers))
	for i := range provers {
		p := &provers[i]
		if p.Exiting || p.Capacity <= 0 || orZero(p.Stake).Sign() <= 0 {
			continue
		}
		free := new(big.Int).Sub(orZero(p.Stake), orZero(p.Locked))
		free.Sub(free, orZero(p.Reserved))
		cands = append(cands, &candidate{p: p, free: free, busy: p.Busy})
	}
	var offers []Offer
	for _, j := range js {
		coll := Collateral(j.FeeGwei)
		var best *candidate
		for _, c := range cands {
			if c.busy >= c.p.Capacity || c.p.ID == j.Exclude || !c.p.Models[j.Model] || c.p.PriceGwei > j.FeeGwei || c.free.Cmp(coll) < 0 {
				continue
			}
			if best == nil || better(c, best) {
				best = c
			}
		}
		if best == nil {
			continue
		}
		best.busy++
		best.free.Sub(best.free, coll)
		offers = append(offers, Offer{Job: j.ID, Prover: best.p.ID})
	}
	return offers
}

// Status of a job for Expiring.
type Status uint8

// Job statuses Expiring looks at.
const (
	Open Status = iota + 1
	Locked
)

// Live is a job that is open or locked.
type Live struct {
	ID           uint32
	Status       Status
	Deadline     uint64
	LockDeadline uint64
}

// Expiring returns, ascending, the jobs an ExpireJob applies to at batch
// time ts: locks past their deadline (slashed, the job reopens) and open
// jobs past their own deadline (refunded).
func Expiring(jobs []Live, ts uint64) []uint32 {
	var out []uint32
	for _, j := range jobs {
		if (j.Status == Locked && ts > j.LockDeadline) || (j.Status == Open && ts > j.Deadline) {
			out = append(out, j.ID)
		}
	}
	sort.Slice(out, func(i, k int) bool { return out[i] < out[k] })
	return out
}

// Book holds the outstanding offers: which prover each job is offered to
// and until when. An offer that expires unlocked is withdrawn, and the job
// is not offered to the same prover again right away. It is not safe for
// concurrent use.
type Book struct {
	offers   map[uint32]entry
	declined map[uint32]uint32 // job → the prover whose offer last expired
}

type entry struct {
	prover  uint32
	expiry  uint64
	feeGwei uint64
}

// NewBook returns an empty book.
func NewBook() *Book {
	return &Book{offers: map[uint32]entry{}, declined: map[uint32]uint32{}}
}

// Put records an offer of job (fee feeGwei) to prover until expiry.
func (b *Book) Put(job, prover uint32, expiry, feeGwei uint64) {
	b.offers[job] = entry{prover: prover, expiry: expiry, feeGwei: feeGwei}
}

// Get returns the prover job is offered to and the offer's expiry.
func (b *Book) Get(job uint32) (prover uint32, expiry uint64, ok bool) {
	e, ok := b.offers[job]
	return e.prover, e.expiry, ok
}

// Drop withdraws job's offer (it was locked, or is no longer open).
func (b *Book) Drop(job uint32) { delete(b.offers, job); delete(b.declined, job) }

// Prune withdraws the offers past their expiry at now.
func (b *Book) Prune(now uint64) {
	for j, e := range b.offers {
		if now > e.expiry {
			delete(b.offers, j)
			b.declined[j] = e.prover
		}
	}
}

// Declined returns the prover that last let job's offer expire (0: none).
func (b *Book) Declined(job uint32) uint32 { return b.declined[job] }

// Of returns the jobs offered to prover, ascending.
func (b *Book) Of(prover uint32) []uint32 {
	var out []uint32
	for j, e := range b.offers {
		if e.prover == prover {
			out = append(out, j)
		}
	}
	sort.Slice(out, func(i, k int) bool { return out[i] < out[k] })
	return out
}

// Reserved returns the collateral (wei) of the offers to prover and their number.
func (b *Book) Reserved(prover uint32) (*big.Int, int) {
	sum, n := new(big.Int), 0
	for _, e := range b.offers {
		if e.prover == prover {
			sum.Add(sum, Collateral(e.feeGwei))
			n++
		}
	}
	return sum, n
}
