// Where a subaccount stands against its maintenance margin: healthy, in margin call (inside the buffer
// above MM) or liquidatable (below MM × liquidation threshold). Levels round up: against the account.
import { Dec } from '../../chain/math';
import type { Params } from '../../proto/gen/settle/margin/v1/types';
import { healthLevels } from './params';
import type { Health } from './risk';

export type HealthStatus = 'healthy' | 'margin_call' | 'liquidatable';

export interface StatusLevels {
  marginCallLevel: Dec;
  liquidationLevel: Dec;
  status: HealthStatus;
}

export function healthStatus(params: Params, h: Pick<Health, 'equity' | 'mm'>): StatusLevels {
  const { marginBuffer, liquidationThreshold } = healthLevels(params);
  const marginCallLevel = h.mm.mul(Dec.ONE.add(marginBuffer), 'up');
  const liquidationLevel = h.mm.mul(liquidationThreshold, 'up');
  const status: HealthStatus = h.equity.lt(liquidationLevel) ? 'liquidatable' : h.equity.lt(marginCallLevel) ? 'margin_call' : 'healthy';
  return { marginCallLevel, liquidationLevel, status };
}
