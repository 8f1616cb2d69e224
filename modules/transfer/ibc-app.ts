import type { Counterparty, Order, Packet } from 'cosmjs-types/ibc/core/channel/v1/channel';
import type { Context } from '../../chain/sdk';
import type { AppAcknowledgement } from './expected-ibc';
import { encodeAck, isSuccess } from './ack';
import { onChanCloseInitCheck, onChanOpenAckCheck, onChanOpenInitVersion, onChanOpenTryVersion } from './channel';
import type { TransferKeeper } from './keeper';
import { onAcknowledgementPacket, onRecvPacket, onTimeoutPacket, type TransferBank } from './relay';

/**
 * ICS-20 bound on port `transfer` of the IBC core's port router (ibc-go v8 transfer/ibc_module.go):
 * the channel handshake rules of channel.ts and the token logic of relay.ts.
 */
export class TransferIbcApp {
  constructor(
    private readonly keeper: TransferKeeper,
    private readonly bank: TransferBank,
  ) {}

  onChanOpenInit(_ctx: Context, order: Order, _hops: string[], portId: string, channelId: string, _cp: Counterparty, version: string): string {
    return onChanOpenInitVersion(order, portId, channelId, version);
  }

  onChanOpenTry(_ctx: Context, order: Order, _hops: string[], portId: string, channelId: string, _cp: Counterparty, counterpartyVersion: string): string {
    const version = onChanOpenTryVersion(order, portId, channelId);
    onChanOpenAckCheck(counterpartyVersion);
    return version;
  }

  onChanOpenAck(_ctx: Context, _portId: string, _channelId: string, _counterpartyChannelId: string, counterpartyVersion: string): void {
    onChanOpenAckCheck(counterpartyVersion);
  }

  onChanOpenConfirm(): void {}

  onChanCloseInit(): void {
    onChanCloseInitCheck();
  }

  onChanCloseConfirm(): void {}

  onRecvPacket(ctx: Context, packet: Packet): AppAcknowledgement {
    const ack = onRecvPacket(this.keeper, this.bank, ctx, packet);
    return { success: isSuccess(ack), bytes: encodeAck(ack) };
  }

  onAcknowledgementPacket(ctx: Context, packet: Packet, acknowledgement: Uint8Array): void {
    onAcknowledgementPacket(this.keeper, this.bank, ctx, packet, acknowledgement);
  }

  onTimeoutPacket(ctx: Context, packet: Packet): void {
    onTimeoutPacket(this.keeper, this.bank, ctx, packet);
  }
}
