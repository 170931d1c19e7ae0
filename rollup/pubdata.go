package rollup

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"

	"github.com/nexus-rollup/nexus/rollup/protocol"
)

// The pubdata codec of docs/protocol.md §2: typed ops to and from the
// fixed-width layouts of rollup/protocol, whose vectors L1 is tested against too.

// ErrBadPubdata is returned for pubdata that does not decode.
var ErrBadPubdata = errors.New("bad pubdata")

func be(v uint64, width int) []byte {
	b := binary.BigEndian.AppendUint64(nil, v)
	return b[8-width:]
}

func amount16(v *big.Int) ([]byte, error) {
	if v == nil {
		v = new(big.Int)
	}
	if v.Sign() < 0 || v.BitLen() > 128 {
		return nil, fmt.Errorf("%w: amount %v does not fit 128 bits", ErrBadAmount, v)
	}
	return v.FillBytes(make([]byte, 16)), nil
}

func frBytes(e fr.Element) []byte { b := e.Bytes(); return b[:] }

// EncodeOp returns the pubdata bytes of an applied op, taking the fields the
// state transition assigned from its receipt.
func EncodeOp(r *Receipt) ([]byte, error) {
	t, v, err := values(r)
	if err != nil {
		return nil, err
	}
	l, _ := protocol.LayoutOf(byte(t))
	return l.Encode(v)
}

// L1Encoding returns a priority op's encoding in the L1 priority queue (its
// pubdata without the L2-assigned fields), which the queue's hash chain covers.
func L1Encoding(op Op) ([]byte, error) {
	if !op.Type().IsPriority() {
		return nil, fmt.Errorf("rollup: %s is not a priority op", op.Type())
	}
	t, v, err := values(&Receipt{Op: op, Amount: new(big.Int)})
	if err != nil {
		return nil, err
	}
	l, _ := protocol.LayoutOf(byte(t))
	return l.L1Encoding(v)
}

func values(r *Receipt) (OpType, protocol.Values, error) {
	u32 := func(x uint32) []byte { return be(uint64(x), 4) }
	u16 := func(x uint16) []byte { return be(uint64(x), 2) }
	u64 := func(x uint64) []byte { return be(x, 8) }
	var (
		t   = r.Op.Type()
		v   protocol.Values
		err error
		amt []byte
	)
	switch o := r.Op.(type) {
	case *Deposit:
		if amt, err = amount16(o.Amount); err == nil {
			v = protocol.Values{"accountId": u32(r.Account), "token": u16(o.Token), "amount": amt,
				"pubkey": o.PubKey[:], "depositor": o.Depositor[:]}
		}
	case *RegisterModel:
		v = protocol.Values{"modelId": u32(o.ModelID), "ownerAccount": u32(r.Account), "feeGwei": u64(o.FeeGwei),
			"vkHash": frBytes(o.VKHash), "ownerPubkey": o.OwnerPubKey[:], "owner": o.Owner[:]}
	case *ProverStake:
		if amt, err = amount16(o.Stake); err == nil {
			v = protocol.Values{"accountId": u32(r.Account), "stake": amt, "pubkey": o.PubKey[:], "prover": o.Prover[:]}
		}
	case *ProverUnstakeRequest:
		v = protocol.Values{"accountId": u32(r.Account), "pubkey": o.PubKey[:], "prover": o.Prover[:]}
	case *L1Job:
		v = protocol.Values{"jobId": u32(o.JobID), "modelId": u32(o.ModelID), "feeGwei": u64(o.FeeGwei),
			"deadline": u32(o.Deadline), "inputCommit": frBytes(o.InputCommit)}
	case *ForcedExit:
		if amt, err = amount16(r.Amount); err == nil {
			v = protocol.Values{"accountId": u32(o.Account), "token": u16(o.Token), "amount": amt,
				"requester": o.Requester[:]}
		}
	case *Transfer:
		if amt, err = amount16(o.Amount); err == nil {
			v = protocol.Values{"from": u32(o.From), "to": u32(o.To), "token": u16(o.Token), "amount": amt}
		}
	case *Withdraw:
		if amt, err = amount16(o.Amount); err == nil {
			v = protocol.Values{"accountId": u32(o.From), "token": u16(o.Token), "amount": amt, "to": o.To[:]}
		}
	case *SubmitJob:
		v = protocol.Values{"jobId": u32(o.JobID), "requester": u32(o.Requester), "modelId": u32(o.ModelID),
			"feeGwei": u64(o.FeeGwei), "deadline": u32(o.Deadline)}
	case *LockJob:
		v = protocol.Values{"jobId": u32(o.JobID), "prover": u32(o.Prover), "lockDeadline": u32(o.LockDeadline)}
	case *FulfillJob:
		v = protocol.Values{"jobId": u32(o.JobID), "prover": u32(o.Prover)}
		if r.L1Job {
			t = OpFulfillL1Job
			v["outputCommit"] = frBytes(o.OutputCommit)
		}
	case *CancelJob:
		v = protocol.Values{"jobId": u32(o.JobID)}
	case *ClaimModelFees:
		v = protocol.Values{"ownerAccount": u32(o.Owner), "modelId": u32(o.ModelID)}
	case *ExpireJob:
		v = protocol.Values{"jobId": u32(o.JobID), "prover": u32(r.Prover), "slashGwei": u64(r.SlashGwei),
			"proverAddr": r.ProverAddr[:]}
	case *ProverRelease:
		v = protocol.Values{"accountId": u32(o.Account), "prover": r.ProverAddr[:]}
	default:
		return 0, nil, fmt.Errorf("%w: %T", ErrUnknownOp, r.Op)
	}
	return t, v, err
}

// DecodePubdata splits a batch's pubdata into the jobs root and its ops.
// Signatures and nonces are not in pubdata, so decoded signed ops carry
// neither; receipts carry the L2-assigned fields.
func DecodePubdata(pubdata []byte) (jobsRoot fr.Element, ops []*Receipt, err error) {
	if len(pubdata) < protocol.JobsRootSize || (len(pubdata)-protocol.JobsRootSize)%protocol.ChunkSize != 0 {
		return jobsRoot, nil, fmt.Errorf("%w: length %d is not 32 + 9k", ErrBadPubdata, len(pubdata))
	}
	if err := jobsRoot.SetBytesCanonical(pubdata[:protocol.JobsRootSize]); err != nil {
		return jobsRoot, nil, fmt.Errorf("%w: jobs root: %v", ErrBadPubdata, err)
	}
	rest := pubdata[protocol.JobsRootSize:]
	for off := 0; off < len(rest); {
		l, ok := protocol.LayoutOf(rest[off])
		if !ok || rest[off] == byte(OpNoop) {
			return jobsRoot, nil, fmt.Errorf("%w: unknown op type 0x%02x at byte %d", ErrBadPubdata, rest[off],
				protocol.JobsRootSize+off)
		}
		n := l.Chunks * protocol.ChunkSize
		if off+n > len(rest) {
			return jobsRoot, nil, fmt.Errorf("%w: %s truncated at byte %d", ErrBadPubdata, l.Name, protocol.JobsRootSize+off)
		}
		v, err := l.Decode(rest[off : off+n])
		if err != nil {
			return jobsRoot, nil, fmt.Errorf("%w: %v", ErrBadPubdata, err)
		}
		r, err := receiptOf(OpType(l.Type), v)
		if err != nil {
			return jobsRoot, nil, fmt.Errorf("%w: %s at byte %d: %v", ErrBadPubdata, l.Name, protocol.JobsRootSize+off, err)
		}
		ops = append(ops, r)
		off += n
	}
	return jobsRoot, ops, nil
}

// DecodePriorityOp decodes a priority op from its L1 encoding, as emitted by
// NexusRollup when it is queued.
func DecodePriorityOp(enc []byte) (Op, error) {
	if len(enc) == 0 {
		return nil, fmt.Errorf("%w: empty priority op", ErrBadPubdata)
	}
	l, ok := protocol.LayoutOf(enc[0])
	if !ok || !l.Priority {
		return nil, fmt.Errorf("%w: 0x%02x is not a priority op type", ErrBadPubdata, enc[0])
	}
	v := protocol.Values{}
	off := 1
	for _, f := range l.Fields {
		if f.L2 {
			v[f.Name] = make([]byte, f.Width)
			continue
		}
		if off+f.Width > len(enc) {
			return nil, fmt.Errorf("%w: %s truncated", ErrBadPubdata, l.Name)
		}
		v[f.Name] = enc[off : off+f.Width]
		off += f.Width
	}
	if off != len(enc) {
		return nil, fmt.Errorf("%w: %s has %d trailing bytes", ErrBadPubdata, l.Name, len(enc)-off)
	}
	r, err := receiptOf(OpType(l.Type), v)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadPubdata, err)
	}
	return r.Op, nil
}

func receiptOf(t OpType, v protocol.Values) (*Receipt, error) {
	u32 := func(k string) uint32 { return binary.BigEndian.Uint32(v[k]) }
	u16 := func(k string) uint16 { return binary.BigEndian.Uint16(v[k]) }
	u64 := func(k string) uint64 { return binary.BigEndian.Uint64(v[k]) }
	amt := func(k string) *big.Int { return new(big.Int).SetBytes(v[k]) }
	addr := func(k string) (a Address) { copy(a[:], v[k]); return }
	pk := func(k string) (p PubKey) { copy(p[:], v[k]); return }
	var ferr error
	field := func(k string) (e fr.Element) {
		if err := e.SetBytesCanonical(v[k]); err != nil && ferr == nil {
			ferr = fmt.Errorf("%s is not below the field modulus", k)
		}
		return
	}
	r := &Receipt{Amount: new(big.Int)}
	switch t {
	case OpDeposit:
		r.Account = u32("accountId")
		r.Op = &Deposit{Depositor: addr("depositor"), PubKey: pk("pubkey"), Token: u16("token"), Amount: amt("amount")}
	case OpRegisterModel:
		r.Account = u32("ownerAccount")
		r.Op = &RegisterModel{ModelID: u32("modelId"), FeeGwei: u64("feeGwei"), VKHash: field("vkHash"),
			OwnerPubKey: pk("ownerPubkey"), Owner: addr("owner")}
	case OpProverStake:
		r.Account = u32("accountId")
		r.Op = &ProverStake{Prover: addr("prover"), PubKey: pk("pubkey"), Stake: amt("stake")}
	case OpProverUnstakeRequest:
		r.Account = u32("accountId")
		r.Op = &ProverUnstakeRequest{Prover: addr("prover"), PubKey: pk("pubkey")}
	case OpL1Job:
		r.Op = &L1Job{JobID: u32("jobId"), ModelID: u32("modelId"), FeeGwei: u64("feeGwei"), Deadline: u32("deadline"),
			InputCommit: field("inputCommit")}
	case OpForcedExit:
		r.Amount = amt("amount")
		r.Op = &ForcedExit{Account: u32("accountId"), Token: u16("token"), Requester: addr("requester")}
	case OpTransfer:
		r.Op = &Transfer{From: u32("from"), To: u32("to"), Token: u16("token"), Amount: amt("amount")}
	case OpWithdraw:
		r.Op = &Withdraw{From: u32("accountId"), Token: u16("token"), Amount: amt("amount"), To: addr("to")}
	case OpSubmitJob:
		r.Op = &SubmitJob{JobID: u32("jobId"), Requester: u32("requester"), ModelID: u32("modelId"),
			FeeGwei: u64("feeGwei"), Deadline: u32("deadline")}
	case OpLockJob:
		r.Op = &LockJob{JobID: u32("jobId"), Prover: u32("prover"), LockDeadline: u32("lockDeadline")}
	case OpFulfillJob:
		r.Op = &FulfillJob{JobID: u32("jobId"), Prover: u32("prover")}
	case OpFulfillL1Job:
		r.L1Job = true
		r.Op = &FulfillJob{JobID: u32("jobId"), Prover: u32("prover"), OutputCommit: field("outputCommit")}
	case OpCancelJob:
		r.Op = &CancelJob{JobID: u32("jobId")} // the requester is the job's (the replay reads it)
	case OpClaimModelFees:
		r.Op = &ClaimModelFees{Owner: u32("ownerAccount"), ModelID: u32("modelId")}
	case OpExpireJob:
		r.Prover, r.SlashGwei, r.ProverAddr = u32("prover"), u64("slashGwei"), addr("proverAddr")
		r.Op = &ExpireJob{JobID: u32("jobId")}
	case OpProverRelease:
		r.ProverAddr = addr("prover")
		r.Op = &ProverRelease{Account: u32("accountId")}
	default:
		return nil, fmt.Errorf("unknown op type 0x%02x", uint8(t))
	}
	return r, ferr
}
