# GPU provers (docs/gpu.md): ICICLE built from the pinned icicle-gnark
# module's source, the icicle-tagged benchmark bundle, and the check that
# the default build needs no cgo.

GPU_CURVES ?= bn254 bls12_377 bw6_761 bls12_381

.PHONY: gpu
gpu: ## Build ICICLE's libraries (CUDA sm_90) from the pinned module's source into build/icicle/lib; installs cmake and Debian's nvidia-cuda-toolkit (non-free) when missing
	@scripts/gpu.d/toolchain.sh
	@scripts/gpu.d/build.sh $(GPU_CURVES)

.PHONY: gpu-bundle
gpu-bundle: ## The stripped icicle-tagged gpubench binary and ICICLE's libraries into build/gpu-bundle (after make gpu)
	@scripts/gpu-bench.sh bundle

.PHONY: gpu-bench-dry-run
gpu-bench-dry-run: ## The GPU benchmark script's CPU path on small shapes (no GPU needed)
	@scripts/gpu-bench.sh dry-run build/gpu-bench-dry-run

.PHONY: check-nocgo
check-nocgo: ## The default build needs no cgo (ICICLE only with -tags icicle)
	CGO_ENABLED=0 $(GO) build ./...
	@echo "check-nocgo: the default build is cgo-free"
