/**
 * The anchors' settlement root in the app: every expiry settlement of a position (options → margin)
 * is recorded by the bridge, and the next anchor roots exactly the ones recorded up to its height in
 * the StandardMerkleTree layout (OpenZeppelin's library as the reference); SettlementProof serves
 * proofs that verify against the anchor's root.
 */
import { StandardMerkleTree } from '@openzeppelin/merkle-tree';
import { fromBech32 } from '@cosmjs/encoding';
import { keccak256, toBytes, toHex } from 'viem';
import { Dec } from '../../../chain/math';
import { SETTLEMENT_LEAF_TYPES } from '../../../modules/bridge/encoding';
import { verifyProof } from '../../../modules/bridge/merkle';
import { DEFAULT_PARAMS } from '../../../modules/bridge/params';
import { instrumentId } from '../../../modules/options/instruments';
import { QuerySettlementProofRequest, QuerySettlementProofResponse } from '../../../proto/gen/settle/bridge/v1/query';
import { Params, type Settlement } from '../../../proto/gen/settle/bridge/v1/types';
import { Instrument, InstrumentStatus, OptionKind, Side, TimeInForce } from '../../../proto/gen/settle/options/v1/types';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import type { Key } from '../../reliability/lib/accounts';
import { query } from '../helpers';
import { validator } from '../oracle/harness';
import { appState, depositTx, encode, GENESIS_TIME, OptionsChain, sliceAt, spec, USDC } from '../options/chain';

const DAY = 86_400n;
const E1 = (GENESIS_TIME / DAY + 1n) * DAY + 28_800n;
const option = (kind: OptionKind): Instrument => ({
  id: instrumentId('BTC/USD', E1, Dec.parse('95000'), kind),
  underlying: 'BTC/USD',
  expiry: E1,
  strike: '95000',
  kind,
  contractSize: '0.01',
  tickSize: 10_000n,
  minSize: 1n,
  openInterestCap: 0n,
  status: InstrumentStatus.INSTRUMENT_STATUS_ACTIVE,
  settlementPrice: '',
});
const CALL = option(OptionKind.OPTION_KIND_CALL);
const PUT = option(OptionKind.OPTION_KIND_PUT);

function state(keys: Key[]): Record<string, unknown> {
  const s = appState(keys, [CALL, PUT]);
  const oracle = s.oracle as Record<string, any>;
  const surface = oracle.surfaces[0];
  surface.slices = [sliceAt(surface.slices[0], E1), ...surface.slices];
  (s.options as Record<string, any>).params.settlementBatch = 1;
  s.bridge = {
    params: Params.toJSON({ ...DEFAULT_PARAMS, anchorInterval: 2n, evmChainId: 31337n, bridgeContract: '0x00000000000000000000000000000000000b41d6', token: '0x000000000000000000000000000000000000a5dc' }),
    keys: [{ validatorAddress: validator(0).address.toString('hex'), evmAddress: '0x00000000000000000000000000000000000e0001' }],
  };
  return s;
}

const values = (ss: Settlement[]) => ss.map((s) => [keccak256(toBytes(s.instrumentId)), toHex(fromBech32(s.owner).data), String(s.subaccount), s.size.toString(), s.price]);

test('settled positions are recorded and rooted in the next anchor; proofs verify', async () => {
  const dir = makeTmpDir('bridge-settlement-root');
  const chain = await OptionsChain.open(dir, 'bridge-settlement-root', 2, state, { oracle: true });
  try {
    const [alice, bob] = chain.keys;
    expect((await chain.run([depositTx(alice, 100_000n), depositTx(bob, 20_000n)])).txs.map((t) => t.code)).toEqual([0, 0]);
    const order = (k: Key, id: string, clientId: bigint, side: Side, price: bigint, size: bigint, ioc = false) =>
      [k, [encode.place({ owner: k.address, subaccount: 0, order: spec({ instrumentId: id, clientId, side, price, size, ...(ioc ? { timeInForce: TimeInForce.TIME_IN_FORCE_IOC } : {}) }) })]] as [Key, ReturnType<typeof encode.place>[]];
    await chain.run([order(alice, CALL.id, 1n, Side.SIDE_SELL, 60n * USDC, 3n), order(bob, PUT.id, 1n, Side.SIDE_SELL, 1n * USDC, 2n)]);
    await chain.run([order(bob, CALL.id, 2n, Side.SIDE_BUY, 60n * USDC, 3n, true), order(alice, PUT.id, 2n, Side.SIDE_BUY, 1n * USDC, 2n, true)]);
    const bridge = chain.modules.keepers.bridge;
    expect(bridge.nextSettlementId(chain.app.contextAt())).toBe(1n);
    chain.skip = E1 + 10n - GENESIS_TIME - BigInt(chain.height + 1);
    for (let i = 0; i < 8; i++) await chain.run([]);
    const ctx = chain.app.contextAt();
    const recorded = bridge.settlementRange(ctx, 1n, bridge.nextSettlementId(ctx));
    expect(recorded.map((s) => [s.instrumentId, s.owner, s.size, s.price]).sort()).toEqual(
      [[CALL.id, alice.address, -3n, String(50n * USDC)], [CALL.id, bob.address, 3n, String(50n * USDC)], [PUT.id, alice.address, 2n, '0'], [PUT.id, bob.address, -2n, '0']].sort(),
    );
    // every settlement is in exactly one anchor, whose root is the library's over its range
    const anchors = bridge.anchors(ctx).filter((a) => a.settlementCount > 0n);
    expect(anchors.reduce((n, a) => n + a.settlementCount, 0n)).toBe(4n);
    for (const a of anchors) {
      const range = bridge.settlementRange(ctx, a.firstSettlementId, a.firstSettlementId + a.settlementCount);
      expect(range.every((s) => s.height <= a.height)).toBe(true);
      expect(toHex(a.settlementRoot)).toBe(StandardMerkleTree.of(values(range), SETTLEMENT_LEAF_TYPES).root);
    }
    for (const s of recorded) {
      const p = await query(chain.app, '/settle.bridge.v1.Query/SettlementProof', QuerySettlementProofRequest, { id: s.id }, QuerySettlementProofResponse);
      expect(p.anchorNonce).toBeGreaterThan(0n);
      expect(toHex(p.root)).toBe(toHex(bridge.anchor(ctx, p.anchorNonce)!.settlementRoot));
      expect(toHex(p.leaf)).toBe(StandardMerkleTree.of(values([s]), SETTLEMENT_LEAF_TYPES).leafHash(values([s])[0]));
      expect(verifyProof(p.root, p.leaf, p.proof)).toBe(true);
    }
  } finally {
    await chain.app.close();
    removeDir(dir);
  }
});
