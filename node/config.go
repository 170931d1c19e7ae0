package node

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// Config is the configuration shared by every nexus command. A TOML file
// (--config) mirrors it; flags and NEXUS_* environment variables override the
// file, and the file overrides the defaults. Services add their own sections
// as they arrive.
type Config struct {
	DataDir string        `toml:"datadir"`
	Log     LogConfig     `toml:"log"`
	L1      L1Config      `toml:"l1"`
	Models  ModelsConfig  `toml:"models"`
	Prover  ProverConfig  `toml:"prover"`
	Metrics MetricsConfig `toml:"metrics"`
	GPU     GPUConfig     `toml:"gpu"`
}

// GPUConfig asks the provers (prover run, aggregator, model prove) for a
// GPU (package gpu). Without one, or in a build without the icicle tag, they
// say so once and prove on the CPU.
type GPUConfig struct {
	// Enabled proves on the GPU, every proof verified on the CPU.
	Enabled bool `toml:"enabled"`
	// Device is the CUDA device id.
	Device int `toml:"device"`
}

// Check reports whether the GPU settings are usable.
func (c *GPUConfig) Check() error {
	if c.Device < 0 || c.Device > 255 {
		return fmt.Errorf("device must be 0..255, got %d", c.Device)
	}
	return nil
}

// MetricsConfig says where a service serves its Prometheus metrics.
type MetricsConfig struct {
	// Addr is the HOST:PORT of /metrics, apart from the JSON-RPC; empty: off.
	Addr string `toml:"addr"`
}

// Check reports whether the metrics settings are usable.
func (c *MetricsConfig) Check() error {
	if c.Addr == "" {
		return nil
	}
	if _, port, err := net.SplitHostPort(c.Addr); err != nil || port == "" {
		return fmt.Errorf("addr %q is not HOST:PORT", c.Addr)
	}
	return nil
}

// ModelsConfig maps ModelRegistry model ids to model files (prover/model
// format), for the provers that prove them and the sequencer that verifies
// their proofs; both must use the same files and keys.
type ModelsConfig struct {
	// Dir is where relative model file names are found (default: the working directory).
	Dir string `toml:"dir"`
	// Files maps a registry model id ("1") to a model file.
	Files map[string]string `toml:"files"`
	// KeyCache is the circuit key cache (default: the shared ~/.cache/nexus/keys).
	KeyCache string `toml:"key_cache"`
}

// Check reports whether the model mapping is usable.
func (c *ModelsConfig) Check() error {
	for id, f := range c.Files {
		n, err := strconv.ParseUint(id, 10, 32)
		if err != nil || n == 0 {
			return fmt.Errorf("files: model id %q is not a registry id 1..2^32-1", id)
		}
		if strings.TrimSpace(f) == "" {
			return fmt.Errorf("files: model %s has no file", id)
		}
	}
	return nil
}

// ProverConfig configures `nexus prover run`.
type ProverConfig struct {
	// Workers is how many proofs run in parallel (0: one per core).
	Workers int `toml:"workers"`
	// PriceGwei is the lowest job fee the prover works for.
	PriceGwei uint64 `toml:"price_gwei"`
}

// Check reports whether the prover settings are usable.
func (c *ProverConfig) Check() error {
	if c.Workers < 0 || c.Workers > 1024 {
		return fmt.Errorf("workers must be 0..1024 (0: one per core), got %d", c.Workers)
	}
	return nil
}

// L1Config says how to reach Ethereum (L1).
type L1Config struct {
	// RPC is the endpoint of an L1 node: http(s)://, ws(s):// or an IPC path.
	// Empty means an in-process simulated L1 where a command supports one (devnet).
	RPC string `toml:"rpc"`
	// ChainID, when non-zero, must match the chain the RPC reports.
	ChainID uint64 `toml:"chain_id"`
	// Confirmations is how many blocks an L1 event must be buried under before
	// it is acted on (deposits, priority ops).
	Confirmations uint64 `toml:"confirmations"`
	// Timeout bounds each L1 request.
	Timeout Duration `toml:"timeout"`
}

// Duration is a time.Duration that reads and writes TOML strings like "30s".
type Duration time.Duration

// UnmarshalText parses a Go duration string.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return fmt.Errorf("invalid duration %q: %w", b, err)
	}
	*d = Duration(v)
	return nil
}

// MarshalText writes the duration in Go syntax.
func (d Duration) MarshalText() ([]byte, error) { return []byte(time.Duration(d).String()), nil }

// MaxConfirmations bounds the confirmation depth: deeper than an Ethereum
// finality window (two epochs) only delays everything for no safety gain.
const MaxConfirmations = 128

// DefaultDataDir is where nexus keeps its state unless told otherwise.
func DefaultDataDir() string {
	if home, err := os.UserHomeDir(); err == nil && home != "" {
		return filepath.Join(home, ".nexus")
	}
	return ".nexus"
}

// DefaultConfig returns the configuration used when nothing is set.
func DefaultConfig() Config {
	return Config{
		DataDir: DefaultDataDir(),
		Log:     DefaultLogConfig(),
		L1: L1Config{
			Confirmations: 2,
			Timeout:       Duration(30 * time.Second),
		},
	}
}

// Check reports the first problem that makes the configuration unusable.
func (c *Config) Check() error {
	if strings.TrimSpace(c.DataDir) == "" {
		return errors.New("datadir must not be empty")
	}
	if err := c.Log.Check(); err != nil {
		return fmt.Errorf("log: %w", err)
	}
	if err := c.L1.Check(); err != nil {
		return fmt.Errorf("l1: %w", err)
	}
	if err := c.Models.Check(); err != nil {
		return fmt.Errorf("models: %w", err)
	}
	if err := c.Prover.Check(); err != nil {
		return fmt.Errorf("prover: %w", err)
	}
	if err := c.Metrics.Check(); err != nil {
		return fmt.Errorf("metrics: %w", err)
	}
	if err := c.GPU.Check(); err != nil {
		return fmt.Errorf("gpu: %w", err)
	}
	return nil
}

// Check reports whether the L1 settings are usable.
func (c *L1Config) Check() error {
	if c.RPC != "" {
		if err := checkRPCURL(c.RPC); err != nil {
			return err
		}
	}
	if c.Confirmations > MaxConfirmations {
		return fmt.Errorf("confirmations %d exceeds the maximum of %d", c.Confirmations, MaxConfirmations)
	}
	if c.Timeout <= 0 {
		return fmt.Errorf("timeout must be positive, got %s", time.Duration(c.Timeout))
	}
	return nil
}

func checkRPCURL(s string) error {
	if strings.HasSuffix(s, ".ipc") || strings.HasPrefix(s, "/") {
		return nil // IPC endpoint
	}
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Errorf("invalid rpc URL %q: %v", s, err)
	}
	switch u.Scheme {
	case "http", "https", "ws", "wss":
	default:
		return fmt.Errorf("invalid rpc URL %q: scheme must be http, https, ws or wss (or an IPC path ending in .ipc)", s)
	}
	if u.Host == "" {
		return fmt.Errorf("invalid rpc URL %q: no host", s)
	}
	return nil
}

// LoadConfigFile reads a TOML config file over cfg. Unknown keys are an
// error, so that a misspelt setting never silently falls back to a default.
func LoadConfigFile(path string, cfg *Config) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("reading config: %w", err)
	}
	md, err := toml.Decode(string(data), cfg)
	if err != nil {
		return fmt.Errorf("config %s: %w", path, err)
	}
	if undecoded := md.Undecoded(); len(undecoded) > 0 {
		keys := make([]string, len(undecoded))
		for i, k := range undecoded {
			keys[i] = k.String()
		}
		sort.Strings(keys)
		return fmt.Errorf("config %s: unknown keys: %s", path, strings.Join(keys, ", "))
	}
	return nil
}

// EncodeConfig writes cfg as TOML, for `nexus dumpconfig`.
func EncodeConfig(w io.Writer, cfg *Config) error {
	return toml.NewEncoder(w).Encode(cfg)
}

// WriteConfigFile writes cfg as a TOML file.
func WriteConfigFile(path string, cfg *Config) error {
	var b strings.Builder
	if err := EncodeConfig(&b, cfg); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// Std returns the duration as a time.Duration.
func (d Duration) Std() time.Duration { return time.Duration(d) }
