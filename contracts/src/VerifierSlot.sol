// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IVerifier} from "./interfaces/IVerifier.sol";

/// @title VerifierSlot
/// @notice A batch verifier that its owner sets once, after deployment. `nexus devnet`
///         deploys its rollup against a slot so that jobs are served from the first
///         second while the wrap key is still being set up; when the key exists it
///         deploys the linked Verifier and sets it here, and every batch sealed
///         meanwhile settles in order. Until then the slot accepts no proof.
///         Trust: the owner chooses the verifier, once. A deployment whose verifier
///         must not depend on anyone links it at deployment instead
///         (`nexus contracts deploy --deploy.link-verifier`).
contract VerifierSlot is IVerifier {
    /// @notice The only account that may set the verifier.
    address public immutable owner;
    /// @notice The verifier every proof is forwarded to; zero until set.
    IVerifier public verifier;

    /// @notice The verifier was set (once).
    event VerifierSet(address indexed verifier);

    error VerifierSlot_ZeroOwner();
    error VerifierSlot_NotOwner(address caller);
    error VerifierSlot_AlreadySet(address verifier);
    error VerifierSlot_NoCode(address verifier);
    /// @notice No verifier is set yet: no batch settles.
    error VerifierSlot_NoVerifier();

    constructor(address owner_) {
        if (owner_ == address(0)) revert VerifierSlot_ZeroOwner();
        owner = owner_;
    }

    /// @notice Sets the verifier. Only the owner, only once, only a contract.
    function setVerifier(IVerifier verifier_) external {
        if (msg.sender != owner) revert VerifierSlot_NotOwner(msg.sender);
        if (address(verifier) != address(0)) revert VerifierSlot_AlreadySet(address(verifier));
        if (address(verifier_).code.length == 0) revert VerifierSlot_NoCode(address(verifier_));
        verifier = verifier_;
        emit VerifierSet(address(verifier_));
    }

    /// @inheritdoc IVerifier
    function verifyProof(bytes calldata proof, uint256[2] calldata input) external view {
        IVerifier v = verifier;
        if (address(v) == address(0)) revert VerifierSlot_NoVerifier();
        v.verifyProof(proof, input);
    }
}
