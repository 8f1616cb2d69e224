/**
 * The oracle on a real 4-validator localnet (settled + CometBFT v0.38 each, vote extensions on from
 * height 1, the built-in SIMULATED feed): prices follow the feeders, a 10× reporter does not move them,
 * two feeders down stop updates and the price turns stale while blocks keep coming, all feeders down
 * never halts the chain. Faults are switched at run time through each node's oracle-faults.json
 * (SETTLE_ORACLE_FAULTS=1). On-chain prices are checked against the extensions actually carried in
 * each block's injected tx.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ExtendedCommitInfo } from 'cosmjs-types/tendermint/abci/types';
import { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator';
import { createLocalnet, LOCALNET_CHAIN_ID } from '../../../chain/node/localnet';
import { Dec } from '../../../chain/math';
import { decodeInjectedTx, decodeVoteExtension, INJECTED_TX_MAGIC } from '../../../chain/app';
import { QueryPriceRequest, QueryPriceResponse } from '../../../proto/gen/settle/oracle/v1/query';
import { OracleVoteExtension } from '../../../proto/gen/settle/oracle/v1/types';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { Comet38Client } from '@cosmjs/tendermint-rpc';
import { QueryClient } from '@cosmjs/stargate';
import { setupOracleExtension } from '../../../client/oracle';
import { appHeight, checkPrerequisites, COMETBFT, freeBasePort, killAll, rpc, settledRun, sleep, tail, waitFor, waitHeight } from './helpers';

jest.setTimeout(180_000);

const N = 4;
let tmp: string;
let root: string;
let log: string;
let base: number;
const rpcPort = (i: number): number => base + 100 * i + 1;
const nodeHome = (i: number): string => path.join(root, `node${i}`);
const ENV = { SETTLE_ORACLE_FAULTS: '1' };
const HEARTBEAT = 4;

function setFault(i: number, fault: object): void {
  fs.writeFileSync(path.join(nodeHome(i), 'oracle-faults.json'), JSON.stringify(fault));
}

interface OnChainPrice {
  price: Dec;
  height: number;
  stale: boolean;
  ageSeconds: number;
}

async function price(market: string, atHeight = 0, node = 0): Promise<OnChainPrice> {
  const data = Buffer.from(QueryPriceRequest.encode({ market }).finish()).toString('hex');
  const res = await rpc(rpcPort(node), `/abci_query?path=%22/settle.oracle.v1.Query/Price%22&data=0x${data}&height=${atHeight}`);
  if (res.response.code) throw new Error(res.response.log);
  const p = QueryPriceResponse.decode(Buffer.from(res.response.value, 'base64')).price!;
  return { price: Dec.parse(p.price!.price), height: Number(p.price!.height), stale: p.stale, ageSeconds: Number(p.ageSeconds) };
}

/** The BTC/USD reports (price, power) carried by block h's injected tx. */
async function reports(h: number): Promise<{ values: Dec[]; empty: number; bytes: number[] }> {
  const b = await rpc(rpcPort(0), `/block?height=${h}`);
  const tx0 = Buffer.from(b.block.data.txs[0], 'base64');
  expect(tx0.subarray(0, INJECTED_TX_MAGIC.length)).toEqual(INJECTED_TX_MAGIC);
  const info = decodeInjectedTx(tx0).extendedCommit;
  const values: Dec[] = [];
  let empty = 0;
  const bytes: number[] = [];
  for (const v of info.votes) {
    if (v.blockIdFlag !== BlockIDFlag.BLOCK_ID_FLAG_COMMIT) continue;
    if (v.voteExtension.length === 0) {
      empty++;
      continue;
    }
    bytes.push(v.voteExtension.length);
    const ext = OracleVoteExtension.decode(decodeVoteExtension(v.voteExtension).get('oracle')!);
    const btc = ext.prices.find((p) => p.marketIndex === 0);
    if (btc) values.push(Dec.fromRaw(btc.value * 10n ** 16n)); // BTC/USD has 2 decimals
  }
  return { values: values.sort((a, b) => a.cmp(b)), empty, bytes };
}

/** Lower median of equal-power reports. */
const lowerMedian = (v: Dec[]): Dec => v[Math.ceil(v.length / 2) - 1];

beforeAll(async () => {
  checkPrerequisites();
  tmp = makeTmpDir('oracle-localnet');
  root = path.join(tmp, 'localnet');
  log = path.join(tmp, 'localnet.log');
  base = await freeBasePort(N);
  createLocalnet(root, N, base, LOCALNET_CHAIN_ID, COMETBFT);
  // A short heartbeat so staleness shows within the test (the default is 30 s).
  for (let i = 0; i < N; i++) {
    const file = path.join(nodeHome(i), 'config/genesis.json');
    const g = JSON.parse(fs.readFileSync(file, 'utf8'));
    g.app_state.oracle.params.heartbeatSeconds = String(HEARTBEAT);
    fs.writeFileSync(file, JSON.stringify(g, null, 2));
    setFault(i, {});
  }
  const code = await settledRun(['localnet', '--home', root, '--timeout', '100000'], log, 150_000, ENV);
  if (code !== 0) throw new Error(`localnet did not start:\n${tail(log)}\n${tail(path.join(nodeHome(0), 'settled.log'))}`);
});

afterAll(async () => {
  await settledRun(['localnet', 'stop', '--home', root], log, 60_000).catch(() => undefined);
  await killAll([root]);
  if (process.env.KEEP_TEST_HOMES) process.stdout.write(`kept ${tmp}\n`);
  else removeDir(tmp);
});

describe('oracle on a 4-validator localnet', () => {
  it('all honest: the on-chain price is the median of the extensions carried in the block, updated every block', async () => {
    await waitHeight(rpcPort(0), 6, 60_000);
    const h = await appHeight(rpcPort(0)); // not /status: its height can be one ahead of the app's commit
    for (let k = h - 3; k <= h; k++) {
      const p = await price('BTC/USD', k);
      const r = await reports(k);
      expect(r.values.length).toBeGreaterThanOrEqual(3);
      expect(p.height).toBe(k); // updated within one block of the votes
      expect(p.price.toString()).toBe(lowerMedian(r.values).toString());
      expect(p.price.gt(Dec.parse('50000')) && p.price.lt(Dec.parse('200000'))).toBe(true);
      process.stdout.write(`height ${k}: BTC/USD ${p.price} from ${r.values.length} reports; extension sizes ${r.bytes.join(', ')} bytes\n`);
    }
    expect((await price('ETH/USD')).stale).toBe(false);
  });

  it('one validator reporting ten times the price does not move it', async () => {
    setFault(2, { price_multiplier: '10' });
    const h0 = await appHeight(rpcPort(0));
    // wait for a block carrying the 10x report
    const h = await waitFor('a block with a 10x report', async () => {
      const cur = await appHeight(rpcPort(0));
      for (let k = Math.max(h0 + 1, cur - 3); k <= cur; k++) {
        const r = await reports(k);
        if (r.values.length === 4 && r.values[3].gt(r.values[0].mulInt(5n))) return k;
      }
      return undefined;
    }, 30_000);
    const r = await reports(h);
    const p = await price('BTC/USD', h);
    expect(p.height).toBe(h);
    expect(p.price.lte(r.values[2])).toBe(true); // within the honest reports
    expect(p.price.gte(r.values[0])).toBe(true);
    expect(r.values[3].gt(p.price.mulInt(9n))).toBe(true);
    setFault(2, {});
  });

  it('two of four feeders down: not updated, stale after the heartbeat (and queries say so), blocks keep coming', async () => {
    setFault(1, { down: true });
    setFault(3, { down: true });
    const h = await waitFor('a block with two empty extensions', async () => {
      const cur = await appHeight(rpcPort(0));
      const r = await reports(cur);
      return r.empty >= 2 ? cur : undefined;
    }, 30_000);
    const before = await price('BTC/USD', h);
    expect(before.height).toBeLessThan(h);
    await sleep((HEARTBEAT + 2) * 1000);
    const later = await appHeight(rpcPort(0));
    expect(later).toBeGreaterThan(h + 3);
    const p = await price('BTC/USD');
    expect(p.height).toBe(before.height);
    expect(p.price.toString()).toBe(before.price.toString());
    expect(p.stale).toBe(true);
    expect(p.ageSeconds).toBeGreaterThan(HEARTBEAT);
  });

  it('all feeders down: blocks keep coming', async () => {
    for (let i = 0; i < N; i++) setFault(i, { down: true });
    await sleep(2000);
    const h = await appHeight(rpcPort(0));
    await waitHeight(rpcPort(0), h + 5, 30_000);
    const r = await reports(h + 5);
    expect(r.values).toHaveLength(0);
    expect((await price('BTC/USD')).stale).toBe(true);
  });

  it('feeders back: the price updates again and is fresh', async () => {
    for (let i = 0; i < N; i++) setFault(i, {});
    const h = await appHeight(rpcPort(0));
    await waitFor('a fresh price', async () => {
      const p = await price('BTC/USD');
      return p.height > h && !p.stale ? p : undefined;
    }, 30_000);
  });

  it('client/oracle query helpers: markets, prices, surfaces and TWAP over CosmJS', async () => {
    const comet = await Comet38Client.connect(`http://127.0.0.1:${rpcPort(1)}`);
    try {
      const client = QueryClient.withExtensions(comet, setupOracleExtension);
      expect((await client.oracle.markets()).markets.map((m) => m.id)).toEqual(['BTC/USD', 'ETH/USD']);
      expect((await client.oracle.params()).params!.heartbeatSeconds).toBe(BigInt(HEARTBEAT));
      const prices = await client.oracle.prices();
      expect(prices.prices.map((p) => p.price!.market)).toEqual(['BTC/USD', 'ETH/USD']);
      const surface = await client.oracle.volSurface('ETH/USD');
      expect(surface.surface!.slices).toHaveLength(4);
      const twap = await client.oracle.twap('BTC/USD', 5);
      expect(Dec.parse(twap.twap).gt(Dec.parse('50000'))).toBe(true);
      await expect(client.oracle.price('DOGE/USD')).rejects.toThrow(/unknown market/);
    } finally {
      comet.disconnect();
    }
  });
});
