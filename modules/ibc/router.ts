import type { Counterparty, Order, Packet } from 'cosmjs-types/ibc/core/channel/v1/channel';
import type { Context } from '../../chain/sdk';
import { PortErrors } from './errors';
import { validatePortId } from './identifiers';

/**
 * What an IBC application (ICS-20 transfer, a test app) implements: ibc-go's IBCModule callbacks. The
 * core calls them after its own checks and before it stores the new channel or packet state; a
 * callback that throws a registered error fails the whole message (nothing is stored).
 */
export interface IbcApp {
  /** Returns the version to store (an empty `version` asks the app for its default). */
  onChanOpenInit(ctx: Context, order: Order, connectionHops: string[], portId: string, channelId: string, counterparty: Counterparty, version: string): string;
  /** Returns the version this end agrees to, given the counterparty's. */
  onChanOpenTry(ctx: Context, order: Order, connectionHops: string[], portId: string, channelId: string, counterparty: Counterparty, counterpartyVersion: string): string;
  onChanOpenAck(ctx: Context, portId: string, channelId: string, counterpartyChannelId: string, counterpartyVersion: string): void;
  onChanOpenConfirm(ctx: Context, portId: string, channelId: string): void;
  /** Throw to refuse closing by a user (ICS-20 does). */
  onChanCloseInit(ctx: Context, portId: string, channelId: string): void;
  onChanCloseConfirm(ctx: Context, portId: string, channelId: string): void;
  /**
   * Returns the acknowledgement to write; `success: false` makes the core discard the app's writes and
   * events of this callback and still write the (error) acknowledgement. Throwing fails the message.
   */
  onRecvPacket(ctx: Context, packet: Packet, relayer: string): Acknowledgement;
  onAcknowledgementPacket(ctx: Context, packet: Packet, acknowledgement: Uint8Array, relayer: string): void;
  onTimeoutPacket(ctx: Context, packet: Packet, relayer: string): void;
}

export interface Acknowledgement {
  success: boolean;
  /** The acknowledgement bytes written (committed as sha256(bytes)) and relayed back. */
  bytes: Uint8Array;
}

/** The port router (ibc-go's 05-port Router): one app per port, bound once at wiring time. */
export class PortRouter {
  private readonly apps = new Map<string, IbcApp>();

  bind(portId: string, app: IbcApp): this {
    validatePortId(portId);
    if (this.apps.has(portId)) throw PortErrors.portExists.wrap(`port ${portId} is already bound`);
    this.apps.set(portId, app);
    return this;
  }

  route(portId: string): IbcApp {
    const app = this.apps.get(portId);
    if (!app) throw PortErrors.portNotFound.wrap(`no application is bound to port ${JSON.stringify(portId)}`);
    return app;
  }

  has(portId: string): boolean {
    return this.apps.has(portId);
  }

  get ports(): string[] {
    return [...this.apps.keys()].sort();
  }
}
