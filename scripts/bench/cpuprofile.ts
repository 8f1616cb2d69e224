// Aggregates a V8 .cpuprofile (node --cpu-prof) of `settled` into where the CPU goes: signature
// verification, store/IAVL, LevelDB, protobuf, tx pipeline, modules, ABCI, logging/metrics, GC, idle.
// Used by scripts/bench/bank.ts; also a command to re-read a saved profile:
//   node dist/scripts/bench/cpuprofile.js <file.cpuprofile> [--from-us N --to-us N] [--top 30]
import * as fs from 'node:fs';

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

export interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Monotonic microseconds (the clock of process.hrtime and of V8's profile timestamps). */
export interface Window {
  fromUs: number;
  toUs: number;
}

export interface BucketFigure {
  bucket: string;
  ms: number;
  /** Time by the bucket of the nearest caller outside this bucket ("by whom"). */
  callers: Map<string, number>;
}

export interface ProfileAnalysis {
  windowMs: number;
  sampledMs: number;
  idleMs: number;
  buckets: BucketFigure[];
  /** Time under each application method (CheckTx, FinalizeBlock, Commit, ...), from the stacks. */
  phases: Map<string, number>;
  /** sha256 time (node:crypto hash) by the bucket of its caller. */
  sha256: Map<string, number>;
  topFunctions: Array<{ name: string; where: string; bucket: string; ms: number }>;
}

// ---------------------------------------------------------------------------------------------
// Classification

/** Buckets, in the order they are printed. */
export const BUCKETS = [
  'signature verification (secp256k1)',
  'store: IAVL, cache branches, commit hashing',
  'LevelDB (classic-level binding)',
  'protobuf encode/decode (cosmjs-types)',
  'bech32 / address codec',
  'tx pipeline: decode, ante, gas (chain/tx)',
  'app: ABCI methods, events (chain/app)',
  'modules: auth, bank keepers and handlers',
  'helpers: coins, Dec, errors',
  'ABCI server and framing (chain/abci)',
  'node wrapper: logs (pino), metrics (prom-client)',
  'other libraries',
  'Node runtime: sockets, streams, timers, microtasks',
  'V8 native / unattributed (program)',
  'garbage collection',
  'idle',
] as const;

type Bucket = (typeof BUCKETS)[number];

const RUNTIME: Bucket = 'Node runtime: sockets, streams, timers, microtasks';

interface FrameClass {
  /** undefined: generic frame (the caller decides). */
  bucket?: Bucket;
  sha?: boolean;
}

function classifyFrame(cf: CallFrame): FrameClass {
  const fn = cf.functionName;
  const url = cf.url;
  if (fn === '(garbage collector)') return { bucket: 'garbage collection' };
  if (fn === '(idle)') return { bucket: 'idle' };
  if (fn === '(program)') return { bucket: 'V8 native / unattributed (program)' };
  if (url === '') return {};
  if (url.startsWith('node:internal/crypto/sig')) return { bucket: 'signature verification (secp256k1)' };
  if (url.startsWith('node:internal/crypto/hash')) return { sha: true };
  if (url.startsWith('node:')) return {};
  if (url.includes('/chain/tx/secp256k1.') || /\/node_modules\/(secp256k1|tiny-secp256k1|@noble\/curves|@noble\/secp256k1)\//.test(url)) {
    return { bucket: 'signature verification (secp256k1)' };
  }
  if (url.includes('/chain/store/hash.')) return { sha: true };
  if (url.includes('/chain/encoding/')) return {};
  if (url.includes('/chain/store/')) return { bucket: 'store: IAVL, cache branches, commit hashing' };
  if (/\/node_modules\/(classic-level|abstract-level|module-error|level-transcoder|level-supports|maybe-combine-errors|napi-macros|node-gyp-build)\//.test(url)) {
    return { bucket: 'LevelDB (classic-level binding)' };
  }
  if (/\/node_modules\/(cosmjs-types|protobufjs|@protobufjs)\//.test(url)) return { bucket: 'protobuf encode/decode (cosmjs-types)' };
  if (/\/node_modules\/(@scure\/base|bech32)\//.test(url) || url.includes('/chain/address.') || url.includes('/@cosmjs/encoding/')) {
    return { bucket: 'bech32 / address codec' };
  }
  if (url.includes('/chain/tx/')) return { bucket: 'tx pipeline: decode, ante, gas (chain/tx)' };
  if (url.includes('/chain/app/')) return { bucket: 'app: ABCI methods, events (chain/app)' };
  if (url.includes('/modules/')) return { bucket: 'modules: auth, bank keepers and handlers' };
  if (url.includes('/chain/coins.') || url.includes('/chain/math/') || url.includes('/chain/errors.')) return { bucket: 'helpers: coins, Dec, errors' };
  if (url.includes('/chain/abci/')) return { bucket: 'ABCI server and framing (chain/abci)' };
  if (url.includes('/chain/node/') || /\/node_modules\/(pino|pino-std-serializers|sonic-boom|thread-stream|prom-client|fast-redact|quick-format-unescaped|on-exit-leak-free|atomic-sleep|safe-stable-stringify|tdigest|bintrees)\//.test(url)) {
    return { bucket: 'node wrapper: logs (pino), metrics (prom-client)' };
  }
  if (url.includes('/node_modules/')) return { bucket: 'other libraries' };
  return {};
}

/** Application methods whose frames mark the ABCI phase a sample belongs to. */
const PHASE_NAMES: Record<string, string> = {
  checkTx: 'CheckTx (new + recheck)',
  finalizeBlock: 'FinalizeBlock',
  commit: 'Commit',
  prepareProposal: 'PrepareProposal',
  processProposal: 'ProcessProposal',
  extendVote: 'ExtendVote',
  verifyVoteExtension: 'VerifyVoteExtension',
  query: 'Query',
  info: 'Info',
};

function phaseOf(cf: CallFrame): string | undefined {
  if (!cf.url.includes('/chain/app/app.')) return undefined;
  return PHASE_NAMES[cf.functionName];
}

function shortUrl(url: string): string {
  const i = url.indexOf('/dist/');
  if (i >= 0) return url.slice(i + 6);
  const j = url.lastIndexOf('/node_modules/');
  if (j >= 0) return url.slice(j + 14);
  return url.replace(/^file:\/\//, '');
}

// ---------------------------------------------------------------------------------------------
// Analysis

export function readProfile(file: string): CpuProfile {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
}

export function analyzeProfile(profile: CpuProfile, window?: Window): ProfileAnalysis {
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }

  // Per node (memoized): bucket, caller bucket, phase, sha flag.
  interface NodeInfo {
    bucket: Bucket;
    caller: string;
    phase: string;
    sha: boolean;
    shaCaller: string;
  }
  const info = new Map<number, NodeInfo>();
  const describe = (id: number): NodeInfo => {
    const cached = info.get(id);
    if (cached) return cached;
    let bucket: Bucket | undefined;
    let caller: string | undefined;
    let phase: string | undefined;
    let sha = false;
    let shaCaller: string | undefined;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const cf = byId.get(cur)!.callFrame;
      const c = classifyFrame(cf);
      if (c.sha && bucket === undefined) sha = true;
      if (c.bucket !== undefined) {
        if (bucket === undefined) bucket = c.bucket;
        else if (caller === undefined && c.bucket !== bucket) caller = c.bucket;
        if (sha && shaCaller === undefined) shaCaller = c.bucket;
      }
      if (phase === undefined) phase = phaseOf(cf);
    }
    const r: NodeInfo = {
      bucket: bucket ?? RUNTIME,
      caller: caller ?? '(top)',
      phase: phase ?? 'outside application methods',
      sha,
      shaCaller: shaCaller ?? '(unknown)',
    };
    info.set(id, r);
    return r;
  };

  const n = profile.samples.length;
  const ts = new Float64Array(n);
  let t = profile.startTime;
  for (let i = 0; i < n; i++) {
    t += profile.timeDeltas[i] ?? 0;
    ts[i] = t;
  }
  const from = window?.fromUs ?? profile.startTime;
  const to = window?.toUs ?? profile.endTime;

  const bucketMs = new Map<Bucket, number>();
  const callerMs = new Map<Bucket, Map<string, number>>();
  const phases = new Map<string, number>();
  const sha256 = new Map<string, number>();
  const selfMs = new Map<number, number>();
  let sampled = 0;
  for (let i = 0; i < n; i++) {
    if (ts[i] < from || ts[i] >= to) continue;
    const next = i + 1 < n ? ts[i + 1] : Math.min(profile.endTime, ts[i] + 1000);
    const ms = Math.max(0, Math.min(next, to) - ts[i]) / 1000;
    if (ms === 0) continue;
    sampled += ms;
    const id = profile.samples[i];
    const d = describe(id);
    bucketMs.set(d.bucket, (bucketMs.get(d.bucket) ?? 0) + ms);
    let cm = callerMs.get(d.bucket);
    if (!cm) callerMs.set(d.bucket, (cm = new Map()));
    cm.set(d.caller, (cm.get(d.caller) ?? 0) + ms);
    if (d.bucket !== 'idle') phases.set(d.phase, (phases.get(d.phase) ?? 0) + ms);
    if (d.sha) sha256.set(d.shaCaller, (sha256.get(d.shaCaller) ?? 0) + ms);
    selfMs.set(id, (selfMs.get(id) ?? 0) + ms);
  }

  // Top functions by self time, merged by function identity (name + location).
  const fnMs = new Map<string, { name: string; where: string; bucket: string; ms: number }>();
  for (const [id, ms] of selfMs) {
    const cf = byId.get(id)!.callFrame;
    const where = cf.url ? `${shortUrl(cf.url)}:${cf.lineNumber + 1}` : '(native)';
    const key = `${cf.functionName}@${where}`;
    const cur = fnMs.get(key) ?? { name: cf.functionName || '(anonymous)', where, bucket: describe(id).bucket, ms: 0 };
    cur.ms += ms;
    fnMs.set(key, cur);
  }

  return {
    windowMs: (to - from) / 1000,
    sampledMs: sampled,
    idleMs: bucketMs.get('idle') ?? 0,
    buckets: BUCKETS.filter((b) => bucketMs.has(b)).map((b) => ({ bucket: b, ms: bucketMs.get(b)!, callers: callerMs.get(b)! })),
    phases,
    sha256,
    topFunctions: [...fnMs.values()].sort((a, b) => b.ms - a.ms),
  };
}

// ---------------------------------------------------------------------------------------------
// Report

const pct = (x: number, of: number): string => (of > 0 ? `${((100 * x) / of).toFixed(1)}%` : '-');

/**
 * A text report; percentages are of the window's wall time (one core = 100%) and of the sampled busy
 * time. With `norm` (the main thread's CPU seconds from /proc and the txs committed in the window),
 * each bucket's share of busy samples is also turned into CPU microseconds per committed tx: on a
 * machine shared with other processes the sampler counts time the thread waited for a core as busy,
 * so shares are more trustworthy than the wall percentages.
 */
export function formatAnalysis(a: ProfileAnalysis, top = 25, norm?: { cpuSeconds: number; txs: number }): string {
  const lines: string[] = [];
  const busy = a.sampledMs - a.idleMs;
  const usPerTx = (msShare: number): string =>
    norm && norm.txs > 0 && busy > 0 ? `${Math.round(((msShare / busy) * norm.cpuSeconds * 1e6) / norm.txs)}`.padStart(6) + ' µs' : '';
  lines.push(
    `settled main thread over ${(a.windowMs / 1000).toFixed(1)} s: busy ${pct(busy, a.windowMs)} of one core ` +
      `(${(busy / 1000).toFixed(1)} s), idle ${pct(a.idleMs, a.windowMs)}`,
  );
  lines.push('');
  lines.push(`  where the main thread goes                              % of wall   % of busy${norm ? '  CPU per tx' : ''}   called from (share of bucket)`);
  for (const b of a.buckets) {
    const callers =
      b.bucket === 'idle'
        ? ''
        : [...b.callers.entries()]
            .sort((x, y) => y[1] - x[1])
            .slice(0, 3)
            .map(([c, ms]) => `${c.split(':')[0].split(' (')[0]} ${pct(ms, b.ms)}`)
            .join(', ');
    lines.push(
      `  ${b.bucket.padEnd(54)} ${pct(b.ms, a.windowMs).padStart(8)}   ${b.bucket === 'idle' ? '        ' : pct(b.ms, busy).padStart(8)}` +
        `${norm ? (b.bucket === 'idle' ? '            ' : `  ${usPerTx(b.ms)}`) : ''}   ${callers}`,
    );
  }
  if (a.sha256.size > 0) {
    const total = [...a.sha256.values()].reduce((x, y) => x + y, 0);
    const by = [...a.sha256.entries()]
      .sort((x, y) => y[1] - x[1])
      .map(([c, ms]) => `${c.split(':')[0]} ${pct(ms, total)}`)
      .join(', ');
    lines.push(`  (of which sha256 in node:crypto: ${pct(total, a.windowMs)} of wall, under ${by})`);
  }
  lines.push('');
  lines.push('  by ABCI method (busy time, from the stacks)');
  for (const [p, ms] of [...a.phases.entries()].sort((x, y) => y[1] - x[1])) {
    lines.push(`  ${p.padEnd(54)} ${pct(ms, a.windowMs).padStart(8)}   ${pct(ms, busy).padStart(8)}${norm ? `  ${usPerTx(ms)}` : ''}`);
  }
  lines.push('');
  lines.push(`  top ${top} functions by self time`);
  for (const f of a.topFunctions.filter((x) => x.bucket !== 'idle').slice(0, top)) {
    lines.push(`  ${pct(f.ms, a.windowMs).padStart(7)}  ${f.name.slice(0, 40).padEnd(40)} ${f.where.slice(0, 60).padEnd(60)} [${f.bucket.split(':')[0].split(' (')[0]}]`);
  }
  return lines.join('\n');
}

function main(argv: string[]): void {
  const file = argv[0];
  if (!file) {
    process.stderr.write('usage: node dist/scripts/bench/cpuprofile.js <file.cpuprofile> [--from-us N --to-us N] [--top N]\n');
    process.exit(2);
  }
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const p = readProfile(file);
  const from = opt('from-us');
  const to = opt('to-us');
  const w = from || to ? { fromUs: from ? Number(from) : p.startTime, toUs: to ? Number(to) : p.endTime } : undefined;
  process.stdout.write(`${formatAnalysis(analyzeProfile(p, w), Number(opt('top') ?? 25))}\n`);
}

if (require.main === module) main(process.argv.slice(2));
