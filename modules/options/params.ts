import { addressBytes, AppError, GOV_AUTHORITY } from '../../chain/sdk';
import { Dec } from '../../chain/math';
import type { ListingSchedule, Params } from '../../proto/gen/settle/options/v1/types';
import { OptionsErrors } from './errors';
import { DEFAULT_EXPIRY_GRID, expiryGrid, gridProblem } from './expiry-grid';

/**
 * Fees as Deribit charges them for options: per contract the lower of a rate of the underlying's
 * value (0.03 % taker, 0.01 % maker here) and 12.5 % of the option's price.
 */
export function defaultParams(): Params {
  return {
    authority: GOV_AUTHORITY,
    makerFeeRate: '0.0001',
    takerFeeRate: '0.0003',
    feeCap: '0.125',
    maxBatchOrders: 200,
    maxOpenOrdersPerSubaccount: 1_000,
    listings: [],
    // Deribit's minimum for BTC option block trades is 25 contracts of 1 BTC; settle's BTC contracts are 0.01
    rfqMinContracts: 25n,
    rfqMaxBlocks: 600n,
    // Deribit settles on the 30-minute TWAP of its index before 08:00 UTC
    settlementWindowSeconds: 1_800n,
    settlementBatch: 2_000,
    expiryPeriodSeconds: DEFAULT_EXPIRY_GRID.period,
    expiryOffsetSeconds: DEFAULT_EXPIRY_GRID.offset,
  };
}

/** The devnet's schedule: BTC and ETH options at the oracle's expiries. */
export function devnetListings(): ListingSchedule[] {
  return [
    { underlying: 'BTC/USD', contractSize: '0.01', tickSize: 10_000n, minSize: 1n, strikeStep: '1000', strikesEachSide: 5, daily: 2, weekly: 4, monthly: 2, openInterestCap: 0n },
    { underlying: 'ETH/USD', contractSize: '0.1', tickSize: 10_000n, minSize: 1n, strikeStep: '50', strikesEachSide: 5, daily: 2, weekly: 4, monthly: 2, openInterestCap: 0n },
  ];
}

export function parseDec(text: string, what: string): Dec {
  try {
    return Dec.parse(text);
  } catch {
    throw OptionsErrors.invalidParams.wrap(`${what} "${text}" is not a decimal`);
  }
}

export interface FeeRates {
  maker: Dec;
  taker: Dec;
  cap: Dec;
}

export function feeRates(p: Params): FeeRates {
  const maker = parseDec(p.makerFeeRate, 'maker_fee_rate');
  const taker = parseDec(p.takerFeeRate, 'taker_fee_rate');
  const cap = parseDec(p.feeCap, 'fee_cap');
  for (const [v, what] of [[maker, 'maker_fee_rate'], [taker, 'taker_fee_rate'], [cap, 'fee_cap']] as const) {
    if (v.isNegative() || v.gt(Dec.ONE)) throw OptionsErrors.invalidParams.wrap(`${what} must be in [0, 1], got ${v}`);
  }
  return { maker, taker, cap };
}

/** A devnet's short settlement window (a few oracle prices); mainnet keeps Deribit's 30 minutes. */
export const MIN_SETTLEMENT_WINDOW = 10n;

export const MARKET = /^[A-Z0-9]{1,16}\/[A-Z0-9]{1,16}$/;

export function validateParams(p: Params): void {
  try {
    addressBytes(p.authority);
  } catch (err) {
    throw OptionsErrors.invalidParams.wrap(`authority: ${(err as AppError).message}`);
  }
  feeRates(p);
  if (!Number.isInteger(p.maxBatchOrders) || p.maxBatchOrders < 1 || p.maxBatchOrders > 1_000) throw OptionsErrors.invalidParams.wrap(`max_batch_orders must be 1..1000, got ${p.maxBatchOrders}`);
  if (!Number.isInteger(p.maxOpenOrdersPerSubaccount) || p.maxOpenOrdersPerSubaccount < 1 || p.maxOpenOrdersPerSubaccount > 100_000) {
    throw OptionsErrors.invalidParams.wrap(`max_open_orders_per_subaccount must be 1..100000, got ${p.maxOpenOrdersPerSubaccount}`);
  }
  if (p.rfqMinContracts < 1n) throw OptionsErrors.invalidParams.wrap('rfq_min_contracts must be positive');
  if (p.rfqMaxBlocks < 1n || p.rfqMaxBlocks > 100_000n) throw OptionsErrors.invalidParams.wrap(`rfq_max_blocks must be 1..100000, got ${p.rfqMaxBlocks}`);
  if (p.settlementWindowSeconds < MIN_SETTLEMENT_WINDOW || p.settlementWindowSeconds > 3_600n) {
    throw OptionsErrors.invalidParams.wrap(`settlement_window_seconds must be ${MIN_SETTLEMENT_WINDOW}..3600, got ${p.settlementWindowSeconds}`);
  }
  const grid = gridProblem(expiryGrid(p));
  if (grid) throw OptionsErrors.invalidParams.wrap(grid);
  if (!Number.isInteger(p.settlementBatch) || p.settlementBatch < 1 || p.settlementBatch > 100_000) throw OptionsErrors.invalidParams.wrap(`settlement_batch must be 1..100000, got ${p.settlementBatch}`);
  const seen = new Set<string>();
  for (const l of p.listings) {
    if (!MARKET.test(l.underlying)) throw OptionsErrors.invalidParams.wrap(`listing underlying "${l.underlying}" must look like BTC/USD`);
    if (seen.has(l.underlying)) throw OptionsErrors.invalidParams.wrap(`two listing schedules for ${l.underlying}`);
    seen.add(l.underlying);
    if (!parseDec(l.contractSize, `${l.underlying} contract_size`).isPositive()) throw OptionsErrors.invalidParams.wrap(`${l.underlying}: contract_size must be positive`);
    if (!parseDec(l.strikeStep, `${l.underlying} strike_step`).isPositive()) throw OptionsErrors.invalidParams.wrap(`${l.underlying}: strike_step must be positive`);
    if (l.tickSize < 1n || l.minSize < 1n) throw OptionsErrors.invalidParams.wrap(`${l.underlying}: tick_size and min_size must be positive`);
    if (l.strikesEachSide > 50 || l.daily > 7 || l.weekly > 8 || l.monthly > 12) {
      throw OptionsErrors.invalidParams.wrap(`${l.underlying}: at most 50 strikes each side, 7 daily, 8 weekly and 12 monthly expiries`);
    }
  }
}
