// The command line run in this process, as the tests drive it: its exit code and what it wrote.
import { PassThrough, Readable } from 'node:stream';
import { main } from '../src/cli/index.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `newskg <args>` with `stdinText` on standard input. */
export async function runCli(args: string[], stdinText = ''): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString()));
  stderr.on('data', (c: Buffer) => err.push(c.toString()));
  const code = await main(args, { stdout, stderr, stdin: Readable.from([Buffer.from(stdinText)]) });
  return { code, stdout: out.join(''), stderr: err.join('') };
}
