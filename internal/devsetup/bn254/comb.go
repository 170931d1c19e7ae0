package bn254

import (
	"runtime"
	"sync"
	"sync/atomic"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// A setup multiplies one generator by millions of scalars. gnark's
// BatchScalarMultiplication does it by double-and-add from a small table of
// the generator's multiples: every scalar pays ~254 point doublings, which
// profiles showed to be 86% of the wrap's setup. A comb table holds the
// multiples of every window's power of two instead,
//
//	t[j][k] = (k+1)·2^(c·j)·G,  k < 2^(c-1),
//
// so a scalar, recoded into signed c-bit digits d_j, is Σ_j ±t[j][|d_j|-1]:
// one mixed addition per window and no doubling at all.

// chunk is how many scalars a worker multiplies before converting its
// results to affine with one shared inversion.
const chunk = 4096

// signedDigits recodes the regular (non-Montgomery) limbs of a scalar below
// 2^fr.Bits into w signed digits of c bits, each in [-2^(c-1), 2^(c-1)],
// the last one non-negative.
func signedDigits(digits []int32, limbs *[fr.Limbs]uint64, c uint) {
	half := int32(1) << (c - 1)
	carry := int32(0)
	for j := range digits {
		o := uint(j) * c
		var raw uint64
		if i := o / 64; i < fr.Limbs {
			s := o % 64
			raw = limbs[i] >> s
			if s+c > 64 && i+1 < fr.Limbs {
				raw |= limbs[i+1] << (64 - s)
			}
			raw &= 1<<c - 1
		}
		d := int32(raw) + carry
		carry = 0
		if d >= half && j != len(digits)-1 {
			d -= 2 * half
			carry = 1
		}
		digits[j] = d
	}
}

// nbWindows is the number of c-bit signed digits of a scalar: one more bit
// than fr.Bits holds the last carry.
func nbWindows(c uint) int { return (fr.Bits + 1 + int(c) - 1) / int(c) }

// forChunks runs f on [start, end) chunks of n items on every CPU and adds
// weight times each chunk's size to done.
func forChunks(n int, done *atomic.Int64, weight int64, f func(start, end int)) {
	workers := runtime.GOMAXPROCS(0)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				start := int(next.Add(chunk)) - chunk
				if start >= n {
					return
				}
				end := min(start+chunk, n)
				f(start, end)
				if done != nil {
					done.Add(weight * int64(end-start))
				}
			}
		}()
	}
	wg.Wait()
}

// combG1 is a comb table of a G1 point.
type combG1 struct {
	c    uint
	w    int
	half int
	t    []curve.G1Affine // t[j*half+k] = (k+1)·2^(c·j)·base
}

func newCombG1(base *curve.G1Affine, c uint) *combG1 {
	cb := &combG1{c: c, w: nbWindows(c), half: 1 << (c - 1)}
	cb.t = make([]curve.G1Affine, cb.w*cb.half)
	// Row j's base is 2^(c·j)·base; rows are filled in parallel.
	rowBase := make([]curve.G1Affine, cb.w)
	var b curve.G1Jac
	b.FromAffine(base)
	for j := range rowBase {
		rowBase[j].FromJacobian(&b)
		for range c {
			b.DoubleAssign()
		}
	}
	var wg sync.WaitGroup
	for j := range cb.w {
		wg.Add(1)
		go func() {
			defer wg.Done()
			row := make([]curve.G1Jac, cb.half)
			row[0].FromAffine(&rowBase[j])
			for k := 1; k < cb.half; k++ {
				row[k] = row[k-1]
				row[k].AddMixed(&rowBase[j])
			}
			batchToAffineG1(cb.t[j*cb.half:(j+1)*cb.half], row)
		}()
	}
	wg.Wait()
	return cb
}

// mul sets out[i] = scalars[i]·base, in parallel, counting into done.
// Each worker adds one window's table points to the accumulators of a
// chunk of scalars at a time in affine coordinates, sharing one field
// inversion among them (Montgomery's trick): about 5 multiplications and a
// squaring per addition where a mixed Jacobian one takes 7 and 4.
func (cb *combG1) mul(out []curve.G1Affine, scalars []fr.Element, done *atomic.Int64) {
	forChunks(len(scalars), done, 1, func(start, end int) {
		n := end - start
		digits := make([]int32, n*cb.w)
		for i := range n {
			limbs := scalars[start+i].Bits()
			signedDigits(digits[i*cb.w:(i+1)*cb.w], &limbs, cb.c)
		}
		acc := out[start:end]
		inf := make([]bool, n)
		for i := range inf {
			inf[i] = true
		}
		pend := make([]int32, 0, n)
		q := make([]curve.G1Affine, n)   // the addend of each pending addition
		den := make([]curve.G1Affine, n) // X: x_q - x_acc, then its inverse; Y: prefix products
		for j := range cb.w {
			pend = pend[:0]
			for i := range n {
				d := digits[i*cb.w+j]
				if d == 0 {
					continue
				}
				m := len(pend)
				if d > 0 {
					q[m] = cb.t[j*cb.half+int(d)-1]
				} else {
					q[m].Neg(&cb.t[j*cb.half+int(-d)-1])
				}
				switch {
				case inf[i]:
					acc[i], inf[i] = q[m], false
				case acc[i].X.Equal(&q[m].X): // doubling or cancelling: rare, done completely
					var p curve.G1Jac
					p.FromAffine(&acc[i])
					p.AddMixed(&q[m])
					acc[i].FromJacobian(&p)
					inf[i] = p.Z.IsZero()
				default:
					den[m].X.Sub(&q[m].X, &acc[i].X)
					pend = append(pend, int32(i))
				}
			}
			m := len(pend)
			if m == 0 {
				continue
			}
			prod := den[0].X
			prod.SetOne()
			for k := range m {
				den[k].Y = prod
				prod.Mul(&prod, &den[k].X)
			}
			prod.Inverse(&prod)
			for k := m - 1; k >= 0; k-- {
				inv := prod
				inv.Mul(&prod, &den[k].Y)
				prod.Mul(&prod, &den[k].X)
				den[k].X = inv
			}
			for k := range m {
				a := &acc[pend[k]]
				lam := q[k].Y
				lam.Sub(&q[k].Y, &a.Y).Mul(&lam, &den[k].X)
				x3 := lam
				x3.Square(&lam).Sub(&x3, &a.X).Sub(&x3, &q[k].X)
				t := a.X
				t.Sub(&a.X, &x3).Mul(&t, &lam)
				a.Y.Sub(&t, &a.Y)
				a.X = x3
			}
		}
		for i := range n {
			if inf[i] {
				acc[i] = curve.G1Affine{}
			}
		}
	})
}

// batchToAffineG1 converts in to affine coordinates into out with one field
// inversion (Montgomery's trick); the point at infinity becomes (0, 0).
func batchToAffineG1(out []curve.G1Affine, in []curve.G1Jac) {
	if len(in) == 0 {
		return
	}
	acc := in[0].Z
	acc.SetOne()
	for i := range in {
		if in[i].Z.IsZero() {
			out[i] = curve.G1Affine{}
			continue
		}
		out[i].X = acc // the prefix product, replaced by 1/Z below
		acc.Mul(&acc, &in[i].Z)
	}
	inv := acc
	inv.Inverse(&acc)
	for i := len(in) - 1; i >= 0; i-- {
		if in[i].Z.IsZero() {
			continue
		}
		out[i].X.Mul(&out[i].X, &inv)
		inv.Mul(&inv, &in[i].Z)
	}
	for i := range in {
		if in[i].Z.IsZero() {
			continue
		}
		zInv := out[i].X
		zInv2 := zInv
		zInv2.Square(&zInv)
		out[i].X.Mul(&in[i].X, &zInv2)
		out[i].Y.Mul(&in[i].Y, &zInv2)
		out[i].Y.Mul(&out[i].Y, &zInv)
	}
}

// combG2 is a comb table of a G2 point.
type combG2 struct {
	c    uint
	w    int
	half int
	t    []curve.G2Affine
}

func newCombG2(base *curve.G2Affine, c uint) *combG2 {
	cb := &combG2{c: c, w: nbWindows(c), half: 1 << (c - 1)}
	cb.t = make([]curve.G2Affine, cb.w*cb.half)
	rowBase := make([]curve.G2Affine, cb.w)
	var b curve.G2Jac
	b.FromAffine(base)
	for j := range rowBase {
		rowBase[j].FromJacobian(&b)
		for range c {
			b.DoubleAssign()
		}
	}
	var wg sync.WaitGroup
	for j := range cb.w {
		wg.Add(1)
		go func() {
			defer wg.Done()
			row := make([]curve.G2Jac, cb.half)
			row[0].FromAffine(&rowBase[j])
			for k := 1; k < cb.half; k++ {
				row[k] = row[k-1]
				row[k].AddMixed(&rowBase[j])
			}
			batchToAffineG2(cb.t[j*cb.half:(j+1)*cb.half], row)
		}()
	}
	wg.Wait()
	return cb
}

// mul sets out[i] = scalars[i]·base, as combG1.mul does; a G2
// multiplication counts 3 in done. Each worker adds one window's table points to the accumulators of a
// chunk of scalars at a time in affine coordinates, sharing one field
// inversion among them (Montgomery's trick): about 5 multiplications and a
// squaring per addition where a mixed Jacobian one takes 7 and 4.
func (cb *combG2) mul(out []curve.G2Affine, scalars []fr.Element, done *atomic.Int64) {
	forChunks(len(scalars), done, 3, func(start, end int) {
		n := end - start
		digits := make([]int32, n*cb.w)
		for i := range n {
			limbs := scalars[start+i].Bits()
			signedDigits(digits[i*cb.w:(i+1)*cb.w], &limbs, cb.c)
		}
		acc := out[start:end]
		inf := make([]bool, n)
		for i := range inf {
			inf[i] = true
		}
		pend := make([]int32, 0, n)
		q := make([]curve.G2Affine, n)   // the addend of each pending addition
		den := make([]curve.G2Affine, n) // X: x_q - x_acc, then its inverse; Y: prefix products
		for j := range cb.w {
			pend = pend[:0]
			for i := range n {
				d := digits[i*cb.w+j]
				if d == 0 {
					continue
				}
				m := len(pend)
				if d > 0 {
					q[m] = cb.t[j*cb.half+int(d)-1]
				} else {
					q[m].Neg(&cb.t[j*cb.half+int(-d)-1])
				}
				switch {
				case inf[i]:
					acc[i], inf[i] = q[m], false
				case acc[i].X.Equal(&q[m].X): // doubling or cancelling: rare, done completely
					var p curve.G2Jac
					p.FromAffine(&acc[i])
					p.AddMixed(&q[m])
					acc[i].FromJacobian(&p)
					inf[i] = p.Z.IsZero()
				default:
					den[m].X.Sub(&q[m].X, &acc[i].X)
					pend = append(pend, int32(i))
				}
			}
			m := len(pend)
			if m == 0 {
				continue
			}
			prod := den[0].X
			prod.SetOne()
			for k := range m {
				den[k].Y = prod
				prod.Mul(&prod, &den[k].X)
			}
			prod.Inverse(&prod)
			for k := m - 1; k >= 0; k-- {
				inv := prod
				inv.Mul(&prod, &den[k].Y)
				prod.Mul(&prod, &den[k].X)
				den[k].X = inv
			}
			for k := range m {
				a := &acc[pend[k]]
				lam := q[k].Y
				lam.Sub(&q[k].Y, &a.Y).Mul(&lam, &den[k].X)
				x3 := lam
				x3.Square(&lam).Sub(&x3, &a.X).Sub(&x3, &q[k].X)
				t := a.X
				t.Sub(&a.X, &x3).Mul(&t, &lam)
				a.Y.Sub(&t, &a.Y)
				a.X = x3
			}
		}
		for i := range n {
			if inf[i] {
				acc[i] = curve.G2Affine{}
			}
		}
	})
}

func batchToAffineG2(out []curve.G2Affine, in []curve.G2Jac) {
	if len(in) == 0 {
		return
	}
	acc := in[0].Z
	acc.SetOne()
	for i := range in {
		if in[i].Z.IsZero() {
			out[i] = curve.G2Affine{}
			continue
		}
		out[i].X = acc
		acc.Mul(&acc, &in[i].Z)
	}
	inv := acc
	inv.Inverse(&acc)
	for i := len(in) - 1; i >= 0; i-- {
		if in[i].Z.IsZero() {
			continue
		}
		out[i].X.Mul(&out[i].X, &inv)
		inv.Mul(&inv, &in[i].Z)
	}
	for i := range in {
		if in[i].Z.IsZero() {
			continue
		}
		zInv := out[i].X
		zInv2 := zInv
		zInv2.Square(&zInv)
		out[i].X.Mul(&in[i].X, &zInv2)
		out[i].Y.Mul(&in[i].Y, &zInv2)
		out[i].Y.Mul(&out[i].Y, &zInv)
	}
}
