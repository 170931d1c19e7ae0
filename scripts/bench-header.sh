#!/usr/bin/env bash
# Prints the header of bench/results.md: when, where and on what the numbers were measured.
set -euo pipefail
cat <<MD
# Nexus benchmark results

Written by \`make bench\` on $(date -u +%Y-%m-%dT%H:%MZ) at commit \`$(git rev-parse --short HEAD 2>/dev/null || echo unknown)\`.

| machine | |
|---|---|
| CPU | $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //') |
| cores | $(nproc) |
| memory | $(free -g | awk '/^Mem:/ {print $2 " GiB"}') |
| Go | $(go env GOVERSION) |

MD
