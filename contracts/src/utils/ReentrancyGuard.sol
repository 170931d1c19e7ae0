// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title ReentrancyGuard
/// @notice A lock in transient storage (EIP-1153): cheap, and cleared at the end of
///         every transaction even if a call reverts half-way.
abstract contract ReentrancyGuard {
    /// @notice A guarded function was entered again before it returned.
    error ReentrancyGuard_Reentered();

    // keccak256("nexus.reentrancy.lock")
    bytes32 private constant LOCK_SLOT = 0x39315daf0b79289ca402d942eb10a25db98c2da4602c3eec6c5b3947560a6d72;

    modifier nonReentrant() {
        bool locked;
        assembly {
            locked := tload(LOCK_SLOT)
        }
        if (locked) revert ReentrancyGuard_Reentered();
        assembly {
            tstore(LOCK_SLOT, 1)
        }
        _;
        assembly {
            tstore(LOCK_SLOT, 0)
        }
    }
}
