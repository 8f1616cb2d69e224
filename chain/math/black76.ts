import { assemblePrice, checkKind, checkPositivePrice, checkRate, checkTimeVol, DiscountedPair, Greeks, OptionKind } from './black-common';
import { Dec } from './decimal';
import { decToF64, f64ToDec, mulDecF64 } from './f64/convert';
import { blackKernel, BlackKernelInput, blackTimeValue } from './f64/black';
import { expF64, log1pF64 } from './f64/exp-ln';

/** A European option on a forward F, discounted at rate r: Black (1976). */
export interface Black76Input {
  kind: OptionKind;
  forward: Dec;
  strike: Dec;
  /** Years to expiry. */
  time: Dec;
  vol: Dec;
  /** Continuously compounded discount rate. */
  rate: Dec;
}

export interface Black76Setup extends DiscountedPair {
  kernel: BlackKernelInput;
}

/** Checks the inputs and builds the kernel's doubles and the exact discounted pair. */
export function black76Setup(input: Omit<Black76Input, 'vol'> & { vol?: Dec }): Black76Setup {
  const { kind, forward, strike, time, vol, rate } = input;
  checkKind(kind);
  checkPositivePrice('forward', forward);
  checkPositivePrice('strike', strike);
  checkTimeVol(time, vol);
  checkRate('rate', rate);
  const t = decToF64(time);
  const r = decToF64(rate);
  const disc = r === 0 || t === 0 ? 1 : expF64(-r * t);
  const f = decToF64(forward);
  const k = decToF64(strike);
  // ln(F/K) = log1p((F-K)/K) with F-K exact: keeps its relative accuracy near the money
  const lnAB = log1pF64(decToF64(forward.sub(strike)) / k);
  const aDec = mulDecF64(forward, disc);
  const bDec = mulDecF64(strike, disc);
  return {
    kernel: { x: f, a: f * disc, b: k * disc, lnAB, t, sigma: vol ? decToF64(vol) : 0, r, q: r },
    aDec,
    bDec,
    otmIsPut: aDec.gte(bDec),
  };
}

/** Black-76 price only. */
export function black76Price(input: Black76Input): Dec {
  const s = black76Setup(input);
  const { a, b, lnAB, sigma, t } = s.kernel;
  return assemblePrice(input.kind, s, blackTimeValue(a, b, lnAB, sigma * Math.sqrt(t), s.otmIsPut));
}

/** Black-76 price and Greeks (delta and gamma against the forward; rho = −T·price, the forward held fixed). */
export function black76(input: Black76Input): Greeks {
  const s = black76Setup(input);
  const out = blackKernel(s.kernel, input.kind === 'call', s.otmIsPut);
  const price = assemblePrice(input.kind, s, out.timeValue);
  return {
    price,
    delta: f64ToDec(out.delta),
    gamma: f64ToDec(out.gamma),
    vega: f64ToDec(out.vega),
    theta: f64ToDec(out.theta),
    rho: price.mul(input.time, 'half-even').neg(),
  };
}
