#!/usr/bin/env node
// Gathers the ABI and creation bytecode of the deployable contracts from forge's out/ into the solc
// --combined-json shape that abigen reads, so every binding is generated in one pass into one package.
'use strict';
const fs = require('fs');
const path = require('path');

const [outDir, ...names] = process.argv.slice(2);
if (!outDir || names.length === 0) {
  process.stderr.write('usage: combined-json.js OUT_DIR Contract...\n');
  process.exit(2);
}
const contracts = {};
for (const name of names) {
  const file = path.join(outDir, `${name}.sol`, `${name}.json`);
  if (!fs.existsSync(file)) {
    process.stderr.write(`combined-json.js: ${file} is missing; run "make contracts" first\n`);
    process.exit(1);
  }
  const artifact = JSON.parse(fs.readFileSync(file, 'utf8'));
  const bin = artifact.bytecode.object.replace(/^0x/, '');
  // The key is the contract's fully qualified name (source path, colon, name): abigen takes a library's ID from
  // it, and that ID must be the one in the placeholders (__$keccak256(name)[:34]$__) that solc leaves where a
  // contract calls a linked library, for the bindings' Deps and bind.LinkAndDeploy to link it.
  const target = artifact.metadata && artifact.metadata.settings.compilationTarget;
  const source = target ? Object.keys(target)[0] : artifact.ast ? artifact.ast.absolutePath : name;
  contracts[`${source}:${name}`] = { abi: artifact.abi, bin };
}
process.stdout.write(JSON.stringify({ contracts, version: 'forge' }, null, 1) + '\n');
