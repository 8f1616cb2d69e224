/**
 * The SDK as a user gets it: built and packed (npm pack), installed alone into a new folder (npm install
 * from the tarball; its pinned dependencies come from the registry), then a plain Node script in that
 * folder runs a full round trip on a real devnet (compiled settled + CometBFT): deposit, quote, combo,
 * health, proof-verified position and balance, withdraw, cancelAll, a sequence-free short-term quote whose
 * gas limit comes from the fixed schedule (orderTxGasLimit, no simulate), and a Keplr-style amino signer
 * placing an order. The @scure/base pin must hold in that install (CosmJS 0.39's fromBech32 breaks
 * with @scure/base >= 2.1).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { devAccounts } from '../../../chain/node/dev-accounts';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { checkPrerequisites, freeBasePort, killAll, ROOT, settled, waitHeight, type Proc } from '../../chain/node/helpers';

jest.setTimeout(600_000);

let tmp: string;
let home: string;
let node: Proc | undefined;

beforeAll(() => {
  checkPrerequisites();
  tmp = makeTmpDir('sdk-devnet');
  home = path.join(tmp, 'devnet');
});

afterAll(async () => {
  await killAll([home]);
  removeDir(tmp);
});

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env, timeout: 400_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

test('installed alone from its tarball, the SDK runs deposit, quote, combo, health, verified reads, withdraw and an amino-signed order on a devnet', async () => {
  // the user's side: a new folder with only @settle/sdk installed
  const tarball = run('bash', ['scripts/build-sdk.sh', '--pack', path.join(tmp, 'pack')], ROOT).trim().split('\n').pop()!;
  const app = path.join(tmp, 'app');
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'sdk-user', version: '1.0.0', private: true }));
  run('npm', ['install', '--no-audit', '--no-fund', tarball], app);
  const tree = JSON.parse(run('npm', ['ls', '@scure/base', '--all', '--json'], app));
  const versions: string[] = [];
  const walk = (deps: Record<string, { version: string; dependencies?: object }> = {}) => {
    for (const [name, d] of Object.entries(deps)) {
      if (name === '@scure/base') versions.push(d.version);
      walk(d.dependencies as Record<string, { version: string }>);
    }
  };
  walk(tree.dependencies);
  expect(versions.length).toBeGreaterThan(0);
  expect(new Set(versions)).toEqual(new Set(['2.0.0']));
  expect(fs.existsSync(path.join(app, 'node_modules/@settle/sdk/dist/index.js'))).toBe(true);
  fs.copyFileSync(path.join(__dirname, 'standalone/round-trip.js'), path.join(app, 'round-trip.js'));

  // the chain
  const [alice, bob, carol] = await devAccounts();
  const base = await freeBasePort(1);
  node = settled(['devnet', '--home', home, '--base-port', String(base)], path.join(tmp, 'devnet.log'));
  await waitHeight(base + 1, 2, 60_000, node);

  const env: NodeJS.ProcessEnv = { ...process.env, RPC: `http://127.0.0.1:${base + 1}`, ACCOUNTS: JSON.stringify([alice, bob, carol].map((a) => ({ address: a.address, mnemonic: a.mnemonic }))) };
  delete env.NODE_OPTIONS;
  const out = JSON.parse(run(process.execPath, ['round-trip.js'], app, env).trim().split('\n').pop()!);

  expect(out.senders).toEqual([alice.address, bob.address]);
  // deposit: the typed event, decoded
  const deposit = out.depositEvents.find((e: { type: string }) => e.type === 'settle.margin.v1.EventDeposit');
  expect(deposit.message).toEqual({ owner: alice.address, subaccount: 0, denom: 'uusdc', amount: '200000000000' });
  // quote: two MsgBatch txs of a bid and an ask each, four order ids
  expect(out.quoteResponses).toHaveLength(2);
  expect(out.quoteResponses.flatMap((r: { orderIds: string[] }) => r.orderIds)).toHaveLength(4);
  // combo: accepted, filled at the end of its block; the taker is long k1 and short k2
  expect(Number(out.comboResponses[0].comboId)).toBeGreaterThan(0);
  const [k1, k2] = out.instruments;
  expect(out.health.positions.sort()).toEqual([[k1, '2'], [k2, '-2']].sort());
  expect(Number(out.health.equity)).toBeGreaterThan(0);
  expect(Number(out.health.initialMargin)).toBeGreaterThan(0);
  // proof-verified reads
  expect(out.verifiedPosition.size).toBe('2');
  expect(out.verifiedAbsent).toBe(true);
  // withdraw: the event and the proven bank balance agree
  expect(out.withdrawEvents).toEqual([{ owner: bob.address, subaccount: 0, denom: 'uusdc', amount: '1000000' }]);
  expect(out.withdrawn).toBe('1000000');
  // cancelAll: the maker's two resting orders (k1 bid, k2 ask)
  expect(out.cancelResponses).toEqual([{ cancelled: 2 }]);
  // the amino signer's order: signed in SIGN_MODE_LEGACY_AMINO_JSON (127), accepted and resting
  // the short-term quote with its gas from the schedule: committed, a few thousand gas to spare, no sequence used
  expect(out.scheduledGas.code).toBe(0);
  expect(BigInt(out.scheduledGas.gasUsed)).toBeLessThanOrEqual(BigInt(out.scheduledGas.gasWanted));
  expect(BigInt(out.scheduledGas.gasWanted) - BigInt(out.scheduledGas.gasUsed)).toBeLessThan(5_000n);
  expect(out.scheduledGas.sequenceMoved).toBe(false);
  expect(out.aminoOrder.code).toBe(0);
  expect(out.aminoOrder.signMode).toBe(127);
  expect(out.aminoOrder.open).toEqual([['9', k1, '1']]);
});
