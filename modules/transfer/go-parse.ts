/**
 * Two Go library behaviours ICS-20 validation depends on, reproduced exactly so that settle accepts
 * and refuses the same packets as ibc-go.
 */

/** Go's unicode.IsSpace set (strings.TrimSpace): not JavaScript's \s (which has U+FEFF but not U+0085). */
const GO_SPACE = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]);

/** strings.TrimSpace(s) == "" */
export function isGoBlank(s: string): boolean {
  for (const ch of s) if (!GO_SPACE.has(ch.codePointAt(0)!)) return false;
  return true;
}

/**
 * big.Int.SetString(s, 0), which cosmossdk.io/math's NewIntFromString (ibc-go's amount parser) uses:
 * an optional sign; base prefixes 0b/0B, 0o/0O, 0x/0X, or a leading 0 for octal; `_` between digits
 * or after a prefix; nothing else. Returns undefined where Go returns ok = false.
 */
export function parseGoBigInt(s: string): bigint | undefined {
  let i = 0;
  let negative = false;
  if (s[0] === '+' || s[0] === '-') {
    negative = s[0] === '-';
    i = 1;
  }
  if (i >= s.length) return undefined;
  let base = 10;
  let prev = '.';
  let count = 0;
  let octalPrefix = false;
  if (s[i] === '0') {
    prev = '0';
    count = 1;
    i++;
    if (i < s.length) {
      const p = s[i];
      if (p === 'b' || p === 'B') base = 2;
      else if (p === 'o' || p === 'O') base = 8;
      else if (p === 'x' || p === 'X') base = 16;
      else {
        base = 8;
        octalPrefix = true;
      }
      count = 0;
      if (!octalPrefix) i++;
    }
  }
  let value = 0n;
  let badSeparator = false;
  for (; i < s.length; i++) {
    const ch = s[i];
    if (ch === '_') {
      if (prev !== '0') badSeparator = true;
      prev = '_';
      continue;
    }
    const d = digitValue(ch);
    if (d >= base) return undefined; // Go stops the number here, and the rest is not consumed
    prev = '0';
    count++;
    value = value * BigInt(base) + BigInt(d);
  }
  if (badSeparator || prev === '_') return undefined;
  if (count === 0 && !octalPrefix) return undefined;
  return negative ? -value : value;
}

function digitValue(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41 + 10;
  return 99;
}
