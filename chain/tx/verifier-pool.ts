import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import { nativeBindingPath } from './secp256k1-native';

/**
 * secp256k1 verification on worker threads, so CheckTx's most expensive step (~0.06 ms with
 * libsecp256k1, ~0.3 ms with OpenSSL, per signature) runs beside the main thread instead of on it. Requests are batched per tick. The
 * result only decides whether the ante pipeline may skip its own check (a cache hint): consensus
 * never depends on a worker, so the state machine stays deterministic.
 */

// Self-contained so it runs the same from dist/ and under ts-jest (no TypeScript to load). Uses the
// libsecp256k1 binding when the main thread loaded it (workerData.binding), else OpenSSL, as
// verifySecp256k1 does; pre-checks as there (64 bytes, low S, 33-byte 0x02/0x03 key).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const crypto = require('node:crypto');
let native;
try { native = workerData.binding ? require(workerData.binding) : undefined; } catch { native = undefined; }
const HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0n;
const SPKI = Buffer.from('3036301006072a8648ce3d020106052b8104000a032200', 'hex');
const keys = new Map();
function key(pub) {
  const id = Buffer.from(pub).toString('latin1');
  let k = keys.get(id);
  if (!k) {
    if (keys.size > 50000) keys.clear();
    k = crypto.createPublicKey({ key: Buffer.concat([SPKI, pub]), format: 'der', type: 'spki' });
    keys.set(id, k);
  }
  return k;
}
parentPort.on('message', (batch) => {
  const out = new Uint8Array(batch.length);
  for (let i = 0; i < batch.length; i++) {
    const [pub, msg, sig] = batch[i];
    try {
      if (sig.length !== 64) continue;
      const s = BigInt('0x' + Buffer.from(sig.subarray(32)).toString('hex'));
      if (s === 0n || s > HALF_N) continue;
      if (pub.length !== 33 || (pub[0] !== 2 && pub[0] !== 3)) continue;
      if (native) {
        out[i] = native.ecdsaVerify(sig, crypto.createHash('sha256').update(msg).digest(), pub) ? 1 : 0;
        continue;
      }
      out[i] = crypto.verify('sha256', msg, { key: key(pub), dsaEncoding: 'ieee-p1363' }, sig) ? 1 : 0;
    } catch { out[i] = 0; }
  }
  parentPort.postMessage(out);
});
`;

const BATCH = 16;

interface Pending {
  items: [Uint8Array, Uint8Array, Uint8Array][];
  resolvers: ((ok: boolean) => void)[];
}

class VerifierWorker {
  private readonly worker: Worker;
  private readonly inflight: ((results: Uint8Array) => void)[] = [];
  load = 0;

  constructor() {
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { binding: nativeBindingPath } });
    this.worker.unref();
    this.worker.on('message', (results: Uint8Array) => this.inflight.shift()?.(results));
    this.worker.on('error', () => {
      for (const r of this.inflight.splice(0)) r(new Uint8Array(0)); // every pending check reports "not verified"
    });
  }

  run(batch: Pending): void {
    this.load += batch.items.length;
    this.inflight.push((results) => {
      this.load -= batch.items.length;
      batch.resolvers.forEach((resolve, i) => resolve(results[i] === 1));
    });
    this.worker.postMessage(batch.items);
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }
}

export class VerifierPool {
  private workers: VerifierWorker[] = [];
  private pending: Pending = { items: [], resolvers: [] };
  private scheduled = false;

  constructor(private readonly size = Math.max(1, Math.min(4, (os.availableParallelism?.() ?? os.cpus().length) - 1))) {}

  /** Resolves true only for a valid low-S signature; false for anything else (including worker failure). */
  verify(pubKey: Uint8Array, message: Uint8Array, signature: Uint8Array): Promise<boolean> {
    return new Promise((resolve) => {
      this.pending.items.push([pubKey, message, signature]);
      this.pending.resolvers.push(resolve);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Posts the pending checks in batches small enough that results stream back while later ones run. */
  private flush(): void {
    this.scheduled = false;
    const { items, resolvers } = this.pending;
    this.pending = { items: [], resolvers: [] };
    for (let i = 0; i < items.length; i += BATCH) {
      if (this.workers.length < this.size) this.workers.push(new VerifierWorker());
      const target = this.workers.reduce((a, b) => (b.load < a.load ? b : a));
      target.run({ items: items.slice(i, i + BATCH), resolvers: resolvers.slice(i, i + BATCH) });
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }
}
