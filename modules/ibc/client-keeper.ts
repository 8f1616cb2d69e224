import type { Any } from 'cosmjs-types/google/protobuf/any';
import { Any as AnyCodec } from 'cosmjs-types/google/protobuf/any';
import { Params as ClientParams, type Height } from 'cosmjs-types/ibc/core/client/v1/client';
import type { ClientState, ConsensusState } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import { type Context, type KVStore, type ReadContext, type StoreKey } from '../../chain/sdk';
import {
  checkMisbehaviour,
  compareHeights,
  freeze,
  isExpired,
  parseChainId,
  status as lightClientStatus,
  timestampNanos,
  updateClientState,
  updateIsMisbehaviour,
  validateClientState,
  verifyHeader,
  type ClientStatus,
} from './light-client';
import { decodeStoredClientState, decodeStoredConsensusState, encodeClientState, encodeConsensusState, unpackClientMessage, unpackClientState, unpackConsensusState } from './codec';
import { ClientErrors } from './errors';
import { emitClientMisbehaviour, emitCreateClient, emitUpdateClient } from './events';
import { CLIENT_TYPE, formatClientId, validateClientId } from './identifiers';
import { heightString, iterationKey, iterationPrefix, iterationValue, key, parseHeight, Paths, readU64, u64 } from './keys';
import { defaultClientParams } from './params';
import { verifyMembership, verifyNonMembership } from './proof';

/** The host chain's height in IBC form: the revision from its chain id, the block height. */
export function selfHeight(ctx: Context): Height {
  return { revisionNumber: parseChainId(ctx.block.chainId), revisionHeight: BigInt(ctx.block.height) };
}

/** Which consensus state a proof is checked against, and the connection's delay that applies. */
export interface ProofTarget {
  clientId: string;
  height: Height;
  /** Connection delay period in ns, and the block delay derived from it. */
  delayTimeNanos: bigint;
  delayBlocks: bigint;
  /** The counterparty's commitment prefix (normally "ibc"). */
  prefix: Uint8Array;
}

/** ICS-02: light clients of counterparties, their consensus states and the metadata ibc-go keeps with them. */
export class ClientKeeper {
  constructor(private readonly storeKey: StoreKey) {}

  private store(ctx: ReadContext): KVStore {
    return ctx.kvStore(this.storeKey) as KVStore;
  }

  params(ctx: ReadContext): ClientParams {
    const raw = this.store(ctx).get(key(Paths.clientParams));
    return raw ? ClientParams.decode(raw) : defaultClientParams();
  }

  setParams(ctx: Context, p: ClientParams): void {
    this.store(ctx).set(key(Paths.clientParams), ClientParams.encode(p).finish());
  }

  nextClientSequence(ctx: ReadContext): bigint {
    const raw = this.store(ctx).get(key(Paths.nextClientSequence));
    return raw ? readU64(raw) : 0n;
  }

  clientState(ctx: ReadContext, clientId: string): ClientState | undefined {
    const raw = this.store(ctx).get(key(Paths.clientState(clientId)));
    return raw ? decodeStoredClientState(raw) : undefined;
  }

  requireClientState(ctx: ReadContext, clientId: string): ClientState {
    const cs = this.clientState(ctx, clientId);
    if (!cs) throw ClientErrors.clientNotFound.wrap(`client ${JSON.stringify(clientId)}`);
    return cs;
  }

  consensusState(ctx: ReadContext, clientId: string, h: Height): ConsensusState | undefined {
    const raw = this.store(ctx).get(key(Paths.consensusState(clientId, h)));
    return raw ? decodeStoredConsensusState(raw) : undefined;
  }

  requireConsensusState(ctx: ReadContext, clientId: string, h: Height): ConsensusState {
    const cs = this.consensusState(ctx, clientId, h);
    if (!cs) throw ClientErrors.consensusStateNotFound.wrap(`client ${clientId} has no consensus state at height ${heightString(h)}`);
    return cs;
  }

  /** The heights of a client's consensus states, ascending (from 07-tendermint's iteration keys). */
  consensusHeights(ctx: ReadContext, clientId: string): Height[] {
    const prefix = iterationPrefix(clientId);
    const out: Height[] = [];
    for (const { key: k } of this.store(ctx).iterator(prefix, prefixEnd(prefix))) out.push(heightOfIterationKey(k, prefix.length));
    return out;
  }

  /** ibc-go GetClientStatus, `now` being the block time (ns). */
  status(ctx: ReadContext, clientId: string, now: bigint): ClientStatus | 'Unknown' {
    const cs = this.clientState(ctx, clientId);
    if (!cs) return 'Unknown';
    if (!this.params(ctx).allowedClients.includes(CLIENT_TYPE)) return 'Unknown';
    return lightClientStatus(cs, this.consensusState(ctx, clientId, cs.latestHeight), now);
  }

  requireActive(ctx: Context, clientId: string): ClientState {
    const cs = this.requireClientState(ctx, clientId);
    const s = this.status(ctx, clientId, ctx.block.timeNanos);
    if (s !== 'Active') throw ClientErrors.clientNotActive.wrap(`client ${clientId} status is ${s}`);
    return cs;
  }

  createClient(ctx: Context, clientStateAny: Any | undefined, consensusStateAny: Any | undefined): string {
    const cs = unpackClientState(clientStateAny);
    const consensus = unpackConsensusState(consensusStateAny);
    if (!this.params(ctx).allowedClients.includes(CLIENT_TYPE)) throw ClientErrors.invalidClientType.wrap(`client type ${CLIENT_TYPE} is not in the allowed client list`);
    validateClientState(cs);
    validateConsensusState(consensus);
    const seq = this.nextClientSequence(ctx);
    const clientId = formatClientId(seq);
    const s = lightClientStatus(cs, consensus, ctx.block.timeNanos);
    if (s !== 'Active') throw ClientErrors.clientNotActive.wrap(`cannot create client ${clientId} with status ${s}`);
    this.store(ctx).set(key(Paths.nextClientSequence), u64(seq + 1n));
    this.store(ctx).set(key(Paths.clientState(clientId)), encodeClientState(cs));
    this.storeConsensusState(ctx, clientId, cs.latestHeight, consensus);
    emitCreateClient(ctx, clientId, cs.latestHeight);
    return clientId;
  }

  /** MsgUpdateClient: a Header updates the client (or freezes it when it conflicts with stored states); a Misbehaviour freezes it. */
  updateClient(ctx: Context, clientId: string, clientMessage: Any | undefined): void {
    validateClientId(clientId);
    const cs = this.requireActive(ctx, clientId);
    const msg = unpackClientMessage(clientMessage);
    const now = ctx.block.timeNanos;
    if ('misbehaviour' in msg) {
      this.applyMisbehaviour(ctx, clientId, cs, clientMessage!, now);
      return;
    }
    const header = msg.header;
    if (!header.trustedHeight) throw ClientErrors.invalidHeader.wrap('header has no trusted height');
    const trusted = this.consensusState(ctx, clientId, header.trustedHeight);
    if (!trusted) throw ClientErrors.consensusStateNotFound.wrap(`could not get trusted consensus state of client ${clientId} at ${heightString(header.trustedHeight)}`);
    const verified = verifyHeader(cs, trusted, header, now);
    const neighbours = this.neighbours(ctx, clientId, verified.height);
    const encodedMessage = AnyCodec.encode(clientMessage!).finish();
    if (updateIsMisbehaviour(verified.consensusState, neighbours)) {
      this.store(ctx).set(key(Paths.clientState(clientId)), encodeClientState(freeze(cs)));
      emitClientMisbehaviour(ctx, clientId);
      return;
    }
    if (!neighbours.atHeight) {
      this.pruneOldestExpired(ctx, clientId, cs, now);
      this.storeConsensusState(ctx, clientId, verified.height, verified.consensusState);
      this.store(ctx).set(key(Paths.clientState(clientId)), encodeClientState(updateClientState(cs, verified.height)));
    }
    emitUpdateClient(ctx, clientId, [verified.height], encodedMessage);
  }

  /** MsgSubmitMisbehaviour (deprecated in ibc-go v8, still served): same as an update with a Misbehaviour. */
  submitMisbehaviour(ctx: Context, clientId: string, misbehaviour: Any | undefined): void {
    validateClientId(clientId);
    const cs = this.requireActive(ctx, clientId);
    const msg = unpackClientMessage(misbehaviour);
    if (!('misbehaviour' in msg)) throw ClientErrors.invalidMisbehaviour.wrap(`expected a Misbehaviour, got ${misbehaviour?.typeUrl}`);
    this.applyMisbehaviour(ctx, clientId, cs, misbehaviour!, ctx.block.timeNanos);
  }

  private applyMisbehaviour(ctx: Context, clientId: string, cs: ClientState, any: Any, now: bigint): void {
    const msg = unpackClientMessage(any);
    if (!('misbehaviour' in msg)) return;
    const m = msg.misbehaviour;
    const h1 = m.header1?.trustedHeight;
    const h2 = m.header2?.trustedHeight;
    if (!h1 || !h2) throw ClientErrors.invalidMisbehaviour.wrap('both headers need a trusted height');
    const frozen = checkMisbehaviour(cs, this.requireConsensusState(ctx, clientId, h1), this.requireConsensusState(ctx, clientId, h2), m, now);
    this.store(ctx).set(key(Paths.clientState(clientId)), encodeClientState(frozen));
    emitClientMisbehaviour(ctx, clientId);
  }

  private storeConsensusState(ctx: Context, clientId: string, h: Height, consensus: ConsensusState): void {
    const s = this.store(ctx);
    s.set(key(Paths.consensusState(clientId, h)), encodeConsensusState(consensus));
    s.set(key(Paths.processedTime(clientId, h)), u64(ctx.block.timeNanos));
    s.set(key(Paths.processedHeight(clientId, h)), Buffer.from(heightString(selfHeight(ctx))));
    s.set(iterationKey(clientId, h), iterationValue(h));
  }

  private deleteConsensusState(ctx: Context, clientId: string, h: Height): void {
    const s = this.store(ctx);
    s.delete(key(Paths.consensusState(clientId, h)));
    s.delete(key(Paths.processedTime(clientId, h)));
    s.delete(key(Paths.processedHeight(clientId, h)));
    s.delete(iterationKey(clientId, h));
  }

  /** ibc-go pruneOldestConsensusState: only the oldest is looked at, deleted when expired. */
  private pruneOldestExpired(ctx: Context, clientId: string, cs: ClientState, now: bigint): void {
    const prefix = iterationPrefix(clientId);
    const first = this.store(ctx).iterator(prefix, prefixEnd(prefix)).next();
    if (first.done) return;
    const h = heightOfIterationKey(first.value.key, prefix.length);
    const oldest = this.consensusState(ctx, clientId, h);
    if (oldest && isExpired(cs, oldest, now)) this.deleteConsensusState(ctx, clientId, h);
  }

  private neighbours(ctx: ReadContext, clientId: string, h: Height) {
    const prefix = iterationPrefix(clientId);
    const at = iterationKey(clientId, h);
    const s = this.store(ctx);
    const prev = s.reverseIterator(prefix, at).next();
    const next = s.iterator(Buffer.concat([at, Buffer.of(0)]), prefixEnd(prefix)).next();
    return {
      atHeight: this.consensusState(ctx, clientId, h),
      previous: prev.done ? undefined : this.consensusState(ctx, clientId, heightOfIterationKey(prev.value.key, prefix.length)),
      next: next.done ? undefined : this.consensusState(ctx, clientId, heightOfIterationKey(next.value.key, prefix.length)),
    };
  }

  processedTime(ctx: ReadContext, clientId: string, h: Height): bigint | undefined {
    const raw = this.store(ctx).get(key(Paths.processedTime(clientId, h)));
    return raw ? readU64(raw) : undefined;
  }

  processedHeight(ctx: ReadContext, clientId: string, h: Height): Height | undefined {
    const raw = this.store(ctx).get(key(Paths.processedHeight(clientId, h)));
    return raw ? parseHeight(Buffer.from(raw).toString()) : undefined;
  }

  /** The consensus state a proof at `t.height` is checked against, after the client and delay checks. */
  private proofRoot(ctx: Context, t: ProofTarget): Uint8Array {
    const cs = this.requireActive(ctx, t.clientId);
    if (compareHeights(cs.latestHeight, t.height) < 0) {
      throw ClientErrors.invalidHeight.wrap(`client state height < proof height (${heightString(cs.latestHeight)} < ${heightString(t.height)}), please ensure the client has been updated`);
    }
    const consensus = this.requireConsensusState(ctx, t.clientId, t.height);
    const processedTime = this.processedTime(ctx, t.clientId, t.height);
    const processedHeight = this.processedHeight(ctx, t.clientId, t.height);
    if (processedTime === undefined || processedHeight === undefined) throw ClientErrors.consensusStateNotFound.wrap(`no processed time/height for ${t.clientId} at ${heightString(t.height)}`);
    if (ctx.block.timeNanos < processedTime + t.delayTimeNanos) {
      throw ClientErrors.delayPeriodNotPassed.wrap(`cannot verify packet until time ${processedTime + t.delayTimeNanos} ns, current time ${ctx.block.timeNanos} ns`);
    }
    const valid = processedHeight.revisionHeight + t.delayBlocks;
    if (BigInt(ctx.block.height) < valid) throw ClientErrors.delayPeriodNotPassed.wrap(`cannot verify packet until height ${valid}, current height ${ctx.block.height}`);
    return consensus.root.hash;
  }

  verifyMembership(ctx: Context, t: ProofTarget, proof: Uint8Array, path: string, value: Uint8Array): void {
    const root = this.proofRoot(ctx, t);
    try {
      verifyMembership(proof, root, { prefix: t.prefix, key: key(path) }, value);
    } catch (e) {
      throw ClientErrors.failedMembershipVerification.wrap(`${path} at ${heightString(t.height)} of client ${t.clientId}: ${(e as Error).message}`);
    }
  }

  verifyNonMembership(ctx: Context, t: ProofTarget, proof: Uint8Array, path: string): void {
    const root = this.proofRoot(ctx, t);
    try {
      verifyNonMembership(proof, root, { prefix: t.prefix, key: key(path) });
    } catch (e) {
      throw ClientErrors.failedNonMembershipVerification.wrap(`${path} at ${heightString(t.height)} of client ${t.clientId}: ${(e as Error).message}`);
    }
  }

  /** The counterparty's time at `h` (its consensus state's timestamp, ns), for packet timeouts. */
  timestampAt(ctx: ReadContext, clientId: string, h: Height): bigint {
    return timestampNanos(this.requireConsensusState(ctx, clientId, h).timestamp);
  }

  iterateClientStates(ctx: ReadContext): { clientId: string; clientState: Uint8Array }[] {
    const prefix = Buffer.from('clients/');
    const out: { clientId: string; clientState: Uint8Array }[] = [];
    for (const { key: k, value } of this.store(ctx).iterator(prefix, prefixEnd(prefix))) {
      const m = /^clients\/([^/]+)\/clientState$/.exec(Buffer.from(k).toString());
      if (m) out.push({ clientId: m[1], clientState: value });
    }
    return out;
  }
}


function heightOfIterationKey(k: Uint8Array, prefixLength: number): Height {
  const b = Buffer.from(k);
  return { revisionNumber: b.readBigUInt64BE(prefixLength), revisionHeight: b.readBigUInt64BE(prefixLength + 8) };
}

function prefixEnd(prefix: Uint8Array): Uint8Array {
  const end = Buffer.from(prefix);
  for (let i = end.length - 1; i >= 0; i--) {
    if (end[i] < 0xff) {
      end[i]++;
      return end.subarray(0, i + 1);
    }
  }
  throw new Error('prefix has no end');
}

/** ibc-go 07-tendermint ConsensusState.ValidateBasic. */
function validateConsensusState(c: ConsensusState): void {
  if (!c.root || c.root.hash.length === 0) throw ClientErrors.invalidConsensus.wrap('root cannot be empty');
  if (c.nextValidatorsHash.length !== 32) throw ClientErrors.invalidConsensus.wrap(`next validators hash is ${c.nextValidatorsHash.length} bytes, expected 32`);
  if (!c.timestamp || timestampNanos(c.timestamp) <= 0n) throw ClientErrors.invalidConsensus.wrap('timestamp must be a positive Unix time');
}

