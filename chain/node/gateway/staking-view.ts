/**
 * cosmos.staking.v1beta1.Query as a view of settle's fixed validator set. settle has no staking module:
 * its validators are CometBFT's genesis set (proof of authority). Wallets and explorers still ask the
 * staking service for the validator list and the bond denom, so the set is shown as bonded validators
 * whose tokens are their voting power, with no commission, delegations or unbonding. (The staking
 * Params are answered by the app itself: modules/consensus/queries.ts.)
 */
import { toBech32 } from '@cosmjs/encoding';
import { BondStatus, type Validator } from 'cosmjs-types/cosmos/staking/v1beta1/staking';
import { fromBech32 } from '@cosmjs/encoding';
import { pubKeyAny, VALOPER_PREFIX, type CometValidator } from './comet';
import { GatewayError, GrpcCode } from './status';

/** 0 as the SDK's LegacyDec in protobuf (the integer of 18 fractional digits, as a string). */
const DEC_ZERO = '0';
const decAtomics = (n: bigint): string => (n * 10n ** 18n).toString();

export function operatorAddress(v: CometValidator): string {
  return toBech32(VALOPER_PREFIX, v.address);
}

export function stakingValidator(v: CometValidator, moniker: string): Validator {
  return {
    operatorAddress: operatorAddress(v),
    consensusPubkey: pubKeyAny(v),
    jailed: false,
    status: BondStatus.BOND_STATUS_BONDED,
    tokens: v.votingPower.toString(),
    delegatorShares: decAtomics(v.votingPower),
    description: { moniker, identity: '', website: '', securityContact: '', details: '' },
    unbondingHeight: 0n,
    unbondingTime: { seconds: 0n, nanos: 0 },
    commission: { commissionRates: { rate: DEC_ZERO, maxRate: DEC_ZERO, maxChangeRate: DEC_ZERO }, updateTime: { seconds: 0n, nanos: 0 } },
    minSelfDelegation: '0',
    unbondingOnHoldRefCount: 0n,
    unbondingIds: [],
  };
}

/** `status` filter of QueryValidators: only bonded validators exist. */
export function matchesStatus(status: string): boolean {
  return status === '' || status === 'BOND_STATUS_BONDED' || status === String(BondStatus.BOND_STATUS_BONDED);
}

export function findValidator(set: CometValidator[], operator: string): CometValidator {
  let bytes: Uint8Array;
  try {
    const d = fromBech32(operator);
    if (d.prefix !== VALOPER_PREFIX) throw new Error(`expected prefix ${VALOPER_PREFIX}, got ${d.prefix}`);
    bytes = d.data;
  } catch (err) {
    throw new GatewayError(GrpcCode.INVALID_ARGUMENT, `invalid validator address ${operator}: ${(err as Error).message}`);
  }
  const v = set.find((x) => Buffer.from(x.address).equals(Buffer.from(bytes)));
  if (!v) throw new GatewayError(GrpcCode.NOT_FOUND, `validator ${operator} not found`);
  return v;
}

const LEGACY_DEC_FIELDS = new Set(['delegator_shares', 'rate', 'max_rate', 'max_change_rate', 'min_commission_rate']);

/** A LegacyDec's protobuf form (integer of 18 fractional digits) as its JSON form ("1.000000000000000000"). */
export function legacyDecJson(atomics: string): string {
  if (!/^-?\d+$/.test(atomics)) return atomics;
  const neg = atomics.startsWith('-');
  const digits = (neg ? atomics.slice(1) : atomics).padStart(19, '0');
  return `${neg ? '-' : ''}${digits.slice(0, -18)}.${digits.slice(-18)}`;
}

/**
 * The staking messages' LegacyDec fields in REST JSON: the SDK's gateway prints them as decimals
 * (the type's own JSON), while the protobuf bytes (and so gRPC) carry the integer form.
 */
export function stakingDecimalsJson(json: unknown): unknown {
  if (Array.isArray(json)) return json.map(stakingDecimalsJson);
  if (json === null || typeof json !== 'object') return json;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(json)) out[k] = LEGACY_DEC_FIELDS.has(k) && typeof v === 'string' ? legacyDecJson(v) : stakingDecimalsJson(v);
  return out;
}
