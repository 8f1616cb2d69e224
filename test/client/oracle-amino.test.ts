import { oracleAminoConverters } from '../../client/oracle';
import { StoreKey } from '../../chain/app';
import { OracleKeeper } from '../../modules/oracle/keeper';
import { oracleMsgs } from '../../modules/oracle/msgs';
import { defaultParams } from '../../modules/oracle/params';

/**
 * The chain renders amino JSON for LEGACY_AMINO_JSON sign bytes (modules/oracle/msgs.ts) and wallets
 * render it with client/oracle.ts's converters; the two are written separately (client/ may not
 * import modules/), so this keeps them identical.
 */
test('the chain and the client render the oracle messages to the same amino JSON', () => {
  const chainSide = new Map(oracleMsgs(new OracleKeeper(new StoreKey('oracle'))).map((r) => [r.typeUrl, r]));
  const authority = 'settle10d07y265gmmuvt4z0w9aw880jnsr700jcdn6n7';
  const msgs: Record<string, unknown[]> = {
    '/settle.oracle.v1.MsgCreateMarket': [
      { authority, market: { id: 'SOL/USD', decimals: 4, minReportPower: '', enabled: true, index: 0 } },
      { authority, market: { id: 'SOL/USD', decimals: 0, minReportPower: '0.75', enabled: false, index: 3 } },
      { authority, market: undefined },
    ],
    '/settle.oracle.v1.MsgUpdateParams': [{ authority, params: { ...defaultParams(), authority } }, { authority, params: undefined }],
  };
  expect(Object.keys(oracleAminoConverters).sort()).toEqual([...chainSide.keys()].sort());
  for (const [typeUrl, examples] of Object.entries(msgs)) {
    const chain = chainSide.get(typeUrl)!;
    const client = oracleAminoConverters[typeUrl];
    expect(client.aminoType).toBe(chain.amino.type);
    for (const msg of examples) expect(JSON.stringify(client.toAmino(msg))).toBe(JSON.stringify(chain.amino.toJSON(msg)));
  }
});
