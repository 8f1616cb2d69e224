// Requests for quotes (block trades): a taker asks for a multi-leg structure above a minimum size; makers
// answer on chain with firm leg prices; the taker accepts one quote and the whole structure trades at
// once, atomically, outside the books. Requests and quotes expire by height.
import { AppError, type Context } from '../../chain/sdk';
import { ComboLeg, Instrument, Quote, Rfq } from '../../proto/gen/settle/options/v1/types';
import { comboInstruments, comboMarginChange } from './combos';
import { OptionsErrors } from './errors';
import { feePricing, sideSign, trade } from './fills';
import type { OptionsKeeper } from './keeper';
import { Keys } from './keys';
import { feeRates } from './params';

export interface Ref {
  owner: string;
  number: number;
}

function requireSubaccount(keeper: OptionsKeeper, ctx: Context, ref: Ref): void {
  if (!keeper.margin.hasSubaccount(ctx, ref.owner, ref.number)) throw OptionsErrors.invalidSubaccount.wrap(`${ref.owner} has no subaccount ${ref.number}; deposit collateral first`);
}

function checkExpiry(keeper: OptionsKeeper, ctx: Context, expiresAt: bigint, cap?: bigint): void {
  const height = BigInt(ctx.block.height);
  const max = height + keeper.params(ctx).rfqMaxBlocks;
  const limit = cap !== undefined && cap < max ? cap : max;
  if (expiresAt < height || expiresAt > limit) throw OptionsErrors.invalidRfq.wrap(`expires_at must be in ${height} .. ${limit}, got ${expiresAt}`);
}

/** A taker's request; its structure is checked like a combo and must reach the minimum size. */
export function requestQuote(keeper: OptionsKeeper, ctx: Context, ref: Ref, m: { legs: ComboLeg[]; quantity: bigint; expiresAt: bigint }): bigint {
  requireSubaccount(keeper, ctx, ref);
  comboInstruments(keeper, ctx, m.legs, m.quantity, keeper.oracle.nowSeconds(ctx));
  const contracts = m.legs.reduce((sum, l) => sum + l.ratio * m.quantity, 0n);
  const min = keeper.params(ctx).rfqMinContracts;
  if (contracts < min) throw OptionsErrors.invalidRfq.wrap(`a request covers at least ${min} contracts, this one ${contracts}`);
  checkExpiry(keeper, ctx, m.expiresAt);
  const id = keeper.counter(ctx, Keys.nextOrderId);
  keeper.setCounter(ctx, Keys.nextOrderId, id + 1n);
  const rfq: Rfq = { id, owner: ref.owner, subaccount: ref.number, legs: m.legs, quantity: m.quantity, expiresAt: m.expiresAt };
  keeper.setRfq(ctx, rfq);
  ctx.emit('settle.options.v1.EventQuoteRequested', { rfq: JSON.stringify(Rfq.toJSON(rfq)) });
  return id;
}

/** The taker's net per unit of a quote: Σ side × ratio × leg price. */
export function quoteNet(rfq: Rfq, q: Quote): bigint {
  return rfq.legs.reduce((sum, l, i) => sum + sideSign(l.side) * l.ratio * q.legPrices[i], 0n);
}

/** A maker's firm quote; the maker must be able to carry the structure's other side at these prices. */
export function submitQuote(keeper: OptionsKeeper, ctx: Context, ref: Ref, m: { rfqId: bigint; legPrices: bigint[]; expiresAt: bigint }): bigint {
  const rfq = keeper.rfq(ctx, m.rfqId);
  if (!rfq || rfq.expiresAt < BigInt(ctx.block.height)) throw OptionsErrors.rfqNotFound.wrap(`request ${m.rfqId} is not open`);
  if (rfq.owner === ref.owner) throw OptionsErrors.invalidRfq.wrap('a requester cannot quote its own request');
  requireSubaccount(keeper, ctx, ref);
  if (m.legPrices.length !== rfq.legs.length) throw OptionsErrors.invalidRfq.wrap(`the request has ${rfq.legs.length} legs, the quote ${m.legPrices.length} prices`);
  const instruments = comboInstruments(keeper, ctx, rfq.legs, rfq.quantity, keeper.oracle.nowSeconds(ctx));
  m.legPrices.forEach((p, i) => {
    if (p < 1n || p % instruments[i].tickSize !== 0n) throw OptionsErrors.invalidRfq.wrap(`leg ${instruments[i].id}: price ${p} must be a positive multiple of the tick ${instruments[i].tickSize}`);
  });
  checkExpiry(keeper, ctx, m.expiresAt, rfq.expiresAt);
  const id = keeper.counter(ctx, Keys.nextOrderId);
  const quote: Quote = { id, rfqId: rfq.id, owner: ref.owner, subaccount: ref.number, legPrices: m.legPrices, expiresAt: m.expiresAt };
  // the maker takes the opposite side of every leg and receives the taker's net
  const taker = comboMarginChange(rfq.legs, rfq.quantity, quoteNet(rfq, quote));
  keeper.margin.requireMargin(ctx, ref, { positions: taker.positions.map((p) => ({ instrumentId: p.instrumentId, size: -p.size })), cash: -taker.cash });
  keeper.setCounter(ctx, Keys.nextOrderId, id + 1n);
  keeper.setQuote(ctx, quote);
  ctx.emit('settle.options.v1.EventQuoteSubmitted', { quote: JSON.stringify(Quote.toJSON(quote)) });
  return id;
}

export function cancelQuote(keeper: OptionsKeeper, ctx: Context, owner: string, quoteId: bigint): void {
  const q = keeper.quote(ctx, quoteId);
  if (!q || q.owner !== owner) throw OptionsErrors.quoteNotFound.wrap(`${owner} has no open quote ${quoteId}`);
  keeper.deleteQuote(ctx, q);
}

/**
 * The requester takes one quote: every leg trades between the two subaccounts at the quote's prices
 * (taker and maker fees as on the books), both margin-checked first; the request and its quotes close.
 */
export function acceptQuote(keeper: OptionsKeeper, ctx: Context, owner: string, m: { rfqId: bigint; quoteId: bigint; maxNetPrice: bigint }): bigint {
  const rfq = keeper.rfq(ctx, m.rfqId);
  const height = BigInt(ctx.block.height);
  if (!rfq || rfq.owner !== owner || rfq.expiresAt < height) throw OptionsErrors.rfqNotFound.wrap(`${owner} has no open request ${m.rfqId}`);
  const q = keeper.quote(ctx, m.quoteId);
  if (!q || q.rfqId !== rfq.id || q.expiresAt < height) throw OptionsErrors.quoteNotFound.wrap(`request ${rfq.id} has no open quote ${m.quoteId}`);
  const net = quoteNet(rfq, q);
  if (net > m.maxNetPrice) throw OptionsErrors.quoteWorseThanLimit.wrap(`quote ${q.id} nets ${net} per unit, above the limit ${m.maxNetPrice}`);
  const instruments: Instrument[] = comboInstruments(keeper, ctx, rfq.legs, rfq.quantity, keeper.oracle.nowSeconds(ctx));
  const takerRef = { owner: rfq.owner, number: rfq.subaccount };
  const change = comboMarginChange(rfq.legs, rfq.quantity, net);
  keeper.margin.requireMargin(ctx, takerRef, change);
  try {
    keeper.margin.requireMargin(ctx, { owner: q.owner, number: q.subaccount }, { positions: change.positions.map((p) => ({ instrumentId: p.instrumentId, size: -p.size })), cash: -change.cash });
  } catch (err) {
    if (err instanceof AppError && err.codespace === 'margin') throw OptionsErrors.quoteNotFound.wrap(`the maker of quote ${q.id} can no longer carry it: ${err.message}`);
    throw err;
  }
  const fees = feeRates(keeper.params(ctx));
  rfq.legs.forEach((l, i) => {
    const ins = instruments[i];
    trade(keeper, ctx, ins, feePricing(keeper, ctx, ins), fees, { id: rfq.id, owner: rfq.owner, subaccount: rfq.subaccount, side: l.side }, { id: q.id, owner: q.owner, subaccount: q.subaccount }, l.ratio * rfq.quantity, q.legPrices[i]);
  });
  keeper.deleteRfq(ctx, rfq.id);
  const netCost = net * rfq.quantity;
  ctx.emit('settle.options.v1.EventBlockTrade', {
    rfq_id: JSON.stringify(rfq.id.toString()),
    quote_id: JSON.stringify(q.id.toString()),
    taker: JSON.stringify(rfq.owner),
    taker_subaccount: String(rfq.subaccount),
    maker: JSON.stringify(q.owner),
    maker_subaccount: String(q.subaccount),
    net_cost: JSON.stringify(netCost.toString()),
  });
  return netCost;
}

/** At the end of a block: requests and quotes whose last height it was close. */
export function expireRfqs(keeper: OptionsKeeper, ctx: Context): void {
  const height = BigInt(ctx.block.height);
  for (const r of [...keeper.rfqs(ctx)]) {
    if (r.expiresAt <= height) {
      keeper.deleteRfq(ctx, r.id);
      continue;
    }
    for (const q of keeper.quotes(ctx, r.id)) if (q.expiresAt <= height) keeper.deleteQuote(ctx, q);
  }
}
