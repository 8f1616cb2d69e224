// A memo of instrument risk (mark, Greeks, standard requirement, scenario vector: risk/cache.ts's
// instrumentRisk) for the keeper's health path. During matching every order's pre-trade check and every
// maker's pre-fill check computes the health of a subaccount, and each health marks every instrument the
// subaccount holds: the same few instruments at the same prices, thousands of times a block.
//
// Determinism: instrumentRisk is a pure function of (instrument, market data, risk params). The memo's key
// is a canonical text of ALL of them (every instrument field, every market field including the block time
// and stale flags, and the stored params bytes), so a hit returns exactly what a fresh computation would:
// bit-identical results, whatever was computed before, in CheckTx or FinalizeBlock. A computation that
// throws (stale or unpriceable market) is never stored, so it throws again the same way. Entries are
// read-only (health() never writes to them). The memo is bounded: when full it is emptied.
import { Dec } from '../../chain/math';
import { instrumentRisk, type Instrument, type InstrumentRisk, type MarketData, type RiskParams } from './risk';

/** Canonical text of a value of the risk inputs: every field, typed, in a fixed order (object keys sorted). */
export function canonicalKey(v: unknown): string {
  if (v instanceof Dec) return `d${v.toString()}`;
  switch (typeof v) {
    case 'bigint':
      return `n${v}`;
    case 'string':
      return JSON.stringify(v);
    case 'number':
      return Object.is(v, -0) ? 'f-0' : `f${v}`;
    case 'boolean':
      return v ? 'T' : 'F';
    case 'undefined':
      return 'u';
  }
  if (v === null) return 'z';
  if (v instanceof Map) return `M[${[...v.entries()].map(([k, x]) => `${canonicalKey(k)}:${canonicalKey(x)}`).join(',')}]`;
  if (Array.isArray(v)) return `A[${v.map(canonicalKey).join(',')}]`;
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalKey(o[k])}`)
      .join(',')}}`;
  }
  // an input type this function does not know could hide a field: refuse rather than risk a wrong hit
  throw new Error(`risk cache: cannot key a ${Object.prototype.toString.call(v)}`);
}

export class InstrumentRiskMemo {
  private readonly entries = new Map<string, InstrumentRisk>();
  /** Market data objects are built once per health call: their key once per object. */
  private readonly marketKeys = new WeakMap<MarketData, string>();
  hits = 0;
  misses = 0;

  constructor(private readonly maxEntries = 4096) {}

  /** instrumentRisk(instrument, market, params), memoized; `paramsKey` must identify `params` exactly (the stored params bytes). */
  get(instrument: Instrument, market: MarketData, params: RiskParams, paramsKey: string): InstrumentRisk {
    let mk = this.marketKeys.get(market);
    if (mk === undefined) this.marketKeys.set(market, (mk = canonicalKey(market)));
    const key = `${paramsKey}\u0000${mk}\u0000${canonicalKey(instrument)}`;
    const hit = this.entries.get(key);
    if (hit) {
      this.hits++;
      return hit;
    }
    this.misses++;
    const risk = instrumentRisk(instrument, market, params); // throws: nothing stored
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, risk);
    return risk;
  }

  /** The risk of every instrument of `instruments` whose underlying has market data, as health() takes it. */
  riskOf(instruments: ReadonlyMap<string, Instrument>, markets: ReadonlyMap<string, MarketData>, params: RiskParams, paramsKey: string): Map<string, InstrumentRisk> | undefined {
    const out = new Map<string, InstrumentRisk>();
    for (const ins of instruments.values()) {
      const market = markets.get(ins.underlying);
      if (!market) return undefined;
      // a stale market throws inside health() with its own message: leave those to it (not memoized)
      try {
        out.set(ins.id, this.get(ins, market, params, paramsKey));
      } catch {
        return undefined;
      }
    }
    return out;
  }
}
