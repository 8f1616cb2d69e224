// Batch revaluation: the portfolio IM and MM of every account after an oracle update, from a RiskTable
// (./table.ts) and a flat position book, with exactly portfolioMargin's results: the same IEEE operations in
// the same order on the same doubles (legs in instrument order, underlyings in name order), rounded up to the
// same fixed-point value. It saves the object path's per-account costs: legs, bigint sizes, group objects,
// Dec arithmetic. Scratch is shared by all calls (synchronous, not re-entrant).
import type { AppError } from '../../../chain/sdk';
import { MarginErrors } from '../errors';
import { ceilRaw, EPS, up } from './revalue-rounding';
import { maxLossAtExpiry } from './revalue-max-loss';
import { worstScenarioLoss } from './revalue-scenarios';
import type { RiskTable } from './table';

/** The positions of many accounts, flat. */
export interface PositionBook {
  /** Instrument number (RiskTable.numbers) per position; each account's in strictly increasing order. */
  instrument: Uint16Array | Uint32Array;
  /** Signed contracts per position: safe integers (|size| <= 2^53 − 1, where doubles are exact). */
  size: Float64Array;
  /** Account a holds positions [offsets[a], offsets[a + 1]); offsets.length = accounts + 1. */
  offsets: Uint32Array;
}

export interface Revaluation {
  /**
   * Per account, the raw fixed-point value (Dec.raw, value × 10^18) of portfolioMargin's IM and MM, or null
   * when the account is refused. Raw bigints rather than Dec objects: half the allocation per account.
   */
  im: (bigint | null)[];
  mm: (bigint | null)[];
  /** Refused accounts → the error portfolioMargin gives their book (order, size out of range), or the book's. */
  errors: Map<number, Error>;
}

/**
 * The liquidation scan's form (`revalueMm`): per account the double whose ceilRaw is portfolioMargin's MM
 * (NaN when refused), with no bigint made. Most accounts are decided from the double; the raw MM of the
 * others is ceilRaw(mmUp[a]), exactly revalue's mm[a].
 */
export interface MmRevaluation {
  mmUp: Float64Array;
  errors: Map<number, Error>;
}

const OK = 0;
const UNKNOWN = 1;
const ORDER = 2;
const SIZE = 3;
const NOT_FINITE = 4;
const MAX_SAFE = 9007199254740991;

// Group slot g is the g-th underlying met in the account: its legs at [g·cap, g·cap + legCount[g]) of
// groupIns/groupX.
let cap = 0;
let slotOf = new Int32Array(0);
let slotUnderlying = new Int32Array(0);
let legCount = new Int32Array(0);
let slotOrder = new Int32Array(0);
let groupIns = new Int32Array(0);
let groupX = new Float64Array(0);
let acc = new Float64Array(0);
/** IM total, MM total, group count, offending position of the last account(); MM of the last group(). */
const result = new Float64Array(5);

function ensureScratch(t: RiskTable, positions: number): void {
  const u = t.underlyings.length;
  if (acc.length !== t.scenarios) acc = new Float64Array(t.scenarios);
  if (slotOf.length < u) {
    const n = Math.max(slotOf.length, u);
    slotOf = new Int32Array(n).fill(-1);
    slotUnderlying = new Int32Array(n);
    legCount = new Int32Array(n);
    slotOrder = new Int32Array(n);
  }
  if (cap < positions || groupIns.length < slotOf.length * cap) {
    cap = Math.max(cap, positions);
    groupIns = new Int32Array(slotOf.length * cap);
    groupX = new Float64Array(slotOf.length * cap);
  }
}

/**
 * The portfolio IM and MM of every account of `book` under `table`, into `out` (reused when given). An account
 * with an instrument number outside the table, positions out of order or a size that is not a safe integer is
 * refused (null, and its error in `errors`), as portfolioMargin refuses it; the others are unaffected.
 */
export function revalue(table: RiskTable, book: PositionBook, out?: Revaluation): Revaluation {
  const accounts = checkBook(book);
  const res: Revaluation = out ?? { im: [], mm: [], errors: new Map() };
  // grown by push: a long array made by setting its length is sparse (slow) in V8
  while (res.im.length < accounts) res.im.push(null);
  while (res.mm.length < accounts) res.mm.push(null);
  res.im.length = accounts;
  res.mm.length = accounts;
  res.errors.clear();
  const refuse = (a: number, e: Error): void => {
    res.im[a] = null;
    res.mm[a] = null;
    res.errors.set(a, e);
  };
  for (let a = 0; a < accounts; a++) {
    const error = evaluate(table, book, a);
    if (error) {
      refuse(a, error);
      continue;
    }
    try {
      res.im[a] = ceilRaw(imUp());
      res.mm[a] = ceilRaw(mmUp());
    } catch (e) {
      refuse(a, e as Error); // f64ToDec's overflow, beyond 10^58 (as portfolioMargin throws it)
    }
  }
  return res;
}

/** revalue's MM as a double per account (see MmRevaluation); the same accounts refused, for the same reasons. */
export function revalueMm(table: RiskTable, book: PositionBook): MmRevaluation {
  const accounts = checkBook(book);
  const res: MmRevaluation = { mmUp: new Float64Array(accounts), errors: new Map() };
  for (let a = 0; a < accounts; a++) {
    let error = evaluate(table, book, a);
    const im = imUp();
    // ceilRaw throws only where it takes f64ToDec's path (2^53 and above): try it there, as revalue does
    if (!error && im >= 9007199254740992) {
      try {
        ceilRaw(im);
        ceilRaw(mmUp());
      } catch (e) {
        error = e as Error;
      }
    }
    if (error) {
      res.mmUp[a] = NaN;
      res.errors.set(a, error);
    } else res.mmUp[a] = mmUp();
  }
  return res;
}

function checkBook(book: PositionBook): number {
  if (book.offsets.length < 1 || book.size.length !== book.instrument.length) throw MarginErrors.invalidPosition.wrap('position book: sizes and instruments differ in length, or no offsets');
  return book.offsets.length - 1;
}

/** Account a's IM and MM totals into `result`; the error when it is refused. */
function evaluate(table: RiskTable, book: PositionBook, a: number): Error | undefined {
  const { instrument, size, offsets } = book;
  const p0 = offsets[a];
  const p1 = offsets[a + 1];
  if (p1 < p0 || p1 > instrument.length) return MarginErrors.invalidPosition.wrap(`position book: account ${a} has positions [${p0}, ${p1}) of ${instrument.length}`);
  ensureScratch(table, p1 - p0);
  const code = account(table, instrument, size, p0, p1);
  return code === OK ? undefined : refusal(table, book, code);
}

// portfolio.ts totalUp: the sum of `count` bounds plus its own rounding bound (then rounded up by ceilRaw)
const imUp = (): number => (result[2] === 0 ? 0 : result[0] + (result[2] + 1) * EPS * result[0]);
const mmUp = (): number => (result[2] === 0 ? 0 : result[1] + (result[2] + 1) * EPS * result[1]);

function refusal(t: RiskTable, book: PositionBook, code: number): AppError {
  const p = result[3];
  const n = book.instrument[p];
  switch (code) {
    case UNKNOWN:
      return MarginErrors.unknownInstrument.wrap(`instrument number ${n} is not in the risk table`);
    case ORDER:
      return MarginErrors.invalidPosition.wrap(`positions must be in strictly increasing instrument order: ${t.ids[book.instrument[p - 1]]} then ${t.ids[n]}`);
    case SIZE:
      return MarginErrors.invalidPosition.wrap(`position size out of range: ${book.size[p]}`);
    default:
      return MarginErrors.invalidMarkInput.wrap('portfolio requirement is not finite');
  }
}

/** Positions [p0, p1) of one account: IM and MM totals into `result`; OK or why the account is refused. */
function account(t: RiskTable, instrument: Uint16Array | Uint32Array, size: Float64Array, p0: number, p1: number): number {
  const underlying = t.underlying;
  const known = t.ids.length;
  const ins = groupIns;
  const xs = groupX;
  const slots = slotOf;
  const under = slotUnderlying;
  const legsOf = legCount;
  const c = cap;
  let count = 0;
  let prev = -1;
  let code = OK;
  for (let p = p0; p < p1; p++) {
    const n = instrument[p];
    const x = size[p];
    if (n >= known) code = UNKNOWN;
    else if (n <= prev) code = ORDER;
    else if (!(x <= MAX_SAFE && x >= -MAX_SAFE) || Math.floor(x) !== x) code = SIZE;
    if (code !== OK) {
      result[3] = p;
      break;
    }
    prev = n;
    const u = underlying[n];
    let g = slots[u];
    if (g < 0) {
      g = count++;
      slots[u] = g;
      under[g] = u;
      legsOf[g] = 0;
    }
    const at = g * c + legsOf[g]++;
    ins[at] = n;
    xs[at] = x;
  }
  for (let g = 0; g < count; g++) slots[under[g]] = -1;
  result[2] = count;
  if (code !== OK) return code;
  // the groups by underlying number, i.e. by name: the order portfolioMargin sums them in
  const order = slotOrder;
  for (let g = 0; g < count; g++) {
    let at = g;
    while (at > 0 && under[order[at - 1]] > under[g]) {
      order[at] = order[at - 1];
      at--;
    }
    order[at] = g;
  }
  let im = 0;
  let mm = 0;
  for (let k = 0; k < count; k++) {
    im += group(t, order[k]);
    mm += result[4];
  }
  result[0] = im;
  result[1] = mm;
  return im === Infinity || mm === Infinity ? NOT_FINITE : OK;
}

/** Group g's IM (returned) and MM (result[4]): portfolio.ts evaluate's per-underlying step. */
function group(t: RiskTable, g: number): number {
  const { shortContingency, deltaContingency, magnitude, markValue, contractSize, strike, isCall } = t;
  const ins = groupIns;
  const xs = groupX;
  const m = legCount[g];
  const from = g * cap;
  // leg by leg: evaluate's sums, and lossAtZero's (each sum in the same order as there)
  let netShort = 0;
  let netDelta = 0;
  let mag = 0;
  let zeroValue = 0;
  let zeroMagnitude = 0;
  for (let i = from; i < from + m; i++) {
    const n = ins[i];
    const x = xs[i];
    netShort += x * shortContingency[n];
    netDelta += x * deltaContingency[n];
    mag += Math.abs(x) * magnitude[n];
    const held = x * markValue[n];
    zeroValue += held;
    zeroMagnitude += Math.abs(held);
    if (isCall[n] === 0) {
      const paid = x * contractSize[n] * strike[n];
      zeroValue -= paid;
      zeroMagnitude += Math.abs(paid);
    }
  }
  const worst = worstScenarioLoss(t, ins, xs, from, m, acc);
  const err = (m + 8) * EPS * mag;
  const worstLoss = worst > 0 ? worst + err : err;
  const contingency = (netShort < 0 ? -netShort : 0) + Math.abs(netDelta) + err;
  const base = up(worstLoss + contingency);
  const im = up(t.imFactor * base);
  const lossAtZero = zeroValue - (2 * m + 8) * EPS * zeroMagnitude;
  const maxLoss = im > lossAtZero ? maxLossAtExpiry(t, ins, xs, from, m) : Infinity;
  result[4] = Math.min(up(t.mmFactor * base), maxLoss);
  return Math.min(im, maxLoss);
}
