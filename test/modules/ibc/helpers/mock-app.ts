// A test-only IBC application on port "mock" (the shape ICS-20 will take): its own store records what
// the core hands it; packets it is asked to send go out in the next block's beginBlock.
import type { Height } from 'cosmjs-types/ibc/core/client/v1/client';
import type { Packet } from 'cosmjs-types/ibc/core/channel/v1/channel';
import { registerError, StoreKey, type Context, type Module } from '../../../../chain/sdk';
import type { PacketSender } from '../../../../modules/ibc/keeper';
import type { IbcApp } from '../../../../modules/ibc/router';

export const MOCK_PORT = 'mock';
export const MOCK_VERSION = 'mock-1';
export const MockErrors = {
  badVersion: registerError('ibcmock', 2, 'unsupported mock app version'),
  closeRefused: registerError('ibcmock', 3, 'the mock app refuses to close channels'),
};

export const SUCCESS_ACK = Buffer.from('{"result":"AQ=="}');
export const errorAck = (why: string) => Buffer.from(JSON.stringify({ error: why }));

export interface PendingSend {
  channelId: string;
  data: Uint8Array;
  timeoutHeight: Height;
  timeoutTimestamp: bigint;
}

const seqKey = (kind: string, p: Packet) => Buffer.from(`${kind}/${p.sourceChannel}/${p.destinationChannel}/${p.sequence}`);

export class MockApp implements IbcApp {
  readonly key = new StoreKey('ibcmock');
  readonly pending: PendingSend[] = [];
  /** Sequences of what beginBlock sent, in order. */
  readonly sent: bigint[] = [];
  readonly refused: Error[] = [];
  refuseClose = true;
  packets: PacketSender | undefined;

  module(): Module {
    return {
      name: this.key.name,
      storeKey: this.key,
      beginBlock: (ctx) => {
        // a block hook must not throw (it would halt the chain): a refused send is recorded instead
        for (const p of this.pending.splice(0)) {
          try {
            this.sent.push(this.packets!.sendPacket(ctx, MOCK_PORT, p.channelId, p.timeoutHeight, p.timeoutTimestamp, p.data));
          } catch (e) {
            this.refused.push(e as Error);
          }
        }
      },
    };
  }

  private checkVersion(v: string): string {
    if (v !== MOCK_VERSION) throw MockErrors.badVersion.wrap(`expected ${MOCK_VERSION}, got ${JSON.stringify(v)}`);
    return v;
  }

  onChanOpenInit(_ctx: Context, _o: unknown, _h: string[], _p: string, _c: string, _cp: unknown, version: string): string {
    return this.checkVersion(version === '' ? MOCK_VERSION : version);
  }
  onChanOpenTry(_ctx: Context, _o: unknown, _h: string[], _p: string, _c: string, _cp: unknown, counterpartyVersion: string): string {
    return this.checkVersion(counterpartyVersion);
  }
  onChanOpenAck(_ctx: Context, _p: string, _c: string, _cc: string, counterpartyVersion: string): void {
    this.checkVersion(counterpartyVersion);
  }
  onChanOpenConfirm(): void {}
  onChanCloseInit(): void {
    if (this.refuseClose) throw MockErrors.closeRefused.wrap('user-initiated close');
  }
  onChanCloseConfirm(): void {}

  /** Data "fail" gets an error ack (after a write that the core must discard); anything else succeeds. */
  onRecvPacket(ctx: Context, packet: Packet): { success: boolean; bytes: Uint8Array } {
    ctx.kvStore(this.key).set(seqKey('recv', packet), packet.data);
    ctx.emit('mock_recv', [['sequence', packet.sequence.toString()]]);
    if (Buffer.from(packet.data).toString() === 'fail') return { success: false, bytes: errorAck('mock failure') };
    return { success: true, bytes: SUCCESS_ACK };
  }
  onAcknowledgementPacket(ctx: Context, packet: Packet, ack: Uint8Array): void {
    ctx.kvStore(this.key).set(seqKey('ack', packet), ack);
  }
  onTimeoutPacket(ctx: Context, packet: Packet): void {
    ctx.kvStore(this.key).set(seqKey('timeout', packet), packet.data);
  }

  stored(ctx: { kvStore(k: StoreKey): { get(k: Uint8Array): Uint8Array | undefined } }, kind: 'recv' | 'ack' | 'timeout', p: Packet): string | undefined {
    const v = ctx.kvStore(this.key).get(seqKey(kind, p));
    return v && Buffer.from(v).toString();
  }
}
