// The generated TypeScript under proto/gen is committed; this fails when it is stale (someone changed
// a .proto without running scripts/codegen.sh). Offline: buf and ts-proto come from node_modules.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeTmpDir, removeDir } from '../helpers/tmpdir';

const ROOT = path.resolve(__dirname, '../..');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)).map((f) => path.join(e.name, f)) : [e.name])).sort();
}

test('proto/gen is what scripts/codegen.sh generates from proto/', () => {
  const tmp = makeTmpDir('codegen');
  try {
    const out = path.join(tmp, 'gen');
    const r = spawnSync('bash', ['scripts/codegen.sh', out], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr + r.stdout).toBe('');
    expect(r.status).toBe(0);
    const committed = path.join(ROOT, 'proto/gen');
    expect(files(out)).toEqual(files(committed));
    for (const f of files(out)) {
      expect([f, fs.readFileSync(path.join(out, f), 'utf8') === fs.readFileSync(path.join(committed, f), 'utf8')]).toEqual([f, true]);
    }
  } finally {
    removeDir(tmp);
  }
}, 60_000);
