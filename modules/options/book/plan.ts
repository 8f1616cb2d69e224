// Taking liquidity in two steps, for the all-or-nothing orders (FOK, combos): `plan` walks the other side
// exactly as `match` would and records what it would do without changing anything (the maker check is asked
// here, once); `apply` then replays the recorded steps. Same walk, same outcome as match.ts.
import { cancelMaker, fillMaker, type MatchOut } from './match';
import type { OrderNode } from './level';
import type { BookSide } from './side';
import type { MakerCheck, PlanStep, PlanStepKind, TakeSpec } from './types';

export interface WalkResult {
  steps: PlanStep[];
  filled: number;
  notional: bigint;
  decremented: number;
  stoppedBySelf: boolean;
}

export function plan(opp: BookSide, taker: TakeSpec, check: MakerCheck | undefined): WalkResult {
  const steps: PlanStep[] = [];
  let remaining = taker.size;
  let notional = 0n;
  let decremented = 0;
  let stoppedBySelf = false;
  const levels = opp.levels;
  outer: for (let i = levels.length - 1; i >= 0 && remaining > 0; i--) {
    const price = levels[i].price;
    if (opp.isBid ? price < taker.limitPrice : price > taker.limitPrice) break;
    for (let node = levels[i].head; node !== null; node = node.next) {
      let kind: PlanStepKind;
      let size: number;
      if (node.owner === taker.owner) {
        if (taker.stp === 'cancel-taker') {
          stoppedBySelf = true;
          break outer;
        }
        kind = taker.stp === 'cancel-maker' ? 'self-trade' : 'decrement';
        size = kind === 'self-trade' || node.size < remaining ? node.size : remaining;
        if (kind === 'decrement') decremented += size;
      } else {
        const q = remaining < node.size ? remaining : node.size;
        if (check !== undefined && !check(node, q, price)) {
          kind = 'maker-check';
          size = node.size;
        } else {
          kind = 'fill';
          size = q;
          notional += BigInt(price) * BigInt(q);
        }
      }
      steps.push({ kind, makerId: node.id, makerOwner: node.owner, price, size });
      if (kind === 'fill' || kind === 'decrement') remaining -= size;
      if (remaining === 0) break outer;
    }
  }
  return { steps, filled: taker.size - remaining - decremented, notional, decremented, stoppedBySelf };
}

/** Replays a plan's steps on the book it was made on, unchanged since (the caller checks the version). */
export function apply(opp: BookSide, index: Map<string, OrderNode>, taker: TakeSpec, steps: readonly PlanStep[], out: MatchOut): void {
  for (const s of steps) {
    const node = index.get(s.makerId)!;
    if (s.kind === 'fill') {
      fillMaker(opp, index, node, s.size, taker.id, taker.owner, out);
    } else {
      cancelMaker(opp, index, node, s.size, s.kind === 'maker-check' ? 'maker-check' : 'self-trade', out);
    }
  }
}
