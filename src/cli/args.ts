import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../errors.js';
import type { ViewLimits } from '../server/corpus-view.js';

/**
 * node:util's parseArgs for one subcommand; an unknown or malformed option becomes a one-line
 * user error naming the command, never a stack trace.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(command: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (e) {
    throw new UserError(`newskg ${command}: ${(e as Error).message.split('\n')[0]}; run \`newskg ${command} --help\``);
  }
}

/** An option's value as a whole number of at least `min`, or a one-line user error naming the command and option. */
export function wholeNumber(s: string, flag: string, min: number, command = 'serve'): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < min) throw new UserError(`${command}: ${flag} must be a whole number ≥ ${min}, got "${s}"`);
  return n;
}

/** `--overview-above`, `--overview-entities`, `--neighbours` and `--no-standby`: what serve and view share about a large corpus. */
export const LARGE_CORPUS_OPTIONS = {
  'no-standby': { type: 'boolean', default: false },
  'overview-above': { type: 'string' },
  'overview-entities': { type: 'string' },
  neighbours: { type: 'string' },
} as const;

/** The view limits given on the command line (the others keep their defaults, src/settings.ts). */
export function viewLimitsFrom(o: { 'overview-above'?: string; 'overview-entities'?: string; neighbours?: string }, command: string): Partial<ViewLimits> {
  const out: Partial<ViewLimits> = {};
  if (o['overview-above'] !== undefined) out.overviewAbove = wholeNumber(o['overview-above'], '--overview-above', 0, command);
  if (o['overview-entities'] !== undefined) out.overviewEntities = wholeNumber(o['overview-entities'], '--overview-entities', 1, command);
  if (o.neighbours !== undefined) out.neighbourLimit = wholeNumber(o.neighbours, '--neighbours', 1, command);
  return out;
}
