// Position accounting for trades and settlement, in base units of the settlement denom (integers, exact).
// Average cost: adding to a position adds the premium to its cost basis; reducing it releases the cost
// basis pro rata (truncated toward zero, so a full close releases exactly what is left) and realises
// proceeds − released; a trade through zero closes the old side and opens the rest at the trade price.
import { MarginErrors } from './errors';

export interface PositionState {
  size: bigint;
  costBasis: bigint;
  realizedPnl: bigint;
  feesPaid: bigint;
}

export const FLAT: PositionState = { size: 0n, costBasis: 0n, realizedPnl: 0n, feesPaid: 0n };

const sign = (v: bigint): bigint => (v > 0n ? 1n : v < 0n ? -1n : 0n);
const abs = (v: bigint): bigint => (v < 0n ? -v : v);

/** The position after trading `size` contracts (positive bought) at `price` per contract with `fee`. */
export function applyFill(p: PositionState, size: bigint, price: bigint, fee: bigint): PositionState {
  if (size === 0n) throw MarginErrors.invalidPosition.wrap('a fill of zero contracts');
  if (price < 0n) throw MarginErrors.invalidPosition.wrap(`negative price ${price}`);
  if (fee < 0n) throw MarginErrors.invalidPosition.wrap(`negative fee ${fee}`);
  const feesPaid = p.feesPaid + fee;
  if (p.size === 0n || sign(p.size) === sign(size)) {
    return { size: p.size + size, costBasis: p.costBasis + size * price, realizedPnl: p.realizedPnl, feesPaid };
  }
  const closed = abs(size) < abs(p.size) ? abs(size) : abs(p.size);
  const released = (p.costBasis * closed) / abs(p.size);
  const realizedPnl = p.realizedPnl + sign(p.size) * closed * price - released;
  const opened = abs(size) - closed;
  const costBasis = p.costBasis - released + sign(size) * opened * price;
  return { size: p.size + size, costBasis, realizedPnl, feesPaid };
}

/** The settlement balance change of a fill: the buyer pays the premium, the seller receives it; both pay their fee. */
export function fillCash(size: bigint, price: bigint, fee: bigint): bigint {
  return -size * price - fee;
}
