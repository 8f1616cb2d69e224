#!/usr/bin/env node
/**
 * `settle`: the command line of settle's users, like simd's — keys (an encrypted file keyring), tx
 * and query for every module. See docs/cli.md. Run `settle --help`, `settle tx options --help`, …
 */
import { Command, CommanderError, Option } from 'commander';
import { keysCommand } from './commands/keys';
import { makePrinter } from './commands/printer';
import { queryCommand } from './commands/query';
import { txCommand } from './commands/tx';
import { CliError, EXIT } from './errors';
import { KEYRING_BACKENDS, type KeyringBackend } from './keyring/keyring';
import { defaultOutput, type OutputFormat } from './output';
import { DEFAULT_NODE, defaultHome, Session, type GlobalOptions } from './session';

export function buildProgram(): { program: Command; session: () => Session | undefined } {
  const program = new Command('settle')
    .description('settle\'s command line: keys, transactions and queries')
    .addOption(new Option('--node <url>', 'CometBFT RPC endpoint').default(process.env.SETTLE_NODE || DEFAULT_NODE))
    .option('--chain-id <id>', 'refuse to sign unless the node is on this chain')
    .option('--home <dir>', 'where the keyring lives ($SETTLE_HOME, else ~/.settle)', defaultHome())
    .addOption(new Option('--keyring-backend <backend>', 'file (encrypted) or test (unencrypted, for tests)').choices(KEYRING_BACKENDS).default(process.env.SETTLE_KEYRING_BACKEND || 'file'))
    .option('--keyring-passphrase-file <file>', 'read the keyring passphrase from this file (else $SETTLE_KEYRING_PASSPHRASE, else a prompt)')
    .addOption(new Option('-o, --output <format>', 'json or table (default: table on a terminal, else json)').choices(['json', 'table']))
    .showHelpAfterError()
    .enablePositionalOptions(false);

  let current: Session | undefined;
  const session = () => {
    if (!current) {
      const g = program.opts() as GlobalOptions & { keyringBackend: KeyringBackend };
      current = new Session(g);
    }
    return current;
  };
  const format = (): OutputFormat => (program.opts().output as OutputFormat | undefined) ?? defaultOutput();
  const print = makePrinter(format);
  program.addCommand(keysCommand(session, print));
  program.addCommand(txCommand(session, print));
  program.addCommand(queryCommand(session, print));
  return { program, session: () => current };
}

/** Turns a failure into one line on stderr and an exit code; a stack only with SETTLE_DEBUG=1. */
function report(e: unknown): number {
  if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (e instanceof CliError) {
    process.stderr.write(`Error: ${e.message}\n`);
    return e.exitCode;
  }
  const message = e instanceof Error ? e.message : String(e);
  if (process.env.SETTLE_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? message}\n`);
  if (/ECONNREFUSED|fetch failed|socket hang up|ETIMEDOUT|ENOTFOUND/i.test(message)) {
    process.stderr.write(`Error: the node did not answer (${message}); is it running? see --node\n`);
    return EXIT.network;
  }
  process.stderr.write(`Error: ${message}\n`);
  return EXIT.usage;
}

export async function main(argv: string[]): Promise<number> {
  const { program, session } = buildProgram();
  program.exitOverride();
  for (const c of program.commands) c.exitOverride();
  try {
    await program.parseAsync(argv);
    return EXIT.ok;
  } catch (e) {
    return report(e);
  } finally {
    session()?.close();
  }
}

if (require.main === module) {
  main(process.argv).then(
    (code) => process.exit(code),
    (e) => process.exit(report(e)),
  );
}
