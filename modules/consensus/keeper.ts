import { ConsensusParams } from 'cosmjs-types/tendermint/types/params';
import { prefixIterator, readU64be, u64be, type BlockInfo, type ChainParams, type ChainParamsStore, type Context, type GenesisValidator, type ReadContext, type StoreKey } from '../../chain/sdk';
import { Keys, validatorKey } from './keys';
import { validateConsensusParams } from './params';

export interface LastBlock {
  height: number;
  timeNanos: bigint;
  proposerAddress: Uint8Array;
}

/** The only code that touches the consensus store. */
export class ConsensusKeeper implements ChainParamsStore {
  constructor(private readonly key: StoreKey) {}

  init(ctx: Context, params: ChainParams): void {
    validateConsensusParams(params.consensusParams);
    const store = ctx.kvStore(this.key);
    store.set(Keys.params, ConsensusParams.encode(params.consensusParams).finish());
    store.set(Keys.chainId, Buffer.from(params.chainId, 'utf8'));
    store.set(Keys.initialHeight, u64be(params.initialHeight));
    for (const v of params.validators ?? []) {
      const value = Buffer.alloc(40);
      value.set(v.pubKey, 0);
      value.writeBigUInt64BE(v.power, 32);
      store.set(validatorKey(v.address), value);
    }
  }

  /** The validator set stored at InitChain, ordered by address. */
  validators(ctx: ReadContext): GenesisValidator[] {
    const out: GenesisValidator[] = [];
    for (const { key, value } of prefixIterator(ctx.kvStore(this.key), Keys.validatorPrefix)) {
      const v = Buffer.from(value);
      out.push({ address: Uint8Array.from(key.subarray(1)), pubKey: Uint8Array.from(v.subarray(0, 32)), power: v.readBigUInt64BE(32) });
    }
    return out;
  }

  read(ctx: ReadContext): ChainParams | undefined {
    const store = ctx.kvStore(this.key);
    const chainId = store.get(Keys.chainId);
    const initial = store.get(Keys.initialHeight);
    const params = store.get(Keys.params);
    if (!chainId || !initial || !params) return undefined;
    return {
      chainId: Buffer.from(chainId).toString('utf8'),
      initialHeight: readU64be(initial, 0),
      consensusParams: ConsensusParams.decode(params),
      validators: this.validators(ctx),
    };
  }

  params(ctx: ReadContext): ConsensusParams | undefined {
    const raw = ctx.kvStore(this.key).get(Keys.params);
    return raw ? ConsensusParams.decode(raw) : undefined;
  }

  /** height u64 ‖ time ns u64 ‖ proposer address. */
  setLastBlock(ctx: Context, block: Pick<BlockInfo, 'height' | 'timeNanos' | 'proposerAddress'>): void {
    const v = Buffer.alloc(16 + block.proposerAddress.length);
    v.writeBigUInt64BE(BigInt(block.height), 0);
    v.writeBigUInt64BE(block.timeNanos, 8);
    v.set(block.proposerAddress, 16);
    ctx.kvStore(this.key).set(Keys.lastBlock, v);
  }

  lastBlockTime(ctx: ReadContext): bigint {
    return this.lastBlock(ctx)?.timeNanos ?? 0n;
  }

  lastBlock(ctx: ReadContext): LastBlock | undefined {
    const raw = ctx.kvStore(this.key).get(Keys.lastBlock);
    if (!raw) return undefined;
    const b = Buffer.from(raw);
    return { height: Number(b.readBigUInt64BE(0)), timeNanos: b.readBigUInt64BE(8), proposerAddress: Uint8Array.from(b.subarray(16)) };
  }
}
