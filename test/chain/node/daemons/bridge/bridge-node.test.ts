// The node side of the bridge without a network: the key file init writes (derived from the consensus
// key, mode 0600, stable, checked on read), the [bridge] app.toml section, and the Deposited log decoder
// against logs encoded by viem (the contract's event ABI).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { encodeAbiParameters, encodeEventTopics, parseAbiItem, toHex } from 'viem';
import { bridgeKeyPath, bridgeSignerOf, ensureBridgeKey, readBridgeKey } from '../../../../../chain/node/bridge-key';
import { defaultAppConfig, parseAppConfig, renderAppConfig } from '../../../../../chain/node/app-config';
import { decodeDepositedLog, DEPOSITED_TOPIC } from '../../../../../chain/node/daemons/bridge/deposit-log';
import { DepositWatcher } from '../../../../../chain/node/daemons/bridge/watcher';
import { recoverSigner } from '../../../../../modules/bridge/signatures';
import { formatEvmAddress, keccak256 } from '../../../../../modules/bridge/encoding';
import { makeTmpDir, removeDir } from '../../../../helpers/tmpdir';
import pino from 'pino';

let dir: string;
beforeEach(() => {
  dir = makeTmpDir('bridge-node');
  fs.mkdirSync(path.join(dir, 'config'), { recursive: true });
  const seed = Buffer.alloc(32, 7);
  fs.writeFileSync(path.join(dir, 'config/priv_validator_key.json'), JSON.stringify({ priv_key: { type: 'tendermint/PrivKeyEd25519', value: Buffer.concat([seed, Buffer.alloc(32, 1)]).toString('base64') } }));
});
afterEach(() => removeDir(dir));

test('init derives the bridge key from the consensus key, writes it 0600 once, and start signs with it', () => {
  const a = ensureBridgeKey(dir);
  expect(a).toMatch(/^0x[0-9a-f]{40}$/);
  expect(fs.statSync(bridgeKeyPath(dir)).mode & 0o777).toBe(0o600);
  expect(ensureBridgeKey(dir)).toBe(a); // kept
  const other = makeTmpDir('bridge-node-2');
  fs.mkdirSync(path.join(other, 'config'));
  fs.writeFileSync(path.join(other, 'config/priv_validator_key.json'), JSON.stringify({ priv_key: { value: Buffer.alloc(64, 9).toString('base64') } }));
  expect(ensureBridgeKey(other)).not.toBe(a);
  removeDir(other);
  const signer = bridgeSignerOf(dir)!;
  const digest = keccak256(Buffer.from('x'));
  expect(formatEvmAddress(recoverSigner(digest, signer.sign(digest)))).toBe(a);
  // a file whose address is not its key's is refused
  const file = JSON.parse(fs.readFileSync(bridgeKeyPath(dir), 'utf8'));
  fs.writeFileSync(bridgeKeyPath(dir), JSON.stringify({ ...file, evm_address: `0x${'11'.repeat(20)}` }));
  expect(() => readBridgeKey(dir)).toThrow(/is not the private key's/);
});

test('[bridge] in app.toml: rendered, parsed back, validated', () => {
  const c = defaultAppConfig();
  c.bridge = { evmRpc: 'http://127.0.0.1:8545', contract: '0x00000000000000000000000000000000000b41d6', confirmations: 3, fromBlock: 10, pollIntervalMs: 200 };
  expect(parseAppConfig(renderAppConfig(c)).bridge).toEqual(c.bridge);
  expect(() => parseAppConfig(renderAppConfig(c).replace('confirmations = 3', 'confirmations = -1'))).toThrow(/bridge.confirmations/);
  expect(() => parseAppConfig(renderAppConfig(c).replace('contract = "0x00000000000000000000000000000000000b41d6"', 'contract = ""'))).toThrow(/evm_rpc needs contract/);
  expect(() => parseAppConfig(`${renderAppConfig(c)}\n`.replace('[bridge]', '[bridge]\nbogus = 1'))).toThrow(/unknown key \[bridge\] bogus/);
});

test('Deposited logs decode as viem encodes them; the watcher serves them gap-free from a nonce', () => {
  const event = parseAbiItem('event Deposited(uint64 indexed nonce, address indexed token, address indexed from, bytes settleRecipient, uint256 amount)');
  const token = '0x00000000000000000000000000000000000000aa';
  const from = '0x00000000000000000000000000000000000000bb';
  const log = (nonce: bigint, recipient: Uint8Array, amount: bigint) => ({
    address: '0x00000000000000000000000000000000000b41d6',
    topics: encodeEventTopics({ abi: [event], eventName: 'Deposited', args: { nonce, token, from } }) as string[],
    data: encodeAbiParameters([{ type: 'bytes' }, { type: 'uint256' }], [toHex(recipient), amount]),
    blockNumber: '0x5',
  });
  expect(log(1n, new Uint8Array(20), 1n).topics[0]).toBe(DEPOSITED_TOPIC);
  for (const [nonce, len, amount] of [[1n, 20, 1_000_000_000n], [77n, 32, (1n << 128n) - 1n]] as const) {
    const recipient = Uint8Array.from({ length: len }, (_, i) => i + 1);
    expect(decodeDepositedLog(log(nonce, recipient, amount))).toEqual({ nonce, token, from, recipient, amount: amount.toString() });
  }
  expect(() => decodeDepositedLog({ ...log(1n, new Uint8Array(20), 1n), topics: [] })).toThrow(/not a Deposited log/);
  const w = new DepositWatcher({ evmRpc: '', contract: '', confirmations: 0, fromBlock: 0, pollIntervalMs: 1000 }, pino({ level: 'silent' }));
  expect(w.pending(1n, 10)).toEqual([]);
  expect(w.health()).toEqual({ ok: true, detail: 'disabled in app.toml' });
});
