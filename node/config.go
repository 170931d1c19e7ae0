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

	"github.com/nexus-rollup/nexus/rollup/state"
	"github.com/nexus-rollup/nexus/sequencer"
)

// Config is the configuration shared by every nexus command. A TOML file
// (--config) mirrors it; flags and NEXUS_* environment variables override the
// file, and the file overrides the defaults. Services add their own sections
// as they arrive.
type Config struct {
	DataDir    string           `toml:"datadir"`
	Log        LogConfig        `toml:"log"`
	L1         L1Config         `toml:"l1"`
	Models     ModelsConfig     `toml:"models"`
	Prover     ProverConfig     `toml:"prover"`
	Metrics    MetricsConfig    `toml:"metrics"`
	GPU        GPUConfig        `toml:"gpu"`
	Circuit    CircuitConfig    `toml:"circuit"`
	Sequencer  SequencerConfigs `toml:"sequencer"`
	Aggregator AggregatorConfig `toml:"aggregator"`
	Devnet     DevnetConfig     `toml:"devnet"`
}

// CircuitConfig is the block circuit's shape (and where its keys are
// cached), which the sequencer, aggregator, setup, contracts deploy and
// exodus commands must agree on. The defaults are block.DevnetParams.
type CircuitConfig struct {
	// Slots is the op slots per batch (B).
	Slots int `toml:"slots"`
	// Chunks is the pubdata chunks per batch (C).
	Chunks int `toml:"chunks"`
	// Inferences is the fulfilled jobs per batch (K).
	Inferences int `toml:"inferences"`
	// StateDepths is the L2 state tree depths ACCOUNTS/TOKENS/JOBS/MODELS.
	StateDepths string `toml:"state_depths"`
	// Keys is the circuit key cache (default: $XDG_CACHE_HOME/nexus/keys or ~/.cache/nexus/keys).
	Keys string `toml:"keys"`

	// Explicit records that the shape was set by the file, a flag or a
	// NEXUS_* variable rather than left at the defaults: `nexus devnet`
	// runs its demo shape otherwise.
	Explicit bool `toml:"-"`
}

// DefaultStateDepths are the production L2 tree depths (state.DefaultParams).
const DefaultStateDepths = "24/4/24/12"

// ParseDepths parses ACCOUNTS/TOKENS/JOBS/MODELS tree depths.
func ParseDepths(v string) (state.Params, error) {
	parts := strings.Split(v, "/")
	if len(parts) != 4 {
		return state.Params{}, fmt.Errorf("want ACCOUNTS/TOKENS/JOBS/MODELS, got %q", v)
	}
	var d [4]int
	for i, s := range parts {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			return state.Params{}, fmt.Errorf("depth %q is not a number", s)
		}
		d[i] = n
	}
	p := state.Params{AccountDepth: d[0], TokenDepth: d[1], JobDepth: d[2], ModelDepth: d[3]}
	return p, p.Check()
}

// Check reports whether the circuit shape is usable (the block circuit
// checks the rest when it is built).
func (c *CircuitConfig) Check() error {
	if c.Slots <= 0 || c.Chunks <= 0 || c.Inferences <= 0 {
		return fmt.Errorf("slots, chunks and inferences must be positive, got %d, %d, %d", c.Slots, c.Chunks, c.Inferences)
	}
	if _, err := ParseDepths(c.StateDepths); err != nil {
		return fmt.Errorf("state_depths: %w", err)
	}
	return nil
}

// SequencerConfigs configures the sequencer service (`nexus sequencer` and
// the devnet's).
type SequencerConfigs struct {
	// HTTPAddr is the HOST:PORT of the nexus_ JSON-RPC (HTTP and WebSocket).
	HTTPAddr string `toml:"http_addr"`
	// BatchTimeout seals a batch at most this long after its first op.
	BatchTimeout Duration `toml:"batch_timeout"`
	// RPC holds the JSON-RPC server's limits.
	RPC RPCConfig `toml:"rpc"`
}

// RPCConfig holds the limits of the sequencer's JSON-RPC server
// (sequencer.ServerConfig; docs/prover-api.md, "Limits"); 0 means the
// server's default.
type RPCConfig struct {
	MaxRequestSize    int      `toml:"max_request_size"`
	BatchItems        int      `toml:"batch_items"`
	BatchResponseSize int      `toml:"batch_response_size"`
	Rate              float64  `toml:"rate"`
	Burst             int      `toml:"burst"`
	MaxConns          int      `toml:"max_conns"`
	ReadTimeout       Duration `toml:"read_timeout"`
	WriteTimeout      Duration `toml:"write_timeout"`
	IdleTimeout       Duration `toml:"idle_timeout"`
}

// Server returns the server limits, checked.
func (c *RPCConfig) Server() (sequencer.ServerConfig, error) {
	s := sequencer.DefaultServerConfig()
	s.MaxRequestSize = c.MaxRequestSize
	s.MaxBatchItems = c.BatchItems
	s.MaxBatchResponseSize = c.BatchResponseSize
	s.RateLimit = c.Rate
	s.RateBurst = c.Burst
	s.MaxConns = c.MaxConns
	s.ReadTimeout = c.ReadTimeout.Std()
	s.ReadHeaderTimeout = min(s.ReadHeaderTimeout, s.ReadTimeout)
	s.WriteTimeout = c.WriteTimeout.Std()
	s.IdleTimeout = c.IdleTimeout.Std()
	return s, s.Check()
}

// Check reports whether the sequencer settings are usable.
func (c *SequencerConfigs) Check() error {
	if _, port, err := net.SplitHostPort(c.HTTPAddr); err != nil || port == "" {
		return fmt.Errorf("http_addr %q is not HOST:PORT", c.HTTPAddr)
	}
	if c.BatchTimeout <= 0 {
		return fmt.Errorf("batch_timeout must be positive, got %s", c.BatchTimeout.Std())
	}
	if _, err := c.RPC.Server(); err != nil {
		return err
	}
	return nil
}

// AggregatorConfig configures the aggregator (`nexus aggregator` and the
// devnet's settlement).
type AggregatorConfig struct {
	// Poll is how often the aggregator asks the sequencer for the next sealed batch.
	Poll Duration `toml:"poll"`
	// FeeCapGwei caps the fee per gas of its L1 transactions (txmgr MaxFeePerGas).
	FeeCapGwei uint64 `toml:"fee_cap_gwei"`
}

// Check reports whether the aggregator settings are usable.
func (c *AggregatorConfig) Check() error {
	if c.Poll <= 0 {
		return fmt.Errorf("poll must be positive, got %s", c.Poll.Std())
	}
	if c.FeeCapGwei == 0 || c.FeeCapGwei > 1_000_000 {
		return fmt.Errorf("fee_cap_gwei must be 1..1000000, got %d", c.FeeCapGwei)
	}
	return nil
}

// DevnetConfig configures `nexus devnet`.
type DevnetConfig struct {
	// L1Addr is where the embedded L1 serves JSON-RPC.
	L1Addr string `toml:"l1_addr"`
	// BlockTime is the embedded L1's block time.
	BlockTime Duration `toml:"block_time"`
	// Settle proves and settles every batch; Demo implies it unless it is
	// set to false explicitly.
	Settle bool `toml:"settle"`
	// L1Logs shows go-ethereum's own log lines.
	L1Logs bool `toml:"l1_logs"`
	// Provers is how many in-process provers run.
	Provers int `toml:"provers"`
	// Demo submits MNIST digits as jobs continuously.
	Demo bool `toml:"demo"`
	// DemoDuration, if not zero, ends the demo's submissions after this
	// long; the devnet then waits for every submitted job to settle (or
	// prove, without settlement) and exits.
	DemoDuration Duration `toml:"demo_duration"`

	// SettleSet records that Settle was given (file, flag or variable).
	SettleSet bool `toml:"-"`
}

// Settles reports whether the devnet settles batches: [devnet] settle, or
// demo unless settle = false was given.
func (c *DevnetConfig) Settles() bool {
	return c.Settle || (c.Demo && !c.SettleSet)
}

// Check reports whether the devnet settings are usable.
func (c *DevnetConfig) Check() error {
	if _, port, err := net.SplitHostPort(c.L1Addr); err != nil || port == "" {
		return fmt.Errorf("l1_addr %q is not HOST:PORT", c.L1Addr)
	}
	if c.BlockTime <= 0 {
		return fmt.Errorf("block_time must be positive, got %s", c.BlockTime.Std())
	}
	if c.Provers < 0 {
		return fmt.Errorf("provers must not be negative, got %d", c.Provers)
	}
	if c.DemoDuration < 0 {
		return fmt.Errorf("demo_duration must not be negative, got %s", c.DemoDuration.Std())
	}
	if c.DemoDuration > 0 && !c.Demo {
		return errors.New("demo_duration is set but demo is not")
	}
	return nil
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
	rpc := sequencer.DefaultServerConfig()
	return Config{
		DataDir: DefaultDataDir(),
		Log:     DefaultLogConfig(),
		L1: L1Config{
			Confirmations: 2,
			Timeout:       Duration(30 * time.Second),
		},
		Circuit: CircuitConfig{Slots: 16, Chunks: 64, Inferences: 8, StateDepths: DefaultStateDepths},
		Sequencer: SequencerConfigs{
			HTTPAddr:     "127.0.0.1:8645",
			BatchTimeout: Duration(5 * time.Second),
			RPC: RPCConfig{
				MaxRequestSize:    rpc.MaxRequestSize,
				BatchItems:        rpc.MaxBatchItems,
				BatchResponseSize: rpc.MaxBatchResponseSize,
				Rate:              rpc.RateLimit,
				Burst:             rpc.RateBurst,
				MaxConns:          rpc.MaxConns,
				ReadTimeout:       Duration(rpc.ReadTimeout),
				WriteTimeout:      Duration(rpc.WriteTimeout),
				IdleTimeout:       Duration(rpc.IdleTimeout),
			},
		},
		Aggregator: AggregatorConfig{Poll: Duration(2 * time.Second), FeeCapGwei: 500},
		Devnet:     DevnetConfig{L1Addr: "127.0.0.1:8545", BlockTime: Duration(time.Second), Provers: 2},
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
	if err := c.Circuit.Check(); err != nil {
		return fmt.Errorf("circuit: %w", err)
	}
	if err := c.Sequencer.Check(); err != nil {
		return fmt.Errorf("sequencer: %w", err)
	}
	if err := c.Aggregator.Check(); err != nil {
		return fmt.Errorf("aggregator: %w", err)
	}
	if err := c.Devnet.Check(); err != nil {
		return fmt.Errorf("devnet: %w", err)
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
	if md.IsDefined("circuit", "slots") || md.IsDefined("circuit", "chunks") || md.IsDefined("circuit", "inferences") ||
		md.IsDefined("circuit", "state_depths") {
		cfg.Circuit.Explicit = true
	}
	if md.IsDefined("devnet", "settle") {
		cfg.Devnet.SettleSet = true
	}
	return nil
}

// EncodeConfig writes cfg as TOML, for `nexus dumpconfig`. The circuit
// shape and devnet.settle are written commented out unless they were
// given: a key in the file counts as given, so loading the file back would
// otherwise pin the devnet to the sequencer's default shape and turn off
// --demo's settlement.
func EncodeConfig(w io.Writer, cfg *Config) error {
	var b strings.Builder
	if err := toml.NewEncoder(&b).Encode(cfg); err != nil {
		return err
	}
	implicit := map[string]map[string]bool{}
	why := map[string]string{}
	if !cfg.Circuit.Explicit {
		implicit["circuit"] = map[string]bool{"slots": true, "chunks": true, "inferences": true, "state_depths": true}
		why["circuit"] = "  # The shape is not set: each command uses its default below, the devnet its demo shape.\n"
	}
	if !cfg.Devnet.SettleSet {
		implicit["devnet"] = map[string]bool{"settle": true}
		why["devnet"] = "  # settle is not set: the devnet settles with --demo only.\n"
	}
	section := ""
	for _, line := range strings.SplitAfter(b.String(), "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "[") {
			section = strings.Trim(t, "[]")
			line += why[section]
		} else if key, _, ok := strings.Cut(t, " = "); ok && implicit[section][key] {
			line = strings.Replace(line, key, "# "+key, 1)
		}
		if _, err := io.WriteString(w, line); err != nil {
			return err
		}
	}
	return nil
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
