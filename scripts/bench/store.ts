// npm run bench:store [-- --sizes 100000,1000000 --blocks 1000,10000 --pin-height 1 --cache-nodes 2000000]
// Committed leaf writes per second, commit latency, reads (cached/uncached), proofs per second, peak RSS.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MultiStore } from '../../chain/store';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const SIZES = arg('sizes', '100000,1000000').split(',').map(Number);
const BLOCK_SIZES = arg('blocks', '1000,10000').split(',').map(Number);
const VALUE_BYTES = 64;
const PIN_HEIGHT = Number(arg('pin-height', '1'));
const CACHE_NODES = Number(arg('cache-nodes', '2000000'));

// Deterministic key material so runs are comparable.
let counter = 0;
function key(i: number): Buffer {
  return crypto.createHash('sha256').update(`account-${i}`).digest().subarray(0, 20);
}
function value(): Buffer {
  counter++;
  const v = Buffer.alloc(VALUE_BYTES);
  v.writeUInt32BE(counter);
  return v;
}

const now = () => Number(process.hrtime.bigint()) / 1e6;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

interface Row {
  tree: number;
  block: number;
  writesPerSec: number;
  p50: number;
  max: number;
  apply: number;
  hash: number;
  persist: number;
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const reads: string[] = [];
  for (const size of SIZES) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'settle-bench-store-'));
    const ms = await MultiStore.open({ path: dir, stores: ['bank'], keepRecent: 100, cacheNodes: CACHE_NODES, pinHeight: PIN_HEIGHT });
    const fillStart = now();
    for (let i = 0; i < size; ) {
      const b = ms.branch();
      const s = b.store('bank');
      const end = Math.min(size, i + 50_000);
      for (; i < end; i++) s.set(key(i), value());
      b.write();
      await ms.commit();
    }
    const fillSecs = (now() - fillStart) / 1000;
    process.stderr.write(`filled ${fmt(size)} keys in ${fillSecs.toFixed(1)} s (${fmt(size / fillSecs)} keys/s)\n`);
    let next = size;
    for (const blockSize of BLOCK_SIZES) {
      const blocks = blockSize >= 10_000 ? 10 : 30;
      const lat: number[] = [];
      let apply = 0;
      let hash = 0;
      let persist = 0;
      let writes = 0;
      for (let b = 0; b < blocks; b++) {
        // 80% updates of existing keys, 20% inserts, at random positions; staged before timing
        const branch = ms.branch();
        const s = branch.store('bank');
        for (let i = 0; i < blockSize; i++) {
          if (i % 5 === 0) s.set(key(next++), value());
          else s.set(key(Math.floor(Math.random() * size)), value());
        }
        const t0 = now();
        branch.write();
        const t1 = now();
        ms.workingHash();
        const t2 = now();
        await ms.commit();
        const t3 = now();
        apply += t1 - t0;
        hash += t2 - t1;
        persist += t3 - t2;
        lat.push(t3 - t0);
        writes += blockSize;
      }
      const total = lat.reduce((a, b) => a + b, 0);
      rows.push({
        tree: size,
        block: blockSize,
        writesPerSec: (writes / total) * 1000,
        p50: pct(lat, 50),
        max: Math.max(...lat),
        apply: apply / blocks,
        hash: hash / blocks,
        persist: persist / blocks,
      });
    }
    // reads and proofs on the latest version, cache warm
    const n = 100_000;
    let t = now();
    for (let i = 0; i < n; i++) ms.store('bank').get(key(Math.floor(Math.random() * size)));
    const cachedReads = (n / (now() - t)) * 1000;
    const pn = 5_000;
    t = now();
    for (let i = 0; i < pn; i++) ms.prove('bank', key(Math.floor(Math.random() * size)), ms.version);
    const proofs = (pn / (now() - t)) * 1000;
    await ms.close();
    // uncached: reopen with a tiny cache so nearly every node comes from LevelDB
    const cold = await MultiStore.open({ path: dir, stores: ['bank'], cacheNodes: 1000 });
    const un = 20_000;
    t = now();
    for (let i = 0; i < un; i++) cold.store('bank').get(key(Math.floor(Math.random() * size)));
    const uncachedReads = (un / (now() - t)) * 1000;
    await cold.close();
    reads.push(`| ${fmt(size)} | ${fmt(cachedReads)} | ${fmt(uncachedReads)} | ${fmt(proofs)} |`);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log('\n## bench:store (LevelDB, fsync on commit, 20-byte keys, 64-byte values, 80% updates / 20% inserts)\n');
  console.log('| tree keys | block writes | committed writes/s | block p50 ms | block max ms | apply ms | hash ms | persist ms |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(`| ${fmt(r.tree)} | ${fmt(r.block)} | ${fmt(r.writesPerSec)} | ${r.p50.toFixed(1)} | ${r.max.toFixed(1)} | ${r.apply.toFixed(1)} | ${r.hash.toFixed(1)} | ${r.persist.toFixed(1)} |`);
  }
  console.log('\n| tree keys | cached reads/s | uncached reads/s | proofs/s |');
  console.log('| ---: | ---: | ---: | ---: |');
  for (const r of reads) console.log(r);
  console.log(`\npin height ${PIN_HEIGHT}, node cache ${fmt(CACHE_NODES)}; peak RSS: ${fmt(process.resourceUsage().maxRSS / 1024)} MiB (node ${process.version}, ${os.cpus().length} cores)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
