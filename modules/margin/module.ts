import type { Invariant, Module, QueryContext, StoreKey } from '../../chain/sdk';
import { defaultGenesis, exportGenesis, initGenesis } from './genesis';
import { MarginKeeper, type MarginBankKeeper, type MarginOracle } from './keeper';
import { marginMsgs } from './msgs';
import { marginQueries } from './queries';

export interface MarginModuleDeps {
  bank: MarginBankKeeper;
  oracle: MarginOracle;
  /** The margin module account's address (auth's moduleAddress('margin')). */
  moduleAddress: string;
}

/** Subaccounts, collateral (deposit, withdraw, transfer), positions and their margin. */
export function marginModule(key: StoreKey, deps: MarginModuleDeps): Module & { keeper: MarginKeeper } {
  const keeper = new MarginKeeper(key, deps.bank, deps.oracle, deps.moduleAddress);
  return {
    name: key.name,
    storeKey: key,
    keeper,
    defaultGenesis,
    initGenesis: (ctx, state) => initGenesis(keeper, ctx, state),
    exportGenesis: (ctx) => exportGenesis(keeper, ctx),
    queries: marginQueries(keeper),
    msgs: marginMsgs(keeper),
    invariants: { 'collateral-held': collateralHeldInvariant(keeper, deps.bank), 'positions-net-zero': positionsNetZeroInvariant(keeper) },
  };
}

/**
 * Per listed denom: the module account's bank balance = the recorded total = the sum over
 * subaccounts, plus for the settlement denom the clearing balances of instruments being settled (the
 * insurance fund joins this sum when it exists).
 */
export function collateralHeldInvariant(keeper: MarginKeeper, bank: MarginBankKeeper): Invariant {
  return (ctx: QueryContext) => {
    const sums = new Map<string, bigint>();
    const settlementDenom = keeper.params(ctx).settlementDenom;
    for (const c of keeper.clearings(ctx)) sums.set(settlementDenom, (sums.get(settlementDenom) ?? 0n) + c.amount);
    for (const s of keeper.allSubaccounts(ctx)) {
      for (const c of keeper.collaterals(ctx, s.owner, s.number)) sums.set(c.denom, (sums.get(c.denom) ?? 0n) + c.amount);
    }
    const problems: string[] = [];
    const denoms = new Set([...sums.keys(), ...keeper.totals(ctx).map((t) => t.denom), ...keeper.assets(ctx).map((a) => a.denom)]);
    for (const denom of [...denoms].sort()) {
      const sum = sums.get(denom) ?? 0n;
      const total = keeper.total(ctx, denom);
      const held = bank.balance(ctx, keeper.moduleAddress, denom);
      if (sum !== total || total !== held) problems.push(`${denom}: subaccounts hold ${sum}, the recorded total is ${total}, the module account has ${held}`);
    }
    return problems.length > 0 ? problems.join('; ') : undefined;
  };
}

/** Every contract has a buyer and a seller: per instrument, the positions of all subaccounts sum to zero. */
export function positionsNetZeroInvariant(keeper: MarginKeeper): Invariant {
  return (ctx: QueryContext) => {
    const net = new Map<string, bigint>();
    const held = new Set<string>();
    for (const p of keeper.allPositions(ctx)) {
      net.set(p.instrumentId, (net.get(p.instrumentId) ?? 0n) + BigInt(p.size));
      held.add(p.instrumentId);
    }
    // an instrument part-way through settlement: its settled sizes count with the open ones
    for (const c of keeper.clearings(ctx)) net.set(c.instrumentId, (net.get(c.instrumentId) ?? 0n) + c.settledSize);
    const problems = [...net.entries()].filter(([, v]) => v !== 0n).sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, v]) => `${id} nets to ${v}`);
    // the clearing returns to zero with the instrument's last holder
    for (const c of keeper.clearings(ctx)) if (!held.has(c.instrumentId)) problems.push(`${c.instrumentId} has no holders left but a clearing of ${c.amount} (settled size ${c.settledSize})`);
    return problems.length > 0 ? problems.join('; ') : undefined;
  };
}
