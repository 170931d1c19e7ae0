// Command constraints writes the recursion circuits' golden constraint
// counts: the aggregation circuit at K = 1, 2 and each variant (lever) of the
// wrap circuit, compiled for keys of stand-in circuits with the real keys'
// shapes (scripts/generate.d/47-recursion-golden.sh runs it; about 4 minutes
// and 10 GB).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/logger"
	"github.com/consensys/gnark/profile"

	"github.com/nexus-rollup/nexus/aggregator/recursion"
	"github.com/nexus-rollup/nexus/aggregator/recursion/standin"
)

func main() {
	out := flag.String("out", "aggregator/recursion/testdata/constraints.csv", "CSV to write")
	prof := flag.String("profile", "", "instead of the CSV, compile the production wrap circuit under gnark's constraint profiler and write the pprof file here (go tool pprof -top FILE)")
	flag.Parse()
	logger.Disable() // gnark logs each compilation

	var err error
	if *prof != "" {
		err = profileWrap(*prof)
	} else {
		err = run(*out)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "constraints:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	var blockVKs []groth16.VerifyingKey
	for k := 1; k <= 2; k++ {
		vk, err := setupVK(ecc.BLS12_377, standin.NewBlock(k))
		if err != nil {
			return err
		}
		blockVKs = append(blockVKs, vk)
	}
	aggVK, err := setupVK(ecc.BW6_761, &standin.Aggregation{})
	if err != nil {
		return err
	}
	aggVKCommitment, err := setupVK(ecc.BW6_761, &standin.Aggregation{Commitment: true})
	if err != nil {
		return err
	}
	b, err := recursion.GoldenCSV(blockVKs, aggVK, aggVKCommitment)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	return os.WriteFile(out, b, 0o644)
}

// profileWrap writes a constraint profile of the production wrap circuit:
// which gadgets its constraints come from.
func profileWrap(path string) error {
	aggVK, err := setupVK(ecc.BW6_761, &standin.Aggregation{})
	if err != nil {
		return err
	}
	c, err := recursion.NewWrap(aggVK)
	if err != nil {
		return err
	}
	p := profile.Start(profile.WithPath(path))
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	p.Stop()
	if err != nil {
		return err
	}
	fmt.Printf("wrap: %d constraints; profile in %s\n", ccs.GetNbConstraints(), path)
	return nil
}

func setupVK(curve ecc.ID, c frontend.Circuit) (groth16.VerifyingKey, error) {
	ccs, err := frontend.Compile(curve.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		return nil, err
	}
	_, vk, err := groth16.Setup(ccs)
	return vk, err
}
