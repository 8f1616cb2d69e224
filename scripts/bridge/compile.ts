// Compiles the bridge's Solidity (modules/bridge/evm/*.sol) with solc-js from npm (the compiler ships
// inside the package; nothing is downloaded), OpenZeppelin imports resolved from node_modules. The
// output (ABI + creation bytecode per contract) is cached under tools/cache/bridge-evm/, keyed by the
// sha256 of the compiler version, the settings and every source file, so a change recompiles.
//   node -r ts-node/register/transpile-only scripts/bridge/compile.ts   (prints the cache file)
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import solc from 'solc';
import type { Abi, Hex } from 'viem';

export interface Artifact {
  abi: Abi;
  bytecode: Hex;
}
export type Artifacts = Record<string, Artifact>;

const ROOT = path.resolve(__dirname, '../..');
export const EVM_DIR = path.join(ROOT, 'modules/bridge/evm');
const CACHE_DIR = path.join(ROOT, 'tools/cache/bridge-evm');
const NODE_MODULES = path.join(ROOT, 'node_modules');

/** solc standard-JSON settings; part of the cache key. */
export const SETTINGS = {
  optimizer: { enabled: true, runs: 200 },
  evmVersion: 'cancun',
  outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
};

/** The .sol sources under modules/bridge/evm, keyed by their path relative to that folder. */
function sources(): Record<string, { content: string }> {
  const out: Record<string, { content: string }> = {};
  for (const f of fs.readdirSync(EVM_DIR).filter((n) => n.endsWith('.sol')).sort()) {
    out[f] = { content: fs.readFileSync(path.join(EVM_DIR, f), 'utf8') };
  }
  return out;
}

/** Resolves `@openzeppelin/...` (any package import) from node_modules. */
function findImports(importPath: string): { contents: string } | { error: string } {
  const file = path.join(NODE_MODULES, importPath);
  if (!file.startsWith(NODE_MODULES + path.sep) || !fs.existsSync(file)) return { error: `not found: ${importPath}` };
  return { contents: fs.readFileSync(file, 'utf8') };
}

/** Compiles without the cache; throws on any compiler error or warning (the sources compile clean). */
export function compileFresh(): Artifacts {
  const input = { language: 'Solidity', sources: sources(), settings: SETTINGS };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  const errors = (output.errors ?? []).filter((e: { severity: string }) => e.severity !== 'info');
  if (errors.length > 0) throw new Error(errors.map((e: { formattedMessage: string }) => e.formattedMessage).join('\n'));
  const artifacts: Artifacts = {};
  for (const file of Object.keys(input.sources)) {
    for (const [name, c] of Object.entries<{ abi: Abi; evm: { bytecode: { object: string } } }>(output.contracts[file])) {
      artifacts[name] = { abi: c.abi, bytecode: `0x${c.evm.bytecode.object}` };
    }
  }
  return artifacts;
}

/** The cache key: compiler and OpenZeppelin versions, settings and each source (name and content). */
export function cacheKey(): string {
  const h = createHash('sha256');
  h.update(solc.version());
  h.update(JSON.parse(fs.readFileSync(path.join(NODE_MODULES, '@openzeppelin/contracts/package.json'), 'utf8')).version);
  h.update(JSON.stringify(SETTINGS));
  for (const [name, s] of Object.entries(sources())) h.update(`${name}\0${s.content}\0`);
  return h.digest('hex');
}

/** The compiled bridge contracts, from the cache when the sources are unchanged. */
export function compileBridge(): Artifacts {
  const file = path.join(CACHE_DIR, `${cacheKey()}.json`);
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as Artifacts;
  const artifacts = compileFresh();
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(artifacts));
  fs.renameSync(tmp, file); // atomic: concurrent test files never read a half-written cache
  return artifacts;
}

if (require.main === module) {
  const t0 = Date.now();
  const a = compileBridge();
  for (const [name, c] of Object.entries(a)) console.log(`${name}: ${(c.bytecode.length - 2) / 2} bytes of creation code`);
  console.log(`solc ${solc.version()}, ${Date.now() - t0} ms`);
}
