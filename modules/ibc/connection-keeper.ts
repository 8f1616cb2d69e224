import type { Any } from 'cosmjs-types/google/protobuf/any';
import type { Height } from 'cosmjs-types/ibc/core/client/v1/client';
import { ClientPaths, ConnectionEnd, State, type Counterparty, type Version, Params as ConnectionParams } from 'cosmjs-types/ibc/core/connection/v1/connection';
import type { Context, KVStore, ReadContext, StoreKey } from '../../chain/sdk';
import { ClientKeeper, selfHeight, type ProofTarget } from './client-keeper';
import { ClientErrors, ConnectionErrors } from './errors';
import { emitConnection } from './events';
import { formatConnectionId } from './identifiers';
import { COMMITMENT_PREFIX, heightString, key, Paths, readU64, u64 } from './keys';
import { compareHeights } from './light-client';
import { blockDelay, defaultConnectionParams } from './params';
import { compatibleVersions, isSupportedVersion, pickVersion } from './versions';

export interface ConnOpenTry {
  clientId: string;
  counterparty: Counterparty;
  delayPeriod: bigint;
  counterpartyVersions: Version[];
  proofInit: Uint8Array;
  proofHeight: Height;
  consensusHeight: Height;
  /** The client state the counterparty keeps of settle: not validated (see README, "Self-client validation"). */
  clientState?: Any;
}

export interface ConnOpenAck {
  connectionId: string;
  counterpartyConnectionId: string;
  version: Version;
  proofTry: Uint8Array;
  proofHeight: Height;
  consensusHeight: Height;
}

const stateName = (s: State) => State[s];

/** ICS-03: connection ends and their handshake, each step proven against the counterparty's stored ConnectionEnd. */
export class ConnectionKeeper {
  constructor(
    private readonly storeKey: StoreKey,
    readonly clients: ClientKeeper,
  ) {}

  private store(ctx: ReadContext): KVStore {
    return ctx.kvStore(this.storeKey) as KVStore;
  }

  params(ctx: ReadContext): ConnectionParams {
    const raw = this.store(ctx).get(key(Paths.connectionParams));
    return raw ? ConnectionParams.decode(raw) : defaultConnectionParams();
  }

  setParams(ctx: Context, p: ConnectionParams): void {
    this.store(ctx).set(key(Paths.connectionParams), ConnectionParams.encode(p).finish());
  }

  nextConnectionSequence(ctx: ReadContext): bigint {
    const raw = this.store(ctx).get(key(Paths.nextConnectionSequence));
    return raw ? readU64(raw) : 0n;
  }

  connection(ctx: ReadContext, connectionId: string): ConnectionEnd | undefined {
    const raw = this.store(ctx).get(key(Paths.connection(connectionId)));
    return raw ? ConnectionEnd.decode(raw) : undefined;
  }

  requireConnection(ctx: ReadContext, connectionId: string): ConnectionEnd {
    const c = this.connection(ctx, connectionId);
    if (!c) throw ConnectionErrors.connectionNotFound.wrap(`connection ${JSON.stringify(connectionId)}`);
    return c;
  }

  clientConnections(ctx: ReadContext, clientId: string): string[] | undefined {
    const raw = this.store(ctx).get(key(Paths.clientConnections(clientId)));
    return raw ? ClientPaths.decode(raw).paths : undefined;
  }

  private setConnection(ctx: Context, connectionId: string, c: ConnectionEnd): void {
    this.store(ctx).set(key(Paths.connection(connectionId)), ConnectionEnd.encode(c).finish());
  }

  private newConnectionId(ctx: Context, clientId: string): string {
    const seq = this.nextConnectionSequence(ctx);
    const id = formatConnectionId(seq);
    this.store(ctx).set(key(Paths.nextConnectionSequence), u64(seq + 1n));
    const paths = this.clientConnections(ctx, clientId) ?? [];
    this.store(ctx).set(key(Paths.clientConnections(clientId)), ClientPaths.encode({ paths: [...paths, id] }).finish());
    return id;
  }

  openInit(ctx: Context, clientId: string, counterparty: Counterparty, version: Version | undefined, delayPeriod: bigint): string {
    let versions = compatibleVersions();
    if (version) {
      if (!isSupportedVersion(versions, version)) throw ConnectionErrors.invalidVersion.wrap('version is not supported');
      versions = [version];
    }
    this.clients.requireActive(ctx, clientId);
    const connectionId = this.newConnectionId(ctx, clientId);
    const end: ConnectionEnd = { clientId, versions, state: State.STATE_INIT, counterparty, delayPeriod };
    this.setConnection(ctx, connectionId, end);
    emitConnection(ctx, 'connection_open_init', connectionId, end);
    return connectionId;
  }

  openTry(ctx: Context, m: ConnOpenTry): string {
    requirePastConsensusHeight(ctx, m.consensusHeight);
    const expected: ConnectionEnd = {
      clientId: m.counterparty.clientId,
      versions: m.counterpartyVersions,
      state: State.STATE_INIT,
      counterparty: { clientId: m.clientId, connectionId: '', prefix: { keyPrefix: COMMITMENT_PREFIX } },
      delayPeriod: m.delayPeriod,
    };
    const version = pickVersion(compatibleVersions(), m.counterpartyVersions);
    const end: ConnectionEnd = { clientId: m.clientId, versions: [version], state: State.STATE_TRYOPEN, counterparty: m.counterparty, delayPeriod: m.delayPeriod };
    this.verifyConnectionState(ctx, end, m.proofHeight, m.proofInit, m.counterparty.connectionId, expected);
    const connectionId = this.newConnectionId(ctx, m.clientId);
    this.setConnection(ctx, connectionId, end);
    emitConnection(ctx, 'connection_open_try', connectionId, end);
    return connectionId;
  }

  openAck(ctx: Context, m: ConnOpenAck): void {
    requirePastConsensusHeight(ctx, m.consensusHeight);
    const end = this.requireConnection(ctx, m.connectionId);
    if (end.state !== State.STATE_INIT) throw ConnectionErrors.invalidConnectionState.wrap(`connection state is not INIT (got ${stateName(end.state)})`);
    if (!isSupportedVersion(end.versions, m.version)) {
      throw ConnectionErrors.invalidConnectionState.wrap(`the counterparty selected version ${JSON.stringify(m.version)} is not supported by versions selected on INIT`);
    }
    const expected: ConnectionEnd = {
      clientId: end.counterparty.clientId,
      versions: [m.version],
      state: State.STATE_TRYOPEN,
      counterparty: { clientId: end.clientId, connectionId: m.connectionId, prefix: { keyPrefix: COMMITMENT_PREFIX } },
      delayPeriod: end.delayPeriod,
    };
    this.verifyConnectionState(ctx, end, m.proofHeight, m.proofTry, m.counterpartyConnectionId, expected);
    const open: ConnectionEnd = { ...end, state: State.STATE_OPEN, versions: [m.version], counterparty: { ...end.counterparty, connectionId: m.counterpartyConnectionId } };
    this.setConnection(ctx, m.connectionId, open);
    emitConnection(ctx, 'connection_open_ack', m.connectionId, open);
  }

  openConfirm(ctx: Context, connectionId: string, proofAck: Uint8Array, proofHeight: Height): void {
    const end = this.requireConnection(ctx, connectionId);
    if (end.state !== State.STATE_TRYOPEN) throw ConnectionErrors.invalidConnectionState.wrap(`connection state is not TRYOPEN (got ${stateName(end.state)})`);
    const expected: ConnectionEnd = {
      clientId: end.counterparty.clientId,
      versions: end.versions,
      state: State.STATE_OPEN,
      counterparty: { clientId: end.clientId, connectionId, prefix: { keyPrefix: COMMITMENT_PREFIX } },
      delayPeriod: end.delayPeriod,
    };
    this.verifyConnectionState(ctx, end, proofHeight, proofAck, end.counterparty.connectionId, expected);
    const open = { ...end, state: State.STATE_OPEN };
    this.setConnection(ctx, connectionId, open);
    emitConnection(ctx, 'connection_open_confirm', connectionId, open);
  }

  /** Where proofs about the counterparty of `end` are checked; handshake proofs carry no delay, packet proofs the connection's. */
  proofTarget(ctx: ReadContext, end: ConnectionEnd, height: Height, withDelay: boolean): ProofTarget {
    const delay = withDelay ? end.delayPeriod : 0n;
    return { clientId: end.clientId, height, delayTimeNanos: delay, delayBlocks: withDelay ? blockDelay(delay, this.params(ctx)) : 0n, prefix: end.counterparty.prefix.keyPrefix };
  }

  private verifyConnectionState(ctx: Context, end: ConnectionEnd, height: Height, proof: Uint8Array, counterpartyConnectionId: string, expected: ConnectionEnd): void {
    this.clients.verifyMembership(ctx, this.proofTarget(ctx, end, height, false), proof, Paths.connection(counterpartyConnectionId), ConnectionEnd.encode(expected).finish());
  }
}

/** The counterparty's client of settle must be at a height settle has already passed. */
function requirePastConsensusHeight(ctx: Context, h: Height): void {
  const self = selfHeight(ctx);
  if (compareHeights(h, self) >= 0) throw ClientErrors.invalidHeight.wrap(`consensus height is greater than or equal to the current block height (${heightString(h)} >= ${heightString(self)})`);
}
