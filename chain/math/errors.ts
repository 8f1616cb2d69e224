/** What went wrong in a math call; modules map these to their registered errors. */
export type MathErrorCode =
  | 'overflow' // a result or input beyond the Dec bound (|raw| <= MAX_RAW)
  | 'division-by-zero'
  | 'parse' // a string that is not a canonical decimal
  | 'domain' // an argument outside the documented domain of a function
  | 'invalid-svi' // SVI parameters failing a no-arbitrage check
  | 'no-solution'; // no volatility reproduces the given price

export class MathError extends Error {
  constructor(
    readonly code: MathErrorCode,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'MathError';
  }
}
