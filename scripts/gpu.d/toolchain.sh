#!/usr/bin/env bash
# Installs what `make gpu` needs to compile ICICLE: cmake, a C++ compiler and
# Debian's nvidia-cuda-toolkit (11.8 on bookworm), which lives in the non-free
# component; its driver library libcuda1 needs nvidia-support from contrib.
# Both components are added to apt's sources only when missing; `make setup`
# never calls this script, so a machine that never builds the GPU libraries
# never sees them.
#
# Idempotent: does nothing when nvcc and cmake are already on PATH.
set -euo pipefail

if command -v nvcc >/dev/null && command -v cmake >/dev/null; then
	exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
	echo "gpu toolchain: nvcc or cmake missing; run as root to install them with apt" >&2
	exit 1
fi

# add_component FILE LINE_PREFIX NAME appends NAME to every LINE_PREFIX line
# of FILE that lacks it. Debian 12 uses deb822 sources (Components: lines);
# older images keep one-line `deb` entries in sources.list.
add_component() {
	local file=$1 prefix=$2 name=$3
	[ -f "$file" ] || return 0
	if grep -E "^$prefix" "$file" | grep -Evq "[ :]$name( |\$)"; then
		sed -i -E "/^$prefix/ { / $name( |\$)/! s/\$/ $name/ }" "$file"
		echo "gpu toolchain: added Debian $name to $file"
	fi
}
for c in contrib non-free; do
	add_component /etc/apt/sources.list.d/debian.sources 'Components:' "$c"
	add_component /etc/apt/sources.list 'deb ' "$c"
done

export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends nvidia-cuda-toolkit cmake make g++
nvcc --version | tail -2
