package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
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
	"github.com/nexus-rollup/nexus/sequencer"
)

var (
	jobModelFlag    = &cli.UintFlag{Name: "model", Usage: "Registered model `ID` (ModelRegistry)"}
	jobInputFlag    = &cli.StringFlag{Name: "input", Usage: "Private input: a JSON array of bytes in a `FILE`, or mnist:N for held-out MNIST digit N"}
	jobFeeFlag      = &cli.StringFlag{Name: "fee", Usage: "Maximum fee (escrowed): gwei, or with a unit (0.0001eth)", Value: "100000gwei"}
	jobDeadlineFlag = &cli.DurationFlag{Name: "deadline", Usage: "How long provers have to fulfil the job", Value: time.Hour}
)

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
	acc, err := u.account()
	if err != nil {
		return err
	}
	if acc == nil {
		return errors.New("this key has no L2 account yet: deposit first")
	}
	var jobID uint32
	if err := u.seq.CallContext(ctx.Context, &jobID, "nexus_nextJobID"); err != nil {
		return fmt.Errorf("sequencer: %w", err)
	}
	salt, err := statement.RandomSalt()
	if err != nil {
		return err
	}
	op := &rollup.SubmitJob{Requester: acc.ID, JobID: jobID, ModelID: uint32(modelID), InputCommit: statement.Commit(input, salt),
		FeeGwei:  new(big.Int).Quo(fee, big.NewInt(rollup.Gwei)).Uint64(),
		Deadline: uint32(time.Now().Add(ctx.Duration(jobDeadlineFlag.Name)).Unix()), Nonce: acc.Nonce}
	if err := rollup.Sign(op, u.l2Key); err != nil {
		return err
	}
	raw, err := rollup.MarshalOpJSON(op)
	if err != nil {
		return err
	}
	sb := salt.Bytes()
	var id common.Hash
	if err := u.seq.CallContext(ctx.Context, &id, "nexus_submitJob", json.RawMessage(raw), hexutil.Bytes(input), hexutil.Bytes(sb[:])); err != nil {
		return fmt.Errorf("sequencer refused the job: %w", err)
	}
	fmt.Fprintf(ctx.App.Writer, "job %d submitted (model %d, %d input bytes, fee %d gwei), op %s\n", jobID, modelID, len(input), op.FeeGwei, id)
	if err := u.waitIncluded(id); err != nil {
		return err
	}
	fmt.Fprintf(ctx.App.Writer, "follow it with: nexus job status %d\n", jobID)
	return nil
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
