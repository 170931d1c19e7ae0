package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/nexus-rollup/nexus/internal/anviltest"
	"github.com/nexus-rollup/nexus/internal/crashpoint"
	"github.com/nexus-rollup/nexus/kv/leveldb"
)

// The crash test re-executes this test binary as a child that sends one
// candidate through a Manager on a real leveldb store against anvil, and is
// killed (SIGKILL) at a crash point of the send protocol.
const (
	childEnv   = "NEXUS_TXMGR_CRASH_CHILD"
	childURL   = "NEXUS_TXMGR_CRASH_URL"
	childDB    = "NEXUS_TXMGR_CRASH_DB"
	childTo    = "NEXUS_TXMGR_CRASH_TO"
	crashValue = 7
)

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "1" {
		if err := crashChild(); err != nil {
			os.Stderr.WriteString("child: " + err.Error() + "\n")
			os.Exit(2)
		}
		os.Exit(0) // the crash point was never reached
	}
	os.Exit(m.Run())
}

func crashManager(ctx context.Context, url, dbPath string) (*Manager, *ethclient.Client, *leveldb.Store, error) {
	client, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, nil, nil, err
	}
	db, err := leveldb.Open(dbPath, leveldb.Options{})
	if err != nil {
		client.Close()
		return nil, nil, nil, err
	}
	key, _ := crypto.HexToECDSA(anviltest.Key0)
	cfg := DefaultConfig()
	cfg.PollInterval = 20 * time.Millisecond
	m, err := New(ctx, client, db, key, cfg, nil)
	if err != nil {
		db.Close()
		client.Close()
		return nil, nil, nil, err
	}
	return m, client, db, nil
}

func crashCandidate(to common.Address) Candidate {
	return Candidate{ID: "crash/" + to.Hex(), To: &to, Value: big.NewInt(crashValue)}
}

func crashChild() error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	m, client, db, err := crashManager(ctx, os.Getenv(childURL), os.Getenv(childDB))
	if err != nil {
		return err
	}
	defer client.Close()
	defer db.Close()
	_, err = m.Send(ctx, crashCandidate(common.HexToAddress(os.Getenv(childTo))))
	return err
}

// TestCrashAtEachSendPoint kills a sender at each point of RELIABILITY.md
// D.1 on the L1 side: signed but not sent, sent without a receipt, receipt
// seen but not recorded. A restarted Manager on the same store resumes the
// same candidate: it lands exactly once, with exactly one nonce used, and
// nothing is left pending.
func TestCrashAtEachSendPoint(t *testing.T) {
	if testing.Short() {
		t.Skip("starts anvil and child processes")
	}
	url := anviltest.Start(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	from := crypto.PubkeyToAddress(mustKey(t).PublicKey)
	for i, point := range []string{crashpoint.TxSigned, crashpoint.TxSent, crashpoint.TxMined} {
		t.Run(point, func(t *testing.T) {
			to := common.BigToAddress(big.NewInt(int64(0xc0ffee00 + i)))
			dbPath := filepath.Join(t.TempDir(), "txmgr")
			probe, err := ethclient.DialContext(ctx, url)
			if err != nil {
				t.Fatal(err)
			}
			defer probe.Close()
			nonceBefore, err := probe.NonceAt(ctx, from, nil)
			if err != nil {
				t.Fatal(err)
			}

			cmd := exec.Command(os.Args[0], "-test.run", "^$")
			cmd.Env = append(os.Environ(), childEnv+"=1", childURL+"="+url, childDB+"="+dbPath, childTo+"="+to.Hex(),
				crashpoint.Env+"="+point)
			out, err := cmd.CombinedOutput()
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
				t.Fatalf("child was not killed at %s: %v\n%s", point, err, out)
			}

			m, client, db, err := crashManager(ctx, url, dbPath)
			if err != nil {
				t.Fatal(err)
			}
			defer client.Close()
			defer db.Close()
			pending, _ := m.Pending()
			if len(pending) != 1 || !strings.HasPrefix(pending[0], "crash/") {
				t.Fatalf("after a crash at %s the store holds pending %v, want the candidate", point, pending)
			}
			rc, err := m.Send(ctx, crashCandidate(to))
			if err != nil {
				t.Fatalf("resuming after %s: %v", point, err)
			}
			if bal, _ := probe.BalanceAt(ctx, to, nil); bal.Int64() != crashValue {
				t.Fatalf("after %s the recipient holds %v wei, want %d (exactly once)", point, bal, crashValue)
			}
			if n, _ := probe.NonceAt(ctx, from, nil); n != nonceBefore+1 {
				t.Fatalf("after %s the sender's nonce is %d, want %d (one transaction)", point, n, nonceBefore+1)
			}
			if pending, _ := m.Pending(); len(pending) != 0 {
				t.Fatalf("still pending after the resumed send: %v", pending)
			}
			t.Logf("%s: resumed, tx %s in block %d", point, rc.TxHash, rc.BlockNumber)
		})
	}
}

func mustKey(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.HexToECDSA(anviltest.Key0)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// TestReorgedOutTransactionIsResent mines a candidate's transaction on
// anvil, then reorgs its block away (anvil_reorg, depth 1, an empty
// replacement block). The manager, waiting for two confirmations, sees the
// receipt vanish and sends the same candidate again with the same nonce; it
// lands exactly once (RELIABILITY.md D.3, around our own batch tx).
func TestReorgedOutTransactionIsResent(t *testing.T) {
	if testing.Short() {
		t.Skip("starts anvil")
	}
	url := anviltest.Start(t, "--no-mining")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	client, err := ethclient.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	rpcc := client.Client()
	mine := func() {
		t.Helper()
		if err := rpcc.CallContext(ctx, nil, "evm_mine"); err != nil {
			t.Fatal(err)
		}
	}
	db, err := leveldb.Open(filepath.Join(t.TempDir(), "txmgr"), leveldb.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	key := mustKey(t)
	from := crypto.PubkeyToAddress(key.PublicKey)
	cfg := DefaultConfig()
	cfg.PollInterval, cfg.ResubmitAfter, cfg.Confirmations = 20*time.Millisecond, 500*time.Millisecond, 2
	m, err := New(ctx, client, db, key, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	nonceBefore, _ := client.NonceAt(ctx, from, nil)
	to := common.HexToAddress("0x00000000000000000000000000000000000bea75")
	type result struct {
		hash common.Hash
		err  error
	}
	done := make(chan result, 1)
	go func() {
		rc, err := m.Send(ctx, Candidate{ID: "reorg", To: &to, Value: big.NewInt(crashValue)})
		if err != nil {
			done <- result{err: err}
			return
		}
		done <- result{hash: rc.TxHash}
	}()
	// Wait for the transaction in the pool, mine it, then reorg it away.
	for {
		if n, _ := client.PendingNonceAt(ctx, from); n > nonceBefore {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	mine()
	if bal, _ := client.BalanceAt(ctx, to, nil); bal.Int64() != crashValue {
		t.Fatalf("the transaction was not mined: recipient holds %v", bal)
	}
	if err := rpcc.CallContext(ctx, nil, "anvil_reorg", 1, []any{}); err != nil {
		t.Fatalf("anvil_reorg: %v", err)
	}
	if bal, _ := client.BalanceAt(ctx, to, nil); bal.Sign() != 0 {
		t.Fatalf("the reorg did not remove the transaction: recipient holds %v", bal)
	}
	for {
		select {
		case r := <-done:
			if r.err != nil {
				t.Fatal(r.err)
			}
			if bal, _ := client.BalanceAt(ctx, to, nil); bal.Int64() != crashValue {
				t.Fatalf("recipient holds %v wei after the resend, want %d (exactly once)", bal, crashValue)
			}
			if n, _ := client.NonceAt(ctx, from, nil); n != nonceBefore+1 {
				t.Fatalf("sender nonce %d, want %d", n, nonceBefore+1)
			}
			t.Logf("resent after the reorg: tx %s", r.hash)
			return
		case <-time.After(200 * time.Millisecond):
			mine()
		case <-ctx.Done():
			t.Fatal("the manager never landed the reorged-out transaction")
		}
	}
}
