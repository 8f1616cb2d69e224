// Auction prices and penalties per contract, in base units of the settlement denom. The liquidated
// subaccount always gets the worse side: a long is taken at mark × (1 − discount), rounded down; a short at
// mark + discount × (its MM − mark), rounded up (the MM add-on measures a short's risk when its mark is
// small). The penalty is a share of the same measure: the mark for a long, the MM for a short, rounded down.
import { Dec } from '../../chain/math';
import type { ContractRisk } from './keeper';

export function auctionPrice(cr: ContractRisk, long: boolean, discount: Dec, unit: bigint): bigint {
  if (long) {
    const p = cr.markDown.mul(Dec.ONE.sub(discount), 'down').mulInt(unit).toBigInt('down');
    return p > 0n ? p : 0n;
  }
  return cr.markUp.add(cr.shortMm.sub(cr.markUp).mul(discount, 'up')).mulInt(unit).toBigInt('up');
}

export function penaltyPerContract(cr: ContractRisk, long: boolean, rate: Dec, unit: bigint): bigint {
  return (long ? cr.markDown : cr.shortMm).mul(rate, 'down').mulInt(unit).toBigInt('down');
}

/** A contract's value at the mark (base units): what ADL closes at before the deficit is shared out. */
export function markValue(cr: ContractRisk, long: boolean, unit: bigint): bigint {
  return long ? cr.markDown.mulInt(unit).toBigInt('down') : cr.markUp.mulInt(unit).toBigInt('up');
}

/** A contract's contribution to equity in the account's mode (base units, exact as a fraction: scaled Dec). */
export function equityContribution(cr: ContractRisk, size: bigint, portfolio: boolean): Dec {
  if (size >= 0n) return (portfolio ? cr.longEquityPortfolio : cr.longEquityStandard).mulInt(size);
  return cr.shortEquity.mulInt(-size);
}

/** Quote units → base units, rounded as asked. */
export function toBase(x: Dec, unit: bigint, rounding: 'up' | 'down'): bigint {
  return x.mulInt(unit).toBigInt(rounding);
}
