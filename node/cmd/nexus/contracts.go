package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/nexus-rollup/nexus/aggregator"
	"github.com/nexus-rollup/nexus/l1/deploy"
	"github.com/nexus-rollup/nexus/node"
	"github.com/nexus-rollup/nexus/rollup/state"
)

var contractsCommand = &cli.Command{
	Name:  "contracts",
	Usage: "Deploy and inspect the L1 contracts",
	Subcommands: []*cli.Command{
		{
			Name:  "deploy",
			Usage: "Deploy NexusRollup, ProverRegistry, ModelRegistry and the verifier to L1",
			Description: "Deploys every contract to the chain at --l1.rpc, signing with --keystore (or --key\n" +
				"for development), and writes a deployment file with the addresses, chain id and\n" +
				"deployment block. The genesis root is the empty state's at --state.depths. With\n" +
				"--deploy.link-verifier the batch verifier is contracts/src/Verifier.sol linked to the\n" +
				"wrap key of `nexus setup --wrap` (same circuit flags); without it, or --deploy.verifier,\n" +
				"a PendingVerifier that accepts no proof.",
			Flags:  withFlags(l1Flags, signerFlags, deployFlags, circuitFlags),
			Action: action(contractsDeploy),
		},
	},
}

func contractsDeploy(ctx *cli.Context, cfg *node.Config) error {
	params, err := deployParams(ctx, cfg)
	if err != nil {
		return err
	}
	key, err := loadSigningKey(ctx)
	if err != nil {
		return err
	}
	out := ctx.Path(deployOutFlag.Name)
	if out == "" {
		out = filepath.Join(cfg.DataDir, "deployment.json")
	}

	client, chainID, err := dialL1(ctx.Context, cfg, "contracts deploy")
	if err != nil {
		return err
	}
	defer client.Close()
	opts, err := bind.NewKeyedTransactorWithChainID(key, chainID)
	if err != nil {
		return err
	}
	var keys *aggregator.Keys
	if ctx.Bool(deployLinkVerifierFlag.Name) {
		bp, err := blockParams(cfg, params.MaxLockDuration)
		if err != nil {
			return err
		}
		if keys, err = aggregator.Setup(bp, keysDir(ctx, cfg), ctx.App.ErrWriter, false, true); err != nil {
			return fmt.Errorf("contracts deploy: the wrap key of %s: %w (run `nexus setup --wrap` with the same "+
				"--state.depths and --block.* flags)", bp, err)
		}
	}
	// Six to ten transactions, each waited for. The deadline starts after the
	// wrap key setup, which takes minutes (more on a busy machine).
	dctx, cancel := context.WithTimeout(ctx.Context, 10*cfg.L1.Timeout.Std())
	defer cancel()
	if keys != nil {
		if params.Verifier, err = deploy.DeployVerifier(dctx, client, opts, keys.Wrap.VK); err != nil {
			return err
		}
	}
	d, err := deploy.Deploy(dctx, client, opts, params)
	if err != nil {
		return err
	}
	if err := d.Write(out); err != nil {
		return fmt.Errorf("contracts deploy: writing %s: %w", out, err)
	}
	w := ctx.App.Writer
	fmt.Fprintf(w, "deployed to chain %d at block %d by %s\n", d.ChainID, d.Block, d.Deployer)
	fmt.Fprintf(w, "  NexusRollup     %s\n  ProverRegistry  %s\n  ModelRegistry   %s\n  Verifier        %s", d.NexusRollup, d.ProverRegistry, d.ModelRegistry, d.Verifier)
	if d.VerifierPending {
		fmt.Fprint(w, " (PendingVerifier: accepts no proof until the real verifier is deployed)")
	}
	fmt.Fprintf(w, "\nwrote %s\n", out)
	return nil
}

func deployParams(ctx *cli.Context, cfg *node.Config) (deploy.Params, error) {
	p := deploy.DefaultParams()
	var err error
	if s := ctx.String(deployVerifierFlag.Name); s != "" {
		if ctx.Bool(deployLinkVerifierFlag.Name) {
			return p, errors.New("--deploy.verifier and --deploy.link-verifier exclude each other")
		}
		if p.Verifier, err = parseAddress("--deploy.verifier", s); err != nil {
			return p, err
		}
	}
	if s := ctx.String(deployOwnerFlag.Name); s != "" {
		if p.Owner, err = parseAddress("--deploy.owner", s); err != nil {
			return p, err
		}
	}
	// Exit proofs have the depths of the block circuit's state trees.
	sp, err := node.ParseDepths(cfg.Circuit.StateDepths)
	if err != nil {
		return p, fmt.Errorf("--%s: %w", stateDepthsFlag.Name, err)
	}
	p.AccountTreeDepth, p.TokenTreeDepth, p.ModelTreeDepth = uint8(sp.AccountDepth), uint8(sp.TokenDepth),
		uint8(sp.ModelDepth)
	if s := ctx.String(deployGenesisRootFlag.Name); s != "" {
		if p.GenesisStateRoot, err = parseBig("--deploy.genesis-root", s); err != nil {
			return p, err
		}
	} else {
		// The root the sequencer starts from: an empty state at --state.depths.
		root, err := state.EmptyRoot(sp)
		if err != nil {
			return p, err
		}
		p.GenesisStateRoot = root.BigInt(new(big.Int))
	}
	if p.MinStake, err = parseBig("--deploy.min-stake", ctx.String(deployMinStakeFlag.Name)); err != nil {
		return p, err
	}
	p.PriorityDeadline = uint64(ctx.Duration(deployPriorityDeadlineFlag.Name) / time.Second)
	p.UnbondingDelay = uint64(ctx.Duration(deployUnbondingFlag.Name) / time.Second)
	p.MaxLockDuration = uint64(ctx.Duration(deployMaxLockFlag.Name) / time.Second)
	if p.MinStake.Sign() <= 0 {
		return p, errors.New("--deploy.min-stake must be positive")
	}
	return p, p.Check()
}

func parseAddress(flag, s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%s: %q is not an address", flag, s)
	}
	return common.HexToAddress(s), nil
}

func parseBig(flag, s string) (*big.Int, error) {
	v, ok := new(big.Int).SetString(s, 0)
	if !ok || v.Sign() < 0 {
		return nil, fmt.Errorf("%s: %q is not a non-negative integer", flag, s)
	}
	return v, nil
}

// loadSigningKey reads the L1 key from --keystore (+ --password or a terminal
// prompt) or, for development, from --key.
func loadSigningKey(ctx *cli.Context) (*ecdsa.PrivateKey, error) {
	hexKey, ksPath := ctx.String(keyFlag.Name), ctx.Path(keystoreFlag.Name)
	switch {
	case hexKey != "" && ksPath != "":
		return nil, errors.New("give either --key or --keystore, not both")
	case hexKey != "":
		k, err := crypto.HexToECDSA(strings.TrimPrefix(hexKey, "0x"))
		if err != nil {
			return nil, fmt.Errorf("--key: %w", err)
		}
		return k, nil
	case ksPath != "":
		blob, err := os.ReadFile(ksPath)
		if err != nil {
			return nil, fmt.Errorf("--keystore: %w", err)
		}
		pass, err := keystorePassword(ctx)
		if err != nil {
			return nil, err
		}
		k, err := keystore.DecryptKey(blob, pass)
		if err != nil {
			return nil, fmt.Errorf("--keystore %s: %w", ksPath, err)
		}
		return k.PrivateKey, nil
	default:
		return nil, errors.New("a signing key is required: --keystore FILE (or --key HEX for development)")
	}
}

func keystorePassword(ctx *cli.Context) (string, error) {
	if path := ctx.Path(passwordFileFlag.Name); path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return "", fmt.Errorf("--password: %w", err)
		}
		return strings.TrimRight(string(b), "\r\n"), nil
	}
	fd := int(os.Stdin.Fd())
	if !term.IsTerminal(fd) {
		return "", errors.New("--password FILE is required when stdin is not a terminal")
	}
	fmt.Fprint(ctx.App.ErrWriter, "Keystore password: ")
	b, err := term.ReadPassword(fd)
	fmt.Fprintln(ctx.App.ErrWriter)
	if err != nil {
		return "", err
	}
	return string(b), nil
}
