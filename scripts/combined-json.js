#!/usr/bin/env node
// Turns forge's artifacts (out/<File>.sol/<Contract>.json) for every contract
// under contracts/src into one solc combined-json document on stdout, which
// abigen binds in a single run so that shared struct types are declared once.
'use strict';

const fs = require('fs');
const path = require('path');

const [outDir, srcDir] = process.argv.slice(2);
if (!outDir || !srcDir) {
  process.stderr.write('usage: combined-json.js FORGE_OUT_DIR SRC_DIR\n');
  process.exit(2);
}

const contracts = {};
let version = '';
for (const dir of fs.readdirSync(outDir).sort()) {
  if (!dir.endsWith('.sol')) continue;
  for (const file of fs.readdirSync(path.join(outDir, dir)).sort()) {
    if (!file.endsWith('.json')) continue;
    const art = JSON.parse(fs.readFileSync(path.join(outDir, dir, file), 'utf8'));
    const target = art.metadata && art.metadata.settings && art.metadata.settings.compilationTarget;
    if (!target) continue;
    const [source, name] = Object.entries(target)[0];
    if (!source.startsWith(srcDir + '/')) continue; // tests, scripts, forge-std
    if (name + '.json' !== file) continue;           // same-named contracts in other files
    version = art.metadata.compiler.version;
    const key = source + ':' + name;
    if (contracts[key]) {
      process.stderr.write('combined-json: duplicate contract ' + key + '\n');
      process.exit(1);
    }
    contracts[key] = {
      abi: art.abi,
      bin: (art.bytecode.object || '').replace(/^0x/, ''),
      'bin-runtime': (art.deployedBytecode.object || '').replace(/^0x/, ''),
    };
  }
}
if (Object.keys(contracts).length === 0) {
  process.stderr.write('combined-json: no contracts from ' + srcDir + ' in ' + outDir + ': run forge build\n');
  process.exit(1);
}
process.stdout.write(JSON.stringify({ contracts, version }, null, 1) + '\n');
