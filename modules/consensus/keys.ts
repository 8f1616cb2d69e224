/** The consensus store's key layout (see README). */
export const STORE_NAME = 'consensus';

export const Keys = {
  params: Uint8Array.of(0x00),
  chainId: Uint8Array.of(0x01),
  initialHeight: Uint8Array.of(0x02),
  lastBlock: Uint8Array.of(0x03),
  /** 0x04 ‖ validator address (20 bytes) → ed25519 public key (32 bytes) ‖ power u64 BE. */
  validatorPrefix: Uint8Array.of(0x04),
} as const;

export function validatorKey(address: Uint8Array): Uint8Array {
  return Buffer.concat([Keys.validatorPrefix, address]);
}
