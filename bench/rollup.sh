#!/usr/bin/env bash
# Appends the L2 protocol section of bench/results.md: executor throughput
# (signed transfers executed and persisted, synced, at devnet depths), Merkle
# update cost, and the block-circuit gadget constraint costs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

cmd='go test ./rollup ./rollup/smt -run ^$ -bench . -benchtime 5000x -count 3'
out="$($cmd 2>&1)"
best() { # best ops/s of the three runs of benchmark $1
  grep "^$1" <<<"$out" | grep -oE '[0-9.]+ ops/s' | sort -n | tail -1
}
cpuop() { # least CPU time per op of the three runs of benchmark $1
  grep "^$1" <<<"$out" | grep -oE '[0-9.]+ cpu-µs/op' | sort -n | head -1
}
nsop() {
  grep "^$1" <<<"$out" | awk '{print $3}' | sort -n | head -1
}
cat <<MD
## L2 protocol (rollup/)

Command: \`$cmd\`

| measurement | result | target |
|---|---|---|
| signed transfers executed + persisted (synced leveldb batch per 512 ops, depths 24/4/24/12) | $(best BenchmarkExecutorTransfers) | > 5,000 ops/s |
| signed transfers sealed with the block circuit's witness (batches of B = 16, synced write each, depths 24/4/24/12) | $(best BenchmarkSealWithWitness); $(cpuop BenchmarkSealWithWitness) | > 5,000 ops/s (sequencer) |
| one sparse-Merkle leaf update, depth 24, eager root | $(nsop BenchmarkSetDepth24) ns | |

Block-circuit gadget costs (BLS12-377 R1CS, \`aggregator/block/testdata/gadget_costs.csv\`):

| gadget | constraints |
|---|---|
$(tail -n +2 aggregator/block/testdata/gadget_costs.csv | sed 's/,/ | /; s/^/| /; s/$/ |/')

SHA-256 of the pubdata costs fewer constraints than keccak-256 at the same length, so the
header keeps SHA-256 (DESIGN.md §3).

MD
