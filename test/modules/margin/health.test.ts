/**
 * The margin keeper's risk checks with positions, on real stores and the real bank, with the oracle
 * and the instrument source (a trading module's) stood in for by plain objects: withdrawals and
 * transfers that would break IM are refused (margin/9), stale prices refuse (margin/10), an isolated
 * subaccount's loss never touches its sibling, and the Health the keeper computes is the engine's.
 */
import { Dec, type SviParams } from '../../../chain/math';
import { defaultGenesis as authGenesis, initGenesis as authInit } from '../../../modules/auth/genesis';
import { moduleAddress } from '../../../modules/auth/keeper';
import { authModule } from '../../../modules/auth/module';
import { defaultGenesis as bankGenesis, initGenesis as bankInit } from '../../../modules/bank/genesis';
import { bankModule } from '../../../modules/bank/module';
import { MarginErrors } from '../../../modules/margin/errors';
import { defaultGenesis as marginGenesis, initGenesis as marginInit } from '../../../modules/margin/genesis';
import { MarginKeeper, type MarginOracle } from '../../../modules/margin/keeper';
import { riskParams } from '../../../modules/margin/params';
import { health as engineHealth, marketData, type Instrument } from '../../../modules/margin/risk';
import { StoreKey } from '../../../chain/app';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { addr, expectFailure, Harness, testKeys } from '../helpers';

const alice = addr('alice');
const NOW = 1_764_000_000n;
const T30 = NOW + 30n * 86_400n;
const CALL: Instrument = { id: 'BTC-30D-110000-C', underlying: 'BTC/USD', expirySeconds: T30, strike: Dec.parse('110000'), kind: 'call', contractSize: Dec.parse('0.01') };
// a flat 50 % smile for 30 days: total variance a = 0.25 · T
const FLAT: SviParams = { a: Dec.parse('0.25').mul(Dec.parse('0.082135523613963039'), 'down'), b: Dec.parse('0.0001'), rho: Dec.ZERO, m: Dec.ZERO, sigma: Dec.parse('0.1') };

describe('margin risk checks with positions', () => {
  let dir: string;
  let h: Harness;
  let keeper: MarginKeeper;
  const market = { price: Dec.parse('100000'), stale: false, surfaceStale: false };

  const oracle: MarginOracle = {
    price: (_ctx, m) => {
      if (m !== 'BTC/USD') throw new Error(`no price for ${m}`);
      return { price: market.price, stale: market.stale, ageSeconds: market.stale ? 100 : 0, height: 1 };
    },
    surface: () => ({ slices: [{ expirySeconds: T30, params: FLAT }], stale: market.surfaceStale }),
    nowSeconds: () => NOW,
  };

  beforeEach(async () => {
    dir = makeTmpDir('margin-health');
    h = await Harness.open(dir, ['auth', 'bank', 'margin']);
    const auth = authModule(testKeys.auth, { moduleAccounts: [{ name: 'margin', permissions: [] }] });
    const bank = bankModule(testKeys.bank, auth.keeper);
    keeper = new MarginKeeper(new StoreKey('margin'), bank.keeper, oracle, moduleAddress('margin'));
    keeper.setInstrumentSource({ instrument: (_ctx, id) => (id === CALL.id ? CALL : undefined) });
    const ctx = h.ctx();
    authInit(auth.keeper, ctx, { ...authGenesis(), accounts: [{ address: alice, account_number: '0' }] });
    bankInit(bank.keeper, ctx, { ...bankGenesis(), balances: [{ address: alice, coins: [{ denom: 'uusdc', amount: '10000000000' }] }] });
    marginInit(keeper, ctx, marginGenesis());
    keeper.deposit(ctx, { owner: alice, number: 0 }, 'uusdc', 1_000_000_000n, false); // 1,000 USDC, cross
    keeper.deposit(ctx, { owner: alice, number: 1 }, 'uusdc', 1_000_000_000n, true); // 1,000 USDC, isolated
    // the options module's fill: subaccount 0 sells 10 calls (0.1 BTC of exposure)
    keeper.setPosition(ctx, alice, 0, CALL.id, { size: -10n, costBasis: 0n, realizedPnl: 0n, feesPaid: 0n });
    h.takeEvents();
  });

  afterEach(async () => {
    await h.close();
    removeDir(dir);
  });

  it('health is the engine’s: equity = collateral + marks (short negative), IM per the standard formula', () => {
    const got = keeper.health(h.queryCtx(), alice, 0);
    const want = engineHealth({
      collateral: [{ denom: 'uusdc', amount: 1_000_000_000n, price: Dec.ONE, haircut: Dec.ZERO, decimals: 6 }],
      positions: [{ instrumentId: CALL.id, size: -10n }],
      instruments: new Map([[CALL.id, CALL]]),
      markets: new Map([['BTC/USD', marketData({ underlying: 'BTC/USD', price: market, nowSeconds: NOW, slices: [{ expirySeconds: T30, params: FLAT }] })]]),
      params: riskParams(keeper.params(h.queryCtx())),
      mode: 'standard',
    });
    expect(got.equity.toString()).toBe(want.equity.toString());
    expect(got.im.toString()).toBe(want.im.toString());
    expect(got.collateralValue.toString()).toBe('1000');
    expect(got.positions[0].mark.isNegative()).toBe(true);
    // short 10 × 0.01 BTC calls, 10 % OTM at 100,000: IM = mark + max(0.15 − 0.10, 0.10)·spot per unit = mark + 10,000 × 0.1 BTC
    const im = got.im.sub(got.positions[0].mark.abs()); // the mark rounds down in equity and up in IM: within 1e-17
    expect(im.sub(Dec.parse('1000')).abs().lte(Dec.parse('0.00000000000000002'))).toBe(true);
    expect(got.equity.sub(got.im).isNegative()).toBe(true); // 1,000 USDC does not cover it: already under IM
  });

  it('withdrawals and transfers that leave equity below IM are refused with margin/9 and change nothing', () => {
    // top up so that the book is covered with a little to spare
    keeper.deposit(h.ctx(), { owner: alice, number: 0 }, 'uusdc', 1_000_000_000n, false);
    const free = (() => {
      const x = keeper.health(h.queryCtx(), alice, 0);
      return x.equity.sub(x.im);
    })();
    expect(free.isPositive()).toBe(true);
    const freeUnits = free.mulInt(1_000_000n).toBigInt('down');
    const before = keeper.collateral(h.queryCtx(), alice, 0, 'uusdc');
    expectFailure(h, (ctx) => keeper.withdraw(ctx, { owner: alice, number: 0 }, 'uusdc', freeUnits + 1n), 'margin', MarginErrors.insufficientMargin.code, /equity .* is below the initial margin/);
    expectFailure(h, (ctx) => keeper.transfer(ctx, alice, 0, 2, 'uusdc', freeUnits + 1n), 'margin', MarginErrors.insufficientMargin.code);
    // every check runs before the first write: the refused calls wrote nothing at all (expectFailure compares the stores)
    expect(keeper.collateral(h.queryCtx(), alice, 0, 'uusdc')).toBe(before);
    keeper.withdraw(h.ctx(), { owner: alice, number: 0 }, 'uusdc', freeUnits); // exactly the free collateral
    const after = keeper.health(h.queryCtx(), alice, 0);
    expect(after.equity.sub(after.im).isNegative()).toBe(false);
  });

  it('stale prices refuse with margin/10; an isolated sibling without positions is untouched by the loss', () => {
    market.stale = true;
    try {
      expectFailure(h, (ctx) => keeper.withdraw(ctx, { owner: alice, number: 0 }, 'uusdc', 1n), 'margin', MarginErrors.staleMarketData.code, /BTC\/USD is stale/);
      // the isolated subaccount holds no position: it needs no price and may withdraw everything
      keeper.withdraw(h.ctx(), { owner: alice, number: 1 }, 'uusdc', 1_000_000_000n);
    } finally {
      market.stale = false;
    }
    market.surfaceStale = true;
    try {
      expectFailure(h, (ctx) => keeper.withdraw(ctx, { owner: alice, number: 0 }, 'uusdc', 1n), 'margin', MarginErrors.staleMarketData.code, /vol surface of BTC\/USD is stale/);
    } finally {
      market.surfaceStale = false;
    }
    // BTC rallies 30 %: subaccount 0's short loses, its sibling's equity does not move
    const sibling = keeper.health(h.queryCtx(), alice, 1).equity.toString();
    market.price = Dec.parse('130000');
    expect(keeper.health(h.queryCtx(), alice, 0).equity.lt(Dec.parse('0'))).toBe(true);
    expect(keeper.health(h.queryCtx(), alice, 1).equity.toString()).toBe(sibling);
    market.price = Dec.parse('100000');
  });
});
