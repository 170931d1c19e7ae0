package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/kv/leveldb"
	"github.com/nexus-rollup/nexus/l1/deploy"
	"github.com/nexus-rollup/nexus/l1/exodus"
	"github.com/nexus-rollup/nexus/l1/reverts"
	"github.com/nexus-rollup/nexus/node"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/state"
)

var exodusCommand = &cli.Command{
	Name:  "exodus",
	Usage: "Leave Nexus with nothing but L1: rebuild the L2 state from L1, exit your balances, take refunds",
	Description: "If the sequencer stops including the L1 priority queue, anyone may put the rollup into exodus\n" +
		"mode once the oldest queued op is past its deadline; then balances leave L1 by Merkle proof against\n" +
		"the last settled state root. These commands need an L1 RPC and the deployment file only, never a\n" +
		"sequencer: `sync` rebuilds the L2 state from the rollup's events and submitBatch calldata, checking\n" +
		"every batch's root against L1; `exit` proves your balances from it. docs/exodus.md is the guide.",
	Subcommands: []*cli.Command{
		{
			Name:  "sync",
			Usage: "Rebuild the L2 state from L1 alone into --exodus.db (resumable; prints progress)",
			Description: "Replays every settled batch from the rollup's deployment block with the sequencer's own\n" +
				"executor and checks the state root after each against the root L1 stored. Killed, it resumes\n" +
				"where it stopped. It also stores the priority queue, for refunds.",
			Flags:  withFlags(l1Flags, exodusFlags, []cli.Flag{deploymentFlag, stateDepthsFlag}),
			Action: action(exodusSync),
		},
		{
			Name:   "status",
			Usage:  "Show whether exodus is active, which priority op is overdue, and (with a key) what you can take out",
			Flags:  withFlags(l1Flags, signerFlags, exodusFlags, []cli.Flag{deploymentFlag, stateDepthsFlag, exodusAccountFlag}),
			Action: action(exodusStatus),
		},
		{
			Name:   "activate",
			Usage:  "Put the rollup into exodus mode (anyone may, once a priority op is overdue)",
			Flags:  withFlags(l1Flags, signerFlags, []cli.Flag{deploymentFlag}),
			Action: action(exodusActivate),
		},
		{
			Name:  "exit",
			Usage: "Sync, prove your balances and model fees against the last settled root, exit and claim them on L1",
			Description: "Exits every non-zero balance of your L2 account (the account of your key's L2 key and\n" +
				"address, or --exodus.account) once, paid to the account's L1 address: its ETH exit also pays\n" +
				"the fees escrowed in its L2 jobs open or locked at the last settled batch. Then exits the\n" +
				"unclaimed fees of every model the account owns, once per model, and claims what your address\n" +
				"may claim (unless --exodus.no-claim).",
			Flags:  withFlags(l1Flags, signerFlags, exodusFlags, exodusExitFlags, []cli.Flag{deploymentFlag, stateDepthsFlag}),
			Action: action(exodusExit),
		},
		{
			Name:  "refund",
			Usage: "Refund your deposits no batch consumed and your L1 jobs' fees, and claim them",
			Description: "In exodus, returns to their sender the deposits that no settled batch consumed and the fees\n" +
				"of L1 inference requests that no settled batch fulfilled or refunded, then claims them.",
			Flags:  withFlags(l1Flags, signerFlags, exodusFlags, []cli.Flag{deploymentFlag, stateDepthsFlag, exodusNoClaimFlag}),
			Action: action(exodusRefund),
		},
	},
}

// exodusEnv is what the exodus commands share.
type exodusEnv struct {
	ctx    *cli.Context
	cfg    *node.Config
	dep    *deploy.Deployment
	l1     *ethclient.Client
	rollup *bindings.NexusRollup
	key    *ecdsa.PrivateKey // nil without --key/--keystore
	from   common.Address
	l2     *keys.PrivateKey
	params state.Params
	db     *leveldb.Store
	sync   *exodus.Syncer
}

func newExodusEnv(ctx *cli.Context, cfg *node.Config, needKey bool) (*exodusEnv, error) {
	path := ctx.Path(deploymentFlag.Name)
	if path == "" {
		path = filepath.Join(cfg.DataDir, "deployment.json")
	}
	dep, err := deploy.Read(path)
	if err != nil {
		return nil, fmt.Errorf("%w (pass --deployment FILE)", err)
	}
	e := &exodusEnv{ctx: ctx, cfg: cfg, dep: dep}
	// Bad flags fail before anything is dialled or opened.
	if e.params, err = node.ParseDepths(cfg.Circuit.StateDepths); err != nil {
		return nil, fmt.Errorf("--%s: %w", stateDepthsFlag.Name, err)
	}
	if ctx.IsSet(exodusAccountFlag.Name) {
		if id := ctx.Uint(exodusAccountFlag.Name); id == 0 || id > 0xffffffff {
			return nil, fmt.Errorf("--%s: %d is not an account id (1 .. 2^32-1)", exodusAccountFlag.Name, id)
		}
	}
	if needKey || ctx.IsSet(keyFlag.Name) || ctx.IsSet(keystoreFlag.Name) {
		if e.key, err = loadSigningKey(ctx); err != nil {
			return nil, err
		}
		e.from = crypto.PubkeyToAddress(e.key.PublicKey)
		if e.l2, err = keys.DeriveFromEthKey(e.key, dep.ChainID, dep.NexusRollup); err != nil {
			return nil, err
		}
	}
	c, id, err := dialL1(ctx.Context, cfg, "L1")
	if err != nil {
		return nil, err
	}
	if id.Uint64() != dep.ChainID {
		c.Close()
		return nil, fmt.Errorf("%s serves chain %d, the deployment is on chain %d", cfg.L1.RPC, id, dep.ChainID)
	}
	e.l1 = c
	if e.rollup, err = bindings.NewNexusRollup(dep.NexusRollup, c); err != nil {
		c.Close()
		return nil, err
	}
	return e, nil
}

func (e *exodusEnv) close() {
	if e.db != nil {
		e.db.Close()
	}
	if e.l1 != nil {
		e.l1.Close()
	}
}

func (e *exodusEnv) dbPath() string {
	if p := e.ctx.Path(exodusDBFlag.Name); p != "" {
		return p
	}
	return filepath.Join(e.cfg.DataDir, "exodus", strings.ToLower(e.dep.NexusRollup.Hex()))
}

// open opens the rebuilt state; with existing false it returns (false, nil)
// when nothing was synced yet.
func (e *exodusEnv) open(create bool) (bool, error) {
	path := e.dbPath()
	if !create {
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return false, nil
		}
	}
	var err error
	if e.db, err = leveldb.Open(path, leveldb.Options{}); err != nil {
		return false, fmt.Errorf("--%s %s: %w", exodusDBFlag.Name, path, err)
	}
	e.sync, err = exodus.New(e.ctx.Context, e.l1, e.db, exodus.Config{Rollup: e.dep.NexusRollup,
		StartBlock: e.dep.Block, Confirmations: e.cfg.L1.Confirmations, Params: e.params}, nil)
	return err == nil, err
}

// syncNow brings the rebuilt state up to L1's confirmed head, printing
// progress at most once per interval.
func (e *exodusEnv) syncNow(w io.Writer, every time.Duration) (exodus.Progress, error) {
	if _, err := e.open(true); err != nil {
		return exodus.Progress{}, err
	}
	var last time.Time
	p, err := e.sync.Sync(e.ctx.Context, func(p exodus.Progress) {
		if time.Since(last) < every && p.Batch != p.L1Batch {
			return
		}
		last = time.Now()
		fmt.Fprintf(w, "batch %d/%d  block %d  %s\n", p.Batch, p.L1Batch, p.Block, rates(p))
	})
	if err != nil {
		return p, fmt.Errorf("sync stopped at batch %d of %d (run it again to resume): %w", p.Batch, p.L1Batch, err)
	}
	return p, nil
}

func rates(p exodus.Progress) string {
	s := p.Elapsed.Seconds()
	if s <= 0 || p.Batches == 0 {
		return ""
	}
	return fmt.Sprintf("%.1f batches/s  %.0f ops/s", float64(p.Batches)/s, float64(p.Ops)/s)
}

func exodusSync(ctx *cli.Context, cfg *node.Config) error {
	e, err := newExodusEnv(ctx, cfg, false)
	if err != nil {
		return err
	}
	defer e.close()
	w := ctx.App.Writer
	fmt.Fprintf(w, "rebuilding the L2 state of rollup %s from L1 into %s\n", e.dep.NexusRollup, e.dbPath())
	p, err := e.syncNow(w, time.Second)
	if err != nil {
		return err
	}
	root, err := e.sync.Executor().ReplayedRoot()
	if err != nil {
		return err
	}
	rb := root.Bytes()
	fmt.Fprintf(w, "synced to batch %d: %d batches and %d ops replayed in %s  %s\nstate root %#x agrees with L1; "+
		"%d priority ops queued\n", p.Batch, p.Batches, p.Ops, p.Elapsed.Round(time.Millisecond), rates(p), rb, p.Priority)
	return nil
}

func exodusStatus(ctx *cli.Context, cfg *node.Config) error {
	e, err := newExodusEnv(ctx, cfg, false)
	if err != nil {
		return err
	}
	defer e.close()
	w := ctx.App.Writer
	st, err := exodus.ReadStatus(ctx.Context, e.l1, e.dep.NexusRollup)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "rollup          %s\nexodus          %s\nlast batch      %d\npriority ops    %d consumed of %d queued\n",
		e.dep.NexusRollup, onOff(st.Exodus), st.LastBatch, st.Consumed, st.Queued)
	switch {
	case st.Next == 0:
		fmt.Fprintln(w, "oldest pending  none: the queue is empty, exodus cannot start")
	case st.Overdue:
		fmt.Fprintf(w, "oldest pending  op %d, OVERDUE since %s (%s ago)%s\n", st.Next, unix(st.NextDeadline),
			time.Duration(st.Now-st.NextDeadline)*time.Second, map[bool]string{false: ": anyone may run `nexus exodus activate`"}[st.Exodus])
	default:
		fmt.Fprintf(w, "oldest pending  op %d, deadline %s (in %s)\n", st.Next, unix(st.NextDeadline),
			time.Duration(st.NextDeadline-st.Now)*time.Second)
	}
	synced, err := e.open(false)
	if err != nil {
		return err
	}
	if !synced {
		fmt.Fprintf(w, "rebuilt state   none yet in %s (run `nexus exodus sync`)\n", e.dbPath())
		return nil
	}
	n, _, _, err := e.sync.Executor().LastBatch()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "rebuilt state   batch %d of %d in %s\n", n, st.LastBatch, e.dbPath())
	if e.key == nil {
		return nil
	}
	return e.printOwed(w)
}

// printOwed prints what the caller's exits pay in the rebuilt state (its
// balances, the fees escrowed in its open and locked L2 jobs, its models'
// unclaimed fees) and the refunds L1 owes it.
func (e *exodusEnv) printOwed(w io.Writer) error {
	call := &bind.CallOpts{Context: e.ctx.Context}
	fmt.Fprintf(w, "L1 address      %s\n", e.from)
	id, err := e.account()
	if err != nil {
		fmt.Fprintf(w, "L2 account      %v\n", err)
	} else {
		owed, err := e.sync.Owed(id)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "L2 account      %d\n", id)
		ethExited, err := e.rollup.Exited(call, id, 0)
		if err != nil {
			return err
		}
		exited := map[bool]string{true: " (exited)"}
		for _, t := range sortedTokens(owed.Balances) {
			done, err := e.rollup.Exited(call, id, t)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "  token %-2d      %s%s\n", t, owed.Balances[t], exited[done])
		}
		if owed.EscrowGwei > 0 {
			fmt.Fprintf(w, "  escrow        %s (fees of your open and locked L2 jobs; paid with token 0)%s\n",
				owed.Escrow(), exited[ethExited])
		}
		for _, m := range owed.Models {
			done, err := e.rollup.ModelFeesExited(call, m.Model)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "  model %-2d      %s (unclaimed fees)%s\n", m.Model, m.Wei(), exited[done])
		}
	}
	refunds, err := e.sync.Refunds(e.ctx.Context, e.from)
	if err != nil {
		return err
	}
	for _, r := range refunds {
		fmt.Fprintf(w, "refund          %s\n", describeRefund(r))
	}
	return nil
}

func describeRefund(r exodus.Refund) string {
	if r.JobID != 0 {
		return fmt.Sprintf("L1 job %d: fee %s wei", r.JobID, r.Amount)
	}
	return fmt.Sprintf("deposit (priority op %d): %s of token %d", r.Index, r.Amount, r.Token)
}

func sortedTokens(m map[uint16]*big.Int) []uint16 {
	out := make([]uint16, 0, len(m))
	for t := range m {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func onOff(b bool) string {
	if b {
		return "ACTIVE"
	}
	return "not active"
}

func unix(t uint64) string { return time.Unix(int64(t), 0).UTC().Format(time.RFC3339) }

func exodusActivate(ctx *cli.Context, cfg *node.Config) error {
	e, err := newExodusEnv(ctx, cfg, true)
	if err != nil {
		return err
	}
	defer e.close()
	st, err := exodus.ReadStatus(ctx.Context, e.l1, e.dep.NexusRollup)
	if err != nil {
		return err
	}
	switch {
	case st.Exodus:
		fmt.Fprintln(ctx.App.Writer, "exodus is already active")
		return nil
	case st.Next == 0:
		return errors.New("exodus cannot start: no priority op is waiting (the sequencer has consumed the whole queue)")
	case !st.Overdue:
		return fmt.Errorf("exodus cannot start yet: the oldest pending priority op %d is due by %s (in %s)", st.Next,
			unix(st.NextDeadline), time.Duration(st.NextDeadline-st.Now)*time.Second)
	}
	rc, err := e.send("activateExodus", func(o *bind.TransactOpts) (*types.Transaction, error) { return e.rollup.ActivateExodus(o) })
	if err != nil {
		return err
	}
	fmt.Fprintf(ctx.App.Writer, "exodus activated (priority op %d was due by %s), tx %s\n", st.Next, unix(st.NextDeadline), rc.TxHash)
	return nil
}

// requireExodus fails unless exodus is active.
func (e *exodusEnv) requireExodus() error {
	st, err := exodus.ReadStatus(e.ctx.Context, e.l1, e.dep.NexusRollup)
	if err != nil {
		return err
	}
	if st.Exodus {
		return nil
	}
	if st.Overdue {
		return fmt.Errorf("exodus is not active; priority op %d is overdue, so run `nexus exodus activate` first", st.Next)
	}
	return errors.New("exodus is not active, and no priority op is overdue: the rollup runs normally " +
		"(withdraw with `nexus bridge withdraw`, or force it with a ForcedExit on L1)")
}

// account is the caller's L2 account in the rebuilt state.
func (e *exodusEnv) account() (uint32, error) {
	if e.ctx.IsSet(exodusAccountFlag.Name) {
		return uint32(e.ctx.Uint(exodusAccountFlag.Name)), nil // checked by newExodusEnv
	}
	id, ok, err := e.sync.Executor().AccountOf(e.l2.Public().Wire(), e.from)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, fmt.Errorf("no L2 account of your L2 key and address %s in the rebuilt state "+
			"(another account: --%s ID)", e.from, exodusAccountFlag.Name)
	}
	return id, nil
}

func exodusExit(ctx *cli.Context, cfg *node.Config) error {
	e, err := newExodusEnv(ctx, cfg, true)
	if err != nil {
		return err
	}
	defer e.close()
	if err := e.requireExodus(); err != nil {
		return err
	}
	w := ctx.App.Writer
	if _, err := e.syncNow(w, 5*time.Second); err != nil {
		return err
	}
	if err := exodus.CheckExitDepths(ctx.Context, e.l1, e.dep.NexusRollup, e.params); err != nil {
		return err
	}
	id, err := e.account()
	if err != nil {
		return err
	}
	owed, err := e.sync.Owed(id)
	if err != nil {
		return err
	}
	if owed.Empty() {
		return fmt.Errorf("%w: account %d has no balance, escrow or model fees in the last settled state",
			exodus.ErrNothingToExit, id)
	}
	if err := e.exitTokens(w, owed); err != nil {
		return err
	}
	if err := e.exitModelFees(w, owed); err != nil {
		return err
	}
	return e.claimAll(w)
}

// exitTokens exits each token the account holds (ETH with its escrow) once.
func (e *exodusEnv) exitTokens(w io.Writer, owed *exodus.Owed) error {
	call := &bind.CallOpts{Context: e.ctx.Context}
	id := owed.Account
	for _, t := range owed.Tokens() {
		if done, err := e.rollup.Exited(call, id, t); err != nil {
			return err
		} else if done {
			fmt.Fprintf(w, "account %d token %d: exited already\n", id, t)
			continue
		}
		proof, err := exodus.ExitProof(e.sync.Executor(), id, t)
		if err != nil {
			return err
		}
		rc, err := e.send("exit", func(o *bind.TransactOpts) (*types.Transaction, error) { return e.rollup.Exit(o, proof) })
		if err != nil {
			return err
		}
		escrow := ""
		if t == 0 && owed.EscrowGwei > 0 {
			escrow = fmt.Sprintf(" (balance %s + job escrow %s)", proof.Balance, owed.Escrow())
		}
		fmt.Fprintf(w, "account %d token %d: exited %s%s to %s, tx %s\n", id, t, owed.Exit(t), escrow,
			common.Address(proof.L1Address), rc.TxHash)
	}
	return nil
}

// exitModelFees exits the unclaimed fees of each model the account owns once.
func (e *exodusEnv) exitModelFees(w io.Writer, owed *exodus.Owed) error {
	call := &bind.CallOpts{Context: e.ctx.Context}
	for _, m := range owed.Models {
		if done, err := e.rollup.ModelFeesExited(call, m.Model); err != nil {
			return err
		} else if done {
			fmt.Fprintf(w, "model %d: fees exited already\n", m.Model)
			continue
		}
		proof, err := exodus.ModelFeesProof(e.sync.Executor(), m.Model)
		if err != nil {
			return err
		}
		rc, err := e.send("exitModelFees", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.rollup.ExitModelFees(o, proof)
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "model %d: exited %s of unclaimed fees to %s, tx %s\n", m.Model, m.Wei(),
			common.Address(proof.L1Address), rc.TxHash)
	}
	return nil
}

func exodusRefund(ctx *cli.Context, cfg *node.Config) error {
	e, err := newExodusEnv(ctx, cfg, true)
	if err != nil {
		return err
	}
	defer e.close()
	if err := e.requireExodus(); err != nil {
		return err
	}
	w := ctx.App.Writer
	if _, err := e.syncNow(w, 5*time.Second); err != nil {
		return err
	}
	refunds, err := e.sync.Refunds(ctx.Context, e.from)
	if err != nil {
		return err
	}
	if len(refunds) == 0 {
		fmt.Fprintf(w, "nothing to refund to %s: no unconsumed deposit, no pending L1 job\n", e.from)
	}
	for _, r := range refunds {
		r := r
		rc, err := e.send("refund", func(o *bind.TransactOpts) (*types.Transaction, error) {
			if r.JobID != 0 {
				return e.rollup.ExodusRefundL1Job(o, r.JobID)
			}
			return e.rollup.ExodusRefund(o, new(big.Int).SetUint64(r.Index), r.Encoding)
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "refunded %s, tx %s\n", describeRefund(r), rc.TxHash)
	}
	return e.claimAll(w)
}

// claimAll claims every token the caller may claim, unless --exodus.no-claim.
func (e *exodusEnv) claimAll(w io.Writer) error {
	if e.ctx.Bool(exodusNoClaimFlag.Name) {
		return nil
	}
	call := &bind.CallOpts{Context: e.ctx.Context}
	n, err := e.rollup.TokenCount(call)
	if err != nil {
		return err
	}
	for t := uint16(0); t < n; t++ {
		c, err := e.rollup.Claimable(call, e.from, t)
		if err != nil {
			return err
		}
		if c.Sign() == 0 {
			continue
		}
		rc, err := e.send("claim", func(o *bind.TransactOpts) (*types.Transaction, error) { return e.rollup.ClaimWithdrawal(o, t) })
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "claimed %s of token %d to %s, tx %s\n", c, t, e.from, rc.TxHash)
	}
	return nil
}

// send signs and sends one rollup transaction and waits for its receipt,
// naming the contract's revert reason on failure.
func (e *exodusEnv) send(what string, fn func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Receipt, error) {
	opts, err := bind.NewKeyedTransactorWithChainID(e.key, new(big.Int).SetUint64(e.dep.ChainID))
	if err != nil {
		return nil, err
	}
	opts.Context = e.ctx.Context
	tx, err := fn(opts)
	if err != nil {
		if name := reverts.Of(err); name != "" {
			return nil, fmt.Errorf("%s: L1 refuses it: %s", what, name)
		}
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	wctx, cancel := context.WithTimeout(e.ctx.Context, 10*e.cfg.L1.Timeout.Std())
	defer cancel()
	rc, err := bind.WaitMined(wctx, e.l1, tx)
	if err != nil {
		return nil, fmt.Errorf("%s: waiting for %s: %w", what, tx.Hash(), err)
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return rc, fmt.Errorf("%s: transaction %s reverted", what, tx.Hash())
	}
	return rc, nil
}
