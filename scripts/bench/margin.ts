// npm run bench:margin [-- --accounts 100000 --repeat 5]
// The margin risk engine on one core:
//  (1) one oracle update: revalue every instrument in every portfolio scenario (2 underlyings × 200
//      instruments: 5 expiries × 20 strikes × call/put) and lay the vectors out flat (buildRiskTable), then the
//      portfolio IM/MM of 100,000 subaccounts × 10 positions with the batch path (revalue), checked bit for bit
//      against the object path (portfolioMargin) on a sample of 2,000 accounts;
//  (2) health() of one subaccount (10 positions, 2 underlyings) in standard and portfolio mode, with the
//      instrument risk of (1) (the keeper's path) and, for reference, computed from scratch.
import * as os from 'node:os';
import { Dec, type SviParams } from '../../chain/math';
import {
  buildRiskCache,
  buildRiskTable,
  DEFAULT_RISK_PARAMS,
  health,
  marketData,
  portfolioMargin,
  revalue,
  YEAR_SECONDS,
  type Instrument,
  type InstrumentRisk,
  type MarketData,
  type PortfolioLeg,
  type Position,
  type PositionBook,
  type Revaluation,
  type RiskTable,
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
// sizes in flat typed arrays, account a at [a·10, a·10 + 10). The sizes are kept twice: as bigints for the
// object path and as doubles (exact, |size| < 2^53) for the batch path, as such an index would hold them.
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
const positionSizeF64 = Float64Array.from(positionSize, (x) => Number(x));
const book: PositionBook = {
  instrument: positionInstrument,
  size: positionSizeF64,
  offsets: Uint32Array.from({ length: ACCOUNTS + 1 }, (_, a) => a * POSITIONS),
};
const account = (a: number): Position[] =>
  Array.from({ length: POSITIONS }, (_, i) => ({ instrumentId: instruments[positionInstrument[a * POSITIONS + i]].id, size: positionSize[a * POSITIONS + i] }));

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const out: Revaluation = { im: [], mm: [], errors: new Map() }; // reused from one update to the next

function oracleUpdate(): { cache: Map<string, InstrumentRisk>; table: RiskTable; vectorsMs: number; accountsMs: number } {
  const t0 = process.hrtime.bigint();
  const cache = new Map<string, InstrumentRisk>();
  for (const u of underlyings) {
    // one cache (and vol-shock memo) per underlying, so a stale market leaves the others usable
    const built = buildRiskCache(instruments.filter((i) => i.underlying === u.name), markets, params);
    for (const [id, r] of built) cache.set(id, r);
  }
  const table = buildRiskTable(cache.values(), params);
  const vectorsMs = ms(t0);
  const t1 = process.hrtime.bigint();
  revalue(table, book, out);
  return { cache, table, vectorsMs, accountsMs: ms(t1) };
}

/** XOR of every account's IM and MM raw values (after the timing: the check, not the work). */
function checksum(): bigint {
  if (out.errors.size > 0) throw new Error(`revalue refused ${out.errors.size} accounts: ${[...out.errors.values()][0].message}`);
  let x = 0n;
  for (let a = 0; a < ACCOUNTS; a++) x ^= out.im[a]! ^ out.mm[a]!;
  return x;
}

/** The object path on every 50th account: equal to the batch path bit for bit, and so their checksums. */
function checkSample(table: RiskTable, cache: Map<string, InstrumentRisk>): number {
  const risks = instruments.map((i) => cache.get(i.id)!);
  for (let n = 0; n < instruments.length; n++) if (table.numbers.get(instruments[n].id) !== n) throw new Error('instrument numbers differ from the table');
  const legs: PortfolioLeg[] = Array.from({ length: POSITIONS }, () => ({ risk: risks[0], size: 0n }));
  let batch = 0n;
  let object = 0n;
  let count = 0;
  for (let a = 0; a < ACCOUNTS; a += 50, count++) {
    for (let i = 0, p = a * POSITIONS; i < POSITIONS; i++, p++) {
      legs[i].risk = risks[positionInstrument[p]];
      legs[i].size = positionSize[p];
    }
    const r = portfolioMargin(legs, params);
    if (r.im.raw !== out.im[a] || r.mm.raw !== out.mm[a]) throw new Error(`account ${a}: batch ${out.im[a]}/${out.mm[a]} != object ${r.im.raw}/${r.mm.raw}`);
    object ^= r.im.raw ^ r.mm.raw;
    batch ^= out.im[a]! ^ out.mm[a]!;
  }
  if (batch !== object) throw new Error('sample checksums differ');
  return count;
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
let table!: RiskTable;
let first: bigint | undefined;
for (let r = 0; r < REPEAT; r++) {
  const run = oracleUpdate();
  cache = run.cache;
  table = run.table;
  const sum = checksum();
  if (first === undefined) first = sum;
  else if (sum !== first) throw new Error('non-deterministic result between runs');
  runs.push(run);
  console.log(`  run ${r + 1}: instrument vectors + table ${run.vectorsMs.toFixed(1)} ms + ${ACCOUNTS} accounts ${run.accountsMs.toFixed(1)} ms = ${(run.vectorsMs + run.accountsMs).toFixed(1)} ms`);
}
const tot = runs.map((x) => x.vectorsMs + x.accountsMs);
console.log(`(1) portfolio revaluation after one oracle update: median ${median(tot).toFixed(1)} ms, best ${Math.min(...tot).toFixed(1)} ms ` +
  `(vectors + table median ${median(runs.map((x) => x.vectorsMs)).toFixed(1)} ms, accounts median ${median(runs.map((x) => x.accountsMs)).toFixed(1)} ms = ` +
  `${((median(runs.map((x) => x.accountsMs)) * 1000) / ACCOUNTS).toFixed(2)} µs/account) — target <= 200 ms`);
const sampled = checkSample(table, cache);
console.log(`    checksum ${first!.toString(16).slice(0, 12)}… the same in all ${REPEAT} runs; on ${sampled} sampled accounts IM and MM equal portfolioMargin's bit for bit (and so the sample checksums)`);

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
