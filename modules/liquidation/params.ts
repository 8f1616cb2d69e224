import { Dec } from '../../chain/math';
import { GOV_AUTHORITY } from '../../chain/sdk';
import type { Params } from '../../proto/gen/settle/liquidation/v1/types';
import { LiquidationErrors } from './errors';

export const DEFAULT_PARAMS: Params = {
  authority: GOV_AUTHORITY,
  startDiscount: '0.1',
  discountPerBlock: '0.05',
  maxDiscount: '0.8',
  penalty: '0.1',
  maxSharePerBlock: '0.5',
  maxNewAuctionsPerBlock: 1000,
  maxAdlCounterparties: 50,
};

export interface AuctionRates {
  startDiscount: Dec;
  discountPerBlock: Dec;
  maxDiscount: Dec;
  penalty: Dec;
  maxSharePerBlock: Dec;
}

function share(text: string, what: string, max: Dec, openLow = false): Dec {
  let d: Dec;
  try {
    d = Dec.parse(text);
  } catch {
    throw LiquidationErrors.invalidParams.wrap(`${what} must be a decimal, got "${text}"`);
  }
  if (d.isNegative() || d.gt(max) || (openLow && d.isZero())) throw LiquidationErrors.invalidParams.wrap(`${what} must be in ${openLow ? '(' : '['}0, ${max}], got ${text}`);
  return d;
}

export function auctionRates(p: Params): AuctionRates {
  const maxDiscount = share(p.maxDiscount, 'max_discount', Dec.ONE);
  const startDiscount = share(p.startDiscount, 'start_discount', maxDiscount);
  return {
    startDiscount,
    discountPerBlock: share(p.discountPerBlock, 'discount_per_block', Dec.ONE),
    maxDiscount,
    penalty: share(p.penalty, 'penalty', Dec.ONE),
    maxSharePerBlock: share(p.maxSharePerBlock, 'max_share_per_block', Dec.ONE, true),
  };
}

export function validateParams(p: Params): void {
  auctionRates(p);
  if (p.maxNewAuctionsPerBlock < 1 || p.maxNewAuctionsPerBlock > 100_000) throw LiquidationErrors.invalidParams.wrap(`max_new_auctions_per_block must be 1..100000, got ${p.maxNewAuctionsPerBlock}`);
  if (p.maxAdlCounterparties < 1 || p.maxAdlCounterparties > 10_000) throw LiquidationErrors.invalidParams.wrap(`max_adl_counterparties must be 1..10000, got ${p.maxAdlCounterparties}`);
}

/** The discount of an auction opened at `start` for a step at `height`. */
export function discountAt(r: AuctionRates, start: bigint, height: bigint): Dec {
  const blocks = height > start ? height - start : 0n;
  const d = r.startDiscount.add(r.discountPerBlock.mulInt(blocks));
  return d.gt(r.maxDiscount) ? r.maxDiscount : d;
}
