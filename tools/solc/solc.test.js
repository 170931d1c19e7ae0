// Tests of the solc shim, run by `make test` through node's test runner.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const shim = path.join(__dirname, 'solc');

function run(args, input) {
  return spawnSync(shim, args, { input: input || '', encoding: 'utf8', maxBuffer: 64 << 20 });
}

function standardJson(source) {
  return JSON.stringify({
    language: 'Solidity',
    sources: { 'A.sol': { content: source } },
    settings: { outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } } },
  });
}

test('--version prints what forge parses', () => {
  const r = run(['--version']);
  assert.strictEqual(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.strictEqual(lines[0], 'solc, the solidity compiler commandline interface');
  assert.match(lines[1], /^Version: \d+\.\d+\.\d+\+commit\.[0-9a-f]{8}/);
});

test('standard JSON compiles and stdout is exactly one JSON object', () => {
  const src = '// SPDX-License-Identifier: MIT\npragma solidity ^0.8.0;\n' +
    'contract A { function f() external pure returns (uint256) { return 7; } }';
  const r = run(['--base-path', '.', '--allow-paths', '.', '--standard-json'], standardJson(src));
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.stdout.trim().split('\n').length, 1);
  const out = JSON.parse(r.stdout);
  assert.ok(out.contracts['A.sol'].A.evm.bytecode.object.length > 0);
});

test('compile errors come back as JSON, not as a crash', () => {
  const r = run(['--standard-json'], standardJson('pragma solidity ^0.8.0; contract A { uint x = ; }'));
  assert.strictEqual(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.ok(out.errors.some((e) => e.severity === 'error' && e.type === 'ParserError'));
});

test('invalid JSON input gives a JSONError object', () => {
  const r = run(['--standard-json'], 'not json');
  assert.strictEqual(r.status, 0);
  const out = JSON.parse(r.stdout);
  assert.strictEqual(out.errors[0].type, 'JSONError');
});

test('unknown arguments are refused with usage on stderr', () => {
  const r = run(['--bin', 'x.sol']);
  assert.strictEqual(r.status, 2);
  assert.strictEqual(r.stdout, '');
  assert.match(r.stderr, /unsupported argument/);
});

test('missing standard JSON mode is refused', () => {
  const r = run([]);
  assert.strictEqual(r.status, 2);
  assert.strictEqual(r.stdout, '');
});
