// Two settle apps in-process, each with a light client of the other, driven by the in-test relayer:
// connection and channel handshakes, a packet relayed and acknowledged, an error acknowledgement, a
// replayed packet, and a timeout proven by non-membership of the receipt.
import type { Event } from 'cosmjs-types/tendermint/abci/types';
import { Order, State } from 'cosmjs-types/ibc/core/channel/v1/channel';
import { State as ConnectionState } from 'cosmjs-types/ibc/core/connection/v1/connection';
import { ResponseResultType, MsgRecvPacketResponse } from 'cosmjs-types/ibc/core/channel/v1/tx';
import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import * as ClientQ from 'cosmjs-types/ibc/core/client/v1/query';
import * as ConnQ from 'cosmjs-types/ibc/core/connection/v1/query';
import * as ChanQ from 'cosmjs-types/ibc/core/channel/v1/query';
import { Any } from 'cosmjs-types/google/protobuf/any';
import { sha256 } from '../../../chain/sdk';
import { decodeStoredClientState } from '../../../modules/ibc/codec';
import { query, rawQuery } from '../helpers';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { packetCommitment } from '../../../modules/ibc/packet-keeper';
import { IbcChain, eventsOf } from './helpers/ibc-chain';
import { errorAck, MOCK_PORT, SUCCESS_ACK } from './helpers/mock-app';
import { encode, packetFromEvent, Relayer, timeoutOnClose, type Path } from './helpers/relayer';
import { Paths } from '../../../modules/ibc/keys';

function blockEvents(events: Event[], type: string): Record<string, string>[] {
  return events.filter((e) => e.type === type).map((e) => Object.fromEntries(e.attributes.map((a) => [a.key, a.value])));
}

describe('two settle chains over IBC (in-process, real stores and tx pipeline)', () => {
  let dirA: string;
  let dirB: string;
  let a: IbcChain;
  let b: IbcChain;
  let relayer: Relayer;
  let path: Path;

  beforeAll(async () => {
    dirA = makeTmpDir('ibc-a');
    dirB = makeTmpDir('ibc-b');
    a = await IbcChain.open(dirA, 'chain-a-1');
    b = await IbcChain.open(dirB, 'chain-b-1');
    relayer = new Relayer(a, b);
    path = await relayer.link();
  }, 60_000);

  afterAll(async () => {
    await a?.app.close();
    await b?.app.close();
    removeDir(dirA);
    removeDir(dirB);
  });

  /** A packet the mock app on `src` sends in the next block; returns it from the send_packet event. */
  async function send(src: IbcChain, data: string, timeout: { height?: bigint; timestamp?: bigint } = {}) {
    const channelId = src === a ? path.chanA : path.chanB;
    const dst = relayer.other(src);
    src.mock.pending.push({
      channelId,
      data: Buffer.from(data),
      timeoutHeight: timeout.height ? { revisionNumber: dst.revision, revisionHeight: timeout.height } : { revisionNumber: 0n, revisionHeight: 0n },
      timeoutTimestamp: timeout.timestamp ?? (timeout.height ? 0n : dst.timeNanos(dst.height + 1000)),
    });
    const { events } = await src.produceRaw([]);
    const sent = blockEvents(events, 'send_packet');
    expect(sent).toHaveLength(1);
    return { packet: packetFromEvent(sent[0]), event: sent[0] };
  }

  test('the handshakes leave both connection ends and channel ends OPEN, pointing at each other', () => {
    const connA = a.ibc.connections.requireConnection(a.ctx(), path.connA);
    const connB = b.ibc.connections.requireConnection(b.ctx(), path.connB);
    expect([connA.state, connB.state]).toEqual([ConnectionState.STATE_OPEN, ConnectionState.STATE_OPEN]);
    expect(connA.counterparty).toMatchObject({ clientId: path.clientB, connectionId: path.connB });
    expect(connB.counterparty).toMatchObject({ clientId: path.clientA, connectionId: path.connA });
    expect(connA.versions).toEqual([{ identifier: '1', features: ['ORDER_ORDERED', 'ORDER_UNORDERED'] }]);
    const chanA = a.ibc.channels.requireChannel(a.ctx(), MOCK_PORT, path.chanA);
    const chanB = b.ibc.channels.requireChannel(b.ctx(), MOCK_PORT, path.chanB);
    expect([chanA.state, chanB.state]).toEqual([State.STATE_OPEN, State.STATE_OPEN]);
    expect(chanA.counterparty).toEqual({ portId: MOCK_PORT, channelId: path.chanB });
    expect(chanB.counterparty).toEqual({ portId: MOCK_PORT, channelId: path.chanA });
    expect([path.clientA, path.connA, path.chanA]).toEqual(['07-tendermint-0', 'connection-0', 'channel-0']);
  });

  test('a packet A → B is received (app called, ack written) and its ack relayed back deletes the commitment', async () => {
    const { packet, event } = await send(a, 'hello');
    expect(event).toMatchObject({ packet_data_hex: Buffer.from('hello').toString('hex'), packet_src_port: MOCK_PORT, packet_src_channel: path.chanA, packet_dst_channel: path.chanB, packet_channel_ordering: 'ORDER_UNORDERED', connection_id: path.connA });
    expect(Buffer.from(a.ibc.packets.commitment(a.ctx(), MOCK_PORT, path.chanA, packet.sequence)!)).toEqual(packetCommitment(packet));

    const recv = await relayer.recv(a, path.clientB, packet);
    expect(recv.code).toBe(0);
    const [resp] = TxMsgData.decode(recv.data).msgResponses.filter((r) => r.typeUrl.endsWith('MsgRecvPacketResponse'));
    expect(MsgRecvPacketResponse.decode(resp.value).result).toBe(ResponseResultType.RESPONSE_RESULT_TYPE_SUCCESS);
    const [written] = eventsOf(recv, 'write_acknowledgement');
    expect(Buffer.from(written.packet_ack_hex, 'hex')).toEqual(SUCCESS_ACK);
    expect(eventsOf(recv, 'recv_packet')).toHaveLength(1);
    expect(b.mock.stored(b.ctx(), 'recv', packet)).toBe('hello');
    expect(b.ibc.packets.receipt(b.ctx(), MOCK_PORT, path.chanB, packet.sequence)).toBe(true);

    const acked = await relayer.ack(a, path.clientA, packet, SUCCESS_ACK);
    expect(acked.code).toBe(0);
    expect(eventsOf(acked, 'acknowledge_packet')[0]).toMatchObject({ packet_sequence: packet.sequence.toString(), connection_id: path.connA });
    expect(a.ibc.packets.commitment(a.ctx(), MOCK_PORT, path.chanA, packet.sequence)).toBeUndefined();
    expect(a.mock.stored(a.ctx(), 'ack', packet)).toBe(SUCCESS_ACK.toString());

    // relaying the same packet again changes nothing: a NOOP, no second ack
    const again = await relayer.recv(a, path.clientB, packet);
    expect(again.code).toBe(0);
    expect(eventsOf(again, 'write_acknowledgement')).toHaveLength(0);
    const [r2] = TxMsgData.decode(again.data).msgResponses.filter((r) => r.typeUrl.endsWith('MsgRecvPacketResponse'));
    expect(MsgRecvPacketResponse.decode(r2.value).result).toBe(ResponseResultType.RESPONSE_RESULT_TYPE_NOOP);
  });

  test("an error acknowledgement discards the app's writes, re-emits its events as ibccallbackerror-, and is written and relayed back", async () => {
    const { packet } = await send(b, 'fail');
    const recv = await relayer.recv(b, path.clientA, packet);
    expect(recv.code).toBe(0);
    expect(a.mock.stored(a.ctx(), 'recv', packet)).toBeUndefined();
    expect(eventsOf(recv, 'mock_recv')).toHaveLength(0);
    expect(eventsOf(recv, 'ibccallbackerror-mock_recv')).toHaveLength(1); // ibc-go v8's convertToErrorEvents
    const ack = Buffer.from(eventsOf(recv, 'write_acknowledgement')[0].packet_ack_hex, 'hex');
    expect(ack).toEqual(errorAck('mock failure'));
    expect((await relayer.ack(b, path.clientB, packet, ack)).code).toBe(0);
    expect(b.mock.stored(b.ctx(), 'ack', packet)).toBe(ack.toString());
  });

  test('an ack that is not the one written fails membership and changes nothing', async () => {
    const { packet } = await send(a, 'second');
    expect((await relayer.recv(a, path.clientB, packet)).code).toBe(0);
    const forged = await relayer.ack(a, path.clientA, packet, errorAck('forged'));
    expect([forged.codespace, forged.code]).toEqual(['client', 30]);
    expect(a.ibc.packets.commitment(a.ctx(), MOCK_PORT, path.chanA, packet.sequence)).toBeDefined();
    expect((await relayer.ack(a, path.clientA, packet, SUCCESS_ACK)).code).toBe(0);
  });

  test('a packet timed out by height is refunded on the source through a non-membership proof of its receipt', async () => {
    const { packet } = await send(a, 'too late', { height: BigInt(b.height + 2) });
    // before the timeout height the counterparty's proof height has not passed it: refused
    const early = await relayer.timeout(a, path.clientA, packet);
    expect([early.codespace, early.code]).toEqual(['channel', 14]);
    await b.produce([]);
    await b.produce([]);
    // the packet can no longer be received on B
    const late = await relayer.recv(a, path.clientB, packet);
    expect([late.codespace, late.code]).toEqual(['channel', 14]);
    const timedOut = await relayer.timeout(a, path.clientA, packet);
    expect(timedOut.code).toBe(0);
    expect(eventsOf(timedOut, 'timeout_packet')[0]).toMatchObject({ packet_sequence: packet.sequence.toString(), packet_channel_ordering: 'ORDER_UNORDERED' });
    expect(a.ibc.packets.commitment(a.ctx(), MOCK_PORT, path.chanA, packet.sequence)).toBeUndefined();
    expect(a.mock.stored(a.ctx(), 'timeout', packet)).toBe('too late');
  });

  test('a timeout of a packet that was received is refused: the receipt exists, non-membership fails', async () => {
    const { packet } = await send(a, 'received', { height: BigInt(b.height + 3) });
    expect((await relayer.recv(a, path.clientB, packet)).code).toBe(0);
    await b.produce([]);
    await b.produce([]);
    await b.produce([]);
    const r = await relayer.timeout(a, path.clientA, packet);
    expect([r.codespace, r.code]).toEqual(['client', 31]);
    expect(a.ibc.packets.commitment(a.ctx(), MOCK_PORT, path.chanA, packet.sequence)).toBeDefined();
  });

  test('a packet whose data differs from the committed one fails membership on receive', async () => {
    const { packet } = await send(a, 'original');
    const r = await relayer.recv(a, path.clientB, { ...packet, data: Buffer.from('tampered') });
    expect([r.codespace, r.code]).toEqual(['client', 30]);
    expect(b.ibc.packets.receipt(b.ctx(), MOCK_PORT, path.chanB, packet.sequence)).toBe(false);
  });

  test('the gRPC queries a relayer uses answer from the stored state', async () => {
    const q = <Req, Res>(path: string, req: { fromPartial(o: object): Req; encode(m: Req): { finish(): Uint8Array } }, r: object, res: { decode(b: Uint8Array): Res }) => query(b.app, path, req, r, res);
    const cs = await q('/ibc.core.client.v1.Query/ClientState', ClientQ.QueryClientStateRequest, { clientId: path.clientB }, ClientQ.QueryClientStateResponse);
    expect(decodeStoredClientState(Any.encode(cs.clientState!).finish()).chainId).toBe('chain-a-1');
    expect(cs.proofHeight).toEqual({ revisionNumber: 1n, revisionHeight: BigInt(b.height) });
    const all = await q('/ibc.core.client.v1.Query/ClientStates', ClientQ.QueryClientStatesRequest, {}, ClientQ.QueryClientStatesResponse);
    expect(all.clientStates.map((c) => c.clientId)).toEqual([path.clientB]);
    const heights = await q('/ibc.core.client.v1.Query/ConsensusStateHeights', ClientQ.QueryConsensusStateHeightsRequest, { clientId: path.clientB }, ClientQ.QueryConsensusStateHeightsResponse);
    expect(heights.consensusStateHeights.length).toBeGreaterThan(3);
    const latest = await q('/ibc.core.client.v1.Query/ConsensusState', ClientQ.QueryConsensusStateRequest, { clientId: path.clientB, latestHeight: true }, ClientQ.QueryConsensusStateResponse);
    expect(latest.consensusState!.typeUrl).toBe('/ibc.lightclients.tendermint.v1.ConsensusState');
    expect((await q('/ibc.core.client.v1.Query/ClientStatus', ClientQ.QueryClientStatusRequest, { clientId: path.clientB }, ClientQ.QueryClientStatusResponse)).status).toBe('Active');
    expect((await q('/ibc.core.client.v1.Query/ClientParams', ClientQ.QueryClientParamsRequest, {}, ClientQ.QueryClientParamsResponse)).params!.allowedClients).toEqual(['07-tendermint']);
    const conn = await q('/ibc.core.connection.v1.Query/Connection', ConnQ.QueryConnectionRequest, { connectionId: path.connB }, ConnQ.QueryConnectionResponse);
    expect(conn.connection!.counterparty.connectionId).toBe(path.connA);
    expect((await q('/ibc.core.connection.v1.Query/Connections', ConnQ.QueryConnectionsRequest, {}, ConnQ.QueryConnectionsResponse)).connections.map((c) => c.id)).toEqual([path.connB]);
    expect((await q('/ibc.core.connection.v1.Query/ClientConnections', ConnQ.QueryClientConnectionsRequest, { clientId: path.clientB }, ConnQ.QueryClientConnectionsResponse)).connectionPaths).toEqual([path.connB]);
    expect((await q('/ibc.core.connection.v1.Query/ConnectionClientState', ConnQ.QueryConnectionClientStateRequest, { connectionId: path.connB }, ConnQ.QueryConnectionClientStateResponse)).identifiedClientState!.clientId).toBe(path.clientB);
    const h = heights.consensusStateHeights[0];
    expect((await q('/ibc.core.connection.v1.Query/ConnectionConsensusState', ConnQ.QueryConnectionConsensusStateRequest, { connectionId: path.connB, ...h }, ConnQ.QueryConnectionConsensusStateResponse)).clientId).toBe(path.clientB);
    const chan = await q('/ibc.core.channel.v1.Query/Channel', ChanQ.QueryChannelRequest, { portId: MOCK_PORT, channelId: path.chanB }, ChanQ.QueryChannelResponse);
    expect(chan.channel!.state).toBe(State.STATE_OPEN);
    expect((await q('/ibc.core.channel.v1.Query/Channels', ChanQ.QueryChannelsRequest, {}, ChanQ.QueryChannelsResponse)).channels.map((c) => [c.portId, c.channelId])).toEqual([[MOCK_PORT, path.chanB]]);
    expect((await q('/ibc.core.channel.v1.Query/ConnectionChannels', ChanQ.QueryConnectionChannelsRequest, { connection: path.connB }, ChanQ.QueryConnectionChannelsResponse)).channels).toHaveLength(1);
    expect((await q('/ibc.core.channel.v1.Query/ChannelClientState', ChanQ.QueryChannelClientStateRequest, { portId: MOCK_PORT, channelId: path.chanB }, ChanQ.QueryChannelClientStateResponse)).identifiedClientState!.clientId).toBe(path.clientB);
    // B has received A's sequences 1..n except the timed-out one; acks are written for them
    const acks = await q('/ibc.core.channel.v1.Query/PacketAcknowledgements', ChanQ.QueryPacketAcknowledgementsRequest, { portId: MOCK_PORT, channelId: path.chanB }, ChanQ.QueryPacketAcknowledgementsResponse);
    const received = acks.acknowledgements.map((a) => a.sequence).sort((x, y) => Number(x - y));
    expect(received.length).toBeGreaterThan(1);
    const ack1 = await q('/ibc.core.channel.v1.Query/PacketAcknowledgement', ChanQ.QueryPacketAcknowledgementRequest, { portId: MOCK_PORT, channelId: path.chanB, sequence: 1n }, ChanQ.QueryPacketAcknowledgementResponse);
    expect(Buffer.from(ack1.acknowledgement)).toEqual(sha256(SUCCESS_ACK));
    const unreceived = await q('/ibc.core.channel.v1.Query/UnreceivedPackets', ChanQ.QueryUnreceivedPacketsRequest, { portId: MOCK_PORT, channelId: path.chanB, packetCommitmentSequences: [1n, 2n, 3n, 99n] }, ChanQ.QueryUnreceivedPacketsResponse);
    expect(unreceived.sequences).toEqual([1n, 2n, 3n, 99n].filter((s) => !received.includes(s)));
    expect((await q('/ibc.core.channel.v1.Query/PacketReceipt', ChanQ.QueryPacketReceiptRequest, { portId: MOCK_PORT, channelId: path.chanB, sequence: 1n }, ChanQ.QueryPacketReceiptResponse)).received).toBe(true);
    expect((await q('/ibc.core.channel.v1.Query/NextSequenceReceive', ChanQ.QueryNextSequenceReceiveRequest, { portId: MOCK_PORT, channelId: path.chanB }, ChanQ.QueryNextSequenceReceiveResponse)).nextSequenceReceive).toBe(1n);
    // on A: the received-but-unacked 'received' and the tampered 'original' packets still have commitments
    const commitments = await query(a.app, '/ibc.core.channel.v1.Query/PacketCommitments', ChanQ.QueryPacketCommitmentsRequest, { portId: MOCK_PORT, channelId: path.chanA }, ChanQ.QueryPacketCommitmentsResponse);
    const pending = commitments.commitments.map((c) => c.sequence);
    expect(pending.length).toBe(2);
    const unacked = await query(a.app, '/ibc.core.channel.v1.Query/UnreceivedAcks', ChanQ.QueryUnreceivedAcksRequest, { portId: MOCK_PORT, channelId: path.chanA, packetAckSequences: [1n, ...pending] }, ChanQ.QueryUnreceivedAcksResponse);
    expect(unacked.sequences).toEqual(pending);
    const missing = await rawQuery(b.app, '/ibc.core.connection.v1.Query/Connection', ConnQ.QueryConnectionRequest.encode({ connectionId: 'connection-9' }).finish());
    expect([missing.codespace, missing.code]).toEqual(['connection', 3]);
  });
});

describe('an ordered channel', () => {
  test('a timeout proven by nextSequenceRecv closes the channel', async () => {
    const dirA = makeTmpDir('ibc-oa');
    const dirB = makeTmpDir('ibc-ob');
    const a = await IbcChain.open(dirA, 'chain-a-1');
    const b = await IbcChain.open(dirB, 'chain-b-1');
    try {
      const relayer = new Relayer(a, b);
      const path = await relayer.link(Order.ORDER_ORDERED);
      a.mock.pending.push({ channelId: path.chanA, data: Buffer.from('first'), timeoutHeight: { revisionNumber: 1n, revisionHeight: BigInt(b.height + 1000) }, timeoutTimestamp: 0n });
      const first = packetFromEvent(blockEvents((await a.produceRaw([])).events, 'send_packet')[0]);
      expect((await relayer.recv(a, path.clientB, first)).code).toBe(0);
      a.mock.pending.push({ channelId: path.chanA, data: Buffer.from('second'), timeoutHeight: { revisionNumber: 1n, revisionHeight: BigInt(b.height + 2) }, timeoutTimestamp: 0n });
      const second = packetFromEvent(blockEvents((await a.produceRaw([])).events, 'send_packet')[0]);
      await b.produce([]);
      await b.produce([]);
      const r = await relayer.timeout(a, path.clientA, second, true);
      expect(r.code).toBe(0);
      expect(eventsOf(r, 'channel_closed')).toHaveLength(1);
      expect(a.ibc.channels.requireChannel(a.ctx(), MOCK_PORT, path.chanA).state).toBe(State.STATE_CLOSED);
    } finally {
      await a.app.close();
      await b.app.close();
      removeDir(dirA);
      removeDir(dirB);
    }
  }, 60_000);
});

describe('closing a channel', () => {
  test('B closes its end (close init), A confirms with a proof, and a packet in flight times out on close', async () => {
    const dirA = makeTmpDir('ibc-ca');
    const dirB = makeTmpDir('ibc-cb');
    const a = await IbcChain.open(dirA, 'chain-a-1');
    const b = await IbcChain.open(dirB, 'chain-b-1');
    try {
      const relayer = new Relayer(a, b);
      const path = await relayer.link();
      a.mock.pending.push({ channelId: path.chanA, data: Buffer.from('in flight'), timeoutHeight: { revisionNumber: 1n, revisionHeight: BigInt(b.height + 1000) }, timeoutTimestamp: 0n });
      const packet = packetFromEvent(blockEvents((await a.produceRaw([])).events, 'send_packet')[0]);
      // a timeout on close before B's end is closed fails: B's channel end is OPEN
      const early = await timeoutOnClose(relayer, a, path.clientA, packet);
      expect([early.codespace, early.code]).toEqual(['client', 30]);
      b.mock.refuseClose = false;
      const closed = await b.exec([encode.closeInit({ portId: MOCK_PORT, channelId: path.chanB, signer: b.relayer.address })]);
      expect(eventsOf(closed, 'channel_close_init')[0]).toMatchObject({ port_id: MOCK_PORT, channel_id: path.chanB, counterparty_channel_id: path.chanA });
      // a packet can no longer be received on the closed end
      const refused = await relayer.recv(a, path.clientB, packet);
      expect([refused.codespace, refused.code]).toEqual(['channel', 5]);
      const timedOut = await timeoutOnClose(relayer, a, path.clientA, packet);
      expect(timedOut.code).toBe(0);
      expect(eventsOf(timedOut, 'timeout_packet')).toHaveLength(1);
      expect(a.ibc.packets.commitment(a.ctx(), MOCK_PORT, path.chanA, packet.sequence)).toBeUndefined();
      expect(a.mock.stored(a.ctx(), 'timeout', packet)).toBe('in flight');
      const up = await relayer.update(a, path.clientA, b);
      const { proof } = await b.prove(Paths.channel(MOCK_PORT, path.chanB));
      const confirmed = await a.exec([up.msg, encode.closeConfirm({ portId: MOCK_PORT, channelId: path.chanA, proofInit: proof, proofHeight: up.proofHeight, signer: a.relayer.address })]);
      expect(eventsOf(confirmed, 'channel_close_confirm')).toHaveLength(1);
      expect(a.ibc.channels.requireChannel(a.ctx(), MOCK_PORT, path.chanA).state).toBe(State.STATE_CLOSED);
    } finally {
      await a.app.close();
      await b.app.close();
      removeDir(dirA);
      removeDir(dirB);
    }
  }, 60_000);
});
