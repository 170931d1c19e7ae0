package main

import "github.com/urfave/cli/v2"

// The long-running services and the all-in-one devnet.

var devnetCommand = &cli.Command{
	Name:  "devnet",
	Usage: "Run the whole system in one process on an embedded L1",
	Description: "Starts an in-process L1 (go-ethereum's simulated backend) or uses --l1.rpc (e.g. anvil),\n" +
		"deploys the contracts, runs circuit setup when keys are missing, registers the demo models,\n" +
		"funds and registers provers, and runs the sequencer, provers and aggregator together.\n" +
		"It prints the endpoints and the next commands to try.\n\n" +
		"The L1 is a go-ethereum simulated chain served (HTTP and WebSocket) on --devnet.l1-addr,\n" +
		"with mainnet's rules, and it mines what wallets and Foundry send with their default fees;\n" +
		"docs/devnet.md lists its methods and how it differs from anvil. It has funded development\n" +
		"keys (anvil's well-known accounts 0 to 4). The devnet deploys the contracts, registers the\n" +
		"demo model (an MNIST MLP embedded in the binary) as model 1, deposits 1 ETH for the dev key\n" +
		"and registers and stakes --devnet.provers in-process provers, then runs the sequencer and\n" +
		"the provers. With --devnet.settle it also sets up (or loads from --keys) the block,\n" +
		"aggregation and wrap keys, deploys the Verifier linked to the wrap key and runs the\n" +
		"aggregator: every sealed batch is proven and settled on L1. --demo submits MNIST digits as\n" +
		"jobs continuously and prints each proven result and each settled batch; it implies\n" +
		"--devnet.settle (--devnet.settle=false runs without settlement keys or proofs of batches).\n\n" +
		"Jobs are served from the first seconds: the settlement keys are set up (or loaded) in the\n" +
		"background, with one progress line, about 8 minutes on 2 cores the first time and kept in\n" +
		"--keys; batches sealed meanwhile are proven and settled in order once they are ready.\n" +
		"The circuits run the demo shape (production depths 24/4/24/12: 16M accounts and L2 jobs;\n" +
		"B=36 ops, C=80 chunks, K=16 inferences a batch) unless --state.depths or a --block.* flag\n" +
		"is given. Each run starts from genesis in <datadir>/devnet.\n\n" +
		"The services log warnings and errors only, unless --log.level is set (info shows every\n" +
		"job each prover locks, proves and submits); --devnet.l1-logs shows the embedded L1's.",
	Flags:  withFlags(l1Flags, devnetFlags, rpcFlags, metricsFlags, circuitShapeFlags, []cli.Flag{httpAddrFlag, batchTimeoutFlag}),
	Action: action(runDevnet),
}

var sequencerCommand = &cli.Command{
	Name:  "sequencer",
	Usage: "Run the sequencer: JSON-RPC API, mempool, scheduler and batcher",
	Description: "Serves the nexus_ JSON-RPC namespace over HTTP and WebSocket, orders L2 operations,\n" +
		"reads priority operations from L1 after --l1.confirmations blocks, offers jobs to provers\n" +
		"by reputation, stake and capacity, verifies returned proofs and seals batches.\n\n" +
		"Needs --l1.rpc and the deployment file of `nexus contracts deploy`. To verify provers'\n" +
		"proofs it needs each model's file and keys: --models ID=FILE (or [models] in --config)\n" +
		"and the key cache the provers use (--models.keys). See docs/prover-api.md.",
	Flags:  withFlags(l1Flags, sequencerFlags, rpcFlags, modelFlags, metricsFlags),
	Action: action(runSequencer),
}

var aggregatorCommand = &cli.Command{
	Name:  "aggregator",
	Usage: "Run the aggregator: prove sealed batches and submit them to L1",
	Description: "Proves each sealed batch's state transition, folds its inference proofs into one\n" +
		"BW6-761 proof, wraps it into one BN254 proof and submits it to NexusRollup through a\n" +
		"transaction manager that persists pending transactions and survives reorgs.\n\n" +
		"Batches, their witnesses and the accepted inference proofs come from the sequencer\n" +
		"(--sequencer: nexus_getBatchWitness, nexus_getInferenceProof); the models' verifying keys\n" +
		"from --models; the circuit keys from --keys, set up by `nexus setup --wrap` with the same\n" +
		"--state.depths and --block.* flags as the sequencer's. L1 says where settlement stands\n" +
		"(lastBatchNumber), so a restarted aggregator resumes without skipping or repeating a batch.",
	Flags: withFlags(l1Flags, signerFlags, modelFlags, metricsFlags, gpuFlags, circuitFlags, aggregatorFlags,
		[]cli.Flag{deploymentFlag, sequencerURLFlag}),
	Action: action(runAggregator),
}

var proverCommand = &cli.Command{
	Name:  "prover",
	Usage: "Run a prover node, or manage its registration and stake on L1",
	Description: "`nexus prover run` runs a prover node: it pulls jobs from the sequencer, runs the\n" +
		"quantized model, proves the inference and returns output and proof, in parallel up to\n" +
		"its cores. The other subcommands manage the prover's stake in ProverRegistry on L1.",
	Subcommands: []*cli.Command{
		proverRunCommand,
		{
			Name:   "register",
			Usage:  "Register as a prover, staking --amount (at least the registry's minimum)",
			Flags:  withFlags(l1Flags, signerFlags, []cli.Flag{deploymentFlag, amountFlag}),
			Action: action(proverRegister),
		},
		{
			Name:   "stake",
			Usage:  "Add --amount to a registered prover's stake",
			Flags:  withFlags(l1Flags, signerFlags, []cli.Flag{deploymentFlag, amountFlag}),
			Action: action(proverStake),
		},
		{
			Name:  "unstake",
			Usage: "Request an unstake; funds are withdrawable after the unbonding delay",
			Description: "Queues an unstake request as a priority operation so L2 sees it. The stake can be\n" +
				"withdrawn only after the unbonding delay, which outlasts any job lock, and after a\n" +
				"settled batch has released it: a slash for an expired job still lands.",
			Flags:  withFlags(l1Flags, signerFlags, []cli.Flag{deploymentFlag}),
			Action: action(proverUnstake),
		},
		{
			Name:   "withdraw",
			Usage:  "Withdraw the stake once released by a settled batch and unbonded",
			Flags:  withFlags(l1Flags, signerFlags, []cli.Flag{deploymentFlag}),
			Action: action(proverWithdraw),
		},
	},
}
