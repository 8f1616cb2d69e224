/**
 * libsecp256k1 must accept and reject exactly what the OpenSSL path accepts and rejects, since
 * either may run on a validator (the binding may fail to load). Both share the length and low-S
 * pre-checks; everything else (parsing r and s, decoding the key, the curve math) is each library's
 * own, so the cases aim at the edges of parsing: r or s at 0 and n, high S, keys off the curve or
 * with x ≥ p, wrong prefixes and parities, wrong lengths, and plain garbage.
 *
 * This test found one difference: OpenSSL's DER parser ignored bytes after a 33-byte key, so the old
 * path accepted "key + 1 byte". No such key can reach the verifier (decodeTx, genesis and the account
 * keeper all require 33 bytes), and both paths now reject it before any library runs.
 */
import * as crypto from 'node:crypto';
import { secp256k1Backend, verifySecp256k1, verifySecp256k1With } from '../../../chain/tx/secp256k1';

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const P = 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2fn;

const hex32 = (v: bigint) => Buffer.from(v.toString(16).padStart(64, '0'), 'hex');
const big = (b: Uint8Array) => BigInt('0x' + Buffer.from(b).toString('hex'));

/** A seeded byte stream (sha256 in counter mode), so a failure can be reproduced. */
function prng(seed: string): (n: number) => Buffer {
  let counter = 0;
  return (n) => {
    const out: Buffer[] = [];
    let len = 0;
    while (len < n) {
      const block = crypto.createHash('sha256').update(`${seed}/${counter++}`).digest();
      out.push(block);
      len += block.length;
    }
    return Buffer.concat(out).subarray(0, n);
  };
}

function keyFrom(secret: Buffer): { privateKey: crypto.KeyObject; compressed: Buffer; uncompressed: Buffer } {
  const ecdh = crypto.createECDH('secp256k1');
  ecdh.setPrivateKey(secret);
  const uncompressed = ecdh.getPublicKey(null, 'uncompressed');
  const compressed = ecdh.getPublicKey(null, 'compressed');
  const privateKey = crypto.createPrivateKey({
    key: { kty: 'EC', crv: 'secp256k1', d: secret.toString('base64url'), x: uncompressed.subarray(1, 33).toString('base64url'), y: uncompressed.subarray(33).toString('base64url') },
    format: 'jwk',
  });
  return { privateKey, compressed, uncompressed };
}

function withS(sig: Buffer, s: bigint): Buffer {
  return Buffer.concat([sig.subarray(0, 32), hex32(s)]);
}
function withR(sig: Buffer, r: bigint): Buffer {
  return Buffer.concat([hex32(r), sig.subarray(32)]);
}
function flip(b: Buffer, bit: number): Buffer {
  const out = Buffer.from(b);
  out[(bit >> 3) % out.length] ^= 1 << (bit & 7);
  return out;
}

type Case = [string, Uint8Array, Uint8Array, Uint8Array];

function cases(keys: number): Case[] {
  const rand = prng('settle-secp256k1-differential');
  const out: Case[] = [];
  for (let i = 0; i < keys; i++) {
    const secret = rand(32);
    if (big(secret) === 0n || big(secret) >= N) continue;
    const { privateKey, compressed, uncompressed } = keyFrom(secret);
    const msg = rand(1 + (rand(1)[0] % 250));
    const raw = crypto.sign('sha256', msg, { key: privateKey, dsaEncoding: 'ieee-p1363' });
    const s = big(raw.subarray(32));
    const low = s > N >> 1n ? withS(raw, N - s) : raw;
    const high = withS(low, N - big(low.subarray(32)));
    const r = big(low.subarray(0, 32));
    const other = Buffer.from(compressed);
    other[0] ^= 1; // the other point with the same x

    out.push(['valid', compressed, msg, low]);
    out.push(['high S', compressed, msg, high]);
    out.push(['message bit', compressed, flip(msg, i), low]);
    out.push(['empty message', compressed, new Uint8Array(0), low]);
    out.push(['r bit', compressed, msg, flip(low, i % 256)]);
    out.push(['s bit', compressed, msg, flip(low, 256 + (i % 256))]);
    out.push(['wrong parity', other, msg, low]);
    out.push(['uncompressed key', uncompressed, msg, low]);
    out.push(['prefix', Buffer.concat([Buffer.from([[0, 1, 4, 5, 6, 7, 0xff][i % 7]]), compressed.subarray(1)]), msg, low]);
    out.push(['key bit', flip(compressed, 8 + (i % 256)), msg, low]); // usually off the curve
    out.push(['random x', Buffer.concat([Buffer.from([2 + (i % 2)]), rand(32)]), msg, low]);
    out.push(['x >= p', Buffer.concat([Buffer.from([2 + (i % 2)]), hex32(P + BigInt(i % 977))]), msg, low]); // 2^256 - p = 2^32 + 977
    out.push(['x = p - 1 - i', Buffer.concat([Buffer.from([2 + (i % 2)]), hex32(P - 1n - BigInt(i % 64))]), msg, low]);
    out.push(['key length', compressed.subarray(0, 32 - (i % 3)), msg, low]);
    out.push(['key 34 bytes', Buffer.concat([compressed, Buffer.from([i & 0xff])]), msg, low]);
    out.push(['r = 0', compressed, msg, withR(low, 0n)]);
    out.push(['s = 0', compressed, msg, withS(low, 0n)]);
    out.push(['r = n + k', compressed, msg, withR(low, N + BigInt(i % 1000))]);
    out.push(['r = r + n', compressed, msg, r + N < 1n << 256n ? withR(low, r + N) : withR(low, (1n << 256n) - 1n)]);
    out.push(['s = n/2 + 1', compressed, msg, withS(low, (N >> 1n) + 1n)]);
    out.push(['s = n/2', compressed, msg, withS(low, N >> 1n)]);
    out.push(['63-byte signature', compressed, msg, low.subarray(0, 63)]);
    out.push(['65-byte signature', compressed, msg, Buffer.concat([low, Buffer.from([0])])]);
    out.push(['garbage', Buffer.concat([Buffer.from([2 + (i % 2)]), rand(32)]), rand(40), rand(64)]);
    out.push(['other key', keyFrom(Buffer.from(crypto.createHash('sha256').update(secret).digest())).compressed, msg, low]);
  }
  return out;
}

const native = secp256k1Backend().backend === 'libsecp256k1';

test('the libsecp256k1 binding is loaded (a fallback to OpenSSL would be logged, never silent)', () => {
  // The binding ships prebuilt for linux-x64, darwin-arm64 and win32-x64, which covers every machine of this project.
  expect(secp256k1Backend()).toEqual({ backend: 'libsecp256k1' });
});

(native ? test : test.skip)(
  'libsecp256k1 and OpenSSL agree on valid, malleated, high-S, off-curve and garbage inputs',
  () => {
    const all = cases(1200);
    const disagreements: string[] = [];
    const verdicts: Record<string, [number, number]> = {};
    for (const [name, key, msg, sig] of all) {
      const viaOpenSsl = verifySecp256k1With('openssl', key, msg, sig);
      const viaLib = verifySecp256k1With('libsecp256k1', key, msg, sig);
      if (viaOpenSsl !== viaLib) {
        disagreements.push(`${name}: key ${Buffer.from(key).toString('hex')} msg ${Buffer.from(msg).toString('hex')} sig ${Buffer.from(sig).toString('hex')} openssl=${viaOpenSsl}`);
      }
      const v = (verdicts[name] ??= [0, 0]);
      v[viaOpenSsl ? 0 : 1]++;
      expect(verifySecp256k1(key, msg, sig)).toBe(viaLib);
    }
    expect(disagreements).toEqual([]);
    expect(all.length).toBeGreaterThan(25_000);
    // The cases do what their names say: every valid one verifies, every malformed one fails.
    expect(verdicts['valid'][1]).toBe(0);
    for (const name of ['high S', 'message bit', 'r bit', 's bit', 'wrong parity', 'uncompressed key', 'x >= p', 'r = 0', 's = 0', 'r = n + k', 's = n/2 + 1', '63-byte signature', '65-byte signature', 'other key', 'key 34 bytes']) {
      expect([name, verdicts[name][0]]).toEqual([name, 0]);
    }
  },
  180_000,
);
