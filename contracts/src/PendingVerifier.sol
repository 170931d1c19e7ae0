// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IVerifier} from "./interfaces/IVerifier.sol";

/// @title PendingVerifier
/// @notice Stands in for the gnark-exported verifier until its setup exists: it
///         accepts no proof at all, so a rollup deployed with it takes deposits,
///         models and jobs but never settles a batch (and falls into exodus, where
///         every unconsumed deposit and L1 job is refunded).
contract PendingVerifier is IVerifier {
    /// @notice No batch verifier is deployed yet.
    error PendingVerifier_NoVerifier();

    function verifyProof(bytes calldata, uint256[2] calldata) external pure {
        revert PendingVerifier_NoVerifier();
    }
}
