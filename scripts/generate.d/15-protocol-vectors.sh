#!/usr/bin/env bash
# Shared L1/L2 protocol test vectors (docs/protocol.md) from the Go reference in
# rollup/protocol, and the exodus exit vector from the Go state tree. Forge
# (contracts/test/Pubdata.t.sol, Exodus.t.sol) and Go test against them.
set -euo pipefail
mkdir -p "$OUT_ROOT/testdata/protocol"
if ! out="$(go test ./rollup/protocol -run '^Test(Exit)?Vectors$' -count=1 -args -update -dir "$OUT_ROOT/testdata/protocol" 2>&1)"; then
  echo "$out" >&2
  exit 1
fi
echo testdata/protocol >>"$OUT_ROOT/.owned"
