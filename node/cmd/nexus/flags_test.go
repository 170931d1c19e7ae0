package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
)

// TestFlagsUniqueWithEnv checks that every flag has a unique name and a
// unique NEXUS_* environment variable derived from its name.
func TestFlagsUniqueWithEnv(t *testing.T) {
	names := map[string]bool{}
	envs := map[string]bool{}
	for _, group := range allFlags() {
		for _, f := range group {
			name := f.Names()[0]
			if names[name] {
				t.Errorf("flag %q declared twice", name)
			}
			names[name] = true
			ev, ok := f.(interface{ GetEnvVars() []string })
			if !ok || len(ev.GetEnvVars()) != 1 {
				t.Errorf("flag %q: want exactly one environment variable", name)
				continue
			}
			want := envPrefix + strings.ToUpper(strings.NewReplacer(".", "_", "-", "_").Replace(name))
			if got := ev.GetEnvVars()[0]; got != want {
				t.Errorf("flag %q: env var %q, want %q", name, got, want)
			}
			if envs[want] {
				t.Errorf("env var %q used twice", want)
			}
			envs[want] = true
			if u, ok := f.(interface{ GetUsage() string }); !ok || u.GetUsage() == "" {
				t.Errorf("flag %q has no usage text", name)
			}
			if c, ok := f.(interface{ GetCategory() string }); !ok || c.GetCategory() == "" {
				t.Errorf("flag %q has no category", name)
			}
		}
	}
}

// TestCommandTree checks that every command has help text and that no
// command declares the same flag twice (which urfave/cli would panic on).
func TestCommandTree(t *testing.T) {
	app := newApp()
	var walk func(path string, cmds []*cli.Command)
	walk = func(path string, cmds []*cli.Command) {
		for _, c := range cmds {
			p := path + " " + c.Name
			if c.Usage == "" {
				t.Errorf("%s: no usage text", p)
			}
			seen := map[string]bool{}
			for _, f := range c.Flags {
				for _, n := range f.Names() {
					if seen[n] {
						t.Errorf("%s: flag %q declared twice", p, n)
					}
					seen[n] = true
				}
			}
			if c.Action == nil && len(c.Subcommands) == 0 {
				t.Errorf("%s: neither an action nor subcommands", p)
			}
			walk(p, c.Subcommands)
		}
	}
	walk("nexus", app.Commands)
}

// run executes the CLI in-process and returns its output and error.
func run(t *testing.T, args ...string) (string, error) {
	t.Helper()
	app := newApp()
	var out bytes.Buffer
	app.Writer = &out
	app.ErrWriter = &out
	app.ExitErrHandler = func(*cli.Context, error) {} // don't os.Exit in tests
	err := app.Run(append([]string{"nexus"}, args...))
	return out.String(), err
}

func TestHelpShowsEveryCommandGroup(t *testing.T) {
	out, err := run(t, "--help")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []string{"devnet", "sequencer", "prover", "aggregator", "setup", "contracts",
		"model", "job", "bridge", "account", "version"} {
		if !strings.Contains(out, "\n   "+c+" ") {
			t.Errorf("--help does not list %q:\n%s", c, out)
		}
	}
}

func TestVersion(t *testing.T) {
	out, err := run(t, "version")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "nexus ") {
		t.Errorf("version output %q", out)
	}
}

func TestAggregatorErrors(t *testing.T) {
	dir := t.TempDir()
	pending := filepath.Join(dir, "pending.json")
	writeFile(t, pending, `{"chainId": 1, "nexusRollup": "0x00000000000000000000000000000000000000aa",
		"proverRegistry": "0x00000000000000000000000000000000000000bb", "modelRegistry": "0x00000000000000000000000000000000000000cc",
		"verifierPending": true}`)
	for _, tt := range []struct {
		args []string
		want string
	}{
		{nil, "--l1.rpc is required"},
		{[]string{"--l1.rpc", "http://127.0.0.1:1", "--deployment", filepath.Join(dir, "missing.json")}, "nexus contracts deploy"},
		{[]string{"--l1.rpc", "http://127.0.0.1:1", "--deployment", pending}, "PendingVerifier"},
		{[]string{"--l1.rpc", "http://127.0.0.1:1", "--deployment", pending, "--aggregator.poll", "x"}, "aggregator.poll"},
	} {
		_, err := run(t, append([]string{"--datadir", dir, "aggregator"}, tt.args...)...)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("aggregator %v: %v, want %q", tt.args, err, tt.want)
		}
	}
}

func TestBadFlagValuesAreClearErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"dumpconfig", "--datadir", dir, "--log.level", "loud"}, `unknown log level "loud"`},
		{[]string{"dumpconfig", "--datadir", dir, "--log.format", "xml"}, `unknown log format "xml"`},
		{[]string{"dumpconfig", "--datadir", dir, "--l1.rpc", "ftp://x"}, "scheme must be http"},
		{[]string{"dumpconfig", "--datadir", dir, "--l1.confirmations", "-1"}, "invalid value"},
		{[]string{"dumpconfig", "--datadir", dir, "--l1.timeout", "soon"}, "invalid value"},
		{[]string{"dumpconfig", "--datadir", "", "--log.level", "info"}, "datadir must not be empty"},
		{[]string{"model", "prove", "--datadir", dir, "--gpu.device", "-1", "m.nxm", "in"}, "gpu: device must be 0..255"},
		{[]string{"dumpconfig", "--config", dir + "/missing.toml"}, "reading config"},
		{[]string{"--no-such-flag"}, "flag provided but not defined"},
		{[]string{"prover", "run", "--datadir", dir}, "no models"},
		{[]string{"prover", "run", "--datadir", dir, "--models", "mlp.nxm"}, "want ID=FILE"},
		{[]string{"prover", "run", "--datadir", dir, "--models", "0=mlp.nxm"}, "registry id"},
		{[]string{"prover", "run", "--datadir", dir, "--models", "1=" + dir + "/missing.nxm"}, "model 1"},
		{[]string{"prover", "run", "--datadir", dir, "--workers", "-2", "--models", "1=" + dir}, "workers must be"},
		{[]string{"job", "result", "--datadir", dir}, "usage: nexus job result JOB-ID"},
		{[]string{"job", "result", "--datadir", dir, "x"}, "not a job id"},
	}
	for _, tt := range tests {
		_, err := run(t, tt.args...)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("nexus %s: got error %v, want it to contain %q", strings.Join(tt.args, " "), err, tt.want)
		}
	}
}

func TestConfigPrecedence(t *testing.T) {
	dir := t.TempDir()
	cfgFile := dir + "/nexus.toml"
	writeFile(t, cfgFile, "datadir = \"/from/file\"\n[log]\nlevel = \"debug\"\nformat = \"json\"\n[l1]\nconfirmations = 5\n")

	// File over defaults.
	out, err := run(t, "dumpconfig", "--config", cfgFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`datadir = "/from/file"`, `level = "debug"`, `confirmations = 5`} {
		if !strings.Contains(out, want) {
			t.Errorf("file value missing %q in:\n%s", want, out)
		}
	}
	// Environment over file, flag over environment; global flags work on
	// either side of the command name.
	t.Setenv("NEXUS_LOG_LEVEL", "warn")
	t.Setenv("NEXUS_L1_CONFIRMATIONS", "7")
	out, err = run(t, "--datadir", "/from/flag", "dumpconfig", "--config", cfgFile, "--l1.confirmations", "9")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`datadir = "/from/flag"`, `level = "warn"`, `confirmations = 9`, `format = "json"`} {
		if !strings.Contains(out, want) {
			t.Errorf("override missing %q in:\n%s", want, out)
		}
	}
}
