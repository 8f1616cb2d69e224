import type { Context } from '../../app';
import type { Dec } from '../../math';
import type { GenerationalCache } from '../../store/node-cache';
import type { DecodedTx } from '../decode';
import type { GasMeter } from '../gas';
import type { AccountKeeper, FeeKeeper, SignerAccount, TxParams } from '../keepers';

export type ExecMode = 'check' | 'recheck' | 'deliver' | 'simulate';

/** A node-local minimum gas price, enforced in CheckTx only (e.g. 0.025 usettle per gas unit). */
export interface MinGasPrice {
  denom: string;
  amount: Dec;
}

/** What the default decorators need; each captures the parts it uses when it is built. */
export interface AnteDeps {
  accounts: AccountKeeper;
  fees: FeeKeeper;
  minGasPrice?: MinGasPrice;
  /** Signatures verified in CheckTx, so FinalizeBlock does not verify them again. */
  verified: GenerationalCache<string, true>;
}

const NO_ACCOUNTS: readonly SignerAccount[] = Object.freeze([]);

/**
 * One tx's pass through the ante chain: the tx, its context (on the tx's own branch, metered by
 * `meter`) and the scratch the decorators share. One object per tx, of one shape.
 */
export class AnteContext {
  /** The signers' accounts, in `tx.signers` order: set by `loadSignerAccounts`. */
  accounts: readonly SignerAccount[] = NO_ACCOUNTS;
  /** In a per-signer decorator: the index in `tx.signers` (and `accounts`) of the signer at hand; -1 elsewhere. */
  signer = -1;
  /** In a per-signer decorator: the signer's public key, once `resolvePubKey` has found it. */
  pubKey: Uint8Array | undefined = undefined;
  /** composeAnte's bookkeeping: the decorator last entered, and whether the chain (the signer's chain) reached its end. */
  at = '';
  ended = false;
  signerEnded = false;

  constructor(
    readonly ctx: Context,
    readonly tx: DecodedTx,
    readonly meter: GasMeter,
    readonly mode: ExecMode,
    /** The auth module's tx parameters, read once per tx before the chain runs. */
    readonly params: TxParams,
  ) {}
}

/** The rest of the chain after a decorator. */
export type AnteNext = (a: AnteContext) => void;

/** A composed chain: runs every decorator on the tx, or throws the registered error that rejects it. */
export type AnteHandler = (a: AnteContext) => void;

/**
 * One step of the ante chain, the Cosmos SDK's AnteDecorator: it checks or changes what it is for,
 * then calls `next(a)` exactly once to run the rest of the chain (and may act after it returns), or
 * throws a registered error to reject the tx. Returning without either is a bug that composeAnte
 * turns into an internal error rather than accepting a tx whose later checks never ran.
 */
export interface AnteDecorator {
  /** Unique in a chain: decorators are inserted and replaced by name. */
  readonly name: string;
  /**
   * Runs once per signer, with `a.signer` set, instead of once per tx. Consecutive per-signer
   * decorators run as one loop: all of them for signer 0, then all of them for signer 1, …; `next`
   * is then the rest of that signer's steps.
   */
  readonly perSigner?: boolean;
  handle(a: AnteContext, next: AnteNext): void;
}
