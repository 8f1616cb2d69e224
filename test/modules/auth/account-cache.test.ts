import { DecodedAccountCache } from '../../../modules/auth/account-cache';
import { decodeAccount, encodeAccount, type Account } from '../../../modules/auth/keeper';

describe('DecodedAccountCache', () => {
  const base: Account = { address: 'settle1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5lzv7xu', accountNumber: 7n, sequence: 3n, pubKey: Uint8Array.from({ length: 33 }, (_, i) => (i === 0 ? 2 : i)) };
  const moduleAcc: Account = { address: 'settle1m3h30wlvsf8llruxtpukdvsy0km2kum8al86ug', accountNumber: 1n, sequence: 0n, module: { name: 'fee_collector', permissions: ['burner'] } };

  test('gives what decodeAccount gives, with the same own properties, as a fresh copy each time', () => {
    const cache = new DecodedAccountCache();
    for (const a of [base, moduleAcc, { ...base, pubKey: undefined }]) {
      const raw = encodeAccount(a);
      const first = cache.get(raw, decodeAccount);
      const second = cache.get(raw, decodeAccount);
      expect(first).toEqual(decodeAccount(raw));
      expect(second).toEqual(decodeAccount(raw));
      expect(Object.keys(second)).toEqual(Object.keys(decodeAccount(raw)));
      // Callers change the account they get (sequence bump, pubKey set): never the cached one.
      first.sequence += 1n;
      if (first.pubKey) first.pubKey[1] ^= 0xff;
      first.module?.permissions.push('minter');
      expect(cache.get(raw, decodeAccount)).toEqual(decodeAccount(raw));
    }
  });

  test('bytes that do not decode throw every time', () => {
    const cache = new DecodedAccountCache();
    const bad = Uint8Array.from([10, 4, 1, 2, 3, 4]);
    expect(() => cache.get(bad, decodeAccount)).toThrow();
    expect(() => cache.get(bad, decodeAccount)).toThrow();
  });
});
