/**
 * The canonical envelopes of settle.app.v1 (proto/settle/app/v1/vote_extensions.proto): a vote
 * extension of named sections, and the proposer's injected tx. Decoders accept only the bytes the
 * encoder would produce, so no two encodings of the same content exist.
 */
import { ExtendedCommitInfo } from 'cosmjs-types/tendermint/abci/types';
import { InjectedVoteExtensions, Section, VoteExtension } from '../../proto/gen/settle/app/v1/vote_extensions';

/** Marks the injected tx: a 0x00 first byte is never a valid protobuf tag, so no Cosmos TxRaw starts like this. */
export const INJECTED_TX_MAGIC = Buffer.from([0x00, 0x53, 0x45, 0x54, 0x4c, 0x56, 0x45, 0x01]); // "\0SETLVE\1"

/** Sections by contributor name; an absent name means "nothing from that contributor". */
export type Sections = ReadonlyMap<string, Uint8Array>;

function toSectionList(sections: Sections): Section[] {
  const names = [...sections.keys()].sort(compareNames);
  return names.filter((n) => sections.get(n)!.length > 0).map((name) => ({ name, data: sections.get(name)! }));
}

function fromSectionList(list: Section[], what: string): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  let prev: string | undefined;
  for (const s of list) {
    if (prev !== undefined && compareNames(prev, s.name) >= 0) throw new Error(`${what}: sections must be in strictly increasing name order ("${prev}" then "${s.name}")`);
    if (s.data.length === 0) throw new Error(`${what}: section "${s.name}" is empty (empty sections are left out)`);
    prev = s.name;
    out.set(s.name, s.data);
  }
  return out;
}

/** Byte order of the UTF-8 names (what a Go or Rust implementation sorts by). */
function compareNames(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function requireCanonical(bytes: Uint8Array, reencoded: Uint8Array, what: string): void {
  if (!Buffer.from(reencoded).equals(Buffer.from(bytes))) throw new Error(`${what} is not canonically encoded`);
}

export function encodeVoteExtension(sections: Sections): Uint8Array {
  return VoteExtension.encode({ sections: toSectionList(sections) }).finish();
}

/** Throws with the reason on malformed or non-canonical bytes. Empty bytes are an extension with no section. */
export function decodeVoteExtension(bytes: Uint8Array): Map<string, Uint8Array> {
  let ext: VoteExtension;
  try {
    ext = VoteExtension.decode(bytes);
  } catch (err) {
    throw new Error(`not a settle.app.v1.VoteExtension: ${(err as Error).message}`);
  }
  const sections = fromSectionList(ext.sections, 'vote extension');
  requireCanonical(bytes, encodeVoteExtension(sections), 'the vote extension');
  return sections;
}

export function isInjectedTx(tx: Uint8Array): boolean {
  if (tx.length < INJECTED_TX_MAGIC.length) return false;
  for (let i = 0; i < INJECTED_TX_MAGIC.length; i++) if (tx[i] !== INJECTED_TX_MAGIC[i]) return false;
  return true;
}

export interface InjectedData {
  extendedCommit: ExtendedCommitInfo;
  sections: Map<string, Uint8Array>;
}

export function encodeInjectedTx(extendedCommit: ExtendedCommitInfo, sections: Sections = new Map()): Uint8Array {
  const body = InjectedVoteExtensions.encode({ extendedCommitInfo: ExtendedCommitInfo.encode(extendedCommit).finish(), sections: toSectionList(sections) }).finish();
  return Buffer.concat([INJECTED_TX_MAGIC, body]);
}

/** Throws with the reason on anything but an injected tx in canonical form. */
export function decodeInjectedTx(tx: Uint8Array): InjectedData {
  if (!isInjectedTx(tx)) throw new Error('not an injected vote-extension tx');
  const body = tx.subarray(INJECTED_TX_MAGIC.length);
  let env: InjectedVoteExtensions;
  let extendedCommit: ExtendedCommitInfo;
  try {
    env = InjectedVoteExtensions.decode(body);
    extendedCommit = ExtendedCommitInfo.decode(env.extendedCommitInfo);
  } catch (err) {
    throw new Error(`malformed injected tx: ${(err as Error).message}`);
  }
  const sections = fromSectionList(env.sections, 'injected tx');
  requireCanonical(body, InjectedVoteExtensions.encode({ extendedCommitInfo: env.extendedCommitInfo, sections: toSectionList(sections) }).finish(), 'the injected tx');
  return { extendedCommit, sections };
}
