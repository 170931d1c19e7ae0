package node

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestDefaultConfigIsValid(t *testing.T) {
	cfg := DefaultConfig()
	if err := cfg.Check(); err != nil {
		t.Fatalf("default config: %v", err)
	}
}

func TestConfigCheck(t *testing.T) {
	tests := []struct {
		name   string
		modify func(*Config)
		want   string // substring of the error; "" means valid
	}{
		{"defaults", func(*Config) {}, ""},
		{"empty datadir", func(c *Config) { c.DataDir = "" }, "datadir must not be empty"},
		{"blank datadir", func(c *Config) { c.DataDir = "  " }, "datadir must not be empty"},
		{"bad log level", func(c *Config) { c.Log.Level = "verbose" }, "unknown log level"},
		{"bad log format", func(c *Config) { c.Log.Format = "logfmt" }, "unknown log format"},
		{"json logs", func(c *Config) { c.Log.Format = "json" }, ""},
		{"http rpc", func(c *Config) { c.L1.RPC = "http://127.0.0.1:8545" }, ""},
		{"wss rpc", func(c *Config) { c.L1.RPC = "wss://node.example:443/x" }, ""},
		{"ipc rpc", func(c *Config) { c.L1.RPC = "/tmp/geth.ipc" }, ""},
		{"rpc bad scheme", func(c *Config) { c.L1.RPC = "ftp://host" }, "scheme must be"},
		{"rpc no host", func(c *Config) { c.L1.RPC = "http://" }, "no host"},
		{"rpc garbage", func(c *Config) { c.L1.RPC = "::::" }, "invalid rpc URL"},
		{"too many confirmations", func(c *Config) { c.L1.Confirmations = MaxConfirmations + 1 }, "exceeds the maximum"},
		{"zero timeout", func(c *Config) { c.L1.Timeout = 0 }, "timeout must be positive"},
		{"negative timeout", func(c *Config) { c.L1.Timeout = Duration(-time.Second) }, "timeout must be positive"},
		{"model ids", func(c *Config) { c.Models.Files = map[string]string{"1": "a.nxm", "42": "b.nxm"} }, ""},
		{"model id zero", func(c *Config) { c.Models.Files = map[string]string{"0": "a.nxm"} }, "not a registry id"},
		{"metrics addr", func(c *Config) { c.Metrics.Addr = "127.0.0.1:9645" }, ""},
		{"metrics any host", func(c *Config) { c.Metrics.Addr = ":9645" }, ""},
		{"metrics no port", func(c *Config) { c.Metrics.Addr = "127.0.0.1" }, "metrics: addr"},
		{"metrics empty port", func(c *Config) { c.Metrics.Addr = "127.0.0.1:" }, "metrics: addr"},
		{"model id not a number", func(c *Config) { c.Models.Files = map[string]string{"mlp": "a.nxm"} }, "not a registry id"},
		{"model without a file", func(c *Config) { c.Models.Files = map[string]string{"1": " "} }, "has no file"},
		{"negative workers", func(c *Config) { c.Prover.Workers = -1 }, "workers must be"},
		{"too many workers", func(c *Config) { c.Prover.Workers = 5000 }, "workers must be"},
		{"zero slots", func(c *Config) { c.Circuit.Slots = 0 }, "circuit: slots, chunks and inferences must be positive"},
		{"negative inferences", func(c *Config) { c.Circuit.Inferences = -1 }, "must be positive"},
		{"three depths", func(c *Config) { c.Circuit.StateDepths = "24/4/24" }, "circuit: state_depths: want ACCOUNTS/TOKENS/JOBS/MODELS"},
		{"depth not a number", func(c *Config) { c.Circuit.StateDepths = "24/x/24/12" }, `depth "x" is not a number`},
		{"small depths", func(c *Config) { c.Circuit.StateDepths = "3/1/6/2" }, ""},
		{"http addr no port", func(c *Config) { c.Sequencer.HTTPAddr = "localhost" }, "sequencer: http_addr"},
		{"zero batch timeout", func(c *Config) { c.Sequencer.BatchTimeout = 0 }, "batch_timeout must be positive"},
		{"tiny rpc request", func(c *Config) { c.Sequencer.RPC.MaxRequestSize = 100 }, "sequencer: rpc: max request size"},
		{"negative rpc conns", func(c *Config) { c.Sequencer.RPC.MaxConns = -1 }, "max connections"},
		{"rpc burst below rate", func(c *Config) { c.Sequencer.RPC.Burst = 1 }, "burst"},
		{"zero poll", func(c *Config) { c.Aggregator.Poll = 0 }, "aggregator: poll must be positive"},
		{"zero fee cap", func(c *Config) { c.Aggregator.FeeCapGwei = 0 }, "fee_cap_gwei must be"},
		{"devnet l1 addr", func(c *Config) { c.Devnet.L1Addr = "x" }, "devnet: l1_addr"},
		{"devnet block time", func(c *Config) { c.Devnet.BlockTime = Duration(-time.Second) }, "block_time must be positive"},
		{"devnet provers", func(c *Config) { c.Devnet.Provers = -1 }, "provers must not be negative"},
		{"demo duration negative", func(c *Config) { c.Devnet.Demo, c.Devnet.DemoDuration = true, Duration(-time.Second) }, "demo_duration must not be negative"},
		{"demo duration without demo", func(c *Config) { c.Devnet.DemoDuration = Duration(time.Hour) }, "demo is not"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig()
			tt.modify(&cfg)
			err := cfg.Check()
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("want valid, got %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("want error containing %q, got %v", tt.want, err)
			}
		})
	}
}

func TestLoadConfigFile(t *testing.T) {
	tests := []struct {
		name, content, want string
	}{
		{"valid", "datadir = \"/d\"\n[l1]\nrpc = \"http://x:1\"\ntimeout = \"5s\"\n", ""},
		{"unknown key", "datadir = \"/d\"\nport = 1\n", "unknown keys: port"},
		{"unknown nested key", "[log]\nlevl = \"info\"\n", "unknown keys: log.levl"},
		{"bad toml", "datadir = \n", "config"},
		{"wrong type", "datadir = 5\n", "config"},
		{"bad duration", "[l1]\ntimeout = \"fast\"\n", "invalid duration"},
		{"negative confirmations", "[l1]\nconfirmations = -1\n", "confirmations"},
		{"binary garbage", "\x00\x01\xff\xfe", "config"},
		{"new sections", "[circuit]\nslots = 4\nstate_depths = \"3/1/6/2\"\n[sequencer]\nbatch_timeout = \"1s\"\n" +
			"[sequencer.rpc]\nburst = 500\n[aggregator]\nfee_cap_gwei = 50\n[devnet]\ndemo = true\n", ""},
		{"negative slots", "[circuit]\nslots = -4\n", "slots, chunks and inferences must be positive"},
		{"malformed depths", "[circuit]\nstate_depths = \"24-4-24-12\"\n", "state_depths: want ACCOUNTS/TOKENS/JOBS/MODELS"},
		{"bad batch timeout", "[sequencer]\nbatch_timeout = \"soon\"\n", "invalid duration"},
		{"bad rpc timeout", "[sequencer.rpc]\nread_timeout = 5\n", "config"},
		{"negative fee cap", "[aggregator]\nfee_cap_gwei = -1\n", "fee_cap_gwei"},
		{"unknown devnet key", "[devnet]\nl1_address = \"x:1\"\n", "unknown keys: devnet.l1_address"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "c.toml")
			if err := os.WriteFile(path, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			cfg := DefaultConfig()
			err := LoadConfigFile(path, &cfg)
			if err == nil {
				// Values TOML accepts but nexus does not (the decoder wraps a
				// negative into a uint64) are caught by Check.
				err = cfg.Check()
			}
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("want success, got %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("want error containing %q, got %v", tt.want, err)
			}
		})
	}
	if err := LoadConfigFile(filepath.Join(t.TempDir(), "missing.toml"), new(Config)); err == nil {
		t.Fatal("missing file: want an error")
	}
}

func TestConfigFileRoundTrip(t *testing.T) {
	cfg := DefaultConfig()
	cfg.DataDir = "/data/nexus"
	cfg.L1.RPC = "ws://127.0.0.1:8546"
	cfg.L1.Timeout = Duration(12 * time.Second)
	cfg.Models = ModelsConfig{Dir: "/models", Files: map[string]string{"1": "mlp.nxm", "7": "/abs/cnn.nxm"}, KeyCache: "/keys"}
	cfg.Prover = ProverConfig{Workers: 3, PriceGwei: 10}
	path := filepath.Join(t.TempDir(), "c.toml")
	if err := WriteConfigFile(path, &cfg); err != nil {
		t.Fatal(err)
	}
	got := DefaultConfig() // as loadConfig does: the file over the defaults
	if err := LoadConfigFile(path, &got); err != nil {
		t.Fatal(err)
	}
	// The circuit shape and devnet.settle were not given: written commented
	// out, they stay not given.
	if got.Circuit.Explicit || got.Devnet.SettleSet {
		t.Errorf("loaded file: circuit explicit %v, devnet settle set %v, want neither", got.Circuit.Explicit, got.Devnet.SettleSet)
	}
	if !reflect.DeepEqual(got, cfg) {
		t.Fatalf("round trip: got %+v, want %+v", got, cfg)
	}
	// Given, they are written and stay given.
	cfg.Circuit.Slots, cfg.Circuit.Explicit = 36, true
	cfg.Devnet.Settle, cfg.Devnet.SettleSet = false, true
	if err := WriteConfigFile(path, &cfg); err != nil {
		t.Fatal(err)
	}
	got = DefaultConfig()
	if err := LoadConfigFile(path, &got); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, cfg) {
		t.Fatalf("round trip of a given shape and settle: got %+v, want %+v", got, cfg)
	}
}

// TestDevnetSettles checks that demo implies settle unless settle = false
// was given, and that a file without [circuit] shape keys leaves the shape
// implicit (the devnet's demo shape).
func TestDevnetSettles(t *testing.T) {
	for _, tt := range []struct {
		settle, demo, set, want bool
	}{
		{false, false, false, false},
		{true, false, true, true},
		{false, true, false, true},
		{false, true, true, false},
		{true, true, true, true},
	} {
		c := DevnetConfig{Settle: tt.settle, Demo: tt.demo, SettleSet: tt.set}
		if got := c.Settles(); got != tt.want {
			t.Errorf("%+v: Settles() = %v, want %v", c, got, tt.want)
		}
	}
	path := filepath.Join(t.TempDir(), "c.toml")
	if err := os.WriteFile(path, []byte("[circuit]\nkeys = \"/k\"\n[devnet]\ndemo = true\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig()
	if err := LoadConfigFile(path, &cfg); err != nil {
		t.Fatal(err)
	}
	if cfg.Circuit.Explicit || cfg.Devnet.SettleSet || !cfg.Devnet.Settles() || cfg.Circuit.Keys != "/k" {
		t.Errorf("file without shape keys or settle: %+v %+v", cfg.Circuit, cfg.Devnet)
	}
}

func FuzzLoadConfigFile(f *testing.F) {
	f.Add("datadir = \"/d\"\n[log]\nlevel = \"info\"\n")
	f.Add("[l1]\ntimeout = \"1s\"\nconfirmations = 3\n")
	f.Add("[[[")
	f.Fuzz(func(t *testing.T, content string) {
		path := filepath.Join(t.TempDir(), "c.toml")
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		cfg := DefaultConfig()
		if err := LoadConfigFile(path, &cfg); err == nil {
			_ = cfg.Check() // must not panic either way
		}
	})
}
