## ---- contracts ---------------------------------------------------------------

.PHONY: contracts-gas
contracts-gas: node_modules/.stamp ## L1 gas: deposit, requestInference, submitBatch per inference, claimWithdrawal
	$(FORGE) test --match-contract GasTest -vv

.PHONY: test-forge-ci
test-forge-ci: ## Foundry tests with the CI profile (512 fuzz runs, 256x32 invariant runs)
	@$(MAKE) test-forge FORGE_PROFILE=ci
