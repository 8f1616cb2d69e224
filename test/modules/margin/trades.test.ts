/**
 * The margin keeper's position interface (what the options module calls on fills and at settlement), on
 * real stores and the real bank: positions with cost basis and realised PnL, premiums and fees moved
 * exactly, the settlement balance going below zero and what that allows, the pre-trade margin check
 * (reducing trades always allowed), health status levels, and the collateral invariant after each step.
 */
import { Dec, type SviParams } from '../../../chain/math';
import { StoreKey } from '../../../chain/app';
import { branchContext } from '../../../chain/sdk';
import { defaultGenesis as authGenesis, initGenesis as authInit } from '../../../modules/auth/genesis';
import { moduleAddress } from '../../../modules/auth/keeper';
import { authModule } from '../../../modules/auth/module';
import { defaultGenesis as bankGenesis, initGenesis as bankInit } from '../../../modules/bank/genesis';
import { bankModule } from '../../../modules/bank/module';
import { MarginErrors } from '../../../modules/margin/errors';
import { defaultGenesis as marginGenesis, initGenesis as marginInit } from '../../../modules/margin/genesis';
import { MarginKeeper, type MarginOracle } from '../../../modules/margin/keeper';
import { collateralHeldInvariant, positionsNetZeroInvariant } from '../../../modules/margin/module';
import { defaultParams } from '../../../modules/margin/params';
import { healthStatus } from '../../../modules/margin/status';
import type { Instrument } from '../../../modules/margin/risk';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { addr, expectFailure, Harness, testKeys } from '../helpers';

const alice = addr('alice');
const bob = addr('bob');
const NOW = 1_764_000_000n;
const T30 = NOW + 30n * 86_400n;
const CALL: Instrument = { id: 'BTC-30D-110000-C', underlying: 'BTC/USD', expirySeconds: T30, strike: Dec.parse('110000'), kind: 'call', contractSize: Dec.parse('0.01') };
const FLAT: SviParams = { a: Dec.parse('0.25').mul(Dec.parse('0.082135523613963039'), 'down'), b: Dec.parse('0.0001'), rho: Dec.ZERO, m: Dec.ZERO, sigma: Dec.parse('0.1') };
const A0 = { owner: alice, number: 0 };
const B0 = { owner: bob, number: 0 };
const USDC = 1_000_000n; // base units per USDC

describe('margin position interface', () => {
  let dir: string;
  let h: Harness;
  let keeper: MarginKeeper;
  let bank: ReturnType<typeof bankModule>;
  const market = { price: Dec.parse('100000'), stale: false };
  const oracle: MarginOracle = {
    price: () => ({ price: market.price, stale: market.stale, ageSeconds: market.stale ? 100 : 0, height: 1 }),
    surface: () => ({ slices: [{ expirySeconds: T30, params: FLAT }], stale: false }),
    nowSeconds: () => NOW,
  };
  const invariant = () => collateralHeldInvariant(keeper, bank.keeper)(h.queryCtx());
  const usdc = (ref: { owner: string; number: number }) => keeper.collateral(h.queryCtx(), ref.owner, ref.number, 'uusdc');
  /** Both sides of one fill, as the options module applies them: bob buys `size` from alice. */
  const fill = (size: bigint, price: bigint, fees: [bigint, bigint] = [0n, 0n]) => {
    const ctx = h.ctx();
    keeper.applyTrade(ctx, B0, { instrumentId: CALL.id, size, price, fee: fees[0] }, 'fee_collector');
    keeper.applyTrade(ctx, A0, { instrumentId: CALL.id, size: -size, price, fee: fees[1] }, 'fee_collector');
  };

  beforeEach(async () => {
    dir = makeTmpDir('margin-trades');
    h = await Harness.open(dir, ['auth', 'bank', 'margin']);
    const auth = authModule(testKeys.auth, { moduleAccounts: [{ name: 'margin', permissions: [] }, { name: 'fee_collector', permissions: [] }] });
    bank = bankModule(testKeys.bank, auth.keeper);
    keeper = new MarginKeeper(new StoreKey('margin'), bank.keeper, oracle, moduleAddress('margin'));
    keeper.setInstrumentSource({ instrument: (_ctx, id) => (id === CALL.id ? CALL : undefined) });
    const ctx = h.ctx();
    authInit(auth.keeper, ctx, { ...authGenesis(), accounts: [{ address: alice, account_number: '0' }, { address: bob, account_number: '1' }] });
    bankInit(bank.keeper, ctx, {
      ...bankGenesis(),
      balances: [alice, bob].map((address) => ({ address, coins: [{ denom: 'ubtc', amount: '100000000' }, { denom: 'uusdc', amount: (1_000_000n * USDC).toString() }] })),
    });
    marginInit(keeper, ctx, marginGenesis());
    keeper.setAsset(ctx, { denom: 'ubtc', haircut: '0.1', oracleMarket: 'BTC/USD', decimals: 8, depositCap: '0', enabled: true });
    keeper.deposit(ctx, A0, 'uusdc', 100_000n * USDC, false);
    keeper.deposit(ctx, B0, 'uusdc', 1_000n * USDC, false);
    h.takeEvents();
  });

  afterEach(async () => {
    await h.close();
    removeDir(dir);
  });

  it('a fill moves the premium from buyer to seller, fees to the fee collector, and records cost basis', () => {
    fill(10n, 150n * USDC, [3n * USDC, 1n * USDC]);
    expect(keeper.position(h.queryCtx(), bob, 0, CALL.id)).toEqual({ size: 10n, costBasis: 1_500n * USDC, realizedPnl: 0n, feesPaid: 3n * USDC });
    expect(keeper.position(h.queryCtx(), alice, 0, CALL.id)).toEqual({ size: -10n, costBasis: -1_500n * USDC, realizedPnl: 0n, feesPaid: 1n * USDC });
    // bob paid 1,500 + 3 from 1,000: his settlement balance is a debt of 503 USDC
    expect(usdc(B0)).toBe(-503n * USDC);
    expect(usdc(A0)).toBe(100_000n * USDC + 1_500n * USDC - 1n * USDC);
    expect(bank.keeper.balance(h.queryCtx(), moduleAddress('fee_collector'), 'uusdc')).toBe(4n * USDC);
    expect(keeper.total(h.queryCtx(), 'uusdc')).toBe(101_000n * USDC - 4n * USDC);
    expect(invariant()).toBeUndefined();
    const ev = h.takeEvents().filter(([type]) => type === 'settle.margin.v1.EventPositionChanged');
    expect(ev).toHaveLength(2);
    expect(Object.fromEntries(ev[0][1])).toMatchObject({ reason: '"trade"', size_delta: '"10"', cash: `"${-1_503n * USDC}"`, size: '"10"' });
  });

  it('batched fees: paid once per fee account when the batch ends, the same balances; a branch pays at once; a throw pays nothing', () => {
    const collected = () => bank.keeper.balance(h.queryCtx(), moduleAddress('fee_collector'), 'uusdc');
    const ctx = h.ctx();
    keeper.withBatchedFees(ctx, () => {
      keeper.applyTrade(ctx, B0, { instrumentId: CALL.id, size: 2n, price: 100n * USDC, fee: 3n }, 'fee_collector');
      keeper.applyTrade(ctx, A0, { instrumentId: CALL.id, size: -2n, price: 100n * USDC, fee: 5n }, 'fee_collector');
      // the subaccounts are charged at once; the fee account is paid when the batch ends
      expect(usdc(B0)).toBe(800n * USDC - 3n);
      expect(collected()).toBe(0n);
      // a trade through another context (a branch, which its owner may discard) is not batched
      const { ctx: branch, write } = branchContext(ctx);
      keeper.applyTrade(branch, B0, { instrumentId: CALL.id, size: 1n, price: 100n * USDC, fee: 7n }, 'fee_collector');
      keeper.applyTrade(branch, A0, { instrumentId: CALL.id, size: -1n, price: 100n * USDC, fee: 0n }, 'fee_collector');
      write();
      expect(collected()).toBe(7n);
    });
    expect(collected()).toBe(15n);
    expect(keeper.total(h.queryCtx(), 'uusdc')).toBe(101_000n * USDC - 15n);
    expect(invariant()).toBeUndefined();
    const transfers = h.takeEvents().filter(([type]) => type === 'transfer');
    expect(transfers.map(([, attrs]) => Object.fromEntries(attrs).amount)).toEqual(['7uusdc', '8uusdc']);

    // fn throws: nothing owed is paid (the caller discards the context's writes)
    const ctx2 = h.ctx();
    expect(() => keeper.withBatchedFees(ctx2, () => {
      keeper.applyTrade(ctx2, B0, { instrumentId: CALL.id, size: 1n, price: 100n * USDC, fee: 9n }, 'fee_collector');
      throw new Error('matching failed');
    })).toThrow('matching failed');
    expect(collected()).toBe(15n);
  });

  it('reducing releases cost basis pro rata and realises PnL; a flip opens the rest at the trade price', () => {
    fill(10n, 150n * USDC); // bob long 10 @ 150
    fill(-4n, 200n * USDC); // bob sells 4 @ 200: realises 4 × 50
    let b = keeper.position(h.queryCtx(), bob, 0, CALL.id);
    expect(b).toEqual({ size: 6n, costBasis: 900n * USDC, realizedPnl: 200n * USDC, feesPaid: 0n });
    let a = keeper.position(h.queryCtx(), alice, 0, CALL.id);
    expect(a).toEqual({ size: -6n, costBasis: -900n * USDC, realizedPnl: -200n * USDC, feesPaid: 0n });
    fill(-9n, 100n * USDC); // bob sells 9 @ 100: closes 6 (−50 each), opens 3 short @ 100
    b = keeper.position(h.queryCtx(), bob, 0, CALL.id);
    expect(b).toEqual({ size: -3n, costBasis: -300n * USDC, realizedPnl: (200n - 300n) * USDC, feesPaid: 0n });
    a = keeper.position(h.queryCtx(), alice, 0, CALL.id);
    expect(a).toEqual({ size: 3n, costBasis: 300n * USDC, realizedPnl: (-200n + 300n) * USDC, feesPaid: 0n });
    // cash only moved between them: what bob paid net (1,500 − 800 − 900 = −200) alice received
    expect(usdc(B0) + usdc(A0)).toBe(101_000n * USDC);
    expect(usdc(B0)).toBe(1_000n * USDC + 200n * USDC);
    expect(invariant()).toBeUndefined();
  });

  it('pro-rata release truncates and a full close releases exactly the rest', () => {
    fill(3n, 100n * USDC + 1n); // cost basis 300,000,003 over 3
    fill(-1n, 100n * USDC);
    expect(keeper.position(h.queryCtx(), bob, 0, CALL.id).costBasis).toBe(200n * USDC + 2n); // released 100,000,001
    fill(-2n, 100n * USDC);
    // flat: the record is deleted; its realised PnL is in the events
    expect(keeper.positions(h.queryCtx(), bob, 0)).toEqual([]);
    expect(usdc(B0)).toBe(1_000n * USDC - 3n);
    expect(invariant()).toBeUndefined();
  });

  it('settlement pays the long, charges the short and closes both positions', () => {
    fill(10n, 10n * USDC);
    // at expiry the payoff is 5,000 USDC a contract: bob receives 50,000, alice pays it
    const ctx = h.ctx();
    keeper.settlePosition(ctx, B0, CALL.id, 5_000n * USDC);
    keeper.settlePosition(ctx, A0, CALL.id, 5_000n * USDC);
    expect(usdc(B0)).toBe((1_000n - 100n + 50_000n) * USDC);
    expect(usdc(A0)).toBe((100_000n + 100n - 50_000n) * USDC);
    expect(keeper.positions(h.queryCtx(), alice, 0)).toEqual([]);
    expect(invariant()).toBeUndefined();
    expectFailure(h, (c) => keeper.settlePosition(c, A0, CALL.id, 1n), 'margin', MarginErrors.invalidPosition.code, /holds no BTC-30D-110000-C/);
    // bob withdraws everything he has
    keeper.withdraw(h.ctx(), B0, 'uusdc', usdc(B0));
    expect(invariant()).toBeUndefined();
  });

  it('settlement in batches: between the long and the short settling, the clearing balance keeps every invariant', async () => {
    fill(10n, 10n * USDC);
    keeper.settlePosition(h.ctx(), B0, CALL.id, 5_000n * USDC); // the long first, in one block
    expect(keeper.clearing(h.queryCtx(), CALL.id)).toEqual({ amount: -50_000n * USDC, settledSize: 10n });
    expect(keeper.holders(h.queryCtx(), CALL.id, 10)).toEqual([A0]);
    expect(invariant()).toBeUndefined();
    expect(positionsNetZeroInvariant(keeper)(h.queryCtx())).toBeUndefined();
    keeper.settlePosition(h.ctx(), A0, CALL.id, 5_000n * USDC); // the short in a later one
    expect(keeper.clearings(h.queryCtx())).toEqual([]);
    expect(keeper.holders(h.queryCtx(), CALL.id, 10)).toEqual([]);
    expect(invariant()).toBeUndefined();
    expect(positionsNetZeroInvariant(keeper)(h.queryCtx())).toBeUndefined();
  });

  it('a subaccount left in debt cannot withdraw or transfer what would leave it negative', () => {
    fill(10n, 150n * USDC); // bob: −500 USDC
    const ctx = h.ctx();
    keeper.settlePosition(ctx, B0, CALL.id, 0n);
    keeper.settlePosition(ctx, A0, CALL.id, 0n);
    expect(usdc(B0)).toBe(-500n * USDC);
    expectFailure(h, (c) => keeper.withdraw(c, B0, 'uusdc', 1n), 'margin', MarginErrors.insufficientCollateral.code, /holds -500000000uusdc/);
    // other collateral covers the debt: 0.01 BTC at 100,000 counts 900 (10 % haircut), equity 400
    keeper.deposit(h.ctx(), B0, 'ubtc', 1_000_000n, false);
    expect(keeper.health(h.queryCtx(), bob, 0).equity.toString()).toBe('400');
    // taking 0.005 BTC (450 counted) out would leave the debt uncovered; 0.004 (360) leaves 40
    expectFailure(h, (c) => keeper.withdraw(c, B0, 'ubtc', 500_000n), 'margin', MarginErrors.insufficientMargin.code, /equity -50 is below the initial margin 0/);
    expectFailure(h, (c) => keeper.transfer(c, bob, 0, 1, 'ubtc', 500_000n), 'margin', MarginErrors.insufficientMargin.code);
    keeper.withdraw(h.ctx(), B0, 'ubtc', 400_000n);
    expect(keeper.health(h.queryCtx(), bob, 0).equity.toString()).toBe('40');
    // a deposit repays the debt first
    keeper.deposit(h.ctx(), B0, 'uusdc', 600n * USDC, false);
    expect(usdc(B0)).toBe(100n * USDC);
    expect(keeper.health(h.queryCtx(), bob, 0).equity.toString()).toBe('640'); // 100 USDC + 0.006 BTC at 90 %
    expect(invariant()).toBeUndefined();
  });

  it('requireMargin refuses new risk beyond free collateral and lets an account under water reduce', () => {
    // bob (1,000 USDC) wants to sell 10 calls: IM is about 1,000 + mark
    expect(() => keeper.requireMargin(h.queryCtx(), B0, { positions: [{ instrumentId: CALL.id, size: -10n }], cash: 10n * 30n * USDC })).toThrow(
      expect.objectContaining({ codespace: 'margin', code: MarginErrors.insufficientMargin.code }),
    );
    // alice (100,000 USDC) can
    const ok = keeper.requireMargin(h.queryCtx(), A0, { positions: [{ instrumentId: CALL.id, size: -10n }], cash: 10n * 30n * USDC });
    expect(ok.im.isPositive()).toBe(true);
    // alice sells 10 to bob; then BTC rallies and alice's short is under water
    fill(10n, 30n * USDC);
    keeper.withdraw(h.ctx(), A0, 'uusdc', 97_000n * USDC);
    market.price = Dec.parse('150000');
    const under = keeper.health(h.queryCtx(), alice, 0);
    expect(under.equity.lt(under.im)).toBe(true);
    // buying back 4 at about the mark reduces risk: allowed; adding to the short is not
    const markPerContract = under.positions[0].mark.neg().divInt(10n, 'up');
    const price = markPerContract.mulInt(USDC).toBigInt('down');
    keeper.requireMargin(h.queryCtx(), A0, { positions: [{ instrumentId: CALL.id, size: 4n }], cash: -4n * price });
    expect(() => keeper.requireMargin(h.queryCtx(), A0, { positions: [{ instrumentId: CALL.id, size: -1n }], cash: price })).toThrow(
      expect.objectContaining({ code: MarginErrors.insufficientMargin.code }),
    );
    // buying back at a price far above the mark gives equity away: refused even though it reduces
    expect(() => keeper.requireMargin(h.queryCtx(), A0, { positions: [{ instrumentId: CALL.id, size: 4n }], cash: -4n * price * 3n })).toThrow(
      expect.objectContaining({ code: MarginErrors.insufficientMargin.code }),
    );
    market.price = Dec.parse('100000');
  });

  it('health status: healthy, margin call inside the buffer, liquidatable under MM × threshold', () => {
    const p = defaultParams();
    const at = (equity: string, mm: string) => healthStatus(p, { equity: Dec.parse(equity), mm: Dec.parse(mm) });
    expect(at('126', '100').status).toBe('healthy');
    expect(at('125', '100').status).toBe('healthy'); // buffer 0.25: the margin call starts below 125
    expect(at('124.99', '100').status).toBe('margin_call');
    expect(at('100', '100').status).toBe('margin_call');
    expect(at('99.99', '100').status).toBe('liquidatable');
    expect(healthStatus({ ...p, liquidationThreshold: '0.8' }, { equity: Dec.parse('81'), mm: Dec.parse('100') }).status).toBe('margin_call');
    expect(at('0', '0').status).toBe('healthy');
  });

  it('trades are refused for unknown instruments and subaccounts, and for bad amounts, changing nothing', () => {
    expectFailure(h, (c) => keeper.applyTrade(c, B0, { instrumentId: 'NOPE', size: 1n, price: 1n, fee: 0n }, 'fee_collector'), 'margin', MarginErrors.unknownInstrument.code);
    expectFailure(h, (c) => keeper.applyTrade(c, { owner: bob, number: 5 }, { instrumentId: CALL.id, size: 1n, price: 1n, fee: 0n }, 'fee_collector'), 'margin', MarginErrors.unknownSubaccount.code);
    expectFailure(h, (c) => keeper.applyTrade(c, B0, { instrumentId: CALL.id, size: 0n, price: 1n, fee: 0n }, 'fee_collector'), 'margin', MarginErrors.invalidPosition.code, /zero contracts/);
    expectFailure(h, (c) => keeper.applyTrade(c, B0, { instrumentId: CALL.id, size: 1n, price: -1n, fee: 0n }, 'fee_collector'), 'margin', MarginErrors.invalidPosition.code, /negative price/);
    expectFailure(h, (c) => keeper.applyTrade(c, B0, { instrumentId: CALL.id, size: 1n, price: 1n, fee: -1n }, 'fee_collector'), 'margin', MarginErrors.invalidPosition.code, /negative fee/);
  });
});
