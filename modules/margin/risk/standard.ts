// Standard (per-position) margin. Per contract, for a short option (OTM = max(K − S, 0) for a call,
// max(S − K, 0) for a put; S the oracle spot, K the strike):
//   call IM = mark + max(imBase − OTM/S, imFloor) · S      MM = mark + mm · S
//   put  IM = mark + max(imBase − OTM/S, imFloor) · K      MM = mark + mm · K
// each × contractSize × |size|. A long option has no requirement and counts as equity at
// (1 − longOptionHaircut) · mark. Spreads are not recognised: every short carries its own requirement.
// Rounding against the account: requirements and a short's mark round up, a long's equity rounds down.
import { Dec } from '../../../chain/math';
import type { InstrumentMark } from './marks';
import type { StandardParams } from './params';
import type { Instrument } from './types';

/** The per-contract figures of one instrument (they depend on the market, not on the account). */
export interface StandardPerContract {
  /** IM and MM of one short contract. */
  shortIm: Dec;
  shortMm: Dec;
  /** Equity of one short contract: −mark rounded up in magnitude. */
  shortEquity: Dec;
  /** Equity of one long contract: (1 − haircut) · mark, rounded down. */
  longEquity: Dec;
}

export function standardPerContract(instrument: Instrument, mark: InstrumentMark, spot: Dec, p: StandardParams): StandardPerContract {
  const K = instrument.strike;
  const S = spot;
  const cs = instrument.contractSize;
  let addOn: Dec; // per unit of the underlying
  let mmAddOn: Dec;
  if (instrument.kind === 'call') {
    const otm = Dec.max(K.sub(S), Dec.ZERO);
    // max(imBase − OTM/S, imFloor)·S = max(imBase·S − OTM, imFloor·S): no division
    addOn = Dec.max(p.imBase.mul(S, 'up').sub(otm), p.imFloor.mul(S, 'up'));
    mmAddOn = p.mm.mul(S, 'up');
  } else {
    const otm = Dec.max(S.sub(K), Dec.ZERO);
    // max(imBase − OTM/S, imFloor)·K = max(imBase·K − OTM·K/S, imFloor·K); OTM·K/S rounds down (it is subtracted)
    addOn = Dec.max(p.imBase.mul(K, 'up').sub(otm.mul(K, 'down').div(S, 'down')), p.imFloor.mul(K, 'up'));
    mmAddOn = p.mm.mul(K, 'up');
  }
  return {
    shortIm: mark.markUp.add(addOn.mul(cs, 'up')),
    shortMm: mark.markUp.add(mmAddOn.mul(cs, 'up')),
    shortEquity: mark.markUp.neg(),
    longEquity: mark.markDown.mul(Dec.ONE.sub(p.longOptionHaircut), 'down'),
  };
}

/** A position's standard IM, MM and equity contribution (size signed). */
export function standardPosition(size: bigint, per: StandardPerContract): { im: Dec; mm: Dec; equity: Dec } {
  if (size >= 0n) return { im: Dec.ZERO, mm: Dec.ZERO, equity: per.longEquity.mulInt(size) };
  const n = -size;
  return { im: per.shortIm.mulInt(n), mm: per.shortMm.mulInt(n), equity: per.shortEquity.mulInt(n) };
}
