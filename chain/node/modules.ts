import type { ChainParamsStore, Module } from '../app';
import { consensusModule } from '../../modules/consensus/module';

/** The modules that make up settle, in hook order. The composition root: the one place that lists them. */
export function settleModules(): { modules: Module[]; chainParams: ChainParamsStore } {
  const consensus = consensusModule();
  return { modules: [consensus], chainParams: consensus.keeper };
}

/** The genesis app_state of a new chain: every module's default section. */
export function defaultAppState(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of settleModules().modules) if (m.defaultGenesis) out[m.name] = m.defaultGenesis();
  return out;
}
