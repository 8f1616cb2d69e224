// The dependency rules of DESIGN.md ("Dependency rules"), as data, and a pure checker for them.
//
// collectImports(root) reads every .ts file under the source roots with the TypeScript parser (so
// comments and strings never count) and resolves each relative specifier to a repo-relative file;
// checkRules(graph) applies RULES to that graph. A new rule is one more entry in RULES.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

/** How a file refers to another: `import`, `import type`, `export ... from`, `import()`, `require()`,
 *  `import x = require()`, or a type-position `import('x').T`. */
export type ImportKind = 'import' | 'import-type' | 'export' | 'dynamic-import' | 'require' | 'import-equals' | 'import-type-node';

export interface ImportEdge {
  /** Repo-relative path of the importing file, with `/` separators: `chain/app/app.ts`. */
  from: string;
  /** The specifier as written: `../../modules/oracle/keeper`. */
  specifier: string;
  /** Repo-relative path of the imported file (`modules/oracle/keeper.ts`); for a package, the
   *  specifier itself (`@cosmjs/amino`, `node:fs`). */
  to: string;
  /** True for a package (any non-relative specifier): npm packages and Node built-ins. */
  external: boolean;
  /** False for a relative specifier that names no existing file; `to` is then the normalised path
   *  without an extension added. */
  resolved: boolean;
  kind: ImportKind;
  /** 1-based line of the specifier. */
  line: number;
}

export interface ImportGraph {
  /** Every source file read, repo-relative, sorted. */
  files: string[];
  edges: ImportEdge[];
}

/** The folders whose files the rules talk about. */
export const SOURCE_ROOTS = ['chain', 'modules', 'client', 'proto/gen'];
const SKIP_DIRS = new Set(['node_modules', 'dist']);

// ---------------------------------------------------------------------------------------------
// Rules

/**
 * One dependency rule. Patterns are repo-relative path globs: `*` is any run of characters within
 * one path segment, `**` any number of whole segments (so `chain/**` is every file under chain/),
 * and `{name}` one segment captured from the importing file's path and substituted into the
 * target patterns (`modules/{m}/**` binds m to the importer's module).
 *
 * A file the rule applies to (it matches `files` and no `exceptFiles`) breaks the rule with an
 * import of a settle file (never a package) that
 *   - matches a `mayNotImport` pattern and no `unless` pattern, or
 *   - when `mayImportOnly` is given, matches none of `mayImportOnly`.
 * Packages (npm and `node:` built-ins) are never restricted by these rules.
 */
export interface Rule {
  /** Short id, used in test names and to group violations. */
  name: string;
  /** The rule as one sentence; it ends every violation message. */
  says: string;
  /** Why the rule exists. */
  why: string;
  files: string[];
  exceptFiles?: string[];
  mayNotImport?: string[];
  unless?: string[];
  mayImportOnly?: string[];
}

export const RULES: Rule[] = [
  {
    name: '1 chain-not-modules',
    says: 'chain/ never imports modules/ (only the composition root chain/node may)',
    why: 'modules depend on chain/, never the reverse; chain/ knows modules only through interfaces it declares, and chain/node lists the modules that make up settle',
    files: ['chain/**'],
    exceptFiles: ['chain/node/**'],
    mayNotImport: ['modules/**'],
  },
  {
    name: '2 module-not-module',
    says: 'a module never imports another module (modules/<a> imports nothing of modules/<b>)',
    why: 'a module reaches another only through the narrow interface it declares for it; chain/node wires them together',
    files: ['modules/{m}/**'],
    mayNotImport: ['modules/**'],
    unless: ['modules/{m}/**'],
  },
  {
    name: '3 modules-through-sdk',
    says: 'modules reach chain/ only through the facade chain/sdk (its index.ts) and chain/math',
    why: "the facade is the module author's whole view of the chain, so chain/ internals can change without touching modules",
    files: ['modules/**'],
    mayNotImport: ['chain/**'],
    unless: ['chain/sdk/index.ts', 'chain/math/**'],
  },
  {
    name: '4 client-bundleable',
    says: 'client/ imports only client/, proto/gen/, chain/math/ and npm packages',
    why: 'client/ is bundled for browsers and wallets: no chain/app, chain/abci, chain/store, chain/tx, chain/node, chain/sdk or module code',
    files: ['client/**'],
    mayImportOnly: ['client/**', 'proto/gen/**', 'chain/math/**'],
  },
  {
    name: '5a math-self-contained',
    says: 'chain/math imports only chain/math (and npm packages)',
    why: 'chain/math is the bottom of the tree and is bundled for client/',
    files: ['chain/math/**'],
    mayImportOnly: ['chain/math/**'],
  },
  {
    name: '5b store-bottom',
    says: 'chain/store imports only chain/store, chain/encoding (and npm packages)',
    why: 'the store sits at the bottom of the state machine, below everything that uses it',
    files: ['chain/store/**'],
    mayImportOnly: ['chain/store/**', 'chain/encoding/**'],
  },
  {
    name: '6a abci-transport-only',
    says: 'chain/abci (the ABCI socket transport) imports nothing of chain/app, chain/tx, chain/sdk',
    why: 'the transport frames and dispatches requests to an application interface; it does not know the app, the tx pipeline or the module facade (chain/node: see 6c)',
    files: ['chain/abci/**'],
    mayNotImport: ['chain/app/**', 'chain/tx/**', 'chain/sdk/**'],
  },
  {
    name: '6b app-below-tx',
    says: 'chain/app never imports chain/tx',
    why: 'the app runs the tx pipeline through an interface; chain/tx is above it (chain/node: see 6c)',
    files: ['chain/app/**'],
    mayNotImport: ['chain/tx/**'],
  },
  {
    name: '6c node-is-the-root',
    says: 'nothing in chain/ except chain/node imports chain/node',
    why: 'chain/node is the composition root (the settled command); nothing depends on it, so chain/tx, chain/sdk, chain/app and chain/abci stay usable without it',
    files: ['chain/**'],
    exceptFiles: ['chain/node/**'],
    mayNotImport: ['chain/node/**'],
  },
  {
    name: '7 proto-gen-leaf',
    says: 'proto/gen imports nothing of chain/, modules/ or client/',
    why: 'generated code is regenerated by one script and depends only on the protobuf runtime',
    files: ['proto/gen/**'],
    mayNotImport: ['chain/**', 'modules/**', 'client/**'],
  },
];
// Rule 6 as briefed also says "chain/tx never imports chain/node" and "chain/sdk never imports
// chain/node" (and chain/abci, chain/app neither): all of these are 6c, kept as one entry so one
// import breaks one rule.

export interface Violation {
  rule: string;
  from: string;
  to: string;
  specifier: string;
  line: number;
  /** `chain/app/app.ts imports modules/oracle/keeper.ts: chain/ never imports modules/ (only ...)` */
  message: string;
}

/** Applies `rules` (default: RULES) to every settle-internal edge of the graph. Pure. */
export function checkRules(graph: ImportGraph, rules: Rule[] = RULES): Violation[] {
  const out: Violation[] = [];
  for (const rule of rules) {
    const files = rule.files.map(compile);
    const exceptFiles = (rule.exceptFiles ?? []).map(compile);
    for (const edge of graph.edges) {
      if (edge.external) continue;
      if (exceptFiles.some((p) => p.test(edge.from))) continue;
      let captures: Record<string, string> | undefined;
      for (const p of files) {
        const m = p.exec(edge.from);
        if (m) { captures = { ...(m.groups ?? {}) }; break; }
      }
      if (!captures) continue;
      const target = (ps: string[] | undefined) => ps?.map((p) => compile(substitute(p, captures!)));
      const matches = (ps: RegExp[] | undefined) => (ps ?? []).some((p) => p.test(edge.to));
      const only = target(rule.mayImportOnly);
      const broken =
        (matches(target(rule.mayNotImport)) && !matches(target(rule.unless))) ||
        (only !== undefined && !matches(only));
      if (broken) {
        out.push({ rule: rule.name, from: edge.from, to: edge.to, specifier: edge.specifier, line: edge.line, message: `${edge.from} imports ${edge.to}: ${rule.says}` });
      }
    }
  }
  return out;
}

function substitute(pattern: string, captures: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in captures)) throw new Error(`pattern ${pattern}: {${name}} is not captured by the rule's files`);
    return `\u0000${captures[name]}\u0000`;
  });
}

const compiled = new Map<string, RegExp>();

/** A path glob as a whole-string RegExp; `\0literal\0` is matched verbatim (substituted captures). */
function compile(glob: string): RegExp {
  let re = compiled.get(glob);
  if (re) return re;
  let src = '';
  for (let i = 0; i < glob.length; ) {
    const rest = glob.slice(i);
    let m: RegExpMatchArray | null;
    if (rest.startsWith('**/')) { src += '(?:[^/]+/)*'; i += 3; }
    else if (rest === '**') { src += '.*'; i += 2; }
    else if (rest[0] === '*') { src += '[^/]*'; i += 1; }
    else if ((m = /^\{(\w+)\}/.exec(rest))) { src += `(?<${m[1]}>[^/]+)`; i += m[0].length; }
    else if ((m = /^\u0000([^\u0000]*)\u0000/.exec(rest))) { src += escape(m[1]); i += m[0].length; }
    else { src += escape(rest[0]); i += 1; }
  }
  re = new RegExp(`^${src}$`);
  compiled.set(glob, re);
  return re;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------
// Collecting the graph

/** Reads every .ts file under `roots` (default SOURCE_ROOTS) of the repo at `root`, skipping
 *  node_modules and dist, and returns its imports. */
export function collectImports(root: string, roots: string[] = SOURCE_ROOTS): ImportGraph {
  const absRoot = path.resolve(root);
  const files: string[] = [];
  for (const r of roots) {
    const dir = path.join(absRoot, r);
    if (fs.existsSync(dir)) walk(dir, files);
  }
  const rel = files.map((f) => toRepoPath(absRoot, f)).sort();
  const edges: ImportEdge[] = [];
  for (const file of rel) {
    const text = fs.readFileSync(path.join(absRoot, file), 'utf8');
    for (const spec of importSpecifiers(file, text)) {
      const external = !spec.specifier.startsWith('.');
      let to = spec.specifier;
      let resolved = true;
      if (!external) {
        const target = resolveRelative(absRoot, path.join(absRoot, path.dirname(file)), spec.specifier);
        to = toRepoPath(absRoot, target.path);
        resolved = target.resolved;
      }
      edges.push({ from: file, specifier: spec.specifier, to, external, resolved, kind: spec.kind, line: spec.line });
    }
  }
  return { files: rel, edges };
}

function walk(dir: string, out: string[]): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(path.join(dir, e.name), out);
    } else if (e.isFile() && e.name.endsWith('.ts')) {
      out.push(path.join(dir, e.name));
    }
  }
}

function toRepoPath(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/');
}

/** `../x` → `x.ts`, `x.d.ts`, `x/index.ts` (or the file itself when it has its own extension, or
 *  `x.ts` for an ESM-style `x.js`). */
function resolveRelative(root: string, fromDir: string, specifier: string): { path: string; resolved: boolean } {
  const base = path.resolve(fromDir, specifier);
  const isFile = (p: string) => fs.existsSync(p) && fs.statSync(p).isFile();
  const candidates = [`${base}.ts`, `${base}.d.ts`, path.join(base, 'index.ts'), path.join(base, 'index.d.ts')];
  if (/\.js$/.test(base)) candidates.unshift(base.replace(/\.js$/, '.ts'));
  if (/\.(ts|json|js)$/.test(base)) candidates.unshift(base);
  for (const c of candidates) if (isFile(c)) return { path: c, resolved: true };
  return { path: base, resolved: false };
}

/** Every module specifier of a source text, found by parsing it (so comments and strings are
 *  ignored). Only string-literal specifiers count: `require(someVariable)` names no file. */
export function importSpecifiers(fileName: string, text: string): { specifier: string; kind: ImportKind; line: number }[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: { specifier: string; kind: ImportKind; line: number }[] = [];
  const add = (node: ts.Node | undefined, kind: ImportKind) => {
    if (node && ts.isStringLiteralLike(node)) out.push({ specifier: node.text, kind, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1 });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      add(node.moduleSpecifier, node.importClause?.isTypeOnly ? 'import-type' : 'import');
    } else if (ts.isExportDeclaration(node)) {
      add(node.moduleSpecifier, 'export');
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression, 'import-equals');
    } else if (ts.isCallExpression(node)) {
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0], 'dynamic-import');
      else if (ts.isIdentifier(node.expression) && node.expression.text === 'require' && node.arguments.length === 1) add(node.arguments[0], 'require');
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, 'import-type-node');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}
