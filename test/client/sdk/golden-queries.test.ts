import { settle } from '../../../client/sdk/src/codegen';
import { sampleMessage, settleProtoRoot, settleQueryTypes, type Fill } from './sample-msgs';

/**
 * Every settle query's request and response: the SDK (telescope) and the chain (ts-proto, proto/gen)
 * encode the same message to the same bytes, and each decodes the other's bytes to the same message.
 */
interface Codec {
  fromPartial(o: unknown): unknown;
  encode(m: unknown): { finish(): Uint8Array };
  decode(b: Uint8Array): unknown;
}

const root = settleProtoRoot();
const names = settleQueryTypes(root);
const sdkModules = settle as unknown as Record<string, { v1: Record<string, Codec> }>;
const chainModules: Record<string, Record<string, Codec>> = {
  oracle: require('../../../proto/gen/settle/oracle/v1/query'),
  margin: require('../../../proto/gen/settle/margin/v1/query'),
  options: require('../../../proto/gen/settle/options/v1/query'),
  liquidation: require('../../../proto/gen/settle/liquidation/v1/query'),
  bridge: require('../../../proto/gen/settle/bridge/v1/query'),
};

test('every module has queries', () => {
  expect(names.length).toBeGreaterThanOrEqual(30);
});

const fills: Fill[] = ['full', 'zero-scalars', 'empty-lists'];
describe.each(names)('%s', (name) => {
  const [, mod, , typeName] = name.split('.');
  test.each(fills)('protobuf bytes: SDK == chain (%s)', (fill) => {
    const sample = sampleMessage(root.lookupType(name), fill);
    const sdk = sdkModules[mod].v1[typeName];
    const chain = chainModules[mod][typeName];
    const sdkBytes = sdk.encode(sdk.fromPartial(sample)).finish();
    const chainBytes = chain.encode(chain.fromPartial(sample)).finish();
    expect(Buffer.from(sdkBytes).toString('hex')).toBe(Buffer.from(chainBytes).toString('hex'));
    expect(sdk.decode(chainBytes)).toEqual(sdk.fromPartial(sample));
    expect(chain.decode(sdkBytes)).toEqual(chain.fromPartial(sample));
  });
});
