// settle tx margin: the human commands.
import * as marginTx from '../../sdk/src/codegen/settle/margin/v1/tx';
import { CliError } from '../errors';
import { amountOf, subaccount, SUBACCOUNT, text } from './flags';
import type { TxCommand } from './types';

export const MARGIN_TX: TxCommand[] = [
  {
    module: 'margin',
    name: 'deposit',
    typeUrl: marginTx.MsgDeposit.typeUrl,
    summary: 'move collateral from your bank balance into a margin subaccount (created by its first deposit)',
    flags: [{ flags: '--amount <coin>', description: 'e.g. 1000usdc or 1000000000uusdc', required: true }, SUBACCOUNT, { flags: '--isolated', description: 'a new subaccount margined on its own' }],
    build: async (o, c) => {
      const a = await amountOf(o, c);
      return marginTx.MsgDeposit.fromPartial({ owner: c.sender, subaccount: subaccount(o), denom: a.denom, amount: a.amount.toString(), isolated: o.isolated === true });
    },
  },
  {
    module: 'margin',
    name: 'withdraw',
    typeUrl: marginTx.MsgWithdraw.typeUrl,
    summary: 'move collateral from a subaccount back to your bank balance (refused below initial margin)',
    flags: [{ flags: '--amount <coin>', description: 'e.g. 100usdc', required: true }, SUBACCOUNT],
    build: async (o, c) => {
      const a = await amountOf(o, c);
      return marginTx.MsgWithdraw.fromPartial({ owner: c.sender, subaccount: subaccount(o), denom: a.denom, amount: a.amount.toString() });
    },
  },
  {
    module: 'margin',
    name: 'transfer',
    typeUrl: marginTx.MsgTransfer.typeUrl,
    summary: 'move collateral between two of your subaccounts',
    flags: [
      { flags: '--amount <coin>', description: 'e.g. 100usdc', required: true },
      { flags: '--from-subaccount <n>', description: 'source subaccount', required: true },
      { flags: '--to-subaccount <n>', description: 'target subaccount (created if missing)', required: true },
    ],
    build: async (o, c) => {
      const a = await amountOf(o, c);
      return marginTx.MsgTransfer.fromPartial({ owner: c.sender, fromSubaccount: subaccount(o, 'fromSubaccount'), toSubaccount: subaccount(o, 'toSubaccount'), denom: a.denom, amount: a.amount.toString() });
    },
  },
  {
    module: 'margin',
    name: 'set-margin-mode',
    typeUrl: marginTx.MsgSetMarginMode.typeUrl,
    summary: 'switch a subaccount between standard and portfolio margin',
    flags: [{ flags: '--mode <mode>', description: 'standard or portfolio', required: true }, SUBACCOUNT],
    build: async (o, c) => {
      const mode = text(o, 'mode', '--mode');
      if (mode !== 'standard' && mode !== 'portfolio') throw new CliError(`--mode: expected standard or portfolio, got '${mode}'`);
      return marginTx.MsgSetMarginMode.fromPartial({ owner: c.sender, subaccount: subaccount(o), portfolioMargin: mode === 'portfolio' });
    },
  },
];
