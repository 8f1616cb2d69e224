// settle's deterministic math: fixed-point decimals, exact transcendental functions, option pricing.
// Pure TypeScript with no Node-only API and no import outside chain/math, so client/ can bundle it.
export { MathError } from './errors';
export type { MathErrorCode } from './errors';
export type { Rounding } from './rounding';
export { Dec, dec, DECIMALS, SCALE, MAX_RAW } from './decimal';
export { exp, ln, pow } from './exp-ln';
export { sqrt } from './sqrt';
export { normPdf, normCdf } from './normal';
export { decToF64, f64ToDec, mulDecF64 } from './f64/convert';
export { expF64, lnF64, log1pF64 } from './f64/exp-ln';
export { normPdfF64, normCdfF64 } from './f64/normal';
export type { OptionKind, Greeks } from './black-common';
export { PRICING_LIMITS } from './black-common';
export { black76, black76Price } from './black76';
export type { Black76Input } from './black76';
export { blackScholes, blackScholesPrice } from './black-scholes';
export type { BlackScholesInput } from './black-scholes';
export { impliedVolBlack76, impliedVolBlackScholes, MAX_IMPLIED_VOL, MAX_IV_ITERATIONS } from './implied-vol';
export type { ImpliedVolBlack76Input, ImpliedVolBlackScholesInput } from './implied-vol';
export { validateSvi, sviTotalVariance, sviVol, logMoneyness, volFromTotalVariance } from './svi';
export type { SviParams, SviSlice } from './svi';
export { SviSurface, checkCalendar } from './svi-surface';
