package main

import "github.com/urfave/cli/v2"

// User commands over the sequencer's RPC and L1. Jobs arrive with the
// prover service; the bridge and account commands are in bridge.go.

var jobCommand = &cli.Command{
	Name:  "job",
	Usage: "Submit inference jobs and read their results",
	Subcommands: []*cli.Command{
		{
			Name:  "submit",
			Usage: "Submit an inference job with a private input",
			Description: "Asks for a free job id, commits to the input with a fresh salt, signs a SubmitJob (the fee\n" +
				"is escrowed from your L2 balance) and sends it with the input to the sequencer, then\n" +
				"waits for the op's inclusion. With --wait DURATION given explicitly it also waits, up to\n" +
				"that long in all, for a prover's verified result and prints it (as `nexus job result`).",
			Flags: withFlags(signerFlags, []cli.Flag{deploymentFlag, sequencerURLFlag, waitFlag, jobModelFlag,
				jobInputFlag, jobFeeFlag, jobDeadlineFlag}),
			Action: action(jobSubmit),
		},
		{
			Name:      "status",
			Usage:     "Show a job's state",
			ArgsUsage: "JOB-ID",
			Flags:     []cli.Flag{sequencerURLFlag},
			Action:    action(jobStatus),
		},
		{
			Name:      "result",
			Usage:     "Print a fulfilled job's output and proof",
			ArgsUsage: "JOB-ID",
			Description: "Asks the sequencer for the job's result with a request signed by your L2 key: only the\n" +
				"job's requester (or its prover) gets the output, the output salt that opens the on-chain\n" +
				"output commitment, and the inference proof. The result of an L1 dApp's job (an id from\n" +
				"NexusRollup.requestInference, 2147483648 and up) is public: any L2 account may read it,\n" +
				"to open the proven output commitment on L1 (contracts/src/examples/DigitClassifier.sol).",
			Flags:  withFlags(signerFlags, []cli.Flag{deploymentFlag, sequencerURLFlag}),
			Action: action(jobResult),
		},
	},
}

var bridgeCommand = &cli.Command{
	Name:  "bridge",
	Usage: "Move ETH and ERC-20 tokens between L1 and Nexus",
	Description: "Your L2 key is derived from a signature by your Ethereum key (--keystore or --key),\n" +
		"bound to the chain and rollup of the deployment file, so there is one key to keep.",
	Subcommands: []*cli.Command{
		{
			Name:   "deposit",
			Usage:  "Deposit ETH or an allow-listed ERC-20 from L1 to your L2 account",
			Flags:  withFlags(l1Flags, signerFlags, []cli.Flag{deploymentFlag, amountFlag, tokenFlag}),
			Action: action(bridgeDeposit),
		},
		{
			Name:   "withdraw",
			Usage:  "Withdraw from L2 to an L1 address (claimable once its batch settles)",
			Flags:  withFlags(signerFlags, []cli.Flag{deploymentFlag, sequencerURLFlag, amountFlag, tokenFlag, toFlag, waitFlag}),
			Action: action(bridgeWithdraw),
		},
		{
			Name:   "claim",
			Usage:  "Claim settled withdrawals on L1",
			Flags:  withFlags(l1Flags, signerFlags, []cli.Flag{deploymentFlag, tokenFlag}),
			Action: action(bridgeClaim),
		},
		{
			Name:   "balance",
			Usage:  "Show L1 and L2 balances (L1 only with --l1.rpc)",
			Flags:  withFlags(l1Flags, signerFlags, []cli.Flag{deploymentFlag, sequencerURLFlag}),
			Action: action(bridgeBalance),
		},
	},
}

var accountCommand = &cli.Command{
	Name:  "account",
	Usage: "Show your L2 account, derived deterministically from your Ethereum key",
	Description: "Derives the L2 EdDSA key from a signature by your Ethereum key, so there is only one\n" +
		"key to manage, and prints the L2 public key, account index, nonce and stake.",
	Flags:  withFlags(signerFlags, []cli.Flag{deploymentFlag, sequencerURLFlag}),
	Action: action(accountShow),
}

// withFlags concatenates flag groups into a fresh slice.
func withFlags(groups ...[]cli.Flag) []cli.Flag {
	var out []cli.Flag
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}
