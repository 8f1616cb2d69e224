import { ResponseQuery } from 'cosmjs-types/tendermint/abci/types';
import { ProofOps } from 'cosmjs-types/tendermint/crypto/proof';
import { Errors, toAbciError } from '../errors';
import { MultiStore, StoreError } from '../store';
import type { QueryContext } from './context';
import type { Module, QueryHandler } from './module';
import type { MountedStores } from './store-key';

/**
 * Routes abci_query paths: gRPC method paths to module handlers, `/store/<name>/key` to raw reads
 * with ICS-23 proofs, `/app/version`. Answers are at a committed height (0 means the latest) and
 * always carry that non-zero height. Never throws: failures are codes.
 */
export class QueryRouter {
  private readonly handlers = new Map<string, QueryHandler>();

  constructor(private readonly ms: MultiStore, private readonly mounts: MountedStores, modules: Module[], private readonly appVersion: string) {
    for (const m of modules) {
      for (const [path, handler] of Object.entries(m.queries ?? {})) {
        if (this.handlers.has(path)) throw new Error(`query path ${path} registered twice`);
        this.handlers.set(path, handler);
      }
    }
  }

  /** Registers a handler outside modules (e.g. the tx service's Simulate). */
  register(path: string, handler: QueryHandler): void {
    if (this.handlers.has(path)) throw new Error(`query path ${path} registered twice`);
    this.handlers.set(path, handler);
  }

  get paths(): string[] {
    return [...this.handlers.keys()].sort();
  }

  query(rawPath: string, data: Uint8Array, requestedHeight: bigint, prove: boolean): ResponseQuery {
    // The SDK drops a leading "/" before splitting store and app paths: the Go relayer asks for
    // "store/ibc/key" without it. gRPC method paths stay exact, as in the SDK.
    const path = /^(store|app)\//.test(rawPath) ? `/${rawPath}` : rawPath;
    let height = 0;
    try {
      height = this.resolveHeight(requestedHeight);
      if (path.startsWith('/store/')) return this.storeQuery(path, data, height, prove);
      if (path === '/app/version') {
        return ResponseQuery.fromPartial({ value: Buffer.from(this.appVersion), height: BigInt(height) });
      }
      const handler = this.handlers.get(path);
      if (!handler) throw Errors.unknownRequest.wrap(`no query handler for path ${path}`);
      if (prove) throw Errors.invalidRequest.wrap(`proofs are only served for /store/<name>/key queries, not ${path}`);
      const value = handler(this.contextAt(height), data);
      return ResponseQuery.fromPartial({ value, height: BigInt(height) });
    } catch (err) {
      const e = toAbciError(storeToAppError(err));
      return ResponseQuery.fromPartial({ code: e.code, codespace: e.codespace, log: e.log, height: BigInt(height) });
    }
  }

  contextAt(height: number): QueryContext {
    return { height, kvStore: (key) => this.ms.storeAt(this.mounts.nameOf(key), height) };
  }

  private resolveHeight(requested: bigint): number {
    const latest = this.ms.version;
    if (latest === 0) throw Errors.invalidHeight.wrap('no block has been committed yet');
    if (requested < 0n) throw Errors.invalidHeight.wrap(`negative height ${requested}`);
    if (requested === 0n) return latest;
    if (requested > BigInt(latest)) throw Errors.invalidHeight.wrap(`height ${requested} is above the latest committed height ${latest}`);
    return Number(requested);
  }

  private storeQuery(path: string, key: Uint8Array, height: number, prove: boolean): ResponseQuery {
    const parts = path.split('/'); // ['', 'store', name, 'key']
    if (parts.length !== 4 || parts[3] !== 'key') {
      throw Errors.unknownRequest.wrap(`unsupported store query ${path}; use /store/<name>/key`);
    }
    if (key.length === 0) throw Errors.invalidRequest.wrap('query data (the key) must not be empty');
    const name = parts[2];
    if (!prove) {
      const value = this.ms.storeAt(name, height).get(key);
      return ResponseQuery.fromPartial({ key, value: value ?? new Uint8Array(0), height: BigInt(height) });
    }
    const { value, proofOps } = this.ms.prove(name, key, height);
    return ResponseQuery.fromPartial({
      key,
      value: value ?? new Uint8Array(0),
      proofOps: ProofOps.fromPartial({ ops: proofOps }),
      height: BigInt(height),
    });
  }
}

function storeToAppError(err: unknown): unknown {
  if (!(err instanceof StoreError)) return err;
  switch (err.code) {
    case 'VERSION_NOT_FOUND':
    case 'VERSION_PRUNED':
      return Errors.invalidHeight.wrap(err.message);
    case 'UNKNOWN_STORE':
      return Errors.unknownRequest.wrap(err.message);
    case 'INVALID_KEY':
    case 'INVALID_ARGUMENT':
      return Errors.invalidRequest.wrap(err.message);
    default:
      return err;
  }
}

