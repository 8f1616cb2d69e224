// Carrying out what the matching engine decided: each fill through margin (both sides, premium and fees),
// resting makers reduced or removed, instrument stats, and the events an indexer reads.
import { Dec } from '../../chain/math';
import type { Context } from '../../chain/sdk';
import { Instrument, Order, Side } from '../../proto/gen/settle/options/v1/types';
import type { Fill, MakerCancel } from './book';
import type { OptionsKeeper } from './keeper';
import { FEE_ACCOUNT } from './keys';
import type { FeeRates } from './params';

export type DoneReason =
  | 'filled'
  | 'cancelled'
  | 'expired'
  | 'ioc_remainder'
  | 'fok_not_filled'
  | 'post_only_would_cross'
  | 'self_trade'
  | 'insufficient_margin'
  | 'reduce_only'
  | 'instrument_expired'
  | 'open_interest_cap'
  | 'dead_man_switch'
  | 'mmp_frozen'
  | 'liquidation';

export interface Taker {
  /** The order's or the combo's id. */
  id: bigint;
  owner: string;
  subaccount: number;
  side: Side;
}

export const sideSign = (s: Side): bigint => (s === Side.SIDE_BUY ? 1n : -1n);

export function emitDone(ctx: Context, o: Order, reason: DoneReason): void {
  ctx.emit('settle.options.v1.EventOrderDone', {
    order_id: JSON.stringify(o.id.toString()),
    owner: JSON.stringify(o.owner),
    subaccount: String(o.subaccount),
    client_id: JSON.stringify(o.spec!.clientId.toString()),
    instrument_id: JSON.stringify(o.spec!.instrumentId),
    remaining: JSON.stringify(o.remaining.toString()),
    reason: JSON.stringify(reason),
  });
}

/**
 * A fill's fee in base units, rounded up: size × min(rate × index × contract size, cap × price per contract)
 * with the index in quote units and `unit` base units per quote unit.
 */
export function fee(rate: Dec, cap: Dec, index: Dec, ins: Instrument, size: bigint, price: bigint, unit: bigint): bigint {
  const byUnderlying = rate.mul(index, 'up').mul(Dec.parse(ins.contractSize), 'up').mulInt(unit);
  const byPremium = cap.mulInt(price);
  return Dec.min(byUnderlying, byPremium).mulInt(size).toBigInt('up');
}

/** Why a maker the pre-fill check refused was cancelled (its margin, or market-maker protection). */
export type MakerCheckReason = (orderId: string) => DoneReason;

/** Applies one taker's fills and maker cancels on one instrument. */
export function applyFills(
  keeper: OptionsKeeper,
  ctx: Context,
  taker: Taker,
  ins: Instrument,
  fills: readonly Fill[],
  makerCancels: readonly MakerCancel[],
  fees: FeeRates,
  checkReason: MakerCheckReason = () => 'insufficient_margin',
  pricingOf: (ins: Instrument) => FeePricing = (i) => feePricing(keeper, ctx, i),
): void {
  for (const c of makerCancels) {
    const m = keeper.order(ctx, BigInt(c.id))!;
    if (c.remaining === 0) {
      keeper.deleteOrder(ctx, m);
      emitDone(ctx, m, c.reason === 'self-trade' ? 'self_trade' : checkReason(c.id));
    } else keeper.putOrder(ctx, { ...m, remaining: BigInt(c.remaining) });
  }
  if (fills.length === 0) return;
  const pricing = pricingOf(ins);
  for (const f of fills) {
    const maker = keeper.order(ctx, BigInt(f.makerId))!;
    trade(keeper, ctx, ins, pricing, fees, taker, { id: maker.id, owner: maker.owner, subaccount: maker.subaccount }, BigInt(f.size), BigInt(f.price));
    if (f.makerRemaining === 0) {
      keeper.deleteOrder(ctx, maker);
      emitDone(ctx, { ...maker, remaining: 0n }, 'filled');
    } else keeper.putOrder(ctx, { ...maker, remaining: BigInt(f.makerRemaining) });
  }
}

export interface FeePricing {
  /** The underlying's index in quote units (0 when the oracle has none: fees fall to 0 with it). */
  index: Dec;
  /** Base units of the settlement denom per quote unit. */
  unit: bigint;
}

export function feePricing(keeper: OptionsKeeper, ctx: Context, ins: Instrument): FeePricing {
  return { index: keeper.oracle.price(ctx, ins.underlying)?.price ?? Dec.ZERO, unit: keeper.margin.settlementUnit(ctx) };
}

/**
 * One trade between a taker and a maker through margin (both sides, premium and fees), the instrument's
 * volume and last price, and its EventFill. `taker.side` is the taker's; the maker takes the other. Open
 * interest follows the positions themselves (margin's position hook, OptionsKeeper.onPositionChange).
 */
export function trade(
  keeper: OptionsKeeper,
  ctx: Context,
  ins: Instrument,
  pricing: FeePricing,
  fees: FeeRates,
  taker: Taker,
  maker: { id: bigint; owner: string; subaccount: number },
  size: bigint,
  price: bigint,
): void {
  const makerFee = fee(fees.maker, fees.cap, pricing.index, ins, size, price, pricing.unit);
  const takerFee = fee(fees.taker, fees.cap, pricing.index, ins, size, price, pricing.unit);
  const takerSize = sideSign(taker.side) * size;
  keeper.margin.applyTrade(ctx, { owner: maker.owner, number: maker.subaccount }, { instrumentId: ins.id, size: -takerSize, price, fee: makerFee }, FEE_ACCOUNT);
  keeper.margin.applyTrade(ctx, { owner: taker.owner, number: taker.subaccount }, { instrumentId: ins.id, size: takerSize, price, fee: takerFee }, FEE_ACCOUNT);
  const stats = keeper.stats(ctx, ins.id);
  keeper.setStats(ctx, { ...stats, volume: stats.volume + size, lastPrice: price, lastTradeHeight: BigInt(ctx.block.height) });
  ctx.emit('settle.options.v1.EventFill', {
    instrument_id: JSON.stringify(ins.id),
    maker_order_id: JSON.stringify(maker.id.toString()),
    taker_order_id: JSON.stringify(taker.id.toString()),
    maker: JSON.stringify(maker.owner),
    maker_subaccount: String(maker.subaccount),
    taker: JSON.stringify(taker.owner),
    taker_subaccount: String(taker.subaccount),
    taker_side: JSON.stringify(Side[taker.side]),
    price: JSON.stringify(price.toString()),
    size: JSON.stringify(size.toString()),
    maker_fee: JSON.stringify(makerFee.toString()),
    taker_fee: JSON.stringify(takerFee.toString()),
  });
}
