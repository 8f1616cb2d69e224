// Multi-leg orders: 2–4 legs on distinct active instruments with ratios, a quantity and a net limit
// price per unit. A combo never rests: at the end of its block it fills every leg completely at a net
// price at or better than its limit against the leg books, or nothing happens.
import type { ReadContext } from '../../chain/sdk';
import { ComboLeg, Instrument, InstrumentStatus, Side } from '../../proto/gen/settle/options/v1/types';
import { MAX_COMBO_LEGS } from './book';
import { OptionsErrors } from './errors';
import { sideSign } from './fills';
import type { OptionsKeeper } from './keeper';

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/** The rules a combo message must meet on its own. */
export function validateComboBasic(m: { clientId: bigint; legs: readonly ComboLeg[]; quantity: bigint; limitPrice: bigint }): void {
  const bad = (why: string) => OptionsErrors.invalidCombo.wrap(`client id ${m.clientId}: ${why}`);
  if (m.clientId === 0n) throw bad('client_id must be non-zero');
  if (m.legs.length < 2 || m.legs.length > MAX_COMBO_LEGS) throw bad(`a combo has 2 to ${MAX_COMBO_LEGS} legs, got ${m.legs.length}`);
  if (new Set(m.legs.map((l) => l.instrumentId)).size !== m.legs.length) throw bad('legs must be on distinct instruments');
  for (const l of m.legs) {
    if (!l.instrumentId) throw bad('a leg without an instrument');
    if (l.side !== Side.SIDE_BUY && l.side !== Side.SIDE_SELL) throw bad(`leg ${l.instrumentId}: side must be BUY or SELL`);
    if (l.ratio < 1n || l.ratio > 1_000n) throw bad(`leg ${l.instrumentId}: ratio must be 1..1000`);
  }
  if (m.quantity < 1n || m.quantity > 1_000_000_000n) throw bad('quantity must be 1..10^9');
  if (m.limitPrice <= -MAX || m.limitPrice >= MAX) throw bad('limit_price out of range');
}

/** The legs' instruments, each active, with every leg size on its instrument's lot. */
export function comboInstruments(keeper: OptionsKeeper, ctx: ReadContext, legs: readonly ComboLeg[], quantity: bigint, now: bigint): Instrument[] {
  return legs.map((l) => {
    const ins = keeper.requireInstrument(ctx, l.instrumentId);
    if (ins.status !== InstrumentStatus.INSTRUMENT_STATUS_ACTIVE || ins.expiry <= now) throw OptionsErrors.instrumentNotActive.wrap(`${ins.id} has expired`);
    if ((l.ratio * quantity) % ins.minSize !== 0n) throw OptionsErrors.invalidCombo.wrap(`leg ${ins.id}: ${l.ratio * quantity} contracts is not a multiple of the minimum size ${ins.minSize}`);
    return ins;
  });
}

/** The worst case of a combo for the margin check: every leg filled, the full net limit paid. */
export function comboMarginChange(legs: readonly ComboLeg[], quantity: bigint, limitPrice: bigint): { positions: { instrumentId: string; size: bigint }[]; cash: bigint } {
  const positions = legs.map((l) => ({ instrumentId: l.instrumentId, size: sideSign(l.side) * l.ratio * quantity })).sort((a, b) => (a.instrumentId < b.instrumentId ? -1 : 1));
  return { positions, cash: -limitPrice * quantity };
}
