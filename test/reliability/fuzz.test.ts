/**
 * Fuzzing, short version (the long one: `npm run fuzz -- --inputs N --frames F`). See
 * test/reliability/lib/fuzz.ts, lib/abci-fuzz.ts and docs/reliability.md.
 *
 * - random and mutated txs through CheckTx, Simulate and FinalizeBlock: nothing throws, every mutated
 *   tx is rejected with a registered code, blocks of rejected txs leave the app hash where an empty
 *   block leaves it; the only accepted inputs are re-encodings of signed txs with the same meaning;
 * - random and mutated ABCI frames on loopback connections to the real `settled start --abci-only`:
 *   the process never exits, every well-formed request is answered with its own type (an exception
 *   only for out-of-sequence consensus calls), every connection closes, Echo and Info keep working.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { moduleAddress } from '../../modules/auth/keeper';
import { freeBasePort } from '../chain/node/helpers';
import { makeTmpDir, removeDir } from '../helpers/tmpdir';
import { deriveKeys } from './lib/accounts';
import { bootstrapChain, runFrameFuzz, startAbciTarget, type AbciTarget } from './lib/abci-fuzz';
import { fuzzGenesis, fuzzPool, MUTATORS, runTxFuzz } from './lib/fuzz';
import { dictionary } from './lib/protowire';

jest.setTimeout(180_000);

const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const INPUTS = Number(process.env.FUZZ_INPUTS ?? 20_000);
const FRAMES = Number(process.env.FUZZ_FRAMES ?? 5_000);
const ROOT = path.resolve(__dirname, '../..');
let tmp: string;
let target: AbciTarget | undefined;

beforeAll(() => {
  tmp = makeTmpDir('fuzz');
});

afterAll(async () => {
  await target?.stop();
  if (process.env.KEEP_TEST_HOMES) process.stdout.write(`kept ${tmp}\n`);
  else removeDir(tmp);
});

describe('fuzzing', () => {
  test(`${INPUTS} random and mutated txs through CheckTx, Simulate and FinalizeBlock (seed ${SEED})`, async () => {
    const r = await runTxFuzz({ seed: SEED, inputs: INPUTS, dir: path.join(tmp, 'tx') });
    expect(r.failures).toEqual([]);
    expect(r.inputs).toBe(INPUTS);
    expect(r.checkTx).toBe(INPUTS);
    expect(r.simulated).toBe(INPUTS);
    // most inputs reach FinalizeBlock (the rest are originals CheckTx accepted, kept out of blocks)
    expect(r.finalized).toBeGreaterThan(INPUTS * 0.8);
    for (const m of MUTATORS) expect(r.byMutator[m]).toBeGreaterThan(0);
    // rejections are spread over many registered errors, i.e. the mutations reach deep into the pipeline
    expect(Object.keys(r.checkCodes).length).toBeGreaterThanOrEqual(10);
  });

  test(`${FRAMES} random and mutated ABCI frames against settled --abci-only`, async () => {
    const base = await freeBasePort(1);
    target = await startAbciTarget(ROOT, path.join(tmp, 'abci-home'), base, path.join(tmp, 'settled.log'));
    const keys = await deriveKeys('settle-fuzz', 8);
    await bootstrapChain(target.address, await fuzzGenesis(keys));
    const r = await runFrameFuzz({
      seed: SEED,
      frames: FRAMES,
      address: target.address,
      pool: await fuzzPool(keys),
      dict: dictionary({ addresses: [...keys.map((k) => k.address), moduleAddress('fee_collector')], pubkeys: keys.map((k) => k.pubkey) }),
      keys,
      alive: target.alive,
    });
    const log = fs.existsSync(path.join(tmp, 'settled.log')) ? fs.readFileSync(path.join(tmp, 'settled.log'), 'utf8').slice(-3000) : '';
    expect({ failures: r.failures, alive: target.alive(), log: target.alive() ? '' : log }).toEqual({ failures: [], alive: true, log: '' });
    expect(r.frames).toBeGreaterThanOrEqual(FRAMES);
    expect(r.healthChecks).toBeGreaterThan(2);
    expect(r.exceptions).toBeGreaterThan(0); // malformed frames were answered with ResponseException
    for (const t of ['echo', 'info', 'query', 'checkTx', 'finalizeBlock', 'commit', 'prepareProposal', 'processProposal']) expect([t, r.answered[t] ?? 0]).not.toEqual([t, 0]);
  });
});
