#!/usr/bin/env bash
# Appends the settlement section of bench/results.md:
#  - the aggregation circuit's compile, setup and prove at K = 4 and 16 (64
#    extrapolated linearly in the constraint count), from the heavy
#    aggregation test;
#  - the real pipeline's stage times and gas, from make e2e's log;
#  - submitBatch gas per batch and per inference at K = 4, 16, 64 next to
#    verifying one Groth16 proof per inference, from the real verifier's gas
#    (make e2e) and forge's per-inference pubdata cost (GasTest).
#
# AGG_BENCH_LOG reuses an earlier run of the aggregation command under
# /usr/bin/time -v; E2E_LOG is make e2e's log (default build/test-logs/e2e.log).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

e2e_log="${E2E_LOG:-build/test-logs/e2e.log}"
if [ ! -s "$e2e_log" ]; then
  echo "bench/settle.sh: $e2e_log is missing: run make e2e first (it sets up and proves the real pipeline)" >&2
  exit 2
fi
aggcmd='go test -tags heavy -run Heavy_AggregationProve -timeout 120m -v ./aggregator/recursion/'
if [ -n "${AGG_BENCH_LOG:-}" ]; then agg="$(cat "$AGG_BENCH_LOG")"; else agg="$(NEXUS_AGG_K=4,16 /usr/bin/time -v $aggcmd 2>&1)"; fi
forge="$(node_modules/.bin/forge test --match-test test_submitBatch_gasPerInference_succeeds -vv 2>&1)"

bench() { grep -o "BENCH $1 [0-9]*" "$e2e_log" | head -1 | awk '{print $3}'; }
fnum() { grep "$1" <<<"$forge" | head -1 | awk '{print $NF}'; }
vtx="$(bench verifyProof_tx_gas)"
vcd="$(bench verifyProof_calldata_gas)"
b1="$(bench submitBatch_gas_anvil_batch1)"
b2="$(bench submitBatch_gas_anvil_batch2)"
s1="$(bench submitBatch_gas_simulated_batch1)"
s2="$(bench submitBatch_gas_simulated_batch2)"
empty="$(fnum 'submitBatch tx gas, empty batch, 384-byte proof, without verifier')"
perinf="$(fnum 'per inference: total')"
vexec=$((vtx - 21000 - vcd))
fixed=$((empty + vexec))

agg_rows="$(awk '
  /compile K=/ { match($0, /K=[0-9]+/); k = substr($0, RSTART + 2, RLENGTH - 2);
                 match($0, /[0-9]+ constraints/); c[k] = substr($0, RSTART, RLENGTH - 12); ks[++n] = k }
  /    heavy_test.go:[0-9]+: setup: /  { sub(/.*setup: /, ""); sub(/ \(.*/, ""); s[k] = $0 }
  /    heavy_test.go:[0-9]+: prove: /  { sub(/.*prove: /, ""); sub(/ \(.*/, ""); p[k] = $0 }
  END { for (i = 1; i <= n; i++) printf "| %s | %s | %s | %s |\n", ks[i], c[ks[i]], s[ks[i]], p[ks[i]] }
' <<<"$agg")"
# Constraints are affine in K: extrapolate K = 64 from the two measured points.
read -r k1 c1 k2 c2 < <(awk -F'|' 'NR==1{k1=$2;c1=$3} NR==2{print k1, c1, $2, $3}' <<<"$agg_rows" | tr -s ' ')
slope=$(( (c2 - c1) / (k2 - k1) ))
c64=$(( c2 + slope * (64 - k2) ))
# Setup and prove times, linear in the constraint count through the two points.
secs() { awk '{ t = 0; s = $0; if (match(s, /[0-9.]+h/)) { t += substr(s, RSTART, RLENGTH-1) * 3600 }
  if (match(s, /[0-9.]+m[0-9]/)) { t += substr(s, RSTART, RLENGTH-2) * 60 } else if (match(s, /[0-9.]+m$/)) { t += substr(s, RSTART, RLENGTH-1) * 60 }
  if (match(s, /[0-9.]+s$/) && !match(s, /ms$/)) { match(s, /[0-9.]+s$/); t += substr(s, RSTART, RLENGTH-1) }
  print t }' <<<"$1"; }
col() { awk -F'|' -v r="$1" -v c="$2" 'NR==r{gsub(/ /, "", $c); print $c}' <<<"$agg_rows"; }
extra() { awk -v a="$(secs "$(col 1 "$1")")" -v b="$(secs "$(col 2 "$1")")" -v c1="$c1" -v c2="$c2" -v c="$c64" \
  'BEGIN { v = b + (b - a) * (c - c2) / (c2 - c1); if (v >= 60) printf "~%.0f min", v / 60; else printf "~%.0f s", v }'; }
setup64="$(extra 4)"
prove64="$(extra 5)"
rss="$(grep 'Maximum resident' <<<"$agg" | awk '{printf "%.1f GiB", $6/1048576}')"

# WRAP_SETUP_LOG: a log of a run that set the wrap circuit up (make e2e's first
# run, or the heavy pipeline test) under /usr/bin/time -v.
wrap_setup="(no wrap setup log given: set WRAP_SETUP_LOG to a first run's log)"
if [ -n "${WRAP_SETUP_LOG:-}" ] && [ -s "$WRAP_SETUP_LOG" ]; then
  compiled="$(grep -o 'wrap of .* compiled in [0-9.ms]*' "$WRAP_SETUP_LOG" | head -1 | sed 's/.* compiled in //')"
  done_in="$(grep -o 'wrap of .*: done in [0-9hms.]*' "$WRAP_SETUP_LOG" | head -1 | sed 's/.*done in //')"
  peak="$(grep 'Maximum resident' "$WRAP_SETUP_LOG" | awk '{printf "%.1f GiB", $6/1048576}')"
  wrap_setup="wrap circuit: compile $compiled, dev setup $done_in, peak memory of the whole run $peak (proving key 4.8 GB on disk)"
fi
stages="$(grep -E 'batch [0-9]+ proven: block' "$e2e_log" | sed 's/.*batch/batch/' | head -2 | sed 's/^/- /')"
keys="$(grep -E 'keys ready in' "$e2e_log" | head -1 | sed 's/.*keys ready/keys ready/')"

cat <<MD
## Settlement: aggregation, wrap, L1

Aggregation circuit (BW6-761) folding K inference proofs and the block proof
(\`NEXUS_AGG_K=4,16 $aggcmd\`, stand-in inner circuits of the real shapes, 2 cores,
peak memory $rss):

| K | constraints | dev setup | prove |
|---|---|---|---|
$agg_rows
| 64 (extrapolated, not run) | $c64 | $setup64 | $prove64 |

$slope constraints per folded proof.

The real pipeline (make e2e: block depths 3/1/2/1, B = 4, C = 32, K = 2, a real inference
proof), from make e2e's log:

- $wrap_setup
- $keys
$stages

Gas on anvil (its default hardfork) with the verifier linked to the real wrap key; the
per-inference pubdata cost from forge's GasTest (K completed L2 inferences, SubmitJob +
LockJob + FulfillJob each). go-ethereum's simulated backend runs every fork up to Osaka and
beyond (\`params.AllDevChainProtocolChanges\`), whose storage repricing makes the same
transactions cost more there: $s1 and $s2 gas for the two batches.

| measurement | gas |
|---|---|
| verifying one wrap proof (verifyProof tx) | $vtx |
| of which the verifier's execution | $vexec |
| submitBatch, batch 1 of make e2e (3 priority ops) | $b1 |
| submitBatch, batch 2 of make e2e (1 inference + 1 withdrawal) | $b2 |
| fixed cost per batch (empty batch tx + verifier) | $fixed |
| marginal cost per inference | $perinf |

| K | submitBatch gas | per inference | verifying K proofs instead | reduction |
|---|---|---|---|---|
$(for k in 4 16 64; do
  total=$((fixed + k * perinf)); base=$((k * vtx))
  awk -v k=$k -v t=$total -v b=$base 'BEGIN{printf "| %d | %d | %d | %d | %.1f%% |\n", k, t, t/k, b, 100*(1-t/b)}'
done)

MD
