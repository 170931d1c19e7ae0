// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "forge-std/Test.sol";
import {VerifierSlot} from "../src/VerifierSlot.sol";
import {IVerifier} from "../src/interfaces/IVerifier.sol";
import {FixtureVerifier} from "./helpers/FixtureVerifier.sol";

contract VerifierSlotTest is Test {
    event VerifierSet(address indexed verifier);

    address internal owner = makeAddr("owner");
    address internal stranger = makeAddr("stranger");
    VerifierSlot internal slot;
    FixtureVerifier internal fixture;

    bytes internal proof = hex"0102030405";
    uint256[2] internal input = [uint256(7), uint256(8)];

    function setUp() public {
        slot = new VerifierSlot(owner);
        fixture = new FixtureVerifier();
        fixture.expect(proof, input);
    }

    function test_constructor_zeroOwner_reverts() public {
        vm.expectRevert(VerifierSlot.VerifierSlot_ZeroOwner.selector);
        new VerifierSlot(address(0));
    }

    function test_verifyProof_unset_reverts() public {
        vm.expectRevert(VerifierSlot.VerifierSlot_NoVerifier.selector);
        slot.verifyProof(proof, input);
    }

    function test_setVerifier_owner_succeeds() public {
        vm.expectEmit(true, false, false, false, address(slot));
        emit VerifierSet(address(fixture));
        vm.prank(owner);
        slot.setVerifier(fixture);
        assertEq(address(slot.verifier()), address(fixture));
        slot.verifyProof(proof, input); // forwarded and accepted
    }

    function test_verifyProof_badProofForwarded_reverts() public {
        vm.prank(owner);
        slot.setVerifier(fixture);
        uint256[2] memory other = [uint256(7), uint256(9)];
        vm.expectRevert(FixtureVerifier.FixtureVerifier_Rejected.selector);
        slot.verifyProof(proof, other);
    }

    function test_setVerifier_stranger_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(VerifierSlot.VerifierSlot_NotOwner.selector, stranger));
        vm.prank(stranger);
        slot.setVerifier(fixture);
    }

    function test_setVerifier_twice_reverts() public {
        vm.startPrank(owner);
        slot.setVerifier(fixture);
        FixtureVerifier other = new FixtureVerifier();
        vm.expectRevert(
            abi.encodeWithSelector(VerifierSlot.VerifierSlot_AlreadySet.selector, address(fixture))
        );
        slot.setVerifier(other);
        vm.stopPrank();
    }

    function test_setVerifier_noCode_reverts() public {
        address eoa = makeAddr("eoa");
        vm.expectRevert(abi.encodeWithSelector(VerifierSlot.VerifierSlot_NoCode.selector, eoa));
        vm.prank(owner);
        slot.setVerifier(IVerifier(eoa));
    }

    function testFuzz_setVerifier_notOwner_reverts(address caller) public {
        vm.assume(caller != owner);
        vm.expectRevert(abi.encodeWithSelector(VerifierSlot.VerifierSlot_NotOwner.selector, caller));
        vm.prank(caller);
        slot.setVerifier(fixture);
    }
}
