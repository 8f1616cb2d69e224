// The liquidation scan's view of many subaccounts at once: equity, MM and status of every indexed account,
// with each instrument's risk computed once per call (not once per account) and exactly the numbers the
// Health query gives. An account whose underlying or collateral has a stale price (or surface) is not
// judged: it is reported as paused with the market that blocks it.
import { Dec } from '../../chain/math';
import type { ReadContext } from '../../chain/sdk';
import type { IndexedAccount } from './account-index';
import type { MarginKeeper } from './keeper';
import { riskParams } from './params';
import { buildRiskCache, equityAndMm, requireFreshPrice, type CollateralBalance, type Instrument, type InstrumentRisk } from './risk';
import { healthStatus, type HealthStatus } from './status';

export interface AccountRisk {
  account: IndexedAccount;
  equity: Dec;
  mm: Dec;
  status: HealthStatus;
}

export interface Screen {
  /** Judged accounts, in the input order. */
  results: AccountRisk[];
  /** Accounts not judged, with the market (or denom) whose data is stale or missing. */
  paused: { account: IndexedAccount; market: string }[];
  /** Stale markets → why, in name order. */
  stale: Map<string, string>;
}

export function screenAccounts(keeper: MarginKeeper, ctx: ReadContext, accounts: readonly IndexedAccount[]): Screen {
  const params = keeper.params(ctx);
  const rp = riskParams(params);
  const stale = new Map<string, string>();
  // instruments by underlying, then one risk cache per underlying (a stale one leaves the others usable)
  const byUnderlying = new Map<string, Map<string, Instrument>>();
  const known = new Map<string, Instrument | undefined>();
  for (const a of accounts) {
    for (const p of a.positions) {
      if (known.has(p.instrumentId)) continue;
      const ins = keeper.riskInstrument(ctx, p.instrumentId);
      known.set(p.instrumentId, ins);
      if (!ins) continue;
      let m = byUnderlying.get(ins.underlying);
      if (!m) byUnderlying.set(ins.underlying, (m = new Map()));
      m.set(ins.id, ins);
    }
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
  const results: AccountRisk[] = [];
  const paused: Screen['paused'] = [];
  for (const account of accounts) {
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
    const { equity, mm } = equityAndMm({ collateral, positions: account.positions, params: rp, mode: account.portfolio ? 'portfolio' : 'standard', risk });
    results.push({ account, equity, mm, status: healthStatus(params, { equity, mm }).status });
  }
  return { results, paused, stale: new Map([...stale.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) };
}
