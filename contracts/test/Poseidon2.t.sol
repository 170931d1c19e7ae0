// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "forge-std/Test.sol";
import {stdJson} from "forge-std/StdJson.sol";
import {Poseidon2} from "../src/libraries/Poseidon2.sol";

/// @dev External wrapper so that reverts can be expected.
contract Poseidon2Harness {
    function compress(uint256 l, uint256 r) external pure returns (uint256) {
        return Poseidon2.compress(l, r);
    }

    function hash(uint256[] memory elems) external pure returns (uint256) {
        return Poseidon2.hash(elems);
    }
}

/// @notice Checks the Solidity Poseidon2 against vectors written by the Go
///         implementation that the L2 state tree and the circuits use.
contract Poseidon2Test is Test {
    using stdJson for string;

    string internal json;
    Poseidon2Harness internal h;

    function setUp() public {
        json = vm.readFile("testdata/poseidon2/vectors.json");
        h = new Poseidon2Harness();
    }

    function test_compress_goVectors_succeeds() public view {
        for (uint256 i = 0; i < 4; ++i) {
            string memory k = string.concat(".compress[", vm.toString(i), "]");
            uint256 l = json.readUint(string.concat(k, ".left"));
            uint256 r = json.readUint(string.concat(k, ".right"));
            assertEq(h.compress(l, r), json.readUint(string.concat(k, ".out")), k);
        }
    }

    function test_hash_goVector_succeeds() public view {
        uint256[] memory elems = json.readUintArray(".hash.elems");
        assertEq(h.hash(elems), json.readUint(".hash.out"));
    }

    function test_compress_merkleProof_succeeds() public view {
        uint256 index = json.readUint(".merkle.index");
        uint256 node = json.readUint(".merkle.leaf");
        uint256[] memory siblings = json.readUintArray(".merkle.siblings");
        assertEq(siblings.length, json.readUint(".merkle.depth"));
        for (uint256 i = 0; i < siblings.length; ++i) {
            node = (index >> i) & 1 == 0 ? h.compress(node, siblings[i]) : h.compress(siblings[i], node);
        }
        assertEq(node, json.readUint(".merkle.root"));
    }

    function test_compress_leftNotInField_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Poseidon2.Poseidon2_NotInField.selector, Poseidon2.R));
        h.compress(Poseidon2.R, 1);
    }

    function test_compress_rightNotInField_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Poseidon2.Poseidon2_NotInField.selector, type(uint256).max));
        h.compress(1, type(uint256).max);
    }

    function testFuzz_compress_outputInField_succeeds(uint256 l, uint256 r) public view {
        l = bound(l, 0, Poseidon2.R - 1);
        r = bound(r, 0, Poseidon2.R - 1);
        uint256 out = h.compress(l, r);
        assertLt(out, Poseidon2.R);
        // Order matters: a Merkle node must not equal its mirror.
        if (l != r) assertTrue(out != h.compress(r, l));
    }

    function test_compress_gas() public {
        uint256 g = gasleft();
        h.compress(1, 2);
        emit log_named_uint("Poseidon2.compress gas (via external call)", g - gasleft());
    }
}
