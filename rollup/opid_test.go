package rollup

import (
	"encoding/hex"
	"math/big"
	"testing"
)

// TestOpIDPinned pins the op id, which clients store and the sequencer keys
// its mempool, statuses and job records by: a change of the JSON form or
// of the hash shows here.
func TestOpIDPinned(t *testing.T) {
	sig := make([]byte, 64)
	for i := range sig {
		sig[i] = byte(i)
	}
	op := &Transfer{From: 1, To: 2, Token: 3, Amount: big.NewInt(1000), Nonce: 7, Sig: sig}
	raw, err := MarshalOpJSON(op)
	if err != nil {
		t.Fatal(err)
	}
	const wantJSON = `{"type":"Transfer","from":1,"to":2,"token":3,"amount":"1000","nonce":7,"sig":"0x000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f"}`
	if string(raw) != wantJSON {
		t.Fatalf("JSON form\n got %s\nwant %s", raw, wantJSON)
	}
	id, err := OpID(op)
	if err != nil {
		t.Fatal(err)
	}
	const want = "0aa3bf7a3a5a84fa2122c39c10b176c5b252a547c2ac2050d0d759c5c2a72968"
	if got := hex.EncodeToString(id[:]); got != want {
		t.Fatalf("OpID = %s, want %s", got, want)
	}
	if OpIDOfJSON(raw) != id {
		t.Fatal("OpIDOfJSON of the op's JSON differs from OpID")
	}
	if _, err := OpID(nil); err == nil {
		t.Fatal("OpID of a nil op")
	}
}
