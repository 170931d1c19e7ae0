package rollup

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nexus-rollup/nexus/rollup/protocol"
)

func unhex(t testing.TB, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func readVectors(t testing.TB, name string, v any) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "protocol", name))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatal(err)
	}
}

// TestOpVectors decodes every op of the shared vectors (the ones the Solidity
// decoder is tested on) into typed ops and encodes them back, byte for byte,
// including their L1 encodings.
func TestOpVectors(t *testing.T) {
	var vec struct {
		Ops []struct {
			Name       string `json:"name"`
			Type       int    `json:"type"`
			Pubdata    string `json:"pubdata"`
			L1Encoding string `json:"l1Encoding"`
		} `json:"ops"`
	}
	readVectors(t, "ops.json", &vec)
	if len(vec.Ops) < 15 {
		t.Fatalf("only %d op vectors", len(vec.Ops))
	}
	for _, v := range vec.Ops {
		pd := unhex(t, v.Pubdata)
		var root [32]byte
		_, ops, err := DecodePubdata(append(root[:], pd...))
		if err != nil {
			t.Fatalf("%s: %v", v.Name, err)
		}
		if len(ops) != 1 || int(ops[0].Op.Type()) != v.Type && !(v.Type == int(OpFulfillL1Job) && ops[0].L1Job) {
			t.Fatalf("%s: decoded %d ops of type %v", v.Name, len(ops), ops[0].Op.Type())
		}
		enc, err := EncodeOp(ops[0])
		if err != nil {
			t.Fatalf("%s: encode: %v", v.Name, err)
		}
		if !bytes.Equal(enc, pd) {
			t.Fatalf("%s: re-encoding differs:\n got %x\nwant %x", v.Name, enc, pd)
		}
		if v.L1Encoding == "" {
			continue
		}
		l1, err := L1Encoding(ops[0].Op)
		if err != nil {
			t.Fatalf("%s: %v", v.Name, err)
		}
		if !bytes.Equal(l1, unhex(t, v.L1Encoding)) {
			t.Fatalf("%s: L1 encoding differs", v.Name)
		}
		back, err := DecodePriorityOp(l1)
		if err != nil {
			t.Fatalf("%s: decode priority op: %v", v.Name, err)
		}
		if again, _ := L1Encoding(back); !bytes.Equal(again, l1) {
			t.Fatalf("%s: priority op does not round-trip", v.Name)
		}
	}
}

func TestPriorityChainVectors(t *testing.T) {
	var vec struct {
		Initial string `json:"initial"`
		Chain   []struct {
			Name       string `json:"name"`
			L1Encoding string `json:"l1Encoding"`
			Hash       string `json:"hash"`
		} `json:"chain"`
	}
	readVectors(t, "priority.json", &vec)
	var h [32]byte
	copy(h[:], unhex(t, vec.Initial))
	for _, link := range vec.Chain {
		op, err := DecodePriorityOp(unhex(t, link.L1Encoding))
		if err != nil {
			t.Fatalf("%s: %v", link.Name, err)
		}
		enc, _ := L1Encoding(op)
		h = protocol.NextPriorityHash(h, enc)
		if !bytes.Equal(h[:], unhex(t, link.Hash)) {
			t.Fatalf("%s: chain hash differs", link.Name)
		}
	}
}

func TestBatchVector(t *testing.T) {
	var vec struct {
		Pubdata string `json:"pubdata"`
	}
	readVectors(t, "batch.json", &vec)
	pd := unhex(t, vec.Pubdata)
	root, ops, err := DecodePubdata(pd)
	if err != nil {
		t.Fatal(err)
	}
	out := frBytes(root)
	for _, r := range ops {
		b, err := EncodeOp(r)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b...)
	}
	if !bytes.Equal(out, pd) {
		t.Fatal("batch pubdata does not round-trip")
	}
}

func TestDecodePubdataErrors(t *testing.T) {
	root := make([]byte, 32)
	tests := map[string][]byte{
		"short":             {1, 2, 3},
		"not 32+9k":         append(append([]byte{}, root...), 1, 2),
		"root >= r":         append(bytes.Repeat([]byte{0xff}, 32), make([]byte, 9)...),
		"noop":              append(append([]byte{}, root...), make([]byte, 9)...),
		"unknown type":      append(append([]byte{}, root...), append([]byte{0x7f}, make([]byte, 8)...)...),
		"truncated deposit": append(append([]byte{}, root...), append([]byte{0x01}, make([]byte, 8)...)...),
		"nonzero padding":   append(append([]byte{}, root...), 0x16, 0, 0, 0, 1, 0, 0, 0, 9),
	}
	for name, pd := range tests {
		if _, _, err := DecodePubdata(pd); !errors.Is(err, ErrBadPubdata) {
			t.Errorf("%s: got %v, want ErrBadPubdata", name, err)
		}
	}
	for name, enc := range map[string][]byte{"empty": nil, "signed type": {0x10}, "short": {0x01, 0}, "long": append(make([]byte, 27), 0)} {
		if name == "long" {
			enc[0] = 0x06
		}
		if _, err := DecodePriorityOp(enc); !errors.Is(err, ErrBadPubdata) {
			t.Errorf("priority %s: got %v", name, err)
		}
	}
}

func FuzzDecodePubdata(f *testing.F) {
	var vec struct {
		Pubdata string `json:"pubdata"`
	}
	readVectors(f, "batch.json", &vec)
	f.Add(unhex(f, vec.Pubdata))
	f.Add(make([]byte, 41))
	f.Fuzz(func(t *testing.T, pd []byte) {
		root, ops, err := DecodePubdata(pd)
		if err != nil {
			return
		}
		out := frBytes(root)
		for _, r := range ops {
			b, err := EncodeOp(r)
			if err != nil {
				t.Fatalf("decoded op does not encode: %v", err)
			}
			out = append(out, b...)
		}
		if !bytes.Equal(out, pd) {
			t.Fatal("decoded pubdata does not re-encode to its input")
		}
	})
}

func FuzzDecodePriorityOp(f *testing.F) {
	f.Add([]byte{0x06, 0, 0, 0, 1, 0, 2, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
	f.Fuzz(func(t *testing.T, enc []byte) {
		op, err := DecodePriorityOp(enc)
		if err != nil {
			return
		}
		if again, err := L1Encoding(op); err != nil || !bytes.Equal(again, enc) {
			t.Fatalf("priority op does not round-trip: %v", err)
		}
	})
}
