import type { Channel, Packet } from 'cosmjs-types/ibc/core/channel/v1/channel';
import { orderToJSON } from 'cosmjs-types/ibc/core/channel/v1/channel';
import type { ConnectionEnd } from 'cosmjs-types/ibc/core/connection/v1/connection';
import type { Height } from 'cosmjs-types/ibc/core/client/v1/client';
import type { Context } from '../../chain/sdk';
import { heightString } from './keys';
import { CLIENT_TYPE } from './identifiers';

// ibc-go v8's events, with its exact type and attribute names: relayers find their work through them.
// Each is followed by a `message` event naming the sub-module (ibc_client, ibc_connection, ibc_channel).

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const message = (ctx: Context, module: string) => ctx.emit('message', [['module', module]]);

export function emitCreateClient(ctx: Context, clientId: string, height: Height): void {
  ctx.emit('create_client', [
    ['client_id', clientId],
    ['client_type', CLIENT_TYPE],
    ['consensus_height', heightString(height)],
  ]);
  message(ctx, 'ibc_client');
}

/** `header` is the hex of the Any-encoded client message (ibc-go v8 still emits it; relayers read it). */
export function emitUpdateClient(ctx: Context, clientId: string, heights: Height[], clientMessage: Uint8Array): void {
  ctx.emit('update_client', [
    ['client_id', clientId],
    ['client_type', CLIENT_TYPE],
    ['consensus_height', heightString(heights[0])],
    ['consensus_heights', heights.map(heightString).join(',')],
    ['header', hex(clientMessage)],
  ]);
  message(ctx, 'ibc_client');
}

export function emitClientMisbehaviour(ctx: Context, clientId: string): void {
  ctx.emit('client_misbehaviour', [
    ['client_id', clientId],
    ['client_type', CLIENT_TYPE],
  ]);
  message(ctx, 'ibc_client');
}

export function emitConnection(ctx: Context, type: string, connectionId: string, c: ConnectionEnd): void {
  ctx.emit(type, [
    ['connection_id', connectionId],
    ['client_id', c.clientId],
    ['counterparty_client_id', c.counterparty.clientId],
    ['counterparty_connection_id', c.counterparty.connectionId],
  ]);
  message(ctx, 'ibc_connection');
}

/** channel_open_init carries no counterparty channel id; open_init and open_try carry the version. */
export function emitChannel(ctx: Context, type: string, portId: string, channelId: string, c: Channel): void {
  const attrs: [string, string][] = [
    ['port_id', portId],
    ['channel_id', channelId],
    ['counterparty_port_id', c.counterparty.portId],
  ];
  if (type !== 'channel_open_init') attrs.push(['counterparty_channel_id', c.counterparty.channelId]);
  attrs.push(['connection_id', c.connectionHops[0]]);
  if (type === 'channel_open_init' || type === 'channel_open_try') attrs.push(['version', c.version]);
  ctx.emit(type, attrs);
  message(ctx, 'ibc_channel');
}

function packetAttrs(p: Packet): [string, string][] {
  return [
    ['packet_timeout_height', heightString(p.timeoutHeight)],
    ['packet_timeout_timestamp', p.timeoutTimestamp.toString()],
    ['packet_sequence', p.sequence.toString()],
    ['packet_src_port', p.sourcePort],
    ['packet_src_channel', p.sourceChannel],
    ['packet_dst_port', p.destinationPort],
    ['packet_dst_channel', p.destinationChannel],
  ];
}

const ordering = (c: Channel) => orderToJSON(c.ordering);

/** send_packet and recv_packet (ibc-go v8: the deprecated packet_data string, then packet_data_hex, ...). */
export function emitPacket(ctx: Context, type: 'send_packet' | 'recv_packet', p: Packet, c: Channel): void {
  ctx.emit(type, [
    ['packet_data', Buffer.from(p.data).toString('utf8')],
    ['packet_data_hex', hex(p.data)],
    ...packetAttrs(p),
    ['packet_channel_ordering', ordering(c)],
    ['packet_connection', c.connectionHops[0]],
    ['connection_id', c.connectionHops[0]],
  ]);
  message(ctx, 'ibc_channel');
}

export function emitWriteAcknowledgement(ctx: Context, p: Packet, c: Channel, ack: Uint8Array): void {
  ctx.emit('write_acknowledgement', [
    ['packet_data', Buffer.from(p.data).toString('utf8')],
    ['packet_data_hex', hex(p.data)],
    ...packetAttrs(p),
    ['packet_ack', Buffer.from(ack).toString('utf8')],
    ['packet_ack_hex', hex(ack)],
    ['packet_connection', c.connectionHops[0]],
    ['connection_id', c.connectionHops[0]],
  ]);
  message(ctx, 'ibc_channel');
}

export function emitAcknowledgePacket(ctx: Context, p: Packet, c: Channel): void {
  ctx.emit('acknowledge_packet', [...packetAttrs(p), ['packet_channel_ordering', ordering(c)], ['packet_connection', c.connectionHops[0]], ['connection_id', c.connectionHops[0]]]);
  message(ctx, 'ibc_channel');
}

export function emitTimeoutPacket(ctx: Context, p: Packet, c: Channel): void {
  ctx.emit('timeout_packet', [...packetAttrs(p), ['connection_id', c.connectionHops[0]], ['packet_channel_ordering', ordering(c)]]);
  message(ctx, 'ibc_channel');
}

/** An ordered channel closed by a timeout. */
export function emitChannelClosed(ctx: Context, p: Packet, c: Channel): void {
  ctx.emit('channel_closed', [
    ['port_id', p.sourcePort],
    ['channel_id', p.sourceChannel],
    ['counterparty_port_id', c.counterparty.portId],
    ['counterparty_channel_id', c.counterparty.channelId],
    ['connection_id', c.connectionHops[0]],
    ['packet_channel_ordering', ordering(c)],
  ]);
  message(ctx, 'ibc_channel');
}
