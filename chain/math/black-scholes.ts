import { assemblePrice, checkKind, checkPositivePrice, checkRate, checkTimeVol, DiscountedPair, Greeks, OptionKind } from './black-common';
import { Dec } from './decimal';
import { decToF64, f64ToDec, mulDecF64 } from './f64/convert';
import { blackKernel, BlackKernelInput, blackTimeValue } from './f64/black';
import { expF64, log1pF64 } from './f64/exp-ln';

/** A European option on a spot S with rate r and continuous yield q (dividends, borrow, foreign rate). */
export interface BlackScholesInput {
  kind: OptionKind;
  spot: Dec;
  strike: Dec;
  time: Dec;
  vol: Dec;
  rate: Dec;
  /** Default 0. */
  dividendYield?: Dec;
}

export interface BlackScholesSetup extends DiscountedPair {
  kernel: BlackKernelInput;
}

export function blackScholesSetup(input: Omit<BlackScholesInput, 'vol'> & { vol?: Dec }): BlackScholesSetup {
  const { kind, spot, strike, time, vol, rate } = input;
  const yieldQ = input.dividendYield ?? Dec.ZERO;
  checkKind(kind);
  checkPositivePrice('spot', spot);
  checkPositivePrice('strike', strike);
  checkTimeVol(time, vol);
  checkRate('rate', rate);
  checkRate('dividendYield', yieldQ);
  const t = decToF64(time);
  const r = decToF64(rate);
  const q = decToF64(yieldQ);
  const discR = r === 0 || t === 0 ? 1 : expF64(-r * t);
  const discQ = q === 0 || t === 0 ? 1 : expF64(-q * t);
  const x = decToF64(spot);
  const k = decToF64(strike);
  const lnAB = log1pF64(decToF64(spot.sub(strike)) / k) + (r - q) * t;
  const aDec = mulDecF64(spot, discQ);
  const bDec = mulDecF64(strike, discR);
  return {
    kernel: { x, a: x * discQ, b: k * discR, lnAB, t, sigma: vol ? decToF64(vol) : 0, r, q },
    aDec,
    bDec,
    otmIsPut: aDec.gte(bDec),
  };
}

/** Black-Scholes price only. */
export function blackScholesPrice(input: BlackScholesInput): Dec {
  const s = blackScholesSetup(input);
  const { a, b, lnAB, sigma, t } = s.kernel;
  return assemblePrice(input.kind, s, blackTimeValue(a, b, lnAB, sigma * Math.sqrt(t), s.otmIsPut));
}

/** Black-Scholes price and Greeks (delta and gamma against the spot; rho with the spot held fixed). */
export function blackScholes(input: BlackScholesInput): Greeks {
  const s = blackScholesSetup(input);
  const out = blackKernel(s.kernel, input.kind === 'call', s.otmIsPut);
  return {
    price: assemblePrice(input.kind, s, out.timeValue),
    delta: f64ToDec(out.delta),
    gamma: f64ToDec(out.gamma),
    vega: f64ToDec(out.vega),
    theta: f64ToDec(out.theta),
    rho: f64ToDec(out.rhoStrike),
  };
}
