import type { Height } from 'cosmjs-types/ibc/core/client/v1/client';
import { Order, State, type Channel, type Packet } from 'cosmjs-types/ibc/core/channel/v1/channel';
import { ResponseResultType } from 'cosmjs-types/ibc/core/channel/v1/tx';
import { branchContext, bytesEqual, sha256, type Context, type ReadContext } from '../../chain/sdk';
import type { ChannelKeeper } from './channel-keeper';
import { selfHeight } from './client-keeper';
import { ChannelErrors } from './errors';
import { emitAcknowledgePacket, emitChannelClosed, emitPacket, emitTimeoutPacket, emitWriteAcknowledgement } from './events';
import { heightString, key, Paths, RECEIPT_VALUE, u64 } from './keys';
import { compareHeights, isZeroHeight } from './light-client';
import { validateChannelId, validatePortId } from './identifiers';

/** ibc-go CommitPacket: sha256(timeout ts u64 BE ‖ timeout revision u64 BE ‖ timeout height u64 BE ‖ sha256(data)). */
export function packetCommitment(p: Pick<Packet, 'timeoutTimestamp' | 'timeoutHeight' | 'data'>): Buffer {
  return sha256(Buffer.concat([u64(p.timeoutTimestamp), u64(p.timeoutHeight.revisionNumber), u64(p.timeoutHeight.revisionHeight), sha256(p.data)]));
}

/** ibc-go CommitAcknowledgement: sha256(ack). */
export const ackCommitment = (ack: Uint8Array): Buffer => sha256(ack);

/** ibc-go Packet.ValidateBasic. */
export function validatePacket(p: Packet | undefined): Packet {
  if (!p) throw ChannelErrors.invalidPacket.wrap('packet is required');
  validatePortId(p.sourcePort);
  validateChannelId(p.sourceChannel);
  validatePortId(p.destinationPort);
  validateChannelId(p.destinationChannel);
  if (p.sequence === 0n) throw ChannelErrors.invalidPacket.wrap('packet sequence cannot be 0');
  if (isZeroHeight(p.timeoutHeight) && p.timeoutTimestamp === 0n) throw ChannelErrors.invalidTimeout.wrap('packet timeout height and packet timeout timestamp cannot both be 0');
  if (p.data.length === 0) throw ChannelErrors.invalidPacket.wrap('packet data bytes cannot be empty');
  return p;
}

const RESULT = ResponseResultType;
/** ibc-go's prefix for the events of an app callback whose writes were discarded (error ack). */
export const ERROR_EVENT_PREFIX = 'ibccallbackerror-';

/** ICS-04 packets: send (for apps), receive, acknowledge, time out; commitments, receipts and acks in the host paths. */
export class PacketKeeper {
  constructor(readonly channels: ChannelKeeper) {}

  commitment(ctx: ReadContext, port: string, channel: string, seq: bigint): Uint8Array | undefined {
    return this.channels.store(ctx).get(key(Paths.packetCommitment(port, channel, seq)));
  }

  receipt(ctx: ReadContext, port: string, channel: string, seq: bigint): boolean {
    return this.channels.store(ctx).has(key(Paths.packetReceipt(port, channel, seq)));
  }

  acknowledgement(ctx: ReadContext, port: string, channel: string, seq: bigint): Uint8Array | undefined {
    return this.channels.store(ctx).get(key(Paths.packetAck(port, channel, seq)));
  }

  /** For apps (ICS-20): commits a packet on an OPEN channel and returns its sequence. */
  sendPacket(ctx: Context, sourcePort: string, sourceChannel: string, timeoutHeight: Height, timeoutTimestamp: bigint, data: Uint8Array): bigint {
    const c = this.channels.requireChannel(ctx, sourcePort, sourceChannel);
    if (c.state !== State.STATE_OPEN) throw ChannelErrors.invalidChannelState.wrap(`channel is not OPEN (got ${State[c.state]})`);
    const seqPath = Paths.nextSequenceSend(sourcePort, sourceChannel);
    const sequence = this.channels.sequence(ctx, seqPath);
    if (sequence === undefined) throw ChannelErrors.sequenceSendNotFound.wrap(`source port: ${sourcePort}, source channel: ${sourceChannel}`);
    const packet: Packet = { sequence, sourcePort, sourceChannel, destinationPort: c.counterparty.portId, destinationChannel: c.counterparty.channelId, data, timeoutHeight, timeoutTimestamp };
    validatePacket(packet);
    const end = this.channels.connections.requireConnection(ctx, c.connectionHops[0]);
    const clients = this.channels.connections.clients;
    const cs = clients.requireActive(ctx, end.clientId);
    const latest = cs.latestHeight;
    if (!isZeroHeight(timeoutHeight) && compareHeights(latest, timeoutHeight) >= 0) {
      throw ChannelErrors.packetTimeout.wrap(`receiving chain block height >= packet timeout height (${heightString(latest)} >= ${heightString(timeoutHeight)})`);
    }
    const latestTime = clients.timestampAt(ctx, end.clientId, latest);
    if (timeoutTimestamp !== 0n && latestTime >= timeoutTimestamp) {
      throw ChannelErrors.packetTimeout.wrap(`receiving chain block timestamp >= packet timeout timestamp (${latestTime} >= ${timeoutTimestamp})`);
    }
    this.channels.setSequence(ctx, seqPath, sequence + 1n);
    this.channels.store(ctx).set(key(Paths.packetCommitment(sourcePort, sourceChannel, sequence)), packetCommitment(packet));
    emitPacket(ctx, 'send_packet', packet, c);
    return sequence;
  }

  recvPacket(ctx: Context, packet: Packet, proof: Uint8Array, proofHeight: Height, relayer: string): ResponseResultType {
    const app = this.channels.router.route(packet.destinationPort);
    const c = this.channels.requireChannel(ctx, packet.destinationPort, packet.destinationChannel);
    if (c.state !== State.STATE_OPEN) throw ChannelErrors.invalidChannelState.wrap(`channel state is not OPEN (got ${State[c.state]})`);
    this.requireFromCounterparty(c, packet.sourcePort, packet.sourceChannel, 'source');
    const end = this.channels.openConnection(ctx, c);
    const self = selfHeight(ctx);
    if (!isZeroHeight(packet.timeoutHeight) && compareHeights(self, packet.timeoutHeight) >= 0) {
      throw ChannelErrors.packetTimeout.wrap(`block height >= packet timeout height (${heightString(self)} >= ${heightString(packet.timeoutHeight)})`);
    }
    if (packet.timeoutTimestamp !== 0n && ctx.block.timeNanos >= packet.timeoutTimestamp) {
      throw ChannelErrors.packetTimeout.wrap(`block timestamp >= packet timeout timestamp (${ctx.block.timeNanos} >= ${packet.timeoutTimestamp})`);
    }
    const ordered = c.ordering === Order.ORDER_ORDERED;
    const recvPath = Paths.nextSequenceRecv(packet.destinationPort, packet.destinationChannel);
    if (ordered) {
      const next = this.channels.sequence(ctx, recvPath);
      if (next === undefined) throw ChannelErrors.sequenceReceiveNotFound.wrap(`destination port: ${packet.destinationPort}, destination channel: ${packet.destinationChannel}`);
      if (packet.sequence < next) return this.noop(ctx, packet, c);
      if (packet.sequence > next) throw ChannelErrors.packetSequenceOutOfOrder.wrap(`packet sequence ≠ next receive sequence (${packet.sequence} ≠ ${next})`);
    } else if (this.receipt(ctx, packet.destinationPort, packet.destinationChannel, packet.sequence)) {
      return this.noop(ctx, packet, c);
    }
    const target = this.channels.connections.proofTarget(ctx, end, proofHeight, true);
    this.channels.connections.clients.verifyMembership(ctx, target, proof, Paths.packetCommitment(packet.sourcePort, packet.sourceChannel, packet.sequence), packetCommitment(packet));
    if (ordered) this.channels.setSequence(ctx, recvPath, packet.sequence + 1n);
    else this.channels.store(ctx).set(key(Paths.packetReceipt(packet.destinationPort, packet.destinationChannel, packet.sequence)), RECEIPT_VALUE);
    emitPacket(ctx, 'recv_packet', packet, c);

    // the app runs on a branch: kept on success; on an error ack its writes are discarded and its
    // events re-emitted with the `ibccallbackerror-` prefix (ibc-go v8 convertToErrorEvents)
    const branch = branchContext(ctx);
    const appEvents: [string, Parameters<Context['emit']>[1]][] = [];
    const appCtx: Context = { ...branch.ctx, emit: (type, attrs) => appEvents.push([type, attrs]) };
    const ack = app.onRecvPacket(appCtx, packet, relayer);
    if (ack.success) {
      for (const [type, attrs] of appEvents) branch.ctx.emit(type, attrs);
      branch.write();
    } else {
      for (const [type, attrs] of appEvents) ctx.emit(`${ERROR_EVENT_PREFIX}${type}`, attrs);
    }
    this.writeAcknowledgement(ctx, packet, c, ack.bytes);
    return RESULT.RESPONSE_RESULT_TYPE_SUCCESS;
  }

  private noop(ctx: Context, packet: Packet, c: Channel): ResponseResultType {
    emitPacket(ctx, 'recv_packet', packet, c);
    return RESULT.RESPONSE_RESULT_TYPE_NOOP;
  }

  private writeAcknowledgement(ctx: Context, packet: Packet, c: Channel, ack: Uint8Array): void {
    if (ack.length === 0) throw ChannelErrors.invalidAcknowledgement.wrap('acknowledgement cannot be empty');
    const path = Paths.packetAck(packet.destinationPort, packet.destinationChannel, packet.sequence);
    if (this.channels.store(ctx).has(key(path))) throw ChannelErrors.acknowledgementExists.wrap(`packet ${packet.sequence} on ${packet.destinationPort}/${packet.destinationChannel}`);
    this.channels.store(ctx).set(key(path), ackCommitment(ack));
    emitWriteAcknowledgement(ctx, packet, c, ack);
  }

  acknowledgePacket(ctx: Context, packet: Packet, ack: Uint8Array, proof: Uint8Array, proofHeight: Height, relayer: string): ResponseResultType {
    const app = this.channels.router.route(packet.sourcePort);
    const c = this.channels.requireChannel(ctx, packet.sourcePort, packet.sourceChannel);
    if (c.state !== State.STATE_OPEN) throw ChannelErrors.invalidChannelState.wrap(`channel state is not OPEN (got ${State[c.state]})`);
    this.requireFromCounterparty(c, packet.destinationPort, packet.destinationChannel, 'destination');
    const end = this.channels.openConnection(ctx, c);
    const stored = this.commitment(ctx, packet.sourcePort, packet.sourceChannel, packet.sequence);
    if (!stored) {
      emitAcknowledgePacket(ctx, packet, c);
      return RESULT.RESPONSE_RESULT_TYPE_NOOP;
    }
    if (!bytesEqual(stored, packetCommitment(packet))) throw ChannelErrors.invalidPacket.wrap('commitment bytes are not equal: the packet differs from the one sent');
    const target = this.channels.connections.proofTarget(ctx, end, proofHeight, true);
    this.channels.connections.clients.verifyMembership(ctx, target, proof, Paths.packetAck(packet.destinationPort, packet.destinationChannel, packet.sequence), ackCommitment(ack));
    if (c.ordering === Order.ORDER_ORDERED) {
      const path = Paths.nextSequenceAck(packet.sourcePort, packet.sourceChannel);
      const next = this.channels.sequence(ctx, path);
      if (next === undefined) throw ChannelErrors.sequenceAckNotFound.wrap(`source port: ${packet.sourcePort}, source channel: ${packet.sourceChannel}`);
      if (packet.sequence !== next) throw ChannelErrors.packetSequenceOutOfOrder.wrap(`packet sequence ≠ next ack sequence (${packet.sequence} ≠ ${next})`);
      this.channels.setSequence(ctx, path, next + 1n);
    }
    this.channels.store(ctx).delete(key(Paths.packetCommitment(packet.sourcePort, packet.sourceChannel, packet.sequence)));
    emitAcknowledgePacket(ctx, packet, c);
    app.onAcknowledgementPacket(ctx, packet, ack, relayer);
    return RESULT.RESPONSE_RESULT_TYPE_SUCCESS;
  }

  /** MsgTimeout: the counterparty's client state at proofHeight is past the timeout and the packet is proven unreceived. */
  timeoutPacket(ctx: Context, packet: Packet, proof: Uint8Array, proofHeight: Height, nextSequenceRecv: bigint, relayer: string): ResponseResultType {
    const app = this.channels.router.route(packet.sourcePort);
    const c = this.channels.requireChannel(ctx, packet.sourcePort, packet.sourceChannel);
    if (c.state !== State.STATE_OPEN) throw ChannelErrors.invalidChannelState.wrap(`channel state is not OPEN (got ${State[c.state]})`);
    this.requireFromCounterparty(c, packet.destinationPort, packet.destinationChannel, 'destination');
    const end = this.channels.connections.requireConnection(ctx, c.connectionHops[0]);
    const proofTime = this.channels.connections.clients.timestampAt(ctx, end.clientId, proofHeight);
    const heightPassed = !isZeroHeight(packet.timeoutHeight) && compareHeights(proofHeight, packet.timeoutHeight) >= 0;
    const timePassed = packet.timeoutTimestamp !== 0n && proofTime >= packet.timeoutTimestamp;
    if (!heightPassed && !timePassed) {
      throw ChannelErrors.packetTimeout.wrap(
        `packet timeout has not been reached for height or timestamp (proof height ${heightString(proofHeight)}, timeout height ${heightString(packet.timeoutHeight)}; proof time ${proofTime}, timeout timestamp ${packet.timeoutTimestamp})`,
      );
    }
    const result = this.checkCommitment(ctx, packet);
    if (result) {
      emitTimeoutPacket(ctx, packet, c);
      return result;
    }
    this.verifyUnreceived(ctx, c, end, packet, proof, proofHeight, nextSequenceRecv);
    this.timeoutExecuted(ctx, packet, c);
    app.onTimeoutPacket(ctx, packet, relayer);
    return RESULT.RESPONSE_RESULT_TYPE_SUCCESS;
  }

  /** MsgTimeoutOnClose: the counterparty closed its channel end before receiving the packet. */
  timeoutOnClose(ctx: Context, packet: Packet, proofUnreceived: Uint8Array, proofClose: Uint8Array, proofHeight: Height, nextSequenceRecv: bigint, relayer: string): ResponseResultType {
    const app = this.channels.router.route(packet.sourcePort);
    const c = this.channels.requireChannel(ctx, packet.sourcePort, packet.sourceChannel);
    this.requireFromCounterparty(c, packet.destinationPort, packet.destinationChannel, 'destination');
    const end = this.channels.connections.requireConnection(ctx, c.connectionHops[0]);
    const result = this.checkCommitment(ctx, packet);
    if (result) {
      emitTimeoutPacket(ctx, packet, c);
      return result;
    }
    const expected: Channel = {
      state: State.STATE_CLOSED,
      ordering: c.ordering,
      counterparty: { portId: packet.sourcePort, channelId: packet.sourceChannel },
      connectionHops: [end.counterparty.connectionId],
      version: c.version,
    };
    this.channels.verifyChannelState(ctx, end, proofHeight, proofClose, c.counterparty, expected);
    this.verifyUnreceived(ctx, c, end, packet, proofUnreceived, proofHeight, nextSequenceRecv);
    this.timeoutExecuted(ctx, packet, c);
    app.onTimeoutPacket(ctx, packet, relayer);
    return RESULT.RESPONSE_RESULT_TYPE_SUCCESS;
  }

  /** NOOP when the commitment is gone (already acknowledged or timed out); an error when it is another packet's. */
  private checkCommitment(ctx: Context, packet: Packet): ResponseResultType | undefined {
    const stored = this.commitment(ctx, packet.sourcePort, packet.sourceChannel, packet.sequence);
    if (!stored) return RESULT.RESPONSE_RESULT_TYPE_NOOP;
    if (!bytesEqual(stored, packetCommitment(packet))) throw ChannelErrors.invalidPacket.wrap('packet commitment bytes are not equal: the packet differs from the one sent');
    return undefined;
  }

  /** Ordered: the counterparty's next receive sequence is ≤ this packet's. Unordered: no receipt (non-membership). */
  private verifyUnreceived(ctx: Context, c: Channel, end: Parameters<ChannelKeeper['verifyChannelState']>[1], packet: Packet, proof: Uint8Array, proofHeight: Height, nextSequenceRecv: bigint): void {
    const clients = this.channels.connections.clients;
    const target = this.channels.connections.proofTarget(ctx, end, proofHeight, true);
    if (c.ordering === Order.ORDER_ORDERED) {
      if (nextSequenceRecv > packet.sequence) throw ChannelErrors.packetReceived.wrap(`next sequence receive > packet sequence (${nextSequenceRecv} > ${packet.sequence})`);
      clients.verifyMembership(ctx, target, proof, Paths.nextSequenceRecv(packet.destinationPort, packet.destinationChannel), u64(nextSequenceRecv));
    } else {
      clients.verifyNonMembership(ctx, target, proof, Paths.packetReceipt(packet.destinationPort, packet.destinationChannel, packet.sequence));
    }
  }

  private timeoutExecuted(ctx: Context, packet: Packet, c: Channel): void {
    this.channels.store(ctx).delete(key(Paths.packetCommitment(packet.sourcePort, packet.sourceChannel, packet.sequence)));
    emitTimeoutPacket(ctx, packet, c);
    if (c.ordering === Order.ORDER_ORDERED) {
      this.channels.setChannel(ctx, packet.sourcePort, packet.sourceChannel, { ...c, state: State.STATE_CLOSED });
      emitChannelClosed(ctx, packet, c);
    }
  }

  private requireFromCounterparty(c: Channel, port: string, channel: string, side: string): void {
    if (port !== c.counterparty.portId) throw ChannelErrors.invalidPacket.wrap(`packet ${side} port doesn't match the counterparty's port (${port} ≠ ${c.counterparty.portId})`);
    if (channel !== c.counterparty.channelId) throw ChannelErrors.invalidPacket.wrap(`packet ${side} channel doesn't match the counterparty's channel (${channel} ≠ ${c.counterparty.channelId})`);
  }
}
