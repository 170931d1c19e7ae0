// Times snarkjs Groth16 proving (witness generation included, as in gnark's
// Prove) for the circom MLP. Usage:
//   node snarkjs_prove.js WASM ZKEY INPUT.json VK.json RUNS > result.json
const fs = require("fs");
const snarkjs = require("snarkjs");

async function main() {
  const [wasm, zkey, inputFile, vkFile, runsArg] = process.argv.slice(2);
  const input = JSON.parse(fs.readFileSync(inputFile, "utf8"));
  const vk = JSON.parse(fs.readFileSync(vkFile, "utf8"));
  const runs = Number(runsArg || 3);
  // One warm-up run (JIT, worker threads), then timed runs.
  let { proof, publicSignals } = await snarkjs.groth16.fullProve(input, wasm, zkey);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    ({ proof, publicSignals } = await snarkjs.groth16.fullProve(input, wasm, zkey));
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const verified = await snarkjs.groth16.verify(vk, publicSignals, proof);
  times.sort((a, b) => a - b);
  process.stdout.write(JSON.stringify({ runs, times_ms: times, median_ms: times[Math.floor(runs / 2)], verified, public: publicSignals }) + "\n");
  process.exit(verified ? 0 : 1);
}

main().catch((e) => { console.error(e); process.exit(1); });
