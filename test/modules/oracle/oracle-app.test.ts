import { ResponseVerifyVoteExtension_VerifyStatus } from 'cosmjs-types/tendermint/abci/types';
import { Dec } from '../../../chain/math';
import { CheckTxType } from 'cosmjs-types/tendermint/abci/types';
import { defaultGenesis } from '../../../modules/oracle/genesis';
import { OracleErrors } from '../../../modules/oracle/errors';
import { buildExtension } from '../../../modules/oracle/vote-extension';
import { decodeInjectedTx as decodeInjected, encodeInjectedTx, INJECTED_TX_MAGIC } from '../../../chain/app';

/** The extended commit an injected tx carries. */
const decodeInjectedTx = (tx: Uint8Array) => decodeInjected(tx).extendedCommit;
import { RequestFinalizeBlock } from 'cosmjs-types/tendermint/abci/types';
import { OracleVoteExtension } from '../../../proto/gen/settle/oracle/v1/types';
import { QueryPriceRequest, QueryPriceResponse, QueryTwapRequest, QueryTwapResponse } from '../../../proto/gen/settle/oracle/v1/query';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { OracleChain, oracleExtension, snapshot, T0, validator, type Validator } from './harness';

let dir: string;
let chain: OracleChain;
let vals: Validator[];

function genesis(heartbeat = 5): Record<string, any> {
  const g = defaultGenesis() as Record<string, any>;
  g.params.heartbeatSeconds = String(heartbeat);
  return g;
}

function setAll(prices: Record<string, string>): void {
  for (const v of vals) v.feed = snapshot(prices);
}

function queryPrice(market: string) {
  const res = chain.app.queries.query('/settle.oracle.v1.Query/Price', QueryPriceRequest.encode({ market }).finish(), 0n, false);
  if (res.code !== 0) throw new Error(res.log);
  return QueryPriceResponse.decode(res.value).price!;
}

beforeEach(async () => {
  dir = makeTmpDir('oracle-app');
  vals = [0, 1, 2, 3].map((i) => validator(i));
  chain = await OracleChain.open(dir, vals, genesis());
});

afterEach(async () => {
  await chain.app.close();
  removeDir(dir);
});

describe('oracle through vote extensions (4 validators, in-process)', () => {
  it('all honest: the price follows the feeders within one block', async () => {
    setAll({ 'BTC/USD': '97000.12', 'ETH/USD': '3400.1234' });
    await chain.step(); // height 1: extensions of height 1 are collected after it
    const res = await chain.step(); // height 2 carries them
    const p = queryPrice('BTC/USD');
    expect(p.price!.price).toBe('97000.12');
    expect(p.price!.height).toBe(2n);
    expect(p.stale).toBe(false);
    expect(queryPrice('ETH/USD').price!.price).toBe('3400.1234');
    expect(res.events.map((e) => e.type)).toContain('settle.oracle.v1.EventPriceUpdated');
    setAll({ 'BTC/USD': '98000', 'ETH/USD': '3500' });
    await chain.step();
    expect(queryPrice('BTC/USD').price!.price).toBe('97000.12'); // votes of height 2 carried the old price
    await chain.step();
    expect(queryPrice('BTC/USD').price!.price).toBe('98000');
  });

  it('one validator reporting ten times the price does not move it', async () => {
    setAll({ 'BTC/USD': '97000', 'ETH/USD': '3400' });
    vals[2].feed = snapshot({ 'BTC/USD': '970000', 'ETH/USD': '34000' });
    await chain.step();
    await chain.step();
    expect(queryPrice('BTC/USD').price!.price).toBe('97000');
    expect(queryPrice('ETH/USD').price!.price).toBe('3400');
    // even as the proposer's own feed (validator 0)
    vals[2].feed = snapshot({ 'BTC/USD': '97000', 'ETH/USD': '3400' });
    vals[0].feed = snapshot({ 'BTC/USD': '970000', 'ETH/USD': '34000' });
    await chain.step();
    await chain.step();
    expect(queryPrice('BTC/USD').price!.price).toBe('97000');
  });

  it('two of four feeders down: no update, the price turns stale after the heartbeat, blocks keep coming', async () => {
    setAll({ 'BTC/USD': '97000', 'ETH/USD': '3400' });
    await chain.step();
    await chain.step();
    expect(queryPrice('BTC/USD').price!.height).toBe(2n);
    vals[1].feed = undefined;
    vals[3].feed = undefined;
    vals[0].feed = snapshot({ 'BTC/USD': '99000', 'ETH/USD': '3500' });
    vals[2].feed = snapshot({ 'BTC/USD': '99000', 'ETH/USD': '3500' });
    await chain.step();
    const res = await chain.step();
    expect(res.events.map((e) => e.type)).toContain('settle.oracle.v1.EventPriceNotUpdated');
    let p = queryPrice('BTC/USD');
    expect(p.price!.price).toBe('97000');
    expect(p.stale).toBe(false);
    for (let i = 0; i < 3; i++) await chain.step(2n);
    p = queryPrice('BTC/USD');
    expect(p.price!.price).toBe('97000');
    expect(p.price!.height).toBe(3n); // the last block that carried the honest 4/4 reports
    expect(p.stale).toBe(true);
    expect(Number(p.ageSeconds)).toBeGreaterThan(5);
    // the keeper interface: price() says stale, freshPrice() refuses with a registered error
    const ctx = chain.app.queries.contextAt(chain.height);
    expect(chain.oracle.keeper.price(ctx, 'BTC/USD').stale).toBe(true);
    expect(chain.oracle.keeper.price(ctx, 'BTC/USD', { maxAgeSeconds: 3600 }).stale).toBe(false);
    expect(() => chain.oracle.keeper.freshPrice(ctx, 'BTC/USD')).toThrow(/stale/);
    try {
      chain.oracle.keeper.freshPrice(ctx, 'BTC/USD');
    } catch (err) {
      expect(OracleErrors.stalePrice.is(err)).toBe(true);
    }
    expect(() => chain.oracle.keeper.freshPrice(ctx, 'SOL/USD')).toThrow(/unknown market/);
  });

  it('all feeders down: blocks keep coming, every vote extension is empty', async () => {
    for (let i = 0; i < 5; i++) await chain.step();
    expect(chain.height).toBe(5);
    expect(chain.lastCommit.votes.every((v) => v.voteExtension.length === 0)).toBe(true);
    const res = chain.app.queries.query('/settle.oracle.v1.Query/Price', QueryPriceRequest.encode({ market: 'BTC/USD' }).finish(), 0n, false);
    expect(res.codespace).toBe('oracle');
    expect(res.code).toBe(OracleErrors.priceNotFound.code);
  });

  it('VerifyVoteExtension rejects malformed and oversized extensions and accepts empty ones', async () => {
    setAll({ 'BTC/USD': '97000', 'ETH/USD': '3400' });
    await chain.step();
    const verify = async (ext: Uint8Array) =>
      (await chain.app.verifyVoteExtension({ hash: new Uint8Array(32), validatorAddress: vals[1].address, height: 2n, voteExtension: ext })).status;
    const { ACCEPT, REJECT } = ResponseVerifyVoteExtension_VerifyStatus;
    const good = (await chain.extensions())[1];
    expect(good.length).toBeGreaterThan(0);
    expect(await verify(good)).toBe(ACCEPT);
    expect(await verify(new Uint8Array(0))).toBe(ACCEPT);
    expect(await verify(Buffer.from('not a protobuf at all, just words'))).toBe(REJECT);
    expect(await verify(Buffer.from([0xff, 0xff, 0xff]))).toBe(REJECT);
    expect(await verify(Buffer.concat([good, Buffer.from([0x78, 0x01])]))).toBe(REJECT); // unknown field 15
    const big = OracleVoteExtension.encode({ prices: [{ marketIndex: 0, value: 1n }], surfaces: [{ marketIndex: 0, slices: Array.from({ length: 16 }, (_, i) => ({ expiry: BigInt(2e9 + i), a: 1n, b: 1n, rho: 0n, m: 0n, sigma: 1n })) }] }).finish();
    expect(await verify(oracleExtension(big))).toBe(ACCEPT);
    const oversized = Buffer.concat([good, Buffer.alloc(5000)]);
    expect(await verify(oversized)).toBe(REJECT);
    // a larger well-formed oracle section, still within max_vote_extension_bytes (4096)
    const padded = OracleVoteExtension.encode({ prices: [{ marketIndex: 0, value: 1n }], surfaces: [{ marketIndex: 0, slices: Array.from({ length: 16 }, (_, i) => ({ expiry: BigInt(2e9 + i), a: 10n ** 17n, b: 10n ** 17n, rho: 0n, m: 0n, sigma: 10n ** 17n })) }] }).finish();
    expect(padded.length).toBeLessThan(4096);
    expect(await verify(oracleExtension(padded))).toBe(ACCEPT);
    // the raw oracle bytes without the app envelope are not an extension at all
    expect(await verify(padded)).toBe(REJECT);
    const unknownMarket = OracleVoteExtension.encode({ prices: [{ marketIndex: 7, value: 1n }], surfaces: [] }).finish();
    expect(await verify(oracleExtension(unknownMarket))).toBe(REJECT);
    const unsorted = OracleVoteExtension.encode({ prices: [{ marketIndex: 1, value: 1n }, { marketIndex: 0, value: 1n }], surfaces: [] }).finish();
    expect(await verify(oracleExtension(unsorted))).toBe(REJECT);
    const zero = OracleVoteExtension.encode({ prices: [{ marketIndex: 0, value: 0n }], surfaces: [] }).finish();
    expect(await verify(oracleExtension(zero))).toBe(REJECT);
  });

  it('ProcessProposal rejects missing, forged, under-powered or inconsistent injected extensions', async () => {
    setAll({ 'BTC/USD': '97000', 'ETH/USD': '3400' });
    await chain.step();
    await chain.step();
    const h = chain.height + 1;
    const last = chain.lastCommit;
    const ok = await chain.prepare(h, last);
    expect(await chain.process(h, ok.txs, last)).toBe(true);
    // missing
    expect(await chain.process(h, [], last)).toBe(false);
    // forged: an extension changed after it was signed
    const info = decodeInjectedTx(ok.txs[0]);
    const forged = structuredClone(info);
    forged.votes[1].voteExtension = OracleVoteExtension.encode({ prices: [{ marketIndex: 0, value: 97_000_000n }], surfaces: [] }).finish();
    expect(await chain.process(h, [encodeInjectedTx(forged)], last)).toBe(false);
    // forged signature bytes
    const badSig = structuredClone(info);
    badSig.votes[2].extensionSignature = Buffer.alloc(64, 7);
    expect(await chain.process(h, [encodeInjectedTx(badSig)], last)).toBe(false);
    // too little power: two of four
    const few = { round: info.round, votes: info.votes.slice(0, 2) };
    expect(await chain.process(h, [encodeInjectedTx(few)], last)).toBe(false);
    // duplicate validator to fake power
    const dup = { round: info.round, votes: [info.votes[0], info.votes[1], info.votes[1]] };
    expect(await chain.process(h, [encodeInjectedTx(dup)], last)).toBe(false);
    // wrong power claimed
    const inflated = structuredClone(info);
    inflated.votes[0].validator!.power = 1000n;
    expect(await chain.process(h, [encodeInjectedTx(inflated)], last)).toBe(false);
    // inconsistent with the last commit: a different round
    expect(await chain.process(h, ok.txs, { ...last, round: 1 })).toBe(false);
    // a validator the block's last commit does not have as a commit vote
    const lastWithout3 = structuredClone(last);
    lastWithout3.votes[3].blockIdFlag = 1;
    expect(await chain.process(h, ok.txs, lastWithout3)).toBe(false);
    // garbage after the magic, and an injected tx that is not first
    expect(await chain.process(h, [Buffer.concat([INJECTED_TX_MAGIC, Buffer.from([0xff, 0xff])])], last)).toBe(false);
    expect(await chain.process(h, [Buffer.from('x'), ok.txs[0]], last)).toBe(false);
    expect(await chain.process(h, [ok.txs[0], ok.txs[0]], last)).toBe(false);
  });

  it('the injection must be the last commit vote for vote: a proposer cannot leave out or add validators', async () => {
    setAll({ 'BTC/USD': '97000', 'ETH/USD': '3400' });
    await chain.step();
    const h = chain.height + 1;
    const exts = await chain.extensions();
    const withAbsent = chain.signedCommit(chain.height, exts, 0, [0, 1, 2]); // validator 3 did not precommit
    const honest = await chain.prepare(h, withAbsent);
    expect(await chain.process(h, honest.txs, withAbsent)).toBe(true);
    const info = decodeInjectedTx(honest.txs[0]);
    expect(info.votes.map((v) => v.blockIdFlag)).toEqual([2, 2, 2, 1]);
    // left out: validator 2's valid vote dropped from a full commit (the other three still hold 3/4 > 2/3 of the power)
    const full = chain.signedCommit(chain.height, exts);
    const fullInfo = decodeInjectedTx((await chain.prepare(h, full)).txs[0]);
    const dropped = { round: 0, votes: fullInfo.votes.filter((_, i) => i !== 2) };
    expect(await chain.process(h, [encodeInjectedTx(dropped)], full)).toBe(false);
    // left out by turning a commit vote into an absent one
    const demoted = structuredClone(fullInfo);
    demoted.votes[2] = { ...demoted.votes[2], blockIdFlag: 1, voteExtension: new Uint8Array(0), extensionSignature: new Uint8Array(0) };
    expect(await chain.process(h, [encodeInjectedTx(demoted)], full)).toBe(false);
    // added: validator 3's validly signed extension although the block's last commit has it absent
    expect(await chain.process(h, [encodeInjectedTx(fullInfo)], withAbsent)).toBe(false);
    // reordered
    const reordered = { round: 0, votes: [fullInfo.votes[1], fullInfo.votes[0], fullInfo.votes[2], fullInfo.votes[3]] };
    expect(await chain.process(h, [encodeInjectedTx(reordered)], full)).toBe(false);
    // a commit vote whose extension signature does not verify is refused, never silently dropped
    const badSig = chain.signedCommit(chain.height, exts);
    badSig.votes[3].extensionSignature = Buffer.alloc(64, 1);
    const prepared = await chain.prepare(h, badSig);
    expect(decodeInjectedTx(prepared.txs[0]).votes).toHaveLength(4);
    expect(await chain.process(h, prepared.txs, badSig)).toBe(false);
  });

  it('the first height is checked like any other: a forged injection is refused and never applied', async () => {
    const dir2 = makeTmpDir('oracle-first-height');
    const fresh = await OracleChain.open(dir2, vals, genesis());
    try {
      setAll({ 'BTC/USD': '1', 'ETH/USD': '1' });
      // extensions "for height 0", signed by every validator: nothing is due at height 1
      const markets = fresh.oracle.keeper.markets(fresh.app.workingContext());
      const exts = vals.map((v) => oracleExtension(buildExtension(markets, v.feed, 4096)));
      const forged = fresh.signedCommit(0, exts);
      const injected = encodeInjectedTx(forged);
      expect(await fresh.process(1, [injected], forged)).toBe(false);
      // Even if a block carried it (FinalizeBlock runs whatever was decided), no price comes from it.
      const res = await fresh.app.finalizeBlock(RequestFinalizeBlock.fromPartial({ height: 1n, time: { seconds: T0, nanos: 0 }, txs: [injected], hash: new Uint8Array(32), proposerAddress: vals[0].address }));
      await fresh.app.commit({});
      const ignored = res.events.find((e) => e.type === 'settle.app.v1.EventVoteExtensionsIgnored');
      expect(ignored?.attributes[0].value).toMatch(/not due/);
      expect(res.events.some((e) => e.type === 'settle.oracle.v1.EventPriceUpdated')).toBe(false);
      expect(fresh.oracle.keeper.storedPrice(fresh.app.contextAt(1), 'BTC/USD')).toBeUndefined();
    } finally {
      await fresh.app.close();
      removeDir(dir2);
    }
  });

  it('CheckTx refuses a user tx that looks like the injected one', async () => {
    const res = await chain.app.checkTx({ tx: Buffer.concat([INJECTED_TX_MAGIC, Buffer.from([1, 2, 3])]), type: CheckTxType.NEW });
    expect(res.code).not.toBe(0);
  });

  it('TWAP over a window equals the exact time-weighted mean of the stored prices', async () => {
    const history: { t: bigint; price: Dec }[] = [];
    const dts = [1n, 3n, 2n, 7n, 1n, 5n, 4n, 2n, 9n, 1n, 6n, 3n];
    let x = 97000n;
    setAll({ 'BTC/USD': '97000', 'ETH/USD': '3400' });
    await chain.step();
    for (const dt of dts) {
      x += (x * 7n) % 1013n - 500n;
      await chain.step(dt);
      const p = queryPrice('BTC/USD').price!;
      if (history.length === 0 || history[history.length - 1].t !== p.timeNanos) history.push({ t: p.timeNanos, price: Dec.parse(p.price) });
      setAll({ 'BTC/USD': `${x}.${String(x % 97n).padStart(2, '0')}`, 'ETH/USD': '3400' });
    }
    const now = chain.timeSeconds * 1_000_000_000n;
    const exact = (w: bigint): Dec => {
      const start = now - w * 1_000_000_000n;
      let acc = 0n;
      for (let i = 0; i < history.length; i++) {
        const from = history[i].t > start ? history[i].t : start;
        const to = i + 1 < history.length ? history[i + 1].t : now;
        if (to > from) acc += history[i].price.raw * (to - from);
      }
      return Dec.fromRaw(acc / (now - start));
    };
    for (const w of [1n, 5n, 17n, 30n]) {
      const res = chain.app.queries.query('/settle.oracle.v1.Query/Twap', QueryTwapRequest.encode({ market: 'BTC/USD', windowSeconds: w }).finish(), 0n, false);
      expect(res.log).toBe('');
      const twap = QueryTwapResponse.decode(res.value).twap;
      expect([w, twap]).toEqual([w, exact(w).toString()]);
    }
    const tooLong = chain.app.queries.query('/settle.oracle.v1.Query/Twap', QueryTwapRequest.encode({ market: 'BTC/USD', windowSeconds: 3000n }).finish(), 0n, false);
    expect(tooLong.code).toBe(OracleErrors.twapUnavailable.code);
  });

  it('surfaces: the stake-weighted median of each SVI parameter per expiry, checked by validateSvi', async () => {
    const expiry = Number(chain.timeSeconds) + 30 * 86400;
    const slice = (a: string) => ({ expiry, params: { a: Dec.parse(a), b: Dec.parse('0.02'), rho: Dec.parse('-0.3'), m: Dec.ZERO, sigma: Dec.parse('0.1') } });
    for (const [i, v] of vals.entries()) {
      v.feed = snapshot({ 'BTC/USD': '97000' });
      v.feed.surfaces.set('BTC/USD', [slice(i === 3 ? '5' : '0.01')]);
    }
    await chain.step();
    await chain.step();
    const s = chain.oracle.keeper.volSurface(chain.app.queries.contextAt(chain.height), 'BTC/USD');
    expect(s.slices).toEqual([{ expiry: BigInt(expiry), a: '0.01', b: '0.02', rho: '-0.3', m: '0', sigma: '0.1' }]);
  });

  it('export → import reproduces the oracle store', async () => {
    setAll({ 'BTC/USD': '97000', 'ETH/USD': '3400' });
    for (let i = 0; i < 4; i++) await chain.step();
    const exported = chain.app.exportGenesis().oracle as Record<string, any>;
    expect(exported.blockTimeNanos).toBe(String(chain.timeSeconds * 1_000_000_000n));
    const dir2 = makeTmpDir('oracle-import');
    const other = await OracleChain.open(dir2, vals, exported);
    // the imported block time is in place before the first block (queries age prices against it)
    expect(other.oracle.keeper.blockTime(other.app.workingContext())).toBe(chain.timeSeconds * 1_000_000_000n);
    await other.step();
    expect(other.app.exportGenesis(1).oracle).toEqual({ ...exported, blockTimeNanos: String(other.timeSeconds * 1_000_000_000n) });
    await other.app.close();
    removeDir(dir2);
  });
});
