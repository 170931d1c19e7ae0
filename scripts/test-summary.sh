#!/usr/bin/env bash
# Sums up the logs of make test: one line per runner and a total in the
# 'N passed, N failed' form that CI reads.
set -euo pipefail
logs="${1:?usage: test-summary.sh LOGDIR}"
total_pass=0 total_fail=0 total_skip=0
line() { printf '  %-8s %5d passed, %d failed, %d skipped\n' "$1" "$2" "$3" "$4"; }

if [[ -f $logs/go.log ]]; then
  # gotestsum closes with "DONE 120 tests, 3 skipped, 1 failure in 9.1s".
  s=$( (grep -E '^DONE ' "$logs/go.log" || true) | tail -1)
  t=$(sed -nE 's/^DONE ([0-9]+) tests?.*/\1/p' <<<"$s"); t=${t:-0}
  k=$(grep -oE '[0-9]+ skipped' <<<"$s" | cut -d' ' -f1 || true); k=${k:-0}
  f=$( (grep -oE '[0-9]+ (failures?|errors?)' <<<"$s" || true) | awk '{n += $1} END {print n + 0}')
  line go $((t - k - f)) "$f" "$k"
  total_pass=$((total_pass + t - k - f)); total_fail=$((total_fail + f)); total_skip=$((total_skip + k))
fi
if [[ -f $logs/forge.log ]]; then
  s=$( (grep -E 'tests passed, [0-9]+ failed' "$logs/forge.log" || true) | tail -1)
  p=$(sed -E 's/.*: ([0-9]+) tests passed.*/\1/' <<<"$s"); p=${p:-0}
  f=$(sed -E 's/.* ([0-9]+) failed.*/\1/' <<<"$s"); f=${f:-0}
  k=$(sed -E 's/.* ([0-9]+) skipped.*/\1/' <<<"$s"); k=${k:-0}
  line forge "$p" "$f" "$k"
  total_pass=$((total_pass + p)); total_fail=$((total_fail + f)); total_skip=$((total_skip + k))
fi
for log in "$logs"/*.tap.log "$logs"/tools.log; do
  [[ -f $log ]] || continue
  p=$(sed -nE 's/^# pass ([0-9]+)/\1/p' "$log" | tail -1); p=${p:-0}
  f=$(sed -nE 's/^# fail ([0-9]+)/\1/p' "$log" | tail -1); f=${f:-0}
  k=$(sed -nE 's/^# skipped ([0-9]+)/\1/p' "$log" | tail -1); k=${k:-0}
  line "$(basename "$log" .log)" "$p" "$f" "$k"
  total_pass=$((total_pass + p)); total_fail=$((total_fail + f)); total_skip=$((total_skip + k))
done
echo "summary: $total_pass passed, $total_fail failed, $total_skip skipped"
