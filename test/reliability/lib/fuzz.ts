/**
 * Transaction fuzzing in-process: random bytes and mutations of a pool of valid, pre-signed txs
 * (direct and amino-JSON signed; bit flips, byte edits, truncations, extensions, splices,
 * structure-aware protobuf mutations down to the messages' fields, TxRaw envelope malleations, high-S
 * signatures) go through CheckTx, the Simulate query (which runs the messages without a signature
 * check, so mutated messages reach the handlers) and FinalizeBlock. Oracles:
 *
 * - nothing throws: CheckTx and queries never, FinalizeBlock never for bad txs;
 * - every mutated tx is rejected with a registered code (≠ 0, and never 1 = an unexpected exception
 *   turned into "internal"), in CheckTx and in FinalizeBlock;
 * - the only acceptable acceptance is one of our signed originals, byte for byte: a different tx
 *   carrying our signature would mean either a signature that does not bind the tx (changed meaning)
 *   or a re-encoding with a new hash (tx malleability); both are failures;
 * - blocks made only of rejected txs leave the state exactly as a twin app that gets the same blocks
 *   empty: same app hash at every height; invariants hold.
 *
 * No signing inside the loop: the pool is signed once.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Secp256k1Wallet } from '@cosmjs/amino';
import { SigningStargateClient } from '@cosmjs/stargate';
import { MsgMultiSend, MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { SimulateRequest } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { AuthInfo, SignerInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { CheckTxType, ExtendedCommitInfo, RequestFinalizeBlock, RequestInitChain, RequestProcessProposal, ResponseCheckTx, ResponseFinalizeBlock, ResponseProcessProposal_ProposalStatus } from 'cosmjs-types/tendermint/abci/types';
import pino from 'pino';
import { SettleApp, SIMULATE_PATH } from '../../../chain/app';
import { encodeUvarint } from '../../../chain/encoding';
import { settleModules } from '../../../chain/node/modules';
import { moduleAddress } from '../../../modules/auth/keeper';
import { encodeInjectedTx, encodeVoteExtension, INJECTED_TX_MAGIC, isInjectedTx } from '../../../chain/app';
import { Rng } from '../../helpers/rng';
import { deriveKeys, fundedAppState, msgMultiSend, msgSend, signTx, type Key } from './accounts';
import { dictionary, encodeFields, encodeInt64, mutateMessage, parseFields } from './protowire';

export const FUZZ_CHAIN_ID = 'settle-fuzz-1';
const GENESIS_SECONDS = 1_764_000_000n;
const silent = pino({ level: 'silent' });
const CONSENSUS_PARAMS = { block: { maxBytes: 4_194_304n, maxGas: -1n }, abci: { voteExtensionsEnableHeight: 1n } };

export const MUTATORS = ['random', 'bitflip', 'bytes', 'truncate', 'extend', 'splice', 'proto', 'proto-deep', 'envelope', 'high-s', 'injected', 'original'] as const;
export type Mutator = (typeof MUTATORS)[number];
const WEIGHTS: Record<Mutator, number> = { random: 5, bitflip: 18, bytes: 10, truncate: 5, extend: 4, splice: 5, proto: 25, 'proto-deep': 20, envelope: 4, 'high-s': 2, injected: 2, original: 2 };

export interface PoolTx {
  bytes: Uint8Array;
  raw: TxRaw;
  label: string;
}

/** Valid txs at the fuzz chain's genesis state (every account at sequence 0; a few at sequence 1). */
export async function fuzzPool(keys: Key[]): Promise<PoolTx[]> {
  const out: PoolTx[] = [];
  const fee = [{ denom: 'usettle', amount: '5000' }];
  const add = (bytes: Uint8Array, label: string): void => {
    out.push({ bytes, raw: TxRaw.decode(bytes), label });
  };
  const other = (i: number): string => keys[(i + 1) % keys.length].address;
  for (const [i, k] of keys.entries()) {
    const o = { chainId: FUZZ_CHAIN_ID, accountNumber: BigInt(i), sequence: 0n, fee, gas: 300_000n };
    add(await signTx(k, [msgSend(k.address, other(i), [{ denom: 'uusdc', amount: String(1000 + i) }])], o), 'send');
    add(await signTx(k, [msgSend(k.address, other(i), [{ denom: 'uatom', amount: '7' }, { denom: 'uusdc', amount: '9' }])], { ...o, memo: 'fuzz ✓ memo' }), 'send-2-denoms');
    add(
      await signTx(k, [msgMultiSend(k.address, [{ denom: 'usettle', amount: '30' }], [{ address: other(i), coins: [{ denom: 'usettle', amount: '10' }] }, { address: other(i + 1), coins: [{ denom: 'usettle', amount: '20' }] }])], o),
      'multisend',
    );
    add(await signTx(k, [msgSend(k.address, other(i), [{ denom: 'uusdc', amount: '1' }]), msgSend(k.address, other(i + 2), [{ denom: 'usettle', amount: '2' }])], { ...o, timeoutHeight: 1_000_000n }), 'two-msgs');
    add(await signTx(k, [msgSend(k.address, other(i), [{ denom: 'uusdc', amount: '5' }])], { ...o, sequence: 1n }), 'send-seq1');
  }
  // amino JSON (Ledger/Keplr) signed, through CosmJS's own client
  for (const [i, k] of keys.slice(0, 4).entries()) {
    const wallet = await Secp256k1Wallet.fromKey(k.privkey, 'settle');
    const client = await SigningStargateClient.offline(wallet);
    const msg = { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: k.address, toAddress: other(i), amount: [{ denom: 'uusdc', amount: '3' }] }) };
    const raw = await client.sign(k.address, [msg], { amount: fee, gas: '300000' }, 'amino memo', { accountNumber: BigInt(i), sequence: 0, chainId: FUZZ_CHAIN_ID });
    add(TxRaw.encode(raw).finish(), 'amino-send');
  }
  return out;
}

function hex(b: Uint8Array): string {
  return Buffer.from(b).toString('hex');
}

function flipBits(rng: Rng, b: Uint8Array): Uint8Array {
  const c = Uint8Array.from(b);
  const n = 1 + rng.int(8);
  for (let i = 0; i < n && c.length > 0; i++) c[rng.int(c.length)] ^= 1 << rng.int(8);
  return c;
}

const INTERESTING = [0x00, 0x01, 0x7f, 0x80, 0xff, 0x08, 0x0a, 0x12, 0x1a, 0x22];

function editBytes(rng: Rng, b: Uint8Array): Uint8Array {
  const c = Array.from(b);
  const n = 1 + rng.int(4);
  for (let i = 0; i < n; i++) {
    const at = rng.int(c.length + 1);
    switch (rng.int(3)) {
      case 0:
        if (c.length > 0) c[Math.min(at, c.length - 1)] = rng.pick(INTERESTING);
        break;
      case 1:
        c.splice(at, 0, ...rng.bytes(1 + rng.int(4)));
        break;
      default:
        c.splice(at, 1 + rng.int(4));
    }
  }
  return Uint8Array.from(c);
}

/** TxRaw envelope changes that keep body, auth info and signatures (the SDK's ADR-027 rejects all of these). */
function envelope(rng: Rng, t: PoolTx): Uint8Array {
  const fields = parseFields(t.bytes)!;
  switch (rng.int(5)) {
    case 0: // an unknown field appended
      return Buffer.concat([t.bytes, encodeFields([{ num: 4 + rng.int(20), wt: 0, value: BigInt(rng.int(1000)) }])]);
    case 1: // fields in another order
      return encodeFields([...fields].reverse());
    case 2: {
      // a non-minimal length varint on the first field
      const f = fields[0];
      const v = f.value as Uint8Array;
      const len = Buffer.from(encodeUvarint(v.length));
      len[len.length - 1] |= 0x80;
      return Buffer.concat([encodeInt64(BigInt((f.num << 3) | f.wt)), len, Uint8Array.of(0), v, encodeFields(fields.slice(1))]);
    }
    case 3: // body_bytes given twice, a junk one first (protobuf: the last one wins)
      return Buffer.concat([encodeFields([{ num: 1, wt: 2, value: rng.bytes(8) }]), t.bytes]);
    default: // an unknown length-delimited field first
      return Buffer.concat([encodeFields([{ num: 9 + rng.int(100), wt: 2, value: rng.bytes(rng.int(16)) }]), t.bytes]);
  }
}

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

/** The same signature with s replaced by n − s (valid ECDSA, but high-S: must be refused). */
function highS(t: PoolTx): Uint8Array {
  const sig = t.raw.signatures[0];
  const s = BigInt('0x' + hex(sig.subarray(32)));
  const hi = Buffer.concat([sig.subarray(0, 32), Buffer.from((N - s).toString(16).padStart(64, '0'), 'hex')]);
  return TxRaw.encode({ ...t.raw, signatures: [hi] }).finish();
}

/** A mutation reaching the messages: TxRaw → body_bytes → messages → Any.value → the message's fields (and coins). */
function protoDeep(rng: Rng, t: PoolTx, dict: Uint8Array[]): Uint8Array {
  const raw = TxRaw.decode(t.bytes);
  const r = rng.next();
  if (r < 0.6) {
    const body = TxBody.decode(raw.bodyBytes);
    if (body.messages.length > 0 && rng.next() < 0.8) {
      const m = rng.int(body.messages.length);
      if (rng.next() < 0.2) body.messages[m] = { ...body.messages[m], typeUrl: new TextDecoder().decode(rng.pick(dict)) };
      else body.messages[m] = { ...body.messages[m], value: mutateMessage(rng, body.messages[m].value, dict) };
      raw.bodyBytes = TxBody.encode(body).finish();
    } else raw.bodyBytes = mutateMessage(rng, raw.bodyBytes, dict);
  } else if (r < 0.9) raw.authInfoBytes = mutateMessage(rng, raw.authInfoBytes, dict);
  else raw.signatures = rng.next() < 0.5 ? [] : [raw.signatures[0] ?? new Uint8Array(0), rng.pick(dict)];
  return TxRaw.encode(raw).finish();
}

export function mutate(rng: Rng, kind: Mutator, pool: PoolTx[], dict: Uint8Array[]): Uint8Array {
  const t = rng.pick(pool);
  switch (kind) {
    case 'random':
      return rng.bytes(rng.int(rng.next() < 0.9 ? 300 : 5000));
    case 'bitflip':
      return flipBits(rng, t.bytes);
    case 'bytes':
      return editBytes(rng, t.bytes);
    case 'truncate':
      return t.bytes.subarray(0, rng.int(t.bytes.length));
    case 'extend':
      return Buffer.concat([t.bytes, rng.bytes(1 + rng.int(64))]);
    case 'splice': {
      const u = rng.pick(pool);
      return Buffer.concat([t.bytes.subarray(0, rng.int(t.bytes.length)), u.bytes.subarray(rng.int(u.bytes.length))]);
    }
    case 'proto': {
      let b = t.bytes;
      const n = 1 + rng.int(3);
      for (let i = 0; i < n; i++) b = mutateMessage(rng, b, dict);
      return b;
    }
    case 'proto-deep':
      return protoDeep(rng, t, dict);
    case 'envelope':
      return envelope(rng, t);
    case 'high-s':
      return highS(t);
    case 'injected': {
      // what a proposer's injection looks like (magic prefix + settle.app.v1.InjectedVoteExtensions
      // around an ExtendedCommitInfo whose votes carry sectioned extensions), mutated
      const section = () => new Map<string, Uint8Array>([[rng.pick(['oracle', 'toy', '']), rng.bytes(rng.int(60))]]);
      const info = {
        round: rng.int(3),
        votes: [...Array(rng.int(5)).keys()].map(() => ({
          validator: { address: rng.bytes(20), power: BigInt(rng.int(100)) },
          voteExtension: rng.next() < 0.5 ? encodeVoteExtension(section()) : rng.bytes(rng.int(60)),
          extensionSignature: rng.bytes(64),
          blockIdFlag: rng.int(4),
        })),
      };
      const tx = encodeInjectedTx(info, rng.next() < 0.3 ? section() : new Map());
      const body = tx.subarray(INJECTED_TX_MAGIC.length);
      return Buffer.concat([INJECTED_TX_MAGIC, rng.next() < 0.5 ? body : mutateMessage(rng, body, dict)]);
    }
    case 'original':
      return t.bytes;
  }
}

function pickMutator(rng: Rng): Mutator {
  const total = MUTATORS.reduce((s, m) => s + WEIGHTS[m], 0);
  let r = rng.int(total);
  for (const m of MUTATORS) {
    r -= WEIGHTS[m];
    if (r < 0) return m;
  }
  return 'bitflip';
}

/** Encodes a response as the ABCI server will and decodes it back: what CometBFT would read must be what the app answered. */
function roundTrips<T>(codec: { encode(m: T): { finish(): Uint8Array }; decode(b: Uint8Array): T }, m: T): boolean {
  try {
    const bytes = codec.encode(m).finish();
    return Buffer.from(codec.encode(codec.decode(bytes)).finish()).equals(Buffer.from(bytes));
  } catch {
    return false;
  }
}

export interface TxFuzzConfig {
  seed: number;
  inputs: number;
  dir: string;
  /** Rejected txs per fuzz block (default 200). */
  blockSize?: number;
  /** Run Simulate on this fraction of inputs (default 1). */
  simulateShare?: number;
  /** Invariants every N blocks (default 10). */
  invariantsEvery?: number;
  onProgress?: (done: number, r: TxFuzzResult) => void;
}

export interface TxFuzzResult {
  seed: number;
  inputs: number;
  checkTx: number;
  simulated: number;
  finalized: number;
  blocks: number;
  /** ProcessProposal calls on fuzz blocks with a forged injection first (all must be rejected). */
  proposalsChecked: number;
  invariantChecks: number;
  byMutator: Record<string, number>;
  checkCodes: Record<string, number>;
  /** Problems: exceptions, acceptance of changed content or of a re-encoding, internal errors, state changed by rejected txs. */
  failures: string[];
}

async function openApp(dir: string): Promise<SettleApp> {
  fs.rmSync(dir, { recursive: true, force: true });
  return SettleApp.open({ dbPath: dir, ...settleModules(), logger: silent, sync: false });
}

const MSG_CODECS: Record<string, { decode(b: Uint8Array): unknown; toJSON(m: never): unknown }> = {
  '/cosmos.bank.v1beta1.MsgSend': MsgSend as never,
  '/cosmos.bank.v1beta1.MsgMultiSend': MsgMultiSend as never,
};

/**
 * What a tx means, decoded: messages decoded by their type (so field order, duplicates and unknown
 * fields inside a message do not count), the other body fields, the decoded auth info, the signatures.
 */
export function meaningOf(raw: TxRaw): string {
  let body: unknown = '(undecodable)';
  let auth: unknown = '(undecodable)';
  try {
    const b = TxBody.decode(raw.bodyBytes);
    const rest = TxBody.toJSON({ ...b, messages: [] }) as Record<string, unknown>;
    body = {
      ...rest,
      messages: b.messages.map((m) => {
        const codec = MSG_CODECS[m.typeUrl];
        return codec ? { typeUrl: m.typeUrl, value: codec.toJSON(codec.decode(m.value) as never) } : { typeUrl: m.typeUrl, raw: hex(m.value) };
      }),
    };
  } catch {
    // keep
  }
  try {
    const a = AuthInfo.decode(raw.authInfoBytes);
    const restAuth = AuthInfo.toJSON({ ...a, signerInfos: [] }) as Record<string, unknown>;
    auth = {
      ...restAuth,
      signerInfos: a.signerInfos.map((si) => {
        let key: string | undefined;
        try {
          key = si.publicKey?.typeUrl === '/cosmos.crypto.secp256k1.PubKey' ? hex(PubKey.decode(si.publicKey.value).key) : undefined;
        } catch {
          // keep undefined
        }
        return { ...(SignerInfo.toJSON({ ...si, publicKey: undefined }) as object), pubKeyType: si.publicKey?.typeUrl, pubKey: key ?? (si.publicKey ? hex(si.publicKey.value) : undefined) };
      }),
    };
  } catch {
    // keep
  }
  return JSON.stringify({ body, auth, sigs: raw.signatures.map(hex) });
}

export async function fuzzGenesis(keys: Key[]): Promise<Record<string, unknown>> {
  return fundedAppState(keys.map((k) => ({ address: k.address, coins: [{ denom: 'uatom', amount: '1000000' }, { denom: 'usettle', amount: '1000000000000' }, { denom: 'uusdc', amount: '1000000000000' }] })));
}

export function initRequest(appState: unknown): RequestInitChain {
  return RequestInitChain.fromPartial({ chainId: FUZZ_CHAIN_ID, initialHeight: 1n, time: { seconds: GENESIS_SECONDS, nanos: 0 }, appStateBytes: Buffer.from(JSON.stringify(appState)), consensusParams: CONSENSUS_PARAMS });
}

export async function runTxFuzz(cfg: TxFuzzConfig): Promise<TxFuzzResult> {
  const rng = new Rng(cfg.seed);
  const blockSize = cfg.blockSize ?? 200;
  const simShare = cfg.simulateShare ?? 1;
  const invEvery = cfg.invariantsEvery ?? 10;
  const keys = await deriveKeys('settle-fuzz', 8);
  const pool = await fuzzPool(keys);
  const bySig = new Map(pool.map((p) => [hex(p.raw.signatures[0]), p]));
  const dict = dictionary({ addresses: [...keys.map((k) => k.address), moduleAddress('fee_collector')], pubkeys: keys.map((k) => k.pubkey) });
  const appState = await fuzzGenesis(keys);
  const r: TxFuzzResult = { seed: cfg.seed, inputs: 0, checkTx: 0, simulated: 0, finalized: 0, blocks: 0, proposalsChecked: 0, invariantChecks: 0, byMutator: {}, checkCodes: {}, failures: [] };
  fs.mkdirSync(cfg.dir, { recursive: true });
  const app = await openApp(path.join(cfg.dir, 'fuzzed'));
  const twin = await openApp(path.join(cfg.dir, 'twin'));
  let height = 0;
  let batch: { bytes: Uint8Array; mutator: Mutator }[] = [];
  const fail = (msg: string, input?: Uint8Array): void => {
    if (r.failures.length < 50) r.failures.push(input ? `${msg} [input ${hex(input).slice(0, 4000)}]` : msg);
  };

  const block = async (input: Uint8Array[]): Promise<void> => {
    // An injected-looking tx first is the oracle's slot, which only a block that passed ProcessProposal may fill:
    // keep fuzz txs out of it (as later txs they must be rejected), and check ProcessProposal refuses such blocks.
    const txs = input.length > 0 && isInjectedTx(input[0]) ? [...input.slice(1), input[0]] : input;
    if (txs.length > 0 && isInjectedTx(txs[0])) txs.unshift(new Uint8Array(1)); // all of them injected-looking: a junk first tx
    height++;
    const fake = mutate(rng, 'injected', pool, dict);
    try {
      const pp = await app.processProposal(RequestProcessProposal.fromPartial({ txs: [fake, ...txs], height: BigInt(height), time: { seconds: GENESIS_SECONDS + BigInt(height), nanos: 0 }, proposerAddress: Buffer.alloc(20, 7), hash: Buffer.alloc(32, 3) }));
      r.proposalsChecked++;
      if (pp.status === ResponseProcessProposal_ProposalStatus.ACCEPT) fail(`ProcessProposal accepted a block whose first tx is a forged vote-extension injection (height ${height})`, fake);
    } catch (err) {
      fail(`ProcessProposal threw: ${(err as Error).stack}`, fake);
    }
    const header = { height: BigInt(height), time: { seconds: GENESIS_SECONDS + BigInt(height), nanos: 0 }, proposerAddress: Buffer.alloc(20, 7), hash: crypto.createHash('sha256').update(`fuzz/${height}`).digest() };
    let res;
    try {
      res = await app.finalizeBlock(RequestFinalizeBlock.fromPartial({ ...header, txs }));
      await app.commit({});
    } catch (err) {
      fail(`FinalizeBlock/Commit threw at height ${height}: ${(err as Error).stack}`);
      throw err;
    }
    if (!roundTrips(ResponseFinalizeBlock, res)) fail(`FinalizeBlock response at height ${height} does not survive encode → decode`);
    const tw = await twin.finalizeBlock(RequestFinalizeBlock.fromPartial({ ...header, txs: [] }));
    await twin.commit({});
    r.blocks++;
    r.finalized += txs.length;
    res.txResults.forEach((x, i) => {
      if (x.code === 0) fail(`FinalizeBlock accepted a tx that CheckTx rejected (height ${height}, tx ${i})`, txs[i]);
      else if (x.code === 1) fail(`FinalizeBlock: internal error "${x.log}"`, txs[i]);
    });
    if (hex(res.appHash) !== hex(tw.appHash)) fail(`height ${height}: app hash ${hex(res.appHash)} after a block of ${txs.length} rejected txs, twin with an empty block ${hex(tw.appHash)}`);
    if (r.blocks % invEvery === 0) {
      const broken = app.checkInvariants();
      r.invariantChecks++;
      if (broken.length > 0) fail(`height ${height}: invariants broken: ${broken.join('; ')}`);
    }
  };

  try {
    await app.initChain(initRequest(appState));
    await twin.initChain(initRequest(appState));
    await block([]);
    for (let i = 0; i < cfg.inputs && r.failures.length < 50; i++) {
      const m = pickMutator(rng);
      const input = mutate(rng, m, pool, dict);
      r.inputs++;
      r.byMutator[m] = (r.byMutator[m] ?? 0) + 1;
      let res;
      try {
        res = await app.checkTx({ tx: input, type: rng.next() < 0.1 ? CheckTxType.RECHECK : CheckTxType.NEW });
      } catch (err) {
        fail(`CheckTx threw: ${(err as Error).stack}`, input);
        continue;
      }
      r.checkTx++;
      if (!roundTrips(ResponseCheckTx, res)) fail(`CheckTx response does not survive encode → decode (gas wanted ${res.gasWanted}, used ${res.gasUsed})`, input);
      const key = `${res.codespace || 'ok'}/${res.code}`;
      r.checkCodes[key] = (r.checkCodes[key] ?? 0) + 1;
      if (res.code === 1) fail(`CheckTx: internal error "${res.log}"`, input);
      if (simShare >= 1 || rng.next() < simShare) {
        try {
          const q = await app.query({ path: SIMULATE_PATH, data: SimulateRequest.encode({ txBytes: input }).finish(), height: 0n, prove: false });
          r.simulated++;
          if (q.code === 1) fail(`Simulate: internal error "${q.log}"`, input);
        } catch (err) {
          fail(`Simulate threw: ${(err as Error).stack}`, input);
        }
      }
      if (res.code === 0) {
        // Only our own signatures can verify: this is a pool tx, possibly with a different envelope.
        let raw: TxRaw | undefined;
        try {
          raw = TxRaw.decode(input);
        } catch {
          // cannot be
        }
        const orig = raw?.signatures.length ? bySig.get(hex(raw.signatures[0])) : undefined;
        if (!raw || !orig) fail('CheckTx accepted a tx that carries none of our signatures', input);
        else if (meaningOf(raw) !== meaningOf(orig.raw)) {
          fail(`CheckTx accepted a ${orig.label} tx whose decoded meaning differs from what was signed: ${meaningOf(raw)} vs ${meaningOf(orig.raw)}`, input);
        } else if (hex(input) !== hex(orig.bytes)) {
          fail(`CheckTx accepted a re-encoding (${m}) of a signed ${orig.label} tx: same meaning, new bytes and hash (tx malleability)`, input);
        }
        // The mempool state moved: close the block so that the next CheckTx sees the committed state again.
        await block(batch.map((b) => b.bytes));
        batch = [];
        continue;
      }
      batch.push({ bytes: input, mutator: m });
      if (batch.length >= blockSize) {
        await block(batch.map((b) => b.bytes));
        batch = [];
        cfg.onProgress?.(i + 1, r);
      }
    }
    if (batch.length > 0) await block(batch.map((b) => b.bytes));
    const broken = app.checkInvariants();
    r.invariantChecks++;
    if (broken.length > 0) fail(`invariants broken at the end: ${broken.join('; ')}`);
  } catch (err) {
    fail(`crash: ${(err as Error).stack}`);
  } finally {
    await app.close().catch(() => undefined);
    await twin.close().catch(() => undefined);
    fs.rmSync(cfg.dir, { recursive: true, force: true });
  }
  return r;
}
