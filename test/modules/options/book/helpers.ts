// Builders for the book tests: orders with defaults, and a compact view of a book's resting orders.
import { OrderBook, type OrderInput, type RestingOrder } from '../../../../modules/options/book';

let seq = 0;

/** An order with a fresh seq (GTC, owner "a/0") unless given. */
export function order(id: string, side: 'buy' | 'sell', price: number, size: number, more: Partial<OrderInput> = {}): OrderInput {
  return { id, owner: 'a/0', side, price, size, seq: ++seq, ...more };
}

export const buy = (id: string, price: number, size: number, more: Partial<OrderInput> = {}) => order(id, 'buy', price, size, more);
export const sell = (id: string, price: number, size: number, more: Partial<OrderInput> = {}) => order(id, 'sell', price, size, more);

/** "id@price×size" per resting order in book order (bids best first, then asks best first). */
export function view(book: OrderBook): { bids: string[]; asks: string[] } {
  const f = (o: RestingOrder) => `${o.id}@${o.price}x${o.size}`;
  return { bids: [...book.orders('buy')].map(f), asks: [...book.orders('sell')].map(f) };
}

/** A book with these resting orders placed in the order given (each must rest whole). */
export function bookWith(...orders: OrderInput[]): OrderBook {
  const book = new OrderBook('BTC-20250627-60000-C');
  for (const o of orders) {
    const r = book.place(o);
    if (r.status !== 'rested' || r.restedSize !== o.size) throw new Error(`setup: ${o.id} did not rest whole`);
  }
  return book;
}

/** Fills as "maker->taker price×size (left)". */
export function fills(r: { fills: readonly { makerId: string; takerId: string; price: number; size: number; makerRemaining: number }[] }): string[] {
  return r.fills.map((f) => `${f.makerId}->${f.takerId} ${f.price}x${f.size} (${f.makerRemaining})`);
}
