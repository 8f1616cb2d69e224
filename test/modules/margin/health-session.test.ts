/**
 * Margin's health sessions (modules/margin/health-session.ts) keep health's decoded inputs over the options
 * module's matching pass. They must not change a single result: a seeded random flow (batches of limit,
 * IOC, FOK, post-only and reduce-only orders, cancels, combos, deposits, withdrawals, margin-mode switches,
 * oracle price moves; collateral small enough that margin refuses orders and makers) runs through a chain
 * with sessions and one without. In the first, every health computed inside a session is also recomputed
 * from state with the session set aside and must be identical (value or error); every block's results,
 * events and app hash must equal the second chain's.
 */
import { createHash } from 'node:crypto';
import type { Event, ExecTxResult } from 'cosmjs-types/tendermint/abci/types';
import type { MarginKeeper, PendingChange } from '../../../modules/margin/keeper';
import { canonicalKey } from '../../../modules/margin/risk-cache';
import { HealthSession } from '../../../modules/margin/health-session';
import { MsgSetMarginMode, MsgWithdraw } from '../../../proto/gen/settle/margin/v1/tx';
import { Side, TimeInForce } from '../../../proto/gen/settle/options/v1/types';
import type { ReadContext } from '../../../chain/sdk';
import type { EncodedMsg, Key } from '../../reliability/lib/accounts';
import { Rng } from '../../helpers/rng';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { CALL_100K, CALL_110K, encode, OptionsChain, PUT_90K, spec, USDC } from '../options/chain';

jest.setTimeout(240_000);

const INSTRUMENTS = [CALL_100K.id, CALL_110K.id, PUT_90K.id];
const TIFS = [TimeInForce.TIME_IN_FORCE_GTC, TimeInForce.TIME_IN_FORCE_GTC, TimeInForce.TIME_IN_FORCE_IOC, TimeInForce.TIME_IN_FORCE_FOK];
const BLOCKS = 60;
const TRADERS = 6;

/** Wraps `health` so that each call served by a session is checked against a computation from state. */
function verifySessions(keeper: MarginKeeper): { checked: number } {
  const counts = { checked: 0 };
  const inner = keeper as unknown as { session: unknown; health: MarginKeeper['health'] };
  const health = keeper.health.bind(keeper);
  const outcome = (f: () => unknown): string => {
    try {
      return `ok ${canonicalKey(f())}`;
    } catch (err) {
      return `error ${(err as Error).message}`;
    }
  };
  inner.health = (ctx: ReadContext, owner: string, number: number, change?: PendingChange) => {
    if (inner.session === undefined) return health(ctx, owner, number, change);
    let result: ReturnType<MarginKeeper['health']> | undefined;
    let failure: unknown;
    const withSession = outcome(() => {
      try {
        return (result = health(ctx, owner, number, change));
      } catch (err) {
        failure = err;
        throw err;
      }
    });
    const session = inner.session;
    inner.session = undefined;
    let fromState: string;
    try {
      fromState = outcome(() => health(ctx, owner, number, change));
    } finally {
      inner.session = session;
    }
    if (withSession !== fromState) throw new Error(`health of ${owner}/${number} from the session differs from state:\n${withSession}\n${fromState}`);
    counts.checked++;
    if (result === undefined) throw failure;
    return result;
  };
  return counts;
}

const withdraw = (owner: string, amount: bigint): EncodedMsg => ({ typeUrl: '/settle.margin.v1.MsgWithdraw', value: MsgWithdraw.encode({ owner, subaccount: 0, denom: 'uusdc', amount: amount.toString() }).finish() });

/** The flow's txs of one block, from the seeded generator (the same on both chains). */
function blockActions(rng: Rng, keys: Key[], clientIds: bigint[]): [Key, EncodedMsg[]][] {
  const out: [Key, EncodedMsg[]][] = [];
  for (const [i, key] of keys.entries()) {
    if (rng.next() < 0.25) continue;
    const owner = key.address;
    const roll = rng.next();
    if (roll < 0.12) {
      out.push([key, [encode.deposit({ owner, subaccount: 0, denom: 'uusdc', amount: ((500n + BigInt(rng.int(3_000))) * USDC).toString() })]]);
    } else if (roll < 0.16) {
      out.push([key, [withdraw(owner, (50n + BigInt(rng.int(1_500))) * USDC)]]);
    } else if (roll < 0.19) {
      out.push([key, [{ typeUrl: '/settle.margin.v1.MsgSetMarginMode', value: MsgSetMarginMode.encode({ owner, subaccount: 0, portfolioMargin: rng.next() < 0.5 }).finish() }]]);
    } else if (roll < 0.24) {
      const a = rng.pick(INSTRUMENTS);
      const b = rng.pick(INSTRUMENTS.filter((x) => x !== a));
      out.push([key, [encode.combo({ owner, subaccount: 0, clientId: ++clientIds[i], quantity: BigInt(1 + rng.int(3)), limitPrice: BigInt(rng.int(60) - 20) * USDC, legs: [{ instrumentId: a, side: Side.SIDE_BUY, ratio: 1n }, { instrumentId: b, side: Side.SIDE_SELL, ratio: 1n }] })]]);
    } else {
      const cancels: bigint[] = [];
      if (clientIds[i] > 0n && rng.next() < 0.3) cancels.push(BigInt(1 + rng.int(Number(clientIds[i]))));
      const places = [];
      for (let j = 1 + rng.int(6); j > 0; j--) {
        const tif = rng.pick(TIFS);
        const resting = tif === TimeInForce.TIME_IN_FORCE_GTC;
        places.push(
          spec({
            clientId: ++clientIds[i],
            instrumentId: rng.pick(INSTRUMENTS),
            side: rng.next() < 0.5 ? Side.SIDE_BUY : Side.SIDE_SELL,
            price: BigInt(1 + rng.int(50)) * USDC,
            size: BigInt(1 + rng.int(12)),
            timeInForce: tif,
            postOnly: resting && rng.next() < 0.4,
            reduceOnly: rng.next() < 0.1,
          }),
        );
      }
      out.push([key, [encode.batch({ owner, subaccount: 0, cancelClientIds: cancels, places })]]);
      // a withdrawal after the orders, in the same block: they are matched against less collateral than they were accepted with
      if (rng.next() < 0.2) out.push([key, [withdraw(owner, (200n + BigInt(rng.int(2_000))) * USDC)]]);
    }
  }
  return out;
}

interface FlowResult {
  blocks: string[];
  appHash: string;
  codes: Record<string, number>;
  fills: number;
  refusedForMargin: number;
  checked: number;
}

async function runFlow(sessions: boolean, seed: number): Promise<FlowResult> {
  const dir = makeTmpDir(`health-session-${sessions}`);
  const chain = await OptionsChain.open(dir, 'health-session', TRADERS, undefined, { oracle: true, modules: { healthSessions: sessions } });
  try {
    const counts = sessions ? verifySessions(chain.modules.keepers.margin) : { checked: 0 };
    const rng = new Rng(seed);
    chain.setPrice('100000');
    const deposits = await chain.run(chain.keys.map((k, i) => [k, [encode.deposit({ owner: k.address, subaccount: 0, denom: 'uusdc', amount: ((1_000n + 1_500n * BigInt(i)) * USDC).toString() })]]));
    expect(deposits.txs.every((t) => t.code === 0)).toBe(true);
    const clientIds = chain.keys.map(() => 0n);
    const blocks: string[] = [];
    const codes: Record<string, number> = {};
    let fills = 0;
    let refusedForMargin = 0;
    const digest = (txs: ExecTxResult[], events: Event[]): string => createHash('sha256').update(JSON.stringify({ txs: txs.map((t) => ({ code: t.code, codespace: t.codespace, log: t.log, data: Buffer.from(t.data).toString('hex'), events: t.events })), events })).digest('hex');
    for (let b = 0; b < BLOCKS; b++) {
      if (rng.next() < 0.2) chain.setPrice(String(85_000 + rng.int(30_000)));
      const r = await chain.run(blockActions(rng, chain.keys, clientIds));
      blocks.push(digest(r.txs, r.events));
      for (const t of r.txs) codes[`${t.codespace}/${t.code}`] = (codes[`${t.codespace}/${t.code}`] ?? 0) + 1;
      fills += OptionsChain.events(r.events, 'settle.options.v1.EventFill').length;
      refusedForMargin += OptionsChain.events(r.events, 'settle.options.v1.EventOrderDone').filter((e) => e.reason === 'insufficient_margin').length;
    }
    const info = await chain.app.info({ version: '', blockVersion: 0n, p2pVersion: 0n, abciVersion: '' });
    return { blocks, appHash: Buffer.from(info.lastBlockAppHash).toString('hex'), codes, fills, refusedForMargin, checked: counts.checked };
  } finally {
    await chain.app.close();
    removeDir(dir);
  }
}

test('health from a session equals health from state, call by call, and a chain with sessions equals one without, block by block', async () => {
  const seed = 14;
  const withSessions = await runFlow(true, seed);
  const without = await runFlow(false, seed);
  // the flow reaches what the sessions must get right: fills (writes inside the pass), margin refusals, failed txs
  expect(withSessions.fills).toBeGreaterThan(50);
  expect(withSessions.refusedForMargin).toBeGreaterThan(0);
  expect(Object.keys(withSessions.codes).filter((c) => c !== '/0').length).toBeGreaterThan(0);
  expect(withSessions.checked).toBeGreaterThan(200);
  expect(withSessions.blocks).toEqual(without.blocks);
  expect(withSessions.appHash).toBe(without.appHash);
});

test('a kept subaccount follows writes as a fresh read would: key order, zero removes, another context drops it', () => {
  const ctx = { kvStore: () => { throw new Error('not read'); } } as unknown as ReadContext;
  const session = new HealthSession(ctx);
  const sub = { owner: 'o', number: 0, isolated: false, portfolioMargin: false };
  session.keepSubaccount('s', { sub, positions: [{ instrumentId: 'B', size: 1n }], collaterals: [{ denom: 'uusdc', amount: 5n }] });
  session.positionWritten('s', 'A', -2n);
  session.positionWritten('s', 'C', 3n);
  session.positionWritten('s', 'B', 4n);
  expect(session.subaccount('s')!.positions).toEqual([{ instrumentId: 'A', size: -2n }, { instrumentId: 'B', size: 4n }, { instrumentId: 'C', size: 3n }]);
  session.positionWritten('s', 'B', 0n);
  session.collateralWritten('s', 'uatom', 7n);
  session.collateralWritten('s', 'uusdc', 0n);
  session.subaccountWritten('s', { ...sub, portfolioMargin: true });
  const kept = session.subaccount('s')!;
  expect(kept.positions.map((p) => p.instrumentId)).toEqual(['A', 'C']);
  expect(kept.collaterals).toEqual([{ denom: 'uatom', amount: 7n }]);
  expect(kept.sub.portfolioMargin).toBe(true);
  expect(Object.isFrozen(kept.positions)).toBe(true);
  session.positionWritten('other', 'A', 1n); // not kept: nothing to follow
  expect(session.subaccount('other')).toBeUndefined();
  session.dropSubaccount('s');
  expect(session.subaccount('s')).toBeUndefined();
  expect(session.serves(ctx)).toBe(true);
  expect(session.serves({ ...ctx })).toBe(false);
});
