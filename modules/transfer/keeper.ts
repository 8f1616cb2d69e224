import { IntProto } from 'cosmjs-types/cosmos/base/v1beta1/coin';
import { DenomTrace as DenomTraceProto } from 'cosmjs-types/ibc/applications/transfer/v1/denomtrace';
import type { PageRequest } from 'cosmjs-types/cosmos/base/query/v1beta1/pagination';
import { paginate, type Context, type ReadContext, type StoreKey } from '../../chain/sdk';
import { denomTraceHash, fullDenomPath, parseHexHash, type DenomTrace } from './denom';
import { TransferErrors } from './errors';
import { DENOM_PREFIX, denomTraceKey, Keys, totalEscrowKey } from './keys';
import { DEFAULT_PARAMS, decodeParams, encodeParams, type TransferParams } from './params';

/** The transfer store: params, bound port, denom traces, per-denom escrow totals. The only code that touches it. */
export class TransferKeeper {
  constructor(readonly key: StoreKey) {}

  params(ctx: ReadContext): TransferParams {
    const bytes = ctx.kvStore(this.key).get(Keys.params);
    return bytes ? decodeParams(bytes) : { ...DEFAULT_PARAMS };
  }

  setParams(ctx: Context, p: TransferParams): void {
    ctx.kvStore(this.key).set(Keys.params, encodeParams(p));
  }

  port(ctx: ReadContext): string {
    const bytes = ctx.kvStore(this.key).get(Keys.port);
    return bytes ? Buffer.from(bytes).toString('utf8') : '';
  }

  setPort(ctx: Context, portId: string): void {
    ctx.kvStore(this.key).set(Keys.port, Buffer.from(portId, 'utf8'));
  }

  denomTrace(ctx: ReadContext, hash: Uint8Array): DenomTrace | undefined {
    const bytes = ctx.kvStore(this.key).get(denomTraceKey(hash));
    return bytes ? DenomTraceProto.decode(bytes) : undefined;
  }

  hasDenomTrace(ctx: ReadContext, hash: Uint8Array): boolean {
    return ctx.kvStore(this.key).has(denomTraceKey(hash));
  }

  /** Stored under 0x02 ‖ sha256(full path), as DenomTrace protobuf (the bytes ibc-go stores). */
  setDenomTrace(ctx: Context, t: DenomTrace): void {
    ctx.kvStore(this.key).set(denomTraceKey(denomTraceHash(t)), DenomTraceProto.encode(t).finish());
  }

  /** A page of traces in hash (key) order, then sorted by full path as ibc-go's DenomTraces does. */
  denomTraces(ctx: ReadContext, pagination?: PageRequest) {
    const page = paginate(ctx.kvStore(this.key), Keys.denomTracePrefix, pagination, (_k, v) => DenomTraceProto.decode(v));
    const items = [...page.items].sort((a, b) => Buffer.compare(Buffer.from(fullDenomPath(a)), Buffer.from(fullDenomPath(b))));
    return { items, pagination: page.pagination };
  }

  /** All traces in full-path order (genesis export). */
  allDenomTraces(ctx: ReadContext): DenomTrace[] {
    const out: DenomTrace[] = [];
    for (const { value } of ctx.kvStore(this.key).iterator(Keys.denomTracePrefix, Uint8Array.of(Keys.denomTracePrefix[0] + 1))) out.push(DenomTraceProto.decode(value));
    return out.sort((a, b) => Buffer.compare(Buffer.from(fullDenomPath(a)), Buffer.from(fullDenomPath(b))));
  }

  /** DenomPathFromHash: `ibc/<HEX>` → the full path of its stored trace. */
  denomPathFromHash(ctx: ReadContext, denom: string): string {
    const hex = denom.slice(`${DENOM_PREFIX}/`.length);
    const trace = this.denomTrace(ctx, parseHexHash(hex));
    if (!trace) throw TransferErrors.traceNotFound.wrap(hex);
    return fullDenomPath(trace);
  }

  /** Tokens of `denom` this chain holds in escrow across all channels (IntProto; absent = 0). */
  totalEscrow(ctx: ReadContext, denom: string): bigint {
    const bytes = ctx.kvStore(this.key).get(totalEscrowKey(denom));
    return bytes && bytes.length > 0 ? BigInt(IntProto.decode(bytes).int) : 0n;
  }

  /** Deleted at zero, as ibc-go does (the bank module prunes zero balances too). */
  setTotalEscrow(ctx: Context, denom: string, amount: bigint): void {
    if (amount < 0n) throw TransferErrors.invalidAmount.wrap(`total escrow of ${denom} cannot be negative: ${amount}`);
    const store = ctx.kvStore(this.key);
    if (amount === 0n) store.delete(totalEscrowKey(denom));
    else store.set(totalEscrowKey(denom), IntProto.encode({ int: amount.toString() }).finish());
  }

  /** Every non-zero escrow total, in denom order. */
  allTotalEscrow(ctx: ReadContext): Array<{ denom: string; amount: string }> {
    const prefix = Keys.totalEscrowPrefix;
    const end = Buffer.from(prefix);
    end[end.length - 1] += 1;
    const out: Array<{ denom: string; amount: string }> = [];
    for (const { key, value } of ctx.kvStore(this.key).iterator(prefix, end)) out.push({ denom: Buffer.from(key.subarray(prefix.length)).toString('utf8'), amount: IntProto.decode(value).int });
    return out;
  }
}
