/**
 * The SDK's order-flow gas (client/sdk/src/gas.ts): its schedule is the chain's, and a tx signed by CosmJS
 * with `orderTxGasLimit` as its gas limit runs on the chain (the real app, in process) and uses all but a
 * few thousand gas of it, for single orders, cancels, batches of 1 to 200 orders over 0 to 460 open orders,
 * replaces, cancel-only batches, combos, the dead-man switch, two placing messages in one tx, and
 * sequence-free short-term txs.
 */
import { DirectSecp256k1Wallet, type EncodeObject } from '@cosmjs/proto-signing';
import { SigningStargateClient } from '@cosmjs/stargate';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { ORDER_GAS as CHAIN_ORDER_GAS, batchGas, cancelAllAfterGas, cancelOrderGas, comboGas, placeOrderGas } from '../../../modules/options/gas';
import { MsgBatch as ChainMsgBatch, MsgPlaceCombo as ChainMsgPlaceCombo } from '../../../proto/gen/settle/options/v1/tx';
import { ORDER_GAS, orderFlowGas, orderTxGasLimit } from '../../../client/sdk/src/gas';
import { settleRegistry } from '../../../client/sdk/src/settle-client';
import { MsgBatch, MsgCancelAllAfter, MsgCancelOrder, MsgPlaceCombo, MsgPlaceOrder } from '../../../client/sdk/src/codegen/settle/options/v1/tx';
import { OrderSpec, Side, TimeInForce } from '../../../client/sdk/src/codegen/settle/options/v1/types';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { CHAIN_ID } from '../../modules/helpers';
import { CALL_100K, CALL_110K, encode, OptionsChain, USDC } from '../../modules/options/chain';

const OPTIONS = '/settle.options.v1.';

describe('SDK order-flow gas', () => {
  it('is the chain schedule', () => {
    expect(ORDER_GAS).toEqual(CHAIN_ORDER_GAS);
    const places = Array.from({ length: 7 }, (_, i) => ({ clientId: BigInt(i + 1) }));
    const batch = { cancelClientIds: [1n, 2n, 3n], places };
    const legs = [{ instrumentId: 'a' }, { instrumentId: 'b' }, { instrumentId: 'c' }];
    const one = (typeUrl: string, value: unknown): EncodeObject[] => [{ typeUrl: OPTIONS + typeUrl, value }];
    expect(orderFlowGas(one('MsgPlaceOrder', {}))).toBe(placeOrderGas());
    expect(orderFlowGas(one('MsgCancelOrder', {}))).toBe(cancelOrderGas());
    expect(orderFlowGas(one('MsgBatch', batch))).toBe(batchGas(ChainMsgBatch.fromPartial(batch)));
    expect(orderFlowGas(one('MsgPlaceCombo', { legs }))).toBe(comboGas(ChainMsgPlaceCombo.fromPartial({ legs })));
    expect(orderFlowGas(one('MsgCancelAllAfter', {}))).toBe(cancelAllAfterGas());
    // open orders: each placing message pays for those open when it runs (after its own cancels)
    expect(orderFlowGas(one('MsgBatch', batch), 10) - orderFlowGas(one('MsgBatch', batch))).toBe(7n * CHAIN_ORDER_GAS.openOrder);
    expect(() => orderFlowGas(one('MsgMassCancel', {}))).toThrow(/MsgMassCancel has no fixed gas: simulate/);
  });

  describe('on the chain, signed by CosmJS', () => {
    let dir: string;
    let chain: OptionsChain;
    let signer: SigningStargateClient;
    let maker: OptionsChain['keys'][number];
    let sequence = 0n;
    let clientId = 1n;
    const registry = settleRegistry();

    beforeAll(async () => {
      dir = makeTmpDir('sdk-gas');
      chain = await OptionsChain.open(dir, 'sdk-gas', 2);
      [maker] = chain.keys;
      const r = await chain.run([[maker, [encode.deposit({ owner: maker.address, subaccount: 0, denom: 'uusdc', amount: (500_000n * USDC).toString() })]]]);
      expect(r.txs[0].code).toBe(0);
      sequence = await chain.sequence(maker);
      signer = await SigningStargateClient.offline(await DirectSecp256k1Wallet.fromKey(maker.privkey, 'settle'), { registry });
    });

    afterAll(async () => {
      await chain?.app.close();
      removeDir(dir);
    });

    const openOrders = () => [...chain.modules.keepers.options.orders(chain.app.contextAt())].filter((o) => o.owner === maker.address).length;
    const bid = (price = 10n): OrderSpec =>
      OrderSpec.fromPartial({ clientId: clientId++, instrumentId: (clientId % 2n === 0n ? CALL_100K : CALL_110K).id, side: Side.SIDE_BUY, price: price * USDC, size: 1n, timeInForce: TimeInForce.TIME_IN_FORCE_GTC });
    const owner = () => ({ owner: maker.address, subaccount: 0 });

    /** Signs `msgs` with the SDK's gas limit, runs them in a block; returns gas used and the limit. */
    const run = async (msgs: EncodeObject[], shortTerm = false) => {
      // a short-term tx (modules/options/short-term.ts): a near timeout height, any sequence, not incremented
      const timeoutHeight = shortTerm ? BigInt(chain.height + 10) : undefined;
      const bodyBytes = registry.encodeTxBody({ messages: msgs, memo: '', timeoutHeight }).length;
      const gas = orderTxGasLimit(msgs, { bodyBytes, openOrders: openOrders() });
      const raw = await signer.sign(maker.address, msgs, { amount: [{ denom: 'usettle', amount: '5000' }], gas: gas.toString() }, '', { accountNumber: 0n, sequence: shortTerm ? 0 : Number(sequence), chainId: CHAIN_ID }, timeoutHeight);
      const r = await chain.runRaw([TxRaw.encode(raw).finish()]);
      if (!shortTerm) sequence++;
      expect({ code: r.txs[0].code, log: r.txs[0].log }).toEqual({ code: 0, log: expect.anything() });
      // enough, and at most a few thousand gas above what the tx uses (a limit is paid for in full)
      expect(r.txs[0].gasUsed).toBeLessThanOrEqual(gas);
      expect(gas - r.txs[0].gasUsed).toBeLessThan(5_000n);
      return { used: r.txs[0].gasUsed, limit: gas };
    };
    const place = (order: OrderSpec): EncodeObject => ({ typeUrl: MsgPlaceOrder.typeUrl, value: MsgPlaceOrder.fromPartial({ ...owner(), order }) });
    const batch = (places: OrderSpec[], cancelClientIds: bigint[] = []): EncodeObject => ({ typeUrl: MsgBatch.typeUrl, value: MsgBatch.fromPartial({ ...owner(), places, cancelClientIds }) });

    it('single orders, cancels, batches of 1 to 200 over a growing book, cancel-only batches, combos, the dead-man switch', async () => {
      const first = bid();
      await run([place(first)]);
      await run([{ typeUrl: MsgCancelOrder.typeUrl, value: MsgCancelOrder.fromPartial({ ...owner(), clientId: first.clientId }) }]);
      for (const n of [1, 10, 50, 200, 200]) await run([batch(Array.from({ length: n }, () => bid()))]);
      expect(openOrders()).toBe(461);
      // a replace: cancels first, then places (charged for the orders open after the cancels)
      const open = [...chain.modules.keepers.options.orders(chain.app.contextAt())].map((o) => o.spec!.clientId);
      await run([batch(Array.from({ length: 100 }, () => bid(9n)), open.slice(0, 100))]);
      await run([batch([], open.slice(100, 161))]);
      expect(openOrders()).toBe(400);
      await run([
        {
          typeUrl: MsgPlaceCombo.typeUrl,
          value: MsgPlaceCombo.fromPartial({
            ...owner(),
            clientId: clientId++,
            legs: [
              { instrumentId: CALL_100K.id, side: Side.SIDE_BUY, ratio: 1n },
              { instrumentId: CALL_110K.id, side: Side.SIDE_SELL, ratio: 1n },
            ],
            quantity: 1n,
            limitPrice: 1n * USDC,
          }),
        },
      ]);
      await run([{ typeUrl: MsgCancelAllAfter.typeUrl, value: MsgCancelAllAfter.fromPartial({ ...owner(), height: BigInt(chain.height + 100) }) }]);
      // two placing messages in one tx: the second pays for the first's orders too
      await run([batch([bid(), bid()]), place(bid())]);
      // sequence-free short-term txs (the ante also records the tx's hash against replays)
      await run([batch(Array.from({ length: 100 }, () => bid()), open.slice(161, 261))], true);
      await run([place(bid())], true);
    });
  });
});
