package block

import (
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	stdgroth16 "github.com/consensys/gnark/std/recursion/groth16"

	"github.com/nexus-rollup/nexus/rollup"
)

// BenchmarkBlockProve proves a full inference batch at devnet parameters
// (depths 24/4/24/12, B = 16, C = 64, K = 8): four jobs submitted, locked
// and fulfilled plus four transfers. It reports the circuit size and the
// one-off compile and dev-setup times; ns/op is the Groth16 prove time
// with the options the aggregation circuit verifies (DESIGN.md §4).
func BenchmarkBlockProve(b *testing.B) {
	p := DevnetParams()
	c := newChain(b, p)
	users := []*user{c.user("u0"), c.user("u1"), c.user("u2"), c.user("u3")}
	prover, owner := c.user("prover"), c.user("owner")
	var steps []step
	for _, u := range users[:2] {
		steps = append(steps, func() rollup.Op {
			return &rollup.Deposit{Depositor: u.l1, PubKey: u.pub, Amount: gweiAmt(1_000_000)}
		})
	}
	steps = append(steps,
		func() rollup.Op {
			return &rollup.RegisterModel{ModelID: 1, FeeGwei: 3, VKHash: frv(777), OwnerPubKey: owner.pub, Owner: owner.l1}
		},
		func() rollup.Op {
			return &rollup.ProverStake{Prover: prover.l1, PubKey: prover.pub, Stake: gweiAmt(1_000_000)}
		})
	c.batch(100, steps...)

	steps = nil
	for i := range 4 {
		from, to := users[i%2], users[(i+1)%2]
		id := uint32(i + 1)
		steps = append(steps,
			func() rollup.Op {
				return c.sign(from, &rollup.Transfer{From: from.index, To: to.index, Amount: gweiAmt(10), Nonce: from.nonce})
			},
			func() rollup.Op {
				return c.sign(from, &rollup.SubmitJob{Requester: from.index, JobID: id, ModelID: 1, InputCommit: frv(uint64(id)),
					FeeGwei: 10, Deadline: 5000, Nonce: from.nonce})
			},
			func() rollup.Op {
				return c.sign(prover, &rollup.LockJob{Prover: prover.index, JobID: id, LockDeadline: 1000, Nonce: prover.nonce})
			},
			func() rollup.Op {
				return c.sign(prover, &rollup.FulfillJob{Prover: prover.index, JobID: id, OutputCommit: frv(uint64(100 + id)),
					Nonce: prover.nonce})
			})
	}
	assignment, sealed := c.batch(200, steps...)

	start := time.Now()
	circuit, err := New(p)
	if err != nil {
		b.Fatal(err)
	}
	ccs, err := frontend.Compile(ecc.BLS12_377.ScalarField(), r1cs.NewBuilder, circuit)
	if err != nil {
		b.Fatal(err)
	}
	compile := time.Since(start)
	start = time.Now()
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		b.Fatal(err)
	}
	setup := time.Since(start)
	w, err := frontend.NewWitness(assignment, ecc.BLS12_377.ScalarField())
	if err != nil {
		b.Fatal(err)
	}
	opts := stdgroth16.GetNativeProverOptions(ecc.BW6_761.ScalarField(), ecc.BLS12_377.ScalarField())
	b.ResetTimer()
	var proof groth16.Proof
	for range b.N {
		if proof, err = groth16.Prove(ccs, pk, w, opts); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	pub, err := w.Public()
	if err != nil {
		b.Fatal(err)
	}
	vopts := stdgroth16.GetNativeVerifierOptions(ecc.BW6_761.ScalarField(), ecc.BLS12_377.ScalarField())
	if err := groth16.Verify(proof, vk, pub, vopts); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(ccs.GetNbConstraints()), "constraints")
	b.ReportMetric(float64(len(sealed.Receipts)), "ops")
	b.ReportMetric(compile.Seconds(), "compile-s")
	b.ReportMetric(setup.Seconds(), "setup-s")
}
