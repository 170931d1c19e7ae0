package node

import (
	"fmt"
	"io"
	"log/slog"
	"strings"

	gethlog "github.com/ethereum/go-ethereum/log"
)

// Log formats accepted by --log.format.
const (
	LogFormatText = "text"
	LogFormatJSON = "json"
)

// LogConfig selects the level and format of structured logs.
type LogConfig struct {
	Level  string `toml:"level"`
	Format string `toml:"format"`
}

// DefaultLogConfig logs at info level as human-readable text.
func DefaultLogConfig() LogConfig {
	return LogConfig{Level: "info", Format: LogFormatText}
}

// ParseLogLevel maps a level name (trace, debug, info, warn, error, crit) to
// its slog level. go-ethereum's extra levels are accepted so that one flag
// controls the logs of go-ethereum packages (rpc, simulated backend) too.
func ParseLogLevel(s string) (slog.Level, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "trace":
		return gethlog.LevelTrace, nil
	case "debug":
		return slog.LevelDebug, nil
	case "info", "":
		return slog.LevelInfo, nil
	case "warn", "warning":
		return slog.LevelWarn, nil
	case "error":
		return slog.LevelError, nil
	case "crit":
		return gethlog.LevelCrit, nil
	}
	return 0, fmt.Errorf("unknown log level %q (want trace, debug, info, warn, error or crit)", s)
}

// Check reports whether the configuration is usable.
func (c LogConfig) Check() error {
	if _, err := ParseLogLevel(c.Level); err != nil {
		return err
	}
	switch c.Format {
	case LogFormatText, LogFormatJSON:
		return nil
	}
	return fmt.Errorf("unknown log format %q (want %s or %s)", c.Format, LogFormatText, LogFormatJSON)
}

// NewLogger builds the process logger and installs it as the default for both
// log/slog and go-ethereum's log package.
func NewLogger(c LogConfig, w io.Writer) (*slog.Logger, error) {
	if err := c.Check(); err != nil {
		return nil, err
	}
	level, _ := ParseLogLevel(c.Level)
	var h slog.Handler
	switch c.Format {
	case LogFormatJSON:
		h = gethlog.JSONHandlerWithLevel(w, level)
	default:
		h = gethlog.NewTerminalHandlerWithLevel(w, level, false)
	}
	logger := slog.New(h)
	slog.SetDefault(logger)
	gethlog.SetDefault(gethlog.NewLogger(h))
	return logger, nil
}
