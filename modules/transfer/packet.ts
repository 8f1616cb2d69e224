import { MAX_AMOUNT } from '../../chain/sdk';
import { validatePrefixedDenom } from './denom';
import { TransferErrors } from './errors';
import { goJsonObject } from './go-json';
import { isGoBlank, parseGoBigInt } from './go-parse';

/** ibc.applications.transfer.v1.FungibleTokenPacketData, the ICS-20 packet payload. */
export interface PacketData {
  /** the full denom path as the sending chain knows it (`uatom`, `transfer/channel-0/uatom`) */
  denom: string;
  /** decimal integer string */
  amount: string;
  sender: string;
  receiver: string;
  memo: string;
}

const FIELDS = ['denom', 'amount', 'sender', 'receiver', 'memo'] as const;

/**
 * GetBytes: ibc-go v8 writes proto3 JSON with original field names and no empty fields (so a packet
 * without a memo has no "memo" key, as before memos existed), re-marshalled by MustSortJSON: sorted
 * keys, compact, Go string escaping (go-json.ts). The packet commitment hashes these bytes, so they
 * must be ibc-go's exactly.
 */
export function encodePacketData(d: PacketData): Uint8Array {
  const fields: Record<string, string> = {};
  for (const f of FIELDS) if (d[f] !== '') fields[f] = d[f];
  return Buffer.from(goJsonObject(fields), 'utf8');
}

/**
 * ModuleCdc.UnmarshalJSON into FungibleTokenPacketData: a JSON object whose keys are among the five
 * fields (unknown keys are refused, as jsonpb does), each a string or null (= empty). Invalid UTF-8
 * reads as U+FFFD, as Go's decoder does. Throws invalidPacketData.
 */
export function decodePacketData(bytes: Uint8Array): PacketData {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (err) {
    throw TransferErrors.invalidPacketData.wrap(`cannot unmarshal ICS-20 transfer packet data: ${(err as Error).message}`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw TransferErrors.invalidPacketData.wrap('cannot unmarshal ICS-20 transfer packet data: not a JSON object');
  const d: PacketData = { denom: '', amount: '', sender: '', receiver: '', memo: '' };
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (!(FIELDS as readonly string[]).includes(k)) throw TransferErrors.invalidPacketData.wrap(`cannot unmarshal ICS-20 transfer packet data: unknown field ${JSON.stringify(k)}`);
    if (v === null) continue;
    if (typeof v !== 'string') throw TransferErrors.invalidPacketData.wrap(`cannot unmarshal ICS-20 transfer packet data: field ${k} is not a string`);
    d[k as (typeof FIELDS)[number]] = v;
  }
  return d;
}

/**
 * The packet amount as ibc-go parses it (math.NewIntFromString: Go's big.Int syntax with base
 * prefixes and `_` separators, at most 256 bits), or invalidAmount.
 */
export function parsePacketAmount(amount: string): bigint {
  const v = parseGoBigInt(amount);
  if (v === undefined || v > MAX_AMOUNT || -v > MAX_AMOUNT) throw TransferErrors.invalidAmount.wrap(`unable to parse transfer amount (${amount}) into math.Int`);
  return v;
}

/** FungibleTokenPacketData.ValidateBasic; returns the amount. */
export function validatePacketData(d: PacketData): bigint {
  const amount = parsePacketAmount(d.amount);
  if (amount <= 0n) throw TransferErrors.invalidAmount.wrap(`amount must be strictly positive: got ${amount}`);
  if (isGoBlank(d.sender)) throw TransferErrors.invalidAddress.wrap('sender address cannot be blank');
  if (isGoBlank(d.receiver)) throw TransferErrors.invalidAddress.wrap('receiver address cannot be blank');
  validatePrefixedDenom(d.denom);
  return amount;
}
