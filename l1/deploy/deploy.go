// Package deploy deploys the Nexus L1 contracts through their Go bindings and
// reads and writes the deployment file that services load to find them.
package deploy

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/consensys/gnark/backend/groth16"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/l1/verifier"
)

// Backend is what Deploy needs from an L1 client (ethclient.Client and the
// simulated backend's client both satisfy it).
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.ChainIDReader
}

// Params are the deployment parameters. Zero values take DefaultParams' values
// where a default exists.
type Params struct {
	// Owner of the contracts (token allowlist, registry parameters). Zero: the deployer.
	Owner common.Address `json:"owner"`
	// Verifier is the gnark-exported batch verifier. Zero: deploy a PendingVerifier,
	// which accepts no proof (the rollup takes deposits but settles nothing).
	Verifier common.Address `json:"verifier"`
	// GenesisStateRoot is the L2 state root of batch 0 (a BLS12-377 Fr element).
	GenesisStateRoot *big.Int `json:"genesisStateRoot"`
	// PriorityDeadline is how long (seconds) the sequencer has to include a priority op.
	PriorityDeadline uint64 `json:"priorityDeadline"`
	// MinStake is the minimum prover stake in wei.
	MinStake *big.Int `json:"minStake"`
	// UnbondingDelay (seconds) must exceed MaxLockDuration.
	UnbondingDelay  uint64 `json:"unbondingDelay"`
	MaxLockDuration uint64 `json:"maxLockDuration"`
	// AccountTreeDepth, TokenTreeDepth and ModelTreeDepth are the L2 state's
	// accounts, token and models tree depths (the block circuit's
	// --state.depths), which exodus exit proofs have. Zero: the production 24,
	// 4 and 12.
	AccountTreeDepth uint8 `json:"accountTreeDepth"`
	TokenTreeDepth   uint8 `json:"tokenTreeDepth"`
	ModelTreeDepth   uint8 `json:"modelTreeDepth"`
}

// DefaultParams are devnet defaults.
func DefaultParams() Params {
	return Params{
		GenesisStateRoot: new(big.Int),
		PriorityDeadline: 3 * 24 * 3600,
		MinStake:         big.NewInt(1e18),
		UnbondingDelay:   2 * 24 * 3600,
		MaxLockDuration:  3600,
		AccountTreeDepth: 24,
		TokenTreeDepth:   4,
		ModelTreeDepth:   12,
	}
}

func (p Params) withDefaults(from common.Address) Params {
	d := DefaultParams()
	if p.Owner == (common.Address{}) {
		p.Owner = from
	}
	if p.GenesisStateRoot == nil {
		p.GenesisStateRoot = d.GenesisStateRoot
	}
	if p.PriorityDeadline == 0 {
		p.PriorityDeadline = d.PriorityDeadline
	}
	if p.MinStake == nil || p.MinStake.Sign() == 0 {
		p.MinStake = d.MinStake
	}
	if p.UnbondingDelay == 0 {
		p.UnbondingDelay = d.UnbondingDelay
	}
	if p.MaxLockDuration == 0 {
		p.MaxLockDuration = d.MaxLockDuration
	}
	if p.AccountTreeDepth == 0 {
		p.AccountTreeDepth = d.AccountTreeDepth
	}
	if p.TokenTreeDepth == 0 {
		p.TokenTreeDepth = d.TokenTreeDepth
	}
	if p.ModelTreeDepth == 0 {
		p.ModelTreeDepth = d.ModelTreeDepth
	}
	return p
}

// Check reports the first invalid parameter.
func (p Params) Check() error {
	if p.UnbondingDelay <= p.MaxLockDuration {
		return fmt.Errorf("deploy: unbonding delay %ds must exceed the max lock duration %ds", p.UnbondingDelay, p.MaxLockDuration)
	}
	if p.GenesisStateRoot == nil || p.GenesisStateRoot.Sign() < 0 || p.GenesisStateRoot.Cmp(r377) >= 0 {
		return errors.New("deploy: genesis state root must be a BLS12-377 Fr element")
	}
	if p.PriorityDeadline == 0 {
		return errors.New("deploy: priority deadline must be positive")
	}
	// Account and model ids are 32-bit, token ids below 16 (ExitRoot.sol).
	if p.AccountTreeDepth == 0 || p.AccountTreeDepth > 32 || p.TokenTreeDepth == 0 || p.TokenTreeDepth > 4 ||
		p.ModelTreeDepth == 0 || p.ModelTreeDepth > 32 {
		return fmt.Errorf("deploy: state tree depths %d/%d/%d: the accounts tree takes 1..32, the token tree 1..4, "+
			"the models tree 1..32", p.AccountTreeDepth, p.TokenTreeDepth, p.ModelTreeDepth)
	}
	return nil
}

var r377, _ = new(big.Int).SetString("12ab655e9a2ca55660b44d1e5c37b00159aa76fed00000010a11800000000001", 16)

// Deployment is the deployment file: where the contracts are and how they were made.
type Deployment struct {
	ChainID uint64 `json:"chainId"`
	// Block is the block of the first deployment transaction: log watchers start there.
	Block           uint64         `json:"block"`
	NexusRollup     common.Address `json:"nexusRollup"`
	ProverRegistry  common.Address `json:"proverRegistry"`
	ModelRegistry   common.Address `json:"modelRegistry"`
	Verifier        common.Address `json:"verifier"`
	VerifierPending bool           `json:"verifierPending"`
	Deployer        common.Address `json:"deployer"`
	Params          Params         `json:"params"`
}

// Write writes d as indented JSON to path, atomically (temp file + rename).
func (d *Deployment) Write(path string) error {
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// Read loads a deployment file.
func Read(path string) (*Deployment, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var d Deployment
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, fmt.Errorf("deploy: %s: %w", path, err)
	}
	if d.NexusRollup == (common.Address{}) || d.ProverRegistry == (common.Address{}) || d.ModelRegistry == (common.Address{}) {
		return nil, fmt.Errorf("deploy: %s: missing contract addresses", path)
	}
	return &d, nil
}

// Deploy deploys the verifier (if none is given), both registries and the
// rollup, wires the registries to the rollup, and waits for every transaction to
// succeed. opts must sign for the chain the backend serves.
func Deploy(ctx context.Context, backend Backend, opts *bind.TransactOpts, params Params) (*Deployment, error) {
	p := params.withDefaults(opts.From)
	if err := p.Check(); err != nil {
		return nil, err
	}
	chainID, err := backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("deploy: chain id: %w", err)
	}
	o := *opts
	o.Context = ctx
	d := &Deployment{ChainID: chainID.Uint64(), Deployer: opts.From, Params: p}
	step := func(what string, tx *types.Transaction, err error) error {
		if err != nil {
			return fmt.Errorf("deploy: %s: %w", what, err)
		}
		rcpt, err := bind.WaitMined(ctx, backend, tx)
		if err != nil {
			return fmt.Errorf("deploy: %s: waiting for %s: %w", what, tx.Hash(), err)
		}
		if rcpt.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("deploy: %s: transaction %s reverted", what, tx.Hash())
		}
		if d.Block == 0 {
			d.Block = rcpt.BlockNumber.Uint64()
		}
		return nil
	}

	d.Verifier = p.Verifier
	if d.Verifier == (common.Address{}) {
		addr, tx, _, err := bindings.DeployPendingVerifier(&o, backend)
		if err := step("PendingVerifier", tx, err); err != nil {
			return nil, err
		}
		d.Verifier, d.VerifierPending = addr, true
		d.Params.Verifier = addr
	}
	addr, tx, registry, err := bindings.DeployProverRegistry(&o, backend, opts.From, p.MinStake, p.UnbondingDelay, p.MaxLockDuration)
	if err := step("ProverRegistry", tx, err); err != nil {
		return nil, err
	}
	d.ProverRegistry = addr
	addr, tx, models, err := bindings.DeployModelRegistry(&o, backend, opts.From)
	if err := step("ModelRegistry", tx, err); err != nil {
		return nil, err
	}
	d.ModelRegistry = addr
	addr, tx, rollup, err := bindings.DeployNexusRollup(&o, backend, opts.From, d.Verifier, d.ProverRegistry, d.ModelRegistry, p.GenesisStateRoot, p.PriorityDeadline,
		p.AccountTreeDepth, p.TokenTreeDepth, p.ModelTreeDepth)
	if err := step("NexusRollup", tx, err); err != nil {
		return nil, err
	}
	d.NexusRollup = addr
	tx, err = registry.SetRollup(&o, d.NexusRollup)
	if err := step("ProverRegistry.setRollup", tx, err); err != nil {
		return nil, err
	}
	tx, err = models.SetRollup(&o, d.NexusRollup)
	if err := step("ModelRegistry.setRollup", tx, err); err != nil {
		return nil, err
	}
	// Hand ownership to the configured owner (two-step: they must accept).
	if p.Owner != opts.From {
		for _, c := range []struct {
			name string
			fn   func(*bind.TransactOpts, common.Address) (*types.Transaction, error)
		}{
			{"NexusRollup.transferOwnership", rollup.TransferOwnership},
			{"ProverRegistry.transferOwnership", registry.TransferOwnership},
			{"ModelRegistry.transferOwnership", models.TransferOwnership},
		} {
			tx, err := c.fn(&o, p.Owner)
			if err := step(c.name, tx, err); err != nil {
				return nil, err
			}
		}
	}
	return d, nil
}

// DeployVerifier deploys the batch verifier for the wrap verifying key vk
// (the template bytecode linked to vk by l1/verifier) and waits for it. Pass
// the address as Params.Verifier.
func DeployVerifier(ctx context.Context, backend Backend, opts *bind.TransactOpts, vk groth16.VerifyingKey) (common.Address, error) {
	tmpl, err := hex.DecodeString(strings.TrimPrefix(bindings.VerifierMetaData.Bin, "0x"))
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy: verifier template: %w", err)
	}
	code, err := verifier.Link(tmpl, vk)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy: %w", err)
	}
	abi, err := bindings.VerifierMetaData.GetAbi()
	if err != nil {
		return common.Address{}, err
	}
	o := *opts
	o.Context = ctx
	addr, tx, _, err := bind.DeployContract(&o, *abi, code, backend)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy: Verifier: %w", err)
	}
	rcpt, err := bind.WaitMined(ctx, backend, tx)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy: Verifier: waiting for %s: %w", tx.Hash(), err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return common.Address{}, fmt.Errorf("deploy: Verifier: transaction %s reverted", tx.Hash())
	}
	return addr, nil
}

// DeployVerifierSlot deploys a VerifierSlot owned by opts.From and waits for
// it: a batch verifier that its owner sets once, later (SetVerifier). Pass
// its address as Params.Verifier to deploy a rollup before its wrap key
// exists (nexus devnet does).
func DeployVerifierSlot(ctx context.Context, backend Backend, opts *bind.TransactOpts) (common.Address, error) {
	o := *opts
	o.Context = ctx
	addr, tx, _, err := bindings.DeployVerifierSlot(&o, backend, opts.From)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy: VerifierSlot: %w", err)
	}
	if err := waitSuccess(ctx, backend, tx, "VerifierSlot"); err != nil {
		return common.Address{}, err
	}
	return addr, nil
}

// SetVerifier sets the batch verifier of the VerifierSlot at slot (once; opts
// must sign for its owner) and waits for it.
func SetVerifier(ctx context.Context, backend Backend, opts *bind.TransactOpts, slot, verifier common.Address) error {
	s, err := bindings.NewVerifierSlot(slot, backend)
	if err != nil {
		return err
	}
	o := *opts
	o.Context = ctx
	tx, err := s.SetVerifier(&o, verifier)
	if err != nil {
		return fmt.Errorf("deploy: VerifierSlot.setVerifier: %w", err)
	}
	return waitSuccess(ctx, backend, tx, "VerifierSlot.setVerifier")
}

func waitSuccess(ctx context.Context, backend Backend, tx *types.Transaction, what string) error {
	rcpt, err := bind.WaitMined(ctx, backend, tx)
	if err != nil {
		return fmt.Errorf("deploy: %s: waiting for %s: %w", what, tx.Hash(), err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("deploy: %s: transaction %s reverted", what, tx.Hash())
	}
	return nil
}
