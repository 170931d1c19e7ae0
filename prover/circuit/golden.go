package circuit

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/nexus-rollup/nexus/prover/model"
)

// DemoModels are the committed demo models whose constraint counts are golden.
var DemoModels = []string{"mlp.nxm", "cnn.nxm"}

// GoldenCSV compiles every demo model in modelDir (baked weights, and the MLP
// with weights as witnesses) and returns the golden CSV of constraint counts.
func GoldenCSV(modelDir string) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString("model,variant,constraints,public_inputs\n")
	for _, f := range DemoModels {
		b, err := os.ReadFile(filepath.Join(modelDir, f))
		if err != nil {
			return nil, err
		}
		m, err := model.Decode(b)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		variants := []struct {
			name string
			opts []Option
		}{{"baked", nil}}
		if f == "mlp.nxm" {
			variants = append(variants, struct {
				name string
				opts []Option
			}{"weights-as-witness", []Option{WithWeightsAsWitness()}})
		}
		for _, v := range variants {
			ccs, err := Compile(m, v.opts...)
			if err != nil {
				return nil, err
			}
			fmt.Fprintf(&buf, "%s,%s,%d,%d\n", m.Name, v.name, ccs.GetNbConstraints(), ccs.GetNbPublicVariables()-1)
		}
	}
	return buf.Bytes(), nil
}
