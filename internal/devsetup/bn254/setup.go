// Package bn254 is a Groth16 dev setup (single party: UNSAFE outside
// development) for gnark R1CS on this curve, which fills gnark's own
// ProvingKey and VerifyingKey with the same keys gnark's groth16.Setup
// makes, computed with comb tables (see comb.go) instead of double-and-add.
package bn254

import (
	"fmt"
	"math/big"
	"sync/atomic"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/fft"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/pedersen"
	groth16impl "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"

	"github.com/nexus-rollup/nexus/internal/devsetup/work"
)

// Window widths of the comb tables: 2^(c-1) points per window. 16 bits
// (16 windows, 2 MiB of G1 points per window) measured fastest for G1;
// G2 points are twice as large.
const (
	combG1Bits = 16
	combG2Bits = 14
)

// Setup runs a dev Groth16 setup of r1cs. progress (may be nil) counts
// work in G1 scalar multiplications: a G2 one counts 3, a constraint 1/8.
// With a checkpoint directory, every stage is kept there and a setup
// interrupted midway resumes from it (see checkpoint); the caller removes
// it once the keys are saved. Resumed reports how many stages were read
// back.
func Setup(r1cs *cs.R1CS, progress *work.Progress, checkpointDir string) (pk *groth16impl.ProvingKey, vk *groth16impl.VerifyingKey, resumed int, err error) {
	pk, vk = new(groth16impl.ProvingKey), new(groth16impl.VerifyingKey)
	ck := &checkpoint{dir: checkpointDir}
	defer func() { resumed = ck.loaded }()

	nbPublic := r1cs.GetNbPublicVariables()
	nbWires := r1cs.NbInternalVariables + nbPublic + r1cs.GetNbSecretVariables()
	commitmentInfo, ok := r1cs.CommitmentInfo.(constraint.Groth16Commitments)
	if !ok {
		return nil, nil, 0, fmt.Errorf("devsetup: commitment info is %T, not Groth16 commitments", r1cs.CommitmentInfo)
	}
	commitmentWires := commitmentInfo.CommitmentIndexes()
	privateCommitted := commitmentInfo.GetPrivateCommitted()
	nbPrivateCommitted := 0
	for _, w := range privateCommitted {
		nbPrivateCommitted += len(w)
	}
	// A commitment is computed by a hint, so private to the prover, but the
	// verifier injects it: for Groth16 it is public.
	nbPublicWires := nbPublic + len(commitmentInfo)
	nbPrivateWires := r1cs.GetNbSecretVariables() + r1cs.NbInternalVariables - nbPrivateCommitted - len(commitmentInfo)

	domain := fft.NewDomain(uint64(r1cs.GetNbConstraints()))
	n := int(domain.Cardinality)

	// The toxic waste and the commitments' σ: sampled once, kept by the
	// checkpoint so that a resumed setup makes the same keys.
	secrets := make([]fr.Element, 5+len(commitmentInfo))
	if ok, err := ck.load("toxic", &secrets); err != nil {
		return nil, nil, 0, err
	} else if ok && len(secrets) != 5+len(commitmentInfo) {
		return nil, nil, 0, fmt.Errorf("devsetup: checkpoint %s is another circuit's (%d secrets, want %d): remove it", checkpointDir, len(secrets), 5+len(commitmentInfo))
	} else if !ok {
		secrets = make([]fr.Element, 5+len(commitmentInfo))
		for i := range secrets {
			for secrets[i].IsZero() {
				if _, err := secrets[i].SetRandom(); err != nil {
					return nil, nil, 0, err
				}
			}
		}
		if err := ck.save("toxic", secrets); err != nil {
			return nil, nil, 0, err
		}
	}
	tw := newToxicWaste(secrets[:5])
	sigmas := secrets[5:]
	var counter *atomic.Int64
	if progress != nil {
		// Lagrange evaluation (per constraint), then G1 (A, B, Z, K and the
		// commitment bases with their σ multiples), then G2 (B, ×3); made
		// exact once the points at infinity are known.
		progress.Total.Store(int64(r1cs.GetNbConstraints()/8) + int64(2*nbWires+n+nbPrivateWires+nbPublicWires+2*nbPrivateCommitted) + 3*int64(nbWires))
		counter = progress.Counter()
	}

	A, B, C := evalABC(r1cs, domain, &tw, counter)

	// K scalars: (β·A + α·B + C)/γ for public and commitment wires and for
	// private committed ones (the commitment bases), /δ for the rest.
	pkK := make([]fr.Element, nbPrivateWires)
	vkK := make([]fr.Element, nbPublicWires)
	ckK := make([][]fr.Element, len(commitmentInfo))
	for i := range commitmentInfo {
		ckK[i] = make([]fr.Element, 0, len(privateCommitted[i]))
	}
	// The committed lists are sorted and disjoint: walk them with the wires.
	pos := make([]int, len(privateCommitted))
	committedBy := func(w int) int {
		for k, list := range privateCommitted {
			if pos[k] < len(list) && list[pos[k]] == w {
				pos[k]++
				return k
			}
		}
		return -1
	}
	var t0, t1 fr.Element
	computeK := func(i int, coeff *fr.Element) {
		t1.Mul(&A[i], &tw.beta)
		t0.Mul(&B[i], &tw.alpha)
		t1.Add(&t1, &t0).Add(&t1, &C[i]).Mul(&t1, coeff)
	}
	vI, nbCommittedSeen, nbCommitmentsSeen := 0, 0, 0
	for i := range A {
		commitment := committedBy(i)
		isPublic, isCommitment := i < nbPublic, false
		if !isPublic && nbCommitmentsSeen < len(commitmentWires) && commitmentWires[nbCommitmentsSeen] == i {
			isCommitment = true
			nbCommitmentsSeen++
		}
		switch {
		case isPublic || isCommitment:
			computeK(i, &tw.gammaInv)
			vkK[vI] = t1
			vI++
		case commitment != -1:
			computeK(i, &tw.gammaInv)
			ckK[commitment] = append(ckK[commitment], t1)
			nbCommittedSeen++
		default:
			computeK(i, &tw.deltaInv)
			pkK[i-vI-nbCommittedSeen] = t1
		}
	}
	C = nil

	// Z scalars: τ^i·(τ^n - 1)/δ, in bit-reversed order; the prover uses
	// the first n-1 (deg H = n-2).
	Z := make([]fr.Element, n)
	var zdt fr.Element
	one := fr.One()
	zdt.Exp(tw.t, new(big.Int).SetUint64(domain.Cardinality)).Sub(&zdt, &one).Mul(&zdt, &tw.deltaInv)
	for i := range Z {
		Z[i] = zdt
		zdt.Mul(&zdt, &tw.t)
	}
	fft.BitReverse(Z)
	Z = Z[:n-1]

	// Points at infinity of A and B are marked and left out.
	pk.InfinityA = make([]bool, nbWires)
	pk.InfinityB = make([]bool, nbWires)
	A = dropZeroes(A, pk.InfinityA)
	B = dropZeroes(B, pk.InfinityB)
	pk.NbInfinityA = uint64(nbWires - len(A))
	pk.NbInfinityB = uint64(nbWires - len(B))
	if progress != nil {
		progress.Total.Store(int64(r1cs.GetNbConstraints()/8) + 3 + int64(len(A)+len(Z)+nbPrivateWires+nbPublicWires+len(B)+2*nbPrivateCommitted) + 3*int64(len(B)+3))
	}

	_, _, g1, g2 := curve.Generators()
	var comb1 *combG1
	// mulG1 is stage name: the points of s, read back from the checkpoint
	// or computed and kept there.
	mulG1 := func(name string, s []fr.Element) ([]curve.G1Affine, error) {
		var out []curve.G1Affine
		if ok, err := ck.load(name, &out); err != nil {
			return nil, err
		} else if ok && len(out) == len(s) {
			if counter != nil {
				counter.Add(int64(len(s)))
			}
			return out, nil
		}
		if comb1 == nil {
			comb1 = newCombG1(&g1, combG1Bits)
		}
		out = make([]curve.G1Affine, len(s))
		comb1.mul(out, s, counter)
		return out, ck.save(name, out)
	}
	ab, err := mulG1("g1-alpha-beta-delta", []fr.Element{tw.alpha, tw.beta, tw.delta})
	if err != nil {
		return nil, nil, 0, err
	}
	pk.G1.Alpha, pk.G1.Beta, pk.G1.Delta = ab[0], ab[1], ab[2]
	if pk.G1.A, err = mulG1("g1-a", A); err != nil {
		return nil, nil, 0, err
	}
	A = nil
	if pk.G1.Z, err = mulG1("g1-z", Z); err != nil {
		return nil, nil, 0, err
	}
	Z = nil
	if pk.G1.K, err = mulG1("g1-k", pkK); err != nil {
		return nil, nil, 0, err
	}
	pkK = nil
	if vk.G1.K, err = mulG1("vk-k", vkK); err != nil {
		return nil, nil, 0, err
	}
	if pk.G1.B, err = mulG1("g1-b", B); err != nil {
		return nil, nil, 0, err
	}

	// Pedersen commitment keys: bases [ckK]₁ and their σ multiples [σ·ckK]₁;
	// the verifier's G and -σ·G on G2 once [δ]₂ is known (below).
	if len(commitmentInfo) > 0 {
		pk.CommitmentKeys = make([]pedersen.ProvingKey, len(commitmentInfo))
		vk.CommitmentKeys = make([]pedersen.VerifyingKey, len(commitmentInfo))
		for i := range ckK {
			sigma := sigmas[i]
			if pk.CommitmentKeys[i].Basis, err = mulG1(fmt.Sprintf("commitment-%d-basis", i), ckK[i]); err != nil {
				return nil, nil, 0, err
			}
			for j := range ckK[i] {
				ckK[i][j].Mul(&ckK[i][j], &sigma)
			}
			if pk.CommitmentKeys[i].BasisExpSigma, err = mulG1(fmt.Sprintf("commitment-%d-sigma", i), ckK[i]); err != nil {
				return nil, nil, 0, err
			}
		}
	}
	vk.PublicAndCommitmentCommitted = commitmentInfo.GetPublicAndCommitmentCommitted(commitmentWires, nbPublic)

	var comb2 *combG2
	mulG2 := func(name string, s []fr.Element) ([]curve.G2Affine, error) {
		var out []curve.G2Affine
		if ok, err := ck.load(name, &out); err != nil {
			return nil, err
		} else if ok && len(out) == len(s) {
			if counter != nil {
				counter.Add(3 * int64(len(s)))
			}
			return out, nil
		}
		if comb2 == nil {
			comb2 = newCombG2(&g2, combG2Bits)
		}
		out = make([]curve.G2Affine, len(s))
		comb2.mul(out, s, counter)
		return out, ck.save(name, out)
	}
	if pk.G2.B, err = mulG2("g2-b", B); err != nil {
		return nil, nil, 0, err
	}
	bdg, err := mulG2("g2-beta-delta-gamma", []fr.Element{tw.beta, tw.delta, tw.gamma})
	if err != nil {
		return nil, nil, 0, err
	}
	pk.G2.Beta, pk.G2.Delta = bdg[0], bdg[1]
	vk.G2.Beta, vk.G2.Delta, vk.G2.Gamma = bdg[0], bdg[1], bdg[2]
	// The commitments' G2 point G is [δ]₂, where gnark's setup draws a
	// random one. The proof of knowledge e(D, −σG)·e(PoK, G) = 1 says
	// PoK = σ·D for any generator G, so the choice does not change what it
	// accepts; with G = δ a verifier that folds it into the Groth16 check
	// pairs C − ρ·PoK with −δ once instead of PoK with G in a pair of its
	// own (l1/verifier: one pairing, 34,000 gas, fewer per batch on L1).
	for i := range vk.CommitmentKeys {
		var sigmaNeg fr.Element
		sigmaNeg.Neg(&sigmas[i])
		vk.CommitmentKeys[i].G = vk.G2.Delta
		vk.CommitmentKeys[i].GSigmaNeg.ScalarMultiplication(&vk.G2.Delta, sigmaNeg.BigInt(new(big.Int)))
	}

	vk.G1.Alpha, vk.G1.Beta, vk.G1.Delta = pk.G1.Alpha, pk.G1.Beta, pk.G1.Delta
	if err := vk.Precompute(); err != nil {
		return nil, nil, 0, err
	}
	pk.Domain = *domain
	return pk, vk, 0, nil
}

// dropZeroes removes the zero scalars of s, in place, marking their
// positions in inf.
func dropZeroes(s []fr.Element, inf []bool) []fr.Element {
	n := 0
	for i := range s {
		if s[i].IsZero() {
			inf[i] = true
			continue
		}
		s[n] = s[i]
		n++
	}
	return s[:n]
}

// evalABC evaluates, at τ, the polynomials of every wire in the L, R and O
// sides of the constraints: Σ over the constraints c that use the wire of
// its coefficient times the Lagrange polynomial L_c(τ).
func evalABC(r1cs *cs.R1CS, domain *fft.Domain, tw *toxicWaste, done *atomic.Int64) (A, B, C []fr.Element) {
	nbWires := r1cs.NbInternalVariables + r1cs.GetNbPublicVariables() + r1cs.GetNbSecretVariables()
	A = make([]fr.Element, nbWires)
	B = make([]fr.Element, nbWires)
	C = make([]fr.Element, nbWires)

	// τ - ω^i and their inverses.
	nbConstraints := r1cs.GetNbConstraints()
	t := make([]fr.Element, nbConstraints+1)
	wi := fr.One()
	for i := range t {
		t[i].Sub(&tw.t, &wi)
		wi.Mul(&wi, &domain.Generator)
	}
	tInv := fr.BatchInvert(t)

	// L_0(τ) = (τ^n - 1)/(n·(τ - 1)); L_{i+1} = ω·L_i·(τ - ω^i)/(τ - ω^(i+1)).
	var L fr.Element
	one := fr.One()
	L.Exp(tw.t, new(big.Int).SetUint64(domain.Cardinality)).Sub(&L, &one)
	L.Mul(&L, &tInv[0]).Mul(&L, &domain.CardinalityInv)

	accumulate := func(res *fr.Element, term constraint.Term, value *fr.Element) {
		switch cID := term.CoeffID(); cID {
		case constraint.CoeffIdZero:
		case constraint.CoeffIdOne:
			res.Add(res, value)
		case constraint.CoeffIdMinusOne:
			res.Sub(res, value)
		case constraint.CoeffIdTwo:
			var b fr.Element
			b.Double(value)
			res.Add(res, &b)
		default:
			var b fr.Element
			b.Mul(&r1cs.Coefficients[cID], value)
			res.Add(res, &b)
		}
	}
	j := 0
	it := r1cs.GetR1CIterator()
	for c := it.Next(); c != nil; c = it.Next() {
		for _, term := range c.L {
			accumulate(&A[term.WireID()], term, &L)
		}
		for _, term := range c.R {
			accumulate(&B[term.WireID()], term, &L)
		}
		for _, term := range c.O {
			accumulate(&C[term.WireID()], term, &L)
		}
		L.Mul(&L, &domain.Generator).Mul(&L, &t[j]).Mul(&L, &tInv[j+1])
		j++
		if done != nil && j%65536 == 0 {
			done.Add(65536 / 8) // a constraint costs about an eighth of a G1 multiplication
		}
	}
	if done != nil {
		done.Add(int64(j/8 - j/65536*(65536/8)))
	}
	return A, B, C
}

type toxicWaste struct {
	t, alpha, beta, gamma, delta fr.Element
	gammaInv, deltaInv           fr.Element
}

// newToxicWaste takes τ, α, β, γ, δ (non-zero) in that order.
func newToxicWaste(s []fr.Element) toxicWaste {
	tw := toxicWaste{t: s[0], alpha: s[1], beta: s[2], gamma: s[3], delta: s[4]}
	tw.gammaInv.Inverse(&tw.gamma)
	tw.deltaInv.Inverse(&tw.delta)
	return tw
}
