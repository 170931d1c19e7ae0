#!/usr/bin/env bash
# Runs `nexus devnet --demo --demo.duration DURATION` (default 2h): jobs are
# submitted for DURATION, then the devnet waits until every one is settled on
# L1 and exits (at most DRAIN, default 30m, later). It prints the devnet
# section of bench/results.md: time to the first verified result and to the
# first settled batch, submit -> verified result and submit -> settled on L1
# (p50 / p90 / max), jobs submitted, proven and settled, and gas per
# inference, from the demo's own lines (each stamped with the time it was
# read).
#
#   DURATION=2h bench/devnet.sh >> bench/results.md       (make bench-devnet)
#
# The settlement keys come from NEXUS_KEYS (default ~/.cache/nexus/keys);
# with an empty cache the first settlement waits for their setup, which the
# section reports as time to first settlement. Extra arguments go to
# `nexus devnet` (e.g. a circuit shape). The raw log is kept in
# build/devnet-bench.log.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

duration="${DURATION:-2h}"
log=build/devnet-bench.log
mkdir -p build
make -s build >/dev/null
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT

# to_s converts a duration (2h, 1h30m, 45m, 90s) to seconds.
to_s() {
  local d=$1
  [[ $d =~ ^(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?$ && -n $d ]] || { echo "devnet.sh: bad duration $d" >&2; exit 2; }
  echo $(( ${BASH_REMATCH[2]:-0} * 3600 + ${BASH_REMATCH[4]:-0} * 60 + ${BASH_REMATCH[6]:-0} ))
}

start=$(date +%s.%N)
# The guard: past DURATION + DRAIN, timeout sends SIGINT and the devnet stops
# as on Ctrl-C with jobs unsettled (the section shows them).
timeout --signal=INT --kill-after=60s "$(( $(to_s "$duration") + $(to_s "${DRAIN:-30m}") ))s" \
  build/bin/nexus --datadir "$data" devnet --demo --demo.duration "$duration" "$@" 2>&1 |
  while IFS= read -r line; do printf '%s %s\n' "$(date +%s.%N)" "$line"; done >"$log" || true

awk -v start="$start" -v duration="$duration" -v args="$*" '
function dur(s,   v) { # 1m2.5s, 850ms, 3.2s, 1h2m3s -> seconds
  v = 0
  if (s ~ /ms$/) { sub(/ms$/, "", s); return s / 1000 }
  if (match(s, /[0-9.]+h/)) { v += substr(s, RSTART, RLENGTH - 1) * 3600 }
  if (match(s, /[0-9.]+m[^s]/) || match(s, /[0-9.]+m$/)) { t = substr(s, RSTART); sub(/m.*/, "", t); v += t * 60 }
  if (match(s, /[0-9.]+s$/)) { t = substr(s, RSTART, RLENGTH - 1); v += t }
  return v
}
function pct(a, n, p,   i, j, t, k) {
  for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
  k = int(p * n + 0.999999); if (k < 1) k = 1; if (k > n) k = n
  return a[k]
}
function fmt(s) { return s >= 60 ? sprintf("%dm%02ds", s / 60, s % 60) : sprintf("%.2fs", s) }
/demo: job [0-9]+ submitted/ { submitted++ }
/demo: done: / { done_at = $1 - start }
/demo: job [0-9]+ proven by prover/ {
  if (!first_result) first_result = $1 - start
  for (i = 1; i <= NF; i++) if ($i == "in") { r[++nr] = dur(substr($(i + 1), 1, length($(i + 1)) - 1)); break }
}
/demo: job [0-9]+ settled on L1 in batch/ {
  if (!first_settled) first_settled = $1 - start
  for (i = 1; i <= NF; i++) if ($i == "after") { s[++ns] = dur($(i - 1)); break }
}
/batch [0-9]+ settled on L1:/ {
  batches++
  for (i = 1; i <= NF; i++) if ($i == "inferences,") inf += $(i - 1)
  for (i = 1; i <= NF; i++) if ($i == "gas" && $(i - 1) == "submitBatch") { g = $(i + 1); gsub(/[^0-9]/, "", g); gas += g }
}
END {
  printf "\n## Devnet under --demo (`DURATION=%s bench/devnet.sh%s`)\n\n", duration, (args == "" ? "" : " " args)
  print "| measure | result |"
  print "|---|---|"
  printf "| jobs submitted / proven / settled on L1 | %d / %d / %d |\n", submitted, nr, ns
  printf "| every submitted job settled, devnet exited by itself | %s |\n", (done_at ? "yes, " fmt(done_at) " after the start" : "no: stopped by the guard")
  printf "| time to first verified result (from the command) | %s |\n", (first_result ? fmt(first_result) : "none")
  printf "| time to first settled job (key setup included when the cache is empty) | %s |\n", (first_settled ? fmt(first_settled) : "none")
  if (nr) printf "| submit -> verified result, p50 / p90 / max | %s / %s / %s |\n", fmt(pct(r, nr, .5)), fmt(pct(r, nr, .9)), fmt(pct(r, nr, 1))
  if (ns) printf "| submit -> settled on L1, p50 / p90 / max | %s / %s / %s |\n", fmt(pct(s, ns, .5)), fmt(pct(s, ns, .9)), fmt(pct(s, ns, 1))
  if (inf) printf "| batches settled; submitBatch gas per inference (all batches) | %d; %d |\n", batches, gas / inf
  printf "\nLoad at the end: %s\n", load
}' load="$(cut -d' ' -f1-3 /proc/loadavg)" "$log"
