# L2 protocol: fuzz targets and benchmark steps.

FUZZ_TARGETS += ./rollup:FuzzUnmarshalOpJSON ./rollup:FuzzUnmarshalWitness ./rollup:FuzzDecodePubdata ./rollup:FuzzDecodePriorityOp ./rollup/keys:FuzzVerify \
	./rollup/smt:FuzzVerifyProof ./rollup/state:FuzzDecodeRecords ./node:FuzzLoadConfigFile \
	./sequencer:FuzzSendOp ./kv/leveldb:FuzzStoreKeys
BENCH_STEPS  += bench-rollup bench-block

.PHONY: bench-rollup
bench-rollup: ## L2 executor throughput with persistence, Merkle updates, block-circuit gadget costs
	bench/rollup.sh >> bench/results.md

.PHONY: bench-block
bench-block: ## Block circuit: prove a 16-op batch at devnet parameters (compile, setup, prove, memory)
	bench/block.sh >> bench/results.md
