// chain/encoding: the bottom layer of settle (imports nothing of settle; every other layer may import it).
//
// Plain `export const` bindings, not `export { … } from`: compiled to CommonJS, a re-export becomes a
// getter that runs on every call through the module object (measured: encodeTxResult ~25% slower),
// whereas these are data properties, as cheap as a call to a local function.
import * as bytes from './bytes';
import * as varint from './varint';

export type { UvarintResult } from './varint';

export const MAX_UVARINT_BYTES = varint.MAX_UVARINT_BYTES;
export const uvarintLength = varint.uvarintLength;
export const uvarint32Length = varint.uvarint32Length;
export const writeUvarint = varint.writeUvarint;
export const writeUvarint32 = varint.writeUvarint32;
export const writeVarint = varint.writeVarint;
export const encodeUvarint = varint.encodeUvarint;
export const encodeVarint = varint.encodeVarint;
export const zigzagEncode = varint.zigzagEncode;
export const zigzagDecode = varint.zigzagDecode;
export const readUvarint = varint.readUvarint;
export const readVarint = varint.readVarint;
export const decodeUvarint = varint.decodeUvarint;

export const compareBytes = bytes.compareBytes;
export const bytesEqual = bytes.bytesEqual;
export const concatBytes = bytes.concatBytes;
export const u64be = bytes.u64be;
export const readU64be = bytes.readU64be;
export const latin1 = bytes.latin1;
export const latin1Bytes = bytes.latin1Bytes;
export const base64 = bytes.base64;
export const prefixEnd = bytes.prefixEnd;
