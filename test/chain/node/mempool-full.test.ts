/**
 * A full mempool with the real CometBFT: 40 accounts send 8 txs each, each account one at a time
 * and all 40 at once, into a 10-tx mempool. CometBFT re-checks "full" after CheckTx answers OK and
 * silently dropped such txs, after which the account's next txs failed with a sequence mismatch
 * (sdk/32) until the next block. settled now refuses them in CheckTx (sdk/20), a client retries, and
 * every tx commits with no sequence mismatch.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { DirectSecp256k1HdWallet, DirectSecp256k1Wallet } from '@cosmjs/proto-signing';
import { SigningStargateClient } from '@cosmjs/stargate';
import { MsgMultiSend, MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { editCometConfig } from '../../../chain/node/cometbft-config';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { checkPrerequisites, freeBasePort, killAll, settled, sleep, waitExit, waitHeight, type Proc } from './helpers';

jest.setTimeout(120_000);

const TXS_PER_ACCOUNT = 8;
const SENDERS = 40;

let tmp: string;
let home: string;
let log: string;
let base: number;
let node: Proc | undefined;

beforeAll(async () => {
  checkPrerequisites();
  tmp = makeTmpDir('mempool-full');
  home = path.join(tmp, 'devnet');
  log = path.join(tmp, 'devnet.log');
  base = await freeBasePort(1);
});

afterAll(async () => {
  await killAll([home]);
  removeDir(tmp);
});

async function broadcast(port: number, tx: Uint8Array): Promise<{ code: number; log: string; error?: string }> {
  const res = await fetch(`http://127.0.0.1:${port}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'broadcast_tx_sync', params: { tx: Buffer.from(tx).toString('base64') } }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await res.json()) as { result?: { code: number; log: string }; error?: { data?: string; message?: string } };
  if (body.error) return { code: -1, log: '', error: `${body.error.message ?? ''} ${body.error.data ?? ''}` };
  return { code: body.result!.code, log: body.result!.log };
}

test('a full mempool refuses in CheckTx (code 20) and loses no tx; no account falls out of sequence', async () => {
  const rpcPort = base + 1;
  // First start creates the home; then the mempool is made tiny and the chain continues.
  node = settled(['devnet', '--home', home, '--base-port', String(base)], log);
  await waitHeight(rpcPort, 2, 60_000, node);
  node.child.kill('SIGINT');
  expect(await waitExit(node, 30_000)).toBe(0);
  editCometConfig(path.join(home, 'config', 'config.toml'), { mempool: { size: 10 } });
  node = settled(['devnet', '--home', home, '--base-port', String(base)], log);
  await waitHeight(rpcPort, 4, 60_000, node);
  expect(fs.readFileSync(log, 'utf8')).toMatch(/CheckTx refuses txs beyond the mempool limits/);

  const accounts = JSON.parse(fs.readFileSync(path.join(home, 'dev-accounts.json'), 'utf8')).accounts as { address: string; mnemonic: string }[];
  const rpcUrl = `http://127.0.0.1:${rpcPort}`;
  const counts = { ok: 0, refusedByApp: 0, refusedByComet: 0, other: [] as string[] };
  const receiver = accounts[1].address;

  // Many senders, so that many CheckTx calls are in flight when the mempool fills: alice funds them.
  const senders = await Promise.all(
    Array.from({ length: SENDERS }, async (_, i) => {
      const wallet = await DirectSecp256k1Wallet.fromKey(createHash('sha256').update(`mempool-full sender ${i}`).digest(), 'settle');
      return { wallet, address: (await wallet.getAccounts())[0].address };
    }),
  );
  const funder = await SigningStargateClient.connectWithSigner(rpcUrl, await DirectSecp256k1HdWallet.fromMnemonic(accounts[0].mnemonic, { prefix: 'settle' }), { broadcastPollIntervalMs: 200 });
  const coins = [{ denom: 'usettle', amount: '10000000' }, { denom: 'uusdc', amount: '1000' }];
  const funding = await funder.signAndBroadcast(
    accounts[0].address,
    [{ typeUrl: '/cosmos.bank.v1beta1.MsgMultiSend', value: MsgMultiSend.fromPartial({ inputs: [{ address: accounts[0].address, coins: coins.map((c) => ({ denom: c.denom, amount: String(BigInt(c.amount) * BigInt(SENDERS)) })) }], outputs: senders.map((x) => ({ address: x.address, coins })) }) }],
    { amount: [{ denom: 'usettle', amount: '50000' }], gas: '2000000' },
  );
  expect(funding.code).toBe(0);
  funder.disconnect();

  await Promise.all(
    senders.map(async (a) => {
      const client = await SigningStargateClient.connectWithSigner(rpcUrl, a.wallet);
      const { accountNumber, sequence } = (await client.getAccount(a.address))!;
      const txs: Uint8Array[] = [];
      for (let i = 0; i < TXS_PER_ACCOUNT; i++) {
        const msg = { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: a.address, toAddress: receiver, amount: [{ denom: 'uusdc', amount: '1' }] }) };
        const raw = await client.sign(a.address, [msg], { amount: [{ denom: 'usettle', amount: '2500' }], gas: '100000' }, '', { accountNumber, sequence: sequence + i, chainId: 'settle-devnet-1' });
        txs.push(TxRaw.encode(raw).finish());
      }
      client.disconnect();
      // One tx at a time per account, as a wallet does; a refused one is sent again shortly after.
      for (const tx of txs) {
        for (let attempt = 0; ; attempt++) {
          const r = await broadcast(rpcPort, tx);
          if (r.code === 0) {
            counts.ok++;
            break;
          }
          if (r.code === 20) counts.refusedByApp++;
          else if (r.error && /mempool is full/.test(r.error)) counts.refusedByComet++;
          else {
            counts.other.push(r.error ?? `code ${r.code}: ${r.log}`);
            break;
          }
          if (attempt > 400) throw new Error('a tx was refused for too long');
          await sleep(50);
        }
      }
    }),
  );
  expect(counts.other).toEqual([]);
  expect(counts.ok).toBe(senders.length * TXS_PER_ACCOUNT);
  expect(counts.refusedByApp + counts.refusedByComet).toBeGreaterThan(0); // the limit was really hit

  // Every accepted tx commits: each sender's sequence reaches TXS_PER_ACCOUNT.
  const query = await SigningStargateClient.connect(rpcUrl);
  try {
    for (let i = 0; i < 100; i++) {
      const seqs = await Promise.all(senders.map(async (a) => (await query.getAccount(a.address))!.sequence));
      if (seqs.every((s) => s >= TXS_PER_ACCOUNT)) break;
      await sleep(300);
    }
    for (const a of senders) expect((await query.getAccount(a.address))!.sequence).toBe(TXS_PER_ACCOUNT);
  } finally {
    query.disconnect();
  }
});
