#!/usr/bin/env bash
# Builds ICICLE's libraries with cmake from the C++/CUDA source that the
# pinned Go module github.com/ingonyama-zk/icicle-gnark/v3 ships (go.mod
# names the version), into build/icicle/lib:
#
#   libicicle_device.so, libicicle_{field,curve}_<curve>.so   linked by `go build -tags icicle`
#   backend/cuda/..., backend/<curve>/cuda/...                 loaded at run time
#                                                              (ICICLE_BACKEND_INSTALL_DIR=build/icicle/lib/backend)
#
# usage: scripts/gpu.d/build.sh [CURVE...]
#   CURVE: bn254 bls12_377 bw6_761 bls12_381 (default: all four; gnark's
#   ICICLE prover links all four, Nexus proves on the first three)
# env:
#   CUDA_ARCH=90     SM architectures to compile for (90: H100/H200; "80;90" for more)
#   JOBS=<nproc>     parallel compile jobs
#   ICICLE_OUT=build/icicle
#   HOST_ONLY=1      build the host libraries only (no CUDA), enough to link
#
# Every step runs at nice 19. Times go to build/icicle/build-times.txt.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

out="$(realpath -m "${ICICLE_OUT:-build/icicle}")"
arch="${CUDA_ARCH:-90}"
jobs="${JOBS:-$(nproc)}"
curves=("$@")
[ ${#curves[@]} -gt 0 ] || curves=(bn254 bls12_377 bw6_761 bls12_381)

mod=github.com/ingonyama-zk/icicle-gnark/v3
src="$(go list -m -f '{{.Dir}}' "$mod" 2>/dev/null || true)"
if [ -z "$src" ] || [ ! -d "$src" ]; then
	go mod download "$mod"
	src="$(go list -m -f '{{.Dir}}' "$mod")"
fi
version="$(go list -m -f '{{.Version}}' "$mod")"
[ -f "$src/icicle/CMakeLists.txt" ] || { echo "gpu build: $src has no icicle/CMakeLists.txt" >&2; exit 1; }

cuda=ON
if [ "${HOST_ONLY:-0}" = 1 ]; then
	cuda=OFF
elif ! command -v nvcc >/dev/null; then
	echo "gpu build: nvcc not found: run scripts/gpu.d/toolchain.sh (make gpu does), or HOST_ONLY=1 to build the host libraries alone" >&2
	exit 1
fi

mkdir -p "$out"
times="$out/build-times.txt"
echo "# icicle-gnark $version, CUDA_ARCH=$arch, cuda=$cuda, jobs=$jobs, $(nproc) cores, $(date -u +%FT%TZ)" >>"$times"
for curve in "${curves[@]}"; do
	case "$curve" in bn254 | bls12_377 | bw6_761 | bls12_381) ;; *)
		echo "gpu build: unknown curve $curve (bn254, bls12_377, bw6_761, bls12_381)" >&2
		exit 2
		;;
	esac
	bdir="$out/cmake/$curve"
	start=$(date +%s)
	echo "gpu build: $curve (icicle-gnark $version, CUDA backend $cuda, sm_$arch) in $bdir"
	# The module cache is read-only: build out of tree. CPU_BACKEND=OFF:
	# gnark's ICICLE prover runs on CUDA only. CUDA_ARCH is set explicitly
	# because the default (cmake >= 3.24: "native") needs a GPU here.
	nice -n 19 cmake -S "$src/icicle" -B "$bdir" \
		-DCMAKE_BUILD_TYPE=Release \
		-DCMAKE_INSTALL_PREFIX="$out" \
		-DCURVE="$curve" -DMSM=ON -DNTT=ON -DG2=ON \
		-DCPU_BACKEND=OFF -DCUDA_BACKEND="$cuda" \
		-DCUDA_ARCH="$arch" >"$out/cmake-$curve.log" 2>&1 ||
		{ tail -40 "$out/cmake-$curve.log" >&2; exit 1; }
	nice -n 19 cmake --build "$bdir" --target install -j "$jobs" >>"$out/cmake-$curve.log" 2>&1 ||
		{ tail -40 "$out/cmake-$curve.log" >&2; exit 1; }
	secs=$(($(date +%s) - start))
	echo "$curve $secs s" | tee -a "$times"
done
echo "gpu build: libraries in $out/lib"
