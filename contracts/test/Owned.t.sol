// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "forge-std/Test.sol";
import {Owned} from "../src/utils/Owned.sol";

contract OwnedHarness is Owned {
    uint256 public value;

    constructor(address initialOwner) Owned(initialOwner) {}

    function setValue(uint256 v) external onlyOwner {
        value = v;
    }
}

contract OwnedTest is Test {
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
    event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner);

    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    OwnedHarness internal owned;

    function setUp() public {
        owned = new OwnedHarness(alice);
    }

    function test_constructor_setsOwner_succeeds() public view {
        assertEq(owned.owner(), alice);
        assertEq(owned.pendingOwner(), address(0));
    }

    function test_constructor_zeroOwner_reverts() public {
        vm.expectRevert(Owned.Owned_ZeroAddress.selector);
        new OwnedHarness(address(0));
    }

    function test_onlyOwner_owner_succeeds() public {
        vm.prank(alice);
        owned.setValue(42);
        assertEq(owned.value(), 42);
    }

    function test_onlyOwner_notOwner_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Owned.Owned_NotOwner.selector, bob));
        vm.prank(bob);
        owned.setValue(1);
    }

    function test_transferOwnership_twoStep_succeeds() public {
        vm.expectEmit(true, true, false, false, address(owned));
        emit OwnershipTransferStarted(alice, bob);
        vm.prank(alice);
        owned.transferOwnership(bob);
        assertEq(owned.owner(), alice, "owner moves only on accept");

        vm.expectEmit(true, true, false, false, address(owned));
        emit OwnershipTransferred(alice, bob);
        vm.prank(bob);
        owned.acceptOwnership();
        assertEq(owned.owner(), bob);
        assertEq(owned.pendingOwner(), address(0));
    }

    function test_transferOwnership_notOwner_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Owned.Owned_NotOwner.selector, bob));
        vm.prank(bob);
        owned.transferOwnership(bob);
    }

    function test_acceptOwnership_notPending_reverts() public {
        vm.prank(alice);
        owned.transferOwnership(bob);
        vm.expectRevert(abi.encodeWithSelector(Owned.Owned_NotPendingOwner.selector, alice));
        vm.prank(alice);
        owned.acceptOwnership();
    }

    function test_acceptOwnership_cancelled_reverts() public {
        vm.startPrank(alice);
        owned.transferOwnership(bob);
        owned.transferOwnership(address(0));
        vm.stopPrank();
        vm.expectRevert(abi.encodeWithSelector(Owned.Owned_NotPendingOwner.selector, bob));
        vm.prank(bob);
        owned.acceptOwnership();
    }

    function testFuzz_acceptOwnership_onlyPending_succeeds(address candidate, address caller) public {
        vm.assume(candidate != address(0));
        vm.prank(alice);
        owned.transferOwnership(candidate);
        vm.prank(caller);
        if (caller != candidate) {
            vm.expectRevert(abi.encodeWithSelector(Owned.Owned_NotPendingOwner.selector, caller));
            owned.acceptOwnership();
            assertEq(owned.owner(), alice);
        } else {
            owned.acceptOwnership();
            assertEq(owned.owner(), candidate);
        }
    }
}
