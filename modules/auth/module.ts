import type { Invariant, Module, QueryContext } from '../../chain/app';
import { addressBytes } from '../../chain/address';
import { prefixIterator } from '../../chain/store';
import { bytesEqual } from '../../chain/store/encoding';
import { defaultGenesis, exportGenesis, initGenesis } from './genesis';
import { accountKey, AuthKeeper, decodeAccount, Keys, ModuleAccountSpec, STORE_NAME } from './keeper';
import { authMsgs } from './msgs';
import { authQueries } from './queries';

export interface AuthModuleOptions {
  /**
   * Module accounts besides fee_collector (always registered, no permissions), e.g.
   * `{ name: 'margin', permissions: [] }`. The composition root lists them, as a Cosmos app's
   * maccPerms; their addresses may not receive MsgSend/MsgMultiSend funds.
   */
  moduleAccounts?: ModuleAccountSpec[];
}

/** Accounts, account numbers, module accounts, tx params and the fee denom. */
export function authModule(options: AuthModuleOptions = {}): Module & { keeper: AuthKeeper } {
  const keeper = new AuthKeeper(options.moduleAccounts ?? []);
  return {
    name: STORE_NAME,
    keeper,
    defaultGenesis,
    initGenesis: (ctx, state) => initGenesis(keeper, ctx, state),
    exportGenesis: (ctx) => exportGenesis(keeper, ctx),
    queries: authQueries(keeper),
    msgs: authMsgs,
    invariants: { 'account-numbers': accountNumbersInvariant(keeper) },
  };
}

/** Every account number is below the next one to be handed out, and no two accounts share one. */
export function accountNumbersInvariant(keeper: AuthKeeper): Invariant {
  return (ctx: QueryContext) => {
    const next = keeper.peekAccountNumber(ctx);
    const seen = new Map<bigint, string>();
    const problems: string[] = [];
    for (const { key, value } of prefixIterator(ctx.store(STORE_NAME), Keys.accountPrefix)) {
      const a = decodeAccount(value);
      if (!bytesEqual(accountKey(addressBytes(a.address)), key)) problems.push(`account ${a.address} is stored under another address's key`);
      if (a.accountNumber >= next) problems.push(`account ${a.address} has number ${a.accountNumber}, not below the next account number ${next}`);
      const other = seen.get(a.accountNumber);
      if (other !== undefined) problems.push(`accounts ${other} and ${a.address} share account number ${a.accountNumber}`);
      seen.set(a.accountNumber, a.address);
      if (problems.length >= 10) break;
    }
    return problems.length > 0 ? problems.join('; ') : undefined;
  };
}
