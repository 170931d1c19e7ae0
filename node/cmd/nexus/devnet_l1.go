package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/nexus-rollup/nexus/l1/devchain"
)

// devnetL1GasLimit is the embedded L1's block gas limit: room for the
// verifier's deployment and a settlement next to the users' transactions.
const devnetL1GasLimit = 60_000_000

// startEmbeddedL1 starts the devnet's own L1 (l1/devchain) on addr, HTTP
// and WebSocket, mined every blockTime, with 10,000 ETH for each funded key.
func startEmbeddedL1(ctx context.Context, addr string, blockTime time.Duration, funded ...*ecdsa.PrivateKey) (*devchain.Chain, error) {
	alloc := types.GenesisAlloc{}
	for _, k := range funded {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))}
	}
	c, err := devchain.Start(ctx, devchain.Config{Addr: addr, BlockTime: blockTime, GasLimit: devnetL1GasLimit, Alloc: alloc})
	if err != nil {
		return nil, fmt.Errorf("embedded L1 (--devnet.l1-addr): %w", err)
	}
	return c, nil
}
