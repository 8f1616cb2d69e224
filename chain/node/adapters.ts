/**
 * Adapters from one module's keeper to the narrow interface another module declares for it: the
 * composition root's glue, so that modules never import each other.
 */
import { Dec } from '../math';
import { addressBytes } from '../address';
import type { Context, ReadContext } from '../app';
import type { InstrumentSource, MarginKeeper, MarginOracle } from '../../modules/margin/keeper';
import type { OptionsKeeper, OptionsMargin, OptionsOracle } from '../../modules/options/keeper';
import type { MarkSource } from '../../modules/options/queries';
import { InstrumentStatus, OptionKind } from '../../proto/gen/settle/options/v1/types';
import type { OracleKeeper } from '../../modules/oracle/keeper';
import type { LiquidationMargin } from '../../modules/liquidation/keeper';
import { screenAccounts } from '../../modules/margin/screen';
import { healthStatus } from '../../modules/margin/status';
import type { ConsensusKeeper } from '../../modules/consensus/keeper';
import type { IbcHost } from '../../modules/ibc/queries';

const NS = 1_000_000_000n;
const bigMax = (a: bigint, b: bigint): bigint => (a > b ? a : b);

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

/** The options module's instruments as margin's risk engine takes them (an expired one with its fixed settlement price). */
export function optionsInstruments(options: OptionsKeeper): InstrumentSource {
  return {
    instrument: (ctx, id) => {
      const i = options.instrument(ctx, id);
      if (!i) return undefined;
      const fixed = i.status === InstrumentStatus.INSTRUMENT_STATUS_ACTIVE ? undefined : options.settlementPrice(ctx, i.underlying, i.expiry);
      return {
        id: i.id,
        underlying: i.underlying,
        expirySeconds: i.expiry,
        strike: Dec.parse(i.strike),
        kind: i.kind === OptionKind.OPTION_KIND_CALL ? 'call' : 'put',
        contractSize: Dec.parse(i.contractSize),
        ...(fixed ? { settlementPrice: Dec.parse(fixed.price) } : {}),
      };
    },
  };
}

/** Margin as the options module uses it: subaccounts, the pre-trade check, fills, positions. */
export function optionsMargin(margin: MarginKeeper): OptionsMargin {
  return {
    hasSubaccount: (ctx, owner, number) => margin.subaccount(ctx, owner, number) !== undefined,
    withHealthSession: (ctx, fn) => margin.withHealthSession(ctx, fn),
    withBatchedFees: (ctx, fn) => margin.withBatchedFees(ctx, fn),
    requireMargin: (ctx, ref, change) => void margin.requireMargin(ctx, ref, change),
    applyTrade: (ctx, ref, trade, feeModule) => margin.applyTrade(ctx, ref, trade, feeModule),
    positionSize: (ctx, owner, number, instrumentId) => margin.position(ctx, owner, number, instrumentId).size,
    allPositions: function* (ctx) {
      for (const p of margin.allPositions(ctx)) yield { instrumentId: p.instrumentId, size: BigInt(p.size) };
    },
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

/**
 * Options' margin with each expiry settlement of a position also recorded by `record` (the bridge's
 * settlement root): the size settled is read before margin closes the position.
 */
export function recordingSettlements(m: OptionsMargin, record: (ctx: Context, s: { instrumentId: string; owner: string; subaccount: number; size: bigint; price: string }) => void): OptionsMargin {
  return {
    ...m,
    settlePosition: (ctx, ref, id, price) => {
      const size = m.positionSize(ctx, ref.owner, ref.number, id);
      m.settlePosition(ctx, ref, id, price);
      record(ctx, { instrumentId: id, owner: ref.owner, subaccount: ref.number, size, price: price.toString() });
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
        const heartbeat = oracle.params(ctx).heartbeatSeconds;
        // the price in force is oldest just before the next sample and at the end
        let oldest = end * NS - r.samples[r.samples.length - 1].timeNanos;
        for (let i = 1; i < r.samples.length; i++) oldest = bigMax(oldest, r.samples[i].timeNanos - r.samples[i - 1].timeNanos);
        return {
          price: r.twap,
          samples: r.samples.map((c) => ({ timeNanos: c.timeNanos, price: c.price })),
          stale: r.ageAtEndSeconds > heartbeat,
          freshThroughout: oldest <= heartbeat * NS,
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
      const judged = screenAccounts(margin, ctx, margin.index.select(refs.map((r) => ({ owner: addressBytes(r.owner), number: r.number }))), { exact: true }).results;
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

/** The host chain as the ibc queries read it: the chain id and the last block time from the consensus store. */
export function ibcHost(consensus: ConsensusKeeper): IbcHost {
  return {
    chainId: (ctx) => consensus.read(ctx)?.chainId ?? '',
    blockTime: (ctx) => consensus.lastBlockTime(ctx),
  };
}
