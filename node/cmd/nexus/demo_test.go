package main

import (
	"testing"
	"time"
)

// TestDemoPace: the demo's next round is due at once while the aggregator
// is idle or has not settled a batch yet, and otherwise a lead before the
// batch being proven should settle, timed by the last one.
func TestDemoPace(t *testing.T) {
	var nilPace *demoPace
	if !nilPace.nextAt(time.Second).IsZero() {
		t.Fatal("no pace: due now")
	}
	p := &demoPace{}
	if !p.nextAt(time.Second).IsZero() {
		t.Fatal("idle: due now")
	}
	p.started()
	if !p.nextAt(time.Second).IsZero() {
		t.Fatal("first batch, nothing to time it by: due now")
	}
	p.settled()
	p.mu.Lock()
	p.last = 4 * time.Minute // as if the first batch took four minutes
	p.mu.Unlock()
	if !p.nextAt(time.Second).IsZero() {
		t.Fatal("idle after a settlement: due now")
	}
	p.started()
	at := p.nextAt(time.Minute)
	if d := time.Until(at); d < 2*time.Minute || d > 3*time.Minute {
		t.Fatalf("next round due in %s, want about 3 minutes (4 min batch, 1 min lead)", d)
	}
}
