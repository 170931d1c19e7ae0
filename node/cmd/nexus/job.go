package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"image/color"
	"image/png"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/nexus-rollup/nexus/node"
	"github.com/nexus-rollup/nexus/prover/statement"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/sequencer"
	"github.com/nexus-rollup/nexus/sequencer/proverapi"
)

// submitJob asks for a free job id, commits to input with a fresh salt, signs
// a SubmitJob of account (at nonce) and sends it with the input and salt to
// the sequencer. It returns the op and its mempool id. nexus_nextJobID
// reserves nothing, so a requester that loses a race for an id to another
// asks again.
func submitJob(ctx context.Context, seq *rpc.Client, key *keys.PrivateKey, account uint32, nonce uint64, modelID uint32, input []byte,
	feeGwei uint64, deadline time.Time) (*rollup.SubmitJob, common.Hash, error) {
	for try := 1; ; try++ {
		op, id, err := trySubmitJob(ctx, seq, key, account, nonce, modelID, input, feeGwei, deadline)
		var rerr rpc.Error
		if err != nil && try < 5 && errors.As(err, &rerr) && rerr.ErrorCode() == sequencer.CodeJobIDTaken {
			continue
		}
		return op, id, err
	}
}

func trySubmitJob(ctx context.Context, seq *rpc.Client, key *keys.PrivateKey, account uint32, nonce uint64, modelID uint32, input []byte,
	feeGwei uint64, deadline time.Time) (*rollup.SubmitJob, common.Hash, error) {
	var jobID uint32
	if err := seq.CallContext(ctx, &jobID, "nexus_nextJobID"); err != nil {
		return nil, common.Hash{}, fmt.Errorf("sequencer: %w", err)
	}
	salt, err := statement.RandomSalt()
	if err != nil {
		return nil, common.Hash{}, err
	}
	op := &rollup.SubmitJob{Requester: account, JobID: jobID, ModelID: modelID, InputCommit: statement.Commit(input, salt),
		FeeGwei: feeGwei, Deadline: uint32(deadline.Unix()), Nonce: nonce}
	if err := rollup.Sign(op, key); err != nil {
		return nil, common.Hash{}, err
	}
	raw, err := rollup.MarshalOpJSON(op)
	if err != nil {
		return nil, common.Hash{}, err
	}
	sb := salt.Bytes()
	var id common.Hash
	if err := seq.CallContext(ctx, &id, "nexus_submitJob", json.RawMessage(raw), hexutil.Bytes(input), hexutil.Bytes(sb[:])); err != nil {
		return nil, common.Hash{}, fmt.Errorf("sequencer refused the job: %w", err)
	}
	return op, id, nil
}

var pngMagic = []byte("\x89PNG\r\n\x1a\n")

// maxPNGPixels bounds a PNG input before it is decoded: a job input is at
// most sequencer.MaxJobInputSize bytes anyway.
const maxPNGPixels = sequencer.MaxJobInputSize

// pngInput turns a PNG into one grey byte per pixel, row by row (the
// layout of the models' image inputs).
func pngInput(name string, raw []byte) ([]byte, error) {
	cfg, err := png.DecodeConfig(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("--input %s: not a readable PNG: %w", name, err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > maxPNGPixels {
		return nil, fmt.Errorf("--input %s: a %dx%d image; at most %d pixels", name, cfg.Width, cfg.Height, maxPNGPixels)
	}
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("--input %s: not a readable PNG: %w", name, err)
	}
	b := img.Bounds()
	out := make([]byte, 0, b.Dx()*b.Dy())
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			out = append(out, color.GrayModel.Convert(img.At(x, y)).(color.Gray).Y)
		}
	}
	return out, nil
}

// readJobInput reads a job's private input.
func readJobInput(arg string) ([]byte, error) {
	if arg == "" {
		return nil, errors.New("--input is required")
	}
	if n, ok := strings.CutPrefix(arg, "mnist:"); ok {
		return mnistDigit(n)
	}
	raw, err := os.ReadFile(arg)
	if err != nil {
		return nil, err
	}
	if bytes.HasPrefix(raw, pngMagic) || strings.EqualFold(filepath.Ext(arg), ".png") {
		return pngInput(arg, raw)
	}
	var vals []int
	if err := json.Unmarshal(raw, &vals); err != nil {
		return nil, fmt.Errorf("--input %s: want a JSON array of bytes: %w", arg, err)
	}
	out := make([]byte, len(vals))
	for i, v := range vals {
		if v < 0 || v > 255 {
			return nil, fmt.Errorf("--input %s: value %d at %d is not a byte", arg, v, i)
		}
		out[i] = byte(v)
	}
	return out, nil
}

func jobSubmit(ctx *cli.Context, cfg *node.Config) error {
	u, err := newUser(ctx, cfg)
	if err != nil {
		return err
	}
	defer u.close()
	input, err := readJobInput(ctx.String(jobInputFlag.Name))
	if err != nil {
		return err
	}
	fee, err := parseAmount(ctx.String(jobFeeFlag.Name))
	if err != nil {
		return fmt.Errorf("--fee: %w", err)
	}
	if new(big.Int).Rem(fee, big.NewInt(rollup.Gwei)).Sign() != 0 || !new(big.Int).Quo(fee, big.NewInt(rollup.Gwei)).IsUint64() {
		return fmt.Errorf("--fee must be a whole number of gwei")
	}
	modelID := ctx.Uint(jobModelFlag.Name)
	if modelID == 0 || modelID > 1<<32-1 {
		return errors.New("--model: a registered model id is required")
	}
	acc, err := u.requireAccount("deposit first")
	if err != nil {
		return err
	}
	op, id, err := submitJob(ctx.Context, u.seq, u.l2Key, acc.ID, acc.NextNonce, uint32(modelID), input,
		new(big.Int).Quo(fee, big.NewInt(rollup.Gwei)).Uint64(), time.Now().Add(ctx.Duration(jobDeadlineFlag.Name)))
	if err != nil {
		return err
	}
	jobID := op.JobID
	fmt.Fprintf(ctx.App.Writer, "job %d submitted (model %d, %d input bytes, fee %d gwei), op %s\n", jobID, modelID, len(input), op.FeeGwei, id)
	if !ctx.IsSet(waitFlag.Name) {
		fmt.Fprintf(ctx.App.Writer, "follow it with: nexus job status %d\n", jobID)
		return nil
	}
	start := time.Now()
	deadline := start.Add(ctx.Duration(waitFlag.Name))
	fmt.Fprintf(ctx.App.Writer, "waiting for a prover's result (until %s)...\n", deadline.Format(time.TimeOnly))
	wctx, cancel := context.WithDeadline(ctx.Context, deadline)
	defer cancel()
	r, err := waitResult(wctx, u.seq, u.l2Key, acc.ID, jobID, id, 100*time.Millisecond)
	if errors.Is(err, context.DeadlineExceeded) && ctx.Context.Err() == nil {
		return fmt.Errorf("job %d has no result after --wait %s; follow it with nexus job status %d", jobID,
			ctx.Duration(waitFlag.Name), jobID)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(ctx.App.Writer, "verified result %s after submission\n", time.Since(start).Round(10*time.Millisecond))
	writeResult(ctx.App.Writer, r)
	return nil
}

// waitResult polls for job jobID's result (SubmitJob op) until the
// sequencer has verified its proof: status verified (its FulfillJob is
// ordered, not yet sealed) or fulfilled. It fails if the SubmitJob is
// rejected or the job ends unfulfilled.
func waitResult(ctx context.Context, seq *rpc.Client, key *keys.PrivateKey, account, jobID uint32, op common.Hash,
	poll time.Duration) (*proverapi.Result, error) {
	for {
		r, err := fetchResult(ctx, seq, key, account, jobID)
		if err == nil {
			return r, nil
		}
		var st sequencer.OpStatus
		if err := seq.CallContext(ctx, &st, "nexus_getOpStatus", op); err != nil {
			return nil, fmt.Errorf("sequencer: %w", err)
		}
		switch st.Status {
		case "rejected":
			return nil, fmt.Errorf("the sequencer rejected the job: %s", st.Error)
		case "included":
			var job sequencer.Job
			if err := seq.CallContext(ctx, &job, "nexus_getJob", jobID); err != nil {
				return nil, fmt.Errorf("sequencer: %w", err)
			}
			if job.Status == "cancelled" || job.Status == "expired" {
				return nil, fmt.Errorf("job %d is %s (deadline passed unfulfilled): %w", jobID, job.Status, errJobEnded)
			}
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(poll):
		}
	}
}

// errJobEnded is returned for a job whose deadline passed unfulfilled: its
// fee is refunded.
var errJobEnded = errors.New("its fee is refunded")

func jobResult(ctx *cli.Context, cfg *node.Config) error {
	if ctx.NArg() != 1 {
		return errors.New("usage: nexus job result JOB-ID")
	}
	id, err := strconv.ParseUint(ctx.Args().First(), 0, 32)
	if err != nil {
		return fmt.Errorf("JOB-ID %q is not a job id", ctx.Args().First())
	}
	u, err := newUser(ctx, cfg)
	if err != nil {
		return err
	}
	defer u.close()
	acc, err := u.requireAccount("only a job's requester or prover can read its result")
	if err != nil {
		return err
	}
	return printResult(u, acc.ID, uint32(id))
}

// fetchResult asks the sequencer for a job's result with a request signed by
// key, the L2 key of account (the job's requester or prover).
func fetchResult(ctx context.Context, seq *rpc.Client, key *keys.PrivateKey, account, jobID uint32) (*proverapi.Result, error) {
	req := proverapi.ResultRequest{JobID: jobID}
	var nonce [8]byte
	if _, err := rand.Read(nonce[:]); err != nil {
		return nil, err
	}
	auth, err := proverapi.NewAuth(proverapi.MethodGetResult, account, req.Body(), key, time.Now(), time.Minute,
		binary.BigEndian.Uint64(nonce[:]))
	if err != nil {
		return nil, err
	}
	req.Auth = auth
	var r proverapi.Result
	if err := seq.CallContext(ctx, &r, "nexus_getResult", req); err != nil {
		return nil, fmt.Errorf("sequencer: %w", err)
	}
	return &r, nil
}

// printResult fetches a job's result with a request signed by the user and
// prints it.
func printResult(u *user, account, jobID uint32) error {
	r, err := fetchResult(u.ctx.Context, u.seq, u.l2Key, account, jobID)
	if err != nil {
		return err
	}
	writeResult(u.ctx.App.Writer, r)
	return nil
}

// writeResult prints a job's result.
func writeResult(w io.Writer, r *proverapi.Result) {
	status, note := r.Status, ""
	if status == sequencer.ResultVerified {
		// Soft confirmation: the FulfillJob is ordered and applies with its batch.
		status, note = "fulfilled", "; proof verified, its batch not sealed yet"
	}
	fmt.Fprintf(w, "job %d: %s by prover %d (model %d%s)\n  output            %v\n", r.JobID, status, r.Prover, r.Model, note, r.Output)
	fmt.Fprintf(w, "  output salt       %s\n  output commitment %s\n  input commitment  %s\n", r.OutputSalt, r.OutputCommit, r.InputCommit)
	if len(r.CommittedOutput) > 0 {
		fmt.Fprintf(w, "  committed output  %s (the bytes the output commitment opens to, with the salt)\n", r.CommittedOutput)
	}
	fmt.Fprintf(w, "  proof (%d bytes, Groth16 BLS12-377, verified by the sequencer)\n  %s\n", len(r.Proof), r.Proof)
}

func jobStatus(ctx *cli.Context, cfg *node.Config) error {
	if ctx.NArg() != 1 {
		return errors.New("usage: nexus job status JOB-ID")
	}
	id, err := strconv.ParseUint(ctx.Args().First(), 0, 32)
	if err != nil {
		return fmt.Errorf("JOB-ID %q is not a job id", ctx.Args().First())
	}
	c, err := rpc.DialContext(ctx.Context, ctx.String(sequencerURLFlag.Name))
	if err != nil {
		return err
	}
	defer c.Close()
	var job sequencer.Job
	if err := c.CallContext(ctx.Context, &job, "nexus_getJob", uint32(id)); err != nil {
		return fmt.Errorf("sequencer: %w", err)
	}
	w := ctx.App.Writer
	fmt.Fprintf(w, "job %d: %s\n  model %d, requester %d, fee %d gwei, deadline %s\n", job.ID, job.Status, job.Model,
		job.Requester, job.FeeGwei, time.Unix(int64(job.Deadline), 0).UTC().Format(time.RFC3339))
	if job.Prover != 0 {
		fmt.Fprintf(w, "  locked by prover %d until %s (collateral %d gwei)\n", job.Prover,
			time.Unix(int64(job.LockDeadline), 0).UTC().Format(time.RFC3339), job.CollateralGwei)
	}
	fmt.Fprintf(w, "  input commitment  %s\n", job.InputCommit)
	if job.Status == "fulfilled" {
		fmt.Fprintf(w, "  output commitment %s\n", job.OutputCommit)
	}
	return nil
}
