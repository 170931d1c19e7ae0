// Command nexus runs and operates Nexus, the zk-rollup for verifiable AI
// inference: the devnet, the sequencer, prover and aggregator services,
// circuit setup, contract deployment, and the user commands.
package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/nexus-rollup/nexus/node"
)

func newApp() *cli.App {
	app := &cli.App{
		Name:    "nexus",
		Usage:   "verifiable AI inference settled on Ethereum",
		Version: node.Version(),
		Description: "Nexus is an Ethereum zk-rollup for AI inference. Users bridge funds from L1 and pay for\n" +
			"inference jobs on L2; staked provers run quantized models and prove every inference with\n" +
			"a zk-SNARK; one aggregated proof per batch settles everything on L1.\n\n" +
			"Start with `nexus devnet`, which runs the whole system in one process.",
		Flags:                globalFlags,
		EnableBashCompletion: true,
		Commands: []*cli.Command{
			devnetCommand,
			sequencerCommand,
			proverCommand,
			aggregatorCommand,
			setupCommand,
			contractsCommand,
			modelCommand,
			jobCommand,
			bridgeCommand,
			accountCommand,
			exodusCommand,
			dumpConfigCommand,
			versionCommand,
		},
	}
	for _, cmd := range app.Commands {
		addGlobalFlags(cmd)
	}
	return app
}

// addGlobalFlags makes the global flags valid after every command name too.
func addGlobalFlags(cmd *cli.Command) {
	if !hasFlag(cmd.Flags, dataDirFlag.Name) {
		cmd.Flags = append(cmd.Flags, globalFlags...)
	}
	for _, sub := range cmd.Subcommands {
		addGlobalFlags(sub)
	}
}

func hasFlag(flags []cli.Flag, name string) bool {
	for _, f := range flags {
		for _, n := range f.Names() {
			if n == name {
				return true
			}
		}
	}
	return false
}

var versionCommand = &cli.Command{
	Name:  "version",
	Usage: "Print the version",
	Action: func(ctx *cli.Context) error {
		fmt.Fprint(ctx.App.Writer, node.VersionInfo())
		return nil
	},
}

var dumpConfigCommand = &cli.Command{
	Name:      "dumpconfig",
	Usage:     "Print the effective configuration as TOML, for use with --config",
	ArgsUsage: "[file]",
	Description: "Prints the configuration that results from the defaults, --config, flags and NEXUS_*\n" +
		"environment variables. With a file argument, writes it there instead. It accepts every\n" +
		"flag that has a TOML key (but --models ID=FILE, which the commands add to [models.files]).",
	Flags: configFlags(),
	Action: action(func(ctx *cli.Context, cfg *node.Config) error {
		if ctx.NArg() > 1 {
			return fmt.Errorf("dumpconfig takes at most one argument, got %d", ctx.NArg())
		}
		if ctx.NArg() == 1 {
			return node.WriteConfigFile(ctx.Args().First(), cfg)
		}
		return node.EncodeConfig(ctx.App.Writer, cfg)
	}),
}

func main() {
	if err := newApp().Run(os.Args); err != nil {
		var exit cli.ExitCoder
		if errors.As(err, &exit) {
			// cli has printed the message already.
			os.Exit(exit.ExitCode())
		}
		fmt.Fprintln(os.Stderr, "Fatal:", err)
		os.Exit(1)
	}
}
