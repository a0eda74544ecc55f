import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../errors.js';

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
