// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Poseidon2} from "./libraries/Poseidon2.sol";

/// @notice A settled balance and its Merkle proof against the state root
///         (rollup/state: leaf fields in Account.Hash order, siblings bottom-up).
struct ExitProof {
    uint32 accountId;
    uint16 token;
    uint256 balance;
    uint256 pubKeyX;
    uint256 pubKeyY;
    address l1Address;
    uint64 nonce;
    uint256 stake;
    uint256 locked;
    uint64 fulfilled;
    uint64 expired;
    bool exiting;
    uint256[] tokenSiblings;
    uint256[] accountSiblings;
    uint256 jobsRoot;
    uint256 modelsRoot;
}

/// @title ExitRoot
/// @notice Folds an exodus exit proof into the state root it proves, with the
///         Poseidon2 (BLS12-377 Fr) of the Go state tree. Stateless; NexusRollup
///         deploys it and compares the result with its last settled root.
contract ExitRoot {
    /// @notice Depths of the accounts tree and of each account's token subtree: the block
    ///         circuit's parameters the rollup was deployed for (DESIGN.md §3: 24 and 4 in
    ///         production; development circuits are smaller). Exit proofs have exactly these.
    uint256 public immutable accountTreeDepth;
    uint256 public immutable tokenTreeDepth;

    /// @notice A proof has the wrong number of siblings.
    error ExitRoot_BadProofLength(uint256 tokenSiblings, uint256 accountSiblings);
    /// @notice Account ids are 32-bit and token ids below 16: depths 1..32 and 1..4.
    error ExitRoot_BadDepth(uint256 accountTreeDepth, uint256 tokenTreeDepth);

    constructor(uint256 accountTreeDepth_, uint256 tokenTreeDepth_) {
        if (accountTreeDepth_ == 0 || accountTreeDepth_ > 32 || tokenTreeDepth_ == 0 || tokenTreeDepth_ > 4) {
            revert ExitRoot_BadDepth(accountTreeDepth_, tokenTreeDepth_);
        }
        accountTreeDepth = accountTreeDepth_;
        tokenTreeDepth = tokenTreeDepth_;
    }

    /// @notice The state root `p` proves: token leaf -> token root -> account leaf ->
    ///         accounts root -> Poseidon2(accounts root, jobs root, models root).
    ///         Reverts (Poseidon2_NotInField) on a value that is not a field element.
    function root(ExitProof calldata p) external view returns (uint256) {
        if (p.tokenSiblings.length != tokenTreeDepth || p.accountSiblings.length != accountTreeDepth) {
            revert ExitRoot_BadProofLength(p.tokenSiblings.length, p.accountSiblings.length);
        }
        uint256 tokenRoot = _fold(p.token, p.balance, p.tokenSiblings);
        uint256[] memory leaf = new uint256[](10);
        leaf[0] = p.pubKeyX;
        leaf[1] = p.pubKeyY;
        leaf[2] = uint160(p.l1Address);
        leaf[3] = p.nonce;
        leaf[4] = tokenRoot;
        leaf[5] = p.stake;
        leaf[6] = p.locked;
        leaf[7] = p.fulfilled;
        leaf[8] = p.expired;
        leaf[9] = p.exiting ? 1 : 0;
        uint256[] memory top = new uint256[](3);
        top[0] = _fold(p.accountId, Poseidon2.hash(leaf), p.accountSiblings);
        top[1] = p.jobsRoot;
        top[2] = p.modelsRoot;
        return Poseidon2.hash(top);
    }

    function _fold(uint256 index, uint256 node, uint256[] calldata siblings) internal pure returns (uint256) {
        for (uint256 i; i < siblings.length; i++) {
            node = (index >> i) & 1 == 0
                ? Poseidon2.compress(node, siblings[i])
                : Poseidon2.compress(siblings[i], node);
        }
        return node;
    }
}
