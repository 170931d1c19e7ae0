package main

import "github.com/urfave/cli/v2"

// User commands over the sequencer's RPC and L1. Their bodies arrive with
// issue #6 (services).

var jobCommand = &cli.Command{
	Name:  "job",
	Usage: "Submit inference jobs and read their results",
	Subcommands: []*cli.Command{
		{
			Name:  "submit",
			Usage: "Submit an inference job and wait for its proven result",
			Description: "Sends a signed SubmitJob for --model with the input from --input (PNG or JSON),\n" +
				"waits for a prover to fulfil it and prints the output with its proof.",
			Action: notImplemented(servicesIssue),
		},
		{Name: "status", Usage: "Show a job's state", ArgsUsage: "JOB-ID", Action: notImplemented(servicesIssue)},
		{Name: "result", Usage: "Print a fulfilled job's output and proof", ArgsUsage: "JOB-ID", Action: notImplemented(servicesIssue)},
	},
}

var bridgeCommand = &cli.Command{
	Name:  "bridge",
	Usage: "Move ETH and ERC-20 tokens between L1 and Nexus",
	Subcommands: []*cli.Command{
		{
			Name:   "deposit",
			Usage:  "Deposit ETH or an allow-listed ERC-20 from L1 to your L2 account",
			Flags:  append(append([]cli.Flag{}, l1Flags...), signerFlags...),
			Action: notImplemented(servicesIssue),
		},
		{Name: "withdraw", Usage: "Withdraw from L2 to an L1 address (claimable once its batch settles)", Action: notImplemented(servicesIssue)},
		{
			Name:   "claim",
			Usage:  "Claim settled withdrawals on L1",
			Flags:  append(append([]cli.Flag{}, l1Flags...), signerFlags...),
			Action: notImplemented(servicesIssue),
		},
		{Name: "balance", Usage: "Show L1 and L2 balances", Action: notImplemented(servicesIssue)},
	},
}

var accountCommand = &cli.Command{
	Name:  "account",
	Usage: "Show your L2 account, derived deterministically from your Ethereum key",
	Description: "Derives the L2 EdDSA key from a signature by your Ethereum key, so there is only one\n" +
		"key to manage, and prints the L2 public key, account index, nonce and balances.",
	Flags:  signerFlags,
	Action: notImplemented(servicesIssue),
}
