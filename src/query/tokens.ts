// A SPARQL tokenizer good enough to find a query's groups, its solution modifiers and its
// triple patterns (limit.ts, shape.ts). It never decides whether a query is valid: the engine
// does, and anything this reads differently only makes a query look less cheap.

export type TokenKind = 'iri' | 'string' | 'var' | 'bnode' | 'pname' | 'number' | 'word' | 'lang' | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Offset of the first character in the query text. */
  start: number;
  /** Offset just after the last character. */
  end: number;
}

const RULES: [TokenKind | 'skip', RegExp][] = [
  ['skip', /\s+|#[^\n]*/y],
  ['string', /"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/y],
  // an IRI holds no spaces, so `?x < 3 && ?y > 2` stays operators
  ['iri', /<[^<>"{}|^`\\\s]*>/y],
  ['var', /[?$][\p{L}\p{N}_\u00B7\u0300-\u036F\u203F-\u2040]+/uy],
  ['bnode', /_:[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_-])?/uy],
  ['pname', /(?:[\p{L}][\p{L}\p{N}_.-]*)?:(?:[\p{L}\p{N}_:%\\-](?:[\p{L}\p{N}_.:%\\-]*[\p{L}\p{N}_:%\\-])?)?/uy],
  ['number', /[+-]?(?:\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)/y],
  ['lang', /@[A-Za-z]+(?:-[A-Za-z0-9]+)*/y],
  ['word', /[A-Za-z_][A-Za-z0-9_]*/y],
  ['punct', /\^\^|&&|\|\||!=|<=|>=|[{}()[\].;,/|^*+?!=<>&-]/y],
];

/** The query's tokens, comments and white space left out; an unknown character is a one-character punct token. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  outer: while (i < text.length) {
    for (const [kind, re] of RULES) {
      re.lastIndex = i;
      const m = re.exec(text);
      if (!m || m[0].length === 0) continue;
      if (kind !== 'skip') out.push({ kind, text: m[0], start: i, end: i + m[0].length });
      i += m[0].length;
      continue outer;
    }
    out.push({ kind: 'punct', text: text[i]!, start: i, end: i + 1 });
    i++;
  }
  return out;
}

export const isWord = (t: Token | undefined, ...words: string[]): boolean =>
  t !== undefined && t.kind === 'word' && words.includes(t.text.toUpperCase());

export const isPunct = (t: Token | undefined, p: string): boolean => t !== undefined && t.kind === 'punct' && t.text === p;

/** Index of the token closing the bracket opened at `open` (`{`, `(` or `[`), or -1 when it is never closed. */
export function closing(tokens: Token[], open: number): number {
  const pairs: Record<string, string> = { '{': '}', '(': ')', '[': ']' };
  const stack: string[] = [];
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'punct') continue;
    if (pairs[t.text]) stack.push(pairs[t.text]!);
    else if (t.text === '}' || t.text === ')' || t.text === ']') {
      if (stack.pop() !== t.text) return -1;
      if (stack.length === 0) return i;
    }
  }
  return -1;
}
