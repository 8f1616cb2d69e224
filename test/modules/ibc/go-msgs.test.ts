// A Go relayer encodes its Msgs with gogoproto; settle refuses a tx whose message bytes are not the
// canonical encoding of what they decode to (chain/tx/canonical.ts). MsgCreateClient and
// MsgUpdateClient as ibc-go v8.8.0's simd encodes them (fixtures/go-msgs.json, recorded by
// scripts/ibc/record-go-msgs.ts) must re-encode byte for byte, and their nested client state and
// header must be the bytes settle's codecs produce for the same values.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { Header } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import { StoreKey } from '../../../chain/sdk';
import { unpackClientMessage, unpackClientState } from '../../../modules/ibc/codec';
import { IbcKeeper } from '../../../modules/ibc/keeper';
import { ibcMsgs } from '../../../modules/ibc/msgs';
import { addr } from '../helpers';
import { lightHeader, signedHeader, T0, testValidator } from './light-client/helpers/test-chain';

const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures/go-msgs.json'), 'utf8'));
const registrations = new Map(ibcMsgs(new IbcKeeper(new StoreKey('ibc'))).map((m) => [m.typeUrl, m]));
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

function messagesOf(name: string) {
  const raw = TxRaw.decode(Buffer.from(fixture.txs[name], 'base64'));
  const body = TxBody.decode(raw.bodyBytes);
  expect(hex(TxBody.encode(body).finish())).toBe(hex(raw.bodyBytes));
  return body.messages;
}

describe('Go-encoded ibc client Msgs (simd, ibc-go v8.8.0)', () => {
  test.each(['MsgCreateClient', 'MsgUpdateClient'])('%s decodes and re-encodes identically (passes the canonical check) and validates', (name) => {
    const [msg] = messagesOf(name);
    expect(msg.typeUrl).toBe(`/ibc.core.client.v1.${name}`);
    const reg = registrations.get(msg.typeUrl)!;
    const decoded = reg.decode(msg.value);
    expect(hex(reg.encode(decoded))).toBe(hex(msg.value));
    // simd signs with a cosmos1… address; a settle relayer's signer is settle1…
    expect(() => reg.validateBasic({ ...(decoded as object), signer: addr('relayer') })).not.toThrow();
  });

  test("the Go-encoded 07-tendermint header is byte for byte settle's encoding of the same header", () => {
    const [msg] = messagesOf('MsgUpdateClient');
    const decoded = registrations.get(msg.typeUrl)!.decode(msg.value) as { clientMessage: { typeUrl: string; value: Uint8Array } };
    const vals = ['a', 'b', 'c', 'd'].map((n) => testValidator(n, 10n));
    const next = signedHeader({ chainId: 'counter-1', height: 11n, time: T0 + 5_000_000_000n, vals }, { votes: ['commit', 'commit', 'commit', 'absent'] });
    expect(hex(decoded.clientMessage.value)).toBe(hex(Header.encode(lightHeader(next, vals, 10n, vals)).finish()));
    expect('header' in unpackClientMessage(decoded.clientMessage)).toBe(true);
  });

  test('the Go-encoded client state carries the SDK proof specs and unpacks', () => {
    const [msg] = messagesOf('MsgCreateClient');
    const decoded = registrations.get(msg.typeUrl)!.decode(msg.value) as { clientState: { typeUrl: string; value: Uint8Array } };
    const cs = unpackClientState(decoded.clientState);
    expect(cs.chainId).toBe('counter-1');
    expect(cs.proofSpecs.map((s) => s.innerSpec!.childSize)).toEqual([33, 32]);
  });
});
