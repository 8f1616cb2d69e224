/** Errors raised by the store. Each has a stable code so callers (and operators) can act on it. */
export type StoreErrorCode =
  | 'INVALID_KEY'
  | 'INVALID_VALUE'
  | 'VERSION_NOT_FOUND'
  | 'VERSION_PRUNED'
  | 'FOREIGN_DATABASE'
  | 'CORRUPT_DATABASE'
  | 'UNKNOWN_STORE'
  | 'INVALID_ARGUMENT'
  | 'CLOSED';

export class StoreError extends Error {
  constructor(readonly code: StoreErrorCode, message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

/** Largest accepted key, in bytes. Keys must be non-empty. */
export const MAX_KEY_LENGTH = 65_536;
/** Largest accepted value, in bytes. Empty values are allowed. */
export const MAX_VALUE_LENGTH = 16 * 1024 * 1024;

export function assertValidKey(key: Uint8Array): void {
  if (!(key instanceof Uint8Array)) throw new StoreError('INVALID_KEY', 'key must be bytes');
  if (key.length === 0) throw new StoreError('INVALID_KEY', 'key must not be empty');
  if (key.length > MAX_KEY_LENGTH) {
    throw new StoreError('INVALID_KEY', `key is ${key.length} bytes; the limit is ${MAX_KEY_LENGTH}`);
  }
}

export function assertValidValue(value: Uint8Array): void {
  if (!(value instanceof Uint8Array)) throw new StoreError('INVALID_VALUE', 'value must be bytes');
  if (value.length > MAX_VALUE_LENGTH) {
    throw new StoreError('INVALID_VALUE', `value is ${value.length} bytes; the limit is ${MAX_VALUE_LENGTH}`);
  }
}
