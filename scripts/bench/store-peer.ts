// npm run bench:store-peer [-- --sizes 100000 --blocks 1000,10000]
//
// settle's store next to cosmos/iavl v1 (v1.2.8, the version scripts/iavl-vectors uses) on the same
// write pattern: `npm run bench:store`'s blocks (80% updates of random existing keys, 20% inserts,
// 20-byte keys, 64-byte values, a synced commit per block) against scripts/bench/iavl-peer (Go, built
// by scripts/bench/store-peer.sh into tools/bin/iavl-peer). One run of each, then the ratio
// settle / iavl of committed writes per second for each tree and block size. See docs/performance.md.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

export interface StoreRow {
  tree: number;
  block: number;
  writesPerSec: number;
  p50Ms: number;
}

/** The rows of bench:store's (and iavl-peer's) "| tree keys | block writes | committed writes/s | block p50 ms | ..." table. */
export function parseStoreRows(text: string): StoreRow[] {
  const out: StoreRow[] = [];
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 10) continue;
    const nums = cells.slice(1, 5).map((c) => Number(c.replace(/,/g, '')));
    if (nums.some((n) => !Number.isFinite(n)) || cells[1] === '') continue;
    out.push({ tree: nums[0], block: nums[1], writesPerSec: nums[2], p50Ms: nums[3] });
  }
  return out;
}

const fmt = (n: number, d = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

export function storeRatioTable(settle: StoreRow[], iavl: StoreRow[]): string {
  const L = ['| tree keys | block writes | settle writes/s | iavl writes/s | settle / iavl | block p50 settle / iavl |', '| ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const s of settle) {
    const i = iavl.find((r) => r.tree === s.tree && r.block === s.block);
    if (!i) continue;
    L.push(`| ${fmt(s.tree)} | ${fmt(s.block)} | ${fmt(s.writesPerSec)} | ${fmt(i.writesPerSec)} | ${fmt(s.writesPerSec / i.writesPerSec, 2)}× | ${fmt(s.p50Ms, 1)} / ${fmt(i.p50Ms, 1)} ms |`);
  }
  return L.join('\n');
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

function main(): void {
  const sizes = arg('sizes', '100000');
  const blocks = arg('blocks', '1000,10000');
  const run = (cmd: string, args: string[]): string => {
    process.stderr.write(`[bench] ${cmd} ${args.join(' ')}\n`);
    const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`${cmd} failed (${r.status})`);
    process.stdout.write(r.stdout);
    return r.stdout;
  };
  const settle = parseStoreRows(run(process.execPath, ['-r', 'ts-node/register/transpile-only', 'scripts/bench/store.ts', '--sizes', sizes, '--blocks', blocks]).split('| tree keys | cached reads/s')[0]);
  const iavl = parseStoreRows(run(path.join(ROOT, 'tools/bin/iavl-peer'), ['-sizes', sizes, '-blocks', blocks]));
  process.stdout.write(`\n## settle store / iavl v1.2.8, committed writes per second (one run each; load average ${require('node:os').loadavg()[0].toFixed(2)})\n\n${storeRatioTable(settle, iavl)}\n`);
}

if (require.main === module) main();
