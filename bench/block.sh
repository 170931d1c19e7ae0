#!/usr/bin/env bash
# Appends the block-circuit section of bench/results.md: one inference batch
# (16 ops: 4 transfers and 4 jobs submitted, locked and fulfilled) proven at
# devnet parameters (depths 24/4/24/12, B = 16, C = 64, K = 8), with the
# compile and dev-setup times, and the golden per-slot sizes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

cmd='go test ./aggregator/block -run ^$ -bench BenchmarkBlockProve -benchtime 1x -timeout 90m'
# BLOCK_BENCH_LOG reuses the output of an earlier run of the same command
# under /usr/bin/time -v (the benchmark takes ~12 minutes on 2 cores).
if [ -n "${BLOCK_BENCH_LOG:-}" ]; then out="$(cat "$BLOCK_BENCH_LOG")"; else out="$(/usr/bin/time -v $cmd 2>&1)"; fi
line="$(grep '^BenchmarkBlockProve' <<<"$out")"
metric() { awk -v m="$1" '{for (i = 2; i < NF; i++) if ($(i+1) == m) print $i}' <<<"$line"; }
rss="$(grep 'Maximum resident' <<<"$out" | awk '{printf "%.1f GiB", $6/1048576}')"
cat <<MD
## Block circuit (aggregator/block)

Command: \`$cmd\` (2 cores)

| measurement | result |
|---|---|
| constraints, B = 16 at devnet depths | $(metric constraints) |
| compile | $(metric compile-s) s |
| Groth16 dev setup | $(metric setup-s) s |
| prove one batch of 16 ops | $(awk -v n="$(metric ns/op)" 'BEGIN{printf "%.1f s", n/1e9}') |
| peak memory (compile + setup + prove) | $rss |

Constraints per op slot (every op type uses the same slot), from
\`aggregator/block/testdata/block_constraints.csv\`:

| measure | constraints |
|---|---|
$(tail -n +2 aggregator/block/testdata/block_constraints.csv | sed 's/,/ | /; s/^/| /; s/$/ |/')

MD
