// Package e2e holds the end-to-end tests that run the whole real pipeline:
// real keys (set up on first run, then reused from the key cache), real
// inference, block, aggregation and wrap proofs, and settlement on a real EVM
// (go-ethereum's simulated backend and anvil from the npm Foundry package).
//
// They are behind the e2e build tag (`make e2e`): on a clean machine the
// first run spends about 5 minutes in the settlement circuits' setup.
package e2e
