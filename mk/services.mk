# Services: fuzz targets of the prover work API.

FUZZ_TARGETS += ./sequencer:FuzzProverAPI

BENCH_STEPS += bench-services

.PHONY: bench-services
bench-services: ## Services: sequencer ops/s over RPC, RPC p99 at 1,000 req/s, job latency submit -> result and -> settled
	bench/services.sh >> bench/results.md
