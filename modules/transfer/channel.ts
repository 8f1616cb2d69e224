import { Order } from 'cosmjs-types/ibc/core/channel/v1/channel';
import { TransferErrors } from './errors';
import { isChannelIdFormat } from './identifiers';
import { PORT_ID, VERSION } from './keys';

/**
 * ICS-20's channel handshake rules (ibc-go v8 transfer/ibc_module.go), as pure functions for the
 * IBC core's application callbacks (OnChanOpenInit/Try/Ack/Confirm, OnChanCloseInit) to call.
 */

const MAX_CHANNEL_SEQUENCE = 0xffff_ffffn;

/** ValidateTransferChannelParams: channel-N with N ≤ 2^32−1 (escrow-address safety), UNORDERED, our port. */
export function validateTransferChannel(order: Order, portId: string, channelId: string, boundPort = PORT_ID): void {
  if (!isChannelIdFormat(channelId)) throw TransferErrors.invalidChannelParams.wrap(`channel identifier ${channelId} is not in the format: \`channel-{N}\``);
  const sequence = BigInt(channelId.slice('channel-'.length));
  if (sequence > MAX_CHANNEL_SEQUENCE) throw TransferErrors.maxTransferChannels.wrap(`channel sequence ${sequence} is greater than max allowed transfer channels ${MAX_CHANNEL_SEQUENCE}`);
  if (order !== Order.ORDER_UNORDERED) throw TransferErrors.invalidChannelParams.wrap(`expected ORDER_UNORDERED channel, got ${Order[order] ?? order}`);
  if (portId !== boundPort) throw TransferErrors.invalidChannelParams.wrap(`invalid port: ${portId}, expected ${boundPort}`);
}

/** OnChanOpenInit: an empty (or blank) proposed version means ics20-1; anything else must be ics20-1. Returns the version. */
export function onChanOpenInitVersion(order: Order, portId: string, channelId: string, version: string): string {
  validateTransferChannel(order, portId, channelId);
  const v = version.trim() === '' ? VERSION : version;
  if (v !== VERSION) throw TransferErrors.invalidVersion.wrap(`expected ${VERSION}, got ${version}`);
  return v;
}

/** OnChanOpenTry: always answers ics20-1 (a different counterparty version is answered with ours). */
export function onChanOpenTryVersion(order: Order, portId: string, channelId: string): string {
  validateTransferChannel(order, portId, channelId);
  return VERSION;
}

/** OnChanOpenAck: the counterparty must have agreed to ics20-1. */
export function onChanOpenAckCheck(counterpartyVersion: string): void {
  if (counterpartyVersion !== VERSION) throw TransferErrors.invalidVersion.wrap(`invalid counterparty version: expected ${VERSION}, got ${counterpartyVersion}`);
}

/** OnChanCloseInit: users cannot close a transfer channel (escrowed tokens would be stranded). */
export function onChanCloseInitCheck(): never {
  throw TransferErrors.invalidChannelParams.wrap('user cannot close channel');
}
