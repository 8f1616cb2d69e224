/**
 * CometBFT's config.toml and genesis.json as settle writes them. config.toml is edited in place, key by
 * key, so CometBFT's comments (its documentation of every option) stay in the file; the result is
 * parsed back with smol-toml to check it is still valid TOML carrying the values set.
 */
import * as fs from 'node:fs';
import { parse as parseToml } from 'smol-toml';

// ---------------------------------------------------------------------------------------------
// Ports

/**
 * The five ports of one node, at fixed offsets from a base (CometBFT's usual layout from 26656):
 * P2P base+0, RPC base+1, ABCI base+2, CometBFT's Prometheus base+4, settle's metrics base+5.
 */
export interface NodePorts {
  p2p: number;
  rpc: number;
  abci: number;
  cometMetrics: number;
  appMetrics: number;
}

export const DEFAULT_BASE_PORT = 26656;

export function portsFrom(base: number): NodePorts {
  if (!Number.isInteger(base) || base < 1 || base + 5 > 65535) throw new Error(`invalid base port ${base}`);
  return { p2p: base, rpc: base + 1, abci: base + 2, cometMetrics: base + 4, appMetrics: base + 5 };
}

// ---------------------------------------------------------------------------------------------
// config.toml editing

export type TomlValue = string | number | boolean | string[];

function formatTomlValue(value: TomlValue): string {
  if (Array.isArray(value)) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
  if (typeof value === 'string') return JSON.stringify(value); // a JSON string is a valid TOML basic string
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} to TOML`);
    return String(value);
  }
  return value ? 'true' : 'false';
}

/**
 * Sets `key = value` inside `[section]` ('' = the top level, before the first table). The key must
 * already exist there: CometBFT's template lists every option, so a missing key means a typo or a
 * CometBFT version whose config differs — both must fail loudly rather than write a dead setting.
 */
export function setTomlKey(toml: string, section: string, key: string, value: TomlValue): string {
  const lines = toml.split('\n');
  let current = '';
  const keyRe = new RegExp(`^\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=`);
  for (let i = 0; i < lines.length; i++) {
    const sec = /^\s*\[([^\]]+)\]\s*(#.*)?$/.exec(lines[i]);
    if (sec) {
      current = sec[1].trim();
      continue;
    }
    if (current === section && keyRe.test(lines[i])) {
      lines[i] = `${key} = ${formatTomlValue(value)}`;
      return lines.join('\n');
    }
  }
  throw new Error(`config.toml has no key ${section ? `[${section}] ` : ''}${key}`);
}

/** `{ '': { moniker: 'x' }, consensus: { timeout_commit: '400ms' } }` → each key set in its section. */
export type TomlEdits = Record<string, Record<string, TomlValue>>;

export function applyTomlEdits(toml: string, edits: TomlEdits): string {
  let out = toml;
  for (const [section, keys] of Object.entries(edits)) {
    for (const [key, value] of Object.entries(keys)) out = setTomlKey(out, section, key, value);
  }
  // Check: still valid TOML, and every value reads back as written.
  const parsed = parseToml(out) as Record<string, unknown>;
  for (const [section, keys] of Object.entries(edits)) {
    const table = (section === '' ? parsed : parsed[section]) as Record<string, unknown> | undefined;
    for (const [key, value] of Object.entries(keys)) {
      if (JSON.stringify(table?.[key]) !== JSON.stringify(value)) throw new Error(`config.toml: ${section ? `[${section}] ` : ''}${key} did not read back as ${String(value)}`);
    }
  }
  return out;
}

export function editCometConfig(file: string, edits: TomlEdits): void {
  const toml = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, applyTomlEdits(toml, edits));
}

export function readCometConfig(file: string): Record<string, any> {
  return parseToml(fs.readFileSync(file, 'utf8')) as Record<string, any>;
}

/**
 * The mempool limits the app mirrors in CheckTx (SettleApp's `mempool` option), from a parsed
 * config.toml; CometBFT's defaults where a key is missing. Undefined, with the reason, when the app
 * cannot mirror the mempool: recheck off (it cannot tell what is left after a block) or no mempool.
 */
export function mempoolLimitsOf(config: Record<string, any>): { limits?: { maxTxs: number; maxTxsBytes: number }; reason?: string } {
  const m = (config.mempool ?? {}) as Record<string, unknown>;
  if ((m.type ?? 'flood') === 'nop') return { reason: 'mempool.type is "nop"' };
  if (m.recheck === false) return { reason: 'mempool.recheck is false' };
  const maxTxs = Number(m.size ?? 5000);
  const maxTxsBytes = Number(m.max_txs_bytes ?? 1073741824);
  if (!(maxTxs > 0) || !(maxTxsBytes > 0)) return { reason: `unusable mempool limits size=${String(m.size)} max_txs_bytes=${String(m.max_txs_bytes)}` };
  return { limits: { maxTxs, maxTxsBytes } };
}

/**
 * Consensus timeouts for fast blocks. CometBFT v0.38 keeps them in config.toml (not in genesis), so
 * every validator should use the same values. timeout_commit is the pause after a block is committed
 * to collect late precommits; with it at 400 ms a single validator makes a block every ~0.41 s and a
 * local 4-validator net (with FAST_GOSSIP) every ~0.45 s. The other timeouts only matter when something is wrong (a
 * proposer is down or slow): they are the wait before moving on to the next round, so they are kept
 * short enough to recover in a few seconds but long enough that a loaded 2-core machine running
 * four validators does not time out on healthy rounds.
 */
export const FAST_BLOCK_TIMEOUTS = {
  timeout_propose: '1s',
  timeout_propose_delta: '500ms',
  timeout_prevote: '500ms',
  timeout_prevote_delta: '250ms',
  timeout_precommit: '500ms',
  timeout_precommit_delta: '250ms',
  timeout_commit: '400ms',
} as const;

/**
 * Gossip latency. CometBFT's consensus gossip routines sleep `peer_gossip_sleep_duration` (100 ms by
 * default) whenever they have nothing to send, and the p2p layer batches writes for
 * `flush_throttle_timeout` (100 ms): each adds up to that much delay to every proposal and vote
 * step, which with several validators dominates a 400 ms timeout_commit. Measured on a 4-validator
 * localnet (2 cores): 716 ms per block with the defaults, 446 ms with both at 10 ms.
 */
export const FAST_GOSSIP = {
  peer_gossip_sleep_duration: '10ms',
  flush_throttle_timeout: '10ms',
} as const;

/**
 * CometBFT's own log filter (module:level pairs). CometBFT logs ~7 info lines per block; settle logs
 * one line per committed block itself, so CometBFT is kept to its start-up/shutdown messages (`main`)
 * and errors. Set `log_level = "info"` in config.toml to see everything.
 */
export const DEFAULT_COMET_LOG_LEVEL = 'main:info,*:error';

export interface CometConfigInput {
  moniker: string;
  ports: NodePorts;
  /** Host the P2P and RPC listeners bind to (127.0.0.1 keeps a dev node private). */
  listenHost: string;
  /** `id@host:port,...` */
  persistentPeers?: string;
  /** Several nodes on one machine: peers share an IP, and 127.0.0.1 is not a routable address. */
  localnet?: boolean;
  cometPrometheus?: boolean;
  /** Let browser apps on any origin call the RPC (development chains). */
  corsAnyOrigin?: boolean;
}

/** The edits settle makes to a fresh `cometbft init` config.toml (documented in docs/operators.md). */
export function cometConfigEdits(input: CometConfigInput): TomlEdits {
  const { ports, listenHost } = input;
  return {
    '': {
      moniker: input.moniker,
      proxy_app: `tcp://127.0.0.1:${ports.abci}`,
      abci: 'socket',
      log_level: DEFAULT_COMET_LOG_LEVEL,
      log_format: 'json', // parsed by settled's supervisor and re-logged through pino
    },
    rpc: {
      laddr: `tcp://${listenHost}:${ports.rpc}`,
      cors_allowed_origins: input.corsAnyOrigin ? ['*'] : [],
      pprof_laddr: '',
    },
    p2p: {
      laddr: `tcp://${listenHost}:${ports.p2p}`,
      persistent_peers: input.persistentPeers ?? '',
      seeds: '',
      external_address: '',
      addr_book_strict: !input.localnet,
      allow_duplicate_ip: Boolean(input.localnet),
      flush_throttle_timeout: FAST_GOSSIP.flush_throttle_timeout,
    },
    consensus: {
      ...FAST_BLOCK_TIMEOUTS,
      peer_gossip_sleep_duration: FAST_GOSSIP.peer_gossip_sleep_duration,
      create_empty_blocks: true,
      create_empty_blocks_interval: '0s',
    },
    tx_index: { indexer: 'kv' },
    instrumentation: {
      prometheus: input.cometPrometheus ?? true,
      prometheus_listen_addr: `127.0.0.1:${ports.cometMetrics}`,
      namespace: 'cometbft',
    },
  };
}

// ---------------------------------------------------------------------------------------------
// genesis.json

/** settle's consensus params (the rest keep CometBFT's defaults). See docs/operators.md. */
export const SETTLE_CONSENSUS_PARAMS = {
  /** 4 MiB: bounds the work of one FinalizeBlock in a single-threaded TypeScript app (CometBFT's default is 21 MiB). */
  blockMaxBytes: 4 * 1024 * 1024,
  /**
   * 100 M gas: bounds a block's FinalizeBlock in time as max_bytes bounds it in bytes. The heaviest flow per gas
   * measured is the options order flow (a 200-order batch is ~3.3 M gas, ~6 µs of FinalizeBlock per 1,000 gas on
   * this project's 2-core machine), so a full block is ~6,000 orders and ~0.6–0.9 s, or ~2,700 bank sends of
   * ~37,000 gas. Without it an order flood made 7–8 s blocks, and the oracle's prices (one update per block) went
   * stale with them.
   */
  blockMaxGas: 100_000_000,
  /**
   * Vote extensions on from the first block: the oracle will carry validators' prices in them, and
   * turning them on later needs a coordinated params change. Until then the app extends with empty
   * bytes and accepts only empty extensions.
   */
  voteExtensionsEnableHeight: 1,
};

export interface GenesisInput {
  chainId: string;
  appState: Record<string, unknown>;
  /** RFC 3339 with nanoseconds, as CometBFT writes it. */
  genesisTime: string;
  validators?: GenesisValidator[];
}

export interface GenesisValidator {
  address: string;
  pub_key: { type: string; value: string };
  power: string;
  name: string;
}

/** Rewrites a `cometbft init` genesis for settle. Keeps CometBFT's other consensus params. */
export function settleGenesis(base: Record<string, any>, input: GenesisInput): Record<string, any> {
  if (!/^[a-zA-Z0-9][a-zA-Z0-9._-]{0,49}$/.test(input.chainId)) {
    throw new Error(`invalid chain id "${input.chainId}" (letters, digits, '.', '_', '-', at most 50 characters)`);
  }
  const params = structuredClone(base.consensus_params ?? {});
  params.block = { ...(params.block ?? {}), max_bytes: String(SETTLE_CONSENSUS_PARAMS.blockMaxBytes), max_gas: String(SETTLE_CONSENSUS_PARAMS.blockMaxGas) };
  params.abci = { ...(params.abci ?? {}), vote_extensions_enable_height: String(SETTLE_CONSENSUS_PARAMS.voteExtensionsEnableHeight) };
  return {
    genesis_time: input.genesisTime,
    chain_id: input.chainId,
    initial_height: '1',
    consensus_params: params,
    validators: input.validators ?? base.validators,
    app_hash: '',
    app_state: input.appState,
  };
}

/** Now, in CometBFT's genesis time format (RFC 3339 UTC; whole milliseconds). */
export function genesisTimeNow(): string {
  return new Date().toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z');
}

export function readJson(file: string): Record<string, any> {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, any>;
}

export function writeJson(file: string, value: unknown): void {
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}
