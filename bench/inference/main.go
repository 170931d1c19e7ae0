// Command inference benchmarks inference proofs for bench/results.md:
//
//	inference prepare -dir DIR   write the circom main and input for the MLP
//	inference report  -dir DIR   prove with gnark and print the markdown
//	                             section, next to the snarkjs numbers in DIR
//
// bench/inference/run.sh drives both around circom2 and snarkjs.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/logger"

	"github.com/nexus-rollup/nexus/prover/circuit"
	"github.com/nexus-rollup/nexus/prover/model"
	"github.com/nexus-rollup/nexus/prover/model/mnist"
	"github.com/nexus-rollup/nexus/prover/model/onnximport"
)

var bn254 = ecc.BN254.ScalarField()

func main() {
	logger.Disable()
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: inference prepare|report -dir DIR [-runs N]")
		os.Exit(2)
	}
	fs := flag.NewFlagSet(os.Args[1], flag.ExitOnError)
	dir := fs.String("dir", "build/bench/inference", "work directory")
	models := fs.String("models", "prover/model/testdata", "demo models")
	runs := fs.Int("runs", 10, "timed proofs per circuit")
	fs.Parse(os.Args[2:])
	var err error
	switch os.Args[1] {
	case "prepare":
		err = prepare(*dir, *models)
	case "report":
		err = report(*dir, *models, *runs)
	default:
		err = fmt.Errorf("unknown mode %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench/inference:", err)
		os.Exit(1)
	}
}

func load(dir, name string) (*model.Model, error) {
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		return nil, err
	}
	return model.Decode(b)
}

func digit(i int) ([]uint8, error) {
	_, test, err := mnist.Default()
	if err != nil {
		return nil, err
	}
	return test.Images[i], nil
}

// fe writes a signed value as a BN254 field element in decimal.
func fe(v int64) string {
	b := big.NewInt(v)
	return b.Mod(b, bn254).String()
}

// qBits is the circom Requant K: |q| < 2^K with weights as inputs.
func qBits(l *model.Layer, xmax int64) int {
	fanIn := int64(len(l.Weights) / len(l.Bias))
	t := new(big.Int).Mul(big.NewInt(fanIn*128*xmax+model.MaxBias), big.NewInt(int64(l.Mult)))
	t.Add(t, new(big.Int).Lsh(big.NewInt(1), uint(l.Shift-1)))
	t.Rsh(t, uint(l.Shift))
	return t.BitLen() + 1
}

func prepare(dir, models string) error {
	m, err := load(models, "mlp.nxm")
	if err != nil {
		return err
	}
	l1, l2 := &m.Layers[0], &m.Layers[1]
	if len(m.Layers) != 2 || l1.Kind != model.Dense || l2.Kind != model.Dense || l1.Act != model.ActReLU || l2.Act != model.ActNone {
		return fmt.Errorf("mlp.circom expects dense+relu, dense")
	}
	x, err := digit(0)
	if err != nil {
		return err
	}
	id, _ := m.ID()
	matrix := func(l *model.Layer) [][]string {
		out := make([][]string, l.Out)
		for o := range out {
			for j := range l.In {
				out[o] = append(out[o], fe(int64(l.Weights[o*l.In+j])))
			}
		}
		return out
	}
	vec := func(b []int32) []string {
		var out []string
		for _, v := range b {
			out = append(out, fe(int64(v)))
		}
		return out
	}
	var xs []string
	for _, v := range x {
		xs = append(xs, fe(int64(v)))
	}
	input := map[string]any{"x": xs, "w1": matrix(l1), "b1": vec(l1.Bias), "w2": matrix(l2), "b2": vec(l2.Bias),
		"modelId": id.String(), "jobId": "1", "inSalt": "2", "outSalt": "3"}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	b, _ := json.Marshal(input)
	if err := os.WriteFile(filepath.Join(dir, "input.json"), b, 0o644); err != nil {
		return err
	}
	main := fmt.Sprintf("pragma circom 2.0.0;\ninclude \"bench/inference/mlp.circom\";\ncomponent main = MLP(%d, %d, %d, %d, %d, %d, %d, %d, %d);\n",
		l1.In, l1.Out, l2.Out, l1.Mult, l1.Shift, qBits(l1, 255), l2.Mult, l2.Shift, qBits(l2, 255))
	return os.WriteFile(filepath.Join(dir, "mlp_main.circom"), []byte(main), 0o644)
}

type result struct {
	name, system   string
	constraints    int
	compile, setup time.Duration
	prove          time.Duration // median
	runs           int
	verified       bool
}

func bench(m *model.Model, x []uint8, runs int, opts ...circuit.Option) (*result, error) {
	r := &result{name: m.Name, system: "gnark Groth16, BLS12-377", runs: runs}
	start := time.Now()
	ccs, err := circuit.Compile(m, opts...)
	if err != nil {
		return nil, err
	}
	r.compile, r.constraints = time.Since(start), ccs.GetNbConstraints()
	start = time.Now()
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return nil, err
	}
	r.setup = time.Since(start)
	k := &circuit.Keys{CCS: ccs, PK: pk, VK: vk}
	job := &circuit.Job{Input: x}
	job.JobID.SetUint64(1)
	var times []time.Duration
	var proof groth16.Proof
	var claim *circuit.Claim
	for i := range runs + 1 { // the first run warms up
		start = time.Now()
		proof, claim, err = circuit.Prove(k, m, job, opts...)
		if err != nil {
			return nil, err
		}
		if i > 0 {
			times = append(times, time.Since(start))
		}
	}
	slices.Sort(times)
	r.prove = times[len(times)/2]
	r.verified = circuit.Verify(vk, m, proof, claim.Statement, opts...) == nil
	return r, nil
}

type snarkjsResult struct {
	Runs     int       `json:"runs"`
	MedianMS float64   `json:"median_ms"`
	Verified bool      `json:"verified"`
	Public   []string  `json:"public"`
	TimesMS  []float64 `json:"times_ms"`
}

type circomInfo struct {
	Constraints int     `json:"constraints"`
	CompileS    float64 `json:"compile_s"`
	SetupS      float64 `json:"setup_s"`
	Ptau        int     `json:"ptau_power"`
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

func secs(d time.Duration) string {
	if d < time.Second {
		return fmt.Sprintf("%d ms", d.Milliseconds())
	}
	return fmt.Sprintf("%.1f s", d.Seconds())
}

func report(dir, models string, runs int) error {
	mlp, err := load(models, "mlp.nxm")
	if err != nil {
		return err
	}
	cnn, err := load(models, "cnn.nxm")
	if err != nil {
		return err
	}
	x, err := digit(0)
	if err != nil {
		return err
	}
	var sj snarkjsResult
	var ci circomInfo
	if err := readJSON(filepath.Join(dir, "snarkjs.json"), &sj); err != nil {
		return fmt.Errorf("snarkjs result: %w", err)
	}
	if err := readJSON(filepath.Join(dir, "circom.json"), &ci); err != nil {
		return fmt.Errorf("circom info: %w", err)
	}
	// circom must compute exactly our reference output (public signals:
	// statement, then the 10 outputs).
	want, err := mlp.Run(x)
	if err != nil {
		return err
	}
	same := len(sj.Public) == 1+len(want)
	for i, v := range want {
		if same && sj.Public[1+i] != fe(v) {
			same = false
		}
	}
	if !same {
		return fmt.Errorf("circom output %v differs from the reference %v", sj.Public, want)
	}

	base, err := bench(mlp, x, runs)
	if err != nil {
		return err
	}
	bn, err := benchBN254(mlp, x, runs)
	if err != nil {
		return err
	}
	wit, err := bench(mlp, x, max(3, runs/3), circuit.WithWeightsAsWitness())
	if err != nil {
		return err
	}
	wit.name += " (weights as witness)"
	cnnR, err := bench(cnn, x, max(3, runs/3))
	if err != nil {
		return err
	}

	sjProve := time.Duration(sj.MedianMS * float64(time.Millisecond))
	fmt.Printf("## Inference proofs\n\n")
	fmt.Printf("Command: `make bench-inference` (bench/inference/run.sh). One held-out MNIST digit, the same\n")
	fmt.Printf("quantized weights (prover/model/testdata/mlp.nxm) in both systems; circom's outputs were checked\n")
	fmt.Printf("equal to prover/model.Run's. Prove time is the median of timed runs after one warm-up and\n")
	fmt.Printf("includes witness generation in both (gnark `groth16.Prove`, snarkjs `groth16.fullProve`).\n")
	fmt.Printf("Proofs/s is one proof at a time using all %d cores. Setup is a dev (single-party) setup.\n\n", numCPU())
	fmt.Printf("| circuit | proof system | constraints | setup | prove (median) | proofs/s | verifies |\n|---|---|---:|---:|---:|---:|---|\n")
	row := func(name, sys string, cons int, setup, prove time.Duration, n int, ok bool) {
		fmt.Printf("| %s | %s | %d | %s | %s (n=%d) | %.2f | %v |\n", name, sys, cons, secs(setup), secs(prove), n, 1/prove.Seconds(), ok)
	}
	row(base.name+", weights baked (Nexus)", base.system, base.constraints, base.setup, base.prove, base.runs, base.verified)
	row(bn.name+", weights baked, on BN254 (same curve as snarkjs)", bn.system, bn.constraints, bn.setup, bn.prove, bn.runs, bn.verified)
	row(wit.name, wit.system, wit.constraints, wit.setup, wit.prove, wit.runs, wit.verified)
	row("MLP 784-56-10, weights as inputs (circom 2 + circomlib)", fmt.Sprintf("snarkjs Groth16, BN254 (ptau 2^%d)", ci.Ptau), ci.Constraints,
		time.Duration(ci.SetupS*float64(time.Second)), sjProve, sj.Runs, sj.Verified)
	row(cnnR.name+", weights baked (Nexus)", cnnR.system, cnnR.constraints, cnnR.setup, cnnR.prove, cnnR.runs, cnnR.verified)

	speed := sj.MedianMS / float64(base.prove.Milliseconds())
	fmt.Printf("\n**MLP 784-56-10: Nexus proves %.1fx faster than snarkjs (target 20x: %s) with %d constraints (target < 20,000: %s).**\n",
		speed, pass(speed >= 20), base.constraints, pass(base.constraints < 20000))
	fmt.Printf("The same circuit on BN254, snarkjs's curve (no recursion-friendly commitment hash): %.1fx faster.\n",
		sj.MedianMS/float64(bn.prove.Milliseconds()))
	fmt.Printf("Like for like (weights as private witnesses in both): %.1fx faster, %d vs %d constraints.\n\n",
		sj.MedianMS/float64(wit.prove.Milliseconds()), wit.constraints, ci.Constraints)
	fmt.Printf("Read this plainly: in Nexus the weights are public constants baked into a per-model circuit, so a\n")
	fmt.Printf("matrix product is a linear combination and costs no constraint; the circom circuit takes the weights\n")
	fmt.Printf("as private inputs (one constraint per multiplication). The weights-as-witness row is our circuit with\n")
	fmt.Printf("the same design (it also range-checks every weight, which the circom circuit does not). Curves differ\n")
	fmt.Printf("(BLS12-377 so proofs can be verified in BW6-761; snarkjs uses BN254), and Nexus proofs are made\n")
	fmt.Printf("with the recursion-friendly hash of their commitment. circom compile: %.1f s.\n\n", ci.CompileS)

	// Float vs quantized on the held-out split, from the committed float ONNX.
	_, test, err := mnist.Default()
	if err != nil {
		return err
	}
	fmt.Printf("Float vs quantized on %d held-out digits (float model: the committed ONNX export):\n\n", test.Len())
	for _, f := range []struct {
		onnx string
		m    *model.Model
	}{{"mlp.onnx", mlp}, {"cnn.onnx", cnn}} {
		b, err := os.ReadFile(filepath.Join(models, f.onnx))
		if err != nil {
			return err
		}
		fm, err := onnximport.Import(b, f.m.Name)
		if err != nil {
			return err
		}
		a, err := model.Compare(fm, f.m, test.Floats(), test.Labels)
		if err != nil {
			return err
		}
		fmt.Printf("- %s: %s\n", f.m.Name, a)
	}
	fmt.Println()
	return nil
}

func pass(ok bool) string {
	if ok {
		return "met"
	}
	return "NOT met"
}

func numCPU() int { return runtime.NumCPU() }
