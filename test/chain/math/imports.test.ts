// chain/math must stay bundleable for client/ (browsers, wallets): it imports only itself, and nothing Node-only.
import * as fs from 'node:fs';
import * as path from 'node:path';

const MATH = path.resolve(__dirname, '../../../chain/math');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

test('chain/math imports only chain/math and uses no Node-only API', () => {
  const problems: string[] = [];
  for (const file of files(MATH)) {
    const src = fs.readFileSync(file, 'utf8');
    const rel = path.relative(MATH, file);
    for (const m of src.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)) {
      const spec = m[1];
      if (!spec.startsWith('.')) problems.push(`${rel}: imports package ${spec}`);
      else if (!path.resolve(path.dirname(file), spec).startsWith(MATH + path.sep)) problems.push(`${rel}: imports ${spec}, outside chain/math`);
    }
    for (const m of src.matchAll(/\b(process|Buffer|require|__dirname|__filename|global|setImmediate)\b(?=\s*[.(])/g)) problems.push(`${rel}: uses ${m[1]}`);
  }
  expect(problems).toEqual([]);
});
