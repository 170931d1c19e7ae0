// Command trainmodels trains the demo models on MNIST (seeded, deterministic),
// quantizes them and writes <out>/{mlp,cnn}.nxm and the float models as
// <out>/{mlp,cnn}.onnx. `make models`
// runs it; the outputs are committed so tests and the devnet need no training.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/nexus-rollup/nexus/prover/model"
	"github.com/nexus-rollup/nexus/prover/model/mnist"
	"github.com/nexus-rollup/nexus/prover/model/onnximport"
	"github.com/nexus-rollup/nexus/prover/model/train"
)

func main() {
	out := flag.String("out", "prover/model/testdata", "output directory")
	only := flag.String("only", "", "train only this model (mlp or cnn)")
	flag.Parse()
	if err := run(*out, *only); err != nil {
		fmt.Fprintln(os.Stderr, "trainmodels:", err)
		os.Exit(1)
	}
}

func run(out, only string) error {
	trainSet, testSet, err := mnist.Default()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for _, d := range []struct {
		file string
		fm   *model.FloatModel
	}{{"mlp.nxm", train.MLP()}, {"cnn.nxm", train.CNN()}} {
		if only != "" && d.file != only+".nxm" {
			continue
		}
		start := time.Now()
		cfg := train.DefaultConfig()
		cfg.LogEpochs = func(e int, loss float64) { fmt.Printf("  %s epoch %d loss %.4f\n", d.fm.Name, e+1, loss) }
		if err := train.Fit(d.fm, trainSet.Floats(), trainSet.Labels, cfg); err != nil {
			return err
		}
		// Calibrate on 500 training digits: the held-out split stays unseen.
		m, err := model.Quantize(d.fm, trainSet.Slice(0, 500).Floats(), 1.0/255)
		if err != nil {
			return err
		}
		agr, err := model.Compare(d.fm, m, testSet.Floats(), testSet.Labels)
		if err != nil {
			return err
		}
		b, err := m.Encode()
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, d.file), b, 0o644); err != nil {
			return err
		}
		// The float model as ONNX too, so `nexus model import` has a real
		// input to convert (and the import path is exercised end to end).
		ob, err := onnximport.Export(d.fm)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, strings.TrimSuffix(d.file, ".nxm")+".onnx"), ob, 0o644); err != nil {
			return err
		}
		h, _ := m.Hash()
		fmt.Printf("%s: %s (%d params, %d bytes, sha256 %x) in %s\n  held-out %d digits: %s\n",
			d.file, m.Name, m.ParamCount(), len(b), h[:8], time.Since(start).Round(time.Second), testSet.Len(), agr)
	}
	return nil
}
