import type { AnteContext, AnteDecorator, AnteHandler, AnteNext } from './context';

/**
 * Links the decorators once, at startup, into one handler: no allocation per tx. Each run of
 * consecutive per-signer decorators becomes one loop over the signers.
 */
export function composeAnte(decorators: readonly AnteDecorator[]): AnteHandler {
  const seen = new Set<string>();
  for (const d of decorators) {
    if (!d.name) throw new Error('an ante decorator needs a name');
    if (seen.has(d.name)) throw new Error(`ante decorator ${d.name} appears twice`);
    seen.add(d.name);
  }
  const steps: AnteDecorator[] = [];
  for (let i = 0; i < decorators.length; ) {
    if (!decorators[i].perSigner) {
      steps.push(decorators[i++]);
      continue;
    }
    const run: AnteDecorator[] = [];
    while (i < decorators.length && decorators[i].perSigner) run.push(decorators[i++]);
    steps.push(signerLoop(run));
  }
  const head = link(steps, endOfChain);
  return (a) => {
    head(a);
    if (!a.ended) throw stopped(a);
  };
}

function endOfChain(a: AnteContext): void {
  a.ended = true;
}

function endOfSigner(a: AnteContext): void {
  a.signerEnded = true;
}

function link(decorators: readonly AnteDecorator[], end: AnteNext): AnteNext {
  let next = end;
  for (let i = decorators.length - 1; i >= 0; i--) {
    const d = decorators[i];
    const rest = next;
    next = (a) => {
      a.at = d.name;
      d.handle(a, rest);
    };
  }
  return next;
}

/** Runs the per-signer decorators for each signer in turn, then the rest of the chain. */
function signerLoop(decorators: readonly AnteDecorator[]): AnteDecorator {
  const head = link(decorators, endOfSigner);
  return {
    name: decorators.map((d) => d.name).join('+'),
    handle(a, next) {
      const n = a.tx.signers.length;
      for (let i = 0; i < n; i++) {
        a.signer = i;
        a.pubKey = undefined;
        a.signerEnded = false;
        head(a);
        if (!a.signerEnded) throw stopped(a);
      }
      a.signer = -1;
      a.pubKey = undefined;
      next(a);
    },
  };
}

function stopped(a: AnteContext): Error {
  return new Error(`ante decorator ${a.at} returned without calling next or throwing`);
}

/** A copy of `decorators` with `inserted` just before the one named `name`. */
export function insertAnteBefore(decorators: readonly AnteDecorator[], name: string, ...inserted: AnteDecorator[]): AnteDecorator[] {
  const i = indexOf(decorators, name);
  return [...decorators.slice(0, i), ...inserted, ...decorators.slice(i)];
}

/** A copy of `decorators` with `inserted` just after the one named `name`. */
export function insertAnteAfter(decorators: readonly AnteDecorator[], name: string, ...inserted: AnteDecorator[]): AnteDecorator[] {
  const i = indexOf(decorators, name) + 1;
  return [...decorators.slice(0, i), ...inserted, ...decorators.slice(i)];
}

/**
 * A copy of `decorators` with the one named `name` replaced, by a decorator or by what a function
 * makes of the one it replaces (to wrap it: e.g. skip it for some txs and delegate for the others).
 */
export function replaceAnte(
  decorators: readonly AnteDecorator[],
  name: string,
  replacement: AnteDecorator | ((replaced: AnteDecorator) => AnteDecorator),
): AnteDecorator[] {
  const i = indexOf(decorators, name);
  const out = decorators.slice();
  out[i] = typeof replacement === 'function' ? replacement(decorators[i]) : replacement;
  return out;
}

function indexOf(decorators: readonly AnteDecorator[], name: string): number {
  const i = decorators.findIndex((d) => d.name === name);
  if (i < 0) throw new Error(`no ante decorator named ${name}; the chain is ${decorators.map((d) => d.name).join(', ')}`);
  return i;
}
