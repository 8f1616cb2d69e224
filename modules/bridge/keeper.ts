import { prefixIterator, type Amount, type Context, type GenesisValidator, type ReadContext, type StoreKey } from '../../chain/sdk';
import { Anchor, Attestation, BridgeKey, DepositRecord, Params, Settlement, Totals, Valset, Withdrawal } from '../../proto/gen/settle/bridge/v1/types';
import { BridgeErrors } from './errors';
import {
  anchorKey,
  attestationKey,
  depositKey,
  keyKey,
  Keys,
  readU64,
  signatureKey,
  settlementKey,
  signaturesPrefix,
  u64Bytes,
  valsetKey,
  withdrawalKey,
} from './keys';

/** What the bridge needs of the bank (modules/bank's keeper in the composition root). */
export interface BridgeBank {
  mintCoins(ctx: Context, module: string, coins: Amount[]): void;
  burnCoins(ctx: Context, module: string, coins: Amount[]): void;
  sendCoinsFromModuleToAccount(ctx: Context, module: string, to: string, coins: Amount[]): void;
  sendCoinsFromAccountToModule(ctx: Context, from: string, module: string, coins: Amount[]): void;
  supplyOf(ctx: ReadContext, denom: string): bigint;
  isBlockedAddress(address: string): boolean;
}

/** The chain's validator set (consensus addresses, ed25519 keys, powers): the consensus module's, from InitChain. */
export interface BridgeValidators {
  validators(state: ReadContext): GenesisValidator[];
}

const enc = <T>(codec: { encode(m: T): { finish(): Uint8Array } }, m: T): Uint8Array => codec.encode(m).finish();

/** The only code that touches the bridge store (key layout in keys.ts and the README). */
export class BridgeKeeper {
  constructor(
    readonly key: StoreKey,
    readonly bank: BridgeBank,
    readonly chainValidators: BridgeValidators,
  ) {}

  params(ctx: ReadContext): Params {
    const raw = ctx.kvStore(this.key).get(Keys.params);
    if (!raw) throw BridgeErrors.invalidParams.wrap('bridge params are not set');
    return Params.decode(raw);
  }

  setParams(ctx: Context, p: Params): void {
    ctx.kvStore(this.key).set(Keys.params, enc(Params, p));
  }

  // ---------------------------------------------------------------- bridge keys

  bridgeKey(ctx: ReadContext, validator: Uint8Array): BridgeKey | undefined {
    const raw = ctx.kvStore(this.key).get(keyKey(validator));
    return raw ? BridgeKey.decode(raw) : undefined;
  }

  setBridgeKey(ctx: Context, validator: Uint8Array, k: BridgeKey): void {
    ctx.kvStore(this.key).set(keyKey(validator), enc(BridgeKey, k));
  }

  /** Every key, by consensus address ascending. */
  bridgeKeys(ctx: ReadContext): BridgeKey[] {
    return [...prefixIterator(ctx.kvStore(this.key), Keys.keyPrefix)].map((kv) => BridgeKey.decode(kv.value));
  }

  // ---------------------------------------------------------------- valsets

  latestValsetNonce(ctx: ReadContext): bigint | undefined {
    const raw = ctx.kvStore(this.key).get(Keys.latestValset);
    return raw ? readU64(raw, 0n) : undefined;
  }

  valset(ctx: ReadContext, nonce: bigint): Valset | undefined {
    const raw = ctx.kvStore(this.key).get(valsetKey(nonce));
    return raw ? Valset.decode(raw) : undefined;
  }

  latestValset(ctx: ReadContext): Valset | undefined {
    const n = this.latestValsetNonce(ctx);
    return n === undefined ? undefined : this.valset(ctx, n);
  }

  /** Stores a set and makes it the latest. */
  putValset(ctx: Context, v: Valset): void {
    const store = ctx.kvStore(this.key);
    store.set(valsetKey(v.nonce), enc(Valset, v));
    const latest = this.latestValsetNonce(ctx);
    if (latest === undefined || v.nonce > latest) store.set(Keys.latestValset, u64Bytes(v.nonce));
  }

  valsets(ctx: ReadContext): Valset[] {
    return [...prefixIterator(ctx.kvStore(this.key), Keys.valsetPrefix)].map((kv) => Valset.decode(kv.value));
  }

  // ---------------------------------------------------------------- anchors

  lastAnchorNonce(ctx: ReadContext): bigint {
    return readU64(ctx.kvStore(this.key).get(Keys.lastAnchor), 0n);
  }

  anchor(ctx: ReadContext, nonce: bigint): Anchor | undefined {
    const raw = ctx.kvStore(this.key).get(anchorKey(nonce));
    return raw ? Anchor.decode(raw) : undefined;
  }

  putAnchor(ctx: Context, a: Anchor): void {
    const store = ctx.kvStore(this.key);
    store.set(anchorKey(a.nonce), enc(Anchor, a));
    if (a.nonce > this.lastAnchorNonce(ctx)) store.set(Keys.lastAnchor, u64Bytes(a.nonce));
  }

  anchors(ctx: ReadContext): Anchor[] {
    return [...prefixIterator(ctx.kvStore(this.key), Keys.anchorPrefix)].map((kv) => Anchor.decode(kv.value));
  }

  // ---------------------------------------------------------------- attestations and signatures

  nextSeq(ctx: ReadContext): bigint {
    return readU64(ctx.kvStore(this.key).get(Keys.nextSeq), 1n);
  }

  attestation(ctx: ReadContext, seq: bigint): Attestation | undefined {
    const raw = ctx.kvStore(this.key).get(attestationKey(seq));
    return raw ? Attestation.decode(raw) : undefined;
  }

  putAttestation(ctx: Context, a: Attestation): void {
    const store = ctx.kvStore(this.key);
    store.set(attestationKey(a.seq), enc(Attestation, a));
    if (a.seq >= this.nextSeq(ctx)) store.set(Keys.nextSeq, u64Bytes(a.seq + 1n));
  }

  attestations(ctx: ReadContext, fromSeq = 1n): Attestation[] {
    const out: Attestation[] = [];
    for (const kv of ctx.kvStore(this.key).iterator(attestationKey(fromSeq), attestationKey(this.nextSeq(ctx)))) out.push(Attestation.decode(kv.value));
    return out;
  }

  firstIncomplete(ctx: ReadContext): bigint {
    return readU64(ctx.kvStore(this.key).get(Keys.firstIncomplete), 1n);
  }

  setFirstIncomplete(ctx: Context, seq: bigint): void {
    ctx.kvStore(this.key).set(Keys.firstIncomplete, u64Bytes(seq));
  }

  /** The signatures of attestation `seq`, by signer address ascending (the contract's order). */
  signatures(ctx: ReadContext, seq: bigint): { evmAddress: Uint8Array; signature: Uint8Array }[] {
    const prefix = signaturesPrefix(seq);
    return [...prefixIterator(ctx.kvStore(this.key), prefix)].map((kv) => ({ evmAddress: kv.key.subarray(prefix.length), signature: kv.value }));
  }

  hasSignature(ctx: ReadContext, seq: bigint, evm: Uint8Array): boolean {
    return ctx.kvStore(this.key).has(signatureKey(seq, evm));
  }

  putSignature(ctx: Context, seq: bigint, evm: Uint8Array, signature: Uint8Array): void {
    ctx.kvStore(this.key).set(signatureKey(seq, evm), signature);
  }

  // ---------------------------------------------------------------- deposits

  lastDepositNonce(ctx: ReadContext): bigint {
    return readU64(ctx.kvStore(this.key).get(Keys.lastDeposit), 0n);
  }

  setLastDepositNonce(ctx: Context, nonce: bigint): void {
    ctx.kvStore(this.key).set(Keys.lastDeposit, u64Bytes(nonce));
  }

  putDeposit(ctx: Context, r: DepositRecord): void {
    ctx.kvStore(this.key).set(depositKey(r.deposit!.nonce), enc(DepositRecord, r));
    if (r.deposit!.nonce > this.lastDepositNonce(ctx)) this.setLastDepositNonce(ctx, r.deposit!.nonce);
  }

  deposit(ctx: ReadContext, nonce: bigint): DepositRecord | undefined {
    const raw = ctx.kvStore(this.key).get(depositKey(nonce));
    return raw ? DepositRecord.decode(raw) : undefined;
  }

  /** Newest first, at most `limit`. */
  recentDeposits(ctx: ReadContext, limit: number): DepositRecord[] {
    const out: DepositRecord[] = [];
    for (const kv of prefixIterator(ctx.kvStore(this.key), Keys.depositPrefix, true)) {
      if (out.length >= limit) break;
      out.push(DepositRecord.decode(kv.value));
    }
    return out;
  }

  deposits(ctx: ReadContext): DepositRecord[] {
    return [...prefixIterator(ctx.kvStore(this.key), Keys.depositPrefix)].map((kv) => DepositRecord.decode(kv.value));
  }

  // ---------------------------------------------------------------- withdrawals

  nextWithdrawalId(ctx: ReadContext): bigint {
    return readU64(ctx.kvStore(this.key).get(Keys.nextWithdrawal), 1n);
  }

  setNextWithdrawalId(ctx: Context, id: bigint): void {
    ctx.kvStore(this.key).set(Keys.nextWithdrawal, u64Bytes(id));
  }

  firstUnanchored(ctx: ReadContext): bigint {
    return readU64(ctx.kvStore(this.key).get(Keys.firstUnanchored), 1n);
  }

  setFirstUnanchored(ctx: Context, id: bigint): void {
    ctx.kvStore(this.key).set(Keys.firstUnanchored, u64Bytes(id));
  }

  withdrawal(ctx: ReadContext, id: bigint): Withdrawal | undefined {
    const raw = ctx.kvStore(this.key).get(withdrawalKey(id));
    return raw ? Withdrawal.decode(raw) : undefined;
  }

  putWithdrawal(ctx: Context, w: Withdrawal): void {
    ctx.kvStore(this.key).set(withdrawalKey(w.id), enc(Withdrawal, w));
  }

  /** Withdrawals with ids in [from, to), ascending. */
  withdrawalRange(ctx: ReadContext, from: bigint, to: bigint): Withdrawal[] {
    if (to <= from) return [];
    return [...ctx.kvStore(this.key).iterator(withdrawalKey(from), withdrawalKey(to))].map((kv) => Withdrawal.decode(kv.value));
  }

  withdrawals(ctx: ReadContext): Withdrawal[] {
    return [...prefixIterator(ctx.kvStore(this.key), Keys.withdrawalPrefix)].map((kv) => Withdrawal.decode(kv.value));
  }

  // ---------------------------------------------------------------- settlements

  nextSettlementId(ctx: ReadContext): bigint {
    return readU64(ctx.kvStore(this.key).get(Keys.nextSettlement), 1n);
  }

  setNextSettlementId(ctx: Context, id: bigint): void {
    ctx.kvStore(this.key).set(Keys.nextSettlement, u64Bytes(id));
  }

  firstUnrooted(ctx: ReadContext): bigint {
    return readU64(ctx.kvStore(this.key).get(Keys.firstUnrooted), 1n);
  }

  setFirstUnrooted(ctx: Context, id: bigint): void {
    ctx.kvStore(this.key).set(Keys.firstUnrooted, u64Bytes(id));
  }

  settlement(ctx: ReadContext, id: bigint): Settlement | undefined {
    const raw = ctx.kvStore(this.key).get(settlementKey(id));
    return raw ? Settlement.decode(raw) : undefined;
  }

  putSettlement(ctx: Context, s: Settlement): void {
    ctx.kvStore(this.key).set(settlementKey(s.id), enc(Settlement, s));
  }

  /** Records one expiry settlement of a position (called as options settles it); a leaf of the next anchor's settlement root. */
  recordSettlement(ctx: Context, s: Omit<Settlement, 'id' | 'height'>): void {
    const id = this.nextSettlementId(ctx);
    this.putSettlement(ctx, { ...s, id, height: BigInt(ctx.block.height) });
    this.setNextSettlementId(ctx, id + 1n);
  }

  settlementRange(ctx: ReadContext, from: bigint, to: bigint): Settlement[] {
    if (to <= from) return [];
    return [...ctx.kvStore(this.key).iterator(settlementKey(from), settlementKey(to))].map((kv) => Settlement.decode(kv.value));
  }

  settlements(ctx: ReadContext): Settlement[] {
    return [...prefixIterator(ctx.kvStore(this.key), Keys.settlementPrefix)].map((kv) => Settlement.decode(kv.value));
  }

  // ---------------------------------------------------------------- totals

  totals(ctx: ReadContext): Totals {
    const raw = ctx.kvStore(this.key).get(Keys.totals);
    return raw ? Totals.decode(raw) : { deposited: '0', withdrawn: '0' };
  }

  setTotals(ctx: Context, t: Totals): void {
    ctx.kvStore(this.key).set(Keys.totals, enc(Totals, t));
  }
}
