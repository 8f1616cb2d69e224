import { formatCoins, type Invariant, type Module, type QueryContext, type StoreKey } from '../../chain/sdk';
import { bankMsgs } from './msgs';
import { BankAccountKeeper, BankKeeper } from './keeper';
import { defaultGenesis, exportGenesis, initGenesis } from './genesis';
import { bankQueries } from './queries';

/** Balances, supply, denom metadata, send-enabled flags; MsgSend and MsgMultiSend; the fee keeper. */
export function bankModule(key: StoreKey, accounts: BankAccountKeeper): Module & { keeper: BankKeeper } {
  const keeper = new BankKeeper(key, accounts);
  return {
    name: key.name,
    storeKey: key,
    keeper,
    defaultGenesis,
    initGenesis: (ctx, state) => initGenesis(keeper, ctx, state),
    exportGenesis: (ctx) => exportGenesis(keeper, ctx),
    queries: bankQueries(keeper),
    msgs: bankMsgs(keeper),
    invariants: { 'total-supply': totalSupplyInvariant(keeper) },
  };
}

/** For every denom, the sum of all balances equals the recorded supply (and no balance is zero or negative). */
export function totalSupplyInvariant(keeper: BankKeeper): Invariant {
  return (ctx: QueryContext) => {
    const sums = new Map<string, bigint>();
    const problems: string[] = [];
    for (const b of keeper.iterateBalances(ctx)) {
      if (b.amount <= 0n) problems.push(`a stored balance of ${b.amount}${b.denom} is not positive`);
      sums.set(b.denom, (sums.get(b.denom) ?? 0n) + b.amount);
    }
    const supply = keeper.totalSupply(ctx);
    const supplied = new Set<string>();
    for (const s of supply) {
      supplied.add(s.denom);
      const sum = sums.get(s.denom) ?? 0n;
      if (sum !== s.amount) problems.push(`${s.denom}: balances sum to ${sum}, supply is ${s.amount}`);
    }
    for (const denom of [...sums.keys()].sort()) {
      if (!supplied.has(denom)) problems.push(`${denom}: balances sum to ${sums.get(denom)}, supply is 0`);
    }
    if (problems.length === 0) return undefined;
    return `total supply ${formatCoins(supply) || '(none)'} does not match the balances: ${problems.slice(0, 10).join('; ')}`;
  };
}
