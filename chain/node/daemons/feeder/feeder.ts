/**
 * The price feeder inside settled (node-side: the wall clock and the network are allowed here and
 * only here). It polls its configured sources on a timer, takes the median per market across the
 * sources that answered, and keeps the latest snapshot with its time. The app's ExtendVote reads it
 * synchronously through `latest()` (the oracle module's PriceFeed interface) and never waits for a
 * source: a snapshot older than max_snapshot_age_ms, or none, means an empty vote extension.
 *
 * Fault switches for tests (never in production): with SETTLE_ORACLE_FAULTS=1 in the environment the
 * feeder reads <home>/oracle-faults.json at every poll: {"down": true} makes it report nothing,
 * {"price_multiplier": "10"} multiplies every price it reports.
 *
 * Price shocks on a devnet (docs/operators.md): while <home>/price-shock.json exists, its multipliers
 * ({"BTC/USD": "1.5"}) apply to what the SIMULATED sources produce, from the next poll on (the file is
 * re-read at every poll; delete it to return to the plain walk). Sources of real data ignore it.
 */
import * as fs from 'node:fs';
import type { Logger } from 'pino';
import { Dec } from '../../../math';
import type { FeedSlice, FeedSnapshot, PriceFeed } from '../../../../modules/oracle/feed';
import type { Daemon, DaemonHealth } from '../daemon';
import { jsonDec, jsonPath, type OracleFeederConfig, type SourceConfig } from './config';
import { simulatedPrice, simulatedSurface } from './simulated';

interface SourceResult {
  prices: Map<string, Dec>;
  surfaces: Map<string, FeedSlice[]>;
}

export interface FeederOptions {
  config: OracleFeederConfig;
  logger: Logger;
  /** Markets to report (the feeder reports what it can; the chain ignores markets it does not have). */
  markets?: string[];
  /** <home>/oracle-faults.json, honoured only with SETTLE_ORACLE_FAULTS=1. */
  faultFile?: string;
  /** <home>/price-shock.json: market → multiplier of the simulated sources' prices. */
  shockFile?: string;
  /** For tests: the clock (ms). */
  now?: () => number;
}

export interface FeederFaults {
  down?: boolean;
  price_multiplier?: string;
}

export class PriceFeeder implements PriceFeed, Daemon {
  readonly name = 'feeder';
  private snapshot: (FeedSnapshot & { atMs: number }) | undefined;
  private timer: NodeJS.Timeout | null = null;
  private polling = false;
  private faults: FeederFaults = {};
  private shock = new Map<string, Dec>();
  private readonly now: () => number;
  readonly markets: string[];
  /** Counters for logs and metrics. */
  polls = 0;
  failures = 0;

  constructor(private readonly options: FeederOptions) {
    this.now = options.now ?? (() => Date.now());
    this.markets = [...(options.markets ?? options.config.markets)];
  }

  start(): void {
    if (this.timer || !this.options.config.enabled) return;
    const simulated = this.options.config.sources.filter((s) => s.type === 'simulated').map((s) => s.name);
    if (simulated.length > 0) this.options.logger.warn({ sources: simulated }, 'the price feeder uses SIMULATED market data (devnet/localnet only)');
    void this.poll();
    this.timer = setInterval(() => void this.poll(), this.options.config.pollIntervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** ok while the feeder is off (by config) or its snapshot is fresh enough to be reported. */
  health(): DaemonHealth {
    if (!this.options.config.enabled) return { ok: true, detail: 'disabled in app.toml' };
    const counts = `${this.polls} polls, ${this.failures} failed`;
    if (this.faults.down) return { ok: false, detail: `down (fault switch), ${counts}` };
    if (!this.snapshot) return { ok: false, detail: `no snapshot yet, ${counts}` };
    const age = this.now() - this.snapshot.atMs;
    return { ok: age <= this.options.config.maxSnapshotAgeMs, detail: `snapshot ${age} ms old, ${counts}` };
  }

  /** The latest snapshot if fresh enough, else undefined (ExtendVote then extends with empty bytes). Never blocks. */
  latest(): FeedSnapshot | undefined {
    if (!this.options.config.enabled || this.faults.down || !this.snapshot) return undefined;
    if (this.now() - this.snapshot.atMs > this.options.config.maxSnapshotAgeMs) return undefined;
    const mult = this.faults.price_multiplier ? Dec.parse(this.faults.price_multiplier) : undefined;
    if (!mult) return this.snapshot;
    const prices = new Map([...this.snapshot.prices].map(([k, v]) => [k, v.mul(mult, 'half-even')] as [string, Dec]));
    return { prices, surfaces: this.snapshot.surfaces };
  }

  /** One round: every source concurrently (each bounded by its timeout), then the median per market. */
  async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      this.readFaults();
      this.readShock();
      const atMs = this.now();
      const results = await Promise.all(this.options.config.sources.map((s) => this.fetchSource(s, atMs)));
      const ok = results.filter((r): r is SourceResult => r !== undefined);
      this.polls++;
      if (ok.length === 0) return; // keep the old snapshot: it ages out by itself
      const prices = new Map<string, Dec>();
      for (const m of this.markets) {
        const values = ok.flatMap((r) => (r.prices.has(m) ? [r.prices.get(m)!] : []));
        const med = median(values);
        if (med) prices.set(m, med);
      }
      // Surfaces: from the first source (in config order) that has one for the market.
      const surfaces = new Map<string, FeedSlice[]>();
      for (const m of this.markets) {
        const s = ok.find((r) => (r.surfaces.get(m)?.length ?? 0) > 0);
        if (s) surfaces.set(m, s.surfaces.get(m)!);
      }
      this.snapshot = { prices, surfaces, atMs };
    } catch (err) {
      this.failures++;
      this.options.logger.warn({ err: (err as Error).message }, 'price feeder poll failed');
    } finally {
      this.polling = false;
    }
  }

  private readFaults(): void {
    if (process.env.SETTLE_ORACLE_FAULTS !== '1' || !this.options.faultFile) return;
    try {
      this.faults = JSON.parse(fs.readFileSync(this.options.faultFile, 'utf8')) as FeederFaults;
    } catch {
      this.faults = {};
    }
  }

  private readShock(): void {
    const file = this.options.shockFile;
    if (!file || !fs.existsSync(file)) {
      if (this.shock.size > 0) this.options.logger.warn({ file }, 'price shock removed');
      this.shock = new Map();
      return;
    }
    let next: Map<string, Dec>;
    try {
      next = parseShock(fs.readFileSync(file, 'utf8'));
    } catch (err) {
      this.options.logger.warn({ file, err: (err as Error).message }, 'price shock file unreadable: the previous shock stays');
      return;
    }
    const text = (m: Map<string, Dec>) => JSON.stringify([...m].map(([k, v]) => [k, v.toString()]));
    if (text(next) !== text(this.shock)) this.options.logger.warn({ file, shock: Object.fromEntries([...next].map(([k, v]) => [k, v.toString()])) }, 'price shock: simulated prices multiplied');
    this.shock = next;
  }

  private async fetchSource(s: SourceConfig, atMs: number): Promise<SourceResult | undefined> {
    try {
      if (s.type === 'simulated') {
        const t = Math.floor(atMs / 1000);
        const vol = Dec.parse(s.volatility);
        const shocked = (m: string, p: Dec): Dec => (this.shock.has(m) ? p.mul(this.shock.get(m)!, 'half-even').round(8, 'half-even') : p);
        const prices = new Map(this.markets.map((m) => [m, shocked(m, simulatedPrice(s.seed, m, t, vol))] as [string, Dec]));
        const surfaces = new Map<string, FeedSlice[]>();
        if (s.surfaces) for (const m of this.markets) surfaces.set(m, simulatedSurface(s.seed, m, t, { periodSeconds: s.expiryPeriodSeconds, offsetSeconds: s.expiryOffsetSeconds }));
        return { prices, surfaces };
      }
      const res = await fetch(s.url, { signal: AbortSignal.timeout(s.timeoutMs), headers: { accept: 'application/json' } });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const body = (await res.json()) as unknown;
      const prices = new Map<string, Dec>();
      for (const [m, path] of Object.entries(s.paths)) {
        const d = jsonDec(jsonPath(body, path));
        if (d && d.isPositive()) prices.set(m, d);
      }
      const surfaces = new Map<string, FeedSlice[]>();
      for (const [m, path] of Object.entries(s.surfacePaths)) {
        const arr = jsonPath(body, path);
        if (!Array.isArray(arr)) continue;
        const slices: FeedSlice[] = [];
        for (const x of arr) {
          const e = jsonDec(jsonPath(x, 'expiry'));
          const [a, b, rho, mm, sigma] = ['a', 'b', 'rho', 'm', 'sigma'].map((k) => jsonDec(jsonPath(x, k)));
          if (e && a && b && rho && mm && sigma) slices.push({ expiry: Number(e.toBigInt('down')), params: { a, b, rho, m: mm, sigma } });
        }
        if (slices.length > 0) surfaces.set(m, slices);
      }
      return { prices, surfaces };
    } catch (err) {
      this.options.logger.debug({ source: s.name, err: (err as Error).message }, 'price source failed');
      return undefined;
    }
  }
}

/** A price-shock file: {"<market>": "<positive decimal multiplier>", ...}; throws on anything else. */
export function parseShock(text: string): Map<string, Dec> {
  const obj = JSON.parse(text) as unknown;
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) throw new Error('price-shock.json must be an object {"BTC/USD": "1.5"}');
  const out = new Map<string, Dec>();
  for (const [m, v] of Object.entries(obj as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const d = jsonDec(v);
    if (!d || !d.isPositive()) throw new Error(`price-shock.json: ${m} must be a positive decimal multiplier`);
    out.set(m, d);
  }
  return out;
}

/** The median of the sources' values (the mean of the middle two for an even count). */
export function median(values: Dec[]): Dec | undefined {
  if (values.length === 0) return undefined;
  const v = values.slice().sort((a, b) => a.cmp(b));
  const mid = Math.floor(v.length / 2);
  return v.length % 2 === 1 ? v[mid] : v[mid - 1].add(v[mid]).divInt(2n, 'half-even');
}
