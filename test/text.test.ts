// Stage 1: where sentences end and which lines are tables, one line per case.
import { describe, expect, it } from 'vitest';
import { segment } from '../src/text/index.js';

function lines(text: string) {
  const doc = segment({ id: 't', source: 't.txt', format: 'text', text, bodyStart: 0 });
  return doc.sentences.map((s) => ({ text: text.slice(s.start, s.end), tabular: s.tabular }));
}

describe('sentences', () => {
  const shouldSplit = (text: string, ...expected: string[]) =>
    it(`${JSON.stringify(text)} → ${expected.length} sentence(s)`, () => expect(lines(text).map((s) => s.text)).toEqual(expected));
  shouldSplit('Somerset made 174 (P. Simmons 4-38).', 'Somerset made 174 (P. Simmons 4-38).');
  shouldSplit('George W. Bush spoke.', 'George W. Bush spoke.');
  shouldSplit('They chose Plan B. The rest followed.', 'They chose Plan B.', 'The rest followed.');
  shouldSplit('He flew to the U.S. The talks began.', 'He flew to the U.S.', 'The talks began.');
  shouldSplit('She would keep ties with the U.S. “If we split, our foes win,” she said.', 'She would keep ties with the U.S.', '“If we split, our foes win,” she said.');
  shouldSplit('7. Frank Busemann (Germany) 13.58', '7. Frank Busemann (Germany) 13.58');
  shouldSplit('Prices fell 7. Traders sold.', 'Prices fell 7.', 'Traders sold.');
  shouldSplit('"We will fight back," the ministry said. "We have no choice."', '"We will fight back," the ministry said.', '"We have no choice."');
  shouldSplit('She said: "It is over." Then she left.', 'She said: "It is over."', 'Then she left.');
  // a press release's dateline, a city and a state's initials, is a sentence of its own
  shouldSplit('Washington, DC – The agency released the following statement.', 'Washington, DC –', 'The agency released the following statement.');
  // a place and an agency's credit in brackets, with no dash after it
  shouldSplit('Lima, (XNA - Wire Service / Daily News - 2nd Jan, 2024) Peru vowed on Tuesday to defend its border.', 'Lima, (XNA - Wire Service / Daily News - 2nd Jan, 2024)', 'Peru vowed on Tuesday to defend its border.');
  shouldSplit('Ana Ruiz, (the minister) said the talks failed.', 'Ana Ruiz, (the minister) said the talks failed.');
  // a place set off by a bar
  shouldSplit('Canberra | Peru has suspended all naval visits by the US.', 'Canberra |', 'Peru has suspended all naval visits by the US.');
  // two hyphens for the dash
  shouldSplit('Tegucigalpa, August 29 (XNA)-- Honduran President Ana Ruiz has ordered the end of a treaty.', 'Tegucigalpa, August 29 (XNA)--', 'Honduran President Ana Ruiz has ordered the end of a treaty.');
});

describe('table lines', () => {
  const table = (text: string, ...expected: boolean[]) =>
    it(`${JSON.stringify(text.slice(0, 60))}… → ${expected.map((t) => (t ? 'T' : '-')).join('')}`, () => expect(lines(text).map((s) => s.tabular)).toEqual(expected));
  // results under subheads: every line of the run is a table line
  table('Results on Friday:\nWomen\'s singles\nAna Ruiz (Spain) beat Lea Roth (Austria) 6-3 6-4\nMen\'s singles\nTom Hale (Britain) beat Ivo Kral (Czech Republic) 7-5 6-2', false, true, true, true, true);
  // a dateline right above the results is still a dateline
  table('Tennis results.\nLONDON 1996-08-30\nTim Hale (Britain) beat Ivo Kral (Czech Republic) 6-3 6-2\nAna Ruiz (Spain) beat Lea Roth (Austria) 6-3 6-4', false, false, true, true);
  // a heading with a number between prose paragraphs is a heading, not a table
  table('Officials met on Friday.\nThe 2026 budget\nThe minister spoke for an hour.', false, false, false);
  // one numbered line alone is no table
  table('The count went on.\nTurnout 61 percent\nNobody disputed it.', false, false, false);
});

describe('tokens', () => {
  const shouldTokenize = (text: string, ...expected: string[]) =>
    it(`${JSON.stringify(text)} → ${expected.join(' | ')}`, () => {
      const doc = segment({ id: 't', source: 't.txt', format: 'text', text, bodyStart: 0 });
      expect(doc.tokens.map((t) => t.text)).toEqual(expected);
    });
  // a non-breaking hyphen (U+2011) joins a word as a plain one does
  shouldTokenize('The Co\u2011Chairs met.', 'The', 'Co\u2011Chairs', 'met', '.');
  shouldTokenize('The Co-Chairs met.', 'The', 'Co-Chairs', 'met', '.');
});
