// Marks and Greeks of an option: Black-76 on the oracle forward, T = (expiry − now) / year, vol = the
// SVI vol at the strike, times the contract size. Expired (T <= 0), or in its last hour without a vol slice:
// the intrinsic value against the spot, or against the settlement price once it is fixed.
import { black76, Dec } from '../../../chain/math';
import { MarginErrors } from '../errors';
import { asMarkError, forwardAt, marksAtIntrinsic, requireFreshPrice, volAt, yearsToExpiry } from './market';
import type { Instrument, MarketData } from './types';

/** An instrument's mark and Greeks per contract (per unit of underlying × contractSize). */
export interface InstrumentMark {
  instrumentId: string;
  /** Marked at intrinsic value (expired, or in its last hour without a vol slice): time and vol are 0. */
  expired: boolean;
  forward: Dec;
  /** Years to expiry (0 when expired). */
  time: Dec;
  /** The SVI vol at the strike (0 when expired). */
  vol: Dec;
  /** Black-76 price per unit of the underlying. */
  price: Dec;
  /** price × contractSize, rounded half-even (the reported mark), up (a short's liability) and down (a long's asset). */
  mark: Dec;
  markUp: Dec;
  markDown: Dec;
  /** Per contract: delta and gamma against the forward, vega per 1.00 of vol, theta per year. */
  delta: Dec;
  gamma: Dec;
  vega: Dec;
  theta: Dec;
}

/** Throws invalidMarkInput unless strike and contract size are positive. */
export function checkInstrument(instrument: Instrument): void {
  if (instrument.kind !== 'call' && instrument.kind !== 'put') throw MarginErrors.invalidMarkInput.wrap(`instrument ${instrument.id}: kind must be call or put`);
  if (!instrument.strike.isPositive()) throw MarginErrors.invalidMarkInput.wrap(`instrument ${instrument.id}: strike must be positive`);
  if (!instrument.contractSize.isPositive()) throw MarginErrors.invalidMarkInput.wrap(`instrument ${instrument.id}: contract size must be positive`);
}

/** The mark and Greeks of one contract; refuses stale data (staleMarketData) and unpriceable inputs (invalidMarkInput). */
export function markInstrument(instrument: Instrument, market: MarketData): InstrumentMark {
  checkInstrument(instrument);
  requireFreshPrice(market, instrument);
  const expired = marksAtIntrinsic(market, instrument.expirySeconds);
  const time = expired ? Dec.ZERO : yearsToExpiry(market, instrument.expirySeconds);
  const forward = instrument.settlementPrice ?? forwardAt(market, instrument.expirySeconds);
  const vol = expired ? Dec.ZERO : volAt(market, instrument.expirySeconds, instrument.strike);
  let g;
  try {
    g = black76({ kind: instrument.kind, forward, strike: instrument.strike, time, vol, rate: Dec.ZERO });
  } catch (e) {
    throw asMarkError(e, `mark of ${instrument.id}`);
  }
  const cs = instrument.contractSize;
  return {
    instrumentId: instrument.id,
    expired,
    forward,
    time,
    vol,
    price: g.price,
    mark: g.price.mul(cs, 'half-even'),
    markUp: g.price.mul(cs, 'up'),
    markDown: g.price.mul(cs, 'down'),
    delta: g.delta.mul(cs, 'half-even'),
    gamma: g.gamma.mul(cs, 'half-even'),
    vega: g.vega.mul(cs, 'half-even'),
    theta: g.theta.mul(cs, 'half-even'),
  };
}
