import { Command, Option } from 'commander';
import { runTx, type CommittedTx, type SimulationResult, type TxOptions } from '../broadcast';
import { CliError } from '../errors';
import type { Session } from '../session';
import { encodeObject, txCommands, type Opts, type TxCommand } from '../tx-commands';
import { DEFAULT_GAS_PRICE } from '../../sdk/src/settle-client';
import { addFlag } from './options';
import type { Printer } from './printer';

/** Events as one line each for the table view: `type  key=value …`. */
export function presentTx(r: SimulationResult | CommittedTx, format: 'json' | 'table'): unknown {
  if (format === 'json') return r;
  return {
    ...r,
    fee: r.fee.amount.map((c) => `${c.amount}${c.denom}`).join(',') + ` (gas ${r.fee.gas})`,
    events: r.events.map((e) => ({ type: e.type, attributes: Object.entries(e.attributes).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' ') })),
  };
}

function txFlags(cmd: Command): Command {
  return cmd
    .addOption(new Option('--from <key>', 'the key that signs (see settle keys list)').makeOptionMandatory(true))
    .option('--gas <gas>', 'gas limit, or auto to simulate', 'auto')
    .option('--gas-adjustment <factor>', 'multiplier of the simulated gas with --gas auto', '1.3')
    .option('--gas-prices <price>', 'fee per unit of gas', DEFAULT_GAS_PRICE)
    .option('--memo <text>', 'tx memo')
    .option('--dry-run', 'simulate only: print the gas estimate and the would-be events, broadcast nothing')
    .option('-y, --yes', 'skip the confirmation before broadcasting')
    .option('--timeout <seconds>', 'how long to wait for the tx to be committed', '60');
}

/** The commander command of one catalog entry: its flags and the shared tx flags, no action. */
export function specCommand(spec: TxCommand): Command {
  const cmd = new Command(spec.name).description(spec.summary);
  for (const a of spec.aliases ?? []) cmd.alias(a);
  for (const f of spec.flags) addFlag(cmd, f);
  return txFlags(cmd);
}

/** commander cannot make a repeatable option mandatory; this does. */
export function checkRepeatables(spec: TxCommand, o: Opts): void {
  for (const f of spec.flags) {
    const key = /^--([\w-]+)/.exec(f.flags)![1]!.replace(/-([a-z])/g, (_m, ch: string) => ch.toUpperCase());
    if (f.required && f.repeatable && !(Array.isArray(o[key]) && (o[key] as unknown[]).length > 0)) throw new CliError(`missing ${f.flags.split(' ')[0]}`);
  }
}

export function txCommand(session: () => Session, print: Printer): Command {
  const tx = new Command('tx').description('sign and broadcast a message (every settle module, and bank send)');
  const modules = new Map<string, Command>();
  for (const spec of txCommands()) {
    let mod = modules.get(spec.module);
    if (!mod) {
      mod = new Command(spec.module).description(`${spec.module} transactions`);
      modules.set(spec.module, mod);
      tx.addCommand(mod);
    }
    const cmd = specCommand(spec);
    cmd.action(async (o: Opts & TxOptions) => {
      checkRepeatables(spec, o);
      const s = session();
      const sender = s.keyring().show(o.from).address;
      const value = await spec.build(o, { sender, session: s });
      const result = await runTx(s, [encodeObject(spec, value)], o, `${spec.module} ${spec.name}: ${JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))}`);
      print(presentTx(result, print.format));
    });
    mod.addCommand(cmd);
  }
  return tx;
}
