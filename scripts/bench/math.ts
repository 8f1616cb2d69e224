// npm run bench:math [-- --seconds 1]
// Throughput on one core of chain/math: Dec arithmetic, exact transcendentals, the double kernel,
// Black-76 / Black-Scholes price and Greeks, implied-vol solves, SVI. Inputs vary over the accuracy grid.
import {
  black76,
  black76Price,
  blackScholes,
  Dec,
  exp,
  expF64,
  impliedVolBlack76,
  ln,
  lnF64,
  normCdf,
  normCdfF64,
  normPdf,
  pow,
  sqrt,
  SviSurface,
  sviVol,
} from '../../chain/math';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const SECONDS = Number(arg('seconds', '1'));

let state = 12345;
function rand(): number {
  state = (state * 1103515245 + 12345) % 2147483648;
  return state / 2147483648;
}
const decOf = (x: number) => Dec.parse(x.toFixed(12), 'half-even');
const logUniform = (lo: number, hi: number) => lo * Math.pow(hi / lo, rand());

const N = 1024;
const options = Array.from({ length: N }, (_, i) => {
  const forward = decOf(logUniform(0.01, 1e6));
  return {
    kind: (i % 2 ? 'call' : 'put') as 'call' | 'put',
    forward,
    strike: decOf(Number(forward.toString()) * logUniform(0.5, 2)),
    time: decOf(logUniform(1 / 525600, 3)),
    vol: decOf(logUniform(0.05, 2)),
    rate: decOf(-0.05 + 0.25 * rand()),
  };
});
const prices = options.map((o) => black76Price(o));
const smallDecs = Array.from({ length: N }, () => decOf(-10 + 20 * rand()));
const positiveDecs = Array.from({ length: N }, () => decOf(logUniform(1e-6, 1e9)));
const doubles = Array.from({ length: N }, () => -10 + 20 * rand());
const sink: unknown[] = [];

function rate(fn: (i: number) => unknown): number {
  for (let i = 0; i < 2000; i++) sink[i & 7] = fn(i & (N - 1)); // warm up
  let ops = 0;
  const start = process.hrtime.bigint();
  const budget = BigInt(Math.round(SECONDS * 1e9));
  for (;;) {
    for (let i = 0; i < 256; i++, ops++) sink[i & 7] = fn(ops & (N - 1));
    const elapsed = process.hrtime.bigint() - start;
    if (elapsed >= budget) return (ops * 1e9) / Number(elapsed);
  }
}

const d = (s: string) => Dec.parse(s);
const sviParams = { a: d('0.03'), b: d('0.15'), rho: d('-0.35'), m: d('0.02'), sigma: d('0.25') };
const surface = new SviSurface([
  { expiry: d('0.25'), params: { a: d('0.01'), b: d('0.1'), rho: d('-0.4'), m: d('0'), sigma: d('0.2') } },
  { expiry: d('1'), params: sviParams },
]);
const two = d('2');

const rows: [string, number][] = [
  ['Dec mul + div (half-even)', rate((i) => positiveDecs[i].mul(smallDecs[i], 'half-even').div(two, 'half-even'))],
  ['exp (exact Dec)', rate((i) => exp(smallDecs[i]))],
  ['ln (exact Dec)', rate((i) => ln(positiveDecs[i]))],
  ['sqrt (exact Dec)', rate((i) => sqrt(positiveDecs[i]))],
  ['pow, real exponent (exact Dec)', rate((i) => pow(positiveDecs[i], smallDecs[i].divInt(4n, 'down')))],
  ['normCdf (exact Dec)', rate((i) => normCdf(smallDecs[i]))],
  ['normPdf (exact Dec)', rate((i) => normPdf(smallDecs[i]))],
  ['expF64 (double kernel)', rate((i) => expF64(doubles[i]))],
  ['lnF64 (double kernel)', rate((i) => lnF64(doubles[i] + 10.5))],
  ['normCdfF64 (double kernel)', rate((i) => normCdfF64(doubles[i]))],
  ['Black-76 price (Dec in/out)', rate((i) => black76Price(options[i]))],
  ['Black-76 price + 5 Greeks (Dec in/out)', rate((i) => black76(options[i]))],
  ['Black-Scholes price + 5 Greeks', rate((i) => blackScholes({ ...options[i], spot: options[i].forward }))],
  ['implied vol (Black-76)', rate((i) => impliedVolBlack76({ ...options[i], price: prices[i] }))],
  ['SVI vol at a strike (one slice)', rate((i) => sviVol(sviParams, options[i].time, options[i].forward, options[i].strike))],
  ['SVI surface vol (interpolated)', rate((i) => surface.vol(options[i].forward, options[i].strike, d('0.5')))],
];

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const width = Math.max(...rows.map(([name]) => name.length));
console.log(`chain/math throughput on one core (Node ${process.version}, ${SECONDS} s per row)\n`);
console.log(`| ${'operation'.padEnd(width)} | ${'per second'.padStart(12)} | ${'µs each'.padStart(8)} |`);
console.log(`| ${'-'.repeat(width)} | ${'-'.repeat(12)}:| ${'-'.repeat(8)}:|`);
for (const [name, perSec] of rows) console.log(`| ${name.padEnd(width)} | ${fmt(perSec).padStart(12)} | ${(1e6 / perSec).toFixed(2).padStart(8)} |`);
