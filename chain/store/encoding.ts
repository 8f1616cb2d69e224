// Transitional: the byte and varint helpers that lived here are now in chain/encoding (the bottom
// layer). This file only re-exports the names its remaining importers use — modules/ (being rewired
// separately), chain/app/tx-index.ts and chain/tx/ante.ts — and goes away once they import
// chain/encoding directly. Do not add to it; new code imports chain/encoding.
// (Data properties, not `export { … } from`, which compiles to a getter run on every call.)
import * as encoding from '../encoding';

export const base64 = encoding.base64;
export const bytesEqual = encoding.bytesEqual;
export const concatBytes = encoding.concatBytes;
export const latin1 = encoding.latin1;
export const readU64be = encoding.readU64be;
export const u64be = encoding.u64be;
export const readUvarint = encoding.readUvarint;
/** @deprecated the old name of chain/encoding's `encodeUvarint`. */
export const uvarintBytes = encoding.encodeUvarint;
