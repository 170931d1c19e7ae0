# Nexus: verifiable AI inference settled on Ethereum.
#
# `make setup` then `make test` on a fresh machine. `make help` lists targets.
# Tools (forge, anvil, cast, solcjs) come from node_modules/.bin, put first on
# PATH for make's recipes only: nothing touches the user's shell.
#
# Issue-specific targets live in mk/*.mk, included below; a fragment appends
# its own steps to TEST_STEPS, BENCH_STEPS, E2E_STEPS or FUZZ_TARGETS.

SHELL        := bash
.SHELLFLAGS  := -eu -o pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS    += --no-print-directory

ROOT     := $(abspath $(dir $(lastword $(MAKEFILE_LIST))))
export PATH := $(ROOT)/node_modules/.bin:$(PATH)
GO       ?= go
FORGE    := $(ROOT)/node_modules/.bin/forge
BIN      := $(ROOT)/build/bin
LOGS     := $(ROOT)/build/test-logs
# Packages whose tests build large circuits run one binary at a time (-p 1):
# two such binaries at once would not fit in memory.
GO_TEST_FLAGS ?= -p 1 -count=1 -timeout 40m
# CI (CI=true) runs the forge ci profile: 512 fuzz runs, 256x32 invariants.
FORGE_PROFILE ?= $(if $(CI),ci,default)
FUZZTIME ?= 30s

VERSION  := $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS  := -X github.com/nexus-rollup/nexus/node.gitVersion=$(VERSION)

# Steps added by fragments in mk/.
TEST_STEPS   :=
BENCH_STEPS  :=
E2E_STEPS    :=
FUZZ_TARGETS :=
-include mk/*.mk

.PHONY: help
help: ## Show this help
	@echo "Nexus make targets:"
	@grep -hE '^[a-zA-Z0-9_-]+:.*?## ' $(MAKEFILE_LIST) | sort -u | \
		awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-16s\033[0m %s\n", $$1, $$2}'

## ---- toolchain -------------------------------------------------------------

.PHONY: setup
setup: ## Install everything: Go modules, Foundry + solcjs + forge-std from npm (idempotent)
	@scripts/setup.sh

node_modules/.stamp: package.json package-lock.json
	@scripts/setup.sh

## ---- build -----------------------------------------------------------------

.PHONY: build
build: node_modules/.stamp ## Build the nexus binary into build/bin and compile the contracts
	@mkdir -p $(BIN)
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN)/nexus ./node/cmd/nexus
	$(FORGE) build --quiet
	@echo "built $(BIN)/nexus"

## ---- tests -----------------------------------------------------------------

.PHONY: test
test: node_modules/.stamp ## Run every test: Go, forge, solc shim, check-generate, lint
	@rm -rf $(LOGS) && mkdir -p $(LOGS)
	@status=0; $(MAKE) -k test-go test-forge test-tools $(TEST_STEPS) check-generate lint || status=$$?; \
		scripts/test-summary.sh $(LOGS); \
		if [ $$status -ne 0 ]; then echo "make test: FAILED (see the output above and build/test-logs/)" >&2; fi; \
		exit $$status

.PHONY: test-go
test-go: ## Go unit tests (small circuit parameters, gnark test engine)
	@mkdir -p $(LOGS)
	$(GO) tool gotestsum --format pkgname-and-test-fails --jsonfile $(LOGS)/go.json -- $(GO_TEST_FLAGS) ./... 2>&1 | tee $(LOGS)/go.log

.PHONY: test-short
test-short: ## Go unit tests with -short: the long randomised and proving tests skipped (a quick check before make test)
	@mkdir -p $(LOGS)
	$(GO) tool gotestsum --format pkgname-and-test-fails --jsonfile $(LOGS)/go-short.json -- -short $(GO_TEST_FLAGS) ./... 2>&1 | tee $(LOGS)/go-short.log

# The heavy-tagged tests: real BW6-761 aggregation setups and proofs, the wrap
# compile (about 10 GB), the batch pipeline with a real inference proof; one
# at a time under /tmp/nexus-heavy.lock. Variables, all optional:
#   NEXUS_KEYS=DIR         key cache for the pipeline test (default: a temp dir)
#   NEXUS_WRAP=1           the pipeline test also sets up and proves the wrap (~5 min, ~11 GB)
#   NEXUS_AGG_K=2,4        the aggregation sizes TestHeavy_AggregationProve sets up and proves
#   NEXUS_RECURSION_DIR=D  where it leaves the K=2 key and proof for TestHeavy_Wrap
#   NEXUS_WRAP_SETUP=1     TestHeavy_Wrap also sets up, proves and verifies with forge
#   NEXUS_WRAP_NOSUBGROUP=1  TestHeavy_Wrap without the proof's subgroup checks (to measure them)
.PHONY: heavy
heavy: node_modules/.stamp ## The heavy-tagged tests (real aggregation setups and proofs, the wrap; variables in the Makefile)
	@mkdir -p $(LOGS)
	flock /tmp/nexus-heavy.lock $(GO) test -tags heavy -p 1 -count=1 -timeout 120m -run Heavy -v ./aggregator/... 2>&1 | tee $(LOGS)/heavy.log

.PHONY: test-forge
test-forge: node_modules/.stamp ## Foundry tests (FORGE_PROFILE=ci for CI fuzz/invariant depth)
	@mkdir -p $(LOGS)
	FOUNDRY_PROFILE=$(FORGE_PROFILE) $(FORGE) test 2>&1 | tee $(LOGS)/forge.log

.PHONY: test-tools
test-tools: node_modules/.stamp ## Tests of the toolchain shims (solc shim)
	@mkdir -p $(LOGS)
	node --test tools/ 2>&1 | tee $(LOGS)/tools.log

.PHONY: e2e
e2e: node_modules/.stamp ## Full real pipeline: inference -> aggregation -> wrap -> L1 verify (anvil)
	@if [ -z "$(strip $(E2E_STEPS))" ]; then \
		echo "make e2e: not implemented yet: no e2e steps are defined (E2E_STEPS)" >&2; exit 2; fi
	@$(MAKE) $(E2E_STEPS)

.PHONY: fuzz
fuzz: ## Run every Go fuzz target for FUZZTIME each (default 30s)
	@if [ -z "$(strip $(FUZZ_TARGETS))" ]; then \
		echo "make fuzz: not implemented yet: fuzz targets arrive with the model and protocol issues (#3, #5)" >&2; exit 2; fi
	@for t in $(FUZZ_TARGETS); do pkg=$${t%%:*}; fn=$${t##*:}; \
		echo ">> fuzz $$pkg $$fn"; $(GO) test $$pkg -run '^$$' -fuzz "^$$fn$$" -fuzztime $(FUZZTIME); done

## ---- generated code --------------------------------------------------------

.PHONY: generate
generate: node_modules/.stamp ## Regenerate bindings, Verifier.sol, snapshots and golden files
	@scripts/generate.sh

.PHONY: check-generate
check-generate: node_modules/.stamp ## Fail if any generated file differs from a fresh make generate
	@scripts/generate.sh --check

## ---- quality ---------------------------------------------------------------

.PHONY: lint
lint: node_modules/.stamp ## go vet, gofmt check, forge fmt --check
	$(GO) vet ./...
	@out="$$(gofmt -l $$(git ls-files '*.go' | grep -v '^bindings/'))"; \
		if [ -n "$$out" ]; then echo "gofmt: these files need formatting:"; echo "$$out"; exit 1; fi
	$(FORGE) fmt --check
	@echo "lint: ok"

## ---- running ---------------------------------------------------------------

.PHONY: bench
bench: node_modules/.stamp ## Benchmarks and side-by-side comparisons into bench/results.md
	@if [ -z "$(strip $(BENCH_STEPS))" ]; then \
		echo "make bench: not implemented yet: no benchmark steps are defined (BENCH_STEPS)" >&2; exit 2; fi
	@scripts/bench-header.sh > bench/results.md
	@$(MAKE) $(BENCH_STEPS)
	@echo "wrote bench/results.md"

.PHONY: devnet
devnet: build ## Run a local devnet (in-process L1) with every service
	$(BIN)/nexus devnet

.PHONY: clean
clean: ## Remove build outputs (keeps node_modules and the key cache)
	rm -rf build out cache
