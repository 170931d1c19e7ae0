package verifier

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

// ExportSolidity writes gnark's Solidity verifier for the wrap verifying key
// (contract Verifier, pragma ^0.8.24). Its entry point
//
//	function verifyProof(bytes calldata proof, uint256[2] calldata input) public view
//
// reverts on a bad proof and returns nothing otherwise; input is
// [HeaderHi, HeaderLo]. verifyProof makes one 5-pair pairing check where
// gnark makes a 2-pair and a 4-pair one (see foldCommitmentCheck), which
// needs the key's commitment point G to be [δ]₂ as internal/devsetup makes
// it: another key gets ErrCommitmentG. With iface set (e.g. "IVerifier", imported from
// "./interfaces/IVerifier.sol"), the contract declares that it implements
// it: the signature is exactly contracts/src/interfaces/IVerifier.sol's.
func ExportSolidity(w io.Writer, wrapVK groth16.VerifyingKey, iface, importPath string) error {
	if err := checkCommitmentG(wrapVK); err != nil {
		return err
	}
	return exportSolidity(w, wrapVK, iface, importPath)
}

// ErrCommitmentG is returned for a wrap key whose commitment's G2 point is
// not [δ]₂: the exported verifier would refuse its proofs.
var ErrCommitmentG = errors.New("verifier: the wrap key's commitment point G is not [δ]₂ " +
	"(a key of an older setup or of gnark's groth16.Setup: set it up again with nexus setup --wrap)")

// checkCommitmentG checks that vk is a wrap key whose commitment's G is
// [δ]₂, which foldCommitmentCheck's merged pair requires.
func checkCommitmentG(wrapVK groth16.VerifyingKey) error {
	vk, ok := wrapVK.(*groth16_bn254.VerifyingKey)
	if !ok || len(vk.CommitmentKeys) != 1 {
		return fmt.Errorf("%w: %T", ErrNotWrap, wrapVK)
	}
	if !vk.CommitmentKeys[0].G.Equal(&vk.G2.Delta) {
		return ErrCommitmentG
	}
	return nil
}

// exportSolidity is ExportSolidity without the check of G, for the
// template key, whose constants are distinct placeholders.
func exportSolidity(w io.Writer, wrapVK groth16.VerifyingKey, iface, importPath string) error {
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
	var src strings.Builder
	if err := vk.ExportSolidity(&src, opts...); err != nil {
		return fmt.Errorf("export solidity: %w", err)
	}
	out, err := foldCommitmentCheck(src.String())
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, out)
	return err
}

// foldCommitmentCheck rewrites verifyProof of gnark's exported verifier so
// that it makes one 5-pair pairing check instead of a 2-pair and a 4-pair
// one. gnark checks the commitment's proof of knowledge,
// e(D, −σG)·e(PoK, G) = 1, with a pairing call of its own, then the Groth16
// equation X = e(A, B)·e(C, −δ)·e(α, −β)·e(L, −γ) = 1. The rewrite checks
//
//	X · (e(D, −σG)·e(PoK, G))^ρ = 1,  ρ = keccak256(proof ‖ input) mod r,
//
// and, because the wrap key's G is δ (internal/devsetup; Link and
// ExportSolidity refuse a key whose G is not), pairs e(C, −δ)·e(ρ·PoK, δ)
// as the one pair e(C − ρ·PoK, −δ): two ECMULs and an ECADD (12,150 gas)
// instead of a second pairing call (45,000 + 2 × 34,000). Both factors are
// in the order-r subgroup of GT, and ρ is drawn by Fiat–Shamir after
// everything they depend on (the proof, the commitment, the inputs; the key
// is a constant), so a false X or a false proof of knowledge passes with
// probability at most 1/r; merging the two pairs on δ is bilinearity, not
// a further check. Any other source (a new gnark) is refused.
// verifyCompressedProof is left as gnark writes it.
func foldCommitmentCheck(src string) (string, error) {
	const marker = "/// Verify an uncompressed Groth16 proof."
	i := strings.Index(src, marker)
	if i < 0 || strings.Count(src, marker) != 1 {
		return "", errors.New("export solidity: verifyProof not found in gnark's verifier (gnark changed: review foldCommitmentCheck)")
	}
	head, tail := src[:i], src[i:]
	for _, r := range [][2]string{
		{`        // Verify pedersen commitments
        bool success;
        assembly ("memory-safe") {
            let f := mload(0x40)

            calldatacopy(f, add(proof.offset, 0x100), 0x40) // Copy first commitment
            mstore(add(f, 0x40), PEDERSEN_GSIGMANEG_X_1)
            mstore(add(f, 0x60), PEDERSEN_GSIGMANEG_X_0)
            mstore(add(f, 0x80), PEDERSEN_GSIGMANEG_Y_1)
            mstore(add(f, 0xa0), PEDERSEN_GSIGMANEG_Y_0)
            calldatacopy(add(f, 0xc0), add(proof.offset, 0x140), 0x40) // Copy PoK
            mstore(add(f, 0x100), PEDERSEN_G_X_1)
            mstore(add(f, 0x120), PEDERSEN_G_X_0)
            mstore(add(f, 0x140), PEDERSEN_G_Y_1)
            mstore(add(f, 0x160), PEDERSEN_G_Y_0)

            success := staticcall(gas(), PRECOMPILE_VERIFY, f, 0x180, f, 0x20)
            success := and(success, mload(f))
        }
        if (!success) {
            revert CommitmentInvalid();
        }
`, `        // The commitment's proof of knowledge is checked in the one pairing
        // check below, folded in with the challenge rho, and with G = δ its
        // pair merges with C's (Nexus: see l1/verifier.foldCommitmentCheck).
        // A commitment or proof of knowledge off the curve fails its ECMUL
        // here, C off the curve its ECADD.
        bool success;
        uint256[4] memory folded; // rho·D, C − rho·PoK
        {
            uint256 rho = uint256(keccak256(abi.encodePacked(proof, input))) % R;
            assembly ("memory-safe") {
                let f := mload(0x40)
                calldatacopy(f, add(proof.offset, 0x100), 0x40)
                mstore(add(f, 0x40), rho)
                success := staticcall(gas(), PRECOMPILE_MUL, f, 0x60, folded, 0x40)
                calldatacopy(f, add(proof.offset, 0x140), 0x40)
                mstore(add(f, 0x40), sub(R, rho))
                success := and(success, staticcall(gas(), PRECOMPILE_MUL, f, 0x60, add(folded, 0x40), 0x40))
            }
        }
        if (!success) {
            revert CommitmentInvalid();
        }
        assembly ("memory-safe") {
            let f := mload(0x40)
            calldatacopy(f, add(proof.offset, 0xc0), 0x40)
            mstore(add(f, 0x40), mload(add(folded, 0x40)))
            mstore(add(f, 0x60), mload(add(folded, 0x60)))
            success := staticcall(gas(), PRECOMPILE_ADD, f, 0x80, add(folded, 0x40), 0x40)
        }
        if (!success) {
            revert ProofInvalid();
        }
`},
		{`            calldatacopy(f, proof.offset, 0x100)
`, `            calldatacopy(f, proof.offset, 0xc0)
            mstore(add(f, 0xc0), mload(add(folded, 0x40))) // C − rho·PoK
            mstore(add(f, 0xe0), mload(add(folded, 0x60)))
`},
		{`            // Check pairing equation.
            success := staticcall(gas(), PRECOMPILE_VERIFY, f, 0x300, f, 0x20)
`, `            // e(rho·D, -σG): the rest of the commitment's proof of knowledge.
            mstore(add(f, 0x300), mload(folded))
            mstore(add(f, 0x320), mload(add(folded, 0x20)))
            mstore(add(f, 0x340), PEDERSEN_GSIGMANEG_X_1)
            mstore(add(f, 0x360), PEDERSEN_GSIGMANEG_X_0)
            mstore(add(f, 0x380), PEDERSEN_GSIGMANEG_Y_1)
            mstore(add(f, 0x3a0), PEDERSEN_GSIGMANEG_Y_0)

            // Check the folded pairing equation.
            success := staticcall(gas(), PRECOMPILE_VERIFY, f, 0x3c0, f, 0x20)
`},
	} {
		if strings.Count(tail, r[0]) != 1 {
			return "", fmt.Errorf("export solidity: verifyProof of gnark's verifier is not as expected (gnark changed: review foldCommitmentCheck): %.60q", r[0])
		}
		tail = strings.Replace(tail, r[0], r[1], 1)
	}
	return head + tail, nil
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
