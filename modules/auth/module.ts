import { addressBytes, bytesEqual, type Invariant, type Module, type QueryContext, type StoreKey } from '../../chain/sdk';
import { defaultGenesis, exportGenesis, initGenesis } from './genesis';
import { AuthKeeper, decodeAccount, ModuleAccountSpec } from './keeper';
import { accountKey } from './keys';
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
export function authModule(key: StoreKey, options: AuthModuleOptions = {}): Module & { keeper: AuthKeeper } {
  const keeper = new AuthKeeper(key, options.moduleAccounts ?? []);
  return {
    name: key.name,
    storeKey: key,
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
    for (const { key, value } of keeper.accountEntries(ctx)) {
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
