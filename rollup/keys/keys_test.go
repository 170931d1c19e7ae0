package keys

import (
	"bytes"
	"errors"
	"fmt"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func testKey(t testing.TB, b byte) *PrivateKey {
	t.Helper()
	k, err := FromSeed(bytes.Repeat([]byte{b}, 32))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestSignVerify(t *testing.T) {
	k := testKey(t, 1)
	var msg fr.Element
	msg.SetUint64(42)
	sig, err := k.Sign(msg)
	if err != nil {
		t.Fatal(err)
	}
	if len(sig) != SignatureSize {
		t.Fatalf("signature is %d bytes", len(sig))
	}
	if err := k.Public().Verify(sig, msg); err != nil {
		t.Fatalf("valid signature rejected: %v", err)
	}
	var other fr.Element
	other.SetUint64(43)
	if err := k.Public().Verify(sig, other); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("signature over another message: %v", err)
	}
	if err := testKey(t, 2).Public().Verify(sig, msg); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("signature under another key: %v", err)
	}
	for i := range sig {
		bad := bytes.Clone(sig)
		bad[i] ^= 0x01
		if err := k.Public().Verify(bad, msg); err == nil {
			t.Fatalf("flipped bit in byte %d still verifies", i)
		}
	}
	for _, n := range []int{0, 1, 63, 65, 128} {
		if err := k.Public().Verify(make([]byte, n), msg); !errors.Is(err, ErrBadSignature) {
			t.Fatalf("%d-byte signature: %v", n, err)
		}
	}
}

func TestDeriveFromEthKeyIsDeterministic(t *testing.T) {
	eth, err := crypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	if err != nil {
		t.Fatal(err)
	}
	rollup := common.HexToAddress("0x1000000000000000000000000000000000000001")
	a, err := DeriveFromEthKey(eth, 31337, rollup)
	if err != nil {
		t.Fatal(err)
	}
	b, err := DeriveFromEthKey(eth, 31337, rollup)
	if err != nil {
		t.Fatal(err)
	}
	if !a.Public().Equal(b.Public()) || !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("the same Ethereum key derived two different L2 keys")
	}
	// Another chain or another deployment gives another key.
	c, _ := DeriveFromEthKey(eth, 1, rollup)
	d, _ := DeriveFromEthKey(eth, 31337, common.HexToAddress("0x2"))
	if a.Public().Equal(c.Public()) || a.Public().Equal(d.Public()) {
		t.Fatal("derivation must depend on chain id and rollup address")
	}
	if _, err := FromEthSignature(make([]byte, 64)); err == nil {
		t.Fatal("a 64-byte derivation signature must be refused")
	}
}

func TestKeyEncodingRoundTrip(t *testing.T) {
	k := testKey(t, 7)
	k2, err := PrivateKeyFromBytes(k.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !k2.Public().Equal(k.Public()) {
		t.Fatal("private key round trip changed the key")
	}
	pb := k.Public().Bytes()
	p, err := PublicKeyFromBytes(pb[:])
	if err != nil {
		t.Fatal(err)
	}
	if !p.Equal(k.Public()) || p.Hash() != k.Public().Hash() {
		t.Fatal("public key round trip changed the key")
	}
	for _, n := range []int{0, 31, 33} {
		if _, err := PublicKeyFromBytes(make([]byte, n)); !errors.Is(err, ErrBadPublicKey) {
			t.Errorf("%d-byte public key: %v", n, err)
		}
		if _, err := PrivateKeyFromBytes(make([]byte, n)); err == nil {
			t.Errorf("%d-byte private key accepted", n)
		}
	}
}

func TestSignatureParts(t *testing.T) {
	k := testKey(t, 3)
	var msg fr.Element
	msg.SetUint64(9)
	sig, _ := k.Sign(msg)
	if _, _, s, err := SignatureParts(sig); err != nil || s.Sign() == 0 {
		t.Fatalf("parts of a valid signature: %v", err)
	}
	if _, _, _, err := SignatureParts([]byte{1, 2, 3}); err == nil {
		t.Fatal("parts of a 3-byte signature: want an error")
	}
}

func TestHashElementsKnownAnswer(t *testing.T) {
	// Pinned so that a change of Poseidon2 parameters, which would change
	// every state root and break the circuits, is a visible test failure.
	var one, two fr.Element
	one.SetUint64(1)
	two.SetUint64(2)
	h := HashElements(one, two)
	if h == HashElements(two, one) {
		t.Fatal("hash must depend on order")
	}
	const want = "856866548500687954979901727265778550406162110943263865877554647298441648804"
	if h.String() != want {
		t.Fatalf("Poseidon2(1, 2) = %s, want %s", h.String(), want)
	}
}

// FuzzVerify feeds arbitrary signature and key bytes to the decoders and the
// verifier: any outcome but a panic or a false acceptance is fine.
func FuzzVerify(f *testing.F) {
	k := testKey(f, 5)
	var msg fr.Element
	msg.SetUint64(1)
	sig, _ := k.Sign(msg)
	pb := k.Public().Bytes()
	f.Add(pb[:], sig, uint64(1))
	f.Add(make([]byte, 32), make([]byte, 64), uint64(0))
	f.Add(bytes.Repeat([]byte{0xff}, 32), bytes.Repeat([]byte{0xff}, 64), uint64(7))
	f.Fuzz(func(t *testing.T, pub, sig []byte, m uint64) {
		p, err := PublicKeyFromBytes(pub)
		if err != nil {
			return
		}
		var msg fr.Element
		msg.SetUint64(m)
		if got, want := p.Verify(sig, msg), p.verifyWithGnark(sig, msg); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("Verify says %v, gnark-crypto %v: pub %x sig %x", got, want, pub, sig)
		}
		if p.Verify(sig, msg) == nil && !p.Equal(k.Public()) {
			// Accepting a signature under a key nobody holds would be a forgery.
			t.Fatalf("forged signature accepted: pub %x sig %x", pub, sig)
		}
	})
}
