// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {NexusTestBase} from "./helpers/NexusTestBase.sol";
import {NexusRollup} from "../src/NexusRollup.sol";
import {ProverRegistry} from "../src/ProverRegistry.sol";
import {ModelRegistry} from "../src/ModelRegistry.sol";
import {IVerifier} from "../src/interfaces/IVerifier.sol";
import {BatchHeader} from "../src/libraries/Pubdata.sol";
import {Owned} from "../src/utils/Owned.sol";
import {SafeTransfer} from "../src/utils/SafeTransfer.sol";
import {FixtureVerifier} from "./helpers/FixtureVerifier.sol";
import {PendingVerifier} from "../src/PendingVerifier.sol";

contract NexusRollupTest is NexusTestBase {
    // ---- constructor ----

    function test_constructor_setsState_succeeds() public view {
        assertEq(rollup.stateRoot(), GENESIS_ROOT);
        assertEq(rollup.lastBatchNumber(), 0);
        assertEq(address(rollup.verifier()), address(verifier));
        assertEq(rollup.priorityDeadline(), PRIORITY_DEADLINE);
        assertTrue(rollup.depositsEnabled(0));
        assertEq(rollup.tokenCount(), 2);
    }

    function test_constructor_zeroAddress_reverts() public {
        vm.expectRevert(NexusRollup.Rollup_ZeroAddress.selector);
        new NexusRollup(owner, IVerifier(address(0)), registry, models, GENESIS_ROOT, 1, 24, 4, 12);
    }

    function test_constructor_verifierWithoutCode_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(NexusRollup.Rollup_VerifierHasNoCode.selector, address(0xbeef))
        );
        new NexusRollup(owner, IVerifier(address(0xbeef)), registry, models, GENESIS_ROOT, 1, 24, 4, 12);
    }

    function test_submitBatch_pendingVerifier_reverts() public {
        NexusRollup r =
            new NexusRollup(owner, new PendingVerifier(), registry, models, GENESIS_ROOT, 1, 24, 4, 12);
        BatchHeader memory h;
        h.batchNumber = 1;
        h.prevStateRoot = GENESIS_ROOT;
        h.timestamp = uint64(block.timestamp);
        bytes memory pd = pubdata("");
        h.pubdataHash = sha256(pd);
        vm.expectRevert(PendingVerifier.PendingVerifier_NoVerifier.selector);
        r.submitBatch(h, pd, PROOF);
    }

    function test_constructor_nonCanonicalGenesis_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_InvalidGenesisRoot.selector, R377));
        new NexusRollup(owner, IVerifier(address(verifier)), registry, models, R377, 1, 24, 4, 12);
    }

    // ---- token allowlist ----

    function test_addToken_assignsNextId_succeeds() public {
        vm.prank(owner);
        uint16 id = rollup.addToken(address(0x1234));
        assertEq(id, 2);
        assertEq(rollup.tokenAddress(2), address(0x1234));
        assertEq(rollup.tokenIdOf(address(0x1234)), 2);
    }

    function test_addToken_notOwner_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Owned.Owned_NotOwner.selector, alice));
        vm.prank(alice);
        rollup.addToken(address(0x1234));
    }

    function test_addToken_zeroAddress_reverts() public {
        vm.expectRevert(NexusRollup.Rollup_ZeroAddress.selector);
        vm.prank(owner);
        rollup.addToken(address(0));
    }

    function test_addToken_duplicate_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_TokenAlreadyAdded.selector, address(token)));
        vm.prank(owner);
        rollup.addToken(address(token));
    }

    function test_addToken_limit_reverts() public {
        vm.startPrank(owner);
        for (uint160 i = 1; i < 15; i++) {
            rollup.addToken(address(0x1000 + i));
        }
        vm.expectRevert(NexusRollup.Rollup_TokenLimit.selector);
        rollup.addToken(address(0x9999));
        vm.stopPrank();
    }

    function test_setDepositsEnabled_disables_succeeds() public {
        vm.prank(owner);
        rollup.setDepositsEnabled(tokenId, false);
        assertFalse(rollup.depositsEnabled(tokenId));
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_DepositsDisabled.selector, tokenId));
        vm.prank(alice);
        rollup.depositERC20(address(token), 1, PK);
    }

    function test_setDepositsEnabled_unknownToken_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_UnknownToken.selector, uint16(9)));
        vm.prank(owner);
        rollup.setDepositsEnabled(9, false);
    }

    function test_setDepositsEnabled_notOwner_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Owned.Owned_NotOwner.selector, alice));
        vm.prank(alice);
        rollup.setDepositsEnabled(0, false);
    }

    // ---- deposits ----

    function test_depositETH_queuesPriorityOp_succeeds() public {
        vm.prank(alice);
        uint256 idx = rollup.depositETH{value: 1 ether}(PK);
        assertEq(idx, 1);
        assertEq(rollup.priorityOpsTotal(), 1);
        bytes memory enc = abi.encodePacked(uint8(1), uint16(0), uint128(1 ether), PK, alice);
        assertEq(rollup.priorityHash(1), sha256(abi.encodePacked(bytes32(0), enc)));
        assertEq(rollup.priorityOpDeadline(1), block.timestamp + PRIORITY_DEADLINE);
        assertEq(address(rollup).balance, 1 ether);
    }

    function test_depositETH_emitsEvents_succeeds() public {
        vm.expectEmit(address(rollup));
        emit NexusRollup.Deposit(1, alice, 0, 5, PK);
        vm.prank(alice);
        rollup.depositETH{value: 5}(PK);
    }

    function test_depositETH_zero_reverts() public {
        vm.expectRevert(NexusRollup.Rollup_ZeroAmount.selector);
        vm.prank(alice);
        rollup.depositETH{value: 0}(PK);
    }

    function test_depositETH_tooLarge_reverts() public {
        uint256 v = uint256(type(uint128).max) + 1;
        vm.deal(alice, v);
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_AmountTooLarge.selector, v));
        vm.prank(alice);
        rollup.depositETH{value: v}(PK);
    }

    function test_depositETH_invalidPubkey_reverts() public {
        bytes32 bad = bytes32(R377);
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_InvalidPubkey.selector, bad));
        vm.prank(alice);
        rollup.depositETH{value: 1}(bad);
    }

    function test_depositETH_notOnCurve_reverts() public {
        bytes32 bad = bytes32(uint256(3)); // canonical, but (1 - y²)/(a - d·y²) has no root
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_InvalidPubkey.selector, bad));
        vm.prank(alice);
        rollup.depositETH{value: 1}(bad);
    }

    function test_depositETH_curvePointWithSignBit_succeeds() public {
        bytes32 key = bytes32(0x8d0ba716bbe4a3ab3abd8e64739476f5ef72673c9673cf3060c2d423185173fe);
        vm.prank(alice);
        rollup.depositETH{value: 1}(key);
    }

    function test_depositETH_disabled_reverts() public {
        vm.prank(owner);
        rollup.setDepositsEnabled(0, false);
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_DepositsDisabled.selector, uint16(0)));
        vm.prank(alice);
        rollup.depositETH{value: 1}(PK);
    }

    function test_depositERC20_transfersAndQueues_succeeds() public {
        vm.prank(alice);
        rollup.depositERC20(address(token), 100, PK);
        assertEq(token.balanceOf(address(rollup)), 100);
        bytes memory enc = abi.encodePacked(uint8(1), tokenId, uint128(100), PK, alice);
        assertEq(rollup.priorityHash(1), sha256(abi.encodePacked(bytes32(0), enc)));
    }

    function test_depositERC20_feeOnTransfer_creditsReceived_succeeds() public {
        token.setFeeBps(100);
        vm.prank(alice);
        rollup.depositERC20(address(token), 10_000, PK);
        bytes memory enc = abi.encodePacked(uint8(1), tokenId, uint128(9900), PK, alice);
        assertEq(rollup.priorityHash(1), sha256(abi.encodePacked(bytes32(0), enc)));
    }

    function test_depositERC20_unknownToken_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_UnknownToken.selector, uint16(0)));
        vm.prank(alice);
        rollup.depositERC20(address(0xbeef), 1, PK);
    }

    function test_depositERC20_zero_reverts() public {
        vm.expectRevert(NexusRollup.Rollup_ZeroAmount.selector);
        vm.prank(alice);
        rollup.depositERC20(address(token), 0, PK);
    }

    function test_depositERC20_transferFails_reverts() public {
        token.setFailTransfers(true);
        vm.expectRevert(
            abi.encodeWithSelector(
                SafeTransfer.SafeTransfer_TokenFailed.selector, address(token), address(rollup), 5
            )
        );
        vm.prank(alice);
        rollup.depositERC20(address(token), 5, PK);
    }

    function test_depositETH_exodus_reverts() public {
        _enterExodus();
        vm.expectRevert(NexusRollup.Rollup_ExodusActive.selector);
        vm.prank(alice);
        rollup.depositETH{value: 1}(PK);
    }

    // ---- requestInference ----

    function test_requestInference_escrowsAndReturnsJobId_succeeds() public {
        uint32 m = registerModel(10);
        vm.prank(dapp);
        uint32 jobId =
            rollup.requestInference{value: 50 gwei}(m, 0x42, uint32(block.timestamp + 1 hours), hex"0102");
        assertEq(jobId, uint32(1 << 31));
        NexusRollup.L1Job memory j = rollup.l1Job(jobId);
        assertEq(j.requester, dapp);
        assertEq(j.feeGwei, 50);
        assertEq(uint8(j.status), uint8(NexusRollup.L1JobStatus.Pending));
        (bool done,) = rollup.inferenceResult(jobId);
        assertFalse(done);
        bytes memory enc = abi.encodePacked(
            uint8(5), jobId, m, uint64(50), uint32(block.timestamp + 1 hours), uint256(0x42)
        );
        assertEq(rollup.priorityHash(2), sha256(abi.encodePacked(rollup.priorityHash(1), enc)));
        vm.prank(dapp);
        assertEq(
            rollup.requestInference{value: 50 gwei}(m, 0x42, uint32(block.timestamp + 1), ""), (1 << 31) + 1
        );
    }

    function test_requestInference_notGwei_reverts() public {
        uint32 m = registerModel(0);
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_FeeNotGwei.selector, 1 gwei + 1));
        vm.prank(dapp);
        rollup.requestInference{value: 1 gwei + 1}(m, 1, uint32(block.timestamp + 1), "");
    }

    function test_requestInference_feeTooLarge_reverts() public {
        uint32 m = registerModel(0);
        uint256 v = (uint256(type(uint64).max) + 1) * 1 gwei;
        vm.deal(dapp, v);
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_AmountTooLarge.selector, v));
        vm.prank(dapp);
        rollup.requestInference{value: v}(m, 1, uint32(block.timestamp + 1), "");
    }

    function test_requestInference_belowModelFee_reverts() public {
        uint32 m = registerModel(10);
        vm.expectRevert(
            abi.encodeWithSelector(NexusRollup.Rollup_FeeBelowModelFee.selector, uint64(9), uint64(10))
        );
        vm.prank(dapp);
        rollup.requestInference{value: 9 gwei}(m, 1, uint32(block.timestamp + 1), "");
    }

    function test_requestInference_unknownModel_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ModelRegistry.ModelRegistry_UnknownModel.selector, uint32(7)));
        vm.prank(dapp);
        rollup.requestInference{value: 1 gwei}(7, 1, uint32(block.timestamp + 1), "");
    }

    function test_requestInference_badCommitment_reverts() public {
        uint32 m = registerModel(0);
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_InvalidCommitment.selector, R377));
        vm.prank(dapp);
        rollup.requestInference{value: 1 gwei}(m, R377, uint32(block.timestamp + 1), "");
    }

    function test_requestInference_deadlinePassed_reverts() public {
        uint32 m = registerModel(0);
        uint32 d = uint32(block.timestamp);
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_DeadlinePassed.selector, d));
        vm.prank(dapp);
        rollup.requestInference{value: 1 gwei}(m, 1, d, "");
    }

    function test_requestInference_jobLimit_reverts() public {
        uint32 m = registerModel(0);
        // l1JobCount: slot 4, byte offset 3 (see snapshots/storage/NexusRollup.json).
        uint256 slot4 = uint256(vm.load(address(rollup), bytes32(uint256(4))));
        slot4 = (slot4 & ~(uint256(type(uint32).max) << 24)) | (uint256(1 << 31) << 24);
        vm.store(address(rollup), bytes32(uint256(4)), bytes32(slot4));
        assertEq(rollup.l1JobCount(), 1 << 31);
        vm.expectRevert(NexusRollup.Rollup_L1JobLimit.selector);
        vm.prank(dapp);
        rollup.requestInference{value: 1 gwei}(m, 1, uint32(block.timestamp + 1), "");
    }

    function test_requestInference_exodus_reverts() public {
        uint32 m = registerModel(0);
        _enterExodus();
        vm.expectRevert(NexusRollup.Rollup_ExodusActive.selector);
        vm.prank(dapp);
        rollup.requestInference{value: 1 gwei}(m, 1, uint32(block.timestamp + 1), "");
    }

    // ---- forced exit ----

    function test_requestForcedExit_queues_succeeds() public {
        vm.prank(alice);
        uint256 idx = rollup.requestForcedExit(3, tokenId);
        bytes memory enc = abi.encodePacked(uint8(6), uint32(3), tokenId, alice);
        assertEq(rollup.priorityHash(idx), sha256(abi.encodePacked(bytes32(0), enc)));
    }

    function test_requestForcedExit_unknownToken_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_UnknownToken.selector, uint16(5)));
        vm.prank(alice);
        rollup.requestForcedExit(3, 5);
    }

    // ---- enqueueFromRegistry ----

    function test_enqueueFromRegistry_notRegistry_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_NotRegistry.selector, alice));
        vm.prank(alice);
        rollup.enqueueFromRegistry(hex"01");
    }

    function test_enqueueFromRegistry_wrongTypeFromProverRegistry_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_OpTypeNotAllowed.selector, uint8(1)));
        vm.prank(address(registry));
        rollup.enqueueFromRegistry(hex"01");
    }

    function test_enqueueFromRegistry_wrongTypeFromModelRegistry_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_OpTypeNotAllowed.selector, uint8(3)));
        vm.prank(address(models));
        rollup.enqueueFromRegistry(hex"03");
    }

    function test_enqueueFromRegistry_empty_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_OpTypeNotAllowed.selector, uint8(0)));
        vm.prank(address(models));
        rollup.enqueueFromRegistry("");
    }

    // ---- submitBatch ----

    function test_submitBatch_emptyBatch_succeeds() public {
        BatchHeader memory h = submit("", 0);
        assertEq(rollup.lastBatchNumber(), 1);
        assertEq(rollup.stateRoot(), h.newStateRoot);
        assertEq(rollup.lastBatchTimestamp(), h.timestamp);
    }

    function test_submitBatch_consumesPriorityOps_succeeds() public {
        vm.startPrank(alice);
        rollup.depositETH{value: 1 ether}(PK);
        rollup.depositETH{value: 2 ether}(PK);
        vm.stopPrank();
        submit(opDeposit(1, 0, 1 ether, PK, alice), 1);
        assertEq(rollup.priorityOpsConsumed(), 1);
        submit(opDeposit(1, 0, 2 ether, PK, alice), 1);
        assertEq(rollup.priorityOpsConsumed(), 2);
        assertEq(rollup.lastBatchNumber(), 2);
    }

    function test_submitBatch_emitsBatchSettled_succeeds() public {
        bytes memory pd = pubdata("");
        BatchHeader memory h = header(pd, 0);
        verifier.expect(PROOF, inputsOf(h));
        vm.expectEmit(address(rollup));
        emit NexusRollup.BatchSettled(1, h.newStateRoot, 0, sha256(pd));
        rollup.submitBatch(h, pd, PROOF);
    }

    function test_submitBatch_withdrawBecomesClaimable_succeeds() public {
        vm.prank(alice);
        rollup.depositETH{value: 3 ether}(PK);
        bytes memory ops = bytes.concat(
            opDeposit(1, 0, 3 ether, PK, alice), opTransfer(1, 2, 0, 1 ether), opWithdraw(1, 0, 2 ether, bob)
        );
        submit(ops, 1);
        assertEq(rollup.claimable(bob, 0), 2 ether);
    }

    function test_submitBatch_depositToInvalidKey_refundsDepositor_succeeds() public {
        vm.prank(alice);
        rollup.depositETH{value: 3 ether}(PK);
        // L2 found no curve point for PK: accountId 0, nothing credited on L2.
        submit(opDeposit(0, 0, 3 ether, PK, alice), 1);
        assertEq(rollup.claimable(alice, 0), 3 ether);
    }

    function test_submitBatch_depositToValidKey_noRefund_succeeds() public {
        vm.prank(alice);
        rollup.depositETH{value: 3 ether}(PK);
        submit(opDeposit(1, 0, 3 ether, PK, alice), 1);
        assertEq(rollup.claimable(alice, 0), 0);
    }

    function test_submitBatch_allL2OpsWithoutL1Effect_succeeds() public {
        bytes memory ops = bytes.concat(
            opSubmitJob(5, 1, 1, 100, uint32(block.timestamp + 100)),
            opLockJob(5, 2, uint32(block.timestamp + 50)),
            opFulfill(5, 2),
            opSubmitJob(6, 1, 1, 100, uint32(block.timestamp + 100)),
            opCancel(6),
            opClaimModelFees(3, 1)
        );
        vm.recordLogs();
        submit(ops, 0);
        assertEq(rollup.lastBatchNumber(), 1);
        assertEq(vm.getRecordedLogs().length, 1); // BatchSettled only
    }

    /// A ClaimModelFees op (one chunk) moves fees inside L2 only: L1 skips it.
    function test_submitBatch_claimModelFeesSkipped_succeeds() public {
        submit(bytes.concat(opClaimModelFees(3, 1), opWithdraw(1, 0, 0, bob), opClaimModelFees(3, 2)), 0);
        assertEq(rollup.lastBatchNumber(), 1);
        assertEq(rollup.claimable(bob, 0), 0);
    }

    function test_submitBatch_forcedExit_creditsRequester_succeeds() public {
        vm.prank(alice);
        rollup.requestForcedExit(1, tokenId);
        submit(opForcedExit(1, tokenId, 77, alice), 1);
        assertEq(rollup.claimable(alice, tokenId), 77);
    }

    function test_submitBatch_forcedExitZeroAmount_noCredit_succeeds() public {
        vm.prank(alice);
        rollup.requestForcedExit(1, tokenId);
        submit(opForcedExit(1, tokenId, 0, alice), 1);
        assertEq(rollup.claimable(alice, tokenId), 0);
    }

    function test_submitBatch_fulfillL1Job_storesResult_succeeds() public {
        uint32 m = registerModel(1);
        registerProver(prover, 2 ether);
        vm.prank(dapp);
        uint32 jobId =
            rollup.requestInference{value: 10 gwei}(m, 0x55, uint32(block.timestamp + 1 hours), hex"aa");
        bytes memory ops = bytes.concat(
            opRegisterModel(m, 3, 1, VK, PK2, bob),
            opProverStake(4, 2 ether, PK, prover),
            opL1Job(jobId, m, 10, uint32(block.timestamp + 1 hours), 0x55),
            opLockJob(jobId, 4, uint32(block.timestamp + 60)),
            opFulfillL1(jobId, 4, 0x77)
        );
        submit(ops, 3);
        (bool done, uint256 out) = rollup.inferenceResult(jobId);
        assertTrue(done);
        assertEq(out, 0x77);
        assertEq(rollup.proverOfAccount(4), prover);
        (uint64 fulfilled,) = registry.reputation(prover);
        assertEq(fulfilled, 1);
    }

    function test_submitBatch_fulfillCountsReputationPerProver_succeeds() public {
        registerProver(prover, 2 ether);
        registerProver(alice, 2 ether);
        bytes memory ops =
            bytes.concat(opProverStake(4, 2 ether, PK, prover), opProverStake(5, 2 ether, PK, alice));
        submit(ops, 2);
        bytes memory many;
        for (uint32 i; i < 20; i++) {
            many = bytes.concat(many, opFulfill(100 + i, i % 2 == 0 ? 4 : 5));
        }
        // More distinct accounts than the accumulator holds (unlinked ones are ignored).
        for (uint32 i; i < 20; i++) {
            many = bytes.concat(many, opFulfill(200 + i, 1000 + i));
        }
        many = bytes.concat(many, opFulfill(300, 4));
        submit(many, 0);
        (uint64 fp,) = registry.reputation(prover);
        (uint64 fa,) = registry.reputation(alice);
        assertEq(fp, 11);
        assertEq(fa, 10);
    }

    function test_submitBatch_expireLockedJob_slashes_succeeds() public {
        registerProver(prover, 2 ether);
        submit(opProverStake(4, 2 ether, PK, prover), 1);
        uint256 before = address(rollup).balance;
        submit(opExpire(9, 4, 1e9, prover), 0); // 1 ETH of collateral
        assertEq(registry.stakeOf(prover), 1 ether);
        assertEq(registry.totalBurned(), 0.5 ether);
        assertEq(address(rollup).balance, before + 0.5 ether);
        (, uint64 expired) = registry.reputation(prover);
        assertEq(expired, 1);
    }

    function test_submitBatch_expireL1Job_paysRequesterShare_succeeds() public {
        uint32 m = registerModel(0);
        registerProver(prover, 2 ether);
        vm.prank(dapp);
        uint32 jobId = rollup.requestInference{value: 1 gwei}(m, 1, uint32(block.timestamp + 1 hours), "");
        submit(opExpire(jobId, 4, 2, prover), 0);
        assertEq(rollup.claimable(dapp, 0), 1 gwei);
        assertEq(registry.totalBurned(), 1 gwei);
    }

    function test_submitBatch_expireOpenL1Job_refunds_succeeds() public {
        uint32 m = registerModel(0);
        vm.prank(dapp);
        uint32 deadline = uint32(block.timestamp + 1 hours);
        uint32 jobId = rollup.requestInference{value: 7 gwei}(m, 1, deadline, "");
        submit(
            bytes.concat(
                opRegisterModel(m, 3, 0, VK, PK2, bob),
                opL1Job(jobId, m, 7, deadline, 1),
                opExpire(jobId, 0, 0, address(0))
            ),
            2
        );
        assertEq(rollup.claimable(dapp, 0), 7 gwei);
        assertEq(uint8(rollup.l1Job(jobId).status), uint8(NexusRollup.L1JobStatus.Refunded));
    }

    function test_submitBatch_expireOpenL2Job_noL1Effect_succeeds() public {
        submit(opExpire(9, 0, 0, address(0)), 0);
        assertEq(rollup.lastBatchNumber(), 1);
    }

    function test_submitBatch_releaseStake_succeeds() public {
        registerProver(prover, 2 ether);
        vm.prank(prover);
        registry.requestUnstake();
        submit(
            bytes.concat(
                opProverStake(4, 2 ether, PK, prover), opUnstake(4, PK, prover), opRelease(4, prover)
            ),
            2
        );
        assertTrue(registry.proverInfo(prover).released);
    }

    function test_submitBatch_badBatchNumber_reverts() public {
        bytes memory pd = pubdata("");
        BatchHeader memory h = header(pd, 0);
        h.batchNumber = 2;
        expectSubmitRevert(h, pd, abi.encodeWithSelector(NexusRollup.Rollup_BadBatchNumber.selector, 1, 2));
    }

    function test_submitBatch_replay_reverts() public {
        bytes memory pd = pubdata("");
        BatchHeader memory h = header(pd, 0);
        submit(h, pd);
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_BadBatchNumber.selector, 2, 1));
        rollup.submitBatch(h, pd, PROOF);
    }

    function test_submitBatch_badPrevRoot_reverts() public {
        bytes memory pd = pubdata("");
        BatchHeader memory h = header(pd, 0);
        h.prevStateRoot = 1;
        expectSubmitRevert(
            h, pd, abi.encodeWithSelector(NexusRollup.Rollup_BadPrevStateRoot.selector, GENESIS_ROOT, 1)
        );
    }

    function test_submitBatch_nonCanonicalNewRoot_reverts() public {
        bytes memory pd = pubdata("");
        BatchHeader memory h = header(pd, 0);
        h.newStateRoot = R377;
        expectSubmitRevert(
            h, pd, abi.encodeWithSelector(NexusRollup.Rollup_NonCanonicalStateRoot.selector, R377)
        );
    }

    function test_submitBatch_futureTimestamp_reverts() public {
        bytes memory pd = pubdata("");
        BatchHeader memory h = header(pd, 0);
        h.timestamp = uint64(block.timestamp + 1);
        expectSubmitRevert(
            h, pd, abi.encodeWithSelector(NexusRollup.Rollup_BadTimestamp.selector, h.timestamp)
        );
    }

    function test_submitBatch_timestampGoesBack_reverts() public {
        submit("", 0);
        bytes memory pd = pubdata("");
        BatchHeader memory h = header(pd, 0);
        h.timestamp = rollup.lastBatchTimestamp() - 1;
        expectSubmitRevert(
            h, pd, abi.encodeWithSelector(NexusRollup.Rollup_BadTimestamp.selector, h.timestamp)
        );
    }

    function test_submitBatch_tooManyPriorityOps_reverts() public {
        bytes memory pd = pubdata("");
        BatchHeader memory h = header(pd, 0);
        h.priorityOpsConsumed = 1;
        expectSubmitRevert(
            h, pd, abi.encodeWithSelector(NexusRollup.Rollup_TooManyPriorityOps.selector, 1, 0)
        );
    }

    function test_submitBatch_badPriorityHashBefore_reverts() public {
        bytes memory pd = pubdata("");
        BatchHeader memory h = header(pd, 0);
        h.priorityHashBefore = bytes32(uint256(1));
        expectSubmitRevert(
            h,
            pd,
            abi.encodeWithSelector(
                NexusRollup.Rollup_BadPriorityHashBefore.selector, bytes32(0), bytes32(uint256(1))
            )
        );
    }

    function test_submitBatch_badPriorityHashAfter_reverts() public {
        vm.prank(alice);
        rollup.depositETH{value: 1}(PK);
        bytes memory pd = pubdata(opDeposit(1, 0, 1, PK, alice));
        BatchHeader memory h = header(pd, 1);
        bytes32 good = h.priorityHashAfter;
        h.priorityHashAfter = bytes32(0);
        expectSubmitRevert(
            h, pd, abi.encodeWithSelector(NexusRollup.Rollup_BadPriorityHashAfter.selector, good, bytes32(0))
        );
    }

    function test_submitBatch_skipsPriorityOp_reverts() public {
        vm.prank(alice);
        rollup.depositETH{value: 1}(PK);
        bytes memory pd = pubdata(opDeposit(1, 0, 1, PK, alice));
        BatchHeader memory h = header(pd, 0);
        expectSubmitRevert(
            h, pd, abi.encodeWithSelector(NexusRollup.Rollup_PriorityOpCountMismatch.selector, 1, 0)
        );
    }

    /// A proof of pubdata whose priority op differs from the queued one (here a
    /// deposit of 1 wei settled as 1 ether) must not settle: L1 chains the
    /// pubdata's priority ops and compares with the queue.
    function test_submitBatch_forgedPriorityOp_reverts() public {
        vm.prank(alice);
        rollup.depositETH{value: 1}(PK);
        bytes memory pd = pubdata(opDeposit(1, 0, 1 ether, PK, alice));
        BatchHeader memory h = header(pd, 1);
        bytes32 forged =
            sha256(abi.encodePacked(bytes32(0), uint8(0x01), uint16(0), uint128(1 ether), PK, alice));
        expectSubmitRevert(
            h,
            pd,
            abi.encodeWithSelector(
                NexusRollup.Rollup_PriorityOpsMismatch.selector, forged, h.priorityHashAfter
            )
        );
    }

    function test_submitBatch_badPubdataHash_reverts() public {
        bytes memory pd = pubdata("");
        BatchHeader memory h = header(pd, 0);
        h.pubdataHash = bytes32(uint256(5));
        expectSubmitRevert(
            h,
            pd,
            abi.encodeWithSelector(
                NexusRollup.Rollup_BadPubdataHash.selector, sha256(pd), bytes32(uint256(5))
            )
        );
    }

    function test_submitBatch_badProof_reverts() public {
        bytes memory pd = pubdata("");
        BatchHeader memory h = header(pd, 0);
        verifier.expect(PROOF, inputsOf(h));
        vm.expectRevert(FixtureVerifier.FixtureVerifier_Rejected.selector);
        rollup.submitBatch(h, pd, hex"5eed0002");
    }

    function test_submitBatch_proofForOtherHeader_reverts() public {
        bytes memory pd = pubdata("");
        BatchHeader memory h = header(pd, 0);
        verifier.expect(PROOF, inputsOf(h));
        h.newStateRoot ^= 1;
        vm.expectRevert(FixtureVerifier.FixtureVerifier_Rejected.selector);
        rollup.submitBatch(h, pd, PROOF);
    }

    function test_submitBatch_shortPubdata_reverts() public {
        bytes memory pd = hex"00";
        BatchHeader memory h = header(pd, 0);
        expectSubmitRevert(h, pd, abi.encodeWithSelector(NexusRollup.Rollup_BadPubdataLength.selector, 1));
    }

    function test_submitBatch_partialChunk_reverts() public {
        bytes memory pd = abi.encodePacked(pubdata(""), hex"14");
        BatchHeader memory h = header(pd, 0);
        expectSubmitRevert(h, pd, abi.encodeWithSelector(NexusRollup.Rollup_BadPubdataLength.selector, 33));
    }

    function test_submitBatch_unknownOpType_reverts() public {
        bytes memory pd = pubdata(pad(hex"07", 1));
        BatchHeader memory h = header(pd, 0);
        expectSubmitRevert(h, pd, abi.encodeWithSelector(NexusRollup.Rollup_BadOpType.selector, 32, uint8(7)));
    }

    function test_submitBatch_noopInPubdata_reverts() public {
        bytes memory pd = pubdata(pad("", 1));
        BatchHeader memory h = header(pd, 0);
        expectSubmitRevert(h, pd, abi.encodeWithSelector(NexusRollup.Rollup_BadOpType.selector, 32, uint8(0)));
    }

    function test_submitBatch_truncatedOp_reverts() public {
        bytes memory pd = pubdata(pad(hex"11", 1)); // Withdraw needs 5 chunks
        BatchHeader memory h = header(pd, 0);
        expectSubmitRevert(
            h, pd, abi.encodeWithSelector(NexusRollup.Rollup_BadOpType.selector, 32, uint8(0x11))
        );
    }

    function test_submitBatch_truncatedSkippedOp_reverts() public {
        bytes memory pd = pubdata(pad(hex"12", 1)); // SubmitJob needs 3 chunks
        BatchHeader memory h = header(pd, 0);
        expectSubmitRevert(
            h, pd, abi.encodeWithSelector(NexusRollup.Rollup_BadOpType.selector, pd.length, uint8(0))
        );
    }

    function test_submitBatch_withdrawUnknownToken_reverts() public {
        bytes memory pd = pubdata(opWithdraw(1, 9, 1, bob));
        BatchHeader memory h = header(pd, 0);
        expectSubmitRevert(h, pd, abi.encodeWithSelector(NexusRollup.Rollup_UnknownToken.selector, uint16(9)));
    }

    function test_submitBatch_fulfillUnknownL1Job_reverts() public {
        uint32 jobId = uint32(1 << 31) + 5;
        bytes memory pd = pubdata(opFulfillL1(jobId, 4, 1));
        BatchHeader memory h = header(pd, 0);
        expectSubmitRevert(h, pd, abi.encodeWithSelector(NexusRollup.Rollup_BadL1Job.selector, jobId));
    }

    function test_submitBatch_refundUnknownL1Job_reverts() public {
        uint32 jobId = uint32(1 << 31) + 5;
        bytes memory pd = pubdata(opExpire(jobId, 0, 0, address(0)));
        BatchHeader memory h = header(pd, 0);
        expectSubmitRevert(h, pd, abi.encodeWithSelector(NexusRollup.Rollup_BadL1Job.selector, jobId));
    }

    function test_submitBatch_exodus_reverts() public {
        _enterExodus();
        bytes memory pd = pubdata("");
        BatchHeader memory h = header(pd, 0);
        expectSubmitRevert(h, pd, abi.encodeWithSelector(NexusRollup.Rollup_ExodusActive.selector));
    }

    // ---- claimWithdrawal ----

    function test_claimWithdrawal_eth_succeeds() public {
        vm.prank(alice);
        rollup.depositETH{value: 3 ether}(PK);
        submit(bytes.concat(opDeposit(1, 0, 3 ether, PK, alice), opWithdraw(1, 0, 2 ether, bob)), 1);
        uint256 before = bob.balance;
        vm.prank(bob);
        assertEq(rollup.claimWithdrawal(0), 2 ether);
        assertEq(bob.balance, before + 2 ether);
        assertEq(rollup.claimable(bob, 0), 0);
    }

    function test_claimWithdrawal_token_succeeds() public {
        vm.prank(alice);
        rollup.depositERC20(address(token), 500, PK);
        submit(bytes.concat(opDeposit(1, tokenId, 500, PK, alice), opWithdraw(1, tokenId, 300, bob)), 1);
        vm.prank(bob);
        rollup.claimWithdrawal(tokenId);
        assertEq(token.balanceOf(bob), 300);
    }

    function test_claimWithdrawal_twice_reverts() public {
        vm.prank(alice);
        rollup.depositETH{value: 1 ether}(PK);
        submit(bytes.concat(opDeposit(1, 0, 1 ether, PK, alice), opWithdraw(1, 0, 1 ether, bob)), 1);
        vm.startPrank(bob);
        rollup.claimWithdrawal(0);
        vm.expectRevert(NexusRollup.Rollup_NothingToClaim.selector);
        rollup.claimWithdrawal(0);
        vm.stopPrank();
    }

    function test_claimWithdrawal_nothing_reverts() public {
        vm.expectRevert(NexusRollup.Rollup_NothingToClaim.selector);
        vm.prank(bob);
        rollup.claimWithdrawal(0);
    }

    function test_claimWithdrawal_receiverRejectsEth_reverts() public {
        Rejecter r = new Rejecter();
        vm.prank(alice);
        rollup.depositETH{value: 1 ether}(PK);
        submit(bytes.concat(opDeposit(1, 0, 1 ether, PK, alice), opWithdraw(1, 0, 1 ether, address(r))), 1);
        vm.expectRevert(
            abi.encodeWithSelector(SafeTransfer.SafeTransfer_EthFailed.selector, address(r), 1 ether)
        );
        r.claim(rollup);
        assertEq(rollup.claimable(address(r), 0), 1 ether);
    }

    function test_claimWithdrawal_tokenFails_reverts() public {
        vm.prank(alice);
        rollup.depositERC20(address(token), 500, PK);
        submit(bytes.concat(opDeposit(1, tokenId, 500, PK, alice), opWithdraw(1, tokenId, 300, bob)), 1);
        token.setFailTransfers(true);
        vm.expectRevert(
            abi.encodeWithSelector(SafeTransfer.SafeTransfer_TokenFailed.selector, address(token), bob, 300)
        );
        vm.prank(bob);
        rollup.claimWithdrawal(tokenId);
    }

    // ---- receive ----

    function test_receive_notRegistry_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_NotFromRegistry.selector, alice));
        vm.prank(alice);
        (bool ok,) = address(rollup).call{value: 1}("");
        ok;
    }

    // ---- helpers ----

    function _enterExodus() internal {
        vm.prank(alice);
        rollup.depositETH{value: 1}(PK);
        vm.warp(block.timestamp + PRIORITY_DEADLINE + 1);
        rollup.activateExodus();
    }
}

contract Rejecter {
    function claim(NexusRollup r) external {
        r.claimWithdrawal(0);
    }
}
