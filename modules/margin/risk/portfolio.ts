// Portfolio margin: a scenario grid per underlying (spot moves × {vol up, unchanged, down}, plus extended
// moves counted at a fraction of their loss). Each instrument is revalued in every scenario once per oracle
// update (instrumentScenarioValues); an account's P&L per scenario is then a dot product of its sizes with
// those per-contract vectors, so margin cost scales with instruments, not accounts × instruments.
//
//   R   = worst weighted scenario loss (>= 0) + contingencies
//         contingencies = shortOptionContingency · spot · max(0, net short contract-units)
//                       + deltaContingency · spot · |net delta|
//   IM  = min(imFactor · R, max loss),  MM = min(mmFactor · R, max loss)       per underlying, summed
//
// "max loss" is the book's largest possible loss at expiry: Σ size·mark − Σ_expiry min_S payoff_expiry(S),
// the minimum of each expiry's piecewise-linear payoff over S >= 0 (at 0 and at every strike; unbounded,
// so no cap, when an expiry is net short calls). For one expiry it is exactly the loss if everything
// settles at the worst price; with several it assumes each expiry settles at its own worst price, which
// bounds the loss whatever happens in between. So no book needs more than it can lose.
//
// Determinism of the doubles. Scenario values are Dec (Black-76 from chain/math), so the per-contract
// vectors are exactly defined; they are stored as doubles (the one specified Dec → double conversion).
// Per account only IEEE + and × run, in a fixed order (positions in instrument-id order, which the
// functions below require; scenarios in grid order), plus min/max/abs, comparisons and
// Number(bigint): ECMA-262 makes each of them correctly rounded binary64 with no fused or extended
// operations, so every validator computes the same bits. The rounding error of those few operations is
// bounded (Higham's γ_n: at most n·2^-53 times the sum of the magnitudes involved); the engine adds a bound
// 8 times larger (2^-50 per operation) before converting to Dec rounding up, so the requirement is never
// below its exact value: rounding against the account.
import { black76Price, decToF64, Dec, f64ToDec, pow } from '../../../chain/math';
import { MarginErrors } from '../errors';
import { asMarkError, forwardAt, requireFreshPrice, secondsToExpiry } from './market';
import { markInstrument, type InstrumentMark } from './marks';
import type { PortfolioParams, RiskParams } from './params';
import type { Instrument, MarketData } from './types';

export type VolShift = 'up' | 'unchanged' | 'down';

export interface Scenario {
  name: string;
  /** Relative move of the spot and forwards, e.g. −0.15. */
  move: Dec;
  vol: VolShift;
  extended: boolean;
  /** Weight of the scenario's P&L: 1, or extendedLossWeight for an extended move. */
  weight: Dec;
}

/** The grid of one parameter set, with the doubles the per-account step needs. */
export interface ScenarioGrid {
  scenarios: readonly Scenario[];
  imFactor: number;
  mmFactor: number;
}

const gridCache = new WeakMap<PortfolioParams, ScenarioGrid>();

function percent(move: Dec): string {
  const p = move.mulInt(100n);
  return (p.isPositive() ? '+' : '') + p.toString() + '%';
}

/**
 * The scenarios in their fixed order: spot moves from −spotRange to +spotRange in spotSteps steps, each
 * with vol up, unchanged, down; then the extended moves −extendedMove and +extendedMove, each with the three
 * vol shifts. Names read "spot -15%, vol up", "spot +33% (extended), vol down".
 */
export function scenarioGrid(p: PortfolioParams): ScenarioGrid {
  const cached = gridCache.get(p);
  if (cached) return cached;
  const shifts: VolShift[] = ['up', 'unchanged', 'down'];
  const scenarios: Scenario[] = [];
  const n = BigInt(p.spotSteps);
  for (let i = 0n; i <= n; i++) {
    const move = p.spotRange.mulInt(2n * i - n).divInt(n, 'half-even');
    for (const vol of shifts) scenarios.push({ name: `spot ${percent(move)}, vol ${vol}`, move, vol, extended: false, weight: Dec.ONE });
  }
  for (const move of [p.extendedMove.neg(), p.extendedMove]) {
    for (const vol of shifts) scenarios.push({ name: `spot ${percent(move)} (extended), vol ${vol}`, move, vol, extended: true, weight: p.extendedLossWeight });
  }
  // imFactor/mmFactor as doubles rounded up by one 2^-50 step (the conversion may round down by 2^-53)
  const grid = { scenarios, imFactor: up(decToF64(p.imFactor)), mmFactor: up(decToF64(p.mmFactor)) };
  gridCache.set(p, grid);
  return grid;
}

/** Vol shock factors of one expiry: σ_up = σ·up, σ_down = σ·down. */
export interface VolShock {
  /** (vegaTerm / max(T, minTerm))^p, exact (chain/math pow, half-even). */
  mult: Dec;
  up: Dec;
  down: Dec;
}

/** The vol shock at `seconds` to expiry: one exact pow, to be computed once per expiry per oracle update. */
export function volShock(seconds: bigint, p: PortfolioParams): VolShock {
  const term = seconds > p.minTermSeconds ? seconds : p.minTermSeconds;
  const ratio = Dec.fromInt(p.vegaTermSeconds).divInt(term, 'half-even');
  const power = seconds < p.vegaTermSeconds ? p.vegaPowerShort : p.vegaPowerLong;
  const mult = pow(ratio, power, 'half-even');
  const down = Dec.ONE.sub(p.volDown.mul(mult, 'half-even'));
  return { mult, up: Dec.ONE.add(p.volUp.mul(mult, 'half-even')), down: down.isNegative() ? Dec.ZERO : down };
}

/** Vol shocks by expiry (Unix seconds) for one block time: the caller keeps one per oracle update. */
export type VolShockCache = Map<bigint, VolShock>;

/** An instrument revalued in every scenario, per contract, and what the per-account step needs of it. */
export interface InstrumentScenarios {
  instrument: Instrument;
  mark: InstrumentMark;
  /** The value of one contract in every scenario (grid order), rounded half-even. */
  values: readonly Dec[];
  /** weight · (value − mark) per contract, as doubles: the vector of the dot product. */
  pnl: Float64Array;
  /** max |pnl[s]|. */
  maxAbsPnl: number;
  /** shortOptionContingency · spot · contractSize (> 0) and deltaContingency · spot · delta, per contract. */
  shortContingency: number;
  deltaContingency: number;
  /** Mark, contract size and strike as doubles (for the max-loss cap). */
  markValue: number;
  contractSize: number;
  strike: number;
  /** contractSize in units of 1e-6 when it is a whole number of them below 2^40, else −1 (exact call netting). */
  contractMicros: number;
}

/**
 * The value per contract of `instrument` in every scenario of the grid. Sticky strike: an option keeps its
 * SVI vol at its strike, scaled by the expiry's vol shock; the forward moves with the spot. An expired
 * option is worth its intrinsic value at the moved spot. Computed once per oracle update per instrument and
 * cached by the caller; `shocks` memoizes the per-expiry pow, `mark` may be passed when already computed.
 */
export function instrumentScenarioValues(
  instrument: Instrument,
  market: MarketData,
  params: RiskParams,
  shocks: VolShockCache = new Map(),
  mark: InstrumentMark = markInstrument(instrument, market),
): InstrumentScenarios {
  requireFreshPrice(market, instrument);
  const p = params.portfolio;
  const grid = scenarioGrid(p);
  let shock = shocks.get(instrument.expirySeconds);
  if (!shock) {
    shock = volShock(secondsToExpiry(market, instrument.expirySeconds), p);
    shocks.set(instrument.expirySeconds, shock);
  }
  const cs = instrument.contractSize;
  const forward = forwardAt(market, instrument.expirySeconds);
  const volFor = { up: mark.vol.mul(shock.up, 'half-even'), unchanged: mark.vol, down: mark.vol.mul(shock.down, 'half-even') };
  const values: Dec[] = [];
  const pnl = new Float64Array(grid.scenarios.length);
  let maxAbs = 0;
  for (let s = 0; s < grid.scenarios.length; s++) {
    const sc = grid.scenarios[s];
    let price: Dec;
    try {
      price = black76Price({
        kind: instrument.kind,
        forward: forward.mul(Dec.ONE.add(sc.move), 'half-even'),
        strike: instrument.strike,
        time: mark.time,
        vol: mark.expired ? Dec.ZERO : volFor[sc.vol],
        rate: Dec.ZERO,
      });
    } catch (e) {
      throw asMarkError(e, `scenario "${sc.name}" of ${instrument.id}`);
    }
    const value = price.mul(cs, 'half-even');
    values.push(value);
    const diff = value.sub(mark.mark);
    const x = decToF64(sc.extended ? diff.mul(sc.weight, 'half-even') : diff);
    pnl[s] = x;
    if (Math.abs(x) > maxAbs) maxAbs = Math.abs(x);
  }
  const spot = market.spot;
  const micros = cs.raw % 1_000_000_000_000n === 0n && cs.raw / 1_000_000_000_000n < 1n << 40n ? Number(cs.raw / 1_000_000_000_000n) : -1;
  return {
    instrument,
    mark,
    values,
    pnl,
    maxAbsPnl: maxAbs,
    shortContingency: decToF64(p.shortOptionContingency.mul(spot, 'up').mul(cs, 'up')),
    deltaContingency: decToF64(p.deltaContingency.mul(spot, 'half-even').mul(mark.delta, 'half-even')),
    markValue: decToF64(mark.mark),
    contractSize: decToF64(cs),
    strike: decToF64(instrument.strike),
    contractMicros: micros,
  };
}

// ---------------------------------------------------------------------------------------------------
// The per-account step

/** One position with its instrument's precomputed scenario vector. */
export interface PortfolioLeg {
  risk: InstrumentScenarios;
  size: bigint;
}

/** 2^-50: eight times the unit roundoff, the bound added per operation. */
const EPS = 1 / 1125899906842624;
const MAX_SAFE = 9007199254740991n;

/** x plus 2^-50 of |x|: an upper bound of x·(1 + δ) for one rounding δ (and then some). */
function up(x: number): number {
  return x + Math.abs(x) * EPS;
}

/** The per-underlying result of the per-account step, in doubles that bound the exact values from above. */
export interface UnderlyingMargin {
  underlying: string;
  /** Index in the grid of the scenario with the largest weighted loss (the first on ties). */
  worstIndex: number;
  /** Largest weighted loss, >= 0. */
  worstLoss: number;
  contingency: number;
  /** Infinity when the book can lose without bound (net short calls in an expiry). */
  maxLoss: number;
  im: number;
  mm: number;
  /** The weighted P&L of every scenario (only when asked for: `{ pnl: true }`). */
  pnl?: Float64Array;
}

interface Group {
  underlying: string;
  acc: Float64Array;
  legs: PortfolioLeg[];
  xs: number[];
  magnitude: number;
  netShort: number;
  netDelta: number;
}

const groupPool: Group[] = [];

function group(i: number, underlying: string, scenarios: number): Group {
  let g = groupPool[i];
  if (!g || g.acc.length !== scenarios) {
    g = { underlying, acc: new Float64Array(scenarios), legs: [], xs: [], magnitude: 0, netShort: 0, netDelta: 0 };
    groupPool[i] = g;
  }
  g.underlying = underlying;
  g.acc.fill(0);
  g.legs.length = 0;
  g.xs.length = 0;
  g.magnitude = 0;
  g.netShort = 0;
  g.netDelta = 0;
  return g;
}

/**
 * IM and MM per underlying of an account, as doubles bounding the exact values from above. `legs` must be
 * in strictly increasing instrument-id order (the store's key order; equal ids are an error), which fixes
 * the order of every double operation. Underlyings come back sorted by name.
 */
export function portfolioUnderlyings(legs: readonly PortfolioLeg[], params: RiskParams, opts: { pnl?: boolean } = {}): UnderlyingMargin[] {
  const grid = scenarioGrid(params.portfolio);
  const S = grid.scenarios.length;
  const groups: Group[] = [];
  let prevId: string | undefined;
  for (const leg of legs) {
    const id = leg.risk.instrument.id;
    if (prevId !== undefined && !(prevId < id)) throw MarginErrors.invalidPosition.wrap(`positions must be in strictly increasing instrument order: ${prevId} then ${id}`);
    prevId = id;
    if (leg.size > MAX_SAFE || leg.size < -MAX_SAFE) throw MarginErrors.invalidPosition.wrap(`position size out of range: ${leg.size}`);
    if (leg.risk.pnl.length !== S) throw MarginErrors.invalidMarkInput.wrap(`scenario vector of ${id} does not match the grid`);
    const u = leg.risk.instrument.underlying;
    let g: Group | undefined;
    for (let i = 0; i < groups.length; i++) if (groups[i].underlying === u) g = groups[i];
    if (!g) {
      g = group(groups.length, u, S);
      groups.push(g);
    }
    const x = Number(leg.size);
    const v = leg.risk.pnl;
    const acc = g.acc;
    for (let s = 0; s < S; s++) acc[s] += x * v[s];
    const r = leg.risk;
    g.netShort += x * r.shortContingency;
    g.netDelta += x * r.deltaContingency;
    g.magnitude += Math.abs(x) * (r.maxAbsPnl + r.shortContingency + Math.abs(r.deltaContingency));
    g.legs.push(leg);
    g.xs.push(x);
  }
  groups.sort((a, b) => (a.underlying < b.underlying ? -1 : a.underlying > b.underlying ? 1 : 0));
  const out: UnderlyingMargin[] = [];
  for (const g of groups) {
    const acc = g.acc;
    let worstIndex = 0;
    let worst = -acc[0];
    for (let s = 1; s < S; s++) {
      if (-acc[s] > worst) {
        worst = -acc[s];
        worstIndex = s;
      }
    }
    const m = g.legs.length;
    const err = (m + 8) * EPS * g.magnitude;
    const worstLoss = worst > 0 ? worst + err : err;
    const contingency = (g.netShort < 0 ? -g.netShort : 0) + Math.abs(g.netDelta) + err;
    const base = up(worstLoss + contingency);
    const maxLoss = maxLossAtExpiry(g);
    const im = Math.min(up(grid.imFactor * base), maxLoss);
    const mm = Math.min(up(grid.mmFactor * base), maxLoss);
    const u: UnderlyingMargin = { underlying: g.underlying, worstIndex, worstLoss, contingency, maxLoss, im, mm };
    if (opts.pnl) u.pnl = acc.slice();
    out.push(u);
  }
  return out;
}

/** Σ size·mark − Σ_expiry min over S >= 0 of the expiry's payoff, bounded from above; Infinity if unbounded. */
function maxLossAtExpiry(g: Group): number {
  const legs = g.legs;
  const xs = g.xs;
  const m = legs.length;
  if (!callsBounded(g)) return Infinity;
  let value = 0;
  let kMax = 0;
  for (let i = 0; i < m; i++) {
    value += xs[i] * legs[i].risk.markValue;
    if (legs[i].risk.strike > kMax) kMax = legs[i].risk.strike;
  }
  let magnitude = 0;
  let minPayoffs = 0;
  for (let i = 0; i < m; i++) {
    const ri = legs[i].risk;
    const n = xs[i] * ri.contractSize;
    magnitude += Math.abs(xs[i] * ri.markValue) + Math.abs(n) * kMax;
    const e = ri.instrument.expirySeconds;
    let firstOfExpiry = true;
    for (let j = 0; j < i; j++) if (legs[j].risk.instrument.expirySeconds === e) firstOfExpiry = false;
    if (!firstOfExpiry) continue;
    // the expiry's payoff is piecewise linear with kinks at its strikes: its minimum over S >= 0 is at 0 or a strike
    let min = payoffAt(legs, xs, e, 0);
    for (let j = i; j < m; j++) {
      if (legs[j].risk.instrument.expirySeconds !== e) continue;
      const p = payoffAt(legs, xs, e, legs[j].risk.strike);
      if (p < min) min = p;
    }
    minPayoffs += min;
  }
  const loss = value - minPayoffs;
  const bound = loss + (2 * m + 8) * EPS * magnitude;
  return bound > 0 ? bound : 0;
}

function payoffAt(legs: readonly PortfolioLeg[], xs: readonly number[], expiry: bigint, spot: number): number {
  let total = 0;
  for (let i = 0; i < legs.length; i++) {
    const r = legs[i].risk;
    if (r.instrument.expirySeconds !== expiry) continue;
    const intrinsic = r.instrument.kind === 'call' ? spot - r.strike : r.strike - spot;
    if (intrinsic > 0) total += xs[i] * r.contractSize * intrinsic;
  }
  return total;
}

/** True when no expiry is net short calls (Σ size·contractSize over its calls >= 0), decided exactly. */
function callsBounded(g: Group): boolean {
  const legs = g.legs;
  for (let i = 0; i < legs.length; i++) {
    const ri = legs[i].risk;
    if (ri.instrument.kind !== 'call' || g.xs[i] >= 0) continue;
    // only an expiry with a short call can be net short: sum it exactly
    const e = ri.instrument.expirySeconds;
    let micros = 0;
    let magnitude = 0;
    let exact = true;
    for (let j = 0; j < legs.length; j++) {
      const rj = legs[j].risk;
      if (rj.instrument.kind !== 'call' || rj.instrument.expirySeconds !== e) continue;
      if (rj.contractMicros < 0) exact = false;
      micros += g.xs[j] * rj.contractMicros;
      magnitude += Math.abs(g.xs[j]) * rj.contractMicros;
    }
    if (exact && magnitude < 9007199254740992) {
      if (micros < 0) return false; // every product and partial sum is an integer below 2^53: exact
    } else {
      let net = 0n;
      for (let j = 0; j < legs.length; j++) {
        const rj = legs[j].risk;
        if (rj.instrument.kind === 'call' && rj.instrument.expirySeconds === e) net += legs[j].size * rj.instrument.contractSize.raw;
      }
      if (net < 0n) return false;
    }
  }
  return true;
}

/** An account's portfolio IM and MM: the per-underlying doubles summed in name order, rounded up to Dec. */
export function portfolioMargin(legs: readonly PortfolioLeg[], params: RiskParams): { im: Dec; mm: Dec } {
  const us = portfolioUnderlyings(legs, params);
  return { im: sumUp(us, 'im'), mm: sumUp(us, 'mm') };
}

/** Σ of the per-underlying values (non-negative, name order) plus its rounding bound, as a Dec rounded up. */
export function sumUp(us: readonly UnderlyingMargin[], field: 'im' | 'mm'): Dec {
  if (us.length === 0) return Dec.ZERO;
  let total = 0;
  for (const u of us) total += u[field];
  if (total === Infinity) throw MarginErrors.invalidMarkInput.wrap('portfolio requirement is not finite');
  return f64ToDec(total + (us.length + 1) * EPS * total, 'up');
}

/** A non-negative double bound as a Dec rounded up (Infinity: null). */
export function toDecUp(x: number): Dec | null {
  return x === Infinity ? null : f64ToDec(x, 'up');
}
