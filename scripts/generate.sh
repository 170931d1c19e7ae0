#!/usr/bin/env bash
# Regenerates every generated artefact of the repository.
#
#   scripts/generate.sh            write into the work tree (make generate)
#   scripts/generate.sh --check    write into a temporary copy and fail on any
#                                  difference from the committed files
#                                  (make check-generate)
#
# Each generator is a script in scripts/generate.d, run in name order with
# OUT_ROOT set to the directory it must write under (mirroring repository
# paths). A generator that owns a whole directory appends its path to
# $OUT_ROOT/.owned so that stale files left in the work tree are caught too.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:$PATH"
export FORGE="$ROOT/node_modules/.bin/forge"

check=0
[[ "${1:-}" == "--check" ]] && check=1

if ((check)); then
  OUT_ROOT="$(mktemp -d)"
  trap 'rm -rf "$OUT_ROOT"' EXIT
else
  OUT_ROOT="$ROOT"
fi
export OUT_ROOT
rm -f "$OUT_ROOT/.owned"

for gen in scripts/generate.d/*.sh; do
  echo ">> generate: ${gen#scripts/generate.d/}"
  bash "$gen"
done

if ((check)); then
  fail=0
  while IFS= read -r f; do
    f="${f#./}"
    if [[ ! -f "$ROOT/$f" ]]; then
      echo "check-generate: $f is generated but not committed" >&2
      fail=1
    elif ! cmp -s "$OUT_ROOT/$f" "$ROOT/$f"; then
      echo "check-generate: $f differs from what make generate produces:" >&2
      diff -u "$ROOT/$f" "$OUT_ROOT/$f" | head -40 >&2 || true
      fail=1
    fi
  done < <(cd "$OUT_ROOT" && find . -type f ! -name .owned | sort)
  if [[ -f "$OUT_ROOT/.owned" ]]; then
    while IFS= read -r dir; do
      while IFS= read -r f; do
        f="${f#./}"
        if [[ ! -f "$OUT_ROOT/$dir/$f" ]]; then
          echo "check-generate: $dir/$f is committed but no generator produces it" >&2
          fail=1
        fi
      done < <(cd "$ROOT/$dir" && find . -type f | sort)
    done < <(sort -u "$OUT_ROOT/.owned")
  fi
  if ((fail)); then
    echo "check-generate: generated files are out of date: run 'make generate' and commit the result" >&2
    exit 1
  fi
  echo "check-generate: all generated files are up to date"
else
  rm -f "$OUT_ROOT/.owned"
fi
