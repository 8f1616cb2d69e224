import type { ChainParamsStore, Module, TxProcessor } from '../app';
import { TxPipeline, type MinGasPrice } from '../tx';
import { authModule } from '../../modules/auth/module';
import { bankModule } from '../../modules/bank/module';
import { consensusModule } from '../../modules/consensus/module';

export interface SettleModuleOptions {
  /** This node's minimum gas price, enforced in CheckTx (app config). */
  minGasPrice?: MinGasPrice;
}

/** The modules that make up settle, in hook order, and the tx pipeline over them. The composition root. */
export function settleModules(options: SettleModuleOptions = {}): { modules: Module[]; chainParams: ChainParamsStore; txProcessor: TxProcessor } {
  const consensus = consensusModule();
  const auth = authModule();
  const bank = bankModule(auth.keeper);
  const modules: Module[] = [consensus, auth, bank];
  const txProcessor = new TxPipeline({ modules, accounts: auth.keeper, fees: bank.keeper, minGasPrice: options.minGasPrice });
  return { modules, chainParams: consensus.keeper, txProcessor };
}

/** The genesis app_state of a new chain: every module's default section. */
export function defaultAppState(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of settleModules().modules) if (m.defaultGenesis) out[m.name] = m.defaultGenesis();
  return out;
}
