// N varied news articles for the scale bench, made from the evaluation articles: copy k of an article
// gets its own file name (so its own article IRI) and its multi-word names changed ("Ana Ruiz"
// becomes "Ana Ruizlomi"), so people and organisations differ between copies while countries
// and cities stay shared, as in a real news stream.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dataPath } from '../paths.js';

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'to', 'ne', 'su', 'vi', 'de', 'po', 'ga', 'zu'];

/** A suffix for copy k: different for every k (base 12, at least two syllables). */
function suffix(k: number): string {
  let s = '';
  let n = k;
  do {
    s += SYLLABLES[n % 12];
    n = Math.floor(n / 12);
  } while (n > 0 || s.length < 4);
  return s;
}

async function sources(): Promise<{ name: string; text: string }[]> {
  const out: { name: string; text: string }[] = [];
  for (const dir of [dataPath('eval'), dataPath('eval', 'real', 'dev'), dataPath('eval', 'real', 'test')]) {
    for (const name of (await readdir(dir)).sort()) {
      if (name.endsWith('.txt')) out.push({ name, text: await readFile(path.join(dir, name), 'utf8') });
    }
  }
  return out;
}

/** Writes `n` articles into `dir` (created); returns their paths, in order. */
export async function writeVariedArticles(n: number, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const src = await sources();
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const { name, text } = src[i % src.length]!;
    const k = Math.floor(i / src.length);
    const m = /^(.*?)-(\d{4}-\d{2}-\d{2})\.txt$/.exec(name);
    const file = path.join(dir, m ? `${m[1]}-v${k}-${m[2]}.txt` : `${name.slice(0, -4)}-v${k}.txt`);
    const varied = k === 0 ? text : text.replace(/\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)+)\b/g, (all) => all + suffix(k));
    await writeFile(file, varied);
    files.push(file);
  }
  return files;
}
