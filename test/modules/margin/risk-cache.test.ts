/**
 * The margin keeper's instrument risk memo (modules/margin/risk-cache.ts) must not change a single bit of
 * what the chain computes: the same order flow (bench:orders' makers and takers, 200-order batches with
 * fills, pre-trade and pre-fill margin checks) through an app with the memo and one without gives
 * byte-identical FinalizeBlock responses (every tx result, event and app hash) block after block.
 */
import { canonicalKey } from '../../../modules/margin/risk-cache';
import { Dec } from '../../../chain/math';
import { runInProcess, type InProcessOptions } from '../../../scripts/bench/orders-in-process';

jest.setTimeout(240_000);

const flow: InProcessOptions = { makers: 12, takers: 4, takerEvery: 3, batch: 50, goodTil: 3, timeout: 15, blocks: 6, warmupBlocks: 1, blockOrders: 400, instruments: 6, checkTx: true };

test('cached and uncached apps produce identical FinalizeBlock responses and app hashes, with fills', async () => {
  const cached = await runInProcess(flow);
  const reference = await runInProcess({ ...flow, reference: true });
  expect(cached.failedTxs).toBe(0);
  expect(cached.events['settle.options.v1.EventFill']).toBeGreaterThan(0);
  expect(cached.responsesDigest).toBe(reference.responsesDigest);
  expect(cached.appHash).toBe(reference.appHash);
  expect(cached.events).toEqual(reference.events);
});

test('the memo key tells every input apart and refuses types it does not know', () => {
  const market = { underlying: 'BTC/USD', spot: Dec.parse('100000'), stale: false, nowSeconds: 1n, surface: new Map([[2n, { a: Dec.ONE }]]) };
  const keys = [
    canonicalKey(market),
    canonicalKey({ ...market, spot: Dec.parse('100000.01') }),
    canonicalKey({ ...market, stale: true }),
    canonicalKey({ ...market, nowSeconds: 2n }),
    canonicalKey({ ...market, surface: new Map([[2n, { a: Dec.parse('1.000000000000000001') }]]) }),
    canonicalKey({ ...market, surfaceStale: true }),
    canonicalKey({ ...market, forwards: new Map() }),
  ];
  expect(new Set(keys).size).toBe(keys.length);
  expect(canonicalKey({ b: 1, a: 2 })).toBe(canonicalKey({ a: 2, b: 1 }));
  expect(canonicalKey(1n)).not.toBe(canonicalKey(1));
  expect(() => canonicalKey(new Date(0))).toThrow(/cannot key/);
});
