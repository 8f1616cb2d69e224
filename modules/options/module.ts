import type { Invariant, Module, QueryContext, StoreKey } from '../../chain/sdk';
import { defaultGenesis, exportGenesis, initGenesis } from './genesis';
import { OptionsKeeper, type OptionsMargin, type OptionsOracle } from './keeper';
import { optionsMsgs } from './msgs';
import { runListingSchedule } from './listing';
import { expireRfqs } from './rfq';
import { runSettlement } from './settlement';
import { buildBooks, OrderBooks } from './orders';
import { optionsQueries, type MarkSource } from './queries';

export interface OptionsModuleDeps {
  margin: OptionsMargin;
  oracle: OptionsOracle;
  /** MarketStats' mark per contract (from margin's risk engine, in the composition root). */
  mark: MarkSource;
}

/** Instruments, order books matched at the end of every block, fills through margin. */
export function optionsModule(key: StoreKey, deps: OptionsModuleDeps): Module & { keeper: OptionsKeeper; books: OrderBooks } {
  const keeper = new OptionsKeeper(key, deps.margin, deps.oracle);
  const books = new OrderBooks(keeper);
  return {
    name: key.name,
    storeKey: key,
    keeper,
    books,
    defaultGenesis,
    initGenesis: (ctx, state) => initGenesis(keeper, ctx, state),
    exportGenesis: (ctx) => exportGenesis(keeper, ctx),
    endBlock: (ctx) => {
      keeper.pruneShortTerm(ctx, BigInt(ctx.block.height));
      books.endBlock(ctx);
      runSettlement(keeper, ctx);
      expireRfqs(keeper, ctx);
      runListingSchedule(keeper, ctx);
    },
    prepareCheckState: (state) => books.prepareCheckState(state),
    queries: optionsQueries(keeper, deps.mark),
    msgs: optionsMsgs(keeper, books),
    invariants: { 'orders-rest': ordersRestInvariant(keeper), 'books-match-state': booksMatchStateInvariant(keeper, books), 'open-interest': openInterestInvariant(keeper) },
  };
}

/** Between blocks every open order rests: 1 ≤ remaining ≤ size, a rest sequence, nothing pending. */
export function ordersRestInvariant(keeper: OptionsKeeper): Invariant {
  return (ctx: QueryContext) => {
    if (keeper.pendingIds(ctx).length > 0) return `${keeper.pendingIds(ctx).length} orders still pending after the block`;
    for (const o of keeper.orders(ctx)) {
      if (o.remaining < 1n || o.remaining > o.spec!.size || o.restSeq < 1n) return `order ${o.id}: remaining ${o.remaining} of ${o.spec!.size}, rest_seq ${o.restSeq}`;
      if (keeper.orderByClientId(ctx, o.owner, o.subaccount, o.spec!.clientId)?.id !== o.id) return `order ${o.id}: its client id does not lead back to it`;
    }
    return undefined;
  };
}

/** Per instrument, the open interest in its stats equals the sum of its long positions (whatever changed them). */
export function openInterestInvariant(keeper: OptionsKeeper): Invariant {
  return (ctx: QueryContext) => {
    const longs = keeper.longOpenInterest(ctx);
    const problems: string[] = [];
    const recorded = new Map([...keeper.allStats(ctx)].map((s) => [s.instrumentId, s.openInterest]));
    for (const id of [...new Set([...longs.keys(), ...recorded.keys()])].sort()) {
      const want = longs.get(id) ?? 0n;
      const got = recorded.get(id) ?? 0n;
      if (want !== got) problems.push(`${id}: open interest ${got}, longs hold ${want}`);
    }
    return problems.length > 0 ? problems.join('; ') : undefined;
  };
}

/** The live in-memory books equal books rebuilt from the committed state (what a restarted node would have). */
export function booksMatchStateInvariant(keeper: OptionsKeeper, books: OrderBooks): Invariant {
  return (ctx: QueryContext) => {
    const rebuilt = new Map([...buildBooks(keeper, ctx).entries()].map(([id, b]) => [id, JSON.stringify(b.snapshot())]));
    const live = new Map([...books.snapshots().entries()].map(([id, s]) => [id, JSON.stringify(s)]));
    for (const id of new Set([...rebuilt.keys(), ...live.keys()])) {
      if (rebuilt.get(id) !== live.get(id)) return `the live book of ${id} differs from the one rebuilt from state`;
    }
    return undefined;
  };
}
