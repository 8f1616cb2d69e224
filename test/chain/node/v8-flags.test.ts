import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SETTLED_V8_FLAGS } from '../../../chain/node/v8-flags';

const ROOT = path.resolve(__dirname, '../../..');

describe('settled V8 flags', () => {
  it('scripts/settled.sh and scripts/ibcnet.sh start node with exactly SETTLED_V8_FLAGS', () => {
    for (const script of ['scripts/settled.sh', 'scripts/ibcnet.sh']) {
      const text = fs.readFileSync(path.join(ROOT, script), 'utf8');
      const launch = text.split('\n').find((l) => !l.trimStart().startsWith('#') && l.includes('dist/chain/node/main.js'));
      expect(launch).toBeDefined();
      const flags = launch!.slice(launch!.indexOf('node ') + 5, launch!.indexOf('dist/chain/node/main.js')).trim().split(/\s+/).filter(Boolean);
      expect({ script, flags }).toEqual({ script, flags: [...SETTLED_V8_FLAGS] });
    }
  });

  it('each flag is one V8 accepts', () => {
    const out = execFileSync(process.execPath, [...SETTLED_V8_FLAGS, '-e', 'process.stdout.write("ok")']).toString();
    expect(out).toBe('ok');
  });
});
