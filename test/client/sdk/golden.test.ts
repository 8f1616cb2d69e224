import { makeSignDoc, serializeSignDoc } from '@cosmjs/amino';
import { settleModules } from '../../../chain/node/modules';
import type { MsgRegistration } from '../../../chain/app';
import { getSigningSettleClientOptions, settleAminoConverters, settleProtoRegistry } from '../../../client/sdk/src/codegen/settle/client';
import { sampleMessage, settleMsgTypeUrls, settleProtoRoot, type Fill } from './sample-msgs';

/**
 * The SDK (telescope output under client/sdk) and the chain (ts-proto output in proto/gen, with the
 * amino JSON of each registration in modules/<m>/msgs.ts) are generated separately; wallets sign with
 * the first, the chain verifies with the second. For every settle message type and every field:
 * the protobuf bytes are equal, and the amino type and amino JSON are equal.
 */
const root = settleProtoRoot();
const typeUrls = settleMsgTypeUrls(root);
const chain = new Map<string, MsgRegistration>(
  settleModules()
    .modules.flatMap((m) => m.msgs ?? [])
    .filter((r) => r.typeUrl.startsWith('/settle.'))
    .map((r) => [r.typeUrl, r]),
);
const sdkTypes = new Map(settleProtoRegistry);
const converters = settleAminoConverters as Record<string, { aminoType: string; toAmino(m: unknown): unknown; fromAmino(a: unknown): unknown }>;

test('the SDK and the chain know the same settle message types', () => {
  expect(typeUrls.length).toBeGreaterThanOrEqual(20);
  expect([...chain.keys()].sort()).toEqual(typeUrls);
  expect([...sdkTypes.keys()].sort()).toEqual(typeUrls);
  expect(Object.keys(converters).sort()).toEqual(typeUrls);
});

const { aminoTypes } = getSigningSettleClientOptions();
/** The amino sign bytes of one message (keys sorted, as CosmJS and the chain's chain/tx/sign-bytes.ts serialize them). */
const signBytes = (msg: { type: string; value: unknown }) =>
  Buffer.from(serializeSignDoc(makeSignDoc([msg as { type: string; value: Record<string, unknown> }], { amount: [{ denom: 'usettle', amount: '1' }], gas: '1' }, 'settle-1', '', 7, 3))).toString();

const fills: Fill[] = ['full', 'zero-scalars', 'empty-lists'];
describe.each(typeUrls)('%s', (typeUrl) => {
  const type = root.lookupType(typeUrl.slice(1));
  test.each(fills)('protobuf bytes: SDK == chain (%s)', (fill) => {
    const sample = sampleMessage(type, fill);
    const sdk = sdkTypes.get(typeUrl)! as unknown as { fromPartial(o: unknown): unknown; encode(m: unknown): { finish(): Uint8Array }; decode(b: Uint8Array): unknown };
    const reg = chain.get(typeUrl)!;
    const sdkBytes = sdk.encode(sdk.fromPartial(sample)).finish();
    const chainBytes = reg.encode(reg.decode(sdkBytes));
    expect(sdkBytes.length).toBeGreaterThan(0);
    expect(Buffer.from(sdkBytes).toString('hex')).toBe(Buffer.from(chainBytes).toString('hex'));
    // and the other way: the chain's encoding of the decoded message decodes to the same SDK message
    expect(sdk.decode(chainBytes)).toEqual(sdk.fromPartial(sample));
  });
  test.each(fills)('amino JSON: SDK == chain (%s)', (fill) => {
    const sample = sampleMessage(type, fill);
    const sdk = sdkTypes.get(typeUrl)! as unknown as { fromPartial(o: unknown): unknown; encode(m: unknown): { finish(): Uint8Array } };
    const reg = chain.get(typeUrl)!;
    const msg = sdk.fromPartial(sample);
    const chainMsg = reg.decode(sdk.encode(msg).finish());
    expect(converters[typeUrl].aminoType).toBe(reg.amino.type);
    const sdkAmino = converters[typeUrl].toAmino(msg);
    // what a wallet signs (CosmJS AminoTypes with the SDK's converters) == what the chain verifies
    const wallet = aminoTypes.toAmino({ typeUrl, value: msg });
    expect(signBytes(wallet)).toBe(signBytes({ type: reg.amino.type, value: reg.amino.toJSON(chainMsg) }));
    expect(wallet.value).toEqual(sdkAmino);
    // amino JSON read back (a wallet's fromAmino) gives the same message
    expect(converters[typeUrl].fromAmino(sdkAmino)).toEqual(msg);
  });
});
