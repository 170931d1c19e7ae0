// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {CommonBase} from "forge-std/Base.sol";
import {StdUtils} from "forge-std/StdUtils.sol";
import {NexusRollup} from "../../src/NexusRollup.sol";
import {ProverRegistry} from "../../src/ProverRegistry.sol";
import {BatchHeader} from "../../src/libraries/Pubdata.sol";
import {FixtureVerifier} from "../helpers/FixtureVerifier.sol";
import {TestToken} from "../helpers/TestToken.sol";
import {ExitHandler} from "./ExitHandler.sol";

/// Drives the Nexus contracts with users, provers, dApps and a sequencer that
/// settles batches of valid pubdata (the L2 rules enforced by the circuit are
/// mimicked on a mirror of the L2 state's holdings: withdrawals never exceed a
/// balance, slashes never exceed a stake, priority ops are consumed in order),
/// and users who take refunds in exodus; its ExitHandler exits the mirrored
/// balances, escrows and model fees. Ghost variables record what must hold.
contract Handler is CommonBase, StdUtils {
    uint256 internal constant R377 = 0x12ab655e9a2ca55660b44d1e5c37b00159aa76fed00000010a11800000000001;
    bytes32 internal constant PK = bytes32(uint256(0x0abc));
    bytes internal constant PROOF = hex"5eed0001";

    NexusRollup internal rollup;
    ProverRegistry internal registry;
    FixtureVerifier internal verifier;
    TestToken internal token;
    uint16 public tokenId;
    uint32 public modelId;
    uint64 public modelFeeGwei;

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
    mapping(address => mapping(uint16 => uint256)) public ghostCredited;
    mapping(address => mapping(uint16 => uint256)) public ghostClaimed;

    // stake
    uint256 public ghostStakeIn;
    uint256 public ghostStakeOut;
    uint256 public ghostSlashed;
    mapping(address => bool) internal linked; // ProverStake op settled
    mapping(address => bool) internal unstakeSettled;

    // batches
    uint256 public ghostBatches;
    uint256 public ghostRoot;
    uint256 public batchesAfterExodus;

    // L1 jobs
    uint32[] public l1JobIds;
    mapping(uint32 => uint256) public ghostResult;
    mapping(uint32 => bool) internal jobSettledOnL2;
    mapping(uint32 => bool) public jobClosed;

    // L2 jobs (ids from 1): fee escrowed in the requester's account while open or locked
    uint32 internal l2JobCount;
    mapping(uint32 => uint64) internal l2JobFeeGwei;
    mapping(uint32 => uint32) internal l2JobRequester;
    mapping(uint32 => bool) internal l2JobClosed;

    // The settled L2 state's holdings, in wei, by account: 1..3 are the actors' (key PK),
    // 10..12 the provers'. Account 2 (actor 1) owns the model, whose unclaimed fees are
    // modelEarned. Exits pay an account's ETH balance with its escrow, and its tokens.
    uint32 public constant MODEL_OWNER = 2;
    mapping(uint32 => uint256) public l2Eth;
    mapping(uint32 => uint256) public l2Tok;
    mapping(uint32 => uint256) public l2Escrow;
    uint256 public modelEarned;

    /// @notice Exits the mirror's holdings in exodus (a contract of its own: EIP-170).
    ExitHandler public exits;

    /// @param modelEnc  L1 encoding of the model registration queued before the handler
    ///                  existed (owner: actorAddress(1), account 2).
    constructor(
        NexusRollup r,
        ProverRegistry g,
        FixtureVerifier v,
        TestToken t,
        uint16 tid,
        uint32 mid,
        uint64 modelFee,
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
        modelFeeGwei = modelFee;
        ghostRoot = r.stateRoot();
        for (uint256 i; i < 3; i++) {
            actors[i] = actorAddress(i);
            provers[i] = address(uint160(0xb0b0 + i));
            vm.deal(actors[i], 1e30);
            vm.deal(provers[i], 1e30);
            t.mint(actors[i], 1e30);
            vm.prank(actors[i]);
            t.approve(address(r), type(uint256).max);
        }
        exits = new ExitHandler(this, r);
    }

    /// @notice The L1 address of actor `i` (the model's owner is actor 1).
    function actorAddress(uint256 i) public pure returns (address) {
        return address(uint160(0xa110 + i));
    }

    /// @notice The L2 accounts of the mirror, by index 0..5: the actors' 1..3, the provers' 10..12.
    function accountAt(uint256 i) public pure returns (uint32) {
        return uint32(i < 3 ? 1 + i : 7 + i);
    }

    /// @notice The L1 address of an account of the mirror: where its exits pay.
    function l1Of(uint32 acct) public view returns (address) {
        return acct < 10 ? actors[acct - 1] : provers[acct - 10];
    }

    /// @notice Everyone the rollup may owe, by index 0..5: the actors, then the provers.
    function claimant(uint256 i) public view returns (address) {
        return i < 3 ? actors[i] : provers[i - 3];
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
            _pad(abi.encodePacked(uint8(1), accountAt(who % 3), uint16(0), uint128(amount), PK, a), 9)
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
            _pad(abi.encodePacked(uint8(1), accountAt(who % 3), tokenId, uint128(amount), PK, a), 9)
        );
    }

    function requestInference(uint256 who, uint64 feeGwei) external {
        if (rollup.exodusMode()) return;
        address a = actors[who % 3];
        feeGwei = uint64(bound(feeGwei, modelFeeGwei, 1e9));
        uint32 deadline = uint32(block.timestamp + 1 days);
        vm.prank(a);
        uint32 jobId = rollup.requestInference{value: uint256(feeGwei) * 1 gwei}(modelId, 7, deadline, "");
        ghostEthIn += uint256(feeGwei) * 1 gwei;
        l1JobIds.push(jobId);
        bytes memory enc = abi.encodePacked(uint8(5), jobId, modelId, feeGwei, deadline, uint256(7));
        _queued(5, enc, _pad(enc, 6));
        queuedJob[ghostQueued] = jobId;
    }

    /// Claims for an actor or a prover (provers are paid by the exits of their accounts).
    function claim(uint256 who, bool tok) external {
        address a = claimant(who % 6);
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

    /// Activates exodus once the oldest unconsumed priority op is overdue. Once a few
    /// batches have settled, one call in four first lets the sequencer stall past that
    /// deadline, so that campaigns reach exodus with L2 holdings to exit.
    function activateExodus(uint256 seed) external {
        if (rollup.exodusMode()) return;
        uint256 next = rollup.priorityOpsConsumed() + 1;
        if (next > rollup.priorityOpsTotal()) return;
        uint256 deadline = rollup.priorityOpDeadline(next);
        if (seed % 4 == 0 && ghostBatches >= 3 && block.timestamp <= deadline) vm.warp(deadline + 1);
        if (block.timestamp <= deadline) return;
        rollup.activateExodus();
    }

    function exodusRefund(uint256 seed) public {
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
            (, tok, amount, to) = _depositFields(op);
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
    }

    /// In exodus, refunds an L1 job no settled batch fulfilled or refunded, by id: its
    /// L1Job op consumed or not.
    function exodusRefundL1Job(uint256 seed) public {
        if (!rollup.exodusMode() || l1JobIds.length == 0) return;
        uint32 jobId = l1JobIds[seed % l1JobIds.length];
        if (jobClosed[jobId]) return;
        NexusRollup.L1Job memory j = rollup.l1Job(jobId);
        rollup.exodusRefundL1Job(jobId);
        ghostCredited[j.requester][0] += uint256(j.feeGwei) * 1 gwei;
        jobClosed[jobId] = true;
    }

    /// Records what an exit made claimable (ExitHandler's exits only).
    function creditExit(address to, uint16 t, uint256 amount) external {
        require(msg.sender == address(exits), "exits only");
        ghostCredited[to][t] += amount;
    }

    /// Wei (token 0) or token units that are not claimable yet but that their senders
    /// take back in exodus: unconsumed deposits not refunded, and (ETH) fees of L1 jobs
    /// neither fulfilled nor refunded.
    function pending(bool tok) public view returns (uint256 sum) {
        uint16 want = tok ? tokenId : 0;
        for (uint256 i = ghostConsumed + 1; i <= ghostQueued; i++) {
            if (queuedType[i] != 1 || rollup.exodusRefunded(i)) continue;
            (, uint16 t, uint256 a,) = _depositFields(queuedOp[i]);
            if (t == want) sum += a;
        }
        if (tok) return sum;
        for (uint256 k; k < l1JobIds.length; k++) {
            uint32 j = l1JobIds[k];
            if (!jobClosed[j]) sum += uint256(rollup.l1Job(j).feeGwei) * 1 gwei;
        }
    }

    function _depositFields(bytes memory op)
        internal
        pure
        returns (uint32 acct, uint16 tok, uint256 amount, address to)
    {
        assembly {
            let w := mload(add(op, 32)) // op bytes 0..31
            acct := and(shr(216, w), 0xffffffff) // bytes 1..4
            tok := and(shr(200, w), 0xffff) // bytes 5..6
            amount := shr(128, mload(add(op, 39))) // bytes 7..22
            to := shr(96, mload(add(op, 87))) // bytes 55..74
        }
    }

    // ---- sequencer ----

    struct Plan {
        bytes ops;
        uint64 n;
        uint256[3] eth; // deposits of this batch to accounts 1..3
        uint256[3] tok;
        bool wTok;
        uint256 w;
        uint32 from;
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
        p.fulfil = fulfil;
        _planPriority(p, nSeed);
        _planWithdraw(p, wSeed, amount);
        _planSlash(p, slashSeed);
        _planJob(p);
        _planReleases(p);
        if (!_settle(p.ops, p.n)) return;
        _settled(p);
    }

    /// Settles a batch of ops with n priority ops; false if L1 refused it.
    function _settle(bytes memory ops, uint64 n) internal returns (bool) {
        bytes memory pd = abi.encodePacked(bytes32(uint256(0x10b5)), ops);
        BatchHeader memory h = _header(pd, n);
        verifier.expect(PROOF, _inputs(h));
        bool exodus = rollup.exodusMode();
        try rollup.submitBatch(h, pd, PROOF) {
            if (exodus) batchesAfterExodus++;
        } catch {
            return false;
        }
        ghostBatches++;
        ghostRoot = h.newStateRoot;
        return true;
    }

    /// Settles a batch of one L2 op L1 applies no effect for: a SubmitJob (its fee leaves
    /// the requester's balance for its escrow), the close of an open L2 job by fulfilment
    /// (the fee leaves the escrow: the model fee to the model's unclaimed fees, the rest to
    /// prover 10) or cancellation (back to the requester's balance), or a ClaimModelFees
    /// (the model's fees to its owner's balance).
    function settleL2Jobs(uint256 seed, uint64 feeGwei) external {
        uint256 kind = l2JobCount == 0 ? 0 : seed % 4; // 0, 2: submit; 1: fulfil; 3: cancel or claim
        uint32 id = l2JobCount + 1;
        uint32 req = accountAt((seed >> 4) % 3);
        for (uint256 k; k < 2 && l2Eth[req] < uint256(modelFeeGwei) * 1 gwei; k++) {
            req = req % 3 + 1; // the next actor, if this one cannot pay a job
        }
        uint256 fee = uint256(bound(feeGwei, modelFeeGwei, 1e9)) * 1 gwei;
        bytes memory op;
        if (kind % 2 == 0) {
            if (fee > l2Eth[req]) fee = l2Eth[req] / 1 gwei * 1 gwei; // all the requester has
            if (fee < uint256(modelFeeGwei) * 1 gwei) return;
            op = _pad(
                abi.encodePacked(
                    uint8(0x12), id, req, modelId, uint64(fee / 1 gwei), uint32(block.timestamp + 1 days)
                ),
                3
            );
        } else if (kind == 3 && (seed >> 16) % 2 == 1) {
            if (modelEarned == 0) return;
            op = _pad(abi.encodePacked(uint8(0x17), MODEL_OWNER, modelId), 1);
        } else {
            id = uint32(1 + (seed >> 8) % l2JobCount);
            if (l2JobClosed[id]) return;
            req = l2JobRequester[id];
            fee = uint256(l2JobFeeGwei[id]) * 1 gwei;
            op = kind == 1
                ? _pad(abi.encodePacked(uint8(0x14), id, uint32(10)), 1)
                : _pad(abi.encodePacked(uint8(0x16), id), 1);
        }
        if (!_settle(op, 0)) return;
        if (uint8(op[0]) == 0x12) {
            l2JobCount = id;
            l2JobFeeGwei[id] = uint64(fee / 1 gwei);
            l2JobRequester[id] = req;
            l2Eth[req] -= fee;
            l2Escrow[req] += fee;
        } else if (uint8(op[0]) == 0x17) {
            l2Eth[MODEL_OWNER] += modelEarned;
            modelEarned = 0;
        } else {
            l2JobClosed[id] = true;
            l2Escrow[req] -= fee;
            if (kind == 1) _earn(fee);
            else l2Eth[req] += fee;
        }
    }

    /// A fulfilled job's fee on L2: the model fee to the model's unclaimed fees, the rest
    /// to the prover (account 10).
    function _earn(uint256 fee) internal {
        uint256 m = uint256(modelFeeGwei) * 1 gwei;
        if (m > fee) m = fee;
        modelEarned += m;
        l2Eth[10] += fee - m;
    }

    /// Priority ops, in queue order.
    function _planPriority(Plan memory p, uint256 nSeed) internal view {
        uint256 avail = ghostQueued - ghostConsumed;
        p.n = uint64(avail == 0 ? 0 : nSeed % (avail + 1));
        for (uint256 i = ghostConsumed + 1; i <= ghostConsumed + p.n; i++) {
            p.ops = bytes.concat(p.ops, queuedOp[i]);
            if (queuedType[i] == 1) {
                (uint32 acct, uint16 tok, uint256 a,) = _depositFields(queuedOp[i]);
                if (tok == 0) p.eth[acct - 1] += a;
                else p.tok[acct - 1] += a;
            }
        }
    }

    /// A withdrawal of up to half an actor's L2 balance, to that actor (so that exits find
    /// balances left).
    function _planWithdraw(Plan memory p, uint256 wSeed, uint256 amount) internal view {
        p.to = actors[wSeed % 3];
        p.from = accountAt(wSeed % 3);
        p.wTok = wSeed % 2 == 1;
        uint256 bal = p.wTok ? l2Tok[p.from] + p.tok[wSeed % 3] : l2Eth[p.from] + p.eth[wSeed % 3];
        p.w = bal == 0 ? 0 : bound(amount, 0, bal / 2);
        if (p.w == 0) return;
        p.ops = bytes.concat(
            p.ops,
            _pad(abi.encodePacked(uint8(0x11), p.from, p.wTok ? tokenId : uint16(0), uint128(p.w), p.to), 5)
        );
    }

    /// Maybe a slash of a linked prover that is not yet released, for an L2 job of account 1.
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

    function _settled(Plan memory p) internal {
        for (uint256 i = ghostConsumed + 1; i <= ghostConsumed + p.n; i++) {
            uint8 t = queuedType[i];
            if (t == 3) linked[_proverOf(queuedOp[i], 53)] = true;
            if (t == 4) unstakeSettled[_proverOf(queuedOp[i], 37)] = true;
            if (t == 5) jobSettledOnL2[queuedJob[i]] = true;
        }
        ghostConsumed += p.n;
        for (uint256 k; k < 3; k++) {
            l2Eth[accountAt(k)] += p.eth[k];
            l2Tok[accountAt(k)] += p.tok[k];
        }
        if (p.w != 0) {
            ghostCredited[p.to][p.wTok ? tokenId : 0] += p.w;
            if (p.wTok) l2Tok[p.from] -= p.w;
            else l2Eth[p.from] -= p.w;
        }
        if (p.slashGwei != 0) {
            uint256 s = p.slashGwei * 1 gwei;
            ghostSlashed += s;
            ghostEthIn += s / 2;
            l2Eth[1] += s / 2; // the requester's share, credited on L2
        }
        if (p.jobId != 0) {
            jobClosed[p.jobId] = true;
            uint256 fee = uint256(rollup.l1Job(p.jobId).feeGwei) * 1 gwei;
            if (p.fulfil) {
                ghostResult[p.jobId] = p.out;
                _earn(fee);
            } else {
                ghostCredited[rollup.l1Job(p.jobId).requester][0] += fee;
            }
        }
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
