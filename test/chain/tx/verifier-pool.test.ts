import * as crypto from 'node:crypto';
import { VerifierPool } from '../../../chain/tx/verifier-pool';
import { verifySecp256k1 } from '../../../chain/tx/secp256k1';

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

function keyPair() {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
  const spki = publicKey.export({ format: 'der', type: 'spki' }) as Buffer;
  const uncompressed = spki.subarray(spki.length - 65);
  const compressed = Buffer.concat([Buffer.from([uncompressed[64] % 2 === 0 ? 2 : 3]), uncompressed.subarray(1, 33)]);
  return { privateKey, compressed };
}

function lowS(sig: Buffer): Buffer {
  const s = BigInt('0x' + sig.subarray(32).toString('hex'));
  if (s <= N >> 1n) return sig;
  return Buffer.concat([sig.subarray(0, 32), Buffer.from((N - s).toString(16).padStart(64, '0'), 'hex')]);
}

test('the worker pool agrees with the in-thread verifier on valid, tampered and high-S signatures', async () => {
  const pool = new VerifierPool(2);
  try {
    const cases: [Uint8Array, Uint8Array, Uint8Array][] = [];
    for (let i = 0; i < 40; i++) {
      const { privateKey, compressed } = keyPair();
      const msg = crypto.randomBytes(100);
      const sig = lowS(crypto.sign('sha256', msg, { key: privateKey, dsaEncoding: 'ieee-p1363' }));
      cases.push([compressed, msg, sig]);
      const bad = Buffer.from(sig);
      bad[10] ^= 1;
      cases.push([compressed, msg, bad]);
      const s = BigInt('0x' + sig.subarray(32).toString('hex'));
      const highS = Buffer.concat([sig.subarray(0, 32), Buffer.from((N - s).toString(16).padStart(64, '0'), 'hex')]);
      cases.push([compressed, msg, highS]);
      cases.push([Buffer.alloc(33, 7), msg, sig]); // not a point
    }
    const results = await Promise.all(cases.map(([k, m, s]) => pool.verify(k, m, s)));
    expect(results).toEqual(cases.map(([k, m, s]) => verifySecp256k1(k, m, s)));
    expect(results.filter(Boolean)).toHaveLength(40);
  } finally {
    await pool.close();
  }
});
