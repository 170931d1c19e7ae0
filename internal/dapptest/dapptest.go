// Package dapptest does against an L1 what an L1 dApp developer does there
// with Foundry (the npm binaries `make setup` installs) and a WebSocket
// client: `cast send` with default fees, `forge script --broadcast` of a
// contract that requests an inference from NexusRollup, and log and head
// subscriptions over WebSocket. Tests run it against the devnet's embedded
// L1 and against anvil.
package dapptest

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/nexus-rollup/nexus/bindings"
)

// guard bounds every wait: the chain mines every second or faster, so
// this is a hang detector, not a measure.
const guard = 3 * time.Minute

// L1 is a chain under test with a deployed NexusRollup.
type L1 struct {
	Name   string // for messages: "embedded L1", "anvil"
	HTTP   string // JSON-RPC over HTTP
	WS     string // JSON-RPC over WebSocket
	Rollup common.Address
	Key    string // a funded account's private key, hex without 0x
}

// Foundry runs cast and forge from the repository's node_modules/.bin at
// its root. The forge script's build and broadcast records go to a
// directory of the test's, shared by its runs, never to the repository's.
type Foundry struct {
	root, work string
}

// NewFoundry finds cast and forge; without them the test fails (`make
// setup` installs them), it is never silently skipped.
func NewFoundry(t testing.TB) *Foundry {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	root, err := filepath.Abs(filepath.Join(filepath.Dir(file), "..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	f := &Foundry{root: root, work: t.TempDir()}
	for _, tool := range []string{"cast", "forge"} {
		if _, err := os.Stat(f.bin(tool)); err != nil {
			t.Fatalf("%s not installed (run make setup): %v", tool, err)
		}
	}
	return f
}

func (f *Foundry) bin(tool string) string { return filepath.Join(f.root, "node_modules", ".bin", tool) }

// run runs a Foundry tool at the repository root and returns its output.
func (f *Foundry) run(t *testing.T, env []string, tool string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), guard)
	defer cancel()
	cmd := exec.CommandContext(ctx, f.bin(tool), args...)
	cmd.Dir = f.root
	cmd.Env = append(append(os.Environ(), "NO_COLOR=1"), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", tool, strings.Join(args, " "), err, out)
	}
	return string(out)
}

// Run does what a dApp developer does on l1 and returns the L1 job id of the
// inference that the forge script requested for image from model 1: cast's
// transactions are mined within two blocks of their sending, the script's
// (forge waits for their receipts) succeed, and the request's
// InferenceRequested log arrives over the WebSocket subscription.
func (f *Foundry) Run(t *testing.T, l1 L1, image []byte) uint32 {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), guard)
	defer cancel()
	ws, err := ethclient.DialContext(ctx, l1.WS)
	if err != nil {
		t.Fatalf("%s: WebSocket %s: %v", l1.Name, l1.WS, err)
	}
	defer ws.Close()
	heads := make(chan *types.Header, 64)
	hsub, err := ws.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatalf("%s: eth_subscribe newHeads: %v", l1.Name, err)
	}
	defer hsub.Unsubscribe()
	rollup, err := bindings.NewNexusRollupFilterer(l1.Rollup, ws)
	if err != nil {
		t.Fatal(err)
	}
	requests := make(chan *bindings.NexusRollupInferenceRequested, 16)
	lsub, err := rollup.WatchInferenceRequested(&bind.WatchOpts{Context: ctx}, requests, nil, nil, nil)
	if err != nil {
		t.Fatalf("%s: eth_subscribe logs: %v", l1.Name, err)
	}
	defer lsub.Unsubscribe()

	// cast send with cast's default fees (EIP-1559 from eth_feeHistory),
	// then a legacy transaction at eth_gasPrice. The head read once cast
	// has sent is at or past the block the transaction was sent in.
	for i, extra := range [][]string{nil, {"--legacy"}} {
		to := common.BigToAddress(big.NewInt(int64(0xdead0 + i)))
		args := append([]string{"send", "--rpc-url", l1.HTTP, "--private-key", "0x" + l1.Key, "--value", "1gwei", "--async"}, extra...)
		hash := strings.TrimSpace(f.run(t, nil, "cast", append(args, to.Hex())...))
		sent := f.head(t, ctx, l1)
		out := f.run(t, nil, "cast", "receipt", "--rpc-url", l1.HTTP, "--json", hash)
		var rc struct {
			Status      string         `json:"status"`
			BlockNumber hexutil.Uint64 `json:"blockNumber"`
		}
		if err := json.Unmarshal([]byte(lastJSON(out)), &rc); err != nil {
			t.Fatalf("%s: cast receipt %s: unreadable: %v\n%s", l1.Name, hash, err, out)
		}
		if rc.Status != "0x1" || uint64(rc.BlockNumber) > sent+2 {
			t.Fatalf("%s: cast send %v, sent by block %d: status %s, mined in block %d (want success within two blocks)",
				l1.Name, extra, sent, rc.Status, rc.BlockNumber)
		}
		t.Logf("%s: cast send %v with default fees, sent by block %d, mined in block %d", l1.Name, extra, sent, rc.BlockNumber)
	}

	out := f.run(t, []string{
		"NEXUS_ROLLUP=" + l1.Rollup.Hex(), "NEXUS_IMAGE=0x" + hex.EncodeToString(image),
		"FOUNDRY_OUT=" + filepath.Join(f.work, "out"), "FOUNDRY_CACHE_PATH=" + filepath.Join(f.work, "cache"),
		"FOUNDRY_BROADCAST=" + filepath.Join(f.work, "broadcast"),
	}, "forge", "script", "contracts/script/Classify.s.sol:Classify", "--rpc-url", l1.HTTP, "--private-key", "0x"+l1.Key,
		"--broadcast")
	m := regexp.MustCompile(`L1 job (\d+)`).FindStringSubmatch(out)
	if m == nil || !strings.Contains(out, "ONCHAIN EXECUTION COMPLETE & SUCCESSFUL") {
		t.Fatalf("%s: forge script --broadcast:\n%s", l1.Name, out)
	}
	id, _ := strconv.ParseUint(m[1], 10, 32)
	jobID := uint32(id)
	t.Logf("%s: forge script --broadcast: DigitClassifier requested L1 job %d", l1.Name, jobID)

	var sawHead bool
	for {
		select {
		case ev := <-requests:
			if ev.JobId != jobID {
				continue
			}
			if ev.ModelId != 1 || hex.EncodeToString(ev.Input) != hex.EncodeToString(image) {
				t.Fatalf("%s: InferenceRequested of job %d: model %d, %d input bytes; want model 1 and the %d-byte image",
					l1.Name, jobID, ev.ModelId, len(ev.Input), len(image))
			}
			if !sawHead {
				select {
				case <-heads:
				case err := <-hsub.Err():
					t.Fatalf("%s: newHeads subscription: %v", l1.Name, err)
				case <-ctx.Done():
					t.Fatalf("%s: no new head over WebSocket", l1.Name)
				}
			}
			t.Logf("%s: WebSocket log subscription: InferenceRequested job %d in block %d", l1.Name, jobID, ev.Raw.BlockNumber)
			return jobID
		case <-heads:
			sawHead = true
		case err := <-hsub.Err():
			t.Fatalf("%s: newHeads subscription: %v", l1.Name, err)
		case err := <-lsub.Err():
			t.Fatalf("%s: logs subscription: %v", l1.Name, err)
		case <-ctx.Done():
			t.Fatalf("%s: no InferenceRequested log for job %d over WebSocket", l1.Name, jobID)
		}
	}
}

// head is the chain's block number, read over HTTP.
func (f *Foundry) head(t *testing.T, ctx context.Context, l1 L1) uint64 {
	t.Helper()
	c, err := ethclient.DialContext(ctx, l1.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	n, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatalf("%s: eth_blockNumber: %v", l1.Name, err)
	}
	return n
}

// lastJSON is the last line of out that holds a JSON object (cast may warn
// before it prints the receipt).
func lastJSON(out string) string {
	lines := strings.Split(strings.TrimSpace(out), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.HasPrefix(strings.TrimSpace(lines[i]), "{") {
			return lines[i]
		}
	}
	return fmt.Sprintf("%q", out)
}
