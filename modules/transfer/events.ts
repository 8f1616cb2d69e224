import { ackText, isSuccess, type Ack } from './ack';
import { MODULE_ACCOUNT } from './keys';
import type { PacketData } from './packet';

/**
 * ibc-go v8's ICS-20 events, types, attribute names and order exactly (transfer/ibc_module.go,
 * keeper/msg_server.go, keeper/relay.go): relayers, explorers and wallets find transfers through them.
 * When the receive callback fails (error ack), the IBC core re-emits the callback's events with every
 * type and key prefixed `ibccallbackerror-` (ibc-go's ConvertToErrorEvents); that is the core's job.
 */
export interface TransferEvent {
  type: string;
  attributes: Array<[string, string]>;
}

export const EventTypes = {
  transfer: 'ibc_transfer',
  packet: 'fungible_token_packet',
  denomTrace: 'denomination_trace',
  timeout: 'timeout',
  channelClose: 'channel_closed',
} as const;

const MODULE: [string, string] = ['module', MODULE_ACCOUNT];

/** MsgTransfer: `ibc_transfer` and the `message` module tag. */
export function transferEvents(m: { sender: string; receiver: string; amount: string; denom: string; memo: string }): TransferEvent[] {
  return [
    { type: EventTypes.transfer, attributes: [['sender', m.sender], ['receiver', m.receiver], ['amount', m.amount], ['denom', m.denom], ['memo', m.memo]] },
    { type: 'message', attributes: [MODULE] },
  ];
}

/** The voucher's trace, emitted on every receive that mints one (before the packet event). */
export function denomTraceEvent(traceHashHex: string, voucherDenom: string): TransferEvent {
  return { type: EventTypes.denomTrace, attributes: [['trace_hash', traceHashHex], ['denom', voucherDenom]] };
}

/** OnRecvPacket: success "true"/"false", and the error's message when it failed. */
export function recvPacketEvent(d: PacketData, success: boolean, error?: string): TransferEvent {
  const attributes: Array<[string, string]> = [MODULE, ['sender', d.sender], ['receiver', d.receiver], ['denom', d.denom], ['amount', d.amount], ['memo', d.memo], ['success', String(success)]];
  if (error !== undefined) attributes.push(['error', error]);
  return { type: EventTypes.packet, attributes };
}

/** OnAcknowledgementPacket: the packet with the ack's text form, then `success` (the raw result) or `error`. */
export function ackPacketEvents(d: PacketData, ack: Ack): TransferEvent[] {
  return [
    { type: EventTypes.packet, attributes: [MODULE, ['sender', d.sender], ['receiver', d.receiver], ['denom', d.denom], ['amount', d.amount], ['memo', d.memo], ['acknowledgement', ackText(ack)]] },
    isSuccess(ack) ? { type: EventTypes.packet, attributes: [['success', Buffer.from(ack.result).toString('latin1')]] } : { type: EventTypes.packet, attributes: [['error', ack.error]] },
  ];
}

/** OnTimeoutPacket: the refund. */
export function timeoutEvent(d: PacketData): TransferEvent {
  return { type: EventTypes.timeout, attributes: [MODULE, ['refund_receiver', d.sender], ['refund_denom', d.denom], ['refund_amount', d.amount], ['memo', d.memo]] };
}
