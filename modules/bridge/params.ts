import { GOV_AUTHORITY, validateDenom } from '../../chain/sdk';
import type { Params } from '../../proto/gen/settle/bridge/v1/types';
import { parseEvmAddress, type Domain } from './encoding';
import { BridgeErrors } from './errors';

export const DEFAULT_PARAMS: Params = {
  authority: GOV_AUTHORITY,
  anchorInterval: 10n,
  evmChainId: 0n,
  bridgeContract: '',
  token: '',
  denom: 'ubusdc',
  challengeDelaySeconds: 0n,
  minWithdrawal: '1',
  maxDepositsPerExtension: 16,
  signingWindow: 8,
};

const ZERO_ADDRESS = `0x${'00'.repeat(20)}`;

function evmAddressParam(text: string, what: string): void {
  if (text === '') return;
  try {
    parseEvmAddress(text);
  } catch (err) {
    throw BridgeErrors.invalidParams.wrap(`${what}: ${(err as Error).message}`);
  }
  if (text !== text.toLowerCase()) throw BridgeErrors.invalidParams.wrap(`${what} must be lower-case hex (one spelling per address), got ${text}`);
  if (text === ZERO_ADDRESS) throw BridgeErrors.invalidParams.wrap(`${what} must not be the zero address`);
}

export function validateParams(p: Params): void {
  if (p.anchorInterval > 1_000_000n) throw BridgeErrors.invalidParams.wrap(`anchor_interval must be 0..1000000 blocks, got ${p.anchorInterval}`);
  if (p.evmChainId >= 1n << 64n) throw BridgeErrors.invalidParams.wrap('evm_chain_id out of range');
  evmAddressParam(p.bridgeContract, 'bridge_contract');
  evmAddressParam(p.token, 'token');
  if (p.bridgeContract !== '' && p.evmChainId === 0n) throw BridgeErrors.invalidParams.wrap('evm_chain_id is required with bridge_contract');
  try {
    validateDenom(p.denom);
  } catch (err) {
    throw BridgeErrors.invalidParams.wrap(`denom: ${(err as Error).message}`);
  }
  if (!/^[1-9][0-9]{0,37}$/.test(p.minWithdrawal)) throw BridgeErrors.invalidParams.wrap(`min_withdrawal must be a positive integer below 10^38, got "${p.minWithdrawal}"`);
  if (p.maxDepositsPerExtension < 1 || p.maxDepositsPerExtension > 256) throw BridgeErrors.invalidParams.wrap(`max_deposits_per_extension must be 1..256, got ${p.maxDepositsPerExtension}`);
  if (p.signingWindow < 1 || p.signingWindow > 64) throw BridgeErrors.invalidParams.wrap(`signing_window must be 1..64, got ${p.signingWindow}`);
}

/** The signing domain, or undefined while the contract is not configured (nothing is signed then). */
export function domainOf(p: Params, settleChainId: string): Domain | undefined {
  if (p.bridgeContract === '' || p.evmChainId === 0n) return undefined;
  return { settleChainId, evmChainId: p.evmChainId, bridge: parseEvmAddress(p.bridgeContract) };
}
