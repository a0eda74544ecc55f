// Linguistic knowledge lives in data/lexicon/*.json; this module only loads and indexes it.
import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';

const table = <T>(name: string): T => JSON.parse(readFileSync(dataPath('lexicon', name), 'utf8')) as T;
const lowerSet = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));

type Typed = Record<string, string>;

/** The lines of a data/lexicon table that hold entries: not blank, not a # comment. */
function dataLines(name: string): string[] {
  return readFileSync(dataPath('lexicon', name), 'utf8').split('\n').filter((line) => line.trim() && !line.trim().startsWith('#'));
}

/** First column → second column, from a table of tab-separated lines (# comments). */
function roleTable(name: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of dataLines(name)) {
    const [lemma, role] = line.split('\t');
    out.set(lemma, role);
  }
  return out;
}

/** A name as office-holder keys are written: accents folded, lower case, no dots. */
export const nameKey = (text: string): string =>
  text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();

/** Each name of an organisation with other names (data/lexicon/organisation-aliases.tsv), as nameKey writes it → its line. */
function aliasTable(name: string): Map<string, number> {
  const out = new Map<string, number>();
  dataLines(name).forEach((line, k) => {
    for (const n of line.split('|')) out.set(nameKey(n), k);
  });
  return out;
}

/** Each name → the ISO code of the country it stands for (government-seats.tsv, national-bodies.tsv). */
function seatTable(name: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of dataLines(name)) {
    const [names, code] = line.split('\t');
    for (const n of names.split('|')) out.set(nameKey(n), code);
  }
  return out;
}

/** Each epithet as written → the ISO codes of the countries it may stand for (country-epithets.tsv). */
function epithetTable(name: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of dataLines(name)) {
    const [names, codes] = line.split('\t');
    for (const n of names.split('|')) out.set(n, codes.split(' '));
  }
  return out;
}

/** A well-known office holder: whom they serve (ISO codes or bodies, in order) and their offices. */
export interface OfficeHolder {
  serves: string[];
  /** Offices, lower case ("foreign minister", "defence minister"). */
  offices: string[];
}

/** Each spelling of an office holder's name → who they are (data/lexicon/office-holders.tsv). */
function officeHolderTable(name: string): Map<string, OfficeHolder> {
  const out = new Map<string, OfficeHolder>();
  for (const line of dataLines(name)) {
    const [names, serves, office = ''] = line.split('\t');
    const holder = { serves: serves.split('|'), offices: office.toLowerCase().split(/;\s*/).filter(Boolean) };
    for (const n of names.split('|')) out.set(nameKey(n), holder);
  }
  return out;
}

let suffixKeys: Set<string> | undefined;

/** The name suffixes of titles.json ("Jr.", "III") as nameKey writes them. */
const nameSuffixKeys = (): Set<string> => (suffixKeys ??= new Set([...lexicon().nameSuffixes].map(nameKey)));

/** The office holder a person's names point to; middle initials aside ("Steven T. Mnuchin"). */
export function officeHolder(table: Map<string, OfficeHolder>, names: readonly string[]): OfficeHolder | undefined {
  for (const n of names) {
    const key = nameKey(n);
    // ("Lloyd J. Austin III" is "Lloyd Austin": initials and name suffixes dropped)
    const found = table.get(key) ?? table.get(key.split(' ').filter((w) => w.length > 1 && !nameSuffixKeys().has(w)).join(' '));
    if (found) return found;
  }
  return undefined;
}

/** Lemma → its roles (a lemma may be both a measure noun and a verb), from a table of lemma <TAB> role lines. */
function rolesTable(name: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of dataLines(name)) {
    const [lemma, role] = line.split('\t');
    out.set(lemma, [...(out.get(lemma) ?? []), role]);
  }
  return out;
}

export interface StanceCue {
  polarity: 'Supports' | 'Opposes';
  /** 'obj', 'dobj', 'obl:P' (a verb's P-phrase), 'noun:P' (a noun's P-phrase) or 'adj:P' (an adjective's), see stances.tsv; 'to', 'to:P' or 'modal', see acts.tsv. */
  frame: string;
}

/** Whether the lemma is a stance cue as a verb (a frame of a verb's, not a noun's, adjective's or preposition's). */
export function isStanceVerb(lex: Pick<Lexicon, 'stanceCues'>, lemma: string): boolean {
  return lex.stanceCues.get(lemma)?.some((c) => !/^(?:noun|adj|pred)\b/.test(c.frame)) ?? false;
}

/** lemma → its stance frames, from lines of lemma, polarity, frame (tab-separated; # comments). */
function stanceTable(name: string): Map<string, StanceCue[]> {
  const out = new Map<string, StanceCue[]>();
  for (const line of dataLines(name)) {
    const [lemma, polarity, frame] = line.split('\t');
    if (polarity !== 'Supports' && polarity !== 'Opposes') throw new Error(`${name}: ${lemma}: polarity must be Supports or Opposes`);
    out.set(lemma, [...(out.get(lemma) ?? []), { polarity, frame }]);
  }
  return out;
}

/** A list of words, one per line (# comments); a trailing * marks a head word. */
function wordList(name: string): { words: Set<string>; heads: Set<string> } {
  const words = new Set<string>();
  const heads = new Set<string>();
  for (const line of dataLines(name)) {
    const w = line.trim();
    words.add(w.replace(/\*$/, ''));
    if (w.endsWith('*')) heads.add(w.slice(0, -1));
  }
  return { words, heads };
}

/** The groups of data/lexicon/cue-words.tsv: each is one list of cue words a rule of src/statements asks for by name. */
export const CUE_GROUPS = [
  'non-state-group',
  'envoy-noun',
  'document-noun',
  'summoning-verb',
  'refusing-verb',
  'refusing-noun',
  'judging-as-verb',
  'demand-noun',
  'asking-for-verb',
  'asking-to-undo-verb',
  'sanction-list-noun',
  'import-noun',
  'export-noun',
  'selling-word',
  'buying-word',
  'hosting-verb',
  'naming-verb',
  'evaluating-verb',
  'linking-verb',
  'hurting-verb',
  'saying-noun',
  'speaking-with-verb',
  'telling-verb',
  'talks-measure-noun',
  'pair-noun',
  'bilateral-noun',
  'talks-asked-for-verb',
  'talks-refused-verb',
  'describing-head',
  'container-noun',
  'defending-verb',
  'deadline-noun',
  'force-noun',
  'weighing-verb',
  'kind-noun',
  'fearing-word',
  'warning-verb',
  'retort-verb',
  'attempt-verb',
  'idiom-object',
  'circumstance-word',
  'entry-verb',
  'demanding-verb',
  'referring-noun',
  'given-noun',
  'voicing-verb',
  'victim-noun',
  'plan-noun',
  'decree-noun',
  'legislature-word',
  'place-noun',
  'elliptical-predicate',
  'regarding-verb',
  'informing-verb',
  'announcing-verb',
  'premises-noun',
  'angry-adverb',
  'provoking-verb',
  'referring-verb',
  'state-speaker-noun',
  'blaming-predicate',
  'hostile-act-verb',
  'pair-plural-noun',
  'pair-person-noun',
  'response-noun',
  'issuing-verb',
  'kin-noun',
  'tie-harming-verb',
  'tie-noun',
  'target-noun',
  'target-adjective',
  'becoming-verb',
  'content-noun',
  'bad-adjective',
  'coming-verb',
  'protest-noun',
  'culpability-noun',
  'else-adverb',
  'granting-verb',
  'blockable-noun',
  'noun-adjective',
  'voice-noun',
  'abstaining-verb',
  'ballot-noun',
  'motion-noun',
  'listing-word',
  'batch-noun',
] as const;

export type CueGroup = (typeof CUE_GROUPS)[number];

const isCueGroup = (g: string): g is CueGroup => (CUE_GROUPS as readonly string[]).includes(g);

/**
 * The words of each cue group, from the text of a table of `group <TAB> word [<TAB> # comment]` lines (# comments).
 * A malformed line, an unknown group, a word twice in a group or a group without words is an error naming the file
 * (and the line).
 */
export function parseCueWords(text: string, file: string): ReadonlyMap<CueGroup, ReadonlySet<string>> {
  const out = new Map<CueGroup, Set<string>>(CUE_GROUPS.map((g) => [g, new Set<string>()]));
  text.split('\n').forEach((raw, k) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.trim().startsWith('#')) return;
    const fail = (why: string): never => {
      throw new Error(`${file}:${k + 1}: ${why}: ${JSON.stringify(line)}`);
    };
    const [group, word, comment, ...rest] = line.split('\t');
    if (word === undefined || rest.length || (comment !== undefined && !comment.startsWith('#'))) fail('expected group <TAB> word [<TAB> # comment]');
    if (!isCueGroup(group)) return fail(`unknown group "${group}" (src/lexicon/index.ts CUE_GROUPS lists the known ones)`);
    if (!/^\S+$/.test(word) || word !== word.toLowerCase()) fail(`"${word}" is not one lower-case word`);
    const words = out.get(group);
    if (!words || words.has(word)) return fail(`"${word}" is twice in ${group}`);
    words.add(word);
  });
  const empty = CUE_GROUPS.filter((g) => !out.get(g)?.size);
  if (empty.length) throw new Error(`${file}: no words for ${empty.join(', ')}`);
  return out;
}

export interface Lexicon {
  /** State or province → the country code it is in ("California" → "US"; data/lexicon/subdivisions.tsv). */
  subdivisions: Map<string, string>;
  /** An organisation's name (nameKey) → which organisation of organisation-aliases.tsv it names. */
  organisationAliases: Map<string, number>;
  /** Sanction cue lemma → roles: measure, impose, undo, sanction (data/lexicon/sanctions.tsv). */
  sanctionLemmas: Map<string, string[]>;
  /** A public office holder's name (as nameKey writes it) → ISO country codes or organisation names they serve. */
  officeHolders: Map<string, OfficeHolder>;
  /** Seat of government name (nameKey) → the ISO code of its country ("Kremlin" → "ru"). */
  governmentSeats: Map<string, string>;
  /** A region's word for its countries ("North American", "Gulf") → their ISO codes, lower case (country-epithets.tsv). */
  countryEpithets: Map<string, string[]>;
  /** Generic-looking names of one country's body ("State Department" → us): data/lexicon/national-bodies.tsv. */
  nationalBodies: Map<string, string>;
  /** Words of organisation names that name no one in particular ("Foreign Ministry"); heads marked (data/lexicon/generic-organisation-words.txt). */
  genericOrganisationWords: { words: Set<string>; heads: Set<string> };
  /** Family names that open names written family name first (family-names-first.txt), lower case. */
  familyNamesFirst: Set<string>;
  /** Threat lemmas and their role: cue, consequence, suffering, condition, no-action (data/lexicon/threats.tsv). */
  threatLemmas: Map<string, string>;
  /** Stance cue lemmas, each with its polarity and where its topic is (data/lexicon/stances.tsv). */
  stanceCues: Map<string, StanceCue[]>;
  /** Stance cues whose topic is an act: a to-infinitive or the verb a modal serves (data/lexicon/acts.tsv). */
  actCues: Map<string, StanceCue[]>;
  /** Irregular verb forms → lemma, for forms the treebank's lemma table lacks (data/lexicon/irregular-verbs.tsv). */
  irregularVerbs: Record<string, string>;
  /** Titles, lower case, → the office they name; titles of one office name it in other words (data/lexicon/offices.tsv). */
  offices: Map<string, string>;
  abbreviations: Set<string>;
  speechVerbs: Set<string>;
  speechNounCues: string[];
  /** Titles written before names, longest first, as token arrays. */
  titles: string[][];
  honorifics: Set<string>;
  /** Honorifics and titles that tell a person's gender ("Mrs." → feminine). */
  gendered: Map<string, 'masculine' | 'feminine'>;
  /** Words that end a person's name and never are one: "Jr.", "III". */
  nameSuffixes: Set<string>;
  roleHeads: Set<string>;
  agentAffiliationHeads: Set<string>;
  /** "the Saudi delegation", "American policymakers": after a demonym, the country acts. */
  groupAgentNouns: Set<string>;
  /** Plural nouns for people ("individuals"): never goods. */
  peopleNouns: Set<string>;
  /** "Finance Minister Aiko Shimizu": offices of a national government. */
  governmentHeads: Set<string>;
  /** Titles of whoever leads a country ("the Russian leader" is its president): roles.json leaderTitles. */
  leaderTitles: Set<string>;
  /** "who chairs the group", "who it said manages Sahel Crest": verb → job title of the person, whose affiliation is the object. */
  affiliationVerbs: Map<string, string>;
  /** "an Indian national": heads that say where someone is from, not what they do. */
  nationalityHeads: Set<string>;
  orgSuffixes: Map<string, string>;
  orgHeads: Map<string, string>;
  institutions: Map<string, string>;
  /** "the company", "the ministry": nouns that refer back to an organisation (or, for "government", a country), with the word or subtype that matches it. */
  orgDescriptionNouns: Map<string, string>;
  /** Names of blocs of states ("EU", "ASEAN"), which "the bloc" can stand for (organizations.json). */
  blocs: Set<string>;
  /** Lowercase nouns that, right before a name, make it an organisation ("the carmaker Toyota", "think tank Ember"). */
  nounsBeforeOrgNames: Set<string>;
  /** Last words of names that are neither people, places nor organisations (laws, treaties, events). */
  miscSuffixes: Set<string>;
  media: Set<string>;
  nameConnectors: Set<string>;
  placeSuffixes: Map<string, string>;
  placeHeads: Map<string, string>;
  regions: Map<string, string>;
  locativePrepositions: Set<string>;
  /** "Brussels" acting stands for the European Union, not Belgium. */
  seatsOfOrganisations: Map<string, string>;
  /** "the town of X", "X, a port": nouns that make an unknown name a city. */
  settlementNouns: Set<string>;
  regionNouns: Set<string>;
  /** "Route 23", "Block 4": a word that names a place with the number after it. */
  numberedHeads: Set<string>;
  calendar: Set<string>;
  notNames: Set<string>;
  numberedParts: Set<string>;
  pronouns: { person: Set<string>; masculine: Set<string>; feminine: Set<string>; group: Set<string>; speaker: Set<string> };
  determiners: Set<string>;
  statements: StatementCues;
  /** The cue words of one group of data/lexicon/cue-words.tsv ("naming-verb", "deadline-noun"), lower case. */
  cueWords: (group: CueGroup) => ReadonlySet<string>;
  money: { scales: Record<string, number>; symbols: Record<string, string>; words: Record<string, string>; cardinals: Record<string, number> };
}

export interface StatementCues {
  /** Judging words and phrases (evaluations.ts), topics too vague to keep, and verbs that undo what they take (acts.ts). */
  stance: { subjectSupports: string[]; subjectOpposes: string[]; passiveSupports: string[]; passiveOpposes: string[]; undoingVerbs: string[]; vagueTopics: string[]; claimNouns: string[] };
  meeting: { verbs: string[]; pairCues: string[]; indirect: string[]; mediation: string[]; holdVerbs: string[]; groupNouns: string[] };
  sanction: { measures: string[]; targetCues: string[]; verbs: string[]; targetVerbs: string[]; freezeVerbs: string[]; sufferVerbs: string[]; listVerbs: string[] };
  trade: { exportWords: string[]; importWords: string[]; tradeWords: string[]; sourceCues: string[] };
  factuality: { reported: string[]; hedged: string[]; denied: string[] };
}

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const speech = table<{ verbs: string[]; nounCues: string[] }>('speech-verbs.json');
  const titles = table<{ titles: string[]; honorifics: string[]; nameSuffixes: string[]; gendered: Record<'masculine' | 'feminine', string[]> }>('titles.json');
  const roles = table<{ heads: string[]; agentAffiliationHeads: string[]; nationalityHeads: string[]; groupAgentNouns: string[]; peopleNouns: string[]; governmentHeads: string[]; affiliationVerbs: Typed; leaderTitles: string[] }>('roles.json');
  const orgs = table<{ suffixes: Typed; heads: Typed; institutions: Typed; media: string[]; connectors: string[]; miscSuffixes: string[]; descriptionNouns: Typed; nounsBeforeNames: string[]; blocs: string[] }>('organizations.json');
  const places = table<{ suffixes: Typed; heads: Typed; regions: Typed; locativePrepositions: string[]; seatsOfOrganisations: Typed; settlementNouns: string[]; regionNouns: string[]; numberedHeads: string[] }>('places.json');
  const words = table<{ calendar: string[]; notNames: string[]; numberedParts: string[]; pronouns: Record<'person' | 'masculine' | 'feminine' | 'group' | 'speaker', string[]>; determiners: string[] }>('words.json');
  const cueWords = parseCueWords(readFileSync(dataPath('lexicon', 'cue-words.tsv'), 'utf8'), 'data/lexicon/cue-words.tsv');
  cached = {
    abbreviations: new Set(table<{ abbreviations: string[] }>('abbreviations.json').abbreviations),
    speechVerbs: lowerSet(speech.verbs),
    speechNounCues: speech.nounCues,
    titles: [...titles.titles, ...titles.honorifics].map((t) => t.split(' ')).sort((a, b) => b.length - a.length),
    honorifics: new Set(titles.honorifics),
    gendered: new Map((['masculine', 'feminine'] as const).flatMap((g) => titles.gendered[g].map((t) => [t, g] as const))),
    nameSuffixes: new Set(titles.nameSuffixes),
    roleHeads: lowerSet(roles.heads),
    agentAffiliationHeads: lowerSet(roles.agentAffiliationHeads),
    groupAgentNouns: lowerSet(roles.groupAgentNouns),
    peopleNouns: lowerSet(roles.peopleNouns),
    governmentHeads: lowerSet(roles.governmentHeads),
    leaderTitles: lowerSet(roles.leaderTitles),
    affiliationVerbs: new Map(Object.entries(roles.affiliationVerbs)),
    nationalityHeads: lowerSet(roles.nationalityHeads),
    orgSuffixes: new Map(Object.entries(orgs.suffixes)),
    orgHeads: new Map(Object.entries(orgs.heads)),
    institutions: new Map(Object.entries(orgs.institutions)),
    orgDescriptionNouns: new Map(Object.entries(orgs.descriptionNouns)),
    blocs: new Set(orgs.blocs),
    nounsBeforeOrgNames: new Set(orgs.nounsBeforeNames),
    miscSuffixes: new Set(orgs.miscSuffixes),
    media: new Set(orgs.media),
    nameConnectors: new Set(orgs.connectors),
    placeSuffixes: new Map(Object.entries(places.suffixes)),
    placeHeads: new Map(Object.entries(places.heads)),
    regions: new Map(Object.entries(places.regions)),
    locativePrepositions: lowerSet(places.locativePrepositions),
    seatsOfOrganisations: new Map(Object.entries(places.seatsOfOrganisations)),
    settlementNouns: lowerSet(places.settlementNouns),
    regionNouns: new Set(places.regionNouns),
    numberedHeads: new Set(places.numberedHeads),
    calendar: new Set(words.calendar),
    notNames: new Set(words.notNames),
    numberedParts: new Set(words.numberedParts),
    pronouns: {
      person: lowerSet(words.pronouns.person),
      masculine: lowerSet(words.pronouns.masculine),
      feminine: lowerSet(words.pronouns.feminine),
      group: lowerSet(words.pronouns.group),
      speaker: lowerSet(words.pronouns.speaker),
    },
    determiners: lowerSet(words.determiners),
    statements: table<StatementCues>('statements.json'),
    cueWords: (group) => {
      const words = cueWords.get(group);
      if (!words) throw new Error(`data/lexicon/cue-words.tsv: no group ${group}`);
      return words;
    },
    threatLemmas: roleTable('threats.tsv'),
    stanceCues: stanceTable('stances.tsv'),
    actCues: stanceTable('acts.tsv'),
    irregularVerbs: Object.fromEntries(roleTable('irregular-verbs.tsv')),
    offices: roleTable('offices.tsv'),
    genericOrganisationWords: wordList('generic-organisation-words.txt'),
    familyNamesFirst: wordList('family-names-first.txt').words,
    subdivisions: roleTable('subdivisions.tsv'),
    officeHolders: officeHolderTable('office-holders.tsv'),
    governmentSeats: seatTable('government-seats.tsv'),
    countryEpithets: epithetTable('country-epithets.tsv'),
    nationalBodies: seatTable('national-bodies.tsv'),
    sanctionLemmas: rolesTable('sanctions.tsv'),
    organisationAliases: aliasTable('organisation-aliases.tsv'),
    money: table('numbers.json'),
  };
  return cached;
}
