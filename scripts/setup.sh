#!/usr/bin/env bash
# make setup: installs everything Nexus needs on a fresh machine from the Go
# module proxy and the npm registry only. Re-running is fast and idempotent:
# npm runs only when package-lock.json changed since the last install.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

need_go="1.26"
need_node=18

step() { printf '>> %s\n' "$*"; }
die() { printf 'setup: %s\n' "$*" >&2; exit 1; }

# --- Go -----------------------------------------------------------------------
command -v go >/dev/null || die "Go $need_go or newer is required (https://go.dev/dl); not found on PATH"
gov="$(go env GOVERSION)"; gov="${gov#go}"
if [[ "$(printf '%s\n%s\n' "$need_go" "$gov" | sort -V | head -1)" != "$need_go" ]]; then
  die "Go $need_go or newer is required, found $gov"
fi

# --- Node.js (runs solcjs and npm) --------------------------------------------
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    step "installing nodejs and npm from Debian"
    apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
  else
    die "Node.js $need_node+ and npm are required (they run solcjs and install Foundry); install them and re-run"
  fi
fi
nodev="$(node -p 'process.versions.node.split(".")[0]')"
((nodev >= need_node)) || die "Node.js $need_node or newer is required, found $(node --version)"

# --- npm: Foundry 1.7.1, solcjs, forge-std --------------------------------------
stamp=node_modules/.stamp
if [[ ! -f $stamp || package-lock.json -nt $stamp || package.json -nt $stamp ]]; then
  step "npm ci (Foundry, solc, forge-std; pinned in package-lock.json)"
  npm ci --no-audit --no-fund --loglevel=error
  touch "$stamp"
else
  step "npm packages up to date"
fi
chmod +x tools/solc/solc

# --- Go modules and pinned Go tools -------------------------------------------
step "go mod download"
go mod download
step "building pinned Go tools (abigen)"
go build -o /dev/null github.com/ethereum/go-ethereum/cmd/abigen

# --- Chromium (the explorer's browser test) ----------------------------------------
# Optional: without it the browser test skips, saying so.
if command -v chromium >/dev/null || command -v chromium-browser >/dev/null || command -v google-chrome >/dev/null; then
  step "chromium present (explorer browser test)"
elif [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  step "installing chromium from Debian (explorer browser test)"
  if ! { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }; then
    printf 'setup: chromium could not be installed: the explorer browser test (TestExplorerInBrowser) will skip\n' >&2
  fi
else
  printf 'setup: no chromium and no root apt-get: the explorer browser test (TestExplorerInBrowser) will skip;\n' >&2
  printf '       install Chromium (Debian: apt-get install chromium) or set NEXUS_CHROMIUM to a Chrome binary\n' >&2
fi

# --- verify -------------------------------------------------------------------
bin="$ROOT/node_modules/.bin"
for t in forge anvil cast; do
  [[ -x "$bin/$t" ]] || die "$t missing from node_modules/.bin after npm ci"
  "$bin/$t" --version >/dev/null 2>&1 || die "$t does not run: $("$bin/$t" --version 2>&1 | head -1)"
done
solc_version="$(tools/solc/solc --version | sed -n 's/^Version: //p')"
[[ -n $solc_version ]] || die "solc shim did not report a version"
[[ -f node_modules/@layerzerolabs/toolbox-foundry/lib/forge-std/Test.sol ]] || die "forge-std missing"

printf 'setup: ok\n  go     %s\n  forge  %s\n  anvil  %s\n  cast   %s\n  solc   %s (solcjs via tools/solc/solc)\n' \
  "$gov" \
  "$("$bin/forge" --version | head -1 | awk '{print $3}')" \
  "$("$bin/anvil" --version | head -1 | awk '{print $3}')" \
  "$("$bin/cast" --version | head -1 | awk '{print $3}')" \
  "$solc_version"
