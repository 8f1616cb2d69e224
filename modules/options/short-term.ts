// Orders that need no account sequence (dYdX's short-term orders, adapted): a market maker quoting from
// several processes, or faster than blocks commit, never hits "account sequence mismatch".
//
// A tx is sequence-free when it has one signer whose account already has a public key, every message is
// an options order message (place, batch, cancel, mass cancel, combo), and its timeout_height is set and
// at most SHORT_TERM_WINDOW blocks ahead. Its sequence is neither checked nor incremented; the signature,
// fee and everything else are checked as usual. Instead the chain keeps the tx's hash until its timeout
// height and refuses the same bytes again (after that, the tx's timeout refuses it). CosmJS signs these
// txs like any other (any sequence; the current one is fine) with `timeoutHeight` set.
import { insertAnteAfter, replaceAnte, sha256, type AnteContext, type AnteDecorator } from '../../chain/sdk';
import { OptionsErrors } from './errors';
import type { OptionsKeeper } from './keeper';

export const SHORT_TERM_WINDOW = 20n;

const ORDER_MSGS = new Set([
  '/settle.options.v1.MsgPlaceOrder',
  '/settle.options.v1.MsgBatch',
  '/settle.options.v1.MsgCancelOrder',
  '/settle.options.v1.MsgMassCancel',
  '/settle.options.v1.MsgPlaceCombo',
]);

/** Whether the tx is sequence-free (see above); a pure function of the tx, the block and the signer's account. */
export function isShortTerm(a: AnteContext): boolean {
  const tx = a.tx;
  const height = BigInt(a.ctx.block.height);
  const timeout = tx.body.timeoutHeight;
  if (tx.signers.length !== 1 || timeout === 0n || timeout < height || timeout > height + SHORT_TERM_WINDOW) return false;
  if (!tx.msgs.every((m) => ORDER_MSGS.has(m.typeUrl))) return false;
  const account = a.accounts[0];
  return account !== undefined && account.pubKey !== undefined;
}

/** The ante chain with sequence-free order txs: replay guard after the signer accounts load, sequence steps skipped. */
export function withShortTermOrders(keeper: OptionsKeeper): (defaults: AnteDecorator[]) => AnteDecorator[] {
  return (defaults) => {
    const skipWhenShortTerm = (replaced: AnteDecorator): AnteDecorator => ({
      name: replaced.name,
      perSigner: replaced.perSigner,
      handle: (a, next) => (isShortTerm(a) ? next(a) : replaced.handle(a, next)),
    });
    const replayGuard: AnteDecorator = {
      name: 'shortTermReplayGuard',
      handle(a, next) {
        if (isShortTerm(a)) {
          const hash = sha256(a.tx.bytes);
          if (keeper.shortTermSeen(a.ctx, hash)) throw OptionsErrors.replayedTx.wrap(`this sequence-free order tx was already accepted; it expires at height ${a.tx.body.timeoutHeight}`);
          keeper.recordShortTerm(a.ctx, hash, a.tx.body.timeoutHeight);
        }
        next(a);
      },
    };
    let out = insertAnteAfter(defaults, 'loadSignerAccounts', replayGuard);
    out = replaceAnte(out, 'checkSequence', skipWhenShortTerm);
    out = replaceAnte(out, 'incrementSequence', skipWhenShortTerm);
    return out;
  };
}
