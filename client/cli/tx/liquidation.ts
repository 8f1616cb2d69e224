// settle tx liquidation: the human commands.
import * as liquidationTx from '../../sdk/src/codegen/settle/liquidation/v1/tx';
import { CliError } from '../errors';
import { parseUint } from '../values';
import { amountOf, subaccount, text } from './flags';
import type { TxCommand } from './types';

export const LIQUIDATION_TX: TxCommand[] = [
  {
    module: 'liquidation',
    name: 'liquidate',
    typeUrl: liquidationTx.MsgLiquidate.typeUrl,
    summary: 'take contracts of a position under auction into your subaccount',
    flags: [
      { flags: '--owner <address|key>', description: 'the liquidated subaccount\'s owner', required: true },
      { flags: '--subaccount <n>', description: 'the liquidated subaccount', default: '0' },
      { flags: '--instrument <id>', description: 'the position\'s instrument', required: true },
      { flags: '--size <contracts>', description: 'contracts to take', required: true },
      { flags: '--liquidator-subaccount <n>', description: 'your subaccount that takes them', default: '0' },
    ],
    build: async (o, c) =>
      liquidationTx.MsgLiquidate.fromPartial({ liquidator: c.sender, liquidatorSubaccount: subaccount(o, 'liquidatorSubaccount'), owner: c.session.resolveAddress(text(o, 'owner', '--owner')), subaccount: subaccount(o), instrumentId: text(o, 'instrument', '--instrument'), size: parseUint(text(o, 'size', '--size'), '--size') }),
  },
  {
    module: 'liquidation',
    name: 'fund-insurance',
    typeUrl: liquidationTx.MsgFundInsurance.typeUrl,
    summary: 'pay into the insurance fund (in the settlement asset)',
    flags: [{ flags: '--amount <coin>', description: 'e.g. 100usdc', required: true }],
    build: async (o, c) => {
      const a = await amountOf(o, c);
      const settlement = await c.session.settlement();
      if (a.denom !== settlement.denom) throw new CliError(`--amount: the insurance fund takes ${settlement.denom}, not ${a.denom}`);
      return liquidationTx.MsgFundInsurance.fromPartial({ sender: c.sender, amount: a.amount.toString() });
    },
  },
];
