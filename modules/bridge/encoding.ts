/**
 * The bridge's digests and leaves (README "Notation" to "Withdrawals"), computed by the state
 * machine itself: keccak-256 from @noble/hashes, Solidity's standard ABI encoding written out (every
 * value here is a static 32-byte word, or a dynamic array of them). The tests check every function
 * against viem (scripts/bridge/encoding.ts), the contract and OpenZeppelin's StandardMerkleTree.
 */
import { keccak_256 } from '@noble/hashes/sha3';

export type Bytes32 = Uint8Array;

export function keccak256(data: Uint8Array): Bytes32 {
  return keccak_256(data);
}

const ascii = (s: string): Uint8Array => Buffer.from(s, 'utf8');

export const VALSET_CHECKPOINT_TAG = keccak256(ascii('settle.bridge.v1.valset-checkpoint'));
export const VALSET_UPDATE_TAG = keccak256(ascii('settle.bridge.v1.valset-update'));
export const ANCHOR_TAG = keccak256(ascii('settle.bridge.v1.anchor'));
export const REGISTER_KEY_TAG = keccak256(ascii('settle.bridge.v1.register-key'));
export const POWER_NORM = 1n << 32n;
export const ZERO32 = new Uint8Array(32);

/** An unsigned integer as one big-endian 32-byte word; throws outside [0, 2^bits). */
export function uintWord(value: bigint, bits = 256): Uint8Array {
  if (value < 0n || value >= 1n << BigInt(bits)) throw new Error(`${value} is not a uint${bits}`);
  return Buffer.from(value.toString(16).padStart(64, '0'), 'hex');
}

/** A 20-byte address left-padded to a word. */
export function addressWord(address: Uint8Array): Uint8Array {
  if (address.length !== 20) throw new Error(`an address has 20 bytes, got ${address.length}`);
  const w = new Uint8Array(32);
  w.set(address, 12);
  return w;
}

function bytes32Word(b: Uint8Array): Uint8Array {
  if (b.length !== 32) throw new Error(`a bytes32 has 32 bytes, got ${b.length}`);
  return b;
}

const words = (...ws: Uint8Array[]): Uint8Array => Buffer.concat(ws);

/** Where a digest is valid: keccak256 of the settle chain id, the EVM chain id, the contract. */
export interface Domain {
  settleChainId: string;
  evmChainId: bigint;
  bridge: Uint8Array;
}

function domainWords(d: Domain): Uint8Array[] {
  return [keccak256(ascii(d.settleChainId)), uintWord(d.evmChainId), addressWord(d.bridge)];
}

/** keccak256(abi.encode(bytes32 VALSET_CHECKPOINT_TAG, uint64 nonce, address[] validators, uint64[] powers)) */
export function valsetCheckpoint(nonce: bigint, validators: Uint8Array[], powers: bigint[]): Bytes32 {
  const n = BigInt(validators.length);
  const head = [VALSET_CHECKPOINT_TAG, uintWord(nonce, 64), uintWord(4n * 32n), uintWord(4n * 32n + 32n + 32n * n)];
  const tail = [uintWord(n), ...validators.map(addressWord), uintWord(BigInt(powers.length)), ...powers.map((p) => uintWord(p, 64))];
  return keccak256(words(...head, ...tail));
}

/** keccak256(abi.encode(VALSET_UPDATE_TAG, domain…, bytes32 checkpoint(next))) */
export function valsetUpdateDigest(d: Domain, nextCheckpoint: Bytes32): Bytes32 {
  return keccak256(words(VALSET_UPDATE_TAG, ...domainWords(d), bytes32Word(nextCheckpoint)));
}

export interface AnchorFields {
  nonce: bigint;
  height: bigint;
  appHash: Uint8Array;
  settlementRoot: Uint8Array;
  withdrawalsRoot: Uint8Array;
  lastDepositNonce: bigint;
  valsetCheckpoint: Uint8Array;
}

/** keccak256(abi.encode(ANCHOR_TAG, domain…, the seven anchor fields in order)): 11 words. */
export function anchorDigest(d: Domain, a: AnchorFields): Bytes32 {
  return keccak256(
    words(
      ANCHOR_TAG,
      ...domainWords(d),
      uintWord(a.nonce, 64),
      uintWord(a.height, 64),
      bytes32Word(a.appHash),
      bytes32Word(a.settlementRoot),
      bytes32Word(a.withdrawalsRoot),
      uintWord(a.lastDepositNonce, 64),
      bytes32Word(a.valsetCheckpoint),
    ),
  );
}

/**
 * What a validator's two keys sign to register (chain side only):
 * keccak256(abi.encode(REGISTER_KEY_TAG, keccak256(settle chain id), address validator (consensus address), address evm)).
 */
export function registrationDigest(settleChainId: string, validatorAddress: Uint8Array, evmAddress: Uint8Array): Bytes32 {
  return keccak256(words(REGISTER_KEY_TAG, keccak256(ascii(settleChainId)), addressWord(validatorAddress), addressWord(evmAddress)));
}

/** A signed integer as one two's-complement 32-byte word (int64 here). */
export function intWord(value: bigint, bits = 64): Uint8Array {
  const half = 1n << BigInt(bits - 1);
  if (value < -half || value >= half) throw new Error(`${value} is not an int${bits}`);
  return uintWord(BigInt.asUintN(256, value));
}

/** The settlement-root leaf types (StandardMerkleTree): instrument id hash, owner, subaccount, size, price per contract. */
export const SETTLEMENT_LEAF_TYPES = ['bytes32', 'address', 'uint32', 'int64', 'uint256'];

/**
 * keccak256(bytes.concat(keccak256(abi.encode(bytes32 keccak256(instrumentId), address owner, uint32 subaccount,
 * int64 size, uint256 price)))): one settled position.
 */
export function settlementLeaf(instrumentId: string, owner: Uint8Array, subaccount: number, size: bigint, price: bigint): Bytes32 {
  return keccak256(keccak256(words(keccak256(ascii(instrumentId)), addressWord(owner), uintWord(BigInt(subaccount), 32), intWord(size), uintWord(price))));
}

/** keccak256(bytes.concat(keccak256(abi.encode(uint64 id, address to, address token, uint256 amount)))) */
export function withdrawalLeaf(id: bigint, to: Uint8Array, token: Uint8Array, amount: bigint): Bytes32 {
  return keccak256(keccak256(words(uintWord(id, 64), addressWord(to), addressWord(token), uintWord(amount))));
}

/** The EIP-191 hash of a 32-byte digest: keccak256("\x19Ethereum Signed Message:\n32" ‖ digest). */
export function ethSignedHash(digest: Bytes32): Bytes32 {
  return keccak256(Buffer.concat([ascii('\x19Ethereum Signed Message:\n32'), bytes32Word(digest)]));
}

// ---------------------------------------------------------------------------------------------
// EVM addresses as text

/** Parses a 0x-prefixed 40-hex-digit address (any case); throws with the reason. */
export function parseEvmAddress(text: string): Uint8Array {
  if (!/^0x[0-9a-fA-F]{40}$/.test(text)) throw new Error(`"${text}" is not a 0x-prefixed 20-byte hex address`);
  return Buffer.from(text.slice(2), 'hex');
}

export function formatEvmAddress(address: Uint8Array): string {
  return `0x${Buffer.from(address).toString('hex')}`;
}

// ---------------------------------------------------------------------------------------------
// The bridge validator set

export interface ValsetMember {
  evmAddress: Uint8Array;
  stake: bigint;
}

/**
 * The README's set: members sorted by address ascending, power floor(stake · 2^32 / Σ stake), zero
 * powers left out. Two members with one address are refused (a key registers for one validator).
 */
export function normalisedValset(members: ValsetMember[]): { validators: Uint8Array[]; powers: bigint[] } {
  const total = members.reduce((s, m) => s + m.stake, 0n);
  const sorted = [...members].sort((a, b) => Buffer.compare(Buffer.from(a.evmAddress), Buffer.from(b.evmAddress)));
  for (let i = 1; i < sorted.length; i++) {
    if (Buffer.compare(Buffer.from(sorted[i - 1].evmAddress), Buffer.from(sorted[i].evmAddress)) === 0) throw new Error(`EVM address ${formatEvmAddress(sorted[i].evmAddress)} is in the set twice`);
  }
  const validators: Uint8Array[] = [];
  const powers: bigint[] = [];
  if (total === 0n) return { validators, powers };
  for (const m of sorted) {
    const power = (m.stake * POWER_NORM) / total;
    if (power === 0n) continue;
    validators.push(m.evmAddress);
    powers.push(power);
  }
  return { validators, powers };
}

/** The contract's threshold: 3 · signed > 2 · total. */
export function exceedsTwoThirds(signed: bigint, total: bigint): boolean {
  return signed * 3n > total * 2n;
}
