// Command constraints writes the golden CSV of the demo models' constraint
// counts (scripts/generate.d/40-inference-golden.sh runs it).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/consensys/gnark/logger"

	"github.com/nexus-rollup/nexus/prover/circuit"
)

func main() {
	models := flag.String("models", "prover/model/testdata", "directory of the demo models")
	out := flag.String("out", "prover/circuit/testdata/constraints.csv", "CSV to write")
	flag.Parse()
	logger.Disable() // gnark logs each compilation

	b, err := circuit.GoldenCSV(*models)
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
