#!/usr/bin/env bash
# make bench-inference: inference proofs side by side. Builds the circom MLP
# (same quantized weights as prover/model/testdata/mlp.nxm), sets it up and
# proves it with snarkjs Groth16, then proves the same digit with Nexus's
# gnark circuits and prints the markdown section on stdout (progress on
# stderr). The powers of tau (universal, not counted as setup) are cached
# in build/bench/inference.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:$PATH"
W=build/bench/inference
RUNS="${BENCH_RUNS:-10}"
SNARKJS_RUNS="${BENCH_SNARKJS_RUNS:-5}"
mkdir -p "$W"
log() { echo ">> bench-inference: $*" >&2; }
now() { date +%s.%N; }
since() { awk -v a="$(now)" -v b="$1" 'BEGIN { printf "%.2f", a - b }'; }

go run ./bench/inference prepare -dir "$W"

log "circom2: compiling the MLP"
t0=$(now)
circom2 "$W/mlp_main.circom" --r1cs --wasm -l . -o "$W" > "$W/circom.log"
compile_s=$(since "$t0")
constraints=$(snarkjs r1cs info "$W/mlp_main.r1cs" | sed -n 's/.*# of Constraints: *\([0-9]*\).*/\1/p')
[[ -n "$constraints" ]] || { echo "could not read the circom constraint count" >&2; exit 1; }

power=16
while (( (1 << power) < constraints + 12 )); do power=$((power + 1)); done
ptau="$W/pot${power}_final.ptau"
if [[ ! -f $ptau ]]; then
  log "snarkjs: powers of tau 2^$power (one-off, cached)"
  snarkjs powersoftau new bn128 "$power" "$W/pot${power}_0.ptau" >&2
  snarkjs powersoftau contribute "$W/pot${power}_0.ptau" "$W/pot${power}_1.ptau" --name=bench -e="nexus bench entropy" >&2
  snarkjs powersoftau prepare phase2 "$W/pot${power}_1.ptau" "$ptau" >&2
  rm -f "$W/pot${power}_0.ptau" "$W/pot${power}_1.ptau"
fi

log "snarkjs: Groth16 setup"
t0=$(now)
snarkjs groth16 setup "$W/mlp_main.r1cs" "$ptau" "$W/mlp_0.zkey" > /dev/null
snarkjs zkey contribute "$W/mlp_0.zkey" "$W/mlp.zkey" --name=bench -e="nexus bench zkey entropy" > /dev/null
snarkjs zkey export verificationkey "$W/mlp.zkey" "$W/vk.json" > /dev/null
setup_s=$(since "$t0")
printf '{"constraints": %d, "compile_s": %s, "setup_s": %s, "ptau_power": %d}\n' \
  "$constraints" "$compile_s" "$setup_s" "$power" > "$W/circom.json"

log "snarkjs: proving ($SNARKJS_RUNS runs after a warm-up)"
node bench/inference/snarkjs_prove.js "$W/mlp_main_js/mlp_main.wasm" "$W/mlp.zkey" "$W/input.json" "$W/vk.json" "$SNARKJS_RUNS" > "$W/snarkjs.json"

log "gnark: setup and proving"
go run ./bench/inference report -dir "$W" -runs "$RUNS"
