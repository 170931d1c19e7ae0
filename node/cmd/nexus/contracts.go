package main

import "github.com/urfave/cli/v2"

var contractsCommand = &cli.Command{
	Name:  "contracts",
	Usage: "Deploy and inspect the L1 contracts",
	Subcommands: []*cli.Command{
		{
			Name:  "deploy",
			Usage: "Deploy NexusRollup, ProverRegistry, ModelRegistry and the verifier to L1",
			Description: "Deploys every contract to the chain at --l1.rpc, signing with --keystore (or --key\n" +
				"for development), and writes a deployment file with the addresses, chain id and\n" +
				"deployment block.",
			Flags:  append(append([]cli.Flag{}, l1Flags...), signerFlags...),
			Action: notImplemented("issue #4: L1 contracts"),
		},
	},
}
