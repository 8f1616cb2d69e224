import { ConsensusParams } from 'cosmjs-types/tendermint/types/params';
import type { BlockInfo, ChainParams, ChainParamsStore, Context, GenesisValidator } from '../../chain/app';
import { prefixIterator } from '../../chain/store';
import { readU64be, u64be } from '../../chain/store/encoding';
import type { KVReader, KVStore } from '../../chain/store';
import { validateConsensusParams } from './params';

export const STORE_NAME = 'consensus';

/** Store layout (see README). */
export const Keys = {
  params: Uint8Array.of(0x00),
  chainId: Uint8Array.of(0x01),
  initialHeight: Uint8Array.of(0x02),
  lastBlock: Uint8Array.of(0x03),
  /** 0x04 ‖ validator address (20 bytes) → ed25519 public key (32 bytes) ‖ power u64 BE. */
  validatorPrefix: Uint8Array.of(0x04),
} as const;

export interface LastBlock {
  height: number;
  timeNanos: bigint;
  proposerAddress: Uint8Array;
}

/** The only code that touches the consensus store. */
export class ConsensusKeeper implements ChainParamsStore {
  readonly storeName = STORE_NAME;

  init(ctx: Context, params: ChainParams): void {
    validateConsensusParams(params.consensusParams);
    const store = ctx.store(STORE_NAME);
    store.set(Keys.params, ConsensusParams.encode(params.consensusParams).finish());
    store.set(Keys.chainId, Buffer.from(params.chainId, 'utf8'));
    store.set(Keys.initialHeight, u64be(params.initialHeight));
    for (const v of params.validators ?? []) {
      const value = Buffer.alloc(40);
      value.set(v.pubKey, 0);
      value.writeBigUInt64BE(v.power, 32);
      store.set(Buffer.concat([Keys.validatorPrefix, v.address]), value);
    }
  }

  /** The validator set stored at InitChain, ordered by address. */
  validators(store: KVReader): GenesisValidator[] {
    const out: GenesisValidator[] = [];
    for (const { key, value } of prefixIterator(store, Keys.validatorPrefix)) {
      const v = Buffer.from(value);
      out.push({ address: Uint8Array.from(key.subarray(1)), pubKey: Uint8Array.from(v.subarray(0, 32)), power: v.readBigUInt64BE(32) });
    }
    return out;
  }

  read(store: KVReader): ChainParams | undefined {
    const chainId = store.get(Keys.chainId);
    const initial = store.get(Keys.initialHeight);
    const params = store.get(Keys.params);
    if (!chainId || !initial || !params) return undefined;
    return {
      chainId: Buffer.from(chainId).toString('utf8'),
      initialHeight: readU64be(initial, 0),
      consensusParams: ConsensusParams.decode(params),
      validators: this.validators(store),
    };
  }

  params(store: KVReader): ConsensusParams | undefined {
    const raw = store.get(Keys.params);
    return raw ? ConsensusParams.decode(raw) : undefined;
  }

  /** height u64 ‖ time ns u64 ‖ proposer address. */
  setLastBlock(store: KVStore, block: Pick<BlockInfo, 'height' | 'timeNanos' | 'proposerAddress'>): void {
    const v = Buffer.alloc(16 + block.proposerAddress.length);
    v.writeBigUInt64BE(BigInt(block.height), 0);
    v.writeBigUInt64BE(block.timeNanos, 8);
    v.set(block.proposerAddress, 16);
    store.set(Keys.lastBlock, v);
  }

  lastBlockTime(store: KVReader): bigint {
    return this.lastBlock(store)?.timeNanos ?? 0n;
  }

  lastBlock(store: KVReader): LastBlock | undefined {
    const raw = store.get(Keys.lastBlock);
    if (!raw) return undefined;
    const b = Buffer.from(raw);
    return { height: Number(b.readBigUInt64BE(0)), timeNanos: b.readBigUInt64BE(8), proposerAddress: Uint8Array.from(b.subarray(16)) };
  }
}
