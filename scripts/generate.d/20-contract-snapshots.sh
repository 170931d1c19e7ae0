#!/usr/bin/env bash
# Contract snapshots (as Optimism's check-snapshots): the storage layout of every
# deployable contract, normalised to label/slot/offset/bytes/type so that AST ids
# do not churn, and forge's gas snapshot of the unit and fuzz tests (fixed fuzz
# seed; invariant campaigns excluded: too long for every generate).
set -euo pipefail
dir="$OUT_ROOT/contracts/snapshots"
mkdir -p "$dir/storage"
for c in NexusRollup ProverRegistry ModelRegistry; do
  "$FORGE" inspect "$c" storageLayout --json 2>/dev/null | node -e '
    const j = JSON.parse(require("fs").readFileSync(0, "utf8"));
    const types = j.types || {};
    const out = (j.storage || []).map(s => ({
      label: s.label, slot: s.slot, offset: s.offset,
      bytes: types[s.type] ? types[s.type].numberOfBytes : "",
      type: (types[s.type] ? types[s.type].label : s.type).replace(/\)[0-9]+/g, ")"),
    }));
    process.stdout.write(JSON.stringify(out, null, 2) + "\n");
  ' >"$dir/storage/$c.json"
done
FOUNDRY_PROFILE=default "$FORGE" snapshot --no-match-path 'contracts/test/invariants/*' --no-match-test '^testFuzz' \
  --snap "$dir/gas-snapshot" >/dev/null
echo contracts/snapshots >>"$OUT_ROOT/.owned"
