// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {NexusTestBase} from "./helpers/NexusTestBase.sol";
import {ModelRegistry} from "../src/ModelRegistry.sol";
import {NexusRollup} from "../src/NexusRollup.sol";
import {Owned} from "../src/utils/Owned.sol";

contract ModelRegistryTest is NexusTestBase {
    function test_registerModel_storesAndQueues_succeeds() public {
        vm.expectEmit(address(models));
        emit ModelRegistry.ModelRegistered(1, bob, VK, 10, PK2, "ipfs://model");
        uint32 id = registerModel(10);
        assertEq(id, 1);
        ModelRegistry.Model memory m = models.getModel(1);
        assertEq(m.owner, bob);
        assertEq(m.vkHash, VK);
        assertEq(m.feeGwei, 10);
        assertEq(m.metadataURI, "ipfs://model");
        assertEq(models.modelFeeGwei(1), 10);
        bytes memory enc = abi.encodePacked(uint8(2), uint32(1), uint64(10), VK, PK2, bob);
        assertEq(rollup.priorityHash(1), sha256(abi.encodePacked(bytes32(0), enc)));
    }

    function test_registerModel_rollupNotSet_reverts() public {
        ModelRegistry r = new ModelRegistry(owner);
        vm.expectRevert(ModelRegistry.ModelRegistry_RollupNotSet.selector);
        r.registerModel(VK, 1, PK, "");
    }

    function test_registerModel_invalidVkHash_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(ModelRegistry.ModelRegistry_InvalidVkHash.selector, bytes32(R377))
        );
        models.registerModel(bytes32(R377), 1, PK, "");
    }

    function test_registerModel_invalidPubkey_reverts() public {
        bytes32 bad = bytes32(R377 | (1 << 255));
        vm.expectRevert(abi.encodeWithSelector(ModelRegistry.ModelRegistry_InvalidPubkey.selector, bad));
        models.registerModel(VK, 1, bad, "");
    }

    function test_registerModel_uriTooLong_reverts() public {
        string memory uri = string(new bytes(513));
        vm.expectRevert(abi.encodeWithSelector(ModelRegistry.ModelRegistry_UriTooLong.selector, 513));
        models.registerModel(VK, 1, PK, uri);
    }

    function test_registerModel_exodus_reverts() public {
        vm.prank(alice);
        rollup.depositETH{value: 1}(PK);
        vm.warp(block.timestamp + PRIORITY_DEADLINE + 1);
        rollup.activateExodus();
        vm.expectRevert(NexusRollup.Rollup_ExodusActive.selector);
        models.registerModel(VK, 1, PK, "");
    }

    function test_updateModel_byOwner_succeeds() public {
        uint32 id = registerModel(10);
        vm.prank(bob);
        models.updateModel(id, bytes32(uint256(9)), 20, PK, "ipfs://v2");
        ModelRegistry.Model memory m = models.getModel(id);
        assertEq(m.feeGwei, 20);
        assertEq(m.vkHash, bytes32(uint256(9)));
        assertEq(m.metadataURI, "ipfs://v2");
        bytes memory enc = abi.encodePacked(uint8(2), id, uint64(20), bytes32(uint256(9)), PK, bob);
        assertEq(rollup.priorityHash(2), sha256(abi.encodePacked(rollup.priorityHash(1), enc)));
    }

    function test_updateModel_notOwner_reverts() public {
        uint32 id = registerModel(10);
        vm.expectRevert(abi.encodeWithSelector(ModelRegistry.ModelRegistry_NotModelOwner.selector, id, alice));
        vm.prank(alice);
        models.updateModel(id, VK, 1, PK, "");
    }

    function test_updateModel_unknown_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ModelRegistry.ModelRegistry_UnknownModel.selector, uint32(3)));
        models.updateModel(3, VK, 1, PK, "");
    }

    function test_getModel_unknown_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ModelRegistry.ModelRegistry_UnknownModel.selector, uint32(3)));
        models.getModel(3);
    }

    function test_setRollup_twice_reverts() public {
        vm.expectRevert(ModelRegistry.ModelRegistry_RollupAlreadySet.selector);
        vm.prank(owner);
        models.setRollup(address(1));
    }

    function test_setRollup_zero_reverts() public {
        ModelRegistry r = new ModelRegistry(owner);
        vm.expectRevert(ModelRegistry.ModelRegistry_ZeroAddress.selector);
        vm.prank(owner);
        r.setRollup(address(0));
    }

    function test_setRollup_notOwner_reverts() public {
        ModelRegistry r = new ModelRegistry(owner);
        vm.expectRevert(abi.encodeWithSelector(Owned.Owned_NotOwner.selector, alice));
        vm.prank(alice);
        r.setRollup(address(1));
    }
}
