// Command genverifier writes contracts/src/Verifier.sol, the batch verifier
// template (see package l1/verifier). Run by make generate.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/consensys/gnark/logger"

	"github.com/nexus-rollup/nexus/l1/verifier"
)

func main() {
	out := flag.String("out", "contracts/src/Verifier.sol", "file to write")
	flag.Parse()
	logger.Disable()
	var b bytes.Buffer
	if err := verifier.Template(&b); err != nil {
		fmt.Fprintln(os.Stderr, "genverifier:", err)
		os.Exit(1)
	}
	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "genverifier:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, b.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "genverifier:", err)
		os.Exit(1)
	}
}
