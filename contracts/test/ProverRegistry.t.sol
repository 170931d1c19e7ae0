// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {NexusTestBase} from "./helpers/NexusTestBase.sol";
import {ProverRegistry} from "../src/ProverRegistry.sol";
import {NexusRollup} from "../src/NexusRollup.sol";
import {Owned} from "../src/utils/Owned.sol";

contract ProverRegistryTest is NexusTestBase {
    // ---- constructor / admin ----

    function test_constructor_setsParams_succeeds() public view {
        assertEq(registry.minStake(), MIN_STAKE);
        assertEq(registry.unbondingDelay(), UNBONDING);
        assertEq(registry.maxLockDuration(), MAX_LOCK);
        assertEq(address(registry.rollup()), address(rollup));
    }

    function test_constructor_delayNotLongerThanLock_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(ProverRegistry.ProverRegistry_DelayNotLongerThanLock.selector, 10, 10)
        );
        new ProverRegistry(owner, 1, 10, 10);
    }

    function test_constructor_zeroMinStake_reverts() public {
        vm.expectRevert(ProverRegistry.ProverRegistry_ZeroAmount.selector);
        new ProverRegistry(owner, 0, 10, 5);
    }

    function test_setRollup_twice_reverts() public {
        vm.expectRevert(ProverRegistry.ProverRegistry_RollupAlreadySet.selector);
        vm.prank(owner);
        registry.setRollup(address(1));
    }

    function test_setRollup_zero_reverts() public {
        ProverRegistry r = new ProverRegistry(owner, 1, 10, 5);
        vm.expectRevert(ProverRegistry.ProverRegistry_ZeroAddress.selector);
        vm.prank(owner);
        r.setRollup(address(0));
    }

    function test_setRollup_notOwner_reverts() public {
        ProverRegistry r = new ProverRegistry(owner, 1, 10, 5);
        vm.expectRevert(abi.encodeWithSelector(Owned.Owned_NotOwner.selector, alice));
        vm.prank(alice);
        r.setRollup(address(1));
    }

    function test_setMinStake_updates_succeeds() public {
        vm.prank(owner);
        registry.setMinStake(5 ether);
        assertEq(registry.minStake(), 5 ether);
    }

    function test_setMinStake_zero_reverts() public {
        vm.expectRevert(ProverRegistry.ProverRegistry_ZeroAmount.selector);
        vm.prank(owner);
        registry.setMinStake(0);
    }

    function test_setMinStake_notOwner_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Owned.Owned_NotOwner.selector, alice));
        vm.prank(alice);
        registry.setMinStake(1);
    }

    // ---- register / addStake ----

    function test_register_stakesAndQueues_succeeds() public {
        vm.expectEmit(address(registry));
        emit ProverRegistry.ProverRegistered(prover, PK, 2 ether);
        registerProver(prover, 2 ether);
        assertEq(registry.stakeOf(prover), 2 ether);
        assertEq(registry.totalStake(), 2 ether);
        assertEq(address(registry).balance, 2 ether);
        bytes memory enc = abi.encodePacked(uint8(3), uint128(2 ether), PK, prover);
        assertEq(rollup.priorityHash(1), sha256(abi.encodePacked(bytes32(0), enc)));
    }

    function test_register_rollupNotSet_reverts() public {
        ProverRegistry r = new ProverRegistry(owner, 1, 10, 5);
        vm.expectRevert(ProverRegistry.ProverRegistry_RollupNotSet.selector);
        vm.prank(prover);
        r.register{value: 1}(PK);
    }

    function test_register_twice_reverts() public {
        registerProver(prover, 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(ProverRegistry.ProverRegistry_AlreadyRegistered.selector, prover)
        );
        vm.prank(prover);
        registry.register{value: 1 ether}(PK);
    }

    function test_register_stakeTooLow_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(ProverRegistry.ProverRegistry_StakeTooLow.selector, 1 ether - 1, MIN_STAKE)
        );
        vm.prank(prover);
        registry.register{value: 1 ether - 1}(PK);
    }

    function test_register_stakeOverflow_reverts() public {
        uint256 v = uint256(type(uint128).max) + 1;
        vm.deal(prover, v);
        vm.expectRevert(ProverRegistry.ProverRegistry_StakeOverflow.selector);
        vm.prank(prover);
        registry.register{value: v}(PK);
    }

    function test_register_invalidPubkey_reverts() public {
        bytes32 bad = bytes32(uint256(1 << 254));
        vm.expectRevert(abi.encodeWithSelector(ProverRegistry.ProverRegistry_InvalidPubkey.selector, bad));
        vm.prank(prover);
        registry.register{value: 1 ether}(bad);
    }

    function test_addStake_increases_succeeds() public {
        registerProver(prover, 1 ether);
        vm.prank(prover);
        registry.addStake{value: 0.5 ether}();
        assertEq(registry.stakeOf(prover), 1.5 ether);
        assertEq(registry.totalStake(), 1.5 ether);
        bytes memory enc = abi.encodePacked(uint8(3), uint128(1.5 ether), PK, prover);
        assertEq(rollup.priorityHash(2), sha256(abi.encodePacked(rollup.priorityHash(1), enc)));
    }

    function test_addStake_notRegistered_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ProverRegistry.ProverRegistry_NotRegistered.selector, prover));
        vm.prank(prover);
        registry.addStake{value: 1}();
    }

    function test_addStake_zero_reverts() public {
        registerProver(prover, 1 ether);
        vm.expectRevert(ProverRegistry.ProverRegistry_ZeroAmount.selector);
        vm.prank(prover);
        registry.addStake{value: 0}();
    }

    function test_addStake_whileUnstaking_reverts() public {
        registerProver(prover, 1 ether);
        vm.startPrank(prover);
        registry.requestUnstake();
        vm.expectRevert(
            abi.encodeWithSelector(ProverRegistry.ProverRegistry_UnstakeAlreadyRequested.selector, prover)
        );
        registry.addStake{value: 1}();
        vm.stopPrank();
    }

    function test_addStake_overflow_reverts() public {
        registerProver(prover, 1 ether);
        uint256 v = uint256(type(uint128).max);
        vm.deal(prover, v);
        vm.expectRevert(ProverRegistry.ProverRegistry_StakeOverflow.selector);
        vm.prank(prover);
        registry.addStake{value: v}();
    }

    // ---- unstake ----

    function test_requestUnstake_queues_succeeds() public {
        registerProver(prover, 1 ether);
        vm.prank(prover);
        registry.requestUnstake();
        assertEq(registry.proverInfo(prover).unstakeRequestedAt, block.timestamp);
        bytes memory enc = abi.encodePacked(uint8(4), PK, prover);
        assertEq(rollup.priorityHash(2), sha256(abi.encodePacked(rollup.priorityHash(1), enc)));
    }

    function test_requestUnstake_notRegistered_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ProverRegistry.ProverRegistry_NotRegistered.selector, prover));
        vm.prank(prover);
        registry.requestUnstake();
    }

    function test_requestUnstake_twice_reverts() public {
        registerProver(prover, 1 ether);
        vm.startPrank(prover);
        registry.requestUnstake();
        vm.expectRevert(
            abi.encodeWithSelector(ProverRegistry.ProverRegistry_UnstakeAlreadyRequested.selector, prover)
        );
        registry.requestUnstake();
        vm.stopPrank();
    }

    function test_withdrawStake_afterReleaseAndDelay_succeeds() public {
        _registerRequestRelease(2 ether);
        vm.warp(block.timestamp + UNBONDING);
        uint256 before = prover.balance;
        vm.prank(prover);
        registry.withdrawStake();
        assertEq(prover.balance, before + 2 ether);
        assertEq(registry.totalStake(), 0);
        assertFalse(registry.proverInfo(prover).registered);
    }

    function test_withdrawStake_reRegisterAfter_succeeds() public {
        _registerRequestRelease(2 ether);
        vm.warp(block.timestamp + UNBONDING);
        vm.prank(prover);
        registry.withdrawStake();
        registerProver(prover, 1 ether);
        assertEq(registry.stakeOf(prover), 1 ether);
    }

    function test_withdrawStake_notRegistered_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ProverRegistry.ProverRegistry_NotRegistered.selector, prover));
        vm.prank(prover);
        registry.withdrawStake();
    }

    function test_withdrawStake_notRequested_reverts() public {
        registerProver(prover, 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(ProverRegistry.ProverRegistry_UnstakeNotRequested.selector, prover)
        );
        vm.prank(prover);
        registry.withdrawStake();
    }

    function test_withdrawStake_notReleased_reverts() public {
        registerProver(prover, 1 ether);
        vm.prank(prover);
        registry.requestUnstake();
        vm.warp(block.timestamp + UNBONDING);
        vm.expectRevert(abi.encodeWithSelector(ProverRegistry.ProverRegistry_NotReleased.selector, prover));
        vm.prank(prover);
        registry.withdrawStake();
    }

    function test_withdrawStake_beforeDelay_reverts() public {
        _registerRequestRelease(1 ether);
        uint256 at = block.timestamp + UNBONDING;
        vm.warp(at - 1);
        vm.expectRevert(abi.encodeWithSelector(ProverRegistry.ProverRegistry_UnbondingNotOver.selector, at));
        vm.prank(prover);
        registry.withdrawStake();
    }

    function test_withdrawStake_exodusWithoutRelease_succeeds() public {
        registerProver(prover, 1 ether);
        vm.prank(prover);
        registry.requestUnstake();
        vm.warp(block.timestamp + PRIORITY_DEADLINE + 1);
        rollup.activateExodus();
        vm.prank(prover);
        registry.withdrawStake();
        assertEq(registry.stakeOf(prover), 0);
    }

    function test_withdrawStake_unstakeRequestedInExodus_succeeds() public {
        registerProver(prover, 1 ether);
        vm.warp(block.timestamp + PRIORITY_DEADLINE + 1);
        rollup.activateExodus();
        uint256 total = rollup.priorityOpsTotal();
        vm.prank(prover);
        registry.requestUnstake();
        assertEq(rollup.priorityOpsTotal(), total);
        vm.warp(block.timestamp + UNBONDING);
        vm.prank(prover);
        registry.withdrawStake();
        assertEq(registry.stakeOf(prover), 0);
        assertEq(address(registry).balance, 0);
    }

    // ---- rollup-only ----

    function test_slash_notRollup_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ProverRegistry.ProverRegistry_NotRollup.selector, alice));
        vm.prank(alice);
        registry.slash(prover, 1, alice);
    }

    function test_release_notRollup_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ProverRegistry.ProverRegistry_NotRollup.selector, alice));
        vm.prank(alice);
        registry.release(prover);
    }

    function test_recordReputation_notRollup_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ProverRegistry.ProverRegistry_NotRollup.selector, alice));
        vm.prank(alice);
        registry.recordReputation(prover, 1, 0);
    }

    function test_slash_capsAtStake_succeeds() public {
        registerProver(prover, 1 ether);
        vm.prank(address(rollup));
        uint256 s = registry.slash(prover, 5 ether, address(0));
        assertEq(s, 1 ether);
        assertEq(registry.totalBurned(), 1 ether);
        assertEq(registry.totalStake(), 0);
    }

    function test_slash_toBeneficiary_succeeds() public {
        registerProver(prover, 1 ether);
        vm.prank(address(rollup));
        registry.slash(prover, 0.25 ether, address(rollup));
        assertEq(address(rollup).balance, 0.25 ether);
        assertEq(registry.stakeOf(prover), 0.75 ether);
    }

    function test_slash_beneficiaryRejects_reverts() public {
        registerProver(prover, 1 ether);
        vm.expectRevert();
        vm.prank(address(rollup));
        registry.slash(prover, 1, address(models)); // ModelRegistry has no receive
    }

    function test_release_notRequested_reverts() public {
        registerProver(prover, 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(ProverRegistry.ProverRegistry_UnstakeNotRequested.selector, prover)
        );
        vm.prank(address(rollup));
        registry.release(prover);
    }

    function test_recordReputation_counts_succeeds() public {
        vm.prank(address(rollup));
        registry.recordReputation(prover, 3, 1);
        (uint64 f, uint64 e) = registry.reputation(prover);
        assertEq(f, 3);
        assertEq(e, 1);
    }

    /// Slash evasion (RELIABILITY C.4): the prover asks to unstake while a job is
    /// locked; the lock expires during the delay; the slash lands before the release.
    function test_withdrawStake_slashEvasion_slashStillLands_succeeds() public {
        registerProver(prover, 2 ether);
        submit(
            bytes.concat(
                opProverStake(4, 2 ether, PK, prover), opLockJob(9, 4, uint32(block.timestamp + 600))
            ),
            1
        );
        vm.prank(prover);
        registry.requestUnstake();
        // The prover cannot leave before a batch releases it.
        vm.warp(block.timestamp + UNBONDING);
        vm.expectRevert(abi.encodeWithSelector(ProverRegistry.ProverRegistry_NotReleased.selector, prover));
        vm.prank(prover);
        registry.withdrawStake();
        // The lock expired: the batch slashes, then releases.
        submit(bytes.concat(opUnstake(4, PK, prover), opExpire(9, 4, 1e9, prover), opRelease(4, prover)), 1);
        uint256 before = prover.balance;
        vm.prank(prover);
        registry.withdrawStake();
        assertEq(prover.balance - before, 1 ether);
        assertEq(registry.totalBurned(), 0.5 ether);
    }

    function _registerRequestRelease(uint256 stake) internal {
        registerProver(prover, stake);
        vm.prank(prover);
        registry.requestUnstake();
        submit(
            bytes.concat(
                opProverStake(4, uint128(stake), PK, prover), opUnstake(4, PK, prover), opRelease(4, prover)
            ),
            2
        );
    }
}
