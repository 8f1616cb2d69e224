import { sha256, validateDenom } from '../../chain/sdk';
import { TransferErrors } from './errors';
import { isGoBlank } from './go-parse';
import { isChannelIdFormat, validateChannelId, validatePortId } from './identifiers';
import { DENOM_PREFIX } from './keys';

/**
 * ICS-20 denomination traces (ibc-go v8 types/trace.go, coin.go). A token that crossed channels is
 * held as a voucher `ibc/<HASH>`, HASH = upper-case hex sha256 of its full path
 * `{port}/{channel}/…/{base denom}`; the trace (path, base denom) is stored so the path can be put
 * back into the packet when the voucher is sent on.
 */
export interface DenomTrace {
  /** `port/channel` pairs joined by `/`, outermost (most recent hop) first; '' for a native denom */
  path: string;
  baseDenom: string;
}

/** ParseDenomTrace: leading `{port}/{channel-N}` pairs are the path, the rest (slashes and all) the base denom. */
export function parseDenomTrace(fullDenom: string): DenomTrace {
  const parts = fullDenom.split('/');
  if (parts.length === 1) return { path: '', baseDenom: fullDenom };
  const path: string[] = [];
  let i = 0;
  for (; i < parts.length; i += 2) {
    if (i < parts.length - 1 && parts.length > 2 && isChannelIdFormat(parts[i + 1])) path.push(parts[i], parts[i + 1]);
    else break;
  }
  return { path: path.join('/'), baseDenom: parts.slice(i).join('/') };
}

export function fullDenomPath(t: DenomTrace): string {
  return t.path === '' ? t.baseDenom : `${t.path}/${t.baseDenom}`;
}

/** sha256 of the full path (the store key of the trace and the voucher denom's HASH). */
export function denomTraceHash(t: DenomTrace): Uint8Array {
  return sha256(Buffer.from(fullDenomPath(t), 'utf8'));
}

/** `ibc/<HASH>` for a trace with a path; the base denom itself for a native one. */
export function ibcDenom(t: DenomTrace): string {
  return t.path === '' ? t.baseDenom : `${DENOM_PREFIX}/${Buffer.from(denomTraceHash(t)).toString('hex').toUpperCase()}`;
}

/** `{port}/{channel}/`: the prefix a denom carries after crossing that channel. */
export function denomPrefix(portId: string, channelId: string): string {
  return `${portId}/${channelId}/`;
}

/**
 * ReceiverChainIsSource: the packet's denom starts with the sending end's `{port}/{channel}/`, so the
 * token came from the receiving chain through this channel and goes home (unescrow there); otherwise
 * the sender's chain is the source (it escrows; the receiver mints a voucher with the prefix added).
 */
export function receiverChainIsSource(sourcePort: string, sourceChannel: string, denom: string): boolean {
  return denom.startsWith(denomPrefix(sourcePort, sourceChannel));
}

export function senderChainIsSource(sourcePort: string, sourceChannel: string, denom: string): boolean {
  return !receiverChainIsSource(sourcePort, sourceChannel, denom);
}

function validateTraceIdentifiers(ids: string[]): void {
  if (ids.length === 0 || ids.length % 2 !== 0) throw TransferErrors.invalidDenomForTransfer.wrap(`trace info must come in pairs of port and channel identifiers '{portID}/{channelID}', got the identifiers: [${ids.join(' ')}]`);
  for (let i = 0; i < ids.length; i += 2) {
    validatePortId(ids[i], `invalid port ID at position ${i}`);
    validateChannelId(ids[i + 1], `invalid channel ID at position ${i}`);
  }
}

/** DenomTrace.Validate (genesis traces). */
export function validateDenomTrace(t: DenomTrace): void {
  if (t.path === '' && t.baseDenom !== '') return;
  if (isGoBlank(t.baseDenom)) throw TransferErrors.invalidDenomForTransfer.wrap('base denomination cannot be blank');
  validateTraceIdentifiers(t.path.split('/'));
}

/** ValidatePrefixedDenom: the denom of received packet data (a full path or a base denom). */
export function validatePrefixedDenom(denom: string): void {
  const parts = denom.split('/');
  if (parts.length === 1 && !isGoBlank(denom)) return;
  if (isGoBlank(parts[parts.length - 1])) throw TransferErrors.invalidDenomForTransfer.wrap(`${JSON.stringify(denom)}: base denomination cannot be blank`);
  const { path } = parseDenomTrace(denom);
  if (path === '') return;
  validateTraceIdentifiers(path.split('/'));
}

/** ValidateIBCDenom: a coin denom a user sends (MsgTransfer): a valid SDK denom; `ibc/…` must be `ibc/<32-byte hex>`. */
export function validateIbcDenom(denom: string): void {
  try {
    validateDenom(denom);
  } catch (err) {
    throw TransferErrors.invalidDenomForTransfer.wrap((err as Error).message);
  }
  const slash = denom.indexOf('/');
  const wantHash = () => TransferErrors.invalidDenomForTransfer.wrap(`denomination should be prefixed with the format 'ibc/{hash(trace + "/" + ${denom})}'`);
  if (denom === DENOM_PREFIX) throw wantHash();
  if (slash >= 0 && denom.slice(0, slash) === DENOM_PREFIX) {
    const hash = denom.slice(slash + 1);
    if (isGoBlank(hash)) throw wantHash();
    parseHexHash(hash);
  }
}

/** ParseHexHash: hex (either case) of exactly 32 bytes. */
export function parseHexHash(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) throw TransferErrors.invalidDenomForTransfer.wrap(`invalid denom trace hash ${hex}: not hex`);
  if (hex.length !== 64) throw TransferErrors.invalidDenomForTransfer.wrap(`invalid denom trace hash ${hex}: expected size to be 32 bytes, got ${hex.length / 2} bytes`);
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}

/** The voucher denom a chain mints for `baseDenom` received on its end `{port}/{channel}` (GetTransferCoin's denom). */
export function voucherDenom(portId: string, channelId: string, fullDenom: string): string {
  return ibcDenom(parseDenomTrace(`${denomPrefix(portId, channelId)}${fullDenom}`));
}
