// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "forge-std/Test.sol";
import {NexusRollup} from "../../src/NexusRollup.sol";
import {ProverRegistry} from "../../src/ProverRegistry.sol";
import {ModelRegistry} from "../../src/ModelRegistry.sol";
import {BatchHeader} from "../../src/libraries/Pubdata.sol";
import {IVerifier} from "../../src/interfaces/IVerifier.sol";
import {FixtureVerifier} from "./FixtureVerifier.sol";
import {TestToken} from "./TestToken.sol";

/// @notice Deploys the Nexus contracts with a fixture verifier and builds pubdata
///         and headers exactly as docs/protocol.md specifies (independently of the
///         Pubdata library, which the vectors test separately).
abstract contract NexusTestBase is Test {
    uint256 internal constant R377 = 0x12ab655e9a2ca55660b44d1e5c37b00159aa76fed00000010a11800000000001;
    uint256 internal constant GENESIS_ROOT = 0x0b5e;
    uint64 internal constant PRIORITY_DEADLINE = 3 days;
    uint128 internal constant MIN_STAKE = 1 ether;
    uint64 internal constant UNBONDING = 2 days;
    uint64 internal constant MAX_LOCK = 1 hours;
    bytes32 internal constant PK = bytes32(uint256(0x0abc));
    bytes32 internal constant PK2 = bytes32(uint256(0x0def) | (1 << 255));
    bytes32 internal constant VK = bytes32(uint256(0x7e));
    bytes internal constant PROOF = hex"5eed0001";

    address internal owner = makeAddr("owner");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal prover = makeAddr("prover");
    address internal dapp = makeAddr("dapp");

    FixtureVerifier internal verifier;
    ProverRegistry internal registry;
    ModelRegistry internal models;
    NexusRollup internal rollup;
    TestToken internal token;
    uint16 internal tokenId;

    function setUp() public virtual {
        vm.warp(1_800_000_000);
        verifier = new FixtureVerifier();
        registry = new ProverRegistry(owner, MIN_STAKE, UNBONDING, MAX_LOCK);
        models = new ModelRegistry(owner);
        rollup = new NexusRollup(
            owner, IVerifier(address(verifier)), registry, models, GENESIS_ROOT, PRIORITY_DEADLINE, 24, 4, 12
        );
        vm.startPrank(owner);
        registry.setRollup(address(rollup));
        models.setRollup(address(rollup));
        token = new TestToken();
        tokenId = rollup.addToken(address(token));
        vm.stopPrank();
        vm.deal(alice, 1000 ether);
        vm.deal(bob, 1000 ether);
        vm.deal(prover, 1000 ether);
        vm.deal(dapp, 1000 ether);
        token.mint(alice, 1_000_000 ether);
        vm.prank(alice);
        token.approve(address(rollup), type(uint256).max);
    }

    // ---- pubdata builders (docs/protocol.md §2) ----

    function pad(bytes memory op, uint256 chunks) internal pure returns (bytes memory out) {
        require(op.length <= chunks * 9, "op too long");
        out = new bytes(chunks * 9);
        for (uint256 i; i < op.length; i++) {
            out[i] = op[i];
        }
    }

    function opDeposit(uint32 acct, uint16 tok, uint128 amount, bytes32 pk, address depositor)
        internal
        pure
        returns (bytes memory)
    {
        return pad(abi.encodePacked(uint8(0x01), acct, tok, amount, pk, depositor), 9);
    }

    function opRegisterModel(uint32 modelId, uint32 ownerAcct, uint64 fee, bytes32 vk, bytes32 pk, address o)
        internal
        pure
        returns (bytes memory)
    {
        return pad(abi.encodePacked(uint8(0x02), modelId, ownerAcct, fee, vk, pk, o), 12);
    }

    function opProverStake(uint32 acct, uint128 stake, bytes32 pk, address p)
        internal
        pure
        returns (bytes memory)
    {
        return pad(abi.encodePacked(uint8(0x03), acct, stake, pk, p), 9);
    }

    function opUnstake(uint32 acct, bytes32 pk, address p) internal pure returns (bytes memory) {
        return pad(abi.encodePacked(uint8(0x04), acct, pk, p), 7);
    }

    function opL1Job(uint32 jobId, uint32 modelId, uint64 fee, uint32 deadline, uint256 commit)
        internal
        pure
        returns (bytes memory)
    {
        return pad(abi.encodePacked(uint8(0x05), jobId, modelId, fee, deadline, commit), 6);
    }

    function opForcedExit(uint32 acct, uint16 tok, uint128 amount, address requester)
        internal
        pure
        returns (bytes memory)
    {
        return pad(abi.encodePacked(uint8(0x06), acct, tok, amount, requester), 5);
    }

    function opTransfer(uint32 from, uint32 to, uint16 tok, uint128 amount)
        internal
        pure
        returns (bytes memory)
    {
        return pad(abi.encodePacked(uint8(0x10), from, to, tok, amount), 3);
    }

    function opWithdraw(uint32 acct, uint16 tok, uint128 amount, address to)
        internal
        pure
        returns (bytes memory)
    {
        return pad(abi.encodePacked(uint8(0x11), acct, tok, amount, to), 5);
    }

    function opSubmitJob(uint32 jobId, uint32 requester, uint32 modelId, uint64 fee, uint32 deadline)
        internal
        pure
        returns (bytes memory)
    {
        return pad(abi.encodePacked(uint8(0x12), jobId, requester, modelId, fee, deadline), 3);
    }

    function opLockJob(uint32 jobId, uint32 p, uint32 lockDeadline) internal pure returns (bytes memory) {
        return pad(abi.encodePacked(uint8(0x13), jobId, p, lockDeadline), 2);
    }

    function opFulfill(uint32 jobId, uint32 p) internal pure returns (bytes memory) {
        return pad(abi.encodePacked(uint8(0x14), jobId, p), 1);
    }

    function opFulfillL1(uint32 jobId, uint32 p, uint256 out) internal pure returns (bytes memory) {
        return pad(abi.encodePacked(uint8(0x15), jobId, p, out), 5);
    }

    function opCancel(uint32 jobId) internal pure returns (bytes memory) {
        return pad(abi.encodePacked(uint8(0x16), jobId), 1);
    }

    function opClaimModelFees(uint32 ownerAcct, uint32 modelId) internal pure returns (bytes memory) {
        return pad(abi.encodePacked(uint8(0x17), ownerAcct, modelId), 1);
    }

    function opExpire(uint32 jobId, uint32 p, uint64 slashGwei, address proverAddr)
        internal
        pure
        returns (bytes memory)
    {
        return pad(abi.encodePacked(uint8(0x20), jobId, p, slashGwei, proverAddr), 5);
    }

    function opRelease(uint32 acct, address p) internal pure returns (bytes memory) {
        return pad(abi.encodePacked(uint8(0x21), acct, p), 3);
    }

    function pubdata(bytes memory ops) internal pure returns (bytes memory) {
        return abi.encodePacked(bytes32(uint256(0x10b5)), ops);
    }

    // ---- headers and submission (docs/protocol.md §4) ----

    function header(bytes memory pd, uint64 nPriority) internal view returns (BatchHeader memory h) {
        uint256 consumed = rollup.priorityOpsConsumed();
        h.batchNumber = rollup.lastBatchNumber() + 1;
        h.timestamp = uint64(block.timestamp);
        h.priorityOpsConsumed = nPriority;
        h.prevStateRoot = rollup.stateRoot();
        h.newStateRoot = uint256(keccak256(abi.encode(h.batchNumber, pd))) % R377;
        h.priorityHashBefore = rollup.priorityHash(consumed);
        h.priorityHashAfter = rollup.priorityHash(consumed + nPriority);
        h.pubdataHash = sha256(pd);
    }

    function inputsOf(BatchHeader memory h) internal pure returns (uint256[2] memory in_) {
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

    /// @notice Arms the fixture verifier for `h` and submits.
    function submit(BatchHeader memory h, bytes memory pd) internal {
        verifier.expect(PROOF, inputsOf(h));
        rollup.submitBatch(h, pd, PROOF);
    }

    function submit(bytes memory ops, uint64 nPriority) internal returns (BatchHeader memory h) {
        bytes memory pd = pubdata(ops);
        h = header(pd, nPriority);
        submit(h, pd);
    }

    /// @notice Expects `h` to be refused with `err` (verifier armed for it, so only the check fails).
    function expectSubmitRevert(BatchHeader memory h, bytes memory pd, bytes memory err) internal {
        verifier.expect(PROOF, inputsOf(h));
        vm.expectRevert(err);
        rollup.submitBatch(h, pd, PROOF);
    }

    function registerModel(uint64 feeGwei) internal returns (uint32 id) {
        vm.prank(bob);
        id = models.registerModel(VK, feeGwei, PK2, "ipfs://model");
    }

    function registerProver(address p, uint256 stake) internal {
        vm.deal(p, p.balance + stake);
        vm.prank(p);
        registry.register{value: stake}(PK);
    }
}
