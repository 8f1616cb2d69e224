// The max-loss cap of one underlying group for the batch path: portfolio.ts's maxLossAtExpiry and callsBounded
// over a RiskTable, operation for operation (same doubles, same order), so the bits agree.
// A group is its legs in instrument order: instrument numbers ins[o..o + m) and sizes xs[o..o + m) (safe
// integers).
import { EPS } from './revalue-rounding';
import type { RiskTable } from './table';

let order = new Int32Array(16);
let done = new Uint8Array(16);
let units = new Float64Array(16);

/** The book's max loss at expiry bounded from above, Infinity if unbounded: portfolio.ts maxLossAtExpiry. */
export function maxLossAtExpiry(t: RiskTable, ins: Int32Array, xs: Float64Array, o: number, m: number): number {
  if (!callsBounded(t, ins, xs, o, m)) return Infinity;
  const { markValue, contractSize, strike, expiry, isCall } = t;
  if (order.length < m) {
    order = new Int32Array(2 * m);
    done = new Uint8Array(2 * m);
    units = new Float64Array(2 * m);
  }
  let value = 0;
  let kMax = 0;
  for (let i = 0; i < m; i++) {
    const n = ins[o + i];
    value += xs[o + i] * markValue[n];
    if (strike[n] > kMax) kMax = strike[n];
    units[i] = xs[o + i] * contractSize[n];
    done[i] = 0;
  }
  let magnitude = 0;
  for (let i = 0; i < m; i++) magnitude += Math.abs(xs[o + i] * markValue[ins[o + i]]) + Math.abs(units[i]) * kMax;
  let minPayoffs = 0;
  for (let i = 0; i < m; i++) {
    if (done[i]) continue;
    const e = expiry[ins[o + i]];
    let k = 0;
    for (let j = i; j < m; j++) {
      if (expiry[ins[o + j]] !== e) continue;
      done[j] = 1;
      const s = strike[ins[o + j]];
      let at = k;
      while (at > 0 && strike[ins[o + order[at - 1]]] > s) {
        order[at] = order[at - 1];
        at--;
      }
      order[at] = j;
      k++;
    }
    let payoff = 0;
    let slope = 0;
    for (let q = 0; q < k; q++) {
      const j = order[q];
      if (isCall[ins[o + j]] === 0) {
        payoff += units[j] * strike[ins[o + j]];
        slope -= units[j];
      }
    }
    let min = payoff;
    let prev = 0;
    for (let q = 0; q < k; q++) {
      const j = order[q];
      const s = strike[ins[o + j]];
      payoff += slope * (s - prev);
      if (payoff < min) min = payoff;
      slope += units[j];
      prev = s;
    }
    minPayoffs += min;
  }
  const loss = value - minPayoffs;
  const bound = loss + (2 * m + 8) * EPS * magnitude;
  return bound > 0 ? bound : 0;
}

/** True when no expiry is net short calls, decided exactly: portfolio.ts callsBounded. */
function callsBounded(t: RiskTable, ins: Int32Array, xs: Float64Array, o: number, m: number): boolean {
  const { expiry, isCall, contractMicros, contractRaw } = t;
  for (let i = 0; i < m; i++) {
    if (isCall[ins[o + i]] === 0 || xs[o + i] >= 0) continue;
    const e = expiry[ins[o + i]];
    let micros = 0;
    let magnitude = 0;
    let exact = true;
    for (let j = 0; j < m; j++) {
      const n = ins[o + j];
      if (isCall[n] === 0 || expiry[n] !== e) continue;
      if (contractMicros[n] < 0) exact = false;
      micros += xs[o + j] * contractMicros[n];
      magnitude += Math.abs(xs[o + j]) * contractMicros[n];
    }
    if (exact && magnitude < 9007199254740992) {
      if (micros < 0) return false;
    } else {
      let net = 0n;
      for (let j = 0; j < m; j++) {
        const n = ins[o + j];
        if (isCall[n] === 1 && expiry[n] === e) net += BigInt(xs[o + j]) * contractRaw[n];
      }
      if (net < 0n) return false;
    }
  }
  return true;
}
