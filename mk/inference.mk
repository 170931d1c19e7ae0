# Inference proofs: demo models, fuzz targets, benchmark steps.

FUZZ_TARGETS += ./prover/model:FuzzDecode ./prover/model:FuzzDecodeSequence
BENCH_STEPS  += bench-inference bench-transformer

.PHONY: models
models: node_modules/.stamp ## Train the demo MNIST models (seeded) into prover/model/testdata
	$(GO) run ./prover/model/cmd/trainmodels -out prover/model/testdata

.PHONY: bench-inference
bench-inference: node_modules/.stamp ## Inference proofs: ours vs circom+snarkjs on the MLP 784-56-10, plus the CNN
	bench/inference/run.sh >> bench/results.md

.PHONY: bench-transformer
bench-transformer: ## Inference proofs: a two-block transformer imported from ONNX (constraints, setup, prove, agreement)
	bench/inference/transformer.sh >> bench/results.md
