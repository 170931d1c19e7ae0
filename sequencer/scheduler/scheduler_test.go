package scheduler

import (
	"math/big"
	"reflect"
	"testing"
)

func eth(v int64) *big.Int { return new(big.Int).Mul(big.NewInt(v), big.NewInt(1e18)) }

func prover(id uint32, mut ...func(*Prover)) Prover {
	p := Prover{ID: id, Stake: eth(1), Locked: new(big.Int), Capacity: 4, Models: map[uint32]bool{1: true}}
	for _, m := range mut {
		m(&p)
	}
	return p
}

func TestAssign(t *testing.T) {
	job := func(id uint32, fee, deadline uint64) Job {
		return Job{ID: id, Model: 1, FeeGwei: fee, Deadline: deadline}
	}
	tests := []struct {
		name    string
		jobs    []Job
		provers []Prover
		want    []Offer
	}{
		{"no provers", []Job{job(1, 10, 100)}, nil, nil},
		{"one job one prover", []Job{job(1, 10, 100)}, []Prover{prover(5)}, []Offer{{1, 5}}},
		{"reputation wins", []Job{job(1, 10, 100)},
			[]Prover{prover(2, func(p *Prover) { p.Expired = 3 }), prover(3, func(p *Prover) { p.Fulfilled = 9 })},
			[]Offer{{1, 3}}},
		{"bad proofs cost reputation", []Job{job(1, 10, 100)},
			[]Prover{prover(2, func(p *Prover) { p.BadProofs = 1 }), prover(3)}, []Offer{{1, 3}}},
		{"tie: more free stake", []Job{job(1, 10, 100)},
			[]Prover{prover(2), prover(3, func(p *Prover) { p.Stake = eth(2) })}, []Offer{{1, 3}}},
		{"tie: lower price", []Job{job(1, 10, 100)},
			[]Prover{prover(2, func(p *Prover) { p.PriceGwei = 5 }), prover(3, func(p *Prover) { p.PriceGwei = 1 })}, []Offer{{1, 3}}},
		{"tie: lower id", []Job{job(1, 10, 100)}, []Prover{prover(9), prover(4)}, []Offer{{1, 4}}},
		{"price above fee", []Job{job(1, 10, 100)}, []Prover{prover(2, func(p *Prover) { p.PriceGwei = 11 })}, nil},
		{"model not served", []Job{{ID: 1, Model: 7, FeeGwei: 10, Deadline: 100}}, []Prover{prover(2)}, nil},
		{"exiting", []Job{job(1, 10, 100)}, []Prover{prover(2, func(p *Prover) { p.Exiting = true })}, nil},
		{"no stake", []Job{job(1, 10, 100)}, []Prover{prover(2, func(p *Prover) { p.Stake = new(big.Int) })}, nil},
		{"excluded after a declined offer", []Job{{ID: 1, Model: 1, FeeGwei: 10, Deadline: 100, Exclude: 2}},
			[]Prover{prover(2), prover(3, func(p *Prover) { p.Expired = 5 })}, []Offer{{1, 3}}},
		{"free stake below collateral 2·fee", []Job{job(1, 1e9, 100)},
			[]Prover{prover(2, func(p *Prover) { p.Locked = new(big.Int).Sub(eth(1), big.NewInt(1)) })}, nil},
		{"collateral exactly covered", []Job{job(1, 5e8, 100)}, []Prover{prover(2)}, []Offer{{1, 2}}},
		{"reserved offers count against stake", []Job{job(1, 5e8, 100)},
			[]Prover{prover(2, func(p *Prover) { p.Reserved = big.NewInt(1) })}, nil},
		{"stake runs out within a pass", []Job{job(1, 5e8, 100), job(2, 5e8, 200)},
			[]Prover{prover(2)}, []Offer{{1, 2}}},
		{"capacity bounds the offers", []Job{job(1, 10, 100), job(2, 10, 100), job(3, 10, 100)},
			[]Prover{prover(2, func(p *Prover) { p.Capacity = 1; p.Busy = 0 })}, []Offer{{1, 2}}},
		{"busy prover full", []Job{job(1, 10, 100)}, []Prover{prover(2, func(p *Prover) { p.Busy = 4 })}, nil},
		{"load spreads", []Job{job(1, 10, 100), job(2, 10, 100), job(3, 10, 100), job(4, 10, 100)},
			[]Prover{prover(2, func(p *Prover) { p.Capacity = 2 }), prover(3, func(p *Prover) { p.Capacity = 2 })},
			[]Offer{{1, 2}, {2, 3}, {3, 2}, {4, 3}}},
		{"earliest deadline first", []Job{job(1, 10, 300), job(2, 10, 100)},
			[]Prover{prover(2, func(p *Prover) { p.Capacity = 1 })}, []Offer{{2, 2}}},
		{"then highest fee", []Job{job(1, 10, 100), job(2, 20, 100)},
			[]Prover{prover(2, func(p *Prover) { p.Capacity = 1 })}, []Offer{{2, 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Assign(tt.jobs, tt.provers)
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			// Deterministic: the order of the inputs does not matter.
			rev := append([]Prover(nil), tt.provers...)
			for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
				rev[i], rev[j] = rev[j], rev[i]
			}
			if again := Assign(tt.jobs, rev); !reflect.DeepEqual(again, tt.want) {
				t.Fatalf("reversed provers: got %v, want %v", again, tt.want)
			}
		})
	}
}

func TestAssignDoesNotMutateInputs(t *testing.T) {
	p := []Prover{prover(2)}
	before := new(big.Int).Set(p[0].Stake)
	Assign([]Job{{ID: 1, Model: 1, FeeGwei: 1e8, Deadline: 5}}, p)
	if p[0].Stake.Cmp(before) != 0 || p[0].Busy != 0 {
		t.Fatal("Assign changed its input")
	}
}

func TestExpiring(t *testing.T) {
	jobs := []Live{
		{ID: 4, Status: Locked, Deadline: 500, LockDeadline: 100},
		{ID: 2, Status: Locked, Deadline: 500, LockDeadline: 101},
		{ID: 3, Status: Open, Deadline: 100},
		{ID: 1, Status: Open, Deadline: 101},
	}
	tests := []struct {
		ts   uint64
		want []uint32
	}{
		{99, nil},
		{100, nil}, // a deadline is inclusive: the batch time must be past it
		{101, []uint32{3, 4}},
		{102, []uint32{1, 2, 3, 4}},
	}
	for _, tt := range tests {
		if got := Expiring(jobs, tt.ts); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ts %d: got %v, want %v", tt.ts, got, tt.want)
		}
	}
}

func TestBook(t *testing.T) {
	b := NewBook()
	b.Put(1, 7, 100, 10)
	b.Put(2, 7, 200, 20)
	b.Put(3, 8, 100, 5)
	if got := b.Of(7); !reflect.DeepEqual(got, []uint32{1, 2}) {
		t.Fatalf("offers of 7: %v", got)
	}
	if sum, n := b.Reserved(7); n != 2 || sum.Cmp(Collateral(30)) != 0 {
		t.Fatalf("reserved: %v, %d", sum, n)
	}
	b.Prune(150)
	if _, _, ok := b.Get(1); ok {
		t.Fatal("an expired offer survived")
	}
	if b.Declined(1) != 7 || b.Declined(3) != 8 || b.Declined(2) != 0 {
		t.Fatal("declined provers not remembered")
	}
	b.Drop(1)
	if b.Declined(1) != 0 {
		t.Fatal("drop kept the declined prover")
	}
	if p, exp, ok := b.Get(2); !ok || p != 7 || exp != 200 {
		t.Fatalf("offer 2: %d %d %v", p, exp, ok)
	}
}
