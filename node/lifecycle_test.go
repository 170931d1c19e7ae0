package node

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

type recorder struct {
	mu  sync.Mutex
	log []string
}

func (r *recorder) add(s string) { r.mu.Lock(); r.log = append(r.log, s); r.mu.Unlock() }
func (r *recorder) get() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.log)
}

func (r *recorder) svc(name string, startErr, stopErr error) Lifecycle {
	return Hooks{
		OnStart: func(context.Context) error { r.add("start " + name); return startErr },
		OnStop:  func(context.Context) error { r.add("stop " + name); return stopErr },
	}
}

func TestStackStartsInOrderAndStopsInReverse(t *testing.T) {
	var r recorder
	s := NewStack()
	s.Register("a", r.svc("a", nil, nil))
	s.Register("b", r.svc("b", nil, errors.New("b's close failed")))
	s.Register("c", r.svc("c", nil, nil))
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	err := s.Stop(context.Background())
	if err == nil || !strings.Contains(err.Error(), "b: b's close failed") {
		t.Errorf("Stop = %v, want b's error named", err)
	}
	want := []string{"start a", "start b", "start c", "stop c", "stop b", "stop a"}
	if got := r.get(); !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
	if err := s.Stop(context.Background()); err != nil {
		t.Errorf("second Stop = %v, want nil (idempotent)", err)
	}
	if err := s.Start(context.Background()); err == nil {
		t.Error("a stopped stack started again")
	}
}

func TestStackStopsWhatStartedWhenAServiceFailsToStart(t *testing.T) {
	var r recorder
	s := NewStack()
	s.Register("a", r.svc("a", nil, nil))
	s.Register("b", r.svc("b", errors.New("port in use"), nil))
	s.Register("c", r.svc("c", nil, nil))
	err := s.Start(context.Background())
	if err == nil || !strings.Contains(err.Error(), "b: port in use") {
		t.Fatalf("Start = %v, want b's error", err)
	}
	want := []string{"start a", "start b", "stop a"}
	if got := r.get(); !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
}

func TestLoopFailureEndsWait(t *testing.T) {
	s := NewStack()
	boom := errors.New("L1 gone")
	s.Register("watcher", NewLoop(func(ctx context.Context) error {
		select {
		case <-time.After(10 * time.Millisecond):
			return boom
		case <-ctx.Done():
			return ctx.Err()
		}
	}))
	stopped := make(chan struct{})
	quiet := NewLoop(func(ctx context.Context) error { <-ctx.Done(); close(stopped); return ctx.Err() })
	s.Register("quiet", quiet)
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := s.Wait(ctx); !errors.Is(err, boom) || !strings.HasPrefix(err.Error(), "watcher: ") {
		t.Fatalf("Wait = %v, want the watcher's error", err)
	}
	if err := s.Stop(ctx); err != nil {
		t.Fatalf("Stop = %v", err)
	}
	select {
	case <-stopped:
	default:
		t.Error("Stop returned before the loop ended")
	}
}

func TestWaitReturnsNilWhenTheContextEnds(t *testing.T) {
	s := NewStack()
	s.Register("loop", NewLoop(func(ctx context.Context) error { <-ctx.Done(); return ctx.Err() }))
	ctx, cancel := context.WithCancel(context.Background())
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	cancel() // the loop runs on: only Stop ends it
	if err := s.Wait(ctx); err != nil {
		t.Errorf("Wait = %v, want nil", err)
	}
	if err := s.Stop(context.Background()); err != nil {
		t.Errorf("Stop = %v", err)
	}
}

func TestLoopStopIsBounded(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	stuck := func(context.Context) error { <-release; return nil } // ignores cancellation
	l := NewLoop(stuck)
	if err := l.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if err := l.Stop(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Stop of a stuck loop = %v, want the deadline", err)
	}
	lingering := NewLoop(stuck)
	lingering.Linger = 10 * time.Millisecond
	lingering.Start(context.Background())
	if err := lingering.Stop(context.Background()); err != nil {
		t.Errorf("Stop of a lingering loop = %v, want nil after Linger", err)
	}
}
