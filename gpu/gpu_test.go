package gpu

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"log/slog"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16_bls12377 "github.com/consensys/gnark/backend/groth16/bls12-377"
	groth16_bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	groth16_bw6761 "github.com/consensys/gnark/backend/groth16/bw6-761"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

// square proves knowledge of X with X*X == Y.
type square struct {
	X frontend.Variable
	Y frontend.Variable `gnark:",public"`
}

func (c *square) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.X, c.X), c.Y)
	return nil
}

type circuitKeys struct {
	curve ecc.ID
	ccs   constraint.ConstraintSystem
	pk    groth16.ProvingKey
	vk    groth16.VerifyingKey
}

func setup(t *testing.T, curve ecc.ID) *circuitKeys {
	t.Helper()
	ccs, err := frontend.Compile(curve.ScalarField(), r1cs.NewBuilder, &square{})
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	return &circuitKeys{curve, ccs, pk, vk}
}

func (k *circuitKeys) witness(t *testing.T, x int64) witness.Witness {
	t.Helper()
	w, err := frontend.NewWitness(&square{X: x, Y: x * x}, k.curve.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// fakeGPU stands in for the GPU: it proves on the CPU and then does what
// a faulty device might.
type fakeGPU struct {
	fault string
	other witness.Witness // fault "other statement": the witness it proves instead
	calls int
}

func (f *fakeGPU) Name() string { return "fake-gpu" }

func (f *fakeGPU) Prove(ccs constraint.ConstraintSystem, pk groth16.ProvingKey, w witness.Witness, opts ...backend.ProverOption) (groth16.Proof, error) {
	f.calls++
	switch f.fault {
	case "error":
		return nil, errors.New("cudaErrorIllegalAddress")
	case "panic":
		panic("ICICLE device warmup error")
	case "nil proof":
		return nil, nil
	case "other statement":
		w = f.other
	}
	proof, err := groth16.Prove(ccs, pk, w, opts...)
	if err != nil || f.fault != "corrupt" {
		return proof, err
	}
	// A proof that decodes and has points on the curve, but is wrong.
	switch p := proof.(type) {
	case *groth16_bls12377.Proof:
		p.Ar, p.Krs = p.Krs, p.Ar
	case *groth16_bw6761.Proof:
		p.Ar, p.Krs = p.Krs, p.Ar
	case *groth16_bn254.Proof:
		p.Ar, p.Krs = p.Krs, p.Ar
	}
	return proof, nil
}

// countCPU counts the CPU fallback's proofs.
type countCPU struct{ calls int }

func (c *countCPU) Name() string { return "cpu" }
func (c *countCPU) Prove(ccs constraint.ConstraintSystem, pk groth16.ProvingKey, w witness.Witness, opts ...backend.ProverOption) (groth16.Proof, error) {
	c.calls++
	return CPU{}.Prove(ccs, pk, w, opts...)
}

func TestProveVerifiesGPUProofsBeforeUse(t *testing.T) {
	curves := []ecc.ID{ecc.BLS12_377, ecc.BW6_761, ecc.BN254}
	tests := []struct {
		fault    string
		noVK     bool
		fallback bool
		logHas   string
	}{
		{fault: "", fallback: false},
		{fault: "corrupt", fallback: true, logHas: ErrBadGPUProof.Error()},
		{fault: "other statement", fallback: true, logHas: ErrBadGPUProof.Error()},
		{fault: "nil proof", fallback: true, logHas: "no proof"},
		{fault: "error", fallback: true, logHas: "cudaErrorIllegalAddress"},
		{fault: "panic", fallback: true, logHas: "fake-gpu prover panicked: ICICLE device warmup error"},
		{fault: "", noVK: true, fallback: true, logHas: "no verifying key"},
	}
	for _, curve := range curves {
		k := setup(t, curve)
		for _, tc := range tests {
			name := curve.String() + "/" + tc.fault
			if tc.noVK {
				name += "no vk"
			}
			t.Run(name, func(t *testing.T) {
				var log bytes.Buffer
				gpu := &fakeGPU{fault: tc.fault, other: k.witness(t, 5)}
				cpu := &countCPU{}
				p := NewWithBackend(gpu, slog.New(slog.NewTextHandler(&log, nil)))
				p.cpu = cpu
				w := k.witness(t, 3)
				vk := k.vk
				if tc.noVK {
					vk = nil
				}
				proof, err := p.Prove(k.ccs, k.pk, vk, w, Opts{})
				if err != nil {
					t.Fatalf("Prove: %v", err)
				}
				// Whatever the GPU did, the proof returned is a proof of w.
				pub, err := w.Public()
				if err != nil {
					t.Fatal(err)
				}
				if err := groth16.Verify(proof, k.vk, pub); err != nil {
					t.Fatalf("returned proof does not verify: %v", err)
				}
				if want := map[bool]int{false: 1, true: 0}[tc.noVK]; gpu.calls != want {
					t.Errorf("GPU asked %d times, want %d", gpu.calls, want)
				}
				gpuProofs, fallbacks := p.Stats()
				lines := strings.Count(log.String(), "\n")
				if tc.fallback {
					if cpu.calls != 1 || fallbacks != 1 || gpuProofs != 0 {
						t.Errorf("cpu calls %d, fallbacks %d, gpu proofs %d; want 1, 1, 0", cpu.calls, fallbacks, gpuProofs)
					}
					if lines != 1 || !strings.Contains(log.String(), tc.logHas) || !strings.Contains(log.String(), "curve="+curve.String()) {
						t.Errorf("want one log line naming %q and the curve, got %q", tc.logHas, log.String())
					}
				} else {
					if cpu.calls != 0 || fallbacks != 0 || gpuProofs != 1 {
						t.Errorf("cpu calls %d, fallbacks %d, gpu proofs %d; want 0, 0, 1", cpu.calls, fallbacks, gpuProofs)
					}
					if lines != 0 {
						t.Errorf("unexpected log: %q", log.String())
					}
				}
			})
		}
	}
}

// committed has a commitment, so its proofs depend on the hash-to-field
// option the prover and the verifier must agree on.
type committed struct {
	X frontend.Variable
	Y frontend.Variable `gnark:",public"`
}

func (c *committed) Define(api frontend.API) error {
	cm, err := api.(frontend.Committer).Commit(c.X)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(cm, 0)
	api.AssertIsEqual(api.Mul(c.X, c.X), c.Y)
	return nil
}

func TestProveChecksWithTheVerifierOptions(t *testing.T) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &committed{})
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	w, err := frontend.NewWitness(&committed{X: 6, Y: 36}, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	prover := []backend.ProverOption{backend.WithProverHashToFieldFunction(sha256.New())}
	for _, tc := range []struct {
		name     string
		verifier []backend.VerifierOption
		fallback int64
	}{
		{"matching options", []backend.VerifierOption{backend.WithVerifierHashToFieldFunction(sha256.New())}, 0},
		{"verifier's default hash", nil, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := NewWithBackend(&fakeGPU{}, slog.New(slog.NewTextHandler(&bytes.Buffer{}, nil)))
			if _, err := p.Prove(ccs, pk, vk, w, Opts{Prover: prover, Verifier: tc.verifier}); err != nil {
				t.Fatal(err)
			}
			if _, f := p.Stats(); f != tc.fallback {
				t.Fatalf("fallbacks %d, want %d", f, tc.fallback)
			}
		})
	}
}

func TestNilProverProvesOnCPU(t *testing.T) {
	k := setup(t, ecc.BLS12_377)
	var p *Prover
	proof, err := p.Prove(k.ccs, k.pk, nil, k.witness(t, 7), Opts{})
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := k.witness(t, 7).Public()
	if err := groth16.Verify(proof, k.vk, pub); err != nil {
		t.Fatal(err)
	}
	if p.Name() != "cpu" {
		t.Fatalf("name %q", p.Name())
	}
	if _, err := p.Prove(k.ccs, k.pk, nil, k.witness(t, 7), Opts{}); err != nil {
		t.Fatal(err)
	}
}

func TestNewWithoutGPU(t *testing.T) {
	var log bytes.Buffer
	l := slog.New(slog.NewTextHandler(&log, nil))
	if p := New(Config{}, l); p != nil || log.Len() != 0 {
		t.Fatalf("disabled: prover %v, log %q", p, log.String())
	}
	if Built {
		t.Skip("icicle build: whether a device is there depends on the machine")
	}
	if p := New(Config{Enabled: true}, l); p != nil {
		t.Fatalf("enabled without GPU support: got prover %s", p.Name())
	}
	if strings.Count(log.String(), "\n") != 1 || !strings.Contains(log.String(), "no GPU support") {
		t.Fatalf("want one line saying the build has no GPU support, got %q", log.String())
	}
	if _, err := Open(0); !errors.Is(err, ErrNotBuilt) {
		t.Fatalf("Open: %v, want ErrNotBuilt", err)
	}
}

func TestConfigCheck(t *testing.T) {
	for _, tc := range []struct {
		cfg Config
		ok  bool
	}{
		{Config{}, true},
		{Config{Enabled: true, Device: 3}, true},
		{Config{Enabled: true, Device: -1}, false},
		{Config{Device: 256}, false},
	} {
		if err := tc.cfg.Check(); (err == nil) != tc.ok {
			t.Errorf("%+v: Check() = %v", tc.cfg, err)
		}
		if _, err := Open(tc.cfg.Device); !tc.ok && (err == nil || errors.Is(err, ErrNotBuilt)) {
			t.Errorf("Open(%d) = %v, want a range error", tc.cfg.Device, err)
		}
	}
}

func TestCurveOf(t *testing.T) {
	k := setup(t, ecc.BW6_761)
	if got := curveOf(k.ccs); got != "bw6_761" {
		t.Fatalf("curveOf = %q", got)
	}
}

// TestDefaultBuildHasNoICICLE: only the icicle-tagged build links ICICLE
// (cgo); the default build of every package must not import it.
func TestDefaultBuildHasNoICICLE(t *testing.T) {
	if Built {
		t.Skip("icicle build")
	}
	if testing.Short() {
		t.Skip("runs go list over the module")
	}
	cmd := exec.Command("go", "list", "-e", "-deps", "github.com/nexus-rollup/nexus/...")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	out, err := cmd.Output()
	if err != nil {
		t.Skipf("go list: %v", err) // no go tool here: nothing to check
	}
	for _, pkg := range strings.Fields(string(out)) {
		if strings.HasPrefix(pkg, "github.com/ingonyama-zk/") {
			t.Errorf("default build imports %s", pkg)
		}
	}
}
