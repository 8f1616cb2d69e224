/**
 * cosmjs-types 0.11's `BinaryWriter.alloc` builds a new slab pool on every call, so each
 * `encode().finish()` of up to 4 KiB allocates and zeroes an 8 KiB array and returns a slice of it.
 * That was ~10% of settled's main thread under load, plus the garbage collection of the slabs.
 * Importing this module makes every writer allocate exactly the bytes it returns (a plain
 * Uint8Array, as before), so no output pins a larger buffer either. Idempotent.
 */
import { BinaryWriter } from 'cosmjs-types/binary';

const writer = BinaryWriter as unknown as { alloc(size: number): Uint8Array; __settleExactAlloc?: true };
if (!writer.__settleExactAlloc) {
  writer.alloc = (size: number): Uint8Array => new Uint8Array(size);
  Object.defineProperty(writer, '__settleExactAlloc', { value: true });
}

export const EXACT_WRITER_ALLOC = true;
