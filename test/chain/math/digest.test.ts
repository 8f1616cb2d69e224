// Determinism: a sha256 over every output of chain/math for a fixed set of inputs. The inputs are built from
// integers only, so the test itself is engine-independent; the digest was computed once and is committed here.
// A change in any output bit (an algorithm, a constant, a rounding) changes it.
import { createHash } from 'node:crypto';
import {
  black76,
  blackScholes,
  Dec,
  exp,
  expF64,
  impliedVolBlack76,
  ln,
  lnF64,
  log1pF64,
  normCdf,
  normCdfF64,
  normPdf,
  normPdfF64,
  pow,
  sqrt,
  SviSurface,
  sviTotalVariance,
} from '../../../chain/math';
import { decompose } from '../../../chain/math/f64/convert';
import { Rng } from '../../helpers/rng';

const DIGEST = '2a626d89d970f8e2960d37773d3ccce6525dc1842bbc7fadc13267ffae6113fe';

const pow10 = (e: number) => 10n ** BigInt(e);

/** A Dec of raw value m·10^e with m a random integer in [lo, hi). */
function randomDec(rng: Rng, lo: number, hi: number, e: number): Dec {
  return Dec.fromRaw(BigInt(lo + rng.int(hi - lo)) * pow10(e));
}

function bits(x: number): string {
  const { mantissa, exponent } = decompose(x === 0 ? 0 : x);
  return `${mantissa}p${exponent}`;
}

function allOutputs(): string[] {
  const rng = new Rng(20240601);
  const out: string[] = [];
  const greeks = (g: ReturnType<typeof black76>) => [g.price, g.delta, g.gamma, g.vega, g.theta, g.rho].join(' ');
  for (let i = 0; i < 400; i++) {
    const forward = randomDec(rng, 100_000_000, 999_999_999, 8 + rng.int(15)); // 0.01 .. 1e13
    const strike = forward.mul(randomDec(rng, 200, 5000, 15), 'half-even'); // 0.2 .. 5 × forward
    const time = randomDec(rng, 2, 3_000_000, 12); // 2e-6 .. 3 years
    const vol = randomDec(rng, 10, 5000, 15); // 1% .. 500%
    const rate = Dec.fromRaw(BigInt(rng.int(250) - 50) * pow10(15)); // -5% .. 20%
    const kind = i % 2 ? 'call' : 'put';
    const g = black76({ kind, forward, strike, time, vol, rate });
    out.push(greeks(g));
    out.push(greeks(blackScholes({ kind, spot: forward, strike, time, vol, rate, dividendYield: Dec.fromRaw(BigInt(rng.int(100)) * pow10(15)) })));
    try {
      out.push(impliedVolBlack76({ kind, price: g.price, forward, strike, time, rate }).toString());
    } catch (e) {
      out.push((e as Error).message);
    }
  }
  for (let i = 0; i < 200; i++) {
    const x = Dec.fromRaw(BigInt(rng.int(2_000_000_000) - 1_000_000_000) * pow10(8)); // -10 .. 10
    const y = randomDec(rng, 1, 1_000_000_000, 9 + rng.int(20));
    out.push([exp(x), ln(y), sqrt(y), pow(y, x), normCdf(x), normPdf(x)].join(' '));
  }
  for (let i = -4000; i <= 4000; i += 7) {
    const x = i / 100; // exact quotient of integers
    out.push([expF64(x), lnF64(Math.abs(x) + 1e-300), log1pF64(x / 4000), normCdfF64(x), normPdfF64(x)].map(bits).join(' '));
  }
  const d = (s: string) => Dec.parse(s);
  const surface = new SviSurface([
    { expiry: d('0.25'), params: { a: d('0.01'), b: d('0.1'), rho: d('-0.4'), m: d('0'), sigma: d('0.2') } },
    { expiry: d('1'), params: { a: d('0.03'), b: d('0.15'), rho: d('-0.35'), m: d('0.02'), sigma: d('0.25') } },
  ]);
  for (let i = 0; i < 100; i++) {
    const k = Dec.fromRaw(BigInt(rng.int(6000) - 3000) * pow10(15));
    const t = randomDec(rng, 1, 1000, 15);
    out.push([sviTotalVariance(surface.slices[0].params, k), surface.totalVariance(k, t), surface.vol(d('100'), d('100').mul(d('1').add(k.divInt(10n, 'down')), 'down'), t)].join(' '));
  }
  return out;
}

test('every output for the fixed input set hashes to the committed digest', () => {
  const outputs = allOutputs();
  const digest = createHash('sha256').update(outputs.join('\n')).digest('hex');
  if (digest !== DIGEST) console.log(`digest ${digest}; first outputs:\n${outputs.slice(0, 3).join('\n')}`);
  expect(digest).toBe(DIGEST);
});
