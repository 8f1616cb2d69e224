/**
 * An in-process chain of one settle app with N validators whose ed25519 keys the test holds: each
 * height, every validator's vote extension is built from its own feed and signed over CometBFT's
 * canonical vote-extension bytes, then PrepareProposal → ProcessProposal → FinalizeBlock → Commit.
 */
import { createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import {
  ExtendedCommitInfo,
  RequestExtendVote,
  RequestFinalizeBlock,
  RequestInitChain,
  RequestPrepareProposal,
  RequestProcessProposal,
  ResponseProcessProposal_ProposalStatus,
  type ResponseFinalizeBlock,
} from 'cosmjs-types/tendermint/abci/types';
import { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator';
import { createHash } from 'node:crypto';
import pino from 'pino';
import { encodeVoteExtension, SettleApp, voteExtensionSignBytes } from '../../../chain/app';
import { Dec } from '../../../chain/math';
import type { FeedSnapshot, PriceFeed } from '../../../modules/oracle/feed';
import { defaultGenesis } from '../../../modules/oracle/genesis';
import type { OracleKeeper } from '../../../modules/oracle/keeper';
import { buildExtension } from '../../../modules/oracle/vote-extension';
import { settleModules, type SettleModuleOptions } from '../../../chain/node/modules';

export const CHAIN_ID = 'settle-oracle-test';
export const T0 = 1_764_000_000n; // genesis time, seconds

export interface Validator {
  priv: KeyObject;
  pubKey: Buffer;
  address: Buffer;
  power: bigint;
  /** What its feeder reports (undefined = feeder down: empty extension). */
  feed: FeedSnapshot | undefined;
}

export function validator(i: number, power = 10n): Validator {
  const seed = createHash('sha256').update(`validator-${i}`).digest();
  const priv = createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]), format: 'der', type: 'pkcs8' });
  const jwk = createPublicKey(priv).export({ format: 'jwk' }) as { x: string };
  const pubKey = Buffer.from(jwk.x, 'base64url');
  return { priv, pubKey, address: createHash('sha256').update(pubKey).digest().subarray(0, 20), power, feed: undefined };
}

export function snapshot(prices: Record<string, string>): FeedSnapshot {
  return { prices: new Map(Object.entries(prices).map(([k, v]) => [k, Dec.parse(v)])), surfaces: new Map() };
}

export class OracleChain {
  height = 0;
  timeSeconds = T0;
  /** The extended commit info of the last committed height, as CometBFT would hand it to the next proposer. */
  lastCommit: ExtendedCommitInfo = { round: 0, votes: [] };
  readonly oracle: { keeper: OracleKeeper };

  private constructor(readonly app: SettleApp, readonly validators: Validator[], oracle: { keeper: OracleKeeper }, readonly modules: ReturnType<typeof settleModules>) {
    this.oracle = oracle;
  }

  /** Sections the other validators (1..n-1) add to their extensions besides the oracle's (tests of several contributors). */
  otherSections: (validator: number, height: number) => Map<string, Uint8Array> = () => new Map();

  static async open(
    dir: string,
    validators: Validator[],
    oracleGenesis: Record<string, any> = defaultGenesis() as Record<string, any>,
    options: Pick<SettleModuleOptions, 'extraModules' | 'bridge'> & { appState?: Record<string, unknown> } = {},
  ): Promise<OracleChain> {
    // validator 0 is "this node": its feed is read through the app's ExtendVote
    const feed: PriceFeed = { latest: () => validators[0].feed };
    const { appState, ...moduleOptions } = options;
    const m = settleModules({ feed, ...moduleOptions });
    const app = await SettleApp.open({ dbPath: dir, ...m, logger: pino({ level: 'silent' }), sync: false });
    const chain = new OracleChain(app, validators, { keeper: m.keepers.oracle }, m);
    await app.initChain(
      RequestInitChain.fromPartial({
        chainId: CHAIN_ID,
        initialHeight: 1n,
        time: { seconds: T0, nanos: 0 },
        appStateBytes: Buffer.from(JSON.stringify({ ...appState, oracle: oracleGenesis })),
        consensusParams: { block: { maxBytes: 4_194_304n, maxGas: -1n }, abci: { voteExtensionsEnableHeight: 1n } },
        validators: validators.map((v) => ({ pubKey: { ed25519: v.pubKey }, power: v.power })),
      }),
    );
    return chain;
  }

  /** Each validator's extension for the current state (validator 0 through the app's ExtendVote). */
  async extensions(): Promise<Uint8Array[]> {
    const own = await this.app.extendVote(RequestExtendVote.fromPartial({ hash: new Uint8Array(32), height: BigInt(this.height) }));
    const state = this.app.contextAt(this.height);
    const markets = this.oracle.keeper.markets(state);
    const max = this.oracle.keeper.params(state).maxVoteExtensionBytes;
    return this.validators.map((v, i) => {
      if (i === 0) return own.voteExtension;
      const sections = this.otherSections(i, this.height);
      const oracle = buildExtension(markets, v.feed, max);
      if (oracle.length > 0) sections.set('oracle', oracle);
      return encodeVoteExtension(sections);
    });
  }

  signedCommit(height: number, exts: Uint8Array[], round = 0, who = this.validators.map((_, i) => i)): ExtendedCommitInfo {
    return {
      round,
      votes: this.validators.map((v, i) => {
        const signed = who.includes(i);
        const ext = signed ? exts[i] : new Uint8Array(0);
        return {
          validator: { address: v.address, power: v.power },
          voteExtension: ext,
          extensionSignature: signed ? sign(null, voteExtensionSignBytes(ext, BigInt(height), BigInt(round), CHAIN_ID), v.priv) : new Uint8Array(0),
          blockIdFlag: signed ? BlockIDFlag.BLOCK_ID_FLAG_COMMIT : BlockIDFlag.BLOCK_ID_FLAG_ABSENT,
        };
      }),
    };
  }

  prepare(height: number, localLastCommit: ExtendedCommitInfo, txs: Uint8Array[] = []) {
    return this.app.prepareProposal(RequestPrepareProposal.fromPartial({ height: BigInt(height), localLastCommit, txs, maxTxBytes: 4_000_000n, time: { seconds: this.timeSeconds, nanos: 0 } }));
  }

  async process(height: number, txs: Uint8Array[], lastCommit: ExtendedCommitInfo): Promise<boolean> {
    const res = await this.app.processProposal(
      RequestProcessProposal.fromPartial({
        height: BigInt(height),
        txs,
        proposedLastCommit: { round: lastCommit.round, votes: lastCommit.votes.map((v) => ({ validator: v.validator, blockIdFlag: v.blockIdFlag })) },
      }),
    );
    return res.status === ResponseProcessProposal_ProposalStatus.ACCEPT;
  }

  /** One height: propose (with the last commit's extensions), check, finalize, commit, then collect this height's extensions. */
  async step(dtSeconds = 1n, txs: Uint8Array[] = []): Promise<ResponseFinalizeBlock> {
    const h = this.height + 1;
    this.timeSeconds += h === 1 ? 0n : dtSeconds;
    const prepared = await this.prepare(h, this.lastCommit, txs);
    if (!(await this.process(h, prepared.txs, this.lastCommit))) throw new Error(`height ${h}: own proposal rejected`);
    const res = await this.app.finalizeBlock(RequestFinalizeBlock.fromPartial({ height: BigInt(h), time: { seconds: this.timeSeconds, nanos: 0 }, txs: prepared.txs, hash: new Uint8Array(32), proposerAddress: this.validators[0].address }));
    await this.app.commit({});
    this.height = h;
    this.lastCommit = this.signedCommit(h, await this.extensions());
    return res;
  }
}

/** The extended commit of a one-validator chain at `height`: its vote with `ext`, signed over CometBFT's vote-extension bytes. */
export function soleValidatorCommit(v: Validator, ext: Uint8Array, height: number, chainId: string): ExtendedCommitInfo {
  return {
    round: 0,
    votes: [{ validator: { address: v.address, power: v.power }, voteExtension: ext, extensionSignature: sign(null, voteExtensionSignBytes(ext, BigInt(height), 0n, chainId), v.priv), blockIdFlag: BlockIDFlag.BLOCK_ID_FLAG_COMMIT }],
  };
}

/** A validator's whole vote extension carrying only an oracle section (what a settle node sends). */
export function oracleExtension(section: Uint8Array): Uint8Array {
  return encodeVoteExtension(new Map([['oracle', section]]));
}
