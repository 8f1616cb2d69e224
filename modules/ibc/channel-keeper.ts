import type { Height } from 'cosmjs-types/ibc/core/client/v1/client';
import { Channel, Order, orderToJSON, State, type Counterparty } from 'cosmjs-types/ibc/core/channel/v1/channel';
import { State as ConnectionState, type ConnectionEnd } from 'cosmjs-types/ibc/core/connection/v1/connection';
import type { Context, KVStore, ReadContext, StoreKey } from '../../chain/sdk';
import type { ConnectionKeeper } from './connection-keeper';
import { ChannelErrors, ConnectionErrors } from './errors';
import { emitChannel } from './events';
import { formatChannelId } from './identifiers';
import { key, Paths, readU64, u64 } from './keys';
import type { PortRouter } from './router';
import { supportsFeature } from './versions';

const stateName = (s: State) => State[s];

/** ICS-04 channel ends and their handshake; the port's app is called after the core's checks. */
export class ChannelKeeper {
  constructor(
    private readonly storeKey: StoreKey,
    readonly connections: ConnectionKeeper,
    readonly router: PortRouter,
  ) {}

  store(ctx: ReadContext): KVStore {
    return ctx.kvStore(this.storeKey) as KVStore;
  }

  nextChannelSequence(ctx: ReadContext): bigint {
    const raw = this.store(ctx).get(key(Paths.nextChannelSequence));
    return raw ? readU64(raw) : 0n;
  }

  channel(ctx: ReadContext, portId: string, channelId: string): Channel | undefined {
    const raw = this.store(ctx).get(key(Paths.channel(portId, channelId)));
    return raw ? Channel.decode(raw) : undefined;
  }

  requireChannel(ctx: ReadContext, portId: string, channelId: string): Channel {
    const c = this.channel(ctx, portId, channelId);
    if (!c) throw ChannelErrors.channelNotFound.wrap(`port ID (${portId}) channel ID (${channelId})`);
    return c;
  }

  setChannel(ctx: Context, portId: string, channelId: string, c: Channel): void {
    this.store(ctx).set(key(Paths.channel(portId, channelId)), Channel.encode(c).finish());
  }

  sequence(ctx: ReadContext, path: string): bigint | undefined {
    const raw = this.store(ctx).get(key(path));
    return raw ? readU64(raw) : undefined;
  }

  setSequence(ctx: Context, path: string, seq: bigint): void {
    this.store(ctx).set(key(path), u64(seq));
  }

  /** The channel's one connection, which must be OPEN. */
  openConnection(ctx: ReadContext, c: Channel): ConnectionEnd {
    const end = this.connections.requireConnection(ctx, c.connectionHops[0]);
    if (end.state !== ConnectionState.STATE_OPEN) throw ConnectionErrors.invalidConnectionState.wrap(`connection state is not OPEN (got ${ConnectionState[end.state]})`);
    return end;
  }

  /** The connection must have negotiated a single version that allows the ordering. */
  private checkOrdering(end: ConnectionEnd, order: Order): void {
    if (end.versions.length !== 1) throw ConnectionErrors.invalidVersion.wrap(`single version must be negotiated on connection before opening channel, got: ${JSON.stringify(end.versions)}`);
    if (!supportsFeature(end.versions[0], orderToJSON(order))) throw ChannelErrors.invalidChannelOrdering.wrap(`connection version ${JSON.stringify(end.versions[0])} does not support channel ordering: ${orderToJSON(order)}`);
  }

  private newChannel(ctx: Context, portId: string, channelId: string, c: Channel): void {
    this.store(ctx).set(key(Paths.nextChannelSequence), u64(this.nextChannelSequence(ctx) + 1n));
    this.setChannel(ctx, portId, channelId, c);
    this.setSequence(ctx, Paths.nextSequenceSend(portId, channelId), 1n);
    this.setSequence(ctx, Paths.nextSequenceRecv(portId, channelId), 1n);
    this.setSequence(ctx, Paths.nextSequenceAck(portId, channelId), 1n);
  }

  openInit(ctx: Context, portId: string, proposed: Channel): { channelId: string; version: string } {
    const app = this.router.route(portId);
    const end = this.connections.requireConnection(ctx, proposed.connectionHops[0]);
    this.checkOrdering(end, proposed.ordering);
    this.connections.clients.requireActive(ctx, end.clientId);
    const channelId = formatChannelId(this.nextChannelSequence(ctx));
    const version = app.onChanOpenInit(ctx, proposed.ordering, proposed.connectionHops, portId, channelId, proposed.counterparty, proposed.version);
    const c: Channel = { ...proposed, state: State.STATE_INIT, version };
    this.newChannel(ctx, portId, channelId, c);
    emitChannel(ctx, 'channel_open_init', portId, channelId, c);
    return { channelId, version };
  }

  openTry(ctx: Context, portId: string, proposed: Channel, counterpartyVersion: string, proofInit: Uint8Array, proofHeight: Height): { channelId: string; version: string } {
    const app = this.router.route(portId);
    const end = this.connections.requireConnection(ctx, proposed.connectionHops[0]);
    if (end.state !== ConnectionState.STATE_OPEN) throw ConnectionErrors.invalidConnectionState.wrap(`connection state is not OPEN (got ${ConnectionState[end.state]})`);
    this.checkOrdering(end, proposed.ordering);
    const expected: Channel = {
      state: State.STATE_INIT,
      ordering: proposed.ordering,
      counterparty: { portId, channelId: '' },
      connectionHops: [end.counterparty.connectionId],
      version: counterpartyVersion,
    };
    this.verifyChannelState(ctx, end, proofHeight, proofInit, proposed.counterparty, expected);
    const channelId = formatChannelId(this.nextChannelSequence(ctx));
    const version = app.onChanOpenTry(ctx, proposed.ordering, proposed.connectionHops, portId, channelId, proposed.counterparty, counterpartyVersion);
    const c: Channel = { ...proposed, state: State.STATE_TRYOPEN, version };
    this.newChannel(ctx, portId, channelId, c);
    emitChannel(ctx, 'channel_open_try', portId, channelId, c);
    return { channelId, version };
  }

  openAck(ctx: Context, portId: string, channelId: string, counterpartyChannelId: string, counterpartyVersion: string, proofTry: Uint8Array, proofHeight: Height): void {
    const app = this.router.route(portId);
    const c = this.requireChannel(ctx, portId, channelId);
    if (c.state !== State.STATE_INIT) throw ChannelErrors.invalidChannelState.wrap(`channel state should be INIT (got ${stateName(c.state)})`);
    const end = this.openConnection(ctx, c);
    const expected: Channel = {
      state: State.STATE_TRYOPEN,
      ordering: c.ordering,
      counterparty: { portId, channelId },
      connectionHops: [end.counterparty.connectionId],
      version: counterpartyVersion,
    };
    this.verifyChannelState(ctx, end, proofHeight, proofTry, { portId: c.counterparty.portId, channelId: counterpartyChannelId }, expected);
    app.onChanOpenAck(ctx, portId, channelId, counterpartyChannelId, counterpartyVersion);
    const open: Channel = { ...c, state: State.STATE_OPEN, version: counterpartyVersion, counterparty: { ...c.counterparty, channelId: counterpartyChannelId } };
    this.setChannel(ctx, portId, channelId, open);
    emitChannel(ctx, 'channel_open_ack', portId, channelId, open);
  }

  openConfirm(ctx: Context, portId: string, channelId: string, proofAck: Uint8Array, proofHeight: Height): void {
    const app = this.router.route(portId);
    const c = this.requireChannel(ctx, portId, channelId);
    if (c.state !== State.STATE_TRYOPEN) throw ChannelErrors.invalidChannelState.wrap(`channel state is not TRYOPEN (got ${stateName(c.state)})`);
    const end = this.openConnection(ctx, c);
    const expected: Channel = { state: State.STATE_OPEN, ordering: c.ordering, counterparty: { portId, channelId }, connectionHops: [end.counterparty.connectionId], version: c.version };
    this.verifyChannelState(ctx, end, proofHeight, proofAck, c.counterparty, expected);
    app.onChanOpenConfirm(ctx, portId, channelId);
    const open = { ...c, state: State.STATE_OPEN };
    this.setChannel(ctx, portId, channelId, open);
    emitChannel(ctx, 'channel_open_confirm', portId, channelId, open);
  }

  closeInit(ctx: Context, portId: string, channelId: string): void {
    const app = this.router.route(portId);
    const c = this.requireChannel(ctx, portId, channelId);
    if (c.state === State.STATE_CLOSED) throw ChannelErrors.invalidChannelState.wrap('channel is already CLOSED');
    this.openConnection(ctx, c);
    app.onChanCloseInit(ctx, portId, channelId);
    const closed = { ...c, state: State.STATE_CLOSED };
    this.setChannel(ctx, portId, channelId, closed);
    emitChannel(ctx, 'channel_close_init', portId, channelId, closed);
  }

  closeConfirm(ctx: Context, portId: string, channelId: string, proofInit: Uint8Array, proofHeight: Height): void {
    const app = this.router.route(portId);
    const c = this.requireChannel(ctx, portId, channelId);
    if (c.state === State.STATE_CLOSED) throw ChannelErrors.invalidChannelState.wrap('channel is already CLOSED');
    const end = this.openConnection(ctx, c);
    const expected: Channel = { state: State.STATE_CLOSED, ordering: c.ordering, counterparty: { portId, channelId }, connectionHops: [end.counterparty.connectionId], version: c.version };
    this.verifyChannelState(ctx, end, proofHeight, proofInit, c.counterparty, expected);
    app.onChanCloseConfirm(ctx, portId, channelId);
    const closed = { ...c, state: State.STATE_CLOSED };
    this.setChannel(ctx, portId, channelId, closed);
    emitChannel(ctx, 'channel_close_confirm', portId, channelId, closed);
  }

  /** Proves the counterparty stored `expected` at its channel end `at`. */
  verifyChannelState(ctx: Context, end: ConnectionEnd, height: Height, proof: Uint8Array, at: Counterparty, expected: Channel): void {
    this.connections.clients.verifyMembership(ctx, this.connections.proofTarget(ctx, end, height, false), proof, Paths.channel(at.portId, at.channelId), Channel.encode(expected).finish());
  }
}
