// The tiny in-test relayer: what a Go relayer does between two settle chains, step by step — update
// the destination's client of the source to the source's next header, query the proof at the source's
// latest height, submit both in one tx.
import * as ClientTx from 'cosmjs-types/ibc/core/client/v1/tx';
import * as ConnTx from 'cosmjs-types/ibc/core/connection/v1/tx';
import * as ChanTx from 'cosmjs-types/ibc/core/channel/v1/tx';
import { Order, State, type Packet } from 'cosmjs-types/ibc/core/channel/v1/channel';
import type { Height } from 'cosmjs-types/ibc/core/client/v1/client';
import { Header } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import type { ExecTxResult } from 'cosmjs-types/tendermint/abci/types';
import type { EncodedMsg } from '../../../reliability/lib/accounts';
import { clientStateAny, consensusStateAny, TypeUrls } from '../../../../modules/ibc/codec';
import { Paths } from '../../../../modules/ibc/keys';
import { compatibleVersions } from '../../../../modules/ibc/versions';
import { eventsOf, type IbcChain } from './ibc-chain';
import { MOCK_PORT, MOCK_VERSION } from './mock-app';

const PREFIX = { keyPrefix: Buffer.from('ibc') };

export const encode = {
  createClient: (v: ClientTx.MsgCreateClient): EncodedMsg => ({ typeUrl: '/ibc.core.client.v1.MsgCreateClient', value: ClientTx.MsgCreateClient.encode(v).finish() }),
  updateClient: (v: ClientTx.MsgUpdateClient): EncodedMsg => ({ typeUrl: '/ibc.core.client.v1.MsgUpdateClient', value: ClientTx.MsgUpdateClient.encode(v).finish() }),
  connInit: (v: ConnTx.MsgConnectionOpenInit): EncodedMsg => ({ typeUrl: '/ibc.core.connection.v1.MsgConnectionOpenInit', value: ConnTx.MsgConnectionOpenInit.encode(v).finish() }),
  connTry: (v: ConnTx.MsgConnectionOpenTry): EncodedMsg => ({ typeUrl: '/ibc.core.connection.v1.MsgConnectionOpenTry', value: ConnTx.MsgConnectionOpenTry.encode(v).finish() }),
  connAck: (v: ConnTx.MsgConnectionOpenAck): EncodedMsg => ({ typeUrl: '/ibc.core.connection.v1.MsgConnectionOpenAck', value: ConnTx.MsgConnectionOpenAck.encode(v).finish() }),
  connConfirm: (v: ConnTx.MsgConnectionOpenConfirm): EncodedMsg => ({ typeUrl: '/ibc.core.connection.v1.MsgConnectionOpenConfirm', value: ConnTx.MsgConnectionOpenConfirm.encode(v).finish() }),
  chanInit: (v: ChanTx.MsgChannelOpenInit): EncodedMsg => ({ typeUrl: '/ibc.core.channel.v1.MsgChannelOpenInit', value: ChanTx.MsgChannelOpenInit.encode(v).finish() }),
  chanTry: (v: ChanTx.MsgChannelOpenTry): EncodedMsg => ({ typeUrl: '/ibc.core.channel.v1.MsgChannelOpenTry', value: ChanTx.MsgChannelOpenTry.encode(v).finish() }),
  chanAck: (v: ChanTx.MsgChannelOpenAck): EncodedMsg => ({ typeUrl: '/ibc.core.channel.v1.MsgChannelOpenAck', value: ChanTx.MsgChannelOpenAck.encode(v).finish() }),
  chanConfirm: (v: ChanTx.MsgChannelOpenConfirm): EncodedMsg => ({ typeUrl: '/ibc.core.channel.v1.MsgChannelOpenConfirm', value: ChanTx.MsgChannelOpenConfirm.encode(v).finish() }),
  recv: (v: ChanTx.MsgRecvPacket): EncodedMsg => ({ typeUrl: '/ibc.core.channel.v1.MsgRecvPacket', value: ChanTx.MsgRecvPacket.encode(v).finish() }),
  ack: (v: ChanTx.MsgAcknowledgement): EncodedMsg => ({ typeUrl: '/ibc.core.channel.v1.MsgAcknowledgement', value: ChanTx.MsgAcknowledgement.encode(v).finish() }),
  timeout: (v: ChanTx.MsgTimeout): EncodedMsg => ({ typeUrl: '/ibc.core.channel.v1.MsgTimeout', value: ChanTx.MsgTimeout.encode(v).finish() }),
  timeoutOnClose: (v: ChanTx.MsgTimeoutOnClose): EncodedMsg => ({ typeUrl: '/ibc.core.channel.v1.MsgTimeoutOnClose', value: ChanTx.MsgTimeoutOnClose.encode(v).finish() }),
  closeInit: (v: ChanTx.MsgChannelCloseInit): EncodedMsg => ({ typeUrl: '/ibc.core.channel.v1.MsgChannelCloseInit', value: ChanTx.MsgChannelCloseInit.encode(v).finish() }),
  closeConfirm: (v: ChanTx.MsgChannelCloseConfirm): EncodedMsg => ({ typeUrl: '/ibc.core.channel.v1.MsgChannelCloseConfirm', value: ChanTx.MsgChannelCloseConfirm.encode(v).finish() }),
};

export interface Path {
  /** a's client of b, b's client of a */
  clientA: string;
  clientB: string;
  connA: string;
  connB: string;
  chanA: string;
  chanB: string;
}

export class Relayer {
  constructor(
    readonly a: IbcChain,
    readonly b: IbcChain,
  ) {}

  other(c: IbcChain): IbcChain {
    return c === this.a ? this.b : this.a;
  }

  /** Creates `dst`'s client of `src` at src's latest committed header; returns its id. */
  async createClient(dst: IbcChain, src: IbcChain): Promise<string> {
    const h = src.latestHeader();
    const r = await dst.exec([
      encode.createClient({ clientState: clientStateAny(src.clientStateAt(Number(h.height.revisionHeight))), consensusState: consensusStateAny(h.consensus), signer: dst.relayer.address }),
    ]);
    return eventsOf(r, 'create_client')[0].client_id;
  }

  /**
   * As a relayer waits for the block after the one it proves: `src` commits one more (empty) block H;
   * returns the MsgUpdateClient bringing `dst`'s client of `src` to header H, whose app hash commits
   * the state at H-1 that `src.prove` reads.
   */
  async update(dst: IbcChain, clientId: string, src: IbcChain): Promise<{ msg: EncodedMsg; proofHeight: Height }> {
    await src.produceRaw([]);
    const cs = dst.ibc.clients.requireClientState(dst.ctx(), clientId);
    const header = src.lightHeader(src.height, cs.latestHeight.revisionHeight);
    return {
      msg: encode.updateClient({ clientId, clientMessage: { typeUrl: TypeUrls.header, value: Header.encode(header).finish() }, signer: dst.relayer.address }),
      proofHeight: src.height_(src.height),
    };
  }

  /** Clients both ways, the connection and an unordered (or ordered) mock channel, as a relayer's `link` does. */
  async link(order: Order = Order.ORDER_UNORDERED): Promise<Path> {
    const { a, b } = this;
    const clientA = await this.createClient(a, b);
    const clientB = await this.createClient(b, a);
    const connA = eventsOf(await a.exec([encode.connInit({ clientId: clientA, counterparty: { clientId: clientB, connectionId: '', prefix: PREFIX }, delayPeriod: 0n, signer: a.relayer.address })]), 'connection_open_init')[0].connection_id;
    const connB = await this.connOpenTry(clientA, clientB, connA);
    await this.connOpenAck(clientA, clientB, connA, connB);
    await this.connOpenConfirm(clientB, connA, connB);
    const path = { clientA, clientB, connA, connB, chanA: '', chanB: '' };
    await this.openChannel(path, order);
    return path;
  }

  async connOpenTry(clientA: string, clientB: string, connA: string): Promise<string> {
    const { a, b } = this;
    const up = await this.update(b, clientB, a);
    const { proof } = await a.prove(Paths.connection(connA));
    const consensusHeight = a.ibc.clients.requireClientState(a.ctx(), clientA).latestHeight;
    const r = await b.exec([
      up.msg,
      encode.connTry({
        clientId: clientB,
        previousConnectionId: '',
        clientState: clientStateAny(a.ibc.clients.requireClientState(a.ctx(), clientA)),
        counterparty: { clientId: clientA, connectionId: connA, prefix: PREFIX },
        delayPeriod: 0n,
        counterpartyVersions: compatibleVersions(),
        proofHeight: up.proofHeight,
        proofInit: proof,
        proofClient: new Uint8Array(0),
        proofConsensus: new Uint8Array(0),
        consensusHeight,
        signer: b.relayer.address,
        hostConsensusStateProof: new Uint8Array(0),
      }),
    ]);
    return eventsOf(r, 'connection_open_try')[0].connection_id;
  }

  async connOpenAck(clientA: string, clientB: string, connA: string, connB: string): Promise<ExecTxResult> {
    const { a, b } = this;
    const up = await this.update(a, clientA, b);
    const { proof } = await b.prove(Paths.connection(connB));
    return a.exec([
      up.msg,
      encode.connAck({
        connectionId: connA,
        counterpartyConnectionId: connB,
        version: b.ibc.connections.requireConnection(b.ctx(), connB).versions[0],
        clientState: clientStateAny(b.ibc.clients.requireClientState(b.ctx(), clientB)),
        proofHeight: up.proofHeight,
        proofTry: proof,
        proofClient: new Uint8Array(0),
        proofConsensus: new Uint8Array(0),
        consensusHeight: b.ibc.clients.requireClientState(b.ctx(), clientB).latestHeight,
        signer: a.relayer.address,
        hostConsensusStateProof: new Uint8Array(0),
      }),
    ]);
  }

  async connOpenConfirm(clientB: string, connA: string, connB: string): Promise<ExecTxResult> {
    const { a, b } = this;
    const up = await this.update(b, clientB, a);
    const { proof } = await a.prove(Paths.connection(connA));
    return b.exec([up.msg, encode.connConfirm({ connectionId: connB, proofAck: proof, proofHeight: up.proofHeight, signer: b.relayer.address })]);
  }

  async openChannel(path: Path, order: Order): Promise<void> {
    const { a, b } = this;
    const init = await a.exec([
      encode.chanInit({
        portId: MOCK_PORT,
        channel: { state: State.STATE_INIT, ordering: order, counterparty: { portId: MOCK_PORT, channelId: '' }, connectionHops: [path.connA], version: '' },
        signer: a.relayer.address,
      }),
    ]);
    path.chanA = eventsOf(init, 'channel_open_init')[0].channel_id;
    let up = await this.update(b, path.clientB, a);
    let proof = (await a.prove(Paths.channel(MOCK_PORT, path.chanA))).proof;
    const tried = await b.exec([
      up.msg,
      encode.chanTry({
        portId: MOCK_PORT,
        previousChannelId: '',
        channel: { state: State.STATE_TRYOPEN, ordering: order, counterparty: { portId: MOCK_PORT, channelId: path.chanA }, connectionHops: [path.connB], version: MOCK_VERSION },
        counterpartyVersion: MOCK_VERSION,
        proofInit: proof,
        proofHeight: up.proofHeight,
        signer: b.relayer.address,
      }),
    ]);
    path.chanB = eventsOf(tried, 'channel_open_try')[0].channel_id;
    up = await this.update(a, path.clientA, b);
    proof = (await b.prove(Paths.channel(MOCK_PORT, path.chanB))).proof;
    await a.exec([
      up.msg,
      encode.chanAck({ portId: MOCK_PORT, channelId: path.chanA, counterpartyChannelId: path.chanB, counterpartyVersion: MOCK_VERSION, proofTry: proof, proofHeight: up.proofHeight, signer: a.relayer.address }),
    ]);
    up = await this.update(b, path.clientB, a);
    proof = (await a.prove(Paths.channel(MOCK_PORT, path.chanA))).proof;
    await b.exec([up.msg, encode.chanConfirm({ portId: MOCK_PORT, channelId: path.chanB, proofAck: proof, proofHeight: up.proofHeight, signer: b.relayer.address })]);
  }

  /** MsgRecvPacket on the other chain, with the client update; returns the tx result (not thrown on failure). */
  async recv(src: IbcChain, dstClient: string, packet: Packet): Promise<ExecTxResult> {
    const dst = this.other(src);
    const up = await this.update(dst, dstClient, src);
    const { proof } = await src.prove(Paths.packetCommitment(packet.sourcePort, packet.sourceChannel, packet.sequence));
    return (await dst.produce([up.msg, encode.recv({ packet, proofCommitment: proof, proofHeight: up.proofHeight, signer: dst.relayer.address })]))!;
  }

  /** MsgAcknowledgement back on the packet's source chain. */
  async ack(src: IbcChain, srcClient: string, packet: Packet, ack: Uint8Array): Promise<ExecTxResult> {
    const dst = this.other(src);
    const up = await this.update(src, srcClient, dst);
    const { proof } = await dst.prove(Paths.packetAck(packet.destinationPort, packet.destinationChannel, packet.sequence));
    return (await src.produce([up.msg, encode.ack({ packet, acknowledgement: ack, proofAcked: proof, proofHeight: up.proofHeight, signer: src.relayer.address })]))!;
  }

  /** MsgTimeout on the packet's source chain: a non-membership proof of the receipt (unordered) or the next receive sequence (ordered). */
  async timeout(src: IbcChain, srcClient: string, packet: Packet, ordered = false): Promise<ExecTxResult> {
    const dst = this.other(src);
    const up = await this.update(src, srcClient, dst);
    const path = ordered ? Paths.nextSequenceRecv(packet.destinationPort, packet.destinationChannel) : Paths.packetReceipt(packet.destinationPort, packet.destinationChannel, packet.sequence);
    const { proof, value } = await dst.prove(path);
    const nextSequenceRecv = ordered ? Buffer.from(value).readBigUInt64BE(0) : packet.sequence;
    return (await src.produce([up.msg, encode.timeout({ packet, proofUnreceived: proof, proofHeight: up.proofHeight, nextSequenceRecv, signer: src.relayer.address })]))!;
  }
}

/** MsgTimeoutOnClose on the packet's source: the destination's channel end is CLOSED and the receipt absent. */
export async function timeoutOnClose(r: Relayer, src: IbcChain, srcClient: string, packet: Packet): Promise<ExecTxResult> {
  const dst = r.other(src);
  const up = await r.update(src, srcClient, dst);
  const { proof: proofClose } = await dst.prove(Paths.channel(packet.destinationPort, packet.destinationChannel));
  const { proof: proofUnreceived } = await dst.prove(Paths.packetReceipt(packet.destinationPort, packet.destinationChannel, packet.sequence));
  return (await src.produce([up.msg, encode.timeoutOnClose({ packet, proofUnreceived, proofClose, proofHeight: up.proofHeight, nextSequenceRecv: packet.sequence, signer: src.relayer.address })]))!;
}

/** The packet of a send_packet / recv_packet / write_acknowledgement event. */
export function packetFromEvent(e: Record<string, string>): Packet {
  const [rev, h] = e.packet_timeout_height.split('-').map(BigInt);
  return {
    sequence: BigInt(e.packet_sequence),
    sourcePort: e.packet_src_port,
    sourceChannel: e.packet_src_channel,
    destinationPort: e.packet_dst_port,
    destinationChannel: e.packet_dst_channel,
    data: Buffer.from(e.packet_data_hex, 'hex'),
    timeoutHeight: { revisionNumber: rev, revisionHeight: h },
    timeoutTimestamp: BigInt(e.packet_timeout_timestamp),
  };
}
