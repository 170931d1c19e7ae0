// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Owned} from "./utils/Owned.sol";
import {ReentrancyGuard} from "./utils/ReentrancyGuard.sol";
import {SafeTransfer} from "./utils/SafeTransfer.sol";
import {Pubdata} from "./libraries/Pubdata.sol";
import {INexusRollup} from "./interfaces/INexusRollup.sol";

/// @title ProverRegistry
/// @notice Prover stakes (ETH), unbonding, slashing and reputation. Every stake
///         change is a priority op so that L2 mirrors the stake it locks
///         collateral against. A stake leaves only after the prover asked to
///         unstake, a settled batch released it (L2 saw no open lock: every
///         expired lock's slash landed first) and the unbonding delay passed.
contract ProverRegistry is Owned, ReentrancyGuard {
    struct Prover {
        uint128 stake;
        uint64 unstakeRequestedAt;
        bool registered;
        bool released;
        bytes32 pubkey;
        uint64 fulfilled;
        uint64 expired;
    }

    /// @notice The longest job lock L2 accepts (seconds); the unbonding delay exceeds it.
    uint64 public immutable maxLockDuration;
    /// @notice Seconds between an unstake request and the earliest withdrawal.
    uint64 public immutable unbondingDelay;
    /// @notice Minimum stake to register (wei).
    uint128 public minStake;
    /// @notice The rollup, set once after deployment.
    INexusRollup public rollup;
    /// @notice Sum of all stakes held.
    uint256 public totalStake;
    /// @notice Slashed ETH burned: held here forever, never withdrawable.
    uint256 public totalBurned;

    mapping(address => Prover) internal provers;

    event RollupSet(address indexed rollup);
    event MinStakeSet(uint128 minStake);
    event ProverRegistered(address indexed prover, bytes32 pubkey, uint128 stake);
    event StakeAdded(address indexed prover, uint128 amount, uint128 stake);
    event UnstakeRequested(address indexed prover, uint64 withdrawableAt);
    event StakeReleased(address indexed prover);
    event StakeWithdrawn(address indexed prover, uint128 amount);
    event Slashed(address indexed prover, uint256 requested, uint256 slashed, address indexed beneficiary);
    event ReputationUpdated(address indexed prover, uint64 fulfilled, uint64 expired);

    error ProverRegistry_RollupNotSet();
    error ProverRegistry_RollupAlreadySet();
    error ProverRegistry_NotRollup(address caller);
    error ProverRegistry_ZeroAddress();
    error ProverRegistry_DelayNotLongerThanLock(uint64 unbondingDelay, uint64 maxLockDuration);
    error ProverRegistry_AlreadyRegistered(address prover);
    error ProverRegistry_NotRegistered(address prover);
    error ProverRegistry_StakeTooLow(uint256 stake, uint256 minStake);
    error ProverRegistry_StakeOverflow();
    error ProverRegistry_ZeroAmount();
    error ProverRegistry_InvalidPubkey(bytes32 pubkey);
    error ProverRegistry_UnstakeAlreadyRequested(address prover);
    error ProverRegistry_UnstakeNotRequested(address prover);
    error ProverRegistry_NotReleased(address prover);
    error ProverRegistry_UnbondingNotOver(uint256 withdrawableAt);

    modifier onlyRollup() {
        if (msg.sender != address(rollup)) revert ProverRegistry_NotRollup(msg.sender);
        _;
    }

    constructor(address initialOwner, uint128 minStake_, uint64 unbondingDelay_, uint64 maxLockDuration_)
        Owned(initialOwner)
    {
        if (unbondingDelay_ <= maxLockDuration_) {
            revert ProverRegistry_DelayNotLongerThanLock(unbondingDelay_, maxLockDuration_);
        }
        if (minStake_ == 0) revert ProverRegistry_ZeroAmount();
        minStake = minStake_;
        unbondingDelay = unbondingDelay_;
        maxLockDuration = maxLockDuration_;
        emit MinStakeSet(minStake_);
    }

    /// @notice Sets the rollup once (the two contracts reference each other).
    function setRollup(address rollup_) external onlyOwner {
        if (address(rollup) != address(0)) revert ProverRegistry_RollupAlreadySet();
        if (rollup_ == address(0)) revert ProverRegistry_ZeroAddress();
        rollup = INexusRollup(rollup_);
        emit RollupSet(rollup_);
    }

    /// @notice Changes the minimum stake for new registrations.
    function setMinStake(uint128 minStake_) external onlyOwner {
        if (minStake_ == 0) revert ProverRegistry_ZeroAmount();
        minStake = minStake_;
        emit MinStakeSet(minStake_);
    }

    /// @notice Registers the caller as a prover with L2 key `pubkey`, staking msg.value.
    function register(bytes32 pubkey) external payable {
        Prover storage p = provers[msg.sender];
        if (p.registered) revert ProverRegistry_AlreadyRegistered(msg.sender);
        if (msg.value < minStake) revert ProverRegistry_StakeTooLow(msg.value, minStake);
        if (msg.value > type(uint128).max) revert ProverRegistry_StakeOverflow();
        if (!Pubdata.isValidPubkey(pubkey)) revert ProverRegistry_InvalidPubkey(pubkey);
        INexusRollup r = _rollup();
        uint128 stake = uint128(msg.value);
        p.stake = stake;
        p.registered = true;
        p.released = false;
        p.unstakeRequestedAt = 0;
        p.pubkey = pubkey;
        totalStake += stake;
        emit ProverRegistered(msg.sender, pubkey, stake);
        r.enqueueFromRegistry(Pubdata.encodeProverStake(stake, pubkey, msg.sender));
    }

    /// @notice Adds msg.value to the caller's stake (not while unstaking).
    function addStake() external payable {
        Prover storage p = provers[msg.sender];
        if (!p.registered) revert ProverRegistry_NotRegistered(msg.sender);
        if (p.unstakeRequestedAt != 0) revert ProverRegistry_UnstakeAlreadyRequested(msg.sender);
        if (msg.value == 0) revert ProverRegistry_ZeroAmount();
        uint256 stake = uint256(p.stake) + msg.value;
        if (stake > type(uint128).max) revert ProverRegistry_StakeOverflow();
        INexusRollup r = _rollup();
        p.stake = uint128(stake);
        totalStake += msg.value;
        emit StakeAdded(msg.sender, uint128(msg.value), uint128(stake));
        r.enqueueFromRegistry(Pubdata.encodeProverStake(uint128(stake), p.pubkey, msg.sender));
    }

    /// @notice Starts unbonding: L2 stops giving the caller jobs and releases the stake
    ///         in a settled batch once no lock of the caller is open.
    function requestUnstake() external {
        Prover storage p = provers[msg.sender];
        if (!p.registered) revert ProverRegistry_NotRegistered(msg.sender);
        if (p.unstakeRequestedAt != 0) revert ProverRegistry_UnstakeAlreadyRequested(msg.sender);
        INexusRollup r = _rollup();
        p.unstakeRequestedAt = uint64(block.timestamp);
        emit UnstakeRequested(msg.sender, uint64(block.timestamp) + unbondingDelay);
        // In exodus no batch will ever read the queue (and it takes no new ops): the
        // stake leaves after the delay without a release.
        if (!r.exodusMode()) r.enqueueFromRegistry(Pubdata.encodeProverUnstakeRequest(p.pubkey, msg.sender));
    }

    /// @notice Pays the caller's whole stake once released and unbonded. In exodus mode
    ///         (L2 halted) the release is not needed: no batch can slash any more.
    function withdrawStake() external nonReentrant {
        Prover storage p = provers[msg.sender];
        if (!p.registered) revert ProverRegistry_NotRegistered(msg.sender);
        if (p.unstakeRequestedAt == 0) revert ProverRegistry_UnstakeNotRequested(msg.sender);
        if (!p.released && !_rollup().exodusMode()) revert ProverRegistry_NotReleased(msg.sender);
        uint256 at = uint256(p.unstakeRequestedAt) + unbondingDelay;
        if (block.timestamp < at) revert ProverRegistry_UnbondingNotOver(at);
        uint128 amount = p.stake;
        p.stake = 0;
        p.registered = false;
        p.released = false;
        p.unstakeRequestedAt = 0;
        totalStake -= amount;
        emit StakeWithdrawn(msg.sender, amount);
        SafeTransfer.sendEth(msg.sender, amount);
    }

    /// @notice Slashes up to `amount` of `prover`'s stake: to `beneficiary`, or burned
    ///         (kept here forever) when `beneficiary` is zero. Returns what was slashed.
    function slash(address prover, uint256 amount, address beneficiary)
        external
        onlyRollup
        returns (uint256 slashed)
    {
        Prover storage p = provers[prover];
        slashed = amount < p.stake ? amount : p.stake;
        p.stake -= uint128(slashed);
        totalStake -= slashed;
        if (beneficiary == address(0)) totalBurned += slashed;
        emit Slashed(prover, amount, slashed, beneficiary);
        if (beneficiary != address(0) && slashed != 0) SafeTransfer.sendEth(beneficiary, slashed);
    }

    /// @notice Marks `prover`'s stake released by a settled batch (ProverRelease op).
    function release(address prover) external onlyRollup {
        Prover storage p = provers[prover];
        if (p.unstakeRequestedAt == 0) revert ProverRegistry_UnstakeNotRequested(prover);
        p.released = true;
        emit StakeReleased(prover);
    }

    /// @notice Moves `prover`'s reputation counters by a settled batch's results.
    function recordReputation(address prover, uint64 fulfilled, uint64 expired) external onlyRollup {
        Prover storage p = provers[prover];
        p.fulfilled += fulfilled;
        p.expired += expired;
        emit ReputationUpdated(prover, p.fulfilled, p.expired);
    }

    /// @notice The full record of `prover`.
    function proverInfo(address prover) external view returns (Prover memory) {
        return provers[prover];
    }

    /// @notice `prover`'s stake in wei.
    function stakeOf(address prover) external view returns (uint256) {
        return provers[prover].stake;
    }

    /// @notice `prover`'s reputation: jobs fulfilled and locks expired, as settled on L1.
    function reputation(address prover) external view returns (uint64 fulfilled, uint64 expired) {
        Prover storage p = provers[prover];
        return (p.fulfilled, p.expired);
    }

    function _rollup() internal view returns (INexusRollup r) {
        r = rollup;
        if (address(r) == address(0)) revert ProverRegistry_RollupNotSet();
    }
}
