// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IVerifier} from "../../src/interfaces/IVerifier.sol";

/// @title FixtureVerifier
/// @notice TEST ONLY. Accepts exactly one (proof, inputs) pair, the one the test armed
///         it with, and reverts on everything else, like gnark's verifier does on a
///         bad proof. It lives under contracts/test so it can never be deployed by the
///         deploy tooling (which only sees contracts/src).
contract FixtureVerifier is IVerifier {
    bytes32 public proofHash;
    uint256[2] public inputs;
    bool public armed;

    error FixtureVerifier_Rejected();

    /// @notice Arms the verifier with the single pair it will accept.
    function expect(bytes calldata proof, uint256[2] calldata input) external {
        proofHash = keccak256(proof);
        inputs = input;
        armed = true;
    }

    function verifyProof(bytes calldata proof, uint256[2] calldata input) external view {
        if (!armed || keccak256(proof) != proofHash || input[0] != inputs[0] || input[1] != inputs[1]) {
            revert FixtureVerifier_Rejected();
        }
    }
}
