#!/usr/bin/env bash
# Appends the services section of bench/results.md:
#  - the sequencer over HTTP JSON-RPC: signed transfers acknowledged (each
#    persisted, synced, before its answer) and sealed into batches per
#    second, from 32 concurrent clients;
#  - RPC latency at a fixed 1,000 requests/s (open loop; half signed
#    transfers, half account reads) while the sealing loop runs;
#  - job latency, submit -> verified result, from `nexus devnet --demo
#    --devnet.settle=false` run for DEMO_SECONDS (default 90);
#  - job latency, submit -> settled on L1, from make e2e's devnet log
#    (E2E_DEVNET_LOG, default build/test-logs/e2e-devnet.log), if present.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

cmd='go test ./sequencer -run ^$ -bench RPC -benchtime 5000x -count 1'
out="$($cmd 2>&1)"
metric() { # metric BENCHMARK UNIT
  grep "^Benchmark$1" <<<"$out" | grep -oE "[0-9.]+ $2" | head -1 | awk '{print $1}'
}

bin="$(mktemp -d)/nexus"
go build -o "$bin" ./node/cmd/nexus
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
data="$(mktemp -d)"
secs="${DEMO_SECONDS:-90}"
demo="$(timeout -s INT "$secs" "$bin" devnet --datadir "$data" --demo --devnet.settle=false --log.level error \
  --devnet.l1-addr "127.0.0.1:$(port)" --http.addr "127.0.0.1:$(port)" 2>/dev/null || true)"
rm -rf "$data"
lat="$(grep -oE 'proven by prover [0-9]+ in [0-9.]+(ms|s)' <<<"$demo" | awk '{v=$NF; if (v ~ /ms$/) {sub(/ms/,"",v); v/=1000} else sub(/s/,"",v); print v}' | sort -n)"
n="$(grep -c . <<<"$lat" || true)"
pick() { awk -v p="$1" '{a[NR]=$1} END {if (NR==0) {print "-"; exit}; i=int(p*(NR-1))+1; print a[i] " s"}' <<<"$lat"; }

e2e_log="${E2E_DEVNET_LOG:-build/test-logs/e2e-devnet.log}"
settled="-"
if [ -s "$e2e_log" ]; then
  settled="$(grep -oE 'demo: job [0-9]+ settled on L1 in batch [0-9]+, [0-9hms]+ after submission' "$e2e_log" |
    sed -E 's/demo: (job [0-9]+) settled on L1 in (batch [0-9]+), ([0-9hms]+) after submission/\3 (\1, \2)/' |
    paste -sd ';' - | sed 's/;/; /g')"
  [ -n "$settled" ] || settled="- (no settled demo job in $e2e_log)"
fi

cat <<MD
## Services (sequencer RPC, job latency)

Command: \`$cmd\` (a real sequencer in \`nexus sequencer\`'s default shape: production depths
24/4/24/12, batches of B = 16 with block-circuit witnesses recorded, leveldb, the L1 watcher on a
simulated chain, served over HTTP; 128 funded accounts). \`go test ./rollup -run ^\$ -bench
SealWithWitness -benchtime 5000x\` gives the sealing alone.

| measurement | result | target |
|---|---|---|
| signed transfers acknowledged over RPC (32 clients; each signature checked and the op persisted, synced, before its answer) | $(metric RPCSendOp acked-ops/s) ops/s | > 5,000 ops/s (DESIGN.md: executed and persisted; see rollup above) |
| the same ops sealed into batches (witnesses recorded) | $(metric RPCSendOp sealed-ops/s) ops/s | > 5,000 ops/s |
| CPU time per op, admission and sealing (the process's user + system time / ops; 2 cores / it bounds the rate) | $(metric RPCSendOp cpu-µs/op) µs | < 400 µs (5,000 ops/s on 2 cores) |
| RPC latency at 1,000 requests/s (achieved $(metric RPCLatencyAt1000rps req/s) req/s): p50 / p99 / max | $(metric RPCLatencyAt1000rps p50-ms) / $(metric RPCLatencyAt1000rps p99-ms) / $(metric RPCLatencyAt1000rps max-ms) ms | p99 < 20 ms |
| job latency, submit -> verified result (\`nexus devnet --demo --devnet.settle=false\`, ${secs} s, $n jobs, MNIST MLP, 2 provers, batch timeout 5 s): p50 / p90 / max | $(pick 0.5) / $(pick 0.9) / $(pick 1) | |
| job latency, submit -> settled on L1 (make e2e's \`nexus devnet --demo\`: demo shape, block + aggregation + wrap proofs on 2 cores) | $settled | |

MD
