// One side of a book: its price levels in an array sorted worst → best (so the best level is the last
// element, and consuming it is a pop), plus a price → level map for O(1) lookup. A new level costs a binary
// search and a splice, usually near the end of the array where quotes cluster.
import { Level, type OrderNode } from './level';

export class BookSide {
  /** Worst first, best last. */
  readonly levels: Level[] = [];
  readonly byPrice = new Map<number, Level>();

  constructor(readonly isBid: boolean) {}

  best(): Level | undefined {
    const n = this.levels.length;
    return n === 0 ? undefined : this.levels[n - 1];
  }

  /** The level at `price`, created (empty) if there is none. */
  levelAt(price: number): Level {
    let level = this.byPrice.get(price);
    if (level === undefined) {
      level = new Level(price);
      this.levels.splice(this.indexFor(price), 0, level);
      this.byPrice.set(price, level);
    }
    return level;
  }

  /** Removes an empty level. */
  remove(level: Level): void {
    const levels = this.levels;
    const last = levels.length - 1;
    if (levels[last] === level) levels.pop();
    else levels.splice(this.indexFor(level.price) - 1, 1);
    this.byPrice.delete(level.price);
  }

  /** Takes a resting order off its level, and the level off the side when it empties. */
  removeOrder(node: OrderNode): void {
    const level = node.level!;
    level.unlink(node);
    if (level.orders === 0) this.remove(level);
  }

  /** Changes a resting order's size in place (it keeps its priority); `size` > 0. */
  resize(node: OrderNode, size: number): void {
    node.level!.size += size - node.size;
    node.size = size;
  }

  /** True when a taker on the other side with this limit price would trade with this side's best level. */
  crossedBy(limitPrice: number): boolean {
    const best = this.best();
    return best !== undefined && (this.isBid ? best.price >= limitPrice : best.price <= limitPrice);
  }

  /** True when `a` is a better price than `b` on this side. */
  better(a: number, b: number): boolean {
    return this.isBid ? a > b : a < b;
  }

  /** The first index whose level is better than `price` (binary search; = where a new level goes, or one
   *  past the level at `price`). */
  private indexFor(price: number): number {
    const levels = this.levels;
    let lo = 0;
    let hi = levels.length;
    if (this.isBid) {
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (levels[mid].price > price) hi = mid;
        else lo = mid + 1;
      }
    } else {
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (levels[mid].price < price) hi = mid;
        else lo = mid + 1;
      }
    }
    return lo;
  }
}
