package sequencer

import (
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/rpc"
)

// TestGetBatchTags: "earliest" is the first sealed batch (it was the
// latest), "latest" the last; tags the sequencer cannot answer are refused
// with invalid params.
func TestGetBatchTags(t *testing.T) {
	f := newFixture(t) // seals batches 1 and 2
	for _, tt := range []struct {
		tag  string
		want uint64
	}{{`"earliest"`, 1}, {`"latest"`, 2}, {`"0x1"`, 1}, {`"0x2"`, 2}} {
		var n rpc.BlockNumber
		if err := json.Unmarshal([]byte(tt.tag), &n); err != nil {
			t.Fatal(err)
		}
		b, err := f.api.GetBatch(n)
		if err != nil || b.Number != tt.want {
			t.Errorf("getBatch(%s): %v, %v; want batch %d", tt.tag, b, err, tt.want)
		}
	}
	for _, tag := range []string{`"safe"`, `"finalized"`, `"pending"`, `"0x0"`, `"0x3"`} {
		var n rpc.BlockNumber
		if err := json.Unmarshal([]byte(tag), &n); err != nil {
			t.Fatal(err)
		}
		_, err := f.api.GetBatch(n)
		wantErr(t, "getBatch("+tag+")", err, "", -32602)
	}
}
