/**
 * The liquidation scan (margin/screen.ts) against the one-account path: for subaccounts with random
 * positions and collateral (standard and portfolio, long and short, some with a debt, many placed near the
 * liquidation and margin-call levels, some holding BTC collateral at a haircut), the scan's status equals healthStatus(health()) for every one, its
 * exact equity and MM equal health()'s wherever it gives them, and it gives them for every liquidatable
 * or negative one. The index refreshes written subaccounts and drops those left without risk.
 */
import { accountAddress } from '../../../chain/address';
import { moduleAddress } from '../../../modules/auth/keeper';
import { screenAccounts } from '../../../modules/margin/screen';
import { healthStatus } from '../../../modules/margin/status';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import type { Key } from '../../reliability/lib/accounts';
import { appState, CALL_100K, CALL_110K, encode, OptionsChain, PUT_90K, USDC } from '../options/chain';

const owner = (i: number): string => {
  const b = Buffer.alloc(20);
  b.write('screen', 0);
  b.writeUInt32BE(i, 16);
  return accountAddress(b);
};

let seed = 7;
const rand = (n: number): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};

function state(keys: Key[]): Record<string, unknown> {
  const s = appState(keys) as Record<string, any>;
  const ids = [CALL_100K.id, CALL_110K.id, PUT_90K.id];
  const subaccounts: unknown[] = [];
  let total = 0n;
  let satTotal = 0n;
  s.margin.assets.push({ denom: 'sat', haircut: '0.1', oracleMarket: 'BTC/USD', decimals: 8, depositCap: '0', enabled: true });
  // pairs: a random book and its mirror, so every instrument nets to zero
  for (let p = 0; p < 300; p++) {
    const sizes = ids.map(() => BigInt(rand(9) - 4));
    for (const side of [1n, -1n]) {
      const positions = ids.map((id, i) => ({ instrumentId: id, size: (sizes[i] * side).toString(), costBasis: '0', realizedPnl: '0', feesPaid: '0' })).filter((x) => x.size !== '0');
      // collateral from a debt to plenty, dense around a few hundred USDC where the levels are
      const usdc = BigInt(rand(3000) - 400) * USDC + BigInt(rand(1_000_000));
      const collateral: { denom: string; amount: string }[] = usdc === 0n ? [] : [{ denom: 'uusdc', amount: usdc.toString() }];
      // some hold BTC too (valued at the oracle price less a 10 % haircut)
      const sats = rand(4) === 0 ? BigInt(rand(2_000_000)) + 1n : 0n;
      if (sats > 0n) collateral.unshift({ denom: 'sat', amount: sats.toString() });
      satTotal += sats;
      if (positions.length === 0 && usdc >= 0n) continue;
      total += usdc;
      subaccounts.push({ subaccount: { owner: owner(2 * p + (side > 0n ? 0 : 1)), number: 0, isolated: false, portfolioMargin: rand(3) === 0 }, collateral, positions });
    }
  }
  s.margin.subaccounts = subaccounts;
  const marginAddress = moduleAddress('margin');
  s.bank.balances.push({ address: marginAddress, coins: [{ denom: 'sat', amount: satTotal.toString() }, { denom: 'uusdc', amount: total.toString() }] });
  s.bank.balances.sort((a: { address: string }, b: { address: string }) => (a.address < b.address ? -1 : 1));
  if (Array.isArray(s.bank.supply) && s.bank.supply.length > 0) {
    s.bank.supply = s.bank.supply.map((c: { denom: string; amount: string }) => (c.denom === 'uusdc' ? { ...c, amount: (BigInt(c.amount) + total).toString() } : c));
    s.bank.supply.push({ denom: 'sat', amount: satTotal.toString() });
    s.bank.supply.sort((a: { denom: string }, b: { denom: string }) => (a.denom < b.denom ? -1 : 1));
  }
  // the module account must not be funded negative: shift everyone up if the sum is below zero
  if (total < 0n) throw new Error('seed gives a negative total; pick another');
  return s;
}

describe('the liquidation scan', () => {
  let dir: string;
  let chain: OptionsChain;

  beforeAll(async () => {
    dir = makeTmpDir('margin-screen');
    chain = await OptionsChain.open(dir, 'margin-screen', 2, state);
  });

  afterAll(async () => {
    await chain.app.close();
    removeDir(dir);
  });

  it('judges every subaccount exactly as the Health path, first pass or not', () => {
    const margin = chain.modules.keepers.margin;
    const ctx = chain.app.contextAt(chain.height);
    const params = margin.params(ctx);
    const columns = margin.index.refresh(ctx);
    const accounts = columns.accounts;
    expect(accounts.length).toBeGreaterThan(500);
    expect(accounts.filter((a) => a.collateral.some((c) => c.denom === 'sat')).length).toBeGreaterThan(50);
    const screen = screenAccounts(margin, ctx, columns);
    expect(screen.paused).toEqual([]);
    expect(screen.results).toHaveLength(accounts.length);
    const statuses = new Map<string, number>();
    const firstPass = new Map<boolean, number>();
    let exact = 0;
    for (const r of screen.results) {
      const h = margin.health(ctx, r.account.owner, r.account.number);
      const want = healthStatus(params, h).status;
      expect([r.account.owner, r.status, r.negative]).toEqual([r.account.owner, want, h.equity.isNegative()]);
      if (r.equity) {
        exact++;
        expect([r.equity.toString(), r.mm!.toString()]).toEqual([h.equity.toString(), h.mm.toString()]);
      } else {
        expect(want === 'liquidatable' || h.equity.isNegative()).toBe(false);
        firstPass.set(r.account.portfolio, (firstPass.get(r.account.portfolio) ?? 0) + 1);
      }
      statuses.set(want, (statuses.get(want) ?? 0) + 1);
    }
    // the sample covers every status and both passes
    expect([...statuses.keys()].sort()).toEqual(['healthy', 'liquidatable', 'margin_call']);
    expect(exact).toBeGreaterThan(0);
    expect(exact).toBeLessThan(screen.results.length);
    // standard and portfolio accounts both decided by the first pass (portfolio MM from the batch revaluation)
    expect([...firstPass.keys()].sort()).toEqual([false, true]);
  });

  it('the index follows writes and equals a rebuild from the same state; a subaccount without risk is not in it', async () => {
    const margin = chain.modules.keepers.margin;
    const [alice] = chain.keys;
    // a deposit alone carries no risk: not indexed
    await chain.run([[alice, [encode.deposit({ owner: alice.address, subaccount: 0, denom: 'uusdc', amount: (1_000n * USDC).toString() })]]]);
    expect(margin.index.refresh(chain.app.contextAt(chain.height)).accounts.some((a) => a.owner === alice.address)).toBe(false);
    // equal to a fresh rebuild from the same state
    const ctx = chain.app.contextAt(chain.height);
    const live = margin.index.refresh(ctx).accounts.map((a) => `${a.owner}/${a.number}:${a.positions.map((p) => `${p.instrumentId}=${p.size}`).join(',')}`);
    margin.index.reset();
    const rebuilt = margin.index.refresh(ctx).accounts.map((a) => `${a.owner}/${a.number}:${a.positions.map((p) => `${p.instrumentId}=${p.size}`).join(',')}`);
    expect(rebuilt).toEqual(live);
  });
});
