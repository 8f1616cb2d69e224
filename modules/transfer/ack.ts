import { TransferErrors } from './errors';
import { goJsonObject } from './go-json';

/**
 * ICS-04 acknowledgements as ICS-20 writes them (ibc-go v8 04-channel/types/acknowledgement.go):
 * JSON of ibc.core.channel.v1.Acknowledgement, sorted. Success is the one byte 0x01; an error carries
 * only the ABCI code (codespace and message vary between versions and would break the ack commitment).
 */
export type Ack = { result: Uint8Array } | { error: string };

const ERROR_SUFFIX = 'error handling packet: see events for details';

export const SUCCESS_ACK: Ack = Object.freeze({ result: Uint8Array.of(1) });

export function errorAck(code: number): Ack {
  return { error: `ABCI code: ${code}: ${ERROR_SUFFIX}` };
}

export const isSuccess = (ack: Ack): ack is { result: Uint8Array } => 'result' in ack;

/** Acknowledgement(): `{"result":"AQ=="}` / `{"error":"ABCI code: 5: error handling packet: see events for details"}`. */
export function encodeAck(ack: Ack): Uint8Array {
  const json = isSuccess(ack) ? goJsonObject({ result: Buffer.from(ack.result).toString('base64') }) : goJsonObject({ error: ack.error });
  return Buffer.from(json, 'utf8');
}

/**
 * OnAcknowledgementPacket's reading of the counterparty's ack: JSON of an Acknowledgement with exactly
 * one of result (base64) or error, and the bytes must be what re-encoding gives (ibc-go refuses an ack
 * that "did not marshal to expected bytes"). Throws invalidAcknowledgement.
 */
export function decodeAck(bytes: Uint8Array): Ack {
  const fail = (why: string) => TransferErrors.invalidAcknowledgement.wrap(`cannot unmarshal ICS-20 transfer packet acknowledgement: ${why}`);
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (err) {
    throw fail((err as Error).message);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw fail('not a JSON object');
  const keys = Object.keys(raw);
  if (keys.length !== 1 || (keys[0] !== 'result' && keys[0] !== 'error')) throw fail(`expected exactly one of result or error, got keys [${keys.join(', ')}]`);
  const value = (raw as Record<string, unknown>)[keys[0]];
  if (typeof value !== 'string') throw fail(`${keys[0]} is not a string`);
  let ack: Ack;
  if (keys[0] === 'result') {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0) throw fail('result is not base64');
    ack = { result: Uint8Array.from(Buffer.from(value, 'base64')) };
  } else ack = { error: value };
  if (!Buffer.from(encodeAck(ack)).equals(Buffer.from(bytes))) throw fail(`acknowledgement did not marshal to expected bytes: ${Buffer.from(encodeAck(ack)).toString('hex').toUpperCase()} ≠ ${Buffer.from(bytes).toString('hex').toUpperCase()}`);
  return ack;
}

/**
 * ack.String(): gogoproto's compact text format, which ibc-go puts in the `acknowledgement` event
 * attribute: `result:"\001" ` or `error:"…" ` (bytes ≥ 0x7f and controls as 3-digit octal escapes).
 */
export function ackText(ack: Ack): string {
  const bytes = isSuccess(ack) ? Buffer.from(ack.result) : Buffer.from(ack.error, 'utf8');
  let s = '';
  for (const c of bytes) {
    if (c === 0x0a) s += '\\n';
    else if (c === 0x0d) s += '\\r';
    else if (c === 0x09) s += '\\t';
    else if (c === 0x22) s += '\\"';
    else if (c === 0x5c) s += '\\\\';
    else if (c >= 0x20 && c < 0x7f) s += String.fromCharCode(c);
    else s += `\\${c.toString(8).padStart(3, '0')}`;
  }
  return `${isSuccess(ack) ? 'result' : 'error'}:"${s}" `;
}

