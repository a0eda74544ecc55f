// Output files appear whole or not at all: the text goes to a temp file in the same
// folder (same file system, so rename is atomic) and is renamed over the target.
import { constants } from 'node:fs';
import { access, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { isRunning } from '../util/process.js';

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'its folder does not exist; create the folder or choose another path';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'permission denied; choose a path you can write to';
    case 'EISDIR':
      return 'is a folder; name a file inside it';
    case 'ENOSPC':
      return 'no space left on the device; free some space or write elsewhere';
    default:
      return `cannot write (${code ?? (e as Error)?.message ?? 'unknown error'}); choose another path`;
  }
}

/** The one-line error for a failed write of `path` (missing folder, permission, full disk …). */
export const failure = (component: string, path: string, e: unknown) => new UserError(`${component}: ${path}: ${reason(e)}`);

/** Fails early, before any work, when `path` cannot be written (missing folder, no permission, a folder). */
export async function checkWritable(path: string, component = 'newskg'): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) throw failure(component, path, Object.assign(new Error(), { code: 'EISDIR' }));
  try {
    await access(dirname(path), constants.W_OK);
  } catch (e) {
    throw failure(component, path, e);
  }
}

/** Writes `text` to `path` atomically; throws a UserError naming the file and leaves nothing behind on failure. */
export async function writeFileAtomic(path: string, text: string, component = 'newskg'): Promise<void> {
  await checkWritable(path, component);
  await removeStaleTemps(path);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw failure(component, path, e);
  }
}

/**
 * Temp files a killed run left beside `path` (".out.ttl.<pid>.<time>.tmp" of a process that no
 * longer runs) are removed by the next run that writes it; a live writer's temp file is left alone.
 */
export async function removeStaleTemps(path: string): Promise<void> {
  const dir = dirname(path);
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (!Number.isInteger(pid) || pid === process.pid || isRunning(pid)) continue;
    await unlink(join(dir, name)).catch(() => undefined);
  }
}
