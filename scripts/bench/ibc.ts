// npm run bench:ibc [-- --packets 200 --rounds 3]
// IBC packet handling on one core, between two settle apps in-process (real stores, real tx pipeline,
// signed relayer txs, ICS-23 proofs from /store/ibc/key): per round, chain A's mock app sends N
// packets in one block; one relayer tx on B carries the client update and N MsgRecvPacket (each a
// membership proof + receipt + app callback + ack commitment); one tx on A carries N MsgAcknowledgement.
// Prints the FinalizeBlock+Commit time of those blocks and packets per second.
import { Paths } from '../../modules/ibc/keys';
import { IbcChain } from '../../test/modules/ibc/helpers/ibc-chain';
import { MOCK_PORT, SUCCESS_ACK } from '../../test/modules/ibc/helpers/mock-app';
import { encode, packetFromEvent, Relayer } from '../../test/modules/ibc/helpers/relayer';
import { makeTmpDir, removeDir } from '../../test/helpers/tmpdir';
import type { EncodedMsg } from '../../test/reliability/lib/accounts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const N = Number(arg('packets', '200'));
const ROUNDS = Number(arg('rounds', '3'));

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t = process.hrtime.bigint();
  const r = await f();
  return [r, Number(process.hrtime.bigint() - t) / 1e6];
}

async function main(): Promise<void> {
  const dirs = [makeTmpDir('bench-ibc-a'), makeTmpDir('bench-ibc-b')];
  const a = await IbcChain.open(dirs[0], 'chain-a-1');
  const b = await IbcChain.open(dirs[1], 'chain-b-1');
  try {
    const relayer = new Relayer(a, b);
    const path = await relayer.link();
    console.log(`bench:ibc — ${N} packets per block, ${ROUNDS} rounds (node ${process.version})`);
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < N; i++) a.mock.pending.push({ channelId: path.chanA, data: Buffer.from(`{"round":${round},"i":${i}}`), timeoutHeight: { revisionNumber: 0n, revisionHeight: 0n }, timeoutTimestamp: b.timeNanos(b.height + 100_000) });
      const [sent, sendMs] = await timed(() => a.produceRaw([]));
      const packets = sent.events.filter((e) => e.type === 'send_packet').map((e) => packetFromEvent(Object.fromEntries(e.attributes.map((x) => [x.key, x.value]))));
      const up = await relayer.update(b, path.clientB, a);
      const recvs: EncodedMsg[] = [];
      for (const p of packets) {
        const { proof } = await a.prove(Paths.packetCommitment(p.sourcePort, p.sourceChannel, p.sequence));
        recvs.push(encode.recv({ packet: p, proofCommitment: proof, proofHeight: up.proofHeight, signer: b.relayer.address }));
      }
      const [recvRes, recvMs] = await timed(() => b.produce([up.msg, ...recvs]));
      if (recvRes!.code !== 0) throw new Error(`recv failed: ${recvRes!.log}`);
      const upA = await relayer.update(a, path.clientA, b);
      const acks: EncodedMsg[] = [];
      for (const p of packets) {
        const { proof } = await b.prove(Paths.packetAck(MOCK_PORT, p.destinationChannel, p.sequence));
        acks.push(encode.ack({ packet: p, acknowledgement: SUCCESS_ACK, proofAcked: proof, proofHeight: upA.proofHeight, signer: a.relayer.address }));
      }
      const [ackRes, ackMs] = await timed(() => a.produce([upA.msg, ...acks]));
      if (ackRes!.code !== 0) throw new Error(`ack failed: ${ackRes!.log}`);
      const rate = (ms: number) => ((packets.length * 1000) / ms).toFixed(0);
      console.log(
        `round ${round + 1}: send block ${sendMs.toFixed(1)} ms (${rate(sendMs)}/s) · recv block ${recvMs.toFixed(1)} ms (${rate(recvMs)} MsgRecvPacket/s) · ack block ${ackMs.toFixed(1)} ms (${rate(ackMs)} MsgAcknowledgement/s)`,
      );
    }
  } finally {
    await a.app.close();
    await b.app.close();
    dirs.forEach(removeDir);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
