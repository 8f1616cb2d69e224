// The batch path's dot product: a group's worst scenario loss, summed exactly as portfolio.ts evaluate sums it.
//
// Each scenario's sum starts at 0 and adds x·pnl[s] leg after leg in instrument order, as portfolioMargin's
// acc[s] += x·v[s] does, so the bits are the same. Only the loop order differs: a pass over the scenarios
// takes up to four legs (the first 1–4, then 4 by 4) so the partial sum stays in a register, and the last pass
// takes the maximum instead of storing. The worst is the first scenario's loss or any strictly larger, as there.
// The loops are written out per case because a branch inside them costs a third of the time.
import type { RiskTable } from './table';

/**
 * max over scenarios of −Σ x·pnl[s] over legs ins[from..from + m) with sizes xs[..] (m >= 1). acc: scratch of
 * exactly t.scenarios doubles (its length bounds the loops, which lets V8 drop its bounds checks).
 */
export function worstScenarioLoss(t: RiskTable, ins: Int32Array, xs: Float64Array, from: number, m: number, acc: Float64Array): number {
  const S = acc.length;
  if (S !== t.scenarios) throw new RangeError('scratch does not match the scenario grid');
  const pnl = t.pnl;
  const r = ((m - 1) & 3) + 1;
  const only = r === m;
  let worst = 0;
  // the first pass: legs [from, from + r), the worst at once when that is all
  const o0 = ins[from] * S, x0 = xs[from];
  if (r === 1) {
    if (only) {
      for (let s = 0; s < S; s++) {
        let v = 0;
        v += x0 * pnl[o0 + s];
        if (s === 0 || -v > worst) worst = -v;
      }
      return worst;
    }
    for (let s = 0; s < S; s++) {
      let v = 0;
      v += x0 * pnl[o0 + s];
      acc[s] = v;
    }
  } else if (r === 2) {
    const o1 = ins[from + 1] * S, x1 = xs[from + 1];
    if (only) {
      for (let s = 0; s < S; s++) {
        let v = 0;
        v += x0 * pnl[o0 + s];
        v += x1 * pnl[o1 + s];
        if (s === 0 || -v > worst) worst = -v;
      }
      return worst;
    }
    for (let s = 0; s < S; s++) {
      let v = 0;
      v += x0 * pnl[o0 + s];
      v += x1 * pnl[o1 + s];
      acc[s] = v;
    }
  } else if (r === 3) {
    const o1 = ins[from + 1] * S, x1 = xs[from + 1];
    const o2 = ins[from + 2] * S, x2 = xs[from + 2];
    if (only) {
      for (let s = 0; s < S; s++) {
        let v = 0;
        v += x0 * pnl[o0 + s];
        v += x1 * pnl[o1 + s];
        v += x2 * pnl[o2 + s];
        if (s === 0 || -v > worst) worst = -v;
      }
      return worst;
    }
    for (let s = 0; s < S; s++) {
      let v = 0;
      v += x0 * pnl[o0 + s];
      v += x1 * pnl[o1 + s];
      v += x2 * pnl[o2 + s];
      acc[s] = v;
    }
  } else {
    const o1 = ins[from + 1] * S, x1 = xs[from + 1];
    const o2 = ins[from + 2] * S, x2 = xs[from + 2];
    const o3 = ins[from + 3] * S, x3 = xs[from + 3];
    if (only) {
      for (let s = 0; s < S; s++) {
        let v = 0;
        v += x0 * pnl[o0 + s];
        v += x1 * pnl[o1 + s];
        v += x2 * pnl[o2 + s];
        v += x3 * pnl[o3 + s];
        if (s === 0 || -v > worst) worst = -v;
      }
      return worst;
    }
    for (let s = 0; s < S; s++) {
      let v = 0;
      v += x0 * pnl[o0 + s];
      v += x1 * pnl[o1 + s];
      v += x2 * pnl[o2 + s];
      v += x3 * pnl[o3 + s];
      acc[s] = v;
    }
  }
  // then four legs per pass; the last one takes the worst
  const end = from + m;
  let i = from + r;
  for (; i + 4 < end; i += 4) {
    const o0 = ins[i] * S, x0 = xs[i];
    const o1 = ins[i + 1] * S, x1 = xs[i + 1];
    const o2 = ins[i + 2] * S, x2 = xs[i + 2];
    const o3 = ins[i + 3] * S, x3 = xs[i + 3];
    for (let s = 0; s < S; s++) {
      let v = acc[s];
      v += x0 * pnl[o0 + s];
      v += x1 * pnl[o1 + s];
      v += x2 * pnl[o2 + s];
      v += x3 * pnl[o3 + s];
      acc[s] = v;
    }
  }
  const o0l = ins[i] * S, x0l = xs[i];
  const o1 = ins[i + 1] * S, x1 = xs[i + 1];
  const o2 = ins[i + 2] * S, x2 = xs[i + 2];
  const o3 = ins[i + 3] * S, x3 = xs[i + 3];
  for (let s = 0; s < S; s++) {
    let v = acc[s];
    v += x0l * pnl[o0l + s];
    v += x1 * pnl[o1 + s];
    v += x2 * pnl[o2 + s];
    v += x3 * pnl[o3 + s];
    if (s === 0 || -v > worst) worst = -v;
  }
  return worst;
}
