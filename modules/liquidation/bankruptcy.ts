// Negative equity. While the subaccount still holds positions and the insurance fund can cover its deficit,
// the auction goes on (liquidators take the positions; the fund covers what is left at the end). When the
// fund cannot cover the deficit, auto-deleveraging closes the positions against opposite holders, ranked by
// profit × leverage, at bankruptcy prices: the mark, moved against the counterparty by an equal share per
// contract of the deficit left after closing at the mark. With no positions left, the fund covers the
// remaining debt; what it cannot cover stays as bad debt (the auction stays open and bankrupt, withdrawals
// stay blocked) until the fund is topped up.
import { Dec } from '../../chain/math';
import type { Context } from '../../chain/sdk';
import type { Auction } from '../../proto/gen/settle/liquidation/v1/types';
import { endAuction } from './auction';
import { INSURANCE_ACCOUNT } from './keys';
import { refKey, type AccountRisk, type LiquidationKeeper, type SubaccountRef } from './keeper';
import { equityContribution, markValue, toBase } from './pricing';

/** One block's handling of a subaccount whose equity is below zero (its auction already open). */
export function handleBankrupt(k: LiquidationKeeper, ctx: Context, a: Auction, judgedAs: AccountRisk, judged: ReadonlyMap<string, AccountRisk>, touched: SubaccountRef[]): void {
  // read again: this block's earlier steps (another subaccount's deleveraging) may have changed it
  const ref = { owner: judgedAs.owner, number: judgedAs.number };
  const status = k.margin.status(ctx, ref);
  if (!status.equity.isNegative()) return solvent(k, ctx, a, status.status);
  let positions = k.margin.positions(ctx, ref);
  const r: AccountRisk = { ...judgedAs, positions, equity: status.equity, mm: status.mm, status: status.status, negative: true };
  const unit = k.margin.settlementUnit(ctx);
  const deficit = toBase(status.equity.neg(), unit, 'up');
  const fund = k.fundBalance(ctx);
  if (positions.length > 0 && fund < deficit) {
    deleverage(k, ctx, r, deficit, judged, touched);
    positions = k.margin.positions(ctx, r);
    if (positions.length > 0) return k.setAuction(ctx, { ...a, bankrupt: true });
  } else if (positions.length > 0) {
    return k.setAuction(ctx, { ...a, bankrupt: true });
  }
  // no positions left: the fund covers the debt
  const now = k.margin.status(ctx, r);
  if (!now.equity.isNegative()) return solvent(k, ctx, a, now.status);
  const owed = toBase(now.equity.neg(), unit, 'up');
  const balance = k.fundBalance(ctx);
  const cover = owed < balance ? owed : balance;
  if (cover > 0n) {
    k.margin.receiveFromModule(ctx, r, cover, INSURANCE_ACCOUNT);
    k.addToFund(ctx, 'covered', cover);
    k.record(ctx, { kind: 'cover', owner: r.owner, subaccount: r.number, counterpartyOwner: '', counterpartySubaccount: 0, instrumentId: '', size: 0n, price: 0n, amount: cover.toString() });
  }
  if (cover === owed) return endAuction(k, ctx, a, 'covered');
  if (!a.bankrupt || cover > 0n) {
    k.record(ctx, { kind: 'bad_debt', owner: r.owner, subaccount: r.number, counterpartyOwner: '', counterpartySubaccount: 0, instrumentId: '', size: 0n, price: 0n, amount: (owed - cover).toString() });
  }
  k.setAuction(ctx, { ...a, bankrupt: true });
}

/** Equity is back at or above zero: the auction goes on while still liquidatable, else it ends. */
function solvent(k: LiquidationKeeper, ctx: Context, a: Auction, status: string): void {
  if (status === 'liquidatable') k.setAuction(ctx, { ...a, bankrupt: false });
  else endAuction(k, ctx, a, 'healthy');
}

interface Candidate extends SubaccountRef {
  size: bigint;
  pnl: bigint;
  notional: bigint;
  /** Equity's raw fixed-point value when the scan judged it positive; undefined otherwise. */
  equityRaw: bigint | undefined;
}

/**
 * Profitable holders first, by pnl × notional / equity (exact: cross-multiplied), then the rest by pnl; ties
 * in (owner, number) order. A holder with unknown or non-positive equity ranks with the unprofitable ones.
 */
function rank(a: Candidate, b: Candidate): number {
  const aTop = a.pnl > 0n && a.equityRaw !== undefined;
  const bTop = b.pnl > 0n && b.equityRaw !== undefined;
  if (aTop !== bTop) return aTop ? -1 : 1;
  if (aTop) {
    const lhs = a.pnl * a.notional * b.equityRaw!;
    const rhs = b.pnl * b.notional * a.equityRaw!;
    if (lhs !== rhs) return lhs > rhs ? -1 : 1;
  } else if (a.pnl !== b.pnl) return a.pnl > b.pnl ? -1 : 1;
  return a.owner < b.owner ? -1 : a.owner > b.owner ? 1 : a.number - b.number;
}

/** Closes the subaccount's positions against ranked opposite holders at bankruptcy prices (bounded per position). */
function deleverage(k: LiquidationKeeper, ctx: Context, r: AccountRisk, deficit: bigint, judged: ReadonlyMap<string, AccountRisk>, touched: SubaccountRef[]): void {
  const unit = k.margin.settlementUnit(ctx);
  const limit = k.params(ctx).maxAdlCounterparties;
  const legs = r.positions
    .filter((p) => p.size !== 0n)
    .map((p) => {
      const cr = k.margin.contractRisk(ctx, p.instrumentId);
      return { ...p, cr, value: markValue(cr, p.size > 0n, unit) };
    });
  // closing at the mark gains what the marks are worth above the positions' (haircut) equity contributions;
  // the deficit left after that is shared out equally per contract, rounded up (the fund's favour)
  let contributions = Dec.ZERO;
  let contracts = 0n;
  for (const l of legs) {
    contributions = contributions.add(equityContribution(l.cr, l.size, r.portfolio));
    contracts += l.size < 0n ? -l.size : l.size;
  }
  const gain = legs.reduce((sum, l) => sum + l.size * l.value, 0n) - toBase(contributions, unit, 'up');
  const left = deficit - gain;
  const share = left > 0n && contracts > 0n ? (left + contracts - 1n) / contracts : 0n;
  for (const l of legs) {
    const long = l.size > 0n;
    const price = long ? l.value + share : l.value > share ? l.value - share : 0n;
    const opposite: { ref: SubaccountRef; size: bigint; costBasis: bigint }[] = [];
    for (const h of k.margin.holders(ctx, l.instrumentId, Number.MAX_SAFE_INTEGER)) {
      if (h.owner === r.owner && h.number === r.number) continue;
      if (k.auction(ctx, h) || judged.get(refKey(h))?.negative) continue;
      const pos = k.margin.position(ctx, h, l.instrumentId);
      if (pos.size !== 0n && (pos.size > 0n) !== long) opposite.push({ ref: h, ...pos });
    }
    const equities = k.margin.equities(ctx, opposite.map((o) => o.ref));
    const candidates: Candidate[] = opposite.map((o, i) => {
      const v = markValue(l.cr, o.size > 0n, unit);
      const e = equities[i];
      return { ...o.ref, size: o.size, pnl: o.size * v - o.costBasis, notional: (o.size < 0n ? -o.size : o.size) * v, equityRaw: e && e.isPositive() ? e.raw : undefined };
    });
    candidates.sort(rank);
    let remaining = long ? l.size : -l.size;
    for (const c of candidates.slice(0, limit)) {
      if (remaining === 0n) break;
      const abs = c.size < 0n ? -c.size : c.size;
      const q = abs < remaining ? abs : remaining;
      const signed = long ? q : -q;
      k.margin.transferPosition(ctx, r, c, l.instrumentId, signed, price, 'adl');
      touched.push({ owner: c.owner, number: c.number });
      k.record(ctx, { kind: 'adl', owner: r.owner, subaccount: r.number, counterpartyOwner: c.owner, counterpartySubaccount: c.number, instrumentId: l.instrumentId, size: signed, price, amount: '0' });
      remaining -= q;
    }
  }
}
