import { MsgMultiSend, MsgMultiSendResponse, MsgSend, MsgSendResponse } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import type { Coin } from 'cosmjs-types/cosmos/base/v1beta1/coin';
import { addressBytes, AppError, Errors, parseCoins, type Amount, type Context, type MsgRegistration } from '../../chain/sdk';
import { BankErrors } from './errors';
import { BankKeeper, InputAmounts, validateInputOutputs } from './keeper';

/** Re-throws a registered error with a prefix naming the offending field. */
function field<T>(name: string, f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof AppError) throw new AppError(err.registered, `${name}: ${err.message}`);
    throw err;
  }
}

function nonEmptyCoins(coins: Coin[], name: string): Amount[] {
  if (coins.length === 0) throw Errors.invalidCoins.wrap(`${name} must not be empty`);
  return field(name, () => parseCoins(coins, name));
}

function coinsJSON(coins: Coin[]): Coin[] {
  return coins.map((c) => ({ denom: c.denom, amount: c.amount }));
}

// ---------------------------------------------------------------------------------------------
// MsgSend

/** Stateless checks: both addresses valid (sdk/7), amount non-empty, valid, sorted, positive (sdk/10). */
export function validateMsgSend(msg: MsgSend): Amount[] {
  field('invalid from address', () => addressBytes(msg.fromAddress));
  field('invalid to address', () => addressBytes(msg.toAddress));
  return nonEmptyCoins(msg.amount, 'amount');
}

/** The SDK v0.50 msgServer.Send: send-enabled (bank/5), blocked recipient (sdk/4), balances (sdk/5). */
export function handleMsgSend(keeper: BankKeeper, ctx: Context, msg: MsgSend): MsgSendResponse {
  const coins = validateMsgSend(msg);
  keeper.checkSendEnabled(ctx, coins);
  if (keeper.isBlockedAddress(msg.toAddress)) throw Errors.unauthorized.wrap(`${msg.toAddress} is not allowed to receive funds`);
  keeper.sendCoins(ctx, msg.fromAddress, msg.toAddress, coins);
  return {};
}

// ---------------------------------------------------------------------------------------------
// MsgMultiSend

/** Stateless checks (SDK v0.50): exactly one input (bank/2, bank/9), outputs (bank/3), valid addresses and coins, inputs == outputs (bank/4). */
export function validateMsgMultiSend(msg: MsgMultiSend): { input: InputAmounts; outputs: InputAmounts[] } {
  if (msg.inputs.length === 0) throw BankErrors.noInputs.wrap('');
  if (msg.inputs.length !== 1) throw BankErrors.multipleSenders.wrap(`${msg.inputs.length} inputs; exactly one is allowed`);
  if (msg.outputs.length === 0) throw BankErrors.noOutputs.wrap('');
  const parse = (io: { address: string; coins: Coin[] }, name: string): InputAmounts => {
    field(`${name} address`, () => addressBytes(io.address));
    return { address: io.address, coins: nonEmptyCoins(io.coins, `${name} coins`) };
  };
  const input = parse(msg.inputs[0], 'input');
  const outputs = msg.outputs.map((o, i) => parse(o, `output ${i}`));
  validateInputOutputs(input, outputs);
  return { input, outputs };
}

/** The SDK v0.50 msgServer.MultiSend: send-enabled for the input's coins, no blocked output, then InputOutputCoins. */
export function handleMsgMultiSend(keeper: BankKeeper, ctx: Context, msg: MsgMultiSend): MsgMultiSendResponse {
  const { input, outputs } = validateMsgMultiSend(msg);
  keeper.checkSendEnabled(ctx, input.coins);
  for (const o of outputs) {
    if (keeper.isBlockedAddress(o.address)) throw Errors.unauthorized.wrap(`${o.address} is not allowed to receive funds`);
  }
  keeper.inputOutputCoins(ctx, input, outputs);
  return {};
}

// ---------------------------------------------------------------------------------------------
// registrations

export function bankMsgs(keeper: BankKeeper): MsgRegistration[] {
  const send: MsgRegistration<MsgSend> = {
    typeUrl: '/cosmos.bank.v1beta1.MsgSend',
    decode: (bytes) => MsgSend.decode(bytes),
    encode: (msg) => MsgSend.encode(msg).finish(),
    signers: (msg) => [msg.fromAddress],
    validateBasic: (msg) => void validateMsgSend(msg),
    handle: (ctx, msg) => MsgSendResponse.encode(handleMsgSend(keeper, ctx, msg)).finish(),
    responseTypeUrl: '/cosmos.bank.v1beta1.MsgSendResponse',
    amino: {
      type: 'cosmos-sdk/MsgSend',
      toJSON: (msg) => ({ from_address: msg.fromAddress, to_address: msg.toAddress, amount: coinsJSON(msg.amount) }),
    },
  };
  const multiSend: MsgRegistration<MsgMultiSend> = {
    typeUrl: '/cosmos.bank.v1beta1.MsgMultiSend',
    decode: (bytes) => MsgMultiSend.decode(bytes),
    encode: (msg) => MsgMultiSend.encode(msg).finish(),
    // the signer of MsgMultiSend is its (single) input
    signers: (msg) => (msg.inputs.length > 0 ? [msg.inputs[0].address] : []),
    validateBasic: (msg) => void validateMsgMultiSend(msg),
    handle: (ctx, msg) => MsgMultiSendResponse.encode(handleMsgMultiSend(keeper, ctx, msg)).finish(),
    responseTypeUrl: '/cosmos.bank.v1beta1.MsgMultiSendResponse',
    amino: {
      type: 'cosmos-sdk/MsgMultiSend',
      toJSON: (msg) => ({
        inputs: msg.inputs.map((i) => ({ address: i.address, coins: coinsJSON(i.coins) })),
        outputs: msg.outputs.map((o) => ({ address: o.address, coins: coinsJSON(o.coins) })),
      }),
    },
  };
  return [send, multiSend];
}
