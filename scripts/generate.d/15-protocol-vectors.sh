#!/usr/bin/env bash
# Shared L1/L2 protocol test vectors (docs/protocol.md), from the Go reference
# in l1/protocol. Forge (contracts/test/Pubdata.t.sol) and Go test against them.
set -euo pipefail
go test ./l1/protocol -run '^Test(Exit)?Vectors$' -count=1 -args -update -dir "$OUT_ROOT/testdata/protocol" >/dev/null
echo testdata/protocol >>"$OUT_ROOT/.owned"
