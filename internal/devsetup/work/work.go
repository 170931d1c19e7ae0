// Package work counts the work of a setup, for progress lines.
package work

import "sync/atomic"

// Progress counts a setup's work; Total is set (and may be made exact) by
// the setup as it learns the circuit's shape.
type Progress struct {
	Done, Total atomic.Int64
}

// Counter is Done, or nil for a nil Progress.
func (p *Progress) Counter() *atomic.Int64 {
	if p == nil {
		return nil
	}
	return &p.Done
}

// Fraction is Done/Total in [0, 1]; 0 while Total is unknown.
func (p *Progress) Fraction() float64 {
	t := p.Total.Load()
	if t <= 0 {
		return 0
	}
	return min(1, float64(p.Done.Load())/float64(t))
}
