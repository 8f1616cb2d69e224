// npm run bench:matching [-- --ops 500000 --resting 10000 --books 1000]
// The options matching engine (modules/options/book) on one core, for a realistic mix of operations:
// 50 % place resting (a GTC limit that does not cross, within 200 ticks of the touch), 30 % cancel (a random
// resting order), 20 % crossing (70 % IOC, 30 % GTC, taking the first resting order on the other side, or
// the first two, or part of the first: one maker order leaves per crossing op on average). Resting sizes are
// 1–10 lots, prices within 200 ticks of the touch. Two shapes:
//   (1) one busy book holding ~10,000 resting orders from 200 owners;
//   (2) 1,000 books holding ~10 resting orders each (~10,000 in all), operations spread over the books.
// The operation stream is generated (seeded) against one copy of the books, then replayed on fresh copies:
// once to warm up, once timed as a whole (throughput), once timing every operation (latency; the timer's
// own cost is printed beside it).
import * as os from 'node:os';
import { OrderBook, type BookSnapshot, type OrderInput } from '../../modules/options/book';
import { verifySpeedProbeUs } from './speed-probe';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const OPS = Number(arg('ops', '500000'));
const RESTING = Number(arg('resting', '10000'));
const BOOKS = Number(arg('books', '1000'));
const OWNERS = 200;
const MID = 10_000;

// mulberry32, seeded
let state = 12345;
function rand(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n: number) => Math.floor(rand() * n);

type Kind = 0 | 1 | 2; // place resting, cancel, crossing
const KIND_NAMES = ['place resting', 'cancel', 'crossing'];
interface Op {
  kind: Kind;
  book: number;
  order: OrderInput | undefined;
  id: string;
}

interface Scenario {
  name: string;
  snapshots: BookSnapshot[];
  ops: Op[];
  fills: number;
  restingAtEnd: number;
}

/** Builds the books, then the operation stream against a working copy of them. */
function scenario(name: string, books: number, restingPerBook: number): Scenario {
  let seq = 0;
  let ids = 0;
  const work = Array.from({ length: books }, (_, i) => new OrderBook(`I${i}`));
  const live: string[][] = work.map(() => []);
  const newOrder = (side: 'buy' | 'sell', price: number, size: number, tif: 'GTC' | 'IOC'): OrderInput => ({
    id: `o${++ids}`,
    owner: `settle1owner${int(OWNERS)}/0`,
    side,
    price,
    size,
    seq: ++seq,
    timeInForce: tif,
  });
  const restingPrice = (b: OrderBook, side: 'buy' | 'sell') => {
    const depth = int(200);
    // around MID, pulled back below the best ask (above the best bid) when a GTC remainder moved the touch
    return side === 'buy' ? Math.min(MID - 1 - depth, (b.bestAsk() ?? MID) - 1) : Math.max(MID + 1 + depth, (b.bestBid() ?? MID) + 1);
  };
  for (let i = 0; i < books; i++) {
    for (let k = 0; k < restingPerBook; k++) {
      const side = k % 2 === 0 ? 'buy' : 'sell';
      const o = newOrder(side, restingPrice(work[i], side), 1 + int(10), 'GTC');
      work[i].place(o);
      live[i].push(o.id);
    }
  }
  const snapshots = work.map((b) => b.snapshot());
  const ops: Op[] = [];
  let fills = 0;
  for (let n = 0; n < OPS; n++) {
    const roll = rand();
    let bi = int(books);
    // cancel and crossing need resting orders: an empty book hands its turn to the next one that has some
    if (roll < 0.3 || roll >= 0.8) while (work[bi].size === 0) bi = (bi + 1) % books;
    const b = work[bi];
    const ids = live[bi];
    if (roll < 0.3) {
      // cancel a random resting order (dropping ids that have filled since)
      let id = ids[0];
      for (;;) {
        const j = int(ids.length);
        id = ids[j];
        ids[j] = ids[ids.length - 1];
        ids.pop();
        if (b.has(id)) break;
      }
      b.cancel(id);
      ops.push({ kind: 1, book: bi, order: undefined, id });
    } else if (roll < 0.8) {
      const side = rand() < 0.5 ? 'buy' : 'sell';
      const o = newOrder(side, restingPrice(b, side), 1 + int(10), 'GTC');
      b.place(o);
      ids.push(o.id);
      ops.push({ kind: 0, book: bi, order: o, id: o.id });
    } else {
      // a taker for exactly the first order on the other side (52.5 %), the first two (22.5 %), or part of
      // the first (25 %): one maker order leaves the book per crossing op on average, so the book keeps its size
      let side: 'buy' | 'sell' = rand() < 0.5 ? 'buy' : 'sell';
      if ((side === 'buy' ? b.bestAsk() : b.bestBid()) === undefined) side = side === 'buy' ? 'sell' : 'buy';
      const makers = b.orders(side === 'buy' ? 'sell' : 'buy');
      const first = makers.next().value!;
      const second = makers.next();
      const how = rand();
      let price = first.price;
      let size = first.size;
      if (how < 0.225 && !second.done) {
        price = second.value.price;
        size += second.value.size;
      } else if (how >= 0.75 && first.size > 1) {
        size = 1 + int(first.size - 1);
      }
      const o = newOrder(side, price, size, rand() < 0.7 ? 'IOC' : 'GTC');
      const r = b.place(o);
      fills += r.fills.length;
      if (r.restedSize > 0) ids.push(o.id);
      ops.push({ kind: 2, book: bi, order: o, id: o.id });
    }
  }
  return { name, snapshots, ops, fills, restingAtEnd: work.reduce((s, b) => s + b.size, 0) };
}

function fresh(s: Scenario): OrderBook[] {
  return s.snapshots.map((snap) => OrderBook.fromSnapshot(snap));
}

function replay(books: OrderBook[], ops: Op[]): void {
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    if (op.kind === 1) books[op.book].cancel(op.id);
    else books[op.book].place(op.order!);
  }
}

function replayTimed(books: OrderBook[], ops: Op[], ns: Float64Array): void {
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    const b = books[op.book];
    const t = process.hrtime.bigint();
    if (op.kind === 1) b.cancel(op.id);
    else b.place(op.order!);
    ns[i] = Number(process.hrtime.bigint() - t);
  }
}

function timerOverheadNs(): number {
  const n = 200_000;
  const ns = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    ns[i] = Number(process.hrtime.bigint() - t);
  }
  return ns.sort()[n >> 1];
}

const fmt = (n: number) => Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const us = (ns: number) => (ns / 1000).toFixed(ns < 10_000 ? 2 : 1);

function percentiles(sorted: Float64Array): string {
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `p50 ${us(at(0.5))}  p99 ${us(at(0.99))}  p99.9 ${us(at(0.999))}  max ${us(sorted[sorted.length - 1])}`;
}

function run(s: Scenario, overhead: number): void {
  const counts = [0, 0, 0];
  for (const op of s.ops) counts[op.kind]++;
  const mix = counts.map((c, k) => `${((c / s.ops.length) * 100).toFixed(0)}% ${KIND_NAMES[k]}`).join(', ');
  console.log(`\n${s.name}: ${fmt(s.ops.length)} ops (${mix}; ${(s.fills / counts[2]).toFixed(2)} fills per crossing op), ${fmt(s.snapshots.reduce((a, b) => a + b.bids.length + b.asks.length, 0))} resting at start, ${fmt(s.restingAtEnd)} at end (${fmt(s.restingAtEnd / s.snapshots.length)} per book)`);
  replay(fresh(s), s.ops); // warm-up
  const books = fresh(s);
  const t0 = process.hrtime.bigint();
  replay(books, s.ops);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`  throughput: ${fmt(s.ops.length / seconds)} ops/s (${(seconds * 1000).toFixed(0)} ms, ${us((seconds * 1e9) / s.ops.length)} µs/op mean)`);
  const ns = new Float64Array(s.ops.length);
  replayTimed(fresh(s), s.ops, ns);
  const slow = ns.reduce((n, x) => n + (x > 20_000 ? 1 : 0), 0);
  console.log(`  latency per op, µs: ${percentiles(ns.slice().sort())}   (timer overhead ~${us(overhead)} µs, included)`);
  console.log(`    over 20 µs: ${fmt(slow)} ops (${((slow / ns.length) * 100).toFixed(3)} %): the longest are V8 scavenges (young-generation GC, ~3–6 ms here; see --trace-gc)`);
  for (let k = 0; k < 3; k++) {
    const mine = new Float64Array(counts[k]);
    let j = 0;
    s.ops.forEach((op, i) => {
      if (op.kind === k) mine[j++] = ns[i];
    });
    console.log(`    ${KIND_NAMES[k].padEnd(13)} ${percentiles(mine.sort())}`);
  }
}

function main(): void {
  const probe = verifySpeedProbeUs();
  const cpu = os.cpus()[0]?.model ?? 'cpu';
  console.log(`bench:matching — node ${process.version}, ${cpu} (${os.cpus().length} cores), one core; speed probe ${probe?.toFixed(1) ?? '?'} µs per libsecp256k1 verify (~55 quiet, ~72 busy)`);
  const overhead = timerOverheadNs();
  run(scenario(`one book, ~${fmt(RESTING)} resting orders`, 1, RESTING), overhead);
  run(scenario(`${fmt(BOOKS)} books, ~${fmt(RESTING / BOOKS)} resting orders each`, BOOKS, Math.round(RESTING / BOOKS)), overhead);
}

main();
