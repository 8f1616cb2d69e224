// The order flow of bench:orders (devnet and --in-process): market makers and takers, each tx one
// MsgBatch of up to 200 orders, signed as sequence-free short-term order txs (modules/options/short-term.ts:
// timeout height a few blocks ahead, no sequence needed, so a generator signs and sends them as fast as it
// likes). Makers quote post-only good-til-block orders (1 contract, bid 1.00 / ask 1.10 USDC) on a set of
// instruments, which expire a few blocks later by themselves, so each maker's open orders stay bounded;
// takers send IOC orders that cross them (alternately buying the ask and selling the bid, so positions
// stay near flat). Txs are built in k order (client ids count up per account), so a run's txs depend only on
// the options, the heights they were signed at and the instruments: the same on every run in-process.
import { createHash } from 'node:crypto';
import { encodeSecp256k1Pubkey } from '@cosmjs/amino';
import { DirectSecp256k1Wallet, encodePubkey, makeAuthInfoBytes, makeSignBytes, makeSignDoc } from '@cosmjs/proto-signing';
import { TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import type { Any } from 'cosmjs-types/google/protobuf/any';
import { fundDevAccounts, type DevAccount } from '../../chain/node/dev-accounts';
import { MsgDeposit } from '../../proto/gen/settle/margin/v1/tx';
import { orderTxGasLimit } from '../../client/sdk/src/gas';
import { MsgBatch } from '../../proto/gen/settle/options/v1/tx';
import { OrderSpec, Side, TimeInForce } from '../../proto/gen/settle/options/v1/types';

export const BID = 1_000_000n; // 1.00 USDC per contract
export const ASK = 1_100_000n; // 1.10 USDC per contract
const FEE = [{ denom: 'usettle', amount: '1000000' }];
/** The deposits' gas limit; order txs get theirs from the SDK's schedule (`orderTxGasLimit`), as a market maker would. */
const DEPOSIT_GAS = 1_000_000n;
/** Each account's deposit: 100 M USDC (1e14 uusdc), so margin never refuses an order. */
export const DEPOSIT = 100_000_000_000_000n;

interface Secp256k1 {
  ecdsaSign(msg32: Uint8Array, priv: Uint8Array): { signature: Uint8Array };
}
// libsecp256k1 (the `secp256k1` dependency's native binding): ~50 µs a signature, so the generator can sign as it sends
// eslint-disable-next-line @typescript-eslint/no-require-imports
const secp = require('secp256k1') as Secp256k1;

export interface BenchAccount {
  priv: Uint8Array;
  address: string;
  pubkey: Any;
  accountNumber: bigint;
}

export interface WorkloadOptions {
  makers: number;
  takers: number;
  /** Every `takerEvery`-th tx is a taker's (4: one taker tx per three maker txs). */
  takerEvery: number;
  /** Orders per tx (MsgBatch places; the module allows 200). */
  batch: number;
  /** Maker orders are good until the height they were signed at plus this. */
  goodTil: number;
  /** Short-term txs time out at the height they were signed at plus this (at most 20). */
  timeout: number;
}

/** Deterministic keys: the same accounts on every run. */
async function keys(label: string, n: number): Promise<Array<{ priv: Uint8Array; address: string; pubkey: Any }>> {
  const out = [];
  for (let i = 0; i < n; i++) {
    const priv = new Uint8Array(createHash('sha256').update(`settle-bench-orders/${label}/${i}`).digest());
    const wallet = await DirectSecp256k1Wallet.fromKey(priv, 'settle');
    const [acc] = await wallet.getAccounts();
    out.push({ priv, address: acc.address, pubkey: encodePubkey(encodeSecp256k1Pubkey(acc.pubkey)) });
  }
  return out;
}

/**
 * A tx signed in SIGN_MODE_DIRECT (what CosmJS's DirectSecp256k1Wallet produces, signed natively); its gas limit
 * is given, or computed from the size of its encoded body.
 */
export function signTx(a: BenchAccount, chainId: string, messages: Any[], sequence: bigint, timeoutHeight: bigint, gas: bigint | ((bodyBytes: number) => bigint)): Uint8Array {
  const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages, timeoutHeight })).finish();
  const gasLimit = typeof gas === 'bigint' ? gas : gas(bodyBytes.length);
  const authInfoBytes = makeAuthInfoBytes([{ pubkey: a.pubkey, sequence }], FEE, Number(gasLimit), undefined, undefined);
  const digest = createHash('sha256').update(makeSignBytes(makeSignDoc(bodyBytes, authInfoBytes, chainId, a.accountNumber))).digest();
  const { signature } = secp.ecdsaSign(digest, a.priv);
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signature] }).finish();
}

export class Workload {
  private readonly clientIds: bigint[];
  /** Per maker, its batches that may still be open: good-til-block and size (the bound for its gas limit). */
  private readonly quoting: Array<Array<{ goodTil: bigint; orders: number }>>;

  private constructor(
    readonly opts: WorkloadOptions,
    readonly makers: BenchAccount[],
    readonly takers: BenchAccount[],
    readonly chainId: string,
  ) {
    this.clientIds = new Array(makers.length + takers.length).fill(0n);
    this.quoting = makers.map(() => []);
  }

  /**
   * The accounts (funded with 1e15 usettle and uusdc in `appState`, which is returned with them added) and
   * the generator. Account numbers follow the app_state's auth accounts.
   */
  static async create(opts: WorkloadOptions, chainId: string, appState: Record<string, unknown>): Promise<{ workload: Workload; appState: Record<string, unknown> }> {
    const m = await keys('maker', opts.makers);
    const t = await keys('taker', opts.takers);
    const coins = [
      { denom: 'usettle', amount: '1000000000000000' },
      { denom: 'uusdc', amount: '1000000000000000' },
    ];
    const devs: DevAccount[] = [...m, ...t].map((k, i) => ({ name: `bench${i}`, address: k.address, mnemonic: '', hdPath: '', coins }));
    const funded = fundDevAccounts(appState, devs).appState;
    const numbers = new Map((funded.auth as { accounts: Array<{ address: string; account_number: string }> }).accounts.map((a) => [a.address, BigInt(a.account_number)]));
    const withNumber = (k: { priv: Uint8Array; address: string; pubkey: Any }): BenchAccount => {
      const n = numbers.get(k.address);
      if (n === undefined) throw new Error(`no account number for ${k.address}`);
      return { ...k, accountNumber: n };
    };
    return { workload: new Workload(opts, m.map(withNumber), t.map(withNumber), chainId), appState: funded };
  }

  get accounts(): BenchAccount[] {
    return [...this.makers, ...this.takers];
  }

  /** Each account's first tx (sequence 0, which also sets its public key): a deposit into subaccount 0. */
  depositTxs(): Uint8Array[] {
    return this.accounts.map((a) =>
      signTx(a, this.chainId, [{ typeUrl: '/settle.margin.v1.MsgDeposit', value: MsgDeposit.encode(MsgDeposit.fromPartial({ owner: a.address, subaccount: 0, denom: 'uusdc', amount: DEPOSIT.toString() })).finish() }], 0n, 0n, DEPOSIT_GAS),
    );
  }

  isTaker(k: number): boolean {
    return k % this.opts.takerEvery === this.opts.takerEvery - 1;
  }

  /** Tx k signed at `height` (the last committed height the sender knows of), trading `instruments`. */
  tx(k: number, height: bigint, instruments: readonly string[]): Uint8Array {
    const taker = this.isTaker(k);
    const nTakerTxs = Math.floor((k + 1) / this.opts.takerEvery);
    const index = taker ? (nTakerTxs - 1) % this.takers.length : (k - nTakerTxs) % this.makers.length;
    const account = taker ? this.takers[index] : this.makers[index];
    const slot = taker ? this.makers.length + index : index;
    const places: OrderSpec[] = [];
    for (let j = 0; j < this.opts.batch; j++) {
      const clientId = ++this.clientIds[slot];
      const instrumentId = instruments[(Math.floor(j / 2) + k) % instruments.length];
      const buy = j % 2 === 0;
      places.push(
        taker
          ? OrderSpec.fromPartial({ clientId, instrumentId, side: buy ? Side.SIDE_BUY : Side.SIDE_SELL, price: buy ? ASK : BID, size: 1n, timeInForce: TimeInForce.TIME_IN_FORCE_IOC })
          : OrderSpec.fromPartial({
              clientId,
              instrumentId,
              side: buy ? Side.SIDE_BUY : Side.SIDE_SELL,
              price: buy ? BID : ASK,
              size: 1n,
              timeInForce: TimeInForce.TIME_IN_FORCE_GTB,
              goodTilBlock: height + BigInt(this.opts.goodTil),
              postOnly: true,
            }),
      );
    }
    const batch = MsgBatch.fromPartial({ owner: account.address, subaccount: 0, places });
    const msg = { typeUrl: '/settle.options.v1.MsgBatch', value: MsgBatch.encode(batch).finish() };
    const openOrders = taker ? 0 : this.mayBeOpen(index, height);
    if (!taker) this.quoting[index].push({ goodTil: height + BigInt(this.opts.goodTil), orders: places.length });
    const gas = (bodyBytes: number) => orderTxGasLimit([{ typeUrl: msg.typeUrl, value: batch }], { bodyBytes, openOrders });
    // sequence-free: any sequence is accepted; 1 is the one after the deposit
    return signTx(account, this.chainId, [msg], 1n, height + BigInt(this.opts.timeout), gas);
  }

  /**
   * A bound on maker `index`'s open orders when a tx signed at `height` runs: its quotes whose good-til-block has
   * not passed (takers' IOC orders never rest). A tx runs in a block after `height`, so quotes good until before
   * `height` are gone.
   */
  private mayBeOpen(index: number, height: bigint): number {
    const live = this.quoting[index].filter((q) => q.goodTil >= height);
    this.quoting[index] = live;
    return live.reduce((n, q) => n + q.orders, 0);
  }
}
