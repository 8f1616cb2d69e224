/**
 * settled's own configuration: `<home>/config/app.toml` (CometBFT's is config.toml beside it). Every
 * key is optional when read; missing keys take the defaults below, unknown keys are an error (a
 * misspelt option must not be silently ignored).
 */
import * as fs from 'node:fs';
import { parse as parseToml } from 'smol-toml';
import { Dec } from '../math';
import { defaultFeederConfig, parseFeederConfig, renderFeederConfig, type OracleFeederConfig } from './daemons/feeder/config';
import { DEFAULT_INDEX_EVENTS } from '../app/index-events';
import { defaultLiquidatorConfig, parseLiquidatorConfig, renderLiquidatorConfig, type LiquidatorConfig } from './daemons/liquidator/config';
import { defaultBridgeWatcherConfig, parseBridgeWatcherConfig, renderBridgeWatcherConfig, type BridgeWatcherConfig } from './daemons/bridge/config';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const LOG_FORMATS = ['json', 'plain'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface AppConfig {
  /** Where the ABCI server listens; must match config.toml's proxy_app. tcp://host:port or unix:///path. */
  abciAddress: string;
  log: { level: LogLevel; format: LogFormat };
  /** settle's Prometheus endpoint (`host:port`, served at /metrics); '' disables it. */
  metrics: { address: string };
  /** The LCD: the Cosmos REST API (`host:port`); '' disables it. CORS: any web page may call it. */
  lcd: { address: string; corsAnyOrigin: boolean };
  /** The gRPC server (`host:port`, plaintext); '' disables it. */
  grpc: { address: string };
  /** Application state versions kept (0 = keep every version). */
  pruning: { keepRecent: number };
  /** IAVL nodes kept in memory per store (0 = the store's default). */
  store: { cacheNodes: number };
  /** This validator's minimum gas price, enforced in CheckTx, e.g. "0.025usettle"; '' = none. */
  minimumGasPrices: string;
  /** Tx event attributes (`type.key`) CometBFT's indexer writes; [] = all. */
  indexEvents: string[];
  cometbft: {
    /** Path of the cometbft binary; '' = tools/bin/cometbft of this checkout, then `cometbft` on PATH. */
    binary: string;
    /** How long to wait for CometBFT to stop after SIGTERM before killing it. */
    stopTimeoutMs: number;
  };
  /** The oracle price feeder (see docs/oracle.md). */
  oracle: OracleFeederConfig;
  /** The liquidation daemon (see docs/operators.md). */
  liquidator: LiquidatorConfig;
  /** The bridge watcher (modules/bridge/README.md). */
  bridge: BridgeWatcherConfig;
}

export function defaultAppConfig(abciPort = 26658, metricsPort = 26661): AppConfig {
  return {
    abciAddress: `tcp://127.0.0.1:${abciPort}`,
    log: { level: 'info', format: 'json' },
    metrics: { address: `127.0.0.1:${metricsPort}` },
    lcd: { address: '', corsAnyOrigin: false },
    grpc: { address: '' },
    pruning: { keepRecent: 0 },
    store: { cacheNodes: 0 },
    minimumGasPrices: '',
    indexEvents: [...DEFAULT_INDEX_EVENTS],
    cometbft: { binary: '', stopTimeoutMs: 10_000 },
    oracle: defaultFeederConfig(),
    liquidator: defaultLiquidatorConfig(),
    bridge: defaultBridgeWatcherConfig(),
  };
}

export function renderAppConfig(c: AppConfig): string {
  const s = JSON.stringify;
  return `# settled's configuration. CometBFT's own settings (ports, peers, timeouts, indexer) are in
# config.toml beside this file. See docs/operators.md.

# Where settled's ABCI server listens. Must match proxy_app in config.toml.
# tcp://host:port or unix:///absolute/path.sock
abci_address = ${s(c.abciAddress)}

# The lowest gas price this node accepts into its mempool (CheckTx), e.g. "0.025usettle": a tx must
# pay at least gas_limit x price in that denom. "" accepts any fee. Not a consensus rule: blocks from
# other proposers are not checked against it.
minimum_gas_prices = ${s(c.minimumGasPrices)}

# Tx and block event attributes ("type.key") that CometBFT's indexers (config.toml [tx_index]) write,
# for tx_search / CosmJS searchTx and block_search. [] indexes every attribute (the Cosmos SDK's
# default), which costs CometBFT a database row per attribute per tx or block. The rest are still in
# every tx result and in the block results. tx.hash and tx.height are always indexed. Not a consensus setting.
index_events = [${c.indexEvents.map((e) => s(e)).join(', ')}]

[log]
# fatal | error | warn | info | debug | trace | silent (CometBFT's lines are filtered by log_level in
# config.toml first, then by this level).
level = ${s(c.log.level)}
# json (one JSON object per line, for log shippers) | plain (human-readable)
format = ${s(c.log.format)}

[metrics]
# Prometheus endpoint of settled (http://<address>/metrics); "" disables it. CometBFT's own
# endpoint is [instrumentation] in config.toml.
address = ${s(c.metrics.address)}

[lcd]
# The Cosmos REST API (the SDK's LCD paths and JSON: /cosmos/bank/v1beta1/balances/..., POST
# /cosmos/tx/v1beta1/txs, ...) at http://<address>; "" disables it. The devnet serves it at
# 127.0.0.1:1317. Plain HTTP without authentication: put a proxy in front of a public one.
address = ${s(c.lcd.address)}
# Answer CORS requests from any origin (Access-Control-Allow-Origin: *), so web pages (wallets,
# dApps, explorers) can call it from a browser. On for the devnet.
cors_any_origin = ${c.lcd.corsAnyOrigin}

[grpc]
# The gRPC server (the SDK's query services, cosmos.tx.v1beta1.Service and
# cosmos.base.tendermint.v1beta1.Service; plaintext HTTP/2) at <address>; "" disables it. The devnet
# serves it at 127.0.0.1:9090.
address = ${s(c.grpc.address)}

[pruning]
# Application state versions to keep; older ones are deleted after each commit. 0 keeps every version
# (an archive node; needed to query old heights with proofs).
keep_recent = ${c.pruning.keepRecent}

[store]
# IAVL nodes cached in memory per module store; 0 = the store's default.
cache_nodes = ${c.store.cacheNodes}

[cometbft]
# The cometbft binary settled starts (unless run with --abci-only). "" = tools/bin/cometbft of this
# checkout (scripts/install-cometbft.sh), then "cometbft" on PATH.
binary = ${s(c.cometbft.binary)}
# Milliseconds to wait for CometBFT to exit after SIGTERM before it is killed.
stop_timeout_ms = ${c.cometbft.stopTimeoutMs}

${renderFeederConfig(c.oracle)}
${renderLiquidatorConfig(c.liquidator)}
${renderBridgeWatcherConfig(c.bridge)}`;
}

/**
 * `minimum_gas_prices` → { denom, amount } ("0.025usettle" → 0.025 per gas unit in usettle); '' or
 * a zero amount → undefined (no minimum). One denom: the fee is paid in the chain's fee denom.
 */
export function parseMinGasPrice(text: string): { denom: string; amount: Dec } | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const m = /^(\d+(?:\.\d+)?)([a-zA-Z][a-zA-Z0-9/:._-]{2,127})$/.exec(t);
  if (!m) throw new Error(`app.toml: minimum_gas_prices "${text}" must look like "0.025usettle" (one denom)`);
  const amount = Dec.parse(m[1]);
  return amount.isZero() ? undefined : { denom: m[2], amount };
}

export function writeAppConfig(file: string, c: AppConfig): void {
  fs.writeFileSync(file, renderAppConfig(c));
}

type Table = Record<string, unknown>;

function table(v: unknown, where: string): Table {
  if (v === undefined) return {};
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Error(`app.toml: [${where}] must be a table`);
  return v as Table;
}

function checkKeys(t: Table, allowed: string[], where: string): void {
  for (const k of Object.keys(t)) {
    if (!allowed.includes(k)) throw new Error(`app.toml: unknown key ${where ? `[${where}] ` : ''}${k} (known: ${allowed.join(', ')})`);
  }
}

function str(t: Table, key: string, def: string, where: string): string {
  const v = t[key];
  if (v === undefined) return def;
  if (typeof v !== 'string') throw new Error(`app.toml: ${where}${key} must be a string`);
  return v;
}

function nonNegInt(t: Table, key: string, def: number, where: string): number {
  const v = t[key];
  if (v === undefined) return def;
  const n = typeof v === 'bigint' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) throw new Error(`app.toml: ${where}${key} must be a non-negative integer`);
  return n;
}

function bool(t: Table, key: string, def: boolean, where: string): boolean {
  const v = t[key];
  if (v === undefined) return def;
  if (typeof v !== 'boolean') throw new Error(`app.toml: ${where}${key} must be true or false`);
  return v;
}

/** A list of "type.key" event attribute names. */
function eventKeys(t: Table, key: string, def: string[]): string[] {
  const v = t[key];
  if (v === undefined) return def;
  if (!Array.isArray(v) || v.some((e) => typeof e !== 'string' || !/^[^.\s]+\.[^\s]+$/.test(e))) {
    throw new Error(`app.toml: ${key} must be a list of "type.key" strings, e.g. ["message.sender"]`);
  }
  return v as string[];
}

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new Error(`app.toml: ${what} must be one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

export function parseAppConfig(text: string): AppConfig {
  const d = defaultAppConfig();
  const root = parseToml(text) as Table;
  checkKeys(root, ['abci_address', 'minimum_gas_prices', 'index_events', 'log', 'metrics', 'lcd', 'grpc', 'pruning', 'store', 'cometbft', 'oracle', 'liquidator', 'bridge'], '');
  const log = table(root.log, 'log');
  checkKeys(log, ['level', 'format'], 'log');
  const metrics = table(root.metrics, 'metrics');
  checkKeys(metrics, ['address'], 'metrics');
  const lcd = table(root.lcd, 'lcd');
  checkKeys(lcd, ['address', 'cors_any_origin'], 'lcd');
  const grpc = table(root.grpc, 'grpc');
  checkKeys(grpc, ['address'], 'grpc');
  const pruning = table(root.pruning, 'pruning');
  checkKeys(pruning, ['keep_recent'], 'pruning');
  const store = table(root.store, 'store');
  checkKeys(store, ['cache_nodes'], 'store');
  const comet = table(root.cometbft, 'cometbft');
  checkKeys(comet, ['binary', 'stop_timeout_ms'], 'cometbft');
  const minimumGasPrices = str(root, 'minimum_gas_prices', d.minimumGasPrices, '');
  parseMinGasPrice(minimumGasPrices); // validate now
  return {
    abciAddress: str(root, 'abci_address', d.abciAddress, ''),
    minimumGasPrices,
    indexEvents: eventKeys(root, 'index_events', d.indexEvents),
    log: {
      level: oneOf(str(log, 'level', d.log.level, 'log.'), LOG_LEVELS, 'log.level'),
      format: oneOf(str(log, 'format', d.log.format, 'log.'), LOG_FORMATS, 'log.format'),
    },
    metrics: { address: str(metrics, 'address', d.metrics.address, 'metrics.') },
    lcd: { address: str(lcd, 'address', d.lcd.address, 'lcd.'), corsAnyOrigin: bool(lcd, 'cors_any_origin', d.lcd.corsAnyOrigin, 'lcd.') },
    grpc: { address: str(grpc, 'address', d.grpc.address, 'grpc.') },
    pruning: { keepRecent: nonNegInt(pruning, 'keep_recent', d.pruning.keepRecent, 'pruning.') },
    store: { cacheNodes: nonNegInt(store, 'cache_nodes', d.store.cacheNodes, 'store.') },
    cometbft: {
      binary: str(comet, 'binary', d.cometbft.binary, 'cometbft.'),
      stopTimeoutMs: nonNegInt(comet, 'stop_timeout_ms', d.cometbft.stopTimeoutMs, 'cometbft.'),
    },
    oracle: parseFeederConfig(root.oracle),
    liquidator: parseLiquidatorConfig(root.liquidator),
    bridge: parseBridgeWatcherConfig(root.bridge),
  };
}

export function readAppConfig(file: string): AppConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`cannot read ${file}: ${(err as Error).message} (run "settled init" first)`);
  }
  try {
    return parseAppConfig(text);
  } catch (err) {
    throw new Error(`${file}: ${(err as Error).message}`);
  }
}
