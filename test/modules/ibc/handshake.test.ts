// ICS-03 / ICS-04 handlers at keeper level: what each step checks before any proof (the proofs
// themselves are exercised end to end in two-chain.test.ts), what it writes, and every refusal with
// its registered error and nothing written.
import { ConnectionEnd, State as ConnectionState } from 'cosmjs-types/ibc/core/connection/v1/connection';
import { Order, State, type Channel } from 'cosmjs-types/ibc/core/channel/v1/channel';
import { clientStateAny, consensusStateAny } from '../../../modules/ibc/codec';
import { Paths } from '../../../modules/ibc/keys';
import { compatibleVersions } from '../../../modules/ibc/versions';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { IbcHarness } from './helpers/harness';
import { MOCK_PORT, MOCK_VERSION } from './helpers/mock-app';
import { clientState, consensusStateOf, SECOND, signedHeader, T0, testValidator } from './light-client/helpers/test-chain';

const vals = [testValidator('a', 10n)];
const PREFIX = { keyPrefix: Uint8Array.from(Buffer.from('ibc')) };
const counterparty = { clientId: '07-tendermint-3', connectionId: '', prefix: PREFIX };
const h10 = { revisionNumber: 1n, revisionHeight: 10n };
const GARBAGE_PROOF = Buffer.from('0a00', 'hex');

describe('ICS-03 connections and ICS-04 channel handshakes (keeper level)', () => {
  let dir: string;
  let h: IbcHarness;

  function setConnection(id: string, end: ConnectionEnd): void {
    h.ctx().kvStore(h.key).set(Buffer.from(Paths.connection(id)), ConnectionEnd.encode(end).finish());
  }
  const openConnection = (over: Partial<ConnectionEnd> = {}): ConnectionEnd => ({
    clientId: '07-tendermint-0',
    versions: [compatibleVersions()[0]],
    state: ConnectionState.STATE_OPEN,
    counterparty: { ...counterparty, connectionId: 'connection-5' },
    delayPeriod: 0n,
    ...over,
  });
  const channel = (over: Partial<Channel> = {}): Channel => ({ state: State.STATE_INIT, ordering: Order.ORDER_UNORDERED, counterparty: { portId: MOCK_PORT, channelId: '' }, connectionHops: ['connection-0'], version: '', ...over });

  beforeEach(async () => {
    dir = makeTmpDir('ibc-hs');
    h = await IbcHarness.open(dir);
    h.timeNanos = T0 + 60n * SECOND;
    h.keeper.clients.createClient(h.ctx(), clientStateAny(clientState('counter-1', 10n)), consensusStateAny(consensusStateOf(signedHeader({ chainId: 'counter-1', height: 10n, time: T0, vals }).header!)));
    h.takeEvents();
  });
  afterEach(async () => {
    await h.close();
    removeDir(dir);
  });

  describe('connections', () => {
    test('open init stores an INIT end with every compatible version, records it under the client, emits connection_open_init', () => {
      expect(h.keeper.connections.openInit(h.ctx(), '07-tendermint-0', counterparty, undefined, 7n)).toBe('connection-0');
      expect(h.keeper.connections.requireConnection(h.ctx(), 'connection-0')).toEqual({ clientId: '07-tendermint-0', versions: compatibleVersions(), state: ConnectionState.STATE_INIT, counterparty, delayPeriod: 7n });
      expect(h.keeper.connections.openInit(h.ctx(), '07-tendermint-0', counterparty, { identifier: '1', features: ['ORDER_UNORDERED'] }, 0n)).toBe('connection-1');
      expect(h.keeper.connections.requireConnection(h.ctx(), 'connection-1').versions).toEqual([{ identifier: '1', features: ['ORDER_UNORDERED'] }]);
      expect(h.keeper.connections.clientConnections(h.ctx(), '07-tendermint-0')).toEqual(['connection-0', 'connection-1']);
      expect(h.takeEvents()[0]).toEqual(['connection_open_init', { connection_id: 'connection-0', client_id: '07-tendermint-0', counterparty_client_id: '07-tendermint-3', counterparty_connection_id: '' }]);
    });

    test('open init refusals: unknown client, expired client, unsupported version', () => {
      h.expectFailure((ctx) => h.keeper.connections.openInit(ctx, '07-tendermint-7', counterparty, undefined, 0n), 'client', 4);
      h.expectFailure((ctx) => h.keeper.connections.openInit(ctx, '07-tendermint-0', counterparty, { identifier: '2', features: ['ORDER_ORDERED'] }, 0n), 'connection', 9);
      h.expectFailure((ctx) => h.keeper.connections.openInit(ctx, '07-tendermint-0', counterparty, { identifier: '1', features: ['ORDER_DAG'] }, 0n), 'connection', 9);
      h.timeNanos = T0 + 30n * 86_400n * SECOND;
      h.expectFailure((ctx) => h.keeper.connections.openInit(ctx, '07-tendermint-0', counterparty, undefined, 0n), 'client', 29, /Expired/);
    });

    const tryMsg = (over = {}) => ({
      clientId: '07-tendermint-0',
      counterparty: { ...counterparty, connectionId: 'connection-5' },
      delayPeriod: 0n,
      counterpartyVersions: compatibleVersions(),
      proofInit: GARBAGE_PROOF,
      proofHeight: h10,
      consensusHeight: { revisionNumber: 1n, revisionHeight: 3n },
      ...over,
    });

    test('open try refusals: consensus height not in the past, no common version, proof height above the client, a proof that does not verify', () => {
      // the host is settle-test-1 at height 10: its revision is 1
      h.expectFailure((ctx) => h.keeper.connections.openTry(ctx, tryMsg({ consensusHeight: { revisionNumber: 1n, revisionHeight: 10n } })), 'client', 26, /greater than or equal/);
      h.expectFailure((ctx) => h.keeper.connections.openTry(ctx, tryMsg({ counterpartyVersions: [{ identifier: '2', features: ['ORDER_ORDERED'] }] })), 'connection', 10);
      h.expectFailure((ctx) => h.keeper.connections.openTry(ctx, tryMsg({ proofHeight: { revisionNumber: 1n, revisionHeight: 11n } })), 'client', 26, /client state height < proof height/);
      h.expectFailure((ctx) => h.keeper.connections.openTry(ctx, tryMsg()), 'client', 30, /connections\/connection-5/);
      h.expectFailure((ctx) => h.keeper.connections.openTry(ctx, tryMsg({ proofHeight: { revisionNumber: 1n, revisionHeight: 9n } })), 'client', 7);
    });

    test('open ack / confirm refusals: unknown connection, wrong state, a version not offered at init', () => {
      const ack = { connectionId: 'connection-0', counterpartyConnectionId: 'connection-5', version: compatibleVersions()[0], proofTry: GARBAGE_PROOF, proofHeight: h10, consensusHeight: { revisionNumber: 1n, revisionHeight: 3n } };
      h.expectFailure((ctx) => h.keeper.connections.openAck(ctx, ack), 'connection', 3);
      h.keeper.connections.openInit(h.ctx(), '07-tendermint-0', counterparty, { identifier: '1', features: ['ORDER_UNORDERED'] }, 0n);
      h.takeEvents();
      h.expectFailure((ctx) => h.keeper.connections.openAck(ctx, ack), 'connection', 6, /not supported by versions selected on INIT/);
      h.expectFailure((ctx) => h.keeper.connections.openAck(ctx, { ...ack, version: { identifier: '1', features: ['ORDER_UNORDERED'] } }), 'client', 30);
      h.expectFailure((ctx) => h.keeper.connections.openConfirm(ctx, 'connection-0', GARBAGE_PROOF, h10), 'connection', 6, /not TRYOPEN/);
      h.expectFailure((ctx) => h.keeper.connections.openConfirm(ctx, 'connection-9', GARBAGE_PROOF, h10), 'connection', 3);
      setConnection('connection-0', openConnection());
      h.expectFailure((ctx) => h.keeper.connections.openAck(ctx, ack), 'connection', 6, /not INIT/);
    });
  });

  describe('channels', () => {
    test('open init asks the app for the version, stores an INIT end and sequences 1, emits channel_open_init', () => {
      setConnection('connection-0', openConnection());
      expect(h.keeper.channels.openInit(h.ctx(), MOCK_PORT, channel())).toEqual({ channelId: 'channel-0', version: MOCK_VERSION });
      expect(h.keeper.channels.requireChannel(h.ctx(), MOCK_PORT, 'channel-0')).toEqual(channel({ version: MOCK_VERSION }));
      for (const p of [Paths.nextSequenceSend, Paths.nextSequenceRecv, Paths.nextSequenceAck]) expect(h.keeper.channels.sequence(h.ctx(), p(MOCK_PORT, 'channel-0'))).toBe(1n);
      expect(h.takeEvents()[0]).toEqual(['channel_open_init', { port_id: MOCK_PORT, channel_id: 'channel-0', counterparty_port_id: MOCK_PORT, connection_id: 'connection-0', version: MOCK_VERSION }]);
      expect(h.keeper.channels.openInit(h.ctx(), MOCK_PORT, channel()).channelId).toBe('channel-1');
    });

    test('open init refusals: unbound port, unknown connection, ordering the connection does not allow, unnegotiated connection version, the app refusing the version', () => {
      setConnection('connection-0', openConnection({ versions: [{ identifier: '1', features: ['ORDER_ORDERED'] }] }));
      h.expectFailure((ctx) => h.keeper.channels.openInit(ctx, 'transfer', channel()), 'port', 3, /transfer/);
      h.expectFailure((ctx) => h.keeper.channels.openInit(ctx, MOCK_PORT, channel({ connectionHops: ['connection-4'] })), 'connection', 3);
      h.expectFailure((ctx) => h.keeper.channels.openInit(ctx, MOCK_PORT, channel()), 'channel', 6, /ORDER_UNORDERED/);
      setConnection('connection-0', openConnection({ versions: compatibleVersions().concat({ identifier: '2', features: ['ORDER_ORDERED'] }) }));
      h.expectFailure((ctx) => h.keeper.channels.openInit(ctx, MOCK_PORT, channel()), 'connection', 9, /single version/);
      setConnection('connection-0', openConnection());
      h.expectFailure((ctx) => h.keeper.channels.openInit(ctx, MOCK_PORT, channel({ version: 'mock-2' })), 'ibcmock', 2);
    });

    test('open try / ack / confirm refusals before any proof: connection not OPEN, unknown channel, wrong state', () => {
      setConnection('connection-0', openConnection({ state: ConnectionState.STATE_TRYOPEN }));
      const tryChannel = channel({ state: State.STATE_TRYOPEN, counterparty: { portId: MOCK_PORT, channelId: 'channel-8' } });
      h.expectFailure((ctx) => h.keeper.channels.openTry(ctx, MOCK_PORT, tryChannel, MOCK_VERSION, GARBAGE_PROOF, h10), 'connection', 6, /not OPEN/);
      setConnection('connection-0', openConnection());
      h.expectFailure((ctx) => h.keeper.channels.openTry(ctx, MOCK_PORT, tryChannel, MOCK_VERSION, GARBAGE_PROOF, h10), 'client', 30, /channelEnds\/ports\/mock\/channels\/channel-8/);
      h.expectFailure((ctx) => h.keeper.channels.openAck(ctx, MOCK_PORT, 'channel-0', 'channel-8', MOCK_VERSION, GARBAGE_PROOF, h10), 'channel', 3);
      h.keeper.channels.openInit(h.ctx(), MOCK_PORT, channel());
      h.takeEvents();
      h.expectFailure((ctx) => h.keeper.channels.openConfirm(ctx, MOCK_PORT, 'channel-0', GARBAGE_PROOF, h10), 'channel', 5, /not TRYOPEN/);
      h.expectFailure((ctx) => h.keeper.channels.openAck(ctx, MOCK_PORT, 'channel-0', 'channel-8', MOCK_VERSION, GARBAGE_PROOF, h10), 'client', 30);
    });

    test('close init: the app may refuse; otherwise CLOSED with channel_close_init; closing twice is refused', () => {
      setConnection('connection-0', openConnection());
      h.keeper.channels.openInit(h.ctx(), MOCK_PORT, channel());
      h.takeEvents();
      h.expectFailure((ctx) => h.keeper.channels.closeInit(ctx, MOCK_PORT, 'channel-0'), 'ibcmock', 3);
      h.mock.refuseClose = false;
      h.keeper.channels.closeInit(h.ctx(), MOCK_PORT, 'channel-0');
      expect(h.keeper.channels.requireChannel(h.ctx(), MOCK_PORT, 'channel-0').state).toBe(State.STATE_CLOSED);
      expect(h.takeEvents()[0][0]).toBe('channel_close_init');
      h.expectFailure((ctx) => h.keeper.channels.closeInit(ctx, MOCK_PORT, 'channel-0'), 'channel', 5, /already CLOSED/);
      h.expectFailure((ctx) => h.keeper.channels.closeConfirm(ctx, MOCK_PORT, 'channel-0', GARBAGE_PROOF, h10), 'channel', 5, /already CLOSED/);
    });
  });
});
