package sequencer

// locked is the sequencer with s.mu held. The methods that read or change
// what s.mu guards (the prover work state, the executor's staged state)
// are methods of locked rather than of *Sequencer, so a call without the
// lock does not compile; lock is the one way to get a locked.
type locked struct{ *Sequencer }

// lock takes s.mu and returns the sequencer as locked, and the function
// that releases it.
func (s *Sequencer) lock() (locked, func()) {
	s.mu.Lock()
	return locked{s}, s.mu.Unlock
}
