#!/usr/bin/env bash
# Golden constraint counts of the recursion circuits (aggregator/recursion):
# the aggregation circuit at K = 1, 2 and each lever of the wrap circuit.
# About 4 minutes and 11 GB: the wrap is compiled once per variant.
set -euo pipefail
go run ./aggregator/recursion/cmd/constraints -out "$OUT_ROOT/aggregator/recursion/testdata/constraints.csv"
