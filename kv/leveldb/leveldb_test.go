package leveldb

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nexus-rollup/nexus/kv"
	"github.com/nexus-rollup/nexus/kv/kvtest"
)

func TestConformance(t *testing.T) {
	kvtest.TestStore(t, func(t *testing.T) kv.Store {
		s, err := Open(filepath.Join(t.TempDir(), "db"), Options{})
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestPersistsAcrossReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := s.NewBatch()
	for i := 0; i < 1000; i++ {
		b.Put([]byte(fmt.Sprintf("k%04d", i)), []byte(fmt.Sprint(i)))
	}
	if err := b.Write(); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s, err = Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, err := s.Get([]byte("k0999")); err != nil || string(v) != "999" {
		t.Fatalf("after reopen: %q, %v", v, err)
	}
	if err := s.Put([]byte("x"), nil); err == nil {
		t.Fatal("read-only store accepted a write")
	}
}

func TestOpenReadOnlyMissing(t *testing.T) {
	if _, err := Open(filepath.Join(t.TempDir(), "absent"), Options{ReadOnly: true}); err == nil {
		t.Fatal("read-only open of a missing database must fail")
	}
}

// TestOpenCorrupted damages a closed database in the ways a crashed disk or a
// bad copy would, and checks that Open refuses with ErrCorrupted and a
// message that says what to do, never a panic or a silent repair.
func TestOpenCorrupted(t *testing.T) {
	corruptions := map[string]func(t *testing.T, path string){
		"garbage manifest": func(t *testing.T, path string) {
			for _, m := range manifests(t, path) {
				os.WriteFile(m, []byte("this is not a manifest, it is garbage\x00\x01\x02"), 0o644)
			}
		},
		"truncated manifest": func(t *testing.T, path string) {
			for _, m := range manifests(t, path) {
				os.Truncate(m, 3)
			}
		},
		"CURRENT names a missing manifest": func(t *testing.T, path string) {
			os.WriteFile(filepath.Join(path, "CURRENT"), []byte("MANIFEST-999999\n"), 0o644)
		},
	}
	for name, corrupt := range corruptions {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "db")
			s, err := Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			for i := 0; i < 100; i++ {
				s.Put([]byte(fmt.Sprint(i)), []byte("value"))
			}
			s.Close()
			corrupt(t, path)

			_, err = Open(path, Options{})
			if !errors.Is(err, ErrCorrupted) {
				t.Fatalf("want ErrCorrupted, got %v", err)
			}
			if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "restore it from a backup") {
				t.Errorf("message should name the path and the remedy: %v", err)
			}
		})
	}
}

func TestRecoverRebuildsManifest(t *testing.T) {
	path := filepath.Join(t.TempDir(), "db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := s.NewBatch()
	for i := 0; i < 2000; i++ {
		b.Put([]byte(fmt.Sprintf("k%05d", i)), make([]byte, 1024))
	}
	b.Write()
	s.Close()
	for _, m := range manifests(t, path) {
		os.WriteFile(m, []byte("garbage"), 0o644)
	}
	if _, err := Open(path, Options{}); !errors.Is(err, ErrCorrupted) {
		t.Fatalf("want ErrCorrupted before recovery, got %v", err)
	}
	if err := Recover(path); err != nil {
		t.Fatal(err)
	}
	s, err = Open(path, Options{})
	if err != nil {
		t.Fatalf("open after recovery: %v", err)
	}
	defer s.Close()
	if ok, _ := s.Has([]byte("k01999")); !ok {
		t.Fatal("recovery lost data that was on disk")
	}
}

func manifests(t *testing.T, path string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(path, "MANIFEST-*"))
	if err != nil || len(m) == 0 {
		t.Fatalf("no manifest in %s", path)
	}
	return m
}

// TestOpenLockedByAnotherProcess re-executes this test binary as a process
// that holds the database open, and checks the error we get.
func TestOpenLockedByAnotherProcess(t *testing.T) {
	if path := os.Getenv("NEXUS_TEST_HOLD_DB"); path != "" {
		if _, err := Open(path, Options{}); err != nil {
			os.Exit(3)
		}
		os.WriteFile(path+".held", nil, 0o600)
		time.Sleep(time.Minute)
		os.Exit(0)
	}
	path := filepath.Join(t.TempDir(), "db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestOpenLockedByAnotherProcess$")
	cmd.Env = append(os.Environ(), "NEXUS_TEST_HOLD_DB="+path)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	deadline := time.Now().Add(30 * time.Second)
	for {
		if _, err := os.Stat(path + ".held"); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("helper process never opened the database")
		}
		time.Sleep(20 * time.Millisecond)
	}
	_, err := Open(path, Options{})
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("want ErrLocked, got %v", err)
	}
	if !strings.Contains(err.Error(), "stop the other nexus process") {
		t.Errorf("unclear message: %v", err)
	}
	// After kill -9 of the holder the database opens again.
	cmd.Process.Kill()
	cmd.Wait()
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatalf("open after the holder died: %v", err)
	}
	s.Close()
}
