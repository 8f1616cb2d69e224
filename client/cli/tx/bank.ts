// settle tx bank: the human commands.
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { parseCoins } from '../values';
import { text } from './flags';
import type { TxCommand } from './types';

export const BANK_TX: TxCommand[] = [
  {
    module: 'bank',
    name: 'send',
    typeUrl: MsgSend.typeUrl,
    summary: 'send coins to an address (or a key of the keyring)',
    flags: [
      { flags: '--to <address|key>', description: 'recipient', required: true },
      { flags: '--amount <coins>', description: 'e.g. 10usdc or 10000000uusdc,5usettle', required: true },
    ],
    build: async (o, c) => MsgSend.fromPartial({ fromAddress: c.sender, toAddress: c.session.resolveAddress(text(o, 'to', '--to')), amount: parseCoins(text(o, 'amount', '--amount'), await c.session.units()).map((x) => ({ denom: x.denom, amount: x.amount.toString() })) }),
  },
];
