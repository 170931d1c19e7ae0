// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "forge-std/Test.sol";
import {Pubdata, BatchHeader} from "../src/libraries/Pubdata.sol";

/// Exposes the library over calldata, as NexusRollup uses it.
contract PubdataHarness {
    function chunksOf(uint256 t) external pure returns (uint256) {
        return Pubdata.chunksOf(t);
    }

    function readUint(bytes calldata d, uint256 off, uint256 width) external pure returns (uint256) {
        return Pubdata.readUint(d, off, width);
    }

    function readAddress(bytes calldata d, uint256 off) external pure returns (address) {
        return Pubdata.readAddress(d, off);
    }

    function publicInputs(BatchHeader calldata h) external pure returns (uint256[2] memory) {
        return Pubdata.publicInputs(h);
    }

    function encodeHeader(BatchHeader calldata h) external pure returns (bytes memory) {
        return Pubdata.encodeHeader(h);
    }
}

/// Checks the Solidity codec against the shared vectors of testdata/protocol
/// (generated from the Go reference in rollup/protocol; docs/protocol.md).
contract PubdataTest is Test {
    PubdataHarness internal h;
    string internal ops;
    string internal prio;
    string internal batch;

    function setUp() public {
        h = new PubdataHarness();
        ops = vm.readFile("testdata/protocol/ops.json");
        prio = vm.readFile("testdata/protocol/priority.json");
        batch = vm.readFile("testdata/protocol/batch.json");
    }

    function _op(uint256 i) internal pure returns (string memory) {
        return string.concat(".ops[", vm.toString(i), "]");
    }

    function test_chunksOf_matchesVectors_succeeds() public view {
        assertEq(vm.parseJsonUint(ops, ".chunkSize"), Pubdata.CHUNK);
        for (uint256 i; vm.keyExistsJson(ops, _op(i)); i++) {
            uint256 t = vm.parseJsonUint(ops, string.concat(_op(i), ".type"));
            bytes memory pd = vm.parseJsonBytes(ops, string.concat(_op(i), ".pubdata"));
            assertEq(h.chunksOf(t), vm.parseJsonUint(ops, string.concat(_op(i), ".chunks")), "chunks");
            assertEq(pd.length, h.chunksOf(t) * Pubdata.CHUNK, "length");
            assertEq(uint8(pd[0]), t, "type byte");
        }
    }

    function test_readUint_decodesEveryVectorField_succeeds() public view {
        uint256 n;
        for (uint256 i; vm.keyExistsJson(ops, _op(i)); i++) {
            bytes memory pd = vm.parseJsonBytes(ops, string.concat(_op(i), ".pubdata"));
            uint256 off = 1;
            for (
                uint256 j;
                vm.keyExistsJson(ops, string.concat(_op(i), ".fields[", vm.toString(j), "]"));
                j++
            ) {
                string memory f = string.concat(_op(i), ".fields[", vm.toString(j), "]");
                uint256 width = vm.parseJsonUint(ops, string.concat(f, ".width"));
                bytes memory want = vm.parseJsonBytes(ops, string.concat(f, ".value"));
                assertEq(want.length, width);
                uint256 wantInt;
                for (uint256 k; k < width; k++) {
                    wantInt = (wantInt << 8) | uint8(want[k]);
                }
                assertEq(h.readUint(pd, off, width), wantInt, f);
                if (width == 20) assertEq(h.readAddress(pd, off), address(uint160(wantInt)));
                off += width;
                n++;
            }
            for (uint256 k = off; k < pd.length; k++) {
                assertEq(uint8(pd[k]), 0, "padding");
            }
        }
        assertGt(n, 50);
    }

    function test_encodeL1_matchesVectors_succeeds() public view {
        // The priority ops in type order: Deposit, RegisterModel, ProverStake, Unstake, L1Job, ForcedExit.
        bytes[6] memory mine;
        mine[0] = Pubdata.encodeDeposit(
            uint16(_u(0, 1)), uint128(_u(0, 2)), bytes32(_u(0, 3)), address(uint160(_u(0, 4)))
        );
        mine[1] = Pubdata.encodeRegisterModel(
            uint32(_u(1, 0)),
            uint64(_u(1, 2)),
            bytes32(_u(1, 3)),
            bytes32(_u(1, 4)),
            address(uint160(_u(1, 5)))
        );
        mine[2] = Pubdata.encodeProverStake(uint128(_u(2, 1)), bytes32(_u(2, 2)), address(uint160(_u(2, 3))));
        mine[3] = Pubdata.encodeProverUnstakeRequest(bytes32(_u(3, 1)), address(uint160(_u(3, 2))));
        mine[4] = Pubdata.encodeL1Job(
            uint32(_u(4, 0)), uint32(_u(4, 1)), uint64(_u(4, 2)), uint32(_u(4, 3)), _u(4, 4)
        );
        mine[5] = Pubdata.encodeForcedExit(uint32(_u(5, 0)), uint16(_u(5, 1)), address(uint160(_u(5, 3))));
        bytes32 link = vm.parseJsonBytes32(prio, ".initial");
        for (uint256 i; i < 6; i++) {
            string memory c = string.concat(".chain[", vm.toString(i), "]");
            assertEq(mine[i], vm.parseJsonBytes(prio, string.concat(c, ".l1Encoding")), c);
            assertEq(mine[i], vm.parseJsonBytes(ops, string.concat(_op(i), ".l1Encoding")));
            link = Pubdata.chain(link, mine[i]);
            assertEq(link, vm.parseJsonBytes32(prio, string.concat(c, ".hash")), c);
        }
    }

    function test_publicInputs_matchVectors_succeeds() public view {
        BatchHeader memory hd = BatchHeader({
            batchNumber: uint64(vm.parseJsonUint(batch, ".header.batchNumber")),
            timestamp: uint64(vm.parseJsonUint(batch, ".header.timestamp")),
            priorityOpsConsumed: uint64(vm.parseJsonUint(batch, ".header.priorityOpsConsumed")),
            prevStateRoot: uint256(vm.parseJsonBytes32(batch, ".header.prevStateRoot")),
            newStateRoot: uint256(vm.parseJsonBytes32(batch, ".header.newStateRoot")),
            priorityHashBefore: vm.parseJsonBytes32(batch, ".header.priorityHashBefore"),
            priorityHashAfter: vm.parseJsonBytes32(batch, ".header.priorityHashAfter"),
            pubdataHash: vm.parseJsonBytes32(batch, ".header.pubdataHash")
        });
        assertEq(sha256(vm.parseJsonBytes(batch, ".pubdata")), hd.pubdataHash);
        bytes memory enc = h.encodeHeader(hd);
        assertEq(enc.length, 184);
        assertEq(enc, vm.parseJsonBytes(batch, ".headerEncoding"));
        assertEq(sha256(enc), vm.parseJsonBytes32(batch, ".headerHash"));
        uint256[2] memory pi = h.publicInputs(hd);
        assertEq(pi[0], uint256(vm.parseJsonBytes32(batch, ".publicInputs[0]")));
        assertEq(pi[1], uint256(vm.parseJsonBytes32(batch, ".publicInputs[1]")));
        assertEq(hd.priorityHashAfter, vm.parseJsonBytes32(prio, ".chain[5].hash"));
    }

    // ---- fuzz ----

    function testFuzz_readUint_matchesShift_succeeds(bytes32 word, uint8 w) public view {
        uint256 width = bound(w, 1, 32);
        bytes memory d = abi.encodePacked(hex"ff", word, hex"ff");
        uint256 want = width == 32 ? uint256(word) : uint256(word) >> (256 - 8 * width);
        assertEq(h.readUint(d, 1, width), want);
    }

    function testFuzz_publicInputs_below2to128_succeeds(BatchHeader calldata hd) public view {
        uint256[2] memory pi = h.publicInputs(hd);
        assertLt(pi[0], 1 << 128);
        assertLt(pi[1], 1 << 128);
        assertEq((pi[0] << 128) | pi[1], uint256(sha256(h.encodeHeader(hd))));
    }

    function testFuzz_chunksOf_onlyKnownTypes_succeeds(uint8 t) public view {
        uint256 c = h.chunksOf(t);
        bool known = (t >= 0x01 && t <= 0x06) || (t >= 0x10 && t <= 0x17) || t == 0x20 || t == 0x21;
        assertEq(c != 0, known);
    }

    function testFuzz_isValidPubkey_nonCanonical_reverts(uint256 pk) public view {
        pk = bound(pk, Pubdata.R377, (1 << 255) - 1) | (pk & (1 << 255));
        assertFalse(Pubdata.isValidPubkey(bytes32(pk)));
    }

    /// Keys of rollup/keys (FromSeed 1..4, Wire) and small y whose curve membership Go's
    /// field arithmetic gives ((1 - y²)/(-1 - 3021·y²) a square or zero).
    function test_isValidPubkey_goVectors_succeeds() public view {
        bytes32[4] memory keys = [
            bytes32(0x114f9c6e1ab61c2e39a897bbddc2ea41f0153d0ecb143b3a8f4330ab6229dcc5),
            bytes32(0x10feae2914c1fa94ff057b22fcb389081ab322931311ac0372da142073ce1ace),
            bytes32(0x8d0ba716bbe4a3ab3abd8e64739476f5ef72673c9673cf3060c2d423185173fe),
            bytes32(0x84ff3628caabf07d24088e5ba6f03ff801a5b7f21f635c93a759d460c9f6ac5a)
        ];
        for (uint256 i; i < keys.length; i++) {
            assertTrue(Pubdata.isValidPubkey(keys[i]), "a real key");
        }
        uint256[11] memory ys = [uint256(0), 1, 2, 3, 4, 5, 6, 7, 0xabc, 0xdef, 0x7e];
        bool[11] memory on = [true, true, true, false, false, true, false, true, true, true, true];
        for (uint256 i; i < ys.length; i++) {
            assertEq(Pubdata.isValidPubkey(bytes32(ys[i])), on[i], vm.toString(ys[i]));
        }
        assertFalse(Pubdata.isValidPubkey(bytes32(uint256(1) | (1 << 255))), "x = 0 with the sign bit");
    }

    function _u(uint256 i, uint256 j) internal view returns (uint256 v) {
        bytes memory b = vm.parseJsonBytes(ops, string.concat(_op(i), ".fields[", vm.toString(j), "].value"));
        for (uint256 k; k < b.length; k++) {
            v = (v << 8) | uint8(b[k]);
        }
    }
}
