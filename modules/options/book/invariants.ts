// What holds for every book after every operation; the differential test checks it after each step, and the
// module's invariant can run it over every book.
import type { OrderNode } from './level';
import type { BookSide } from './side';

/** Broken invariants, as messages: uncrossed, levels sorted and matching their orders' totals, every order's
 *  size a positive safe integer, seq strictly increasing within a level, links sound, the id index matching
 *  the levels. */
export function violations(bids: BookSide, asks: BookSide, index: ReadonlyMap<string, OrderNode>): string[] {
  const problems: string[] = [];
  const bid = bids.best()?.price;
  const ask = asks.best()?.price;
  if (bid !== undefined && ask !== undefined && bid >= ask) problems.push(`crossed: best bid ${bid} >= best ask ${ask}`);
  let counted = 0;
  for (const side of [bids, asks]) {
    const name = side.isBid ? 'bids' : 'asks';
    if (side.byPrice.size !== side.levels.length) problems.push(`${name}: ${side.levels.length} levels but ${side.byPrice.size} in the price map`);
    side.levels.forEach((level, i) => {
      if (i > 0 && !side.better(level.price, side.levels[i - 1].price)) problems.push(`${name}: level ${level.price} out of order`);
      if (side.byPrice.get(level.price) !== level) problems.push(`${name}: level ${level.price} missing from the price map`);
      let size = 0;
      let orders = 0;
      for (let n = level.head; n !== null; n = n.next) {
        orders++;
        size += n.size;
        if (!Number.isSafeInteger(n.size) || n.size <= 0) problems.push(`${n.id}: size ${n.size}`);
        if (n.price !== level.price || n.level !== level || n.side !== (side.isBid ? 'buy' : 'sell')) problems.push(`${n.id}: on the wrong level`);
        if (n.prev !== null && n.prev.seq >= n.seq) problems.push(`${n.id}: seq ${n.seq} not after ${n.prev.seq}`);
        if ((n.next === null ? level.tail : n.next.prev) !== n) problems.push(`${n.id}: broken links`);
        if (index.get(n.id) !== n) problems.push(`${n.id}: not in the id index`);
      }
      if (orders === 0) problems.push(`${name}: empty level ${level.price}`);
      if (size !== level.size || orders !== level.orders) problems.push(`${name}: level ${level.price} totals ${level.size}/${level.orders}, orders ${size}/${orders}`);
      counted += orders;
    });
  }
  if (counted !== index.size) problems.push(`id index holds ${index.size} orders, levels ${counted}`);
  return problems;
}
