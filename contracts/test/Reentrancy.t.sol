// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {NexusTestBase} from "./helpers/NexusTestBase.sol";
import {NexusRollup} from "../src/NexusRollup.sol";
import {ProverRegistry} from "../src/ProverRegistry.sol";
import {ReentrancyGuard} from "../src/utils/ReentrancyGuard.sol";

/// A receiver that re-enters the paying contract from its receive hook and records
/// how the re-entry ended.
contract MaliciousReceiver {
    enum Mode {
        Claim,
        ClaimOther,
        Withdraw,
        Submit
    }

    NexusRollup internal rollup;
    ProverRegistry internal registry;
    Mode internal mode;
    bytes public reentryError;
    uint256 public reentries;

    constructor(NexusRollup r, ProverRegistry g) {
        rollup = r;
        registry = g;
    }

    function setMode(Mode m) external {
        mode = m;
    }

    function claim() external {
        rollup.claimWithdrawal(0);
    }

    function registerProver(bytes32 pk) external payable {
        registry.register{value: msg.value}(pk);
    }

    function requestUnstake() external {
        registry.requestUnstake();
    }

    function withdrawStake() external {
        registry.withdrawStake();
    }

    receive() external payable {
        if (msg.sender == address(registry) && mode != Mode.Withdraw) return;
        reentries++;
        bytes memory data;
        address target = address(rollup);
        if (mode == Mode.Claim) {
            data = abi.encodeCall(NexusRollup.claimWithdrawal, (0));
        } else if (mode == Mode.ClaimOther) {
            data = abi.encodeCall(NexusRollup.claimWithdrawal, (1));
        } else if (mode == Mode.Withdraw) {
            (target, data) = (address(registry), abi.encodeCall(ProverRegistry.withdrawStake, ()));
        }
        (bool ok, bytes memory err) = target.call(data);
        if (!ok) reentryError = err;
    }
}

contract ReentrancyTest is NexusTestBase {
    MaliciousReceiver internal mal;

    function setUp() public override {
        super.setUp();
        mal = new MaliciousReceiver(rollup, registry);
    }

    function test_claimWithdrawal_reenteredFromReceiver_reverts() public {
        _creditMal(1 ether);
        mal.setMode(MaliciousReceiver.Mode.Claim);
        mal.claim();
        assertEq(mal.reentries(), 1);
        assertEq(
            mal.reentryError(), abi.encodeWithSelector(ReentrancyGuard.ReentrancyGuard_Reentered.selector)
        );
        assertEq(address(mal).balance, 1 ether);
        assertEq(rollup.claimable(address(mal), 0), 0);
    }

    function test_claimWithdrawal_crossTokenReentry_reverts() public {
        _creditMal(1 ether);
        mal.setMode(MaliciousReceiver.Mode.ClaimOther);
        mal.claim();
        assertEq(
            mal.reentryError(), abi.encodeWithSelector(ReentrancyGuard.ReentrancyGuard_Reentered.selector)
        );
        assertEq(address(mal).balance, 1 ether);
    }

    function test_withdrawStake_reenteredFromReceiver_reverts() public {
        vm.deal(address(this), 2 ether);
        mal.registerProver{value: 2 ether}(PK);
        mal.requestUnstake();
        submit(
            bytes.concat(
                opProverStake(4, 2 ether, PK, address(mal)),
                opUnstake(4, PK, address(mal)),
                opRelease(4, address(mal))
            ),
            2
        );
        vm.warp(block.timestamp + UNBONDING);
        mal.setMode(MaliciousReceiver.Mode.Withdraw);
        mal.withdrawStake();
        assertEq(mal.reentries(), 1);
        assertEq(
            mal.reentryError(), abi.encodeWithSelector(ReentrancyGuard.ReentrancyGuard_Reentered.selector)
        );
        assertEq(address(mal).balance, 2 ether);
        assertEq(address(registry).balance, 0);
    }

    function _creditMal(uint256 amount) internal {
        vm.prank(alice);
        rollup.depositETH{value: amount}(PK);
        submit(
            bytes.concat(
                opDeposit(1, 0, uint128(amount), PK, alice), opWithdraw(1, 0, uint128(amount), address(mal))
            ),
            1
        );
    }
}
