import * as ClientQ from 'cosmjs-types/ibc/core/client/v1/query';
import * as ConnQ from 'cosmjs-types/ibc/core/connection/v1/query';
import * as ChanQ from 'cosmjs-types/ibc/core/channel/v1/query';
import { Channel, Order, type IdentifiedChannel, type PacketState } from 'cosmjs-types/ibc/core/channel/v1/channel';
import { ConnectionEnd, type IdentifiedConnection } from 'cosmjs-types/ibc/core/connection/v1/connection';
import type { Height } from 'cosmjs-types/ibc/core/client/v1/client';
import { Any } from 'cosmjs-types/google/protobuf/any';
import { Errors, paginate, type QueryContext, type QueryHandler, type ReadContext } from '../../chain/sdk';
import { clientStateAny, consensusStateAny } from './codec';
import { ChannelErrors, ConnectionErrors } from './errors';
import { validateChannelId, validateClientId, validateConnectionId, validatePortId } from './identifiers';
import type { IbcKeeper } from './keeper';
import { key, Paths } from './keys';
import { parseChainId } from './light-client';

/** What the queries need of the host chain: its chain id (revision of the proof height) and last block time (client status). */
export interface IbcHost {
  chainId(ctx: ReadContext): string;
  blockTime(ctx: ReadContext): bigint;
}

interface Codec<T> {
  decode(b: Uint8Array): T;
  encode(m: T): { finish(): Uint8Array };
  fromPartial(o: object): T;
}

const utf8 = (b: Uint8Array) => Buffer.from(b).toString('utf8');

/**
 * ibc-go's gRPC queries (client, connection, channel services). Like ibc-go, they carry no proof: a
 * relayer proves state through `/store/ibc/key` with prove=true; proof_height is the queried height.
 */
export function ibcQueries(k: IbcKeeper, host: IbcHost): Record<string, QueryHandler> {
  const out: Record<string, QueryHandler> = {};
  const q = <Req, Res>(path: string, req: Codec<Req>, res: Codec<Res>, f: (ctx: QueryContext, r: Req) => object) => {
    out[path] = (ctx, data) => res.encode(res.fromPartial(f(ctx, req.decode(data)))).finish();
  };
  const proofHeight = (ctx: QueryContext): Height => ({ revisionNumber: parseChainId(host.chainId(ctx)), revisionHeight: BigInt(ctx.height) });
  const store = (ctx: ReadContext) => k.channels.store(ctx);
  const requireClientId = (id: string) => {
    if (!id) throw Errors.invalidRequest.wrap('client id cannot be empty');
    validateClientId(id);
  };
  const requireChannel = (ctx: QueryContext, r: { portId: string; channelId: string }) => {
    validatePortId(r.portId);
    validateChannelId(r.channelId);
    return k.channels.requireChannel(ctx, r.portId, r.channelId);
  };
  const identifiedClient = (ctx: QueryContext, clientId: string) => ({ clientId, clientState: clientStateAny(k.clients.requireClientState(ctx, clientId)) });
  const consensusAt = (ctx: QueryContext, clientId: string, h: Height) => consensusStateAny(k.clients.requireConsensusState(ctx, clientId, h));

  // 02-client
  const CS = '/ibc.core.client.v1.Query';
  q(`${CS}/ClientState`, ClientQ.QueryClientStateRequest, ClientQ.QueryClientStateResponse, (ctx, r) => {
    requireClientId(r.clientId);
    return { clientState: clientStateAny(k.clients.requireClientState(ctx, r.clientId)), proofHeight: proofHeight(ctx) };
  });
  // Not paginated: the clients/ prefix also holds every consensus state, which a page limit would count.
  q(`${CS}/ClientStates`, ClientQ.QueryClientStatesRequest, ClientQ.QueryClientStatesResponse, (ctx) => {
    const clientStates = k.clients.iterateClientStates(ctx).map((c) => ({ clientId: c.clientId, clientState: Any.decode(c.clientState) }));
    return { clientStates, pagination: { nextKey: new Uint8Array(0), total: BigInt(clientStates.length) } };
  });
  q(`${CS}/ConsensusState`, ClientQ.QueryConsensusStateRequest, ClientQ.QueryConsensusStateResponse, (ctx, r) => {
    requireClientId(r.clientId);
    const h = r.latestHeight ? k.clients.requireClientState(ctx, r.clientId).latestHeight : { revisionNumber: r.revisionNumber, revisionHeight: r.revisionHeight };
    if (!r.latestHeight && h.revisionHeight === 0n) throw Errors.invalidRequest.wrap('consensus state height cannot be 0');
    return { consensusState: consensusAt(ctx, r.clientId, h), proofHeight: proofHeight(ctx) };
  });
  q(`${CS}/ConsensusStates`, ClientQ.QueryConsensusStatesRequest, ClientQ.QueryConsensusStatesResponse, (ctx, r) => {
    requireClientId(r.clientId);
    const heights = k.clients.consensusHeights(ctx, r.clientId);
    return { consensusStates: heights.map((height) => ({ height, consensusState: consensusAt(ctx, r.clientId, height) })), pagination: { nextKey: new Uint8Array(0), total: BigInt(heights.length) } };
  });
  q(`${CS}/ConsensusStateHeights`, ClientQ.QueryConsensusStateHeightsRequest, ClientQ.QueryConsensusStateHeightsResponse, (ctx, r) => {
    requireClientId(r.clientId);
    const heights = k.clients.consensusHeights(ctx, r.clientId);
    return { consensusStateHeights: heights, pagination: { nextKey: new Uint8Array(0), total: BigInt(heights.length) } };
  });
  q(`${CS}/ClientStatus`, ClientQ.QueryClientStatusRequest, ClientQ.QueryClientStatusResponse, (ctx, r) => {
    requireClientId(r.clientId);
    return { status: k.clients.status(ctx, r.clientId, host.blockTime(ctx)) };
  });
  q(`${CS}/ClientParams`, ClientQ.QueryClientParamsRequest, ClientQ.QueryClientParamsResponse, (ctx) => ({ params: k.clients.params(ctx) }));

  // 03-connection
  const CN = '/ibc.core.connection.v1.Query';
  const requireConnection = (ctx: QueryContext, id: string) => {
    validateConnectionId(id);
    return k.connections.requireConnection(ctx, id);
  };
  q(`${CN}/Connection`, ConnQ.QueryConnectionRequest, ConnQ.QueryConnectionResponse, (ctx, r) => ({ connection: requireConnection(ctx, r.connectionId), proofHeight: proofHeight(ctx) }));
  q(`${CN}/Connections`, ConnQ.QueryConnectionsRequest, ConnQ.QueryConnectionsResponse, (ctx, r) => {
    const page = paginate(store(ctx), Buffer.from('connections/'), r.pagination, (kk, v): IdentifiedConnection => ({ id: utf8(kk), ...ConnectionEnd.decode(v) }));
    return { connections: page.items, pagination: page.pagination, height: proofHeight(ctx) };
  });
  q(`${CN}/ClientConnections`, ConnQ.QueryClientConnectionsRequest, ConnQ.QueryClientConnectionsResponse, (ctx, r) => {
    requireClientId(r.clientId);
    const paths = k.connections.clientConnections(ctx, r.clientId);
    if (!paths) throw ConnectionErrors.clientConnectionPathsNotFound.wrap(`client ${r.clientId}`);
    return { connectionPaths: paths, proofHeight: proofHeight(ctx) };
  });
  q(`${CN}/ConnectionClientState`, ConnQ.QueryConnectionClientStateRequest, ConnQ.QueryConnectionClientStateResponse, (ctx, r) => ({
    identifiedClientState: identifiedClient(ctx, requireConnection(ctx, r.connectionId).clientId),
    proofHeight: proofHeight(ctx),
  }));
  q(`${CN}/ConnectionConsensusState`, ConnQ.QueryConnectionConsensusStateRequest, ConnQ.QueryConnectionConsensusStateResponse, (ctx, r) => {
    const clientId = requireConnection(ctx, r.connectionId).clientId;
    return { consensusState: consensusAt(ctx, clientId, { revisionNumber: r.revisionNumber, revisionHeight: r.revisionHeight }), clientId, proofHeight: proofHeight(ctx) };
  });
  q(`${CN}/ConnectionParams`, ConnQ.QueryConnectionParamsRequest, ConnQ.QueryConnectionParamsResponse, (ctx) => ({ params: k.connections.params(ctx) }));

  // 04-channel
  const CH = '/ibc.core.channel.v1.Query';
  const identifiedChannel = (kk: Uint8Array, v: Uint8Array): IdentifiedChannel => {
    const [portId, , channelId] = utf8(kk).split('/');
    return { portId, channelId, ...Channel.decode(v) };
  };
  const CHANNELS = Buffer.from('channelEnds/ports/');
  const identifiedChannels = (ctx: QueryContext, r: { pagination?: ChanQ.QueryChannelsRequest['pagination'] }) => {
    const page = paginate(store(ctx), CHANNELS, r.pagination, identifiedChannel);
    return { channels: page.items, pagination: page.pagination, height: proofHeight(ctx) };
  };
  q(`${CH}/Channel`, ChanQ.QueryChannelRequest, ChanQ.QueryChannelResponse, (ctx, r) => ({ channel: requireChannel(ctx, r), proofHeight: proofHeight(ctx) }));
  q(`${CH}/Channels`, ChanQ.QueryChannelsRequest, ChanQ.QueryChannelsResponse, (ctx, r) => identifiedChannels(ctx, r));
  // Not paginated: a page of all channels filtered by connection could come back short.
  q(`${CH}/ConnectionChannels`, ChanQ.QueryConnectionChannelsRequest, ChanQ.QueryConnectionChannelsResponse, (ctx, r) => {
    validateConnectionId(r.connection);
    const channels: IdentifiedChannel[] = [];
    for (const { key: kk, value } of store(ctx).iterator(CHANNELS, Buffer.from('channelEnds/ports0'))) {
      const c = identifiedChannel(kk.subarray(CHANNELS.length), value);
      if (c.connectionHops[0] === r.connection) channels.push(c);
    }
    return { channels, pagination: { nextKey: new Uint8Array(0), total: BigInt(channels.length) }, height: proofHeight(ctx) };
  });
  q(`${CH}/ChannelClientState`, ChanQ.QueryChannelClientStateRequest, ChanQ.QueryChannelClientStateResponse, (ctx, r) => {
    const conn = k.connections.requireConnection(ctx, requireChannel(ctx, r).connectionHops[0]);
    return { identifiedClientState: identifiedClient(ctx, conn.clientId), proofHeight: proofHeight(ctx) };
  });
  q(`${CH}/ChannelConsensusState`, ChanQ.QueryChannelConsensusStateRequest, ChanQ.QueryChannelConsensusStateResponse, (ctx, r) => {
    const conn = k.connections.requireConnection(ctx, requireChannel(ctx, r).connectionHops[0]);
    return { consensusState: consensusAt(ctx, conn.clientId, { revisionNumber: r.revisionNumber, revisionHeight: r.revisionHeight }), clientId: conn.clientId, proofHeight: proofHeight(ctx) };
  });
  const packetStates = (ctx: QueryContext, prefix: string, r: ChanQ.QueryPacketCommitmentsRequest) =>
    paginate(store(ctx), Buffer.from(prefix), r.pagination, (kk, v): PacketState => ({ portId: r.portId, channelId: r.channelId, sequence: BigInt(utf8(kk)), data: v }));
  q(`${CH}/PacketCommitment`, ChanQ.QueryPacketCommitmentRequest, ChanQ.QueryPacketCommitmentResponse, (ctx, r) => {
    validatePortId(r.portId);
    validateChannelId(r.channelId);
    if (r.sequence === 0n) throw Errors.invalidRequest.wrap('packet sequence cannot be 0');
    const commitment = k.packets.commitment(ctx, r.portId, r.channelId, r.sequence);
    if (!commitment) throw ChannelErrors.packetCommitmentNotFound.wrap(`${r.portId}/${r.channelId} sequence ${r.sequence}`);
    return { commitment, proofHeight: proofHeight(ctx) };
  });
  q(`${CH}/PacketCommitments`, ChanQ.QueryPacketCommitmentsRequest, ChanQ.QueryPacketCommitmentsResponse, (ctx, r) => {
    requireChannel(ctx, r);
    const page = packetStates(ctx, Paths.packetCommitmentPrefix(r.portId, r.channelId), r);
    return { commitments: page.items, pagination: page.pagination, height: proofHeight(ctx) };
  });
  q(`${CH}/PacketReceipt`, ChanQ.QueryPacketReceiptRequest, ChanQ.QueryPacketReceiptResponse, (ctx, r) => {
    validatePortId(r.portId);
    validateChannelId(r.channelId);
    if (r.sequence === 0n) throw Errors.invalidRequest.wrap('packet sequence cannot be 0');
    return { received: k.packets.receipt(ctx, r.portId, r.channelId, r.sequence), proofHeight: proofHeight(ctx) };
  });
  q(`${CH}/PacketAcknowledgement`, ChanQ.QueryPacketAcknowledgementRequest, ChanQ.QueryPacketAcknowledgementResponse, (ctx, r) => {
    validatePortId(r.portId);
    validateChannelId(r.channelId);
    if (r.sequence === 0n) throw Errors.invalidRequest.wrap('packet sequence cannot be 0');
    const acknowledgement = k.packets.acknowledgement(ctx, r.portId, r.channelId, r.sequence);
    if (!acknowledgement) throw ChannelErrors.invalidAcknowledgement.wrap(`no acknowledgement for ${r.portId}/${r.channelId} sequence ${r.sequence}`);
    return { acknowledgement, proofHeight: proofHeight(ctx) };
  });
  q(`${CH}/PacketAcknowledgements`, ChanQ.QueryPacketAcknowledgementsRequest, ChanQ.QueryPacketAcknowledgementsResponse, (ctx, r) => {
    requireChannel(ctx, r);
    if (r.packetCommitmentSequences.length > 0) {
      const acknowledgements = r.packetCommitmentSequences.flatMap((sequence) => {
        const data = k.packets.acknowledgement(ctx, r.portId, r.channelId, sequence);
        return data ? [{ portId: r.portId, channelId: r.channelId, sequence, data }] : [];
      });
      return { acknowledgements, pagination: { nextKey: new Uint8Array(0), total: 0n }, height: proofHeight(ctx) };
    }
    const page = packetStates(ctx, Paths.packetAckPrefix(r.portId, r.channelId), r);
    return { acknowledgements: page.items, pagination: page.pagination, height: proofHeight(ctx) };
  });
  q(`${CH}/UnreceivedPackets`, ChanQ.QueryUnreceivedPacketsRequest, ChanQ.QueryUnreceivedPacketsResponse, (ctx, r) => {
    const c = requireChannel(ctx, r);
    const next = k.channels.sequence(ctx, Paths.nextSequenceRecv(r.portId, r.channelId)) ?? 1n;
    const sequences = r.packetCommitmentSequences.filter((s) => {
      if (s === 0n) throw Errors.invalidRequest.wrap('packet sequence cannot be 0');
      return c.ordering === Order.ORDER_ORDERED ? s >= next : !k.packets.receipt(ctx, r.portId, r.channelId, s);
    });
    return { sequences, height: proofHeight(ctx) };
  });
  q(`${CH}/UnreceivedAcks`, ChanQ.QueryUnreceivedAcksRequest, ChanQ.QueryUnreceivedAcksResponse, (ctx, r) => {
    requireChannel(ctx, r);
    const sequences = r.packetAckSequences.filter((s) => {
      if (s === 0n) throw Errors.invalidRequest.wrap('packet sequence cannot be 0');
      return k.packets.commitment(ctx, r.portId, r.channelId, s) !== undefined;
    });
    return { sequences, height: proofHeight(ctx) };
  });
  const nextSeq = (ctx: QueryContext, r: { portId: string; channelId: string }, path: string, err: typeof ChannelErrors.sequenceReceiveNotFound) => {
    requireChannel(ctx, r);
    const raw = k.channels.store(ctx).get(key(path));
    if (!raw) throw err.wrap(`${r.portId}/${r.channelId}`);
    return Buffer.from(raw).readBigUInt64BE(0);
  };
  q(`${CH}/NextSequenceReceive`, ChanQ.QueryNextSequenceReceiveRequest, ChanQ.QueryNextSequenceReceiveResponse, (ctx, r) => ({
    nextSequenceReceive: nextSeq(ctx, r, Paths.nextSequenceRecv(r.portId, r.channelId), ChannelErrors.sequenceReceiveNotFound),
    proofHeight: proofHeight(ctx),
  }));
  q(`${CH}/NextSequenceSend`, ChanQ.QueryNextSequenceSendRequest, ChanQ.QueryNextSequenceSendResponse, (ctx, r) => ({
    nextSequenceSend: nextSeq(ctx, r, Paths.nextSequenceSend(r.portId, r.channelId), ChannelErrors.sequenceSendNotFound),
    proofHeight: proofHeight(ctx),
  }));
  return out;
}
