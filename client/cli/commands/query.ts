import { Command } from 'commander';
import { queryTx } from '../broadcast';
import { checkPrimary, queryCommands } from '../query-commands';
import type { Session } from '../session';
import { parseUint } from '../values';
import { addFlag } from './options';
import type { Printer } from './printer';
import { presentTx } from './tx';

export function queryCommand(session: () => Session, print: Printer): Command {
  const query = new Command('query').alias('q').description('query the chain (every settle module, auth, bank, txs)');
  const modules = new Map<string, Command>();
  for (const spec of queryCommands()) {
    let mod = modules.get(spec.module);
    if (!mod) {
      mod = new Command(spec.module).description(`${spec.module} queries`);
      modules.set(spec.module, mod);
      query.addCommand(mod);
    }
    const cmd = new Command(spec.name).description(spec.summary);
    for (const a of spec.aliases ?? []) cmd.alias(a);
    if (spec.primary) cmd.argument(`[${spec.primary}]`);
    for (const f of spec.flags) addFlag(cmd, f);
    cmd.option('--from <key>', 'the key whose address fills an owner/address left out');
    cmd.option('--height <h>', 'query the state at this height (default: latest)');
    cmd.action(async (...args: unknown[]) => {
      const primary = spec.primary ? (args[0] as string | undefined) : undefined;
      const o = args[spec.primary ? 1 : 0] as Record<string, unknown>;
      checkPrimary(spec, primary);
      const s = session();
      const height = typeof o.height === 'string' ? Number(parseUint(o.height, '--height')) : undefined;
      const r = await s.query(spec.path, await spec.request({ ...o, __primary: primary }, s), height);
      print(spec.response(r.value));
    });
    mod.addCommand(cmd);
  }
  query
    .command('tx <hash>')
    .description('a committed tx by its hash: result code, gas, message responses and events')
    .action(async (hash: string) => {
      const r = (await queryTx(session(), hash)) as Parameters<typeof presentTx>[0];
      print(presentTx(r, print.format));
    });
  return query;
}
