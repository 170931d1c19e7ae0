// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Owned
/// @notice Two-step ownership: the owner proposes a successor, who must accept.
///         A typo in an address can therefore never lock the contract's admin
///         functions (the token allowlist, parameters) away for good.
abstract contract Owned {
    /// @notice The current owner.
    address public owner;
    /// @notice The proposed owner, or zero if no transfer is pending.
    address public pendingOwner;

    /// @notice Emitted when ownership changes, including at construction.
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
    /// @notice Emitted when the owner proposes a new owner.
    event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner);

    /// @notice The caller is not the owner.
    error Owned_NotOwner(address caller);
    /// @notice The caller is not the pending owner.
    error Owned_NotPendingOwner(address caller);
    /// @notice The zero address cannot own the contract.
    error Owned_ZeroAddress();

    modifier onlyOwner() {
        if (msg.sender != owner) revert Owned_NotOwner(msg.sender);
        _;
    }

    constructor(address initialOwner) {
        if (initialOwner == address(0)) revert Owned_ZeroAddress();
        owner = initialOwner;
        emit OwnershipTransferred(address(0), initialOwner);
    }

    /// @notice Proposes `newOwner`; ownership moves only when they accept.
    ///         Proposing the zero address cancels a pending transfer.
    function transferOwnership(address newOwner) external onlyOwner {
        pendingOwner = newOwner;
        emit OwnershipTransferStarted(owner, newOwner);
    }

    /// @notice Accepts a pending ownership transfer.
    function acceptOwnership() external {
        if (msg.sender != pendingOwner || msg.sender == address(0)) revert Owned_NotPendingOwner(msg.sender);
        address previous = owner;
        owner = msg.sender;
        pendingOwner = address(0);
        emit OwnershipTransferred(previous, msg.sender);
    }
}
