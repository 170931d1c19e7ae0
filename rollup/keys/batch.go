package keys

import (
	"crypto/rand"
	"encoding/binary"
	"math/big"
	"math/bits"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr/poseidon2"
	"github.com/consensys/gnark-crypto/ecc/bls12-377/twistededwards"
	"github.com/consensys/gnark-crypto/ecc/bls12-377/twistededwards/eddsa"
)

// Signed is one signature to check: Verify's arguments.
type Signed struct {
	Key PublicKey
	Sig []byte
	Msg fr.Element
}

// VerifyBatch checks many signatures at once and returns, for each, exactly
// what Verify returns for it (nil when it holds).
//
// Each signature i says [S_i]B = R_i + [h_i]A_i, with R_i and A_i checked to
// be in the curve's prime-order subgroup (as Verify does). With random
// 128-bit z_i the batch checks the one equation
//
//	[Σ z_i·S_i]B = Σ [z_i]R_i + Σ [z_i·h_i]A_i
//
// with one fixed-base multiplication and one multi-scalar multiplication
// (Pippenger's buckets), instead of a variable-base multiplication per
// signature. If every signature holds, so does the sum; if one does not, the
// sum holds with probability at most 2^-127. When it fails, or a signature
// is malformed, the signatures concerned are checked one by one with Verify,
// so a bad one gets Verify's error and the good ones still pass.
func VerifyBatch(items []Signed) []error {
	errs := make([]error, len(items))
	if len(items) == 1 {
		errs[0] = items[0].Key.Verify(items[0].Sig, items[0].Msg)
		return errs
	}
	ready := make([]prepared, 0, len(items))
	for i := range items {
		p, ok := prepare(&items[i])
		if !ok {
			errs[i] = items[i].Key.Verify(items[i].Sig, items[i].Msg)
			continue
		}
		p.index = i
		ready = append(ready, p)
	}
	if len(ready) == 0 || combinedHolds(ready) {
		return errs
	}
	for _, p := range ready {
		errs[p.index] = items[p.index].Key.Verify(items[p.index].Sig, items[p.index].Msg)
	}
	return errs
}

// prepared is a well-formed signature with its challenge h = H(R, A, M).
type prepared struct {
	index int
	a, r  twistededwards.PointAffine
	s, h  big.Int
}

// prepare decodes a signature as Verify does and computes its challenge. It
// reports false for anything Verify would refuse before its equation.
func prepare(it *Signed) (prepared, bool) {
	var p prepared
	a := it.Key.pk.A
	// Keys are validated where they are made (PublicKeyFromBytes, FromXY,
	// FromWire, PrivateKey.Public): only the zero value is not a key.
	if len(it.Sig) != SignatureSize || a.IsZero() || !a.IsOnCurve() {
		return p, false
	}
	var sig eddsa.Signature
	if _, err := sig.SetBytes(it.Sig); err != nil { // S < order, R canonical, on the curve and in the subgroup
		return p, false
	}
	h := poseidon2.NewMerkleDamgardHasher()
	rx, ry := sig.R.X.Bytes(), sig.R.Y.Bytes()
	ax, ay := a.X.Bytes(), a.Y.Bytes()
	m := it.Msg.Bytes()
	for _, b := range [][]byte{rx[:], ry[:], ax[:], ay[:], m[:]} {
		h.Write(b)
	}
	p.h.SetBytes(h.Sum(nil))
	p.s.SetBytes(sig.S[:])
	p.a, p.r = a, sig.R
	return p, true
}

// order is the order of the prime subgroup.
var order = func() *big.Int {
	c := twistededwards.GetEdwardsCurve()
	return new(big.Int).Set(&c.Order)
}()

// combinedHolds checks the random linear combination of the equations.
func combinedHolds(ps []prepared) bool {
	zs := make([]byte, 16*len(ps))
	if _, err := rand.Read(zs); err != nil {
		return false // checked one by one instead
	}
	points := make([]twistededwards.PointAffine, 0, 2*len(ps))
	scalars := make([]scalar, 0, 2*len(ps))
	var s, z, t big.Int
	for i := range ps {
		p := &ps[i]
		z.SetBytes(zs[16*i : 16*i+16])
		s.Add(&s, t.Mul(&z, &p.s))
		t.Mul(&z, &p.h)
		t.Mod(&t, order)
		points = append(points, p.r, p.a)
		scalars = append(scalars, scalarOf(&z), scalarOf(&t))
	}
	s.Mod(&s, order)
	var lhs, rhs twistededwards.PointAffine
	lhs.ScalarMultiplicationBase(&s)
	rhs.FromExtended(msm(points, scalars))
	return lhs.Equal(&rhs)
}

// singleHolds checks one signature's equation [S]B = R + [h]A: [S]B from
// the fixed-base table, [h]A with 4-bit windows (a quarter of the additions
// of the binary method Verify uses), compared in projective coordinates.
// R and A are in the prime subgroup (prepare), so no cofactor is needed.
func singleHolds(p *prepared) bool {
	var table [16]twistededwards.PointExtended
	setInfinity(&table[0])
	table[1].FromAffine(&p.a)
	for k := 2; k < len(table); k++ {
		table[k].MixedAdd(&table[k-1], &p.a)
	}
	var h big.Int
	h.Mod(&p.h, order)
	hs := scalarOf(&h)
	var q twistededwards.PointExtended
	setInfinity(&q)
	for start := (max(hs.bitLen(), 1) - 1) / 4 * 4; start >= 0; start -= 4 {
		for range 4 {
			q.Double(&q)
		}
		if d := hs.digit(start, 4); d != 0 {
			q.Add(&q, &table[d])
		}
	}
	q.MixedAdd(&q, &p.r)
	var sb twistededwards.PointAffine
	sb.ScalarMultiplicationBase(&p.s)
	// (X : Y : Z) equals the affine (x, y) when X = x·Z and Y = y·Z.
	var x, y fr.Element
	x.Mul(&sb.X, &q.Z)
	y.Mul(&sb.Y, &q.Z)
	return !q.Z.IsZero() && x.Equal(&q.X) && y.Equal(&q.Y)
}

// scalar is a non-negative integer below 2^256, little-endian words.
type scalar [4]uint64

func scalarOf(v *big.Int) scalar {
	var b [32]byte
	v.FillBytes(b[:])
	var s scalar
	for i := range s {
		s[i] = binary.BigEndian.Uint64(b[32-8*(i+1):])
	}
	return s
}

func (s *scalar) bitLen() int {
	for i := 3; i >= 0; i-- {
		if s[i] != 0 {
			return 64*i + bits.Len64(s[i])
		}
	}
	return 0
}

// msm computes Σ [scalars[i]]points[i] with Pippenger's bucket method: the
// scalars are cut into c-bit windows, and per window each point is added to
// the bucket of its digit, then the buckets are summed with their weights
// by running sums (2^(c+1) additions however many points).
func msm(points []twistededwards.PointAffine, scalars []scalar) *twistededwards.PointExtended {
	c := 4
	if len(points) >= 32 {
		c = 5
	}
	if len(points) >= 128 {
		c = 6
	}
	maxBits := 0
	for i := range scalars {
		maxBits = max(maxBits, scalars[i].bitLen())
	}
	var res, sum, acc twistededwards.PointExtended
	setInfinity(&res)
	buckets := make([]twistededwards.PointExtended, 1<<c)
	used := make([]bool, 1<<c)
	for start := (maxBits - 1) / c * c; start >= 0; start -= c {
		for range c {
			res.Double(&res)
		}
		clear(used)
		for i := range points {
			d := scalars[i].digit(start, c)
			if d == 0 {
				continue
			}
			if !used[d] {
				buckets[d].FromAffine(&points[i])
				used[d] = true
			} else {
				buckets[d].MixedAdd(&buckets[d], &points[i])
			}
		}
		setInfinity(&sum)
		setInfinity(&acc)
		for d := len(buckets) - 1; d >= 1; d-- {
			if used[d] {
				sum.Add(&sum, &buckets[d])
			}
			acc.Add(&acc, &sum)
		}
		res.Add(&res, &acc)
	}
	return &res
}

// digit is the c-bit window of s at bit start.
func (s *scalar) digit(start, c int) int {
	word, off := start/64, uint(start%64)
	v := s[word] >> off
	if off+uint(c) > 64 && word < 3 {
		v |= s[word+1] << (64 - off)
	}
	return int(v & (1<<c - 1))
}

func setInfinity(p *twistededwards.PointExtended) {
	p.X.SetZero()
	p.Y.SetOne()
	p.Z.SetOne()
	p.T.SetZero()
}
