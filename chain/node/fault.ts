/**
 * Crash injection for recovery tests (the role of CometBFT's own FAIL_TEST_INDEX): with
 * `SETTLE_CRASH_AT=after-finalize:<h>` settled SIGKILLs itself right after the application's
 * FinalizeBlock for height h returns (block executed, nothing persisted: CometBFT must replay it);
 * with `after-commit:<h>`, right after Commit for height h returns, before CometBFT has the answer
 * (app persisted h, CometBFT's state is still at h-1). Unset in normal operation.
 */
import { bindAbciApplication, type AbciApplication } from '../abci';

export const CRASH_ENV = 'SETTLE_CRASH_AT';

export interface CrashPoint {
  after: 'finalize' | 'commit';
  height: number;
}

export function crashPointFromEnv(env: NodeJS.ProcessEnv = process.env): CrashPoint | undefined {
  const v = env[CRASH_ENV];
  if (!v) return undefined;
  const m = /^after-(finalize|commit):(\d+)$/.exec(v);
  if (!m) throw new Error(`${CRASH_ENV}="${v}": expected after-finalize:<height> or after-commit:<height>`);
  return { after: m[1] as CrashPoint['after'], height: Number(m[2]) };
}

export function withCrashPoint(app: AbciApplication, point: CrashPoint): AbciApplication {
  const out = bindAbciApplication(app);
  const wrapped = out as unknown as AbciApplication;
  let height = 0;
  const die = (): never => {
    process.kill(process.pid, 'SIGKILL');
    throw new Error('unreachable');
  };
  wrapped.finalizeBlock = async (req) => {
    const res = await app.finalizeBlock(req);
    height = Number(req.height);
    if (point.after === 'finalize' && height === point.height) die();
    return res;
  };
  wrapped.commit = async (req) => {
    const res = await app.commit(req);
    if (point.after === 'commit' && height === point.height) die();
    return res;
  };
  return wrapped;
}
