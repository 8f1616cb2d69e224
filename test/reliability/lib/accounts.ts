/**
 * Keys, signing and genesis funding shared by the reliability harness (simulation, fuzzing, fault
 * injection). Keys are derived from a label and an index (sha256), so every run and every process
 * uses the same accounts; txs are signed offline with CosmJS's DirectSecp256k1Wallet
 * (SIGN_MODE_DIRECT, exactly what SigningStargateClient produces), without any network.
 */
import * as crypto from 'node:crypto';
import { encodeSecp256k1Pubkey } from '@cosmjs/amino';
import { fromBase64 } from '@cosmjs/encoding';
import { DirectSecp256k1Wallet, encodePubkey, makeAuthInfoBytes, makeSignDoc } from '@cosmjs/proto-signing';
import { MsgMultiSend, MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import type { Any } from 'cosmjs-types/google/protobuf/any';
import { TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { defaultAppState } from '../../../chain/node/modules';
import { fundDevAccounts, type DevAccount } from '../../../chain/node/dev-accounts';

export const FEE_DENOM = 'usettle';
export const DENOMS = ['uatom', 'usettle', 'uusdc'] as const;

export interface Coin {
  denom: string;
  amount: string;
}

export interface Key {
  index: number;
  address: string;
  privkey: Uint8Array;
  /** Compressed secp256k1 public key (33 bytes). */
  pubkey: Uint8Array;
  pubkeyAny: Any;
  wallet: DirectSecp256k1Wallet;
}

const keyCache = new Map<string, Key>();

/** The i-th key of a label: private key sha256(`${label}/${i}`). Cached per process. */
export async function deriveKey(label: string, i: number): Promise<Key> {
  const id = `${label}/${i}`;
  const hit = keyCache.get(id);
  if (hit) return hit;
  const privkey = crypto.createHash('sha256').update(id).digest();
  const wallet = await DirectSecp256k1Wallet.fromKey(privkey, 'settle');
  const [acc] = await wallet.getAccounts();
  const key: Key = { index: i, address: acc.address, privkey, pubkey: acc.pubkey, pubkeyAny: encodePubkey(encodeSecp256k1Pubkey(acc.pubkey)), wallet };
  keyCache.set(id, key);
  return key;
}

export async function deriveKeys(label: string, n: number, from = 0): Promise<Key[]> {
  const out: Key[] = [];
  for (let i = from; i < from + n; i++) out.push(await deriveKey(label, i));
  return out;
}

export interface EncodedMsg {
  typeUrl: string;
  value: Uint8Array;
}

export function msgSend(from: string, to: string, amount: Coin[]): EncodedMsg {
  return { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.encode(MsgSend.fromPartial({ fromAddress: from, toAddress: to, amount })).finish() };
}

export function msgMultiSend(from: string, input: Coin[], outputs: { address: string; coins: Coin[] }[]): EncodedMsg {
  return {
    typeUrl: '/cosmos.bank.v1beta1.MsgMultiSend',
    value: MsgMultiSend.encode(MsgMultiSend.fromPartial({ inputs: [{ address: from, coins: input }], outputs })).finish(),
  };
}

export interface SignOptions {
  chainId: string;
  accountNumber: bigint;
  sequence: bigint;
  fee: Coin[];
  gas: bigint;
  memo?: string;
  timeoutHeight?: bigint;
}

/** A TxRaw signed in SIGN_MODE_DIRECT by `key`, as bytes. */
export async function signTx(key: Key, msgs: EncodedMsg[], o: SignOptions): Promise<Uint8Array> {
  const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: msgs, memo: o.memo ?? '', timeoutHeight: o.timeoutHeight ?? 0n })).finish();
  const authInfoBytes = makeAuthInfoBytes([{ pubkey: key.pubkeyAny, sequence: o.sequence }], o.fee, Number(o.gas), undefined, undefined);
  const doc = makeSignDoc(bodyBytes, authInfoBytes, o.chainId, o.accountNumber);
  const { signature } = await key.wallet.signDirect(key.address, doc);
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [fromBase64(signature.signature)] }).finish();
}

export function txHashHex(tx: Uint8Array): string {
  return crypto.createHash('sha256').update(tx).digest('hex').toUpperCase();
}

/**
 * settle's default genesis app_state with `funded` accounts holding `coins` each (Cosmos SDK shape:
 * auth.accounts BaseAccounts numbered 0.. in the given order, bank.balances sorted), via the same
 * function the devnet uses for its development accounts.
 */
export function fundedAppState(funded: { address: string; coins: Coin[] }[]): Record<string, unknown> {
  const accounts: DevAccount[] = funded.map((f, i) => ({ name: `acc${i}`, address: f.address, mnemonic: '', hdPath: '', coins: f.coins }));
  const { appState, funded: ok } = fundDevAccounts(defaultAppState(), accounts);
  if (!ok) throw new Error('the default app_state has no bank section to fund accounts in');
  return appState;
}
