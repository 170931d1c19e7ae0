#!/usr/bin/env bash
# GPU against CPU on one machine: wrap prove, aggregation prove at K=16, MLP
# and CNN inference proofs, every GPU proof verified on the CPU (docs/gpu.md).
#
#   scripts/gpu-bench.sh bundle          here (make gpu first): the stripped
#                                        icicle-tagged gpubench binary and the
#                                        ICICLE libraries into build/gpu-bundle
#   scripts/gpu-bench.sh run [OUT]       on the GPU machine: no network, nothing
#                                        built; results into OUT (default $OUT,
#                                        else build/gpu-bench)
#   scripts/gpu-bench.sh dry-run [OUT]   the CPU path only, small shapes (K=2,
#                                        no wrap): proves the script works
#
# run's settings (env): K=16, RUNS=3, WRAP_KEY=dummy (or dev: a dev setup of
# the wrap, its GPU proofs verified; minutes more), DEVICE=0, KEYS (key cache;
# default build/gpu-bench-keys, never under OUT: keys are gigabytes),
# WRAP_RUNS=1, STAGES="inference agg wrap", and a time box per stage in seconds
# (T_INFERENCE=90, T_AGG=210, T_WRAP=240: 9 minutes in all, under the device machine's 10 per
# command; dry-run: 600 and 900). Each stage appends to
# OUT/results.md as it ends, so a stage cut short keeps the others.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bundle=build/gpu-bundle
mode="${1:-}"
case "$mode" in
bundle)
	lib=build/icicle/lib
	for c in bn254 bls12_377 bw6_761 bls12_381; do
		if [ ! -f "$lib/libicicle_curve_$c.so" ]; then
			echo "gpu-bench bundle: $lib/libicicle_curve_$c.so missing: run make gpu" >&2
			exit 1
		fi
	done
	rm -rf "$bundle" && mkdir -p "$bundle/lib"
	# The binary finds the host libraries next to it ($ORIGIN/lib); the
	# CUDA backends are loaded from ICICLE_BACKEND_INSTALL_DIR at run time.
	CGO_ENABLED=1 CGO_LDFLAGS="-L$(realpath "$lib") -Wl,-rpath,\$ORIGIN/lib" \
		go build -tags icicle -trimpath -ldflags "-s -w" -o "$bundle/gpubench" ./gpu/cmd/gpubench
	cp -a "$lib"/*.so* "$bundle/lib/"
	[ -d "$lib/backend" ] && cp -a "$lib/backend" "$bundle/lib/"
	strip --strip-unneeded "$bundle"/lib/*.so* 2>/dev/null || true
	du -sh "$bundle"
	echo "gpu-bench bundle: $bundle (carry it to the GPU machine; run: scripts/gpu-bench.sh run)"
	;;
run | dry-run)
	out="${2:-${OUT:-build/gpu-bench}}"
	mkdir -p "$out"
	out="$(realpath "$out")"
	keys="${KEYS:-build/gpu-bench-keys}"
	stages="${STAGES:-inference agg wrap}"
	args=(-keys "$keys" -device "${DEVICE:-0}" -wrap-key "${WRAP_KEY:-dummy}")
	if [ "$mode" = dry-run ]; then
		bin=build/gpubench-cpu
		go build -o "$bin" ./gpu/cmd/gpubench
		args+=(-cpu-only -k "${K:-2}" -runs "${RUNS:-1}")
		stages="${STAGES:-inference agg}"
		# 2 cores prove a K=2 aggregation in minutes, not seconds.
		: "${T_INFERENCE:=600}" "${T_AGG:=900}"
	else
		bin="$bundle/gpubench"
		[ -x "$bin" ] || { echo "gpu-bench run: $bin missing: scripts/gpu-bench.sh bundle (after make gpu)" >&2; exit 1; }
		export ICICLE_BACKEND_INSTALL_DIR="${ICICLE_BACKEND_INSTALL_DIR:-$(realpath "$bundle/lib/backend")}"
		export LD_LIBRARY_PATH="$(realpath "$bundle/lib")${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
		args+=(-k "${K:-16}" -runs "${RUNS:-3}")
	fi
	{
		echo "# gpu-bench $mode, $(date -u +%FT%TZ)"
		echo "command: scripts/gpu-bench.sh $*  (K=${K:-} RUNS=${RUNS:-} WRAP_KEY=${WRAP_KEY:-} STAGES=\"$stages\")"
		echo "git: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
		nvidia-smi --query-gpu=name,memory.total,driver_version,compute_cap --format=csv 2>/dev/null || echo "nvidia-smi: none"
		lscpu 2>/dev/null | grep -E '^(Model name|CPU\(s\)):' || true
		free -g | head -2
	} >"$out/device.txt"
	cat "$out/device.txt"
	: >"$out/results.md"
	status=0
	for s in $stages; do
		case "$s" in
		inference) only=mlp,cnn t="${T_INFERENCE:-90}" extra=() ;;
		agg) only=agg t="${T_AGG:-210}" extra=() ;;
		# A wrap proof takes tens of seconds on the CPU: one timed run each.
		wrap) only=wrap t="${T_WRAP:-240}" extra=(-runs "${WRAP_RUNS:-1}") ;;
		*) echo "gpu-bench: unknown stage $s (inference, agg, wrap)" >&2; exit 2 ;;
		esac
		echo "== stage $s (time box ${t}s)"
		start=$(date +%s)
		rc=0
		timeout --signal=KILL "$t" "$bin" -out "$out/$s" -only "$only" "${args[@]}" ${extra[@]+"${extra[@]}"} 2>&1 | tee "$out/$s.log" || rc=$?
		echo "stage $s: rc=$rc in $(($(date +%s) - start)) s" | tee -a "$out/device.txt"
		{
			echo
			echo "### $s (rc=$rc, $(($(date +%s) - start)) s)"
			echo
			cat "$out/$s/results.md" 2>/dev/null || echo "(no results)"
		} >>"$out/results.md"
		[ "$rc" = 0 ] || status=$rc
	done
	echo "gpu-bench: results in $out/results.md"
	exit "$status"
	;;
*)
	sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
	exit 2
	;;
esac
