import { Command, Option } from 'commander';
import type { Flag } from '../tx-commands';

/** Adds a catalog flag to a commander command (repeatable flags collect into an array). */
export function addFlag(cmd: Command, f: Flag): void {
  const opt = new Option(f.flags, f.description);
  if (f.repeatable) opt.argParser((v: string, prev: string[] | undefined) => [...(prev ?? []), v]);
  if (f.default !== undefined) opt.default(f.default);
  if (f.required && !f.repeatable) opt.makeOptionMandatory(true);
  cmd.addOption(opt);
}
