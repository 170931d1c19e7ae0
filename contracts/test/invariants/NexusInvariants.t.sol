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

/// Invariants of RELIABILITY.md C.2 over random sequences of deposits, inference
/// requests, prover (un)staking, batches with withdrawals/slashes/results,
/// claims, time and exodus.
contract NexusInvariants is Test {
    NexusRollup internal rollup;
    ProverRegistry internal registry;
    TestToken internal token;
    Handler internal handler;

    function setUp() public {
        vm.warp(1_800_000_000);
        FixtureVerifier verifier = new FixtureVerifier();
        registry = new ProverRegistry(address(this), 1 ether, 2 days, 1 hours);
        ModelRegistry models = new ModelRegistry(address(this));
        rollup = new NexusRollup(
            address(this), IVerifier(address(verifier)), registry, models, 0x0b5e, 3 days, 24, 4
        );
        registry.setRollup(address(rollup));
        models.setRollup(address(rollup));
        token = new TestToken();
        uint16 tid = rollup.addToken(address(token));
        uint32 mid = models.registerModel(bytes32(uint256(0x7e)), 0, bytes32(uint256(0x0abc)), "m");
        bytes32 pk = bytes32(uint256(0x0abc));
        bytes32 vk = bytes32(uint256(0x7e));
        handler = new Handler(
            rollup,
            registry,
            verifier,
            token,
            tid,
            mid,
            abi.encodePacked(uint8(2), mid, uint64(0), vk, pk, address(this)),
            abi.encodePacked(uint8(2), mid, uint32(2), uint64(0), vk, pk, address(this), new bytes(7))
        );
        targetContract(address(handler));
        bytes4[] memory sel = new bytes4[](14);
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
        targetSelector(FuzzSelector({addr: address(handler), selectors: sel}));
        excludeSender(address(rollup));
        excludeSender(address(registry));
    }

    /// ETH held == everything that came in − everything claimed, and covers every claim.
    function invariant_ethBalanceMatchesFlows() public view {
        assertEq(address(rollup).balance, handler.ghostEthIn() - handler.ghostEthClaimed());
        uint256 owed;
        for (uint256 i; i < 3; i++) {
            owed += rollup.claimable(handler.actors(i), 0);
        }
        assertGe(address(rollup).balance, owed);
    }

    /// Tokens held == deposited − claimed, and cover every claim.
    function invariant_tokenBalanceMatchesFlows() public view {
        uint256 bal = token.balanceOf(address(rollup));
        assertEq(bal, handler.ghostTokenIn() - handler.ghostTokenClaimed());
        uint256 owed;
        for (uint256 i; i < 3; i++) {
            owed += rollup.claimable(handler.actors(i), handler.tokenId());
        }
        assertGe(bal, owed);
    }

    /// L2 pools never exceed what L1 holds for them (settled withdrawals are backed).
    function invariant_l2PoolsBacked() public view {
        uint256 owedEth;
        for (uint256 i; i < 3; i++) {
            owedEth += rollup.claimable(handler.actors(i), 0);
        }
        assertGe(address(rollup).balance, owedEth + handler.l2EthPool() + handler.l2JobEscrow());
    }

    /// Every wei the rollup holds is claimable now, backs a settled L2 balance (it leaves
    /// by exit in exodus), is refundable to its sender (an unconsumed deposit, an L1 job
    /// neither fulfilled nor refunded), or is the fee escrowed in an L2 job open or locked
    /// on L2. Only the last has no way out in exodus (docs/protocol.md §3: it takes a
    /// circuit change), so once exodus has refunded and paid everything, what is left is
    /// what exits take plus exactly that escrow.
    function invariant_everyWeiHasAClaimant() public view {
        uint256 owed;
        for (uint256 i; i < 3; i++) {
            owed += rollup.claimable(handler.actors(i), 0);
        }
        assertEq(
            address(rollup).balance, owed + handler.l2EthPool() + handler.pendingEth() + handler.l2JobEscrow()
        );
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

    /// No withdrawal is claimed twice: claimable == credited − claimed, per account and token.
    function invariant_noDoubleClaim() public view {
        for (uint256 i; i < 3; i++) {
            address a = handler.actors(i);
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

    /// In exodus, the refunds (by queue index and by job id) and claims leave exactly the
    /// ETH that backs settled L2 balances, whether an L1 job was consumed or not.
    function test_handler_exodusLeavesOnlyExits_succeeds() public {
        handler.depositETH(0, 5 ether);
        handler.requestInference(1, 100);
        handler.submitBatch(2, 0, 0, 1, false); // the model and the deposit: the job stays queued
        handler.requestInference(2, 200);
        handler.depositETH(1, 3 ether);
        handler.submitBatch(1, 0, 0, 1, false); // consumes the first job, left pending
        handler.warp(1 days);
        handler.warp(1 days);
        handler.warp(1 days);
        handler.warp(1 days);
        handler.activateExodus();
        assertTrue(rollup.exodusMode());
        for (uint256 s; s < 8; s++) {
            handler.exodusRefund(s);
            handler.exodusRefundL1Job(s);
        }
        assertEq(handler.pendingEth(), 0);
        for (uint256 i; i < 3; i++) {
            handler.claim(i, false);
        }
        assertEq(address(rollup).balance, handler.l2EthPool());
        assertEq(handler.l2EthPool(), 5 ether);
        invariant_everyWeiHasAClaimant();
    }

    /// An L2 job's fee leaves the L2 pool for its escrow and comes back when the job is
    /// fulfilled or cancelled; in exodus, what stays after every refund and claim is the
    /// settled L2 balances (exits) plus exactly the escrow of the jobs still open.
    function test_handler_exodusLeavesExitsAndOpenL2Escrow_succeeds() public {
        handler.depositETH(0, 5 ether);
        handler.submitBatch(2, 0, 0, 1, false); // the model and the deposit
        handler.settleL2Jobs(0, 1e6); // job 1: 1e6 gwei escrowed
        handler.settleL2Jobs(2, 3e6); // job 2: 3e6 gwei escrowed
        assertEq(handler.l2JobEscrow(), 4e6 gwei);
        handler.settleL2Jobs(1 + (0 << 8), 0); // fulfil job 1
        assertEq(handler.l2JobEscrow(), 3e6 gwei);
        assertEq(handler.l2EthPool(), 5 ether - 3e6 gwei);
        handler.depositETH(1, 1 ether); // never consumed
        for (uint256 d; d < 4; d++) {
            handler.warp(1 days);
        }
        handler.activateExodus();
        assertTrue(rollup.exodusMode());
        for (uint256 s; s < 4; s++) {
            handler.exodusRefund(s);
        }
        for (uint256 i; i < 3; i++) {
            handler.claim(i, false);
        }
        assertEq(address(rollup).balance, handler.l2EthPool() + 3e6 gwei);
        invariant_everyWeiHasAClaimant();
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
