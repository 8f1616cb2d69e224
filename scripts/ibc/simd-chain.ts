// A local single-validator simd chain (ibc-go v8.8.0's simapp, scripts/install-simd.sh) for the IBC
// scripts: `scripts/ibc/vectors.ts` (two of them, the byte-vector generator) and `npm run ibcnet`
// (one, the counterparty of a settle devnet). The well-known development mnemonics of settle's devnet
// (chain/node/dev-accounts.ts) are reused, so alice, bob and the relayer key (carol) have the same keys
// on every chain (addresses differ only in the bech32 prefix, `cosmos` here).
//
// CLI (used by scripts/ibcnet.sh):
//   node -r ts-node/register/transpile-only scripts/ibc/simd-chain.ts init --home DIR --chain-id ID --base-port N
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyTomlEdits, FAST_BLOCK_TIMEOUTS, type TomlEdits } from '../../chain/node/cometbft-config';
import { DEV_ACCOUNTS } from '../../chain/node/dev-accounts';

export const SIMD_PREFIX = 'cosmos';
export const SIMD_BOND_DENOM = 'stake';
/** The token the IBC scripts send across (a "native" denom of the simd chain). */
export const SIMD_TRANSFER_DENOM = 'uatom';
/** The genesis coins of every funded account. */
const ACCOUNT_COINS = `1000000000000${SIMD_BOND_DENOM},1000000000000${SIMD_TRANSFER_DENOM}`;
const VALIDATOR_KEY = 'val';

/** Keys on every simd chain of the scripts: name → mnemonic (settle's public devnet mnemonics). */
export const SIMD_KEYS: Readonly<Record<'alice' | 'bob' | 'relayer', string>> = {
  alice: devMnemonic('alice'),
  bob: devMnemonic('bob'),
  relayer: devMnemonic('carol'),
};

function devMnemonic(name: string): string {
  const a = DEV_ACCOUNTS.find((x) => x.name === name);
  if (!a) throw new Error(`no dev account ${name}`);
  return a.mnemonic;
}

/**
 * Ports of a chain from its base: P2P +0, RPC +1, ABCI proxy +2 (unused by an in-process simd but
 * bound to a distinct address anyway), pprof off, gRPC +7 (settle's devnet layout), REST off.
 */
export interface SimdPorts {
  p2p: number;
  rpc: number;
  grpc: number;
}

export function simdPorts(base: number): SimdPorts {
  if (!Number.isInteger(base) || base < 1024 || base + 7 > 65535) throw new Error(`invalid base port ${base}`);
  return { p2p: base, rpc: base + 1, grpc: base + 7 };
}

/** config.toml: loopback ports from `base`, fast blocks, the kv tx indexer (relayers search txs). */
export function simdCometEdits(moniker: string, base: number): TomlEdits {
  const p = simdPorts(base);
  return {
    '': { moniker, log_level: 'error', proxy_app: `tcp://127.0.0.1:${base + 2}` },
    rpc: { laddr: `tcp://127.0.0.1:${p.rpc}`, pprof_laddr: '' },
    p2p: { laddr: `tcp://127.0.0.1:${p.p2p}`, persistent_peers: '', seeds: '', pex: false },
    consensus: { ...FAST_BLOCK_TIMEOUTS, timeout_commit: '1s' },
    tx_index: { indexer: 'kv' },
    instrumentation: { prometheus: false },
  };
}

/**
 * app.toml: no fee floor, every height kept (historical queries), REST off, gRPC on its own port.
 * gRPC must be on for a relayer: simd registers the tx service (the Simulate the relayer sends as an
 * ABCI query) only when gRPC or REST is enabled.
 */
export function simdAppEdits(base: number, grpc: boolean): TomlEdits {
  return {
    '': { 'minimum-gas-prices': `0${SIMD_BOND_DENOM}`, pruning: 'nothing' },
    api: { enable: false },
    grpc: { enable: grpc, address: `127.0.0.1:${simdPorts(base).grpc}` },
  };
}

function run(bin: string, args: string[], input?: string): string {
  const r = spawnSync(bin, args, { encoding: 'utf8', timeout: 120_000, input });
  if (r.status !== 0) throw new Error(`${path.basename(bin)} ${args.join(' ')} failed: ${(r.stderr || r.stdout || r.error?.message || '').trim().slice(-800)}`);
  return `${r.stdout}${r.stderr}`;
}

export interface SimdChain {
  home: string;
  chainId: string;
  base: number;
  /** bech32 (cosmos…) addresses of the keys in SIMD_KEYS */
  addresses: Record<keyof typeof SIMD_KEYS, string>;
}

/**
 * `simd init` + the keys of SIMD_KEYS and a validator, all funded in genesis; one gentx; the config
 * edits above. Throws if `home` already holds a chain.
 */
export function initSimdChain(simd: string, opts: { home: string; chainId: string; base: number; grpc?: boolean }): SimdChain {
  const { home, chainId, base } = opts;
  if (fs.existsSync(path.join(home, 'config', 'genesis.json'))) throw new Error(`${home} already holds a chain`);
  const h = ['--home', home, '--keyring-backend', 'test'];
  run(simd, ['init', chainId, '--chain-id', chainId, '--home', home]);
  run(simd, ['keys', 'add', VALIDATOR_KEY, '--output', 'json', ...h]);
  const addresses = {} as Record<keyof typeof SIMD_KEYS, string>;
  for (const [name, mnemonic] of Object.entries(SIMD_KEYS) as Array<[keyof typeof SIMD_KEYS, string]>) {
    run(simd, ['keys', 'add', name, '--recover', '--output', 'json', ...h], `${mnemonic}\n`);
    addresses[name] = run(simd, ['keys', 'show', name, '-a', ...h]).trim();
  }
  for (const name of [VALIDATOR_KEY, ...Object.keys(SIMD_KEYS)]) run(simd, ['genesis', 'add-genesis-account', name, ACCOUNT_COINS, ...h]);
  run(simd, ['genesis', 'gentx', VALIDATOR_KEY, `1000000000${SIMD_BOND_DENOM}`, '--chain-id', chainId, ...h]);
  run(simd, ['genesis', 'collect-gentxs', '--home', home]);
  run(simd, ['genesis', 'validate-genesis', '--home', home]);
  const edit = (file: string, edits: TomlEdits) => fs.writeFileSync(file, applyTomlEdits(fs.readFileSync(file, 'utf8'), edits));
  edit(path.join(home, 'config', 'config.toml'), simdCometEdits(chainId, base));
  edit(path.join(home, 'config', 'app.toml'), simdAppEdits(base, opts.grpc ?? false));
  return { home, chainId, base, addresses };
}

/** `simd start`; output to `logFile`. */
export function startSimd(simd: string, home: string, logFile: string): ChildProcess {
  const fd = fs.openSync(logFile, 'a');
  const child = spawn(simd, ['start', '--home', home], { stdio: ['ignore', fd, fd] });
  fs.closeSync(fd);
  return child;
}

function arg(args: string[], name: string): string {
  const i = args.indexOf(`--${name}`);
  if (i < 0 || args[i + 1] === undefined) throw new Error(`--${name} is required`);
  return args[i + 1];
}

if (require.main === module) {
  const [command, ...args] = process.argv.slice(2);
  try {
    if (command !== 'init') throw new Error('usage: simd-chain.ts init --simd BIN --home DIR --chain-id ID --base-port N');
    const chain = initSimdChain(arg(args, 'simd'), { home: arg(args, 'home'), chainId: arg(args, 'chain-id'), base: Number(arg(args, 'base-port')), grpc: true });
    process.stdout.write(`${JSON.stringify(chain)}\n`);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  }
}
