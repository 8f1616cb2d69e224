/**
 * The built `settle` CLI (dist/client/cli/main.js) drives a trading round trip on a real devnet
 * (compiled settled + CometBFT), as a user would from a shell: keys recovered into the encrypted file
 * keyring (the mnemonic and passphrase typed at hidden prompts in a pseudo-terminal), deposits (one
 * confirmed at the prompt, with the progress line), a dry run, an order and the book, a fill and both
 * sides' health, a withdrawal refused with margin's code, a cancel, a withdrawal, the tx by hash.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { devAccounts, type DevAccount } from '../../chain/node/dev-accounts';
import { makeTmpDir, removeDir } from '../helpers/tmpdir';
import { runInPty } from '../helpers/pty';
import { checkPrerequisites, freeBasePort, killAll, ROOT, settled, sleep, waitHeight, type Proc } from '../chain/node/helpers';

jest.setTimeout(240_000);

const CLI = path.join(ROOT, 'dist/client/cli/main.js');
const PASSPHRASE = 'correct horse battery';
let tmp: string;
let node: Proc | undefined;
let rpc: string;
let rpcPort: number;
let alice: DevAccount;
let bob: DevAccount;

beforeAll(async () => {
  checkPrerequisites();
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} not found: run "npm run build"`);
  if (spawnSync('script', ['--version']).error) throw new Error('util-linux `script` not found: the prompts are driven in a pseudo-terminal through it (apt-get install util-linux)');
  tmp = makeTmpDir('cli-devnet');
  [alice, bob] = await devAccounts();
  const base = await freeBasePort(1);
  rpcPort = base + 1;
  rpc = `http://127.0.0.1:${rpcPort}`;
  node = settled(['devnet', '--home', path.join(tmp, 'node'), '--base-port', String(base)], path.join(tmp, 'devnet.log'));
  await waitHeight(base + 1, 2, 60_000, node);
});

afterAll(async () => {
  await killAll([path.join(tmp, 'node')]);
  removeDir(tmp);
});

const globals = () => ['--node', rpc, '--home', path.join(tmp, 'cli')];
const env = (passphrase = PASSPHRASE): NodeJS.ProcessEnv => {
  const e: NodeJS.ProcessEnv = { ...process.env, SETTLE_KEYRING_PASSPHRASE: passphrase };
  delete e.NODE_OPTIONS;
  return e;
};

/** `settle ...args -o json` without a terminal; the parsed stdout when it exits 0. */
function cli(args: string[], opts: { input?: string; passphrase?: string } = {}): { status: number | null; stdout: string; stderr: string; json: any } {
  const r = spawnSync(process.execPath, [CLI, ...globals(), '-o', 'json', ...args], { encoding: 'utf8', input: opts.input, env: env(opts.passphrase), timeout: 90_000 });
  let json: unknown;
  if (r.status === 0 && r.stdout.trim().startsWith('{') || r.stdout.trim().startsWith('[')) json = JSON.parse(r.stdout);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, json };
}

function ok(args: string[], opts: { input?: string } = {}): any {
  const r = cli(args, opts);
  if (r.status !== 0) throw new Error(`settle ${args.join(' ')} exited ${r.status}:\n${r.stderr}${r.stdout}`);
  return r.json;
}

test('keys, deposit, dry run, order, book, fill, health, a refused withdrawal, cancel, withdraw, tx by hash', async () => {
  // keys: bob typed at hidden prompts in a terminal; alice from stdin with the passphrase in the environment
  const noPass = env();
  delete noPass.SETTLE_KEYRING_PASSPHRASE;
  const recovered = await runInPty([process.execPath, CLI, ...globals(), 'keys', 'recover', 'bob'], [
    { expect: /Enter your bip39 mnemonic: /, send: `${bob.mnemonic}\r` },
    { expect: /Enter keyring passphrase: /, send: `${PASSPHRASE}\r` },
    { expect: /Re-enter keyring passphrase: /, send: `${PASSPHRASE}\r` },
  ], noPass);
  expect(recovered.code).toBe(0);
  expect(recovered.output).toMatch(new RegExp(`address +${bob.address}`)); // a terminal gets the table

  expect(recovered.output).not.toContain(bob.mnemonic.split(' ').slice(0, 3).join(' ')); // not echoed
  ok(['keys', 'recover', 'alice'], { input: `${alice.mnemonic}\n` });
  expect(ok(['keys', 'list']).map((k: { name: string; address: string }) => [k.name, k.address])).toEqual([['alice', alice.address], ['bob', bob.address]]);
  const keyFile = path.join(tmp, 'cli', 'keyring-file', 'bob.json');
  expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
  expect(fs.readFileSync(keyFile, 'utf8')).not.toContain(bob.mnemonic.split(' ').slice(0, 3).join(' '));

  // a new key: its mnemonic printed once (in the JSON here) recovers the same address
  const carol = ok(['keys', 'add', 'carol']);
  expect(carol.mnemonic.split(' ')).toHaveLength(24);
  expect(cli(['keys', 'add', 'carol']).stderr).toMatch(/key 'carol' already exists/);
  // deleting asks first on a terminal: "n" keeps the key, "y" deletes it
  const keep = await runInPty([process.execPath, CLI, ...globals(), 'keys', 'delete', 'carol'], [{ expect: /\[y\/N\]: /, send: 'n\r' }], noPass);
  expect([keep.code, fs.existsSync(path.join(tmp, 'cli', 'keyring-file', 'carol.json'))]).toEqual([1, true]);
  const gone = await runInPty([process.execPath, CLI, ...globals(), 'keys', 'delete', 'carol'], [{ expect: /\[y\/N\]: /, send: 'y\r' }], noPass);
  expect([gone.code, fs.existsSync(path.join(tmp, 'cli', 'keyring-file', 'carol.json'))]).toEqual([0, false]);

  // a wrong passphrase: a clear error, exit 1, nothing broadcast
  const wrong = cli(['tx', 'margin', 'deposit', '--amount', '1usdc', '--from', 'bob', '--yes'], { passphrase: 'not the passphrase' });
  expect([wrong.status, wrong.stderr.trim()]).toEqual([1, "Error: wrong passphrase for key 'bob'"]);

  // bob deposits in a terminal: passphrase prompt, confirmation, the progress line while waiting
  const deposit = await runInPty([process.execPath, CLI, ...globals(), '-o', 'json', 'tx', 'margin', 'deposit', '--amount', '1000usdc', '--from', 'bob'], [
    { expect: /Enter keyring passphrase: /, send: `${PASSPHRASE}\r` },
    { expect: /\[y\/N\]: /, send: 'y\r' },
  ], noPass);
  expect(deposit.code).toBe(0);
  expect(deposit.output).toContain('"amount": "1000000000"');
  expect(deposit.output).toMatch(/waiting for tx [0-9A-F]{12}… to be committed/);
  ok(['tx', 'margin', 'deposit', '--amount', '1000usdc', '--from', 'alice', '--yes']);
  expect(ok(['query', 'margin', 'subaccount', 'bob']).subaccount.collateral).toEqual([{ denom: 'uusdc', amount: '1000000000' }]);

  // the nearest BTC call once the devnet has listed it
  let instrument = '';
  for (let i = 0; i < 90 && !instrument; i++) {
    const listed = ok(['query', 'options', 'instruments', '--underlying', 'BTC/USD', '--active-only']).instruments as { id: string; kind: string; expiry: string }[];
    const calls = listed.filter((x) => x.kind === 'OPTION_KIND_CALL').sort((a, b) => Number(a.expiry) - Number(b.expiry));
    if (calls.length) instrument = calls[0]!.id;
    else await sleep(1000);
  }
  expect(instrument).toMatch(/^BTC-\d{8}-\d+-C$/);

  // dry run: the gas estimate and the would-be events; nothing reaches the book
  const order = ['--instrument', instrument, '--side', 'buy', '--price', '1.5', '--size', '2', '--client-id', '7'];
  const dry = ok(['tx', 'options', 'place-order', ...order, '--from', 'bob', '--dry-run']);
  expect(dry.dryRun).toBe(true);
  expect(Number(dry.gasEstimate)).toBeGreaterThan(0);
  const placedEvent = dry.events.find((e: { type: string }) => e.type === 'settle.options.v1.EventOrderPlaced');
  expect(placedEvent.message.order.spec).toMatchObject({ clientId: '7', price: '1500000', size: '2' });
  expect(ok(['query', 'options', 'book', instrument]).bids).toEqual([]);

  // the order rests on the book
  const placed = ok(['tx', 'options', 'place', ...order, '--from', 'bob', '--yes']);
  expect(placed.code).toBe(0);
  expect(Number(placed.responses[0].orderId)).toBeGreaterThan(0);
  expect(ok(['query', 'options', 'book', instrument]).bids).toEqual([{ price: '1500000', size: '2', orders: 1 }]);

  // alice sells one into it: filled at the end of the block; both sides' health shows the position
  const sold = ok(['tx', 'options', 'place', '--instrument', instrument, '--side', 'sell', '--price', '1.5', '--size', '1', '--client-id', '1', '--from', 'alice', '--yes']);
  const waitPast = (h: number) => waitHeight(rpcPort, h + 1, 30_000, node);
  await waitPast(sold.height);
  const short = ok(['query', 'margin', 'health', 'alice']);
  expect(short.positions.map((p: { instrumentId: string; size: string }) => [p.instrumentId, p.size])).toEqual([[instrument, '-1']]);
  expect(Number(short.initialMargin)).toBeGreaterThan(0);
  expect(ok(['query', 'margin', 'health', '--from', 'bob']).positions.map((p: { size: string }) => p.size)).toEqual(['1']);

  // alice cannot take her collateral out from under the short: margin/9, exit 2, no stack trace
  const refused = cli(['tx', 'margin', 'withdraw', '--amount', '999usdc', '--from', 'alice', '--yes']);
  expect(refused.status).toBe(2);
  expect(refused.stderr).toMatch(/^Error: margin\/9 insufficient margin: subaccount 0 of settle1\w+: equity -?[\d.]+ is below the initial margin [\d.]+ after this change\n$/);
  // an order off the tick: options/2 with the chain's explanation
  const offTick = cli(['tx', 'options', 'place', '--instrument', instrument, '--side', 'buy', '--price', '1.505', '--size', '1', '--from', 'bob', '--yes']);
  expect(offTick.status).toBe(2);
  expect(offTick.stderr).toMatch(/^Error: options\/2 invalid order: .*not a multiple of the tick size/);

  // bob cancels the rest of his bid and withdraws
  const cancelled = ok(['tx', 'options', 'cancel', '--client-id', '7', '--from', 'bob', '--yes']);
  expect(cancelled.events.some((e: { type: string; attributes: Record<string, unknown> }) => e.type === 'settle.options.v1.EventOrderDone' && e.attributes.reason === 'cancelled')).toBe(true);
  await waitPast(cancelled.height);
  expect(ok(['query', 'options', 'book', instrument]).bids).toEqual([]);
  const before = BigInt(ok(['query', 'bank', 'balance', 'bob', '--denom', 'uusdc']).balance.amount);
  const withdrawn = ok(['tx', 'margin', 'withdraw', '--amount', '100usdc', '--from', 'bob', '--yes']);
  expect(BigInt(ok(['query', 'bank', 'balance', 'bob', '--denom', 'uusdc']).balance.amount) - before).toBe(100_000_000n);
  const tx = ok(['query', 'tx', withdrawn.txhash]);
  expect([tx.code, tx.height]).toEqual([0, withdrawn.height]);
  expect(tx.events.find((e: { type: string }) => e.type === 'settle.margin.v1.EventWithdraw').attributes.amount).toBe('100000000');

  // a dead node: exit 3
  const dead = spawnSync(process.execPath, [CLI, '--node', 'http://127.0.0.1:9', '-o', 'json', 'query', 'bank', 'balances', bob.address], { encoding: 'utf8' });
  expect(dead.status).toBe(3);
  expect(dead.stderr).toMatch(/^Error: cannot reach the node at http:\/\/127\.0\.0\.1:9/);
});
