// The `settle tx <module> <command>` catalog. Every message in the SDK's registry gets a command:
// the ones traders use have human flags (amounts like 250usdc, prices in USDC, --side buy; tx/*.ts);
// the rest (the authority's: params, listings, collateral assets, markets) are derived from the
// generated type here, one flag per field, message fields as proto3 JSON.
// test/client/cli-args.test.ts checks that the catalog covers the registry.
import type { EncodeObject } from '@cosmjs/proto-signing';
import { settleProtoRegistry } from '../sdk/src/codegen/settle/client';
import { CliError } from './errors';
import { BANK_TX } from './tx/bank';
import { LIQUIDATION_TX } from './tx/liquidation';
import { MARGIN_TX } from './tx/margin';
import { OPTIONS_TX } from './tx/options';
import type { Flag, TxCommand } from './tx/types';

export type { Flag, Opts, TxBuildContext, TxCommand } from './tx/types';

const HUMAN: TxCommand[] = [...BANK_TX, ...MARGIN_TX, ...OPTIONS_TX, ...LIQUIDATION_TX];


interface GeneratedMsg {
  typeUrl: string;
  fromPartial(o: object): Record<string, unknown>;
  fromJSON(o: unknown): unknown;
}

const SIGNER_FIELDS = ['owner', 'authority', 'sender', 'liquidator'];
const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `/settle.options.v1.MsgListInstrument` → module options, command list-instrument. */
export function commandNameOf(typeUrl: string): { module: string; name: string } {
  const m = /^\/(?:settle|cosmos)\.(\w+)\.v\w+\.Msg(\w+)$/.exec(typeUrl);
  if (!m) throw new Error(`not a message type URL: ${typeUrl}`);
  return { module: m[1]!, name: kebab(m[2]!).replace(/^-/, '') };
}

/** One flag per field of the message (its signer comes from --from); message and list fields take proto3 JSON. */
export function derivedTxCommand(type: GeneratedMsg): TxCommand {
  const defaults = type.fromPartial({});
  const signer = SIGNER_FIELDS.find((f) => f in defaults);
  const fields = Object.keys(defaults).filter((f) => f !== signer);
  const flags: Flag[] = fields.map((f) => {
    const v = defaults[f];
    const kind = typeof v === 'boolean' ? '' : typeof v === 'string' ? ' <text>' : typeof v === 'number' || typeof v === 'bigint' ? ' <n>' : ' <json>';
    return { flags: `--${kebab(f)}${kind}`, description: kind === ' <json>' ? `${f} as proto3 JSON (camelCase fields)` : f, required: kind === ' <json>' };
  });
  return {
    ...commandNameOf(type.typeUrl),
    typeUrl: type.typeUrl,
    summary: `${type.typeUrl.split('.').pop()} (fields as flags; signed by --from${signer ? ` as ${signer}` : ''})`,
    flags,
    build: async (o, c) => {
      const json: Record<string, unknown> = signer ? { [signer]: c.sender } : {};
      for (const f of fields) {
        const v = o[f];
        if (v === undefined) continue;
        if (typeof defaults[f] === 'boolean' || typeof defaults[f] === 'string' || typeof defaults[f] === 'number' || typeof defaults[f] === 'bigint') json[f] = v;
        else {
          try {
            json[f] = JSON.parse(String(v));
          } catch (e) {
            throw new CliError(`--${kebab(f)}: not valid JSON (${(e as Error).message})`);
          }
        }
      }
      return type.fromJSON(json);
    },
  };
}

/** Every tx command: the human ones, then one derived from each remaining message of the registry. */
export function txCommands(): TxCommand[] {
  const human = new Set(HUMAN.map((h) => h.typeUrl));
  const derived = settleProtoRegistry.filter(([url]) => !human.has(url)).map(([, type]) => derivedTxCommand(type as unknown as GeneratedMsg));
  return [...HUMAN, ...derived];
}

/** The message of a built command, ready for the registry. */
export const encodeObject = (cmd: TxCommand, value: unknown): EncodeObject => ({ typeUrl: cmd.typeUrl, value });
