/** The oracle store's key layout (see README). */
export const STORE_NAME = 'oracle';

export const Keys = {
  params: Uint8Array.of(0x01),
  /** 0x02 ‖ market id → Market */
  marketPrefix: Uint8Array.of(0x02),
  /** 0x03 ‖ index u32 BE → market id */
  indexPrefix: Uint8Array.of(0x03),
  /** 0x04 ‖ market id → Price */
  pricePrefix: Uint8Array.of(0x04),
  /** 0x05 ‖ market id → VolSurface */
  surfacePrefix: Uint8Array.of(0x05),
  /** 0x06 ‖ len(id) ‖ id ‖ time ns u64 BE → TwapCheckpoint */
  checkpointPrefix: Uint8Array.of(0x06),
  /** next market index, u32 BE */
  nextIndex: Uint8Array.of(0x07),
  /** time of the last block (ns, u64 BE), so queries can age prices */
  blockTime: Uint8Array.of(0x08),
} as const;

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
const cat = (...parts: Uint8Array[]): Buffer => Buffer.concat(parts);
export function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}
export function u64(n: bigint): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(n);
  return b;
}

export function checkpointPrefix(market: string): Buffer {
  const id = utf8(market);
  return cat(Keys.checkpointPrefix, Uint8Array.of(id.length), id);
}

export const marketKey = (id: string): Buffer => cat(Keys.marketPrefix, utf8(id));
export const indexKey = (index: number): Buffer => cat(Keys.indexPrefix, u32(index));
export const priceKey = (market: string): Buffer => cat(Keys.pricePrefix, utf8(market));
export const surfaceKey = (market: string): Buffer => cat(Keys.surfacePrefix, utf8(market));
export const checkpointKey = (market: string, timeNanos: bigint): Buffer => cat(checkpointPrefix(market), u64(timeNanos));
