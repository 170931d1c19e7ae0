package recursion

import (
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/consensys/gnark/backend/groth16"
	groth16_bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
)

// SolidityProofSize is the length of a wrap proof as the exported verifier
// takes it: A (64) | B (128) | C (64) | commitment (64) | its proof of
// knowledge (64), uncompressed EIP-197 points, big-endian coordinates.
const SolidityProofSize = 384

// ErrNotWrap is returned for keys and proofs that are not BN254 wrap ones.
var ErrNotWrap = errors.New("not a BN254 wrap key or proof with one commitment")

// ExportSolidity writes gnark's Solidity verifier for the wrap verifying key
// (contract Verifier, pragma ^0.8.24). Its entry point
//
//	function verifyProof(bytes calldata proof, uint256[2] calldata input) public view
//
// reverts on a bad proof and returns nothing otherwise; input is
// [HeaderHi, HeaderLo]. With iface set (e.g. "IVerifier", imported from
// "./interfaces/IVerifier.sol"), the contract declares that it implements
// it: the signature is exactly contracts/src/interfaces/IVerifier.sol's.
func ExportSolidity(w io.Writer, wrapVK groth16.VerifyingKey, iface, importPath string) error {
	vk, ok := wrapVK.(*groth16_bn254.VerifyingKey)
	if !ok || len(vk.CommitmentKeys) != 1 || len(vk.G1.K) != 1+2+1 {
		return fmt.Errorf("%w: %T", ErrNotWrap, wrapVK)
	}
	opts := []solidity.ExportOption{solidity.WithPragmaVersion("^0.8.24")}
	if iface != "" {
		opts = append(opts,
			solidity.WithImport(strings.NewReader(fmt.Sprintf("import {%s} from %q;", iface, importPath))),
			solidity.WithInterface(strings.NewReader(iface)))
	}
	if err := vk.ExportSolidity(w, opts...); err != nil {
		return fmt.Errorf("export solidity: %w", err)
	}
	return nil
}

// SolidityProof returns the proof bytes the exported verifier takes.
func SolidityProof(proof groth16.Proof) ([]byte, error) {
	p, ok := proof.(*groth16_bn254.Proof)
	if !ok || len(p.Commitments) != 1 {
		return nil, fmt.Errorf("%w: %T", ErrNotWrap, proof)
	}
	b := p.MarshalSolidity()
	if len(b) != SolidityProofSize {
		return nil, fmt.Errorf("solidity proof is %d bytes, want %d", len(b), SolidityProofSize)
	}
	return b, nil
}

// SolidityInputs returns the verifier's input for a header hash:
// [hash >> 128, hash & (2^128 - 1)], as Pubdata.publicInputs computes it.
func SolidityInputs(headerHash [32]byte) [2]*big.Int {
	return [2]*big.Int{new(big.Int).SetBytes(headerHash[:16]), new(big.Int).SetBytes(headerHash[16:])}
}
