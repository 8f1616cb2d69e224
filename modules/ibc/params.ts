import type { Params as ClientParams } from 'cosmjs-types/ibc/core/client/v1/client';
import type { Params as ConnectionParams } from 'cosmjs-types/ibc/core/connection/v1/connection';
import { ClientErrors, ConnectionErrors } from './errors';
import { CLIENT_TYPE } from './identifiers';

/** ibc-go v8 defaults; settle allows only the 07-tendermint client type it implements. */
export const defaultClientParams = (): ClientParams => ({ allowedClients: [CLIENT_TYPE] });
/** 30 s in nanoseconds: turns a connection's time delay into a block delay (ceil(delay / this)). */
export const defaultConnectionParams = (): ConnectionParams => ({ maxExpectedTimePerBlock: 30_000_000_000n });

export function validateClientParams(p: ClientParams): void {
  const seen = new Set<string>();
  for (const t of p.allowedClients) {
    if (t.trim() === '') throw ClientErrors.invalidClientType.wrap('allowed client type cannot be blank');
    if (seen.has(t)) throw ClientErrors.invalidClientType.wrap(`allowed client type ${t} is listed twice`);
    seen.add(t);
  }
}

export function validateConnectionParams(p: ConnectionParams): void {
  if (p.maxExpectedTimePerBlock <= 0n) throw ConnectionErrors.invalidConnection.wrap('max expected time per block must be positive');
}

/** ibc-go getBlockDelay: ceil(timeDelay / maxExpectedTimePerBlock). */
export function blockDelay(timeDelayNanos: bigint, p: ConnectionParams): bigint {
  if (timeDelayNanos === 0n) return 0n;
  return (timeDelayNanos + p.maxExpectedTimePerBlock - 1n) / p.maxExpectedTimePerBlock;
}
