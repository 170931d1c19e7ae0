#!/usr/bin/env bash
# Solidity Poseidon2 (BLS12-377 Fr) and its test vectors from the Go state tree.
set -euo pipefail
go run ./tools/genposeidon2 -out "$OUT_ROOT"
