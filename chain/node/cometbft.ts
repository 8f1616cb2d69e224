/** The cometbft binary: where it is, its version, and the one-shot commands settled runs. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageRoot } from './home';

export const COMETBFT_VERSION = '0.38.25';

/**
 * The cometbft binary to run: `explicit` (flag or app.toml) if given, else $SETTLE_COMETBFT, else
 * tools/bin/cometbft of this checkout (scripts/install-cometbft.sh), else `cometbft` on PATH.
 */
export function resolveCometbft(explicit?: string): string {
  if (explicit) return path.resolve(explicit);
  if (process.env.SETTLE_COMETBFT) return path.resolve(process.env.SETTLE_COMETBFT);
  const local = path.join(packageRoot(), 'tools', 'bin', 'cometbft');
  if (fs.existsSync(local)) return local;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, 'cometbft');
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // keep looking
    }
  }
  throw new Error(
    'cometbft not found: run scripts/install-cometbft.sh (installs v0.38.25 into tools/bin; needs Go >= 1.22.11), ' +
      'or set [cometbft] binary in app.toml, $SETTLE_COMETBFT, or put cometbft on PATH',
  );
}

function run(binary: string, args: string[]): string {
  const r = spawnSync(binary, args, { encoding: 'utf8', timeout: 30_000 });
  if (r.error) throw new Error(`cannot run ${binary} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0) {
    throw new Error(`${binary} ${args.join(' ')} exited with ${r.status ?? r.signal}: ${(r.stderr || r.stdout).trim()}`);
  }
  return r.stdout;
}

/** `cometbft version`, e.g. "0.38.25". */
export function cometbftVersion(binary: string): string {
  return run(binary, ['version']).trim();
}

/**
 * What scripts/install-cometbft.sh recorded about the binary beside it (e.g. "0.38.25+patches:…" or
 * "0.38.25+stock"), or undefined for a binary it did not build.
 */
export function cometbftBuildStamp(binary: string): string | undefined {
  try {
    return fs.readFileSync(`${binary}.stamp`, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Fails unless the binary is a CometBFT v0.38 (the ABCI 2.0 dialect settle speaks). */
export function checkCometbftVersion(binary: string): string {
  const v = cometbftVersion(binary);
  if (!v.startsWith('0.38.')) {
    throw new Error(`${binary} is CometBFT ${v}; settle needs v0.38 (scripts/install-cometbft.sh installs v${COMETBFT_VERSION})`);
  }
  return v;
}

/** `cometbft init --home`: config.toml, genesis.json, node key and validator key (existing files are kept). */
export function cometbftInit(binary: string, home: string): string {
  return run(binary, ['init', '--home', home]);
}

/** The node's p2p id (hex of its node key's address). */
export function cometbftNodeId(binary: string, home: string): string {
  const id = run(binary, ['show-node-id', '--home', home]).trim();
  if (!/^[0-9a-f]{40}$/.test(id)) throw new Error(`unexpected node id "${id}" from ${binary} show-node-id`);
  return id;
}
