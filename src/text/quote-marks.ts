// The marks that open and close quoted words in news prose (a straight double quote does both).
// Single quotes are no quotation by themselves: an apostrophe looks the same (statements/quote-spans.ts reads them).
export const OPEN: ReadonlySet<string> = new Set(['“', '"', '«']);
export const CLOSE: ReadonlySet<string> = new Set(['”', '"', '»']);
