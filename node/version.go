package node

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

// gitVersion is set at link time by `make build` (git describe).
var gitVersion = ""

// Version reports the build's version: the linker-set git description when
// built by make, else the module version or VCS revision that go build embeds.
func Version() string {
	if gitVersion != "" {
		return gitVersion
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "-dirty"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev == "" {
		return "dev"
	}
	return rev + dirty
}

// VersionInfo is the multi-line text printed by `nexus version`.
func VersionInfo() string {
	return fmt.Sprintf("nexus %s\ngo %s %s/%s\n", Version(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
}
