// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {CommonBase} from "forge-std/Base.sol";
import {NexusRollup} from "../../src/NexusRollup.sol";
import {ExitRoot, ExitProof, ModelExitProof} from "../../src/ExitRoot.sol";
import {Handler} from "./Handler.sol";

/// Users leaving in exodus with what the Handler's L2 mirror holds for them: each
/// account's ETH (its balance and the escrow of its open and locked L2 jobs) and token
/// balance by `exit`, the model's unclaimed fees by `exitModelFees`. The settled state
/// root stands for the mirror: ExitRoot is mocked to answer it for exactly the proofs
/// of the mirror's leaves, as FixtureVerifier stands in for the batch proofs
/// (contracts/test/Exodus.t.sol checks real proofs from the Go state tree).
contract ExitHandler is CommonBase {
    Handler public immutable h;
    NexusRollup public immutable rollup;

    constructor(Handler h_, NexusRollup r) {
        h = h_;
        rollup = r;
    }

    /// In exodus, exits account accountAt(seed % 6)'s ETH or token balance.
    function exit(uint256 seed, bool tok) public {
        if (!rollup.exodusMode()) return;
        uint32 acct = h.accountAt(seed % 6);
        uint16 t = tok ? h.tokenId() : 0;
        uint256 amount = _exitable(acct, tok);
        if (amount == 0 || rollup.exited(acct, t)) return;
        ExitProof memory p;
        p.accountId = acct;
        p.token = t;
        p.balance = tok ? h.l2Tok(acct) : h.l2Eth(acct);
        p.pubKeyX = 0x0abc;
        p.l1Address = h.l1Of(acct);
        p.escrowGwei = uint64(h.l2Escrow(acct) / 1 gwei);
        p.tokenSiblings = new uint256[](4);
        p.accountSiblings = new uint256[](24);
        _committed(abi.encodeCall(ExitRoot.root, (p)));
        rollup.exit(p);
        h.creditExit(p.l1Address, t, amount);
    }

    /// In exodus, exits the model's unclaimed fees to its owner's address.
    function exitModelFees() public {
        uint256 earned = h.modelEarned();
        if (!rollup.exodusMode() || earned == 0 || rollup.modelFeesExited(h.modelId())) return;
        uint32 owner = h.MODEL_OWNER();
        ModelExitProof memory p;
        p.modelId = h.modelId();
        p.vkHash = 0x7e;
        p.ownerAccount = owner;
        p.feeGwei = h.modelFeeGwei();
        p.earnedGwei = uint64(earned / 1 gwei);
        p.modelSiblings = new uint256[](12);
        p.pubKeyX = 0x0abc;
        p.l1Address = h.l1Of(owner);
        p.escrowGwei = uint64(h.l2Escrow(owner) / 1 gwei);
        p.accountSiblings = new uint256[](24);
        _committed(abi.encodeCall(ExitRoot.modelRoot, (p)));
        rollup.exitModelFees(p);
        h.creditExit(p.l1Address, 0, earned);
    }

    /// In exodus, everything at once: every refund, every exit, the model's fees.
    function exodusLeaveAll() external {
        if (!rollup.exodusMode()) return;
        uint256 n = h.ghostQueued() - h.ghostConsumed();
        for (uint256 i; i < n; i++) {
            h.exodusRefund(i);
        }
        n = h.l1JobCount();
        for (uint256 i; i < n; i++) {
            h.exodusRefundL1Job(i);
        }
        for (uint256 i; i < 6; i++) {
            exit(i, false);
            exit(i, true);
        }
        exitModelFees();
    }

    /// What exits still pay, in wei (token 0) or token units: the mirror's balances of
    /// accounts that have not exited them, with their escrow for ETH, and the model's
    /// fees unless they exited.
    function exitable(bool tok) external view returns (uint256 sum) {
        uint16 t = tok ? h.tokenId() : 0;
        for (uint256 i; i < 6; i++) {
            uint32 a = h.accountAt(i);
            if (!rollup.exited(a, t)) sum += _exitable(a, tok);
        }
        if (!tok && !rollup.modelFeesExited(h.modelId())) sum += h.modelEarned();
    }

    /// What everyone may claim now, of ETH or the token.
    function owed(bool tok) external view returns (uint256 sum) {
        uint16 t = tok ? h.tokenId() : 0;
        for (uint256 i; i < 6; i++) {
            sum += rollup.claimable(h.claimant(i), t);
        }
    }

    function _exitable(uint32 acct, bool tok) internal view returns (uint256) {
        return tok ? h.l2Tok(acct) : h.l2Eth(acct) + h.l2Escrow(acct);
    }

    /// The settled state root commits to the mirror: ExitRoot answers it for exactly the
    /// call `rootCall` with the mirror's leaves.
    function _committed(bytes memory rootCall) internal {
        vm.mockCall(address(rollup.exitRoot()), rootCall, abi.encode(rollup.stateRoot()));
    }
}
