import * as fs from 'node:fs';
import { CliError } from '../errors';

/** Where a script puts the keyring passphrase instead of typing it. */
export const PASSPHRASE_ENV = 'SETTLE_KEYRING_PASSPHRASE';

/** Typed-ahead input after the line a prompt consumed, kept for the next prompt. */
let pending = '';

/** Reads one line from the terminal without echoing it (raw mode on stdin, the prompt on stderr). */
export function promptHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) return Promise.reject(new CliError(`a passphrase is needed: run in a terminal, or pass --keyring-passphrase-file, or set ${PASSPHRASE_ENV}`));
  // raw mode (no echo) before the prompt shows, so that nothing typed after it is ever echoed
  stdin.setRawMode(true);
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let input = '';
    const finish = (err?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      process.stderr.write('\n');
      if (err) reject(err);
      else resolve(input);
    };
    /** Consumes `text` up to the end of a line; true when the line is complete. */
    const feed = (text: string): boolean => {
      for (let i = 0; i < text.length; i++) {
        const ch = text[i]!;
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          pending = text.slice(ch === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1);
          finish();
          return true;
        }
        if (ch === '\u0003') {
          pending = '';
          finish(new CliError('cancelled'));
          return true;
        }
        if (ch === '\u007f' || ch === '\b') input = input.slice(0, -1);
        else input += ch;
      }
      return false;
    };
    const onData = (chunk: Buffer) => {
      feed(chunk.toString('utf8'));
    };
    const ahead = pending;
    pending = '';
    if (feed(ahead)) return;
    stdin.resume();
    stdin.on('data', onData);
  });
}

/** Asks a yes/no question on the terminal (the answer is echoed); true only for y or yes. */
export function confirm(question: string): Promise<boolean> {
  const stdin = process.stdin;
  process.stderr.write(`${question} [y/N]: `);
  if (pending.includes('\n') || pending.includes('\r')) {
    const [line] = pending.split(/\r\n|\r|\n/);
    pending = pending.slice(pending.search(/\r\n|\r|\n/) + 1).replace(/^\n/, '');
    return Promise.resolve(/^\s*y(es)?\s*$/i.test(line ?? ''));
  }
  return new Promise((resolve) => {
    const onData = (chunk: Buffer) => {
      stdin.removeListener('data', onData);
      stdin.pause();
      resolve(/^\s*y(es)?\s*$/i.test(chunk.toString('utf8')));
    };
    stdin.resume();
    stdin.on('data', onData);
  });
}

export interface PassphraseSource {
  keyringPassphraseFile?: string;
}

/**
 * The keyring passphrase: --keyring-passphrase-file (its first line), else $SETTLE_KEYRING_PASSPHRASE,
 * else a hidden prompt on the terminal (twice when `confirmNew`, for a new key).
 */
export async function readPassphrase(src: PassphraseSource, confirmNew = false): Promise<string> {
  let passphrase: string;
  if (src.keyringPassphraseFile) {
    try {
      passphrase = fs.readFileSync(src.keyringPassphraseFile, 'utf8').split(/\r?\n/)[0] ?? '';
    } catch (e) {
      throw new CliError(`cannot read --keyring-passphrase-file: ${(e as Error).message}`);
    }
  } else if (process.env[PASSPHRASE_ENV] !== undefined) {
    passphrase = process.env[PASSPHRASE_ENV] ?? '';
  } else {
    passphrase = await promptHidden('Enter keyring passphrase: ');
    if (confirmNew && (await promptHidden('Re-enter keyring passphrase: ')) !== passphrase) throw new CliError('the passphrases do not match');
  }
  if (passphrase.length < 8) throw new CliError('the keyring passphrase must have at least 8 characters');
  return passphrase;
}
