package node

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// ErrDataDirInUse is returned when another process holds the data directory.
var ErrDataDirInUse = errors.New("datadir is in use by another process")

// DataDirLock is an exclusive, advisory lock on a data directory, held for
// the life of a process so that two nodes never write the same store.
type DataDirLock struct {
	f *os.File
}

const lockFileName = "LOCK"

// LockDataDir creates dir if needed and takes its lock. The lock is released
// by Release or when the process exits, even on kill -9 (flock semantics), so
// a crash never leaves a stale lock behind.
func LockDataDir(dir string) (*DataDirLock, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("creating datadir: %w", err)
	}
	path := filepath.Join(dir, lockFileName)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("opening datadir lock: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		holder := readHolder(f)
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%w: %s is locked%s; stop the other nexus process or use another --datadir",
				ErrDataDirInUse, dir, holder)
		}
		return nil, fmt.Errorf("locking datadir %s: %w", dir, err)
	}
	// Record our pid for the error message of the next process that tries.
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return &DataDirLock{f: f}, nil
}

func readHolder(f *os.File) string {
	buf := make([]byte, 32)
	n, _ := f.ReadAt(buf, 0)
	pid := strings.TrimSpace(string(buf[:n]))
	if _, err := strconv.Atoi(pid); err != nil {
		return ""
	}
	return " by pid " + pid
}

// Release drops the lock.
func (l *DataDirLock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := syscall.Flock(int(l.f.Fd()), syscall.LOCK_UN)
	if cerr := l.f.Close(); err == nil {
		err = cerr
	}
	l.f = nil
	return err
}
