// Command constraints writes the golden CSV of the demo models' constraint
// counts (scripts/generate.d/40-inference-golden.sh runs it). With -profile
// it instead compiles one model under gnark's constraint profiler and writes
// a pprof file of where its constraints come from:
//
//	go run ./prover/circuit/cmd/constraints -profile prover/model/testdata/mlp.nxm -pprof mlp.pprof
//	go tool pprof -sample_index=constraints -top -cum mlp.pprof
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/consensys/gnark/logger"
	"github.com/consensys/gnark/profile"

	"github.com/nexus-rollup/nexus/prover/circuit"
	"github.com/nexus-rollup/nexus/prover/model"
)

func main() {
	models := flag.String("models", "prover/model/testdata", "directory of the demo models")
	out := flag.String("out", "prover/circuit/testdata/constraints.csv", "CSV to write")
	prof := flag.String("profile", "", "a model (.nxm) to profile instead of writing the CSV")
	pprofOut := flag.String("pprof", "constraints.pprof", "with -profile: the pprof file to write")
	flag.Parse()
	logger.Disable() // gnark logs each compilation

	var err error
	if *prof != "" {
		err = profileModel(*prof, *pprofOut)
	} else {
		err = writeCSV(*models, *out)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "constraints:", err)
		os.Exit(1)
	}
}

func writeCSV(models, out string) error {
	b, err := circuit.GoldenCSV(models)
	if err == nil {
		err = os.MkdirAll(filepath.Dir(out), 0o755)
	}
	if err == nil {
		err = os.WriteFile(out, b, 0o644)
	}
	return err
}

func profileModel(path, out string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	m, err := model.Decode(b)
	if err != nil {
		return err
	}
	p := profile.Start(profile.WithPath(out))
	ccs, err := circuit.Compile(m)
	p.Stop()
	if err != nil {
		return err
	}
	fmt.Printf("%s: %d constraints, %d wires; profile in %s\n", m.Name, ccs.GetNbConstraints(),
		ccs.GetNbInternalVariables()+ccs.GetNbSecretVariables()+ccs.GetNbPublicVariables(), out)
	return nil
}
