/** The shape of a `settle tx` catalog entry. */
import type { Session } from '../session';

export interface Flag {
  flags: string;
  description: string;
  required?: boolean;
  /** May be given several times; the values arrive as an array. */
  repeatable?: boolean;
  default?: string;
}

export type Opts = Record<string, unknown>;

export interface TxBuildContext {
  /** The --from key's address: the signer of every message. */
  sender: string;
  session: Session;
}

export interface TxCommand {
  module: string;
  name: string;
  aliases?: string[];
  typeUrl: string;
  summary: string;
  flags: Flag[];
  /** The message value from the parsed options (the flags' commander names). */
  build(o: Opts, c: TxBuildContext): Promise<unknown>;
}
