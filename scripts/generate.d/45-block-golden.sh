#!/usr/bin/env bash
# Golden constraint counts of the block circuit (aggregator/block).
set -euo pipefail
go run ./aggregator/block/cmd/constraints -out "$OUT_ROOT/aggregator/block/testdata/block_constraints.csv"
