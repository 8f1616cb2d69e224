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
  /** The expiry (Unix seconds, exact below 2^53) and the kind, for the per-account step. */
  expiry: number;
  isCall: boolean;
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
  if (instrument.expirySeconds < 0n || instrument.expirySeconds > 9007199254740991n) throw MarginErrors.invalidMarkInput.wrap(`instrument ${instrument.id}: expiry out of range`);
  const p = params.portfolio;
  const grid = scenarioGrid(p);
  let shock = shocks.get(instrument.expirySeconds);
  if (!shock) {
    shock = volShock(secondsToExpiry(market, instrument.expirySeconds), p);
    shocks.set(instrument.expirySeconds, shock);
  }
  const cs = instrument.contractSize;
  // a fixed settlement price does not move with the spot
  const fixed = instrument.settlementPrice;
  const forward = fixed ?? forwardAt(market, instrument.expirySeconds);
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
        forward: fixed ?? forward.mul(Dec.ONE.add(sc.move), 'half-even'),
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
    expiry: Number(instrument.expirySeconds),
    isCall: instrument.kind === 'call',
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

// Scalars of a group live in a Float64Array (stores into object fields could box doubles).
const NET_SHORT = 0;
const NET_DELTA = 1;
const MAGNITUDE = 2;
const WORST_LOSS = 3;
const CONTINGENCY = 4;
const MAX_LOSS = 5;
const IM = 6;
const MM = 7;

interface Group {
  underlying: string;
  acc: Float64Array;
  /** NET_SHORT … MM. */
  f: Float64Array;
  worstIndex: number;
  /** The group's legs and their sizes as doubles, legs[0..n) (the arrays are reused, never shrunk). */
  legs: PortfolioLeg[];
  xs: Float64Array;
  n: number;
}

// Scratch reused by every call (the step is synchronous and not re-entrant): no allocation per account.
const pool: Group[] = [];
/** The groups of the current call, sorted by underlying name. */
const sorted: Group[] = [];

function takeGroup(i: number, underlying: string, scenarios: number): Group {
  let g = pool[i];
  if (!g || g.acc.length !== scenarios) {
    g = { underlying, acc: new Float64Array(scenarios), f: new Float64Array(8), worstIndex: 0, legs: [], xs: new Float64Array(16), n: 0 };
    pool[i] = g;
  }
  g.underlying = underlying;
  g.acc.fill(0);
  g.f.fill(0);
  g.n = 0;
  return g;
}

/** Evaluates an account into `sorted[0..count)`; returns count. */
function evaluate(legs: readonly PortfolioLeg[], grid: ScenarioGrid, reportMaxLoss: boolean): number {
  const S = grid.scenarios.length;
  let count = 0;
  let prevId: string | undefined;
  for (let l = 0; l < legs.length; l++) {
    const leg = legs[l];
    const r = leg.risk;
    const id = r.instrument.id;
    if (prevId !== undefined && !(prevId < id)) throw MarginErrors.invalidPosition.wrap(`positions must be in strictly increasing instrument order: ${prevId} then ${id}`);
    prevId = id;
    // Number() rounds to nearest, so |size| >= 2^53 exactly when |x| >= 2^53 (and bigint comparisons are slow)
    const x = Number(leg.size);
    if (x > 9007199254740991 || x < -9007199254740991) throw MarginErrors.invalidPosition.wrap(`position size out of range: ${leg.size}`);
    if (r.pnl.length !== S) throw MarginErrors.invalidMarkInput.wrap(`scenario vector of ${id} does not match the grid`);
    const u = r.instrument.underlying;
    let g: Group | undefined;
    for (let i = 0; i < count; i++) {
      if (sorted[i].underlying === u) {
        g = sorted[i];
        break;
      }
    }
    if (!g) {
      g = takeGroup(count, u, S);
      // keep `sorted` in name order (code-unit order: the same on every engine)
      let at = count;
      while (at > 0 && sorted[at - 1].underlying > u) {
        sorted[at] = sorted[at - 1];
        at--;
      }
      sorted[at] = g;
      count++;
    }
    const v = r.pnl;
    const acc = g.acc;
    for (let s = 0; s < S; s++) acc[s] += x * v[s];
    const f = g.f;
    f[NET_SHORT] += x * r.shortContingency;
    f[NET_DELTA] += x * r.deltaContingency;
    f[MAGNITUDE] += Math.abs(x) * (r.maxAbsPnl + r.shortContingency + Math.abs(r.deltaContingency));
    if (g.n === g.xs.length) {
      const grown = new Float64Array(2 * g.n);
      grown.set(g.xs);
      g.xs = grown;
    }
    g.legs[g.n] = leg;
    g.xs[g.n] = x;
    g.n++;
  }
  for (let k = 0; k < count; k++) {
    const g = sorted[k];
    const acc = g.acc;
    const f = g.f;
    let worstIndex = 0;
    let worst = -acc[0];
    for (let s = 1; s < S; s++) {
      if (-acc[s] > worst) {
        worst = -acc[s];
        worstIndex = s;
      }
    }
    const err = (g.n + 8) * EPS * f[MAGNITUDE];
    g.worstIndex = worstIndex;
    const worstLoss = worst > 0 ? worst + err : err;
    const netShort = f[NET_SHORT];
    const contingency = (netShort < 0 ? -netShort : 0) + Math.abs(f[NET_DELTA]) + err;
    const base = up(worstLoss + contingency);
    const im = up(grid.imFactor * base);
    // The cap binds only when IM exceeds the max loss; the loss if every expiry settles at 0 is a lower bound
    // of it (one pass, no sort), so when IM is below that the cap cannot bind and IM, MM are the same bits.
    const maxLoss = reportMaxLoss || im > lossAtZero(g) ? maxLossAtExpiry(g) : Infinity;
    f[WORST_LOSS] = worstLoss;
    f[CONTINGENCY] = contingency;
    f[MAX_LOSS] = maxLoss;
    f[IM] = Math.min(im, maxLoss);
    f[MM] = Math.min(up(grid.mmFactor * base), maxLoss);
  }
  return count;
}

/**
 * IM and MM per underlying of an account, as doubles bounding the exact values from above. `legs` must be
 * in strictly increasing instrument-id order (the store's key order; equal ids are an error), which fixes
 * the order of every double operation. Underlyings come back sorted by name.
 */
export function portfolioUnderlyings(legs: readonly PortfolioLeg[], params: RiskParams, opts: { pnl?: boolean } = {}): UnderlyingMargin[] {
  const count = evaluate(legs, scenarioGrid(params.portfolio), true);
  const out: UnderlyingMargin[] = [];
  for (let k = 0; k < count; k++) {
    const g = sorted[k];
    const f = g.f;
    const u: UnderlyingMargin = { underlying: g.underlying, worstIndex: g.worstIndex, worstLoss: f[WORST_LOSS], contingency: f[CONTINGENCY], maxLoss: f[MAX_LOSS], im: f[IM], mm: f[MM] };
    if (opts.pnl) u.pnl = g.acc.slice();
    out.push(u);
  }
  return out;
}

/** A lower bound of Σ size·mark − Σ_expiry payoff_expiry(0) (only puts pay at 0), itself <= the max loss. */
function lossAtZero(g: Group): number {
  let value = 0;
  let magnitude = 0;
  for (let i = 0; i < g.n; i++) {
    const r = g.legs[i].risk;
    const x = g.xs[i];
    const held = x * r.markValue;
    value += held;
    magnitude += Math.abs(held);
    if (!r.isCall) {
      const paid = x * r.contractSize * r.strike;
      value -= paid;
      magnitude += Math.abs(paid);
    }
  }
  return value - (2 * g.n + 8) * EPS * magnitude;
}

let order = new Int32Array(16);
let done = new Uint8Array(16);
let units = new Float64Array(16);

/**
 * Σ size·mark − Σ_expiry min over S >= 0 of the expiry's payoff, bounded from above; Infinity if unbounded.
 * Each expiry's payoff is piecewise linear with kinks at its strikes, so its minimum is at S = 0 or at a
 * strike: one sweep over its strikes in increasing order (ties in instrument order) with the running slope.
 */
function maxLossAtExpiry(g: Group): number {
  const legs = g.legs;
  const xs = g.xs;
  const m = g.n;
  if (!callsBounded(g)) return Infinity;
  if (order.length < m) {
    order = new Int32Array(2 * m);
    done = new Uint8Array(2 * m);
    units = new Float64Array(2 * m);
  }
  let value = 0;
  let kMax = 0;
  for (let i = 0; i < m; i++) {
    const r = legs[i].risk;
    value += xs[i] * r.markValue;
    if (r.strike > kMax) kMax = r.strike;
    units[i] = xs[i] * r.contractSize;
    done[i] = 0;
  }
  let magnitude = 0;
  for (let i = 0; i < m; i++) magnitude += Math.abs(xs[i] * legs[i].risk.markValue) + Math.abs(units[i]) * kMax;
  let minPayoffs = 0;
  for (let i = 0; i < m; i++) {
    if (done[i]) continue;
    const e = legs[i].risk.expiry;
    // this expiry's legs by strike (insertion sort: stable, so ties stay in instrument order)
    let k = 0;
    for (let j = i; j < m; j++) {
      if (legs[j].risk.expiry !== e) continue;
      done[j] = 1;
      const strike = legs[j].risk.strike;
      let at = k;
      while (at > 0 && legs[order[at - 1]].risk.strike > strike) {
        order[at] = order[at - 1];
        at--;
      }
      order[at] = j;
      k++;
    }
    // at S = 0 only the puts pay, K·n each, and the payoff falls with slope −Σ puts n
    let payoff = 0;
    let slope = 0;
    for (let t = 0; t < k; t++) {
      const j = order[t];
      const r = legs[j].risk;
      if (!r.isCall) {
        payoff += units[j] * r.strike;
        slope -= units[j];
      }
    }
    let min = payoff;
    let prev = 0;
    for (let t = 0; t < k; t++) {
      const j = order[t];
      const strike = legs[j].risk.strike;
      payoff += slope * (strike - prev);
      if (payoff < min) min = payoff;
      slope += units[j]; // a call starts to pay, a put stops: the slope rises by n either way
      prev = strike;
    }
    minPayoffs += min;
  }
  const loss = value - minPayoffs;
  const bound = loss + (2 * m + 8) * EPS * magnitude;
  return bound > 0 ? bound : 0;
}

/** True when no expiry is net short calls (Σ size·contractSize over its calls >= 0), decided exactly. */
function callsBounded(g: Group): boolean {
  const legs = g.legs;
  const m = g.n;
  for (let i = 0; i < m; i++) {
    const ri = legs[i].risk;
    if (!ri.isCall || g.xs[i] >= 0) continue;
    // only an expiry with a short call can be net short: sum it exactly
    const e = ri.expiry;
    let micros = 0;
    let magnitude = 0;
    let exact = true;
    for (let j = 0; j < m; j++) {
      const rj = legs[j].risk;
      if (!rj.isCall || rj.expiry !== e) continue;
      if (rj.contractMicros < 0) exact = false;
      micros += g.xs[j] * rj.contractMicros;
      magnitude += Math.abs(g.xs[j]) * rj.contractMicros;
    }
    if (exact && magnitude < 9007199254740992) {
      if (micros < 0) return false; // every product and partial sum is an integer below 2^53: exact
    } else {
      let net = 0n;
      for (let j = 0; j < m; j++) {
        const rj = legs[j].risk;
        if (rj.isCall && rj.expiry === e) net += legs[j].size * rj.instrument.contractSize.raw;
      }
      if (net < 0n) return false;
    }
  }
  return true;
}

/** An account's portfolio IM and MM: the per-underlying doubles summed in name order, rounded up to Dec. */
export function portfolioMargin(legs: readonly PortfolioLeg[], params: RiskParams): { im: Dec; mm: Dec } {
  const count = evaluate(legs, scenarioGrid(params.portfolio), false);
  if (count === 0) return { im: Dec.ZERO, mm: Dec.ZERO };
  let im = 0;
  let mm = 0;
  for (let k = 0; k < count; k++) {
    im += sorted[k].f[IM];
    mm += sorted[k].f[MM];
  }
  return { im: totalUp(im, count), mm: totalUp(mm, count) };
}

/** A sum of `count` non-negative bounds plus its own rounding bound, as a Dec rounded up. */
function totalUp(total: number, count: number): Dec {
  if (total === Infinity) throw MarginErrors.invalidMarkInput.wrap('portfolio requirement is not finite');
  return f64ToDec(total + (count + 1) * EPS * total, 'up');
}

/** Σ of the per-underlying values (name order, as portfolioMargin sums them) as a Dec rounded up. */
export function sumUp(us: readonly UnderlyingMargin[], field: 'im' | 'mm'): Dec {
  if (us.length === 0) return Dec.ZERO;
  let total = 0;
  for (const u of us) total += u[field];
  return totalUp(total, us.length);
}

/** A non-negative double bound as a Dec rounded up (Infinity: null). */
export function toDecUp(x: number): Dec | null {
  return x === Infinity ? null : f64ToDec(x, 'up');
}
