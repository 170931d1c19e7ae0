package main

import "github.com/urfave/cli/v2"

const modelIssue = "issue #3: inference proofs"

var modelCommand = &cli.Command{
	Name:  "model",
	Usage: "Import, inspect, run and prove quantized models",
	Subcommands: []*cli.Command{
		{
			Name:      "import",
			Usage:     "Convert a float ONNX model to the Nexus quantized format",
			ArgsUsage: "MODEL.onnx",
			Description: "Quantizes weights to int8 and biases to int32, calibrating per-layer scales on the\n" +
				"sample data given with --calibration, and prints the float vs quantized agreement.",
			Action: notImplemented(modelIssue),
		},
		{
			Name:      "inspect",
			Usage:     "Print a model's layers, parameters and constraint count",
			ArgsUsage: "MODEL",
			Action:    notImplemented(modelIssue),
		},
		{
			Name:      "run",
			Usage:     "Run the reference integer inference on an input",
			ArgsUsage: "MODEL INPUT",
			Action:    notImplemented(modelIssue),
		},
		{
			Name:      "prove",
			Usage:     "Prove one inference and write the proof and its statement",
			ArgsUsage: "MODEL INPUT",
			Action:    notImplemented(modelIssue),
		},
		{
			Name:      "verify",
			Usage:     "Verify an inference proof; exits non-zero on a bad proof",
			ArgsUsage: "MODEL PROOF",
			Action:    notImplemented(modelIssue),
		},
		{
			Name:   "register",
			Usage:  "Register a model on L1 (verifying-key hash, per-job fee, metadata URI)",
			Flags:  append(append([]cli.Flag{}, l1Flags...), signerFlags...),
			Action: notImplemented(servicesIssue),
		},
	},
}
