// Which queries are cheap by their shape, so that the server can answer them in a lane of their
// own while slow ones run (oxigraph.ts). A guess from the text alone, made to be wrong only on the
// safe side: a query read as cheap that is not is stopped in that lane after a short budget and
// moved to the main lane (see EngineSettings.quickLaneMs), so a wrong guess costs time, never an answer.
import { closing, isPunct, isWord, tokenize, type Token } from './tokens.js';

/** Past these a query is not cheap, whatever its patterns. */
const MAX_TOKENS = 600;
const MAX_DEPTH = 4;
const MAX_BINDS = 4;

interface Pattern {
  /** Variables (and blank nodes) in subject and object. */
  vars: string[];
  /** Whether the predicate is a variable. */
  open: boolean;
  /** Whether the subject or the object is a fixed term. */
  anchored: boolean;
}

class NotCheap extends Error {}

/**
 * A query is cheap by shape when every triple pattern has a fixed predicate (an IRI, `a`, or a
 * path of fixed steps joined by `/` `|` `^`, never `*` `+` `?` or a negated set) or, with a
 * variable predicate, a fixed subject or object or one bound by a pattern that has a fixed
 * predicate (`?x a schema:Person . ?x ?p ?o`); its patterns are joined into one by shared
 * variables (no cross products); and it has no sub-query, SERVICE, FROM, EXISTS, blank-node
 * property list or collection, at most four BINDs and groups at most four deep. A query without
 * patterns is cheap when it binds nothing (`ASK {}`).
 */
export function isCheapByShape(text: string): boolean {
  const tokens = tokenize(text);
  if (tokens.length > MAX_TOKENS) return false;
  if (tokens.some((t) => isWord(t, 'SERVICE', 'FROM', 'EXISTS', 'LOAD'))) return false;
  if (tokens.filter((t) => isWord(t, 'SELECT')).length > 1) return false;
  const where = whereGroup(tokens);
  if (where === undefined) return !tokens.some((t) => isPunct(t, '{')); // DESCRIBE <iri>
  try {
    const reader = new GroupReader(tokens);
    reader.group(where, 1);
    const { patterns } = reader;
    if (patterns.length === 0) return reader.binds === 0;
    const fixedVars = new Set(patterns.filter((p) => !p.open).flatMap((p) => p.vars));
    if (!patterns.every((p) => !p.open || p.anchored || p.vars.some((v) => fixedVars.has(v)))) return false;
    return connected(patterns);
  } catch (e) {
    if (e instanceof NotCheap) return false;
    throw e;
  }
}

/** Index of the `{` opening the WHERE group (a CONSTRUCT's template comes before it). */
function whereGroup(tokens: Token[]): number | undefined {
  const where = tokens.findIndex((t) => isWord(t, 'WHERE'));
  if (where >= 0) return isPunct(tokens[where + 1], '{') ? where + 1 : undefined;
  const construct = tokens.findIndex((t) => isWord(t, 'CONSTRUCT'));
  const first = tokens.findIndex((t, i) => i > construct && isPunct(t, '{'));
  if (first < 0) return undefined;
  // CONSTRUCT { template } { pattern } is not SPARQL; CONSTRUCT { … } alone is the short form
  return first;
}

class GroupReader {
  patterns: Pattern[] = [];
  binds = 0;
  private anon = 0;
  constructor(private readonly t: Token[]) {}

  /** Reads the group opened at `open`; returns the index after its `}`. */
  group(open: number, depth: number): number {
    if (depth > MAX_DEPTH) throw new NotCheap();
    const end = closing(this.t, open);
    if (end < 0) throw new NotCheap();
    let i = open + 1;
    while (i < end) {
      const tok = this.t[i]!;
      if (isPunct(tok, '{')) i = this.group(i, depth + 1);
      else if (isPunct(tok, '.')) i++;
      else if (isWord(tok, 'OPTIONAL', 'MINUS')) i = this.group(this.expect(i + 1, '{'), depth + 1);
      else if (isWord(tok, 'UNION')) i++;
      else if (isWord(tok, 'GRAPH')) i = this.group(this.expect(i + 2, '{'), depth + 1);
      else if (isWord(tok, 'FILTER')) i = this.call(i + 1);
      else if (isWord(tok, 'BIND')) {
        if (++this.binds > MAX_BINDS) throw new NotCheap();
        i = this.parens(i + 1);
      } else if (isWord(tok, 'VALUES')) {
        const block = this.t.findIndex((x, k) => k > i && isPunct(x, '{'));
        if (block < 0 || block > end) throw new NotCheap();
        i = closing(this.t, block) + 1;
        if (i <= 0) throw new NotCheap();
      } else i = this.triples(i, end);
    }
    return end + 1;
  }

  private expect(i: number, p: string): number {
    if (!isPunct(this.t[i], p)) throw new NotCheap();
    return i;
  }

  /** Index after a balanced `( … )` at `i`. */
  private parens(i: number): number {
    const end = closing(this.t, this.expect(i, '('));
    if (end < 0) throw new NotCheap();
    return end + 1;
  }

  /** FILTER's constraint: `( … )` or a function call `name( … )`. */
  private call(i: number): number {
    const tok = this.t[i];
    if (tok && (tok.kind === 'word' || tok.kind === 'pname' || tok.kind === 'iri')) return this.parens(i + 1);
    return this.parens(i);
  }

  /** Reads `subject verb objects (; verb objects)*` from `i`; returns the index after it. */
  private triples(i: number, end: number): number {
    const [subject, afterSubject] = this.term(i);
    i = afterSubject;
    for (;;) {
      if (i >= end || isPunct(this.t[i], '.')) return i;
      if (isPunct(this.t[i], ';')) { i++; continue; }
      const open = this.t[i]?.kind === 'var';
      i = open ? i + 1 : this.verb(i);
      for (;;) {
        const [object, next] = this.term(i);
        this.patterns.push({ vars: [subject, object].filter((v): v is string => v !== undefined), open, anchored: subject === undefined || object === undefined });
        i = next;
        if (!isPunct(this.t[i], ',')) break;
        i++;
      }
      if (isPunct(this.t[i], ';')) { i++; continue; }
      return i;
    }
  }

  /** A subject or object: its variable name (undefined for a fixed term) and the index after it. */
  private term(i: number): [string | undefined, number] {
    const tok = this.t[i];
    if (!tok) throw new NotCheap();
    if (tok.kind === 'var') return [tok.text.slice(1), i + 1];
    if (tok.kind === 'bnode') return [tok.text, i + 1];
    if (isPunct(tok, '[')) {
      if (!isPunct(this.t[i + 1], ']')) throw new NotCheap();
      return [`[]${this.anon++}`, i + 2];
    }
    if (tok.kind === 'iri' || tok.kind === 'pname' || tok.kind === 'number' || isWord(tok, 'TRUE', 'FALSE')) return [undefined, i + 1];
    if (tok.kind === 'string') {
      let j = i + 1;
      if (this.t[j]?.kind === 'lang') j++;
      else if (isPunct(this.t[j], '^^')) j += 2;
      return [undefined, j];
    }
    throw new NotCheap();
  }

  /** A fixed predicate or a path of fixed steps; returns the index after it. */
  private verb(i: number): number {
    for (;;) {
      if (isPunct(this.t[i], '^')) i++;
      const tok = this.t[i];
      if (!tok || !(tok.kind === 'iri' || tok.kind === 'pname' || (tok.kind === 'word' && tok.text === 'a'))) throw new NotCheap();
      i++;
      const next = this.t[i];
      if (isPunct(next, '*') || isPunct(next, '+') || isPunct(next, '?')) throw new NotCheap();
      if (isPunct(next, '/') || isPunct(next, '|')) { i++; continue; }
      return i;
    }
  }
}

/** Whether the patterns form one piece through shared variables (a pattern without variables is a lookup, joined to any). */
function connected(all: Pattern[]): boolean {
  const patterns = all.filter((p) => p.vars.length > 0);
  if (patterns.length <= 1) return true;
  const parent = patterns.map((_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)));
  const byVar = new Map<string, number>();
  patterns.forEach((p, k) => {
    for (const v of p.vars) {
      const seen = byVar.get(v);
      if (seen === undefined) byVar.set(v, k);
      else parent[find(k)] = find(seen);
    }
  });
  const root = find(0);
  return patterns.every((_, k) => find(k) === root);
}
