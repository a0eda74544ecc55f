// Run by test/build-append.test.ts in a child process: `build --add` of the articles into the corpus,
// killed (SIGKILL, so nothing of the build's own clean-up runs) at one point of its append in place.
// usage: node --import tsx test/append-crash.ts <corpus> <point> <articles...>
import { buildCorpus } from '../src/corpus/index.js';
import type { AppendPoint } from '../src/corpus/append.js';

const [corpus, point, ...articles] = process.argv.slice(2);
await buildCorpus(articles, corpus!, true, undefined, undefined, 1, {
  stage: (at: AppendPoint) => {
    if (at === point) process.kill(process.pid, 'SIGKILL');
  },
});
process.stdout.write('finished\n');
