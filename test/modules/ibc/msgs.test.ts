// The registered ibc-go Msgs: type URLs a relayer's txs use, signers, and the stateless checks
// (ValidateBasic) refusing malformed messages with ibc-go's codespaces before any state is read.
import * as ConnTx from 'cosmjs-types/ibc/core/connection/v1/tx';
import * as ChanTx from 'cosmjs-types/ibc/core/channel/v1/tx';
import { Order, State, type Packet } from 'cosmjs-types/ibc/core/channel/v1/channel';
import { AppError, StoreKey, type MsgRegistration } from '../../../chain/sdk';
import { clientStateAny, consensusStateAny } from '../../../modules/ibc/codec';
import { IbcKeeper } from '../../../modules/ibc/keeper';
import { ibcMsgs } from '../../../modules/ibc/msgs';
import { compatibleVersions } from '../../../modules/ibc/versions';
import { addr } from '../helpers';
import { clientState, consensusStateOf, signedHeader, T0, testValidator } from './light-client/helpers/test-chain';

const msgs = new Map(ibcMsgs(new IbcKeeper(new StoreKey('ibc'))).map((m) => [m.typeUrl, m as MsgRegistration<any>]));
const SIGNER = addr('relayer');
const H = { revisionNumber: 1n, revisionHeight: 5n };
const ZERO = { revisionNumber: 0n, revisionHeight: 0n };
const PREFIX = { keyPrefix: Buffer.from('ibc') };
const PROOF = Buffer.from('0a00', 'hex');

function refuse(typeUrl: string, msg: object, codespace: string, code: number, log?: RegExp): void {
  const reg = msgs.get(typeUrl)!;
  let caught: unknown;
  try {
    reg.validateBasic(msg);
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(AppError);
  expect([(caught as AppError).codespace, (caught as AppError).code, (caught as AppError).message]).toEqual([codespace, code, expect.stringMatching(log ?? /.*/)]);
}

const packet = (over: Partial<Packet> = {}): Packet => ({
  sequence: 1n,
  sourcePort: 'transfer',
  sourceChannel: 'channel-0',
  destinationPort: 'transfer',
  destinationChannel: 'channel-1',
  data: Buffer.from('x'),
  timeoutHeight: H,
  timeoutTimestamp: 0n,
  ...over,
});

describe('ibc Msgs', () => {
  test("every ibc-go core Msg a relayer sends is registered, with its response type and the signer field as signer", () => {
    expect([...msgs.keys()].sort()).toEqual(
      [
        '/ibc.core.client.v1.MsgCreateClient',
        '/ibc.core.client.v1.MsgUpdateClient',
        '/ibc.core.client.v1.MsgSubmitMisbehaviour',
        '/ibc.core.connection.v1.MsgConnectionOpenInit',
        '/ibc.core.connection.v1.MsgConnectionOpenTry',
        '/ibc.core.connection.v1.MsgConnectionOpenAck',
        '/ibc.core.connection.v1.MsgConnectionOpenConfirm',
        '/ibc.core.channel.v1.MsgChannelOpenInit',
        '/ibc.core.channel.v1.MsgChannelOpenTry',
        '/ibc.core.channel.v1.MsgChannelOpenAck',
        '/ibc.core.channel.v1.MsgChannelOpenConfirm',
        '/ibc.core.channel.v1.MsgChannelCloseInit',
        '/ibc.core.channel.v1.MsgChannelCloseConfirm',
        '/ibc.core.channel.v1.MsgRecvPacket',
        '/ibc.core.channel.v1.MsgAcknowledgement',
        '/ibc.core.channel.v1.MsgTimeout',
        '/ibc.core.channel.v1.MsgTimeoutOnClose',
      ].sort(),
    );
    for (const [url, reg] of msgs) expect(reg.responseTypeUrl).toBe(`${url}Response`);
    const recv = ChanTx.MsgRecvPacket.fromPartial({ packet: packet(), proofCommitment: PROOF, proofHeight: H, signer: SIGNER });
    const reg = msgs.get('/ibc.core.channel.v1.MsgRecvPacket')!;
    expect(reg.signers(reg.decode(reg.encode(recv)))).toEqual([SIGNER]);
    expect(() => reg.validateBasic(recv)).not.toThrow();
  });

  test('client Msgs: bad client state, bad consensus state, bad ids, no client message, bad signer', () => {
    const cs = clientStateAny(clientState('counter-1', 5n));
    const cons = consensusStateAny(consensusStateOf(signedHeader({ chainId: 'counter-1', height: 5n, time: T0, vals: [testValidator('a', 1n)] }).header!));
    const create = '/ibc.core.client.v1.MsgCreateClient';
    expect(() => msgs.get(create)!.validateBasic({ clientState: cs, consensusState: cons, signer: SIGNER })).not.toThrow();
    refuse(create, { clientState: clientStateAny(clientState('counter-1', 5n, { trustLevel: { numerator: 1n, denominator: 4n } })), consensusState: cons, signer: SIGNER }, '07-tendermint', 15);
    refuse(create, { clientState: cs, consensusState: { typeUrl: '/x', value: new Uint8Array() }, signer: SIGNER }, 'client', 33);
    refuse(create, { clientState: cs, consensusState: cons, signer: 'cosmos1xyz' }, 'sdk', 7);
    const update = '/ibc.core.client.v1.MsgUpdateClient';
    refuse(update, { clientId: 'short', clientMessage: undefined, signer: SIGNER }, 'host', 2, /invalid length/);
    refuse(update, { clientId: '07-tendermint-0', clientMessage: undefined, signer: SIGNER }, 'client', 12, /required/);
    refuse('/ibc.core.client.v1.MsgSubmitMisbehaviour', { clientId: '07-tendermint-0', misbehaviour: { typeUrl: '/ibc.lightclients.tendermint.v1.Misbehaviour', value: Buffer.from([0xff]) }, signer: SIGNER }, 'client', 13);
  });

  test('connection Msgs: counterparty ids and prefix, versions, empty proofs, zero heights, deprecated fields', () => {
    const init = '/ibc.core.connection.v1.MsgConnectionOpenInit';
    const ok = ConnTx.MsgConnectionOpenInit.fromPartial({ clientId: '07-tendermint-0', counterparty: { clientId: '07-tendermint-1', connectionId: '', prefix: PREFIX }, signer: SIGNER });
    expect(() => msgs.get(init)!.validateBasic(ok)).not.toThrow();
    refuse(init, { ...ok, counterparty: { ...ok.counterparty, connectionId: 'connection-1' } }, 'connection', 7, /must be empty/);
    refuse(init, { ...ok, counterparty: { ...ok.counterparty, prefix: { keyPrefix: new Uint8Array() } } }, 'commitment', 3);
    refuse(init, { ...ok, version: { identifier: '', features: [] } }, 'connection', 9);
    const tryUrl = '/ibc.core.connection.v1.MsgConnectionOpenTry';
    const t = ConnTx.MsgConnectionOpenTry.fromPartial({
      clientId: '07-tendermint-0',
      counterparty: { clientId: '07-tendermint-1', connectionId: 'connection-3', prefix: PREFIX },
      counterpartyVersions: compatibleVersions(),
      proofInit: PROOF,
      proofHeight: H,
      consensusHeight: H,
      signer: SIGNER,
    });
    expect(() => msgs.get(tryUrl)!.validateBasic(t)).not.toThrow();
    refuse(tryUrl, { ...t, previousConnectionId: 'connection-0' }, 'connection', 8, /deprecated/);
    refuse(tryUrl, { ...t, counterparty: { ...t.counterparty, connectionId: '' } }, 'host', 2);
    refuse(tryUrl, { ...t, counterpartyVersions: [] }, 'connection', 9);
    refuse(tryUrl, { ...t, proofInit: new Uint8Array() }, 'commitment', 2, /empty/);
    refuse(tryUrl, { ...t, proofHeight: ZERO }, 'client', 26);
    refuse(tryUrl, { ...t, consensusHeight: ZERO }, 'client', 26);
    const ack = ConnTx.MsgConnectionOpenAck.fromPartial({ connectionId: 'connection-0', counterpartyConnectionId: 'connection-3', version: compatibleVersions()[0], proofTry: PROOF, proofHeight: H, consensusHeight: H, signer: SIGNER });
    expect(() => msgs.get('/ibc.core.connection.v1.MsgConnectionOpenAck')!.validateBasic(ack)).not.toThrow();
    refuse('/ibc.core.connection.v1.MsgConnectionOpenAck', { ...ack, version: undefined }, 'connection', 9, /nil/);
    refuse('/ibc.core.connection.v1.MsgConnectionOpenConfirm', { connectionId: 'connection-0', proofAck: new Uint8Array(), proofHeight: H, signer: SIGNER }, 'commitment', 2);
  });

  test('channel Msgs: state carried, ordering, hops, counterparty channel id, deprecated fields, proofs', () => {
    const init = '/ibc.core.channel.v1.MsgChannelOpenInit';
    const channel = { state: State.STATE_INIT, ordering: Order.ORDER_UNORDERED, counterparty: { portId: 'transfer', channelId: '' }, connectionHops: ['connection-0'], version: 'ics20-1' };
    expect(() => msgs.get(init)!.validateBasic({ portId: 'transfer', channel, signer: SIGNER })).not.toThrow();
    refuse(init, { portId: 'transfer', channel: { ...channel, state: State.STATE_OPEN }, signer: SIGNER }, 'channel', 5);
    refuse(init, { portId: 'transfer', channel: { ...channel, ordering: Order.ORDER_NONE_UNSPECIFIED }, signer: SIGNER }, 'channel', 6);
    refuse(init, { portId: 'transfer', channel: { ...channel, connectionHops: ['connection-0', 'connection-1'] }, signer: SIGNER }, 'channel', 15);
    refuse(init, { portId: 'transfer', channel: { ...channel, counterparty: { portId: 'transfer', channelId: 'channel-1' } }, signer: SIGNER }, 'channel', 7);
    refuse(init, { portId: 't', channel, signer: SIGNER }, 'host', 2);
    const tryUrl = '/ibc.core.channel.v1.MsgChannelOpenTry';
    const t = { portId: 'transfer', previousChannelId: '', channel: { ...channel, state: State.STATE_TRYOPEN, counterparty: { portId: 'transfer', channelId: 'channel-4' } }, counterpartyVersion: 'ics20-1', proofInit: PROOF, proofHeight: H, signer: SIGNER };
    expect(() => msgs.get(tryUrl)!.validateBasic(t)).not.toThrow();
    refuse(tryUrl, { ...t, previousChannelId: 'channel-1' }, 'channel', 4, /deprecated/);
    refuse(tryUrl, { ...t, channel: { ...t.channel, counterparty: { portId: 'transfer', channelId: '' } } }, 'host', 2);
    refuse(tryUrl, { ...t, proofInit: new Uint8Array() }, 'commitment', 2);
    refuse('/ibc.core.channel.v1.MsgChannelOpenAck', { portId: 'transfer', channelId: 'channel-0', counterpartyChannelId: 'c', counterpartyVersion: '', proofTry: PROOF, proofHeight: H, signer: SIGNER }, 'host', 2);
    refuse('/ibc.core.channel.v1.MsgChannelCloseConfirm', { portId: 'transfer', channelId: 'channel-0', proofInit: new Uint8Array(), proofHeight: H, signer: SIGNER }, 'commitment', 2);
  });

  test('packet Msgs: packet ValidateBasic, empty proofs and acks, a zero next sequence', () => {
    const recv = '/ibc.core.channel.v1.MsgRecvPacket';
    const base = { packet: packet(), proofCommitment: PROOF, proofHeight: H, signer: SIGNER };
    refuse(recv, { ...base, packet: packet({ sequence: 0n }) }, 'channel', 13, /sequence/);
    refuse(recv, { ...base, packet: packet({ data: new Uint8Array() }) }, 'channel', 13, /data/);
    refuse(recv, { ...base, packet: packet({ timeoutHeight: ZERO, timeoutTimestamp: 0n }) }, 'channel', 26);
    refuse(recv, { ...base, packet: packet({ sourceChannel: 'ch' }) }, 'host', 2);
    refuse(recv, { ...base, proofCommitment: new Uint8Array() }, 'commitment', 2);
    refuse(recv, { ...base, packet: undefined }, 'channel', 13, /required/);
    const ack = { packet: packet(), acknowledgement: Buffer.from('{}'), proofAcked: PROOF, proofHeight: H, signer: SIGNER };
    expect(() => msgs.get('/ibc.core.channel.v1.MsgAcknowledgement')!.validateBasic(ack)).not.toThrow();
    refuse('/ibc.core.channel.v1.MsgAcknowledgement', { ...ack, acknowledgement: new Uint8Array() }, 'channel', 16);
    const timeout = { packet: packet(), proofUnreceived: PROOF, proofHeight: H, nextSequenceRecv: 1n, signer: SIGNER };
    expect(() => msgs.get('/ibc.core.channel.v1.MsgTimeout')!.validateBasic(timeout)).not.toThrow();
    refuse('/ibc.core.channel.v1.MsgTimeout', { ...timeout, nextSequenceRecv: 0n }, 'channel', 11);
    refuse('/ibc.core.channel.v1.MsgTimeoutOnClose', { ...timeout, proofClose: new Uint8Array() }, 'commitment', 2, /closing/);
  });
});
