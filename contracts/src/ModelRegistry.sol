// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Owned} from "./utils/Owned.sol";
import {Pubdata} from "./libraries/Pubdata.sol";
import {INexusRollup} from "./interfaces/INexusRollup.sol";

/// @title ModelRegistry
/// @notice Models (verifying-key hash, owner, per-job fee, metadata URI). Registering
///         or updating a model is a priority op: L2's model tree follows L1.
contract ModelRegistry is Owned {
    struct Model {
        address owner;
        uint64 feeGwei;
        bytes32 vkHash;
        bytes32 ownerPubkey;
        string metadataURI;
    }

    /// @notice Longest accepted metadata URI, in bytes.
    uint256 public constant MAX_URI_LENGTH = 512;

    /// @notice The rollup, set once after deployment.
    INexusRollup public rollup;
    /// @notice Number of models registered; ids run from 1 to modelCount.
    uint32 public modelCount;

    mapping(uint32 => Model) internal models;

    event RollupSet(address indexed rollup);
    event ModelRegistered(
        uint32 indexed modelId,
        address indexed owner,
        bytes32 vkHash,
        uint64 feeGwei,
        bytes32 ownerPubkey,
        string uri
    );
    event ModelUpdated(
        uint32 indexed modelId,
        address indexed owner,
        bytes32 vkHash,
        uint64 feeGwei,
        bytes32 ownerPubkey,
        string uri
    );

    error ModelRegistry_RollupNotSet();
    error ModelRegistry_RollupAlreadySet();
    error ModelRegistry_ZeroAddress();
    error ModelRegistry_NotModelOwner(uint32 modelId, address caller);
    error ModelRegistry_UnknownModel(uint32 modelId);
    error ModelRegistry_InvalidVkHash(bytes32 vkHash);
    error ModelRegistry_InvalidPubkey(bytes32 pubkey);
    error ModelRegistry_UriTooLong(uint256 length);

    constructor(address initialOwner) Owned(initialOwner) {}

    /// @notice Sets the rollup once (the two contracts reference each other).
    function setRollup(address rollup_) external onlyOwner {
        if (address(rollup) != address(0)) revert ModelRegistry_RollupAlreadySet();
        if (rollup_ == address(0)) revert ModelRegistry_ZeroAddress();
        rollup = INexusRollup(rollup_);
        emit RollupSet(rollup_);
    }

    /// @notice Registers a model owned by the caller; model fees accrue to the L2
    ///         account of `ownerPubkey`. Returns the model id.
    function registerModel(bytes32 vkHash, uint64 feeGwei, bytes32 ownerPubkey, string calldata uri)
        external
        returns (uint32 modelId)
    {
        _check(vkHash, ownerPubkey, uri);
        INexusRollup r = _rollup();
        modelId = ++modelCount;
        models[modelId] = Model(msg.sender, feeGwei, vkHash, ownerPubkey, uri);
        emit ModelRegistered(modelId, msg.sender, vkHash, feeGwei, ownerPubkey, uri);
        r.enqueueFromRegistry(Pubdata.encodeRegisterModel(modelId, feeGwei, vkHash, ownerPubkey, msg.sender));
    }

    /// @notice Updates a model; only its owner may.
    function updateModel(
        uint32 modelId,
        bytes32 vkHash,
        uint64 feeGwei,
        bytes32 ownerPubkey,
        string calldata uri
    ) external {
        Model storage m = models[modelId];
        if (m.owner == address(0)) revert ModelRegistry_UnknownModel(modelId);
        if (m.owner != msg.sender) revert ModelRegistry_NotModelOwner(modelId, msg.sender);
        _check(vkHash, ownerPubkey, uri);
        INexusRollup r = _rollup();
        m.feeGwei = feeGwei;
        m.vkHash = vkHash;
        m.ownerPubkey = ownerPubkey;
        m.metadataURI = uri;
        emit ModelUpdated(modelId, msg.sender, vkHash, feeGwei, ownerPubkey, uri);
        r.enqueueFromRegistry(Pubdata.encodeRegisterModel(modelId, feeGwei, vkHash, ownerPubkey, msg.sender));
    }

    /// @notice The model `modelId`; reverts if unknown.
    function getModel(uint32 modelId) external view returns (Model memory) {
        Model storage m = models[modelId];
        if (m.owner == address(0)) revert ModelRegistry_UnknownModel(modelId);
        return m;
    }

    /// @notice The per-job model fee of `modelId` in gwei; reverts if unknown.
    function modelFeeGwei(uint32 modelId) external view returns (uint64) {
        Model storage m = models[modelId];
        if (m.owner == address(0)) revert ModelRegistry_UnknownModel(modelId);
        return m.feeGwei;
    }

    function _check(bytes32 vkHash, bytes32 ownerPubkey, string calldata uri) internal view {
        if (!Pubdata.isCanonical(uint256(vkHash))) revert ModelRegistry_InvalidVkHash(vkHash);
        if (!Pubdata.isValidPubkey(ownerPubkey)) revert ModelRegistry_InvalidPubkey(ownerPubkey);
        if (bytes(uri).length > MAX_URI_LENGTH) revert ModelRegistry_UriTooLong(bytes(uri).length);
    }

    function _rollup() internal view returns (INexusRollup r) {
        r = rollup;
        if (address(r) == address(0)) revert ModelRegistry_RollupNotSet();
    }
}
