// What `newskg --help` and `newskg <command> --help` print, kept apart from the commands so that
// printing it loads no command (loading them all, with the extractor and the SPARQL engine, took
// 0.7-1 s); each command module takes its summary and usage from here.

/** A command's one-line summary (for the list) and its usage text. */
export interface CommandHelp {
  summary: string;
  usage: string;
}

export const HELP = {
  extract: {
    summary: 'extract a knowledge graph from news articles (text, Markdown, HTML)',
    usage: `usage: newskg extract <file|folder|->... [-o OUT] [--format turtle|trig|nquads|jsonld] [--date YYYY-MM-DD]

Reads news articles (plain text, Markdown, HTML; "-" reads standard input;
folders are searched for .txt .md .markdown .html .htm) and writes one RDF
graph in the vocabulary of ontology/README.md. Several articles make one merged
graph; TriG and N-Quads keep one named graph per article (named by the
article's IRI).

Plain text: a first line such as "Saturday, February 7, 2026" is the
publication date, the next non-empty line the headline.

options:
  -o, --output OUT   write to OUT (replaced whole, never half-written); default stdout
  --format F         turtle, trig, nquads or jsonld; default from OUT's extension
                     (.ttl .trig .nq .jsonld), else turtle
  --date YYYY-MM-DD  publication date for every input, overriding the article's own;
                     needed when neither the article nor its file name gives a date

exit codes: 0 all inputs extracted, 1 some inputs were bad (reported on stderr,
the others written), 2 nothing written (bad options, bad inputs or unwritable OUT)`,
  },
  validate: {
    summary: 'check graphs against the ontology shapes',
    usage: `usage: newskg validate FILE...

Checks graphs (.ttl, .trig, .nt, .nq, .jsonld) against the SHACL shapes of
ontology/shapes.ttl and checks that mention and evidence offsets match the
article text. Each file is checked on its own. Prints one line per problem:
focus node, property, message.

exit codes: 0 every file conforms, 1 problems found, 2 a file is missing or
is not parsable RDF`,
  },
  start: {
    summary: 'extract the bundled articles into out/, validate them and open the viewer',
    usage: `usage: newskg start [ARTICLES] [--out DIR] [--no-view]

Extracts every article in ARTICLES (default: the bundled data/articles/)
into DIR (default: out/): one Turtle file per article and corpus.trig with
one named graph per article. Validates them against the ontology's shapes,
prints a line per article, then serves the viewer on corpus.trig.

options:
  --out DIR    where the graphs go (default out)
  --no-view    do not start the viewer (it never starts when output is not a terminal)

exit codes: 0 all written and valid, 1 a bad article or a graph that fails
validation, 2 nothing could be extracted`,
  },
  parse: {
    summary: 'print the part-of-speech tags and dependency parse of each sentence (CoNLL-U)',
    usage: `usage: newskg parse <file|->...

Prints every sentence of each article (plain text, Markdown, HTML; "-" reads
standard input) as CoNLL-U: the pipeline's tokens with their universal and Penn
part-of-speech tags, lemma, head and dependency relation. The MISC column gives
each token's character offsets in the article (TokenRange=start:end).

exit codes: 0 every input parsed, 1 some inputs were bad (reported on stderr),
2 nothing parsed`,
  },
  eval: {
    summary: 'score the extractor against gold annotations, CoNLL-2003 names or a UD treebank',
    usage: `usage: newskg eval [DIR_OR_GOLD_FILES...] [--json] [--explain]
       newskg eval --conll FILE [--limit N] [--baseline compromise | --tagger] [--json]
       newskg eval --ud FILE.conllu [--json]

Scores the extractor. With gold files (default: every *.gold.json in the
package's data/eval), reads each gold file's article (its "article" field
next to the gold file, else <slug>.txt next to it, else in data/articles),
extracts a graph and scores it as score.mjs does. Prints one line per
article (entity F1, fact F1, overall), a table per entity type and fact kind
summed over all articles, and the mean overall F1.

With --conll, scores name mentions against a CoNLL-2003 file by exact span:
PER = Person; LOC = Country, City, Place; ORG = Organization; MISC ignored.

options:
  --json                 machine-readable output
  --explain              list missed and wrong entities and facts per article
                         (with --conll: the most frequent false and missed names)
  --conll FILE           score mentions against a CoNLL-2003 file
  --ud FILE.conllu       score the part-of-speech tagger and dependency parser on a
                         Universal Dependencies treebank with its gold tokens:
                         UPOS accuracy, UAS and LAS over all words (punctuation
                         included, as in CoNLL 2018), and per relation for the
                         relations statements read
  --limit N              only the first N CoNLL documents
  --baseline compromise  score compromise's people/places/organizations instead
  --tagger               score the trained NER tagger alone (data/models/ner.json)

exit codes: 0 report printed (whatever the scores), 2 bad input`,
  },
  query: {
    summary: 'answer a SPARQL query (or a named one) over graph or article files',
    usage: `usage: newskg query <graph or article files...> (QUERY | --file q.rq | --named NAME) [options]
       newskg query --endpoint URL (QUERY | --file q.rq | --named NAME) [options]
       newskg query --list

Runs a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the files'
graphs, merged (a triple in several graphs is one). The prefixes of ONTOLOGY.md (nkg, schema, rdfs, skos, owl, prov,
xsd, nif, itsrdf) are predeclared.

options:
  --file FILE          read the query from a .rq file
  --named NAME         run a shipped query (see --list)
  --param NAME=VALUE   bind a variable of the query to a string value (repeatable)
  --format FORMAT      table (default), csv, tsv, json or xml; CONSTRUCT prints Turtle
  --timeout MS         stop the query after MS milliseconds (default: none)
  --limit N            print at most N rows
  --max-memory MB      stop the query when it has taken MB of memory (default 1024)
  --endpoint URL       ask a SPARQL 1.1 endpoint (e.g. Virtuoso's http://127.0.0.1:8890/sparql)
                       instead of files: its default graph must be the union of its graphs,
                       as Virtuoso's is; --timeout defaults to 60000 there
  --list               list the named queries and their parameters

exit codes: 0 answered; 2 bad input (a file, an option, a query that does not
parse or is an update); 3 the query ran out of time or memory (one line says
which); the engine is stopped and its memory given back; 4 the --endpoint could
not be reached, failed or sent an answer that cannot be read.
`,
  },
  build: {
    summary: 'extract many articles into one TriG corpus with merged entities',
    usage: `usage: newskg build <articles or folders...> -o corpus.trig [--add] [--date YYYY-MM-DD] [--jobs N] [--store URL [--endpoint URL]]

Extracts every article (.txt .md .html; folders are searched) into one TriG
corpus: one named graph per article, named by its article node, and the
entities merged across articles (same IRI, or same name or alias) in the
default graph, written after the article graphs. Each graph is written as it
is done, so memory does not grow with the corpus; .<corpus>.index beside it
lets --add read only the entity section.

options:
  -o, --output FILE   the corpus file to write (TriG)
  --add               add the articles to an existing corpus; articles already
                      in it are skipped, the others are not extracted again,
                      and the article graphs already there are kept as they are
                      (the new ones are written after them, in place; a build
                      stopped half way is undone by the next build of it)
  -j, --jobs N        extract on N threads (default: the number of cores, or
                      one thread per 16 new articles when fewer); the corpus
                      is the same, byte for byte, whatever N
  --date YYYY-MM-DD   publication date for every article, overriding the article's
                      own (as for extract); without it, an article whose text and file
                      name give no date stops the build with one line
  --store URL         then put the corpus into a SPARQL 1.1 Graph Store (e.g. Virtuoso's
                      http://127.0.0.1:8890/sparql-graph-crud): each article's named graph,
                      and the entities into <https://w3id.org/newskg/id/entities>, PUT as
                      N-Triples, replacing what the graph held (so running it again changes
                      nothing; a graph of over 50,000 triples goes in parts, the first PUT and
                      the rest POSTed), and counted back in the store after each graph
  --endpoint URL      the store's SPARQL endpoint, where the counts are asked (default: the
                      --store URL with its last segment replaced by "sparql")

exit codes: 0 built (and stored); 2 bad input (an option, an article, an
unwritable corpus); 4 the store could not be reached, refused a graph or holds
another number of triples than were sent (one line names the article and both
counts; the corpus file is written, and --add --store sends it again)
`,
  },
  serve: {
    summary: 'serve graph files over the SPARQL 1.1 Protocol (read-only, localhost)',
    usage: `usage: newskg serve <graph or article files...> [options]
       newskg serve --endpoint URL [options]

Serves the files' graph read-only over the SPARQL 1.1 Protocol at /sparql
(GET and POST; JSON, XML, CSV or TSV results by content negotiation, Turtle for
CONSTRUCT and DESCRIBE), the whole graph as Turtle at /graph.ttl, and the
viewer (as \`newskg view\` shows it) at / from the same process. A corpus with
more than 2,000 entities opens in the viewer on an overview (the entities named
in the most articles and the links among them); searching or expanding an
entity brings in its neighbours. /graph.ttl is refused for such a corpus.

options:
  --port N         port to listen on (default 3030; 0 picks a free one)
  --host ADDR      address to bind (default 127.0.0.1, this machine only)
  --timeout MS     per-query time limit (default 10000)
  --max-rows N     most rows returned per query (default 10000)
  --max-queue N    queries running or waiting at most in each lane; more get 503 with Retry-After (default 16)
  --max-memory MB  memory one query may take; past it the query gets 503 and the engine is restarted (default 1024)
  --no-quick-lane  no second worker for cheap queries: they wait behind slow ones, but the data is held once less
  --no-standby     no loaded worker kept aside: after a query is stopped (time or memory), the next
                   waits while the data loads again, but the data is held once less
                   (with neither, the data is held once; by default three times)
  --overview-above N     open the viewer on an overview above N entities (default 2000; 0: always)
  --overview-entities N  entities in the overview (default 300)
  --neighbours K         neighbours brought in at most when an entity is expanded (default 200)
  --viewer DIR     serve the built viewer from DIR (default: the bundled viewer/dist)
  --no-viewer      SPARQL and /graph.ttl only
  --endpoint URL   answer every query from this SPARQL 1.1 endpoint (e.g. Virtuoso's
                   http://127.0.0.1:8890/sparql) instead of files; updates are still refused
                   here, the viewer's graph is read from it, and --max-memory and the quick
                   lane do not apply (a failing endpoint is 502)

exit codes: 0 stopped by Ctrl-C; 2 bad input; 4 the --endpoint does not answer
`,
  },
  view: {
    summary: 'browse the entity graph in a browser (or write it as one HTML file)',
    usage: `usage: newskg view <graph or article files...> [--port N] [--html OUT.html]
       newskg view --endpoint URL [--port N] [--html OUT.html]

Shows the entity graph in the browser: people, countries, places and
organisations, the relations between them, and the sentence behind each.
Article files (.txt .md .html) are extracted first; graph files
(.ttl .trig .nt .nq .jsonld) are read as they are.

options:
  --port N          serve on 127.0.0.1:N (default 8765, or a free port if taken)
  --html OUT.html   write one self-contained HTML file (no server, no network) and exit;
                    refused for more than 500,000 triples (50 MB of graph files): a
                    browser tab holds all of it, so serve a corpus that large instead
  --endpoint URL    show the newskg graph a SPARQL 1.1 endpoint holds (e.g. Virtuoso's
                    http://127.0.0.1:8890/sparql) instead of files; its query box asks it
  --overview-above N, --overview-entities N, --neighbours K
                    a corpus with more than N entities (default 2000) opens on an overview of
                    its 300 most-mentioned entities; searching or expanding an entity brings in
                    at most K (200) of its neighbours
  --no-standby      keep no loaded engine aside (see \`newskg serve --help\`): less memory, but
                    the query after one stopped at the time limit waits for a reload

exit codes: 0 done; 2 bad input; 4 the --endpoint does not answer or sends the graph cut short
`,
  },
} as const satisfies Record<string, CommandHelp>;

export type CommandName = keyof typeof HELP;
