import * as fs from 'node:fs';
import { Command } from 'commander';
import { CliError } from '../errors';
import { generateMnemonic, normaliseMnemonic } from '../keyring/keyring';
import { confirm, promptHidden, readPassphrase } from '../keyring/passphrase';
import type { Session } from '../session';
import type { Printer } from './printer';

/** The mnemonic to recover: a hidden prompt on a terminal, else the first line of stdin. */
async function readMnemonic(): Promise<string> {
  if (process.stdin.isTTY) return normaliseMnemonic(await promptHidden('Enter your bip39 mnemonic: '));
  const line = fs.readFileSync(0, 'utf8').split(/\r?\n/).find((l) => l.trim() !== '');
  if (!line) throw new CliError('no mnemonic on stdin');
  return normaliseMnemonic(line);
}

export function keysCommand(session: () => Session, print: Printer): Command {
  const keys = new Command('keys').description('manage the keyring: one key file per key under <home>/keyring-<backend>/');

  const add = async (name: string, recover: boolean, overwrite: boolean) => {
    const s = session();
    const keyring = s.keyring();
    if (keyring.has(name) && !overwrite) throw new CliError(`key '${name}' already exists (pass --overwrite to replace it)`);
    const mnemonic = recover ? await readMnemonic() : generateMnemonic();
    const passphrase = keyring.backend === 'file' ? await readPassphrase(s.opts, true) : undefined;
    const info = await keyring.add(name, mnemonic, passphrase, overwrite);
    if (recover) return print(info);
    if (print.format === 'json') return print({ ...info, mnemonic });
    print(info);
    process.stderr.write(`\n**Important** write this mnemonic phrase in a safe place.\nIt is the only way to recover your account if you ever forget your password.\n\n${mnemonic}\n`);
  };

  keys
    .command('add <name>')
    .description('create a key (a new 24-word mnemonic, printed once), or --recover one from its mnemonic')
    .option('--recover', 'recover from a mnemonic (prompted on a terminal, else read from stdin)')
    .option('--overwrite', 'replace an existing key of that name')
    .action((name: string, o: { recover?: boolean; overwrite?: boolean }) => add(name, o.recover === true, o.overwrite === true));
  keys
    .command('recover <name>')
    .description('recover a key from its mnemonic (prompted on a terminal, else read from stdin)')
    .option('--overwrite', 'replace an existing key of that name')
    .action((name: string, o: { overwrite?: boolean }) => add(name, true, o.overwrite === true));
  keys
    .command('list')
    .description('list the keys')
    .action(() => print(session().keyring().list()));
  keys
    .command('show <name>')
    .description('show a key\'s address and public key')
    .option('-a, --address', 'print only the address')
    .action((name: string, o: { address?: boolean }) => {
      const info = session().keyring().show(name);
      if (o.address) process.stdout.write(`${info.address}\n`);
      else print(info);
    });
  keys
    .command('delete <name>')
    .description('delete a key (its mnemonic is the only way back)')
    .option('-y, --yes', 'skip the confirmation')
    .action(async (name: string, o: { yes?: boolean }) => {
      const keyring = session().keyring();
      const info = keyring.show(name);
      if (!o.yes) {
        if (!process.stdin.isTTY) throw new CliError('refusing to delete without confirmation: pass --yes (stdin is not a terminal)');
        if (!(await confirm(`delete key '${name}' (${info.address})?`))) throw new CliError('cancelled: the key was kept');
      }
      keyring.delete(name);
      process.stderr.write(`key '${name}' deleted\n`);
    });
  return keys;
}
