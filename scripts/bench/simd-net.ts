// The reference chain of `npm run bench:peer`: a single-validator simd (ibc-go v8.8.0's simapp,
// Cosmos SDK v0.50 with CometBFT v0.38 in the same process) set up like settle's devnet: the same
// bench accounts and balances in genesis, the same block size limits, and the same consensus
// timeouts, gossip and flush settings, mempool and tx indexer in config.toml. The pure parts
// (genesis and config edits) are unit-tested; the rest drives the simd binary (scripts/install-simd.sh).
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyTomlEdits, FAST_BLOCK_TIMEOUTS, FAST_GOSSIP, portsFrom, readJson, SETTLE_CONSENSUS_PARAMS, writeJson, type TomlEdits } from '../../chain/node/cometbft-config';

export const SIMD_CHAIN_ID = 'simd-bench-1';
export const SIMD_PREFIX = 'cosmos';
export const SIMD_BOND_DENOM = 'stake';
const VALIDATOR_KEY = 'val';

/** The bench accounts' coins on both chains: the bank-send load spends uusdc and pays fees in usettle. */
export const BENCH_COINS = [
  { denom: 'usettle', amount: '1000000000000' },
  { denom: 'uusdc', amount: '1000000000000' },
];

/**
 * Adds the bench accounts (BaseAccounts, numbered after the genesis' highest account number) and
 * their balances to a `simd genesis collect-gentxs` genesis; drops the total supply so the bank
 * module recomputes it from the balances; sets settle's block limits (max_bytes, max_gas). Vote
 * extensions stay off: simapp has no ExtendVote handler. Returns the account numbers in `addresses` order.
 */
export function simdBenchGenesis(base: Record<string, any>, addresses: string[], coins = BENCH_COINS): { genesis: Record<string, any>; numbers: bigint[] } {
  const genesis = structuredClone(base);
  const auth = genesis.app_state?.auth;
  const bank = genesis.app_state?.bank;
  if (!auth || !Array.isArray(auth.accounts) || !bank || !Array.isArray(bank.balances)) throw new Error('simd genesis has no auth accounts or bank balances');
  const taken = new Set<string>();
  let next = 0n;
  for (const a of auth.accounts as Array<Record<string, any>>) {
    const address = a.address ?? a.base_account?.address;
    if (address) taken.add(address);
    const n = BigInt(a.account_number ?? a.base_account?.account_number ?? 0);
    if (n + 1n > next) next = n + 1n;
  }
  const numbers: bigint[] = [];
  for (const address of addresses) {
    if (taken.has(address)) throw new Error(`${address} is already in the simd genesis`);
    taken.add(address);
    auth.accounts.push({ '@type': '/cosmos.auth.v1beta1.BaseAccount', address, pub_key: null, account_number: next.toString(), sequence: '0' });
    bank.balances.push({ address, coins: coins.map((c) => ({ ...c })) });
    numbers.push(next);
    next += 1n;
  }
  bank.supply = [];
  const block = (genesis.consensus?.params?.block ?? genesis.consensus_params?.block) as Record<string, string> | undefined;
  if (!block) throw new Error('simd genesis has no consensus block params');
  block.max_bytes = String(SETTLE_CONSENSUS_PARAMS.blockMaxBytes);
  block.max_gas = String(SETTLE_CONSENSUS_PARAMS.blockMaxGas);
  return { genesis, numbers };
}

/**
 * config.toml for simd: what settle's devnet sets (chain/node/cometbft-config.ts cometConfigEdits):
 * FAST_BLOCK_TIMEOUTS, FAST_GOSSIP, empty blocks, the kv tx indexer, Prometheus metrics, the
 * default mempool; ports from `base` like a settle node (P2P +0, RPC +1, CometBFT metrics +4).
 */
export function simdCometEdits(base: number): TomlEdits {
  const ports = portsFrom(base);
  return {
    '': { moniker: 'simd-bench', log_level: 'error', log_format: 'json' },
    rpc: { laddr: `tcp://127.0.0.1:${ports.rpc}`, pprof_laddr: '' },
    p2p: { laddr: `tcp://127.0.0.1:${ports.p2p}`, persistent_peers: '', seeds: '', flush_throttle_timeout: FAST_GOSSIP.flush_throttle_timeout },
    consensus: {
      ...FAST_BLOCK_TIMEOUTS,
      peer_gossip_sleep_duration: FAST_GOSSIP.peer_gossip_sleep_duration,
      create_empty_blocks: true,
      create_empty_blocks_interval: '0s',
    },
    mempool: { size: 5000, recheck: true },
    tx_index: { indexer: 'kv' },
    instrumentation: { prometheus: true, prometheus_listen_addr: `127.0.0.1:${ports.cometMetrics}`, namespace: 'cometbft' },
  };
}

/** app.toml for simd: no fee floor (settle's devnet has none), no gRPC or REST servers (the load uses CometBFT's RPC only). */
export function simdAppEdits(): TomlEdits {
  return {
    '': { 'minimum-gas-prices': `0${SIMD_BOND_DENOM}` },
    api: { enable: false },
    grpc: { enable: false },
  };
}

function run(bin: string, args: string[]): string {
  const r = spawnSync(bin, args, { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`${path.basename(bin)} ${args.join(' ')} failed: ${(r.stderr || r.stdout || r.error?.message || '').trim().slice(-800)}`);
  return `${r.stdout}${r.stderr}`;
}

/**
 * A simd home with one validator and the bench accounts, made once per benchmark and copied for
 * each phase (each phase starts from this genesis with a fresh data folder).
 */
export function createSimdTemplate(simd: string, addresses: string[]): { home: string; numbers: bigint[] } {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'settle-bench-simd-template-'));
  const h = ['--home', home];
  run(simd, ['init', 'simd-bench', '--chain-id', SIMD_CHAIN_ID, ...h]);
  run(simd, ['keys', 'add', VALIDATOR_KEY, '--keyring-backend', 'test', '--output', 'json', ...h]);
  run(simd, ['genesis', 'add-genesis-account', VALIDATOR_KEY, `1000000000000${SIMD_BOND_DENOM}`, '--keyring-backend', 'test', ...h]);
  run(simd, ['genesis', 'gentx', VALIDATOR_KEY, `1000000000${SIMD_BOND_DENOM}`, '--chain-id', SIMD_CHAIN_ID, '--keyring-backend', 'test', ...h]);
  run(simd, ['genesis', 'collect-gentxs', ...h]);
  const file = path.join(home, 'config', 'genesis.json');
  const { genesis, numbers } = simdBenchGenesis(readJson(file), addresses);
  writeJson(file, genesis);
  run(simd, ['genesis', 'validate-genesis', ...h]);
  const appToml = path.join(home, 'config', 'app.toml');
  fs.writeFileSync(appToml, applyTomlEdits(fs.readFileSync(appToml, 'utf8'), simdAppEdits()));
  return { home, numbers };
}

/** Copies the template into `home` and sets its ports. */
export function prepareSimdHome(template: string, home: string, base: number): void {
  fs.cpSync(template, home, { recursive: true });
  const file = path.join(home, 'config', 'config.toml');
  fs.writeFileSync(file, applyTomlEdits(fs.readFileSync(file, 'utf8'), simdCometEdits(base)));
}

/** `simd start` on a prepared home; stdout and stderr to `logFile`. */
export function spawnSimd(simd: string, home: string, logFile: string): ReturnType<typeof spawn> {
  const fd = fs.openSync(logFile, 'a');
  const child = spawn(simd, ['start', '--home', home], { stdio: ['ignore', fd, fd], env: process.env });
  fs.closeSync(fd);
  return child;
}
