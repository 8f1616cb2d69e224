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
import type { MsgBatch, MsgPlaceOrder } from '../../proto/gen/settle/options/v1/tx';
import type { OrderSpec } from '../../proto/gen/settle/options/v1/types';
import { OptionsErrors } from './errors';
import type { OptionsKeeper } from './keeper';
import { goodTilBlockPassed } from './order-spec';

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
    out = insertAnteAfter(out, 'loadSignerAccounts', staleQuoteGuard);
    out = replaceAnte(out, 'checkSequence', skipWhenShortTerm);
    out = replaceAnte(out, 'incrementSequence', skipWhenShortTerm);
    return out;
  };
}

/**
 * Mempool policy, in CheckTx and recheck only (DeliverTx is unchanged): a sequence-free tx that places a
 * good-til-block order whose block has passed would fail in DeliverTx, and the whole batch with it. So the
 * mempool refuses it, and the recheck after each block evicts the ones whose quotes went stale while they
 * waited. They would otherwise take block gas from live orders exactly when blocks are full. Sequenced txs are
 * left to DeliverTx, because evicting one would strand its signer's later sequences.
 */
const staleQuoteGuard: AnteDecorator = {
  name: 'shortTermStaleQuotes',
  handle(a, next) {
    if ((a.mode === 'check' || a.mode === 'recheck') && isShortTerm(a)) {
      const height = BigInt(a.ctx.block.height);
      for (const m of a.tx.msgs) {
        for (const s of placedSpecs(m.typeUrl, m.msg)) {
          if (goodTilBlockPassed(s, height)) {
            throw OptionsErrors.invalidOrder.wrap(`client id ${s.clientId}: good_til_block ${s.goodTilBlock} has passed (the next block is ${height}); the mempool does not keep a sequence-free tx with a stale quote`);
          }
        }
      }
    }
    next(a);
  },
};

function placedSpecs(typeUrl: string, msg: unknown): readonly OrderSpec[] {
  if (typeUrl === '/settle.options.v1.MsgBatch') return (msg as MsgBatch).places;
  if (typeUrl === '/settle.options.v1.MsgPlaceOrder') {
    const order = (msg as MsgPlaceOrder).order;
    return order ? [order] : [];
  }
  return [];
}
