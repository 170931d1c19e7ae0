// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IVerifier
/// @notice The batch proof verifier called by NexusRollup. The implementation is
///         exported by gnark from the wrap circuit (Groth16 over BN254) and never
///         edited by hand; its signature is exactly gnark's export for two public
///         inputs, the halves of the batch header hash (docs/protocol.md §4).
/// @dev gnark's exported verifier reverts on an invalid proof instead of returning
///      false, so callers must not rely on a boolean result.
interface IVerifier {
    /// @notice Verifies a serialized Groth16 proof against the batch header's public inputs.
    /// @param proof  The proof bytes as serialized by gnark (with the commitment and its PoK).
    /// @param input  The public inputs, each below 2^128 (so below the BN254 scalar field modulus).
    function verifyProof(bytes calldata proof, uint256[2] calldata input) external view;
}
