package reverts

import (
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestEveryABIParses(t *testing.T) {
	once.Do(load)
	if len(errsBy) < 20 {
		t.Fatalf("only %d custom errors loaded", len(errsBy))
	}
}

func TestName(t *testing.T) {
	sel := func(sig string) []byte { return crypto.Keccak256([]byte(sig))[:4] }
	// Error("boom"): selector, offset, length, data.
	reqData := append(sel("Error(string)"), make([]byte, 96)...)
	reqData[4+31] = 0x20
	reqData[4+63] = 4
	copy(reqData[4+64:], "boom")
	for _, c := range []struct {
		data []byte
		want string
	}{
		{sel("ProofInvalid()"), "ProofInvalid"},
		{sel("PublicInputNotInField()"), "PublicInputNotInField"},
		{reqData, "Error(boom)"},
		{nil, ""},
		{[]byte{1, 2, 3}, ""},
		{[]byte{1, 2, 3, 4}, ""},
	} {
		if got := Name(c.data); got != c.want {
			t.Errorf("Name(%x) = %q, want %q", c.data, got, c.want)
		}
	}
	if Of(nil) != "" {
		t.Error("Of(nil) names an error")
	}
}
