import { CHAIN_ERRORS } from './chain-errors';

/** Exit codes of `settle`: scripts can tell a bad command line from a refused tx from a dead node. */
export const EXIT = {
  ok: 0,
  /** bad flags or arguments, unknown key, wrong passphrase, a refused confirmation */
  usage: 1,
  /** the chain refused the tx or query (it carries a codespace and code) */
  chain: 2,
  /** the node could not be reached, or the tx was not committed in time */
  network: 3,
} as const;

/** An error meant for a human: printed as one line, no stack trace. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = EXIT.usage) {
    super(message);
    this.name = 'CliError';
  }
}

/** The chain refused something with a registered error. */
export class ChainError extends CliError {
  constructor(readonly codespace: string, readonly code: number, readonly log: string, readonly txhash?: string) {
    super(describeChainError(codespace, code, log), EXIT.chain);
    this.name = 'ChainError';
  }
}

/**
 * `margin/9 insufficient margin: <the chain's log>`: the (codespace, code) with the registered
 * error's description, then the log, which carries the details (amounts, ids) a human acts on.
 */
export function describeChainError(codespace: string, code: number, log: string): string {
  const id = `${codespace || 'sdk'}/${code}`;
  const description = CHAIN_ERRORS[id];
  const detail = log.trim();
  if (!description) return `${id}: ${detail || 'unregistered error'}`;
  if (!detail || detail === description) return `${id} ${description}`;
  // the chain's logs end with the description (RegisteredError.wrap: "<message>: <description>")
  const suffix = `: ${description}`;
  const message = detail.endsWith(suffix) ? detail.slice(0, -suffix.length) : detail;
  return `${id} ${description}: ${message}`;
}
