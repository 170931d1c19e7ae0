package aggregator

import (
	"testing"
	"time"
)

func TestBackoffDoublesToItsCap(t *testing.T) {
	for _, c := range []struct {
		base, max time.Duration
		n         int
		want      time.Duration
	}{
		{2 * time.Second, time.Minute, 1, 2 * time.Second},
		{2 * time.Second, time.Minute, 2, 4 * time.Second},
		{2 * time.Second, time.Minute, 5, 32 * time.Second},
		{2 * time.Second, time.Minute, 6, time.Minute},
		{2 * time.Second, time.Minute, 1000, time.Minute},
		{2 * time.Second, 0, 1000, 5 * time.Minute},
	} {
		if got := backoff(c.base, c.max, c.n); got != c.want {
			t.Errorf("backoff(%s, %s, %d) = %s, want %s", c.base, c.max, c.n, got, c.want)
		}
	}
}
