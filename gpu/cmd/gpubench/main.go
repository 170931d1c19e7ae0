// Command gpubench times Groth16 proving on the GPU (ICICLE) against the CPU
// on the same machine, for scripts/gpu-bench.sh:
//
//	gpubench -out DIR [-keys DIR] [-only mlp,cnn,agg,wrap] [-k 16] [-runs 3] [-wrap-key dev|dummy] [-cpu-only]
//
// mlp, cnn: inference proofs (BLS12-377) of prover/model/testdata's models,
// keys from the key cache (dev setup on first use). agg: the aggregation
// proof (BW6-761) of K slots over stand-in inner circuits of the real shapes
// (aggregator/recursion/standin), the real aggregation circuit and a dev
// setup. wrap: the wrap proof (BN254) of that aggregation proof, with a dev
// setup (-wrap-key dev) or, to save the setup, gnark's dummy key (timing
// only: a dummy key has no verifying key, so nothing can check its proofs).
//
// Every GPU proof is verified on the CPU; one that does not verify is
// reported and makes the command fail. Results go to DIR/results.md (a
// markdown table) and DIR/results.jsonl, a line per benchmark as it ends.
// Without the icicle build tag, or with -cpu-only, only the CPU is timed
// (the dry run).
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/logger"

	"github.com/nexus-rollup/nexus/gpu"
	"github.com/nexus-rollup/nexus/internal/keycache"
)

type options struct {
	out, keys, models string
	only              map[string]bool
	k, runs, device   int
	wrapKey           string
	cpuOnly           bool
}

func main() {
	logger.Disable()
	var o options
	var only string
	flag.StringVar(&o.out, "out", "build/gpu-bench", "results `DIR`")
	flag.StringVar(&o.keys, "keys", "", "key cache `DIR` (default: DIR/keys)")
	flag.StringVar(&o.models, "models", "prover/model/testdata", "`DIR` of mlp.nxm and cnn.nxm")
	flag.StringVar(&only, "only", "mlp,cnn,agg,wrap", "benchmarks to run, comma-separated")
	flag.IntVar(&o.k, "k", 16, "aggregation slots K")
	flag.IntVar(&o.runs, "runs", 3, "timed proofs per prover after one warm-up proof")
	flag.IntVar(&o.device, "device", 0, "CUDA device id")
	flag.StringVar(&o.wrapKey, "wrap-key", "dummy", "wrap proving key: dev (set up, proofs verified) or dummy (timing only)")
	flag.BoolVar(&o.cpuOnly, "cpu-only", false, "time the CPU only (dry run)")
	flag.Parse()
	if err := run(&o, only); err != nil {
		fmt.Fprintln(os.Stderr, "gpubench:", err)
		os.Exit(1)
	}
}

func run(o *options, only string) error {
	o.only = map[string]bool{}
	for _, s := range strings.Split(only, ",") {
		switch s = strings.TrimSpace(s); s {
		case "mlp", "cnn", "agg", "wrap":
			o.only[s] = true
		case "":
		default:
			return fmt.Errorf("-only: unknown benchmark %q (mlp, cnn, agg, wrap)", s)
		}
	}
	if o.k < 1 || o.k > 64 {
		return fmt.Errorf("-k %d: want 1..64", o.k)
	}
	if o.runs < 1 {
		return fmt.Errorf("-runs %d: want at least 1", o.runs)
	}
	if o.wrapKey != "dev" && o.wrapKey != "dummy" {
		return fmt.Errorf("-wrap-key %q: want dev or dummy", o.wrapKey)
	}
	if o.keys == "" {
		o.keys = filepath.Join(o.out, "keys")
	}
	if err := os.MkdirAll(o.out, 0o755); err != nil {
		return err
	}
	var dev gpu.Backend
	if !o.cpuOnly {
		var err error
		if dev, err = gpu.Open(o.device); err != nil {
			return fmt.Errorf("no GPU (-cpu-only for a CPU dry run): %w", err)
		}
	}
	r, err := newRecorder(o.out, dev)
	if err != nil {
		return err
	}
	defer r.close()
	b := &bencher{o: o, gpu: dev, rec: r, log: os.Stderr}
	if o.only["mlp"] {
		if err := b.inference("mlp"); err != nil {
			return fmt.Errorf("mlp: %w", err)
		}
	}
	if o.only["cnn"] {
		if err := b.inference("cnn"); err != nil {
			return fmt.Errorf("cnn: %w", err)
		}
	}
	if o.only["agg"] || o.only["wrap"] {
		if err := b.recursion(); err != nil {
			return err
		}
	}
	if r.invalid > 0 {
		return fmt.Errorf("%d GPU proofs did not verify on the CPU (see %s)", r.invalid, r.mdPath)
	}
	return nil
}

// bencher runs the benchmarks.
type bencher struct {
	o   *options
	gpu gpu.Backend // nil: CPU only
	rec *recorder
	log io.Writer
}

// job is one circuit to time: its keys, a witness and how proofs are made
// and checked.
type job struct {
	name, curve string
	ccs         constraint.ConstraintSystem
	pk          groth16.ProvingKey
	vk          groth16.VerifyingKey // nil: dummy key, proofs cannot be checked
	w           witness.Witness
	opts        gpu.Opts
	keyNote     string
}

// Result is one benchmark's line in results.jsonl.
type Result struct {
	Name        string    `json:"name"`
	Curve       string    `json:"curve"`
	Constraints int       `json:"constraints"`
	Key         string    `json:"key"`
	Runs        int       `json:"runs"`
	CPUms       []float64 `json:"cpu_ms"`
	GPUms       []float64 `json:"gpu_ms,omitempty"`
	GPUFirstMs  float64   `json:"gpu_first_ms,omitempty"` // the warm-up proof: device setup of the key
	VerifyMs    float64   `json:"cpu_verify_ms,omitempty"`
	GPUVerified int       `json:"gpu_verified"`
	GPUInvalid  int       `json:"gpu_invalid"`
	Unchecked   int       `json:"gpu_unchecked"` // dummy key: no verifying key
	CPUVerified bool      `json:"cpu_verified"`
}

// time proves j on the CPU and (when there is one) on the GPU, runs+1
// times each, the first a warm-up, and verifies every GPU proof on the CPU.
func (b *bencher) time(j *job) error {
	res := Result{Name: j.name, Curve: j.curve, Constraints: j.ccs.GetNbConstraints(), Key: j.keyNote, Runs: b.o.runs}
	pub, err := j.w.Public()
	if err != nil {
		return err
	}
	fmt.Fprintf(b.log, "gpubench: %s: %d constraints, %d+1 CPU proofs\n", j.name, res.Constraints, b.o.runs)
	for i := range b.o.runs + 1 {
		start := time.Now()
		proof, err := gpu.CPU{}.Prove(j.ccs, j.pk, j.w, j.opts.Prover...)
		if err != nil {
			return fmt.Errorf("CPU prove: %w", err)
		}
		if i > 0 {
			res.CPUms = append(res.CPUms, ms(time.Since(start)))
		}
		if i == 0 && j.vk != nil {
			res.CPUVerified = gpu.Verify(proof, j.vk, pub, j.opts.Verifier) == nil
		}
		runtime.GC()
	}
	if b.gpu != nil {
		fmt.Fprintf(b.log, "gpubench: %s: %d+1 GPU proofs on %s\n", j.name, b.o.runs, b.gpu.Name())
		for i := range b.o.runs + 1 {
			start := time.Now()
			proof, err := gpu.SafeProve(b.gpu, j.ccs, j.pk, j.w, j.opts.Prover...)
			took := time.Since(start)
			if err != nil {
				return fmt.Errorf("GPU prove: %w", err)
			}
			if i == 0 {
				res.GPUFirstMs = ms(took)
			} else {
				res.GPUms = append(res.GPUms, ms(took))
			}
			if j.vk == nil {
				res.Unchecked++
				continue
			}
			start = time.Now()
			if err := gpu.Verify(proof, j.vk, pub, j.opts.Verifier); err != nil {
				res.GPUInvalid++
				fmt.Fprintf(b.log, "gpubench: %s: GPU proof %d: %v\n", j.name, i, err)
			} else {
				res.GPUVerified++
			}
			res.VerifyMs = ms(time.Since(start))
		}
	}
	return b.rec.add(res)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := slices.Clone(v)
	slices.Sort(s)
	return s[len(s)/2]
}

// recorder writes results as they come, so a run cut short keeps what it
// measured.
type recorder struct {
	mdPath  string
	md, js  *os.File
	invalid int
}

func newRecorder(dir string, dev gpu.Backend) (*recorder, error) {
	r := &recorder{mdPath: filepath.Join(dir, "results.md")}
	var err error
	if r.md, err = os.Create(r.mdPath); err != nil {
		return nil, err
	}
	if r.js, err = os.Create(filepath.Join(dir, "results.jsonl")); err != nil {
		r.md.Close()
		return nil, err
	}
	host, _ := os.Hostname()
	dname := "none (CPU only)"
	if dev != nil {
		dname = dev.Name()
	}
	fmt.Fprintf(r.md, "GPU: %s; %d CPU cores (GOMAXPROCS %d), %s/%s, host %s, %s\n\n", dname, runtime.NumCPU(),
		runtime.GOMAXPROCS(0), runtime.GOOS, runtime.GOARCH, host, time.Now().UTC().Format(time.RFC3339))
	fmt.Fprintln(r.md, "| proof | curve | constraints | key | CPU prove (median) | GPU prove (median) | GPU first proof | speed-up | GPU proofs verified on the CPU |")
	fmt.Fprintln(r.md, "|---|---|---|---|---|---|---|---|---|")
	return r, nil
}

func (r *recorder) add(res Result) error {
	cpu, gpuMs := median(res.CPUms), median(res.GPUms)
	gcol, first, speed, check := "-", "-", "-", "-"
	if len(res.GPUms) > 0 {
		gcol, first, speed = fmtMs(gpuMs), fmtMs(res.GPUFirstMs), fmt.Sprintf("%.1fx", cpu/gpuMs)
		check = fmt.Sprintf("%d/%d", res.GPUVerified, res.GPUVerified+res.GPUInvalid+res.Unchecked)
		if res.Unchecked > 0 {
			check += " (dummy key: not checkable)"
		}
	}
	fmt.Fprintf(r.md, "| %s | %s | %d | %s | %s | %s | %s | %s | %s |\n", res.Name, res.Curve, res.Constraints, res.Key,
		fmtMs(cpu), gcol, first, speed, check)
	r.invalid += res.GPUInvalid
	line, err := json.Marshal(res)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(r.js, "%s\n", line)
	fmt.Fprintf(os.Stderr, "gpubench: %s: CPU %s, GPU %s (%s verified)\n", res.Name, fmtMs(cpu), gcol, check)
	return errors.Join(err, r.md.Sync(), r.js.Sync())
}

func (r *recorder) close() { r.md.Close(); r.js.Close() }

func fmtMs(v float64) string {
	if v >= 10000 {
		return fmt.Sprintf("%.1f s", v/1000)
	}
	return fmt.Sprintf("%.1f ms", v)
}

// keySpec names a benchmark circuit's keys in the key cache.
func keySpec(name string) keycache.Spec { return keycache.Spec{Name: "gpubench " + name} }
