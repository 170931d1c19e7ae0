package keys

import (
	"bytes"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/twistededwards"
)

// signedBatch returns n valid signatures by a few keys over distinct messages.
func signedBatch(t testing.TB, n int) []Signed {
	t.Helper()
	ks := []*PrivateKey{testKey(t, 1), testKey(t, 2), testKey(t, 3)}
	out := make([]Signed, n)
	for i := range out {
		k := ks[i%len(ks)]
		out[i].Msg.SetUint64(uint64(1000 + i))
		sig, err := k.Sign(out[i].Msg)
		if err != nil {
			t.Fatal(err)
		}
		out[i].Key, out[i].Sig = k.Public(), sig
	}
	return out
}

func errString(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

// TestVerifyBatchAgreesWithVerify: for batches of every size with
// signatures broken in every way (another message, another key, a flipped
// bit anywhere, a wrong length, a zero key, R and S swapped), VerifyBatch
// and Verify return exactly gnark-crypto's answer for each signature.
func TestVerifyBatchAgreesWithVerify(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	other := testKey(t, 9).Public()
	breakers := []func(s *Signed){
		func(s *Signed) { s.Msg.SetUint64(7) },
		func(s *Signed) { s.Key = other },
		func(s *Signed) { s.Sig = bytes.Clone(s.Sig); s.Sig[rng.IntN(len(s.Sig))] ^= 1 << rng.IntN(8) },
		func(s *Signed) { s.Sig = s.Sig[:rng.IntN(len(s.Sig))] },
		func(s *Signed) { s.Key = PublicKey{} },
		func(s *Signed) { s.Sig = append(bytes.Clone(s.Sig[32:]), s.Sig[:32]...) },
	}
	for i, breaker := range breakers { // one signature: the single path
		for range 8 {
			items := signedBatch(t, 1)
			breaker(&items[0])
			got, want := VerifyBatch(items)[0], items[0].Key.verifyWithGnark(items[0].Sig, items[0].Msg)
			if errString(got) != errString(want) {
				t.Fatalf("one signature broken by breaker %d: VerifyBatch says %v, Verify says %v", i, got, want)
			}
		}
	}
	for _, n := range []int{1, 2, 3, 7, 16, 33, 64, 130} {
		for trial := range 4 {
			items := signedBatch(t, n)
			bad := 0
			if trial > 0 {
				bad = 1 + rng.IntN(min(n, 3))
			}
			for range bad {
				breakers[rng.IntN(len(breakers))](&items[rng.IntN(n)])
			}
			got := VerifyBatch(items)
			for i := range items {
				want := items[i].Key.verifyWithGnark(items[i].Sig, items[i].Msg)
				if errString(got[i]) != errString(want) {
					t.Fatalf("n=%d trial %d item %d: VerifyBatch says %v, gnark-crypto says %v", n, trial, i, got[i], want)
				}
				if alone := items[i].Key.Verify(items[i].Sig, items[i].Msg); errString(alone) != errString(want) {
					t.Fatalf("n=%d trial %d item %d: Verify says %v, gnark-crypto says %v", n, trial, i, alone, want)
				}
			}
		}
	}
}

// TestMSM compares the bucket method with one multiplication per point.
func TestMSM(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	base := twistededwards.GetEdwardsCurve().Base
	for _, n := range []int{0, 1, 2, 5, 31, 32, 64, 128, 200} {
		points := make([]twistededwards.PointAffine, n)
		scalars := make([]scalar, n)
		var want twistededwards.PointAffine
		want.X.SetZero()
		want.Y.SetOne()
		for i := range points {
			points[i].ScalarMultiplication(&base, big.NewInt(int64(rng.Uint32())+1))
			var v big.Int
			v.SetString(fmt.Sprintf("%x%x%x%x", rng.Uint64(), rng.Uint64(), rng.Uint64(), rng.Uint64()>>(rng.IntN(64))), 16)
			if i%5 == 0 {
				v.SetUint64(uint64(i)) // small and zero scalars
			}
			v.Mod(&v, order)
			scalars[i] = scalarOf(&v)
			var term twistededwards.PointAffine
			term.ScalarMultiplication(&points[i], &v)
			want.Add(&want, &term)
		}
		var got twistededwards.PointAffine
		got.FromExtended(msm(points, scalars))
		if !got.Equal(&want) {
			t.Fatalf("n=%d: msm differs from the sum of products", n)
		}
	}
}

func BenchmarkVerify(b *testing.B) {
	for _, n := range []int{1, 16, 64} {
		items := signedBatch(b, n)
		b.Run(fmt.Sprintf("gnark-crypto/%d", n), func(b *testing.B) {
			for range b.N {
				for i := range items {
					if err := items[i].Key.verifyWithGnark(items[i].Sig, items[i].Msg); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*n), "µs/sig")
		})
		b.Run(fmt.Sprintf("batch/%d", n), func(b *testing.B) {
			for range b.N {
				for _, err := range VerifyBatch(items) {
					if err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*n), "µs/sig")
		})
	}
}
