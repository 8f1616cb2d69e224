/**
 * Type URL → codec, for rendering `google.protobuf.Any` values as proto3 JSON (`{"@type": url,
 * ...fields}`) the way the SDK's gateway resolves them through its interface registry: accounts,
 * public keys, txs, and every message (and message response) settle's modules register.
 */
import * as authTypes from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import * as bankTx from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import * as ed25519 from 'cosmjs-types/cosmos/crypto/ed25519/keys';
import * as multisig from 'cosmjs-types/cosmos/crypto/multisig/keys';
import * as secp256k1 from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import * as txTypes from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import * as marginTx from '../../../proto/gen/settle/margin/v1/tx';
import * as optionsTx from '../../../proto/gen/settle/options/v1/tx';
import * as oracleTx from '../../../proto/gen/settle/oracle/v1/tx';
import type { Codec } from './codecs';

function isCodec(v: unknown): v is Codec {
  return typeof v === 'object' && v !== null && typeof (v as Codec).decode === 'function' && typeof (v as Codec).toJSON === 'function';
}

let registry: Map<string, Codec> | undefined;

function build(): Map<string, Codec> {
  const out = new Map<string, Codec>();
  // cosmjs-types codecs carry their own type URL
  for (const mod of [authTypes, bankTx, ed25519, multisig, secp256k1, txTypes] as Array<Record<string, unknown>>) {
    for (const v of Object.values(mod)) {
      if (isCodec(v) && typeof (v as { typeUrl?: unknown }).typeUrl === 'string') out.set((v as unknown as { typeUrl: string }).typeUrl, v);
    }
  }
  // ts-proto codecs (settle's own): the package name + the exported message name
  for (const [pkg, mod] of [
    ['settle.margin.v1', marginTx],
    ['settle.options.v1', optionsTx],
    ['settle.oracle.v1', oracleTx],
  ] as Array<[string, Record<string, unknown>]>) {
    for (const [name, v] of Object.entries(mod)) if (isCodec(v) && /^Msg/.test(name)) out.set(`/${pkg}.${name}`, v);
  }
  return out;
}

export function anyCodec(typeUrl: string): Codec | undefined {
  registry ??= build();
  return registry.get(typeUrl);
}
