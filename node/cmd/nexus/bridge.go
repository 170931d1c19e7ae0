package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/l1/deploy"
	"github.com/nexus-rollup/nexus/node"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/sequencer"
)

// user is what the user commands share: the deployment, the Ethereum key
// and the L2 key derived from it, and lazily opened L1 and sequencer clients.
type user struct {
	ctx    *cli.Context
	cfg    *node.Config
	dep    *deploy.Deployment
	ethKey *ecdsa.PrivateKey
	l2Key  *keys.PrivateKey
	from   common.Address
	l1     *ethclient.Client
	seq    *rpc.Client
}

func newUser(ctx *cli.Context, cfg *node.Config) (*user, error) {
	path := ctx.Path(deploymentFlag.Name)
	if path == "" {
		path = filepath.Join(cfg.DataDir, "deployment.json")
	}
	dep, err := deploy.Read(path)
	if err != nil {
		return nil, fmt.Errorf("%w (pass --deployment FILE)", err)
	}
	ethKey, err := loadSigningKey(ctx)
	if err != nil {
		return nil, err
	}
	l2, err := keys.DeriveFromEthKey(ethKey, dep.ChainID, dep.NexusRollup)
	if err != nil {
		return nil, err
	}
	return &user{ctx: ctx, cfg: cfg, dep: dep, ethKey: ethKey, l2Key: l2, from: crypto.PubkeyToAddress(ethKey.PublicKey)}, nil
}

func (u *user) close() {
	if u.l1 != nil {
		u.l1.Close()
	}
	if u.seq != nil {
		u.seq.Close()
	}
}

func (u *user) l1Client() (*ethclient.Client, error) {
	if u.l1 != nil {
		return u.l1, nil
	}
	c, id, err := dialL1(u.ctx.Context, u.cfg, "L1")
	if err != nil {
		return nil, err
	}
	if id.Uint64() != u.dep.ChainID {
		c.Close()
		return nil, fmt.Errorf("%s serves chain %d, the deployment is on chain %d", u.cfg.L1.RPC, id, u.dep.ChainID)
	}
	u.l1 = c
	return c, nil
}

func (u *user) sequencer() (*rpc.Client, error) {
	if u.seq != nil {
		return u.seq, nil
	}
	url := u.ctx.String(sequencerURLFlag.Name)
	c, err := rpc.DialContext(u.ctx.Context, url)
	if err != nil {
		return nil, fmt.Errorf("connecting to the sequencer at %s: %w", url, err)
	}
	u.seq = c
	return c, nil
}

// account returns the user's L2 account, or nil if the key has none yet.
func (u *user) account() (*sequencer.Account, error) {
	c, err := u.sequencer()
	if err != nil {
		return nil, err
	}
	wire := u.l2Key.Public().Wire()
	var id uint32
	if err := c.CallContext(u.ctx.Context, &id, "nexus_accountOf", hexutil.Bytes(wire[:]), u.from); err != nil {
		if strings.Contains(err.Error(), "no account") {
			return nil, nil
		}
		return nil, fmt.Errorf("sequencer: %w", err)
	}
	var acc sequencer.Account
	if err := c.CallContext(u.ctx.Context, &acc, "nexus_getAccount", id); err != nil {
		return nil, fmt.Errorf("sequencer: %w", err)
	}
	return &acc, nil
}

// requireAccount is account for a command that needs one: no account is an
// error that says what creates it (why).
func (u *user) requireAccount(why string) (*sequencer.Account, error) {
	acc, err := u.account()
	if err == nil && acc == nil {
		err = errors.New("this key has no L2 account: " + why)
	}
	return acc, err
}

func (u *user) transactor() (*bind.TransactOpts, error) {
	return bind.NewKeyedTransactorWithChainID(u.ethKey, new(big.Int).SetUint64(u.dep.ChainID))
}

func (u *user) waitMined(tx *types.Transaction) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(u.ctx.Context, 10*u.cfg.L1.Timeout.Std())
	defer cancel()
	rc, err := bind.WaitMined(ctx, u.l1, tx)
	if err != nil {
		return nil, fmt.Errorf("waiting for %s: %w", tx.Hash(), err)
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return rc, fmt.Errorf("transaction %s reverted", tx.Hash())
	}
	return rc, nil
}

// erc20ABI is the one ERC-20 method deposits need.
var erc20ABI = func() abi.ABI {
	a, err := abi.JSON(strings.NewReader(`[{"type":"function","name":"approve","stateMutability":"nonpayable",` +
		`"inputs":[{"name":"spender","type":"address"},{"name":"amount","type":"uint256"}],` +
		`"outputs":[{"name":"","type":"bool"}]}]`))
	if err != nil {
		panic(err) // a constant ABI: unreachable
	}
	return a
}()

// parseAmount reads "123" (wei), "1.5eth", "20gwei" or "7wei".
func parseAmount(s string) (*big.Int, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return nil, errors.New("--amount is required")
	}
	decimals := 0
	for _, u := range []struct {
		suffix string
		d      int
	}{{"eth", 18}, {"ether", 18}, {"gwei", 9}, {"wei", 0}} {
		if strings.HasSuffix(s, u.suffix) && !(u.suffix == "eth" && strings.HasSuffix(s, "ether")) {
			s, decimals = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.d
			break
		}
	}
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > decimals {
		return nil, fmt.Errorf("--amount: %q has more decimals than the unit allows", s)
	}
	v, ok := new(big.Int).SetString(whole+frac+strings.Repeat("0", decimals-len(frac)), 10)
	if !ok || v.Sign() <= 0 || whole == "" && frac == "" {
		return nil, fmt.Errorf("--amount: %q is not a positive amount", s)
	}
	if v.BitLen() > 128 {
		return nil, fmt.Errorf("--amount: %s exceeds 2^128-1", v)
	}
	return v, nil
}

func bridgeDeposit(ctx *cli.Context, cfg *node.Config) error {
	u, err := newUser(ctx, cfg)
	if err != nil {
		return err
	}
	defer u.close()
	amount, err := parseAmount(ctx.String(amountFlag.Name))
	if err != nil {
		return err
	}
	r, err := u.rollup()
	if err != nil {
		return err
	}
	opts, err := u.transactor()
	if err != nil {
		return err
	}
	pk := u.l2Key.Public().Wire()
	token := uint16(ctx.Uint(tokenFlag.Name))
	var tx *types.Transaction
	if token == 0 {
		opts.Value = amount
		tx, err = r.DepositETH(opts, pk)
	} else {
		addr, aerr := r.TokenAddress(&bind.CallOpts{Context: ctx.Context}, token)
		if aerr != nil || addr == (common.Address{}) {
			return fmt.Errorf("token %d is not allow-listed on this rollup", token)
		}
		l1, lerr := u.l1Client()
		if lerr != nil {
			return lerr
		}
		erc := bind.NewBoundContract(addr, erc20ABI, l1, l1, l1)
		approve, aerr := erc.Transact(opts, "approve", u.dep.NexusRollup, amount)
		if aerr != nil {
			return fmt.Errorf("approving %s: %w", addr, aerr)
		}
		if _, err := u.waitMined(approve); err != nil {
			return err
		}
		tx, err = r.DepositERC20(opts, addr, amount, pk)
	}
	if err != nil {
		return fmt.Errorf("deposit: %w", err)
	}
	rc, err := u.waitMined(tx)
	if err != nil {
		return err
	}
	fmt.Fprintf(ctx.App.Writer, "deposited %s of token %d to L2 key %#x\n  tx %s (block %d)\n"+
		"it reaches your L2 account once the sequencer includes it (after the L1 confirmation depth)\n",
		amount, token, pk, tx.Hash(), rc.BlockNumber)
	return nil
}

func bridgeBalance(ctx *cli.Context, cfg *node.Config) error {
	u, err := newUser(ctx, cfg)
	if err != nil {
		return err
	}
	defer u.close()
	w := ctx.App.Writer
	fmt.Fprintf(w, "L1 address  %s\n", u.from)
	if cfg.L1.RPC != "" {
		l1, err := u.l1Client()
		if err != nil {
			return err
		}
		bal, err := l1.BalanceAt(ctx.Context, u.from, nil)
		if err != nil {
			return err
		}
		r, _ := bindings.NewNexusRollup(u.dep.NexusRollup, l1)
		claim, err := r.Claimable(&bind.CallOpts{Context: ctx.Context}, u.from, 0)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "L1 balance  %s wei\nclaimable   %s wei (nexus bridge claim)\n", bal, claim)
	}
	acc, err := u.account()
	if err != nil {
		return err
	}
	if acc == nil {
		fmt.Fprintln(w, "L2 account  none yet (deposit with `nexus bridge deposit`)")
		return nil
	}
	fmt.Fprintf(w, "L2 account  %d (nonce %d)\n", acc.ID, acc.Nonce)
	if len(acc.Balances) == 0 {
		fmt.Fprintln(w, "L2 balance  0")
	}
	for token, b := range acc.Balances {
		fmt.Fprintf(w, "L2 balance  %s (token %d)\n", b.ToInt(), token)
	}
	if acc.EscrowGwei > 0 {
		fmt.Fprintf(w, "in escrow   %d gwei (fees of your open jobs)\n", acc.EscrowGwei)
	}
	return nil
}

func bridgeWithdraw(ctx *cli.Context, cfg *node.Config) error {
	u, err := newUser(ctx, cfg)
	if err != nil {
		return err
	}
	defer u.close()
	amount, err := parseAmount(ctx.String(amountFlag.Name))
	if err != nil {
		return err
	}
	to := u.from
	if s := ctx.String(toFlag.Name); s != "" {
		if !common.IsHexAddress(s) {
			return fmt.Errorf("--to: %q is not an address", s)
		}
		to = common.HexToAddress(s)
	}
	acc, err := u.requireAccount("deposit first")
	if err != nil {
		return err
	}
	op := &rollup.Withdraw{From: acc.ID, Token: uint16(ctx.Uint(tokenFlag.Name)), Amount: amount, To: to, Nonce: acc.NextNonce}
	id, err := u.send(op)
	if err != nil {
		return err
	}
	fmt.Fprintf(ctx.App.Writer, "withdrawal of %s (token %d) to %s sent as op %s\n", amount, op.Token, to, id)
	return u.waitIncluded(id)
}

func (u *user) send(op rollup.Op) (common.Hash, error) {
	if err := rollup.Sign(op, u.l2Key); err != nil {
		return common.Hash{}, err
	}
	raw, err := rollup.MarshalOpJSON(op)
	if err != nil {
		return common.Hash{}, err
	}
	c, err := u.sequencer()
	if err != nil {
		return common.Hash{}, err
	}
	var id common.Hash
	if err := c.CallContext(u.ctx.Context, &id, "nexus_sendOp", json.RawMessage(raw)); err != nil {
		return common.Hash{}, fmt.Errorf("sequencer refused the op: %w", err)
	}
	return id, nil
}

func (u *user) waitIncluded(id common.Hash) error {
	wait := u.ctx.Duration(waitFlag.Name)
	if wait == 0 {
		return nil
	}
	deadline := time.Now().Add(wait)
	for {
		var st sequencer.OpStatus
		if err := u.seq.CallContext(u.ctx.Context, &st, "nexus_getOpStatus", id); err != nil {
			return err
		}
		switch st.Status {
		case "included":
			fmt.Fprintf(u.ctx.App.Writer, "included in batch %d; claimable on L1 once the batch settles\n", st.Batch)
			return nil
		case "rejected":
			return fmt.Errorf("the sequencer rejected the op: %s", st.Error)
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("op %s still %s after %s", id, st.Status, wait)
		}
		select {
		case <-u.ctx.Context.Done():
			return u.ctx.Context.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

func bridgeClaim(ctx *cli.Context, cfg *node.Config) error {
	u, err := newUser(ctx, cfg)
	if err != nil {
		return err
	}
	defer u.close()
	r, err := u.rollup()
	if err != nil {
		return err
	}
	token := uint16(ctx.Uint(tokenFlag.Name))
	amount, err := r.Claimable(&bind.CallOpts{Context: ctx.Context}, u.from, token)
	if err != nil {
		return err
	}
	if amount.Sign() == 0 {
		return fmt.Errorf("nothing to claim for %s (token %d): withdrawals become claimable when their batch settles", u.from, token)
	}
	opts, err := u.transactor()
	if err != nil {
		return err
	}
	tx, err := r.ClaimWithdrawal(opts, token)
	if err != nil {
		return fmt.Errorf("claim: %w", err)
	}
	if _, err := u.waitMined(tx); err != nil {
		return err
	}
	fmt.Fprintf(ctx.App.Writer, "claimed %s of token %d (tx %s)\n", amount, token, tx.Hash())
	return nil
}

func accountShow(ctx *cli.Context, cfg *node.Config) error {
	u, err := newUser(ctx, cfg)
	if err != nil {
		return err
	}
	defer u.close()
	w := ctx.App.Writer
	pk := u.l2Key.Public().Wire()
	fmt.Fprintf(w, "L1 address  %s\nL2 key      %#x\n", u.from, pk)
	acc, err := u.account()
	if err != nil {
		fmt.Fprintf(w, "L2 account  unknown (%v)\n", err)
		return nil
	}
	if acc == nil {
		fmt.Fprintln(w, "L2 account  none yet: `nexus bridge deposit` creates it")
		return nil
	}
	fmt.Fprintf(w, "L2 account  %d\nnonce       %d", acc.ID, acc.Nonce)
	if p := acc.NextNonce - acc.Nonce; acc.NextNonce > acc.Nonce {
		fmt.Fprintf(w, " (%d op(s) pending: the next op takes nonce %d)", p, acc.NextNonce)
	}
	fmt.Fprintln(w)
	if acc.Stake.ToInt().Sign() > 0 {
		fmt.Fprintf(w, "stake       %s wei (%s locked), %d fulfilled, %d expired\n", acc.Stake.ToInt(), acc.Locked.ToInt(),
			acc.Fulfilled, acc.Expired)
	}
	return nil
}
