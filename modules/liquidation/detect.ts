// Detection, at the end of every block (after the trading module matched and settled): margin's scan judges
// every subaccount carrying risk at fresh prices. A subaccount on a stale market is not judged, and nothing
// happens to it (EventLiquidationsPaused says which market holds how many back). Open auctions are updated
// first (ended when healthy again, bankruptcy handled), then new ones open, in (owner, number) order, at most
// max_new_auctions_per_block: the subaccount's open orders are cancelled and the Dutch auction starts.
import type { Context } from '../../chain/sdk';
import type { Auction } from '../../proto/gen/settle/liquidation/v1/types';
import { endAuction } from './auction';
import { handleBankrupt } from './bankruptcy';
import { refKey, type AccountRisk, type LiquidationKeeper, type SubaccountRef } from './keeper';

export interface DetectionReport {
  judged: number;
  paused: number;
  started: number;
  ended: number;
}

export function runLiquidations(k: LiquidationKeeper, ctx: Context): DetectionReport {
  const params = k.params(ctx);
  const screen = k.margin.screen(ctx);
  const judged = new Map<string, AccountRisk>(screen.flagged.map((r) => [refKey(r), r]));
  const paused = new Set(screen.paused.map(refKey));
  if (screen.paused.length > 0) {
    const byMarket = new Map<string, number>();
    for (const p of screen.paused) byMarket.set(p.market, (byMarket.get(p.market) ?? 0) + 1);
    for (const [market, count] of [...byMarket.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      ctx.emit('settle.liquidation.v1.EventLiquidationsPaused', { market: JSON.stringify(market), subaccounts: String(count), reason: JSON.stringify(screen.stale.get(market) ?? 'no fresh price') });
    }
  }
  const report: DetectionReport = { judged: screen.judged, paused: screen.paused.length, started: 0, ended: 0 };
  const open = new Set<string>();
  /** Counterparties deleveraging moved positions into, this block. */
  const touched: SubaccountRef[] = [];
  for (const a of k.auctions(ctx)) {
    const ref = { owner: a.owner, number: a.subaccount };
    open.add(refKey(ref));
    if (paused.has(refKey(ref))) continue;
    const r = judged.get(refKey(ref));
    if (!r) {
      // judged neither liquidatable nor negative (or carrying no risk any more)
      endAuction(k, ctx, a, 'healthy');
      report.ended++;
    } else if (r.negative) {
      handleBankrupt(k, ctx, a, r, judged, touched);
    } else if (a.bankrupt) {
      k.setAuction(ctx, { ...a, bankrupt: false });
    }
  }
  const height = BigInt(ctx.block.height);
  const start = (r: AccountRisk): void => {
    open.add(refKey(r));
    const cancelled = k.orders.cancelAll(ctx, r);
    // (the scan gives exact equity and MM for every liquidatable subaccount)
    const a: Auction = { owner: r.owner, subaccount: r.number, startHeight: height, startEquity: String(r.equity), startMm: String(r.mm), stepHeight: 0n, step: [], bankrupt: r.negative };
    k.setAuction(ctx, a);
    report.started++;
    ctx.emit('settle.liquidation.v1.EventLiquidationStarted', {
      owner: JSON.stringify(r.owner),
      subaccount: String(r.number),
      equity: JSON.stringify(a.startEquity),
      mm: JSON.stringify(a.startMm),
      cancelled_orders: String(cancelled),
    });
    if (r.negative) handleBankrupt(k, ctx, a, r, judged, touched);
  };
  for (const r of screen.flagged) {
    if (report.started >= params.maxNewAuctionsPerBlock) break;
    if (r.status === 'liquidatable' && !open.has(refKey(r))) start(r);
  }
  // deleveraging this block moved positions into its counterparties: judge them again now, so that one it
  // took below maintenance is not left without an auction until the next block (a bankrupt one is handled
  // at once too, which may deleverage further: all of it bounded by max_new_auctions_per_block)
  for (let i = 0; i < touched.length && report.started < params.maxNewAuctionsPerBlock; i++) {
    const ref = touched[i];
    if (open.has(refKey(ref))) continue;
    let now;
    try {
      now = k.margin.status(ctx, ref);
    } catch {
      continue; // stale: not judged
    }
    if (now.status !== 'liquidatable') continue;
    const seen = judged.get(refKey(ref));
    start({ owner: ref.owner, number: ref.number, portfolio: seen?.portfolio ?? false, positions: k.margin.positions(ctx, ref), status: now.status, negative: now.equity.isNegative(), equity: now.equity, mm: now.mm });
  }
  return report;
}
