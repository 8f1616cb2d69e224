/**
 * ABCI 2.0 vote extensions and proposer injections with several contributors (the oracle now;
 * bridge checkpoints and an order-matching step later). Each contributor owns one named section of
 * every validator's extension and of the proposer's injected tx; the router here encodes the
 * sections canonically (vote-extension-codec.ts), bounds each section's size, verifies the
 * extended commit once for all (extended-commit.ts), and hands every contributor only its section.
 *
 * From the block after `vote_extensions_enable_height` on, the proposer injects the previous
 * height's extended commit info (and each contributor's proposer data) as the first tx of its
 * block; every validator checks it in ProcessProposal; FinalizeBlock applies it before the user txs.
 */
import type {
  ExtendedCommitInfo,
  RequestExtendVote,
  RequestPrepareProposal,
  RequestProcessProposal,
} from 'cosmjs-types/tendermint/abci/types';
import { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator';
import type { Logger } from 'pino';
import type { ChainParams, GenesisValidator } from './chain-params';
import type { Context, ReadContext } from './context';
import { checkExtendedCommit, injectionDue, matchLastCommit, validatorMap } from './extended-commit';
import { decodeInjectedTx, decodeVoteExtension, encodeInjectedTx, encodeVoteExtension, isInjectedTx, type InjectedData } from './vote-extension-codec';

/** What a contributor sees outside FinalizeBlock: the last committed state and the chain's fixed params. */
export interface VoteExtensionEnv {
  /** The last committed state (read-only); before the first commit, the genesis state. */
  state: ReadContext;
  chain: ChainParams;
}

/** One precommit of the previous height whose signed extension verified, as a contributor sees it. */
export interface ExtensionVote {
  validator: GenesisValidator;
  /** This contributor's section of the validator's extension; empty when the validator sent none. */
  section: Uint8Array;
}

export interface VoteExtensionContributor {
  /** The section's name (usually the module's name): unique among contributors. */
  readonly name: string;
  /** The most bytes this contributor's section may take in one extension; larger ones are rejected. */
  maxSectionBytes(state: ReadContext): number;
  /** This validator's section for the block being precommitted; empty bytes for none. A throw drops only this section. */
  extendVote(env: VoteExtensionEnv, req: RequestExtendVote): Uint8Array;
  /** Checks another validator's (non-empty) section; throws with the reason, and the whole extension is rejected. */
  verifySection(state: ReadContext, section: Uint8Array): void;
  /** The proposer's data for this section of the injected tx, from the verified votes; empty for none. */
  prepareInjection?(env: VoteExtensionEnv, req: RequestPrepareProposal, votes: ExtensionVote[]): Uint8Array;
  /**
   * Checks a proposal's data for this section (empty when absent); throws to reject the proposal.
   * A contributor without this hook accepts no proposer data.
   */
  processInjection?(env: VoteExtensionEnv, req: RequestProcessProposal, votes: ExtensionVote[], data: Uint8Array): void;
  /**
   * FinalizeBlock, before any user tx, on its own branch: applies the verified votes and the proposer
   * data. Runs only in blocks that carry a valid injection. A throw discards this contributor's
   * writes and events (logged), never the block.
   */
  applyVotes(ctx: Context, chain: ChainParams, votes: ExtensionVote[], data: Uint8Array): void;
}

/** Framing a section adds around its data in the envelope: tags, two length varints, the name. */
const SECTION_OVERHEAD = 24;

/** Composes the contributors; the app calls it at every ABCI 2.0 step. Contributors run in name order. */
export class VoteExtensionRouter {
  private readonly byName = new Map<string, VoteExtensionContributor>();
  private readonly ordered: VoteExtensionContributor[];

  constructor(contributors: readonly VoteExtensionContributor[], private readonly logger: Logger) {
    for (const c of contributors) {
      if (!c.name || Buffer.byteLength(c.name) > 64) throw new Error(`vote-extension contributor name "${c.name}" must be 1..64 bytes`);
      if (this.byName.has(c.name)) throw new Error(`two vote-extension contributors named ${c.name}`);
      this.byName.set(c.name, c);
    }
    this.ordered = [...this.byName.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))).map((n) => this.byName.get(n)!);
  }

  get names(): string[] {
    return this.ordered.map((c) => c.name);
  }

  /** Without contributors the router is inert: empty extensions, no injected tx, nothing checked or applied. */
  get active(): boolean {
    return this.ordered.length > 0;
  }

  /** This validator's extension: every contributor's section; a failing or oversized one is left out (logged). */
  extendVote(env: VoteExtensionEnv, req: RequestExtendVote): Uint8Array {
    const sections = new Map<string, Uint8Array>();
    for (const c of this.ordered) {
      try {
        const data = c.extendVote(env, req);
        const max = c.maxSectionBytes(env.state);
        if (data.length > max) throw new Error(`${data.length} bytes, the section limit is ${max}`);
        if (data.length > 0) sections.set(c.name, data);
      } catch (err) {
        this.logger.warn({ height: Number(req.height), section: c.name, err: (err as Error).message }, 'a vote-extension section failed; extending without it');
      }
    }
    return encodeVoteExtension(sections);
  }

  /** Another validator's extension; throws with the reason to reject it whole. Empty bytes are valid. */
  verifyVoteExtension(state: ReadContext, extension: Uint8Array, limits = this.sectionLimits(state)): Map<string, Uint8Array> {
    if (extension.length === 0) return new Map();
    if (extension.length > limits.total) throw new Error(`${extension.length} bytes, more than all sections may take (${limits.total})`);
    const sections = decodeVoteExtension(extension);
    for (const [name, data] of sections) {
      const c = this.byName.get(name);
      if (!c) throw new Error(`unknown section "${name}"`);
      const limit = limits.byName.get(name)!;
      if (data.length > limit) throw new Error(`section "${name}" has ${data.length} bytes, the limit is ${limit}`);
      try {
        c.verifySection(state, data);
      } catch (err) {
        throw new Error(`section "${name}": ${(err as Error).message}`);
      }
    }
    return sections;
  }

  isInjectedTx(tx: Uint8Array): boolean {
    return isInjectedTx(tx);
  }

  /** The proposer's injected tx for `req.height` (undefined when none is due). */
  prepareInjectedTx(env: VoteExtensionEnv, req: RequestPrepareProposal): Uint8Array | undefined {
    if (!this.active || !injectionDue(env.chain, req.height)) return undefined;
    // Passed on exactly as CometBFT gives it (its votes and their order are those of the block's last
    // commit, and CometBFT verified every extension when it accepted the precommit): ProcessProposal
    // requires that correspondence, so a proposer cannot choose whose extensions count.
    const info: ExtendedCommitInfo = req.localLastCommit ?? { round: 0, votes: [] };
    const sections = new Map<string, Uint8Array>();
    const proposing = this.ordered.filter((c) => c.prepareInjection);
    if (proposing.length > 0) {
      const votes = this.verifiedVotes(env.state, env.chain, info);
      for (const c of proposing) {
        try {
          const data = c.prepareInjection!(env, req, votes.get(c.name)!);
          if (data.length > 0) sections.set(c.name, data);
        } catch (err) {
          this.logger.warn({ height: Number(req.height), section: c.name, err: (err as Error).message }, 'preparing a section of the injected tx failed; proposing without it');
        }
      }
    }
    return encodeInjectedTx(info, sections);
  }

  /** Checks a proposal's txs for the injection rules; throws with the reason to reject the proposal. */
  processProposal(env: VoteExtensionEnv, req: RequestProcessProposal): void {
    if (!this.active) return;
    const injected = req.txs.length > 0 && isInjectedTx(req.txs[0]) ? req.txs[0] : undefined;
    if (req.txs.slice(injected ? 1 : 0).some((tx) => isInjectedTx(tx))) throw new Error('an injected vote-extension tx that is not the first tx');
    const data = this.checkInjection(env.chain, req.height, injected);
    if (!data) return;
    matchLastCommit(data.extendedCommit, req.proposedLastCommit);
    for (const name of data.sections.keys()) {
      if (!this.byName.get(name)?.processInjection) throw new Error(`the injected tx has a section "${name}" that no contributor takes`);
    }
    const checking = this.ordered.filter((c) => c.processInjection);
    if (checking.length === 0) return;
    const votes = this.verifiedVotes(env.state, env.chain, data.extendedCommit);
    for (const c of checking) {
      try {
        c.processInjection!(env, req, votes.get(c.name)!, data.sections.get(c.name) ?? new Uint8Array(0));
      } catch (err) {
        throw new Error(`injected section "${c.name}": ${(err as Error).message}`);
      }
    }
  }

  /**
   * FinalizeBlock: re-checks the injection (so that no path applies unverified extensions), then
   * applies each contributor on its own branch. `branch` opens a branch of the block state and
   * returns its context plus a commit function that writes it and keeps its events.
   */
  applyInjected(
    ctx: Context,
    chain: ChainParams,
    injected: Uint8Array | undefined,
    branch: () => { ctx: Context; write(): void },
  ): void {
    if (!this.active) return;
    let data: InjectedData | undefined;
    try {
      data = this.checkInjection(chain, BigInt(ctx.block.height), injected);
    } catch (err) {
      ctx.emit('settle.app.v1.EventVoteExtensionsIgnored', { reason: JSON.stringify((err as Error).message) });
      return;
    }
    if (!data) return;
    const votes = this.verifiedVotes(ctx, chain, data.extendedCommit);
    for (const c of this.ordered) {
      const b = branch();
      try {
        c.applyVotes(b.ctx, chain, votes.get(c.name)!, data.sections.get(c.name) ?? new Uint8Array(0));
        b.write();
      } catch (err) {
        this.logger.error({ height: ctx.block.height, section: c.name, err: (err as Error).message }, 'applying vote extensions failed; this section changed nothing');
      }
    }
  }

  /** Each contributor's section limit at `state`, and the most a whole extension may take (read once per check or per block). */
  private sectionLimits(state: ReadContext): { byName: Map<string, number>; total: number } {
    const byName = new Map<string, number>();
    let total = 0;
    for (const c of this.ordered) {
      let max = 0;
      try {
        max = c.maxSectionBytes(state);
      } catch (err) {
        // a contributor that cannot say (its params unreadable) takes no section: never a throw in FinalizeBlock
        this.logger.error({ section: c.name, err: (err as Error).message }, 'a vote-extension section limit is unreadable; its sections are refused');
      }
      byName.set(c.name, max);
      total += max + Buffer.byteLength(c.name) + SECTION_OVERHEAD;
    }
    return { byName, total };
  }

  /** Present exactly when due, decodable, and a valid extended commit; undefined when none is due. */
  private checkInjection(chain: ChainParams, height: bigint, injected: Uint8Array | undefined): InjectedData | undefined {
    if (!injectionDue(chain, height)) {
      if (injected) throw new Error(`height ${height} carries an injected tx but vote extensions are not due`);
      return undefined;
    }
    if (!injected) throw new Error(`height ${height} lacks the injected vote extensions`);
    const data = decodeInjectedTx(injected);
    checkExtendedCommit(chain, height, data.extendedCommit);
    return data;
  }

  /**
   * Per contributor, the commit votes in the last commit's order with that contributor's section. A
   * vote whose extension does not verify against `state` (a byzantine validator's signed but invalid
   * bytes) counts for no contributor: one bad extension is ignored, never fatal.
   */
  private verifiedVotes(state: ReadContext, chain: ChainParams, info: ExtendedCommitInfo): Map<string, ExtensionVote[]> {
    const { byAddress } = validatorMap(chain);
    const limits = this.sectionLimits(state);
    const out = new Map<string, ExtensionVote[]>(this.ordered.map((c) => [c.name, []]));
    for (const v of info.votes) {
      if (v.blockIdFlag !== BlockIDFlag.BLOCK_ID_FLAG_COMMIT) continue;
      const validator = byAddress.get(Buffer.from(v.validator?.address ?? []).toString('hex'));
      if (!validator) continue;
      let sections: Map<string, Uint8Array>;
      try {
        sections = this.verifyVoteExtension(state, v.voteExtension, limits);
      } catch {
        continue;
      }
      for (const c of this.ordered) out.get(c.name)!.push({ validator, section: sections.get(c.name) ?? new Uint8Array(0) });
    }
    return out;
  }
}
