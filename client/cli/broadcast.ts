// A tx's path from the command line: account lookup, simulation (gas and the would-be events), the
// fee, confirmation, signing, broadcast_tx_sync and the wait for its block, with a progress line.
// Simulation and broadcast go through abci_query and the RPC directly (not SigningStargateClient's
// helpers) so that a refusal keeps its codespace and code.
import { encodeSecp256k1Pubkey } from '@cosmjs/amino';
import { toHex } from '@cosmjs/encoding';
import { encodePubkey, type EncodeObject } from '@cosmjs/proto-signing';
import { calculateFee, GasPrice, SigningStargateClient, type StdFee } from '@cosmjs/stargate';
import { SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { AuthInfo, Fee, Tx, TxBody } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import { decodeMsgResponse, DEFAULT_GAS_PRICE, settleAminoTypes, settleRegistry } from '../sdk/src/settle-client';
import { parseEvents, type ParsedEvent } from '../sdk/src/events';
import { ChainError, CliError, EXIT } from './errors';
import { confirm } from './keyring/passphrase';
import type { Session } from './session';

export interface TxOptions {
  from: string;
  /** 'auto' (simulate × gasAdjustment) or a gas limit */
  gas: string;
  gasAdjustment: string;
  gasPrices: string;
  memo?: string;
  dryRun?: boolean;
  yes?: boolean;
  /** seconds to wait for the tx's block */
  timeout: string;
}

export interface SimulationResult {
  dryRun: true;
  gasEstimate: string;
  gasLimit: string;
  fee: StdFee;
  events: ParsedEvent[];
  responses: unknown[];
}

export interface CommittedTx {
  txhash: string;
  height: number;
  code: number;
  gasWanted: string;
  gasUsed: string;
  fee: StdFee;
  responses: unknown[];
  events: ParsedEvent[];
}

const registry = settleRegistry();
/** The gas limit written into a simulated tx (simulation itself runs with unlimited gas). */
const SIMULATION_GAS_LIMIT = 200_000;

/** Runs Simulate on the node; a refusal throws a ChainError with the chain's code. */
export async function simulate(session: Session, msgs: readonly EncodeObject[], pubkey: Uint8Array, sequence: number, memo: string, price: GasPrice): Promise<SimulateResponse> {
  // A fee like the real one, so the estimate includes the fee's deduction (a bank transfer: state
  // reads and writes) and its bytes; with an empty fee a small tx's estimate falls ~7,000 gas short.
  const probe = calculateFee(SIMULATION_GAS_LIMIT, price);
  const tx = Tx.fromPartial({
    body: TxBody.fromPartial({ messages: msgs.map((m) => registry.encodeAsAny(m)), memo }),
    authInfo: AuthInfo.fromPartial({
      fee: Fee.fromPartial({ amount: [...probe.amount], gasLimit: BigInt(SIMULATION_GAS_LIMIT) }),
      signerInfos: [{ publicKey: encodePubkey(encodeSecp256k1Pubkey(pubkey)), sequence: BigInt(sequence), modeInfo: { single: { mode: SignMode.SIGN_MODE_UNSPECIFIED } } }],
    }),
    signatures: [new Uint8Array()],
  });
  const r = await session.query('/cosmos.tx.v1beta1.Service/Simulate', SimulateRequest.encode({ txBytes: Tx.encode(tx).finish() }).finish());
  return SimulateResponse.decode(r.value);
}

function gasPrice(text: string): GasPrice {
  try {
    return GasPrice.fromString(text);
  } catch (e) {
    throw new CliError(`--gas-prices: ${(e as Error).message} (e.g. ${DEFAULT_GAS_PRICE})`);
  }
}

/** A progress line on stderr, rewritten in place; only when stderr is a terminal. */
class Progress {
  private readonly tty = process.stderr.isTTY === true;
  update(line: string): void {
    if (this.tty) process.stderr.write(`\r\x1b[K${line}`);
  }
  done(): void {
    if (this.tty) process.stderr.write('\r\x1b[K');
  }
}

/** Signs `msgs` with the --from key and broadcasts them (or, with --dry-run, only simulates). */
export async function runTx(session: Session, msgs: readonly EncodeObject[], opts: TxOptions, summary: string): Promise<SimulationResult | CommittedTx> {
  const { wallet, address } = await session.wallet(opts.from);
  const comet = await session.comet();
  const chainId = await session.chainId();
  const client = SigningStargateClient.createWithSigner(comet, wallet, { registry, aminoTypes: settleAminoTypes() });
  const account = await client.getAccount(address).catch((e: Error) => {
    throw new CliError(`cannot read account ${address}: ${e.message}`, EXIT.network);
  });
  if (!account) throw new CliError(`account ${address} (key '${opts.from}') does not exist on chain ${chainId} yet: send it some usettle first`, EXIT.chain);
  const [{ pubkey }] = await wallet.getAccounts();
  const memo = opts.memo ?? '';
  const price = gasPrice(opts.gasPrices);

  let gasLimit: number;
  let simulated: SimulateResponse | undefined;
  if (opts.gas === 'auto' || opts.dryRun) {
    simulated = await simulate(session, msgs, pubkey!, account.sequence, memo, price);
    const adjustment = Number(opts.gasAdjustment);
    if (!(adjustment >= 1)) throw new CliError(`--gas-adjustment: expected a number ≥ 1, got '${opts.gasAdjustment}'`);
    gasLimit = Math.ceil(Number(simulated.gasInfo?.gasUsed ?? 0n) * adjustment);
  }
  if (opts.gas !== 'auto') {
    if (!/^\d+$/.test(opts.gas) || Number(opts.gas) <= 0) throw new CliError(`--gas: expected auto or a positive integer, got '${opts.gas}'`);
    gasLimit = Number(opts.gas);
  }
  const fee = calculateFee(gasLimit!, price);

  if (opts.dryRun) {
    const result = simulated!.result;
    return {
      dryRun: true,
      gasEstimate: String(simulated!.gasInfo?.gasUsed ?? 0n),
      gasLimit: String(gasLimit!),
      fee,
      events: parseEvents((result?.events ?? []).map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value })) }))),
      responses: (result?.msgResponses ?? []).map(decodeMsgResponse),
    };
  }

  if (!opts.yes) {
    if (!process.stdin.isTTY) throw new CliError('refusing to broadcast without confirmation: pass --yes (stdin is not a terminal)');
    process.stderr.write(`${summary}\nfrom ${opts.from} (${address}) on ${chainId}, gas ${gasLimit!}, fee ${fee.amount.map((c) => `${c.amount}${c.denom}`).join(',')}\n`);
    if (!(await confirm('confirm transaction before signing and broadcasting'))) throw new CliError('cancelled: nothing was broadcast');
  }

  const signed = await client.sign(address, msgs, fee, memo, { accountNumber: account.accountNumber, sequence: account.sequence, chainId });
  const bytes = TxRaw.encode(signed).finish();
  const sent = await comet.broadcastTxSync({ tx: bytes });
  const txhash = toHex(sent.hash).toUpperCase();
  if (sent.code !== 0) throw new ChainError(sent.codespace ?? '', sent.code, sent.log ?? '', txhash);
  return waitForCommit(session, txhash, fee, Number(opts.timeout));
}

async function waitForCommit(session: Session, txhash: string, fee: StdFee, timeoutSeconds: number): Promise<CommittedTx> {
  const comet = await session.comet();
  const progress = new Progress();
  const start = Date.now();
  try {
    for (;;) {
      const seconds = ((Date.now() - start) / 1000).toFixed(1);
      const latest = await session.height().catch(() => undefined);
      progress.update(`waiting for tx ${txhash.slice(0, 12)}… to be committed (${seconds} s${latest ? `, node at height ${latest}` : ''})`);
      const found = await comet.tx({ hash: Buffer.from(txhash, 'hex') }).catch(() => undefined);
      if (found) {
        const r = found.result;
        if (r.code !== 0) throw new ChainError(r.codespace ?? '', r.code, r.log ?? '', txhash);
        const data = r.data ? TxMsgData.decode(r.data) : undefined;
        return {
          txhash,
          height: found.height,
          code: r.code,
          gasWanted: String(r.gasWanted),
          gasUsed: String(r.gasUsed),
          fee,
          responses: (data?.msgResponses ?? []).map(decodeMsgResponse),
          events: parseEvents(r.events.map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value })) }))),
        };
      }
      if (Date.now() - start > timeoutSeconds * 1000) throw new CliError(`tx ${txhash} was broadcast but not committed within ${timeoutSeconds} s; look it up later with \`settle query tx ${txhash}\``, EXIT.network);
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    progress.done();
  }
}

/** `settle query tx <hash>`: a committed tx's result. */
export async function queryTx(session: Session, hash: string): Promise<unknown> {
  if (!/^[0-9a-fA-F]{64}$/.test(hash)) throw new CliError(`expected a 64-digit hex tx hash, got '${hash}'`);
  const comet = await session.comet();
  const found = await comet.tx({ hash: Buffer.from(hash, 'hex') }).catch((e: Error) => {
    throw new CliError(`tx ${hash.toUpperCase()} not found: ${e.message}`, EXIT.chain);
  });
  const r = found.result;
  const data = r.code === 0 && r.data ? TxMsgData.decode(r.data) : undefined;
  return {
    txhash: hash.toUpperCase(),
    height: found.height,
    code: r.code,
    codespace: r.codespace ?? '',
    log: r.log ?? '',
    gasWanted: String(r.gasWanted),
    gasUsed: String(r.gasUsed),
    responses: (data?.msgResponses ?? []).map(decodeMsgResponse),
    events: parseEvents(r.events.map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value })) }))),
  };
}
