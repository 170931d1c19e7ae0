#!/usr/bin/env bash
# Golden constraint counts of the demo inference circuits (prover/circuit).
set -euo pipefail
go run ./prover/circuit/cmd/constraints -models prover/model/testdata \
  -out "$OUT_ROOT/prover/circuit/testdata/constraints.csv"
