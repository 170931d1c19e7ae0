// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {NexusRollup} from "../NexusRollup.sol";
import {Commitment} from "../libraries/Commitment.sol";
import {ReentrancyGuard} from "../utils/ReentrancyGuard.sol";
import {SafeTransfer} from "../utils/SafeTransfer.sol";

/// @title DigitClassifier
/// @notice An example L1 dApp on Nexus: it classifies 28x28 greyscale digits with a
///         registered MNIST model (the devnet's demo model), every answer proven by a
///         zk-SNARK that the rollup verified when it settled the batch.
///
///         1. `classify(image, deadline)` escrows the fee with `NexusRollup.requestInference`;
///            the input commitment is computed here, under the L1 job salt (zero), so the
///            request is always provable.
///         2. A prover proves the inference on L2; a batch settles it, and
///            `NexusRollup.inferenceResult(jobId)` holds the output commitment.
///         3. Anyone `reveal`s the output and its salt (from the sequencer:
///            `nexus job result JOB-ID`); the opening is checked against the proven
///            commitment, and the digit (the class with the highest score) is stored.
///         If no prover fulfils the job by its deadline, L1 refunds the fee to this
///         contract and `refund` passes it on to the requester.
contract DigitClassifier is ReentrancyGuard {
    /// @notice Input bytes: 28x28 grey levels, row by row.
    uint256 public constant IMAGE_BYTES = 784;
    /// @notice Output bytes: one per class, each the model's score minus its minimum.
    uint256 public constant CLASSES = 10;

    NexusRollup public immutable rollup;
    uint32 public immutable modelId;

    struct Request {
        address requester;
        bool classified;
        bool refunded;
        uint8 digit;
    }

    mapping(uint32 => Request) public requests;

    event Requested(uint32 indexed jobId, address indexed requester, uint256 inputCommit);
    event Classified(uint32 indexed jobId, uint8 digit);
    event Refunded(uint32 indexed jobId, address indexed requester, uint256 amount);

    error DigitClassifier_BadImageSize(uint256 size);
    error DigitClassifier_BadOutputSize(uint256 size);
    error DigitClassifier_UnknownJob(uint32 jobId);
    error DigitClassifier_NotProven(uint32 jobId);
    error DigitClassifier_BadOpening(uint32 jobId);
    error DigitClassifier_AlreadyClassified(uint32 jobId);
    error DigitClassifier_NotRefunded(uint32 jobId);
    error DigitClassifier_AlreadyRefunded(uint32 jobId);
    error DigitClassifier_NotRollup(address sender);

    constructor(NexusRollup rollup_, uint32 modelId_) {
        rollup = rollup_;
        modelId = modelId_;
    }

    /// @notice Requests the classification of `image`; msg.value is the fee (whole gwei,
    ///         at least the model's fee). Provers have until `deadline`.
    function classify(bytes calldata image, uint32 deadline)
        external
        payable
        nonReentrant
        returns (uint32 jobId)
    {
        if (image.length != IMAGE_BYTES) revert DigitClassifier_BadImageSize(image.length);
        uint256 c = Commitment.commit(image, Commitment.L1_JOB_SALT);
        jobId = rollup.requestInference{value: msg.value}(modelId, c, deadline, image);
        requests[jobId] = Request(msg.sender, false, false, 0);
        emit Requested(jobId, msg.sender, c);
    }

    /// @notice Opens the proven output of `jobId` and stores its digit. `output` is the
    ///         committed form of the model's output (one byte per class).
    function reveal(uint32 jobId, bytes calldata output, uint256 salt) external returns (uint8 digit) {
        Request storage r = requests[jobId];
        if (r.requester == address(0)) revert DigitClassifier_UnknownJob(jobId);
        if (r.classified) revert DigitClassifier_AlreadyClassified(jobId);
        if (output.length != CLASSES) revert DigitClassifier_BadOutputSize(output.length);
        (bool fulfilled, uint256 outputCommit) = rollup.inferenceResult(jobId);
        if (!fulfilled) revert DigitClassifier_NotProven(jobId);
        if (salt >= Commitment.FIELD_MODULUS || Commitment.commit(output, salt) != outputCommit) {
            revert DigitClassifier_BadOpening(jobId);
        }
        for (uint8 i = 1; i < CLASSES; ++i) {
            if (uint8(output[i]) > uint8(output[digit])) digit = i;
        }
        r.classified = true;
        r.digit = digit;
        emit Classified(jobId, digit);
    }

    /// @notice The digit of `jobId`, once revealed.
    function digitOf(uint32 jobId) external view returns (bool classified, uint8 digit) {
        Request storage r = requests[jobId];
        return (r.classified, r.digit);
    }

    /// @notice Pays the requester of `jobId` its fee back once L1 refunded the job (no
    ///         prover fulfilled it by its deadline).
    function refund(uint32 jobId) external nonReentrant {
        Request storage r = requests[jobId];
        if (r.requester == address(0)) revert DigitClassifier_UnknownJob(jobId);
        if (r.refunded) revert DigitClassifier_AlreadyRefunded(jobId);
        NexusRollup.L1Job memory j = rollup.l1Job(jobId);
        if (j.status != NexusRollup.L1JobStatus.Refunded) revert DigitClassifier_NotRefunded(jobId);
        r.refunded = true;
        uint256 amount = uint256(j.feeGwei) * 1 gwei;
        emit Refunded(jobId, r.requester, amount);
        // L1 credited every refund to this contract: collect what is there.
        if (rollup.claimable(address(this), rollup.ETH_TOKEN()) != 0) {
            rollup.claimWithdrawal(rollup.ETH_TOKEN());
        }
        SafeTransfer.sendEth(r.requester, amount);
    }

    /// @notice Only the rollup pays this contract (refunds, slashed provers' compensation).
    receive() external payable {
        if (msg.sender != address(rollup)) revert DigitClassifier_NotRollup(msg.sender);
    }
}
