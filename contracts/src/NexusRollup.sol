// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Owned} from "./utils/Owned.sol";
import {ReentrancyGuard} from "./utils/ReentrancyGuard.sol";
import {SafeTransfer} from "./utils/SafeTransfer.sol";
import {Pubdata, BatchHeader} from "./libraries/Pubdata.sol";
import {ExitRoot, ExitProof, ModelExitProof} from "./ExitRoot.sol";
import {IVerifier} from "./interfaces/IVerifier.sol";
import {INexusRollup} from "./interfaces/INexusRollup.sol";
import {ProverRegistry} from "./ProverRegistry.sol";
import {ModelRegistry} from "./ModelRegistry.sol";

/// @title NexusRollup
/// @notice The L1 side of Nexus: the bridge (ETH and allow-listed ERC-20), the
///         priority queue, L1 inference requests, batch settlement against the
///         proof, pull-payment withdrawals and exodus mode. Wire formats are in
///         docs/protocol.md.
contract NexusRollup is INexusRollup, Owned, ReentrancyGuard {
    /// @notice Status of a job requested on L1.
    enum L1JobStatus {
        None,
        Pending,
        Fulfilled,
        Refunded
    }

    struct L1Job {
        address requester;
        uint64 feeGwei;
        uint32 modelId;
        L1JobStatus status;
    }

    /// @notice Token id 0 is ETH; ERC-20s take 1..MAX_TOKENS-1 (balance subtree of depth 4).
    uint16 public constant MAX_TOKENS = 16;
    uint16 public constant ETH_TOKEN = 0;
    /// @notice Capacity of the in-memory reputation accumulator of one batch.
    uint256 internal constant REPUTATION_SLOTS = 16;

    IVerifier public immutable verifier;
    /// @notice Computes the state root an exit proof leads to (Poseidon2 lives there:
    ///         it does not fit in this contract's 24 KiB). Deployed by the constructor with
    ///         the depths of the state's accounts, token and models trees (the block
    ///         circuit's).
    ExitRoot public immutable exitRoot;
    ProverRegistry public immutable proverRegistry;
    ModelRegistry public immutable modelRegistry;
    /// @notice Seconds the sequencer has to include a priority op before exodus may start.
    uint64 public immutable priorityDeadline;

    /// @notice State root after the last settled batch (BLS12-377 Fr).
    uint256 public stateRoot;
    /// @notice Number of the last settled batch (the genesis state is batch 0).
    uint64 public lastBatchNumber;
    /// @notice Timestamp of the last settled batch.
    uint64 public lastBatchTimestamp;
    /// @notice Priority ops queued so far; op indices run from 1.
    uint64 public priorityOpsTotal;
    /// @notice Priority ops consumed by settled batches.
    uint64 public priorityOpsConsumed;
    /// @inheritdoc INexusRollup
    bool public exodusMode;
    /// @notice Number of known tokens, ETH included.
    uint16 public tokenCount = 1;
    /// @notice Number of L1 jobs requested; job ids are 2^31 + n.
    uint32 public l1JobCount;

    /// @notice h_i of the priority chain (h_0 = 0).
    mapping(uint256 => bytes32) public priorityHash;
    /// @notice Deadline of priority op i.
    mapping(uint256 => uint64) public priorityOpDeadline;
    /// @notice Whether account `id` has exited token `token` in exodus.
    mapping(uint32 => mapping(uint16 => bool)) public exited;
    /// @notice Whether model `id`'s unclaimed fees have exited in exodus.
    mapping(uint32 => bool) public modelFeesExited;
    /// @notice Unconsumed priority ops refunded in exodus.
    mapping(uint256 => bool) public exodusRefunded;
    mapping(uint16 => address) public tokenAddress;
    mapping(address => uint16) public tokenIdOf;
    mapping(uint16 => bool) public depositsEnabled;
    /// @notice Amount `account` can claim of token id `token`.
    mapping(address => mapping(uint16 => uint256)) public claimable;
    mapping(uint32 => L1Job) internal l1Jobs;
    mapping(uint32 => uint256) internal results;
    /// @notice L1 address of the prover behind an L2 account id (from ProverStake ops).
    mapping(uint32 => address) public proverOfAccount;

    event TokenAdded(uint16 indexed tokenId, address indexed token);
    event TokenDepositsSet(uint16 indexed tokenId, bool enabled);
    event PriorityOpQueued(uint256 indexed index, bytes32 hash, uint64 deadline, bytes encoding);
    event Deposit(
        uint256 indexed priorityIndex, address indexed depositor, uint16 token, uint128 amount, bytes32 pubkey
    );
    event InferenceRequested(
        uint32 indexed jobId,
        address indexed requester,
        uint32 indexed modelId,
        uint64 feeGwei,
        uint32 deadline,
        uint256 inputCommit,
        bytes input
    );
    event ForcedExitRequested(
        uint256 indexed priorityIndex, address indexed requester, uint32 accountId, uint16 token
    );
    event BatchSettled(
        uint64 indexed batchNumber, uint256 newStateRoot, uint64 priorityOpsConsumed, bytes32 pubdataHash
    );
    event WithdrawalClaimable(address indexed recipient, uint16 indexed token, uint256 amount);
    event WithdrawalClaimed(address indexed recipient, uint16 indexed token, uint256 amount);
    event InferenceResult(uint32 indexed jobId, uint256 outputCommit);
    event L1JobRefunded(uint32 indexed jobId, address indexed requester, uint256 amount);
    event ProverSlashed(uint32 indexed jobId, address indexed prover, uint256 toRequester, uint256 burned);
    event ProverAccountLinked(uint32 indexed accountId, address indexed prover);
    event ExodusActivated(uint256 indexed overdueIndex, uint64 deadline);
    event Exit(uint32 indexed accountId, uint16 indexed token, address indexed l1Address, uint256 amount);
    event ModelFeesExit(
        uint32 indexed modelId, uint32 indexed ownerAccount, address indexed l1Address, uint256 amount
    );
    event ExodusRefund(
        uint256 indexed priorityIndex, address indexed recipient, uint16 token, uint256 amount
    );

    error Rollup_ZeroAddress();
    error Rollup_InvalidGenesisRoot(uint256 root);
    error Rollup_VerifierHasNoCode(address verifier);
    error Rollup_ExodusActive();
    error Rollup_ExodusNotActive();
    error Rollup_TokenLimit();
    error Rollup_TokenAlreadyAdded(address token);
    error Rollup_UnknownToken(uint16 tokenId);
    error Rollup_DepositsDisabled(uint16 tokenId);
    error Rollup_ZeroAmount();
    error Rollup_AmountTooLarge(uint256 amount);
    error Rollup_InvalidPubkey(bytes32 pubkey);
    error Rollup_NotRegistry(address caller);
    error Rollup_OpTypeNotAllowed(uint8 opType);
    error Rollup_FeeNotGwei(uint256 value);
    error Rollup_FeeBelowModelFee(uint64 feeGwei, uint64 modelFeeGwei);
    error Rollup_InvalidCommitment(uint256 commitment);
    error Rollup_DeadlinePassed(uint32 deadline);
    error Rollup_L1JobLimit();
    error Rollup_BadBatchNumber(uint64 expected, uint64 got);
    error Rollup_BadPrevStateRoot(uint256 expected, uint256 got);
    error Rollup_NonCanonicalStateRoot(uint256 root);
    error Rollup_BadTimestamp(uint64 timestamp);
    error Rollup_TooManyPriorityOps(uint256 requested, uint256 available);
    error Rollup_BadPriorityHashBefore(bytes32 expected, bytes32 got);
    error Rollup_BadPriorityHashAfter(bytes32 expected, bytes32 got);
    error Rollup_BadPubdataHash(bytes32 expected, bytes32 got);
    error Rollup_BadPubdataLength(uint256 length);
    error Rollup_BadOpType(uint256 offset, uint8 opType);
    error Rollup_PriorityOpCountMismatch(uint256 inPubdata, uint256 inHeader);
    error Rollup_PriorityOpsMismatch(bytes32 pubdataChain, bytes32 queueChain);
    error Rollup_BadL1Job(uint32 jobId);
    error Rollup_NothingToClaim();
    error Rollup_NotFromRegistry(address sender);
    error Rollup_NoOverduePriorityOp();
    error Rollup_BadPriorityIndex(uint256 index);
    error Rollup_AlreadyRefunded(uint256 index);
    error Rollup_BadPriorityEncoding(uint256 index);
    error Rollup_NotRefundable(uint256 index);
    error Rollup_AlreadyExited(uint32 accountId, uint16 token);
    error Rollup_ModelFeesExited(uint32 modelId);
    error Rollup_BadExitProof();
    error Rollup_NothingToExit();

    constructor(
        address initialOwner,
        IVerifier verifier_,
        ProverRegistry proverRegistry_,
        ModelRegistry modelRegistry_,
        uint256 genesisStateRoot,
        uint64 priorityDeadline_,
        uint8 accountTreeDepth,
        uint8 tokenTreeDepth,
        uint8 modelTreeDepth
    ) Owned(initialOwner) {
        if (
            address(verifier_) == address(0) || address(proverRegistry_) == address(0)
                || address(modelRegistry_) == address(0)
        ) revert Rollup_ZeroAddress();
        if (address(verifier_).code.length == 0) revert Rollup_VerifierHasNoCode(address(verifier_));
        if (!Pubdata.isCanonical(genesisStateRoot)) revert Rollup_InvalidGenesisRoot(genesisStateRoot);
        verifier = verifier_;
        exitRoot = new ExitRoot(accountTreeDepth, tokenTreeDepth, modelTreeDepth);
        proverRegistry = proverRegistry_;
        modelRegistry = modelRegistry_;
        stateRoot = genesisStateRoot;
        priorityDeadline = priorityDeadline_;
        depositsEnabled[ETH_TOKEN] = true;
        lastBatchTimestamp = uint64(block.timestamp);
    }

    modifier notExodus() {
        if (exodusMode) revert Rollup_ExodusActive();
        _;
    }

    /// @notice Slashed stake arrives from the prover registry only.
    receive() external payable {
        if (msg.sender != address(proverRegistry)) revert Rollup_NotFromRegistry(msg.sender);
    }

    // ---- token allowlist ----

    /// @notice Allow-lists an ERC-20 and gives it the next token id.
    function addToken(address token) external onlyOwner returns (uint16 tokenId) {
        if (token == address(0)) revert Rollup_ZeroAddress();
        if (tokenIdOf[token] != 0) revert Rollup_TokenAlreadyAdded(token);
        if (tokenCount >= MAX_TOKENS) revert Rollup_TokenLimit();
        tokenId = tokenCount++;
        tokenAddress[tokenId] = token;
        tokenIdOf[token] = tokenId;
        depositsEnabled[tokenId] = true;
        emit TokenAdded(tokenId, token);
        emit TokenDepositsSet(tokenId, true);
    }

    /// @notice Pauses or resumes deposits of a token; withdrawals are never paused.
    function setDepositsEnabled(uint16 tokenId, bool enabled) external onlyOwner {
        if (tokenId >= tokenCount) revert Rollup_UnknownToken(tokenId);
        depositsEnabled[tokenId] = enabled;
        emit TokenDepositsSet(tokenId, enabled);
    }

    // ---- priority ops ----

    /// @notice Deposits msg.value ETH to the L2 account of `pubkey`.
    function depositETH(bytes32 pubkey) external payable notExodus returns (uint256 index) {
        if (msg.value == 0) revert Rollup_ZeroAmount();
        if (msg.value > type(uint128).max) revert Rollup_AmountTooLarge(msg.value);
        index = _deposit(ETH_TOKEN, uint128(msg.value), pubkey);
    }

    /// @notice Deposits `amount` of an allow-listed ERC-20 to the L2 account of `pubkey`.
    ///         The amount credited is what actually arrived (fee-on-transfer safe).
    function depositERC20(address token, uint128 amount, bytes32 pubkey)
        external
        nonReentrant
        notExodus
        returns (uint256 index)
    {
        uint16 id = tokenIdOf[token];
        if (id == 0) revert Rollup_UnknownToken(0);
        if (amount == 0) revert Rollup_ZeroAmount();
        uint256 before = _balanceOf(token);
        SafeTransfer.transferFrom(token, msg.sender, address(this), amount);
        uint256 received = _balanceOf(token) - before;
        if (received == 0) revert Rollup_ZeroAmount();
        if (received > type(uint128).max) revert Rollup_AmountTooLarge(received);
        index = _deposit(id, uint128(received), pubkey);
    }

    /// @notice Requests an inference for an L1 dApp: the fee (msg.value, whole gwei,
    ///         at least the model fee) is escrowed, the input is public in calldata.
    ///         The result appears in `inferenceResult(jobId)` once a batch settles it.
    function requestInference(uint32 modelId, uint256 inputCommit, uint32 deadline, bytes calldata input)
        external
        payable
        notExodus
        returns (uint32 jobId)
    {
        if (msg.value % 1 gwei != 0) revert Rollup_FeeNotGwei(msg.value);
        uint256 fee = msg.value / 1 gwei;
        if (fee > type(uint64).max) revert Rollup_AmountTooLarge(msg.value);
        uint64 modelFee = modelRegistry.modelFeeGwei(modelId);
        if (fee < modelFee) revert Rollup_FeeBelowModelFee(uint64(fee), modelFee);
        if (!Pubdata.isCanonical(inputCommit)) revert Rollup_InvalidCommitment(inputCommit);
        if (deadline <= block.timestamp) revert Rollup_DeadlinePassed(deadline);
        uint32 n = l1JobCount;
        if (n >= Pubdata.L1_JOB_BIT) revert Rollup_L1JobLimit();
        l1JobCount = n + 1;
        jobId = uint32(Pubdata.L1_JOB_BIT | n);
        l1Jobs[jobId] = L1Job(msg.sender, uint64(fee), modelId, L1JobStatus.Pending);
        emit InferenceRequested(jobId, msg.sender, modelId, uint64(fee), deadline, inputCommit, input);
        _enqueue(Pubdata.encodeL1Job(jobId, modelId, uint64(fee), deadline, inputCommit));
    }

    /// @notice Forces L2 to move the whole `token` balance of `accountId` to L1, if the
    ///         caller is that account's L1 address (censorship resistance).
    function requestForcedExit(uint32 accountId, uint16 token) external notExodus returns (uint256 index) {
        if (token >= tokenCount) revert Rollup_UnknownToken(token);
        index = _enqueue(Pubdata.encodeForcedExit(accountId, token, msg.sender));
        emit ForcedExitRequested(index, msg.sender, accountId, token);
    }

    /// @inheritdoc INexusRollup
    function enqueueFromRegistry(bytes calldata enc) external notExodus returns (uint256 index) {
        uint8 t = enc.length == 0 ? 0 : uint8(enc[0]);
        if (msg.sender == address(proverRegistry)) {
            if (t != Pubdata.OP_PROVER_STAKE && t != Pubdata.OP_PROVER_UNSTAKE_REQUEST) {
                revert Rollup_OpTypeNotAllowed(t);
            }
        } else if (msg.sender == address(modelRegistry)) {
            if (t != Pubdata.OP_REGISTER_MODEL) revert Rollup_OpTypeNotAllowed(t);
        } else {
            revert Rollup_NotRegistry(msg.sender);
        }
        index = _enqueue(enc);
    }

    // ---- settlement ----

    /// @notice Settles a batch: checks the header against the stored state, the
    ///         priority queue and the pubdata, verifies the proof of the header's
    ///         public inputs, then applies the batch's L1 effects.
    function submitBatch(BatchHeader calldata h, bytes calldata pubdata, bytes calldata proof)
        external
        nonReentrant
        notExodus
    {
        if (h.batchNumber != lastBatchNumber + 1) {
            revert Rollup_BadBatchNumber(lastBatchNumber + 1, h.batchNumber);
        }
        if (h.prevStateRoot != stateRoot) revert Rollup_BadPrevStateRoot(stateRoot, h.prevStateRoot);
        if (!Pubdata.isCanonical(h.newStateRoot)) revert Rollup_NonCanonicalStateRoot(h.newStateRoot);
        if (h.timestamp < lastBatchTimestamp || h.timestamp > block.timestamp) {
            revert Rollup_BadTimestamp(h.timestamp);
        }
        uint256 consumed = priorityOpsConsumed;
        uint256 upTo = consumed + h.priorityOpsConsumed;
        if (upTo > priorityOpsTotal) {
            revert Rollup_TooManyPriorityOps(h.priorityOpsConsumed, priorityOpsTotal - consumed);
        }
        if (h.priorityHashBefore != priorityHash[consumed]) {
            revert Rollup_BadPriorityHashBefore(priorityHash[consumed], h.priorityHashBefore);
        }
        if (h.priorityHashAfter != priorityHash[upTo]) {
            revert Rollup_BadPriorityHashAfter(priorityHash[upTo], h.priorityHashAfter);
        }
        bytes32 pdHash = sha256(pubdata);
        if (pdHash != h.pubdataHash) revert Rollup_BadPubdataHash(pdHash, h.pubdataHash);

        verifier.verifyProof(proof, Pubdata.publicInputs(h));

        stateRoot = h.newStateRoot;
        lastBatchNumber = h.batchNumber;
        lastBatchTimestamp = h.timestamp;
        priorityOpsConsumed = uint64(upTo);
        emit BatchSettled(h.batchNumber, h.newStateRoot, h.priorityOpsConsumed, pdHash);

        (uint256 priorityOps, bytes32 chainEnd) = _applyPubdata(pubdata, h.priorityHashBefore);
        if (priorityOps != h.priorityOpsConsumed) {
            revert Rollup_PriorityOpCountMismatch(priorityOps, h.priorityOpsConsumed);
        }
        // The priority ops in the pubdata are exactly the queued ones: their L1
        // encodings chain from h_consumed to h_(consumed+n). The block circuit
        // proves the pubdata was applied; this binds it to the queue.
        if (chainEnd != h.priorityHashAfter) {
            revert Rollup_PriorityOpsMismatch(chainEnd, h.priorityHashAfter);
        }
    }

    /// @notice Pays the caller everything claimable of token `token`.
    function claimWithdrawal(uint16 token) external nonReentrant returns (uint256 amount) {
        amount = claimable[msg.sender][token];
        if (amount == 0) revert Rollup_NothingToClaim();
        claimable[msg.sender][token] = 0;
        emit WithdrawalClaimed(msg.sender, token, amount);
        if (token == ETH_TOKEN) SafeTransfer.sendEth(msg.sender, amount);
        else SafeTransfer.transfer(tokenAddress[token], msg.sender, amount);
    }

    // ---- exodus ----

    /// @notice Starts exodus mode if the oldest unconsumed priority op is overdue.
    ///         From then on no batch settles and no priority op is queued.
    function activateExodus() external notExodus {
        uint256 next = uint256(priorityOpsConsumed) + 1;
        if (next > priorityOpsTotal || block.timestamp <= priorityOpDeadline[next]) {
            revert Rollup_NoOverduePriorityOp();
        }
        exodusMode = true;
        emit ExodusActivated(next, priorityOpDeadline[next]);
    }

    /// @notice In exodus, makes an unconsumed Deposit or L1Job claimable again by its
    ///         sender. `enc` is the op's L1 encoding (from the PriorityOpQueued event).
    function exodusRefund(uint256 index, bytes calldata enc) external nonReentrant {
        if (!exodusMode) revert Rollup_ExodusNotActive();
        if (index <= priorityOpsConsumed || index > priorityOpsTotal) revert Rollup_BadPriorityIndex(index);
        if (exodusRefunded[index]) revert Rollup_AlreadyRefunded(index);
        if (Pubdata.chain(priorityHash[index - 1], enc) != priorityHash[index]) {
            revert Rollup_BadPriorityEncoding(index);
        }
        uint8 t = uint8(enc[0]);
        address to;
        uint16 token;
        uint256 amount;
        if (t == Pubdata.OP_DEPOSIT) {
            token = uint16(Pubdata.readUint(enc, 1, 2));
            amount = Pubdata.readUint(enc, 3, 16);
            to = Pubdata.readAddress(enc, 51);
        } else if (t == Pubdata.OP_L1_JOB) {
            uint32 jobId = uint32(Pubdata.readUint(enc, 1, 4));
            L1Job storage j = l1Jobs[jobId];
            // exodusRefundL1Job may have refunded it by id already.
            if (j.status != L1JobStatus.Pending) revert Rollup_AlreadyRefunded(index);
            to = j.requester;
            amount = uint256(j.feeGwei) * 1 gwei;
            j.status = L1JobStatus.Refunded;
        } else {
            revert Rollup_NotRefundable(index);
        }
        exodusRefunded[index] = true;
        claimable[to][token] += amount;
        emit ExodusRefund(index, to, token, amount);
        emit WithdrawalClaimable(to, token, amount);
    }

    /// @notice In exodus, refunds L1 job `jobId` that no settled batch fulfilled or
    ///         refunded, whether a batch consumed its L1Job op or not: its fee reaches an
    ///         L2 balance only through a settled FulfillL1Job (which marks it Fulfilled),
    ///         and no batch settles any more. A lock on it only reserved the prover's
    ///         collateral on L2; the stake itself leaves ProverRegistry in exodus.
    function exodusRefundL1Job(uint32 jobId) external nonReentrant {
        if (!exodusMode) revert Rollup_ExodusNotActive();
        L1Job storage j = l1Jobs[jobId];
        if (j.status != L1JobStatus.Pending) revert Rollup_BadL1Job(jobId);
        j.status = L1JobStatus.Refunded;
        uint256 amount = uint256(j.feeGwei) * 1 gwei;
        claimable[j.requester][ETH_TOKEN] += amount;
        emit L1JobRefunded(jobId, j.requester, amount);
        emit WithdrawalClaimable(j.requester, ETH_TOKEN, amount);
    }

    /// @notice In exodus, pays a balance of the last settled state to its account's L1
    ///         address (as a claimable withdrawal), once per account and token, given
    ///         its Merkle proof against the state root. The ETH exit also pays the
    ///         account's escrow: the fees of its L2 jobs open or locked, which no settled
    ///         batch can fulfil or refund any more.
    function exit(ExitProof calldata p) external nonReentrant {
        if (!exodusMode) revert Rollup_ExodusNotActive();
        if (exited[p.accountId][p.token]) revert Rollup_AlreadyExited(p.accountId, p.token);
        uint256 amount = p.balance;
        if (p.token == ETH_TOKEN) amount += uint256(p.escrowGwei) * 1 gwei;
        if (amount == 0 || p.l1Address == address(0)) revert Rollup_NothingToExit();
        if (p.token >= tokenCount) revert Rollup_UnknownToken(p.token);
        if (_provenRoot(ExitRoot.root.selector) != stateRoot) revert Rollup_BadExitProof();
        exited[p.accountId][p.token] = true;
        claimable[p.l1Address][p.token] += amount;
        emit Exit(p.accountId, p.token, p.l1Address, amount);
        emit WithdrawalClaimable(p.l1Address, p.token, amount);
    }

    /// @notice In exodus, pays the fees model `p.modelId` earned on L2 and its owner has not
    ///         claimed (ClaimModelFees) to the owner account's L1 address (as a claimable
    ///         withdrawal), once per model, given the model leaf and the owner's account
    ///         leaf with their Merkle proofs against the state root.
    function exitModelFees(ModelExitProof calldata p) external nonReentrant {
        if (!exodusMode) revert Rollup_ExodusNotActive();
        if (modelFeesExited[p.modelId]) revert Rollup_ModelFeesExited(p.modelId);
        if (p.earnedGwei == 0 || p.l1Address == address(0)) revert Rollup_NothingToExit();
        if (_provenRoot(ExitRoot.modelRoot.selector) != stateRoot) revert Rollup_BadExitProof();
        modelFeesExited[p.modelId] = true;
        uint256 amount = uint256(p.earnedGwei) * 1 gwei;
        claimable[p.l1Address][ETH_TOKEN] += amount;
        emit ModelFeesExit(p.modelId, p.ownerAccount, p.l1Address, amount);
        emit WithdrawalClaimable(p.l1Address, ETH_TOKEN, amount);
    }

    /// @dev ExitRoot's `fn` (root or modelRoot) of this call's proof: exit and exitModelFees
    ///      take the very argument those take, so the calldata goes on as it came rather
    ///      than decoded and encoded again (code this contract has no room for). ExitRoot's
    ///      errors are passed on.
    function _provenRoot(bytes4 fn) internal view returns (uint256) {
        (bool ok, bytes memory ret) = address(exitRoot).staticcall(bytes.concat(fn, msg.data[4:]));
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 0x20), mload(ret))
            }
        }
        return abi.decode(ret, (uint256));
    }

    // ---- views ----

    /// @notice The result of L1 job `jobId`: whether it is fulfilled and its output commitment.
    function inferenceResult(uint32 jobId) external view returns (bool fulfilled, uint256 outputCommit) {
        return (l1Jobs[jobId].status == L1JobStatus.Fulfilled, results[jobId]);
    }

    /// @notice The L1 job `jobId`.
    function l1Job(uint32 jobId) external view returns (L1Job memory) {
        return l1Jobs[jobId];
    }

    // ---- internals ----

    function _deposit(uint16 token, uint128 amount, bytes32 pubkey) internal returns (uint256 index) {
        if (!depositsEnabled[token]) revert Rollup_DepositsDisabled(token);
        if (!Pubdata.isValidPubkey(pubkey)) revert Rollup_InvalidPubkey(pubkey);
        index = _enqueue(Pubdata.encodeDeposit(token, amount, pubkey, msg.sender));
        emit Deposit(index, msg.sender, token, amount, pubkey);
    }

    function _enqueue(bytes memory enc) internal returns (uint256 index) {
        index = uint256(priorityOpsTotal) + 1;
        priorityOpsTotal = uint64(index);
        bytes32 h = Pubdata.chain(priorityHash[index - 1], enc);
        uint64 deadline = uint64(block.timestamp) + priorityDeadline;
        priorityHash[index] = h;
        priorityOpDeadline[index] = deadline;
        emit PriorityOpQueued(index, h, deadline, enc);
    }

    function _balanceOf(address token) internal view returns (uint256 b) {
        (bool ok, bytes memory ret) = token.staticcall(abi.encodeWithSelector(0x70a08231, address(this)));
        if (!ok || ret.length < 32) revert SafeTransfer.SafeTransfer_TokenFailed(token, address(this), 0);
        b = abi.decode(ret, (uint256));
    }

    /// @dev Walks the ops, applies their L1 effects and returns the number of priority
    ///      ops seen. Ops without an L1 effect are skipped in `_scan`'s tight loop, as
    ///      are FulfillJobs by the current prover or one already seen (counted);
    ///      fulfilments are summed per prover in memory and written once per prover.
    function _applyPubdata(bytes calldata pd, bytes32 chainStart)
        internal
        returns (uint256 priorityOps, bytes32 chainEnd)
    {
        chainEnd = chainStart;
        uint256 len = pd.length;
        if (len < Pubdata.JOBS_ROOT_SIZE || (len - Pubdata.JOBS_ROOT_SIZE) % Pubdata.CHUNK != 0) {
            revert Rollup_BadPubdataLength(len);
        }
        Reputation memory rep;
        uint256 off = Pubdata.JOBS_ROOT_SIZE;
        while (true) {
            (uint256 o, uint256 n) = _scan(pd, off, rep);
            rep.curN += n;
            if (o >= len) {
                if (o > len) revert Rollup_BadOpType(len, 0); // a skipped op ran past the end
                break;
            }
            uint256 t = Pubdata.readUint(pd, o, 1);
            uint256 c = Pubdata.chunksOf(t);
            off = o + c * Pubdata.CHUNK;
            if (c == 0 || off > len) revert Rollup_BadOpType(o, uint8(t));
            if (t < 0x10) {
                priorityOps++;
                chainEnd = Pubdata.chain(chainEnd, _l1Encoding(pd, o, t));
            }
            _applyOp(pd, o, t, rep);
        }
        _countFulfilled(rep);
        for (uint256 i; i < rep.used; i++) {
            _recordFulfilled(rep.accts[i], rep.counts[i]);
        }
    }

    /// @dev A priority op's L1 encoding (docs/protocol.md §3) from its pubdata: the
    ///      bytes with the L2-assigned field (`skip` bytes at `cut`) removed.
    function _l1Encoding(bytes calldata pd, uint256 o, uint256 t) internal pure returns (bytes memory) {
        uint256 cut;
        uint256 skip;
        uint256 end;
        if (t == Pubdata.OP_DEPOSIT) (cut, skip, end) = (1, 4, 75);
        else if (t == Pubdata.OP_REGISTER_MODEL) (cut, skip, end) = (5, 4, 101);
        else if (t == Pubdata.OP_PROVER_STAKE) (cut, skip, end) = (1, 4, 73);
        else if (t == Pubdata.OP_PROVER_UNSTAKE_REQUEST) (cut, skip, end) = (1, 4, 57);
        else if (t == Pubdata.OP_L1_JOB) (cut, skip, end) = (53, 0, 53);
        else (cut, skip, end) = (7, 16, 43); // ForcedExit: amount is L2's
        return bytes.concat(pd[o:o + cut], pd[o + cut + skip:o + end]);
    }

    /// @dev Fulfilments of one batch: the current run (`cur`, `curN`) and per-prover sums.
    struct Reputation {
        uint32[REPUTATION_SLOTS] accts;
        uint64[REPUTATION_SLOTS] counts;
        uint256 used;
        uint32 cur;
        uint256 curN;
    }

    function _applyOp(bytes calldata pd, uint256 o, uint256 t, Reputation memory rep) internal {
        if (t == Pubdata.OP_FULFILL_JOB || t == Pubdata.OP_FULFILL_L1_JOB) {
            uint32 prover = uint32(Pubdata.readUint(pd, o + 5, 4));
            if (prover != rep.cur) {
                _countFulfilled(rep);
                rep.cur = prover;
            }
            rep.curN++;
            if (t == Pubdata.OP_FULFILL_L1_JOB) _fulfillL1(pd, o);
        } else if (t == Pubdata.OP_PROVER_STAKE) {
            _linkProver(pd, o);
        } else if (t == Pubdata.OP_FORCED_EXIT || t == Pubdata.OP_WITHDRAW) {
            _credit(pd, o + 23, o + 5, o + 7);
        } else if (t == Pubdata.OP_EXPIRE_JOB) {
            _expire(pd, o);
        } else if (t == Pubdata.OP_PROVER_RELEASE) {
            proverRegistry.release(Pubdata.readAddress(pd, o + 5));
        } else if (t == Pubdata.OP_DEPOSIT && Pubdata.readUint(pd, o + 1, 4) == 0) {
            // accountId 0: the pubkey is not a curve point, so L2 credited nothing;
            // the depositor gets the deposit back (token +5, amount +7, depositor +55).
            _credit(pd, o + 55, o + 5, o + 7);
        }
        // Other deposits, RegisterModel, ProverUnstakeRequest, L1Job: counted, no L1 effect.
    }

    /// @dev Byte length of each op type that has no L1 effect and is not a priority op
    ///      (Transfer, SubmitJob, LockJob, CancelJob, ClaimModelFees), indexed by type; 0 for
    ///      all others.
    uint256 internal constant SKIP_LENGTHS =
        0x000000000000000000000000000000001b001b12000009090000000000000000;

    /// @dev The hot loop: from `off`, skips ops in SKIP_LENGTHS and FulfillJob ops by
    ///      the current run's prover `rep.cur` (counting them in `n`) or by a prover
    ///      already in `rep`'s per-prover sums (adding to its sum), so that the
    ///      FulfillJobs of provers taking turns stay in this loop. Returns the offset of
    ///      the first op that needs `_applyOp` (or a check), or an offset >= length at
    ///      the end; an offset past the end means the last skipped op was truncated.
    function _scan(bytes calldata pd, uint256 off, Reputation memory rep)
        internal
        pure
        returns (uint256 o, uint256 n)
    {
        uint256 skip = SKIP_LENGTHS;
        uint32 acct = rep.cur;
        assembly ("memory-safe") {
            let len := pd.length
            let base := pd.offset
            // A memory struct holds pointers to its arrays: accts, counts, then used.
            let accts := mload(rep)
            let counts := mload(add(rep, 0x20))
            let used := mload(add(rep, 0x40))
            o := off
            for {} lt(o, len) {} {
                let w := calldataload(add(base, o))
                let c := byte(shr(248, w), skip)
                if iszero(c) {
                    // FulfillJob (0x14); its prover's account is bytes 5..8
                    if iszero(eq(shr(248, w), 0x14)) { break }
                    let a := and(shr(184, w), 0xffffffff)
                    switch eq(a, acct)
                    case 1 { n := add(n, 1) }
                    default {
                        let found := 0
                        for { let i := 0 } lt(i, used) { i := add(i, 1) } {
                            if eq(mload(add(accts, shl(5, i))), a) {
                                let p := add(counts, shl(5, i))
                                mstore(p, add(mload(p), 1))
                                found := 1
                                break
                            }
                        }
                        if iszero(found) { break } // a new prover: _applyOp starts its run
                    }
                    c := 9
                }
                o := add(o, c)
            }
        }
    }

    /// @dev Withdraw and ForcedExit share one layout: token at +5, amount at +7, recipient at +23.
    function _credit(bytes calldata pd, uint256 toOff, uint256 tokenOff, uint256 amountOff) internal {
        uint256 amount = Pubdata.readUint(pd, amountOff, 16);
        if (amount == 0) return;
        uint16 token = uint16(Pubdata.readUint(pd, tokenOff, 2));
        if (token >= tokenCount) revert Rollup_UnknownToken(token);
        address to = Pubdata.readAddress(pd, toOff);
        claimable[to][token] += amount;
        emit WithdrawalClaimable(to, token, amount);
    }

    function _linkProver(bytes calldata pd, uint256 off) internal {
        uint32 acct = uint32(Pubdata.readUint(pd, off + 1, 4));
        address prover = Pubdata.readAddress(pd, off + 53);
        if (proverOfAccount[acct] != prover) {
            proverOfAccount[acct] = prover;
            emit ProverAccountLinked(acct, prover);
        }
    }

    function _fulfillL1(bytes calldata pd, uint256 off) internal {
        uint32 jobId = uint32(Pubdata.readUint(pd, off + 1, 4));
        L1Job storage j = l1Jobs[jobId];
        if (j.status != L1JobStatus.Pending) revert Rollup_BadL1Job(jobId);
        uint256 out = Pubdata.readUint(pd, off + 9, 32);
        j.status = L1JobStatus.Fulfilled;
        results[jobId] = out;
        emit InferenceResult(jobId, out);
    }

    /// @dev Adds the current run to the per-prover sums and empties it.
    function _countFulfilled(Reputation memory rep) internal {
        uint256 n = rep.curN;
        if (n == 0) return;
        rep.curN = 0;
        uint32 acct = rep.cur;
        for (uint256 i; i < rep.used; i++) {
            if (rep.accts[i] == acct) {
                rep.counts[i] += uint64(n);
                return;
            }
        }
        uint256 slot = rep.used;
        if (slot == REPUTATION_SLOTS) {
            // Full: flush the oldest slot and reuse it.
            _recordFulfilled(rep.accts[0], rep.counts[0]);
            slot = 0;
        } else {
            rep.used++;
        }
        rep.accts[slot] = acct;
        rep.counts[slot] = uint64(n);
    }

    function _recordFulfilled(uint32 acct, uint64 n) internal {
        address prover = proverOfAccount[acct];
        if (prover != address(0)) proverRegistry.recordReputation(prover, n, 0);
    }

    function _expire(bytes calldata pd, uint256 off) internal {
        uint32 jobId = uint32(Pubdata.readUint(pd, off + 1, 4));
        uint256 slashWei = Pubdata.readUint(pd, off + 9, 8) * 1 gwei;
        bool isL1 = jobId & Pubdata.L1_JOB_BIT != 0;
        if (slashWei != 0) {
            address prover = Pubdata.readAddress(pd, off + 17);
            uint256 share = slashWei * Pubdata.SLASH_REQUESTER_BPS / 10_000;
            uint256 toRequester = proverRegistry.slash(prover, share, address(this));
            uint256 burned = proverRegistry.slash(prover, slashWei - share, address(0));
            proverRegistry.recordReputation(prover, 0, 1);
            emit ProverSlashed(jobId, prover, toRequester, burned);
            if (isL1 && toRequester != 0) {
                address requester = l1Jobs[jobId].requester;
                claimable[requester][ETH_TOKEN] += toRequester;
                emit WithdrawalClaimable(requester, ETH_TOKEN, toRequester);
            }
        } else if (isL1) {
            L1Job storage j = l1Jobs[jobId];
            if (j.status != L1JobStatus.Pending) revert Rollup_BadL1Job(jobId);
            j.status = L1JobStatus.Refunded;
            uint256 refund = uint256(j.feeGwei) * 1 gwei;
            claimable[j.requester][ETH_TOKEN] += refund;
            emit L1JobRefunded(jobId, j.requester, refund);
            emit WithdrawalClaimable(j.requester, ETH_TOKEN, refund);
        }
    }
}
