import { TransferErrors } from './errors';
import { isGoBlank } from './go-parse';

/**
 * ICS-24 identifier rules that ICS-20 checks (ibc-go v8 24-host/validate.go, 04-channel/types/keys.go).
 * Lengths are in bytes (Go's len); the character set is ASCII only, so bytes = characters when it passes.
 */
const VALID_ID = /^[a-zA-Z0-9._+\-#[\]<>]+$/;
const CHANNEL_ID = /^channel-[0-9]{1,20}$/;
const MAX_UINT64 = (1n << 64n) - 1n;

function validateIdentifier(id: string, what: string, min: number, max: number): void {
  if (isGoBlank(id)) throw TransferErrors.invalidIdentifier.wrap(`${what}: identifier cannot be blank`);
  if (id.includes('/')) throw TransferErrors.invalidIdentifier.wrap(`${what}: identifier ${id} cannot contain separator '/'`);
  const length = Buffer.byteLength(id, 'utf8');
  if (length < min || length > max) throw TransferErrors.invalidIdentifier.wrap(`${what}: identifier ${id} has invalid length: ${length}, must be between ${min}-${max} characters`);
  if (!VALID_ID.test(id)) throw TransferErrors.invalidIdentifier.wrap(`${what}: identifier ${id} must contain only alphanumeric or the following characters: '.', '_', '+', '-', '#', '[', ']', '<', '>'`);
}

/** host.PortIdentifierValidator: 2–128 characters. */
export function validatePortId(id: string, what = 'port'): void {
  validateIdentifier(id, what, 2, 128);
}

/** host.ChannelIdentifierValidator: 8–64 characters (any valid identifier, not only channel-N). */
export function validateChannelId(id: string, what = 'channel'): void {
  validateIdentifier(id, what, 8, 64);
}

/** channeltypes.IsValidChannelID: `channel-{N}` with N a uint64 (how ICS-20 tells trace hops apart). */
export function isChannelIdFormat(id: string): boolean {
  return CHANNEL_ID.test(id) && BigInt(id.slice('channel-'.length)) <= MAX_UINT64;
}
