// Package protocol holds the L1-facing wire formats of docs/protocol.md: the
// pubdata op layouts, the priority-op L1 encodings and hash chain, and the batch
// header with its public inputs. It is the reference the shared test vectors in
// testdata/protocol are generated from; the Solidity decoder is tested against
// the same vectors.
package protocol

import (
	"crypto/sha256"
	"fmt"
	"math/big"
)

// ChunkSize is the width of one pubdata chunk in bytes.
const ChunkSize = 9

// JobsRootSize is the size of the pubdata preamble (the jobs-tree root).
const JobsRootSize = 32

// Op types.
const (
	OpNoop                 byte = 0x00
	OpDeposit              byte = 0x01
	OpRegisterModel        byte = 0x02
	OpProverStake          byte = 0x03
	OpProverUnstakeRequest byte = 0x04
	OpL1Job                byte = 0x05
	OpForcedExit           byte = 0x06
	OpTransfer             byte = 0x10
	OpWithdraw             byte = 0x11
	OpSubmitJob            byte = 0x12
	OpLockJob              byte = 0x13
	OpFulfillJob           byte = 0x14
	OpFulfillL1Job         byte = 0x15
	OpCancelJob            byte = 0x16
	OpClaimModelFees       byte = 0x17
	OpExpireJob            byte = 0x20
	OpProverRelease        byte = 0x21
)

// Field is one fixed-width big-endian field of an op. L2 fields are assigned by
// the L2 state transition and are absent from a priority op's L1 encoding.
type Field struct {
	Name  string
	Width int
	L2    bool
}

// Layout describes one op type.
type Layout struct {
	Type     byte
	Name     string
	Chunks   int
	Priority bool
	Fields   []Field
}

func f(name string, width int) Field  { return Field{Name: name, Width: width} }
func l2(name string, width int) Field { return Field{Name: name, Width: width, L2: true} }

// Layouts lists every op type but Noop, in type order.
var Layouts = []Layout{
	{OpDeposit, "Deposit", 9, true, []Field{l2("accountId", 4), f("token", 2), f("amount", 16), f("pubkey", 32), f("depositor", 20)}},
	{OpRegisterModel, "RegisterModel", 12, true, []Field{f("modelId", 4), l2("ownerAccount", 4), f("feeGwei", 8), f("vkHash", 32), f("ownerPubkey", 32), f("owner", 20)}},
	{OpProverStake, "ProverStake", 9, true, []Field{l2("accountId", 4), f("stake", 16), f("pubkey", 32), f("prover", 20)}},
	{OpProverUnstakeRequest, "ProverUnstakeRequest", 7, true, []Field{l2("accountId", 4), f("pubkey", 32), f("prover", 20)}},
	{OpL1Job, "L1Job", 6, true, []Field{f("jobId", 4), f("modelId", 4), f("feeGwei", 8), f("deadline", 4), f("inputCommit", 32)}},
	{OpForcedExit, "ForcedExit", 5, true, []Field{f("accountId", 4), f("token", 2), l2("amount", 16), f("requester", 20)}},
	{OpTransfer, "Transfer", 3, false, []Field{f("from", 4), f("to", 4), f("token", 2), f("amount", 16)}},
	{OpWithdraw, "Withdraw", 5, false, []Field{f("accountId", 4), f("token", 2), f("amount", 16), f("to", 20)}},
	{OpSubmitJob, "SubmitJob", 3, false, []Field{f("jobId", 4), f("requester", 4), f("modelId", 4), f("feeGwei", 8), f("deadline", 4)}},
	{OpLockJob, "LockJob", 2, false, []Field{f("jobId", 4), f("prover", 4), f("lockDeadline", 4)}},
	{OpFulfillJob, "FulfillJob", 1, false, []Field{f("jobId", 4), f("prover", 4)}},
	{OpFulfillL1Job, "FulfillL1Job", 5, false, []Field{f("jobId", 4), f("prover", 4), f("outputCommit", 32)}},
	{OpCancelJob, "CancelJob", 1, false, []Field{f("jobId", 4)}},
	{OpClaimModelFees, "ClaimModelFees", 1, false, []Field{f("ownerAccount", 4), f("modelId", 4)}},
	{OpExpireJob, "ExpireJob", 5, false, []Field{f("jobId", 4), f("prover", 4), f("slashGwei", 8), f("proverAddr", 20)}},
	{OpProverRelease, "ProverRelease", 3, false, []Field{f("accountId", 4), f("prover", 20)}},
}

// LayoutOf returns the layout of op type t.
func LayoutOf(t byte) (Layout, bool) {
	for _, l := range Layouts {
		if l.Type == t {
			return l, true
		}
	}
	return Layout{}, false
}

// Values maps field names to big-endian bytes of exactly the field's width.
type Values map[string][]byte

// Encode returns the op's pubdata bytes: Chunks*ChunkSize bytes, zero padded.
func (l Layout) Encode(v Values) ([]byte, error) {
	out := make([]byte, l.Chunks*ChunkSize)
	out[0] = l.Type
	off := 1
	for _, fd := range l.Fields {
		b, ok := v[fd.Name]
		if !ok || len(b) != fd.Width {
			return nil, fmt.Errorf("protocol: %s.%s: want %d bytes, have %d", l.Name, fd.Name, fd.Width, len(b))
		}
		copy(out[off:], b)
		off += fd.Width
	}
	return out, nil
}

// L1Encoding returns a priority op's L1 encoding: the type and the fields not
// assigned by L2, packed, without padding.
func (l Layout) L1Encoding(v Values) ([]byte, error) {
	if !l.Priority {
		return nil, fmt.Errorf("protocol: %s is not a priority op", l.Name)
	}
	out := []byte{l.Type}
	for _, fd := range l.Fields {
		if fd.L2 {
			continue
		}
		b, ok := v[fd.Name]
		if !ok || len(b) != fd.Width {
			return nil, fmt.Errorf("protocol: %s.%s: want %d bytes", l.Name, fd.Name, fd.Width)
		}
		out = append(out, b...)
	}
	return out, nil
}

// Size is the number of bytes the op's type and fields use.
func (l Layout) Size() int {
	n := 1
	for _, fd := range l.Fields {
		n += fd.Width
	}
	return n
}

// Decode splits one op's pubdata bytes into its fields.
func (l Layout) Decode(op []byte) (Values, error) {
	if len(op) != l.Chunks*ChunkSize || op[0] != l.Type {
		return nil, fmt.Errorf("protocol: %s: bad op bytes", l.Name)
	}
	v := Values{}
	off := 1
	for _, fd := range l.Fields {
		v[fd.Name] = append([]byte(nil), op[off:off+fd.Width]...)
		off += fd.Width
	}
	for _, b := range op[off:] {
		if b != 0 {
			return nil, fmt.Errorf("protocol: %s: nonzero padding", l.Name)
		}
	}
	return v, nil
}

// NextPriorityHash returns SHA-256(prev ‖ enc), the next link of the priority chain.
func NextPriorityHash(prev [32]byte, enc []byte) [32]byte {
	return sha256.Sum256(append(prev[:], enc...))
}

// Header is the batch header of docs/protocol.md §4.
type Header struct {
	BatchNumber         uint64
	Timestamp           uint64
	PriorityOpsConsumed uint64
	PrevStateRoot       [32]byte
	NewStateRoot        [32]byte
	PriorityHashBefore  [32]byte
	PriorityHashAfter   [32]byte
	PubdataHash         [32]byte
}

// HeaderSize is the length of an encoded header.
const HeaderSize = 184

// Encode returns the header's 184-byte packed big-endian encoding.
func (h Header) Encode() []byte {
	out := make([]byte, 0, HeaderSize)
	for _, x := range []uint64{h.BatchNumber, h.Timestamp, h.PriorityOpsConsumed} {
		out = append(out, byte(x>>56), byte(x>>48), byte(x>>40), byte(x>>32), byte(x>>24), byte(x>>16), byte(x>>8), byte(x))
	}
	for _, b := range [][32]byte{h.PrevStateRoot, h.NewStateRoot, h.PriorityHashBefore, h.PriorityHashAfter, h.PubdataHash} {
		out = append(out, b[:]...)
	}
	return out
}

// Hash returns SHA-256 of the encoded header.
func (h Header) Hash() [32]byte { return sha256.Sum256(h.Encode()) }

// PublicInputs returns the verifier's two public inputs: the high and low
// 128-bit halves of the header hash.
func (h Header) PublicInputs() [2]*big.Int {
	d := h.Hash()
	return [2]*big.Int{new(big.Int).SetBytes(d[:16]), new(big.Int).SetBytes(d[16:])}
}

// R377 is the BLS12-377 scalar field modulus: every state root, commitment and
// VK hash is below it.
var R377, _ = new(big.Int).SetString("12ab655e9a2ca55660b44d1e5c37b00159aa76fed00000010a11800000000001", 16)

// DecodeHeader parses a header's 184-byte encoding.
func DecodeHeader(b []byte) (Header, error) {
	var h Header
	if len(b) != HeaderSize {
		return h, fmt.Errorf("protocol: header is %d bytes, want %d", len(b), HeaderSize)
	}
	u := func(b []byte) uint64 {
		var v uint64
		for _, x := range b {
			v = v<<8 | uint64(x)
		}
		return v
	}
	h.BatchNumber, h.Timestamp, h.PriorityOpsConsumed = u(b[0:8]), u(b[8:16]), u(b[16:24])
	copy(h.PrevStateRoot[:], b[24:56])
	copy(h.NewStateRoot[:], b[56:88])
	copy(h.PriorityHashBefore[:], b[88:120])
	copy(h.PriorityHashAfter[:], b[120:152])
	copy(h.PubdataHash[:], b[152:184])
	return h, nil
}
