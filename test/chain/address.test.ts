import { toBech32 } from '@cosmjs/encoding';
import { accountAddress, addressBytes } from '../../chain/address';

describe('addressBytes (memoized bech32 decode)', () => {
  const bytes = Uint8Array.from({ length: 20 }, (_, i) => i + 1);
  const address = accountAddress(bytes);

  test('gives the same bytes on every call, each time a fresh copy', () => {
    const first = addressBytes(address);
    expect(first).toEqual(bytes);
    first.fill(0); // a caller changing its copy must not change later results
    const second = addressBytes(address);
    expect(second).toEqual(bytes);
    expect(second).not.toBe(addressBytes(address));
  });

  test('invalid addresses throw the same error every time (failures are never cached)', () => {
    const bad = [
      '',
      address.toUpperCase(),
      address.slice(0, -1) + (address.endsWith('q') ? 'p' : 'q'),
      toBech32('cosmos', bytes),
      toBech32('settle', bytes.subarray(0, 19)),
    ];
    for (const a of bad) {
      const messages = [0, 1, 2].map(() => {
        try {
          addressBytes(a);
          return 'accepted';
        } catch (err) {
          return (err as Error).message;
        }
      });
      expect(messages[0]).not.toBe('accepted');
      expect(new Set(messages).size).toBe(1);
    }
  });

  test('a 32-byte address decodes, and many distinct addresses stay correct past the cache bound', () => {
    const long = Uint8Array.from({ length: 32 }, (_, i) => 255 - i);
    expect(addressBytes(accountAddress(long))).toEqual(long);
    for (let i = 0; i < 120_000; i += 997) {
      const b = new Uint8Array(20);
      new DataView(b.buffer).setUint32(0, i);
      expect(addressBytes(accountAddress(b))).toEqual(b);
    }
  });
});
