import type { Context, QueryContext } from '../../chain/sdk';
import { GenesisState } from '../../proto/gen/settle/bridge/v1/genesis';
import { computedMembers, makeValset } from './attestations';
import { parseEvmAddress } from './encoding';
import { BridgeErrors } from './errors';
import type { BridgeKeeper } from './keeper';
import { DEFAULT_PARAMS, validateParams } from './params';

const FIELDS = ['params', 'keys', 'valsets', 'anchors', 'attestations', 'signatures', 'deposits', 'lastDepositNonce', 'withdrawals', 'nextWithdrawalId', 'totals', 'settlements', 'nextSettlementId'];

/** app_state.bridge: the proto3 JSON form of settle.bridge.v1.GenesisState. */
export function defaultGenesis(): unknown {
  return GenesisState.toJSON({
    params: DEFAULT_PARAMS,
    keys: [],
    valsets: [],
    anchors: [],
    attestations: [],
    signatures: [],
    deposits: [],
    lastDepositNonce: 0n,
    withdrawals: [],
    nextWithdrawalId: 1n,
    totals: undefined,
    settlements: [],
    nextSettlementId: 1n,
  });
}

export function parseGenesis(raw: unknown): GenesisState {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw BridgeErrors.invalidGenesis.wrap('app_state.bridge must be an object');
  const extra = Object.keys(raw).filter((k) => !FIELDS.includes(k));
  if (extra.length > 0) throw BridgeErrors.invalidGenesis.wrap(`unknown fields: ${extra.join(', ')}`);
  let g: GenesisState;
  try {
    g = GenesisState.fromJSON(raw);
  } catch (err) {
    throw BridgeErrors.invalidGenesis.wrap((err as Error).message);
  }
  if (!g.params) throw BridgeErrors.invalidGenesis.wrap('params are required');
  validateParams(g.params);
  const validators = new Set<string>();
  const evms = new Set<string>();
  for (const k of g.keys) {
    if (!/^[0-9a-f]{40}$/.test(k.validatorAddress)) throw BridgeErrors.invalidGenesis.wrap(`key validator_address must be 40 lower-case hex characters, got "${k.validatorAddress}"`);
    try {
      parseEvmAddress(k.evmAddress);
    } catch (err) {
      throw BridgeErrors.invalidGenesis.wrap(`key of ${k.validatorAddress}: ${(err as Error).message}`);
    }
    if (k.evmAddress !== k.evmAddress.toLowerCase()) throw BridgeErrors.invalidGenesis.wrap(`evm_address ${k.evmAddress} must be lower-case`);
    if (validators.has(k.validatorAddress) || evms.has(k.evmAddress)) throw BridgeErrors.invalidGenesis.wrap(`validator ${k.validatorAddress} or EVM address ${k.evmAddress} listed twice`);
    validators.add(k.validatorAddress);
    evms.add(k.evmAddress);
  }
  for (const w of g.withdrawals) {
    if (w.id < 1n || w.id >= g.nextWithdrawalId) throw BridgeErrors.invalidGenesis.wrap(`withdrawal ${w.id} not in [1, next_withdrawal_id ${g.nextWithdrawalId})`);
  }
  for (const s of g.settlements) {
    if (s.id < 1n || s.id >= g.nextSettlementId) throw BridgeErrors.invalidGenesis.wrap(`settlement ${s.id} not in [1, next_settlement_id ${g.nextSettlementId})`);
  }
  return g;
}

/**
 * Genesis keys are trusted (genesis is): listed without signatures. With keys and no valsets, valset 0
 * is computed from them at once, so the contract can be deployed against the chain's set from height 1.
 */
export function initGenesis(keeper: BridgeKeeper, ctx: Context, raw: unknown): void {
  const g = parseGenesis(raw);
  keeper.setParams(ctx, g.params!);
  for (const k of g.keys) keeper.setBridgeKey(ctx, Buffer.from(k.validatorAddress, 'hex'), k);
  for (const v of g.valsets) keeper.putValset(ctx, v);
  for (const a of g.anchors) keeper.putAnchor(ctx, a);
  for (const a of g.attestations) keeper.putAttestation(ctx, a);
  for (const s of g.signatures) for (const sig of s.signatures) keeper.putSignature(ctx, s.seq, parseEvmAddress(sig.evmAddress), sig.signature);
  for (const d of g.deposits) keeper.putDeposit(ctx, d);
  if (g.lastDepositNonce > keeper.lastDepositNonce(ctx)) keeper.setLastDepositNonce(ctx, g.lastDepositNonce);
  for (const w of g.withdrawals) keeper.putWithdrawal(ctx, w);
  // counters are written only when not at their start (1), as the chain itself leaves them: export → import gives the same store
  if (g.nextWithdrawalId > 1n) keeper.setNextWithdrawalId(ctx, g.nextWithdrawalId);
  const unanchored = g.withdrawals.filter((w) => w.anchorNonce === 0n).map((w) => w.id);
  const firstUnanchored = unanchored.length > 0 ? unanchored.reduce((a, b) => (a < b ? a : b)) : keeper.nextWithdrawalId(ctx);
  if (firstUnanchored > 1n) keeper.setFirstUnanchored(ctx, firstUnanchored);
  if (g.totals && (g.totals.deposited !== '0' || g.totals.withdrawn !== '0')) keeper.setTotals(ctx, g.totals);
  for (const s of g.settlements) keeper.putSettlement(ctx, s);
  if (g.nextSettlementId > 1n) keeper.setNextSettlementId(ctx, g.nextSettlementId);
  const incomplete = g.attestations.filter((a) => !a.complete).map((a) => a.seq);
  const firstIncomplete = incomplete.length > 0 ? incomplete.reduce((a, b) => (a < b ? a : b)) : keeper.nextSeq(ctx);
  if (firstIncomplete > 1n) keeper.setFirstIncomplete(ctx, firstIncomplete);
  const firstUnrooted = g.anchors.reduce((m, a) => (a.firstSettlementId + a.settlementCount > m ? a.firstSettlementId + a.settlementCount : m), 1n);
  if (firstUnrooted > 1n) keeper.setFirstUnrooted(ctx, firstUnrooted);
  if (g.valsets.length === 0) {
    const members = computedMembers(keeper, ctx);
    if (members.validators.length > 0) keeper.putValset(ctx, makeValset(0n, members, BigInt(ctx.block.height)));
  }
}

export function exportGenesis(keeper: BridgeKeeper, ctx: QueryContext): unknown {
  const attestations = keeper.attestations(ctx);
  return GenesisState.toJSON({
    params: keeper.params(ctx),
    keys: keeper.bridgeKeys(ctx),
    valsets: keeper.valsets(ctx),
    anchors: keeper.anchors(ctx),
    attestations,
    signatures: attestations.map((a) => ({ seq: a.seq, signatures: keeper.signatures(ctx, a.seq).map((s) => ({ evmAddress: `0x${Buffer.from(s.evmAddress).toString('hex')}`, signature: s.signature })) })).filter((s) => s.signatures.length > 0),
    deposits: keeper.deposits(ctx),
    lastDepositNonce: keeper.lastDepositNonce(ctx),
    withdrawals: keeper.withdrawals(ctx),
    nextWithdrawalId: keeper.nextWithdrawalId(ctx),
    totals: keeper.totals(ctx),
    settlements: keeper.settlements(ctx),
    nextSettlementId: keeper.nextSettlementId(ctx),
  });
}
