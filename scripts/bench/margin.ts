// npm run bench:margin [-- --accounts 100000 --repeat 5]
// The margin risk engine on one core:
//  (1) one oracle update: revalue every instrument in every portfolio scenario (2 underlyings × 200
//      instruments: 5 expiries × 20 strikes × call/put), then the portfolio IM/MM of 100,000 subaccounts × 10
//      positions as dot products over those per-instrument vectors (positions resolved by instrument id);
//  (2) health() of one subaccount (10 positions, 2 underlyings) in standard and portfolio mode, with the
//      instrument risk of (1) (the keeper's path) and, for reference, computed from scratch.
import * as os from 'node:os';
import { Dec, type SviParams } from '../../chain/math';
import {
  buildRiskCache,
  DEFAULT_RISK_PARAMS,
  health,
  marketData,
  portfolioMargin,
  YEAR_SECONDS,
  type Instrument,
  type InstrumentRisk,
  type MarketData,
  type PortfolioLeg,
  type Position,
} from '../../modules/margin/risk';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const ACCOUNTS = Number(arg('accounts', '100000'));
const REPEAT = Number(arg('repeat', '5'));
const POSITIONS = 10;

let state = 12345;
function rand(): number {
  state = (state * 1103515245 + 12345) % 2147483648;
  return state / 2147483648;
}

const params = DEFAULT_RISK_PARAMS;
const NOW = 1_750_000_000n;
const DAY = 86_400n;
const EXPIRIES = [1n, 7n, 30n, 90n, 180n].map((d) => NOW + d * DAY + 8n * 3600n);
const d = (s: string) => Dec.parse(s);

function slice(expiry: bigint): SviParams {
  const t = Dec.fromInt(expiry - NOW).divInt(YEAR_SECONDS, 'half-even');
  return { a: d('0.25').mul(t, 'half-even'), b: d('0.3').mul(t, 'half-even'), rho: d('-0.3'), m: Dec.ZERO, sigma: d('0.2') };
}

function makeMarket(underlying: string, spot: string): MarketData {
  return marketData({ underlying, price: { price: d(spot), stale: false }, nowSeconds: NOW, slices: EXPIRIES.map((e) => ({ expirySeconds: e, params: slice(e) })) });
}

const underlyings = [
  { name: 'BTC/USD', spot: '60000', step: 2000n, lot: '0.1' },
  { name: 'ETH/USD', spot: '3000', step: 100n, lot: '1' },
];
const markets = new Map(underlyings.map((u) => [u.name, makeMarket(u.name, u.spot)]));
const instruments: Instrument[] = [];
for (const u of underlyings) {
  const spot = BigInt(u.spot);
  for (const e of EXPIRIES) {
    for (let k = -10n; k < 10n; k++) {
      const strike = spot + k * u.step;
      for (const kind of ['call', 'put'] as const) {
        instruments.push({ id: `${u.name.split('/')[0]}-${e}-${strike.toString().padStart(7, '0')}-${kind[0].toUpperCase()}`, underlying: u.name, expirySeconds: e, strike: Dec.fromInt(strike), kind, contractSize: d(u.lot) });
      }
    }
  }
}
const instrumentMap = new Map(instruments.map((i) => [i.id, i]));

// 100,000 subaccounts × 10 distinct positions, sorted by instrument id (the store's key order), held the way
// a keeper's in-memory position index would: instrument numbers (into an id-sorted instrument table) and
// sizes in flat typed arrays, account a at [a·10, a·10 + 10).
instruments.sort((a, b) => (a.id < b.id ? -1 : 1));
const positionInstrument = new Uint16Array(ACCOUNTS * POSITIONS);
const positionSize = new BigInt64Array(ACCOUNTS * POSITIONS);
for (let a = 0; a < ACCOUNTS; a++) {
  const picked = new Set<number>();
  while (picked.size < POSITIONS) picked.add(Math.floor(rand() * instruments.length));
  [...picked].sort((x, y) => x - y).forEach((ins, i) => {
    positionInstrument[a * POSITIONS + i] = ins;
    positionSize[a * POSITIONS + i] = BigInt((rand() < 0.5 ? -1 : 1) * (1 + Math.floor(rand() * 20)));
  });
}
const account = (a: number): Position[] =>
  Array.from({ length: POSITIONS }, (_, i) => ({ instrumentId: instruments[positionInstrument[a * POSITIONS + i]].id, size: positionSize[a * POSITIONS + i] }));

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function oracleUpdate(): { cache: Map<string, InstrumentRisk>; vectorsMs: number; accountsMs: number; checksum: bigint } {
  const t0 = process.hrtime.bigint();
  const cache = new Map<string, InstrumentRisk>();
  for (const u of underlyings) {
    // one cache (and vol-shock memo) per underlying, so a stale market leaves the others usable
    const built = buildRiskCache(instruments.filter((i) => i.underlying === u.name), markets, params);
    for (const [id, r] of built) cache.set(id, r);
  }
  const vectorsMs = ms(t0);
  const t1 = process.hrtime.bigint();
  const table = instruments.map((i) => cache.get(i.id)!); // instrument number → its risk, once per update
  let checksum = 0n;
  const legs: PortfolioLeg[] = Array.from({ length: POSITIONS }, () => ({ risk: table[0], size: 0n }));
  for (let a = 0, p = 0; a < ACCOUNTS; a++) {
    for (let i = 0; i < POSITIONS; i++, p++) {
      legs[i].risk = table[positionInstrument[p]];
      legs[i].size = positionSize[p];
    }
    const r = portfolioMargin(legs, params);
    checksum ^= r.im.raw ^ r.mm.raw;
  }
  return { cache, vectorsMs, accountsMs: ms(t1), checksum };
}

function perCall(fn: () => unknown, minMs = 1000): number {
  for (let i = 0; i < 200; i++) fn();
  let n = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < 100; i++) fn();
    n += 100;
    elapsed = ms(start);
  }
  return (elapsed * 1000) / n;
}

console.log(`bench:margin — node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} (${os.cpus().length} cores), one core`);
console.log(`${instruments.length} instruments (${underlyings.length} underlyings × ${EXPIRIES.length} expiries × 20 strikes × call/put), ${params.portfolio.spotSteps + 1}×3 + 6 = ${(params.portfolio.spotSteps + 1) * 3 + 6} scenarios, ${ACCOUNTS} subaccounts × ${POSITIONS} positions`);

const runs: { vectorsMs: number; accountsMs: number }[] = [];
let cache!: Map<string, InstrumentRisk>;
let first: bigint | undefined;
for (let r = 0; r < REPEAT; r++) {
  const out = oracleUpdate();
  cache = out.cache;
  if (first === undefined) first = out.checksum;
  else if (out.checksum !== first) throw new Error('non-deterministic result between runs');
  runs.push(out);
  console.log(`  run ${r + 1}: instrument vectors ${out.vectorsMs.toFixed(1)} ms + ${ACCOUNTS} accounts ${out.accountsMs.toFixed(1)} ms = ${(out.vectorsMs + out.accountsMs).toFixed(1)} ms`);
}
const tot = runs.map((x) => x.vectorsMs + x.accountsMs);
console.log(`(1) portfolio revaluation after one oracle update: median ${median(tot).toFixed(1)} ms, best ${Math.min(...tot).toFixed(1)} ms ` +
  `(vectors median ${median(runs.map((x) => x.vectorsMs)).toFixed(1)} ms, accounts median ${median(runs.map((x) => x.accountsMs)).toFixed(1)} ms = ` +
  `${((median(runs.map((x) => x.accountsMs)) * 1000) / ACCOUNTS).toFixed(2)} µs/account) — target <= 200 ms`);

// the same per-account step on one book repeated (caches and branch predictors warm): the engine's own cost
{
  const table = instruments.map((i) => cache.get(i.id)!);
  const legs: PortfolioLeg[] = Array.from({ length: POSITIONS }, (_, i) => ({ risk: table[positionInstrument[i]], size: positionSize[i] }));
  const t = process.hrtime.bigint();
  for (let a = 0; a < ACCOUNTS; a++) portfolioMargin(legs, params);
  const warm = ms(t);
  console.log(`    for comparison, one 10-position book evaluated ${ACCOUNTS} times (warm caches): ${warm.toFixed(1)} ms = ${((warm * 1000) / ACCOUNTS).toFixed(2)} µs/account`);
}

// (2) one subaccount: 10 positions over both underlyings, 1,000 USDC of collateral
let one = account(0);
for (let a = 0; new Set(one.map((p) => instrumentMap.get(p.instrumentId)!.underlying)).size !== 2; a++) one = account(a);
const input = {
  collateral: [{ denom: 'uusdc', amount: 1_000_000_000_000n, price: Dec.ONE, haircut: Dec.ZERO, decimals: 6 }],
  positions: one,
  instruments: instrumentMap,
  markets,
  params,
};
const std = perCall(() => health({ ...input, mode: 'standard', risk: cache }));
const pm = perCall(() => health({ ...input, mode: 'portfolio', risk: cache }));
const stdScratch = perCall(() => health({ ...input, mode: 'standard' }), 500);
const pmScratch = perCall(() => health({ ...input, mode: 'portfolio' }), 500);
console.log(`(2) health of one subaccount (10 positions) with the update's instrument risk: standard ${std.toFixed(2)} µs, portfolio ${pm.toFixed(2)} µs — target <= 20 µs`);
console.log(`    from scratch (marks and scenario vectors of its 10 instruments recomputed): standard ${stdScratch.toFixed(0)} µs, portfolio ${pmScratch.toFixed(0)} µs`);
const h = health({ ...input, mode: 'portfolio', risk: cache });
console.log(`    sample: equity ${h.equity.toFixed(2, 'down')}, portfolio IM ${h.im.toFixed(2, 'up')}, MM ${h.mm.toFixed(2, 'up')}, worst ${h.worstScenario}; standard IM ${health({ ...input, mode: 'standard', risk: cache }).im.toFixed(2, 'up')}`);
