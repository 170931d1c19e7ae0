package main

import (
	"testing"
	"time"
)

// TestDemoPace: the demo's next round is due at once before any batch has
// settled; after one, it waits for the next proof to start (a round sent
// between a settlement and the next proof would wait a whole batch behind
// the round in flight) and is due a lead before that batch should settle,
// timed by the last one.
func TestDemoPace(t *testing.T) {
	due := func(p *demoPace, lead time.Duration) (time.Time, bool) { return p.nextAt(lead) }
	var nilPace *demoPace
	if at, ok := due(nilPace, time.Second); !ok || !at.IsZero() {
		t.Fatal("no pace: due now")
	}
	p := &demoPace{}
	if at, ok := due(p, time.Second); !ok || !at.IsZero() {
		t.Fatal("keys being set up, nothing settled: due now")
	}
	woken := p.changed()
	p.started()
	select {
	case <-woken:
	default:
		t.Fatal("a proof's start did not wake the demo")
	}
	if at, ok := due(p, time.Second); !ok || !at.IsZero() {
		t.Fatal("first batch, nothing to time it by: due now")
	}
	woken = p.changed()
	p.settled()
	select {
	case <-woken:
	default:
		t.Fatal("a settlement did not wake the demo")
	}
	p.mu.Lock()
	p.last = 4 * time.Minute // as if the first batch took four minutes
	p.mu.Unlock()
	if _, ok := due(p, time.Second); ok {
		t.Fatal("between a settlement and the next proof: due now, want wait for the proof to start")
	}
	p.started()
	at, ok := due(p, time.Minute)
	if d := time.Until(at); !ok || d < 2*time.Minute || d > 3*time.Minute {
		t.Fatalf("next round due in %s (%v), want about 3 minutes (4 min batch, 1 min lead)", d, ok)
	}
}
