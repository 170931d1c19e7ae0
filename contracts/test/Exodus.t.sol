// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {NexusTestBase} from "./helpers/NexusTestBase.sol";
import {NexusRollup} from "../src/NexusRollup.sol";
import {BatchHeader} from "../src/libraries/Pubdata.sol";

/// Exodus (RELIABILITY C.5). `exit` with a Merkle proof of a settled balance waits
/// for the Go Poseidon2 state tree (rollup/); activation, refusal of batches and
/// refunds of unconsumed priority ops are tested here.
contract ExodusTest is NexusTestBase {
    function test_activateExodus_overdueOp_succeeds() public {
        vm.prank(alice);
        rollup.depositETH{value: 1 ether}(PK);
        uint64 deadline = rollup.priorityOpDeadline(1);
        vm.warp(deadline + 1);
        vm.expectEmit(address(rollup));
        emit NexusRollup.ExodusActivated(1, deadline);
        vm.prank(bob);
        rollup.activateExodus();
        assertTrue(rollup.exodusMode());
    }

    function test_activateExodus_atDeadline_reverts() public {
        vm.prank(alice);
        rollup.depositETH{value: 1 ether}(PK);
        vm.warp(rollup.priorityOpDeadline(1));
        vm.expectRevert(NexusRollup.Rollup_NoOverduePriorityOp.selector);
        rollup.activateExodus();
    }

    function test_activateExodus_emptyQueue_reverts() public {
        vm.warp(block.timestamp + 365 days);
        vm.expectRevert(NexusRollup.Rollup_NoOverduePriorityOp.selector);
        rollup.activateExodus();
    }

    function test_activateExodus_consumedInTime_reverts() public {
        vm.prank(alice);
        rollup.depositETH{value: 1 ether}(PK);
        submit(opDeposit(1, 0, 1 ether, PK, alice), 1);
        vm.warp(block.timestamp + PRIORITY_DEADLINE + 1);
        vm.expectRevert(NexusRollup.Rollup_NoOverduePriorityOp.selector);
        rollup.activateExodus();
    }

    function test_activateExodus_twice_reverts() public {
        _exodusWithDeposit();
        vm.expectRevert(NexusRollup.Rollup_ExodusActive.selector);
        rollup.activateExodus();
    }

    function test_submitBatch_afterExodus_reverts() public {
        vm.prank(alice);
        rollup.depositETH{value: 1 ether}(PK);
        bytes memory pd = pubdata(opDeposit(1, 0, 1 ether, PK, alice));
        vm.warp(block.timestamp + PRIORITY_DEADLINE + 1);
        BatchHeader memory h = header(pd, 1);
        rollup.activateExodus();
        expectSubmitRevert(h, pd, abi.encodeWithSelector(NexusRollup.Rollup_ExodusActive.selector));
        assertEq(rollup.lastBatchNumber(), 0);
    }

    function test_exodusRefund_deposit_paysOnce_succeeds() public {
        bytes memory enc = _exodusWithDeposit();
        rollup.exodusRefund(1, enc);
        assertEq(rollup.claimable(alice, 0), 1 ether);
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_AlreadyRefunded.selector, 1));
        rollup.exodusRefund(1, enc);
        uint256 before = alice.balance;
        vm.prank(alice);
        rollup.claimWithdrawal(0);
        assertEq(alice.balance, before + 1 ether);
        assertEq(address(rollup).balance, 0);
    }

    function test_exodusRefund_tokenDeposit_succeeds() public {
        vm.prank(alice);
        rollup.depositERC20(address(token), 40, PK);
        vm.warp(block.timestamp + PRIORITY_DEADLINE + 1);
        rollup.activateExodus();
        rollup.exodusRefund(1, abi.encodePacked(uint8(1), tokenId, uint128(40), PK, alice));
        vm.prank(alice);
        rollup.claimWithdrawal(tokenId);
        assertEq(token.balanceOf(address(rollup)), 0);
    }

    function test_exodusRefund_l1Job_succeeds() public {
        uint32 m = registerModel(0);
        uint32 d = uint32(block.timestamp + 1 hours);
        vm.prank(dapp);
        uint32 jobId = rollup.requestInference{value: 3 gwei}(m, 5, d, "");
        vm.warp(block.timestamp + PRIORITY_DEADLINE + 1);
        rollup.activateExodus();
        rollup.exodusRefund(2, abi.encodePacked(uint8(5), jobId, m, uint64(3), d, uint256(5)));
        assertEq(rollup.claimable(dapp, 0), 3 gwei);
        assertEq(uint8(rollup.l1Job(jobId).status), uint8(NexusRollup.L1JobStatus.Refunded));
    }

    function test_exodusRefund_consumedOp_reverts() public {
        vm.startPrank(alice);
        rollup.depositETH{value: 1 ether}(PK);
        rollup.depositETH{value: 2 ether}(PK);
        vm.stopPrank();
        submit(opDeposit(1, 0, 1 ether, PK, alice), 1);
        vm.warp(block.timestamp + PRIORITY_DEADLINE + 1);
        rollup.activateExodus();
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_BadPriorityIndex.selector, 1));
        rollup.exodusRefund(1, abi.encodePacked(uint8(1), uint16(0), uint128(1 ether), PK, alice));
    }

    function test_exodusRefund_indexPastQueue_reverts() public {
        _exodusWithDeposit();
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_BadPriorityIndex.selector, 2));
        rollup.exodusRefund(2, "");
    }

    function test_exodusRefund_forgedEncoding_reverts() public {
        _exodusWithDeposit();
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_BadPriorityEncoding.selector, 1));
        rollup.exodusRefund(1, abi.encodePacked(uint8(1), uint16(0), uint128(100 ether), PK, bob));
    }

    function test_exodusRefund_notRefundableType_reverts() public {
        registerProver(prover, 1 ether);
        vm.warp(block.timestamp + PRIORITY_DEADLINE + 1);
        rollup.activateExodus();
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_NotRefundable.selector, 1));
        rollup.exodusRefund(1, abi.encodePacked(uint8(3), uint128(1 ether), PK, prover));
    }

    function test_exodusRefund_notExodus_reverts() public {
        vm.expectRevert(NexusRollup.Rollup_ExodusNotActive.selector);
        rollup.exodusRefund(1, "");
    }

    function test_claimWithdrawal_settledWithdrawalInExodus_succeeds() public {
        vm.prank(alice);
        rollup.depositETH{value: 1 ether}(PK);
        submit(bytes.concat(opDeposit(1, 0, 1 ether, PK, alice), opWithdraw(1, 0, 1 ether, bob)), 1);
        vm.prank(alice);
        rollup.depositETH{value: 1}(PK);
        vm.warp(block.timestamp + PRIORITY_DEADLINE + 1);
        rollup.activateExodus();
        vm.prank(bob);
        rollup.claimWithdrawal(0);
        assertEq(rollup.claimable(bob, 0), 0);
    }

    function _exodusWithDeposit() internal returns (bytes memory enc) {
        vm.prank(alice);
        rollup.depositETH{value: 1 ether}(PK);
        enc = abi.encodePacked(uint8(1), uint16(0), uint128(1 ether), PK, alice);
        vm.warp(block.timestamp + PRIORITY_DEADLINE + 1);
        rollup.activateExodus();
    }
}
