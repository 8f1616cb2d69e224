/**
 * The liquidation daemon's pieces that need no chain (the devnet scenario is
 * test/modules/liquidation/liquidation-devnet.test.ts): its app.toml section, the step planner (the block's
 * share rounded up, the profit estimate, min_profit), the feeder's price-shock file, and a daemon whose RPC
 * is down: it reports unhealthy and never throws.
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import pino from 'pino';
import { Dec } from '../../../../../chain/math';
import { defaultAppConfig, parseAppConfig, renderAppConfig } from '../../../../../chain/node/app-config';
import { defaultFeederConfig } from '../../../../../chain/node/daemons/feeder/config';
import { parseShock, PriceFeeder } from '../../../../../chain/node/daemons/feeder/feeder';
import { simulatedPrice } from '../../../../../chain/node/daemons/feeder/simulated';
import { defaultLiquidatorConfig, parseLiquidatorConfig } from '../../../../../chain/node/daemons/liquidator/config';
import { Liquidator, planSteps } from '../../../../../chain/node/daemons/liquidator/liquidator';
import { makeTmpDir, removeDir } from '../../../../helpers/tmpdir';

const logger = pino({ level: 'silent' });

describe('[liquidator] in app.toml', () => {
  it('round-trips, off by default; enabled needs exactly one key source', () => {
    const c = defaultAppConfig();
    expect(c.liquidator.enabled).toBe(false);
    c.liquidator = { ...c.liquidator, enabled: true, devAccount: 'keeper', subaccount: 3, deposit: '5000000', minProfit: '1.5' };
    expect(parseAppConfig(renderAppConfig(c))).toEqual(c);
    expect(() => parseLiquidatorConfig({ enabled: true })).toThrow(/needs dev_account or mnemonic_file/);
    expect(() => parseLiquidatorConfig({ dev_account: 'a', mnemonic_file: 'b' })).toThrow(/not both/);
    expect(() => parseLiquidatorConfig({ deposit: '-1' })).toThrow(/liquidator.deposit/);
    expect(() => parseLiquidatorConfig({ max_steps_per_tx: 0 })).toThrow(/max_steps_per_tx/);
    expect(() => parseLiquidatorConfig({ bogus: 1 })).toThrow(/unknown key \[liquidator\] bogus/);
    expect(parseLiquidatorConfig(undefined)).toEqual(defaultLiquidatorConfig());
  });
});

describe('planSteps', () => {
  const pos = (instrumentId: string, size: string, mark: string, mm: string) => ({ instrumentId, size, mark, maintenanceMargin: mm, delta: '0', gamma: '0', vega: '0', theta: '0', initialMargin: '0' });
  it('takes ceil(share × |size|) of each position, at least one, and estimates discount × base × contracts', () => {
    const steps = planSteps('o', 1, Dec.parse('0.2'), Dec.parse('0.5'), [pos('short', '-5', '-500', '600'), pos('long', '1', '40', '0'), pos('flat', '0', '0', '0')], Dec.ZERO);
    // short: 3 of 5; base = MM − |mark| = 100 for 5, 0.2 × 100 × 3/5 = 12. long: 1 of 1, 0.2 × 40 = 8
    expect(steps.map((s) => [s.instrumentId, s.size, s.profit.toString()])).toEqual([['short', 3n, '12'], ['long', 1n, '8']]);
    expect(planSteps('o', 1, Dec.parse('0.2'), Dec.parse('0.001'), [pos('short', '-5', '-500', '600')], Dec.ZERO)[0].size).toBe(1n);
  });
  it('skips a step whose estimate is below min_profit', () => {
    const steps = planSteps('o', 1, Dec.parse('0.2'), Dec.parse('0.5'), [pos('short', '-5', '-500', '600'), pos('long', '1', '40', '0')], Dec.parse('10'));
    expect(steps.map((s) => s.instrumentId)).toEqual(['short']);
  });
});

describe('price shock (devnets)', () => {
  let tmp: string;
  beforeAll(() => (tmp = makeTmpDir('price-shock')));
  afterAll(() => removeDir(tmp));

  it('parses {"market": multiplier}; refuses anything else', () => {
    expect([...parseShock('{"BTC/USD": "1.5", "ETH/USD": 0.5}')].map(([k, v]) => [k, v.toString()])).toEqual([['BTC/USD', '1.5'], ['ETH/USD', '0.5']]);
    expect(() => parseShock('[]')).toThrow();
    expect(() => parseShock('{"BTC/USD": "0"}')).toThrow(/positive/);
    expect(() => parseShock('{"BTC/USD": "x"}')).toThrow(/positive/);
  });

  it('multiplies the simulated price while the file exists, from the next poll; removing it restores the walk', async () => {
    const file = path.join(tmp, 'price-shock.json');
    const now = 1_764_000_000_000;
    const feeder = new PriceFeeder({ config: defaultFeederConfig(), logger, shockFile: file, now: () => now });
    const plain = simulatedPrice('settle', 'BTC/USD', now / 1000);
    await feeder.poll();
    expect(feeder.latest()!.prices.get('BTC/USD')!.toString()).toBe(plain.toString());
    fs.writeFileSync(file, '{"BTC/USD": "2"}');
    await feeder.poll();
    expect(feeder.latest()!.prices.get('BTC/USD')!.toString()).toBe(plain.mulInt(2n).round(8, 'half-even').toString());
    expect(feeder.latest()!.prices.get('ETH/USD')!.toString()).toBe(simulatedPrice('settle', 'ETH/USD', now / 1000).toString());
    fs.writeFileSync(file, 'not json'); // a broken file keeps the previous shock
    await feeder.poll();
    expect(feeder.latest()!.prices.get('BTC/USD')!.toString()).toBe(plain.mulInt(2n).round(8, 'half-even').toString());
    fs.rmSync(file);
    await feeder.poll();
    expect(feeder.latest()!.prices.get('BTC/USD')!.toString()).toBe(plain.toString());
  });
});

describe('Liquidator daemon without a chain', () => {
  it('is idle and healthy when disabled', () => {
    const d = new Liquidator({ config: defaultLiquidatorConfig(), logger, rpcUrl: 'http://127.0.0.1:1', home: '/nonexistent' });
    d.start();
    expect(d.health()).toEqual({ ok: true, detail: 'disabled in app.toml' });
    d.stop();
  });

  it('with the RPC down: polls fail, are counted and reported, nothing throws', async () => {
    const tmp = makeTmpDir('liquidator');
    try {
      // a port nothing listens on
      const port = await new Promise<number>((resolve) => {
        const s = net.createServer().listen(0, '127.0.0.1', () => {
          const p = (s.address() as net.AddressInfo).port;
          s.close(() => resolve(p));
        });
      });
      fs.writeFileSync(path.join(tmp, 'dev-accounts.json'), JSON.stringify({ accounts: [{ name: 'keeper', mnemonic: 'say ghost music craft sick lesson decline clay real wool message wash genre injury submit enact raise valid sock day sorry lens visa next' }] }));
      const config = { ...defaultLiquidatorConfig(), enabled: true, devAccount: 'keeper' };
      const d = new Liquidator({ config, logger, rpcUrl: `http://127.0.0.1:${port}`, home: tmp });
      await d.tick();
      await d.tick();
      expect(d.failures).toBe(2);
      const h = d.health();
      expect(h.ok).toBe(false);
      expect(h.detail).toMatch(/not connected to http:\/\/127\.0\.0\.1:\d+/);
      // an unknown dev account is reported the same way
      const bad = new Liquidator({ config: { ...config, devAccount: 'nobody' }, logger, rpcUrl: `http://127.0.0.1:${port}`, home: tmp });
      await bad.tick();
      expect(bad.health().detail).toContain('dev account "nobody" is not in');
      d.stop();
      bad.stop();
    } finally {
      removeDir(tmp);
    }
  });
});
