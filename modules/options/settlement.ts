// Expiry settlement. At the end of every block, expired instruments (their orders already cancelled) are
// settled from a queue in (expiry, id) order:
//  1. the settlement price of their underlying and expiry is fixed once: the oracle's TWAP over
//     [expiry − settlement_window_seconds, expiry], stored with the samples it used. If the price in force
//     at expiry was stale, or the oracle cannot compute it, settlement waits (EventSettlementDelayed, each
//     block) until a full window of fresh prices has passed after expiry, and settles on that window's TWAP
//     (the fallback: the first block whose last window_seconds lie after expiry with no stale moment);
//  2. the payoff per contract, floor(max(S − K, 0) × contract size) for a call (K − S for a put) in base
//     units of the settlement denom, is fixed on the instrument; every holder is cash-settled at it through
//     margin (longs receive, shorts pay: both at the same price, so exactly what one side pays the other
//     receives), at most settlement_batch positions per block; each settlement closes the position, so
//     nothing settles twice;
//  3. when no holder is left the instrument is SETTLED.
import { Dec } from '../../chain/math';
import type { Context } from '../../chain/sdk';
import { Instrument, InstrumentStatus, OptionKind, SettlementPrice } from '../../proto/gen/settle/options/v1/types';
import type { OptionsKeeper, SettlementTwap } from './keeper';

const NS = 1_000_000_000n;

/** The payoff of one contract at settlement price `s`, in base units (`unit` per quote unit), rounded down. */
export function payoff(ins: Instrument, s: Dec, unit: bigint): bigint {
  const k = Dec.parse(ins.strike);
  const intrinsic = ins.kind === OptionKind.OPTION_KIND_CALL ? s.sub(k) : k.sub(s);
  if (!intrinsic.isPositive()) return 0n;
  return intrinsic.mul(Dec.parse(ins.contractSize), 'down').mulInt(unit).toBigInt('down');
}

/**
 * Fixes the settlement price of (underlying, expiry) if it is not fixed yet; undefined while it must wait
 * (asked once per block per expiry: `waiting` remembers this block's answers).
 */
function fixPrice(keeper: OptionsKeeper, ctx: Context, underlying: string, expiry: bigint, waiting: Set<string>): SettlementPrice | undefined {
  const fixed = keeper.settlementPrice(ctx, underlying, expiry);
  if (fixed) return fixed;
  const key = `${underlying}@${expiry}`;
  if (waiting.has(key)) return undefined;
  const window = keeper.params(ctx).settlementWindowSeconds;
  const twap = keeper.oracle.settlementTwap(ctx, underlying, expiry - window, expiry);
  if (twap && !twap.stale) return record(keeper, ctx, underlying, expiry, expiry - window, expiry, twap, false);
  // the fallback: the last full window, once it lies after expiry and no moment of it was stale
  const now = keeper.oracle.nowSeconds(ctx);
  if (now - window >= expiry) {
    const late = keeper.oracle.settlementTwap(ctx, underlying, now - window, now);
    if (late && late.freshThroughout) return record(keeper, ctx, underlying, expiry, now - window, now, late, true);
  }
  waiting.add(key);
  const why = !twap ? 'the oracle has no price history for the settlement window' : 'the oracle price in force at expiry was stale';
  ctx.emit('settle.options.v1.EventSettlementDelayed', {
    underlying: JSON.stringify(underlying),
    expiry: JSON.stringify(expiry.toString()),
    reason: JSON.stringify(`${why}; settlement waits for the first full ${window}-second window of fresh prices after expiry and settles on its TWAP`),
  });
  return undefined;
}

function record(keeper: OptionsKeeper, ctx: Context, underlying: string, expiry: bigint, start: bigint, end: bigint, twap: SettlementTwap, fallback: boolean): SettlementPrice {
  const sp: SettlementPrice = {
    underlying,
    expiry,
    price: twap.price.toString(),
    windowStartNanos: start * NS,
    windowEndNanos: end * NS,
    samples: twap.samples.map((x) => ({ timeNanos: x.timeNanos, price: x.price })),
    fixedHeight: BigInt(ctx.block.height),
    fallback,
  };
  keeper.setSettlementPrice(ctx, sp);
  ctx.emit('settle.options.v1.EventSettlementPriceFixed', {
    underlying: JSON.stringify(underlying),
    expiry: JSON.stringify(expiry.toString()),
    price: JSON.stringify(sp.price),
    samples: String(sp.samples.length),
    fallback: String(fallback),
  });
  return sp;
}

/** Settles up to settlement_batch positions of the queue's instruments; returns how many it settled. */
export function runSettlement(keeper: OptionsKeeper, ctx: Context): number {
  let budget = keeper.params(ctx).settlementBatch;
  const waiting = new Set<string>();
  let settled = 0;
  for (const id of keeper.settleQueue(ctx)) {
    if (budget === 0) break;
    let ins = keeper.requireInstrument(ctx, id);
    const sp = fixPrice(keeper, ctx, ins.underlying, ins.expiry, waiting);
    if (!sp) continue;
    if (ins.settlementPrice === '') {
      ins = { ...ins, settlementPrice: payoff(ins, Dec.parse(sp.price), keeper.margin.settlementUnit(ctx)).toString() };
      keeper.setInstrument(ctx, ins);
    }
    const price = BigInt(ins.settlementPrice);
    const holders = keeper.margin.holders(ctx, id, budget + 1);
    const now = holders.slice(0, budget);
    for (const ref of now) keeper.margin.settlePosition(ctx, ref, id, price);
    budget -= now.length;
    settled += now.length;
    if (holders.length <= now.length) {
      keeper.setInstrument(ctx, { ...ins, status: InstrumentStatus.INSTRUMENT_STATUS_SETTLED });
      ctx.emit('settle.options.v1.EventInstrumentSettled', { instrument_id: JSON.stringify(id), settlement_price: JSON.stringify(ins.settlementPrice) });
    }
  }
  return settled;
}
