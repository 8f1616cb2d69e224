// One settle app in-process (real stores, real tx pipeline) acting as an IBC chain with one test
// validator, and what a relayer needs of it: signed light headers of its blocks, ICS-23 proofs from
// /store/ibc/key, and its txs' events. Two of these plus the tiny relayer in relayer.ts make the
// two-chain tests.
import type { Event, ExecTxResult } from 'cosmjs-types/tendermint/abci/types';
import { Any } from 'cosmjs-types/google/protobuf/any';
import type { Height } from 'cosmjs-types/ibc/core/client/v1/client';
import type { ClientState, ConsensusState, Header as LightHeader } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import { MerkleProof } from 'cosmjs-types/ibc/core/commitment/v1/commitment';
import { CommitmentProof } from 'cosmjs-types/cosmos/ics23/v1/proofs';
import { QueryAccountInfoRequest, QueryAccountInfoResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query';
import type { SettleApp } from '../../../../chain/app';
import { PortRouter } from '../../../../modules/ibc/router';
import type { IbcKeeper } from '../../../../modules/ibc/keeper';
import { parseChainId } from '../../../../modules/ibc/light-client';
import { deriveKeys, fundedAppState, signTx, type EncodedMsg, type Key } from '../../../reliability/lib/accounts';
import { block, openApp, query } from '../../helpers';
import { clientState as lightClientState, consensusStateOf, lightHeader, signedHeader, testValidator, type TestValidator } from '../light-client/helpers/test-chain';
import { MockApp, MOCK_PORT } from './mock-app';

export const GENESIS_SECONDS = 1_767_225_600n;
export const NS = 1_000_000_000n;

export class IbcChain {
  height = 0;
  /** App hash after each committed height (index = height). */
  private readonly appHashes: Uint8Array[] = [];
  private sequence = 0n;
  readonly validator: TestValidator;

  private constructor(
    readonly chainId: string,
    readonly app: SettleApp,
    readonly ibc: IbcKeeper,
    readonly mock: MockApp,
    readonly relayer: Key,
  ) {
    this.validator = testValidator(`${chainId} validator`, 10n);
  }

  static async open(dir: string, chainId: string): Promise<IbcChain> {
    const [relayer] = await deriveKeys(`${chainId} relayer`, 1);
    const mock = new MockApp();
    const router = new PortRouter().bind(MOCK_PORT, mock);
    const opened = await openApp(dir, { modules: { ibcRouter: router, extraModules: () => [mock.module()] } });
    mock.packets = opened.keepers.ibc.packets;
    const chain = new IbcChain(chainId, opened.app, opened.keepers.ibc, mock, relayer);
    await opened.app.initChain({
      chainId,
      initialHeight: 1n,
      time: { seconds: GENESIS_SECONDS, nanos: 0 },
      validators: [],
      consensusParams: { block: { maxBytes: 4_194_304n, maxGas: -1n } },
      appStateBytes: Buffer.from(JSON.stringify(fundedAppState([{ address: relayer.address, coins: [{ denom: 'usettle', amount: '1000000000' }] }]))),
    });
    // two blocks, so that a committed header (height 2, committing the state at 1) exists
    await chain.produce([]);
    await chain.produce([]);
    return chain;
  }

  get revision(): bigint {
    return parseChainId(this.chainId);
  }

  height_(h: number): Height {
    return { revisionNumber: this.revision, revisionHeight: BigInt(h) };
  }

  timeNanos(h: number): bigint {
    return (GENESIS_SECONDS + BigInt(h) * 5n) * NS;
  }

  /** One block with the given signed txs, committed. */
  async produceRaw(txs: Uint8Array[]): Promise<{ txs: ExecTxResult[]; events: Event[] }> {
    this.height++;
    const res = await this.app.finalizeBlock({ ...block(this.height, txs, this.timeNanos(this.height) / NS), proposerAddress: this.validator.validator.address });
    this.appHashes[this.height] = res.appHash;
    await this.app.commit({});
    return { txs: res.txResults, events: res.events };
  }

  /** One block; `msgs`, if any, are one tx signed by the relayer. Throws when the tx fails (`expectFailure` returns it instead). */
  async produce(msgs: EncodedMsg[]): Promise<ExecTxResult | undefined> {
    if (msgs.length === 0) {
      await this.produceRaw([]);
      return undefined;
    }
    const tx = await signTx(this.relayer, msgs, { chainId: this.chainId, accountNumber: 0n, sequence: this.sequence, fee: [{ denom: 'usettle', amount: '5000' }], gas: 50_000_000n });
    const { txs } = await this.produceRaw([tx]);
    const info = await query(this.app, '/cosmos.auth.v1beta1.Query/AccountInfo', QueryAccountInfoRequest, { address: this.relayer.address }, QueryAccountInfoResponse);
    this.sequence = info.info!.sequence;
    return txs[0];
  }

  async exec(msgs: EncodedMsg[]): Promise<ExecTxResult> {
    const r = (await this.produce(msgs))!;
    if (r.code !== 0) throw new Error(`${this.chainId} tx failed: ${r.codespace}/${r.code} ${r.log}`);
    return r;
  }

  /** The light header of committed height `h`: its app hash is the state after h-1. */
  header(h: number): { signed: ReturnType<typeof signedHeader>; consensus: ConsensusState } {
    const appHash = this.appHashes[h - 1];
    if (!appHash) throw new Error(`${this.chainId}: no committed state at ${h - 1}`);
    const signed = signedHeader({ chainId: this.chainId, height: BigInt(h), time: this.timeNanos(h), vals: [this.validator], appHash });
    return { signed, consensus: consensusStateOf(signed.header!) };
  }

  /** The latest committed block's header (its app hash commits the state at height - 1). */
  latestHeader(): { signed: ReturnType<typeof signedHeader>; consensus: ConsensusState; height: Height } {
    return { ...this.header(this.height), height: this.height_(this.height) };
  }

  lightHeader(h: number, trustedHeight: bigint): LightHeader {
    return lightHeader(this.header(h).signed, [this.validator], trustedHeight, [this.validator]);
  }

  clientStateAt(h: number): ClientState {
    return lightClientState(this.chainId, BigInt(h), { maxClockDrift: { seconds: 600n, nanos: 0 } });
  }

  /**
   * An ICS-23 proof of `path` in store ibc, as the relayer sends it (MerkleProof bytes): at height - 1,
   * the state the latest header's app hash commits to (so the latest header is the proof height).
   */
  async prove(path: string): Promise<{ proof: Uint8Array; value: Uint8Array }> {
    const r = await this.app.query({ path: '/store/ibc/key', data: Buffer.from(path), height: BigInt(this.height - 1), prove: true });
    if (r.code !== 0) throw new Error(`proof query failed: ${r.log}`);
    const proofs = r.proofOps!.ops.map((op) => CommitmentProof.decode(op.data));
    return { proof: MerkleProof.encode({ proofs }).finish(), value: r.value };
  }

  appHashAt(h: number): Uint8Array {
    return this.appHashes[h];
  }

  ctx() {
    return this.app.contextAt();
  }
}

export const any = (typeUrl: string, value: Uint8Array): Any => ({ typeUrl, value });

/** The events of a tx result as [type, {key: value}]. */
export function eventsOf(r: ExecTxResult, type: string): Record<string, string>[] {
  return r.events.filter((e) => e.type === type).map((e) => Object.fromEntries(e.attributes.map((a) => [a.key, a.value])));
}
