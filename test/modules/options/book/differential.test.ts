// The engine against the simple reference (./reference.ts) over seeded random operations on three books:
// every result (fills, maker cancels, status, sizes, thrown error codes) and every book after every operation
// must be identical, and the engine's invariants hold throughout (no zero or negative size, never crossed).
import { AppError } from '../../../../chain/sdk';
import { fillCombo, OrderBook, type MakerCheck, type OrderInput, type PlaceOptions, type Side, type StpMode, type TimeInForce } from '../../../../modules/options/book';
import { Rng } from '../../../helpers/rng';
import { RefBook, RefError, refCombo } from './reference';

const OWNERS = ['a/0', 'a/1', 'b/0', 'c/0'];
const INSTRUMENTS = ['I0', 'I1', 'I2'];

/** A pure maker check: refuses roughly one maker in five, depending on the maker, the size and the price. */
const check: MakerCheck = (m, size, price) => {
  let h = size * 31 + price;
  for (let i = 0; i < m.id.length; i++) h = (h * 33 + m.id.charCodeAt(i)) % 1_000_003;
  return h % 5 !== 0;
};

function outcome(f: () => unknown): unknown {
  try {
    const r = f() as Record<string, unknown>;
    if (Array.isArray(r)) return r;
    const { replaced: _replaced, ...rest } = r;
    return JSON.parse(JSON.stringify(rest, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v)));
  } catch (e) {
    if (e instanceof AppError && e.codespace === 'options') return { error: e.code };
    if (e instanceof RefError) return { error: e.code };
    throw e;
  }
}

interface Config {
  seed: number;
  ops: number;
  /** Prices are mid ± spread ticks; buys lean below mid and sells above by `lean` ticks. */
  spread: number;
  lean: number;
}

function run({ seed, ops, spread, lean }: Config): { counts: Record<string, number> } {
  const rng = new Rng(seed);
  const engine = new Map(INSTRUMENTS.map((i) => [i, new OrderBook(i)]));
  const ref = new Map(INSTRUMENTS.map((i) => [i, new RefBook(i)]));
  let seq = 0;
  let ids = 0;
  const counts: Record<string, number> = {};
  const count = (k: string) => (counts[k] = (counts[k] ?? 0) + 1);
  const resting = (inst: string) => [...engine.get(inst)!.orders()];

  const randomOrder = (side: Side): { order: OrderInput; opts: PlaceOptions } => {
    const tif = rng.pick<TimeInForce>(['GTC', 'GTC', 'GTC', 'IOC', 'FOK', 'GTT', 'GTB']);
    const rests = tif !== 'IOC' && tif !== 'FOK';
    const order: OrderInput = {
      id: `o${++ids}`,
      owner: rng.pick(OWNERS),
      side,
      price: 100 + rng.int(2 * spread + 1) - spread + (side === 'buy' ? -lean : lean),
      size: 1 + rng.int(10),
      seq: ++seq,
      timeInForce: tif,
      postOnly: rests && rng.next() < 0.15,
      reduceOnly: rng.next() < 0.15,
      stp: rng.pick<StpMode>(['cancel-maker', 'cancel-maker', 'cancel-taker', 'decrement-both']),
      clientId: rng.next() < 0.2 ? `c${rng.int(100)}` : undefined,
      goodTil: tif === 'GTT' || tif === 'GTB' ? 1 + rng.int(50) : undefined,
    };
    const opts: PlaceOptions = { reduceOnlyLimit: order.reduceOnly ? rng.int(13) : undefined, makerCheck: rng.next() < 0.3 ? check : undefined };
    return { order, opts };
  };

  for (let step = 0; step < ops; step++) {
    const inst = rng.pick(INSTRUMENTS);
    const e = engine.get(inst)!;
    const r = ref.get(inst)!;
    const roll = rng.next();
    let got: unknown;
    let want: unknown;
    let what: string;
    if (roll < 0.55) {
      const { order, opts } = randomOrder(rng.next() < 0.5 ? 'buy' : 'sell');
      const live = resting(inst);
      if (live.length > 0 && rng.next() < 0.03) order.id = rng.pick(live).id; // duplicate id
      what = `place ${JSON.stringify(order)} ${JSON.stringify({ ...opts, makerCheck: !!opts.makerCheck })}`;
      got = outcome(() => e.place({ ...order }, opts));
      want = outcome(() => r.place({ ...order }, opts));
      count(`place:${(got as { status?: string }).status ?? 'error'}`);
    } else if (roll < 0.7) {
      const live = resting(inst);
      const id = live.length > 0 && rng.next() < 0.9 ? rng.pick(live).id : `missing${step}`;
      what = `cancel ${id}`;
      got = outcome(() => e.cancel(id));
      want = outcome(() => r.cancel(id));
      count('cancel');
    } else if (roll < 0.85) {
      const live = resting(inst);
      const old = live.length > 0 && rng.next() < 0.95 ? rng.pick(live) : undefined;
      const { order: fresh, opts } = randomOrder(old?.side ?? 'buy');
      let next: OrderInput;
      const kind = rng.int(5);
      if (old && kind === 0) next = { ...old, size: 1 + rng.int(old.size) }; // shrink only
      else if (old && kind === 1) next = { ...old, size: 1 + rng.int(12), seq: ++seq }; // resize
      else if (old && kind === 2) next = { ...old, price: fresh.price, seq: ++seq }; // move
      else next = { ...fresh, id: old && rng.next() < 0.5 ? old.id : fresh.id, owner: old && rng.next() < 0.97 ? old.owner : fresh.owner };
      if (old && rng.next() < 0.05) next.seq = old.seq; // a replacement without a new seq
      if (next.reduceOnly) opts.reduceOnlyLimit = rng.int(13);
      const id = old?.id ?? `missing${step}`;
      what = `replace ${id} by ${JSON.stringify(next)}`;
      got = outcome(() => e.replace(id, { ...next }, opts));
      want = outcome(() => r.replace(id, { ...next }, opts));
      count(`replace:${(got as { keptPriority?: boolean }).keptPriority ?? 'error'}`);
    } else if (roll < 0.9) {
      const live = resting(inst);
      const ids = [...live.filter(() => rng.next() < 0.1).map((o) => o.id), 'nope'];
      what = `expire ${ids}`;
      got = e.expire(ids).map((o) => o.id);
      want = r.expire(ids);
      count('expire');
    } else {
      const n = 2 + rng.int(2);
      const pool = [...INSTRUMENTS];
      const legs: { inst: string; side: Side; ratio: number }[] = [];
      while (legs.length < n) legs.push({ inst: pool.splice(rng.int(pool.length), 1)[0], side: rng.pick<Side>(['buy', 'sell']), ratio: 1 + rng.int(3) });
      const quantity = 1 + rng.int(3);
      const mid = legs.reduce((s, l) => s + (l.side === 'buy' ? 1 : -1) * l.ratio * 100, 0);
      const limitPrice = mid + rng.int(41) - 20 + (legs.some((l) => l.side === 'buy') ? lean : 0);
      const owner = rng.pick(OWNERS);
      const mc = rng.next() < 0.3 ? check : undefined;
      what = `combo ${JSON.stringify({ legs, quantity, limitPrice, owner })}`;
      const id = `k${++ids}`;
      got = outcome(() => {
        const res = fillCombo({ id, owner, quantity, limitPrice, legs: legs.map((l) => ({ book: engine.get(l.inst)!, side: l.side, ratio: l.ratio })) }, mc);
        return res.status === 'filled' ? res : { status: res.status, reason: res.reason };
      });
      want = outcome(() => {
        const res = refCombo(id, owner, legs.map((l) => ({ book: ref.get(l.inst)!, side: l.side, ratio: l.ratio })), quantity, limitPrice, mc);
        return res.status === 'filled' ? res : { status: res.status, reason: res.reason };
      });
      count(`combo:${(got as { status: string }).status}`);
    }
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      throw new Error(`seed ${seed} step ${step}: ${what}\nengine:    ${JSON.stringify(got)}\nreference: ${JSON.stringify(want)}`);
    }
    for (const i of INSTRUMENTS) {
      const eb = engine.get(i)!;
      const es = eb.snapshot();
      const rs = ref.get(i)!.snapshot();
      if (JSON.stringify(es) !== JSON.stringify(rs)) throw new Error(`seed ${seed} step ${step} (${what}): book ${i} differs\nengine:    ${JSON.stringify(es)}\nreference: ${JSON.stringify(rs)}`);
      const broken = eb.invariantViolations();
      if (broken.length > 0) throw new Error(`seed ${seed} step ${step} (${what}): ${broken.join('; ')}`);
      if ([...es.bids, ...es.asks].some((o) => !(o.size > 0))) throw new Error(`seed ${seed} step ${step}: a resting order with no size`);
      const bid = eb.bestBid();
      const ask = eb.bestAsk();
      if (bid !== undefined && ask !== undefined && bid >= ask) throw new Error(`seed ${seed} step ${step}: crossed ${bid}/${ask}`);
      if (!OrderBook.fromSnapshot(es).equals(eb)) throw new Error(`seed ${seed} step ${step}: rebuilt book ${i} differs`);
    }
  }
  return { counts };
}

describe('the engine against the reference (seeded random operations)', () => {
  test.each([1, 2, 3, 4, 5, 6])('tight book (mid ± 5), seed %i, 3000 operations', (seed) => {
    const { counts } = run({ seed, ops: 3000, spread: 5, lean: 0 });
    if (process.env.SHOW_COUNTS) console.log(JSON.stringify(counts));
    // every kind of outcome happened, so the comparison covered it
    for (const k of ['place:filled', 'place:rested', 'place:cancelled', 'place:rejected', 'place:error', 'cancel', 'replace:true', 'replace:false', 'replace:error', 'expire', 'combo:filled', 'combo:rejected']) {
      expect([k, counts[k] ?? 0]).toEqual([k, expect.any(Number)]);
      expect([k, (counts[k] ?? 0) > 0]).toEqual([k, true]);
    }
  });

  test.each([7, 8])('deep book (mid ± 40, sides apart), seed %i, 3000 operations', (seed) => {
    const { counts } = run({ seed, ops: 3000, spread: 40, lean: 15 });
    expect(counts['place:rested']).toBeGreaterThan(500);
  });
});
