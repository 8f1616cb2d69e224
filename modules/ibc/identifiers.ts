import { HostErrors } from './errors';

// ibc-go 24-host identifier rules: allowed characters, no "/", length bounds per kind.
const ID = /^[a-zA-Z0-9._+\-#[\]<>]+$/;

function check(kind: string, id: string, min: number, max: number): string {
  if (typeof id !== 'string' || id.trim() === '') throw HostErrors.invalidId.wrap(`${kind} identifier cannot be blank`);
  if (id.length < min || id.length > max) throw HostErrors.invalidId.wrap(`${kind} identifier ${JSON.stringify(id)} has invalid length ${id.length}, must be between ${min}-${max} characters`);
  if (!ID.test(id)) throw HostErrors.invalidId.wrap(`${kind} identifier ${JSON.stringify(id)} must contain only alphanumeric or the following characters: '.', '_', '+', '-', '#', '[', ']', '<', '>'`);
  return id;
}

export const validateClientId = (id: string) => check('client', id, 9, 64);
export const validateConnectionId = (id: string) => check('connection', id, 10, 64);
export const validateChannelId = (id: string) => check('channel', id, 8, 64);
export const validatePortId = (id: string) => check('port', id, 2, 128);

/** "{type}-{n}" as ibc-go FormatClientIdentifier; settle creates 07-tendermint clients only. */
export const CLIENT_TYPE = '07-tendermint';
export const formatClientId = (n: bigint) => `${CLIENT_TYPE}-${n}`;
export const formatConnectionId = (n: bigint) => `connection-${n}`;
export const formatChannelId = (n: bigint) => `channel-${n}`;
