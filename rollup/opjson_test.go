package rollup

import (
	"errors"
	"math/big"
	"reflect"
	"strings"
	"testing"
)

func sampleOps() []Op {
	amt := big.NewInt(123456789)
	return []Op{
		&Deposit{Depositor: Address{1}, PubKey: PubKey{2}, Token: 3, Amount: amt},
		&RegisterModel{ModelID: 4, FeeGwei: 5, VKHash: fe(6), OwnerPubKey: PubKey{7}, Owner: Address{8}},
		&ProverStake{Prover: Address{9}, PubKey: PubKey{10}, Stake: amt},
		&ProverUnstakeRequest{Prover: Address{11}, PubKey: PubKey{12}},
		&L1Job{JobID: L1JobBit | 1, ModelID: 2, FeeGwei: 3, Deadline: 4, InputCommit: fe(5)},
		&ForcedExit{Account: 1, Token: 2, Requester: Address{3}},
		&Transfer{From: 1, To: 2, Token: 3, Amount: amt, Nonce: 4, Sig: []byte{5, 6}},
		&Withdraw{From: 1, Token: 2, Amount: amt, To: Address{3}, Nonce: 4, Sig: []byte{5}},
		&SubmitJob{Requester: 1, JobID: 2, ModelID: 3, InputCommit: fe(4), FeeGwei: 5, Deadline: 6, Nonce: 7, Sig: []byte{8}},
		&LockJob{Prover: 1, JobID: 2, LockDeadline: 3, Nonce: 4, Sig: []byte{5}},
		&FulfillJob{Prover: 1, JobID: 2, OutputCommit: fe(3), Nonce: 4, Sig: []byte{5}},
		&CancelJob{Requester: 1, JobID: 2, Nonce: 3, Sig: []byte{4}},
		&ClaimModelFees{Owner: 1, ModelID: 2, Nonce: 3, Sig: []byte{4}},
		&ExpireJob{JobID: 1},
		&ProverRelease{Account: 1},
	}
}

func TestOpJSONRoundTrip(t *testing.T) {
	for _, op := range sampleOps() {
		b, err := MarshalOpJSON(op)
		if err != nil {
			t.Fatalf("%s: %v", op.Type(), err)
		}
		back, err := UnmarshalOpJSON(b)
		if err != nil {
			t.Fatalf("%s: %v\n%s", op.Type(), err, b)
		}
		if !reflect.DeepEqual(op, back) {
			t.Fatalf("%s does not round-trip:\n%s\n%+v", op.Type(), b, back)
		}
	}
	b, _ := MarshalOpJSON(sampleOps()[1])
	if !strings.Contains(string(b), `"vkHash":"0x`) || !strings.Contains(string(b), `"ownerPubKey":"0x`) {
		t.Fatalf("field names: %s", b)
	}
}

func TestOpJSONErrors(t *testing.T) {
	good := `{"type":"Transfer","from":1,"to":2,"token":3,"amount":"10","nonce":4,"sig":"0x05"}`
	if _, err := UnmarshalOpJSON([]byte(good)); err != nil {
		t.Fatal(err)
	}
	tests := map[string]string{
		"not json":          `{`,
		"no type":           `{"from":1}`,
		"unknown type":      `{"type":"Mint"}`,
		"missing field":     `{"type":"Transfer","from":1,"to":2,"token":3,"amount":"10","nonce":4}`,
		"unknown field":     strings.Replace(good, `"nonce":4`, `"nonce":4,"fee":1`, 1),
		"negative amount":   strings.Replace(good, `"10"`, `"-1"`, 1),
		"huge amount":       strings.Replace(good, `"10"`, `"340282366920938463463374607431768211456"`, 1),
		"amount as number":  strings.Replace(good, `"10"`, `10`, 1),
		"token overflow":    strings.Replace(good, `"token":3`, `"token":65536`, 1),
		"account overflow":  strings.Replace(good, `"from":1`, `"from":4294967296`, 1),
		"negative account":  strings.Replace(good, `"from":1`, `"from":-1`, 1),
		"fraction":          strings.Replace(good, `"from":1`, `"from":1.5`, 1),
		"sig without 0x":    strings.Replace(good, `"0x05"`, `"05"`, 1),
		"sig bad hex":       strings.Replace(good, `"0x05"`, `"0xzz"`, 1),
		"commit >= r":       `{"type":"ExpireJob","jobID":1}` + "x",
		"commit not canon":  `{"type":"FulfillJob","prover":1,"jobID":2,"outputCommit":"0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff","nonce":1,"sig":"0x"}`,
		"short address":     `{"type":"ForcedExit","account":1,"token":0,"requester":"0x01"}`,
		"oversized":         `{"type":"Transfer","sig":"0x` + strings.Repeat("00", MaxOpJSONSize) + `"}`,
		"type not a string": `{"type":7}`,
		"array":             `[1,2]`,
	}
	for name, in := range tests {
		if _, err := UnmarshalOpJSON([]byte(in)); !errors.Is(err, ErrBadOpJSON) {
			t.Errorf("%s: got %v, want ErrBadOpJSON", name, err)
		}
	}
}

func FuzzUnmarshalOpJSON(f *testing.F) {
	for _, op := range sampleOps() {
		b, _ := MarshalOpJSON(op)
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		op, err := UnmarshalOpJSON(data)
		if err != nil {
			return
		}
		b, err := MarshalOpJSON(op)
		if err != nil {
			t.Fatalf("decoded op does not encode: %v", err)
		}
		again, err := UnmarshalOpJSON(b)
		if err != nil || !reflect.DeepEqual(op, again) {
			t.Fatalf("op does not round-trip: %v", err)
		}
	})
}
