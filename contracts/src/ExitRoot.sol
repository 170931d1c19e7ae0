// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Poseidon2} from "./libraries/Poseidon2.sol";

/// @notice A settled balance and its Merkle proof against the state root
///         (rollup/state: leaf fields in Account.Hash order, siblings bottom-up).
///         `escrowGwei` is the fees of the account's L2 jobs open or locked, which
///         leave with its ETH.
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
    uint64 escrowGwei;
    uint256[] tokenSiblings;
    uint256[] accountSiblings;
    uint256 jobsRoot;
    uint256 modelsRoot;
}

/// @notice A model's unclaimed fees and their Merkle proof against the state root: the
///         model leaf (rollup/state Model.Hash order) with its siblings in the models tree,
///         and the whole leaf of its owner's account (Account.Hash order) with its
///         siblings in the accounts tree, for the owner's l1Address.
struct ModelExitProof {
    uint32 modelId;
    uint256 vkHash;
    uint32 ownerAccount;
    uint64 feeGwei;
    uint64 earnedGwei;
    uint256[] modelSiblings;
    uint256 pubKeyX;
    uint256 pubKeyY;
    address l1Address;
    uint64 nonce;
    uint256 tokenRoot;
    uint256 stake;
    uint256 locked;
    uint64 fulfilled;
    uint64 expired;
    bool exiting;
    uint64 escrowGwei;
    uint256[] accountSiblings;
    uint256 jobsRoot;
}

/// @title ExitRoot
/// @notice Folds an exodus exit proof into the state root it proves, with the
///         Poseidon2 (BLS12-377 Fr) of the Go state tree. Stateless; NexusRollup
///         deploys it and compares the result with its last settled root.
contract ExitRoot {
    /// @notice Depths of the accounts tree, of each account's token subtree and of the
    ///         models tree: the block circuit's parameters the rollup was deployed for
    ///         (DESIGN.md §3: 24, 4 and 12 in production; development circuits are
    ///         smaller). Exit proofs have exactly these.
    uint256 public immutable accountTreeDepth;
    uint256 public immutable tokenTreeDepth;
    uint256 public immutable modelTreeDepth;

    /// @notice A proof has the wrong number of siblings.
    error ExitRoot_BadProofLength(uint256 tokenSiblings, uint256 accountSiblings);
    /// @notice A model exit proof has the wrong number of siblings.
    error ExitRoot_BadModelProofLength(uint256 modelSiblings, uint256 accountSiblings);
    /// @notice Account and model ids are 32-bit and token ids below 16: depths 1..32, 1..4
    ///         and 1..32.
    error ExitRoot_BadDepth(uint256 accountTreeDepth, uint256 tokenTreeDepth, uint256 modelTreeDepth);
    /// @notice An account, token or model id does not fit its tree: folding only its low
    ///         bits would prove another leaf under a second id.
    error ExitRoot_IndexTooLarge(uint256 index);

    constructor(uint256 accountTreeDepth_, uint256 tokenTreeDepth_, uint256 modelTreeDepth_) {
        if (
            accountTreeDepth_ == 0 || accountTreeDepth_ > 32 || tokenTreeDepth_ == 0 || tokenTreeDepth_ > 4
                || modelTreeDepth_ == 0 || modelTreeDepth_ > 32
        ) {
            revert ExitRoot_BadDepth(accountTreeDepth_, tokenTreeDepth_, modelTreeDepth_);
        }
        accountTreeDepth = accountTreeDepth_;
        tokenTreeDepth = tokenTreeDepth_;
        modelTreeDepth = modelTreeDepth_;
    }

    /// @notice The state root `p` proves: token leaf -> token root -> account leaf ->
    ///         accounts root -> Poseidon2(accounts root, jobs root, models root).
    ///         Reverts (Poseidon2_NotInField) on a value that is not a field element.
    function root(ExitProof calldata p) external view returns (uint256) {
        if (p.tokenSiblings.length != tokenTreeDepth || p.accountSiblings.length != accountTreeDepth) {
            revert ExitRoot_BadProofLength(p.tokenSiblings.length, p.accountSiblings.length);
        }
        uint256 tokenRoot = _fold(p.token, p.balance, p.tokenSiblings);
        uint256 leaf = _accountLeaf(
            [
                p.pubKeyX,
                p.pubKeyY,
                uint160(p.l1Address),
                p.nonce,
                tokenRoot,
                p.stake,
                p.locked,
                p.fulfilled,
                p.expired,
                p.exiting ? 1 : 0,
                p.escrowGwei
            ]
        );
        return _stateRoot(_fold(p.accountId, leaf, p.accountSiblings), p.jobsRoot, p.modelsRoot);
    }

    /// @notice The state root `p` proves: model leaf -> models root, owner's account leaf
    ///         (at index `ownerAccount`, which the model leaf names) -> accounts root, and
    ///         Poseidon2(accounts root, jobs root, models root). The model leaf is always
    ///         hashed (Go's all-zero model is the empty leaf 0 instead: it has nothing to
    ///         exit). Reverts (Poseidon2_NotInField) on a value that is not a field element.
    function modelRoot(ModelExitProof calldata p) external view returns (uint256) {
        if (p.modelSiblings.length != modelTreeDepth || p.accountSiblings.length != accountTreeDepth) {
            revert ExitRoot_BadModelProofLength(p.modelSiblings.length, p.accountSiblings.length);
        }
        uint256[] memory m = new uint256[](4);
        m[0] = p.vkHash;
        m[1] = p.ownerAccount;
        m[2] = p.feeGwei;
        m[3] = p.earnedGwei;
        uint256 models = _fold(p.modelId, Poseidon2.hash(m), p.modelSiblings);
        uint256 leaf = _accountLeaf(
            [
                p.pubKeyX,
                p.pubKeyY,
                uint160(p.l1Address),
                p.nonce,
                p.tokenRoot,
                p.stake,
                p.locked,
                p.fulfilled,
                p.expired,
                p.exiting ? 1 : 0,
                p.escrowGwei
            ]
        );
        return _stateRoot(_fold(p.ownerAccount, leaf, p.accountSiblings), p.jobsRoot, models);
    }

    /// @dev An account's leaf: Poseidon2 of its 11 fields in Account.Hash order (pubKeyX,
    ///      pubKeyY, l1Address, nonce, tokenRoot, stake, locked, fulfilled, expired, exiting,
    ///      escrowGwei).
    function _accountLeaf(uint256[11] memory fields) internal pure returns (uint256) {
        uint256[] memory leaf = new uint256[](11);
        for (uint256 i; i < 11; i++) {
            leaf[i] = fields[i];
        }
        return Poseidon2.hash(leaf);
    }

    /// @dev rollup/keys.HashElements(accountsRoot, jobsRoot, modelsRoot).
    function _stateRoot(uint256 accounts, uint256 jobs, uint256 models) internal pure returns (uint256) {
        uint256[] memory top = new uint256[](3);
        top[0] = accounts;
        top[1] = jobs;
        top[2] = models;
        return Poseidon2.hash(top);
    }

    function _fold(uint256 index, uint256 node, uint256[] calldata siblings) internal pure returns (uint256) {
        if (index >> siblings.length != 0) revert ExitRoot_IndexTooLarge(index);
        for (uint256 i; i < siblings.length; i++) {
            node = (index >> i) & 1 == 0
                ? Poseidon2.compress(node, siblings[i])
                : Poseidon2.compress(siblings[i], node);
        }
        return node;
    }
}
