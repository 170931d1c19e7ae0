package statement

import (
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
)

func TestPack_31BytesPerElementLittleEndian(t *testing.T) {
	data := make([]byte, 32)
	for i := range data {
		data[i] = byte(i + 1)
	}
	got := Pack(data)
	if len(got) != 2 {
		t.Fatalf("%d elements, want 2", len(got))
	}
	want := new(big.Int)
	for i := 30; i >= 0; i-- {
		want.Lsh(want, 8).Add(want, big.NewInt(int64(data[i])))
	}
	var w fr.Element
	w.SetBigInt(want)
	if !got[0].Equal(&w) || got[1].Uint64() != 32 {
		t.Fatalf("pack = %v", got)
	}
}

func TestCommit_bindsDataAndSalt(t *testing.T) {
	var s1, s2 fr.Element
	s2.SetUint64(1)
	a := Commit([]byte{1, 2, 3}, s1)
	for name, c := range map[string]fr.Element{
		"other data": Commit([]byte{1, 2, 4}, s1),
		"other salt": Commit([]byte{1, 2, 3}, s2),
	} {
		if c.Equal(&a) {
			t.Errorf("%s gives the same commitment", name)
		}
	}
}

func TestFromBig_rejectsValuesAbove2to248(t *testing.T) {
	for _, v := range []*big.Int{big.NewInt(-1), new(big.Int).Lsh(big.NewInt(1), 248), nil} {
		if _, err := FromBig(v); !errors.Is(err, ErrRange) {
			t.Errorf("FromBig(%v) = %v", v, err)
		}
	}
	if _, err := FromBig(new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 248), big.NewInt(1))); err != nil {
		t.Fatal(err)
	}
	s, err := RandomSalt()
	if err != nil || s.BigInt(new(big.Int)).BitLen() > 248 {
		t.Fatalf("salt %v, %v", s, err)
	}
}
