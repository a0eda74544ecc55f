import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isUserError } from '../errors.js';
import { packageRoot } from '../paths.js';
import { HELP } from './help.js';
import type { CliIO, Command } from './types.js';

// Each command lives in its own module, loaded only when used, so `newskg extract`
// does not pay for the SPARQL engine or the viewer server.
const COMMANDS: Record<string, () => Promise<{ command: Command }>> = {
  extract: () => import('./extract.js'),
  validate: () => import('./validate.js'),
  start: () => import('./start.js'),
  parse: () => import('./parse.js'),
  eval: () => import('./eval.js'),
  query: () => import('./query.js'),
  build: () => import('./build.js'),
  serve: () => import('./serve.js'),
  view: () => import('./view.js'),
};

/** The version in newskg's package.json. */
function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** Commands that always read articles, and so parse them (query, view and eval may read only graphs or a treebank: they load the models when they need them;
 * build does when it extracts on this thread, not with --jobs N). */
const ANALYSING = new Set(['extract', 'start', 'parse']);

const defaultIO = (): CliIO => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });

// Help comes from help.ts and loads no command: all of them, with the extractor and the SPARQL engine, took 0.7-1 s.
function usage(io: CliIO): void {
  const lines = ['usage: newskg <command> [options]', '', 'commands:'];
  for (const name of Object.keys(COMMANDS)) {
    const help = HELP[name as keyof typeof HELP];
    if (help) lines.push(`  ${name.padEnd(10)} ${help.summary}`);
  }
  lines.push('', 'Run `newskg <command> --help` (or `newskg help <command>`) for its options; `newskg --version` for the version.');
  io.stdout.write(lines.join('\n') + '\n');
}

export async function main(argv: string[], io: CliIO = defaultIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    io.stdout.write(`newskg ${packageVersion()}\n`);
    return 0;
  }
  // "newskg help extract" is "newskg extract --help"
  if (name === 'help' && rest[0] && COMMANDS[rest[0]]) return main([rest[0], '--help'], io);
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    usage(io);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr.write(`newskg: unknown command "${name}"; run \`newskg --help\` for the list\n`);
    return 2;
  }
  const help = HELP[name as keyof typeof HELP];
  if (help && (rest.includes('--help') || rest.includes('-h'))) {
    io.stdout.write(help.usage.trimEnd() + '\n');
    return 0;
  }
  // the syntax models take a while to read: start now, on libuv's threads, while the command loads
  if (ANALYSING.has(name) && !rest.includes('--help')) void import('../syntax/models.js').then((m) => m.preloadSyntaxModels());
  try {
    const { command } = await load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(command.usage.trimEnd() + '\n');
      return 0;
    }
    return await command.run(rest, io);
  } catch (e) {
    if (isUserError(e)) {
      io.stderr.write(e.message + '\n');
      return e.exitCode;
    }
    const err = e as Error;
    io.stderr.write(`newskg ${name}: internal error: ${err?.stack ?? String(e)}\n`);
    return 70;
  }
}
