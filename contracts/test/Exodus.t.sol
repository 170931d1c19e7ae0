// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {NexusTestBase} from "./helpers/NexusTestBase.sol";
import {NexusRollup} from "../src/NexusRollup.sol";
import {BatchHeader} from "../src/libraries/Pubdata.sol";
import {ExitRoot, ExitProof, ModelExitProof} from "../src/ExitRoot.sol";
import {Poseidon2} from "../src/libraries/Poseidon2.sol";
import {IVerifier} from "../src/interfaces/IVerifier.sol";

/// Exodus (RELIABILITY C.5): activation, refusal of batches, refunds of unconsumed
/// priority ops, and exits with Merkle proofs from the Go state tree
/// (testdata/protocol/exit.json, written by rollup/protocol from rollup/state).
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

    /// An L1 job whose L1Job op a settled batch consumed, and a second one left in the
    /// queue, and alice's deposit of 1 ether (op 4) in the queue; then exodus. Returns
    /// both job ids, the model id and the deadline.
    function _exodusWithL1Jobs() internal returns (uint32 consumed, uint32 queued, uint32 m, uint32 d) {
        m = registerModel(0);
        d = uint32(block.timestamp + 1 hours);
        vm.startPrank(dapp);
        consumed = rollup.requestInference{value: 3 gwei}(m, 5, d, "");
        queued = rollup.requestInference{value: 4 gwei}(m, 6, d, "");
        vm.stopPrank();
        submit(bytes.concat(opRegisterModel(m, 1, 0, VK, PK2, bob), opL1Job(consumed, m, 3, d, 5)), 2);
        vm.prank(alice);
        rollup.depositETH{value: 1 ether}(PK);
        vm.warp(block.timestamp + PRIORITY_DEADLINE + 1);
        rollup.activateExodus();
    }

    function test_exodusRefundL1Job_consumedPending_succeeds() public {
        (uint32 consumed,,,) = _exodusWithL1Jobs();
        vm.expectEmit(address(rollup));
        emit NexusRollup.L1JobRefunded(consumed, dapp, 3 gwei);
        vm.prank(alice); // anyone may trigger it: the requester is paid
        rollup.exodusRefundL1Job(consumed);
        assertEq(rollup.claimable(dapp, 0), 3 gwei);
        assertEq(uint8(rollup.l1Job(consumed).status), uint8(NexusRollup.L1JobStatus.Refunded));
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_BadL1Job.selector, consumed));
        rollup.exodusRefundL1Job(consumed);
    }

    function test_exodusRefundL1Job_unconsumed_thenByIndex_reverts() public {
        (, uint32 queued, uint32 m, uint32 d) = _exodusWithL1Jobs();
        rollup.exodusRefundL1Job(queued);
        assertEq(rollup.claimable(dapp, 0), 4 gwei);
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_AlreadyRefunded.selector, 3));
        rollup.exodusRefund(3, abi.encodePacked(uint8(5), queued, m, uint64(4), d, uint256(6)));
        assertEq(rollup.claimable(dapp, 0), 4 gwei);
    }

    function test_exodusRefundL1Job_afterRefundByIndex_reverts() public {
        (, uint32 queued, uint32 m, uint32 d) = _exodusWithL1Jobs();
        rollup.exodusRefund(3, abi.encodePacked(uint8(5), queued, m, uint64(4), d, uint256(6)));
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_BadL1Job.selector, queued));
        rollup.exodusRefundL1Job(queued);
        assertEq(rollup.claimable(dapp, 0), 4 gwei);
    }

    function test_exodusRefundL1Job_fulfilled_reverts() public {
        uint32 m = registerModel(0);
        uint32 d = uint32(block.timestamp + 1 hours);
        vm.prank(dapp);
        uint32 jobId = rollup.requestInference{value: 3 gwei}(m, 5, d, "");
        submit(
            bytes.concat(
                opRegisterModel(m, 1, 0, VK, PK2, bob), opL1Job(jobId, m, 3, d, 5), opFulfillL1(jobId, 2, 9)
            ),
            2
        );
        vm.prank(alice);
        rollup.depositETH{value: 1}(PK);
        vm.warp(block.timestamp + PRIORITY_DEADLINE + 1);
        rollup.activateExodus();
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_BadL1Job.selector, jobId));
        rollup.exodusRefundL1Job(jobId);
    }

    function test_exodusRefundL1Job_unknownJob_reverts() public {
        _exodusWithDeposit();
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_BadL1Job.selector, uint32(1 << 31)));
        rollup.exodusRefundL1Job(uint32(1 << 31));
    }

    function test_exodusRefundL1Job_notExodus_reverts() public {
        vm.expectRevert(NexusRollup.Rollup_ExodusNotActive.selector);
        rollup.exodusRefundL1Job(uint32(1 << 31));
    }

    /// Every wei the rollup holds in exodus has a claimant: after the refunds and the
    /// claims of an L1-only history, nothing is left.
    function test_exodus_everyL1WeiLeaves_succeeds() public {
        (uint32 consumed, uint32 queued,,) = _exodusWithL1Jobs();
        rollup.exodusRefund(4, abi.encodePacked(uint8(1), uint16(0), uint128(1 ether), PK, alice));
        rollup.exodusRefundL1Job(consumed);
        rollup.exodusRefundL1Job(queued);
        vm.prank(alice);
        rollup.claimWithdrawal(0);
        vm.prank(dapp);
        rollup.claimWithdrawal(0);
        assertEq(address(rollup).balance, 0);
    }

    function _exodusWithDeposit() internal returns (bytes memory enc) {
        vm.prank(alice);
        rollup.depositETH{value: 1 ether}(PK);
        enc = abi.encodePacked(uint8(1), uint16(0), uint128(1 ether), PK, alice);
        vm.warp(block.timestamp + PRIORITY_DEADLINE + 1);
        rollup.activateExodus();
    }

    // ---- exit ----

    string internal exitJson;

    function _exitRollup() internal returns (NexusRollup r) {
        exitJson = vm.readFile("testdata/protocol/exit.json");
        uint256 root = uint256(vm.parseJsonBytes32(exitJson, ".stateRoot"));
        r = new NexusRollup(
            owner, IVerifier(address(verifier)), registry, models, root, PRIORITY_DEADLINE, 24, 4, 12
        );
        vm.prank(owner);
        r.addToken(address(token));
        // Funds the settled state stands for, plus a deposit that is never consumed.
        vm.deal(address(r), 10 ether);
        token.mint(address(r), 100_000);
        vm.prank(alice);
        r.depositETH{value: 1}(PK);
    }

    function _proof(uint256 b) internal view returns (ExitProof memory p) {
        string memory k = string.concat(".balances[", vm.toString(b), "]");
        p.accountId = uint32(vm.parseJsonUint(exitJson, ".accountId"));
        p.token = uint16(vm.parseJsonUint(exitJson, string.concat(k, ".token")));
        p.balance = vm.parseJsonUint(exitJson, string.concat(k, ".balance"));
        p.pubKeyX = uint256(vm.parseJsonBytes32(exitJson, ".pubKeyX"));
        p.pubKeyY = uint256(vm.parseJsonBytes32(exitJson, ".pubKeyY"));
        p.l1Address = vm.parseJsonAddress(exitJson, ".l1Address");
        p.nonce = uint64(vm.parseJsonUint(exitJson, ".nonce"));
        p.stake = vm.parseJsonUint(exitJson, ".stake");
        p.locked = vm.parseJsonUint(exitJson, ".locked");
        p.fulfilled = uint64(vm.parseJsonUint(exitJson, ".fulfilled"));
        p.expired = uint64(vm.parseJsonUint(exitJson, ".expired"));
        p.exiting = vm.parseJsonBool(exitJson, ".exiting");
        p.escrowGwei = uint64(vm.parseJsonUint(exitJson, ".escrowGwei"));
        p.tokenSiblings = _uints(string.concat(k, ".tokenSiblings"));
        p.accountSiblings = _uints(string.concat(k, ".accountSiblings"));
        p.jobsRoot = uint256(vm.parseJsonBytes32(exitJson, ".jobsRoot"));
        p.modelsRoot = uint256(vm.parseJsonBytes32(exitJson, ".modelsRoot"));
    }

    /// The unclaimed fees of the vector's model and its owner's account leaf.
    function _modelProof() internal view returns (ModelExitProof memory p) {
        p.modelId = uint32(vm.parseJsonUint(exitJson, ".model.modelId"));
        p.vkHash = uint256(vm.parseJsonBytes32(exitJson, ".model.vkHash"));
        p.ownerAccount = uint32(vm.parseJsonUint(exitJson, ".model.ownerAccount"));
        p.feeGwei = uint64(vm.parseJsonUint(exitJson, ".model.feeGwei"));
        p.earnedGwei = uint64(vm.parseJsonUint(exitJson, ".model.earnedGwei"));
        p.modelSiblings = _uints(".model.modelSiblings");
        p.pubKeyX = uint256(vm.parseJsonBytes32(exitJson, ".model.owner.pubKeyX"));
        p.pubKeyY = uint256(vm.parseJsonBytes32(exitJson, ".model.owner.pubKeyY"));
        p.l1Address = vm.parseJsonAddress(exitJson, ".model.owner.l1Address");
        p.nonce = uint64(vm.parseJsonUint(exitJson, ".model.owner.nonce"));
        p.tokenRoot = uint256(vm.parseJsonBytes32(exitJson, ".model.owner.tokenRoot"));
        p.stake = vm.parseJsonUint(exitJson, ".model.owner.stake");
        p.locked = vm.parseJsonUint(exitJson, ".model.owner.locked");
        p.fulfilled = uint64(vm.parseJsonUint(exitJson, ".model.owner.fulfilled"));
        p.expired = uint64(vm.parseJsonUint(exitJson, ".model.owner.expired"));
        p.exiting = vm.parseJsonBool(exitJson, ".model.owner.exiting");
        p.escrowGwei = uint64(vm.parseJsonUint(exitJson, ".model.owner.escrowGwei"));
        p.accountSiblings = _uints(".model.owner.accountSiblings");
        p.jobsRoot = uint256(vm.parseJsonBytes32(exitJson, ".jobsRoot"));
    }

    /// The model owner's ETH exit: no ETH balance, only the fee of its open job in escrow.
    function _ownerEthProof() internal view returns (ExitProof memory p) {
        ModelExitProof memory m = _modelProof();
        p.accountId = m.ownerAccount;
        p.balance = vm.parseJsonUint(exitJson, ".model.owner.ethBalance");
        (p.pubKeyX, p.pubKeyY, p.l1Address, p.nonce) = (m.pubKeyX, m.pubKeyY, m.l1Address, m.nonce);
        (p.stake, p.locked, p.fulfilled, p.expired) = (m.stake, m.locked, m.fulfilled, m.expired);
        (p.exiting, p.escrowGwei) = (m.exiting, m.escrowGwei);
        p.tokenSiblings = _uints(".model.owner.ethTokenSiblings");
        p.accountSiblings = m.accountSiblings;
        p.jobsRoot = m.jobsRoot;
        p.modelsRoot = uint256(vm.parseJsonBytes32(exitJson, ".modelsRoot"));
    }

    function _uints(string memory key) internal view returns (uint256[] memory out) {
        bytes32[] memory b = vm.parseJsonBytes32Array(exitJson, key);
        out = new uint256[](b.length);
        for (uint256 i; i < b.length; i++) {
            out[i] = uint256(b[i]);
        }
    }

    function _exodus(NexusRollup r) internal {
        vm.warp(block.timestamp + PRIORITY_DEADLINE + 1);
        r.activateExodus();
    }

    /// The ETH exit pays the balance and the escrowed fees of the account's open and
    /// locked L2 jobs, once.
    function test_exit_goStateProof_paysBalanceAndEscrowOnce_succeeds() public {
        NexusRollup r = _exitRollup();
        _exodus(r);
        ExitProof memory p = _proof(0);
        assertEq(p.escrowGwei, 70);
        uint256 want = 1.5 ether + 70 gwei;
        vm.expectEmit(address(r));
        emit NexusRollup.Exit(p.accountId, 0, p.l1Address, want);
        vm.prank(bob); // anyone may submit the proof; the account's L1 address is paid
        r.exit(p);
        assertEq(r.claimable(p.l1Address, 0), want);
        vm.expectRevert(
            abi.encodeWithSelector(NexusRollup.Rollup_AlreadyExited.selector, p.accountId, uint16(0))
        );
        r.exit(p);
        vm.prank(p.l1Address);
        r.claimWithdrawal(0);
        assertEq(p.l1Address.balance, want);
    }

    /// A token exit pays the token balance only: the escrow is ETH and leaves with ETH.
    function test_exit_tokenBalance_succeeds() public {
        NexusRollup r = _exitRollup();
        _exodus(r);
        ExitProof memory p = _proof(1);
        vm.expectEmit(address(r));
        emit NexusRollup.Exit(p.accountId, 1, p.l1Address, 777);
        r.exit(p);
        vm.prank(p.l1Address);
        r.claimWithdrawal(1);
        assertEq(token.balanceOf(p.l1Address), 777);
        assertEq(r.claimable(p.l1Address, 0), 0);
    }

    /// An account without ETH but with job fees in escrow exits ETH: the escrow.
    function test_exit_noEthOnlyEscrow_succeeds() public {
        NexusRollup r = _exitRollup();
        _exodus(r);
        ExitProof memory p = _ownerEthProof();
        assertEq(p.balance, 0);
        r.exit(p);
        assertEq(r.claimable(p.l1Address, 0), 10 gwei);
        assertTrue(r.exited(p.accountId, 0));
    }

    function test_exit_notExodus_reverts() public {
        NexusRollup r = _exitRollup();
        ExitProof memory p = _proof(0);
        vm.expectRevert(NexusRollup.Rollup_ExodusNotActive.selector);
        r.exit(p);
    }

    function test_exit_inflatedBalance_reverts() public {
        NexusRollup r = _exitRollup();
        _exodus(r);
        ExitProof memory p = _proof(0);
        p.balance += 1;
        vm.expectRevert(NexusRollup.Rollup_BadExitProof.selector);
        r.exit(p);
    }

    function test_exit_inflatedEscrow_reverts() public {
        NexusRollup r = _exitRollup();
        _exodus(r);
        ExitProof memory p = _proof(0);
        p.escrowGwei += 1;
        vm.expectRevert(NexusRollup.Rollup_BadExitProof.selector);
        r.exit(p);
    }

    function test_exit_otherAddress_reverts() public {
        NexusRollup r = _exitRollup();
        _exodus(r);
        ExitProof memory p = _proof(0);
        p.l1Address = bob;
        vm.expectRevert(NexusRollup.Rollup_BadExitProof.selector);
        r.exit(p);
    }

    function test_exit_wrongToken_reverts() public {
        NexusRollup r = _exitRollup();
        _exodus(r);
        ExitProof memory p = _proof(0);
        p.token = 1; // token 0's proof claimed for token 1
        vm.expectRevert(NexusRollup.Rollup_BadExitProof.selector);
        r.exit(p);
    }

    /// Account ids past the tree's depth fold like their low bits: refused, or an account
    /// would exit twice under two ids.
    function test_exit_aliasedAccountId_reverts() public {
        NexusRollup r = _exitRollup();
        _exodus(r);
        ExitProof memory p = _proof(0);
        p.accountId += 1 << 24;
        vm.expectRevert(
            abi.encodeWithSelector(ExitRoot.ExitRoot_IndexTooLarge.selector, uint256(p.accountId))
        );
        r.exit(p);
    }

    /// A proof of an earlier settled state: the rollup has settled a batch since.
    function test_exit_staleRoot_reverts() public {
        NexusRollup r = _exitRollup();
        rollup = r; // settle through the base's helpers
        submit(opDeposit(1, 0, 1, PK, alice), 1);
        vm.prank(alice);
        r.depositETH{value: 1}(PK);
        _exodus(r);
        vm.expectRevert(NexusRollup.Rollup_BadExitProof.selector);
        r.exit(_proof(0));
        vm.expectRevert(NexusRollup.Rollup_BadExitProof.selector);
        r.exitModelFees(_modelProof());
    }

    function test_exit_unknownToken_reverts() public {
        NexusRollup r = _exitRollup();
        _exodus(r);
        ExitProof memory p = _proof(0);
        p.token = 9;
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_UnknownToken.selector, uint16(9)));
        r.exit(p);
    }

    function test_exit_nothing_reverts() public {
        NexusRollup r = _exitRollup();
        _exodus(r);
        ExitProof memory p = _proof(0);
        p.balance = 0;
        p.escrowGwei = 0;
        vm.expectRevert(NexusRollup.Rollup_NothingToExit.selector);
        r.exit(p);
        p = _proof(1);
        p.balance = 0; // a token exit with ETH in escrow has nothing of the token
        vm.expectRevert(NexusRollup.Rollup_NothingToExit.selector);
        r.exit(p);
    }

    /// A rollup deployed for a development circuit's small trees (accounts 3, tokens 1,
    /// models 2) takes exit proofs of those depths and refuses the production shape.
    function test_exit_smallTreeDepths_succeeds() public {
        ExitProof memory p;
        p.accountId = 5;
        p.token = 1;
        p.balance = 7 ether;
        p.pubKeyX = 11;
        p.pubKeyY = 12;
        p.l1Address = alice;
        p.escrowGwei = 3;
        p.tokenSiblings = new uint256[](1);
        p.tokenSiblings[0] = 99;
        p.accountSiblings = new uint256[](3);
        p.accountSiblings[1] = 1234;
        p.jobsRoot = 5;
        p.modelsRoot = 6;
        uint256 root = new ExitRoot(3, 1, 2).root(p);
        NexusRollup r = new NexusRollup(
            owner, IVerifier(address(verifier)), registry, models, root, PRIORITY_DEADLINE, 3, 1, 2
        );
        vm.prank(owner);
        r.addToken(address(token));
        vm.prank(alice);
        r.depositETH{value: 1}(PK);
        _exodus(r);
        ExitProof memory wide = _proofFromJson(r);
        vm.expectRevert(abi.encodeWithSelector(ExitRoot.ExitRoot_BadProofLength.selector, 4, 24));
        r.exit(wide);
        vm.expectRevert(abi.encodeWithSelector(ExitRoot.ExitRoot_BadModelProofLength.selector, 12, 24));
        r.exitModelFees(_modelProof());
        r.exit(p);
        assertEq(r.claimable(alice, 1), 7 ether);
        assertEq(r.exitRoot().accountTreeDepth(), 3);
        assertEq(r.exitRoot().tokenTreeDepth(), 1);
        assertEq(r.exitRoot().modelTreeDepth(), 2);
    }

    function _proofFromJson(NexusRollup) internal returns (ExitProof memory) {
        exitJson = vm.readFile("testdata/protocol/exit.json");
        return _proof(0);
    }

    function test_constructor_badExitDepth_reverts() public {
        uint8[3][6] memory bad = [[0, 4, 12], [33, 4, 12], [24, 0, 12], [24, 5, 12], [24, 4, 0], [24, 4, 33]];
        for (uint256 i; i < bad.length; i++) {
            vm.expectRevert(
                abi.encodeWithSelector(ExitRoot.ExitRoot_BadDepth.selector, bad[i][0], bad[i][1], bad[i][2])
            );
            new NexusRollup(
                owner,
                IVerifier(address(verifier)),
                registry,
                models,
                GENESIS_ROOT,
                1,
                bad[i][0],
                bad[i][1],
                bad[i][2]
            );
        }
    }

    function test_exit_shortProof_reverts() public {
        NexusRollup r = _exitRollup();
        _exodus(r);
        ExitProof memory p = _proof(0);
        uint256[] memory shorter = new uint256[](23);
        p.accountSiblings = shorter;
        vm.expectRevert(abi.encodeWithSelector(ExitRoot.ExitRoot_BadProofLength.selector, 4, 23));
        r.exit(p);
    }

    function test_exit_siblingNotInField_reverts() public {
        NexusRollup r = _exitRollup();
        _exodus(r);
        ExitProof memory p = _proof(0);
        p.tokenSiblings[0] = R377;
        vm.expectRevert(abi.encodeWithSelector(Poseidon2.Poseidon2_NotInField.selector, R377));
        r.exit(p);
    }

    // ---- exitModelFees ----

    /// A model's unclaimed fees leave once, to its owner account's L1 address, whoever
    /// sends the proof; the owner's own ETH exit (its escrow) is separate.
    function test_exitModelFees_goStateProof_paysOnce_succeeds() public {
        NexusRollup r = _exitRollup();
        _exodus(r);
        ModelExitProof memory p = _modelProof();
        assertEq(p.earnedGwei, 20);
        vm.expectEmit(address(r));
        emit NexusRollup.ModelFeesExit(p.modelId, p.ownerAccount, p.l1Address, 20 gwei);
        vm.expectEmit(address(r));
        emit NexusRollup.WithdrawalClaimable(p.l1Address, 0, 20 gwei);
        vm.prank(bob);
        r.exitModelFees(p);
        assertTrue(r.modelFeesExited(p.modelId));
        assertEq(r.claimable(p.l1Address, 0), 20 gwei);
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_ModelFeesExited.selector, p.modelId));
        r.exitModelFees(p);
        r.exit(_ownerEthProof());
        assertEq(r.claimable(p.l1Address, 0), 30 gwei);
        vm.prank(p.l1Address);
        r.claimWithdrawal(0);
        assertEq(p.l1Address.balance, 30 gwei);
    }

    function test_exitModelFees_notExodus_reverts() public {
        NexusRollup r = _exitRollup();
        ModelExitProof memory p = _modelProof();
        vm.expectRevert(NexusRollup.Rollup_ExodusNotActive.selector);
        r.exitModelFees(p);
    }

    function test_exitModelFees_inflatedEarned_reverts() public {
        NexusRollup r = _exitRollup();
        _exodus(r);
        ModelExitProof memory p = _modelProof();
        p.earnedGwei += 1;
        vm.expectRevert(NexusRollup.Rollup_BadExitProof.selector);
        r.exitModelFees(p);
    }

    function test_exitModelFees_otherAddress_reverts() public {
        NexusRollup r = _exitRollup();
        _exodus(r);
        ModelExitProof memory p = _modelProof();
        p.l1Address = bob;
        vm.expectRevert(NexusRollup.Rollup_BadExitProof.selector);
        r.exitModelFees(p);
    }

    /// The model leaf names its owner: another account's leaf does not prove it.
    function test_exitModelFees_otherOwner_reverts() public {
        NexusRollup r = _exitRollup();
        _exodus(r);
        ModelExitProof memory p = _modelProof();
        ExitProof memory a = _proof(0); // account 5's leaf
        p.ownerAccount = a.accountId;
        (p.pubKeyX, p.pubKeyY, p.l1Address, p.nonce) = (a.pubKeyX, a.pubKeyY, a.l1Address, a.nonce);
        p.accountSiblings = a.accountSiblings;
        vm.expectRevert(NexusRollup.Rollup_BadExitProof.selector);
        r.exitModelFees(p);
    }

    function test_exitModelFees_forgedOwnerEscrow_reverts() public {
        NexusRollup r = _exitRollup();
        _exodus(r);
        ModelExitProof memory p = _modelProof();
        p.escrowGwei += 1;
        vm.expectRevert(NexusRollup.Rollup_BadExitProof.selector);
        r.exitModelFees(p);
    }

    function test_exitModelFees_otherModel_reverts() public {
        NexusRollup r = _exitRollup();
        _exodus(r);
        ModelExitProof memory p = _modelProof();
        p.modelId = 3; // model 1's leaf claimed for model 3
        vm.expectRevert(NexusRollup.Rollup_BadExitProof.selector);
        r.exitModelFees(p);
    }

    /// Model ids past the models tree's depth would alias model 1 and exit its fees twice.
    function test_exitModelFees_aliasedModelId_reverts() public {
        NexusRollup r = _exitRollup();
        _exodus(r);
        ModelExitProof memory p = _modelProof();
        p.modelId += 1 << 12;
        vm.expectRevert(abi.encodeWithSelector(ExitRoot.ExitRoot_IndexTooLarge.selector, uint256(p.modelId)));
        r.exitModelFees(p);
    }

    function test_exitModelFees_nothing_reverts() public {
        NexusRollup r = _exitRollup();
        _exodus(r);
        ModelExitProof memory p = _modelProof();
        p.earnedGwei = 0;
        vm.expectRevert(NexusRollup.Rollup_NothingToExit.selector);
        r.exitModelFees(p);
    }

    function test_exitModelFees_shortProof_reverts() public {
        NexusRollup r = _exitRollup();
        _exodus(r);
        ModelExitProof memory p = _modelProof();
        p.modelSiblings = new uint256[](11);
        vm.expectRevert(abi.encodeWithSelector(ExitRoot.ExitRoot_BadModelProofLength.selector, 11, 24));
        r.exitModelFees(p);
    }

    /// After the exits of the vector's accounts and model, every wei the settled state
    /// stands for is claimable: 1.5 ETH + 70 gwei (account 5), 10 gwei (the owner's
    /// escrow), 20 gwei (the model's fees).
    function test_exit_everyExitOfTheVector_succeeds() public {
        NexusRollup r = _exitRollup();
        vm.deal(address(r), 1.5 ether + 100 gwei + 1); // the settled state's ETH + the queued deposit
        _exodus(r);
        r.exit(_proof(0));
        r.exit(_ownerEthProof());
        r.exitModelFees(_modelProof());
        r.exodusRefund(1, abi.encodePacked(uint8(1), uint16(0), uint128(1), PK, alice));
        ExitProof memory a = _proof(0);
        ModelExitProof memory m = _modelProof();
        vm.prank(a.l1Address);
        r.claimWithdrawal(0);
        vm.prank(m.l1Address);
        r.claimWithdrawal(0);
        vm.prank(alice);
        r.claimWithdrawal(0);
        assertEq(address(r).balance, 0);
    }
}
