import * as fs from 'node:fs';
import * as path from 'node:path';
import { Bip39, EnglishMnemonic, Random, Secp256k1, Slip10, Slip10Curve, stringToPath } from '@cosmjs/crypto';
import { toBase64, toBech32 } from '@cosmjs/encoding';
import { rawSecp256k1PubkeyToRawAddress } from '@cosmjs/amino';
import { CliError } from '../errors';
import { open, seal, WrongPassphraseError, type SealedSecret } from './crypto';

export const BECH32_PREFIX = 'settle';
export const HD_PATH = "m/44'/118'/0'/0/0";

/**
 * `file`: the mnemonic sealed with a passphrase (scrypt + AES-256-GCM), as simd's `file` backend;
 * `test`: the mnemonic in the clear, for tests and devnets only (as simd's `test`).
 */
export type KeyringBackend = 'file' | 'test';
export const KEYRING_BACKENDS: readonly KeyringBackend[] = ['file', 'test'];

/** What `keys list|show` print: never the secret. */
export interface KeyInfo {
  name: string;
  type: 'local';
  address: string;
  /** The compressed secp256k1 public key, base64 (as simd prints it inside `pubkey`). */
  pubkey: string;
  hdPath: string;
}

interface KeyFile extends KeyInfo {
  version: 1;
  backend: KeyringBackend;
  /** file backend */
  sealed?: SealedSecret;
  /** test backend */
  mnemonic?: string;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** The address, public key and private key of a mnemonic at settle's HD path. */
export async function deriveKey(mnemonic: string, hdPath = HD_PATH): Promise<{ address: string; pubkey: Uint8Array; privkey: Uint8Array }> {
  const seed = await Bip39.mnemonicToSeed(new EnglishMnemonic(mnemonic));
  const { privkey } = Slip10.derivePath(Slip10Curve.Secp256k1, seed, stringToPath(hdPath));
  const pubkey = Secp256k1.compressPubkey((await Secp256k1.makeKeypair(privkey)).pubkey);
  return { address: toBech32(BECH32_PREFIX, rawSecp256k1PubkeyToRawAddress(pubkey)), pubkey, privkey };
}

/** A new 24-word mnemonic from the OS's random source. */
export function generateMnemonic(): string {
  return Bip39.encode(Random.getBytes(32)).toString();
}

/** Checks the words and checksum; throws a CliError naming the problem. */
export function normaliseMnemonic(input: string): string {
  const words = input.trim().split(/\s+/).join(' ');
  try {
    return new EnglishMnemonic(words).toString();
  } catch (e) {
    throw new CliError(`invalid mnemonic: ${(e as Error).message}`);
  }
}

/** One key per file, `<home>/keyring-<backend>/<name>.json`, mode 0600 in a 0700 directory. */
export class FileKeyring {
  readonly dir: string;

  constructor(home: string, readonly backend: KeyringBackend) {
    this.dir = path.join(home, `keyring-${backend}`);
  }

  private file(name: string): string {
    if (!NAME.test(name)) throw new CliError(`invalid key name '${name}': use letters, digits, '_', '.', '-' (at most 64)`);
    return path.join(this.dir, `${name}.json`);
  }

  has(name: string): boolean {
    return fs.existsSync(this.file(name));
  }

  /** Stores `mnemonic` under `name`; `passphrase` is required by the file backend. */
  async add(name: string, mnemonic: string, passphrase?: string, overwrite = false): Promise<KeyInfo> {
    const file = this.file(name);
    if (!overwrite && fs.existsSync(file)) throw new CliError(`key '${name}' already exists in ${this.dir} (delete it first, or pick another name)`);
    const { address, pubkey } = await deriveKey(mnemonic);
    const info: KeyInfo = { name, type: 'local', address, pubkey: toBase64(pubkey), hdPath: HD_PATH };
    const record: KeyFile = { version: 1, backend: this.backend, ...info };
    if (this.backend === 'file') {
      if (passphrase === undefined) throw new CliError('the file keyring needs a passphrase');
      record.sealed = seal(mnemonic, passphrase);
    } else record.mnemonic = mnemonic;
    fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(record, null, 2) + '\n', { mode: 0o600 });
    fs.renameSync(tmp, file);
    return info;
  }

  private read(name: string): KeyFile {
    const file = this.file(name);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      throw new CliError(`no key '${name}' in ${this.dir} (see \`settle keys list --keyring-backend ${this.backend}\`)`);
    }
    const record = JSON.parse(text) as KeyFile;
    if (record.version !== 1) throw new CliError(`${file}: unsupported key file version ${String(record.version)}`);
    return record;
  }

  show(name: string): KeyInfo {
    const { version: _v, backend: _b, sealed: _s, mnemonic: _m, ...info } = this.read(name);
    return info;
  }

  /** Every key, in name order. */
  list(): KeyInfo[] {
    if (!fs.existsSync(this.dir)) return [];
    return fs
      .readdirSync(this.dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length))
      .sort()
      .map((name) => this.show(name));
  }

  /** The key's mnemonic; the file backend asks `passphrase()` only when it needs one. */
  async mnemonic(name: string, passphrase: () => Promise<string>): Promise<string> {
    const record = this.read(name);
    if (record.mnemonic !== undefined) return record.mnemonic;
    if (!record.sealed) throw new CliError(`key '${name}' has no secret`);
    try {
      return open(record.sealed, await passphrase());
    } catch (e) {
      if (e instanceof WrongPassphraseError) throw new CliError(`wrong passphrase for key '${name}'`);
      throw e;
    }
  }

  delete(name: string): void {
    this.read(name);
    fs.rmSync(this.file(name));
  }
}
