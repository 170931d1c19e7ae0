#!/usr/bin/env bash
# make bench-transformer: the real-size transformer of
# prover/model/onnximport/testdata/transformer (two single-head attention
# blocks, 16 tokens, width 32) imported from ONNX, quantized, then set up
# and proven with Groth16 on BLS12-377. Prints the markdown section on
# stdout (progress on stderr).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
RUNS="${BENCH_TRANSFORMER_RUNS:-3}"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
echo ">> bench-transformer: setup and $RUNS proofs" >&2
go test ./prover/model/onnximport -run '^$' -bench '^BenchmarkTransformer$' -benchtime "${RUNS}x" -timeout 30m | tee "$out" >&2
line=$(grep '^BenchmarkTransformer' "$out")
metric() { awk -v k="$1" '{ for (i = 2; i < NF; i++) if ($(i+1) == k) print $i }' <<< "$line"; }
ns=$(metric ns/op)
constraints=$(metric constraints)
params=$(metric params)
agree=$(metric argmax-agreement)
err=$(metric max-rel-error)
setup=$(metric setup-s)
cpu=$(metric cpu-s/op)
load=$(cut -d' ' -f1-3 /proc/loadavg)
detail=$(grep 'transformer_bench:' "$out" | tail -1 | sed 's/^ *transformer_bench_test.go:[0-9]*: //')
cat <<MD

## A small transformer, proven

($(date -u +%Y-%m-%d), $(nproc) cores, load average $load at the end; \`BenchmarkTransformer\`, $RUNS proofs after
the setup. Wall time depends on what else runs; CPU time per proof (proof and verification)
divided by the cores is the time on an idle machine, if the prover kept every core busy.)

\`prover/model/onnximport/testdata/transformer/transformer_bench.onnx\`: trained here by
\`make_transformer.py\` (torch 1.13, \`torch.onnx.export\` opset 17, unedited), float references
from onnxruntime-node; 200 calibration and 200 held-out sequences.

| parameters | constraints | per parameter | setup | prove (wall) | prove (CPU) | argmax vs onnxruntime (held out) | max dequantized error |
|---:|---:|---:|---:|---:|---:|---:|---:|
| $params | $constraints | $(awk -v c="$constraints" -v p="$params" 'BEGIN { printf "%.1f", c / p }') | $(awk -v s="$setup" 'BEGIN { printf "%.1f s", s }') | $(awk -v n="$ns" 'BEGIN { printf "%.2f s", n / 1e9 }') | $(awk -v c="$cpu" 'BEGIN { printf "%.1f s", c }') | $(awk -v a="$agree" 'BEGIN { printf "%.1f%%", 100 * a }') | $(awk -v e="$err" 'BEGIN { printf "%.1f%% of range", 100 * e }') |

$detail
MD
