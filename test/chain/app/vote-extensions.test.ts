/**
 * Several vote-extension contributors side by side: a toy module next to the oracle, in the same
 * 4-validator in-process chain the oracle tests use. Each validator's extension carries both
 * sections; the proposer injects the toy's data (the sum of the reported numbers); every section is
 * verified, injected and applied, and an invalid section of either contributor rejects the whole.
 */
import { ResponseVerifyVoteExtension_VerifyStatus, type ExtendedCommitInfo } from 'cosmjs-types/tendermint/abci/types';
import {
  decodeInjectedTx,
  decodeVoteExtension,
  encodeInjectedTx,
  encodeVoteExtension,
  StoreKey,
  type ExtensionVote,
  type Module,
  type ReadContext,
  type VoteExtensionContributor,
} from '../../../chain/app';
import { Dec } from '../../../chain/math';
import { OracleVoteExtension } from '../../../proto/gen/settle/oracle/v1/types';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { OracleChain, snapshot, validator, type Validator } from '../../modules/oracle/harness';

const TOY_MAX = 16;
const u64 = (n: bigint): Buffer => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(n);
  return b;
};
const readU64 = (b: Uint8Array): bigint => Buffer.from(b).readBigUInt64BE(0);

/** What validator i reports at height h: a number only it would send. */
const reported = (i: number, h: number): bigint => BigInt(1000 * (i + 1) + h);

/**
 * The toy contributor: each validator reports one non-zero u64 (exactly 8 bytes); the proposer
 * injects the sum of the verified reports; FinalizeBlock stores the sum and how many reported.
 */
function toyModule(options: { failApply?: () => boolean } = {}): Module & { key: StoreKey } {
  const key = new StoreKey('toy');
  const sumOf = (votes: ExtensionVote[]): bigint => votes.reduce((s, v) => s + (v.section.length > 0 ? readU64(v.section) : 0n), 0n);
  const contributor: VoteExtensionContributor = {
    name: 'toy',
    maxSectionBytes: () => TOY_MAX,
    extendVote: (_env, req) => u64(reported(0, Number(req.height))),
    verifySection: (_state: ReadContext, section) => {
      if (section.length !== 8) throw new Error(`a toy report is 8 bytes, got ${section.length}`);
      if (readU64(section) === 0n) throw new Error('a toy report is not zero');
    },
    prepareInjection: (_env, _req, votes) => u64(sumOf(votes)),
    processInjection: (_env, _req, votes, data) => {
      if (data.length !== 8) throw new Error('the proposer data is the 8-byte sum');
      if (readU64(data) !== sumOf(votes)) throw new Error(`the sum is ${sumOf(votes)}, the proposal says ${readU64(data)}`);
    },
    applyVotes: (ctx, _chain, votes, data) => {
      const store = ctx.kvStore(key);
      store.set(Buffer.from([1]), data);
      store.set(Buffer.from([2]), u64(BigInt(votes.filter((v) => v.section.length > 0).length)));
      ctx.emit('toy.applied', { sum: readU64(data).toString() });
      if (options.failApply?.()) throw new Error('toy apply failed on purpose');
    },
  };
  return { name: 'toy', storeKey: key, key, voteExtension: contributor };
}

describe('vote extensions with two contributors (oracle + toy)', () => {
  let dir: string;
  let chain: OracleChain;
  let toy: ReturnType<typeof toyModule>;
  let failApply = false;
  const vals: Validator[] = [0, 1, 2, 3].map((i) => validator(i));
  const { ACCEPT, REJECT } = ResponseVerifyVoteExtension_VerifyStatus;

  beforeEach(async () => {
    dir = makeTmpDir('ve-two');
    failApply = false;
    chain = await OracleChain.open(dir, vals, undefined, {
      extraModules: () => {
        toy = toyModule({ failApply: () => failApply });
        return [toy];
      },
    });
    chain.otherSections = (i, h) => new Map([['toy', u64(reported(i, h))]]);
    for (const v of vals) v.feed = snapshot({ 'BTC/USD': '97000', 'ETH/USD': '3400' });
  });

  afterEach(async () => {
    await chain.app.close();
    removeDir(dir);
  });

  const toyState = () => {
    const store = chain.app.workingContext().kvStore(toy.key);
    return { sum: readU64(store.get(Buffer.from([1]))!), reporters: readU64(store.get(Buffer.from([2]))!) };
  };
  const verify = async (ext: Uint8Array) =>
    (await chain.app.verifyVoteExtension({ hash: new Uint8Array(32), validatorAddress: vals[1].address, height: BigInt(chain.height), voteExtension: ext })).status;

  it('every extension carries both sections; both are verified, injected and applied', async () => {
    await chain.step(); // height 1: nothing due yet
    const exts = chain.lastCommit.votes.map((v) => decodeVoteExtension(v.voteExtension));
    for (const s of exts) expect([...s.keys()]).toEqual(['oracle', 'toy']);
    expect(exts.map((s) => readU64(s.get('toy')!))).toEqual([0, 1, 2, 3].map((i) => reported(i, 1)));

    const res = await chain.step(); // height 2 applies height 1's extensions
    const prepared = await chain.prepare(3, chain.lastCommit);
    const injected = decodeInjectedTx(prepared.txs[0]);
    expect([...injected.sections.keys()]).toEqual(['toy']);
    expect(readU64(injected.sections.get('toy')!)).toBe([0, 1, 2, 3].reduce((s, i) => s + reported(i, 2), 0n));

    // applied at height 2: the toy's sum of height-1 reports, and the oracle's median
    expect(toyState()).toEqual({ sum: [0, 1, 2, 3].reduce((s, i) => s + reported(i, 1), 0n), reporters: 4n });
    expect(res.events.find((e) => e.type === 'toy.applied')).toBeDefined();
    expect(chain.oracle.keeper.price(chain.app.workingContext(), 'BTC/USD').price.eq(Dec.parse('97000'))).toBe(true);
    // the oracle section's events come before the toy's: contributors apply in name order
    const types = res.events.map((e) => e.type);
    expect(types.indexOf('settle.oracle.v1.EventPriceUpdated')).toBeLessThan(types.indexOf('toy.applied'));
  });

  it('VerifyVoteExtension rejects the whole extension when either section is invalid', async () => {
    await chain.step();
    const oracle = decodeVoteExtension(chain.lastCommit.votes[1].voteExtension).get('oracle')!;
    const good = encodeVoteExtension(new Map([['oracle', oracle], ['toy', u64(7n)]]));
    expect(await verify(good)).toBe(ACCEPT);
    expect(await verify(encodeVoteExtension(new Map([['toy', u64(7n)]])))).toBe(ACCEPT); // a contributor may be silent
    expect(await verify(encodeVoteExtension(new Map([['oracle', oracle]])))).toBe(ACCEPT);

    // a bad toy section next to a good oracle one
    expect(await verify(encodeVoteExtension(new Map([['oracle', oracle], ['toy', u64(0n)]])))).toBe(REJECT);
    expect(await verify(encodeVoteExtension(new Map([['oracle', oracle], ['toy', Buffer.alloc(3, 1)]])))).toBe(REJECT);
    // a toy section over its size limit
    expect(await verify(encodeVoteExtension(new Map([['oracle', oracle], ['toy', Buffer.alloc(TOY_MAX + 1, 1)]])))).toBe(REJECT);
    // a bad oracle section next to a good toy one
    const unknownMarket = OracleVoteExtension.encode({ prices: [{ marketIndex: 9, value: 1n }], surfaces: [] }).finish();
    expect(await verify(encodeVoteExtension(new Map<string, Uint8Array>([['oracle', unknownMarket], ['toy', u64(7n)]])))).toBe(REJECT);
    // a section no contributor owns
    expect(await verify(encodeVoteExtension(new Map([['oracle', oracle], ['toy', u64(7n)], ['zzz', Buffer.from([1])]])))).toBe(REJECT);
    // non-canonical envelopes, written by hand: sections out of name order, or an empty section
    const small = OracleVoteExtension.encode({ prices: [{ marketIndex: 0, value: 9_700_000n }], surfaces: [] }).finish();
    const section = (name: string, data: Uint8Array) => Buffer.concat([Buffer.from([0x0a, 2 + name.length + 2 + data.length, 0x0a, name.length]), Buffer.from(name), Buffer.from([0x12, data.length]), data]);
    expect(await verify(Buffer.concat([section('oracle', small), section('toy', u64(7n))]))).toBe(ACCEPT); // the canonical form
    expect(await verify(Buffer.concat([section('toy', u64(7n)), section('oracle', small)]))).toBe(REJECT);
    expect(await verify(Buffer.concat([section('oracle', small), section('toy', u64(7n)), section('toy', u64(8n))]))).toBe(REJECT);
    expect(await verify(Buffer.concat([section('oracle', small), section('toy', new Uint8Array(0))]))).toBe(REJECT);
  });

  it('ProcessProposal rejects wrong, missing or unowned proposer data', async () => {
    await chain.step();
    await chain.step();
    const h = 3;
    const prepared = await chain.prepare(h, chain.lastCommit);
    const ok = decodeInjectedTx(prepared.txs[0]);
    const process = (info: ExtendedCommitInfo, sections: Map<string, Uint8Array>) => chain.process(h, [encodeInjectedTx(info, sections)], chain.lastCommit);
    expect(await process(ok.extendedCommit, ok.sections)).toBe(true);
    expect(await process(ok.extendedCommit, new Map([['toy', u64(readU64(ok.sections.get('toy')!) + 1n)]]))).toBe(false);
    expect(await process(ok.extendedCommit, new Map())).toBe(false);
    expect(await process(ok.extendedCommit, new Map([...ok.sections, ['oracle', Buffer.from([1])]]))).toBe(false); // the oracle takes no proposer data
    expect(await process(ok.extendedCommit, new Map([...ok.sections, ['zzz', Buffer.from([1])]]))).toBe(false);
  });

  it('a signed but invalid extension counts for no contributor; a failing contributor loses only its own writes', async () => {
    await chain.step();
    // validator 3 signs an extension whose toy section is invalid (a byzantine validator): the proposer
    // still carries it (signatures hold), and FinalizeBlock ignores that vote for the oracle too
    chain.otherSections = (i, h) => new Map([['toy', i === 3 ? u64(0n) : u64(reported(i, h))]]);
    for (const v of vals) v.feed = snapshot({ 'BTC/USD': '97000', 'ETH/USD': '3400' });
    vals[3].feed = snapshot({ 'BTC/USD': '1', 'ETH/USD': '1' });
    chain.lastCommit = chain.signedCommit(chain.height, await chain.extensions());
    const applied = await chain.step();
    expect(toyState()).toEqual({ sum: [0, 1, 2].reduce((s, i) => s + reported(i, 1), 0n), reporters: 3n });
    const btc = applied.events.find((e) => e.type === 'settle.oracle.v1.EventPriceUpdated' && e.attributes.some((a) => a.value === '"BTC/USD"'));
    expect(btc?.attributes.find((a) => a.key === 'reporters')?.value).toBe('3');

    // the toy's apply throws: its writes and events are dropped, the oracle's stay
    failApply = true;
    const before = toyState();
    for (const v of vals) v.feed = snapshot({ 'BTC/USD': '98000', 'ETH/USD': '3400' });
    chain.otherSections = (i, h) => new Map([['toy', u64(reported(i, h))]]);
    await chain.step();
    const res = await chain.step();
    expect(toyState()).toEqual(before);
    expect(res.events.some((e) => e.type === 'toy.applied')).toBe(false);
    expect(res.events.some((e) => e.type === 'settle.oracle.v1.EventPriceUpdated')).toBe(true);
    expect(chain.oracle.keeper.price(chain.app.workingContext(), 'BTC/USD').price.eq(Dec.parse('98000'))).toBe(true);
  });
});
