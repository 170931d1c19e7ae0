// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {CommonBase} from "forge-std/Base.sol";
import {StdUtils} from "forge-std/StdUtils.sol";
import {NexusRollup} from "../../src/NexusRollup.sol";
import {ProverRegistry} from "../../src/ProverRegistry.sol";
import {BatchHeader} from "../../src/libraries/Pubdata.sol";
import {FixtureVerifier} from "../helpers/FixtureVerifier.sol";
import {TestToken} from "../helpers/TestToken.sol";

/// Drives the Nexus contracts with users, provers, dApps and a sequencer that
/// settles batches of valid pubdata (the L2 rules enforced by the circuit are
/// mimicked: withdrawals never exceed the L2 pool, slashes never exceed a stake,
/// priority ops are consumed in order). Ghost variables record what must hold.
contract Handler is CommonBase, StdUtils {
    uint256 internal constant R377 = 0x12ab655e9a2ca55660b44d1e5c37b00159aa76fed00000010a11800000000001;
    bytes32 internal constant PK = bytes32(uint256(0x0abc));
    bytes internal constant PROOF = hex"5eed0001";

    NexusRollup public rollup;
    ProverRegistry public registry;
    FixtureVerifier public verifier;
    TestToken public token;
    uint16 public tokenId;
    uint32 public modelId;

    address[3] public actors;
    address[3] public provers;

    // queue mirror: pubdata op of each queued priority op (index from 1)
    mapping(uint256 => bytes) internal queuedOp;
    mapping(uint256 => uint8) internal queuedType;
    mapping(uint256 => uint32) internal queuedJob;
    uint256 public ghostQueued;
    uint256 public ghostConsumed;
    bytes32 public ghostChainHead;

    // money
    uint256 public ghostEthIn; // deposits + L1 fees + slash shares arriving
    uint256 public ghostEthClaimed;
    uint256 public ghostTokenIn;
    uint256 public ghostTokenClaimed;
    uint256 public l2EthPool; // ETH backing settled L2 balances
    uint256 public l2JobEscrow; // ETH escrowed in L2 jobs open or locked on L2 (no exit reaches it)
    uint256 public l2TokenPool;
    mapping(address => mapping(uint16 => uint256)) public ghostCredited;
    mapping(address => mapping(uint16 => uint256)) public ghostClaimed;

    // stake
    uint256 public ghostStakeIn;
    uint256 public ghostStakeOut;
    uint256 public ghostSlashed;
    mapping(address => bool) public linked; // ProverStake op settled
    mapping(address => bool) public unstakeSettled;

    // batches
    uint256 public ghostBatches;
    uint256 public ghostRoot;
    uint256 public batchesAfterExodus;

    // L1 jobs
    uint32[] public l1JobIds;
    mapping(uint32 => uint256) public ghostResult;
    mapping(uint32 => bool) public jobSettledOnL2;
    mapping(uint32 => bool) public jobClosed;

    uint256 public refundedCount;

    // L2 jobs (ids from 1): fee escrowed while open or locked
    uint32 public l2JobCount;
    mapping(uint32 => uint64) public l2JobFeeGwei;
    mapping(uint32 => bool) public l2JobClosed;

    /// @param modelEnc  L1 encoding of the model registration queued before the handler existed.
    constructor(
        NexusRollup r,
        ProverRegistry g,
        FixtureVerifier v,
        TestToken t,
        uint16 tid,
        uint32 mid,
        bytes memory modelEnc,
        bytes memory modelOp
    ) {
        _queued(2, modelEnc, modelOp);
        rollup = r;
        registry = g;
        verifier = v;
        token = t;
        tokenId = tid;
        modelId = mid;
        ghostRoot = r.stateRoot();
        for (uint256 i; i < 3; i++) {
            actors[i] = address(uint160(0xa110 + i));
            provers[i] = address(uint160(0xb0b0 + i));
            vm.deal(actors[i], 1e30);
            vm.deal(provers[i], 1e30);
            t.mint(actors[i], 1e30);
            vm.prank(actors[i]);
            t.approve(address(r), type(uint256).max);
        }
    }

    function _pad(bytes memory op, uint256 chunks) internal pure returns (bytes memory out) {
        out = new bytes(chunks * 9);
        for (uint256 i; i < op.length; i++) {
            out[i] = op[i];
        }
    }

    function _queued(uint8 t, bytes memory enc, bytes memory op) internal {
        ghostQueued++;
        queuedOp[ghostQueued] = op;
        queuedType[ghostQueued] = t;
        ghostChainHead = sha256(abi.encodePacked(ghostChainHead, enc));
    }

    // ---- users ----

    function depositETH(uint256 who, uint256 amount) external {
        if (rollup.exodusMode()) return;
        address a = actors[who % 3];
        amount = bound(amount, 1, 100 ether);
        vm.prank(a);
        rollup.depositETH{value: amount}(PK);
        ghostEthIn += amount;
        _queued(
            1,
            abi.encodePacked(uint8(1), uint16(0), uint128(amount), PK, a),
            _pad(abi.encodePacked(uint8(1), uint32(1), uint16(0), uint128(amount), PK, a), 9)
        );
    }

    function depositToken(uint256 who, uint256 amount) external {
        if (rollup.exodusMode()) return;
        address a = actors[who % 3];
        amount = bound(amount, 1, 1e24);
        vm.prank(a);
        rollup.depositERC20(address(token), uint128(amount), PK);
        ghostTokenIn += amount;
        _queued(
            1,
            abi.encodePacked(uint8(1), tokenId, uint128(amount), PK, a),
            _pad(abi.encodePacked(uint8(1), uint32(1), tokenId, uint128(amount), PK, a), 9)
        );
    }

    function requestInference(uint256 who, uint64 feeGwei) external {
        if (rollup.exodusMode()) return;
        address a = actors[who % 3];
        feeGwei = uint64(bound(feeGwei, 1, 1e9));
        uint32 deadline = uint32(block.timestamp + 1 days);
        vm.prank(a);
        uint32 jobId = rollup.requestInference{value: uint256(feeGwei) * 1 gwei}(modelId, 7, deadline, "");
        ghostEthIn += uint256(feeGwei) * 1 gwei;
        l1JobIds.push(jobId);
        bytes memory enc = abi.encodePacked(uint8(5), jobId, modelId, feeGwei, deadline, uint256(7));
        _queued(5, enc, _pad(enc, 6));
        queuedJob[ghostQueued] = jobId;
    }

    function claim(uint256 who, bool tok) external {
        address a = actors[who % 3];
        uint16 t = tok ? tokenId : 0;
        if (rollup.claimable(a, t) == 0) return;
        vm.prank(a);
        uint256 amount = rollup.claimWithdrawal(t);
        ghostClaimed[a][t] += amount;
        if (tok) ghostTokenClaimed += amount;
        else ghostEthClaimed += amount;
    }

    // ---- provers ----

    function registerProver(uint256 which, uint256 stake) external {
        if (rollup.exodusMode()) return;
        address p = provers[which % 3];
        if (registry.proverInfo(p).registered) return;
        stake = bound(stake, 1 ether, 10 ether);
        vm.prank(p);
        registry.register{value: stake}(PK);
        ghostStakeIn += stake;
        linked[p] = false;
        unstakeSettled[p] = false;
        bytes memory enc = abi.encodePacked(uint8(3), uint128(stake), PK, p);
        _queued(3, enc, _pad(abi.encodePacked(uint8(3), uint32(10 + which % 3), uint128(stake), PK, p), 9));
    }

    function requestUnstake(uint256 which) external {
        if (rollup.exodusMode()) return;
        address p = provers[which % 3];
        ProverRegistry.Prover memory info = registry.proverInfo(p);
        if (!info.registered || info.unstakeRequestedAt != 0) return;
        vm.prank(p);
        registry.requestUnstake();
        bytes memory enc = abi.encodePacked(uint8(4), PK, p);
        _queued(4, enc, _pad(abi.encodePacked(uint8(4), uint32(10 + which % 3), PK, p), 7));
    }

    function withdrawStake(uint256 which) external {
        address p = provers[which % 3];
        ProverRegistry.Prover memory info = registry.proverInfo(p);
        if (!info.registered || info.unstakeRequestedAt == 0) return;
        if (!info.released && !rollup.exodusMode()) return;
        if (block.timestamp < info.unstakeRequestedAt + registry.unbondingDelay()) return;
        vm.prank(p);
        registry.withdrawStake();
        ghostStakeOut += info.stake;
    }

    // ---- time and exodus ----

    function warp(uint256 secs) external {
        vm.warp(block.timestamp + bound(secs, 0, 1 days));
    }

    function activateExodus() external {
        if (rollup.exodusMode()) return;
        uint256 next = rollup.priorityOpsConsumed() + 1;
        if (next > rollup.priorityOpsTotal() || block.timestamp <= rollup.priorityOpDeadline(next)) return;
        rollup.activateExodus();
    }

    function exodusRefund(uint256 seed) external {
        if (!rollup.exodusMode() || ghostQueued == ghostConsumed) return;
        uint256 i = ghostConsumed + 1 + seed % (ghostQueued - ghostConsumed);
        if (rollup.exodusRefunded(i)) return;
        uint8 t = queuedType[i];
        if (t != 1 && t != 5) return;
        bytes memory op = queuedOp[i];
        bytes memory enc;
        address to;
        uint16 tok;
        uint256 amount;
        if (t == 1) {
            // strip accountId (bytes 1..5) and padding: 0x01 ‖ token ‖ amount ‖ pubkey ‖ depositor
            enc = new bytes(71);
            enc[0] = op[0];
            for (uint256 k = 1; k < 71; k++) {
                enc[k] = op[k + 4];
            }
            (tok, amount, to) = _depositFields(op);
        } else {
            uint32 jobId = queuedJob[i];
            if (jobClosed[jobId]) return; // refunded by id (exodusRefundL1Job)
            enc = new bytes(53);
            for (uint256 k; k < 53; k++) {
                enc[k] = op[k];
            }
            to = rollup.l1Job(jobId).requester;
            amount = uint256(rollup.l1Job(jobId).feeGwei) * 1 gwei;
            jobClosed[jobId] = true;
        }
        rollup.exodusRefund(i, enc);
        ghostCredited[to][tok] += amount;
        refundedCount++;
    }

    /// In exodus, refunds an L1 job no settled batch fulfilled or refunded, by id: its
    /// L1Job op consumed or not.
    function exodusRefundL1Job(uint256 seed) external {
        if (!rollup.exodusMode() || l1JobIds.length == 0) return;
        uint32 jobId = l1JobIds[seed % l1JobIds.length];
        if (jobClosed[jobId]) return;
        NexusRollup.L1Job memory j = rollup.l1Job(jobId);
        rollup.exodusRefundL1Job(jobId);
        ghostCredited[j.requester][0] += uint256(j.feeGwei) * 1 gwei;
        jobClosed[jobId] = true;
        refundedCount++;
    }

    /// ETH whose claimant is known but that is not claimable yet: unconsumed ETH deposits
    /// not refunded, and fees of L1 jobs neither fulfilled nor refunded.
    function pendingEth() external view returns (uint256 sum) {
        for (uint256 i = ghostConsumed + 1; i <= ghostQueued; i++) {
            if (queuedType[i] != 1 || rollup.exodusRefunded(i)) continue;
            (uint16 tok, uint256 a,) = _depositFields(queuedOp[i]);
            if (tok == 0) sum += a;
        }
        for (uint256 k; k < l1JobIds.length; k++) {
            uint32 j = l1JobIds[k];
            if (!jobClosed[j]) sum += uint256(rollup.l1Job(j).feeGwei) * 1 gwei;
        }
    }

    function _depositFields(bytes memory op) internal pure returns (uint16 tok, uint256 amount, address to) {
        assembly {
            let w := mload(add(op, 32)) // op bytes 0..31
            tok := and(shr(200, w), 0xffff) // bytes 5..6
            amount := shr(128, mload(add(op, 39))) // bytes 7..22
            to := shr(96, mload(add(op, 87))) // bytes 55..74
        }
    }

    // ---- sequencer ----

    struct Plan {
        bytes ops;
        uint64 n;
        uint256 ethPool;
        uint256 tokPool;
        bool tok;
        uint256 w;
        address to;
        address victim;
        uint256 slashGwei;
        uint32 jobId;
        bool fulfil;
        uint256 out;
    }

    function submitBatch(uint256 nSeed, uint256 wSeed, uint256 amount, uint256 slashSeed, bool fulfil)
        external
    {
        Plan memory p;
        p.ethPool = l2EthPool;
        p.tokPool = l2TokenPool;
        p.fulfil = fulfil;
        _planPriority(p, nSeed);
        _planWithdraw(p, wSeed, amount);
        _planSlash(p, slashSeed);
        _planJob(p);
        _planReleases(p);
        bytes memory pd = abi.encodePacked(bytes32(uint256(0x10b5)), p.ops);
        BatchHeader memory h = _header(pd, p.n);
        verifier.expect(PROOF, _inputs(h));
        bool exodus = rollup.exodusMode();
        try rollup.submitBatch(h, pd, PROOF) {
            if (exodus) batchesAfterExodus++;
        } catch {
            return;
        }
        _settled(p, h.newStateRoot);
    }

    /// Settles a batch of L2 job ops only: a SubmitJob (its fee leaves the L2 pool for
    /// the job's escrow) or the close of an open L2 job, by fulfilment (the fee goes to
    /// prover and model owner: back to the pool) or cancellation (back to the requester's
    /// balance: the pool). L1 sees the ops but applies no effect.
    function settleL2Jobs(uint256 seed, uint64 feeGwei) external {
        uint32 id;
        bytes memory op;
        uint256 fee;
        if (seed % 2 == 0 || l2JobCount == 0) {
            fee = uint256(bound(feeGwei, 1, 1e9)) * 1 gwei;
            if (fee > l2EthPool) return;
            id = l2JobCount + 1;
            uint32 deadline = uint32(block.timestamp + 1 days);
            op = _pad(
                abi.encodePacked(uint8(0x12), id, uint32(1), modelId, uint64(fee / 1 gwei), deadline), 3
            );
        } else {
            id = uint32(1 + (seed >> 8) % l2JobCount);
            if (l2JobClosed[id]) return;
            // FulfillJob (by prover account 10) or CancelJob
            op = seed % 4 == 1
                ? _pad(abi.encodePacked(uint8(0x14), id, uint32(10)), 1)
                : _pad(abi.encodePacked(uint8(0x16), id), 1);
        }
        bytes memory pd = abi.encodePacked(bytes32(uint256(0x10b5)), op);
        BatchHeader memory h = _header(pd, 0);
        verifier.expect(PROOF, _inputs(h));
        bool exodus = rollup.exodusMode();
        try rollup.submitBatch(h, pd, PROOF) {
            if (exodus) batchesAfterExodus++;
        } catch {
            return;
        }
        ghostBatches++;
        ghostRoot = h.newStateRoot;
        if (fee != 0) {
            l2JobCount = id;
            l2JobFeeGwei[id] = uint64(fee / 1 gwei);
            l2EthPool -= fee;
            l2JobEscrow += fee;
        } else {
            l2JobClosed[id] = true;
            fee = uint256(l2JobFeeGwei[id]) * 1 gwei;
            l2JobEscrow -= fee;
            l2EthPool += fee;
        }
    }

    /// Priority ops, in queue order.
    function _planPriority(Plan memory p, uint256 nSeed) internal view {
        uint256 avail = ghostQueued - ghostConsumed;
        p.n = uint64(avail == 0 ? 0 : nSeed % (avail + 1));
        for (uint256 i = ghostConsumed + 1; i <= ghostConsumed + p.n; i++) {
            p.ops = bytes.concat(p.ops, queuedOp[i]);
            if (queuedType[i] == 1) {
                (uint16 tok, uint256 a,) = _depositFields(queuedOp[i]);
                if (tok == 0) p.ethPool += a;
                else p.tokPool += a;
            }
        }
    }

    /// A withdrawal within the L2 pool.
    function _planWithdraw(Plan memory p, uint256 wSeed, uint256 amount) internal view {
        p.to = actors[wSeed % 3];
        p.tok = wSeed % 2 == 1;
        uint256 pool = p.tok ? p.tokPool : p.ethPool;
        p.w = pool == 0 ? 0 : bound(amount, 0, pool);
        if (p.w == 0) return;
        p.ops = bytes.concat(
            p.ops,
            _pad(abi.encodePacked(uint8(0x11), uint32(1), p.tok ? tokenId : uint16(0), uint128(p.w), p.to), 5)
        );
    }

    /// Maybe a slash of a linked prover that is not yet released, for an L2 job.
    function _planSlash(Plan memory p, uint256 slashSeed) internal view {
        p.victim = provers[slashSeed % 3];
        if (slashSeed % 4 != 0 || !linked[p.victim] || unstakeSettled[p.victim]) return;
        p.slashGwei = bound(slashSeed >> 8, 0, registry.stakeOf(p.victim) / 1 gwei);
        if (p.slashGwei == 0) return;
        bytes memory op = abi.encodePacked(
            uint8(0x20), uint32(77), uint32(10 + slashSeed % 3), uint64(p.slashGwei), p.victim
        );
        p.ops = bytes.concat(p.ops, _pad(op, 5));
    }

    /// Fulfil or refund one L1 job whose L1Job op is settled.
    function _planJob(Plan memory p) internal view {
        for (uint256 k; k < l1JobIds.length; k++) {
            uint32 j = l1JobIds[k];
            if (jobSettledOnL2[j] && !jobClosed[j]) {
                p.jobId = j;
                break;
            }
        }
        if (p.jobId == 0) return;
        if (p.fulfil) {
            p.out = uint256(keccak256(abi.encode(p.jobId))) % R377;
            p.ops = bytes.concat(p.ops, _pad(abi.encodePacked(uint8(0x15), p.jobId, uint32(10), p.out), 5));
        } else {
            p.ops = bytes.concat(
                p.ops, _pad(abi.encodePacked(uint8(0x20), p.jobId, uint32(0), uint64(0), address(0)), 5)
            );
        }
    }

    /// Releases of provers whose unstake request settled in an earlier batch.
    function _planReleases(Plan memory p) internal view {
        for (uint256 k; k < 3; k++) {
            address pr = provers[k];
            ProverRegistry.Prover memory info = registry.proverInfo(pr);
            if (unstakeSettled[pr] && !info.released && info.registered) {
                p.ops = bytes.concat(p.ops, _pad(abi.encodePacked(uint8(0x21), uint32(10 + k), pr), 3));
            }
        }
    }

    function _settled(Plan memory p, uint256 root) internal {
        for (uint256 i = ghostConsumed + 1; i <= ghostConsumed + p.n; i++) {
            uint8 t = queuedType[i];
            if (t == 3) linked[_proverOf(queuedOp[i], 53)] = true;
            if (t == 4) unstakeSettled[_proverOf(queuedOp[i], 37)] = true;
            if (t == 5) jobSettledOnL2[queuedJob[i]] = true;
        }
        ghostConsumed += p.n;
        ghostBatches++;
        ghostRoot = root;
        if (p.w != 0) {
            ghostCredited[p.to][p.tok ? tokenId : 0] += p.w;
            if (p.tok) p.tokPool -= p.w;
            else p.ethPool -= p.w;
        }
        if (p.slashGwei != 0) {
            uint256 s = p.slashGwei * 1 gwei;
            ghostSlashed += s;
            ghostEthIn += s / 2;
            p.ethPool += s / 2; // the requester's share, credited on L2
        }
        if (p.jobId != 0) {
            jobClosed[p.jobId] = true;
            uint256 fee = uint256(rollup.l1Job(p.jobId).feeGwei) * 1 gwei;
            if (p.fulfil) {
                ghostResult[p.jobId] = p.out;
                p.ethPool += fee; // paid to prover and model owner on L2
            } else {
                ghostCredited[rollup.l1Job(p.jobId).requester][0] += fee;
            }
        }
        l2EthPool = p.ethPool;
        l2TokenPool = p.tokPool;
    }

    function _proverOf(bytes memory op, uint256 off) internal pure returns (address a) {
        assembly {
            a := shr(96, mload(add(add(op, 32), off)))
        }
    }

    function _header(bytes memory pd, uint64 n) internal view returns (BatchHeader memory h) {
        uint256 consumed = rollup.priorityOpsConsumed();
        h.batchNumber = rollup.lastBatchNumber() + 1;
        h.timestamp = uint64(block.timestamp);
        h.priorityOpsConsumed = n;
        h.prevStateRoot = rollup.stateRoot();
        h.newStateRoot = uint256(keccak256(abi.encode(h.batchNumber, pd))) % R377;
        h.priorityHashBefore = rollup.priorityHash(consumed);
        h.priorityHashAfter = rollup.priorityHash(consumed + n);
        h.pubdataHash = sha256(pd);
    }

    function _inputs(BatchHeader memory h) internal pure returns (uint256[2] memory in_) {
        uint256 d = uint256(
            sha256(
                abi.encodePacked(
                    h.batchNumber,
                    h.timestamp,
                    h.priorityOpsConsumed,
                    h.prevStateRoot,
                    h.newStateRoot,
                    h.priorityHashBefore,
                    h.priorityHashAfter,
                    h.pubdataHash
                )
            )
        );
        in_[0] = d >> 128;
        in_[1] = d & type(uint128).max;
    }

    function l1JobCount() external view returns (uint256) {
        return l1JobIds.length;
    }
}
