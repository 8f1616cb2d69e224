import type { Context } from './context';
import type { MsgRegistration } from './module';

/** A generated message codec (ts-proto's encode/decode). */
export interface MsgCodec<T> {
  decode(bytes: Uint8Array): T;
  encode(msg: T): { finish(): Uint8Array };
}

/**
 * The registration function of one protobuf package's messages, e.g. `msgRegistrations('settle.margin.v1',
 * 'settle/margin')`: type URL `/<package>.<Name>`, response `<Name>Response`, amino type `<prefix>/<Name>`.
 * Each registration gives the codecs, the signer field, the stateless checks (throwing a registered
 * error), the handler and the legacy amino JSON as the SDK renders it.
 */
export function msgRegistrations(protoPackage: string, aminoPrefix: string) {
  return <T, R>(
    name: string,
    codec: MsgCodec<T>,
    response: MsgCodec<R>,
    signer: (m: T) => string,
    validate: (m: T) => unknown,
    handle: (ctx: Context, m: T) => R,
    aminoJSON: (m: T) => unknown,
    options: { fixedGas?: (m: T) => bigint } = {},
  ): MsgRegistration<T> => ({
    typeUrl: `/${protoPackage}.${name}`,
    decode: (bytes) => codec.decode(bytes),
    encode: (msg) => codec.encode(msg).finish(),
    signers: (msg) => [signer(msg)],
    validateBasic: (msg) => void validate(msg),
    handle: (ctx, msg) => response.encode(handle(ctx, msg)).finish(),
    responseTypeUrl: `/${protoPackage}.${name}Response`,
    amino: { type: `${aminoPrefix}/${name}`, toJSON: aminoJSON },
    ...(options.fixedGas ? { fixedGas: options.fixedGas } : {}),
  });
}
