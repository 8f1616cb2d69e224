import type { PageRequest, PageResponse } from 'cosmjs-types/cosmos/base/query/v1beta1/pagination';
import { Errors } from './errors';
import { concatBytes, prefixEnd } from './encoding';
import type { KVReader } from './store';

/** The Cosmos SDK's default page size (types/query.DefaultLimit). */
export const DEFAULT_PAGE_LIMIT = 100n;

export interface Page<T> {
  items: T[];
  pagination: PageResponse;
}

/**
 * The Cosmos SDK's query.Paginate over the keys under `prefix` (keys are reported without the
 * prefix), in key order or reversed:
 *
 * - `key` mode: start at `key` (inclusive; going down from it when `reverse`), return `limit` items
 *   and the key of the next one as `next_key` (empty when there is none);
 * - `offset` mode (no key): skip `offset` items, return `limit`; `total` counts every item when
 *   `count_total` is set, or when no limit was given (the SDK's defaults: limit 100, count_total);
 * - key and offset together are refused (invalid request).
 */
export function paginate<T>(
  store: KVReader,
  prefix: Uint8Array,
  request: PageRequest | undefined,
  onResult: (key: Uint8Array, value: Uint8Array) => T,
): Page<T> {
  const key = request?.key && request.key.length > 0 ? request.key : undefined;
  const offset = request?.offset ?? 0n;
  let limit = request?.limit ?? 0n;
  let countTotal = request?.countTotal ?? false;
  const reverse = request?.reverse ?? false;
  if (limit === 0n) {
    limit = DEFAULT_PAGE_LIMIT;
    countTotal = true;
  }
  if (offset > 0n && key) throw Errors.invalidRequest.wrap('invalid request, either offset or key is expected, got both');
  if (limit < 0n || offset < 0n) throw Errors.invalidRequest.wrap('pagination limit and offset must not be negative');

  const end = prefixEnd(prefix);
  const items: T[] = [];
  const strip = (k: Uint8Array) => k.subarray(prefix.length);

  if (key) {
    const from = concatBytes(prefix, key);
    // reverse: from `key` inclusive downwards, i.e. the range [prefix, key‖0x00)
    const it = reverse ? store.reverseIterator(prefix, concatBytes(from, Uint8Array.of(0))) : store.iterator(from, end);
    let nextKey: Uint8Array = new Uint8Array(0);
    let count = 0n;
    for (const pair of it) {
      if (count === limit) {
        nextKey = Uint8Array.from(strip(pair.key));
        break;
      }
      items.push(onResult(strip(pair.key), pair.value));
      count++;
    }
    return { items, pagination: { nextKey, total: 0n } };
  }

  const it = reverse ? store.reverseIterator(prefix, end) : store.iterator(prefix, end);
  const last = offset + limit;
  let count = 0n;
  let nextKey: Uint8Array = new Uint8Array(0);
  for (const pair of it) {
    count++;
    if (count <= offset) continue;
    if (count <= last) {
      items.push(onResult(strip(pair.key), pair.value));
    } else if (count === last + 1n) {
      nextKey = Uint8Array.from(strip(pair.key));
      if (!countTotal) break;
    }
  }
  return { items, pagination: { nextKey, total: countTotal ? count : 0n } };
}
