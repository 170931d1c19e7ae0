// Package recursion holds the proof-recursion circuits of DESIGN.md §4:
//
//   - Aggregation (Groth16 on BW6-761): verifies a block proof (BLS12-377,
//     fixed key) and K inference proofs (BLS12-377, keys as witnesses bound
//     to the block's VK hashes by VKHash) with native arithmetic only (the
//     inner public inputs are native variables), so it has no commitment;
//     public inputs HeaderHi, HeaderLo.
//   - Wrap (Groth16 on BN254): verifies an aggregation proof with emulated
//     BW6-761 arithmetic (fixed key); public inputs HeaderHi, HeaderLo, the
//     input of the exported Solidity verifier (ExportSolidity).
//
// Each stage's proofs must be made with the option its verifier expects:
// InnerProverOption (block, inference), AggregationProverOption,
// WrapProverOption.
package recursion
