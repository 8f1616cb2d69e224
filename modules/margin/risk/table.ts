// The instrument risks of one oracle update laid out flat for the batch revaluation (./revalue.ts): one
// Float64Array of all scenario vectors, contiguous per instrument, and per-instrument typed arrays of the
// doubles portfolioMargin reads. Every double is copied from (or computed exactly as portfolioMargin computes
// it from) the InstrumentScenarios, so the batch path runs the same IEEE operations on the same bits.
import { MarginErrors } from '../errors';
import type { RiskParams } from './params';
import { scenarioGrid, type InstrumentScenarios } from './portfolio';

export interface RiskTable {
  /** Instrument ids in increasing (code-unit) order: an instrument's number is its index here. */
  ids: readonly string[];
  numbers: ReadonlyMap<string, number>;
  /** Underlying names in increasing order; `underlying[n]` indexes it. */
  underlyings: readonly string[];
  /** Scenarios per vector (the grid's length). */
  scenarios: number;
  imFactor: number;
  mmFactor: number;
  /** Instrument n's weighted P&L per contract at [n·scenarios, (n + 1)·scenarios). */
  pnl: Float64Array;
  underlying: Uint32Array;
  shortContingency: Float64Array;
  deltaContingency: Float64Array;
  /** maxAbsPnl + shortContingency + |deltaContingency|, summed in that order (the error bound's weight). */
  magnitude: Float64Array;
  markValue: Float64Array;
  contractSize: Float64Array;
  strike: Float64Array;
  contractMicros: Float64Array;
  expiry: Float64Array;
  /** 1 for a call. */
  isCall: Uint8Array;
  /** contractSize.raw, for the exact bigint netting of calls. */
  contractRaw: readonly bigint[];
}

/** The table of `risks` (e.g. buildRiskCache's values) under `params`; built once per oracle update. */
export function buildRiskTable(risks: Iterable<InstrumentScenarios>, params: RiskParams): RiskTable {
  const grid = scenarioGrid(params.portfolio);
  const S = grid.scenarios.length;
  const sorted = [...risks].sort((a, b) => (a.instrument.id < b.instrument.id ? -1 : a.instrument.id > b.instrument.id ? 1 : 0));
  const n = sorted.length;
  const underlyings = [...new Set(sorted.map((r) => r.instrument.underlying))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const uNumber = new Map(underlyings.map((u, i) => [u, i]));
  const t: RiskTable = {
    ids: sorted.map((r) => r.instrument.id),
    numbers: new Map(sorted.map((r, i) => [r.instrument.id, i])),
    underlyings,
    scenarios: S,
    imFactor: grid.imFactor,
    mmFactor: grid.mmFactor,
    pnl: new Float64Array(n * S),
    underlying: new Uint32Array(n),
    shortContingency: new Float64Array(n),
    deltaContingency: new Float64Array(n),
    magnitude: new Float64Array(n),
    markValue: new Float64Array(n),
    contractSize: new Float64Array(n),
    strike: new Float64Array(n),
    contractMicros: new Float64Array(n),
    expiry: new Float64Array(n),
    isCall: new Uint8Array(n),
    contractRaw: sorted.map((r) => r.instrument.contractSize.raw),
  };
  if (t.numbers.size !== n) throw MarginErrors.invalidMarkInput.wrap('risk table: an instrument id appears twice');
  sorted.forEach((r, i) => {
    if (r.pnl.length !== S) throw MarginErrors.invalidMarkInput.wrap(`scenario vector of ${r.instrument.id} does not match the grid`);
    t.pnl.set(r.pnl, i * S);
    t.underlying[i] = uNumber.get(r.instrument.underlying)!;
    t.shortContingency[i] = r.shortContingency;
    t.deltaContingency[i] = r.deltaContingency;
    t.magnitude[i] = r.maxAbsPnl + r.shortContingency + Math.abs(r.deltaContingency);
    t.markValue[i] = r.markValue;
    t.contractSize[i] = r.contractSize;
    t.strike[i] = r.strike;
    t.contractMicros[i] = r.contractMicros;
    t.expiry[i] = r.expiry;
    t.isCall[i] = r.isCall ? 1 : 0;
  });
  return t;
}
