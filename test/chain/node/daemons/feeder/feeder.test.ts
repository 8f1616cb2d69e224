import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import pino from 'pino';
import { Dec, validateSvi } from '../../../../../chain/math';
import { defaultFeederConfig, jsonDec, parseFeederConfig, renderFeederConfig } from '../../../../../chain/node/daemons/feeder/config';
import { median, PriceFeeder } from '../../../../../chain/node/daemons/feeder/feeder';
import { fridayExpiries, simulatedExpiries, simulatedPrice, simulatedSurface } from '../../../../../chain/node/daemons/feeder/simulated';
import { parse as parseToml } from 'smol-toml';
import { makeTmpDir, removeDir } from '../../../../helpers/tmpdir';

const logger = pino({ level: 'silent' });
const T = 1_764_000_000;

describe('simulated source', () => {
  it('is deterministic per (seed, second), moves, and stays near its base', () => {
    expect(simulatedPrice('s', 'BTC/USD', T).toString()).toBe(simulatedPrice('s', 'BTC/USD', T).toString());
    expect(simulatedPrice('s', 'BTC/USD', T).eq(simulatedPrice('other', 'BTC/USD', T))).toBe(false);
    const path = Array.from({ length: 120 }, (_, i) => simulatedPrice('s', 'BTC/USD', T + i));
    expect(new Set(path.map(String)).size).toBeGreaterThan(60);
    for (const p of path) expect(p.gt(Dec.parse('80000')) && p.lt(Dec.parse('115000'))).toBe(true);
    // continuous: one second moves it by well under 0.1 %
    for (let i = 1; i < path.length; i++) expect(path[i].sub(path[i - 1]).abs().lt(path[i].divInt(1000n, 'down'))).toBe(true);
  });

  it('surfaces: four Friday 08:00 UTC expiries, each slice valid for validateSvi', () => {
    const ex = fridayExpiries(T);
    expect(ex).toHaveLength(4);
    for (const e of ex) {
      expect(new Date(e * 1000).getUTCDay()).toBe(5);
      expect(new Date(e * 1000).getUTCHours()).toBe(8);
    }
    for (const m of ['BTC/USD', 'ETH/USD']) {
      const s = simulatedSurface('s', m, T);
      expect(s).toHaveLength(4);
      for (const sl of s) expect(() => validateSvi(sl.params, Dec.fromInt(sl.expiry - T).divInt(31_557_600n, 'down'))).not.toThrow();
    }
  });
});

describe('simulated expiries on the chain\'s grid', () => {
  it('reports the default grid\'s Fridays until the expiry itself, and a short grid\'s next four points', () => {
    const friday = fridayExpiries(T)[0];
    // a second before a Friday expiry it is still reported (margin marks its last hour with a vol)
    expect(fridayExpiries(friday - 1)[0]).toBe(friday);
    expect(fridayExpiries(friday)[0]).toBe(friday + 7 * 86_400);
    expect(simulatedExpiries(T)).toEqual(fridayExpiries(T));
    const grid = { periodSeconds: 30, offsetSeconds: 10 };
    expect(simulatedExpiries(1_000, grid)).toEqual([1_030, 1_060, 1_090, 1_120]);
    expect(simulatedExpiries(1_030, grid)).toEqual([1_060, 1_090, 1_120, 1_150]); // strictly after t
    expect(simulatedExpiries(5, grid)).toEqual([10, 40, 70, 100]);
    const slices = simulatedSurface('s', 'BTC/USD', 1_764_000_005, { periodSeconds: 60, offsetSeconds: 0 });
    expect(slices.map((x) => x.expiry)).toEqual([1_764_000_060, 1_764_000_120, 1_764_000_180, 1_764_000_240]);
  });

  it('the grid is read from the simulated source\'s config and written back by init', () => {
    const c = parseFeederConfig({ sources: [{ name: 'sim', type: 'simulated', expiry_period_seconds: 30, expiry_offset_seconds: 0 }] });
    expect(c.sources[0]).toMatchObject({ type: 'simulated', expiryPeriodSeconds: 30, expiryOffsetSeconds: 0 });
    expect(renderFeederConfig(c)).toContain('expiry_period_seconds = 30\nexpiry_offset_seconds = 0');
    expect(parseFeederConfig({}).sources[0]).toMatchObject({ expiryPeriodSeconds: 86_400, expiryOffsetSeconds: 28_800 });
    expect(() => parseFeederConfig({ sources: [{ type: 'simulated', expiry_period_seconds: 30, expiry_offset_seconds: 30 }] })).toThrow(/below expiry_period_seconds/);
  });
});

describe('PriceFeeder', () => {
  let server: http.Server;
  let url = '';
  let body: unknown = {};
  let tmp: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/slow') return; // never answers
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(body));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    tmp = makeTmpDir('feeder');
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    removeDir(tmp);
  });

  it('takes the median across sources; a slow source times out and is ignored', async () => {
    body = { a: { btc: 100, eth: '10.5' }, b: { btc: '102' } };
    const cfg = defaultFeederConfig();
    cfg.sources = [
      { name: 'x', type: 'http-json', url: `${url}/x`, timeoutMs: 1000, paths: { 'BTC/USD': 'a.btc', 'ETH/USD': 'a.eth' }, surfacePaths: {} },
      { name: 'y', type: 'http-json', url: `${url}/y`, timeoutMs: 1000, paths: { 'BTC/USD': 'b.btc' }, surfacePaths: {} },
      { name: 'z', type: 'http-json', url: `${url}/z`, timeoutMs: 1000, paths: { 'BTC/USD': 'a.btc' }, surfacePaths: {} },
      { name: 'slow', type: 'http-json', url: `${url}/slow`, timeoutMs: 200, paths: { 'BTC/USD': 'a.btc' }, surfacePaths: {} },
    ];
    let now = 1_000_000;
    const f = new PriceFeeder({ config: cfg, logger, now: () => now });
    expect(f.latest()).toBeUndefined();
    await f.poll();
    const snap = f.latest()!;
    expect(snap.prices.get('BTC/USD')!.toString()).toBe('100');
    expect(snap.prices.get('ETH/USD')!.toString()).toBe('10.5');
    now += cfg.maxSnapshotAgeMs + 1;
    expect(f.latest()).toBeUndefined(); // too old: the validator extends with empty bytes
  });

  it('fault switches: down and price multiplier (SETTLE_ORACLE_FAULTS=1 only)', async () => {
    const faultFile = path.join(tmp, 'oracle-faults.json');
    const f = new PriceFeeder({ config: defaultFeederConfig(), logger, faultFile });
    fs.writeFileSync(faultFile, JSON.stringify({ price_multiplier: '10' }));
    await f.poll();
    const honest = f.latest()!.prices.get('BTC/USD')!;
    process.env.SETTLE_ORACLE_FAULTS = '1';
    try {
      await f.poll();
      expect(f.latest()!.prices.get('BTC/USD')!.gt(honest.mulInt(9n))).toBe(true);
      fs.writeFileSync(faultFile, JSON.stringify({ down: true }));
      await f.poll();
      expect(f.latest()).toBeUndefined();
    } finally {
      delete process.env.SETTLE_ORACLE_FAULTS;
    }
  });

  it('median, JSON numbers without parseFloat, config round trip', () => {
    expect(median([Dec.parse('3'), Dec.parse('1'), Dec.parse('2'), Dec.parse('10')])!.toString()).toBe('2.5');
    expect(jsonDec(1e-7)!.toString()).toBe('0.0000001');
    expect(jsonDec('97000.5')!.toString()).toBe('97000.5');
    expect(jsonDec({})).toBeUndefined();
    const cfg = defaultFeederConfig();
    cfg.sources.push({ name: 'ex', type: 'http-json', url: 'https://example.invalid/p', timeoutMs: 1500, paths: { 'BTC/USD': 'data.price' }, surfacePaths: {} });
    expect(parseFeederConfig((parseToml(renderFeederConfig(cfg)) as any).oracle)).toEqual(cfg);
    expect(() => parseFeederConfig({ sources: [{ type: 'ftp' }] })).toThrow(/type/);
    expect(() => parseFeederConfig({ bogus: 1 })).toThrow(/unknown key/);
  });

  it('reports the markets app.toml lists (default BTC/USD and ETH/USD); bad lists are refused at startup', async () => {
    expect(parseFeederConfig({}).markets).toEqual(['BTC/USD', 'ETH/USD']);
    const cfg = parseFeederConfig({ markets: ['BTC/USD', 'ATOM/USD'], sources: [{ name: 'sim', type: 'simulated', surfaces: false }] });
    expect(parseFeederConfig((parseToml(renderFeederConfig(cfg)) as any).oracle).markets).toEqual(['BTC/USD', 'ATOM/USD']);
    const feeder = new PriceFeeder({ config: cfg, logger, faultFile: path.join(tmp, 'none.json'), shockFile: path.join(tmp, 'none2.json') });
    expect(feeder.markets).toEqual(['BTC/USD', 'ATOM/USD']);
    for (const bad of [['btc/usd'], ['BTC/USD', 'BTC/USD'], 'BTC/USD', [1]]) expect(() => parseFeederConfig({ markets: bad })).toThrow(/oracle.markets/);
  });
});
