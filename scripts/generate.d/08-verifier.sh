#!/usr/bin/env bash
# The batch verifier template: gnark's Solidity export for a placeholder wrap
# key (l1/verifier), linked to the real key at deploy time.
set -euo pipefail
out="$OUT_ROOT/contracts/src/Verifier.sol"
go run ./l1/verifier/cmd/genverifier -out "$out"
"$FORGE" fmt "$out" >/dev/null
