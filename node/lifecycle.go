package node

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"
)

// Lifecycle is a service a Stack starts and stops, as go-ethereum's
// node.Lifecycle, with contexts: Start returns once the service runs (work
// that outlives it runs in goroutines the service owns), Stop returns once
// they have ended or ctx expires. Both return their errors.
type Lifecycle interface {
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
}

// Failing is a Lifecycle that can fail while it runs: the first error on
// Err stops the Stack (Wait returns it).
type Failing interface {
	Err() <-chan error
}

// Stack starts its services in the order they were registered and stops
// them in the reverse order, so that each service outlives the services
// registered after it (which may use it). A service that fails while
// running, by a Failing error or a Loop's return, ends Wait.
type Stack struct {
	mu       sync.Mutex
	services []entry
	started  int // services[:started] have started
	stopped  bool
	failed   chan error // the first failure, buffered
	watch    sync.WaitGroup
	quit     chan struct{} // closed by Stop: ends the failure watchers
}

type entry struct {
	name string
	svc  Lifecycle
}

// NewStack returns an empty stack.
func NewStack() *Stack {
	return &Stack{failed: make(chan error, 1), quit: make(chan struct{})}
}

// Register adds a service; name prefixes its errors. Services registered
// after Start are not started.
func (s *Stack) Register(name string, svc Lifecycle) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.services = append(s.services, entry{name, svc})
}

// Start starts every registered service not yet started, in order. If one
// fails to start, the ones started are stopped (in reverse) and its error
// is returned, with theirs.
func (s *Stack) Start(ctx context.Context) error {
	s.mu.Lock()
	if s.stopped {
		s.mu.Unlock()
		return errors.New("node: stack already stopped")
	}
	for s.started < len(s.services) {
		e := s.services[s.started]
		if err := e.svc.Start(ctx); err != nil {
			s.mu.Unlock()
			return errors.Join(fmt.Errorf("%s: %w", e.name, err), s.Stop(context.WithoutCancel(ctx)))
		}
		s.started++
		if f, ok := e.svc.(Failing); ok {
			s.watch.Add(1)
			go s.watchFailure(e.name, f.Err())
		}
	}
	s.mu.Unlock()
	return nil
}

func (s *Stack) watchFailure(name string, errc <-chan error) {
	defer s.watch.Done()
	select {
	case err, ok := <-errc:
		if ok && err != nil && !errors.Is(err, context.Canceled) {
			s.Fail(fmt.Errorf("%s: %w", name, err))
		}
	case <-s.quit:
	}
}

// Fail records err as the stack's failure (the first one wins) and ends
// Wait. A service calls it for an error it cannot recover from.
func (s *Stack) Fail(err error) {
	select {
	case s.failed <- err:
	default:
	}
}

// Wait blocks until ctx ends (it returns nil) or a service fails (it
// returns the failure). It does not stop the stack.
func (s *Stack) Wait(ctx context.Context) error {
	select {
	case <-ctx.Done():
		return nil
	case err := <-s.failed:
		return err
	}
}

// Stop stops the started services in reverse order and returns their
// errors joined; each gets ctx, so a deadline on it bounds the whole stop.
// It is idempotent.
func (s *Stack) Stop(ctx context.Context) error {
	s.mu.Lock()
	if s.stopped {
		s.mu.Unlock()
		return nil
	}
	s.stopped = true
	started := s.services[:s.started]
	s.started = 0
	close(s.quit)
	s.mu.Unlock()
	var errs []error
	for i := len(started) - 1; i >= 0; i-- {
		if err := started[i].svc.Stop(ctx); err != nil && !errors.Is(err, context.Canceled) {
			errs = append(errs, fmt.Errorf("%s: %w", started[i].name, err))
		}
	}
	s.watch.Wait()
	return errors.Join(errs...)
}

// Hooks is a Lifecycle of two functions (either may be nil), for a
// resource that has no service type of its own (a database, a client).
type Hooks struct {
	OnStart func(ctx context.Context) error
	OnStop  func(ctx context.Context) error
}

// Start implements Lifecycle.
func (h Hooks) Start(ctx context.Context) error {
	if h.OnStart == nil {
		return nil
	}
	return h.OnStart(ctx)
}

// Stop implements Lifecycle.
func (h Hooks) Stop(ctx context.Context) error {
	if h.OnStop == nil {
		return nil
	}
	return h.OnStop(ctx)
}

// Closer is a Lifecycle that closes c on Stop (a store, a file).
func Closer(c io.Closer) Lifecycle {
	return Hooks{OnStop: func(context.Context) error { return c.Close() }}
}

// CloseFunc is a Lifecycle that calls close on Stop (a client whose Close
// returns nothing).
func CloseFunc(close func()) Lifecycle {
	return Hooks{OnStop: func(context.Context) error { close(); return nil }}
}

// Loop is a Lifecycle that runs fn in a goroutine from Start until Stop
// cancels its context. fn's error, other than its context's, fails the
// Stack (Loop is Failing). Stop waits for fn to return until Stop's ctx
// ends: work fn does not interrupt on cancellation (a proof in progress)
// is left to finish in the background.
type Loop struct {
	// Linger, if set, bounds how long Stop waits for fn: after it, Stop
	// returns nil and leaves fn to end in the background (for work that
	// cannot be interrupted and need not be waited for).
	Linger time.Duration

	fn     func(ctx context.Context) error
	cancel context.CancelFunc
	done   chan struct{}
	errc   chan error
}

// NewLoop returns a Loop of fn.
func NewLoop(fn func(ctx context.Context) error) *Loop {
	return &Loop{fn: fn, done: make(chan struct{}), errc: make(chan error, 1)}
}

// Start implements Lifecycle. The loop's context is detached from ctx's
// cancellation (it ends at Stop) but keeps its values.
func (l *Loop) Start(ctx context.Context) error {
	run, cancel := context.WithCancel(context.WithoutCancel(ctx))
	l.cancel = cancel
	go func() {
		defer close(l.done)
		if err := l.fn(run); err != nil && run.Err() == nil {
			l.errc <- err
		}
	}()
	return nil
}

// Err implements Failing.
func (l *Loop) Err() <-chan error { return l.errc }

// Stop implements Lifecycle.
func (l *Loop) Stop(ctx context.Context) error {
	if l.cancel == nil {
		return nil
	}
	l.cancel()
	var linger <-chan time.Time
	if l.Linger > 0 {
		t := time.NewTimer(l.Linger)
		defer t.Stop()
		linger = t.C
	}
	select {
	case <-l.done:
		return nil
	case <-linger:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("still running when the stop's time ran out: %w", ctx.Err())
	}
}
