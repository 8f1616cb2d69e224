import * as ClientTx from 'cosmjs-types/ibc/core/client/v1/tx';
import * as ConnectionTx from 'cosmjs-types/ibc/core/connection/v1/tx';
import * as ChannelTx from 'cosmjs-types/ibc/core/channel/v1/tx';
import { Order, State, type Channel } from 'cosmjs-types/ibc/core/channel/v1/channel';
import type { Counterparty as ConnectionCounterparty } from 'cosmjs-types/ibc/core/connection/v1/connection';
import type { Height } from 'cosmjs-types/ibc/core/client/v1/client';
import { addressBytes, msgRegistrations, type MsgCodec, type MsgRegistration, type Context } from '../../chain/sdk';
import { unpackClientMessage, unpackClientState, unpackConsensusState, unpackMisbehaviour } from './codec';
import { ChannelErrors, ClientErrors, CommitmentErrors, ConnectionErrors } from './errors';
import { validateChannelId, validateClientId, validateConnectionId, validatePortId } from './identifiers';
import type { IbcKeeper } from './keeper';
import { isZeroHeight, validateClientState } from './light-client';
import { validatePacket } from './packet-keeper';
import { validateVersion } from './versions';

const proof = (what: string, p: Uint8Array) => {
  if (p.length === 0) throw CommitmentErrors.invalidProof.wrap(`cannot submit an empty ${what}`);
};
const nonZeroHeight = (what: string, h: Height) => {
  if (isZeroHeight(h)) throw ClientErrors.invalidHeight.wrap(`${what} cannot be zero`);
};

function validateConnectionCounterparty(c: ConnectionCounterparty, connectionIdRequired: boolean): void {
  if (connectionIdRequired) validateConnectionId(c.connectionId);
  else if (c.connectionId !== '') throw ConnectionErrors.invalidCounterparty.wrap('counterparty connection identifier must be empty');
  validateClientId(c.clientId);
  if (!c.prefix || c.prefix.keyPrefix.length === 0) throw CommitmentErrors.invalidPrefix.wrap('counterparty prefix cannot be empty');
}

/** ibc-go Channel.ValidateBasic plus the state a handshake message must carry. */
function validateChannel(c: Channel | undefined, state: State, counterpartyChannelRequired: boolean): Channel {
  if (!c) throw ChannelErrors.invalidChannel.wrap('channel is required');
  if (c.state !== state) throw ChannelErrors.invalidChannelState.wrap(`channel state must be ${State[state]} in this message (got ${State[c.state]})`);
  if (c.ordering !== Order.ORDER_ORDERED && c.ordering !== Order.ORDER_UNORDERED) throw ChannelErrors.invalidChannelOrdering.wrap(`invalid channel ordering ${c.ordering}`);
  if (c.connectionHops.length !== 1) throw ChannelErrors.tooManyConnectionHops.wrap(`current IBC version only supports one connection hop, got ${c.connectionHops.length}`);
  validateConnectionId(c.connectionHops[0]);
  validatePortId(c.counterparty.portId);
  if (counterpartyChannelRequired) validateChannelId(c.counterparty.channelId);
  else if (c.counterparty.channelId !== '') throw ChannelErrors.invalidCounterparty.wrap('counterparty channel identifier must be empty');
  return c;
}

function signerOk(signer: string): void {
  addressBytes(signer);
}

/** ibc-go's core Msgs (type URLs /ibc.core.{client,connection,channel}.v1.*), signed by the relayer like any Cosmos tx. */
export function ibcMsgs(k: IbcKeeper): MsgRegistration[] {
  const client = msgRegistrations('ibc.core.client.v1', 'ibc/client');
  const connection = msgRegistrations('ibc.core.connection.v1', 'ibc/connection');
  const channel = msgRegistrations('ibc.core.channel.v1', 'ibc/channel');
  const json = <T>(codec: { toJSON(m: T): unknown }) => (m: T) => codec.toJSON(m);
  const c = <T>(codec: MsgCodec<T>) => codec;

  return [
    client(
      'MsgCreateClient',
      c(ClientTx.MsgCreateClient),
      c(ClientTx.MsgCreateClientResponse),
      (m) => m.signer,
      (m) => {
        validateClientState(unpackClientState(m.clientState));
        unpackConsensusState(m.consensusState);
        signerOk(m.signer);
      },
      (ctx: Context, m) => ({ clientId: k.clients.createClient(ctx, m.clientState, m.consensusState) }),
      json(ClientTx.MsgCreateClient),
    ),
    client(
      'MsgUpdateClient',
      c(ClientTx.MsgUpdateClient),
      c(ClientTx.MsgUpdateClientResponse),
      (m) => m.signer,
      (m) => {
        validateClientId(m.clientId);
        unpackClientMessage(m.clientMessage);
        signerOk(m.signer);
      },
      (ctx, m) => {
        k.clients.updateClient(ctx, m.clientId, m.clientMessage);
        return {};
      },
      json(ClientTx.MsgUpdateClient),
    ),
    client(
      'MsgSubmitMisbehaviour',
      c(ClientTx.MsgSubmitMisbehaviour),
      c(ClientTx.MsgSubmitMisbehaviourResponse),
      (m) => m.signer,
      (m) => {
        validateClientId(m.clientId);
        unpackMisbehaviour(m.misbehaviour);
        signerOk(m.signer);
      },
      (ctx, m) => {
        k.clients.submitMisbehaviour(ctx, m.clientId, m.misbehaviour);
        return {};
      },
      json(ClientTx.MsgSubmitMisbehaviour),
    ),
    connection(
      'MsgConnectionOpenInit',
      c(ConnectionTx.MsgConnectionOpenInit),
      c(ConnectionTx.MsgConnectionOpenInitResponse),
      (m) => m.signer,
      (m) => {
        validateClientId(m.clientId);
        validateConnectionCounterparty(m.counterparty, false);
        if (m.version) validateVersion(m.version);
        signerOk(m.signer);
      },
      (ctx, m) => ({ connectionId: k.connections.openInit(ctx, m.clientId, m.counterparty, m.version, m.delayPeriod) }),
      json(ConnectionTx.MsgConnectionOpenInit),
    ),
    connection(
      'MsgConnectionOpenTry',
      c(ConnectionTx.MsgConnectionOpenTry),
      c(ConnectionTx.MsgConnectionOpenTryResponse),
      (m) => m.signer,
      (m) => {
        if (m.previousConnectionId !== '') throw ConnectionErrors.invalidConnection.wrap('previous connection identifier must be empty, this field is deprecated');
        validateClientId(m.clientId);
        validateConnectionCounterparty(m.counterparty, true);
        if (m.counterpartyVersions.length === 0) throw ConnectionErrors.invalidVersion.wrap('empty counterparty versions');
        m.counterpartyVersions.forEach(validateVersion);
        proof('proof of the counterparty connection', m.proofInit);
        nonZeroHeight('proof height', m.proofHeight);
        nonZeroHeight('consensus height', m.consensusHeight);
        signerOk(m.signer);
      },
      (ctx, m) => ({ connectionId: k.connections.openTry(ctx, m) }),
      json(ConnectionTx.MsgConnectionOpenTry),
    ),
    connection(
      'MsgConnectionOpenAck',
      c(ConnectionTx.MsgConnectionOpenAck),
      c(ConnectionTx.MsgConnectionOpenAckResponse),
      (m) => m.signer,
      (m) => {
        validateConnectionId(m.connectionId);
        validateConnectionId(m.counterpartyConnectionId);
        validateVersion(m.version);
        proof('proof of the counterparty connection', m.proofTry);
        nonZeroHeight('proof height', m.proofHeight);
        nonZeroHeight('consensus height', m.consensusHeight);
        signerOk(m.signer);
      },
      (ctx, m) => {
        k.connections.openAck(ctx, { ...m, version: m.version! });
        return {};
      },
      json(ConnectionTx.MsgConnectionOpenAck),
    ),
    connection(
      'MsgConnectionOpenConfirm',
      c(ConnectionTx.MsgConnectionOpenConfirm),
      c(ConnectionTx.MsgConnectionOpenConfirmResponse),
      (m) => m.signer,
      (m) => {
        validateConnectionId(m.connectionId);
        proof('proof of the counterparty connection', m.proofAck);
        nonZeroHeight('proof height', m.proofHeight);
        signerOk(m.signer);
      },
      (ctx, m) => {
        k.connections.openConfirm(ctx, m.connectionId, m.proofAck, m.proofHeight);
        return {};
      },
      json(ConnectionTx.MsgConnectionOpenConfirm),
    ),
    channel(
      'MsgChannelOpenInit',
      c(ChannelTx.MsgChannelOpenInit),
      c(ChannelTx.MsgChannelOpenInitResponse),
      (m) => m.signer,
      (m) => {
        validatePortId(m.portId);
        validateChannel(m.channel, State.STATE_INIT, false);
        signerOk(m.signer);
      },
      (ctx, m) => k.channels.openInit(ctx, m.portId, m.channel),
      json(ChannelTx.MsgChannelOpenInit),
    ),
    channel(
      'MsgChannelOpenTry',
      c(ChannelTx.MsgChannelOpenTry),
      c(ChannelTx.MsgChannelOpenTryResponse),
      (m) => m.signer,
      (m) => {
        validatePortId(m.portId);
        if (m.previousChannelId !== '') throw ChannelErrors.invalidChannel.wrap('previous channel identifier must be empty, this field is deprecated');
        validateChannel(m.channel, State.STATE_TRYOPEN, true);
        proof('proof of the counterparty channel', m.proofInit);
        signerOk(m.signer);
      },
      (ctx, m) => k.channels.openTry(ctx, m.portId, m.channel, m.counterpartyVersion, m.proofInit, m.proofHeight),
      json(ChannelTx.MsgChannelOpenTry),
    ),
    channel(
      'MsgChannelOpenAck',
      c(ChannelTx.MsgChannelOpenAck),
      c(ChannelTx.MsgChannelOpenAckResponse),
      (m) => m.signer,
      (m) => {
        validatePortId(m.portId);
        validateChannelId(m.channelId);
        validateChannelId(m.counterpartyChannelId);
        proof('proof of the counterparty channel', m.proofTry);
        signerOk(m.signer);
      },
      (ctx, m) => {
        k.channels.openAck(ctx, m.portId, m.channelId, m.counterpartyChannelId, m.counterpartyVersion, m.proofTry, m.proofHeight);
        return {};
      },
      json(ChannelTx.MsgChannelOpenAck),
    ),
    channel(
      'MsgChannelOpenConfirm',
      c(ChannelTx.MsgChannelOpenConfirm),
      c(ChannelTx.MsgChannelOpenConfirmResponse),
      (m) => m.signer,
      (m) => {
        validatePortId(m.portId);
        validateChannelId(m.channelId);
        proof('proof of the counterparty channel', m.proofAck);
        signerOk(m.signer);
      },
      (ctx, m) => {
        k.channels.openConfirm(ctx, m.portId, m.channelId, m.proofAck, m.proofHeight);
        return {};
      },
      json(ChannelTx.MsgChannelOpenConfirm),
    ),
    channel(
      'MsgChannelCloseInit',
      c(ChannelTx.MsgChannelCloseInit),
      c(ChannelTx.MsgChannelCloseInitResponse),
      (m) => m.signer,
      (m) => {
        validatePortId(m.portId);
        validateChannelId(m.channelId);
        signerOk(m.signer);
      },
      (ctx, m) => {
        k.channels.closeInit(ctx, m.portId, m.channelId);
        return {};
      },
      json(ChannelTx.MsgChannelCloseInit),
    ),
    channel(
      'MsgChannelCloseConfirm',
      c(ChannelTx.MsgChannelCloseConfirm),
      c(ChannelTx.MsgChannelCloseConfirmResponse),
      (m) => m.signer,
      (m) => {
        validatePortId(m.portId);
        validateChannelId(m.channelId);
        proof('proof of the counterparty channel', m.proofInit);
        signerOk(m.signer);
      },
      (ctx, m) => {
        k.channels.closeConfirm(ctx, m.portId, m.channelId, m.proofInit, m.proofHeight);
        return {};
      },
      json(ChannelTx.MsgChannelCloseConfirm),
    ),
    channel(
      'MsgRecvPacket',
      c(ChannelTx.MsgRecvPacket),
      c(ChannelTx.MsgRecvPacketResponse),
      (m) => m.signer,
      (m) => {
        proof('proof of the packet commitment', m.proofCommitment);
        validatePacket(m.packet);
        signerOk(m.signer);
      },
      (ctx, m) => ({ result: k.packets.recvPacket(ctx, m.packet, m.proofCommitment, m.proofHeight, m.signer) }),
      json(ChannelTx.MsgRecvPacket),
    ),
    channel(
      'MsgAcknowledgement',
      c(ChannelTx.MsgAcknowledgement),
      c(ChannelTx.MsgAcknowledgementResponse),
      (m) => m.signer,
      (m) => {
        proof('proof of the acknowledgement', m.proofAcked);
        if (m.acknowledgement.length === 0) throw ChannelErrors.invalidAcknowledgement.wrap('ack bytes cannot be empty');
        validatePacket(m.packet);
        signerOk(m.signer);
      },
      (ctx, m) => ({ result: k.packets.acknowledgePacket(ctx, m.packet, m.acknowledgement, m.proofAcked, m.proofHeight, m.signer) }),
      json(ChannelTx.MsgAcknowledgement),
    ),
    channel(
      'MsgTimeout',
      c(ChannelTx.MsgTimeout),
      c(ChannelTx.MsgTimeoutResponse),
      (m) => m.signer,
      (m) => {
        proof('proof of the packet not being received', m.proofUnreceived);
        if (m.nextSequenceRecv === 0n) throw ChannelErrors.sequenceReceiveNotFound.wrap('next sequence receive cannot be 0');
        validatePacket(m.packet);
        signerOk(m.signer);
      },
      (ctx, m) => ({ result: k.packets.timeoutPacket(ctx, m.packet, m.proofUnreceived, m.proofHeight, m.nextSequenceRecv, m.signer) }),
      json(ChannelTx.MsgTimeout),
    ),
    channel(
      'MsgTimeoutOnClose',
      c(ChannelTx.MsgTimeoutOnClose),
      c(ChannelTx.MsgTimeoutOnCloseResponse),
      (m) => m.signer,
      (m) => {
        proof('proof of the packet not being received', m.proofUnreceived);
        proof('proof of the counterparty channel closing', m.proofClose);
        if (m.nextSequenceRecv === 0n) throw ChannelErrors.sequenceReceiveNotFound.wrap('next sequence receive cannot be 0');
        validatePacket(m.packet);
        signerOk(m.signer);
      },
      (ctx, m) => ({ result: k.packets.timeoutOnClose(ctx, m.packet, m.proofUnreceived, m.proofClose, m.proofHeight, m.nextSequenceRecv, m.signer) }),
      json(ChannelTx.MsgTimeoutOnClose),
    ),
  ];
}
