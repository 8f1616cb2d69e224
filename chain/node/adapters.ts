/**
 * Adapters from one module's keeper to the narrow interface another module declares for it: the
 * composition root's glue, so that modules never import each other.
 */
import { Dec } from '../math';
import { addressBytes } from '../address';
import type { ReadContext } from '../app';
import type { InstrumentSource, MarginKeeper, MarginOracle } from '../../modules/margin/keeper';
import type { OptionsKeeper, OptionsMargin, OptionsOracle } from '../../modules/options/keeper';
import type { MarkSource } from '../../modules/options/queries';
import { OptionKind } from '../../proto/gen/settle/options/v1/types';
import type { OracleKeeper } from '../../modules/oracle/keeper';
import type { LiquidationMargin } from '../../modules/liquidation/keeper';
import { screenAccounts } from '../../modules/margin/screen';
import { healthStatus } from '../../modules/margin/status';

const NS = 1_000_000_000n;

/** The oracle as the margin module reads it: prices, SVI slices with their staleness, the block time. */
export function marginOracle(oracle: OracleKeeper): MarginOracle {
  const nowNanos = (ctx: ReadContext): bigint => ('block' in ctx ? (ctx as { block: { timeNanos: bigint } }).block.timeNanos : oracle.blockTime(ctx));
  return {
    price: (ctx, market, opts) => oracle.price(ctx, market, opts),
    surface: (ctx, market, opts) => {
      if (!oracle.market(ctx, market)) return undefined;
      const s = oracle.storedSurface(ctx, market);
      if (!s) return undefined;
      const maxAge = BigInt(opts?.maxAgeSeconds ?? Number(oracle.params(ctx).heartbeatSeconds));
      const age = nowNanos(ctx) - s.timeNanos;
      return {
        slices: s.slices.map((sl) => ({
          expirySeconds: sl.expiry,
          params: { a: Dec.parse(sl.a), b: Dec.parse(sl.b), rho: Dec.parse(sl.rho), m: Dec.parse(sl.m), sigma: Dec.parse(sl.sigma) },
        })),
        stale: age > maxAge * NS,
      };
    },
    nowSeconds: (ctx) => nowNanos(ctx) / NS,
  };
}

/** The options module's instruments as margin's risk engine takes them. */
export function optionsInstruments(options: OptionsKeeper): InstrumentSource {
  return {
    instrument: (ctx, id) => {
      const i = options.instrument(ctx, id);
      if (!i) return undefined;
      return {
        id: i.id,
        underlying: i.underlying,
        expirySeconds: i.expiry,
        strike: Dec.parse(i.strike),
        kind: i.kind === OptionKind.OPTION_KIND_CALL ? 'call' : 'put',
        contractSize: Dec.parse(i.contractSize),
      };
    },
  };
}

/** Margin as the options module uses it: subaccounts, the pre-trade check, fills, positions. */
export function optionsMargin(margin: MarginKeeper): OptionsMargin {
  return {
    hasSubaccount: (ctx, owner, number) => margin.subaccount(ctx, owner, number) !== undefined,
    withHealthSession: (ctx, fn) => margin.withHealthSession(ctx, fn),
    requireMargin: (ctx, ref, change) => void margin.requireMargin(ctx, ref, change),
    applyTrade: (ctx, ref, trade, feeModule) => margin.applyTrade(ctx, ref, trade, feeModule),
    positionSize: (ctx, owner, number, instrumentId) => margin.position(ctx, owner, number, instrumentId).size,
    settlementUnit: (ctx) => margin.settlementUnit(ctx),
    holders: (ctx, id, limit) => margin.holders(ctx, id, limit),
    settlePosition: (ctx, ref, id, price) => void margin.settlePosition(ctx, ref, id, price),
    greeks: (ctx, id) => {
      try {
        const m = margin.mark(ctx, id);
        return { delta: m.delta, vega: m.vega };
      } catch {
        return undefined;
      }
    },
  };
}

/** The oracle as the options module reads it: the index price (any age; fees and stats) and the block time. */
export function optionsOracle(oracle: OracleKeeper, margin: MarginOracle): OptionsOracle {
  return {
    price: (ctx, market) => {
      if (!oracle.market(ctx, market)) return undefined;
      try {
        return oracle.price(ctx, market);
      } catch {
        return undefined;
      }
    },
    settlementTwap: (ctx, market, start, end) => {
      if (!oracle.market(ctx, market)) return undefined;
      try {
        const r = oracle.twapBetween(ctx, market, start * NS, end * NS);
        return {
          price: r.twap,
          samples: r.samples.map((c) => ({ timeNanos: c.timeNanos, price: c.price })),
          stale: r.ageAtEndSeconds > oracle.params(ctx).heartbeatSeconds,
        };
      } catch {
        return undefined;
      }
    },
    surfaceExpiries: (ctx, market) => {
      const s = margin.surface(ctx, market);
      return s && !s.stale ? s.slices.map((x) => x.expirySeconds) : [];
    },
    nowSeconds: (ctx) => margin.nowSeconds(ctx),
  };
}

/** MarketStats' mark: margin's Black-76 mark of one contract, or none when the market data is stale. */
export function optionsMark(margin: MarginKeeper): MarkSource {
  return (ctx, id) => {
    try {
      return margin.mark(ctx, id).mark.toString();
    } catch {
      return undefined;
    }
  };
}

/** Margin as the liquidation module uses it: the scan, one subaccount's status, positions, contract risk, transfers. */
export function liquidationMargin(margin: MarginKeeper): LiquidationMargin {
  return {
    screen: (ctx) => {
      const s = screenAccounts(margin, ctx, margin.index.refresh(ctx), { flaggedOnly: true });
      return {
        judged: s.judged,
        flagged: s.results.map((r) => ({ owner: r.account.owner, number: r.account.number, portfolio: r.account.portfolio, positions: r.account.positions, status: r.status, negative: r.negative, equity: r.equity, mm: r.mm })),
        paused: s.paused.map((p) => ({ owner: p.account.owner, number: p.account.number, market: p.market })),
        stale: s.stale,
      };
    },
    equities: (ctx, refs) => {
      margin.index.refresh(ctx);
      const accounts = refs.map((r) => margin.index.get(addressBytes(r.owner), r.number));
      const judged = screenAccounts(margin, ctx, accounts.filter((a) => a !== undefined), { exact: true }).results;
      const byAccount = new Map(judged.map((r) => [r.account, r.equity]));
      return accounts.map((a) => (a ? byAccount.get(a) : undefined));
    },
    status: (ctx, ref) => {
      const h = margin.health(ctx, ref.owner, ref.number);
      return { equity: h.equity, mm: h.mm, status: healthStatus(margin.params(ctx), h).status };
    },
    position: (ctx, ref, id) => margin.position(ctx, ref.owner, ref.number, id),
    positions: (ctx, ref) => margin.positions(ctx, ref.owner, ref.number).map((p) => ({ instrumentId: p.instrumentId, size: BigInt(p.size) })),
    contractRisk: (ctx, id) => {
      const r = margin.contractRisk(ctx, id);
      return {
        underlying: r.instrument.underlying,
        markDown: r.mark.markDown,
        markUp: r.mark.markUp,
        shortMm: r.standard.shortMm,
        longEquityStandard: r.standard.longEquity,
        longEquityPortfolio: r.portfolioLongEquity,
        shortEquity: r.standard.shortEquity,
      };
    },
    settlementUnit: (ctx) => margin.settlementUnit(ctx),
    settlementDenom: (ctx) => margin.params(ctx).settlementDenom,
    hasSubaccount: (ctx, ref) => margin.subaccount(ctx, ref.owner, ref.number) !== undefined,
    holders: (ctx, id, limit) => margin.holders(ctx, id, limit),
    requireMargin: (ctx, ref, change) => void margin.requireMargin(ctx, ref, change),
    transferPosition: (ctx, from, to, id, size, price, reason) => margin.transferPosition(ctx, from, to, id, size, price, reason),
    payToModule: (ctx, ref, amount, module) => margin.payToModule(ctx, ref, amount, module),
    receiveFromModule: (ctx, ref, amount, module) => margin.receiveFromModule(ctx, ref, amount, module),
  };
}
