package node

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"
)

func TestNewLoggerFormats(t *testing.T) {
	var buf bytes.Buffer
	logger, err := NewLogger(LogConfig{Level: "info", Format: LogFormatJSON}, &buf)
	if err != nil {
		t.Fatal(err)
	}
	logger.Info("batch sealed", "batch", 7)
	logger.Debug("hidden")
	var rec map[string]any
	if err := json.Unmarshal(bytes.TrimSpace(buf.Bytes()), &rec); err != nil {
		t.Fatalf("json log line does not parse: %v: %q", err, buf.String())
	}
	if rec["msg"] != "batch sealed" || rec["batch"] != float64(7) {
		t.Fatalf("unexpected record %v", rec)
	}

	buf.Reset()
	logger, err = NewLogger(LogConfig{Level: "debug", Format: LogFormatText}, &buf)
	if err != nil {
		t.Fatal(err)
	}
	logger.Debug("shown", "k", "v")
	if !strings.Contains(buf.String(), "shown") || !strings.Contains(buf.String(), "k=v") {
		t.Fatalf("text log: %q", buf.String())
	}
	t.Cleanup(func() { slog.SetDefault(slog.New(slog.NewTextHandler(&bytes.Buffer{}, nil))) })
}

func TestParseLogLevel(t *testing.T) {
	for _, s := range []string{"trace", "debug", "info", "INFO", "warn", "warning", "error", "crit", ""} {
		if _, err := ParseLogLevel(s); err != nil {
			t.Errorf("%q: %v", s, err)
		}
	}
	for _, s := range []string{"verbose", "5", "inf"} {
		if _, err := ParseLogLevel(s); err == nil {
			t.Errorf("%q: want an error", s)
		}
	}
	if _, err := NewLogger(LogConfig{Level: "x", Format: "text"}, &bytes.Buffer{}); err == nil {
		t.Error("NewLogger accepted a bad level")
	}
}
