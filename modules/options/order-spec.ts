// An order's own rules (no state): what MsgPlaceOrder and MsgBatch check before anything runs, and the
// rules against its instrument and the block (price on the tick, size in lots, good-til in the future).
import { Instrument, OrderSpec, SelfTradePrevention, Side, TimeInForce } from '../../proto/gen/settle/options/v1/types';
import { OptionsErrors } from './errors';

/** Prices and sizes stay below 2^53 so that the matching engine can hold them as numbers. */
const MAX = BigInt(Number.MAX_SAFE_INTEGER);

export function validateSpecBasic(s: OrderSpec): void {
  const bad = (why: string) => OptionsErrors.invalidOrder.wrap(`client id ${s.clientId}: ${why}`);
  if (s.clientId === 0n) throw bad('client_id must be non-zero');
  if (!s.instrumentId) throw bad('instrument_id is required');
  if (s.side !== Side.SIDE_BUY && s.side !== Side.SIDE_SELL) throw bad('side must be BUY or SELL');
  if (s.price < 1n || s.price > MAX) throw bad(`price must be 1 .. 2^53 − 1 base units per contract, got ${s.price}`);
  if (s.size < 1n || s.size > MAX) throw bad(`size must be 1 .. 2^53 − 1 contracts, got ${s.size}`);
  if (s.timeInForce < TimeInForce.TIME_IN_FORCE_UNSPECIFIED || s.timeInForce > TimeInForce.TIME_IN_FORCE_FOK) throw bad(`unknown time_in_force ${s.timeInForce}`);
  if (s.selfTradePrevention < 0 || s.selfTradePrevention > SelfTradePrevention.SELF_TRADE_PREVENTION_CANCEL_BOTH) throw bad(`unknown self_trade_prevention ${s.selfTradePrevention}`);
  const tif = timeInForce(s);
  if (s.postOnly && (tif === TimeInForce.TIME_IN_FORCE_IOC || tif === TimeInForce.TIME_IN_FORCE_FOK)) throw bad('post_only cannot be IOC or FOK');
  if ((tif === TimeInForce.TIME_IN_FORCE_GTT) !== (s.goodTilTime !== 0n)) throw bad('good_til_time is set exactly for GTT orders');
  if ((tif === TimeInForce.TIME_IN_FORCE_GTB) !== (s.goodTilBlock !== 0n)) throw bad('good_til_block is set exactly for GTB orders');
  if (s.goodTilTime < 0n || s.goodTilTime > MAX || s.goodTilBlock > MAX) throw bad('good_til out of range');
}

/** Unspecified is GTC (proto3's zero value: a client that leaves it out gets a resting limit order). */
export function timeInForce(s: OrderSpec): TimeInForce {
  return s.timeInForce === TimeInForce.TIME_IN_FORCE_UNSPECIFIED ? TimeInForce.TIME_IN_FORCE_GTC : s.timeInForce;
}

/** Whether a good-til-block order can no longer be placed in the block at `height` (the mempool applies the same rule). */
export function goodTilBlockPassed(s: OrderSpec, height: bigint): boolean {
  return s.goodTilBlock !== 0n && s.goodTilBlock < height;
}

/** The rules against the instrument and the block: tick, lot, good-til in the future. */
export function validateSpecForBlock(s: OrderSpec, i: Instrument, height: bigint, nowSeconds: bigint): void {
  const bad = (why: string) => OptionsErrors.invalidOrder.wrap(`client id ${s.clientId} on ${i.id}: ${why}`);
  if (s.price % i.tickSize !== 0n) throw bad(`price ${s.price} is not a multiple of the tick size ${i.tickSize}`);
  if (s.size % i.minSize !== 0n) throw bad(`size ${s.size} is not a multiple of the minimum size ${i.minSize}`);
  if (goodTilBlockPassed(s, height)) throw bad(`good_til_block ${s.goodTilBlock} has passed (height ${height})`);
  if (s.goodTilTime !== 0n && s.goodTilTime <= nowSeconds) throw bad(`good_til_time ${s.goodTilTime} has passed (block time ${nowSeconds})`);
}
