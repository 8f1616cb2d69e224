import { Errors, type QueryContext, type QueryHandler } from '../../chain/sdk';
import {
  QueryAnchorRequest,
  QueryAnchorResponse,
  QueryAttestationsRequest,
  QueryAttestationsResponse,
  QueryBridgeKeysRequest,
  QueryBridgeKeysResponse,
  QueryDepositsRequest,
  QueryDepositsResponse,
  QueryLatestAnchorRequest,
  QueryParamsRequest,
  QuerySettlementProofRequest,
  QuerySettlementProofResponse,
  QueryParamsResponse,
  QueryValsetRequest,
  QueryValsetResponse,
  QueryWithdrawalProofRequest,
  QueryWithdrawalProofResponse,
  type AttestationWithData,
} from '../../proto/gen/settle/bridge/v1/query';
import { AttestationKind, type Anchor } from '../../proto/gen/settle/bridge/v1/types';
import { formatEvmAddress, parseEvmAddress, withdrawalLeaf } from './encoding';
import type { BridgeKeeper } from './keeper';
import { settlementLeafOf } from './attestations';
import { withdrawalProof, withdrawalsTree } from './merkle';

const SERVICE = '/settle.bridge.v1.Query';

const notFound = (what: string) => Errors.keyNotFound.wrap(`rpc error: code = NotFound desc = ${what}`);

function signaturesOf(keeper: BridgeKeeper, ctx: QueryContext, seq: bigint) {
  return keeper.signatures(ctx, seq).map((s) => ({ evmAddress: formatEvmAddress(s.evmAddress), signature: s.signature }));
}

function anchorResponse(keeper: BridgeKeeper, ctx: QueryContext, anchor: Anchor | undefined, nonce: bigint): Uint8Array {
  if (!anchor) throw notFound(`no anchor ${nonce}`);
  const attestation = keeper.attestation(ctx, anchor.seq);
  return QueryAnchorResponse.encode({ anchor, attestation, signatures: attestation ? signaturesOf(keeper, ctx, attestation.seq) : [] }).finish();
}

export function bridgeQueries(keeper: BridgeKeeper): Record<string, QueryHandler> {
  return {
    [`${SERVICE}/Params`]: (ctx, data) => {
      QueryParamsRequest.decode(data);
      return QueryParamsResponse.encode({ params: keeper.params(ctx) }).finish();
    },
    [`${SERVICE}/BridgeKeys`]: (ctx, data) => {
      QueryBridgeKeysRequest.decode(data);
      return QueryBridgeKeysResponse.encode({ keys: keeper.bridgeKeys(ctx) }).finish();
    },
    [`${SERVICE}/Valset`]: (ctx, data) => {
      const req = QueryValsetRequest.decode(data);
      const v = req.latest ? keeper.latestValset(ctx) : keeper.valset(ctx, req.nonce);
      if (!v) throw notFound(req.latest ? 'no bridge valset yet (no validator has registered a bridge key)' : `no valset ${req.nonce}`);
      return QueryValsetResponse.encode({ valset: v }).finish();
    },
    [`${SERVICE}/Anchor`]: (ctx, data) => {
      const req = QueryAnchorRequest.decode(data);
      return anchorResponse(keeper, ctx, keeper.anchor(ctx, req.nonce), req.nonce);
    },
    [`${SERVICE}/LatestAnchor`]: (ctx, data) => {
      QueryLatestAnchorRequest.decode(data);
      const last = keeper.lastAnchorNonce(ctx);
      return anchorResponse(keeper, ctx, last === 0n ? undefined : keeper.anchor(ctx, last), last);
    },
    [`${SERVICE}/Attestations`]: (ctx, data) => {
      const req = QueryAttestationsRequest.decode(data);
      const limit = req.limit === 0 ? 16 : Math.min(req.limit, 100);
      const out: AttestationWithData[] = keeper
        .attestations(ctx, req.fromSeq < 1n ? 1n : req.fromSeq)
        .slice(0, limit)
        .map((a) => ({
          attestation: a,
          valset: a.kind === AttestationKind.ATTESTATION_KIND_VALSET ? keeper.valset(ctx, a.nonce) : undefined,
          anchor: a.kind === AttestationKind.ATTESTATION_KIND_ANCHOR ? keeper.anchor(ctx, a.nonce) : undefined,
          signerValset: keeper.valset(ctx, a.signerValsetNonce),
          signatures: signaturesOf(keeper, ctx, a.seq),
        }));
      return QueryAttestationsResponse.encode({ attestations: out, nextSeq: keeper.nextSeq(ctx) }).finish();
    },
    [`${SERVICE}/WithdrawalProof`]: (ctx, data) => {
      const req = QueryWithdrawalProofRequest.decode(data);
      const w = keeper.withdrawal(ctx, req.id);
      if (!w) throw notFound(`no withdrawal ${req.id}`);
      const leafOf = (x: typeof w) => withdrawalLeaf(x.id, parseEvmAddress(x.to), parseEvmAddress(x.token), BigInt(x.amount));
      const leaf = leafOf(w);
      if (w.anchorNonce === 0n) return QueryWithdrawalProofResponse.encode({ withdrawal: w, leaf, proof: [], root: new Uint8Array(0) }).finish();
      const anchor = keeper.anchor(ctx, w.anchorNonce)!;
      const tree = withdrawalsTree(keeper.withdrawalRange(ctx, anchor.firstWithdrawalId, anchor.firstWithdrawalId + anchor.withdrawalCount).map(leafOf));
      return QueryWithdrawalProofResponse.encode({ withdrawal: w, leaf, proof: withdrawalProof(tree, leaf), root: tree[0] }).finish();
    },
    [`${SERVICE}/SettlementProof`]: (ctx, data) => {
      const req = QuerySettlementProofRequest.decode(data);
      const s = keeper.settlement(ctx, req.id);
      if (!s) throw notFound(`no settlement ${req.id}`);
      const leaf = settlementLeafOf(s);
      // the anchor whose range holds it: anchors are few and ordered, so walk back from the latest
      for (let n = keeper.lastAnchorNonce(ctx); n >= 1n; n--) {
        const a = keeper.anchor(ctx, n)!;
        if (req.id >= a.firstSettlementId + a.settlementCount) break;
        if (req.id < a.firstSettlementId) continue;
        const tree = withdrawalsTree(keeper.settlementRange(ctx, a.firstSettlementId, a.firstSettlementId + a.settlementCount).map(settlementLeafOf));
        return QuerySettlementProofResponse.encode({ settlement: s, anchorNonce: n, leaf, proof: withdrawalProof(tree, leaf), root: tree[0] }).finish();
      }
      return QuerySettlementProofResponse.encode({ settlement: s, anchorNonce: 0n, leaf, proof: [], root: new Uint8Array(0) }).finish();
    },
    [`${SERVICE}/Deposits`]: (ctx, data) => {
      const req = QueryDepositsRequest.decode(data);
      const limit = req.limit === 0 ? 20 : Math.min(req.limit, 200);
      return QueryDepositsResponse.encode({ lastDepositNonce: keeper.lastDepositNonce(ctx), deposits: keeper.recentDeposits(ctx, limit), totals: keeper.totals(ctx) }).finish();
    },
  };
}
