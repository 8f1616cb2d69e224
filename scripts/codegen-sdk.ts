// Regenerates the SDK's TypeScript (client/sdk/src/codegen/) from proto/ with telescope, the generator
// cosmjs-types is built with, and with cosmjs-types' choices: 64-bit integers as bigint, query clients
// over Tendermint RPC (abci_query), plus amino converters whose type names are the chain's own
// (`settle/<module>/<Msg>`, see chain/sdk msgRegistrations).
//   npx ts-node scripts/codegen-sdk.ts            write client/sdk/src/codegen/
//   npx ts-node scripts/codegen-sdk.ts OUT_DIR    write into OUT_DIR instead (the staleness test diffs it)
// Offline: telescope (npm, pinned devDependency) parses the .proto files itself; the third-party
// .proto files are vendored in proto/third_party.
import * as fs from 'node:fs';
import * as path from 'node:path';
import telescope from '@cosmology/telescope';

const root = path.resolve(__dirname, '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'client/sdk/src/codegen'));

/** `/settle.margin.v1.MsgDeposit` → `settle/margin/MsgDeposit`, the chain's amino type. */
export function settleAminoType(typeUrl: string): string | undefined {
  const m = /^\/settle\.([a-z_]+)\.v1\.(Msg\w+)$/.exec(typeUrl);
  return m ? `settle/${m[1]}/${m[2]}` : undefined;
}

/**
 * Two fixes to telescope's output, so the SDK produces what the chain verifies (golden tests in
 * test/client/sdk): the chain accepts only canonical protobuf (chain/tx/canonical.ts), where an empty
 * packed repeated field is absent (telescope writes a zero-length record), and the chain's amino JSON
 * omits empty lists as the Cosmos SDK does (telescope writes []).
 */
export function patchGenerated(source: string): string {
  const packed = /^( *)writer\.uint32\((\d+)\)\.fork\(\);\n\1for \(const v of message\.(\w+)\) \{\n((?:\1  .*\n)+?)\1\}\n\1writer\.ldelim\(\);$/gm;
  const lists = /^( *)if \(message\.(\w+)\) \{\n(\1  obj\.\w+ = message\.\2\.map\(.*\);)\n\1\} else \{\n\1  obj\.(\w+) = message\.\2;\n\1\}$/gm;
  return source
    .replace(packed, (_m, ind: string, tag: string, field: string, body: string) =>
      [`${ind}if (message.${field}.length > 0) {`, `${ind}  writer.uint32(${tag}).fork();`, `${ind}  for (const v of message.${field}) {`, body.replace(/^/gm, '  ').trimEnd(), `${ind}  }`, `${ind}  writer.ldelim();`, `${ind}}`].join('\n'),
    )
    .replace(lists, (_m, ind: string, field: string, assign: string) => [`${ind}if (message.${field} && message.${field}.length > 0) {`, assign, `${ind}}`].join('\n'));
}

function patchTree(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) patchTree(file);
    else if (file.endsWith('.ts')) fs.writeFileSync(file, patchGenerated(fs.readFileSync(file, 'utf8')));
  }
}

async function main(): Promise<void> {
  fs.rmSync(out, { recursive: true, force: true });
  await telescope({
    protoDirs: [path.join(root, 'proto'), path.join(root, 'proto/third_party')],
    outPath: out,
    options: {
      removeUnusedImports: true,
      useSDKTypes: false,
      logLevel: 0,
      interfaces: { enabled: false },
      prototypes: {
        includePackageVar: false,
        addTypeUrlToObjects: true,
        addTypeUrlToDecoders: true,
        excluded: { packages: ['cosmos.msg.v1', 'google.protobuf', 'settle.app.v1'] },
        methods: {
          encode: true,
          decode: true,
          fromPartial: true,
          fromJSON: true,
          toJSON: true,
          toAmino: true,
          fromAmino: true,
          toProto: true,
          fromProto: true,
          toSDK: false,
          fromSDK: false,
        },
        typingsFormat: {
          customTypes: { useCosmosSDKDec: false },
          num64: 'bigint',
          useDeepPartial: true,
          useExact: false,
          timestamp: 'date',
          duration: 'duration',
        },
      },
      aminoEncoding: {
        enabled: true,
        customTypes: { useCosmosSDKDec: false },
        typeUrlToAmino: settleAminoType,
      },
      lcdClients: { enabled: false },
      rpcClients: { enabled: true, type: 'tendermint', extensions: true, camelCase: true, useConnectComet: true, enabledServices: ['Msg', 'Query'] },
      stargateClients: { enabled: true, includeCosmosDefaultTypes: true },
      bundle: { enabled: true },
      // the registries type-check against cosmjs-types' BinaryWriter, whose private fields differ from
      // the generated one (the objects are compatible at run time; the golden tests encode through them)
      tsDisable: { disableAll: false, patterns: ['**/tx.registry.ts'] },
      eslintDisable: { disableAll: true },
    },
  });
  patchTree(out);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
