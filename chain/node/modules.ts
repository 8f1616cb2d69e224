import type { ChainParamsStore, Module, TxProcessor, VoteExtensionHandler } from '../app';
import { TxPipeline, type MinGasPrice, type TxPipelineOptions } from '../tx';
import { authModule } from '../../modules/auth/module';
import { bankModule } from '../../modules/bank/module';
import { consensusModule } from '../../modules/consensus/module';
import type { PriceFeed } from '../../modules/oracle/feed';
import { oracleModule } from '../../modules/oracle/module';

export interface SettleModuleOptions {
  /** This node's minimum gas price, enforced in CheckTx (app config). */
  minGasPrice?: MinGasPrice;
  /** This node's price feeder (its vote extensions); none = empty extensions. */
  feed?: PriceFeed;
  /** Decoded-tx cache size of the tx pipeline (tests compare with it off: 0). */
  decodedTxCacheSize?: number;
  /** Changes to the tx pipeline's ante chain (TxPipelineOptions.anteDecorators). */
  anteDecorators?: TxPipelineOptions['anteDecorators'];
}

/** The modules that make up settle, in hook order, and the tx pipeline over them. The composition root. */
export function settleModules(options: SettleModuleOptions = {}): {
  modules: Module[];
  chainParams: ChainParamsStore;
  txProcessor: TxProcessor;
  voteExtensions: VoteExtensionHandler;
} {
  const consensus = consensusModule();
  const auth = authModule();
  const bank = bankModule(auth.keeper);
  const oracle = oracleModule({ feed: options.feed });
  const modules: Module[] = [consensus, auth, bank, oracle];
  const txProcessor = new TxPipeline({ modules, accounts: auth.keeper, fees: bank.keeper, minGasPrice: options.minGasPrice, decodedTxCacheSize: options.decodedTxCacheSize, anteDecorators: options.anteDecorators });
  return { modules, chainParams: consensus.keeper, txProcessor, voteExtensions: oracle.voteExtensions };
}

/** The genesis app_state of a new chain: every module's default section. */
export function defaultAppState(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of settleModules().modules) if (m.defaultGenesis) out[m.name] = m.defaultGenesis();
  return out;
}
