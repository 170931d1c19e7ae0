// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Poseidon2} from "./Poseidon2.sol";

/// @title Commitment
/// @notice The data commitments of Nexus inference statements (DESIGN.md §3,
///         prover/statement): commit(data, salt) = Poseidon2(pack(data) ‖ salt), where
///         pack puts 31 bytes in each BLS12-377 field element, byte j of a chunk at
///         bits 8j..8j+7, and Poseidon2 is the Merkle-Damgard hash of Poseidon2.hash.
///         Pack does not encode the length: commitments compare only data of one
///         fixed length, which the model id fixes.
/// @dev    An L1 job's input is public in calldata, so its commitment takes the zero
///         salt (L1_JOB_SALT): a dApp computes it on chain, and the sequencer, which
///         reads the input from `InferenceRequested`, can give it to a prover.
library Commitment {
    /// @notice The salt of every L1 job's input commitment.
    uint256 internal constant L1_JOB_SALT = 0;

    /// @notice The BLS12-377 scalar field modulus: salts must be below it.
    uint256 internal constant FIELD_MODULUS =
        0x12ab655e9a2ca55660b44d1e5c37b00159aa76fed00000010a11800000000001;

    /// @notice Data bytes per field element (248 bits).
    uint256 internal constant BYTES_PER_ELEMENT = 31;

    /// @notice The commitment to `data` under `salt` (which must be below the field modulus).
    function commit(bytes calldata data, uint256 salt) internal pure returns (uint256) {
        uint256 n = (data.length + BYTES_PER_ELEMENT - 1) / BYTES_PER_ELEMENT;
        uint256[] memory elems = new uint256[](n + 1);
        for (uint256 i = 0; i < n; ++i) {
            uint256 start = i * BYTES_PER_ELEMENT;
            uint256 len = data.length - start;
            if (len > BYTES_PER_ELEMENT) len = BYTES_PER_ELEMENT;
            uint256 word;
            assembly ("memory-safe") {
                word := calldataload(add(data.offset, start))
            }
            // calldataload is big endian: the chunk's first byte is the word's top
            // byte. Reversed, byte j sits at bits 8j; keep the chunk's len bytes.
            elems[i] = _reverse(word) & (type(uint256).max >> (256 - 8 * len));
        }
        elems[n] = salt;
        return Poseidon2.hash(elems);
    }

    /// @dev Reverses the 32 bytes of v.
    function _reverse(uint256 v) private pure returns (uint256) {
        v = ((v >> 8) & 0x00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff)
            | ((v & 0x00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff) << 8);
        v = ((v >> 16) & 0x0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff)
            | ((v & 0x0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff) << 16);
        v = ((v >> 32) & 0x00000000ffffffff00000000ffffffff00000000ffffffff00000000ffffffff)
            | ((v & 0x00000000ffffffff00000000ffffffff00000000ffffffff00000000ffffffff) << 32);
        v = ((v >> 64) & 0x0000000000000000ffffffffffffffff0000000000000000ffffffffffffffff)
            | ((v & 0x0000000000000000ffffffffffffffff0000000000000000ffffffffffffffff) << 64);
        return (v >> 128) | (v << 128);
    }
}
