// ICS-04 packets at keeper level: sendPacket's commitment and event, and the refusals of send, receive,
// acknowledge and timeout that come before (or instead of) proof verification; NOOPs for replays.
import { ConnectionEnd, State as ConnectionState } from 'cosmjs-types/ibc/core/connection/v1/connection';
import { Channel, Order, State, type Packet } from 'cosmjs-types/ibc/core/channel/v1/channel';
import { ResponseResultType } from 'cosmjs-types/ibc/core/channel/v1/tx';
import { clientStateAny, consensusStateAny } from '../../../modules/ibc/codec';
import { Paths, RECEIPT_VALUE } from '../../../modules/ibc/keys';
import { packetCommitment } from '../../../modules/ibc/packet-keeper';
import { compatibleVersions } from '../../../modules/ibc/versions';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { IbcHarness } from './helpers/harness';
import { MOCK_PORT, MOCK_VERSION } from './helpers/mock-app';
import { clientState, consensusStateOf, SECOND, signedHeader, T0, testValidator } from './light-client/helpers/test-chain';

const vals = [testValidator('a', 10n)];
const ZERO = { revisionNumber: 0n, revisionHeight: 0n };
const h10 = { revisionNumber: 1n, revisionHeight: 10n };
const PROOF = Buffer.from('0a00', 'hex');

describe('ICS-04 packets (keeper level)', () => {
  let dir: string;
  let h: IbcHarness;
  const set = (path: string, v: Uint8Array) => h.ctx().kvStore(h.key).set(Buffer.from(path), v);
  const setChannel = (over: Partial<Channel> = {}) =>
    h.keeper.channels.setChannel(h.ctx(), MOCK_PORT, 'channel-0', {
      state: State.STATE_OPEN,
      ordering: Order.ORDER_UNORDERED,
      counterparty: { portId: MOCK_PORT, channelId: 'channel-7' },
      connectionHops: ['connection-0'],
      version: MOCK_VERSION,
      ...over,
    });
  const incoming = (over: Partial<Packet> = {}): Packet => ({
    sequence: 1n,
    sourcePort: MOCK_PORT,
    sourceChannel: 'channel-7',
    destinationPort: MOCK_PORT,
    destinationChannel: 'channel-0',
    data: Buffer.from('data'),
    timeoutHeight: { revisionNumber: 1n, revisionHeight: 100n },
    timeoutTimestamp: 0n,
    ...over,
  });
  const outgoing = (over: Partial<Packet> = {}): Packet => ({ ...incoming(), sourceChannel: 'channel-0', destinationChannel: 'channel-7', ...over });

  beforeEach(async () => {
    dir = makeTmpDir('ibc-pk');
    h = await IbcHarness.open(dir);
    h.timeNanos = T0 + 60n * SECOND;
    h.keeper.clients.createClient(h.ctx(), clientStateAny(clientState('counter-1', 10n)), consensusStateAny(consensusStateOf(signedHeader({ chainId: 'counter-1', height: 10n, time: T0, vals }).header!)));
    set(
      Paths.connection('connection-0'),
      ConnectionEnd.encode({ clientId: '07-tendermint-0', versions: compatibleVersions(), state: ConnectionState.STATE_OPEN, counterparty: { clientId: '07-tendermint-3', connectionId: 'connection-5', prefix: { keyPrefix: Buffer.from('ibc') } }, delayPeriod: 0n }).finish(),
    );
    setChannel();
    for (const p of [Paths.nextSequenceSend, Paths.nextSequenceRecv, Paths.nextSequenceAck]) h.keeper.channels.setSequence(h.ctx(), p(MOCK_PORT, 'channel-0'), 1n);
    h.takeEvents();
  });
  afterEach(async () => {
    await h.close();
    removeDir(dir);
  });

  test('sendPacket stores the commitment, advances the sequence, emits send_packet with ibc-go attributes', () => {
    const seq = h.keeper.packets.sendPacket(h.ctx(), MOCK_PORT, 'channel-0', { revisionNumber: 1n, revisionHeight: 50n }, 0n, Buffer.from('{"a":1}'));
    expect(seq).toBe(1n);
    expect(h.keeper.packets.sendPacket(h.ctx(), MOCK_PORT, 'channel-0', ZERO, T0 + 3600n * SECOND, Buffer.from('x'))).toBe(2n);
    expect(Buffer.from(h.raw(Paths.packetCommitment(MOCK_PORT, 'channel-0', 1n))!)).toEqual(packetCommitment(outgoing({ data: Buffer.from('{"a":1}'), timeoutHeight: { revisionNumber: 1n, revisionHeight: 50n } })));
    expect(h.takeEvents()[0]).toEqual([
      'send_packet',
      {
        packet_data: '{"a":1}',
        packet_data_hex: Buffer.from('{"a":1}').toString('hex'),
        packet_timeout_height: '1-50',
        packet_timeout_timestamp: '0',
        packet_sequence: '1',
        packet_src_port: MOCK_PORT,
        packet_src_channel: 'channel-0',
        packet_dst_port: MOCK_PORT,
        packet_dst_channel: 'channel-7',
        packet_channel_ordering: 'ORDER_UNORDERED',
        packet_connection: 'connection-0',
        connection_id: 'connection-0',
      },
    ]);
  });

  test('sendPacket refusals: unknown or closed channel, timeouts the counterparty has already passed, no timeout, empty data', () => {
    const send = (timeoutHeight = { revisionNumber: 1n, revisionHeight: 50n }, ts = 0n, data: Uint8Array = Buffer.from('x'), channel = 'channel-0') => (ctx: Parameters<typeof h.keeper.packets.sendPacket>[0]) =>
      h.keeper.packets.sendPacket(ctx, MOCK_PORT, channel, timeoutHeight, ts, data);
    h.expectFailure(send(undefined, undefined, undefined, 'channel-3'), 'channel', 3);
    h.expectFailure(send(h10), 'channel', 14, /1-10 >= 1-10/);
    h.expectFailure(send(ZERO, T0), 'channel', 14, /timestamp/);
    h.expectFailure(send(ZERO, 0n), 'channel', 26);
    h.expectFailure(send(undefined, undefined, new Uint8Array(0)), 'channel', 13, /data/);
    setChannel({ state: State.STATE_CLOSED });
    h.expectFailure(send(), 'channel', 5);
  });

  test('recvPacket refusals before the proof: unbound port, channel not OPEN, a packet from another channel, timed out by height or time, out of order', () => {
    const recv = (p: Packet) => (ctx: Parameters<typeof h.keeper.packets.sendPacket>[0]) => h.keeper.packets.recvPacket(ctx, p, PROOF, h10, 'relayer');
    h.expectFailure(recv(incoming({ destinationPort: 'transfer' })), 'port', 3);
    h.expectFailure(recv(incoming({ sourceChannel: 'channel-8' })), 'channel', 13, /source channel/);
    h.height = 100;
    h.expectFailure(recv(incoming()), 'channel', 14, /block height/);
    h.height = 10;
    h.expectFailure(recv(incoming({ timeoutHeight: ZERO, timeoutTimestamp: h.timeNanos })), 'channel', 14, /timestamp/);
    h.expectFailure(recv(incoming()), 'client', 30, /commitments\/ports\/mock\/channels\/channel-7\/sequences\/1/);
    setChannel({ ordering: Order.ORDER_ORDERED });
    h.expectFailure(recv(incoming({ sequence: 2n })), 'channel', 21);
    setChannel({ state: State.STATE_INIT });
    h.expectFailure(recv(incoming()), 'channel', 5);
  });

  test("packet proofs wait for the connection's delay: time since the consensus state was stored, and blocks (⌈delay / 30 s⌉)", () => {
    // the client's consensus state at 1-10 was stored at host height 10, time T0 + 60 s (beforeEach)
    const conn = h.keeper.connections.requireConnection(h.ctx(), 'connection-0');
    set(Paths.connection('connection-0'), ConnectionEnd.encode({ ...conn, delayPeriod: 61n * SECOND }).finish());
    const recv = (ctx: Parameters<typeof h.keeper.packets.sendPacket>[0]) => h.keeper.packets.recvPacket(ctx, incoming(), PROOF, h10, 'relayer');
    h.timeNanos = T0 + 120n * SECOND;
    h.height = 20;
    h.expectFailure(recv, 'client', 101, /until time/);
    h.timeNanos = T0 + 121n * SECOND;
    h.height = 12;
    h.expectFailure(recv, 'client', 101, /until height 13/);
    h.height = 13;
    h.expectFailure(recv, 'client', 30);
  });

  test('recvPacket of a packet already received is a NOOP: no proof checked, no write, recv_packet emitted again', () => {
    set(Paths.packetReceipt(MOCK_PORT, 'channel-0', 1n), RECEIPT_VALUE);
    const before = h.dump();
    expect(h.keeper.packets.recvPacket(h.ctx(), incoming(), PROOF, h10, 'relayer')).toBe(ResponseResultType.RESPONSE_RESULT_TYPE_NOOP);
    expect(h.dump()).toEqual(before);
    expect(h.takeEvents().map((e) => e[0])).toEqual(['recv_packet', 'message']);
    setChannel({ ordering: Order.ORDER_ORDERED });
    h.keeper.channels.setSequence(h.ctx(), Paths.nextSequenceRecv(MOCK_PORT, 'channel-0'), 5n);
    expect(h.keeper.packets.recvPacket(h.ctx(), incoming({ sequence: 4n }), PROOF, h10, 'relayer')).toBe(ResponseResultType.RESPONSE_RESULT_TYPE_NOOP);
  });

  test('acknowledge: NOOP without a commitment; refused for another packet under the same sequence, or a bad proof', () => {
    expect(h.keeper.packets.acknowledgePacket(h.ctx(), outgoing(), Buffer.from('ack'), PROOF, h10, 'r')).toBe(ResponseResultType.RESPONSE_RESULT_TYPE_NOOP);
    h.keeper.packets.sendPacket(h.ctx(), MOCK_PORT, 'channel-0', { revisionNumber: 1n, revisionHeight: 100n }, 0n, Buffer.from('data'));
    h.takeEvents();
    h.expectFailure((ctx) => h.keeper.packets.acknowledgePacket(ctx, outgoing({ data: Buffer.from('other') }), Buffer.from('ack'), PROOF, h10, 'r'), 'channel', 13, /commitment bytes/);
    h.expectFailure((ctx) => h.keeper.packets.acknowledgePacket(ctx, outgoing({ destinationChannel: 'channel-9' }), Buffer.from('ack'), PROOF, h10, 'r'), 'channel', 13, /destination channel/);
    h.expectFailure((ctx) => h.keeper.packets.acknowledgePacket(ctx, outgoing(), Buffer.from('ack'), PROOF, h10, 'r'), 'client', 30, /acks\/ports\/mock\/channels\/channel-7\/sequences\/1/);
  });

  test('timeout: refused before the timeout is reached at the proof height, NOOP without a commitment, refused on a bad proof', () => {
    expect(h.keeper.packets.timeoutPacket(h.ctx(), outgoing({ timeoutHeight: h10 }), PROOF, h10, 1n, 'r')).toBe(ResponseResultType.RESPONSE_RESULT_TYPE_NOOP);
    h.height = 9;
    h.keeper.packets.sendPacket(h.ctx(), MOCK_PORT, 'channel-0', { revisionNumber: 1n, revisionHeight: 100n }, 0n, Buffer.from('data'));
    h.takeEvents();
    h.expectFailure((ctx) => h.keeper.packets.timeoutPacket(ctx, outgoing(), PROOF, h10, 1n, 'r'), 'channel', 14, /has not been reached/);
    h.expectFailure((ctx) => h.keeper.packets.timeoutPacket(ctx, outgoing(), PROOF, { revisionNumber: 1n, revisionHeight: 100n }, 1n, 'r'), 'client', 7);
    // the consensus state at 1-10 has time T0: a timestamp timeout at T0 + 1 s is not reached there
    h.keeper.packets.sendPacket(h.ctx(), MOCK_PORT, 'channel-0', ZERO, T0 + SECOND, Buffer.from('data'));
    h.takeEvents();
    h.expectFailure((ctx) => h.keeper.packets.timeoutPacket(ctx, outgoing({ sequence: 2n, timeoutHeight: ZERO, timeoutTimestamp: T0 + SECOND }), PROOF, h10, 2n, 'r'), 'channel', 14);
    h.keeper.channels.setChannel(h.ctx(), MOCK_PORT, 'channel-0', { ...h.keeper.channels.requireChannel(h.ctx(), MOCK_PORT, 'channel-0'), ordering: Order.ORDER_ORDERED });
    h.expectFailure((ctx) => h.keeper.packets.timeoutPacket(ctx, outgoing({ timeoutHeight: { revisionNumber: 1n, revisionHeight: 5n } }), PROOF, h10, 1n, 'r'), 'channel', 13, /commitment bytes/);
    // ordered: the counterparty's next receive sequence past the packet means it was received
    h.height = 10;
    const late = outgoing({ sequence: 7n, timeoutHeight: { revisionNumber: 1n, revisionHeight: 5n } });
    set(Paths.packetCommitment(MOCK_PORT, 'channel-0', 7n), packetCommitment(late));
    h.expectFailure((ctx) => h.keeper.packets.timeoutPacket(ctx, late, PROOF, h10, 8n, 'r'), 'channel', 19, /8 > 7/);
    h.expectFailure((ctx) => h.keeper.packets.timeoutPacket(ctx, late, PROOF, h10, 7n, 'r'), 'client', 30, /nextSequenceRecv\/ports\/mock\/channels\/channel-7/);
  });
});
