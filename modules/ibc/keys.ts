import type { Height } from 'cosmjs-types/ibc/core/client/v1/client';

/**
 * The ibc store's key layout: ibc-go v8's ICS-24 host paths, UTF-8, at the store root (relayers
 * query `/store/ibc/key` with exactly these keys and the counterparty proves them under prefix `ibc`).
 */
export const STORE_NAME = 'ibc';

/** The commitment prefix counterparties prepend to every path (MerklePrefix.key_prefix). */
export const COMMITMENT_PREFIX = Buffer.from('ibc');

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

/** ibc-go Height.String(): "{revision}-{height}". */
export function heightString(h: Height): string {
  return `${h.revisionNumber}-${h.revisionHeight}`;
}

/** uint64 big-endian (ibc-go sdk.Uint64ToBigEndian), for sequences, counters and processed times. */
export function u64(v: bigint): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(v);
  return b;
}

export function readU64(b: Uint8Array): bigint {
  return Buffer.from(b).readBigUInt64BE(0);
}

export const Paths = {
  nextClientSequence: 'nextClientSequence',
  nextConnectionSequence: 'nextConnectionSequence',
  nextChannelSequence: 'nextChannelSequence',
  clientParams: 'clientParams',
  connectionParams: 'connectionParams',
  clientState: (clientId: string) => `clients/${clientId}/clientState`,
  consensusState: (clientId: string, h: Height) => `clients/${clientId}/consensusStates/${heightString(h)}`,
  /** 07-tendermint metadata: when (block time ns, u64 BE) and at which host height ("rev-h") a consensus state was stored. */
  processedTime: (clientId: string, h: Height) => `clients/${clientId}/consensusStates/${heightString(h)}/processedTime`,
  processedHeight: (clientId: string, h: Height) => `clients/${clientId}/consensusStates/${heightString(h)}/processedHeight`,
  clientConnections: (clientId: string) => `clients/${clientId}/connections`,
  connection: (connectionId: string) => `connections/${connectionId}`,
  channel: (port: string, channel: string) => `channelEnds/ports/${port}/channels/${channel}`,
  nextSequenceSend: (port: string, channel: string) => `nextSequenceSend/ports/${port}/channels/${channel}`,
  nextSequenceRecv: (port: string, channel: string) => `nextSequenceRecv/ports/${port}/channels/${channel}`,
  nextSequenceAck: (port: string, channel: string) => `nextSequenceAck/ports/${port}/channels/${channel}`,
  packetCommitmentPrefix: (port: string, channel: string) => `commitments/ports/${port}/channels/${channel}/sequences/`,
  packetCommitment: (port: string, channel: string, seq: bigint) => `commitments/ports/${port}/channels/${channel}/sequences/${seq}`,
  packetReceipt: (port: string, channel: string, seq: bigint) => `receipts/ports/${port}/channels/${channel}/sequences/${seq}`,
  packetAckPrefix: (port: string, channel: string) => `acks/ports/${port}/channels/${channel}/sequences/`,
  packetAck: (port: string, channel: string, seq: bigint) => `acks/ports/${port}/channels/${channel}/sequences/${seq}`,
} as const;

/**
 * 07-tendermint's iteration key: clients/{id}/iterateConsensusStates ‖ revision u64 BE ‖ height u64 BE
 * → the consensus state's path relative to the client ("consensusStates/{rev}-{h}"); ordered by height
 * so the oldest and the neighbours of a height are found by iteration.
 */
export function iterationPrefix(clientId: string): Buffer {
  return utf8(`clients/${clientId}/iterateConsensusStates`);
}

export function iterationKey(clientId: string, h: Height): Buffer {
  return Buffer.concat([iterationPrefix(clientId), u64(h.revisionNumber), u64(h.revisionHeight)]);
}

export function iterationValue(h: Height): Buffer {
  return utf8(`consensusStates/${heightString(h)}`);
}

/** Parses "consensusStates/{rev}-{h}" (an iteration value) or "{rev}-{h}". */
export function parseHeight(s: string): Height | undefined {
  const m = /^(?:consensusStates\/)?(\d+)-(\d+)$/.exec(s);
  if (!m) return undefined;
  return { revisionNumber: BigInt(m[1]), revisionHeight: BigInt(m[2]) };
}

export function key(path: string): Buffer {
  return utf8(path);
}

export const RECEIPT_VALUE = Uint8Array.of(1);
