// The hot path: a taker walks the other side best level first, each level in seq order, and trades at the
// maker's price until it is done, the next level does not cross its limit, or self-trade prevention stops
// it. Fills and maker cancels are appended to `out` (arrays allocated only when there is something to say).
import type { OrderNode } from './level';
import type { BookSide } from './side';
import type { Fill, MakerCancel, MakerCancelReason, MakerCheck, StpMode } from './types';

export interface MatchOut {
  fills: Fill[] | null;
  makerCancels: MakerCancel[] | null;
  /** Lots the taker lost to decrement-both. */
  decremented: number;
}

/** Returns the taker's remaining size. With cancel-taker a remaining size > 0 while `opp.crossedBy(limit)`
 *  means a self-trade stopped it. */
export function match(
  opp: BookSide,
  index: Map<string, OrderNode>,
  takerId: string,
  takerOwner: string,
  limit: number,
  size: number,
  stp: StpMode,
  check: MakerCheck | undefined,
  out: MatchOut,
): number {
  let remaining = size;
  while (remaining > 0) {
    const level = opp.best();
    if (level === undefined || (opp.isBid ? level.price < limit : level.price > limit)) break;
    const price = level.price;
    let node = level.head;
    while (node !== null && remaining > 0) {
      const next = node.next;
      if (node.owner === takerOwner) {
        if (stp === 'cancel-maker') {
          cancelMaker(opp, index, node, node.size, 'self-trade', out);
        } else if (stp === 'cancel-taker') {
          return remaining;
        } else {
          const d = remaining < node.size ? remaining : node.size;
          remaining -= d;
          out.decremented += d;
          cancelMaker(opp, index, node, d, 'self-trade', out);
        }
      } else {
        const q = remaining < node.size ? remaining : node.size;
        if (check !== undefined && !check(node, q, price)) {
          cancelMaker(opp, index, node, node.size, 'maker-check', out);
        } else {
          remaining -= q;
          fillMaker(opp, index, node, q, takerId, takerOwner, out);
        }
      }
      node = next;
    }
  }
  return remaining;
}

/** Trades `size` of a resting order at its price (all of it removes the order) and records the fill. */
export function fillMaker(side: BookSide, index: Map<string, OrderNode>, node: OrderNode, size: number, takerId: string, takerOwner: string, out: MatchOut): void {
  const left = node.size - size;
  const fill: Fill = { makerId: node.id, makerOwner: node.owner, takerId, takerOwner, price: node.price, size, makerRemaining: left };
  if (left === 0) {
    side.removeOrder(node);
    index.delete(node.id);
  } else {
    side.resize(node, left);
  }
  if (out.fills === null) out.fills = [fill];
  else out.fills.push(fill);
}

/** Takes `size` off a resting order without a trade (all of it removes the order) and records why. */
export function cancelMaker(side: BookSide, index: Map<string, OrderNode>, node: OrderNode, size: number, reason: MakerCancelReason, out: MatchOut): void {
  const left = node.size - size;
  if (left === 0) {
    side.removeOrder(node);
    index.delete(node.id);
  } else {
    side.resize(node, left);
  }
  const c: MakerCancel = { id: node.id, owner: node.owner, size, remaining: left, reason };
  if (out.makerCancels === null) out.makerCancels = [c];
  else out.makerCancels.push(c);
}
