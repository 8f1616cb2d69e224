/**
 * End to end on one machine (npm run bridgenet's startBridgenet): anvil with TestUSDC and SettleBridge,
 * four real settled + CometBFT validators whose watchers read anvil, and the relayer. A 1,000 USDC
 * deposit is credited exactly once (read with CosmJS); an anchor the relayer submitted carries the app
 * hash CometBFT's header at H + 1 has and verifies on the contract; a withdrawal claims on the EVM side
 * after the challenge delay (a second claim and a wrong amount revert); relayer restarts are idempotent;
 * vault balance = bridged supply on settle + withdrawals not yet claimed.
 */
import { Registry } from '@cosmjs/proto-signing';
import { defaultRegistryTypes, GasPrice, QueryClient, setupBankExtension, SigningStargateClient, StargateClient } from '@cosmjs/stargate';
import { connectComet, type CometClient } from '@cosmjs/tendermint-rpc';
import { fromBech32 } from '@cosmjs/encoding';
import * as path from 'node:path';
import { getAddress, type Address, type Hex } from 'viem';
import { QueryDepositsRequest, QueryDepositsResponse, QueryWithdrawalProofRequest, QueryWithdrawalProofResponse } from '../../../proto/gen/settle/bridge/v1/query';
import { MsgRegisterBridgeKey, MsgWithdraw, MsgWithdrawResponse } from '../../../proto/gen/settle/bridge/v1/tx';
import { QueryValsetRequest, QueryValsetResponse } from '../../../proto/gen/settle/bridge/v1/query';
import { createPrivateKey, sign } from 'node:crypto';
import * as fs from 'node:fs';
import { keccak256, toBytes } from 'viem';
import { formatEvmAddress, registrationDigest } from '../../../modules/bridge/encoding';
import { evmAddressOfPrivateKey, signDigest } from '../../../modules/bridge/signatures';
import { startBridgenet, type Bridgenet } from '../../../scripts/bridge/bridgenet';
import { keyOf } from '../../../scripts/bridge/harness';
import { createRelayer } from '../../../scripts/bridge/relay';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { checkPrerequisites, freeBasePort } from '../../chain/node/helpers';
import { deriveKeys, type Key } from '../../reliability/lib/accounts';
import { expectRevert } from './helpers';

jest.setTimeout(300_000);

const USDC = 1_000_000n;
const DELAY = 30n;
const registry = new Registry([...defaultRegistryTypes, ['/settle.bridge.v1.MsgWithdraw', MsgWithdraw], ['/settle.bridge.v1.MsgRegisterBridgeKey', MsgRegisterBridgeKey]]);

let tmp: string;
let net: Bridgenet;
let user: Key;
let comet: CometClient;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until<T>(what: string, f: () => Promise<T | undefined>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await f().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(300);
  }
}

async function abci<Res>(p: string, req: Uint8Array, decode: (b: Uint8Array) => Res): Promise<Res> {
  return decode((await QueryClient.withExtensions(comet).queryAbci(p, req)).value);
}

const bridgeRead = <T>(fn: string, args: unknown[] = []) => net.evm.read<T>(net.evm.bridge, net.evm.bridgeAbi, fn, args);
const usdcBalance = (a: Address) => net.evm.read<bigint>(net.evm.usdc, net.evm.usdcAbi, 'balanceOf', [a]);
const bridgedSupply = async () => BigInt((await QueryClient.withExtensions(comet, setupBankExtension).bank.supplyOf('ubusdc')).amount);
const deposits = () => abci('/settle.bridge.v1.Query/Deposits', QueryDepositsRequest.encode({ limit: 10 }).finish(), QueryDepositsResponse.decode);

beforeAll(async () => {
  checkPrerequisites();
  tmp = makeTmpDir('bridgenet');
  [user] = await deriveKeys('bridgenet', 1);
  net = await startBridgenet({
    root: path.join(tmp, 'net'),
    basePort: await freeBasePort(4),
    anchorInterval: 3n,
    challengeDelay: DELAY,
    funded: [{ address: user.address, coins: [{ denom: 'usettle', amount: '1000000000' }] }],
  });
  comet = await connectComet(net.nodes[0].rpc);
});

afterAll(async () => {
  comet?.disconnect();
  await net?.stop();
  if (tmp) removeDir(tmp);
});

test('a 1,000 USDC deposit is credited exactly once', async () => {
  const depositor = keyOf('depositor', 0);
  await net.evm.test.setBalance({ address: depositor.address, value: 10n ** 21n });
  await net.evm.send(net.evm.usdc, net.evm.usdcAbi, 'mint', [depositor.address, 1_000n * USDC]);
  await net.evm.send(net.evm.usdc, net.evm.usdcAbi, 'approve', [net.evm.bridge, 1_000n * USDC], depositor);
  const recipient = `0x${Buffer.from(fromBech32(user.address).data).toString('hex')}` as Hex;
  await net.evm.send(net.evm.bridge, net.evm.bridgeAbi, 'deposit', [net.evm.usdc, 1_000n * USDC, recipient], depositor);
  const client = await StargateClient.connect(net.nodes[0].rpc);
  await until('the deposit credited', async () => ((await client.getBalance(user.address, 'ubusdc')).amount === (1_000n * USDC).toString() ? true : undefined));
  // later blocks (the watchers keep reporting nonce 1) credit nothing more
  const h = await client.getHeight();
  await until('6 more blocks', async () => ((await client.getHeight()) >= h + 6 ? true : undefined));
  expect((await client.getBalance(user.address, 'ubusdc')).amount).toBe((1_000n * USDC).toString());
  const d = await deposits();
  expect(d.lastDepositNonce).toBe(1n);
  expect(d.deposits.map((x) => x.deposit!.nonce)).toEqual([1n]);
  client.disconnect();
});

test("an anchor the relayer submitted verifies on the contract and carries the header app hash of H + 1", async () => {
  const nonce = await until('an anchor on the contract', async () => {
    const n = await bridgeRead<bigint>('lastAnchorNonce');
    return n >= 1n ? n : undefined;
  });
  const events = await net.evm.pub.getContractEvents({ address: net.evm.bridge, abi: net.evm.bridgeAbi, eventName: 'AnchorSubmitted', fromBlock: 0n });
  const submitted = events.find((e) => (e as unknown as { args: { nonce: bigint } }).args.nonce === nonce) as unknown as { args: { height: bigint; appHash: Hex } };
  const header = (await comet.block(Number(submitted.args.height) + 1)).block.header;
  expect(submitted.args.appHash).toBe(`0x${Buffer.from(header.appHash).toString('hex')}`);
});

test('a withdrawal claims after the challenge delay; a second claim and a wrong amount revert; vault = bridged supply + pending', async () => {
  const signer = await SigningStargateClient.connectWithSigner(net.nodes[0].rpc, user.wallet, { registry, gasPrice: GasPrice.fromString('0.025usettle') });
  const to = getAddress('0x00000000000000000000000000000000000c1a17');
  const res = await signer.signAndBroadcast(user.address, [{ typeUrl: '/settle.bridge.v1.MsgWithdraw', value: MsgWithdraw.fromPartial({ sender: user.address, to, amount: (400n * USDC).toString() }) }], 'auto');
  expect(res.code).toBe(0);
  const id = MsgWithdrawResponse.decode(res.msgResponses[0].value).id;
  signer.disconnect();
  const proof = await until('the withdrawal anchored and submitted', async () => {
    const p = await abci('/settle.bridge.v1.Query/WithdrawalProof', QueryWithdrawalProofRequest.encode({ id }).finish(), QueryWithdrawalProofResponse.decode);
    if (p.withdrawal!.anchorNonce === 0n) return undefined;
    return (await bridgeRead<bigint>('lastAnchorNonce')) >= p.withdrawal!.anchorNonce ? p : undefined;
  });
  // vault = supply + pending: 1,000 deposited, 400 burnt on settle and not yet claimed
  expect(await usdcBalance(net.evm.bridge)).toBe((await bridgedSupply()) + 400n * USDC);
  const hex = (b: Uint8Array): Hex => `0x${Buffer.from(b).toString('hex')}`;
  const claim = (amount: bigint) => net.evm.send(net.evm.bridge, net.evm.bridgeAbi, 'claim', [proof.withdrawal!.anchorNonce, id, to, net.evm.usdc, amount, proof.proof.map(hex)]);
  await expectRevert(claim(400n * USDC), 'ChallengePending');
  await net.evm.test.increaseTime({ seconds: Number(DELAY) });
  await net.evm.test.mine({ blocks: 1 });
  await expectRevert(claim(401n * USDC), 'InvalidProof');
  await claim(400n * USDC);
  expect(await usdcBalance(to)).toBe(400n * USDC);
  await expectRevert(claim(400n * USDC), 'AlreadyClaimed');
  expect(await usdcBalance(net.evm.bridge)).toBe(await bridgedSupply());
});

test('relayer restarts are idempotent: a stopped relayer leaves a backlog, a fresh one submits it once, again nothing', async () => {
  await net.stopRelayer();
  const before = await bridgeRead<bigint>('lastAnchorNonce');
  const client = await StargateClient.connect(net.nodes[0].rpc);
  const h = await client.getHeight();
  await until('two anchor intervals', async () => ((await client.getHeight()) >= h + 7 ? true : undefined));
  client.disconnect();
  const fresh = () => createRelayer({ rpc: net.nodes[1].rpc, evmRpc: net.evm.anvil.url, contract: net.evm.bridge, account: keyOf('relayer', 1) });
  await net.evm.test.setBalance({ address: keyOf('relayer', 1).address, value: 10n ** 21n });
  const first = await fresh().relayOnce();
  expect(first.length).toBeGreaterThan(0);
  expect(await bridgeRead<bigint>('lastAnchorNonce')).toBeGreaterThan(before);
  const second = await fresh().relayOnce();
  // only anchors fixed since the first round, never one the contract has
  const after = await bridgeRead<bigint>('lastAnchorNonce');
  for (const s of second) expect(BigInt(s.split(' ')[1])).toBeLessThanOrEqual(after);
  expect(new Set([...first, ...second]).size).toBe(first.length + second.length);
  net.startRelayer();
});

test('a validator rotates its bridge key: the old set signs valset 1, the relayer moves the contract to it, and later anchors (signed by the new set) verify', async () => {
  const node = net.nodes[3];
  const pv = JSON.parse(fs.readFileSync(path.join(node.home, 'config/priv_validator_key.json'), 'utf8')) as { address: string; priv_key: { value: string } };
  const seed = Buffer.from(pv.priv_key.value, 'base64').subarray(0, 32);
  const consensusKey = createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]), format: 'der', type: 'pkcs8' });
  const evmKey = toBytes(keccak256(toBytes('settle-bridge/rotated/3')));
  const evm = evmAddressOfPrivateKey(evmKey);
  const validator = Buffer.from(pv.address, 'hex');
  const digest = registrationDigest(net.chainId, validator, evm);
  const signer = await SigningStargateClient.connectWithSigner(net.nodes[0].rpc, user.wallet, { registry, gasPrice: GasPrice.fromString('0.025usettle') });
  const msg = MsgRegisterBridgeKey.fromPartial({ sender: user.address, validatorAddress: pv.address.toLowerCase(), evmAddress: formatEvmAddress(evm), evmSignature: signDigest(evmKey, digest), validatorSignature: sign(null, digest, consensusKey) });
  const res = await signer.signAndBroadcast(user.address, [{ typeUrl: '/settle.bridge.v1.MsgRegisterBridgeKey', value: msg }], 'auto');
  expect(res.code).toBe(0);
  signer.disconnect();
  // node3 keeps signing with its old key file: 4/4 of set 0 sign the update, 3/4 of set 1 sign anchors
  await until('the contract at valset 1', async () => ((await bridgeRead<bigint>('valsetNonce')) >= 1n ? true : undefined));
  const v1 = (await abci('/settle.bridge.v1.Query/Valset', QueryValsetRequest.encode({ nonce: 1n, latest: false }).finish(), QueryValsetResponse.decode)).valset!;
  expect(v1.validators).toContain(formatEvmAddress(evm));
  expect(await bridgeRead<Hex>('valsetCheckpoint')).toBe(`0x${Buffer.from(v1.checkpoint).toString('hex')}`);
  const at = await bridgeRead<bigint>('lastAnchorNonce');
  await until('an anchor signed by valset 1 on the contract', async () => ((await bridgeRead<bigint>('lastAnchorNonce')) > at + 1n ? true : undefined));
});
