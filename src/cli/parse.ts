// `newskg parse`: each sentence of an article as CoNLL-U, the parse the statements read,
// so a person can see why a statement was or was not found.
import { UserError } from '../errors.js';
import { formatProblem, maskMarkdown, tryReadArticle } from '../input/index.js';
import { analyseSyntax } from '../syntax/analyse.js';
import { segment } from '../text/index.js';
import type { Command } from './types.js';
import { HELP } from './help.js';

export const command: Command = {
  name: 'parse',
  ...HELP.parse,
  async run(argv, io) {
    const bad = argv.find((a) => a.startsWith('-') && a !== '-');
    if (bad) throw new UserError(`newskg parse: unknown option ${bad}; run \`newskg parse --help\``);
    if (!argv.length) throw new UserError('newskg parse: no input; pass an article file or - for standard input');
    let failed = 0;
    for (const file of argv) {
      const read = await tryReadArticle(file, { stdin: io.stdin });
      if (!read.ok) {
        io.stderr.write(formatProblem(read.problem) + '\n');
        failed++;
        continue;
      }
      const article = read.article;
      const doc = segment(article, article.format === 'markdown' ? maskMarkdown(article.text) : undefined);
      const syntax = analyseSyntax(doc);
      const out: string[] = [];
      for (const s of doc.sentences) {
        out.push(`# sent_id = ${article.id}-${s.index + 1}`, `# text = ${article.text.slice(s.start, s.end).replace(/\s+/g, ' ')}`);
        for (let t = s.tokenStart; t < s.tokenEnd; t++) {
          const tok = doc.tokens[t];
          const x = syntax.tokens[t];
          const head = x.head < 0 ? 0 : x.head - s.tokenStart + 1;
          out.push([t - s.tokenStart + 1, tok.text, x.lemma, x.upos, x.xpos, '_', head, x.deprel, '_', `TokenRange=${tok.start}:${tok.end}`].join('\t'));
        }
        out.push('');
      }
      io.stdout.write(out.join('\n') + '\n');
    }
    if (failed === argv.length) return 2;
    return failed ? 1 : 0;
  },
};
