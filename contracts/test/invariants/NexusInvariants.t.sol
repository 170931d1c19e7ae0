// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "forge-std/Test.sol";
import {NexusRollup} from "../../src/NexusRollup.sol";
import {ProverRegistry} from "../../src/ProverRegistry.sol";
import {ModelRegistry} from "../../src/ModelRegistry.sol";
import {IVerifier} from "../../src/interfaces/IVerifier.sol";
import {FixtureVerifier} from "../helpers/FixtureVerifier.sol";
import {TestToken} from "../helpers/TestToken.sol";
import {Handler} from "./Handler.sol";
import {ExitHandler} from "./ExitHandler.sol";

/// Invariants of RELIABILITY.md C.2 over random sequences of deposits, inference
/// requests, prover (un)staking, batches with withdrawals/slashes/results, L2 jobs,
/// claims, time and exodus with its refunds, exits and model-fee exits. Sequences are
/// 64 calls deep (the profiles' 32 rarely get from deposits through L2 jobs to exits).
/// forge-config: default.invariant.depth = 64
/// forge-config: ci.invariant.depth = 64
contract NexusInvariants is Test {
    NexusRollup internal rollup;
    ProverRegistry internal registry;
    TestToken internal token;
    Handler internal handler;
    ExitHandler internal exits;

    function setUp() public {
        vm.warp(1_800_000_000);
        FixtureVerifier verifier = new FixtureVerifier();
        registry = new ProverRegistry(address(this), 1 ether, 2 days, 1 hours);
        ModelRegistry models = new ModelRegistry(address(this));
        rollup = new NexusRollup(
            address(this), IVerifier(address(verifier)), registry, models, 0x0b5e, 3 days, 24, 4, 12
        );
        registry.setRollup(address(rollup));
        models.setRollup(address(rollup));
        token = new TestToken();
        handler = _newHandler(verifier, models, rollup.addToken(address(token)));
        exits = handler.exits();
        targetContract(address(handler));
        targetContract(address(exits));
        bytes4[] memory sel = new bytes4[](15);
        sel[0] = Handler.depositETH.selector;
        sel[1] = Handler.depositToken.selector;
        sel[2] = Handler.requestInference.selector;
        sel[3] = Handler.claim.selector;
        sel[4] = Handler.registerProver.selector;
        sel[5] = Handler.requestUnstake.selector;
        sel[6] = Handler.withdrawStake.selector;
        sel[7] = Handler.warp.selector;
        sel[8] = Handler.activateExodus.selector;
        sel[9] = Handler.exodusRefund.selector;
        sel[10] = Handler.submitBatch.selector;
        sel[11] = Handler.submitBatch.selector; // settle twice as often
        sel[12] = Handler.exodusRefundL1Job.selector;
        sel[13] = Handler.settleL2Jobs.selector;
        sel[14] = Handler.settleL2Jobs.selector; // L2 jobs twice as often too
        targetSelector(FuzzSelector({addr: address(handler), selectors: sel}));
        bytes4[] memory out = new bytes4[](3);
        out[0] = ExitHandler.exit.selector;
        out[1] = ExitHandler.exitModelFees.selector;
        out[2] = ExitHandler.exodusLeaveAll.selector;
        targetSelector(FuzzSelector({addr: address(exits), selectors: out}));
        excludeSender(address(rollup));
        excludeSender(address(registry));
    }

    /// A handler whose model (fee 1,000 gwei: it earns on every job, L1 or L2) is owned by
    /// the handler's actor 1, L2 account 2.
    function _newHandler(FixtureVerifier verifier, ModelRegistry models, uint16 tid)
        internal
        returns (Handler h)
    {
        bytes32 pk = bytes32(uint256(0x0abc));
        bytes32 vk = bytes32(uint256(0x7e));
        uint64 fee = 1000;
        address modelOwner = address(uint160(0xa111));
        vm.prank(modelOwner);
        uint32 mid = models.registerModel(vk, fee, pk, "m");
        bytes memory enc = abi.encodePacked(uint8(2), mid, fee, vk, pk, modelOwner);
        bytes memory op = abi.encodePacked(uint8(2), mid, uint32(2), fee, vk, pk, modelOwner, new bytes(7));
        h = new Handler(rollup, registry, verifier, token, tid, mid, fee, enc, op);
        assertEq(h.actorAddress(1), modelOwner);
    }

    /// ETH held == everything that came in − everything claimed, and covers every claim.
    function invariant_ethBalanceMatchesFlows() public view {
        assertEq(address(rollup).balance, handler.ghostEthIn() - handler.ghostEthClaimed());
        assertGe(address(rollup).balance, exits.owed(false));
    }

    /// Tokens held == deposited − claimed, and cover every claim.
    function invariant_tokenBalanceMatchesFlows() public view {
        uint256 bal = token.balanceOf(address(rollup));
        assertEq(bal, handler.ghostTokenIn() - handler.ghostTokenClaimed());
        assertGe(bal, exits.owed(true));
    }

    /// Every wei the rollup holds is claimable now, is paid by an exit still to come (a
    /// settled L2 balance with the escrow of its account's open and locked L2 jobs, or a
    /// model's unclaimed fees), or is refundable to its sender (an unconsumed deposit, an
    /// L1 job neither fulfilled nor refunded). Nothing else: once every exit, model-fee
    /// exit and refund is done, the rollup holds exactly what is claimable.
    function invariant_everyWeiHasAClaimant() public view {
        assertEq(address(rollup).balance, exits.owed(false) + exits.exitable(false) + handler.pending(false));
    }

    /// The same for the token: claimable, exitable or refundable, and nothing else.
    function invariant_everyTokenHasAClaimant() public view {
        assertEq(
            token.balanceOf(address(rollup)), exits.owed(true) + exits.exitable(true) + handler.pending(true)
        );
    }

    /// In exodus, once everything has exited and been refunded, the rollup's balance minus
    /// what is claimable is exactly 0: nothing is left that nobody can claim.
    function invariant_exodusLeavesNothingUnclaimable() public view {
        if (!rollup.exodusMode() || exits.exitable(false) != 0 || handler.pending(false) != 0) return;
        assertEq(address(rollup).balance, exits.owed(false));
    }

    /// Registry holds exactly the stakes plus what was burned.
    function invariant_registryBalanceIsStakePlusBurned() public view {
        assertEq(address(registry).balance, registry.totalStake() + registry.totalBurned());
    }

    /// totalStake == staked − withdrawn − slashed, and equals the sum of the provers' stakes.
    function invariant_totalStakeAccounting() public view {
        assertEq(
            registry.totalStake(), handler.ghostStakeIn() - handler.ghostStakeOut() - handler.ghostSlashed()
        );
        uint256 sum;
        for (uint256 i; i < 3; i++) {
            sum += registry.stakeOf(handler.provers(i));
        }
        assertEq(sum, registry.totalStake());
    }

    /// Batch numbers advance by one per settled batch: none settles twice, none after exodus.
    function invariant_batchNumberCountsSettledBatches() public view {
        assertEq(rollup.lastBatchNumber(), handler.ghostBatches());
        assertEq(handler.batchesAfterExodus(), 0);
        assertEq(rollup.stateRoot(), handler.ghostRoot());
    }

    /// The queue is one hash chain, consumed in order and never past its end.
    function invariant_priorityQueueConsumedInOrder() public view {
        assertEq(rollup.priorityOpsTotal(), handler.ghostQueued());
        assertEq(rollup.priorityHash(rollup.priorityOpsTotal()), handler.ghostChainHead());
        assertEq(rollup.priorityOpsConsumed(), handler.ghostConsumed());
        assertLe(rollup.priorityOpsConsumed(), rollup.priorityOpsTotal());
    }

    /// No withdrawal is claimed twice: claimable == credited − claimed, per claimant and token.
    function invariant_noDoubleClaim() public view {
        for (uint256 i; i < 6; i++) {
            address a = handler.claimant(i);
            for (uint16 t; t < 2; t++) {
                assertEq(rollup.claimable(a, t), handler.ghostCredited(a, t) - handler.ghostClaimed(a, t));
            }
        }
    }

    /// Every fulfilled L1 job shows exactly the settled output commitment.
    function invariant_l1ResultsMatchSettlement() public view {
        uint256 n = handler.l1JobCount();
        for (uint256 k; k < n && k < 32; k++) {
            uint32 j = handler.l1JobIds(k);
            (bool done, uint256 out) = rollup.inferenceResult(j);
            assertEq(out, handler.ghostResult(j));
            if (done) assertTrue(handler.jobClosed(j));
        }
    }

    function _claimAll() internal {
        for (uint256 i; i < 6; i++) {
            handler.claim(i, false);
            handler.claim(i, true);
        }
    }

    function _exodusAfterDeadline() internal {
        for (uint256 d; d < 4; d++) {
            handler.warp(1 days);
        }
        handler.activateExodus(1);
        assertTrue(rollup.exodusMode());
    }

    /// In exodus, the refunds (by queue index and by job id) and claims leave exactly the
    /// ETH that settled L2 balances stand for, whether an L1 job was consumed or not; the
    /// exits take that, and nothing is left.
    function test_handler_exodusRefundsAndExitsLeaveNothing_succeeds() public {
        handler.depositETH(0, 5 ether);
        handler.requestInference(1, 2000);
        handler.submitBatch(2, 0, 0, 1, false); // the model and the deposit: the job stays queued
        handler.requestInference(2, 3000);
        handler.depositETH(1, 3 ether);
        handler.submitBatch(1, 0, 0, 1, false); // consumes the first job, left pending
        _exodusAfterDeadline();
        for (uint256 s; s < 8; s++) {
            handler.exodusRefund(s);
            handler.exodusRefundL1Job(s);
        }
        assertEq(handler.pending(false), 0);
        _claimAll();
        assertEq(address(rollup).balance, exits.exitable(false));
        assertEq(exits.exitable(false), 5 ether);
        exits.exit(0, false);
        _claimAll();
        assertEq(address(rollup).balance, 0);
        invariant_everyWeiHasAClaimant();
        invariant_exodusLeavesNothingUnclaimable();
    }

    /// An L2 job's fee leaves its requester's balance for its escrow; fulfilled, it goes to
    /// the model's unclaimed fees and the prover; ClaimModelFees moves the model's fees to
    /// its owner. In exodus the ETH exit pays a balance with its escrow (even with no ETH
    /// left), exitModelFees the model's unclaimed fees, and after every exit, refund and
    /// claim nothing is left.
    function test_handler_exodusExitsEscrowAndModelFeesLeaveNothing_succeeds() public {
        handler.depositETH(0, 5 ether); // account 1
        handler.submitBatch(2, 0, 0, 1, false); // the model and the deposit
        handler.settleL2Jobs(0, 1e6); // job 1 of account 1: 1e6 gwei escrowed
        handler.settleL2Jobs(2, 3e6); // job 2 of account 1
        assertEq(handler.l2Escrow(1), 4e6 gwei);
        handler.settleL2Jobs(1, 0); // fulfil job 1: 1,000 gwei to the model, the rest to prover 10
        assertEq(handler.l2Escrow(1), 3e6 gwei);
        assertEq(handler.modelEarned(), 1000 gwei);
        handler.settleL2Jobs(3 + (1 << 16), 0); // ClaimModelFees: account 2 holds 1,000 gwei
        assertEq(handler.modelEarned(), 0);
        assertEq(handler.l2Eth(2), 1000 gwei);
        handler.settleL2Jobs(18, 1000); // job 3 of account 2: all its ETH into escrow
        handler.settleL2Jobs(1 + (1 << 8), 0); // fulfil job 2: the model earns 1,000 gwei again
        handler.settleL2Jobs(4, 2e6); // job 4 of account 1, left open
        assertEq(handler.l2Eth(1), 5 ether - 6e6 gwei);
        assertEq(handler.l2Escrow(1), 2e6 gwei);
        assertEq(handler.l2Eth(2), 0);
        assertEq(handler.l2Escrow(2), 1000 gwei);
        assertEq(handler.l2Eth(10), 4e6 gwei - 2000 gwei);
        assertEq(handler.modelEarned(), 1000 gwei);
        handler.depositETH(1, 1 ether); // never consumed
        _exodusAfterDeadline();
        exits.exodusLeaveAll();
        assertEq(exits.exitable(false), 0);
        assertEq(handler.pending(false), 0);
        assertEq(rollup.claimable(handler.actors(0), 0), 5 ether - 4e6 gwei); // balance + escrow
        assertEq(rollup.claimable(handler.actors(1), 0), 1 ether + 2000 gwei); // refund, escrow, model fees
        assertEq(rollup.claimable(handler.provers(0), 0), 4e6 gwei - 2000 gwei);
        assertTrue(rollup.modelFeesExited(handler.modelId()));
        invariant_exodusLeavesNothingUnclaimable();
        _claimAll();
        assertEq(address(rollup).balance, 0);
        invariant_everyWeiHasAClaimant();
        invariant_noDoubleClaim();
    }

    /// The handler really settles batches with every kind of effect (guards the
    /// invariants against a handler whose batches all revert silently).
    function test_handler_settlesBatchesWithEffects_succeeds() public {
        handler.depositETH(0, 5 ether);
        handler.depositToken(1, 1e20);
        handler.registerProver(0, 2 ether);
        handler.requestInference(2, 100);
        handler.submitBatch(5, 0, 1 ether, 0, true); // all 5 ops
        assertEq(handler.ghostBatches(), 1);
        assertEq(handler.ghostConsumed(), 5);
        handler.submitBatch(0, 0, 1 ether, (1e9 << 8) + 8, true); // withdraw, slash prover 0, fulfil the L1 job
        assertEq(handler.ghostBatches(), 2);
        assertGt(handler.ghostSlashed(), 0);
        (bool done,) = rollup.inferenceResult(handler.l1JobIds(0));
        assertTrue(done);
        handler.claim(0, false);
        assertGt(handler.ghostEthClaimed(), 0);
        handler.requestUnstake(0);
        handler.submitBatch(1, 1, 0, 1, false);
        handler.submitBatch(0, 1, 0, 1, false); // release
        handler.warp(1 days);
        handler.warp(1 days);
        handler.withdrawStake(0);
        assertGt(handler.ghostStakeOut(), 0);
        invariant_ethBalanceMatchesFlows();
        invariant_totalStakeAccounting();
        invariant_noDoubleClaim();
    }
}
