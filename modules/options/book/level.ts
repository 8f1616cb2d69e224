// One price level: a FIFO of resting orders in seq order, as an intrusive doubly linked list so that a
// cancel anywhere in the queue is O(1) (the book finds the node through its id map).
import type { RestingOrder, Side, TimeInForce } from './types';

export class OrderNode implements RestingOrder {
  prev: OrderNode | null = null;
  next: OrderNode | null = null;
  level: Level | null = null;

  constructor(
    public id: string,
    readonly owner: string,
    readonly side: Side,
    readonly price: number,
    public size: number,
    readonly seq: number,
    readonly timeInForce: TimeInForce,
    readonly postOnly: boolean,
    readonly reduceOnly: boolean,
    public clientId: string,
    public goodTil: number,
  ) {}
}

export class Level {
  head: OrderNode | null = null;
  tail: OrderNode | null = null;
  /** Σ size of the orders. */
  size = 0;
  orders = 0;

  constructor(readonly price: number) {}

  /** The node that would come just before an order with this seq (null: it would be the head). Walks from
   *  the tail, so an order with a new highest seq costs one comparison. */
  before(seq: number): OrderNode | null {
    let n = this.tail;
    while (n !== null && n.seq > seq) n = n.prev;
    return n;
  }

  /** Inserts in seq order; the caller has checked that the seq is not taken (see `before`). */
  insert(node: OrderNode): void {
    const after = this.before(node.seq);
    node.level = this;
    node.prev = after;
    node.next = after === null ? this.head : after.next;
    if (node.next === null) this.tail = node;
    else node.next.prev = node;
    if (after === null) this.head = node;
    else after.next = node;
    this.size += node.size;
    this.orders++;
  }

  unlink(node: OrderNode): void {
    if (node.prev === null) this.head = node.next;
    else node.prev.next = node.next;
    if (node.next === null) this.tail = node.prev;
    else node.next.prev = node.prev;
    node.prev = node.next = null;
    node.level = null;
    this.size -= node.size;
    this.orders--;
  }
}

/** A plain copy of a resting order (what the book hands out; its nodes stay inside). */
export function copyOrder(o: RestingOrder): RestingOrder {
  return {
    id: o.id,
    owner: o.owner,
    side: o.side,
    price: o.price,
    size: o.size,
    seq: o.seq,
    timeInForce: o.timeInForce,
    postOnly: o.postOnly,
    reduceOnly: o.reduceOnly,
    clientId: o.clientId,
    goodTil: o.goodTil,
  };
}
