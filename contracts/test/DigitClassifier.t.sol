// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {stdJson} from "forge-std/StdJson.sol";
import {NexusTestBase} from "./helpers/NexusTestBase.sol";
import {NexusRollup} from "../src/NexusRollup.sol";
import {Commitment} from "../src/libraries/Commitment.sol";
import {DigitClassifier} from "../src/examples/DigitClassifier.sol";

/// @dev External wrapper: calldata in, commitment out.
contract CommitmentHarness {
    function commit(bytes calldata data, uint256 salt) external pure returns (uint256) {
        return Commitment.commit(data, salt);
    }
}

/// @notice The example L1 dApp against the real rollup: it requests an inference with a
///         commitment that matches Go's (prover/statement), reads the proven output
///         commitment once a batch settles the job, opens it, and passes refunds on.
contract DigitClassifierTest is NexusTestBase {
    using stdJson for string;

    string internal json;
    CommitmentHarness internal h;
    DigitClassifier internal app;
    uint32 internal model;
    bytes internal image; // commit[0]: 784 bytes under the zero salt
    bytes internal output; // commit[2]: 10 bytes under `outSalt`
    uint256 internal outSalt;
    uint256 internal outCommit;

    function setUp() public override {
        super.setUp();
        json = vm.readFile("testdata/poseidon2/vectors.json");
        h = new CommitmentHarness();
        model = registerModel(1000);
        app = new DigitClassifier(rollup, model);
        image = json.readBytes(".commit[0].data");
        output = json.readBytes(".commit[2].data");
        outSalt = json.readUint(".commit[2].salt");
        outCommit = json.readUint(".commit[2].out");
    }

    function test_commit_goVectors_succeeds() public view {
        for (uint256 i = 0; i < 6; ++i) {
            string memory k = string.concat(".commit[", vm.toString(i), "]");
            bytes memory data = json.readBytes(string.concat(k, ".data"));
            uint256 salt = json.readUint(string.concat(k, ".salt"));
            assertEq(h.commit(data, salt), json.readUint(string.concat(k, ".out")), k);
        }
    }

    function test_commit_saltNotInField_reverts() public {
        vm.expectRevert();
        h.commit(hex"01", Commitment.FIELD_MODULUS);
    }

    /// @dev Alice asks the dApp to classify the image.
    function _classify() internal returns (uint32 jobId, uint32 deadline) {
        deadline = uint32(block.timestamp + 1 hours);
        vm.prank(alice);
        uint256 g = gasleft();
        jobId = app.classify{value: 1000 gwei}(image, deadline);
        emit log_named_uint(
            "DigitClassifier.classify gas (784-byte image, commitment on chain)", g - gasleft()
        );
    }

    function test_classify_requestsWithGoCommitment_succeeds() public {
        uint32 deadline = uint32(block.timestamp + 1 hours);
        uint256 want = json.readUint(".commit[0].out");
        vm.expectEmit(address(rollup));
        emit NexusRollup.InferenceRequested(uint32(1 << 31), address(app), model, 1000, deadline, want, image);
        vm.prank(alice);
        uint32 jobId = app.classify{value: 1000 gwei}(image, deadline);
        assertEq(jobId, uint32(1 << 31));
        (address requester,,,) = app.requests(jobId);
        assertEq(requester, alice);
        assertEq(uint8(rollup.l1Job(jobId).status), uint8(NexusRollup.L1JobStatus.Pending));
    }

    function test_classify_badImageSize_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(DigitClassifier.DigitClassifier_BadImageSize.selector, 783));
        app.classify{value: 1000 gwei}(new bytes(783), uint32(block.timestamp + 1 hours));
    }

    function test_classify_feeBelowModelFee_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(NexusRollup.Rollup_FeeBelowModelFee.selector, 999, 1000));
        app.classify{value: 999 gwei}(image, uint32(block.timestamp + 1 hours));
    }

    function _settle(uint32 jobId, uint32 deadline) internal {
        registerProver(prover, 2 ether);
        bytes memory ops = bytes.concat(
            opRegisterModel(model, 3, 1000, VK, PK2, bob),
            opL1Job(jobId, model, 1000, deadline, json.readUint(".commit[0].out")),
            opProverStake(4, 2 ether, PK, prover),
            opLockJob(jobId, 4, uint32(block.timestamp + 60)),
            opFulfillL1(jobId, 4, outCommit)
        );
        submit(ops, 3);
    }

    function test_reveal_opensProvenOutput_succeeds() public {
        (uint32 jobId, uint32 deadline) = _classify();
        vm.expectRevert(abi.encodeWithSelector(DigitClassifier.DigitClassifier_NotProven.selector, jobId));
        app.reveal(jobId, output, outSalt);
        _settle(jobId, deadline);
        vm.expectEmit(address(app));
        emit DigitClassifier.Classified(jobId, 6); // output[6] = 255 is the highest score
        vm.prank(bob); // anyone may reveal
        uint256 g = gasleft();
        assertEq(app.reveal(jobId, output, outSalt), 6);
        emit log_named_uint("DigitClassifier.reveal gas", g - gasleft());
        (bool classified, uint8 digit) = app.digitOf(jobId);
        assertTrue(classified);
        assertEq(digit, 6);
        vm.expectRevert(
            abi.encodeWithSelector(DigitClassifier.DigitClassifier_AlreadyClassified.selector, jobId)
        );
        app.reveal(jobId, output, outSalt);
    }

    function test_reveal_badOpenings_revert() public {
        (uint32 jobId, uint32 deadline) = _classify();
        _settle(jobId, deadline);
        bytes memory other = bytes.concat(output);
        other[0] = 0x04;
        vm.expectRevert(abi.encodeWithSelector(DigitClassifier.DigitClassifier_BadOpening.selector, jobId));
        app.reveal(jobId, other, outSalt);
        vm.expectRevert(abi.encodeWithSelector(DigitClassifier.DigitClassifier_BadOpening.selector, jobId));
        app.reveal(jobId, output, outSalt + 1);
        vm.expectRevert(abi.encodeWithSelector(DigitClassifier.DigitClassifier_BadOpening.selector, jobId));
        app.reveal(jobId, output, outSalt + Commitment.FIELD_MODULUS);
        vm.expectRevert(abi.encodeWithSelector(DigitClassifier.DigitClassifier_BadOutputSize.selector, 11));
        app.reveal(jobId, bytes.concat(output, hex"00"), outSalt);
        vm.expectRevert(
            abi.encodeWithSelector(DigitClassifier.DigitClassifier_UnknownJob.selector, jobId + 1)
        );
        app.reveal(jobId + 1, output, outSalt);
    }

    function test_refund_passesL1RefundOn_succeeds() public {
        (uint32 jobId, uint32 deadline) = _classify();
        vm.expectRevert(abi.encodeWithSelector(DigitClassifier.DigitClassifier_NotRefunded.selector, jobId));
        app.refund(jobId);
        // No prover fulfilled it by its deadline: the sequencer expires it, L1 refunds.
        vm.warp(deadline + 1);
        bytes memory ops = bytes.concat(
            opRegisterModel(model, 3, 1000, VK, PK2, bob),
            opL1Job(jobId, model, 1000, deadline, json.readUint(".commit[0].out")),
            opExpire(jobId, 0, 0, address(0))
        );
        submit(ops, 2);
        uint256 before = alice.balance;
        vm.prank(bob); // anyone may trigger it; the requester is paid
        app.refund(jobId);
        assertEq(alice.balance - before, 1000 gwei);
        assertEq(address(app).balance, 0);
        vm.expectRevert(
            abi.encodeWithSelector(DigitClassifier.DigitClassifier_AlreadyRefunded.selector, jobId)
        );
        app.refund(jobId);
    }

    function test_receive_notRollup_reverts() public {
        vm.prank(alice);
        (bool ok,) = address(app).call{value: 1}("");
        assertFalse(ok);
    }
}
