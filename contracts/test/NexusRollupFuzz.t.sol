// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {NexusTestBase} from "./helpers/NexusTestBase.sol";
import {NexusRollup} from "../src/NexusRollup.sol";
import {BatchHeader, Pubdata} from "../src/libraries/Pubdata.sol";

contract NexusRollupFuzzTest is NexusTestBase {
    function testFuzz_depositETH_chainsAnyAmount_succeeds(uint128 amount, bytes32 pk) public {
        amount = uint128(bound(amount, 1, 1e30));
        pk = bytes32(uint256(pk) % R377);
        vm.assume(Pubdata.isValidPubkey(pk)); // L1 takes keys on the L2 curve only (about half of all encodings)
        vm.deal(alice, amount);
        vm.prank(alice);
        rollup.depositETH{value: amount}(pk);
        bytes memory enc = abi.encodePacked(uint8(1), uint16(0), amount, pk, alice);
        assertEq(rollup.priorityHash(1), sha256(abi.encodePacked(bytes32(0), enc)));
    }

    /// Changing any single header field of a valid batch makes it fail: either a
    /// header check, or the proof (the fixture accepts only the original inputs).
    function testFuzz_submitBatch_anyHeaderFieldChanged_reverts(uint8 field, uint256 delta) public {
        vm.prank(alice);
        rollup.depositETH{value: 1 ether}(PK);
        bytes memory pd = pubdata(opDeposit(1, 0, 1 ether, PK, alice));
        BatchHeader memory h = header(pd, 1);
        verifier.expect(PROOF, inputsOf(h));
        delta = bound(delta, 1, type(uint64).max);
        field = uint8(bound(field, 0, 7));
        if (field == 0) h.batchNumber ^= uint64(delta);
        else if (field == 1) h.timestamp -= uint64(bound(delta, 1, h.timestamp));
        else if (field == 2) h.priorityOpsConsumed = uint64(bound(delta, 2, type(uint64).max));
        else if (field == 3) h.prevStateRoot ^= delta;
        else if (field == 4) h.newStateRoot = (h.newStateRoot + delta) % R377;
        else if (field == 5) h.priorityHashBefore ^= bytes32(delta);
        else if (field == 6) h.priorityHashAfter ^= bytes32(delta);
        else h.pubdataHash ^= bytes32(delta);
        vm.expectRevert();
        rollup.submitBatch(h, pd, PROOF);
    }

    /// Flipping any byte of the pubdata breaks the hash check.
    function testFuzz_submitBatch_pubdataByteFlipped_reverts(uint256 pos, uint8 x) public {
        bytes memory pd = pubdata(bytes.concat(opTransfer(1, 2, 0, 5), opWithdraw(1, 0, 0, bob)));
        BatchHeader memory h = header(pd, 0);
        verifier.expect(PROOF, inputsOf(h));
        pos = bound(pos, 0, pd.length - 1);
        pd[pos] ^= bytes1(uint8(bound(x, 1, 255)));
        vm.expectRevert(
            abi.encodeWithSelector(NexusRollup.Rollup_BadPubdataHash.selector, sha256(pd), h.pubdataHash)
        );
        rollup.submitBatch(h, pd, PROOF);
    }

    function testFuzz_claimWithdrawal_paysExactlyOnce_succeeds(uint128 a, uint128 b, address to) public {
        assumeNotForgeAddress(to);
        vm.assume(to.code.length == 0 && uint160(to) > 0xffff && to != address(rollup));
        a = uint128(bound(a, 1, 500 ether));
        b = uint128(bound(b, 0, 500 ether - a));
        vm.prank(alice);
        rollup.depositETH{value: 1000 ether}(PK);
        bytes memory ops = opDeposit(1, 0, 1000 ether, PK, alice);
        ops = bytes.concat(ops, opWithdraw(1, 0, a, to));
        if (b != 0) ops = bytes.concat(ops, opWithdraw(1, 0, b, to));
        submit(ops, 1);
        assertEq(rollup.claimable(to, 0), uint256(a) + b);
        uint256 before = to.balance;
        vm.prank(to);
        rollup.claimWithdrawal(0);
        assertEq(to.balance - before, uint256(a) + b);
        vm.expectRevert(NexusRollup.Rollup_NothingToClaim.selector);
        vm.prank(to);
        rollup.claimWithdrawal(0);
    }

    function testFuzz_expireJob_splitsSlash_succeeds(uint128 stake, uint64 slashGwei) public {
        stake = uint128(bound(stake, MIN_STAKE, 1000 ether));
        slashGwei = uint64(bound(slashGwei, 1, stake / 1 gwei));
        registerProver(prover, stake);
        submit(bytes.concat(opProverStake(4, stake, PK, prover), opExpire(3, 4, slashGwei, prover)), 1);
        uint256 s = uint256(slashGwei) * 1 gwei;
        assertEq(registry.stakeOf(prover), stake - s);
        assertEq(address(rollup).balance, s / 2);
        assertEq(registry.totalBurned(), s - s / 2);
        assertEq(address(registry).balance, registry.totalStake() + registry.totalBurned());
    }

    function testFuzz_requestInference_anyGweiFee_succeeds(uint64 feeGwei, uint64 modelFee) public {
        modelFee = uint64(bound(modelFee, 0, 1e12));
        feeGwei = uint64(bound(feeGwei, modelFee, 1e15));
        uint32 m = registerModel(modelFee);
        vm.deal(dapp, uint256(feeGwei) * 1 gwei);
        vm.prank(dapp);
        uint32 id =
            rollup.requestInference{value: uint256(feeGwei) * 1 gwei}(m, 1, uint32(block.timestamp + 1), "");
        assertEq(rollup.l1Job(id).feeGwei, feeGwei);
        assertEq(address(rollup).balance, uint256(feeGwei) * 1 gwei);
    }

    function testFuzz_activateExodus_onlyAfterDeadline_succeeds(uint32 wait) public {
        vm.prank(alice);
        rollup.depositETH{value: 1}(PK);
        vm.warp(block.timestamp + wait);
        if (wait <= PRIORITY_DEADLINE) {
            vm.expectRevert(NexusRollup.Rollup_NoOverduePriorityOp.selector);
            rollup.activateExodus();
        } else {
            rollup.activateExodus();
            assertTrue(rollup.exodusMode());
        }
    }
}
