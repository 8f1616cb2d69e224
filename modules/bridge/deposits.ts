/**
 * Deposits: each validator reports the contract's Deposited events (seen at finality by its watcher
 * daemon) in its vote extension; deposit n is consumed once reports identical in every field, from
 * more than 2/3 of the chain's power, arrive in one block, strictly in nonce order, exactly once.
 */
import { accountAddress, type Context } from '../../chain/sdk';
import { Deposit } from '../../proto/gen/settle/bridge/v1/types';
import { exceedsTwoThirds } from './encoding';
import type { BridgeKeeper } from './keeper';
import { MODULE_ACCOUNT } from './keys';

/** Largest amount the contract emits (it refuses more than uint128). */
export const MAX_DEPOSIT = (1n << 128n) - 1n;

/** A report's fields in the form the contract emits; throws with the reason. Shared by VerifyVoteExtension. */
export function checkDepositReport(d: Deposit): void {
  if (d.nonce < 1n) throw new Error('deposit nonces start at 1');
  for (const [what, a] of [['token', d.token], ['from', d.from]] as const) {
    if (!/^0x[0-9a-f]{40}$/.test(a)) throw new Error(`deposit ${d.nonce}: ${what} must be a lower-case 0x address, got "${a}"`);
  }
  if (d.recipient.length !== 20 && d.recipient.length !== 32) throw new Error(`deposit ${d.nonce}: the recipient has 20 or 32 bytes, got ${d.recipient.length}`);
  if (!/^[1-9][0-9]{0,38}$/.test(d.amount) || BigInt(d.amount) > MAX_DEPOSIT) throw new Error(`deposit ${d.nonce}: amount must be 1..2^128-1, got "${d.amount}"`);
}

/** One validator's reports, with its consensus power. */
export interface DepositVote {
  power: bigint;
  deposits: Deposit[];
}

/** Credits every deposit from the last credited nonce + 1 on that has > 2/3 of `totalPower` behind one identical report. */
export function creditDeposits(keeper: BridgeKeeper, ctx: Context, votes: DepositVote[], totalPower: bigint): void {
  const last = keeper.lastDepositNonce(ctx);
  const tally = new Map<bigint, Map<string, { power: bigint; deposit: Deposit }>>();
  for (const v of votes) {
    for (const d of v.deposits) {
      if (d.nonce <= last) continue;
      const byReport = tally.get(d.nonce) ?? new Map<string, { power: bigint; deposit: Deposit }>();
      const id = Buffer.from(Deposit.encode(d).finish()).toString('hex');
      const entry = byReport.get(id) ?? { power: 0n, deposit: d };
      entry.power += v.power;
      byReport.set(id, entry);
      tally.set(d.nonce, byReport);
    }
  }
  for (let n = last + 1n; ; n++) {
    const agreed = [...(tally.get(n)?.values() ?? [])].find((e) => exceedsTwoThirds(e.power, totalPower));
    if (!agreed) return;
    credit(keeper, ctx, agreed.deposit);
  }
}

function credit(keeper: BridgeKeeper, ctx: Context, d: Deposit): void {
  const p = keeper.params(ctx);
  const recipient = accountAddress(d.recipient);
  const amount = BigInt(d.amount);
  // A deposit the chain cannot credit is still consumed (nonces move on): an unsupported token, or a blocked recipient.
  const credited = d.token === p.token && !keeper.bank.isBlockedAddress(recipient);
  if (credited) {
    const coins = [{ denom: p.denom, amount }];
    keeper.bank.mintCoins(ctx, MODULE_ACCOUNT, coins);
    keeper.bank.sendCoinsFromModuleToAccount(ctx, MODULE_ACCOUNT, recipient, coins);
    const t = keeper.totals(ctx);
    keeper.setTotals(ctx, { ...t, deposited: (BigInt(t.deposited) + amount).toString() });
  }
  keeper.putDeposit(ctx, { deposit: d, height: BigInt(ctx.block.height), credited });
  ctx.emit('settle.bridge.v1.EventDepositCredited', {
    nonce: JSON.stringify(d.nonce.toString()),
    recipient: JSON.stringify(recipient),
    amount: JSON.stringify(d.amount),
    credited: String(credited),
  });
}
