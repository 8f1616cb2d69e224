/**
 * Seeded simulation, short version (the long one: `npm run sim -- --seeds K --blocks B`). See
 * test/reliability/lib/sim.ts and docs/reliability.md. Blocks of random valid and invalid txs, with
 * the oracle's vote extensions, driven through the app's ABCI handlers; a bank model predicts every
 * result; invariants after every block; a shadow app reopened from disk before every block; genesis
 * export → import; the same seed in a second process gives the same record at every height; and the
 * harness itself is shown to catch non-determinism, broken invariants and value that fills or fees
 * move to the wrong place. The options module trades in it (test/reliability/lib/sim-options.ts):
 * orders, batches, cancels and invalid orders, matched at the end of every block, its orders, books,
 * positions and fills checked against a model at every height. Liquidations too
 * (test/reliability/lib/sim-liquidation.ts): thin option writers, seeded price shocks, a liquidator's valid
 * and invalid steps, the insurance fund, stale-price pauses, a time jump to a short expiry.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeTmpDir, removeDir } from '../helpers/tmpdir';
import { firstDivergence, runSimulation, type ExtraModule, type SimResult } from './lib/sim';
import { StoreKey, type Context } from '../../chain/app';
import type { KVStore } from '../../chain/store';
import type { SettleStoreKeys } from '../../chain/node/modules';
import { moduleAddressBytes } from '../../modules/auth/keeper';

jest.setTimeout(180_000);

const SEED = Number(process.env.SIM_SEED ?? 20261125);
const BLOCKS = Number(process.env.SIM_BLOCKS ?? 80);
const ROOT = path.resolve(__dirname, '../..');
let tmp: string;

beforeAll(() => {
  tmp = makeTmpDir('sim');
});

afterAll(() => {
  if (process.env.KEEP_TEST_HOMES) process.stdout.write(`kept ${tmp}\n`);
  else removeDir(tmp);
});

/** The same simulation in a separate Node process (scripts/reliability/sim.ts --worker), from source. */
function runInChild(seed: number, blocks: number, dir: string): Promise<SimResult> {
  const out = path.join(dir, 'result.json');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(ROOT, 'scripts/reliability/sim.ts'), '--worker', '--seed', String(seed), '--blocks', String(blocks), '--dir', path.join(dir, 'run'), '--out', out, '--no-shadow'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 150_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) reject(new Error(`sim worker exited with ${code}: ${err.slice(-3000)}`));
      else resolve(JSON.parse(fs.readFileSync(out, 'utf8')) as SimResult);
    });
  });
}

describe('seeded simulation', () => {
  let first: SimResult;

  test(`seed ${SEED}: ${BLOCKS} blocks pass the model, the invariants, the shadow app and export/import`, async () => {
    first = await runSimulation({ seed: SEED, blocks: BLOCKS, dir: path.join(tmp, 'a'), exportHeights: [Math.floor(BLOCKS / 2), BLOCKS] });
    expect(first.failures).toEqual([]);
    expect(first.heights).toHaveLength(BLOCKS);
    expect(first.invariantChecks).toBe(BLOCKS);
    expect(first.modelChecks).toBe(BLOCKS);
    expect(first.shadowBlocks).toBe(BLOCKS);
    expect(first.exportChecks).toBe(2);
    // a mix of valid and invalid txs actually ran
    expect(first.codes['ok/0']).toBeGreaterThan(BLOCKS);
    expect(Object.keys(first.codes).length).toBeGreaterThanOrEqual(5);
    // the oracle path ran: injected vote extensions and stored prices
    expect(first.injected).toBe(BLOCKS - 1);
    expect(first.oraclePriceUpdates).toBeGreaterThan(0);
    // the options and margin invariants run after every block
    expect(first.invariantNames).toEqual(expect.arrayContaining(['options/orders-rest', 'options/books-match-state', 'margin/positions-net-zero', 'margin/collateral-held']));
    // options: orders accepted and refused by the margin check, fills, cancels, invalid orders refused with their codes
    const o = first.options;
    expect(o.checks).toBe(BLOCKS);
    expect(o.shadowBookChecks).toBe(2 * BLOCKS);
    expect(o.ordersPlaced).toBeGreaterThan(BLOCKS / 2);
    expect(o.fills).toBeGreaterThan(5);
    expect(o.cancelledByTx).toBeGreaterThan(5);
    expect(o.done.filled).toBeGreaterThan(0);
    expect(o.failures['margin/9']).toBeGreaterThan(5);
    expect(Object.keys(o.failures).filter((c) => c.startsWith('options/')).length).toBeGreaterThanOrEqual(4);
    // liquidations (test/reliability/lib/sim-liquidation.ts): the shocks open auctions, the liquidator steps them,
    // invalid steps are refused with their codes; the feeder outage of this seed's family makes BTC/USD stale and
    // liquidations pause; the short expiry passes (its settlement waits on the stale price at expiry)
    expect(first.invariantNames).toEqual(expect.arrayContaining(['liquidation/insurance-fund', 'liquidation/negative-equity-handled']));
    const l = first.liquidation;
    expect(l.auctionsStarted).toBeGreaterThan(0);
    expect(l.records.auction).toBeGreaterThan(0);
    expect(l.liquidateTxs['liq:step ok/0']).toBeGreaterThan(0);
    expect(l.liquidateTxs['liq:self liquidation/9']).toBeGreaterThan(0);
    expect(l.liquidateTxs['liq:not-in-auction liquidation/5']).toBeGreaterThan(0);
    expect(l.staleBlocks).toBeGreaterThan(0);
    expect(l.pausedBlocks).toBe(l.staleBlocks);
    expect(l.settlementDelayedBlocks + l.settlementPricesFixed).toBeGreaterThan(0);
  });

  test('the same seed in another process gives the same app hash, results and stores at every height', async () => {
    const second = await runInChild(SEED, BLOCKS, path.join(tmp, 'b'));
    expect(second.failures).toEqual([]);
    expect(firstDivergence(first.heights, second.heights)).toBeUndefined();
  });

  test('another seed gives another chain (the seed drives the run)', async () => {
    const other = await runSimulation({ seed: SEED + 1, blocks: 5, dir: path.join(tmp, 'c'), exportHeights: [] });
    expect(other.failures).toEqual([]);
    expect(other.heights[4].appHash).not.toBe(first.heights[4].appHash);
  });

  test('the harness catches non-determinism: a module that writes a per-instance random value is reported at its first height', async () => {
    const r = await runSimulation({
      seed: SEED,
      blocks: 12,
      dir: path.join(tmp, 'chaos'),
      exportHeights: [],
      extraModule: () => {
        const mine = Math.random(); // differs between the primary and every reopened shadow
        const key = new StoreKey('chaos');
        return { name: 'chaos', storeKey: key, endBlock: (ctx) => (ctx.block.height >= 7 ? ctx.kvStore(key).set(Buffer.from('x'), Buffer.from(String(mine))) : undefined) };
      },
    });
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]).toMatch(/^shadow diverged at height 7: .*stores differing: chaos/);
  });

  /** The fee collector's uusdc balance key in the bank store (0x02 ‖ len ‖ address ‖ denom). */
  const feeCollectorUsdc = (): Buffer => {
    const fc = moduleAddressBytes('fee_collector');
    return Buffer.concat([Buffer.from([0x02, fc.length]), Buffer.from(fc), Buffer.from('uusdc')]);
  };
  /** A faulty module that runs `corrupt` once, at the end of the first block after which the fee collector holds uusdc (the first fill's fees). */
  const afterFirstFill = (corrupt: (ctx: Context, keys: SettleStoreKeys) => void): ExtraModule => (keys) => {
    let done = false;
    return {
      name: 'chaos',
      storeKey: new StoreKey('chaos'),
      endBlock: (ctx) => {
        if (done || !ctx.kvStore(keys.bank).get(feeCollectorUsdc())) return;
        done = true;
        corrupt(ctx, keys);
      },
    };
  };
  /** Adds `delta` to a decimal-string value. */
  const bump = (store: KVStore, key: Uint8Array, delta: bigint): void => {
    store.set(key, Buffer.from(String(BigInt(Buffer.from(store.get(key) ?? Buffer.from('0')).toString()) + delta)));
  };

  test('the harness catches a fee paid to the wrong account (every invariant still holds): value not conserved', async () => {
    const r = await runSimulation({
      seed: SEED,
      blocks: 40,
      dir: path.join(tmp, 'fee'),
      exportHeights: [],
      shadow: false,
      // 1uusdc of the fee collector's goes to an outside address: supply, totals and the margin module account unchanged
      extraModule: afterFirstFill((ctx, keys) => {
        const bank = ctx.kvStore(keys.bank);
        bump(bank, feeCollectorUsdc(), -1n);
        bump(bank, Buffer.concat([Buffer.from([0x02, 20]), Buffer.alloc(20, 7), Buffer.from('uusdc')]), 1n);
      }),
    });
    expect(r.options.fills).toBeGreaterThan(0);
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]).toMatch(/^height \d+: value not conserved: /);
  });

  test('the harness catches a premium credited to the wrong subaccount (invariants and totals still hold)', async () => {
    const r = await runSimulation({
      seed: SEED,
      blocks: 40,
      dir: path.join(tmp, 'premium'),
      exportHeights: [],
      shadow: false,
      // 1uusdc moves from one subaccount's settlement balance to another's (margin key 0x04 ‖ owner ‖ number ‖ denom)
      extraModule: afterFirstFill((ctx, keys) => {
        const margin = ctx.kvStore(keys.margin);
        const held = [...margin.iterator(Buffer.from([0x04]), Buffer.from([0x05]))].filter((p) => Buffer.from(p.key).subarray(25).toString() === 'uusdc').slice(0, 2);
        bump(margin, held[0].key, -1n);
        bump(margin, held[1].key, 1n);
      }),
    });
    expect(r.options.fills).toBeGreaterThan(0);
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]).toMatch(/^height \d+: margin collateral differs from the model/);
  });

  test('the harness catches 1uusdc of the insurance fund moved to the fee collector (the value total still holds): the insurance-fund invariant or the bank model reports it', async () => {
    const insurance = moduleAddressBytes('insurance');
    const fundKey = Buffer.concat([Buffer.from([0x02, insurance.length]), Buffer.from(insurance), Buffer.from('uusdc')]);
    let done = false;
    const r = await runSimulation({
      seed: SEED,
      blocks: 80,
      dir: path.join(tmp, 'penalty'),
      exportHeights: [],
      shadow: false,
      // at the end of the first block after which the insurance fund holds uusdc (funding or a penalty), 1uusdc of it goes to the fee collector
      extraModule: (keys) => ({
        name: 'chaos',
        storeKey: new StoreKey('chaos'),
        endBlock: (ctx) => {
          const bank = ctx.kvStore(keys.bank);
          if (done || !bank.get(fundKey)) return;
          done = true;
          bump(bank, fundKey, -1n);
          bump(bank, feeCollectorUsdc(), 1n);
        },
      }),
    });
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]).toMatch(/^height \d+: (invariants broken: liquidation\/insurance-fund|balances differ from the model)/);
  });

  test('the harness catches a broken invariant at the height it breaks', async () => {
    const r = await runSimulation({
      seed: SEED,
      blocks: 12,
      dir: path.join(tmp, 'mint'),
      exportHeights: [],
      shadow: false,
      // a faulty module wired with the bank's store key (the composition root's mistake, on purpose)
      extraModule: (keys) => ({
        name: 'chaos',
        storeKey: new StoreKey('chaos'),
        // mints 1uusdc into the fee collector's balance without touching the supply (bank key 0x02 ‖ len ‖ addr ‖ denom)
        endBlock: (ctx) => {
          if (ctx.block.height !== 9) return;
          const addr = require('../../modules/auth/keeper').moduleAddressBytes('fee_collector') as Uint8Array;
          const key = Buffer.concat([Buffer.from([0x02, addr.length]), Buffer.from(addr), Buffer.from('uusdc')]);
          const bank = ctx.kvStore(keys.bank);
          const cur = bank.get(key);
          bank.set(key, Buffer.from(String((cur ? BigInt(Buffer.from(cur).toString()) : 0n) + 1n)));
        },
      }),
    });
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]).toMatch(/^height 9: invariants broken: bank\/total-supply/);
  });
});
