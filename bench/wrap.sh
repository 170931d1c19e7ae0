#!/usr/bin/env bash
# Appends the wrap section of bench/results.md: the wrap circuit's
# constraints with and without each lever (the golden CSV that make generate
# writes), and from make e2e's log the key setup of every settlement circuit,
# the wrap's prove times and the run's peak memory. For the fresh-machine
# numbers run make e2e with an empty key cache first:
#
#   NEXUS_KEYS=$(mktemp -d) make e2e
#
# E2E_LOG is make e2e's log (default build/test-logs/e2e.log).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

e2e_log="${E2E_LOG:-build/test-logs/e2e.log}"
if [ ! -s "$e2e_log" ]; then
  echo "bench/wrap.sh: $e2e_log is missing: run make e2e first (NEXUS_KEYS=\$(mktemp -d) for a fresh key cache)" >&2
  exit 2
fi
csv=aggregator/recursion/testdata/constraints.csv

echo
echo "## Wrap circuit and settlement keys"
echo
echo "Constraints of each wrap variant (\`$csv\`, written by \`make generate\`; the wrap compiled for a"
echo "stand-in aggregation key of the real key's shape). Only the first row is ever set up. 2^23 = 8388608."
echo
echo "| variant | constraints |"
echo "|---|---|"
awk -F, '$1 == "wrap" { printf "| %s | %s |\n", $3, $4 }' "$csv"
echo
echo "From \`make e2e\`'s log (\`$e2e_log\`; 2 cores):"
echo
echo "| step | time | constraints |"
echo "|---|---|---|"
# "setup: NAME compiled in T: N constraints" and "setup: NAME: done in T, keys in DIR"
awk '
  /^setup: .* compiled in .*: [0-9]+ constraints/ {
    line = $0; sub(/^setup: /, "", line); name = line; sub(/ compiled in .*/, "", name)
    t = line; sub(/.* compiled in /, "", t); sub(/: .*/, "", t)
    n = line; sub(/.*: /, "", n); sub(/ constraints/, "", n)
    printf "| compile %s | %s | %s |\n", name, t, n
  }
  /^setup: .*: done in / {
    line = $0; sub(/^setup: /, "", line); name = line; sub(/: done in .*/, "", name)
    t = line; sub(/.*: done in /, "", t); sub(/, keys in .*/, "", t)
    printf "| dev setup %s | %s | |\n", name, t
  }
  /loaded verified keys from/ {
    line = $0; sub(/^setup: /, "", line); sub(/: loaded verified keys.*/, "", line)
    printf "| %s | loaded from the key cache | |\n", line
  }
' "$e2e_log"
grep -o 'batch [0-9]* proven: block [^,]*, aggregation [^,]*, wrap .*' "$e2e_log" | sed 's/^/- /' || true
rss="$(grep -o 'BENCH peak_rss_kib [0-9]*' "$e2e_log" | awk '{printf "%.1f GiB", $3/1048576}' | head -1)"
[ -n "$rss" ] && echo "- peak memory of the whole run (key setup and proving): $rss"
