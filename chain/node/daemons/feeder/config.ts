/**
 * The price feeder's section of app.toml:
 *
 *   [oracle]
 *   enabled = true                 # extend votes with this node's prices
 *   poll_interval_ms = 1000        # how often the sources are polled
 *   max_snapshot_age_ms = 5000     # an older snapshot is not reported (the vote is extended empty)
 *
 *   [[oracle.sources]]             # one table per source; the feeder takes the median across sources
 *   name = "simulated"
 *   type = "simulated"             # SIMULATED prices: a deterministic random walk, for devnets only
 *   seed = "settle"
 *   volatility = "1"               # scales the walk's amplitude
 *   surfaces = true                # also produce SVI surfaces
 *   expiry_period_seconds = 86400  # the chain's expiry grid (options params of the same names): the
 *   expiry_offset_seconds = 28800  # default reports Fridays 08:00 UTC, any other grid its next 4 points
 *
 *   [[oracle.sources]]
 *   name = "my-exchange"
 *   type = "http-json"
 *   url = "https://example.invalid/prices"
 *   timeout_ms = 2000
 *   paths = { "BTC/USD" = "data.btc.price", "ETH/USD" = "data.eth.price" }
 *   surface_paths = { "BTC/USD" = "surfaces.btc" }   # optional: [{expiry,a,b,rho,m,sigma}, ...]
 */
import { Dec } from '../../../math';
import { MARKET_ID } from '../../../../modules/oracle/keeper';

export interface SimulatedSourceConfig {
  name: string;
  type: 'simulated';
  seed: string;
  volatility: string;
  surfaces: boolean;
  /** The chain's expiry grid (options params): which expiries the surfaces have. */
  expiryPeriodSeconds: number;
  expiryOffsetSeconds: number;
}

export interface HttpJsonSourceConfig {
  name: string;
  type: 'http-json';
  url: string;
  timeoutMs: number;
  /** market id → dotted JSON path of its price (a number or a decimal string). */
  paths: Record<string, string>;
  /** market id → dotted JSON path of an array of SVI slices. */
  surfacePaths: Record<string, string>;
}

export type SourceConfig = SimulatedSourceConfig | HttpJsonSourceConfig;

/** The markets a feeder reports unless app.toml says otherwise (the markets a new chain starts with). */
export const DEFAULT_FEEDER_MARKETS: readonly string[] = ['BTC/USD', 'ETH/USD'];

export interface OracleFeederConfig {
  enabled: boolean;
  /** Market ids this validator reports; add one here when governance lists a new oracle market. */
  markets: string[];
  pollIntervalMs: number;
  maxSnapshotAgeMs: number;
  sources: SourceConfig[];
}

export function defaultFeederConfig(): OracleFeederConfig {
  return {
    enabled: true,
    markets: [...DEFAULT_FEEDER_MARKETS],
    pollIntervalMs: 1000,
    maxSnapshotAgeMs: 5000,
    sources: [simulatedSource()],
  };
}

/** A simulated source, by default on the daily 08:00 UTC expiry grid. */
export function simulatedSource(over: Partial<SimulatedSourceConfig> = {}): SimulatedSourceConfig {
  return { name: 'simulated', type: 'simulated', seed: 'settle', volatility: '1', surfaces: true, expiryPeriodSeconds: 86_400, expiryOffsetSeconds: 28_800, ...over };
}

type Table = Record<string, unknown>;

function isTable(v: unknown): v is Table {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function keys(t: Table, allowed: string[], where: string): void {
  for (const k of Object.keys(t)) if (!allowed.includes(k)) throw new Error(`app.toml: unknown key [${where}] ${k} (known: ${allowed.join(', ')})`);
}

function int(v: unknown, def: number, what: string): number {
  if (v === undefined) return def;
  const n = typeof v === 'bigint' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n <= 0) throw new Error(`app.toml: ${what} must be a positive integer`);
  return n;
}

function strMap(v: unknown, what: string): Record<string, string> {
  if (v === undefined) return {};
  if (!isTable(v)) throw new Error(`app.toml: ${what} must be a table of strings`);
  const out: Record<string, string> = {};
  for (const [k, s] of Object.entries(v)) {
    if (typeof s !== 'string') throw new Error(`app.toml: ${what}.${k} must be a string`);
    out[k] = s;
  }
  return out;
}

export function parseFeederConfig(raw: unknown): OracleFeederConfig {
  const d = defaultFeederConfig();
  if (raw === undefined) return d;
  if (!isTable(raw)) throw new Error('app.toml: [oracle] must be a table');
  keys(raw, ['enabled', 'markets', 'poll_interval_ms', 'max_snapshot_age_ms', 'sources'], 'oracle');
  if (raw.enabled !== undefined && typeof raw.enabled !== 'boolean') throw new Error('app.toml: oracle.enabled must be true or false');
  const sourcesRaw = raw.sources === undefined ? undefined : raw.sources;
  if (sourcesRaw !== undefined && !Array.isArray(sourcesRaw)) throw new Error('app.toml: oracle.sources must be an array of tables ([[oracle.sources]])');
  const sources: SourceConfig[] = sourcesRaw === undefined ? d.sources : sourcesRaw.map((s, i) => parseSource(s, i));
  const names = sources.map((s) => s.name);
  if (new Set(names).size !== names.length) throw new Error('app.toml: oracle source names must be unique');
  return {
    enabled: (raw.enabled as boolean | undefined) ?? d.enabled,
    markets: raw.markets === undefined ? d.markets : parseMarkets(raw.markets),
    pollIntervalMs: int(raw.poll_interval_ms, d.pollIntervalMs, 'oracle.poll_interval_ms'),
    maxSnapshotAgeMs: int(raw.max_snapshot_age_ms, d.maxSnapshotAgeMs, 'oracle.max_snapshot_age_ms'),
    sources,
  };
}

function parseMarkets(raw: unknown): string[] {
  const what = 'app.toml: oracle.markets must be a list of distinct market ids like "BTC/USD"';
  if (!Array.isArray(raw) || raw.some((m) => typeof m !== 'string' || !MARKET_ID.test(m))) throw new Error(what);
  if (new Set(raw).size !== raw.length) throw new Error(`${what} (a duplicate)`);
  return raw as string[];
}

function parseSource(s: unknown, i: number): SourceConfig {
  const where = `oracle.sources[${i}]`;
  if (!isTable(s)) throw new Error(`app.toml: ${where} must be a table`);
  const name = typeof s.name === 'string' && s.name ? s.name : `source-${i}`;
  if (s.type === 'simulated') {
    keys(s, ['name', 'type', 'seed', 'volatility', 'surfaces', 'expiry_period_seconds', 'expiry_offset_seconds'], where);
    const volatility = s.volatility === undefined ? '1' : String(s.volatility);
    if (!/^\d+(\.\d+)?$/.test(volatility)) throw new Error(`app.toml: ${where}.volatility must be a non-negative decimal string`);
    const d = simulatedSource();
    const period = int(s.expiry_period_seconds, d.expiryPeriodSeconds, `${where}.expiry_period_seconds`);
    const offset = s.expiry_offset_seconds === 0 || s.expiry_offset_seconds === 0n ? 0 : int(s.expiry_offset_seconds, d.expiryOffsetSeconds, `${where}.expiry_offset_seconds`);
    if (offset >= period) throw new Error(`app.toml: ${where}.expiry_offset_seconds must be below expiry_period_seconds`);
    return simulatedSource({ name, seed: typeof s.seed === 'string' ? s.seed : 'settle', volatility, surfaces: s.surfaces === undefined ? true : Boolean(s.surfaces), expiryPeriodSeconds: period, expiryOffsetSeconds: offset });
  }
  if (s.type === 'http-json') {
    keys(s, ['name', 'type', 'url', 'timeout_ms', 'paths', 'surface_paths'], where);
    if (typeof s.url !== 'string' || !/^https?:\/\//.test(s.url)) throw new Error(`app.toml: ${where}.url must be an http(s) URL`);
    return { name, type: 'http-json', url: s.url, timeoutMs: int(s.timeout_ms, 2000, `${where}.timeout_ms`), paths: strMap(s.paths, `${where}.paths`), surfacePaths: strMap(s.surface_paths, `${where}.surface_paths`) };
  }
  throw new Error(`app.toml: ${where}.type must be "simulated" or "http-json"`);
}

/** The [oracle] section as TOML (written by `settled init`). */
export function renderFeederConfig(c: OracleFeederConfig): string {
  const s = JSON.stringify;
  const lines = [
    '[oracle]',
    '# The price feeder: polls the sources below, takes the median per market, and this validator puts the',
    '# result in its vote extensions (see docs/oracle.md). false = always extend with empty bytes.',
    `enabled = ${c.enabled}`,
    '# The oracle markets this validator reports (ids as listed on chain; add one when governance lists it).',
    `markets = [${c.markets.map((m) => s(m)).join(', ')}]`,
    '# How often the sources are polled, and the oldest snapshot still reported.',
    `poll_interval_ms = ${c.pollIntervalMs}`,
    `max_snapshot_age_ms = ${c.maxSnapshotAgeMs}`,
  ];
  for (const src of c.sources) {
    lines.push('', '[[oracle.sources]]', `name = ${s(src.name)}`, `type = ${s(src.type)}`);
    if (src.type === 'simulated') {
      lines.push('# SIMULATED market data (a deterministic random walk): for devnets and localnets only.', `seed = ${s(src.seed)}`, `volatility = ${s(src.volatility)}`, `surfaces = ${src.surfaces}`, '# The chain\'s expiry grid (options params): the surfaces report its expiries.', `expiry_period_seconds = ${src.expiryPeriodSeconds}`, `expiry_offset_seconds = ${src.expiryOffsetSeconds}`);
    } else {
      const tbl = (m: Record<string, string>): string => `{ ${Object.entries(m).map(([k, v]) => `${s(k)} = ${s(v)}`).join(', ')} }`;
      lines.push(`url = ${s(src.url)}`, `timeout_ms = ${src.timeoutMs}`, `paths = ${tbl(src.paths)}`, `surface_paths = ${tbl(src.surfacePaths)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A JSON value (number or decimal string) as a Dec; undefined when it is neither. Never uses parseFloat. */
export function jsonDec(v: unknown): Dec | undefined {
  try {
    if (typeof v === 'string') return Dec.parse(v.trim(), 'half-even');
    if (typeof v === 'number' && Number.isFinite(v)) {
      const text = String(v);
      return Dec.parse(/e/i.test(text) ? v.toFixed(18) : text, 'half-even');
    }
  } catch {
    return undefined;
  }
  return undefined;
}

export function jsonPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.split('.').filter(Boolean)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Array.isArray(cur) && /^\d+$/.test(part) ? cur[Number(part)] : (cur as Table)[part];
  }
  return cur;
}
