// Fails when state-machine code (chain/, modules/) uses anything whose result can differ between validators:
// floating-point transcendental functions, randomness, the wall clock, locale formatting, parseFloat, `**` on
// numbers. Comments and string literals are ignored. See docs/math.md for the rules.
import * as fs from 'node:fs';
import * as path from 'node:path';

interface Rule {
  name: string;
  group: 'float' | 'random' | 'clock' | 'locale' | 'parse';
  pattern: RegExp;
}

const RULES: Rule[] = [
  { name: 'Math transcendental', group: 'float', pattern: /\bMath\.(exp|expm1|log|log1p|log2|log10|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|asinh|acosh|atanh|cbrt|hypot|fround)\b/ },
  { name: '** on numbers (the exponent must be a bigint literal or BigInt(...))', group: 'float', pattern: /\*\*(?!\s*(\d+n\b|BigInt\())/ },
  { name: 'Math.random', group: 'random', pattern: /\bMath\.random\b/ },
  { name: 'crypto randomness', group: 'random', pattern: /\b(randomBytes|randomUUID|getRandomValues|randomInt)\b/ },
  { name: 'Date.now', group: 'clock', pattern: /\bDate\.now\b/ },
  { name: 'new Date(', group: 'clock', pattern: /\bnew\s+Date\b/ },
  { name: 'Date()', group: 'clock', pattern: /(?<![\w.$])(?<!new\s+)Date\s*\(/ },
  { name: 'performance.now', group: 'clock', pattern: /\bperformance\.now\b/ },
  { name: 'process.hrtime', group: 'clock', pattern: /\bprocess\.hrtime\b/ },
  { name: 'locale-dependent formatting', group: 'locale', pattern: /\btoLocale\w*\s*\(|\bIntl\./ },
  { name: 'parseFloat', group: 'parse', pattern: /\bparseFloat\b/ },
];

/** Files that may use the clock because it never reaches state: a deliberate, short list. */
const ALLOW: { path: string; groups: Rule['group'][]; why: string }[] = [
  { path: 'chain/abci/', groups: ['clock'], why: 'socket server: connection timing for logs and for handing the event loop back (never state)' },
  { path: 'chain/node/', groups: ['clock'], why: 'composition root (the settled command): start-up, metrics and log timestamps' },
];

const ROOT = path.resolve(__dirname, '..');
const SCANNED = ['chain', 'modules'];

/** The source with comments removed and string/template/regex literal contents blanked (line numbers kept). */
function codeOnly(src: string): string {
  let out = '';
  let i = 0;
  let lastSignificant = '';
  const templateDepth: number[] = []; // brace depth at each open `${`
  let braces = 0;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  while (i < src.length) {
    const c = src[i];
    const next = src[i + 1];
    if (c === '/' && next === '/') {
      const end = src.indexOf('\n', i);
      const stop = end < 0 ? src.length : end;
      out += blank(src.slice(i, stop));
      i = stop;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      out += blank(src.slice(i, stop));
      i = stop;
      continue;
    }
    if (c === '"' || c === "'" || (c === '/' && /^$|[(,=:[!&|?{};+\-*%<>~^]$/.test(lastSignificant))) {
      // string, or a regex literal where an expression starts
      let j = i + 1;
      let inClass = false;
      while (j < src.length && src[j] !== '\n') {
        if (src[j] === '\\') j += 2;
        else if (c === '/' && src[j] === '[') (inClass = true), j++;
        else if (c === '/' && src[j] === ']') (inClass = false), j++;
        else if (src[j] === c && !inClass) break;
        else j++;
      }
      out += c + blank(src.slice(i + 1, j)) + (src[j] === c ? c : '');
      i = src[j] === c ? j + 1 : j;
      lastSignificant = 'x';
      continue;
    }
    if (c === '`' || (c === '}' && templateDepth.length > 0 && templateDepth[templateDepth.length - 1] === braces)) {
      // template text up to the closing backtick or the next `${`
      if (c === '}') templateDepth.pop();
      let j = i + 1;
      while (j < src.length && src[j] !== '`' && !(src[j] === '$' && src[j + 1] === '{')) j += src[j] === '\\' ? 2 : 1;
      out += c + blank(src.slice(i + 1, j));
      if (src[j] === '$') {
        out += '${';
        templateDepth.push(braces);
        i = j + 2;
      } else {
        out += src[j] === '`' ? '`' : '';
        i = j + 1;
      }
      lastSignificant = 'x';
      continue;
    }
    if (c === '{') braces++;
    if (c === '}') braces--;
    if (!/\s/.test(c)) lastSignificant = /[\w$)\]]/.test(c) ? 'x' : c;
    out += c;
    i++;
  }
  return out;
}

function violations(relPath: string, src: string): string[] {
  const allowed = new Set(ALLOW.filter((a) => relPath.startsWith(a.path)).flatMap((a) => a.groups));
  const found: string[] = [];
  codeOnly(src)
    .split('\n')
    .forEach((line, n) => {
      for (const rule of RULES) {
        if (!allowed.has(rule.group) && rule.pattern.test(line)) found.push(`${relPath}:${n + 1}: ${rule.name}: ${src.split('\n')[n].trim()}`);
      }
    });
  return found;
}

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(p);
    return /\.(ts|js|mjs|cjs)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

describe('determinism rules for chain/ and modules/', () => {
  test('no state-machine source uses floating-point transcendentals, randomness, the clock, locales or parseFloat', () => {
    const files = SCANNED.flatMap((d) => sourceFiles(path.join(ROOT, d)));
    expect(files.length).toBeGreaterThan(0);
    const found = files.flatMap((f) => violations(path.relative(ROOT, f).split(path.sep).join('/'), fs.readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  test('the scanner catches each rule and ignores comments, strings and bigint powers', () => {
    const bad = [
      'const y = Math.exp(x);',
      'const y = Math.log(x) + 1;',
      'const p = Math.pow(2, 3);',
      'const s = Math.sin(a);',
      'const r = Math.random();',
      'const t = Date.now();',
      'const d = new Date();',
      'const d = new Date(ms);',
      'const s = Date();',
      'const t = performance.now();',
      'const t = process.hrtime.bigint();',
      'const v = parseFloat(s);',
      'const v = Number.parseFloat(s);',
      'const v = x ** 2;',
      'x **= 3;',
      'const v = 2n ** e;',
      'const s = n.toLocaleString();',
      'const b = crypto.randomBytes(8);',
      'const s = `${Math.cbrt(x)}`;',
      'const f = Math.fround(x);',
    ];
    for (const line of bad) expect([line, violations('chain/x.ts', line).length]).toEqual([line, 1]);
    const fine = [
      '// Math.exp(x) in a comment',
      '/* Date.now() */ const a = 1;',
      "const s = 'Math.random() in a string';",
      'const s = `Date.now() in a template`;',
      'const scale = 10n ** 18n;',
      'const unit = 10n ** BigInt(digits);',
      'const m = Math.floor(x) + Math.sqrt(y) + Math.abs(z) + Math.trunc(w) + Math.round(v);',
      'const re = /Math.exp\\(/; const n = a / b / c;',
      'const updated = dateNow(); const x = myparseFloat;',
      '/** doc ** with stars */',
    ];
    for (const line of fine) expect([line, violations('chain/x.ts', line)]).toEqual([line, []]);
  });

  test('the allow-list is narrow: only clock use, only in the listed folders', () => {
    expect(ALLOW.length).toBeLessThanOrEqual(4);
    expect(ALLOW.every((a) => a.groups.every((g) => g === 'clock'))).toBe(true);
    expect(violations('chain/abci/server.ts', 'const t = Date.now();')).toEqual([]);
    expect(violations('chain/abci/server.ts', 'const y = Math.exp(x);')).toHaveLength(1);
    expect(violations('modules/bank/keeper.ts', 'const t = Date.now();')).toHaveLength(1);
  });
});
