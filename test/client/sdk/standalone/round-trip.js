// Run by sdk-devnet.test.ts inside a fresh folder where only the packed @settle/sdk is installed, as a
// user would run it: plain Node, nothing from the settle repo. Prints what it observed as one JSON line.
// env: RPC (CometBFT RPC URL), ACCOUNTS (JSON [{ address, mnemonic }] of three funded accounts).
const sdk = require('@settle/sdk');

const { SettleClient, DirectSecp256k1HdWallet, Secp256k1HdWallet, decodeTxRaw } = sdk;
const { Side } = sdk.settle.options.v1;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const json = (v) => JSON.parse(JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x instanceof Uint8Array ? Buffer.from(x).toString('hex') : x)));

async function main() {
  const [alice, bob, carol] = JSON.parse(process.env.ACCOUNTS);
  const rpc = process.env.RPC;
  const direct = (m) => DirectSecp256k1HdWallet.fromMnemonic(m, { prefix: 'settle' });
  const mm = await SettleClient.connectWithSigner(rpc, await direct(alice.mnemonic));
  const taker = await SettleClient.connectWithSigner(rpc, await direct(bob.mnemonic));
  const out = { senders: [mm.sender, taker.sender] };

  // deposit
  const dep = await mm.deposit({ denom: 'uusdc', amount: 200000000000n });
  out.depositEvents = json(dep.events.filter((e) => e.type.startsWith('settle.')));
  await taker.deposit({ denom: 'uusdc', amount: 50000000000n });

  // the nearest expiry's two lowest-strike BTC calls, once the oracle has listed them
  let calls = [];
  for (let i = 0; i < 90 && calls.length < 2; i++) {
    const r = await mm.query.settle.options.instruments({ underlying: 'BTC/USD', expiry: 0n, activeOnly: true });
    const listed = r.instruments.filter((x) => x.kind === sdk.settle.options.v1.OptionKind.OPTION_KIND_CALL);
    if (listed.length >= 2) {
      const expiry = listed.reduce((m, c) => (c.expiry < m ? c.expiry : m), listed[0].expiry);
      calls = listed.filter((c) => c.expiry === expiry).sort((x, y) => Number(x.strike) - Number(y.strike));
    } else await sleep(1000);
  }
  if (calls.length < 2) throw new Error('no BTC calls listed');
  const [k1, k2] = calls;
  out.instruments = [k1.id, k2.id];

  // quote: the market maker quotes both calls two-sided
  const q1 = await mm.quote({ instrumentId: k1.id, bid: 100000n, ask: 600000n, size: 2n, clientId: 1n });
  const q2 = await mm.quote({ instrumentId: k2.id, bid: 200000n, ask: 1000000000n, size: 2n, clientId: 3n });
  out.quoteResponses = json([...q1.responses, ...q2.responses]);
  out.quoteEvents = [...q1.events, ...q2.events].filter((e) => e.type.startsWith('settle.')).map((e) => e.type);

  // combo: the taker buys 2 call spreads (buy k1, sell k2) at a net of at most 0.50 USDC
  const combo = await taker.combo({ legs: [{ instrumentId: k1.id, side: Side.SIDE_BUY, ratio: 1n }, { instrumentId: k2.id, side: Side.SIDE_SELL, ratio: 1n }], quantity: 2n, limitPrice: 500000n, clientId: 77n });
  out.comboResponses = json(combo.responses);
  const comboHeight = combo.tx.height;
  while ((await taker.getHeight()) <= comboHeight) await sleep(200);

  // health, and the position proven against the app hash
  const health = await taker.health();
  out.health = json({ equity: health.equity, initialMargin: health.initialMargin, positions: health.positions.map((p) => [p.instrumentId, p.size]) });
  const proven = await taker.getVerifiedPosition(taker.sender, 0, k1.id);
  out.verifiedPosition = json({ size: proven.position && proven.position.size, height: proven.height });
  const absent = await taker.getVerifiedPosition(taker.sender, 5, k1.id);
  out.verifiedAbsent = absent.position === undefined;

  // withdraw, seen in the proven bank balance
  const before = await taker.getVerifiedBalance(taker.sender, 'uusdc');
  const wd = await taker.withdraw({ denom: 'uusdc', amount: 1000000n });
  out.withdrawEvents = json(wd.events.filter((e) => e.type === 'settle.margin.v1.EventWithdraw').map((e) => e.message));
  while ((await taker.getHeight()) <= wd.tx.height) await sleep(200);
  const after = await taker.getVerifiedBalance(taker.sender, 'uusdc', wd.tx.height);
  out.withdrawn = (after.amount - before.amount).toString();

  // cancelAll: the market maker's two resting quotes left after the combo
  const cancelled = await mm.cancelAll();
  out.cancelResponses = json(cancelled.responses);

  // a sequence-free short-term quote (timeout height 10 blocks ahead), its gas limit from the fixed schedule
  // (no simulate); the account's sequence does not move
  const { MsgBatch, OrderSpec, TimeInForce } = sdk.settle.options.v1;
  const spec = (clientId, side, price) => OrderSpec.fromPartial({ clientId, instrumentId: k1.id, side, price, size: 1n, timeInForce: TimeInForce.TIME_IN_FORCE_GTC, postOnly: true });
  const messages = [{ typeUrl: MsgBatch.typeUrl, value: MsgBatch.fromPartial({ owner: mm.sender, subaccount: 0, places: [spec(11n, Side.SIDE_BUY, 100000n), spec(12n, Side.SIDE_SELL, 900000n)] }) }];
  const timeoutHeight = BigInt((await mm.getHeight()) + 10);
  const bodyBytes = sdk.settleRegistry().encodeTxBody({ messages, memo: '', timeoutHeight }).length;
  const gas = sdk.orderTxGasLimit(messages, { bodyBytes, openOrders: 0 });
  const sequenceBefore = (await mm.getAccount(mm.sender)).sequence;
  const shortTerm = await mm.signAndBroadcast(mm.sender, messages, { amount: [{ denom: 'usettle', amount: String((gas * 25n + 999n) / 1000n) }], gas: gas.toString() }, '', timeoutHeight);
  out.scheduledGas = { code: shortTerm.code, gasWanted: String(shortTerm.gasWanted), gasUsed: String(shortTerm.gasUsed), sequenceMoved: (await mm.getAccount(mm.sender)).sequence !== sequenceBefore };

  // Keplr-style: an amino-only signer (OfflineAminoSigner) deposits and places an order
  const amino = await SettleClient.connectWithSigner(rpc, await Secp256k1HdWallet.fromMnemonic(carol.mnemonic, { prefix: 'settle' }));
  await amino.deposit({ denom: 'uusdc', amount: 10000000000n });
  const placed = await amino.placeOrders([{ clientId: 9n, instrumentId: k1.id, side: Side.SIDE_BUY, price: 100000n, size: 1n, timeInForce: sdk.settle.options.v1.TimeInForce.TIME_IN_FORCE_GTC }]);
  const tx = await amino.getTx(placed.tx.transactionHash);
  out.aminoOrder = {
    code: placed.tx.code,
    signMode: decodeTxRaw(tx.tx).authInfo.signerInfos[0].modeInfo.single.mode,
    events: placed.events.filter((e) => e.type.startsWith('settle.')).map((e) => e.type),
    open: json((await amino.query.settle.options.ordersBySubaccount({ owner: amino.sender, subaccount: 0 })).orders.map((o) => [o.spec.clientId, o.spec.instrumentId, o.remaining])),
  };
  for (const c of [mm, taker, amino]) c.disconnect();
  console.log(JSON.stringify(out));
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
