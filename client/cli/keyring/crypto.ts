import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';

/** How a secret is sealed in a key file: scrypt turns the passphrase into an AES-256-GCM key. */
export interface SealedSecret {
  kdf: 'scrypt';
  /** scrypt cost parameters; N = 2^15, r = 8, p = 1 by default (≈ 32 MiB, ≈ 0.1 s). */
  kdfparams: { n: number; r: number; p: number; salt: string };
  cipher: 'aes-256-gcm';
  iv: string;
  ciphertext: string;
  tag: string;
}

export const DEFAULT_SCRYPT = { n: 1 << 15, r: 8, p: 1 } as const;

/** The passphrase did not open the key (the GCM tag did not verify). */
export class WrongPassphraseError extends Error {
  constructor() {
    super('wrong passphrase');
    this.name = 'WrongPassphraseError';
  }
}

function deriveKey(passphrase: string, salt: Buffer, p: { n: number; r: number; p: number }): Buffer {
  // scrypt needs 128·N·r bytes; OpenSSL's default cap (32 MiB) is just too small for N = 2^15
  return scryptSync(passphrase.normalize('NFKC'), salt, 32, { N: p.n, r: p.r, p: p.p, maxmem: 256 * p.n * p.r + (1 << 20) });
}

export function seal(secret: string, passphrase: string, cost: { n: number; r: number; p: number } = DEFAULT_SCRYPT): SealedSecret {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(passphrase, salt, cost), iv);
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return {
    kdf: 'scrypt',
    kdfparams: { ...cost, salt: salt.toString('base64') },
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

export function open(sealed: SealedSecret, passphrase: string): string {
  if (sealed.kdf !== 'scrypt' || sealed.cipher !== 'aes-256-gcm') throw new Error(`unsupported key encryption ${sealed.kdf}/${sealed.cipher}`);
  const key = deriveKey(passphrase, Buffer.from(sealed.kdfparams.salt, 'base64'), sealed.kdfparams);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new WrongPassphraseError();
  }
}
