# End to end: the whole real pipeline at small block parameters,
# settled on go-ethereum's simulated backend and on anvil. Keys come from the
# key cache (NEXUS_KEYS, default ~/.cache/nexus/keys); a clean machine sets
# the settlement circuits up first (about 5 minutes on 2 cores, ~11 GB peak).
#
# `make e2e` (what CI runs) is the part that fits CI's 90 minutes on a fresh
# machine with an empty key cache: real inference, block, aggregation and
# wrap proofs settled by the real verifier on the simulated chain and on
# anvil (e2e-settle), and the devnet's L1 used as L1 dApp developers use it
# with Foundry and WebSocket, embedded and on anvil (e2e-l1-dapp, no wrap
# keys). `make e2e-full` adds the devnet demo with an L1 dApp, the
# separate-process slashing run and the exodus run (about 70 more minutes
# with cached keys); run it before resolving any change to the proving or
# settlement pipeline.

E2E_STEPS      += e2e-settle e2e-l1-dapp e2e-explorer
E2E_FULL_STEPS := e2e-settle e2e-l1-dapp e2e-explorer e2e-devnet e2e-slash e2e-exodus

.PHONY: e2e-full
e2e-full: node_modules/.stamp ## make e2e plus the devnet demo (L1 dApp), the separate-process slashing run and exodus on anvil
	@$(MAKE) $(E2E_FULL_STEPS)

# One go test process per test: each holds the wrap circuit's keys (~11 GB),
# and the devnet test runs the nexus binary, which loads its own copy.
.PHONY: e2e-settle
e2e-settle: node_modules/.stamp
	@mkdir -p $(LOGS)
	$(GO) test -tags e2e -count=1 -timeout 85m -v -run '^TestE2E_SettleOnL1$$' ./e2e/ 2>&1 | tee $(LOGS)/e2e.log

.PHONY: e2e-devnet
e2e-devnet: node_modules/.stamp
	@mkdir -p $(LOGS)
	$(GO) test -tags e2e -count=1 -timeout 60m -v -run '^TestE2E_DevnetSettles$$' ./e2e/ 2>&1 | tee $(LOGS)/e2e-devnet.log

# nexus devnet --devnet.settle=false (no wrap keys) on its embedded L1 and on
# anvil: cast send with default fees, forge script --broadcast of a contract
# that requests an inference, WebSocket subscriptions (a few minutes).
.PHONY: e2e-l1-dapp
e2e-l1-dapp: node_modules/.stamp
	@mkdir -p $(LOGS)
	$(GO) test -tags e2e -count=1 -timeout 20m -v -run '^TestE2E_DevnetL1ForDAppDevelopers$$' ./e2e/ 2>&1 | tee $(LOGS)/e2e-l1-dapp.log

# The explorer in headless Chromium against nexus devnet --devnet.settle=false
# (no wrap keys): two jobs shown, the second live, no console errors, the
# devnet's /metrics scraped; a batch settled on L1 turns settled on the page.
# Screenshots in build/ (about 40 s plus the build; the page's part skips,
# saying so, without Chromium: make setup installs it).
.PHONY: e2e-explorer
e2e-explorer: ## The explorer page in headless Chromium against a devnet (screenshot: build/explorer.png)
	@mkdir -p $(LOGS)
	$(GO) test -count=1 -timeout 10m -v -run '^(TestExplorerInBrowser|TestExplorerReadsSettlementFromL1)$$' ./node/cmd/nexus/ 2>&1 | tee $(LOGS)/e2e-explorer.log

# nexus devnet without in-process provers: a prover that locks a job and
# never answers is slashed on L1; a `nexus prover run` process, SIGKILLed and
# restarted, proves the reopened job.
.PHONY: e2e-slash
e2e-slash: node_modules/.stamp
	@mkdir -p $(LOGS)
	$(GO) test -tags e2e -count=1 -timeout 70m -v -run '^TestE2E_UnresponsiveProverIsSlashed$$' ./e2e/ 2>&1 | tee $(LOGS)/e2e-slash.log

# Exodus on anvil, separate processes, real verifier: batches settle, the
# sequencer and aggregator die for good, a deposit goes overdue, anyone
# activates exodus, and every balance, refund and stake leaves through
# `nexus exodus` and L1 alone (about 25 minutes on 2 idle cores with cached keys;
# docs/exodus.md).
.PHONY: e2e-exodus
e2e-exodus: node_modules/.stamp ## Exodus on anvil: the sequencer dies, users exit and are refunded from L1 alone
	@mkdir -p $(LOGS)
	$(GO) test -tags e2e -count=1 -timeout 60m -v -run '^TestE2E_Exodus$$' ./e2e/ 2>&1 | tee $(LOGS)/e2e-exodus.log

BENCH_STEPS += bench-settle

.PHONY: bench-settle
bench-settle: ## Settlement: aggregation at K=4,16 (64 extrapolated), the real pipeline's times, submitBatch gas per inference
	bench/settle.sh >> bench/results.md

BENCH_STEPS += bench-wrap

.PHONY: bench-wrap
bench-wrap: ## Wrap: constraints per lever, key setup and prove times, peak memory (from make e2e's log)
	bench/wrap.sh >> bench/results.md

# Not in make bench: it runs for DURATION (default 2h).
.PHONY: bench-devnet
bench-devnet: ## nexus devnet --demo for DURATION (default 2h): first result and settlement, submit -> result and -> settled p50/p90, gas per inference
	bench/devnet.sh >> bench/results.md

# Not in make bench: it runs a devnet until BATCHES (default 3) batches settle,
# about 15 minutes with cached keys.
.PHONY: bench-exodus-devnet
bench-exodus-devnet: ## nexus exodus sync of a devnet run's L1: every settled batch replayed and its root checked
	bench/exodus-devnet.sh >> bench/results.md
