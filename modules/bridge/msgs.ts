import { addressBytes, bytesEqual, msgRegistrations, verifyEd25519, type Context, type MsgRegistration } from '../../chain/sdk';
import {
  MsgRegisterBridgeKey,
  MsgRegisterBridgeKeyResponse,
  MsgUpdateParams,
  MsgUpdateParamsResponse,
  MsgWithdraw,
  MsgWithdrawResponse,
} from '../../proto/gen/settle/bridge/v1/tx';
import type { Params } from '../../proto/gen/settle/bridge/v1/types';
import { MAX_DEPOSIT } from './deposits';
import { formatEvmAddress, parseEvmAddress, registrationDigest } from './encoding';
import { BridgeErrors } from './errors';
import type { BridgeKeeper } from './keeper';
import { MODULE_ACCOUNT } from './keys';
import { validateParams } from './params';
import { recoverSigner } from './signatures';

function evmAddress(text: string, what: string): Uint8Array {
  let a: Uint8Array;
  try {
    a = parseEvmAddress(text);
  } catch (err) {
    throw BridgeErrors.invalidAddress.wrap(`${what}: ${(err as Error).message}`);
  }
  if (a.every((b) => b === 0)) throw BridgeErrors.invalidAddress.wrap(`${what} must not be the zero address`);
  return a;
}

export function validateMsgRegisterBridgeKey(m: MsgRegisterBridgeKey): { validator: Uint8Array; evm: Uint8Array } {
  addressBytes(m.sender);
  if (!/^[0-9a-fA-F]{40}$/.test(m.validatorAddress)) throw BridgeErrors.invalidAddress.wrap(`validator_address must be 40 hex characters (a CometBFT consensus address), got "${m.validatorAddress}"`);
  const evm = evmAddress(m.evmAddress, 'evm_address');
  if (m.evmSignature.length !== 65) throw BridgeErrors.invalidProofOfPossession.wrap(`evm_signature has 65 bytes (r ‖ s ‖ v), got ${m.evmSignature.length}`);
  if (m.validatorSignature.length !== 64) throw BridgeErrors.invalidProofOfPossession.wrap(`validator_signature has 64 bytes (ed25519), got ${m.validatorSignature.length}`);
  return { validator: Buffer.from(m.validatorAddress, 'hex'), evm };
}

/** Both keys signed the registration digest: the EVM key (EIP-191) and the validator's consensus key (ed25519). */
export function registerBridgeKey(keeper: BridgeKeeper, ctx: Context, m: MsgRegisterBridgeKey): void {
  const { validator, evm } = validateMsgRegisterBridgeKey(m);
  const val = keeper.chainValidators.validators(ctx).find((v) => bytesEqual(v.address, validator));
  if (!val) throw BridgeErrors.unknownValidator.wrap(`${m.validatorAddress} is not in the chain's validator set`);
  const digest = registrationDigest(ctx.block.chainId, validator, evm);
  let signer: Uint8Array;
  try {
    signer = recoverSigner(digest, m.evmSignature);
  } catch (err) {
    throw BridgeErrors.invalidProofOfPossession.wrap(`evm_signature: ${(err as Error).message}`);
  }
  if (!bytesEqual(signer, evm)) throw BridgeErrors.invalidProofOfPossession.wrap(`evm_signature recovers to ${formatEvmAddress(signer)}, not ${formatEvmAddress(evm)} (wrong key, chain id or validator)`);
  if (!verifyEd25519(val.pubKey, digest, m.validatorSignature)) throw BridgeErrors.invalidProofOfPossession.wrap(`validator_signature is not the consensus key's signature of the registration digest`);
  const evmText = formatEvmAddress(evm);
  const other = keeper.bridgeKeys(ctx).find((k) => k.evmAddress === evmText && k.validatorAddress !== m.validatorAddress.toLowerCase());
  if (other) throw BridgeErrors.keyInUse.wrap(`${evmText} is validator ${other.validatorAddress}'s bridge key`);
  keeper.setBridgeKey(ctx, validator, { validatorAddress: m.validatorAddress.toLowerCase(), evmAddress: evmText });
  ctx.emit('settle.bridge.v1.EventBridgeKeyRegistered', { validator_address: JSON.stringify(m.validatorAddress.toLowerCase()), evm_address: JSON.stringify(evmText) });
}

export function validateMsgWithdraw(m: MsgWithdraw): bigint {
  addressBytes(m.sender);
  evmAddress(m.to, 'to');
  if (!/^[1-9][0-9]{0,38}$/.test(m.amount) || BigInt(m.amount) > MAX_DEPOSIT) throw BridgeErrors.invalidAmount.wrap(`amount must be a positive integer of base units up to 2^128-1, got "${m.amount}"`);
  return BigInt(m.amount);
}

/** Burns the sender's bridged coins and queues withdrawal `id` for the next anchor. */
export function withdraw(keeper: BridgeKeeper, ctx: Context, m: MsgWithdraw): bigint {
  const amount = validateMsgWithdraw(m);
  const p = keeper.params(ctx);
  if (p.token === '') throw BridgeErrors.bridgeDisabled.wrap('no bridged token is configured (params.token)');
  if (amount < BigInt(p.minWithdrawal)) throw BridgeErrors.invalidAmount.wrap(`amount ${amount} is below min_withdrawal ${p.minWithdrawal}`);
  const coins = [{ denom: p.denom, amount }];
  keeper.bank.sendCoinsFromAccountToModule(ctx, m.sender, MODULE_ACCOUNT, coins);
  keeper.bank.burnCoins(ctx, MODULE_ACCOUNT, coins);
  const id = keeper.nextWithdrawalId(ctx);
  const to = formatEvmAddress(parseEvmAddress(m.to));
  keeper.putWithdrawal(ctx, { id, sender: m.sender, to, token: p.token, amount: m.amount, height: BigInt(ctx.block.height), anchorNonce: 0n });
  keeper.setNextWithdrawalId(ctx, id + 1n);
  const t = keeper.totals(ctx);
  keeper.setTotals(ctx, { ...t, withdrawn: (BigInt(t.withdrawn) + amount).toString() });
  ctx.emit('settle.bridge.v1.EventWithdrawal', { id: JSON.stringify(id.toString()), sender: JSON.stringify(m.sender), to: JSON.stringify(to), amount: JSON.stringify(m.amount) });
  return id;
}

export function validateMsgUpdateParams(m: MsgUpdateParams): Params {
  addressBytes(m.authority);
  if (!m.params) throw BridgeErrors.invalidParams.wrap('params are required');
  validateParams(m.params);
  return m.params;
}

const registration = msgRegistrations('settle.bridge.v1', 'settle/bridge');
const omitZero = <T>(v: T): T | undefined => (v === 0 || v === '' || v === false || v === 0n ? undefined : v);
// bytes as base64, "" when empty: what the SDK's amino converters (telescope) sign
const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');

export function bridgeMsgs(keeper: BridgeKeeper): MsgRegistration[] {
  return [
    registration('MsgRegisterBridgeKey', MsgRegisterBridgeKey, MsgRegisterBridgeKeyResponse, (m) => m.sender, validateMsgRegisterBridgeKey, (ctx, m) => {
      registerBridgeKey(keeper, ctx, m);
      return {};
    }, (m) => ({
      sender: m.sender,
      validator_address: omitZero(m.validatorAddress),
      evm_address: omitZero(m.evmAddress),
      evm_signature: b64(m.evmSignature),
      validator_signature: b64(m.validatorSignature),
    })),
    registration('MsgWithdraw', MsgWithdraw, MsgWithdrawResponse, (m) => m.sender, validateMsgWithdraw, (ctx, m) => ({ id: withdraw(keeper, ctx, m) }), (m) => ({
      sender: m.sender,
      to: omitZero(m.to),
      amount: omitZero(m.amount),
    })),
    registration('MsgUpdateParams', MsgUpdateParams, MsgUpdateParamsResponse, (m) => m.authority, validateMsgUpdateParams, (ctx, m) => {
      const params = validateMsgUpdateParams(m);
      const expected = keeper.params(ctx).authority;
      if (m.authority !== expected) throw BridgeErrors.invalidAuthority.wrap(`expected ${expected}, got ${m.authority}`);
      const old = keeper.params(ctx);
      const domainChanged = old.bridgeContract !== params.bridgeContract || old.evmChainId !== params.evmChainId;
      if (domainChanged && keeper.nextSeq(ctx) > 1n) throw BridgeErrors.invalidParams.wrap('bridge_contract and evm_chain_id are fixed once attestations exist (their digests are signed for that domain)');
      keeper.setParams(ctx, params);
      return {};
    }, (m) => ({
      authority: m.authority,
      params: m.params && {
        authority: m.params.authority,
        anchor_interval: omitZero(m.params.anchorInterval)?.toString(),
        evm_chain_id: omitZero(m.params.evmChainId)?.toString(),
        bridge_contract: omitZero(m.params.bridgeContract),
        token: omitZero(m.params.token),
        denom: omitZero(m.params.denom),
        challenge_delay_seconds: omitZero(m.params.challengeDelaySeconds)?.toString(),
        min_withdrawal: omitZero(m.params.minWithdrawal),
        max_deposits_per_extension: omitZero(m.params.maxDepositsPerExtension),
        signing_window: omitZero(m.params.signingWindow),
      },
    })),
  ];
}
