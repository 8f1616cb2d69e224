import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { MultiStore } from '../../../chain/store';
import { Rng } from '../../helpers/rng';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { CRASH_STORES, writeBlock } from './fixtures/crash-workload';

const CHILD = path.join(__dirname, 'fixtures', 'crash-child.ts');
const ROOT = path.join(__dirname, '..', '..', '..');

/** Runs the committing child until it has committed at least once more, then SIGKILLs it after a random delay. */
function runAndKill(dir: string, delayMs: number): Promise<{ opened: [number, string]; commits: Map<number, string> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', CHILD, dir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const commits = new Map<number, string>();
    let opened: [number, string] | undefined;
    let buf = '';
    let stderr = '';
    let killTimer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const [kind, v, h] = buf.slice(0, nl).split(' ');
        buf = buf.slice(nl + 1);
        if (kind === 'open') {
          opened = [Number(v), h];
          killTimer = setTimeout(() => child.kill('SIGKILL'), delayMs);
        } else commits.set(Number(v), h);
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code, signal) => {
      if (killTimer) clearTimeout(killTimer);
      if (signal !== 'SIGKILL') return reject(new Error(`child exited ${code}: ${stderr}`));
      resolve({ opened: opened ?? [-1, ''], commits });
    });
  });
}

test('SIGKILL at random moments always leaves a complete committed version', async () => {
  const dir = makeTmpDir('crash');
  const rng = new Rng(2024);
  const seen = new Map<number, string>();
  let lastAcknowledged = 0;
  for (let round = 0; round < 8; round++) {
    const { opened, commits } = await runAndKill(dir, 150 + rng.int(400));
    const [openedVersion, openedHash] = opened;
    // nothing acknowledged is lost; at most one unacknowledged commit landed
    expect(openedVersion).toBeGreaterThanOrEqual(lastAcknowledged);
    if (seen.has(openedVersion)) expect(openedHash).toBe(seen.get(openedVersion));
    for (const [v, h] of commits) {
      if (seen.has(v)) expect(h).toBe(seen.get(v));
      seen.set(v, h);
      lastAcknowledged = Math.max(lastAcknowledged, v);
    }
    if (openedVersion > 0) seen.set(openedVersion, openedHash);
  }
  const ms = await MultiStore.open({ path: dir, stores: CRASH_STORES });
  expect(ms.version).toBeGreaterThanOrEqual(lastAcknowledged);
  const finalVersion = ms.version;
  const finalHash = ms.lastCommitInfo.hash.toString('hex');
  await ms.close();

  // a run never interrupted reaches the same hash at every version seen
  const refDir = makeTmpDir('crash-ref');
  const ref = await MultiStore.open({ path: refDir, stores: CRASH_STORES, sync: false });
  for (let v = 1; v <= finalVersion; v++) {
    writeBlock(ref, v);
    const r = await ref.commit();
    if (seen.has(v)) expect(r.hash.toString('hex')).toBe(seen.get(v));
  }
  expect(ref.lastCommitInfo.hash.toString('hex')).toBe(finalHash);
  expect(seen.size).toBeGreaterThan(8);
  await ref.close();
  removeDir(refDir);
  removeDir(dir);
}, 120_000);
