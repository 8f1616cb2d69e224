import type { Invariant, Module, QueryContext, StoreKey } from '../../chain/sdk';
import { beginBlock } from './attestations';
import { defaultGenesis, exportGenesis, initGenesis } from './genesis';
import { BridgeKeeper, type BridgeBank, type BridgeValidators } from './keeper';
import { bridgeMsgs } from './msgs';
import { bridgeQueries } from './queries';
import { BridgeVoteExtensions, type BridgeSigner, type DepositSource } from './vote-extension';

export interface BridgeModuleDeps {
  bank: BridgeBank;
  validators: BridgeValidators;
  /** This node's bridge key (node-side, never part of consensus); none = it signs nothing. */
  signer?: BridgeSigner;
  /** This node's deposit watcher; none = it reports no deposits. */
  deposits?: DepositSource;
}

/**
 * The EVM bridge's chain side: bridge keys, the bridge valset, anchors signed in vote extensions,
 * deposits credited from validators' reports, withdrawals by Merkle proof (README.md).
 */
export function bridgeModule(key: StoreKey, deps: BridgeModuleDeps): Module & { keeper: BridgeKeeper } {
  const keeper = new BridgeKeeper(key, deps.bank, deps.validators);
  return {
    name: key.name,
    storeKey: key,
    keeper,
    defaultGenesis,
    initGenesis: (ctx, state) => initGenesis(keeper, ctx, state),
    exportGenesis: (ctx) => exportGenesis(keeper, ctx),
    beginBlock: (ctx) => beginBlock(keeper, ctx),
    voteExtension: new BridgeVoteExtensions(keeper, { signer: deps.signer, deposits: deps.deposits }),
    queries: bridgeQueries(keeper),
    msgs: bridgeMsgs(keeper),
    invariants: { 'bridged-supply': bridgedSupplyInvariant(keeper) },
  };
}

/**
 * The bank supply of the bridged denom = credited deposits − withdrawals (so, with the contract's own
 * invariant, vault balance = bridged supply on settle + withdrawals not yet claimed).
 */
export function bridgedSupplyInvariant(keeper: BridgeKeeper): Invariant {
  return (ctx: QueryContext) => {
    const t = keeper.totals(ctx);
    const denom = keeper.params(ctx).denom;
    const supply = keeper.bank.supplyOf(ctx, denom);
    const expected = BigInt(t.deposited) - BigInt(t.withdrawn);
    return supply === expected ? undefined : `the supply of ${denom} is ${supply}, the bridge's totals say ${expected} (deposited ${t.deposited} − withdrawn ${t.withdrawn})`;
  };
}
