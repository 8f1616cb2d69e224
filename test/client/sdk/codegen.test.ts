// The SDK's generated TypeScript under client/sdk/src/codegen is committed; this fails when it is stale
// (a .proto changed without `npm run codegen:sdk`). Offline: telescope comes from node_modules.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';

const ROOT = path.resolve(__dirname, '../../..');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)).map((f) => path.join(e.name, f)) : [e.name])).sort();
}

test('client/sdk/src/codegen is what scripts/codegen-sdk.ts generates from proto/', () => {
  const tmp = makeTmpDir('codegen-sdk');
  try {
    const out = path.join(tmp, 'codegen');
    // without jest's NODE_ENV=test, under which telescope stamps "telescope@latest" instead of its version
    const env = { ...process.env };
    delete env.NODE_ENV;
    const r = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'scripts/codegen-sdk.ts', out], { cwd: ROOT, encoding: 'utf8', env });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const committed = path.join(ROOT, 'client/sdk/src/codegen');
    expect(files(out)).toEqual(files(committed));
    for (const f of files(out)) {
      expect([f, fs.readFileSync(path.join(out, f), 'utf8') === fs.readFileSync(path.join(committed, f), 'utf8')]).toEqual([f, true]);
    }
  } finally {
    removeDir(tmp);
  }
}, 120_000);
