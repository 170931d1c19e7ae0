// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice The batch header of docs/protocol.md §4.
struct BatchHeader {
    uint64 batchNumber;
    uint64 timestamp;
    uint64 priorityOpsConsumed;
    uint256 prevStateRoot;
    uint256 newStateRoot;
    bytes32 priorityHashBefore;
    bytes32 priorityHashAfter;
    bytes32 pubdataHash;
}

/// @title Pubdata
/// @notice Encoding and decoding of the wire formats of docs/protocol.md: op
///         layouts in 9-byte chunks, priority-op L1 encodings, the batch header
///         and its two public inputs. All integers are big-endian.
library Pubdata {
    /// @notice BLS12-377 scalar field modulus: roots, commitments and VK hashes are below it.
    uint256 internal constant R377 = 0x12ab655e9a2ca55660b44d1e5c37b00159aa76fed00000010a11800000000001;
    uint256 internal constant CHUNK = 9;
    uint256 internal constant JOBS_ROOT_SIZE = 32;
    uint256 internal constant L1_JOB_BIT = 1 << 31;
    uint256 internal constant SLASH_REQUESTER_BPS = 5000;

    uint8 internal constant OP_DEPOSIT = 0x01;
    uint8 internal constant OP_REGISTER_MODEL = 0x02;
    uint8 internal constant OP_PROVER_STAKE = 0x03;
    uint8 internal constant OP_PROVER_UNSTAKE_REQUEST = 0x04;
    uint8 internal constant OP_L1_JOB = 0x05;
    uint8 internal constant OP_FORCED_EXIT = 0x06;
    uint8 internal constant OP_TRANSFER = 0x10;
    uint8 internal constant OP_WITHDRAW = 0x11;
    uint8 internal constant OP_SUBMIT_JOB = 0x12;
    uint8 internal constant OP_LOCK_JOB = 0x13;
    uint8 internal constant OP_FULFILL_JOB = 0x14;
    uint8 internal constant OP_FULFILL_L1_JOB = 0x15;
    uint8 internal constant OP_CANCEL_JOB = 0x16;
    uint8 internal constant OP_CLAIM_MODEL_FEES = 0x17;
    uint8 internal constant OP_EXPIRE_JOB = 0x20;
    uint8 internal constant OP_PROVER_RELEASE = 0x21;

    // Chunks per op type: byte t of CHUNKS_0 for types 0x00..0x1f, byte (t - 0x20)
    // of CHUNKS_1 for 0x20..0x3f; 0 marks an invalid type (Noop included: L1
    // never receives padding).
    uint256 internal constant CHUNKS_0 = 0x00090c0907060500000000000000000003050302010501010000000000000000;
    uint256 internal constant CHUNKS_1 = 0x0503000000000000000000000000000000000000000000000000000000000000;

    /// @notice Number of chunks op type `t` occupies, or 0 if `t` is not a valid op type.
    function chunksOf(uint256 t) internal pure returns (uint256 c) {
        assembly {
            switch lt(t, 0x20)
            case 1 { c := byte(t, CHUNKS_0) }
            default { if lt(t, 0x40) { c := byte(sub(t, 0x20), CHUNKS_1) } }
        }
    }

    /// @notice Whether `t` is a priority op type.
    function isPriority(uint256 t) internal pure returns (bool) {
        return t >= OP_DEPOSIT && t <= OP_FORCED_EXIT;
    }

    /// @notice Reads `width` (<= 32) big-endian bytes of `data` at `off` as an unsigned integer.
    function readUint(bytes calldata data, uint256 off, uint256 width) internal pure returns (uint256 v) {
        assembly {
            v := shr(sub(256, mul(width, 8)), calldataload(add(data.offset, off)))
        }
    }

    function readAddress(bytes calldata data, uint256 off) internal pure returns (address a) {
        assembly {
            a := shr(96, calldataload(add(data.offset, off)))
        }
    }

    function readBytes32(bytes calldata data, uint256 off) internal pure returns (bytes32 v) {
        assembly {
            v := calldataload(add(data.offset, off))
        }
    }

    /// @notice Whether `x` is a canonical BLS12-377 Fr element.
    function isCanonical(uint256 x) internal pure returns (bool) {
        return x < R377;
    }

    /// @notice d of the L2 keys' twisted Edwards curve -x² + y² = 1 + d·x²·y² over BLS12-377's
    ///         scalar field (gnark-crypto's bls12-377 twistededwards; a = -1).
    uint256 internal constant EDWARDS_D = 3021;

    /// @notice Whether `pk` is a compressed point of the L2 keys' curve (docs/protocol.md §1):
    ///         y (the low 255 bits) is canonical and x² = (1 - y²)/(a - d·y²) has a root, so the
    ///         key decodes; x = 0 only with the sign bit clear. One modexp (Euler's criterion of
    ///         (1 - y²)·(a - d·y²), a square iff the quotient is): about 2,100 gas. Membership of
    ///         the prime-order subgroup is left to L2, which refunds a deposit to such a key
    ///         (only a key crafted for it: cofactor 4); a random or mistyped key reverts here.
    function isValidPubkey(bytes32 pk) internal view returns (bool) {
        uint256 y = uint256(pk) & ~uint256(1 << 255);
        if (y >= R377) return false;
        uint256 y2 = mulmod(y, y, R377);
        uint256 t = addmod(1, mulmod(EDWARDS_D, y2, R377), R377);
        if (t == 0) return false; // a - d·y² = -t = 0: no x
        uint256 v = mulmod(addmod(1, R377 - y2, R377), R377 - t, R377);
        if (v == 0) return uint256(pk) >> 255 == 0;
        return _modexp(v, (R377 - 1) / 2, R377) == 1;
    }

    /// @notice b^e mod m through the modexp precompile (0x05).
    function _modexp(uint256 b, uint256 e, uint256 m) private view returns (uint256 r) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, 0x20)
            mstore(add(p, 0x20), 0x20)
            mstore(add(p, 0x40), 0x20)
            mstore(add(p, 0x60), b)
            mstore(add(p, 0x80), e)
            mstore(add(p, 0xa0), m)
            if iszero(staticcall(gas(), 0x05, p, 0xc0, p, 0x20)) { revert(0, 0) }
            r := mload(p)
        }
    }

    /// @notice The 184-byte packed header encoding.
    function encodeHeader(BatchHeader calldata h) internal pure returns (bytes memory) {
        return abi.encodePacked(
            h.batchNumber,
            h.timestamp,
            h.priorityOpsConsumed,
            h.prevStateRoot,
            h.newStateRoot,
            h.priorityHashBefore,
            h.priorityHashAfter,
            h.pubdataHash
        );
    }

    /// @notice The verifier's two public inputs: the 128-bit halves of SHA-256(header).
    function publicInputs(BatchHeader calldata h) internal pure returns (uint256[2] memory inputs) {
        uint256 d = uint256(sha256(encodeHeader(h)));
        inputs[0] = d >> 128;
        inputs[1] = d & type(uint128).max;
    }

    /// @notice Next link of the priority-queue hash chain.
    function chain(bytes32 prev, bytes memory enc) internal pure returns (bytes32) {
        return sha256(abi.encodePacked(prev, enc));
    }

    // ---- priority-op L1 encodings (docs/protocol.md §3) ----

    function encodeDeposit(uint16 token, uint128 amount, bytes32 pubkey, address depositor)
        internal
        pure
        returns (bytes memory)
    {
        return abi.encodePacked(OP_DEPOSIT, token, amount, pubkey, depositor);
    }

    function encodeRegisterModel(
        uint32 modelId,
        uint64 feeGwei,
        bytes32 vkHash,
        bytes32 ownerPubkey,
        address owner
    ) internal pure returns (bytes memory) {
        return abi.encodePacked(OP_REGISTER_MODEL, modelId, feeGwei, vkHash, ownerPubkey, owner);
    }

    function encodeProverStake(uint128 stake, bytes32 pubkey, address prover)
        internal
        pure
        returns (bytes memory)
    {
        return abi.encodePacked(OP_PROVER_STAKE, stake, pubkey, prover);
    }

    function encodeProverUnstakeRequest(bytes32 pubkey, address prover) internal pure returns (bytes memory) {
        return abi.encodePacked(OP_PROVER_UNSTAKE_REQUEST, pubkey, prover);
    }

    function encodeL1Job(uint32 jobId, uint32 modelId, uint64 feeGwei, uint32 deadline, uint256 inputCommit)
        internal
        pure
        returns (bytes memory)
    {
        return abi.encodePacked(OP_L1_JOB, jobId, modelId, feeGwei, deadline, inputCommit);
    }

    function encodeForcedExit(uint32 accountId, uint16 token, address requester)
        internal
        pure
        returns (bytes memory)
    {
        return abi.encodePacked(OP_FORCED_EXIT, accountId, token, requester);
    }
}
