package node

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestLockDataDirHeldByAnotherProcess starts a second process (this test
// binary, re-executed) that takes the lock and waits, then checks that our
// attempt fails with a clear message naming its pid, and that the lock is
// free again once that process is killed with SIGKILL.
func TestLockDataDirHeldByAnotherProcess(t *testing.T) {
	if dir := os.Getenv("NEXUS_TEST_HOLD_DATADIR"); dir != "" {
		if _, err := LockDataDir(dir); err != nil {
			os.Exit(3)
		}
		os.WriteFile(filepath.Join(dir, "held"), nil, 0o600)
		time.Sleep(time.Minute)
		os.Exit(0)
	}

	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockDataDirHeldByAnotherProcess$")
	cmd.Env = append(os.Environ(), "NEXUS_TEST_HOLD_DATADIR="+dir)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	deadline := time.Now().Add(30 * time.Second)
	for {
		if _, err := os.Stat(filepath.Join(dir, "held")); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("helper process never took the lock")
		}
		time.Sleep(20 * time.Millisecond)
	}

	_, err := LockDataDir(dir)
	if !errors.Is(err, ErrDataDirInUse) {
		t.Fatalf("want ErrDataDirInUse, got %v", err)
	}
	if !strings.Contains(err.Error(), dir) || !strings.Contains(err.Error(), "pid") {
		t.Errorf("message should name the datadir and the holder's pid: %v", err)
	}

	// kill -9 releases the lock: no stale lock file blocks a restart.
	cmd.Process.Kill()
	cmd.Wait()
	lock, err := LockDataDir(dir)
	if err != nil {
		t.Fatalf("lock after the holder died: %v", err)
	}
	if err := lock.Release(); err != nil {
		t.Fatal(err)
	}
}

func TestLockDataDirSameProcessTwice(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "dir")
	lock, err := LockDataDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := LockDataDir(dir); !errors.Is(err, ErrDataDirInUse) {
		t.Fatalf("second lock: want ErrDataDirInUse, got %v", err)
	}
	if err := lock.Release(); err != nil {
		t.Fatal(err)
	}
	if err := lock.Release(); err != nil {
		t.Fatalf("double release: %v", err)
	}
	lock2, err := LockDataDir(dir)
	if err != nil {
		t.Fatalf("relock: %v", err)
	}
	lock2.Release()
}

func TestLockDataDirUnwritable(t *testing.T) {
	if os.Geteuid() == 0 {
		// root ignores permission bits; use a path under a regular file instead.
		f := filepath.Join(t.TempDir(), "file")
		os.WriteFile(f, nil, 0o600)
		if _, err := LockDataDir(filepath.Join(f, "sub")); err == nil {
			t.Fatal("want an error for a datadir under a regular file")
		}
		return
	}
	dir := t.TempDir()
	os.Chmod(dir, 0o500)
	if _, err := LockDataDir(filepath.Join(dir, "sub")); err == nil {
		t.Fatal("want an error for an unwritable parent")
	}
}
