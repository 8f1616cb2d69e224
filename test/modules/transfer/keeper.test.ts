// The transfer store, genesis and queries on a real store, checked against simd's stored bytes and query answers.
import { fromBech32 } from '@cosmjs/encoding';
import { QueryDenomHashRequest, QueryDenomHashResponse, QueryEscrowAddressRequest, QueryEscrowAddressResponse, QueryParamsResponse, QueryTotalEscrowForDenomRequest, QueryTotalEscrowForDenomResponse } from 'cosmjs-types/ibc/applications/transfer/v1/query';
import { StoreKey } from '../../../chain/sdk';
import { parseDenomTrace } from '../../../modules/transfer/denom';
import { exportGenesis, initGenesis, parseGenesis } from '../../../modules/transfer/genesis';
import { transferModule } from '../../../modules/transfer/module';
import { QueryDenomTraceRequestCodec, QueryDenomTraceResponseCodec, QueryDenomTracesRequestCodec, QueryDenomTracesResponseCodec } from '../../../modules/transfer/proto';
import { loadSimdVectors } from '../../helpers/ibc-vectors';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { Harness } from '../helpers';

const v = loadSimdVectors();
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('transfer keeper, genesis and queries', () => {
  let dir: string;
  let h: Harness;
  const mod = transferModule(new StoreKey('transfer'));
  const keeper = mod.keeper;
  const q = (path: string, req: Uint8Array) => mod.queries![path](h.queryCtx(), req);

  beforeEach(async () => {
    dir = makeTmpDir('transfer');
    h = await Harness.open(dir, ['transfer']);
  });
  afterEach(async () => {
    await h.close();
    removeDir(dir);
  });

  it('stores a denom trace and an escrow total as the same key/value bytes as simd', () => {
    const t = v.transfer_store;
    keeper.setDenomTrace(h.ctx(), parseDenomTrace(t.denom_trace.trace));
    keeper.setTotalEscrow(h.ctx(), t.total_escrow.denom, 600000n);
    const store = h.state.store('transfer');
    expect(hex(store.get(Buffer.from(t.denom_trace.key_hex, 'hex'))!)).toBe(t.denom_trace.value_hex);
    expect(hex(store.get(Buffer.from(t.total_escrow.key_hex, 'hex'))!)).toBe(t.total_escrow.value_hex);
    expect(keeper.totalEscrow(h.queryCtx(), 'uatom')).toBe(600000n);
    keeper.setTotalEscrow(h.ctx(), 'uatom', 0n);
    expect(store.has(Buffer.from(t.total_escrow.key_hex, 'hex'))).toBe(false);
    expect(keeper.denomPathFromHash(h.queryCtx(), t.denom_trace.ibc_denom)).toBe('transfer/channel-0/uatom');
    expect(() => keeper.denomPathFromHash(h.queryCtx(), `ibc/${'00'.repeat(32)}`)).toThrow(/denomination trace not found/);
  });

  it('genesis: init → export reproduces the state; bad genesis is refused', () => {
    const g = { port_id: 'transfer', denom_traces: [{ path: 'transfer/channel-1', base_denom: 'uosmo' }, { path: 'transfer/channel-0', base_denom: 'uatom' }], params: { send_enabled: false, receive_enabled: true }, total_escrowed: [{ denom: 'uusdc', amount: '5' }] };
    initGenesis(keeper, h.ctx(), g);
    const out = exportGenesis(keeper, h.queryCtx()) as typeof g;
    expect(out).toEqual({ ...g, denom_traces: [g.denom_traces[1], g.denom_traces[0]] });
    expect(() => parseGenesis({ ...g, extra: 1 })).toThrow(/unknown fields/);
    expect(() => parseGenesis({ ...g, port_id: 'x' })).toThrow(/invalid length/);
    expect(() => parseGenesis({ ...g, denom_traces: [g.denom_traces[0], g.denom_traces[0]] })).toThrow(/duplicated/);
    expect(() => parseGenesis({ ...g, denom_traces: [{ path: 'transfer', base_denom: 'x' }] })).toThrow(/pairs/);
    expect(() => parseGenesis({ ...g, total_escrowed: [{ denom: 'uusdc', amount: '-1' }] })).toThrow(/non-negative/);
    expect(() => parseGenesis({ ...g, params: { send_enabled: 'yes' } })).toThrow(/boolean/);
    expect(parseGenesis(mod.defaultGenesis!())).toEqual({ portId: 'transfer', denomTraces: [], params: { sendEnabled: true, receiveEnabled: true }, totalEscrowed: [] });
  });

  it('DenomTrace, DenomTraces, DenomHash answer like simd', () => {
    const t = v.transfer_store.denom_trace;
    keeper.setDenomTrace(h.ctx(), parseDenomTrace(t.trace));
    keeper.setDenomTrace(h.ctx(), parseDenomTrace('transfer/channel-9/uosmo'));
    for (const hash of [t.ibc_denom, t.ibc_denom.slice(4), t.ibc_denom.slice(4).toLowerCase()]) {
      expect(QueryDenomTraceResponseCodec.decode(q('/ibc.applications.transfer.v1.Query/DenomTrace', QueryDenomTraceRequestCodec.encode({ hash }))).denomTrace).toEqual({ path: 'transfer/channel-0', baseDenom: 'uatom' });
    }
    expect(() => q('/ibc.applications.transfer.v1.Query/DenomTrace', QueryDenomTraceRequestCodec.encode({ hash: 'ibc/XYZ' }))).toThrow(/InvalidArgument/);
    expect(() => q('/ibc.applications.transfer.v1.Query/DenomTrace', QueryDenomTraceRequestCodec.encode({ hash: '00'.repeat(32) }))).toThrow(/NotFound/);
    const all = QueryDenomTracesResponseCodec.decode(q('/ibc.applications.transfer.v1.Query/DenomTraces', QueryDenomTracesRequestCodec.encode({})));
    expect(all.denomTraces.map((x) => `${x.path}/${x.baseDenom}`)).toEqual(['transfer/channel-0/uatom', 'transfer/channel-9/uosmo']);
    expect(all.pagination?.total).toBe(2n);
    const hash = QueryDenomHashResponse.decode(q('/ibc.applications.transfer.v1.Query/DenomHash', QueryDenomHashRequest.encode({ trace: t.trace }).finish())).hash;
    expect(hash).toBe(v.queries.denom_hash.hash);
    expect(() => q('/ibc.applications.transfer.v1.Query/DenomHash', QueryDenomHashRequest.encode({ trace: 'transfer/channel-5/uatom' }).finish())).toThrow(/NotFound/);
  });

  it('EscrowAddress (settle prefix, same bytes as simd), TotalEscrowForDenom, Params', () => {
    for (const r of v.queries.escrow_address.results) {
      const ours = QueryEscrowAddressResponse.decode(q('/ibc.applications.transfer.v1.Query/EscrowAddress', QueryEscrowAddressRequest.encode({ portId: r.port_id, channelId: r.channel_id }).finish())).escrowAddress;
      expect(ours.startsWith('settle1')).toBe(true);
      expect(hex(fromBech32(ours).data)).toBe(hex(fromBech32(r.address).data));
    }
    keeper.setTotalEscrow(h.ctx(), 'uusdc', 42n);
    expect(QueryTotalEscrowForDenomResponse.decode(q('/ibc.applications.transfer.v1.Query/TotalEscrowForDenom', QueryTotalEscrowForDenomRequest.encode({ denom: 'uusdc' }).finish())).amount).toEqual({ denom: 'uusdc', amount: '42' });
    expect(() => q('/ibc.applications.transfer.v1.Query/TotalEscrowForDenom', QueryTotalEscrowForDenomRequest.encode({ denom: '1' }).finish())).toThrow(/InvalidArgument/);
    expect(QueryParamsResponse.decode(q('/ibc.applications.transfer.v1.Query/Params', new Uint8Array())).params).toEqual({ sendEnabled: true, receiveEnabled: true });
  });
});
