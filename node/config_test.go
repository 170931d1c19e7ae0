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
	var got Config
	if err := LoadConfigFile(path, &got); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, cfg) {
		t.Fatalf("round trip: got %+v, want %+v", got, cfg)
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
