/** The `settle` CLI's keyring: sealing (scrypt + AES-256-GCM), key files and their permissions. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEV_ACCOUNTS } from '../../chain/node/dev-accounts';
import { open, seal, WrongPassphraseError } from '../../client/cli/keyring/crypto';
import { deriveKey, FileKeyring, generateMnemonic, normaliseMnemonic } from '../../client/cli/keyring/keyring';
import { CliError } from '../../client/cli/errors';
import { makeTmpDir, removeDir } from '../helpers/tmpdir';

const alice = DEV_ACCOUNTS.find((a) => a.name === 'alice')!;
let home: string;
beforeEach(() => (home = makeTmpDir('cli-keyring')));
afterEach(() => removeDir(home));

describe('seal/open', () => {
  test('round trip; a fresh salt and iv each time', () => {
    const a = seal('secret words', 'correct horse');
    const b = seal('secret words', 'correct horse');
    expect(open(a, 'correct horse')).toBe('secret words');
    expect(a.kdfparams.salt).not.toBe(b.kdfparams.salt);
    expect(a.ciphertext).not.toBe(b.ciphertext);
    expect(a.kdfparams).toMatchObject({ n: 32768, r: 8, p: 1 });
  });

  test('a wrong passphrase or a tampered ciphertext fails the tag check', () => {
    const s = seal('secret words', 'correct horse');
    expect(() => open(s, 'correct horsf')).toThrow(WrongPassphraseError);
    const bytes = Buffer.from(s.ciphertext, 'base64');
    bytes[0] ^= 1;
    expect(() => open({ ...s, ciphertext: bytes.toString('base64') }, 'correct horse')).toThrow(WrongPassphraseError);
  });
});

describe('FileKeyring (file backend)', () => {
  test('a key file is 0600 in a 0700 directory, holds no mnemonic in the clear, and opens with its passphrase only', async () => {
    const kr = new FileKeyring(home, 'file');
    const info = await kr.add('alice', alice.mnemonic, 'passphrase-1');
    expect(info.address).toBe(alice.address);
    const file = path.join(home, 'keyring-file', 'alice.json');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    const text = fs.readFileSync(file, 'utf8');
    const words = alice.mnemonic.split(' ');
    for (let i = 0; i + 2 < words.length; i++) expect(text).not.toContain(words.slice(i, i + 3).join(' '));
    expect(await kr.mnemonic('alice', async () => 'passphrase-1')).toBe(alice.mnemonic);
    await expect(kr.mnemonic('alice', async () => 'passphrase-2')).rejects.toThrow("wrong passphrase for key 'alice'");
  });

  test('list, show (no secret), refuse a duplicate, delete', async () => {
    const kr = new FileKeyring(home, 'file');
    await kr.add('zed', generateMnemonic(), 'passphrase-1');
    await kr.add('alice', alice.mnemonic, 'passphrase-1');
    expect(kr.list().map((k) => k.name)).toEqual(['alice', 'zed']);
    expect(Object.keys(kr.show('alice')).sort()).toEqual(['address', 'hdPath', 'name', 'pubkey', 'type']);
    await expect(kr.add('alice', alice.mnemonic, 'x-passphrase')).rejects.toThrow(/already exists/);
    kr.delete('zed');
    expect(kr.list().map((k) => k.name)).toEqual(['alice']);
    expect(() => kr.show('zed')).toThrow(CliError);
    expect(() => kr.show('../etc/passwd')).toThrow(/invalid key name/);
  });

  test('the file backend refuses to store without a passphrase; the test backend stores the mnemonic as is', async () => {
    await expect(new FileKeyring(home, 'file').add('a', alice.mnemonic)).rejects.toThrow(/needs a passphrase/);
    const test = new FileKeyring(home, 'test');
    await test.add('a', alice.mnemonic);
    expect(await test.mnemonic('a', () => Promise.reject(new Error('no passphrase expected')))).toBe(alice.mnemonic);
    expect(fs.statSync(path.join(home, 'keyring-test', 'a.json')).mode & 0o777).toBe(0o600);
  });
});

test('keys derive at m/44\'/118\'/0\'/0/0 with prefix settle (the dev accounts\' addresses)', async () => {
  for (const a of DEV_ACCOUNTS.slice(0, 3)) expect((await deriveKey(a.mnemonic)).address).toBe(a.address);
  expect(generateMnemonic().split(' ')).toHaveLength(24);
  expect(normaliseMnemonic(`  ${alice.mnemonic.replace(/ /g, '\n ')} `)).toBe(alice.mnemonic);
  expect(() => normaliseMnemonic(alice.mnemonic.replace('session', 'sessions'))).toThrow(/invalid mnemonic/);
});
