package main

import (
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/logger"
	"github.com/urfave/cli/v2"

	"github.com/nexus-rollup/nexus/aggregator/recursion"
	"github.com/nexus-rollup/nexus/internal/keycache"
	"github.com/nexus-rollup/nexus/node"
	"github.com/nexus-rollup/nexus/prover/circuit"
	"github.com/nexus-rollup/nexus/prover/model"
	"github.com/nexus-rollup/nexus/prover/model/mnist"
	"github.com/nexus-rollup/nexus/prover/model/onnximport"
	"github.com/nexus-rollup/nexus/prover/statement"
	"github.com/nexus-rollup/nexus/rollup"
)

// gnark logs every compilation; the CLI prints its own progress.
func init() { logger.Disable() }

const inputHelp = "INPUT is a file of the model's uint8 input values (JSON array, or comma/space separated),\n" +
	"or mnist:N for held-out MNIST digit N (0-1999)."

var modelCommand = &cli.Command{
	Name:  "model",
	Usage: "Import, inspect, run and prove quantized models",
	Subcommands: []*cli.Command{
		{
			Name:      "import",
			Usage:     "Convert a float ONNX model to the Nexus quantized format",
			ArgsUsage: "MODEL.onnx",
			Description: "Quantizes weights to int8 and biases to int32, calibrating per-layer scales on the\n" +
				"sample data given with --calibration, and prints the float vs quantized agreement on\n" +
				"held-out samples (the last fifth of a calibration file of 10 or more samples, which\n" +
				"calibration then does not see). Prints what the importer folded or dropped (a final\n" +
				"Softmax, label outputs, scalers, batch norms).",
			Flags:  []cli.Flag{calibrationFlag, mnistScaleFlag, modelOutFlag, nameFlag, clipFlag, encodingFlag},
			Action: action(modelImport),
		},
		{
			Name:      "inspect",
			Usage:     "Print a model's layers, parameters and constraint count",
			ArgsUsage: "MODEL",
			Action:    action(modelInspect),
		},
		{
			Name:        "run",
			Usage:       "Run the reference integer inference on an input",
			ArgsUsage:   "MODEL INPUT",
			Description: inputHelp + "\nPrints the dequantized outputs (value × output scale) and the argmax.",
			Flags:       []cli.Flag{rawFlag},
			Action:      action(modelRun),
		},
		{
			Name:      "prove",
			Usage:     "Prove one inference and write the proof and its statement",
			ArgsUsage: "MODEL INPUT",
			Description: inputHelp + "\nKeys are set up on first use (dev, unsafe) and cached with a checksum manifest.\n" +
				"Input and output salts are random; the proof file holds the output salt so the\n" +
				"requester can open the output commitment, never the input.",
			Flags:  []cli.Flag{jobFlag, modelIDFlag, proofOutFlag, keysFlag, rawFlag, gpuFlag, gpuDeviceFlag},
			Action: action(modelProve),
		},
		{
			Name:      "verify",
			Usage:     "Verify an inference proof; exits non-zero on a bad proof",
			ArgsUsage: "MODEL PROOF",
			Description: "Needs the model file and its verifying key only: --vk FILE, or the key cache\n" +
				"(found by the model's hash, without the proving key and without compiling the circuit).",
			Flags:  []cli.Flag{keysFlag, vkFlag, rawFlag},
			Action: action(modelVerify),
		},
		{
			Name:      "register",
			Usage:     "Register a model on L1 (verifying-key hash, per-job fee, metadata URI)",
			ArgsUsage: "MODEL",
			Description: "Sets up (or loads) the model's inference keys, computes the hash of its verifying\n" +
				"key that the aggregation circuit binds each inference proof to, and registers it in\n" +
				"ModelRegistry with the signer as owner (its L2 key claims the fees the model earns\n" +
				"with `nexus model claim-fees`). Prints the registry id, which provers and the\n" +
				"sequencer map to the model file.",
			Flags: append(append(append([]cli.Flag{}, l1Flags...), signerFlags...), deploymentFlag, modelFeeFlag,
				modelURIFlag, keysFlag),
			Action: action(modelRegister),
		},
		{
			Name:      "claim-fees",
			Usage:     "Move the fees a model you own has earned on L2 into your L2 balance",
			ArgsUsage: "MODEL_ID",
			Description: "Each fulfilled job pays its model's fee into the model (its unclaimed fees show in\n" +
				"the explorer's models list). This signs a ClaimModelFees op with the L2 key of the\n" +
				"signer, which must own the model, and sends it to the sequencer; the fees are in\n" +
				"your ETH balance once its batch is sealed. In exodus, `nexus exodus exit` takes them\n" +
				"to L1 instead.",
			Flags:  withFlags(signerFlags, []cli.Flag{deploymentFlag, sequencerURLFlag, waitFlag}),
			Action: action(modelClaimFees),
		},
	},
}

func modelClaimFees(ctx *cli.Context, cfg *node.Config) error {
	a, err := args(ctx, "MODEL_ID")
	if err != nil {
		return err
	}
	id, err := strconv.ParseUint(a[0], 10, 32)
	if err != nil || id == 0 {
		return fmt.Errorf("MODEL_ID: %q is not a model id (1, 2, ...)", a[0])
	}
	u, err := newUser(ctx, cfg)
	if err != nil {
		return err
	}
	defer u.close()
	acc, err := u.requireAccount("a model's owner account is the one its registration created")
	if err != nil {
		return err
	}
	op := &rollup.ClaimModelFees{Owner: acc.ID, ModelID: uint32(id), Nonce: acc.NextNonce}
	opID, err := u.send(op)
	if err != nil {
		return err
	}
	fmt.Fprintf(ctx.App.Writer, "claim of model %d's fees into account %d sent as op %s\n", id, acc.ID, opID)
	return u.waitIncluded(opID)
}

func args(ctx *cli.Context, names ...string) ([]string, error) {
	if ctx.NArg() != len(names) {
		return nil, fmt.Errorf("nexus %s takes %s, got %d arguments", commandPath(ctx), strings.Join(names, " "), ctx.NArg())
	}
	return ctx.Args().Slice(), nil
}

func loadModel(path string) (*model.Model, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m, err := model.Decode(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

func modelImport(ctx *cli.Context, _ *node.Config) error {
	a, err := args(ctx, "MODEL.onnx")
	if err != nil {
		return err
	}
	b, err := os.ReadFile(a[0])
	if err != nil {
		return err
	}
	name := ctx.String(nameFlag.Name)
	if name == "" {
		name = strings.TrimSuffix(filepath.Base(a[0]), filepath.Ext(a[0]))
	}
	res, err := onnximport.Read(b, name)
	if err != nil {
		return err
	}
	fm := res.Model
	calib, eval, labels, inputScale, err := calibration(ctx, fm)
	if err != nil {
		return err
	}
	opts := model.Options{ClipWeights: ctx.Bool(clipFlag.Name)}
	switch e := ctx.String(encodingFlag.Name); e {
	case "uniform":
	case "per-feature":
		opts.PerFeatureInput = true
	case "auto":
		opts.PerFeatureInput = model.WideFeatureRanges(calib)
	default:
		return fmt.Errorf("--input-encoding %q: want uniform, per-feature or auto", e)
	}
	if opts.PerFeatureInput && (inputScale != 0 || fm.Layers[0].Kind != model.Dense) {
		return fmt.Errorf("--input-encoding per-feature needs a calibration file and a dense first layer")
	}
	m, err := model.QuantizeWith(fm, calib, inputScale, opts)
	if err != nil {
		return err
	}
	agr, err := model.Compare(fm, m, eval, labels)
	if err != nil {
		return err
	}
	out := ctx.String(modelOutFlag.Name)
	if out == "" {
		out = strings.TrimSuffix(a[0], filepath.Ext(a[0])) + ".nxm"
	}
	enc, err := m.Encode()
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, enc, 0o644); err != nil {
		return err
	}
	w := ctx.App.Writer
	for _, n := range res.Notes {
		fmt.Fprintf(w, "note: %s\n", n)
	}
	printModel(w, m)
	held := "held-out"
	if len(eval) > 0 && len(eval) == len(calib) && &eval[0] == &calib[0] {
		held = "calibration (too few to hold some out)"
	}
	fmt.Fprintf(w, "calibrated on %d samples; on %d %s samples: %s\n", len(calib), len(eval), held, agr)
	if agr.N > 0 && agr.Agree*100 < agr.N*99 && !ctx.Bool(clipFlag.Name) {
		fmt.Fprintf(w, "hint: agreement below 99%%: try --clip-weights\n")
	}
	fmt.Fprintf(w, "wrote %s\n", out)
	return nil
}

// calibration returns calibration samples, evaluation samples (with labels
// for MNIST: the held-out digits) and the input scale (0: calibrate it).
func calibration(ctx *cli.Context, fm *model.FloatModel) (calib, eval [][]float64, labels []int, scale float64, err error) {
	src := ctx.String(calibrationFlag.Name)
	if src == "mnist" {
		train, test, err := mnist.Default()
		if err != nil {
			return nil, nil, nil, 0, err
		}
		k := ctx.Float64(mnistScaleFlag.Name)
		scaled := func(s *mnist.Set) [][]float64 {
			f := s.Floats()
			for _, row := range f {
				for j := range row {
					row[j] *= k
				}
			}
			return f
		}
		return scaled(train.Slice(0, 500)), scaled(test), test.Labels, k / 255, nil
	}
	b, err := os.ReadFile(src)
	if err != nil {
		return nil, nil, nil, 0, err
	}
	n := 1
	for _, d := range fm.InputShape {
		n *= d
	}
	s, err := model.ParseSamples(b, n)
	if err != nil || len(s) < 10 {
		return s, s, nil, 0, err
	}
	cut := len(s) - len(s)/5
	return s[:cut], s[cut:], nil, 0, nil
}

func printModel(w interface{ Write([]byte) (int, error) }, m *model.Model) {
	h, _ := m.Hash()
	id, _ := m.ID()
	enc := fmt.Sprintf("scale %g, zero %d", m.InputScale, m.InputZero)
	if m.InputScales != nil {
		lo, hi := m.InputScales[0], m.InputScales[0]
		for _, s := range m.InputScales {
			lo, hi = min(lo, s), max(hi, s)
		}
		enc = fmt.Sprintf("per-feature scales %.3g to %.3g and zero points", lo, hi)
	}
	fmt.Fprintf(w, "model %s\n  sha256   %x\n  content  0x%064x\n  input    %v uint8 (%s)\n", m.Name, h, id, m.InputShape, enc)
	shapes := m.Shapes()
	for i := range m.Layers {
		l := &m.Layers[i]
		desc := ""
		switch l.Kind {
		case model.Dense:
			desc = fmt.Sprintf("dense %d->%d", l.In, l.Out)
		case model.Conv:
			desc = fmt.Sprintf("conv %dx%d %d->%d stride %d pad %d", l.K, l.K, l.InC, l.OutC, l.Stride, l.Pad)
		case model.MaxPool:
			desc = fmt.Sprintf("maxpool %dx%d stride %d pad %d", l.K, l.K, l.Stride, l.Pad)
		case model.TokenDense:
			desc = fmt.Sprintf("token-dense %d->%d on %s", l.In, l.Out, operand(l.X))
		case model.LayerNorm, model.Softmax:
			desc = fmt.Sprintf("%s on %s", l.Kind, operand(l.X))
		case model.Scores:
			desc = fmt.Sprintf("scores %s·%sᵀ", operand(l.X), operand(l.Y))
		case model.Attend:
			desc = fmt.Sprintf("attend %s·%s", operand(l.X), operand(l.Y))
		case model.Residual:
			desc = fmt.Sprintf("residual %s + %s", operand(l.X), operand(l.Y))
		}
		if l.Requant() || (l.Kind.Sequence() && l.Kind != model.Softmax) {
			act := "int8"
			switch l.Act {
			case model.ActReLU:
				act = "relu uint8"
			case model.ActTable:
				act = "int8 lookup table"
			}
			desc += fmt.Sprintf(", %d params, requant x%d>>%d, %s, out scale %.4g", len(l.Weights)+len(l.Bias), l.Mult, l.Shift, act, l.OutScale)
		}
		fmt.Fprintf(w, "  layer %d  %-80s -> %s\n", i, desc, shapes[i+1])
	}
	lo, hi := m.OutputRange()
	fmt.Fprintf(w, "  output   %d values in [%d, %d], scale %.6g (float = value × scale)\n", m.OutputSize(), lo, hi, m.OutputScale())
	fmt.Fprintf(w, "  params   %d\n", m.ParamCount())
}

// operand names trace tensor k of a sequence layer: the input or a layer's output.
func operand(k int) string {
	if k == 0 {
		return "input"
	}
	return fmt.Sprintf("layer %d", k-1)
}

func modelInspect(ctx *cli.Context, _ *node.Config) error {
	a, err := args(ctx, "MODEL")
	if err != nil {
		return err
	}
	m, err := loadModel(a[0])
	if err != nil {
		return err
	}
	printModel(ctx.App.Writer, m)
	start := time.Now()
	ccs, err := circuit.Compile(m)
	if err != nil {
		return err
	}
	fmt.Fprintf(ctx.App.Writer, "  circuit  %d constraints (Groth16, BLS12-377; compiled in %s), 1 public input\n",
		ccs.GetNbConstraints(), time.Since(start).Round(time.Millisecond))
	return nil
}

// readInput reads INPUT: a file of values or mnist:N.
// mnistDigit returns held-out MNIST digit n (the N of an mnist:N input).
func mnistDigit(n string) ([]uint8, error) {
	i, err := strconv.Atoi(n)
	if err != nil {
		return nil, fmt.Errorf("mnist:N: %q is not a number", n)
	}
	_, test, err := mnist.Default()
	if err != nil {
		return nil, err
	}
	if i < 0 || i >= test.Len() {
		return nil, fmt.Errorf("mnist:%d: held-out digits are 0 to %d", i, test.Len()-1)
	}
	return test.Images[i], nil
}

func readInput(m *model.Model, arg string) ([]uint8, error) {
	if n, ok := strings.CutPrefix(arg, "mnist:"); ok {
		if m.InputSize() != mnist.Pixels {
			return nil, fmt.Errorf("model takes %d inputs, an MNIST digit has %d", m.InputSize(), mnist.Pixels)
		}
		return mnistDigit(n)
	}
	b, err := os.ReadFile(arg)
	if err != nil {
		return nil, err
	}
	return model.ParseInput(b, m.InputSize())
}

func modelRun(ctx *cli.Context, _ *node.Config) error {
	a, err := args(ctx, "MODEL", "INPUT")
	if err != nil {
		return err
	}
	m, err := loadModel(a[0])
	if err != nil {
		return err
	}
	in, err := readInput(m, a[1])
	if err != nil {
		return err
	}
	out, err := m.Run(in)
	if err != nil {
		return err
	}
	printOutput(ctx.App.Writer, m, out, ctx.Bool(rawFlag.Name))
	return nil
}

// printOutput prints dequantized outputs (a long vector summarised: its
// first values and its top 3), the argmax and, on request, the raw values.
func printOutput(w io.Writer, m *model.Model, out []int64, raw bool) {
	deq := m.Dequantize(out)
	const show = 16
	var b strings.Builder
	for i, v := range deq[:min(len(deq), show)] {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%.4g", v)
	}
	if len(deq) > show {
		idx := make([]int, len(deq))
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(a, c int) bool { return deq[idx[a]] > deq[idx[c]] })
		fmt.Fprintf(&b, " ... (%d values; top 3:", len(deq))
		for _, i := range idx[:3] {
			fmt.Fprintf(&b, " [%d] %.4g", i, deq[i])
		}
		b.WriteString(")")
	}
	fmt.Fprintf(w, "output %s (dequantized, scale %.6g)\nargmax %d\n", b.String(), m.OutputScale(), model.Argmax(out))
	if raw {
		fmt.Fprintf(w, "raw    %v\n", out)
	}
}

// keysDir is the circuit key cache: --keys, else the user's shared cache.
// Keys are stored under their circuit's checksum, so one cache serves every
// datadir, and the hour-long wrap setup is paid once per machine.
func keysDir(_ *cli.Context, cfg *node.Config) string {
	if d := cfg.Circuit.Keys; d != "" {
		return d
	}
	return keycache.DefaultDir()
}

func modelProve(ctx *cli.Context, cfg *node.Config) error {
	a, err := args(ctx, "MODEL", "INPUT")
	if err != nil {
		return err
	}
	m, err := loadModel(a[0])
	if err != nil {
		return err
	}
	in, err := readInput(m, a[1])
	if err != nil {
		return err
	}
	mid := ctx.Uint(modelIDFlag.Name)
	if mid > 1<<32-1 {
		return fmt.Errorf("--model-id %d: registry ids are u32", mid)
	}
	job := &circuit.Job{Input: in, ModelID: uint32(mid)}
	if job.JobID, err = parseJobID(ctx.String(jobFlag.Name)); err != nil {
		return err
	}
	if job.InputSalt, err = statement.RandomSalt(); err != nil {
		return err
	}
	if job.OutputSalt, err = statement.RandomSalt(); err != nil {
		return err
	}
	w := ctx.App.ErrWriter
	k, err := circuit.Setup(m, keysDir(ctx, cfg), w)
	if err != nil {
		return err
	}
	p := gpuProver(cfg)
	start := time.Now()
	proof, claim, err := circuit.ProveOn(p, k, m, job)
	if err != nil {
		return err
	}
	took := time.Since(start)
	f, err := circuit.NewProofFile(m, proof, claim)
	if err != nil {
		return err
	}
	b, err := f.Marshal()
	if err != nil {
		return err
	}
	out := ctx.String(proofOutFlag.Name)
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(ctx.App.Writer, "proved in %s (%s)\n", took.Round(time.Millisecond), p.Name())
	printOutput(ctx.App.Writer, m, claim.Output, ctx.Bool(rawFlag.Name))
	fmt.Fprintf(ctx.App.Writer, "statement %s\nverifying key %s\nwrote %s\n", f.Statement, filepath.Join(k.Dir, "vk.bin"), out)
	return nil
}

func parseJobID(s string) (fr.Element, error) {
	v, ok := new(big.Int).SetString(s, 0)
	if !ok {
		var id fr.Element
		return id, fmt.Errorf("--job: %q is not a number", s)
	}
	return statement.FromBig(v)
}

func modelVerify(ctx *cli.Context, cfg *node.Config) error {
	a, err := args(ctx, "MODEL", "PROOF")
	if err != nil {
		return err
	}
	m, err := loadModel(a[0])
	if err != nil {
		return err
	}
	b, err := os.ReadFile(a[1])
	if err != nil {
		return err
	}
	f, err := circuit.ParseProofFile(b)
	if err != nil {
		return err
	}
	if h, _ := m.Hash(); f.ModelHash != fmt.Sprintf("%x", h) {
		return cli.Exit(fmt.Sprintf("INVALID: proof is for model %s, not %x", f.ModelHash, h), 1)
	}
	var vk groth16.VerifyingKey
	p := ctx.String(vkFlag.Name)
	if p != "" {
		vk, err = circuit.ReadVK(p)
	} else {
		vk, _, err = circuit.LoadVK(m, keysDir(ctx, cfg))
	}
	if errors.Is(err, circuit.ErrNoKeys) {
		return fmt.Errorf("%w: verify needs the verifying key the proof was made with (--vk FILE, the vk.bin that prove names)", err)
	}
	if err != nil {
		return err
	}
	err = f.Check(vk, m)
	if errors.Is(err, circuit.ErrBadProof) && p == "" {
		// The key found by the model's hash may be an older circuit
		// version's: retry with the current circuit's own key.
		if vk2, _, err2 := circuit.LoadVKCompiled(m, keysDir(ctx, cfg)); err2 == nil {
			err = f.Check(vk2, m)
		}
	}
	if err != nil {
		return cli.Exit(fmt.Sprintf("INVALID: %v", err), 1)
	}
	fmt.Fprintf(ctx.App.Writer, "OK: proof verifies for model %s, job %s\n", m.Name, f.JobID)
	printOutput(ctx.App.Writer, m, f.Output, ctx.Bool(rawFlag.Name))
	return nil
}

func modelRegister(ctx *cli.Context, cfg *node.Config) error {
	a, err := args(ctx, "MODEL")
	if err != nil {
		return err
	}
	m, err := loadModel(a[0])
	if err != nil {
		return err
	}
	k, err := circuit.Setup(m, keysDir(ctx, cfg), ctx.App.ErrWriter)
	if err != nil {
		return err
	}
	vkHash, err := recursion.VKHash(k.VK)
	if err != nil {
		return err
	}
	u, err := newUser(ctx, cfg)
	if err != nil {
		return err
	}
	defer u.close()
	reg, err := u.modelRegistry()
	if err != nil {
		return err
	}
	opts, err := u.transactor()
	if err != nil {
		return err
	}
	tx, err := reg.RegisterModel(opts, vkHash.Bytes(), ctx.Uint64(modelFeeFlag.Name), u.l2Key.Public().Wire(),
		ctx.String(modelURIFlag.Name))
	if err != nil {
		return fmt.Errorf("register: %w", err)
	}
	rc, err := u.waitMined(tx)
	if err != nil {
		return err
	}
	for _, l := range rc.Logs {
		if ev, err := reg.ParseModelRegistered(*l); err == nil {
			fmt.Fprintf(ctx.App.Writer, "model %s registered as id %d (vk hash 0x%x, fee %d gwei), tx %s\n",
				m.Name, ev.ModelId, ev.VkHash, ev.FeeGwei, tx.Hash())
			return nil
		}
	}
	return fmt.Errorf("register: tx %s emitted no ModelRegistered event", tx.Hash())
}
