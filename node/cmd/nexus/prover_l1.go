package main

import (
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/urfave/cli/v2"

	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/node"
)

// Prover stake management on L1 (ProverRegistry). The prover's L2 key is the
// one derived from its Ethereum key, like every user's.

// The deployment's contracts, bound to the user's L1 client.

func (u *user) rollup() (*bindings.NexusRollup, error) {
	l1, err := u.l1Client()
	if err != nil {
		return nil, err
	}
	return bindings.NewNexusRollup(u.dep.NexusRollup, l1)
}

func (u *user) modelRegistry() (*bindings.ModelRegistry, error) {
	l1, err := u.l1Client()
	if err != nil {
		return nil, err
	}
	return bindings.NewModelRegistry(u.dep.ModelRegistry, l1)
}

func (u *user) proverRegistry() (*bindings.ProverRegistry, error) {
	l1, err := u.l1Client()
	if err != nil {
		return nil, err
	}
	return bindings.NewProverRegistry(u.dep.ProverRegistry, l1)
}

// proverTx runs one ProverRegistry transaction and waits for it.
func proverTx(ctx *cli.Context, cfg *node.Config, what string, send func(*user, *bindings.ProverRegistry, *bind.TransactOpts) (*types.Transaction, error)) error {
	u, err := newUser(ctx, cfg)
	if err != nil {
		return err
	}
	defer u.close()
	reg, err := u.proverRegistry()
	if err != nil {
		return err
	}
	opts, err := u.transactor()
	if err != nil {
		return err
	}
	tx, err := send(u, reg, opts)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if _, err := u.waitMined(tx); err != nil {
		return err
	}
	info, err := reg.ProverInfo(&bind.CallOpts{Context: ctx.Context}, u.from)
	if err != nil {
		return err
	}
	fmt.Fprintf(ctx.App.Writer, "%s: tx %s\nprover %s: stake %s wei, registered %v, unstake requested at %d, released %v\n",
		what, tx.Hash(), u.from, info.Stake, info.Registered, info.UnstakeRequestedAt, info.Released)
	return nil
}

func proverRegister(ctx *cli.Context, cfg *node.Config) error {
	amount, err := parseAmount(ctx.String(amountFlag.Name))
	if err != nil {
		return err
	}
	return proverTx(ctx, cfg, "register", func(u *user, r *bindings.ProverRegistry, o *bind.TransactOpts) (*types.Transaction, error) {
		o.Value = amount
		return r.Register(o, u.l2Key.Public().Wire())
	})
}

func proverStake(ctx *cli.Context, cfg *node.Config) error {
	amount, err := parseAmount(ctx.String(amountFlag.Name))
	if err != nil {
		return err
	}
	return proverTx(ctx, cfg, "stake", func(u *user, r *bindings.ProverRegistry, o *bind.TransactOpts) (*types.Transaction, error) {
		o.Value = amount
		return r.AddStake(o)
	})
}

func proverUnstake(ctx *cli.Context, cfg *node.Config) error {
	return proverTx(ctx, cfg, "unstake", func(u *user, r *bindings.ProverRegistry, o *bind.TransactOpts) (*types.Transaction, error) {
		return r.RequestUnstake(o)
	})
}

func proverWithdraw(ctx *cli.Context, cfg *node.Config) error {
	return proverTx(ctx, cfg, "withdraw", func(u *user, r *bindings.ProverRegistry, o *bind.TransactOpts) (*types.Transaction, error) {
		return r.WithdrawStake(o)
	})
}
