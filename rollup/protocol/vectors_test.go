package protocol

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"testing"
)

// go test ./rollup/protocol -run TestVectors -args -update [-dir DIR] rewrites the
// vectors (scripts/generate.d/15-protocol-vectors.sh does it for make generate).
var (
	update = flag.Bool("update", false, "rewrite testdata/protocol vectors")
	outDir = flag.String("dir", "../../testdata/protocol", "where the vectors live")
)

type fieldVec struct {
	Name  string `json:"name"`
	Width int    `json:"width"`
	Value string `json:"value"`
}

type opVec struct {
	Name       string     `json:"name"`
	Type       int        `json:"type"`
	Chunks     int        `json:"chunks"`
	Pubdata    string     `json:"pubdata"`
	L1Encoding string     `json:"l1Encoding"`
	Fields     []fieldVec `json:"fields"`
}

type opsFile struct {
	ChunkSize int     `json:"chunkSize"`
	Ops       []opVec `json:"ops"`
}

type chainLink struct {
	Name       string `json:"name"`
	L1Encoding string `json:"l1Encoding"`
	Hash       string `json:"hash"`
}

type priorityFile struct {
	Initial string      `json:"initial"`
	Chain   []chainLink `json:"chain"`
}

type headerVec struct {
	BatchNumber         uint64 `json:"batchNumber"`
	Timestamp           uint64 `json:"timestamp"`
	PriorityOpsConsumed uint64 `json:"priorityOpsConsumed"`
	PrevStateRoot       string `json:"prevStateRoot"`
	NewStateRoot        string `json:"newStateRoot"`
	PriorityHashBefore  string `json:"priorityHashBefore"`
	PriorityHashAfter   string `json:"priorityHashAfter"`
	PubdataHash         string `json:"pubdataHash"`
}

type batchFile struct {
	Pubdata        string    `json:"pubdata"`
	Header         headerVec `json:"header"`
	HeaderEncoding string    `json:"headerEncoding"`
	HeaderHash     string    `json:"headerHash"`
	PublicInputs   [2]string `json:"publicInputs"`
}

func hx(b []byte) string { return "0x" + hex.EncodeToString(b) }

func uintN(width int, v uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, v)
	if width >= 8 {
		return append(make([]byte, width-8), b...)
	}
	return b[8-width:]
}

// seeded returns width deterministic bytes; a 32-byte value is made a
// canonical BLS12-377 Fr element (top nibble cleared).
func seeded(seed string, width int) []byte {
	d := sha256.Sum256([]byte(seed))
	b := d[:width]
	if width == 32 {
		b[0] &= 0x0f
	}
	return append([]byte(nil), b...)
}

func pubkey(seed string, negX bool) []byte {
	b := seeded(seed, 32)
	if negX {
		b[0] |= 0x80
	}
	return b
}

// sampleValues gives every field of every op a value that exercises its full width.
func sampleValues(l Layout) Values {
	v := Values{}
	for _, fd := range l.Fields {
		seed := l.Name + "." + fd.Name
		switch fd.Name {
		case "pubkey", "ownerPubkey":
			v[fd.Name] = pubkey(seed, l.Type%2 == 1)
		case "token":
			v[fd.Name] = uintN(2, uint64(l.Type%3))
		case "jobId":
			if l.Type == OpL1Job || l.Type == OpFulfillL1Job {
				v[fd.Name] = uintN(4, 1<<31|uint64(l.Type))
			} else {
				v[fd.Name] = uintN(4, 0x00abcd00|uint64(l.Type))
			}
		case "deadline", "lockDeadline":
			v[fd.Name] = uintN(4, 1_900_000_000+uint64(l.Type))
		default:
			v[fd.Name] = seeded(seed, fd.Width)
		}
	}
	return v
}

func buildVectors(t *testing.T) (ops opsFile, prio priorityFile, batch batchFile) {
	t.Helper()
	ops.ChunkSize = ChunkSize
	var h [32]byte
	prio.Initial = hx(h[:])
	pubdata := seeded("jobsRoot", 32)
	var consumed uint64
	for _, l := range Layouts {
		v := sampleValues(l)
		enc, err := l.Encode(v)
		if err != nil {
			t.Fatal(err)
		}
		ov := opVec{Name: l.Name, Type: int(l.Type), Chunks: l.Chunks, Pubdata: hx(enc)}
		for _, fd := range l.Fields {
			ov.Fields = append(ov.Fields, fieldVec{fd.Name, fd.Width, hx(v[fd.Name])})
		}
		if l.Priority {
			l1, err := l.L1Encoding(v)
			if err != nil {
				t.Fatal(err)
			}
			ov.L1Encoding = hx(l1)
			h = NextPriorityHash(h, l1)
			prio.Chain = append(prio.Chain, chainLink{l.Name, hx(l1), hx(h[:])})
			consumed++
		}
		ops.Ops = append(ops.Ops, ov)
		pubdata = append(pubdata, enc...)
	}
	pdHash := sha256.Sum256(pubdata)
	hdr := Header{
		BatchNumber: 7, Timestamp: 1_900_000_100, PriorityOpsConsumed: consumed,
		PriorityHashAfter: h, PubdataHash: pdHash,
	}
	copy(hdr.PrevStateRoot[:], seeded("prevStateRoot", 32))
	copy(hdr.NewStateRoot[:], seeded("newStateRoot", 32))
	pi := hdr.PublicInputs()
	hh := hdr.Hash()
	batch = batchFile{
		Pubdata: hx(pubdata),
		Header: headerVec{
			hdr.BatchNumber, hdr.Timestamp, hdr.PriorityOpsConsumed,
			hx(hdr.PrevStateRoot[:]), hx(hdr.NewStateRoot[:]), hx(hdr.PriorityHashBefore[:]),
			hx(hdr.PriorityHashAfter[:]), hx(hdr.PubdataHash[:]),
		},
		HeaderEncoding: hx(hdr.Encode()),
		HeaderHash:     hx(hh[:]),
		PublicInputs:   [2]string{hx(leftPad(pi[0].Bytes())), hx(leftPad(pi[1].Bytes()))},
	}
	return ops, prio, batch
}

func leftPad(b []byte) []byte { return append(make([]byte, 32-len(b)), b...) }

func TestVectors(t *testing.T) {
	ops, prio, batch := buildVectors(t)
	files := map[string]any{"ops.json": ops, "priority.json": prio, "batch.json": batch}
	for name, v := range files {
		want, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, '\n')
		path := filepath.Join(*outDir, name)
		if *update {
			if err := os.MkdirAll(*outDir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		have, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run make generate)", err)
		}
		if !bytes.Equal(have, want) {
			t.Errorf("%s differs from the protocol reference: run make generate", path)
		}
	}
}

// TestLayouts checks the op table of docs/protocol.md: each op fits its chunks
// without a spare chunk, types are unique, and decode inverts encode.
func TestLayouts(t *testing.T) {
	wantSize := map[byte]int{
		OpDeposit: 75, OpRegisterModel: 101, OpProverStake: 73, OpProverUnstakeRequest: 57, OpL1Job: 53,
		OpForcedExit: 43, OpTransfer: 27, OpWithdraw: 43, OpSubmitJob: 25, OpLockJob: 13, OpFulfillJob: 9,
		OpFulfillL1Job: 41, OpCancelJob: 5, OpClaimModelFees: 9, OpExpireJob: 37, OpProverRelease: 25,
	}
	seen := map[byte]bool{}
	for _, l := range Layouts {
		if seen[l.Type] {
			t.Fatalf("duplicate type %#x", l.Type)
		}
		seen[l.Type] = true
		if got := l.Size(); got != wantSize[l.Type] {
			t.Errorf("%s: size %d, doc says %d", l.Name, got, wantSize[l.Type])
		}
		if want := (l.Size() + ChunkSize - 1) / ChunkSize; l.Chunks != want {
			t.Errorf("%s: %d chunks, needs %d", l.Name, l.Chunks, want)
		}
		v := sampleValues(l)
		enc, err := l.Encode(v)
		if err != nil {
			t.Fatal(err)
		}
		dec, err := l.Decode(enc)
		if err != nil {
			t.Fatal(err)
		}
		for k, b := range v {
			if !bytes.Equal(dec[k], b) {
				t.Errorf("%s.%s: decode mismatch", l.Name, k)
			}
		}
		enc[len(enc)-1] = 1
		if l.Size() < len(enc) {
			if _, err := l.Decode(enc); err == nil {
				t.Errorf("%s: nonzero padding accepted", l.Name)
			}
		}
	}
	if len(seen) != len(wantSize) {
		t.Errorf("%d layouts, doc lists %d", len(seen), len(wantSize))
	}
}

// TestPublicInputsBelowModulus checks that the two halves can never alias in BN254 Fr.
func TestPublicInputsBelowModulus(t *testing.T) {
	rBN254, _ := new(big.Int).SetString("21888242871839275222246405745257275088548364400416034343698204186575808495617", 10)
	h := Header{}
	for i := range h.PubdataHash {
		h.PubdataHash[i] = 0xff
	}
	for _, x := range h.PublicInputs() {
		if x.BitLen() > 128 || x.Cmp(rBN254) >= 0 {
			t.Fatal("public input out of range")
		}
	}
	if len(h.Encode()) != HeaderSize {
		t.Fatal("header size")
	}
	if R377.BitLen() != 253 {
		t.Fatal("r377")
	}
}
