#!/usr/bin/env bash
# Rebuilds a devnet's L2 state from its L1 alone: runs `nexus devnet --demo`
# until BATCHES (default 3) batches have settled on its embedded L1, then runs
# `nexus exodus sync` against that L1 (it checks the state root after every
# batch against the root NexusRollup stored, and fails on any difference),
# then stops the devnet. Prints the section of bench/results.md: batches and
# ops replayed, the sync's speed, and the root it agreed on.
#
#   BATCHES=3 bench/exodus-devnet.sh >> bench/results.md   (make bench-exodus-devnet)
#
# Settlement needs the wrap keys: NEXUS_KEYS (default ~/.cache/nexus/keys);
# with an empty cache the devnet sets them up first (about 5 minutes). The
# devnet stops at GUARD (default 60m) whatever happened. Extra arguments go to
# `nexus devnet`. Logs: build/exodus-devnet.log and build/exodus-sync.log.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

batches="${BATCHES:-3}"
log=build/exodus-devnet.log
synclog=build/exodus-sync.log
mkdir -p build
make -s build >/dev/null
data="$(mktemp -d)"
exo="$(mktemp -d)"
devnet=
cleanup() {
  if [[ -n $devnet ]] && kill -0 "$devnet" 2>/dev/null; then
    kill -INT "$devnet" 2>/dev/null || true
    wait "$devnet" 2>/dev/null || true
  fi
  rm -rf "$data" "$exo"
}
trap cleanup EXIT

start=$(date +%s)
timeout --signal=INT --kill-after=60s "${GUARD:-60m}" \
  build/bin/nexus --datadir "$data" devnet --demo "$@" >"$log" 2>&1 &
devnet=$!

# Wait for the L1 URL and the deployment file in the banner, then for the
# settled batches.
l1= dep=
while :; do
  if ! kill -0 "$devnet" 2>/dev/null; then
    echo "exodus-devnet.sh: the devnet stopped before $batches batches settled (see $log)" >&2
    exit 1
  fi
  [[ -z $l1 ]] && l1="$(awk '/L1 \(JSON-RPC\)/ { print $3; exit }' "$log")"
  [[ -z $dep ]] && dep="$(awk '/deployment file/ { print $3; exit }' "$log")"
  settled=$(grep -c 'batch [0-9]* settled on L1:' "$log" || true)
  if [[ -n $l1 && -n $dep && $settled -ge $batches ]]; then break; fi
  sleep 5
done
settled_at=$(( $(date +%s) - start ))

# The sync talks to L1 only: the devnet's JSON-RPC endpoint and the deployment
# file, nothing of the sequencer.
if ! build/bin/nexus --datadir "$exo" exodus sync --l1.rpc "$l1" --l1.confirmations 0 \
  --deployment "$dep" --exodus.db "$exo/db" >"$synclog" 2>&1; then
  cat "$synclog" >&2
  exit 1
fi
l1batch=$(grep -c 'batch [0-9]* settled on L1:' "$log" || true)

awk -v settled="$l1batch" -v at="$settled_at" -v args="$*" -v want="$batches" '
/^synced to batch/ { line = $0; batch = $4; sub(/:$/, "", batch) }
/agrees with L1/ { root = $3 }
END {
  printf "\n## Exodus sync of a devnet run (`BATCHES=%d bench/exodus-devnet.sh%s`)\n\n", want, (args == "" ? "" : " " args)
  print "| measure | result |"
  print "|---|---|"
  printf "| batches settled on the devnet'"'"'s L1 when the sync ran (%d s after the start) | %d |\n", at, settled
  printf "| `nexus exodus sync` | %s |\n", line
  printf "| state root after the last batch, equal to NexusRollup'"'"'s | `%s` |\n", root
}' "$synclog"
