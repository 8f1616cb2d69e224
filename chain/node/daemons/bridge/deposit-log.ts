/**
 * The contract's Deposited event from a raw JSON-RPC log:
 *   Deposited(uint64 indexed nonce, address indexed token, address indexed from, bytes settleRecipient, uint256 amount)
 * topics = [keccak256(signature), nonce, token, from]; data = abi.encode(bytes settleRecipient, uint256 amount).
 */
import type { Deposit } from '../../../../proto/gen/settle/bridge/v1/types';
import { keccak256 } from '../../../../modules/bridge/encoding';

export const DEPOSITED_TOPIC = `0x${Buffer.from(keccak256(Buffer.from('Deposited(uint64,address,address,bytes,uint256)'))).toString('hex')}`;

export interface EvmLog {
  address: string;
  topics: string[];
  data: string;
  blockNumber: string;
  removed?: boolean;
}

const word = (data: Buffer, i: number): bigint => BigInt(`0x${data.subarray(32 * i, 32 * i + 32).toString('hex')}`);
const topicAddress = (t: string): string => `0x${t.slice(-40).toLowerCase()}`;

/** Throws with the reason on a log that is not a well-formed Deposited event. */
export function decodeDepositedLog(log: EvmLog): Deposit {
  if (log.topics.length !== 4 || log.topics[0].toLowerCase() !== DEPOSITED_TOPIC) throw new Error('not a Deposited log');
  const data = Buffer.from(log.data.replace(/^0x/, ''), 'hex');
  if (data.length < 96) throw new Error('Deposited data too short');
  const offset = Number(word(data, 0));
  const amount = word(data, 1);
  const len = Number(word(data, offset / 32));
  const recipient = data.subarray(offset + 32, offset + 32 + len);
  if (recipient.length !== len) throw new Error('Deposited recipient truncated');
  return { nonce: BigInt(log.topics[1]), token: topicAddress(log.topics[2]), from: topicAddress(log.topics[3]), recipient: Uint8Array.from(recipient), amount: amount.toString() };
}
