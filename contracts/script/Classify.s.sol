// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Script, console} from "forge-std/Script.sol";
import {NexusRollup} from "../src/NexusRollup.sol";
import {DigitClassifier} from "../src/examples/DigitClassifier.sol";

/// @title Classify
/// @notice What an L1 dApp developer runs against the devnet (or anvil): deploys the
///         example DigitClassifier for a model and asks it to classify one image, which
///         calls `NexusRollup.requestInference` with the model's fee.
///
///         NEXUS_ROLLUP=0x... NEXUS_IMAGE=0x<784 bytes> [NEXUS_MODEL_ID=1] \
///         forge script contracts/script/Classify.s.sol --rpc-url URL --private-key KEY --broadcast
contract Classify is Script {
    function run() external returns (DigitClassifier app, uint32 jobId) {
        NexusRollup rollup = NexusRollup(payable(vm.envAddress("NEXUS_ROLLUP")));
        uint32 modelId = uint32(vm.envOr("NEXUS_MODEL_ID", uint256(1)));
        bytes memory image = vm.envBytes("NEXUS_IMAGE");
        uint256 fee = uint256(rollup.modelRegistry().modelFeeGwei(modelId)) * 1 gwei;

        vm.startBroadcast();
        app = new DigitClassifier(rollup, modelId);
        jobId = app.classify{value: fee}(image, uint32(block.timestamp + 1 hours));
        vm.stopBroadcast();

        console.log("DigitClassifier", address(app));
        console.log("L1 job", jobId);
    }
}
