// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title INexusRollup
/// @notice What the registries need from the rollup: to queue their priority ops
///         and to know whether exodus mode is active.
interface INexusRollup {
    /// @notice Queues a priority op given its L1 encoding; only the registries may,
    ///         and only for their own op types.
    function enqueueFromRegistry(bytes calldata enc) external returns (uint256 index);

    /// @notice Whether exodus mode is active.
    function exodusMode() external view returns (bool);
}
