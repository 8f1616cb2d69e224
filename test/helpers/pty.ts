// Runs a command in a pseudo-terminal with util-linux `script`, so that stdin, stdout and stderr are
// all a TTY (the program's prompts and progress lines behave as for a human), and answers prompts:
// each step waits until the output matches `expect`, then types `send`.
import { spawn } from 'node:child_process';

export interface PtyStep {
  expect: RegExp;
  send: string;
}

export interface PtyResult {
  code: number | null;
  /** Everything the terminal showed (stdout and stderr interleaved, CRLF line ends, escape codes). */
  output: string;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function runInPty(argv: string[], steps: PtyStep[], env: NodeJS.ProcessEnv = process.env, timeoutMs = 60_000): Promise<PtyResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qefc', argv.map(quote).join(' '), '/dev/null'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    let next = 0;
    let consumed = 0;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out waiting for ${steps[next]?.expect ?? 'exit'}; terminal showed:\n${output}`));
    }, timeoutMs);
    const onOutput = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      while (next < steps.length) {
        const step = steps[next]!;
        const m = step.expect.exec(output.slice(consumed));
        if (!m) break;
        consumed += m.index + m[0].length;
        next++;
        child.stdin.write(step.send);
      }
    };
    child.stdout.on('data', onOutput);
    child.stderr.on('data', onOutput);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (next < steps.length) reject(new Error(`exited (${code}) before ${steps[next]!.expect}; terminal showed:\n${output}`));
      else resolve({ code, output });
    });
  });
}
