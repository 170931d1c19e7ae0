package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"

	"github.com/nexus-rollup/nexus/aggregator/block"
	"github.com/nexus-rollup/nexus/node"
)

// TestFlagsUniqueWithEnv checks that every service flag has a unique name,
// a unique NEXUS_* environment variable derived from its name, usage text
// and a category, and that no per-command argument flag shares its name.
func TestFlagsUniqueWithEnv(t *testing.T) {
	names := map[string]cli.Flag{}
	envs := map[string]bool{}
	for _, group := range allFlags() {
		for _, f := range group {
			name := f.Names()[0]
			if g, ok := names[name]; ok {
				if g != f {
					t.Errorf("flag %q declared twice", name)
				}
				continue // one flag in several groups
			}
			names[name] = f
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
			if _, ok := argFlags[name]; ok {
				t.Errorf("flag %q is both a service flag and a per-command argument", name)
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

// resetEnvSet clears what a previous in-process run left in the flags:
// urfave/cli records a value read from a NEXUS_* variable in the flag itself
// (HasBeenSet), and the flags are package variables, so a variable a test
// set would count as set in every later run.
func resetEnvSet() {
	for _, group := range allFlags() {
		for _, f := range group {
			if v := reflect.ValueOf(f).Elem().FieldByName("HasBeenSet"); v.IsValid() && v.CanSet() {
				v.SetBool(false)
			}
		}
	}
}

// run executes the CLI in-process and returns its output and error.
func run(t *testing.T, args ...string) (string, error) {
	t.Helper()
	resetEnvSet()
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
	withoutNexusEnv(t)
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

// argFlags are per-command arguments: they say what one invocation does (a
// file to read or write, a fee to pay, a circuit to skip), not how a service
// runs, so they have neither a NEXUS_* variable nor a TOML key.
var argFlags = map[string]string{
	"calibration":    "model import: the calibration data of one import",
	"mnist-scale":    "model import: goes with --calibration mnist",
	"out":            "model import/prove: the file this invocation writes",
	"name":           "model import: the name of the model imported",
	"clip-weights":   "model import: a quantization choice per model",
	"input-encoding": "model import: a quantization choice per model",
	"raw":            "model run/prove/verify: how this invocation prints",
	"vk":             "model verify: the key file of one verification",
	"job":            "model prove: the job id of one proof",
	"fee":            "job submit/model register: what this one transaction pays",
	"uri":            "model register: the metadata of one model",
	"model-id":       "model prove: the registry id of one proof",
	"model":          "job submit: the model of one job",
	"input":          "job submit: the input of one job",
	"deadline":       "job submit: the deadline of one job",
	"setup.models":   "setup: the model files to set up this time",
	"no-block":       "setup: which circuits to set up this time",
	"aggregation":    "setup: which circuits to set up this time",
	"wrap":           "setup: which circuits to set up this time",
	"verifier.out":   "setup: the file this invocation writes",
}

// noTOMLKey are flags with a NEXUS_* variable but no TOML key, and why.
var noTOMLKey = map[string]string{
	"config":    "names the file itself",
	"key":       "a secret: kept out of config files (NEXUS_KEY or --keystore)",
	"keystore":  "the signer of one invocation",
	"password":  "a secret's file: the signer of one invocation",
	"sequencer": "the endpoint a user command or prover talks to, given per invocation",

	"deployment":      "the deployment file, given per invocation (default <datadir>/deployment.json)",
	"amount":          "user command argument",
	"token":           "user command argument",
	"to":              "user command argument",
	"wait":            "user command argument",
	"exodus.db":       "exodus: one-off recovery, not a service",
	"exodus.account":  "exodus: one-off recovery, not a service",
	"exodus.no-claim": "exodus: one-off recovery, not a service",

	"deploy.out":               "contracts deploy: one-off deployment parameter",
	"deploy.verifier":          "contracts deploy: one-off deployment parameter",
	"deploy.owner":             "contracts deploy: one-off deployment parameter",
	"deploy.genesis-root":      "contracts deploy: one-off deployment parameter",
	"deploy.priority-deadline": "contracts deploy: one-off deployment parameter",
	"deploy.min-stake":         "contracts deploy: one-off deployment parameter",
	"deploy.unbonding-delay":   "contracts deploy: one-off deployment parameter",
	"deploy.max-lock":          "contracts deploy: one-off deployment parameter",
	"deploy.link-verifier":     "contracts deploy: one-off deployment parameter",
}

// tomlPaths lists the dotted TOML keys of node.Config.
func tomlPaths(t reflect.Type, prefix string, out map[string]bool) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := strings.Split(f.Tag.Get("toml"), ",")[0]
		if tag == "" || tag == "-" {
			continue
		}
		out[prefix+tag] = true
		if f.Type.Kind() == reflect.Struct {
			tomlPaths(f.Type, prefix+tag+".", out)
		}
	}
}

// TestEveryServiceFlagHasEnvAndTOMLKey walks every command's flags: each is
// a per-command argument (argFlags), or has its NEXUS_* variable and a TOML
// key of node.Config (tomlKeys) unless noTOMLKey says why not.
func TestEveryServiceFlagHasEnvAndTOMLKey(t *testing.T) {
	keys := map[string]bool{}
	tomlPaths(reflect.TypeOf(node.Config{}), "", keys)
	declared := map[string]bool{}
	for _, group := range allFlags() {
		for _, f := range group {
			declared[f.Names()[0]] = true
		}
	}
	used := map[string]bool{}
	var walk func(path string, cmds []*cli.Command)
	walk = func(path string, cmds []*cli.Command) {
		for _, c := range cmds {
			p := path + " " + c.Name
			for _, f := range c.Flags {
				name := f.Names()[0]
				if name == cli.HelpFlag.Names()[0] {
					continue // added by urfave/cli to a command that has run
				}
				used[name] = true
				if _, ok := argFlags[name]; ok {
					if declared[name] {
						t.Errorf("%s: --%s is in argFlags but also a service flag in allFlags", p, name)
					}
					continue
				}
				if !declared[name] {
					t.Errorf("%s: --%s is not in allFlags (declare it in flags.go)", p, name)
				}
				if ev, ok := f.(interface{ GetEnvVars() []string }); !ok || len(ev.GetEnvVars()) == 0 {
					t.Errorf("%s: service flag --%s has no NEXUS_* variable", p, name)
				}
				key, ok := tomlKeys[name]
				_, exempt := noTOMLKey[name]
				switch {
				case ok && exempt:
					t.Errorf("--%s has TOML key %q and is in noTOMLKey", name, key)
				case !ok && !exempt:
					t.Errorf("%s: service flag --%s has no TOML key (add it to node.Config and tomlKeys)", p, name)
				case ok && !keys[key]:
					t.Errorf("--%s: TOML key %q is not in node.Config", name, key)
				}
			}
			walk(p, c.Subcommands)
		}
	}
	app := newApp()
	walk("nexus", app.Commands)
	for _, f := range app.Flags {
		used[f.Names()[0]] = true
	}
	for _, m := range []map[string]string{argFlags, noTOMLKey, tomlKeys} {
		for name := range m {
			if !used[name] {
				t.Errorf("--%s is listed but no command has it", name)
			}
		}
	}
}

// TestCircuitDefaults checks that [circuit]'s defaults are the services'
// circuit, block.DevnetParams.
func TestCircuitDefaults(t *testing.T) {
	withoutNexusEnv(t)
	c, p := node.DefaultConfig().Circuit, block.DevnetParams()
	sp, err := node.ParseDepths(c.StateDepths)
	if err != nil || sp != p.State || c.Slots != p.Slots || c.Chunks != p.Chunks || c.Inferences != p.Inferences {
		t.Fatalf("[circuit] defaults %+v (%v), want %s", c, err, p)
	}
}

// TestNewConfigKeys sets each new key in a --config file, then overrides it
// with its flag, through nexus dumpconfig.
func TestNewConfigKeys(t *testing.T) {
	withoutNexusEnv(t)
	dir := t.TempDir()
	tests := []struct {
		section, file string // the TOML line in section
		fileWant      string // the line dumpconfig prints for it
		flag          []string
		flagWant      string
	}{
		{"circuit", "slots = 4", "slots = 4", []string{"--block.slots", "5"}, "slots = 5"},
		{"circuit", "chunks = 32", "chunks = 32", []string{"--block.chunks", "16"}, "chunks = 16"},
		{"circuit", "inferences = 2", "inferences = 2", []string{"--block.inferences", "3"}, "inferences = 3"},
		{"circuit", `state_depths = "3/1/6/2"`, `state_depths = "3/1/6/2"`, []string{"--state.depths", "4/1/6/2"}, `state_depths = "4/1/6/2"`},
		{"circuit", `keys = "/file/keys"`, `keys = "/file/keys"`, []string{"--keys", "/flag/keys"}, `keys = "/flag/keys"`},
		{"sequencer", `http_addr = "127.0.0.1:1"`, `http_addr = "127.0.0.1:1"`, []string{"--http.addr", ":2"}, `http_addr = ":2"`},
		{"sequencer", `batch_timeout = "1s"`, `batch_timeout = "1s"`, []string{"--batch.timeout", "300ms"}, `batch_timeout = "300ms"`},
		{"sequencer.rpc", "max_request_size = 65536", "max_request_size = 65536", []string{"--rpc.max-request-size", "8192"}, "max_request_size = 8192"},
		{"sequencer.rpc", "batch_items = 10", "batch_items = 10", []string{"--rpc.batch-items", "20"}, "batch_items = 20"},
		{"sequencer.rpc", "batch_response_size = 1000", "batch_response_size = 1000", []string{"--rpc.batch-response-size", "2000"}, "batch_response_size = 2000"},
		{"sequencer.rpc", "rate = 50.0", "rate = 50.0", []string{"--rpc.rate", "60"}, "rate = 60.0"},
		{"sequencer.rpc", "burst = 500", "burst = 500", []string{"--rpc.burst", "600"}, "burst = 600"},
		{"sequencer.rpc", "max_conns = 8", "max_conns = 8", []string{"--rpc.max-conns", "9"}, "max_conns = 9"},
		{"sequencer.rpc", `read_timeout = "3s"`, `read_timeout = "3s"`, []string{"--rpc.read-timeout", "4s"}, `read_timeout = "4s"`},
		{"sequencer.rpc", `write_timeout = "3s"`, `write_timeout = "3s"`, []string{"--rpc.write-timeout", "4s"}, `write_timeout = "4s"`},
		{"sequencer.rpc", `idle_timeout = "3s"`, `idle_timeout = "3s"`, []string{"--rpc.idle-timeout", "4s"}, `idle_timeout = "4s"`},
		{"aggregator", `poll = "5s"`, `poll = "5s"`, []string{"--aggregator.poll", "6s"}, `poll = "6s"`},
		{"aggregator", "fee_cap_gwei = 50", "fee_cap_gwei = 50", []string{"--txmgr.fee-cap", "60"}, "fee_cap_gwei = 60"},
		{"devnet", `l1_addr = "127.0.0.1:1"`, `l1_addr = "127.0.0.1:1"`, []string{"--devnet.l1-addr", ":2"}, `l1_addr = ":2"`},
		{"devnet", `block_time = "2s"`, `block_time = "2s"`, []string{"--devnet.block-time", "200ms"}, `block_time = "200ms"`},
		{"devnet", "settle = true", "settle = true", []string{"--devnet.settle=false"}, "settle = false"},
		{"devnet", "l1_logs = true", "l1_logs = true", []string{"--devnet.l1-logs=false"}, "l1_logs = false"},
		{"devnet", "provers = 1", "provers = 1", []string{"--devnet.provers", "0"}, "provers = 0"},
		{"devnet", "demo = true", "demo = true", []string{"--demo=false"}, "demo = false"},
		{"prover", "workers = 3", "workers = 3", []string{"--workers", "4"}, "workers = 4"},
		{"models", `key_cache = "/a"`, `key_cache = "/a"`, []string{"--models.keys", "/b"}, `key_cache = "/b"`},
	}
	for i, tt := range tests {
		file := filepath.Join(dir, "c.toml")
		writeFile(t, file, "["+tt.section+"]\n"+tt.file+"\n")
		out, err := run(t, "dumpconfig", "--datadir", dir, "--config", file)
		if err != nil || !strings.Contains(out, "\n"+sectionOf(out, tt.section)) || !strings.Contains(sectionOf(out, tt.section), tt.fileWant+"\n") {
			t.Errorf("%d [%s] %s: %v, want %q in:\n%s", i, tt.section, tt.file, err, tt.fileWant, out)
			continue
		}
		out, err = run(t, append([]string{"dumpconfig", "--datadir", dir, "--config", file}, tt.flag...)...)
		if err != nil || !strings.Contains(sectionOf(out, tt.section), tt.flagWant+"\n") {
			t.Errorf("%d %v over [%s] %s: %v, want %q in:\n%s", i, tt.flag, tt.section, tt.file, err, tt.flagWant, out)
		}
	}
	// The environment sits between the file and the flag.
	file := filepath.Join(dir, "c.toml")
	writeFile(t, file, "[circuit]\nslots = 4\n[aggregator]\nfee_cap_gwei = 50\n")
	t.Setenv("NEXUS_BLOCK_SLOTS", "6")
	t.Setenv("NEXUS_TXMGR_FEE_CAP", "70")
	out, err := run(t, "dumpconfig", "--datadir", dir, "--config", file, "--txmgr.fee-cap", "80")
	if err != nil || !strings.Contains(out, "slots = 6\n") || !strings.Contains(out, "fee_cap_gwei = 80\n") {
		t.Errorf("env over file, flag over env: %v\n%s", err, out)
	}
}

// sectionOf returns the lines of [name] in a dumped config, up to the next
// table header.
func sectionOf(out, name string) string {
	i := strings.Index(out, "["+name+"]\n")
	if i < 0 {
		return ""
	}
	rest := out[i+len(name)+3:]
	if j := strings.Index(rest, "["); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

// TestBadNewConfigValues checks that bad values of the new keys, from a
// file or a flag, are clear errors.
func TestBadNewConfigValues(t *testing.T) {
	withoutNexusEnv(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "c.toml")
	for _, tt := range []struct {
		toml string   // file content, or "" for flags only
		args []string // extra dumpconfig flags
		want string
	}{
		{"[circuit]\nslots = -4\n", nil, "circuit: slots, chunks and inferences must be positive"},
		{"", []string{"--block.slots", "-4"}, "circuit: slots, chunks and inferences must be positive"},
		{"", []string{"--block.chunks", "x"}, "invalid value"},
		{"[circuit]\nstate_depths = \"24/4/24\"\n", nil, "circuit: state_depths: want ACCOUNTS/TOKENS/JOBS/MODELS"},
		{"", []string{"--state.depths", "24/4/x/12"}, `state_depths: depth "x" is not a number`},
		{"", []string{"--state.depths", "24/4/40/12"}, "out of range"},
		{"[sequencer]\nbatch_timeout = \"soon\"\n", nil, `invalid duration "soon"`},
		{"", []string{"--batch.timeout", "soon"}, "invalid value"},
		{"", []string{"--batch.timeout", "0s"}, "sequencer: batch_timeout must be positive"},
		{"[sequencer]\nhttp_addr = \"localhost\"\n", nil, `sequencer: http_addr "localhost" is not HOST:PORT`},
		{"[sequencer.rpc]\nmax_request_size = 100\n", nil, "sequencer: rpc: max request size"},
		{"", []string{"--rpc.burst", "-1"}, "burst"},
		{"[aggregator]\npoll = \"-1s\"\n", nil, "aggregator: poll must be positive"},
		{"", []string{"--txmgr.fee-cap", "0"}, "aggregator: fee_cap_gwei must be"},
		{"", []string{"--txmgr.fee-cap", "-5"}, "invalid value"},
		{"[devnet]\nprovers = -1\n", nil, "devnet: provers must not be negative"},
		{"[devnet]\nblock_time = 5\n", nil, "config"},
		{"[devnet]\nl1-addr = \"x:1\"\n", nil, "unknown keys: devnet.l1-addr"},
	} {
		args := []string{"dumpconfig", "--datadir", dir}
		if tt.toml != "" {
			writeFile(t, file, tt.toml)
			args = append(args, "--config", file)
		}
		_, err := run(t, append(args, tt.args...)...)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q %v: got %v, want an error containing %q", tt.toml, tt.args, err, tt.want)
		}
	}
}

// TestDumpconfigTakesEveryConfigFlag checks that dumpconfig accepts every
// flag with a TOML key, so `nexus dumpconfig FLAGS...` writes a config file
// equivalent to those flags.
func TestDumpconfigTakesEveryConfigFlag(t *testing.T) {
	withoutNexusEnv(t)
	var missing []string
	for name := range tomlKeys {
		if name != modelsFlag.Name && !hasFlag(dumpConfigCommand.Flags, name) && !hasFlag(globalFlags, name) {
			missing = append(missing, name)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("dumpconfig does not accept %v", missing)
	}
}

// withoutNexusEnv unsets the NEXUS_* variables of the test's environment
// for the test (they would override what the test sets in a config file:
// CI sets NEXUS_KEYS, for one); they are restored when it ends.
func withoutNexusEnv(t *testing.T) {
	t.Helper()
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(k, envPrefix) {
			t.Setenv(k, "") // restores the value when the test ends
			os.Unsetenv(k)
		}
	}
}
