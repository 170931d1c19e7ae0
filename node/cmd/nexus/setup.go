package main

import "github.com/urfave/cli/v2"

var setupCommand = &cli.Command{
	Name:  "setup",
	Usage: "Compile circuits and create or load their proving and verifying keys",
	Description: "Compiles the inference, block, aggregation and wrap circuits, runs a local Groth16\n" +
		"setup (development only: UNSAFE, the toxic waste is known to this machine) or loads keys\n" +
		"from an MPC ceremony, exports Verifier.sol, and writes a manifest of checksums that is\n" +
		"re-checked on every load. Keys are cached under the datadir and never regenerated while\n" +
		"they verify; an interrupted setup resumes.",
	Action: notImplemented("issue #7: aggregation, wrap and setup"),
}
