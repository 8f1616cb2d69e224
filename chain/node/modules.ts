import { StoreKey, storeKeys, type ChainParamsStore, type Module } from '../app';
import { TxPipeline, type MinGasPrice, type TxPipelineOptions } from '../tx';
import { authModule, type AuthModuleOptions } from '../../modules/auth/module';
import type { ModuleAccountSpec } from '../../modules/auth/keeper';
import { STORE_NAME as AUTH } from '../../modules/auth/keys';
import { bankModule } from '../../modules/bank/module';
import { STORE_NAME as BANK } from '../../modules/bank/keys';
import { consensusModule } from '../../modules/consensus/module';
import { STORE_NAME as CONSENSUS } from '../../modules/consensus/keys';
import type { PriceFeed } from '../../modules/oracle/feed';
import { oracleModule } from '../../modules/oracle/module';
import { STORE_NAME as ORACLE } from '../../modules/oracle/keys';
import { marginModule } from '../../modules/margin/module';
import { MODULE_ACCOUNT as MARGIN_ACCOUNT, STORE_NAME as MARGIN } from '../../modules/margin/keys';
import { optionsModule } from '../../modules/options/module';
import { withShortTermOrders } from '../../modules/options/short-term';
import { STORE_NAME as OPTIONS } from '../../modules/options/keys';
import { liquidationModule } from '../../modules/liquidation/module';
import { INSURANCE_ACCOUNT, STORE_NAME as LIQUIDATION } from '../../modules/liquidation/keys';
import { ibcModule } from '../../modules/ibc/module';
import { STORE_NAME as IBC } from '../../modules/ibc/keys';
import { PortRouter } from '../../modules/ibc/router';
import { transferModule } from '../../modules/transfer/module';
import { MODULE_ACCOUNT as TRANSFER_ACCOUNT, PORT_ID as TRANSFER_PORT, STORE_NAME as TRANSFER } from '../../modules/transfer/keys';
import { bridgeModule } from '../../modules/bridge/module';
import { MODULE_ACCOUNT as BRIDGE_ACCOUNT, STORE_NAME as BRIDGE } from '../../modules/bridge/keys';
import type { BridgeSigner, DepositSource } from '../../modules/bridge/vote-extension';
import { ibcHost, liquidationMargin, marginOracle, optionsInstruments, optionsMargin, optionsMark, optionsOracle, recordingSettlements } from './adapters';

export interface SettleModuleOptions {
  /** This node's minimum gas price, enforced in CheckTx (app config). */
  minGasPrice?: MinGasPrice;
  /** This node's price feeder (its vote extensions); none = no oracle section in them. */
  feed?: PriceFeed;
  /** The margin keeper's instrument risk memo (modules/margin/risk-cache.ts); tests compare with it off: false. */
  riskCache?: boolean;
  /** This node's bridge key and deposit watcher (its bridge section of vote extensions); none = it signs and reports nothing. */
  bridge?: { signer?: BridgeSigner; deposits?: DepositSource };
  /** The margin keeper's health sessions over each matching pass (modules/margin/health-session.ts); tests compare with them off: false. */
  healthSessions?: boolean;
  /** Decoded-tx cache size of the tx pipeline (tests compare with it off: 0). */
  decodedTxCacheSize?: number;
  /** Module accounts besides fee_collector (the SDK app's maccPerms). */
  moduleAccounts?: AuthModuleOptions['moduleAccounts'];
  /**
   * Modules added after settle's own (tests: a toy vote-extension contributor, a hook recorder), made
   * from settle's store keys: such a module creates its own key and is handed another only on purpose.
   */
  extraModules?: (keys: SettleStoreKeys) => Module[];
  /** Changes to the tx pipeline's ante chain (TxPipelineOptions.anteDecorators): e.g. orders that need no sequence, relayer rules. */
  anteDecorators?: TxPipelineOptions['anteDecorators'];
  /** The IBC port router (tests bind a test app's port on it); a fresh one by default. */
  ibcRouter?: PortRouter;
}

/**
 * The composition root: the store keys, the modules that make up settle in hook order (each given
 * its own key and the narrow keepers it declares), and the tx pipeline over them. The node, the
 * tests, the simulation and the benchmarks all build the app through this one function.
 */
export function settleModules(options: SettleModuleOptions = {}) {
  const keys: SettleStoreKeys = storeKeys(CONSENSUS, AUTH, BANK, ORACLE, MARGIN, OPTIONS, LIQUIDATION, IBC, TRANSFER, BRIDGE);
  // settle's module accounts (the SDK app's maccPerms), then any a caller adds under other names
  const moduleAccounts: ModuleAccountSpec[] = [
    { name: MARGIN_ACCOUNT, permissions: [] },
    { name: INSURANCE_ACCOUNT, permissions: [] },
    { name: BRIDGE_ACCOUNT, permissions: ['minter', 'burner'] },
    { name: TRANSFER_ACCOUNT, permissions: ['minter', 'burner'] },
  ];
  for (const extra of options.moduleAccounts ?? []) if (!moduleAccounts.some((m) => m.name === extra.name)) moduleAccounts.push(extra);
  const consensus = consensusModule(keys.consensus);
  const auth = authModule(keys.auth, { moduleAccounts });
  const bank = bankModule(keys.bank, auth.keeper);
  const oracle = oracleModule(keys.oracle, { feed: options.feed });
  const oracleForMargin = marginOracle(oracle.keeper);
  const margin = marginModule(keys.margin, { bank: bank.keeper, oracle: oracleForMargin, moduleAddress: auth.keeper.moduleAddress(MARGIN_ACCOUNT) });
  const bridge = bridgeModule(keys.bridge, { bank: bank.keeper, validators: consensus.keeper, signer: options.bridge?.signer, deposits: options.bridge?.deposits });
  // every expiry settlement of a position is also a leaf of the bridge's next settlement root
  const settlingMargin = recordingSettlements(optionsMargin(margin.keeper), (ctx, s) => bridge.keeper.recordSettlement(ctx, s));
  const opts = optionsModule(keys.options, { margin: settlingMargin, oracle: optionsOracle(oracle.keeper, oracleForMargin), mark: optionsMark(margin.keeper) });
  margin.keeper.setInstrumentSource(optionsInstruments(opts.keeper));
  // open interest follows every position change, whoever makes it (fills, settlement, liquidation, ADL)
  margin.keeper.setPositionListener((ctx, id, before, after) => opts.keeper.onPositionChange(ctx, id, before, after));
  if (options.riskCache === false) margin.keeper.setRiskCache(false);
  if (options.healthSessions === false) margin.keeper.setHealthSessions(false);
  // after options in hook order: detection sees the block's fills and settlements
  const liquidation = liquidationModule(keys.liquidation, {
    margin: liquidationMargin(margin.keeper),
    orders: { cancelAll: (ctx, ref) => opts.books.cancelAll(ctx, ref) },
    bank: bank.keeper,
    fundAddress: auth.keeper.moduleAddress(INSURANCE_ACCOUNT),
  });
  margin.keeper.setWithdrawalGate((ctx) => liquidation.keeper.withdrawalBlock(ctx));
  // IBC apps bind their ports on the router (tests add theirs through options.ibcRouter); ICS-20 on `transfer`
  const ibcRouter = options.ibcRouter ?? new PortRouter();
  const ibc = ibcModule(keys.ibc, ibcHost(consensus.keeper), ibcRouter);
  const transfer = transferModule(keys.transfer, { bank: bank.keeper, packets: ibc.keeper.packets });
  ibcRouter.bind(TRANSFER_PORT, transfer.app!);
  const modules: Module[] = [consensus, auth, bank, oracle, margin, opts, liquidation, ibc, transfer, bridge, ...(options.extraModules?.(keys) ?? [])];
  const txProcessor = new TxPipeline({
    modules,
    accounts: auth.keeper,
    fees: bank.keeper,
    minGasPrice: options.minGasPrice,
    decodedTxCacheSize: options.decodedTxCacheSize,
    // sequence-free order txs (the options module's), then whatever the caller changes
    anteDecorators: (defaults) => {
      const withOrders = withShortTermOrders(opts.keeper)(defaults);
      return options.anteDecorators ? options.anteDecorators(withOrders) : withOrders;
    },
  });
  const chainParams: ChainParamsStore = consensus.keeper;
  return { modules, chainParams, txProcessor, keys, keepers: { consensus: consensus.keeper, auth: auth.keeper, bank: bank.keeper, oracle: oracle.keeper, margin: margin.keeper, options: opts.keeper, liquidation: liquidation.keeper, ibc: ibc.keeper, transfer: transfer.keeper, bridge: bridge.keeper }, books: opts.books };
}

export type SettleModules = ReturnType<typeof settleModules>;
export type SettleStoreKeys = Record<typeof CONSENSUS | typeof AUTH | typeof BANK | typeof ORACLE | typeof MARGIN | typeof OPTIONS | typeof LIQUIDATION | typeof IBC | typeof TRANSFER | typeof BRIDGE, StoreKey>;

/** The genesis app_state of a new chain: every module's default section. */
export function defaultAppState(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of settleModules().modules) if (m.defaultGenesis) out[m.name] = m.defaultGenesis();
  return out;
}
