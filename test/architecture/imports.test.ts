// The dependency rules of DESIGN.md ("Dependency rules"), checked on the real tree. The rules are
// data in ./import-rules.ts (RULES); a new rule is one entry there plus a break/obey pair here.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkRules, collectImports, ImportGraph, RULES, Rule, Violation } from './import-rules';

const REPO = path.resolve(__dirname, '../..');

/** A synthetic graph: importer → imported paths. A target ending in `.ts` is a settle file, any
 *  other is a package. */
function graph(imports: Record<string, string[]>): ImportGraph {
  const edges = Object.entries(imports).flatMap(([from, tos]) =>
    tos.map((to) => ({ from, to, specifier: to, external: !to.endsWith('.ts'), resolved: true, kind: 'import' as const, line: 1 })));
  return { files: Object.keys(imports), edges };
}

const says = (name: string): string => {
  const rule = RULES.find((r) => r.name === name);
  if (!rule) throw new Error(`no rule ${name}`);
  return rule.says;
};

/** The violations as `rule | message`, so a failure shows which rule fired. */
const found = (g: ImportGraph) => checkRules(g).map((v) => `${v.rule} | ${v.message}`);
const expected = (rule: string, pairs: [string, string][]) => pairs.map(([from, to]) => `${rule} | ${from} imports ${to}: ${says(rule)}`);

describe('checkRules on synthetic graphs (every rule broken once, obeyed once)', () => {
  test('messages read "<from> imports <to>: <rule>"', () => {
    const v: Violation[] = checkRules(graph({ 'chain/app/app.ts': ['modules/oracle/keeper.ts'] }));
    expect(v).toEqual([{
      rule: '1 chain-not-modules', from: 'chain/app/app.ts', to: 'modules/oracle/keeper.ts', specifier: 'modules/oracle/keeper.ts', line: 1,
      message: 'chain/app/app.ts imports modules/oracle/keeper.ts: chain/ never imports modules/ (only the composition root chain/node may)',
    }]);
  });

  test('1: chain/ never imports modules/, except the composition root chain/node', () => {
    expect(found(graph({
      'chain/app/app.ts': ['modules/oracle/keeper.ts'],
      'chain/address.ts': ['modules/auth/index.ts'],
    }))).toEqual(expected('1 chain-not-modules', [['chain/app/app.ts', 'modules/oracle/keeper.ts'], ['chain/address.ts', 'modules/auth/index.ts']]));
    expect(found(graph({
      'chain/node/settled.ts': ['modules/oracle/index.ts', 'modules/bank/index.ts'],
      'chain/node/feeder/feeder.ts': ['modules/oracle/types.ts'],
      'chain/app/app.ts': ['chain/store/index.ts', 'pino'],
    }))).toEqual([]);
  });

  test('2: a module never imports another module', () => {
    expect(found(graph({
      'modules/oracle/keeper.ts': ['modules/bank/keeper.ts'],
      'modules/bank/deep/x.ts': ['modules/bankx/index.ts'], // a name prefix is another module
    }))).toEqual(expected('2 module-not-module', [['modules/oracle/keeper.ts', 'modules/bank/keeper.ts'], ['modules/bank/deep/x.ts', 'modules/bankx/index.ts']]));
    expect(found(graph({
      'modules/oracle/keeper.ts': ['modules/oracle/types.ts', 'modules/oracle/sub/params.ts'],
      'modules/oracle/sub/params.ts': ['modules/oracle/index.ts'],
    }))).toEqual([]);
  });

  test('3: modules reach chain/ only through chain/sdk/index.ts and chain/math', () => {
    expect(found(graph({
      'modules/bank/keeper.ts': ['chain/store/index.ts', 'chain/sdk/context.ts', 'chain/coins.ts'],
      'modules/oracle/module.ts': ['chain/app/module.ts'],
    }))).toEqual(expected('3 modules-through-sdk', [
      ['modules/bank/keeper.ts', 'chain/store/index.ts'], ['modules/bank/keeper.ts', 'chain/sdk/context.ts'], ['modules/bank/keeper.ts', 'chain/coins.ts'],
      ['modules/oracle/module.ts', 'chain/app/module.ts'],
    ]));
    expect(found(graph({
      'modules/bank/keeper.ts': ['chain/sdk/index.ts', 'chain/math/index.ts', 'chain/math/f64/log.ts', 'proto/gen/settle/bank/v1/tx.ts', '@bufbuild/protobuf'],
    }))).toEqual([]);
  });

  test('4: client/ imports only client/, proto/gen/, chain/math/ and packages', () => {
    expect(found(graph({
      'client/oracle.ts': ['chain/app/app.ts', 'chain/sdk/index.ts', 'chain/store/index.ts', 'modules/oracle/keeper.ts'],
      'client/proofs.ts': ['chain/proto-int64.ts', 'scripts/codegen.ts'],
    }))).toEqual(expected('4 client-bundleable', [
      ['client/oracle.ts', 'chain/app/app.ts'], ['client/oracle.ts', 'chain/sdk/index.ts'], ['client/oracle.ts', 'chain/store/index.ts'], ['client/oracle.ts', 'modules/oracle/keeper.ts'],
      ['client/proofs.ts', 'chain/proto-int64.ts'], ['client/proofs.ts', 'scripts/codegen.ts'],
    ]));
    expect(found(graph({
      'client/oracle.ts': ['client/proofs.ts', 'proto/gen/settle/oracle/v1/tx.ts', 'chain/math/index.ts', 'chain/math/f64/exp.ts', '@cosmjs/stargate', 'cosmjs-types/cosmos/tx/v1beta1/tx'],
    }))).toEqual([]);
  });

  test('5a: chain/math imports only chain/math', () => {
    expect(found(graph({ 'chain/math/dec.ts': ['chain/coins.ts', 'chain/store/index.ts'] })))
      .toEqual(expected('5a math-self-contained', [['chain/math/dec.ts', 'chain/coins.ts'], ['chain/math/dec.ts', 'chain/store/index.ts']]));
    expect(found(graph({ 'chain/math/f64/exp.ts': ['chain/math/index.ts', 'chain/math/dec.ts', 'some-bignum'] }))).toEqual([]);
  });

  test('5b: chain/store imports only chain/store and chain/encoding', () => {
    expect(found(graph({ 'chain/store/iavl/tree.ts': ['chain/app/app.ts', 'chain/math/index.ts', 'chain/proto-int64.ts'] })))
      .toEqual(expected('5b store-bottom', [['chain/store/iavl/tree.ts', 'chain/app/app.ts'], ['chain/store/iavl/tree.ts', 'chain/math/index.ts'], ['chain/store/iavl/tree.ts', 'chain/proto-int64.ts']]));
    expect(found(graph({ 'chain/store/iavl/tree.ts': ['chain/store/index.ts', 'chain/store/iavl/node.ts', 'chain/encoding/varint.ts', 'classic-level'] }))).toEqual([]);
  });

  test('6a: chain/abci imports nothing of chain/app, chain/tx, chain/sdk (chain/node: 6c)', () => {
    expect(found(graph({ 'chain/abci/server.ts': ['chain/app/app.ts', 'chain/tx/decode.ts', 'chain/sdk/index.ts'] })))
      .toEqual(expected('6a abci-transport-only', [['chain/abci/server.ts', 'chain/app/app.ts'], ['chain/abci/server.ts', 'chain/tx/decode.ts'], ['chain/abci/server.ts', 'chain/sdk/index.ts']]));
    expect(found(graph({ 'chain/abci/server.ts': ['chain/abci/framing.ts', 'chain/store/index.ts', 'chain/math/index.ts', 'cosmjs-types/tendermint/abci/types'] }))).toEqual([]);
  });

  test('6b: chain/app never imports chain/tx (chain/node: 6c)', () => {
    expect(found(graph({ 'chain/app/app.ts': ['chain/tx/ante.ts'] }))).toEqual(expected('6b app-below-tx', [['chain/app/app.ts', 'chain/tx/ante.ts']]));
    expect(found(graph({ 'chain/app/app.ts': ['chain/store/index.ts', 'chain/sdk/index.ts', 'chain/abci/types.ts', 'chain/app/gas.ts'] }))).toEqual([]);
  });

  test('6c: nothing in chain/ but chain/node imports chain/node (so neither chain/abci, chain/app, chain/tx nor chain/sdk)', () => {
    const importers = ['chain/abci/server.ts', 'chain/app/app.ts', 'chain/tx/pipeline.ts', 'chain/sdk/index.ts', 'chain/address.ts'];
    expect(found(graph(Object.fromEntries(importers.map((f) => [f, ['chain/node/settled.ts']])))))
      .toEqual(expected('6c node-is-the-root', importers.map((f) => [f, 'chain/node/settled.ts'])));
    expect(found(graph({
      'chain/node/settled.ts': ['chain/app/app.ts', 'chain/tx/pipeline.ts', 'chain/abci/server.ts', 'chain/sdk/index.ts', 'chain/node/feeder/feeder.ts'],
      'chain/node/feeder/feeder.ts': ['chain/node/config.ts'],
    }))).toEqual([]);
  });

  test('7: proto/gen imports nothing of chain/, modules/ or client/', () => {
    expect(found(graph({ 'proto/gen/settle/oracle/v1/tx.ts': ['chain/proto-int64.ts', 'modules/oracle/types.ts', 'client/oracle.ts'] })))
      .toEqual(expected('7 proto-gen-leaf', [['proto/gen/settle/oracle/v1/tx.ts', 'chain/proto-int64.ts'], ['proto/gen/settle/oracle/v1/tx.ts', 'modules/oracle/types.ts'], ['proto/gen/settle/oracle/v1/tx.ts', 'client/oracle.ts']]));
    expect(found(graph({ 'proto/gen/settle/oracle/v1/tx.ts': ['proto/gen/settle/oracle/v1/types.ts', '@bufbuild/protobuf/codegenv2'] }))).toEqual([]);
  });

  test('one import can break several rules, each reported', () => {
    // chain/math reaching a module is both chain/ importing modules/ (1) and math leaving itself (5a).
    expect(found(graph({ 'chain/math/dec.ts': ['modules/bank/keeper.ts'] }))).toEqual([
      ...expected('1 chain-not-modules', [['chain/math/dec.ts', 'modules/bank/keeper.ts']]),
      ...expected('5a math-self-contained', [['chain/math/dec.ts', 'modules/bank/keeper.ts']]),
    ]);
  });

  test('a rule is data: a new one is one entry', () => {
    const rule: Rule = { name: 'x', says: 'modules/<m>/keeper.ts imports nothing of its own handlers', why: 'test', files: ['modules/{m}/keeper.ts'], mayNotImport: ['modules/{m}/handlers/**'] };
    const g = graph({ 'modules/bank/keeper.ts': ['modules/bank/handlers/send.ts', 'modules/bank/types.ts'], 'modules/oracle/keeper.ts': ['modules/oracle/types.ts'] });
    expect(checkRules(g, [rule]).map((v) => v.message)).toEqual([`modules/bank/keeper.ts imports modules/bank/handlers/send.ts: ${rule.says}`]);
    expect(() => checkRules(g, [{ ...rule, mayNotImport: ['modules/{n}/**'] }])).toThrow(/\{n\} is not captured/);
  });
});

describe('collectImports on real files', () => {
  let root: string;
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'settle-imports-'));
    write('chain/a/index.ts', 'export const a = 1;\nexport type A = number;\n');
    write('chain/c.ts', 'export const c = 2;\n');
    write('chain/b.ts', [
      "import type { A } from './a';",
      "export { a } from './a';",
      "export * from './c';",
      "// import { x } from '../modules/m/x';",
      "/* import '../client/y'; require('../client/y') */",
      "const s = \"import '../client/y'\";",
      "const t = `export * from '../client/z'`;",
      "export async function load() { return import('../modules/m/x'); }",
      "const r = require('../proto/gen/p');",
      "import fs = require('node:fs');",
      "import { z } from 'some-package/sub';",
      "type C = typeof import('./c');",
      "import './missing';",
      "const dynamic = require(s);",
      'export const all: [A, C, unknown, unknown, unknown, unknown] = [1, { c: 2 }, s, t, r, fs];',
      '',
    ].join('\n'));
    write('modules/m/x.ts', "import { c } from '../../chain/c';\nexport const x = c;\n");
    write('proto/gen/p.ts', 'export const p = 3;\n');
    write('client/y.ts', "export * from '../proto/gen/p.ts';\n");
    // Not read: node_modules and dist anywhere, files that are not .ts, folders outside the roots.
    write('chain/node_modules/pkg/index.ts', "import '../../../modules/m/x';\n");
    write('node_modules/pkg/index.ts', "import '../../modules/m/x';\n");
    write('chain/dist/b.ts', "import '../../modules/m/x';\n");
    write('client/bundle.js', "require('../modules/m/x');\n");
    write('scripts/s.ts', "import '../modules/m/x';\n");
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test('reads every .ts file under chain/, modules/, client/, proto/gen/ but node_modules and dist', () => {
    expect(collectImports(root).files).toEqual(['chain/a/index.ts', 'chain/b.ts', 'chain/c.ts', 'client/y.ts', 'modules/m/x.ts', 'proto/gen/p.ts']);
  });

  test('finds imports, type imports, re-exports, import(), require(), resolved; comments and strings do not count', () => {
    const g = collectImports(root);
    const of = (file: string) => g.edges.filter((e) => e.from === file).map(({ specifier, to, kind, external, resolved, line }) => ({ specifier, to, kind, external, resolved, line }));
    expect(of('chain/b.ts')).toEqual([
      { specifier: './a', to: 'chain/a/index.ts', kind: 'import-type', external: false, resolved: true, line: 1 },
      { specifier: './a', to: 'chain/a/index.ts', kind: 'export', external: false, resolved: true, line: 2 },
      { specifier: './c', to: 'chain/c.ts', kind: 'export', external: false, resolved: true, line: 3 },
      { specifier: '../modules/m/x', to: 'modules/m/x.ts', kind: 'dynamic-import', external: false, resolved: true, line: 8 },
      { specifier: '../proto/gen/p', to: 'proto/gen/p.ts', kind: 'require', external: false, resolved: true, line: 9 },
      { specifier: 'node:fs', to: 'node:fs', kind: 'import-equals', external: true, resolved: true, line: 10 },
      { specifier: 'some-package/sub', to: 'some-package/sub', kind: 'import', external: true, resolved: true, line: 11 },
      { specifier: './c', to: 'chain/c.ts', kind: 'import-type-node', external: false, resolved: true, line: 12 },
      { specifier: './missing', to: 'chain/missing', kind: 'import', external: false, resolved: false, line: 13 },
    ]);
    expect(of('modules/m/x.ts')).toEqual([{ specifier: '../../chain/c', to: 'chain/c.ts', kind: 'import', external: false, resolved: true, line: 1 }]);
    expect(of('client/y.ts')).toEqual([{ specifier: '../proto/gen/p.ts', to: 'proto/gen/p.ts', kind: 'export', external: false, resolved: true, line: 1 }]);
  });

  test('the collected graph feeds checkRules', () => {
    expect(checkRules(collectImports(root)).map((v) => v.message)).toEqual([
      `chain/b.ts imports modules/m/x.ts: ${says('1 chain-not-modules')}`,
      `modules/m/x.ts imports chain/c.ts: ${says('3 modules-through-sdk')}`,
    ]);
  });
});

describe('the tree', () => {
  const g = collectImports(REPO);

  test('every rule applies to some file (no rule is stale or misspelled)', () => {
    const probe = (rule: Rule) => checkRules({ files: g.files, edges: g.files.map((from) => ({ from, to: '\u0001', specifier: '', external: false, resolved: true, kind: 'import' as const, line: 0 })) }, [{ ...rule, mayNotImport: undefined, unless: undefined, mayImportOnly: [] }]);
    expect(RULES.filter((r) => probe(r).length === 0).map((r) => r.name)).toEqual([]);
  });

  test('every relative import names a file', () => {
    expect(g.edges.filter((e) => !e.external && !e.resolved).map((e) => `${e.from}:${e.line} ${e.specifier}`)).toEqual([]);
  });

  // Fails until the refactor to the DESIGN.md layering (chain/sdk facade for modules, ...) is done.
  test('obeys every dependency rule', () => {
    expect(checkRules(g).map((v) => `${v.rule} | ${v.from}:${v.line} imports ${v.to}`)).toEqual([]);
  });
});
