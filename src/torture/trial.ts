// What every torture case shares: running the installed CLI with a time limit, and turning what
// went wrong into findings (values naming the case, the file and what was seen), never exceptions.
import { spawn, type StdioOptions } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { packageRoot } from '../paths.js';
import { readGraphFile } from '../rdf/parse.js';
import { validate } from '../validate/index.js';

/** crash: a stack trace, an internal error, a signal or an undocumented exit code; hang: stopped at its time limit;
 * stray: a temp, lock or partial file left behind; invalid: output of valid input that fails validation;
 * unexpected: any other answer than the documented one (exit code, message, rows). */
export type FindingKind = 'crash' | 'hang' | 'stray' | 'invalid' | 'unexpected';

export interface Finding {
  kind: FindingKind;
  /** The case, and the file or request it was about. */
  where: string;
  detail: string;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

export interface RunOptions {
  cwd?: string;
  /** Killed (and a hang recorded) past it. */
  timeoutMs?: number;
  /** Written to standard input, then closed; without it stdin is closed at once. */
  input?: string | Buffer;
  /** A file descriptor for standard output (e.g. /dev/full) instead of a pipe. */
  stdoutFd?: number;
  /** Called with the child as soon as it runs (to kill it, or close its stdout). */
  started?: (child: import('node:child_process').ChildProcess) => void;
}

/** Exit codes newskg documents: 0 done, 1 some inputs bad or problems found, 2 bad input, 3 a query out of time or memory. */
export const DOCUMENTED_EXITS = new Set([0, 1, 2, 3]);

const STACK = /\n\s+at .+:\d+:\d+\)?|internal error|Error: .*\n\s+at /;

export const BIN = (): string => path.join(packageRoot(), 'bin', 'newskg.js');

/** Runs `node bin/newskg.js args…`. */
export function runNewskg(args: string[], options: RunOptions = {}): Promise<RunResult> {
  return runProcess(process.execPath, [BIN(), ...args], options);
}

export function runProcess(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const t0 = performance.now();
  const stdio: StdioOptions = ['pipe', options.stdoutFd ?? 'pipe', 'pipe'];
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout?.on('data', (c: Buffer) => { if (stdout.length < 1_000_000) stdout += c.toString('utf8'); });
    child.stdout?.on('error', () => undefined);
    child.stderr?.on('data', (c: Buffer) => { if (stderr.length < 100_000) stderr += c.toString('utf8'); });
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(options.input);
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    options.started?.(child);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - t0, timedOut });
    });
  });
}

/** One case's run: a fresh folder, and the findings. */
export class Trial {
  readonly findings: Finding[] = [];
  /** Signals this trial sent on purpose (a killed run is no crash). */
  private readonly killed = new Set<number>();

  private constructor(readonly name: string, readonly dir: string) {}

  /** A trial in the same folder whose findings are kept apart (a batch run again one by one if it found anything). */
  probe(): Trial {
    return new Trial(this.name, this.dir);
  }

  static async open(name: string): Promise<Trial> {
    return new Trial(name, await mkdtemp(path.join(tmpdir(), `newskg-torture-${name.replace(/[^a-z0-9]+/gi, '-')}-`)));
  }

  async close(keep: boolean): Promise<void> {
    if (!keep) await rm(this.dir, { recursive: true, force: true });
  }

  find(kind: FindingKind, where: string, detail: string): void {
    this.findings.push({ kind, where: `${this.name}: ${where}`, detail: detail.replace(/\s+/g, ' ').slice(0, 300) });
  }

  expect(ok: boolean, where: string, detail: string): boolean {
    if (!ok) this.find('unexpected', where, detail);
    return ok;
  }

  /** Marks a child as killed on purpose. */
  kill(child: import('node:child_process').ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
    if (child.pid) this.killed.add(child.pid);
    child.kill(signal);
  }

  /** Runs newskg; a hang, a crash or a stack trace becomes a finding. */
  async cli(where: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
    let pid: number | undefined;
    const r = await runNewskg(args, {
      timeoutMs: 120_000, cwd: this.dir, ...options,
      started: (child) => { pid = child.pid; options.started?.(child); },
    });
    this.check(where, r, pid !== undefined && this.killed.has(pid));
    return r;
  }

  check(where: string, r: RunResult, killedOnPurpose = false): void {
    if (r.timedOut) this.find('hang', where, `no answer in ${Math.round(r.ms)} ms`);
    else if (r.signal && !killedOnPurpose) this.find('crash', where, `ended by ${r.signal}; stderr: ${r.stderr}`);
    else if (r.code !== null && !DOCUMENTED_EXITS.has(r.code)) this.find('crash', where, `exit ${r.code}; stderr: ${r.stderr}`);
    if (STACK.test(r.stderr)) this.find('crash', where, `a stack trace on stderr: ${r.stderr}`);
  }

  /** The documented exit code, and exactly `lines` lines on stderr (each naming `mention` when given). */
  answer(where: string, r: RunResult, code: number, lines: number, mention?: string | RegExp): void {
    if (r.timedOut || r.signal) return;
    this.expect(r.code === code, where, `exit ${r.code}, expected ${code}; stderr: ${r.stderr}`);
    const got = r.stderr.split('\n').filter((l) => l.trim() !== '');
    this.expect(got.length === lines, where, `${got.length} stderr lines, expected ${lines}: ${r.stderr}`);
    if (mention !== undefined) {
      const ok = typeof mention === 'string' ? r.stderr.includes(mention) : mention.test(r.stderr);
      this.expect(ok, where, `stderr does not name ${String(mention)}: ${r.stderr}`);
    }
  }

  /** A graph newskg wrote from valid input: it parses, conforms to the SHACL shapes, and every offset slices its text. */
  async valid(where: string, file: string): Promise<boolean> {
    try {
      const report = await validate(await readGraphFile(file));
      if (report.conforms) return true;
      const first = report.violations.slice(0, 3).map((v) => `${v.focusNode} ${v.path ?? '-'} ${v.message}`).join(' | ');
      this.find('invalid', where, `${report.violations.length} violations: ${first}`);
    } catch (e) {
      this.find('invalid', where, `cannot read the output: ${(e as Error).message}`);
    }
    return false;
  }

  /** Temp files, locks or `also` left in `dir` (recursively) are stray. */
  async leftovers(where: string, dir = this.dir, also: string[] = []): Promise<void> {
    for (const f of await listFiles(dir)) {
      const name = path.basename(f);
      if (/\.tmp$|\.lock$|^\.newskg-tmp-/.test(name) || also.includes(f)) this.find('stray', where, `${path.relative(this.dir, f) || f} left behind`);
    }
  }

  /** `file` must not exist (a run that wrote nothing). */
  async absent(where: string, file: string): Promise<void> {
    if (await exists(file)) this.find('stray', where, `${path.relative(this.dir, file)} written by a run that failed`);
  }
}

export const exists = (file: string): Promise<boolean> => stat(file).then(() => true, () => false);

export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else out.push(p);
  }
  return out;
}

export const readText = (file: string): Promise<string> => readFile(file, 'utf8');
