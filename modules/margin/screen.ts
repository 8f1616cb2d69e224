// The liquidation scan's view of many subaccounts at once: the status of every indexed account, with each
// instrument's risk computed once per call (not once per account), exactly as the Health query judges it.
// An account whose underlying or collateral has a stale price (or surface) is not judged: it is reported as
// paused with the market that blocks it.
//
// Two passes. An account is first valued in doubles (per-contract values and collateral prices converted
// once per call; a portfolio account's MM exact from the batch revaluation, risk/revalue.ts, which gives
// portfolioMargin's MM bit for bit): when its equity is positive and clears the liquidation level (and the
// margin-call level, or stays below it) by far more than the doubles' error bound, that decides its
// status, which is then exactly what the exact computation gives. Every other account (near a level,
// liquidatable, negative, or refused by the batch) takes the exact path: equityAndMm, the Health query's sums.
import { Dec } from '../../chain/math';
import type { ReadContext } from '../../chain/sdk';
import { PACKED_HEADER, type AccountColumns, type IndexedAccount } from './account-index';
import type { MarginKeeper } from './keeper';
import { riskParams } from './params';
import { buildRiskCache, buildRiskTable, equityAndMm, requireFreshPrice, revalueMm, type CollateralBalance, type Instrument, type InstrumentRisk, type RiskParams } from './risk';
import { healthLevels } from './params';
import { ceilRaw } from './risk/revalue-rounding';
import { healthStatus, type HealthStatus } from './status';

export interface AccountRisk {
  account: IndexedAccount;
  status: HealthStatus;
  /** Equity below zero. */
  negative: boolean;
  /** Exact equity and MM: always for liquidatable and negative accounts, omitted where the first pass decided. */
  equity?: Dec;
  mm?: Dec;
}

interface UnitValue {
  held: number;
  owed: number;
}

/** Per contract, as doubles: a long's equity (standard and portfolio), a short's equity (negative) and standard MM. */
interface ContractF64 {
  longEquity: number;
  longEquityPortfolio: number;
  shortEquity: number;
  shortMm: number;
}

const toF64 = (d: Dec): number => Number(d.raw) / 1e18;
/** Far above the doubles' rounding error of a sum (relative) and the Dec roundings (absolute). */
const RELATIVE_BOUND = 1e-9;
const ABSOLUTE_BOUND = 1e-9;

export interface Screen {
  /** Judged accounts, in the columns' order (with `flaggedOnly`: only the liquidatable and negative ones). */
  results: AccountRisk[];
  /** How many accounts were judged. */
  judged: number;
  /** Accounts not judged, with the market (or denom) whose data is stale or missing. */
  paused: { account: IndexedAccount; market: string }[];
  /** Stale markets → why, in name order. */
  stale: Map<string, string>;
}

/**
 * `exact`: every account takes the exact path (its equity and MM are wanted, not only its status).
 * `flaggedOnly`: keep only liquidatable and negative accounts in `results` (the scan's use: no allocation per healthy account).
 */
export function screenAccounts(keeper: MarginKeeper, ctx: ReadContext, columns: AccountColumns, opts: { exact?: boolean; flaggedOnly?: boolean } = {}): Screen {
  const { accounts, offsets, data } = columns;
  const params = keeper.params(ctx);
  const rp = riskParams(params);
  const stale = new Map<string, string>();
  // the instruments these accounts hold (by the index's numbers), by underlying; then one risk cache per
  // underlying (a stale one leaves the others usable)
  const index = keeper.index;
  const count = index.instrumentCount;
  const seen = new Uint8Array(count);
  for (let i = 0; i < accounts.length; i++) {
    const end = offsets[i + 1];
    for (let k = offsets[i] + PACKED_HEADER + 2 * data[offsets[i]]; k < end; k += 2) seen[data[k]] = 1;
  }
  const byUnderlying = new Map<string, Map<string, Instrument>>();
  const known = new Map<string, Instrument | undefined>();
  for (let n = 0; n < count; n++) {
    if (!seen[n]) continue;
    const id = index.instrumentId(n);
    const ins = keeper.riskInstrument(ctx, id);
    known.set(id, ins);
    if (!ins) continue;
    let m = byUnderlying.get(ins.underlying);
    if (!m) byUnderlying.set(ins.underlying, (m = new Map()));
    m.set(ins.id, ins);
  }
  const risk = new Map<string, InstrumentRisk>();
  for (const u of [...byUnderlying.keys()].sort()) {
    try {
      const market = keeper.marketData(ctx, u);
      requireFreshPrice(market);
      const ids = [...byUnderlying.get(u)!.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      for (const [id, r] of buildRiskCache(ids, new Map([[u, market]]), rp)) risk.set(id, r);
    } catch (err) {
      stale.set(u, (err as Error).message);
    }
  }
  // per index number: the contract's values as doubles (undefined: no fresh risk)
  const perContract: (ContractF64 | undefined)[] = new Array(count);
  for (let n = 0; n < count; n++) {
    const r = seen[n] ? risk.get(index.instrumentId(n)) : undefined;
    if (r) perContract[n] = { longEquity: toF64(r.standard.longEquity), longEquityPortfolio: toF64(r.portfolioLongEquity), shortEquity: toF64(r.standard.shortEquity), shortMm: toF64(r.standard.shortMm) };
  }
  const portfolioMm = batchPortfolioMm(columns, risk, rp, count, (n) => (perContract[n] ? index.instrumentId(n) : undefined));
  const levels = healthLevels(params);
  const liquidationF = toF64(levels.liquidationThreshold);
  const marginCallF = toF64(Dec.ONE.add(levels.marginBuffer));
  const priced = new Map<string, CollateralBalance | string>();
  const price = (denom: string, amount: bigint): CollateralBalance | string => {
    let p = priced.get(denom);
    if (p === undefined) {
      try {
        p = keeper.priceCollateral(ctx, [{ denom, amount: 1n }])[0];
      } catch (err) {
        p = (err as Error).message;
        stale.set(denom, p);
      }
      priced.set(denom, p);
    }
    return typeof p === 'string' ? p : { ...p, amount };
  };
  /** Per denom (the index's number): value per base unit held (after haircut) and per base unit owed, as doubles; null when stale. */
  const unitValues: (UnitValue | null | undefined)[] = new Array(index.denomCount);
  const unitValue = (n: number): UnitValue | null => {
    let u = unitValues[n];
    if (u === undefined) {
      const c = price(index.denom(n), 1n);
      const scale = typeof c === 'string' ? 0 : Number(10n ** BigInt(c.decimals)); // exact as a double for decimals ≤ 22
      u = typeof c === 'string' ? null : { held: toF64(c.price.mul(Dec.ONE.sub(c.haircut), 'down')) / scale, owed: toF64(c.price) / scale };
      unitValues[n] = u;
    }
    return u;
  };
  const results: AccountRisk[] = [];
  const paused: Screen['paused'] = [];
  let judged = 0;
  for (let idx = 0; idx < accounts.length; idx++) {
    const account = accounts[idx];
    const portfolio = columns.portfolio[idx] === 1;
    if (!opts.exact && (!portfolio || portfolioMm.batched[idx] === 1)) {
      const fast = firstPass(data, offsets[idx], offsets[idx + 1], perContract, unitValue, liquidationF, marginCallF, portfolio ? portfolioMm.f64[idx] : undefined);
      if (fast) {
        judged++;
        if (!opts.flaggedOnly) results.push({ account, status: fast, negative: false });
        continue;
      }
    }
    const blockedBy = account.positions.find((p) => !risk.has(p.instrumentId));
    if (blockedBy) {
      const ins = known.get(blockedBy.instrumentId);
      paused.push({ account, market: ins ? ins.underlying : blockedBy.instrumentId });
      continue;
    }
    const collateral: CollateralBalance[] = [];
    let blocked: string | undefined;
    for (const c of account.collateral) {
      if (c.amount === 0n) continue;
      const b = price(c.denom, c.amount);
      if (typeof b === 'string') {
        blocked = c.denom;
        break;
      }
      collateral.push(b);
    }
    if (blocked) {
      paused.push({ account, market: blocked });
      continue;
    }
    const batchMm = portfolio && portfolioMm.batched[idx] === 1 ? Dec.fromRaw(ceilRaw(portfolioMm.f64[idx])) : undefined;
    const { equity, mm } = equityAndMm({ collateral, positions: account.positions, params: rp, mode: portfolio ? 'portfolio' : 'standard', risk, portfolioMm: batchMm });
    const status = healthStatus(params, { equity, mm }).status;
    judged++;
    if (!opts.flaggedOnly || status === 'liquidatable' || equity.isNegative()) results.push({ account, equity, mm, negative: equity.isNegative(), status });
  }
  return { results, judged, paused, stale: new Map([...stale.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) };
}

/**
 * Per account: batched[i] = 1 when the batch revaluation valued it (a portfolio account whose instruments all
 * have a fresh risk, and not refused), f64[i] then the double whose ceilRaw is exactly portfolioMargin's MM.
 * An account it refuses (positions out of instrument order, a size beyond 2^53) takes the object path.
 */
interface BatchMm {
  batched: Uint8Array;
  f64: Float64Array;
}


function batchPortfolioMm(
  columns: AccountColumns,
  risk: ReadonlyMap<string, InstrumentRisk>,
  rp: RiskParams,
  instrumentCount: number,
  freshId: (n: number) => string | undefined,
): BatchMm {
  const { offsets, data, portfolio } = columns;
  const accounts = portfolio.length;
  const out: BatchMm = { batched: new Uint8Array(accounts), f64: new Float64Array(accounts) };
  if (risk.size === 0) return out;
  const table = buildRiskTable(risk.values(), rp);
  // index number → the table's instrument number (−1: no fresh risk)
  const tableNumber = new Int32Array(instrumentCount).fill(-1);
  for (let n = 0; n < instrumentCount; n++) {
    const id = freshId(n);
    if (id !== undefined) tableNumber[n] = table.numbers.get(id)!;
  }
  // one pass: the portfolio accounts whose instruments all have a fresh risk, laid out flat
  let bound = 0;
  for (let i = 0; i < accounts; i++) if (portfolio[i] === 1) bound += data[offsets[i] + 1];
  const members = new Int32Array(accounts);
  const instrument = new Uint32Array(bound);
  const size = new Float64Array(bound);
  const memberOffsets = new Uint32Array(accounts + 1);
  let memberCount = 0;
  let k = 0;
  for (let i = 0; i < accounts; i++) {
    if (portfolio[i] !== 1) continue;
    const start = k;
    const end = offsets[i + 1];
    let ok = true;
    for (let j = offsets[i] + PACKED_HEADER + 2 * data[offsets[i]]; j < end; j += 2) {
      const t = tableNumber[data[j]];
      if (t < 0) ok = false;
      instrument[k] = t;
      size[k++] = data[j + 1];
    }
    if (!ok) {
      k = start;
      continue;
    }
    memberOffsets[memberCount] = start;
    members[memberCount++] = i;
  }
  if (memberCount === 0) return out;
  memberOffsets[memberCount] = k;
  const res = revalueMm(table, { instrument: instrument.subarray(0, k), size: size.subarray(0, k), offsets: memberOffsets.subarray(0, memberCount + 1) });
  for (let m = 0; m < memberCount; m++) {
    const mm = res.mmUp[m];
    if (Number.isNaN(mm)) continue;
    out.batched[members[m]] = 1;
    out.f64[members[m]] = mm;
  }
  return out;
}

/**
 * An account's status from doubles when it is clear by far: positive equity above the liquidation level,
 * and above or below the margin-call level. Undefined when the exact path must decide. `portfolioMm`: a
 * portfolio account's MM (from the batch); without it, the account's standard MM.
 */
function firstPass(
  x: Float64Array,
  from: number,
  to: number,
  perContract: readonly (ContractF64 | undefined)[],
  unitValue: (denom: number) => UnitValue | null,
  liquidationF: number,
  marginCallF: number,
  portfolioMm?: number,
): HealthStatus | undefined {
  let equity = 0;
  let magnitude = 0;
  let mm = 0;
  const positionsAt = from + PACKED_HEADER + 2 * x[from];
  for (let k = from + PACKED_HEADER; k < positionsAt; k += 2) {
    const a = x[k + 1];
    if (a === 0) continue;
    const u = unitValue(x[k]);
    if (!u) return undefined; // stale: the checks of the exact path say so
    const v = a > 0 ? a * u.held : a * u.owed;
    equity += v;
    magnitude += Math.abs(v);
  }
  for (let k = positionsAt; k < to; k += 2) {
    const c = perContract[x[k]];
    if (!c) return undefined; // no fresh risk: the exact path's checks pause it
    const s = x[k + 1];
    if (s > 0) {
      const v = s * (portfolioMm === undefined ? c.longEquity : c.longEquityPortfolio);
      equity += v;
      magnitude += v;
    } else {
      const v = -s * c.shortEquity;
      equity += v;
      magnitude -= v;
      mm += -s * c.shortMm;
    }
  }
  if (portfolioMm !== undefined) mm = portfolioMm;
  const bound = RELATIVE_BOUND * (magnitude + mm) + ABSOLUTE_BOUND;
  if (!(equity > bound && equity - mm * liquidationF > bound)) return undefined;
  const aboveCall = equity - mm * marginCallF;
  if (aboveCall > bound) return 'healthy';
  if (aboveCall < -bound) return 'margin_call';
  return undefined;
}
