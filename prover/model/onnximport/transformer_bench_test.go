package onnximport

import (
	"os"
	"testing"
	"time"

	"github.com/nexus-rollup/nexus/prover/circuit"
)

// BenchmarkTransformer proves the real-size transformer (two attention
// blocks, 16 tokens, width 32) on a held-out input: the figures of
// make bench-transformer. NEXUS_TRANSFORMER names another model of
// testdata/transformer.
func BenchmarkTransformer(b *testing.B) {
	name := os.Getenv("NEXUS_TRANSFORMER")
	if name == "" {
		name = "transformer_bench"
	}
	c := checkTransformer(b, name)
	start := time.Now()
	k, err := circuit.Setup(c.m, b.TempDir(), nil)
	if err != nil {
		b.Fatal(err)
	}
	setup := time.Since(start)
	j := &circuit.Job{Input: c.m.QuantizeInput(c.eval[0])}
	j.JobID.SetUint64(7)
	b.ResetTimer()
	for range b.N {
		proof, claim, err := circuit.Prove(k, c.m, j)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		if err := circuit.Verify(k.VK, c.m, proof, claim.Statement); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.StopTimer()
	b.ReportMetric(float64(k.CCS.GetNbConstraints()), "constraints")
	b.ReportMetric(float64(c.m.ParamCount()), "params")
	b.ReportMetric(float64(c.agree)/float64(len(c.eval)), "argmax-agreement")
	b.ReportMetric(c.quantErr/c.outRange, "max-rel-error")
	b.ReportMetric(setup.Seconds(), "setup-s")
	b.Logf("%s: %d layers, %d parameters, %d constraints (%.1f per parameter), setup %s; argmax agreement with onnxruntime %d/%d, labels %d/%d, max |dequantized - onnxruntime| %.3f (%.1f%% of range %.3g)",
		name, len(c.m.Layers), c.m.ParamCount(), k.CCS.GetNbConstraints(), float64(k.CCS.GetNbConstraints())/float64(c.m.ParamCount()),
		setup.Round(time.Millisecond), c.agree, len(c.eval), c.correct, len(c.eval), c.quantErr, 100*c.quantErr/c.outRange, c.outRange)
}
