import type { Invariant, Module, QueryContext, StoreKey } from '../../chain/sdk';
import { runLiquidations } from './detect';
import { defaultGenesis, exportGenesis, initGenesis } from './genesis';
import { LiquidationKeeper, type LiquidationBank, type LiquidationMargin, type LiquidationOrders } from './keeper';
import { liquidationMsgs } from './msgs';
import { liquidationQueries } from './queries';

export interface LiquidationModuleDeps {
  margin: LiquidationMargin;
  orders: LiquidationOrders;
  bank: LiquidationBank;
  /** The insurance module account's address (auth's moduleAddress('insurance')). */
  fundAddress: string;
}

/** Liquidation detection every block, Dutch auctions (MsgLiquidate), the insurance fund, auto-deleveraging. */
export function liquidationModule(key: StoreKey, deps: LiquidationModuleDeps): Module & { keeper: LiquidationKeeper } {
  const keeper = new LiquidationKeeper(key, deps.margin, deps.orders, deps.bank, deps.fundAddress);
  return {
    name: key.name,
    storeKey: key,
    keeper,
    defaultGenesis,
    initGenesis: (ctx, state) => initGenesis(keeper, ctx, state),
    exportGenesis: (ctx) => exportGenesis(keeper, ctx),
    endBlock: (ctx) => void runLiquidations(keeper, ctx),
    queries: liquidationQueries(keeper),
    msgs: liquidationMsgs(keeper),
    invariants: { 'insurance-fund': insuranceFundInvariant(keeper), 'negative-equity-handled': negativeEquityInvariant(keeper) },
  };
}

/** The fund's bank balance = initial + funded + penalties − covered. */
export function insuranceFundInvariant(keeper: LiquidationKeeper): Invariant {
  return (ctx: QueryContext) => {
    const f = keeper.fund(ctx);
    const expected = BigInt(f.initial) + BigInt(f.funded) + BigInt(f.penalties) - BigInt(f.covered);
    const held = keeper.fundBalance(ctx);
    return held === expected ? undefined : `the insurance fund holds ${held}, its totals say ${expected} (initial ${f.initial} + funded ${f.funded} + penalties ${f.penalties} − covered ${f.covered})`;
  };
}

/**
 * Between blocks, every subaccount judged (at fresh prices) liquidatable or with negative equity has an open
 * auction, and every bankrupt auction's subaccount really has negative equity. (Detection opens at most
 * max_new_auctions_per_block per block: a larger wave is reported here until it is worked off.)
 */
export function negativeEquityInvariant(keeper: LiquidationKeeper): Invariant {
  return (ctx: QueryContext) => {
    const problems: string[] = [];
    for (const r of keeper.margin.screen(ctx).flagged) {
      if (r.status !== 'liquidatable') continue;
      if (!keeper.auction(ctx, r)) problems.push(`subaccount ${r.number} of ${r.owner} is liquidatable (equity ${String(r.equity)}, MM ${String(r.mm)}) without an auction`);
    }
    for (const a of keeper.auctions(ctx)) {
      if (!a.bankrupt) continue;
      try {
        if (!keeper.margin.status(ctx, { owner: a.owner, number: a.subaccount }).equity.isNegative()) problems.push(`the auction of subaccount ${a.subaccount} of ${a.owner} is marked bankrupt but its equity is not negative`);
      } catch {
        // stale prices: not judged
      }
    }
    return problems.length > 0 ? problems.join('; ') : undefined;
  };
}
