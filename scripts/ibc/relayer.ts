// The Go relayer (rly v2.6.0, scripts/install-relayer.sh) set up for local chains, without the chain
// registry: one chain file per chain (`rly chains add --file`), the relayer key restored from a known
// mnemonic, one path. Used by scripts/ibc/vectors.ts and `npm run ibcnet`.
//
// CLI (used by scripts/ibcnet.sh):
//   node -r ts-node/register/transpile-only scripts/ibc/relayer.ts setup --rly BIN --home DIR --path NAME \
//     --chain ID,RPC,PREFIX,GAS_PRICES --chain ID,RPC,PREFIX,GAS_PRICES --mnemonic "words…"
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface RelayerChain {
  chainId: string;
  /** CometBFT RPC, e.g. http://127.0.0.1:26657 (the relayer sends every query as an ABCI query there) */
  rpc: string;
  /** bech32 account prefix */
  prefix: string;
  /** e.g. 0stake */
  gasPrices: string;
}

/** The relayer key's name in every chain file. */
export const RELAYER_KEY = 'default';

/**
 * The `rly chains add --file` JSON of a Cosmos chain (relayer v2.6.0's CosmosProviderConfig fields):
 * test keyring under the relayer home, direct signing, coin type 118, batch broadcast.
 */
export function relayerChainFile(c: RelayerChain, rlyHome: string): Record<string, unknown> {
  return {
    type: 'cosmos',
    value: {
      'key-directory': path.join(rlyHome, 'keys', c.chainId),
      key: RELAYER_KEY,
      'chain-id': c.chainId,
      'rpc-addr': c.rpc,
      'account-prefix': c.prefix,
      'keyring-backend': 'test',
      'gas-adjustment': 1.5,
      'gas-prices': c.gasPrices,
      'min-gas-amount': 0,
      'max-gas-amount': 0,
      debug: false,
      timeout: '20s',
      'block-timeout': '',
      'output-format': 'json',
      'sign-mode': 'direct',
      'extra-codecs': [],
      'coin-type': 118,
      'signing-algorithm': '',
      'broadcast-mode': 'batch',
      // nanoseconds. The default (1 s) never lets rly see a chain with sub-second blocks (settle: ~0.4 s) as
      // "in sync" (it needs < 2 new blocks at the start of a cycle), so the handshake never starts.
      'min-loop-duration': 100_000_000,
      'extension-options': [],
    },
  };
}

/** Runs `rly … --home rlyHome`; throws with the tail of its output on failure. */
export function rly(bin: string, rlyHome: string, args: string[], timeoutMs = 300_000): string {
  const r = spawnSync(bin, [...args, '--home', rlyHome], { encoding: 'utf8', timeout: timeoutMs });
  if (r.status !== 0) throw new Error(`rly ${args.join(' ')} failed (exit ${r.status ?? r.signal}): ${(r.stderr || r.stdout || r.error?.message || '').trim().slice(-1500)}`);
  return `${r.stdout}${r.stderr}`;
}

/**
 * A fresh relayer home: config, the two chains (named by chain id), the relayer key on each from
 * `mnemonic`, and the path `pathName` from `a` to `b`. Returns the relayer's address on each chain.
 */
export function setupRelayer(bin: string, rlyHome: string, pathName: string, a: RelayerChain, b: RelayerChain, mnemonic: string): Record<string, string> {
  if (fs.existsSync(path.join(rlyHome, 'config', 'config.yaml'))) throw new Error(`${rlyHome} already has a relayer config`);
  rly(bin, rlyHome, ['config', 'init']);
  const addresses: Record<string, string> = {};
  for (const c of [a, b]) {
    const file = path.join(rlyHome, `${c.chainId}.json`);
    fs.writeFileSync(file, `${JSON.stringify(relayerChainFile(c, rlyHome), null, 2)}\n`);
    rly(bin, rlyHome, ['chains', 'add', '--file', file, c.chainId]);
    rly(bin, rlyHome, ['keys', 'restore', c.chainId, RELAYER_KEY, mnemonic]);
    addresses[c.chainId] = rly(bin, rlyHome, ['keys', 'show', c.chainId, RELAYER_KEY]).trim();
  }
  rly(bin, rlyHome, ['paths', 'new', a.chainId, b.chainId, pathName]);
  return addresses;
}

function parseChain(spec: string): RelayerChain {
  const [chainId, rpc, prefix, gasPrices] = spec.split(',');
  if (!chainId || !rpc || !prefix || !gasPrices) throw new Error(`--chain wants ID,RPC,PREFIX,GAS_PRICES, got "${spec}"`);
  return { chainId, rpc, prefix, gasPrices };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const all = (name: string) => args.flatMap((a, i) => (a === `--${name}` && args[i + 1] !== undefined ? [args[i + 1]] : []));
  const one = (name: string) => {
    const v = all(name);
    if (v.length !== 1) throw new Error(`--${name} is required once`);
    return v[0];
  };
  try {
    if (args[0] !== 'setup') throw new Error('usage: relayer.ts setup --rly BIN --home DIR --path NAME --chain ID,RPC,PREFIX,GAS --chain … --mnemonic WORDS');
    const chains = all('chain').map(parseChain);
    if (chains.length !== 2) throw new Error('two --chain are required');
    const addresses = setupRelayer(one('rly'), one('home'), one('path'), chains[0], chains[1], one('mnemonic'));
    process.stdout.write(`${JSON.stringify(addresses)}\n`);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  }
}
