// Command constraints writes the block circuit's golden constraint counts
// (scripts/generate.d/45-block-golden.sh runs it).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/consensys/gnark/logger"

	"github.com/nexus-rollup/nexus/aggregator/block"
)

func main() {
	out := flag.String("out", "aggregator/block/testdata/block_constraints.csv", "CSV to write")
	flag.Parse()
	logger.Disable() // gnark logs each compilation

	b, err := block.GoldenCSV()
	if err == nil {
		err = os.MkdirAll(filepath.Dir(*out), 0o755)
	}
	if err == nil {
		err = os.WriteFile(*out, b, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "constraints:", err)
		os.Exit(1)
	}
}
