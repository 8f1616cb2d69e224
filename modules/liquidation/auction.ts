// A liquidation step: MsgLiquidate takes part of one position of a subaccount under liquidation at the
// auction's price (the discount grows every block the auction stays open, Derive's Dutch auction). The
// liquidator's subaccount must stay above its initial margin with the position; the liquidated one pays a
// penalty to the insurance fund while its equity covers it. Per block, at most max_share_per_block of each
// position may be taken. The auction ends when the subaccount is no longer liquidatable.
import { Dec } from '../../chain/math';
import type { Context } from '../../chain/sdk';
import type { Auction, StepBudget } from '../../proto/gen/settle/liquidation/v1/types';
import { LiquidationErrors } from './errors';
import { INSURANCE_ACCOUNT } from './keys';
import type { LiquidationKeeper, SubaccountRef } from './keeper';
import { auctionRates, discountAt } from './params';
import { auctionPrice, penaltyPerContract, toBase } from './pricing';

export interface LiquidateRequest {
  liquidator: SubaccountRef;
  target: SubaccountRef;
  instrumentId: string;
  /** Contracts to take (positive). */
  size: bigint;
}

export interface LiquidateResult {
  price: bigint;
  penalty: bigint;
  ended: boolean;
}

const describe = (r: SubaccountRef): string => `subaccount ${r.number} of ${r.owner}`;

/** Contracts of a position of `abs` contracts that may be taken in one block: the share, rounded up, at least one. */
export function stepCap(abs: bigint, share: Dec): bigint {
  const cap = share.mulInt(abs).toBigInt('up');
  return cap > 0n ? cap : 1n;
}

/** The step budget of one instrument in this block, fixed at the block's first step in it. */
function budget(a: Auction, height: bigint, instrumentId: string, held: bigint, share: Dec): { step: StepBudget[]; entry: StepBudget } {
  const step = a.stepHeight === height ? a.step.map((s) => ({ ...s })) : [];
  let entry = step.find((s) => s.instrumentId === instrumentId);
  if (!entry) {
    entry = { instrumentId, cap: stepCap(held < 0n ? -held : held, share), taken: 0n };
    step.push(entry);
    step.sort((x, y) => (x.instrumentId < y.instrumentId ? -1 : x.instrumentId > y.instrumentId ? 1 : 0));
  }
  return { step, entry };
}

export function liquidate(k: LiquidationKeeper, ctx: Context, req: LiquidateRequest): LiquidateResult {
  const { liquidator, target, instrumentId, size } = req;
  if (liquidator.owner === target.owner && liquidator.number === target.number) throw LiquidationErrors.selfLiquidation.wrap(describe(target));
  const auction = k.auction(ctx, target);
  if (!auction) throw LiquidationErrors.notInAuction.wrap(`${describe(target)} is not being liquidated; see the Auctions query`);
  if (k.auction(ctx, liquidator)) throw LiquidationErrors.liquidatorInAuction.wrap(`${describe(liquidator)} is itself being liquidated`);
  const held = k.margin.position(ctx, target, instrumentId).size;
  if (held === 0n) throw LiquidationErrors.noPosition.wrap(`${describe(target)} holds no ${instrumentId}`);
  const abs = held < 0n ? -held : held;
  if (size <= 0n || size > abs) throw LiquidationErrors.invalidSize.wrap(`size must be 1..${abs} (what ${describe(target)} holds of ${instrumentId}), got ${size}`);
  const params = k.params(ctx);
  const rates = auctionRates(params);
  const height = BigInt(ctx.block.height);
  const { step, entry } = budget(auction, height, instrumentId, held, rates.maxSharePerBlock);
  if (entry.taken + size > entry.cap) {
    throw LiquidationErrors.stepBudgetExceeded.wrap(`${instrumentId} of ${describe(target)}: ${entry.taken} of ${entry.cap} contracts already taken this block; at most ${entry.cap - entry.taken} more`);
  }
  if (!k.margin.hasSubaccount(ctx, liquidator)) throw LiquidationErrors.unknownSubaccount.wrap(`the liquidator's ${describe(liquidator)} does not exist; deposit collateral first`);
  const unit = k.margin.settlementUnit(ctx);
  const cr = k.margin.contractRisk(ctx, instrumentId);
  const long = held > 0n;
  const price = auctionPrice(cr, long, discountAt(rates, auction.startHeight, height), unit);
  const signed = long ? size : -size;
  k.margin.requireMargin(ctx, liquidator, { positions: [{ instrumentId, size: signed }], cash: -signed * price });
  k.margin.transferPosition(ctx, target, liquidator, instrumentId, signed, price, 'liquidation');
  let after = k.margin.status(ctx, target);
  const equityBase = toBase(after.equity, unit, 'down');
  let penalty = penaltyPerContract(cr, long, rates.penalty, unit) * size;
  if (penalty > equityBase) penalty = equityBase > 0n ? equityBase : 0n;
  if (penalty > 0n) {
    k.margin.payToModule(ctx, target, penalty, INSURANCE_ACCOUNT);
    k.addToFund(ctx, 'penalties', penalty);
    after = k.margin.status(ctx, target);
  }
  k.record(ctx, {
    kind: 'auction',
    owner: target.owner,
    subaccount: target.number,
    counterpartyOwner: liquidator.owner,
    counterpartySubaccount: liquidator.number,
    instrumentId,
    size: signed,
    price,
    amount: penalty.toString(),
  });
  entry.taken += size;
  const ended = after.status !== 'liquidatable' && !after.equity.isNegative();
  if (ended) endAuction(k, ctx, auction, 'healthy');
  else k.setAuction(ctx, { ...auction, stepHeight: height, step, bankrupt: after.equity.isNegative() });
  return { price, penalty, ended };
}

export type EndReason = 'healthy' | 'covered';

export function endAuction(k: LiquidationKeeper, ctx: Context, a: Auction, reason: EndReason): void {
  k.deleteAuction(ctx, { owner: a.owner, number: a.subaccount });
  ctx.emit('settle.liquidation.v1.EventAuctionEnded', { owner: JSON.stringify(a.owner), subaccount: String(a.subaccount), reason: JSON.stringify(reason) });
}
