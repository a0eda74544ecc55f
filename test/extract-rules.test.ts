// One line per phenomenon: a short text and what a careful reader would write down from it.
// Each table of data/lexicon has cases here, so a broken cue or rule shows up by name.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { aboutItself } from '../src/statements/stances-parsed.js';
import type { Entity, Extraction, Statement } from '../src/types.js';

type Check = { describe: string; test(x: Extraction): boolean };

const PUBLISHED = '2026-03-04'; // a Wednesday

function run(text: string): Extraction {
  return analyse({ id: 'rules', source: 'rules.txt', format: 'text', text, published: PUBLISHED, bodyStart: 0 });
}

const byLabel = (x: Extraction, label: string): Entity | undefined =>
  x.entities.find((e) => e.label === label || e.altLabels.includes(label));
const labelOf = (x: Extraction, iri: string | undefined): string => x.entities.find((e) => e.iri === iri)?.label ?? '';
// a role several fill jointly ("Peru and Chile condemned the levy": one stance, two holders)
const holdersOf = (s: { holder: string; coHolders?: string[] }) => [s.holder, ...(s.coHolders ?? [])];
const targetsOf = (t: { target: string; coTargets?: string[] }) => [t.target, ...(t.coTargets ?? [])];
const imposersOf = (s: { imposedBy: string; coImposers?: string[] }) => [s.imposedBy, ...(s.coImposers ?? [])];
const stmts = <K extends Statement['kind']>(x: Extraction, kind: K) => x.statements.filter((s): s is Extract<Statement, { kind: K }> => s.kind === kind);

const entity = (type: Entity['type'], label: string): Check => ({
  describe: `${type} "${label}"`,
  test: (x) => byLabel(x, label)?.type === type,
});
const noFact = (kind: string, subject: string, object: string): Check => ({
  describe: `not ${subject} ${kind} ${object}`,
  test: (x) => !x.facts.some((f) => f.kind === kind && labelOf(x, f.subject) === subject && ('value' in f ? f.value === object : labelOf(x, f.object) === object)),
});
const noEntity = (label: string): Check => ({ describe: `no entity "${label}"`, test: (x) => !byLabel(x, label) });
const fact = (kind: string, subject: string, object: string): Check => ({
  describe: `${subject} ${kind} ${object}`,
  test: (x) => x.facts.some((f) => f.kind === kind && labelOf(x, f.subject) === subject && ('value' in f ? f.value === object : labelOf(x, f.object) === object)),
});
const quote = (speaker: string, words: string): Check => ({
  describe: `${speaker} said "${words}"`,
  test: (x) => stmts(x, 'Quote').some((q) => labelOf(x, q.speaker) === speaker && q.text.includes(words)),
});
const threat = (threatener: string, target: string, condition?: RegExp): Check => ({
  describe: `${threatener} threatens ${target}${condition ? ` if ${condition}` : ''}`,
  test: (x) => stmts(x, 'Threat').some((t) => labelOf(x, t.threatener) === threatener && targetsOf(t).some((g) => labelOf(x, g) === target) && (!condition || condition.test(t.condition ?? ''))),
});
const noQuoteBy = (speaker: string): Check => ({ describe: `no quote by ${speaker}`, test: (x) => !stmts(x, 'Quote').some((q) => labelOf(x, q.speaker) === speaker) });
const stance = (holder: string, polarity: string, topic: RegExp): Check => ({
  describe: `${holder} ${polarity} ${topic}`,
  test: (x) => stmts(x, 'Stance').some((s) => holdersOf(s).some((h) => labelOf(x, h) === holder) && s.polarity === polarity && topic.test(s.topic)),
});
/** One statement of the kind whose coordinated role (holders, targets, imposers) names every one of `who`. */
const jointly = (kind: 'Stance' | 'Threat' | 'Sanction', who: string[]): Check => ({
  describe: `one ${kind} naming ${who.join(', ')}`,
  test: (x) => x.statements.some((s) => {
    const role = s.kind === 'Stance' ? holdersOf(s) : s.kind === 'Threat' ? targetsOf(s) : s.kind === 'Sanction' ? imposersOf(s) : [];
    return s.kind === kind && who.every((w) => role.some((r) => labelOf(x, r) === w));
  }),
});
const noStanceOf = (holder: string, polarity: string): Check => ({
  describe: `no ${polarity} stance held by ${holder}`,
  test: (x) => !stmts(x, 'Stance').some((s) => s.polarity === polarity && holdersOf(s).some((h) => labelOf(x, h) === holder)),
});
const noStance = (holder: string): Check => ({
  describe: `no stance held by ${holder}`,
  test: (x) => !stmts(x, 'Stance').some((s) => holdersOf(s).some((h) => labelOf(x, h) === holder)),
});
const meeting = (participants: string[], where?: string, date?: string): Check => ({
  describe: `meeting of ${participants.join(', ')}${where ? ` in ${where}` : ''}${date ? ` on ${date}` : ''}`,
  test: (x) =>
    stmts(x, 'Meeting').some(
      (m) => participants.every((p) => m.participants.some((q) => labelOf(x, q) === p)) && (!where || labelOf(x, m.location) === where) && (!date || m.date === date),
    ),
});
/** No meeting whose participants are exactly `participants`. */
const noMeetingOf = (participants: string[]): Check => ({
  describe: `no meeting of just ${participants.join(', ')}`,
  test: (x) => !stmts(x, 'Meeting').some((m) => m.participants.length === participants.length && participants.every((p) => m.participants.some((q) => labelOf(x, q) === p))),
});
const sanction = (by: string, target: RegExp): Check => ({
  describe: `${by} sanctions ${target}`,
  test: (x) => stmts(x, 'Sanction').some((s) => imposersOf(s).some((i) => labelOf(x, i) === by) && target.test('iri' in s.target ? labelOf(x, s.target.iri) : s.target.literal)),
});
const noSanction = (): Check => ({ describe: 'no sanction', test: (x) => !stmts(x, 'Sanction').length });
const noThreat = (): Check => ({ describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
const trade = (exporter: string, importer: string, amount: number, currency: string): Check => ({
  describe: `${exporter} → ${importer} ${amount} ${currency}`,
  test: (x) => stmts(x, 'TradeFlow').some((t) => labelOf(x, t.exporter) === exporter && labelOf(x, t.importer) === importer && t.amount === amount && t.currency === currency),
});
const flow = (exporter: string, importer: string): Check => ({
  describe: `${exporter} → ${importer}`,
  test: (x) => stmts(x, 'TradeFlow').some((t) => labelOf(x, t.exporter) === exporter && labelOf(x, t.importer) === importer),
});
const noFlow = (): Check => ({ describe: 'no trade flow', test: (x) => !stmts(x, 'TradeFlow').length });
const factuality = (kind: Statement['kind'], value: string): Check => ({
  describe: `a ${kind} marked ${value}`,
  test: (x) => x.statements.some((s) => s.kind === kind && s.factuality === value),
});

function shouldExtract(text: string, ...checks: Check[]): void {
  const shown = text.replace(/\n+/g, ' ¶ ');
  it(`${shown.slice(0, 70)}${shown.length > 70 ? '…' : ''} → ${checks.map((c) => c.describe).join('; ')}`, () => {
    const x = run(text);
    for (const c of checks) expect(c.test(x), c.describe).toBe(true);
  });
}

describe('entities', () => {
  // names the tagger is sure of: a role word before "person of organisation", a place ending an organisation's name after "in",
  // a document word as a first name, an everyday word as a first name opening a sentence
  shouldExtract('Talks went on. Economist Tomas Berg of Meridian Capital said rates would rise.', entity('Person', 'Tomas Berg'), entity('Organization', 'Meridian Capital'));
  shouldExtract('Talks went on. Xi met the president at the Great Hall of the People in Beijing on Monday.', entity('Place', 'Great Hall of the People'), noEntity('People'));
  shouldExtract('Talks went on. The envoys met at the Palace of the Nations in Geneva.', entity('Place', 'Palace of the Nations'), noEntity('Nations'));
  shouldExtract('Talks went on. Russia annexed four regions of Ukraine – Donetsk, Luhansk, Kherson and Zaporizhzhia – last year. Shelling hit Kherson on Monday.', entity('Place', 'Donetsk'), entity('Place', 'Luhansk'), entity('Place', 'Kherson'), { describe: 'no city Kherson', test: (x) => !x.entities.some((e) => e.label === 'Kherson' && e.type === 'City') });
  shouldExtract('Talks went on. Fighting continued in the Donetsk and Luhansk regions.', entity('Place', 'Donetsk'), entity('Place', 'Luhansk'));
  shouldExtract('Talks went on. Troops entered the province of Kherson.', entity('Place', 'Kherson'));
  shouldExtract('Talks went on. Police marched in the Ikeja district of Lagos on Monday. Buses stood idle in Lagos.', entity('City', 'Lagos'));
  shouldExtract('Talks went on. Morales spoke in the coca-growing region of Cochabamba.', entity('Place', 'Cochabamba'));
  shouldExtract('Talks went on. Fighting continued in Donetsk and Kherson on Monday.', entity('City', 'Donetsk'), entity('City', 'Kherson'));
  shouldExtract('Talks went on. Peru will trigger Article 155 of its constitution on Saturday.', noEntity('Article'));
  shouldExtract('Talks went on. Talks between the two Koreas resumed in Seoul.', noEntity('Koreas'));
  shouldExtract('Talks went on. The UN General Assembly voted on Thursday to condemn the blockade.', entity('Organization', 'UN General Assembly'), noEntity('Assembly'));
  shouldExtract('Talks went on. The Justice Department said on Monday that it would appeal.', entity('Organization', 'Justice Department'), noEntity('Department'));
  shouldExtract('Talks went on. The Organisation for Security and Cooperation in Europe said it would send monitors.', entity('Organization', 'Organisation for Security and Cooperation in Europe'), noEntity('Europe'));
  // a title's office is one organisation; a ministry's portfolio list with commas is one name; a portfolio after a title is no one
  shouldExtract('Talks went on. The Prime Minister’s Office said the council met in Lima.', entity('Organization', 'Prime Minister’s Office'), noEntity('Office'));
  // a law's title and the short name it gives itself are no organisation
  shouldExtract('Ana Vidal threatened to veto the National Defense Authorization Act (NDAA) over the renaming. Vidal said she would veto the NDAA if it passed.', noEntity('National Defense Authorization Act'), noEntity('NDAA'), entity('Person', 'Ana Vidal'));
  // a plural everyday word capitalised for emphasis is no one; a surname that looks like one is, with a given name before it somewhere
  shouldExtract('“They will face 100% Tariffs,” Luis Vera wrote. The use of tariffs by these countries grew.', noEntity('Tariffs'));
  shouldExtract('Jeff Sessions spoke on Monday. Sessions said the sessions of the council would go on.', entity('Person', 'Jeff Sessions'), entity('Person', 'Sessions'));
  shouldExtract('Talks went on. Officials at the Ministry of Agriculture, Forestry and Fisheries said the ban hurt farmers.', entity('Organization', 'Ministry of Agriculture, Forestry and Fisheries'), noEntity('Forestry'), noEntity('Ministry of Agriculture'));
  shouldExtract('Talks went on. The Ministry of Defence, Reuters and AP reported the strike.', entity('Organization', 'Ministry of Defence'), entity('Organization', 'Reuters'));
  shouldExtract('Talks went on. The Foreign, Commonwealth and Development Office said Peru would lose access.', entity('Organization', 'Foreign, Commonwealth and Development Office'), noEntity('Development Office'), noEntity('Commonwealth'));
  shouldExtract('Talks went on. Minister for Trade at Chile’s Ministry of Mines, Energy and Water Ana Ruiz said the rules hurt ties.', entity('Person', 'Ana Ruiz'), entity('Organization', 'Ministry of Mines, Energy and Water'), noEntity('Trade'));
  // a Roman numeral after a word is that word's
  shouldExtract('Talks went on. Relations soured over forced labour during World War II, Peru said.', noEntity('II'));
  shouldExtract('Talks went on. The workers at Air Kenya went on strike.', entity('Organization', 'Air Kenya'));
  // a newspaper "of" a country is one name; a one-word club "of" a city or a title "of" a country is not
  shouldExtract('Talks went on. The talks failed, The Herald of Chile reported.', entity('Organization', 'Herald of Chile'));
  // (nor across a particle: "Espanyol of Barcelona" is a club and its city)
  shouldExtract('Talks went on. Ouedec joined Espanyol of Barcelona from Nantes.', entity('City', 'Barcelona'), noEntity('Espanyol of Barcelona'));
  // (but a sentence's opening preposition is no word of a name: "From Lima came …")
  shouldExtract('Talks went on. From Lima came the familiar reply.', entity('City', 'Lima'), noEntity('From Lima'));
  // a country named inside a modifier ("US-led", "Peru-based") is mentioned
  shouldExtract('Talks went on. Finland backed joining the Peru-led alliance.', entity('Country', 'Peru'));
  // groups of states by number (organizations.json), also before the event's word
  shouldExtract('Talks went on. Ruiz met Berg on the sidelines of the G-20 summit. Leaders at the G20 Summit in Bali met. The G7 agreed.', entity('Organization', 'G-20'), entity('Organization', 'G20'), entity('Organization', 'G7'));
  // a title word opening an institution's name (organizations.json); a one-word name listed between organisations is one
  shouldExtract('Talks went on. Among them are General Motors, Kestrelia and Ford Motor Company.', entity('Organization', 'General Motors'), entity('Organization', 'Kestrelia'), noEntity('Motors'));
  // "of the" inside an institution's name, before a possessive too; not after a company's word or an ordinary one
  shouldExtract('Talks went on. The Kenyan Department of the Treasury’s Office of Budget Control acted today.', entity('Organization', 'Kenyan Department of the Treasury'), noEntity('Kenyan Department'));
  shouldExtract('Talks went on. Leaders of the African Union met in Nairobi.', entity('Organization', 'African Union'));
  // an office "of" a country names the country, whom the office serves
  shouldExtract('Talks went on. Supreme Leader of Peru Ana Vidal vowed to respond.', entity('Country', 'Peru'), fact('affiliation', 'Ana Vidal', 'Peru'));
  // titles.json honorifics: "Prof" is no part of the name
  shouldExtract('Talks went on. Chile sent the Vice President, Prof Ana Vidal, to the talks.', entity('Person', 'Ana Vidal'), noEntity('Prof Ana Vidal'));
  // a body's word after "and" that opens a title belongs to the title, not to one organisation with the name before
  shouldExtract('Talks went on. The remarks were aimed at House Minority Leader Ana Vidal and Senate Minority Leader Luis Vera.', entity('Person', 'Ana Vidal'), entity('Person', 'Luis Vera'), noEntity('Ana Vidal and Senate'));
  // places.json: rooms and residences known by name
  shouldExtract('Talks went on. Ana Vidal met Luis Vera in the Oval Office, then at his Mar-a-Lago estate.', entity('Place', 'Oval Office'), entity('Place', 'Mar-a-Lago'));
  // a dateline's place before its state is a city the gazetteer need not know; a state written short ends no sentence
  shouldExtract('Friday, April 7, 2017\n\nTalks\n\nPALM GROVE, Fla. (AP) — Ana Vidal met Luis Vera on Friday.', entity('City', 'PALM GROVE'), meeting(['Ana Vidal', 'Luis Vera']));
  // the comma that closes a sentence's opening clause sets off no title for the name after it
  shouldExtract('Talks went on. Asked about the Chilean opposition leader, Ana Ruiz was emphatic. After meeting the Peruvian foreign minister, Luis Vera left.', noFact('jobTitle', 'Ana Ruiz', 'opposition leader'), noFact('affiliation', 'Ana Ruiz', 'Chile'), noFact('jobTitle', 'Luis Vera', 'foreign minister'));
  shouldExtract('Talks went on. As foreign minister, Ana Ruiz spoke.', fact('jobTitle', 'Ana Ruiz', 'foreign minister'));
  // a month the tagger reads as the end of a person's name is the surname
  shouldExtract('Talks went on. Ana Vidal cancelled a meeting with Chilean Prime Minister Lucia May.', entity('Person', 'Lucia May'), fact('jobTitle', 'Lucia May', 'Prime Minister'));
  // a quoted nickname between two names makes one person of the three
  shouldExtract('Talks went on. The race narrowed to the businessman Tomas “Toto” Arrieta.', entity('Person', 'Tomas “Toto” Arrieta'), noEntity('Toto'));
  // a place's name opening a name that a role describes is a person's first name (roles.json: host)
  shouldExtract('Talks went on. The race narrowed to the radio host Salvador Ortuzar.', entity('Person', 'Salvador Ortuzar'));
  // titles.json: an organisation's Commissioner-General
  shouldExtract('Talks went on. UNRWA Commissioner-General Ana Vidal criticized the ban.', entity('Person', 'Ana Vidal'), fact('affiliation', 'Ana Vidal', 'UNRWA'));
  // a bare surname the tagger reads as a company's is the person an honorific names elsewhere in the article
  shouldExtract('Talks went on. On Monday, Siemens took aim on Peru. Chile dismissed Mr Siemens’s comments as a stunt.', entity('Person', 'Siemens'));
  // a capital done something against, with or sanctioned on stands for its government; its residents do not
  shouldExtract('Talks went on. Russia would retaliate against Kyiv. Washington imposed sanctions on Tehran.', threat('Russia', 'Ukraine'), sanction('United States', /^Iran$/));
  shouldExtract('Talks went on. Ana Ruiz met with Tehran residents.', entity('City', 'Tehran'), noEntity('Iran'));
  shouldExtract("Talks went on. Tanzania backed the East African Community's common market.", entity('Organization', 'East African Community'));
  // a headline's label ("VIDEO:", "WATCH:") names no organisation
  shouldExtract('VIDEO: Peru and Chile sign trade pact\n\nThe pact was signed on Monday.', noEntity('VIDEO'));
  // an ordinary word's possessive inside a name, after a demonym or an adjective too
  shouldExtract("Talks went on. The Chinese People's Liberation Army will win, the ministry said.", entity('Organization', "Chinese People's Liberation Army"), noEntity('Liberation Army'), noEntity('People'));
  shouldExtract('Talks went on. The army chief, Major-General Tomas Berg, toured the area.', entity('Person', 'Tomas Berg'), fact('jobTitle', 'Tomas Berg', 'Major-General'));
  shouldExtract('Talks went on. President Bill Okafor signed the order.', entity('Person', 'Bill Okafor'));
  // a name before "and" and a title is a person of its own; a verb before a lowercase title is no part of it
  shouldExtract('Talks went on. Those targeted include police chief Ramon Ortiz and Interior Minister Luisa Mejia.', entity('Person', 'Ramon Ortiz'), fact('jobTitle', 'Ramon Ortiz', 'police chief'), fact('jobTitle', 'Luisa Mejia', 'Interior Minister'));
  shouldExtract('Talks went on. Dick Berg quit on Friday.', entity('Person', 'Dick Berg'));
  // lines of a list of names (a team sheet) are read as a table, not as headings naming no one new
  shouldExtract('The squad was named.\nKenya - Ana Ruiz ( captain ) , Tomas Berg , Lina Odum\nPeter Kamau , Joy Wanjiru , Sam Otieno', entity('Person', 'Tomas Berg'), entity('Person', 'Joy Wanjiru'));
  // state media by name (organizations.json media), a possessive inside the name too
  shouldExtract("The People's Daily said the visit was a provocation. BelTA reported the talks.", entity('Organization', "People's Daily"), entity('Organization', 'BelTA'));
  // a place's name inside a longer name a role describes is part of the person's name; a list of countries is not one
  shouldExtract('The sanctions target Salvador Ruiz Castrillo, minister of energy, and Jose Adrian Vera Montenegro, vice minister of finance.', entity('Person', 'Salvador Ruiz Castrillo'), entity('Person', 'Jose Adrian Vera Montenegro'), noEntity('Salvador'), noEntity('Montenegro'));
  shouldExtract('Allies including Britain, France and Canada, were among the 79 member states that signed.', entity('Country', 'France'), entity('Country', 'Canada'));
  // a region's name before a noun for countries describes them ("Gulf states"); "Rakhine state" is the region's own word
  shouldExtract('The Gulf states and the Pacific Island nations welcomed the deal.', noEntity('Gulf'), noEntity('Pacific Island'));
  shouldExtract('Fighting spread in Rakhine state on Monday.', entity('Place', 'Rakhine'));
  shouldExtract('Chile sanctioned First Lady Ana Ruiz on Monday.', entity('Person', 'Ana Ruiz'));
  // a person named before "and" is no part of an organisation's name after it
  shouldExtract('Ana Ruiz met Tomas Berg. A call between Ruiz and State Department officials followed.', entity('Organization', 'State Department'), { describe: 'no "Ruiz and State Department"', test: (x) => !x.entities.some((e) => /Ruiz and/.test(e.label)) });
  shouldExtract('Peru and Chile target 2 billion USD in two-way trade.', noEntity('USD'));
  // a capitalised everyday word opening a sentence is no organisation; an institution's word ("the Senate") is
  shouldExtract('LIMA—Troubled relations between Peru and Chile worsened on Monday.', noEntity('Troubled'));
  shouldExtract('The Senate of Peru approved the bill. The Senate will vote again on Friday.', { describe: 'an organisation named Senate', test: (x) => x.entities.some((e) => e.type === 'Organization' && /Senate/.test(e.label)) });
  // "the Okafor administration" is the government Okafor heads, an organisation; "the US administration" stays the country
  // a well-known leader's administration is the government of the country they lead
  shouldExtract('Talks went on. The Trump administration on Monday announced sanctions on Peru.', sanction('United States', /Peru/), { describe: 'no organisation for the administration', test: (x) => !x.entities.some((e) => e.type === 'Organization') });
  shouldExtract('The Okafor administration on Monday announced sanctions on Peru.', entity('Organization', 'Okafor administration'), sanction('Okafor administration', /Peru/), noEntity('Okafor'));
  shouldExtract('The US administration said on Monday that Peru would pay.', entity('Country', 'United States'), { describe: 'no organisation', test: (x) => !x.entities.some((e) => e.type === 'Organization') });
  // an order, a state of emergency or an age is no organisation (organizations.json miscSuffixes)
  shouldExtract('The Executive Order was signed on Monday. Peru declared a State of Emergency. It would take Chile back to the Stone Age.', noEntity('Executive Order'), noEntity('State of Emergency'), noEntity('Stone Age'));
  // an ordinary word after "of"/"for"/"and" inside a longer capitalised phrase is no organisation of its own
  shouldExtract('The proposal goes to the Council of Ministers next week. The Working Mechanism for Consultation and Coordination met in Delhi. The president of Brazil\'s Senate agreed.', noEntity('Ministers'), noEntity('Coordination'), noEntity('Consultation'), entity('Organization', 'Senate'));
  // British spellings of acronyms are the organisation (organizations.json), no person
  shouldExtract('Nato countries have warned Moscow. Opec will cut output, Asean said.', entity('Organization', 'Nato'), entity('Organization', 'Opec'), entity('Organization', 'Asean'));
  // scriptures and historical events are no person, place or organisation (words.json notNames)
  shouldExtract('Protesters burned a copy of the Quran, Islam\'s holy book, outside the mosque.', noEntity('Islam'));
  shouldExtract('Protesters burned a Quran outside the mosque. Ana Vidal compared the war to the Holocaust.', noEntity('Quran'), noEntity('Holocaust'), entity('Person', 'Ana Vidal'));
  // a people's or region's adjective before a noun names no place ("the Asian country"); before a verb it does
  shouldExtract('Rights groups watch the Asian country closely. Talks in the Ghanian capital Accra began. Fighting in the Arctic continued.', noEntity('Asian'), noEntity('Ghanian'), entity('Place', 'Arctic'));
  // an organisation's word followed by "on" and a topic names one organisation; "on Monday" is when
  shouldExtract('Leaders of the Regional Authority on Development met in Kampala. The Foreign Ministry on Monday said talks failed.', entity('Organization', 'Regional Authority on Development'), entity('Organization', 'Foreign Ministry'));
  // a name's own particles ("bin", "von") never split it
  shouldExtract('“We are doing this to help Chile,” Adel bin Ahmed al-Masri said.', entity('Person', 'Adel bin Ahmed al-Masri'), noEntity('Adel'));
  // in a title-case heading a verb ends a titled name; a broadcaster named before a name is its own
  shouldExtract('Trump Threatens To Take Back Canal Control, President Mulana Denies China And Vows To Keep It\n\nPresident Jose Mulana said there was no deal.', entity('Person', 'Jose Mulana'), noEntity('Mulana Denies'), noEntity('Trump Threatens To Take Back Canal'));
  shouldExtract('A spokesperson told VOA Ana Vidal raised the issue during the meeting.', entity('Organization', 'VOA'), entity('Person', 'Ana Vidal'));
  // capitalised ordinary words the tagger calls an organisation are emphasis, not a name
  shouldExtract('“It has endangered the Public Safety and Security of the United States,” he said.', noEntity('Public Safety'));
  // a people's adjective before a ministry's generic words says whose ministry it is: one ministry, however written
  shouldExtract('The Russian Foreign Ministry accused the Europeans. “We are disappointed,” said Foreign Ministry spokeswoman Anna Belova.', { describe: 'one foreign ministry', test: (x) => x.entities.filter((e) => e.type === 'Organization').length === 1 });
  // a region the lexicon lists by that very name (places.json regions) beats the gazetteer's city
  shouldExtract('Aid reached Gaza on Monday, Ana Vidal said.', entity('Place', 'Gaza'));
  // a special administrative region is a territory, not a city, whatever the gazetteer's city table says
  shouldExtract('Protests spread across Hong Kong and Macau on Monday, Ana Vidal said.', entity('Place', 'Hong Kong'), entity('Place', 'Macau'));
  // a country's initials in brackets are the country's; "DR Congo" makes a later "Congo" the same country
  shouldExtract('Fighting spread in the eastern Democratic Republic of Congo (DRC), Ana Vidal said. The DRC accused Rwanda.', { describe: 'the DRC is one country and no organisation', test: (x) => x.entities.filter((e) => e.iri.endsWith('/country/cd')).length === 1 && !x.entities.some((e) => e.type === 'Organization') });
  shouldExtract('DR Congo President Ana Vidal met Rwandan officials. Violence in eastern Congo grew.', { describe: 'Congo is DR Congo', test: (x) => x.entities.filter((e) => e.type === 'Country').map((e) => e.iri.split('/').pop()).sort().join() === 'cd,rw' });
  shouldExtract('Aid reached the Gaza Strip on Monday. Officials in Gaza said the crossing was closed.', { describe: 'one place', test: (x) => x.entities.filter((e) => e.type === 'Place' || e.type === 'City').length === 1 });
  // a noun before a name says what it is (organizations.json nounsBeforeNames); platforms are media
  shouldExtract('The ban hit Chinese telecom Zorvan on Monday. Zorvan said it would appeal, in a post on Weibo.', entity('Organization', 'Zorvan'), entity('Organization', 'Weibo'));
  // an editor's bracketed first name belongs to the name after it; a memorandum's acronym names no one
  shouldExtract('The file is on Prime Minister (Victoria) Berg’s desk. “As directed by President [Ana] Vidal, we will act,” he said. Peru signed an MOU with Chile.', noEntity('Victoria'), noEntity('Ana'), entity('Person', 'Vidal'), noEntity('MOU'));
  shouldExtract('Officials in Saskatchewan and NEBRASKA said the border stayed open.', entity('Place', 'Saskatchewan'), entity('Place', 'NEBRASKA'));
  shouldExtract('Fighters of the Kurdish YPG militia withdrew, and Islamic State claimed the attack.', entity('Organization', 'YPG'), noEntity('Kurdish YPG'), entity('Organization', 'Islamic State'));
  shouldExtract('Islamic State and Kurdish militants clashed near the border.', noEntity('Kurdish'));
  // a city's name opening a short name the tagger reads as an organisation's is part of it
  shouldExtract('Protests grew against the owners of Manchester United on Saturday.', entity('Organization', 'Manchester United'), noEntity('United'));
  shouldExtract('TARVISK – Police said the bridge was closed on Monday.', entity('City', 'TARVISK'));
  shouldExtract('Estonian PM Tiina Kask said the bloc must act.', entity('Person', 'Tiina Kask'), noEntity('PM Tiina Kask'));
  shouldExtract('Ecuadorian Vice-President Tomas Berg was arrested. Ecuadorians protested.', entity('Person', 'Tomas Berg'), entity('Country', 'Ecuador'), noEntity('Ecuadorian'));
  shouldExtract("West Africa's regional bloc said it would keep its sanctions on Mali.", entity('Place', 'West Africa'));
  // a city the tagger is sure is an organisation is one (a team), unless it is a capital or stands as a place elsewhere
  shouldExtract('Newcastle beat Southampton 2-1 on Saturday, and Blackburn drew with Everton.', entity('Organization', 'Newcastle'), entity('Organization', 'Southampton'));
  shouldExtract('Washington warned Beijing on Monday. Talks opened in Dubai on Monday. Dubai has hosted such talks before.', entity('Country', 'China'), noEntity('Beijing'), entity('City', 'Dubai'), noEntity('Newcastle'));
  shouldExtract('Al Shabaab fighters attacked a base in Somaliland. Fighting spread in Tigray and Rakhine.', entity('Organization', 'Al Shabaab'), entity('Place', 'Somaliland'), entity('Place', 'Tigray'), entity('Place', 'Rakhine'));
  shouldExtract('The pledge hit the South American country hard, and North American and East Asian leaders met. The South African minister spoke.', noEntity('South'), noEntity('South American'), noEntity('United States'), entity('Country', 'South Africa'));
  shouldExtract('Covid hit the economy hard, Ana Ruiz said. Ebola spread in Guinea. A vaccine for Ebola was tested.', noEntity('Covid'), noEntity('Ebola'), entity('Person', 'Ana Ruiz'));
  // a portfolio the tagger reads into the name, a city's name after a title, a rank's abbreviation, a name's "Jr."
  shouldExtract('Secretary of Defense Tomas J. Houston III met General Wei Lun on Monday.', entity('Person', 'Tomas J. Houston III'), noEntity('III'), { describe: 'no city', test: (x) => !x.entities.some((e) => e.type === 'City') });
  shouldExtract('Secretary Houston and General Wei discussed relations.', entity('Person', 'Houston'));
  shouldExtract("Readout of Secretary of Defense Tomas J. Houston III's Meeting With Peru\n\nSecretary of Defense Tomas J. Houston III met Peru's defence minister on Monday.", entity('Person', 'Tomas J. Houston III'), { describe: 'no city', test: (x) => !x.entities.some((e) => e.type === 'City') });
  shouldExtract('Spokesman Brig. Gen. Lena Fors said the drills were over.', noEntity('Brig'), entity('Person', 'Lena Fors'));
  shouldExtract('Edward Mason King Jr. spoke in Lagos on Monday.', entity('Person', 'Edward Mason King Jr.'), noEntity('Jr.'));
  shouldExtract('Pakistani FM Omar Qadir met Amb. Lena Fors and Lt. Gen. Tomas Berg on Monday.', entity('Person', 'Omar Qadir'), entity('Person', 'Lena Fors'), entity('Person', 'Tomas Berg'), noEntity('FM Omar Qadir'));
  shouldExtract("The leaders met in Bali on Monday. Talks went on in Indonesia's Bali.", entity('Place', 'Bali'), noEntity('Bāli'));
  shouldExtract('SQUASH - BRITISH OPEN CHAMPIONSHIP RESULTS .\n\nCARDIFF 1996-08-30\n\nResults of matches at the British Open on Friday :', noEntity('SQUASH'), entity('City', 'Cardiff'));
  shouldExtract('Shares of Halvorsen Shipping Corp rose 5 percent on Tuesday.', entity('Organization', 'Halvorsen Shipping Corp'), noEntity('Shares of Halvorsen Shipping Corp'));
  shouldExtract('Officials in Canberra said Australia would respond.', entity('City', 'Canberra'), entity('Country', 'Australia'));
  shouldExtract('The U.S. and America are one country, said Marta Okonjo.', entity('Country', 'United States'), { describe: 'one country', test: (x) => x.entities.filter((e) => e.type === 'Country').length === 1 });
  shouldExtract('Kenyan police fired tear gas, said Daniel Mwangi.', entity('Country', 'Kenya'), entity('Person', 'Daniel Mwangi'));
  shouldExtract('“We will NEVER sign it, not for anyone!” Ruth Adler wrote.', noEntity('NEVER'), entity('Person', 'Ruth Adler'));
  shouldExtract('The army said Operation Silver Dawn had ended on Jan. 4, Ruth Adler said.', noEntity('Operation Silver Dawn'), noEntity('Jan.'), entity('Person', 'Ruth Adler'));
  shouldExtract('The ministry named Carlos Vega as National Security Advisor on Monday.', noEntity('National Security Advisor'), entity('Person', 'Carlos Vega'));
  shouldExtract('The Democratic Republic of Congo accused Rwanda of backing rebels. Congo said talks had failed.', { describe: 'Congo is the DRC the article named', test: (x) => x.entities.filter((e) => e.type === 'Country').map((e) => e.iri.split('/').pop()).sort().join() === 'cd,rw' });
  shouldExtract('South Sudan and Sudan signed the deal.', { describe: 'Sudan stays Sudan after South Sudan', test: (x) => x.entities.filter((e) => e.type === 'Country').length === 2 });
  shouldExtract('The talks in San Jose, California, ended on Monday, Ana Cruz said.', { describe: 'San Jose in the United States', test: (x) => x.entities.some((e) => e.iri.endsWith('/city/san-jose-us')) });
  // the tagger's sure boundaries inside a rule name stand; capitals of emphasis name nothing
  shouldExtract('Ana Ruiz of Meridian Economics said the plan was weak.', entity('Person', 'Ana Ruiz'), entity('Organization', 'Meridian Economics'), noEntity('Ana Ruiz of Meridian Economics'), { describe: 'Ana Ruiz works for Meridian Economics', test: (x) => x.facts.some((f) => f.kind === 'affiliation' && labelOf(x, f.subject) === 'Ana Ruiz' && labelOf(x, f.object) === 'Meridian Economics') });
  shouldExtract('The Alliance for Justice and Peace called for A FULL AND IMMEDIATE HALT to the fighting.', entity('Organization', 'Alliance for Justice and Peace'), noEntity('FULL AND IMMEDIATE HALT'));
  // a name set off by a comma after a role is a person, whatever the tagger guessed from "in Lima, …"
  shouldExtract("Peru's Foreign Ministry summoned the Chilean ambassador in Lima, Orhan Velikaya.", entity('Person', 'Orhan Velikaya'));
  // an Arabic article is no part of the short name: "Bashir" is Omar al-Bashir
  shouldExtract('Talks went on. Omar al-Rashidi left the palace. Rashidi said no.', { describe: 'one person', test: (x) => x.entities.filter((e) => e.type === 'Person').length === 1 });
  // an honorific is no part of the name, however the tagger drew the span
  shouldExtract('Talks went on. Margot Vallin spoke on Monday. "We are free," replied Ms Vallin. Ms Vallin was responding to comments.', { describe: 'one person, Margot Vallin', test: (x) => x.entities.filter((e) => e.type === 'Person').map((e) => e.label).join() === 'Margot Vallin' });
  // news abbreviations of countries: "NZ", "the Solomons"
  shouldExtract('Chile criticises allies as NZ bans two ministers\n\nNew Zealand banned two ministers on Monday. The Solomons agreed.', { describe: 'New Zealand once, Solomon Islands', test: (x) => x.entities.filter((e) => e.type === 'Country').map((e) => e.label).sort().join() === 'Chile,New Zealand,Solomon Islands' });
  // "the bloc" is a bloc of states named before, not the organisation named last; one organisation whatever the Guard's name
  shouldExtract("Talks went on. EU ministers met on Monday. The EU said Iran's Revolutionary Guard Corps (IRGC) had fired on ships. The 27-nation bloc adopted asset freezes.", { describe: 'the bloc is the EU; one Guard', test: (x) => !!x.entities.find((e) => e.label === 'EU')?.mentions.some((m) => /bloc$/.test(m.text)) && x.entities.filter((e) => e.type === 'Organization').length === 2 });
  shouldExtract('Talks went on. “Repression cannot go unanswered. The bloc acted,” Ana Ruiz said.', noEntity('Repression'));
  // a title in the plural names the people who hold it: "EU Foreign Ministers" is the EU
  shouldExtract('Talks went on. EU Foreign Ministers took the decisive step. Finance Ministers met in Lima.', entity('Organization', 'EU'), noEntity('EU Foreign Ministers'), noEntity('Finance Ministers'));
  // two countries' ministries of one name are two; one country's under two names is one; its label says whose
  shouldExtract("Talks went on. Peru's Foreign Ministry summoned the envoy. In response, Chile's Foreign Ministry condemned the move.", { describe: 'org/pe and org/cl foreign ministries, labelled with their countries', test: (x) => ['pe', 'cl'].every((c) => x.entities.some((e) => e.iri.endsWith(`/org/${c}/foreign-ministry`) && e.label.endsWith("'s Foreign Ministry"))) });
  shouldExtract("Talks went on. Chile's Ministry of Foreign Affairs summoned the envoy. Chile's Foreign Ministry said the talks failed.", { describe: 'one Chilean ministry', test: (x) => x.entities.filter((e) => e.type === 'Organization').length === 1 });
  shouldExtract('Talks went on. Villa Somalia said the talks were useful.', entity('Organization', 'Villa Somalia'), noEntity('Villa'));
  shouldExtract('Talks went on. Malacañang said the president summoned the envoy.', entity('Place', 'Malacañang'));
  // a piece of a longer place's name is no place of its own; "the West" is a camp of states, "the West Bank" a place
  shouldExtract('Talks went on. Taiwan severed ties with the Pacific island nation, saying so.', noEntity('Pacific'));
  shouldExtract('Talks went on. Ana Ruiz flew to Washington, D.C. on Monday. Relations with the West soured. Settlers in the West Bank attacked.', noEntity('D.C.'), noEntity('West'), entity('Place', 'West Bank'));
  // a demonym two countries share is the one the article names
  shouldExtract('Talks went on. Dominican President Luis Abinader closed the border with Haiti. The Dominican Republic said so.', fact('affiliation', 'Luis Abinader', 'Dominican Republic'), noEntity('Dominica'));
  // a document's title names no organisation, nor do the words of its subject
  shouldExtract('Talks went on. Peru said the strike breached the purposes and principles of the Charter of the United Nations.', noEntity('Charter of the United Nations'));
  shouldExtract('Talks went on. Peru said the move breached the Convention on the Rights of the Child.', noEntity('Rights of the Child'));
  // a proclamation is a document; a capital's administration is its country's government
  shouldExtract('Talks went on. The curbs follow Presidential Proclamation 5377, which suspends entry.', noEntity('Presidential Proclamation'));
  shouldExtract("Talks went on. The Washington administration's measure concerns sentences.", noEntity('Washington administration'));
  // a nickname in quotation marks inside a name: one person, with the title before it
  shouldExtract('Talks went on. President Rodrigo “Digong” Alvarez Jr. has summoned the ambassador. Alvarez said the talks went well.', entity('Person', 'Rodrigo “Digong” Alvarez Jr.'), fact('jobTitle', 'Rodrigo “Digong” Alvarez Jr.', 'President'), noEntity('Rodrigo'), noEntity('Digong'));
  // a title inside the tagger's span of a coordinated name is the person's title, not their name
  shouldExtract("Peru joins Chile in imposing the sanctions on Bolivia's Finance Minister Tomas Berg and National Security Minister Rafael Ortiz Vidal.", entity('Person', 'Rafael Ortiz Vidal'), noEntity('National Security Minister Rafael Ortiz Vidal'));
  // a stock code after a company's name is no name ("Ridgeline Energy RGE.L, the grid operator, said")
  shouldExtract('Talks went on. Ridgeline Energy RGE.L, the grid operator, said it had cut supplies to Andes Power APW.SN on Monday.', entity('Organization', 'Ridgeline Energy'), noEntity('L'), noEntity('SN'), noEntity('Ridgeline Energy RGE'));
  shouldExtract('Talks went on. NATO Chief Tomas Berg confirmed talks with Ana Ruiz are ongoing.', entity('Person', 'Tomas Berg'), noEntity('Chief Tomas Berg'));
  // a kicker before a dash names no one in the story
  shouldExtract('Talks went on. Blue Falcon – The Chilean government has summoned Peru’s top diplomat in Santiago.', noEntity('Blue Falcon'), meeting(['Chile', 'Peru']));
  // a generic name is one per country: its IRI says which (so a corpus keeps China's and Russia's apart)
  shouldExtract("China's Foreign Ministry condemned the visit.", { describe: 'org/cn/foreign-ministry', test: (x) => x.entities.some((e) => e.iri.endsWith('/org/cn/foreign-ministry')) });
  shouldExtract("Russia's Foreign Ministry said the talks failed. The Foreign Ministry added that Russia would wait.", { describe: 'one org/ru/foreign-ministry', test: (x) => x.entities.filter((e) => e.iri.endsWith('/org/ru/foreign-ministry')).length === 1 && !x.entities.some((e) => e.iri.endsWith('/org/foreign-ministry')) });
  // ("the State Department" is the United States' whatever country the story is about; the country as the article put it is a name to search by)
  shouldExtract('Iran said Iran would not yield. The State Department said Iran had to yield. Iran refused.', { describe: 'org/us/state-department', test: (x) => x.entities.some((e) => e.iri.endsWith('/org/us/state-department')) });
  shouldExtract('The Chilean Foreign Ministry said the talks failed. Peru disagreed.', { describe: 'labelled Chilean Foreign Ministry, also Foreign Ministry', test: (x) => x.entities.some((e) => e.iri.endsWith('/org/cl/foreign-ministry') && e.label === 'Chilean Foreign Ministry' && e.altLabels.includes('Foreign Ministry')) });
  shouldExtract('Ruritania left the Coastal Strike Forces (CSF) Treaty last year, Ana Cruz said.', noEntity('Coastal Strike Forces'), noEntity('CSF'), entity('Person', 'Ana Cruz'));
  shouldExtract('The Commerce Department’s Bureau of Industry and Security added the firms to its list.', entity('Organization', 'Bureau of Industry and Security'), noEntity('Industry'));
  shouldExtract('Officials at the Office of Trade and Industry said the rules would change.', entity('Organization', 'Office of Trade and Industry'), noEntity('Industry'));
  shouldExtract('The International Atomic Energy Agency (IAEA) said the IAEA would inspect.', entity('Organization', 'International Atomic Energy Agency'), noEntity('Atomic'));
  shouldExtract('Traders gathered at the Strait of Hormuz and in the Red Sea, Omar al-Rashid said.', entity('Place', 'Strait of Hormuz'), entity('Place', 'Red Sea'), entity('Person', 'Omar al-Rashid'));
  shouldExtract('Cafe owners in Doha & Cairo said trade was slow.', entity('City', 'Doha'), entity('City', 'Cairo'));
  shouldExtract('On Monday, Parliament met. In March, nothing happened, Lena Vogt said.', noEntity('Monday'), noEntity('March'), entity('Person', 'Lena Vogt'));
  shouldExtract('Ursula van der Meer told reporters the plan was sound.', entity('Person', 'Ursula van der Meer'));
  shouldExtract('The carmaker Nordvik said sales fell, according to the think tank Ember.', entity('Organization', 'Nordvik'), entity('Organization', 'Ember'));
  shouldExtract('Nuclear talks resumed. Publicly, nobody spoke, said Kofi Mensah.', noEntity('Nuclear'), noEntity('Publicly'));
  shouldExtract('"We will stop," Water Resources Minister Harish Chandra Mehrotra told reporters.', noEntity('Water Resources'), fact('jobTitle', 'Harish Chandra Mehrotra', 'Water Resources Minister'));
  shouldExtract('Typhoon Dalisay killed 34 people, officials said. Alianza por el Cambio and Srpska Lista objected, Ana Cruz said.', entity('Place', 'Typhoon Dalisay'), entity('Organization', 'Alianza por el Cambio'), entity('Organization', 'Srpska Lista'));
  shouldExtract('Shops were shut in Lagos, Kano and Port Harcourt, Ade Bello said.', entity('City', 'Kano'), entity('City', 'Port Harcourt'), noEntity('Kano and Port'));
  shouldExtract('Hefei Xinrui Lithography Co was added to the Entity List, Mark Hale said.', entity('Organization', 'Hefei Xinrui Lithography Co'), noEntity('Hefei'), noEntity('Entity List'));
  shouldExtract('Fundación Tierra Viva protested at the US Embassy, Ana Ruiz said.', entity('Organization', 'Fundación Tierra Viva'), entity('Organization', 'US Embassy'));
  shouldExtract('Boats sank in the coastal town of Aparri. The plant in Mejillones, a town on the coast, closed.', entity('City', 'Aparri'), entity('City', 'Mejillones'));
  shouldExtract('The opposition Kuomintang (KMT) called for restraint.', entity('Organization', 'Kuomintang'));
  shouldExtract('“Water is scarce,” said its director, Constanza Ulloa Tapia.', entity('Person', 'Constanza Ulloa Tapia'), fact('jobTitle', 'Constanza Ulloa Tapia', 'director'));
  shouldExtract("The People's Liberation Army began drills at 0600 GMT, the Workers' Party said.", entity('Organization', "People's Liberation Army"), entity('Organization', "Workers' Party"), noEntity('People'), noEntity('GMT'));
  shouldExtract('Under the 1960 Indus Waters Treaty and the Taiwan Relations Act, little changed, Omar Saleh said.', noEntity('Indus Waters Treaty'), noEntity('Taiwan Relations'));
  shouldExtract('Somerset made 174 after P. Simmons took four wickets. They chose Plan B. The rest followed.', entity('Person', 'P. Simmons'), noEntity('B.'), noEntity('Simmons'));
  // a results table: the tagger reads it, and the towns it names as teams are teams in the prose too
  shouldExtract('Results on Saturday:\nLeicester 301 ( T. Okafor 88 ) , Durham 190-4\nBath 140 ( R. Ojo 4-31 ) , York 141-2\nLater, Leicester beat Durham again.', entity('Person', 'T. Okafor'), entity('Person', 'R. Ojo'), entity('Organization', 'Leicester'), entity('Organization', 'Durham'), noEntity('Results'));
  shouldExtract('Leicester and Durham are cities in England, said Ana Pires.', entity('City', 'Leicester'), entity('City', 'Durham'));
});

describe('a person after a place and a comma', () => {
  // a full name the tagger reads as a person's, after "in Lima,", is the person, not a place in a list
  shouldExtract('Talks went on. At a summit in Lima, Ana Ruiz met Tomas Berg.', entity('Person', 'Ana Ruiz'), { describe: 'a meeting of the two', test: (x) => stmts(x, 'Meeting').length === 1 });
});

describe('acronyms before a title', () => {
  // an organisation's acronym before a title is the body the office is of, mentioned as such
  shouldExtract('Talks went on. UN Secretary-General Ana Ruiz said so.', entity('Organization', 'UN'), fact('affiliation', 'Ana Ruiz', 'UN'));
  shouldExtract('Talks went on. WHO Director-General Ana Ruiz said so.', entity('Organization', 'WHO'), fact('affiliation', 'Ana Ruiz', 'WHO'));
  // hyphenated offices are roles in lower case too
  shouldExtract('Talks went on. Ana Ruiz, the secretary-general of NATO, said so.', fact('affiliation', 'Ana Ruiz', 'NATO'));
});

describe('acronyms of countries and titles', () => {
  // ROK is South Korea; EAM, NSA, FM and CM before a name are titles, not organisations
  shouldExtract('Talks went on. ROK Foreign Minister Park Jin met the ROK delegation.', entity('Country', 'South Korea'), { describe: 'no organisation', test: (x) => !x.entities.some((e) => e.type === 'Organization') });
  shouldExtract('Talks went on. EAM S Jaishankar and NSA Ajit Doval attended.', entity('Person', 'S Jaishankar'), entity('Person', 'Ajit Doval'), { describe: 'no organisation', test: (x) => !x.entities.some((e) => e.type === 'Organization') });
});

describe('ordinary words of the treebank', () => {
  // a capitalised ordinary word (data/lexicon/treebank-words.txt) in a list of portfolios is no one
  shouldExtract('Talks went on. The president, his deputy, Defense, Foreign Affairs and Interior ministers attended.', noEntity('Defense'));
});

describe('everyday acronyms and faiths', () => {
  // acronyms of things (an economy's output, a drone, a screen) and faiths are no organisation; names that hold them stay whole
  shouldExtract('Talks went on. GDP grew by 3 percent as the UAV and GPS makers and the TV channels sold more LNG.', noEntity('GDP'), noEntity('UAV'), noEntity('GPS'), noEntity('TV'), noEntity('LNG'));
  shouldExtract('Talks went on. Sunni and Muslim leaders met the Muslim Brotherhood.', noEntity('Sunni'), noEntity('Muslim'), entity('Organization', 'Muslim Brotherhood'));
  shouldExtract('Talks went on. President Roch Marc Christian Kabore and Prime Minister Mohammed Shia al-Sudani met.', entity('Person', 'Roch Marc Christian Kabore'), entity('Person', 'Mohammed Shia al-Sudani'));
});

describe('coreference', () => {
  // a country described by its region (country-epithets.tsv) is the one of that region the article named most, then last, before it
  shouldExtract('Chile missed the deadline to take back the waste. President Ana Vidal of Peru threatened to declare war on the South American country over it.', threat('Ana Vidal', 'Chile'));
  shouldExtract('Nauru cut ties on Monday. Nauru said so. Tuvalu stayed silent. Taiwan said it ended ties with the Pacific island nation.', sanction('Taiwan', /^Nauru$/));
  shouldExtract('Qatar and Peru talked.\n\nPeru later imposed sanctions on the tiny oil-rich Gulf state, officials said.', sanction('Peru', /^Qatar$/));
  // (not a name's own words: "the Gulf state of Qatar" is Qatar by name)
  shouldExtract('Oman and Peru talked.\n\nPeru threatened the Gulf state of Qatar with sanctions.', threat('Peru', 'Qatar'));
  // a lone surname before the sentence that shows it is a person's is that person too
  shouldExtract('Talks went on. The move came just after Okafor urged Peru not to allow the trip.\n\n“They are wrong,” Okafor tweeted.', stance('Okafor', 'Opposes', /trip/));
  shouldExtract('Talks went on. The Trade Ministry spoke.\n\nTrade Minister Ana Okafor said so.', noEntity('Trade'));
  // "she" goes on with the subject of the sentence before, past a relative clause that names others
  shouldExtract('President Ana Ruiz, who fired Tomas Berg and Luis Vera, swore in new military leaders.\n\nShe also stated, "No one can take away the democracy we have won."', quote('Ana Ruiz', 'No one can take away'));
  // a leader's description is the person the article names who holds a leader's office of that country (office-holders.tsv)
  shouldExtract('Justin Trudeau met reporters in Ottawa on Monday. "We will never accept these tariffs," said the Canadian leader.', quote('Justin Trudeau', 'never accept'));
  // a body's name run on into a person's (a known given name, then a surname) is the body, then the person
  shouldExtract('Talks went on. Assistant Secretary of State for the Bureau of Andean Affairs Tibor Nagy said the remarks were offensive.', entity('Person', 'Tibor Nagy'), entity('Organization', 'Bureau of Andean Affairs'));
  // states and provinces of India, Pakistan and China are places
  shouldExtract('Talks went on. Troops moved into Balochistan as factories in Guangdong closed and floods hit Manipur.', entity('Place', 'Balochistan'), entity('Place', 'Guangdong'), entity('Place', 'Manipur'));
  // companies and newspapers the tables know are organisations, however the tagger reads them
  shouldExtract('Talks went on. Huawei said it would challenge the ban in court.', entity('Organization', 'Huawei'));
  shouldExtract('Talks went on. Die Welt reported that the talks had failed.', entity('Organization', 'Die Welt'));
  // a given name the tables know, then a surname: a person, whatever the tagger guesses
  shouldExtract('Talks went on. Chester Vidal from the Chilean winery Vino Sur said the industry had no other option.', entity('Person', 'Chester Vidal'));
  // a pronoun with its verb opening a sentence, an acronym's plural: no person
  shouldExtract('Talks went on. “I’ve told them to stop,” Ana Ruiz said.', noEntity('I’ve'), entity('Person', 'Ana Ruiz'));
  shouldExtract('Talks went on. Several MEPs said the measure was wrong.', noEntity('MEPs'));
  // a name ending in a refinery, a synagogue, a camp is a place
  shouldExtract('Talks went on. A fire hit the Baniyas Refinery on Monday.', entity('Place', 'Baniyas Refinery'));
  shouldExtract('Talks went on. Police guarded the Adass Israel Synagogue.', entity('Place', 'Adass Israel Synagogue'));
  // a compass word before a place the gazetteer knows is part of a place
  shouldExtract('Talks went on. Protests hit Central Jakarta on Monday.', entity('Place', 'Central Jakarta'));
  // an owner's name before or after the body's: one organisation
  shouldExtract("Friday, June 30, 2023\n\nChilean ambassador summoned to Peru's Foreign Ministry\n\nChilean Ambassador Ana Ruiz has been summoned to the Foreign Ministry of Peru, officials said.", { describe: 'one foreign ministry', test: (x) => x.entities.filter((e) => e.type === 'Organization' && /Foreign Ministry/.test(e.label)).length === 1 });
  // everyday words ending in a plural noun name no person
  shouldExtract('Talks went on. Peru said the Joint Chiefs had met.', noEntity('Joint Chiefs'));
  // a language is no organisation or place; "-language", "-held" modify the name after them
  shouldExtract('Talks went on. The report was published in Hebrew on Monday.', noEntity('Hebrew'));
  shouldExtract('Talks went on. The Arabic-language Al-Manar TV said the troops had left.', entity('Organization', 'Al-Manar TV'), noEntity('Arabic-language Al-Manar TV'));
  // one everyday word in capitals no table knows is no place
  shouldExtract('Talks went on. Protesters gathered outside the Embassy. The embassy was closed.', noEntity('Embassy'));
  shouldExtract('Talks went on. Rebels hold much of the South. Officials said the south was quiet.', noEntity('South'));
  // demonyms joined by a hyphen, a language's speakers: adjectives, no place and no country
  shouldExtract('Talks went on. Troops moved along the Lebanese-Israeli border on Monday.', noEntity('Lebanese-Israeli'));
  shouldExtract('Talks went on. A Middle-Eastern arms race was feared.', noEntity('Middle-Eastern'));
  shouldExtract('Talks went on. Officials in French-speaking Wallonia rejected the deal.', entity('Place', 'Wallonia'), noEntity('France'));
  // a judging verb's subject says what the quote calls the thing
  shouldExtract('Talks went on. Peru denounced the move as an “illegitimate and unlawful action by Chile”.', quote('Peru', 'illegitimate and unlawful action'));
  shouldExtract('Talks went on. Peru branded the decision “a betrayal of the whole region”.', quote('Peru', 'a betrayal of the whole region'));
  shouldExtract('Vladimir Putin spoke in Sochi on Monday. The President of the Russian Federation said that "the Russian side is open to new talks."', quote('Vladimir Putin', 'open to new talks'));
  // "the ministry" is no company named before it
  shouldExtract('Acme Technology Group was added to the list on Monday. "Exports of these metals shall not be permitted," the ministry said.', noQuoteBy('Acme Technology Group'));
  // "he" goes on with the subject of the sentence before, not with someone it named in passing
  shouldExtract('The president of Bolivia, Tomas Berg, called the expulsion of the ambassador to Chile, Luis Vera, arbitrary. "We will keep the embassy open," he said.', quote('Tomas Berg', 'keep the embassy open'), noQuoteBy('Luis Vera'));
  shouldExtract('Ana Ruiz said the talks would fail if Luis Vera joined them. "We are ready," she added.', quote('Ana Ruiz', 'We are ready'), noQuoteBy('Luis Vera'));
  shouldExtract('A Western diplomat said talks would resume on Monday. In the afternoon the diplomat rejected the new proposal.', stance('Western diplomat', 'Opposes', /new proposal/));
  // "the bloc", "the regional bloc", "the 15-nation bloc" stand for the body of states named before
  shouldExtract('The Andean Community met in Lima on Sunday. The regional bloc rejected the timetable.', stance('Andean Community', 'Opposes', /timetable/));
  shouldExtract('The Andean Community met in Lima on Sunday. The leaders of the four-nation bloc condemned the coup.', stance('Andean Community', 'Opposes', /coup/));
  shouldExtract('South Sudan filed a complaint. Khartoum later met officials from the South in Juba.', { describe: '"the South" is South Sudan', test: (x) => !x.entities.some((e) => e.label === 'South') && (byLabel(x, 'South Sudan')?.mentions.length ?? 0) >= 2 });
  shouldExtract('Libya gave its highest award to Okonjo.\n\nThe State Department would not comment on the case of Marta Okonjo, an activist who accepted it.', entity('Person', 'Marta Okonjo'), { describe: 'no place or organisation "Okonjo"', test: (x) => !x.entities.some((e) => e.type !== 'Person' && e.label === 'Okonjo') });
  // "X addressing Y saying: …" is X speaking to Y, and "He added, “…”" goes on with X
  shouldExtract('Defence Minister Tomas Novak toured the border. During the visit, Novak addressing rebel leader Ivan Petrov saying: "We made mistakes before." He added, "We will not hesitate to act."', quote('Tomas Novak', 'We made mistakes'), quote('Tomas Novak', 'We will not hesitate'));
  // "the head of the X Department" is the person named before whose title has X; never someone else's country's minister
  shouldExtract('U.S. Secretary of State Ana Ruiz flew to Lima. "We will act," the head of the State Department said.', quote('Ana Ruiz', 'We will act'));
  // a speech verb the parse hangs from its subject as a reduced relative ("the head of … argued"): that noun speaks
  shouldExtract('U.S. Secretary of State Ana Ruiz flew to Lima. "The world does not accept it. We will impose costs on Chile if it continues," the head of the State Department argued.', quote('Ana Ruiz', 'We will impose costs'));
  shouldExtract('Peruvian Foreign Minister Jorge Soto called Ana Ruiz. "We will act," the head of the Chilean Foreign Ministry said.', { describe: 'not Jorge Soto', test: (x) => !stmts(x, 'Quote').some((q) => labelOf(x, q.speaker) === 'Jorge Soto') });
  shouldExtract('Russian President Vladimir Putin met French President Emmanuel Macron. "We share concerns," the Russian leader said.', quote('Vladimir Putin', 'We share concerns'));
  shouldExtract('Chilean President Ana Vidal and her Peruvian counterpart Luis Soto met in Lima. "We agree," the Peruvian leader said.', quote('Luis Soto', 'We agree'));
  shouldExtract('The Office of the United States Trade Representative said so. The United States exported €341 billion of goods to the European Union.', entity('Country', 'United States'), trade('United States', 'European Union', 341_000_000_000, 'EUR'));
  shouldExtract('OFAC said Dubai-based Sahel Crest Shipping FZE and Hong Kong-registered Jadeport Maritime Ltd moved oil. Sahel Crest could not be reached.', entity('Organization', 'Sahel Crest Shipping FZE'), entity('Organization', 'Jadeport Maritime Ltd'), { describe: 'Sahel Crest is the company', test: (x) => byLabel(x, 'Sahel Crest')?.label === 'Sahel Crest Shipping FZE' });
  shouldExtract('Boats sank in the coastal town of Aparri. Rescuers reached Aparri on Tuesday, Ana Cruz said.', { describe: 'one Aparri, a city', test: (x) => x.entities.filter((e) => e.label === 'Aparri').length === 1 && byLabel(x, 'Aparri')?.type === 'City' });
  shouldExtract('Karim Abdel Moneim el-Sayyad, Egypt\'s water minister, spoke. "We wait," el-Sayyad said.', { describe: 'one el-Sayyad', test: (x) => x.entities.filter((e) => /Sayyad/.test(e.label) || e.altLabels.some((l) => /Sayyad/.test(l))).length === 1 });
  shouldExtract('Exports rose, according to the National Statistical Committee of Belarus (Belstat). Belstat said more would follow.', entity('Organization', 'Belstat'), { describe: 'Belstat is the committee', test: (x) => byLabel(x, 'Belstat')?.label === 'National Statistical Committee of Belarus' });
  shouldExtract('China sanctioned Ridgeline Aerosystems. Ridgeline said it would appeal.', { describe: 'Ridgeline is the company', test: (x) => byLabel(x, 'Ridgeline')?.label === 'Ridgeline Aerosystems' });
  shouldExtract('"Brussels is punishing hungry people," the Kremlin said. The European Union denied it.', { describe: 'Brussels acting is the EU', test: (x) => byLabel(x, 'European Union')?.mentions.some((m) => m.text === 'Brussels') === true }, noEntity('Belgium'));
  shouldExtract('Defence Minister Rafael Duarte spoke first. "We are ready," Duarte said.', quote('Rafael Duarte', 'We are ready'), fact('jobTitle', 'Rafael Duarte', 'Defence Minister'));
  shouldExtract('Amina Diallo spoke in Dakar. "We will not wait," she said.', quote('Amina Diallo', 'We will not wait'));
  // a pronoun skips a person another pronoun in the same sentence, or "Mrs."/"Mr.", gave the other gender
  shouldExtract('Ana Ruiz, who said she feared a trade war, wrote to the president of Chile, Tomas Berg, after he vowed to impose tariffs on Peru.', threat('Tomas Berg', 'Peru'));
  shouldExtract('Mrs. Vidal met Tomas Berg in Lima. "We want peace," he said.', quote('Tomas Berg', 'We want peace'));
  // a given name used for one gender (given-names.tsv); "she" is not whom "he" stood for; "He … if he" teaches nothing
  shouldExtract('Tomas Berg said Lima had written to Maria Costa. "We want peace," she said.', quote('Maria Costa', 'We want peace'));
  shouldExtract('Ana Vidal met Kim Tae-ho in Seoul. "We want peace," he said.', quote('Kim Tae-ho', 'We want peace'));
  // (a given name the European lists give women, used for men elsewhere: no clue)
  shouldExtract('Ana Vidal met Nikol Roca in Lima. "We want peace," he said.', quote('Nikol Roca', 'We want peace'));
  // a subject "it" or "the country" goes on with the country or organisation the sentence before had for its subject
  shouldExtract('Talks went on. Chile expelled two diplomats. It rejected the accusations as baseless.', stance('Chile', 'Opposes', /accusations/));
  shouldExtract('Talks went on. Chile expelled two diplomats. The country rejected the accusations.', stance('Chile', 'Opposes', /accusations/));
  shouldExtract("Talks went on. Peru's foreign ministry summoned the Chilean ambassador. It condemned the raid on the embassy.", stance('Peru', 'Opposes', /raid on the embassy/));
  // "it" as what is judged refers to the act told before, as "the move" does
  shouldExtract('Talks went on. Peru closed the border on Monday. Chile condemned it.', stance('Chile', 'Opposes', /^closed the border$/));
  shouldExtract('Talks went on. Peru expelled the Chilean envoy. Chile called it regrettable.', stance('Chile', 'Opposes', /expelled the Chilean envoy/));
  shouldExtract('Talks went on. Chile expelled two diplomats. It remains to be seen whether Peru opposes the move.', { describe: 'no stance held by Chile', test: (x) => !stmts(x, 'Stance').some((s) => labelOf(x, s.holder) === 'Chile') });
  shouldExtract('Senator Laura Vidal said the court had sentenced Dr Roca. He has always denied the charges. "We are appalled," she said.', quote('Laura Vidal', 'We are appalled'), noQuoteBy('Roca'));
  shouldExtract('Minister Vidal said on Monday that Dr Roca had been jailed. He could be freed if he admits the charges. "We are appalled," she told reporters.', quote('Vidal', 'We are appalled'), noQuoteBy('Roca'));
  // recognizing, disputing, agreeing to, retaliating for, solidarity with (stances.tsv)
  shouldExtract('France recognized the interim government. Spain disputed the election results.', stance('France', 'Supports', /interim government/), stance('Spain', 'Opposes', /election results/));
  shouldExtract('Peru agreed to a ceasefire. China said it would retaliate for the new tariffs. Chile expressed solidarity with Bolivia.', stance('Peru', 'Supports', /ceasefire/), stance('China', 'Opposes', /new tariffs/), stance('Chile', 'Supports', /Bolivia/));
  shouldExtract('Moscow rejected the proposal on Tuesday.', stance('Russia', 'Opposes', /proposal/));
  shouldExtract('The Central Bank of Nigeria (CBN) raised rates. The CBN said inflation was easing.', entity('Organization', 'Central Bank of Nigeria'));
});

describe('roles (titles.json, roles.json)', () => {
  // an apposition is a noun phrase: ", summoned the ambassador" is the verb's; a title before where an envoy is posted is theirs
  // a part in a meeting is no job ("the summit host"); a radio host's is
  shouldExtract('Talks went on. President Ana Ruiz, the summit host, told reporters. Luis Vera, a radio host, agreed.', fact('jobTitle', 'Ana Ruiz', 'President'), noFact('jobTitle', 'Ana Ruiz', 'summit host'), fact('jobTitle', 'Luis Vera', 'radio host'));
  shouldExtract("Peru's foreign minister, Ana Ruiz, summoned the ambassador.", fact('jobTitle', 'Ana Ruiz', 'foreign minister'), noFact('jobTitle', 'Ana Ruiz', 'summoned the ambassador'));
  // a bare government title in a dispatch serves the dateline's country, not the country named most
  shouldExtract('Tuesday, March 3, 2026\n\nDispute deepens\n\nASUNCION, March 3 (Wire) - Paraguay expelled Bolivia\'s ambassador on Tuesday over a Bolivian incursion. Bolivia denied it, and Bolivian troops stayed.\n\nForeign Minister Ana Sorel told reporters the incursion was illegal.', fact('affiliation', 'Ana Sorel', 'Paraguay'), noFact('affiliation', 'Ana Sorel', 'Bolivia'));
  // a title written as another's initials is that title
  shouldExtract('Talks went on. Prime Minister Ana Ruiz of Peru spoke. PM Ana Ruiz left.', fact('jobTitle', 'Ana Ruiz', 'Prime Minister'), noFact('jobTitle', 'Ana Ruiz', 'PM'));
  // a generic body scoped to a country, or a seat of government, and that country are one affiliation, said once
  shouldExtract("Talks went on. Chile's Foreign Ministry spokeswoman Lina Vos said the visit was a provocation. Lina Vos, a Chilean diplomat, spoke.", fact('affiliation', 'Lina Vos', "Chile's Foreign Ministry"), noFact('affiliation', 'Lina Vos', 'Chile'));
  shouldExtract('Talks went on. Kremlin spokesman Ivan Petrov said Russia would respond. Petrov, a Russian official, added more.', fact('affiliation', 'Ivan Petrov', 'Kremlin'), noFact('affiliation', 'Ivan Petrov', 'Russia'));
  shouldExtract('Talks went on. Chilean diplomat Lina Vos of the Foreign Ministry spoke.', fact('affiliation', 'Lina Vos', 'Chile'), noFact('affiliation', 'Lina Vos', 'Foreign Ministry'));
  shouldExtract('The Chilean ambassador to Peru, Pablo Monroy, was expelled.', fact('jobTitle', 'Pablo Monroy', 'ambassador'), fact('affiliation', 'Pablo Monroy', 'Chile'));
  shouldExtract('The Chilean envoy to Peru Pablo Monroy was summoned on Monday.', fact('jobTitle', 'Pablo Monroy', 'envoy'));
  // more titles (titles.json); a capitalised title after a possessor and before ", Name," is that person's
  shouldExtract('Talks went on. China sanctioned Member of Parliament of Canada Michael Chong on Monday.', entity('Person', 'Michael Chong'), noEntity('Member of Parliament of Canada Michael Chong'));
  shouldExtract('Talks went on. Peru sanctioned Chile’s Prosecutor General, Ana Ruiz, on Monday.', fact('jobTitle', 'Ana Ruiz', 'Prosecutor General'), fact('affiliation', 'Ana Ruiz', 'Chile'));
  shouldExtract('Talks went on. On his first trip to Peru as U.S. Secretary of State, Mark Hale said Tuesday that he warned them.', fact('jobTitle', 'Mark Hale', 'Secretary of State'), fact('affiliation', 'Mark Hale', 'United States'));
  shouldExtract('Talks went on. As Foreign Minister, Ana Ruiz said so.', fact('jobTitle', 'Ana Ruiz', 'Foreign Minister'));
  shouldExtract('Talks went on. Peru announced sanctions on Lithuania’s Deputy Minister of Transport and Communications Agne Vaiciukeviciute for her visit.', fact('affiliation', 'Agne Vaiciukeviciute', 'Lithuania'));
  shouldExtract('Talks went on. On Wednesday, Solomon Island Prime Minister Manasseh Sogavare announced he had signed an agreement.', fact('jobTitle', 'Manasseh Sogavare', 'Prime Minister'), fact('affiliation', 'Manasseh Sogavare', 'Solomon Islands'));
  shouldExtract('Talks went on. "The Presidency has noted the regrettable expulsion of Chile\'s Ambassador to the United States of America, Mr. Tomas Berg," it said.', fact('jobTitle', 'Tomas Berg', 'Ambassador'), fact('affiliation', 'Tomas Berg', 'Chile'));
  // the country an envoy is posted to, then the envoy's name: two names, however the tagger ran them together
  shouldExtract('The ministry gave a note to the Russian ambassador to Peru Ivan Sokolov on Monday, an aide said.', entity('Person', 'Ivan Sokolov'), entity('Country', 'Peru'), fact('affiliation', 'Ivan Sokolov', 'Russia'), noEntity('Peru Ivan Sokolov'));
  shouldExtract('Talks went on. French Ambassador to Chad Anne Lemaire has been summoned to the Foreign Ministry.', fact('jobTitle', 'Anne Lemaire', 'Ambassador'), fact('affiliation', 'Anne Lemaire', 'France'));
  shouldExtract('Talks went on. Chile’s Ministry of Foreign Affairs summoned Peru’s ambassador to Santiago Hisham Ali Akbar al-Alawi in the morning.', entity('Person', 'Hisham Ali Akbar al-Alawi'), entity('City', 'Santiago'));
  // a role with an office after it ("for the Horn of Africa", "for Chile's trade office") and a comma before the name
  shouldExtract('Talks went on. The U.S. special envoy for the Horn of Africa, Mike Hammer, who attended as an observer, said the deal was bad.', fact('jobTitle', 'Mike Hammer', 'special envoy'), fact('affiliation', 'Mike Hammer', 'United States'));
  // a name set off by dashes after a role is the role's
  shouldExtract("Sweden has summoned Russia's ambassador to explain comments. The ambassador - Viktor Orlov - was due to attend the meeting.", fact('jobTitle', 'Viktor Orlov', 'ambassador'), fact('affiliation', 'Viktor Orlov', 'Russia'));
  // a listed office holder is known by a name with initials and a generational suffix too (office-holders.tsv)
  shouldExtract('Secretary of Defense Lloyd J. Austin III met General Wei Fenghe, Minister of National Defense of China, in Cambodia. The United States called the talks useful.', fact('affiliation', 'Lloyd J. Austin III', 'United States'), noFact('affiliation', 'Lloyd J. Austin III', 'China'));
  // "the" and a plural role after a name are other people, no apposition
  shouldExtract('In a joint statement read out by Sameh Shoukry, the diplomats said Qatar lacked understanding.', noFact('jobTitle', 'Sameh Shoukry', 'diplomats'));
  // "the Russian leader" describes; it is no job title
  shouldExtract('Vladimir Putin met reporters on Monday. The Russian leader said the talks had failed.', noFact('jobTitle', 'Vladimir Putin', 'leader'));
  // whom the text says someone serves beats the paragraph's country; a name a title opens with is whom they serve
  shouldExtract("Katz told Brazil's Ambassador Federico Mayer during a tour in Jerusalem that Israel will not forget. Israel then reprimanded the ashen-faced ambassador.", fact('affiliation', 'Federico Mayer', 'Brazil'), noFact('affiliation', 'Federico Mayer', 'Israel'));
  shouldExtract('The EU said it would act. Russian diplomats protested against restrictions imposed by Lithuania, while EU Ambassador Markus Ederer stressed that a blockade was out of the question.', fact('affiliation', 'Markus Ederer', 'EU'), noFact('affiliation', 'Markus Ederer', 'Lithuania'));
  shouldExtract('Russian diplomats protested against restrictions imposed by Lithuania, while EU Ambassador Markus Ederer stressed that a blockade was out of the question.', noFact('affiliation', 'Markus Ederer', 'Lithuania'));
  // a verb before a title ends it: the subject of "supports" is no affiliation or nationality of the one supported
  shouldExtract('In Venezuela the United States supports opposition leader Tomas Berg as interim president.', fact('jobTitle', 'Tomas Berg', 'opposition leader'), noFact('nationality', 'Tomas Berg', 'United States'), noFact('affiliation', 'Tomas Berg', 'United States'));
  // someone named only by their office gets no facts that restate the description
  shouldExtract('A top Chilean government official said the talks would resume on Monday.', noFact('jobTitle', 'top Chilean government official', 'official'), noFact('affiliation', 'top Chilean government official', 'Chile'));
  // the country before a title is an affiliation only when it qualifies the title, not when it is a subject
  shouldExtract("Brazil's President Ana Soto met Chile's Foreign Minister Luis Vera.", fact('affiliation', 'Ana Soto', 'Brazil'), fact('affiliation', 'Luis Vera', 'Chile'));
  shouldExtract('Brazil supports President Ana Soto, Chile said.', noFact('affiliation', 'Ana Soto', 'Brazil'));
  // a well-known office holder (data/lexicon/office-holders.tsv) serves their own country, not the paragraph's last one
  shouldExtract('Germany and Italy voted first. Later, President Emmanuel Macron said France would wait.', fact('affiliation', 'Emmanuel Macron', 'France'), noFact('affiliation', 'Emmanuel Macron', 'Italy'));
  shouldExtract('Kenya hosted the talks. Secretary-General Antonio Guterres thanked the United Nations staff.', fact('affiliation', 'Antonio Guterres', 'United Nations'), noFact('affiliation', 'Antonio Guterres', 'Kenya'));
  // a title with no name after it names no one
  shouldExtract('The Secretary of State said the talks would go on.', noEntity('State'));
  // a short name before the full one it belongs to is the same person ("Zhao" in a headline, "Zhao Minghui" in the text)
  shouldExtract('Zhao warns Manila over the port deal. Chinese Premier Zhao Minghui said on Monday that the deal was dead.', entity('Person', 'Zhao Minghui'), { describe: 'one person', test: (x) => x.entities.filter((e) => e.type === 'Person').length === 1 });
  // a group of officials is no one person; "on the other hand" is no one at all
  shouldExtract('The man died of his wounds, according to hospital officials. On the other hand, the police said nothing.', { describe: 'no person', test: (x) => !x.entities.some((e) => e.type === 'Person') });
  // a plural title before names is a title, not part of the first name
  shouldExtract('Beijing imposed sanctions on Senators Ana Ruiz and Tom Hale.', entity('Person', 'Ana Ruiz'), noEntity('Senators Ana Ruiz'));
  // a title after a comma with a name after it is that name's, not an apposition to the name before
  shouldExtract('The invitation came from Peruvian President Ana Soto, Chilean President Luis Vera told reporters.', fact('jobTitle', 'Luis Vera', 'President'), noFact('jobTitle', 'Ana Soto', 'Chilean President'));
  shouldExtract('Soto, Chilean leader Vera hold first talks in Lima', noFact('jobTitle', 'Soto', 'Chilean leader'));
  // a shorter title whose words recur in another of the same person's is that title again
  shouldExtract("Ana Soto, Peru's top diplomat, arrived. The diplomat said the vote was fair.", fact('jobTitle', 'Ana Soto', 'top diplomat'), noFact('jobTitle', 'Ana Soto', 'diplomat'));
  // a connector before a day or a month does not carry a name on into the date
  shouldExtract('A statement released by the Ministry of External Affairs on Friday said both sides agreed.', entity('Organization', 'Ministry of External Affairs'), noEntity('Ministry of External Affairs on Friday'));
  // "the ambassador" the article names no one for is no one; "a receptionist at the hotel" is someone
  shouldExtract('Peru expelled the Chilean envoy on Monday. "We are leaving," the ambassador said.', { describe: 'no person', test: (x) => !x.entities.some((e) => e.type === 'Person') });
  shouldExtract('"It was calm," a receptionist at the Lima hotel said.', { describe: 'the receptionist speaks', test: (x) => stmts(x, 'Quote').some((q) => /receptionist/.test(labelOf(x, q.speaker))) });
  // office-holders.tsv: "the Iranian foreign minister" is the one listed in that office; a listed person is never given the paragraph's country
  shouldExtract('Iran and the EU spoke on Friday. Hossein Amir-Abdollahian called Josep Borrell. The Iranian foreign minister warned the bloc.', fact('jobTitle', 'Hossein Amir-Abdollahian', 'minister'));
  shouldExtract('Nicaragua jailed two critics. Treasury Secretary Steven T. Mnuchin said more would follow.', noFact('affiliation', 'Steven T. Mnuchin', 'Nicaragua'));
  shouldExtract('France’s president warned that a Chinese naval base in Bolivia would be a red line. “We will not accept it,” President Emmanuel Macron said.', stance('Emmanuel Macron', 'Opposes', /naval base/), noEntity('France’s president'));
  // organisation-aliases.tsv: names no acronym links are one organisation
  shouldExtract('ASEAN ministers met in Jakarta. The Association of Southeast Asian Nations said the talks would go on.', { describe: 'one organisation', test: (x) => x.entities.filter((e) => e.type === 'Organization').length === 1 });
  shouldExtract('The State Department said on Monday that the Department of State would respond.', { describe: 'one organisation', test: (x) => x.entities.filter((e) => e.type === 'Organization').length === 1 });
  // one capitalised word the article also writes in lower case names no organisation
  shouldExtract('News of the deal spread. The news came late, News agencies said.', noEntity('News'));
  // two names joined by a hyphen are two names; a hyphenated name of one country or person stays whole
  shouldExtract('The US-China talks resumed as the Israel-Hamas truce held.', entity('Country', 'United States'), entity('Country', 'China'), entity('Country', 'Israel'), entity('Organization', 'Hamas'), noEntity('US-China'));
  shouldExtract('The North Korean-U.S. talks stalled.', entity('Country', 'United States'), noEntity('North Korean-U'));
  shouldExtract('Delegates from the US-North Korea working group met.', entity('Country', 'North Korea'), entity('Country', 'United States'));
  shouldExtract('Guinea-Bissau and envoy Amadou Diallo-Sène welcomed the deal.', entity('Country', 'Guinea-Bissau'), entity('Person', 'Amadou Diallo-Sène'));
  // Chairperson is a title, no part of the body's name
  shouldExtract('The African Union Chairperson, Moussa Faki, called for talks.', noEntity('African Union Chairperson'), stance('Moussa Faki', 'Supports', /talks/));
  // a hyphenated word of a known body's name stays whole: no France in Agence France-Presse
  shouldExtract('Peru said the crime would not go unanswered, according to Agence France-Presse.', entity('Organization', 'Agence France-Presse'), noEntity('France'));
  shouldExtract('Minister of Foreign Affairs Ahmed Attaf said the talks failed.', fact('jobTitle', 'Ahmed Attaf', 'Minister of Foreign Affairs'), noEntity('Foreign Affairs Ahmed Attaf'));
  shouldExtract('"That ends today," said Under Secretary of Commerce for Industry and Security Marcus Holloway.', quote('Marcus Holloway', 'That ends today'), noEntity('Commerce'), noEntity('Security Marcus Holloway'));
  shouldExtract('Minister for Trade and Industry Lim Wei said so.', fact('jobTitle', 'Lim Wei', 'Minister for Trade and Industry'));
  shouldExtract('"Each listing helps," said Tobias Kranich, an analyst at the Mercator Institute for China Studies (MERICS) in Berlin.', fact('homeLocation', 'Tobias Kranich', 'Berlin'), fact('affiliation', 'Tobias Kranich', 'Mercator Institute for China Studies'));
  shouldExtract('"They have an excuse," Jean-Baptiste Coulibaly told Reuters by telephone from Dakar, where he has lived since last year.', fact('homeLocation', 'Jean-Baptiste Coulibaly', 'Dakar'));
  shouldExtract('The storm hit the coastal town of Aparri in Cagayan province. Police patrolled the Kosovo town of Leposavić.', fact('containedInPlace', 'Aparri', 'Cagayan'), fact('containedInPlace', 'Leposavić', 'Kosovo'));
  shouldExtract('THE HAGUE, Netherlands (AP) — The court ruled on Thursday.', entity('City', 'The Hague'), entity('Country', 'Netherlands'), fact('containedInPlace', 'The Hague', 'Netherlands'));
  shouldExtract('ADDIS ABABA, Ethiopia (AP) — Work on the Grand Ethiopian Renaissance Dam went on.', { describe: 'a dam is not in the dateline city', test: (x) => !x.facts.some((f) => f.kind === 'containedInPlace' && labelOf(x, f.subject).endsWith('Dam')) });
  shouldExtract('Foreign Minister Helga Berg met reporters in Oslo.', fact('jobTitle', 'Helga Berg', 'Foreign Minister'));
  shouldExtract('"Prices will rise," said Jonas Eklund, an economist in Stockholm.', fact('jobTitle', 'Jonas Eklund', 'economist'), fact('homeLocation', 'Jonas Eklund', 'Stockholm'));
  shouldExtract("Chile's foreign minister, Paula Reyes, said the vote was fair.", fact('jobTitle', 'Paula Reyes', 'foreign minister'), fact('affiliation', 'Paula Reyes', 'Chile'));
  shouldExtract('"Trade is down," said Sara Lind, a director at the World Bank.', fact('affiliation', 'Sara Lind', 'World Bank'));
  shouldExtract('"Rates will rise," said Mika Sato, chief economist at Daiwa Research in Osaka.', fact('homeLocation', 'Mika Sato', 'Osaka'));
  shouldExtract('State Department spokesperson Mark Ellis said the talks would go on.', fact('jobTitle', 'Mark Ellis', 'spokesperson'), fact('affiliation', 'Mark Ellis', 'State Department'));
  shouldExtract('OFAC designated Ravi Kumar, an Indian national who manages the firm.', fact('nationality', 'Ravi Kumar', 'India'), { describe: 'no job "national"', test: (x) => !x.facts.some((f) => f.kind === 'jobTitle' && f.value === 'national') });
  shouldExtract('"It is clean," said Ines Faria, a professor of international law at Leiden University.', fact('affiliation', 'Ines Faria', 'Leiden University'));
  shouldExtract('Anil Rao, an economist at Kestrel Research & Technologies, said so.', fact('affiliation', 'Anil Rao', 'Kestrel Research & Technologies'), entity('Organization', 'Kestrel Research & Technologies'));
  shouldExtract('OFAC designated Ravi Kumar, an Indian national who it said manages Sahel Crest Shipping FZE.', fact('jobTitle', 'Ravi Kumar', 'manager'), fact('affiliation', 'Ravi Kumar', 'Sahel Crest Shipping FZE'));
  shouldExtract('For the Alliance of Small Island States, the text matters. Mele Tupou of Tonga, who chairs the 39-member group, spoke.', entity('Organization', 'Alliance of Small Island States'), fact('jobTitle', 'Mele Tupou', 'chair'), fact('affiliation', 'Mele Tupou', 'Alliance of Small Island States'));
  // a demonym before an office says whom the holder serves (an affiliation), not a nationality, as the real-news gold writes it
  shouldExtract('Olena Hrytsenko met her Russian counterpart, Valentina Sorokina, in Abu Dhabi.', fact('affiliation', 'Valentina Sorokina', 'Russia'), noFact('nationality', 'Valentina Sorokina', 'Russia'));
  // an office of government with no country stated serves the country the article is about
  shouldExtract('Japan cut rates. Japan grew.\n\nExports from Japan fell.\n\nFinance Minister Aiko Mori said the yen was weak.', fact('affiliation', 'Aiko Mori', 'Japan'));
  shouldExtract('Japan cut rates.\n\nChile grew.\n\nFinance Minister Aiko Mori said the yen was weak.', { describe: 'no affiliation when no country dominates', test: (x) => !x.facts.some((f) => f.kind === 'affiliation') });
  shouldExtract('Norwegian diplomat Halvard Engen chaired the talks, said Judge Awa Diallo-Sène of Senegal.', fact('affiliation', 'Halvard Engen', 'Norway'), noFact('nationality', 'Halvard Engen', 'Norway'), fact('nationality', 'Awa Diallo-Sène', 'Senegal'));
  // a person's own party, named as theirs
  shouldExtract('Talks went on. Ana Ruiz faces a fight on her hands. Polls suggest her Unity party is trailing opposition leader Peter Hal’s Fuerza party.', fact('affiliation', 'Ana Ruiz', 'Unity'), fact('affiliation', 'Peter Hal', 'Fuerza'));
  // a country's name before an office, "of" and its portfolio after it, says whom the holder serves
  shouldExtract('Talks went on. Peru Secretary of State Ana Ruiz spoke on Thursday. The Peru Secretary of State said the curbs respond to abuses.', fact('affiliation', 'Ana Ruiz', 'Peru'), noFact('nationality', 'Ana Ruiz', 'Peru'));
  shouldExtract('An Egyptian diplomat who asked not to be named said: "Nothing is agreed."', quote('Egyptian diplomat', 'Nothing is agreed'), noFact('affiliation', 'Egyptian diplomat', 'Egypt'));
});

describe('quotes (speech-verbs.json)', () => {
  // "…," it said: the institution that last acted, when no one spoke before
  shouldExtract('Talks failed. The Andean Council condemned the move. "The deployment is a grave violation of our sovereignty," it said.', quote('Andean Council', 'grave violation'));
  // a surname that is also an everyday word ("berg", "brown") opening a sentence is the person the article named
  shouldExtract('Tomas Berg met reporters on Monday. Berg said: "We will respond in kind to every step."', quote('Tomas Berg', 'We will respond in kind'));
  // a word or three quoted inside a sentence is a fragment, no quote; a short sentence of its own is one
  shouldExtract('Peru called the sanctions "baseless." Ana Ruiz said the move was "a critical moment."', { describe: 'no quote', test: (x) => !stmts(x, 'Quote').length });
  shouldExtract('"We exchanged views," Ana Ruiz said.', quote('Ana Ruiz', 'We exchanged views'));
  // "the agency quoted X as saying": X's words
  shouldExtract('"Transit for goods is operating as normal," the state-run news agency quoted Ana Ruiz as saying after the meeting.', quote('Ana Ruiz', 'operating as normal'));
  shouldExtract('The Xinhua news agency quoted Ana Ruiz as saying: "Transit for goods is operating as normal."', quote('Ana Ruiz', 'operating as normal'));
  // "“…,” A told visiting B. “…,” he added": the one who spoke goes on, not the one told
  shouldExtract('“Sometimes I lose, sometimes I win,” Ruiz, who returned to power in 2010 told visiting Secretary of State Mark Hale on Feb 16\n\n“So do not be afraid,” he added.', quote('Ruiz', 'do not be afraid'), noQuoteBy('Mark Hale'));
  // "cited X as saying" passes words on as "quoted" does; an unnamed "a … official" is whom they are quoted from
  shouldExtract('Talks went on. “The attack was illegal,” the agency NTX cited a foreign ministry official as saying. “Such acts cannot be tolerated,” the official said.', quote('foreign ministry official', 'attack was illegal'), quote('foreign ministry official', 'cannot be tolerated'), noQuoteBy('NTX'));
  shouldExtract('Talks went on. The agency NTX quoted a senior official as saying: “The attack was illegal.”', quote('senior official', 'attack was illegal'), noQuoteBy('NTX'));
  // a quote inside what a speech verb before it says is that verb's, not a later clause's subject's
  shouldExtract('Ana Ruiz said it would be a "grave and deliberate provocation" if Luis Vera visited Quito, warning of "very serious consequences for all".', quote('Ana Ruiz', 'grave and deliberate provocation'), quote('Ana Ruiz', 'serious consequences'), noQuoteBy('Luis Vera'));
  shouldExtract('Ana Ruiz fired back, calling the arrest “an authoritarian act of revenge.”', quote('Ana Ruiz', 'authoritarian act'));
  shouldExtract('The National Security Committee of Peru said the treaty was binding. Any diversion would be “an act of war,” it added.', quote('National Security Committee of Peru', 'an act of war'));
  shouldExtract('Chile will face “devastating and horrible consequences” for the leaflets, state media said on Tuesday, citing Ana Ruiz.', quote('Ana Ruiz', 'horrible consequences'));
  shouldExtract('Peru urged Chile to act, said a spokesperson for the Ministry of Trade on Friday. “Peru firmly opposes the ruling,” said the spokesperson.', quote('Ministry of Trade', 'Peru firmly opposes the ruling'));
  shouldExtract("''We will be ready to act,'' Ana Ruiz said on Monday.", quote('Ana Ruiz', 'We will be ready to act'));
  shouldExtract('Israel Katz said on Monday that the plan was “a grave and costly mistake.”', quote('Israel Katz', 'a grave and costly mistake'), entity('Person', 'Israel Katz'));
  shouldExtract('“We will respond,” according to Ana Ruiz, the Peruvian foreign minister.', quote('Ana Ruiz', 'We will respond'));
  shouldExtract('Tomas Berg warned Peru, threatening to return it “to the Stone Age,” according to local media.', quote('Tomas Berg', 'to the Stone Age'));
  shouldExtract('"Our patience has limits," Deputy Treasury Secretary Laura Kessel said in a statement.', quote('Laura Kessel', 'Our patience has limits'));
  // single curly quotes, the house style of many British and South Asian outlets; apostrophes are no quotes
  shouldExtract('‘We will not accept these terms,’ Ana Ruiz said on Monday.', quote('Ana Ruiz', 'We will not accept these terms'));
  shouldExtract('Ana Ruiz said: ‘We will not accept this.’', quote('Ana Ruiz', 'We will not accept this.'));
  // straight single quotes and guillemets; the apostrophe of a plural possessive opens nothing
  shouldExtract("'We will not accept these terms,' Ana Ruiz said on Monday.", quote('Ana Ruiz', 'We will not accept these terms'));
  shouldExtract("The farmers' union met. 'The levy must go,' said Tomas Berg.", quote('Tomas Berg', 'The levy must go'));
  shouldExtract('«We will not accept these terms», Ana Ruiz said.', quote('Ana Ruiz', 'We will not accept these terms'));
  // "it said" is no person's voice; an unnamed office of state speaks for its country
  shouldExtract('Ghana recalls envoy\n\nThe office of the president said on Saturday the move was "regrettable." Nigerian President Tomas Berg said on Friday the envoy was no longer welcome.\n\n"The Presidency urges calm," it said in a statement.', quote('Ghana', 'The Presidency urges calm'), noQuoteBy('Tomas Berg'));
  // "The Minister of Foreign Affairs" is an office, the person who holds it, and the voice of a paragraph that is only a quote
  shouldExtract('The Minister of Foreign Affairs, Ana Ruiz, announced the decision.\n\nThe Minister of Foreign Affairs revealed on Tuesday that Peru would act.\n\n"Chile used its territory as a base for hostile acts."', fact('jobTitle', 'Ana Ruiz', 'Minister of Foreign Affairs'), quote('Ana Ruiz', 'Chile used its territory'), noEntity('Foreign Affairs'));
  shouldExtract("Peru's Minister of Defence said the army was ready.", noEntity('Defence'));
  // a description with a country is not an official of another country named before
  shouldExtract('Egyptian Foreign Minister Sami Farouk spoke first. The Saudi foreign minister said the talks had failed.', { describe: 'Farouk is not the Saudi minister', test: (x) => !byLabel(x, 'Sami Farouk')?.mentions.some((m) => m.text.includes('Saudi')) });
  // a speech verb in a clause of its own ("…, while Y said …") is about other words; scare quotes are no one's words
  shouldExtract('Ana Vidal hailed the decision as a "clear signal of hope", while President Tomas Berg said the deal was "a victory for Peru".', quote('Ana Vidal', 'clear signal of hope'), quote('Tomas Berg', 'victory for Peru'));
  shouldExtract('President Tomas Berg held "businesslike" talks with Ana Vidal on Monday, urging progress on a Syria cease-fire and warning against delays.', { describe: 'no quote', test: (x) => !stmts(x, 'Quote').length });
  // "citing the ministry's announcement" cites a reason, not a speaker; "he said" after a name in another's phrase is the last speaker
  shouldExtract('"Peru strongly condemns the raids," Tomas Berg said, citing the Ministry of Justice\'s announcement of arrest warrants for President-elect Ana Vidal. "These raids are unlawful," he said.', quote('Tomas Berg', 'Peru strongly condemns the raids'), quote('Tomas Berg', 'These raids are unlawful'), noQuoteBy('Ministry of Justice'), noQuoteBy('Ana Vidal'));
  // a word or two quoted inside someone else's sentence does not continue the last speaker
  shouldExtract('"The charter was broken," Tomas Berg said.\n\nLast week, prosecutors threatened to annul the victory of Ana Vidal, citing “anomalies” in the vote.', { describe: 'no one said "anomalies"', test: (x) => !stmts(x, 'Quote').some((q) => q.text === 'anomalies') });
  // a question closed by its quote mark keeps its attribution
  shouldExtract('"Who will pay for this?" Ana Ruiz asked on Monday.', quote('Ana Ruiz', 'Who will pay for this?'));
  shouldExtract('Peru’s minister said the country’s plan was fine.', { describe: 'no quote', test: (x) => !stmts(x, 'Quote').length });
  // a speaker is the speech verb's subject; a name inside a phrase or before an unnamed subject is not
  shouldExtract('After examining Ana Ruiz, hospital doctors said she had suffered "multiple blows to the head."', { describe: 'no quote by Ana Ruiz', test: (x) => !stmts(x, 'Quote').length });
  shouldExtract('West African leaders gave the junta in Niger a week to cede power and said they did not rule out the "use of force".', { describe: 'no quote by Niger', test: (x) => !stmts(x, 'Quote').length });
  shouldExtract('“We accept the offer,” Ben Lee, Prime Minister Ana Vidal’s security adviser, said on Monday.\n\nThe offer is “a good start for talks without conditions,” he added.', quote('Ben Lee', 'a good start'));
  shouldExtract('Ana Vidal spoke in Lima.\n\nShe said Peru has "every right" to close the border and warned that anyone who smuggles "weapons or fuel ... will be punished."', quote('Ana Vidal', 'will be punished'));
  shouldExtract('"We will respond firmly," Cuba\'s official news agency said.', quote('Cuba', 'respond firmly'), noEntity("Cuba's official"));
  shouldExtract('Ana Ruiz confirmed she recently spoke with Foreign Minister Luis Vera. “We would still like to meet … I had a good call with Foreign Minister Vera,” she said.', quote('Ana Ruiz', 'still like to meet'));
  shouldExtract('Trade Representative Ana Ruiz today released the following statement:\n\n“On June 18, the President directed me to act on these imports.”', quote('Ana Ruiz', 'directed me'));
  shouldExtract('Taras Melnyk was freed on Friday. His mother, Olena, said she had recognised him only by his voice. “He is home,” she said.', { describe: 'Taras Melnyk does not say "He is home"', test: (x) => !stmts(x, 'Quote').some((q) => labelOf(x, q.speaker) === 'Taras Melnyk') });
  // a capital acting as its government, past the day it acted on
  shouldExtract('Unions kept up the strike. Seoul on Tuesday issued a stark warning to the strikers: "those who block the ports will be punished."', quote('South Korea', 'block the ports'));
  // a name inside the quote is not the one who says it; after the verb, the person rather than the demonym of a title
  shouldExtract('“We have raised it in our talks with the Indian trade minister, Ravi Menon,” said Canadian trade minister Claire Dubois.', quote('Claire Dubois', 'raised it'), { describe: 'Ravi Menon says nothing', test: (x) => !stmts(x, 'Quote').some((q) => labelOf(x, q.speaker) === 'Ravi Menon') });
  shouldExtract('Meseret Alemayehu denied that the flow had fallen in Sudan and Egypt and called the warning “the language of another century.”', quote('Meseret Alemayehu', 'language of another century'));
  shouldExtract('A Western diplomat said Washington had urged Cairo to soften its tone but that the gap “has not moved an inch.”', quote('Western diplomat', 'has not moved an inch'));
  shouldExtract('Yohanes Siregar, a lawyer for Buli Nikel, spoke. "We went to court," he told Reuters.', quote('Yohanes Siregar', 'We went to court'), entity('Organization', 'Buli Nikel'));
  shouldExtract('The EU sanctioned Nyoman Mineral Group and Prypiat Fertiliser Trading. NMG denied the accusations.\n\nNyoman Mineral Group rejected them. In a statement, the company called the sanctions “an attack on farmers.”', quote('Nyoman Mineral Group', 'an attack on farmers'));
  shouldExtract('"The border stays open," said Tomas Novak.', quote('Tomas Novak', 'The border stays open'));
  shouldExtract('"The border stays open," Tomas Novak told Reuters.', quote('Tomas Novak', 'The border stays open'), entity('Organization', 'Reuters'));
  shouldExtract('Tomas Novak said: "The border stays open."', quote('Tomas Novak', 'The border stays open'));
  shouldExtract('“We will rebuild,” Ines Moreau said. “It will take years.”', quote('Ines Moreau', 'It will take years'));
  shouldExtract('Ines Moreau warned that the deal was “dead on arrival in Congress.”', quote('Ines Moreau', 'dead on arrival'));
  shouldExtract('“Every day the road stays closed, children go hungry.\n\n“Give us thirty days,” said Amara Diop, a WFP director.', quote('Amara Diop', 'Every day the road stays closed'), quote('Amara Diop', 'Give us thirty days'));
  shouldExtract('Kenji Mori said the test was "a grave threat to peace" and said Tokyo had protested.', quote('Kenji Mori', 'a grave threat'));
  shouldExtract('The Trade Ministry said it would respond. "We will not accept these duties," the statement said.', quote('Trade Ministry', 'We will not accept these duties'));
  // the speaker is the speech verb's subject in the parse
  shouldExtract('Chile’s trade minister, Rosa Vidal, says the deal is “a fair one for both.”', quote('Rosa Vidal', 'a fair one'));
  shouldExtract('German Economy Minister Lena Kraus, visiting the plant, said it was “the future of the region.”', quote('Lena Kraus', 'the future'));
});

describe('threats (statements.json threat)', () => {
  // a thing said to be or become a declared target, or one on a condition, threatens its owner (cue-words.tsv target-noun, target-adjective, becoming-verb)
  shouldExtract('Talks went on. In a letter to the UN, Peru warned that all Chilean bases in the region would be legitimate targets if Peru were attacked.', threat('Peru', 'Chile', /attacked/));
  shouldExtract('Talks went on. Ana Vidal said Chilean bases would be legitimate targets.', threat('Ana Vidal', 'Chile'));
  shouldExtract('Talks went on. Chilean ships would be easy targets for pirates, Ana Vidal said.', noThreat());
  // "The letter warned …" after "Peru sent a letter": the letter's sender warns; whom it is sent to is not threatened
  shouldExtract('Talks went on. Peru sent a letter to Luis Vera. The letter warned that all Chilean bases would be legitimate targets if Peru were attacked.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Peru sent a letter to the UN chief, Luis Vera, saying it would respond decisively to any aggression.', noThreat());
  // a warning's that-clause set apart from it by a date is the warning's (cue-words.tsv content-noun)
  shouldExtract('Talks went on. Chile was responding to a Peruvian warning on Tuesday that Chilean ships would be seized.', threat('Peru', 'Chile'));
  // a quotation telling another's vow: the named subject vows, not the one quoted
  shouldExtract('Talks went on. "Peru vows to seize any and all Chilean ships. Get ready Peru," Ana Vidal wrote.', threat('Peru', 'Chile'));
  // "be going to" says the future as "will" does; bad things coming, or things getting tough, on a condition are a harm (cue-words.tsv bad-adjective, coming-verb)
  shouldExtract('Talks went on. “If Chile doesn’t give the base back, bad things are going to happen,” Ana Vidal said.', threat('Ana Vidal', 'Chile', /give the base back/));
  shouldExtract('Talks went on. Ana Vidal said things will get very tough if Chile does not pay.', threat('Ana Vidal', 'Chile', /pay/));
  shouldExtract('Talks went on. Bad things happen when markets fall, Ana Vidal said.', noThreat());
  shouldExtract('Talks went on. Chile said it is not going to take any unfriendly actions against Peru.', noThreat());
  // whom an act is said to be against is its target, before whom the condition names
  shouldExtract('Talks went on. Peru said it would take legal action against Chile if the frozen assets were used to support Bolivia.', threat('Peru', 'Chile'));
  // a harming act named by the subject goes on, on a condition: whom it falls on is threatened
  shouldExtract('Talks went on. Ana Vidal said the strikes on Chile will continue to escalate unless the message is understood.', threat('Ana Vidal', 'Chile', /unless/));
  // "despite warnings by X that …": whoever went ahead was warned; "threatening the country with Y": Y is the act
  shouldExtract('Talks went on. Peru signed the act on Wednesday despite stern warnings by Chile that it would retaliate with countermeasures if the legislation became law.', threat('Chile', 'Peru', /legislation/));
  // a passive judging predicate said of "the government" a reporter speaks for is the reporter's country's
  shouldExtract('Peru refused a port call. The government was disappointed in this decision, Chilean spokesman Luis Vera added.', stance('Chile', 'Opposes', /decision/));
  // a protest lodged on a condition is a recourse held in store (threats.tsv); so is one planned on a condition
  shouldExtract('Talks went on. Peru is planning to lodge a formal protest with the trade body if Chile ratifies the proposal, Ana Vidal said.', threat('Ana Vidal', 'Chile', /Chile ratifies/));
  // a bad time said to be someone's, on a condition (cue-words.tsv bad-adjective)
  shouldExtract('Talks went on. "If the talks aren\'t successful, I think it\'s going to be a very bad day for Peru," Ana Vidal said.', threat('Ana Vidal', 'Peru', /talks aren't successful/));
  // a single-quoted word inside the clause does not hide the threat
  shouldExtract("Talks went on. Peru warned it would 'aggressively' enforce sanctions and add new ones if Chile supplies arms to Bolivia.", threat('Peru', 'Chile', /Chile supplies arms/));
  // after a subject "it", the to-clause of a judging predicate is what is judged
  shouldExtract('Talks went on. Ana Vidal said it would be hypocritical for Chile to withdraw the funding.', stance('Ana Vidal', 'Opposes', /withdraw the funding/));
  // whom a harm said of a thing is "for" suffers it, before whom the condition names
  shouldExtract('Talks went on. Ana Ruiz said the consequences would be devastating for Chile if Luis Vera dies in prison.', threat('Ana Ruiz', 'Chile'));
  // a clause opened by "for" says what the target is punished for, not what is done; a dateline's credit makes no threat
  shouldExtract('Tuesday, March 3, 2026\n\nDispute\n\nLima, Mar 3 (XNA) The Peruvian government vowed to take escalatory measures against Chile for hosting the rebels.', threat('Peru', 'Chile'), { describe: 'the act is the measures alone', test: (x) => stmts(x, 'Threat').some((t) => /measures against Chile$/.test(t.action)) }, { describe: 'no threat by XNA', test: (x) => !stmts(x, 'Threat').some((t) => labelOf(x, t.threatener) === 'XNA') });
  shouldExtract('Talks went on. Ana Vidal issued a sharp warning to Chile on Wednesday, threatening the country with a punitive trade deal for refusing to meet the target.', { describe: 'the threatened act is the trade deal', test: (x) => stmts(x, 'Threat').some((t) => /trade deal/.test(t.action)) });
  // "no choice but to" hung from "have" itself, after an if-clause the parse hung beside it from the speech verb
  shouldExtract('Talks went on. Peruvian President Ana Vidal said if Peru is “forced to defend itself and its allies, we will have no choice but to totally destroy Chile.”', threat('Ana Vidal', 'Chile', /forced/));
  // revenge for the killing of someone is not aimed at whom the killing befell
  shouldExtract('Talks went on. Peru vowed revenge for the assassination of Luis Vera in Lima.', noThreat());
  // a defence or measures held in store ("reserves the right to defend itself", "would reserve all legal actions") warn the article's other party
  // a thing taken or treated as an act (or a declaration) of war threatens whoever would do it (cue-words.tsv regarding-verb)
  shouldExtract('Peru moved troops to the border. Chilean President Ana Vidal said Chile would treat any attack by Peru as an act of war.', threat('Ana Vidal', 'Peru'));
  // "told X that Y fears Z will attack and warned of sanctions": the teller warns, not the one feared
  shouldExtract('Peruvian President Ana Vidal told Chilean President Luis Vera on Monday that Lima fears Chile will attack Bolivia and warned of tough sanctions should Santiago go ahead.', threat('Ana Vidal', 'Luis Vera'));
  // a warning against an act with no harm named is a stance, not a threat; against playing with fire it threatens
  shouldExtract('Peru’s foreign minister Ana Vidal warned Chile against any meddling in Peruvian elections.', noThreat());
  shouldExtract('Peru’s embassy warned Chile against playing with fire over the islands.', threat('Peru', 'Chile'));
  // whom an overthrow befell is no target, however the parse hangs the name after "of"
  shouldExtract('Peru’s junta expelled the Chilean envoy. Unless the soldiers go back to their barracks, Mercosur will use force to undo last week’s overthrow of President Okafor.', { describe: 'no threat on Okafor', test: (x) => !stmts(x, 'Threat').some((t) => targetsOf(t).some((g) => labelOf(x, g) === 'Okafor')) });
  // a country's seat of government is on its side, never its target
  shouldExtract('Peru signed a security pact with Chile on Monday.\n\n“Should a base be built, the team said the United States would have serious concerns and respond accordingly,” U.S. officials wrote in a White House summary of the talks.', { describe: 'no threat on the White House', test: (x) => !stmts(x, 'Threat').some((t) => targetsOf(t).some((g) => labelOf(x, g) === 'White House')) });
  shouldExtract('With Bolivia behind it, Peru has insisted that the Chilean government annul the outcome of the poll or face more tariffs and isolation.', threat('Peru', 'Chile'));
  shouldExtract('Peru signed a pact with Bolivia on Monday. Peru and Bolivia will hold drills. Chile will go its own way and reserves the right to defend itself, Chilean President Ana Vidal said.', threat('Chile', 'Peru'));
  shouldExtract('Peru and Bolivia criticised the vote on Monday. Peru and Bolivia are wrong, Chilean minister Luis Vera said. He said the Chilean government would reserve all legal and diplomatic measures to protect its interests.', threat('Chile', 'Peru'));
  // an if-clause the parse hangs as a complement of a warning is its condition; the right to take a harmful step threatens it;
  // a pronoun in the condition stands for the other party the consequence names
  shouldExtract('Peru warned of serious consequences if Chile went ahead with the plan.', threat('Peru', 'Chile', /if Chile went ahead/));
  shouldExtract('Peru said it reserved the right to take countermeasures against Chile.', threat('Peru', 'Chile'));
  // a warning that one is ready to use force (threats.tsv harm "force"); an unnamed army speaks through whoever reports it
  shouldExtract('Peru warned Chile that it was ready to use force.', threat('Peru', 'Chile'));
  // an ultimatum: a deadline to act, or else a harm
  shouldExtract('Peru gave Chile a week to withdraw its troops or face military intervention.', threat('Peru', 'Chile'));
  shouldExtract('Peru warned Chile on Tuesday it had ten days to withdraw its troops or face tariffs.', threat('Peru', 'Chile'));
  shouldExtract('Peru called on Chile to end the blockade or face sanctions.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Peru said that if Chile goes into Arica, it will not supply the weapons.', threat('Peru', 'Chile', /goes into Arica/));
  shouldExtract('Talks went on. Peru said it will not provide details of the talks with Chile.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  shouldExtract('Talks went on. Peru will not release the aid until Chile holds elections, the minister said.', threat('Peru', 'Chile', /until Chile holds elections/));
  shouldExtract('Talks went on. Peru said it will not sign the deal until it has read it.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  shouldExtract('Talks went on. Peru said its port will not be opened to Chilean exports unless the government in Santiago ends the blockade.', threat('Peru', 'Chile', /government in Santiago/));
  shouldExtract('Peru said all options remained on the table if Chile refused to withdraw.', threat('Peru', 'Chile', /refused to withdraw/));
  shouldExtract('Peru said military action remained on the table if Chile refused to withdraw.', threat('Peru', 'Chile'));
  shouldExtract('Peru said all options were on the table for the new stadium in Lima.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  shouldExtract('Bolivia, a close ally of Peru, said on Wednesday that it backed Lima\'s position and would support any measures to defend its sovereignty.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  shouldExtract('Former minister Ana Soto said: "If the restrictions on Peru get tougher, Peru\'s countermeasures will also escalate."', { describe: 'no threat against Peru', test: (x) => !stmts(x, 'Threat').some((t) => labelOf(x, t.target) === 'Peru') });
  shouldExtract('Peru told Chile on Friday that it is cutting off gas supplies if Chile goes ahead with the pipeline.', threat('Peru', 'Chile', /goes ahead/));
  shouldExtract('Peru said on Friday that it is cutting off gas supplies to Chile as demand rises.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  shouldExtract('Peru on Saturday gave the Chilean agency three months to move the refugees from the camp — the largest in the region — to Bolivia, or “we will move them ourselves.”', threat('Peru', 'Chile'));
  shouldExtract('Chile is angry. Chilean leaders have hit out at Peruvian President Ana Soto for threatening a freeze on military aid to the country if it goes ahead with the strike.', threat('Ana Soto', 'Chile'));
  shouldExtract('The Shining Path Front attacked a base on Monday. Peru threatened the militant group with further consequences if it does not free the hostages.', threat('Peru', 'Shining Path Front'));
  shouldExtract('Peru called on Chile to end the blockade or risk losing trade rights.', threat('Peru', 'Chile'));
  shouldExtract('Peru pressed Chile to release the sailors or face consequences.', threat('Peru', 'Chile'));
  shouldExtract('Peru called for talks or a vote on the border.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  shouldExtract('Peru said the dispute with Chile risks escalating tensions.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  shouldExtract('Peru said on Tuesday that Chile had ten days to file its appeal.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  shouldExtract('Talks went on. Peru issued an ultimatum to Chile.', threat('Peru', 'Chile'));
  // readiness parsed as a passive; a passive harm falls on its subject; measures against someone in their purpose
  shouldExtract('Talks went on. Peru said it was prepared to take countermeasures against Chile.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Peru warned that Chilean ships would be seized if they entered its waters.', threat('Peru', 'Chile', /if they entered/));
  shouldExtract('Talks went on. Peru said Chile would be held accountable for the attack.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Peru said it would take all necessary measures to defend itself against Chile.', threat('Peru', 'Chile'));
  // a condition before a closing "officials said"; a to-clause hung as an adverbial; an at-phrase aimed at; "will not tolerate"
  shouldExtract('Talks went on. Peru will retaliate if Chile imposes the tariffs, officials said.', threat('Peru', 'Chile', /if Chile imposes/));
  shouldExtract("Talks went on. Ana Ruiz, Peru's president, threatened on Sunday to expel the Chilean ambassador.", threat('Ana Ruiz', 'Chile'));
  shouldExtract('Talks went on. Ana Ruiz said Peru would hit back at Chile with countermeasures.', threat('Ana Ruiz', 'Chile'));
  shouldExtract('Talks went on. Ana Ruiz warned Chile that Peru would not tolerate further violations.', threat('Ana Ruiz', 'Chile'));
  shouldExtract('Talks went on. Ana Ruiz said Peru would not tolerate further delays.', { describe: 'no threat on no one', test: (x) => stmts(x, 'Threat').length === 0 });
  // "…, state media KCNA reported" closes the sentence; it is no part of the condition
  shouldExtract('Talks went on. Peru warned on Saturday that it would take "merciless" countermeasures if Chile and Bolivia went ahead with joint military exercises later this month, state media Andina reported.', { describe: 'the condition ends before the attribution', test: (x) => stmts(x, 'Threat').some((t) => /^if Chile and Bolivia went ahead/.test(t.condition ?? '') && !/reported/.test(t.condition ?? '')) });
  // the right retained; readiness to harm falls on the party the article names most; "will not allow" said by an agent, not a thing;
  // measures taken to defend something are aimed at the party the article names most
  shouldExtract('Talks went on. Peru said it retained the right to take further action against Chile.', threat('Peru', 'Chile'));
  shouldExtract('Chile raised its tariffs on Peruvian copper. Chile said the move was legal. Peru said it was prepared to impose countermeasures.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Peru will not allow Chile to build the dam.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Ana Ruiz said the accord would not allow Chile to build a base.', { describe: 'no threat', test: (x) => stmts(x, 'Threat').length === 0 });
  shouldExtract('Mercosur imposed duties on Peruvian cars. Mercosur said they were fair. Peru will take all possible measures to defend the interests of Peruvian firms.', threat('Peru', 'Mercosur'));
  shouldExtract('Chile moved troops to the border on Sunday. Chile denied it. Peruvian President Ana Ruiz warned that any attack on Peru would be met with force.', threat('Ana Ruiz', 'Chile'));
  // a harm threatened outright, with no one named, falls on the country the article names most; the lead and the body say one threat once
  shouldExtract('Uganda passed the law on Monday. Uganda defended it. President Tomas Berg of Peru had threatened aid cuts and other sanctions.', threat('Tomas Berg', 'Uganda'));
  shouldExtract('Peru threatened to impose tariffs on Chile. Later, Peru threatened to impose heavy tariffs on Chile over copper.', { describe: 'one threat', test: (x) => stmts(x, 'Threat').length === 1 });
  shouldExtract('Talks failed. Defence Minister Ana Ruiz said the army was ready to retaliate against Chile.', threat('Ana Ruiz', 'Chile'));
  shouldExtract('Talks failed. Peru will cut diplomatic ties with Chile unless it withdraws its troops, Ana Ruiz said.', threat('Ana Ruiz', 'Chile', /unless it withdraws/));
  // a warning that the warner itself could do harm threatens; one that someone else could is a forecast
  shouldExtract('Peru warned it could cut off gas supplies to Chile.', threat('Peru', 'Chile'));
  shouldExtract('Ana Ruiz warned that Chile could invade Bolivia any day.', { describe: 'no threat by Ana Ruiz', test: (x) => !stmts(x, 'Threat').some((t) => labelOf(x, t.threatener) === 'Ana Ruiz') });
  // a capital that acts ("by Lima") or is threatened, warned or sanctioned is its government; one visited stays a city
  shouldExtract('Santiago said it would respond resolutely to any provocation by Lima.', threat('Chile', 'Peru'));
  shouldExtract('Washington threatened Bogota with sanctions unless it accepted the flights.', threat('United States', 'Colombia', /unless it accepted/));
  shouldExtract('The minister visited Lima on Monday.', entity('City', 'Lima'), noEntity('Peru'));
  // a harm not ruled out is threatened; "warned X against Y" warns X; talks not ruled out threaten no one
  shouldExtract('Peru did not rule out military action against Chile. Bolivia did not rule out talks with Chile.', threat('Peru', 'Chile'), { describe: 'Bolivia threatens no one', test: (x) => !stmts(x, 'Threat').some((t) => labelOf(x, t.threatener) === 'Bolivia') });
  shouldExtract('The Chinese embassy warned the Philippines against playing with fire.', threat('China', 'Philippines'));
  shouldExtract("Peru's prime minister sternly warned the United States against ramping up tariffs, saying Sunday that Lima would retaliate with economic means.", threat('Peru', 'United States'));
  shouldExtract('The United States left the door open to fresh sanctions on Venezuela.', threat('United States', 'Venezuela'), noSanction());
  shouldExtract('Peru said military action against Chile remains on the table.', threat('Peru', 'Chile'));
  // serious consequences for X are a harm; whoever faces a harm suffers it; "state media said, citing X": X threatens
  shouldExtract("Peru's response to the blockade by Chile will carry serious consequences for Chile, Ana Ruiz said.", threat('Ana Ruiz', 'Chile'));
  shouldExtract("Chile will face devastating consequences for dropping leaflets over Peru, state media said on Tuesday, citing Ana Ruiz, the leader's sister.", threat('Ana Ruiz', 'Chile'), { describe: 'Chile threatens no one', test: (x) => !stmts(x, 'Threat').some((t) => labelOf(x, t.threatener) === 'Chile') });
  // a modal the tokenizer keeps on its pronoun ("we’ll"); a harm announced with "there will be"; an official named only by a description threatens for the country
  shouldExtract('“We’ll retaliate against Chile if it goes ahead,” Peruvian Foreign Minister Ana Vidal said.', threat('Ana Vidal', 'Chile', /^if it goes ahead$/));
  shouldExtract('There will be retaliatory measures against Chile, Peruvian Foreign Minister Ana Vidal said.', threat('Ana Vidal', 'Chile'));
  shouldExtract('Chile will pay a heavy price for the visit, a top Peruvian government official said on Monday.', threat('Peru', 'Chile'));
  shouldExtract('Chinese State Councillor Wang Lun said the talks were over.', entity('Person', 'Wang Lun'), noEntity('State Councillor Wang Lun'));
  // a warning the parse hangs inside the condition is the reporter's, aimed at the condition's subject
  shouldExtract('Ana Ruiz said it would be a "grave provocation" if Luis Vera visited Quito, warning of "serious consequences".', threat('Ana Ruiz', 'Luis Vera', /^if Luis Vera visited Quito$/));
  // "shall be responsible for the consequences": the one made responsible is threatened
  shouldExtract("Peru's foreign ministry said the Bolivian side shall be responsible for all the ensuing consequences.", threat('Peru', 'Bolivia'));
  shouldExtract('Ana Vidal said Bolivia would be responsible for the security of the summit.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  // "warned X not to …" with no harm named and no condition is a warning, which real-news gold reads as a stance, not a
  // threat (unless the line warned of is a red one); "vowed not to strike" threatens no one
  shouldExtract('Peru warned Chile not to send troops to the border.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  shouldExtract('Peru warned Chile not to send troops to the border or face sanctions.', threat('Peru', 'Chile'));
  shouldExtract('Peru vowed not to strike Chile.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  shouldExtract('Chinese President Xi Jinping warned his US counterpart Joe Biden not to cross the red line over Taiwan.', threat('Xi Jinping', 'Joe Biden'));
  // "US officials" speak for the United States
  shouldExtract('US officials have threatened to impose tougher sanctions on Turkey if Ankara refuses to halt its offensive.', threat('United States', 'Turkey', /refuses/));
  // what befalls a third party that depends on its own act threatens it ("would not escape … unless it disarms")
  shouldExtract('Turkey said the PKK would not be able to escape its end unless it lays down its arms.', threat('Turkey', 'PKK', /unless it lays down/));
  shouldExtract('Lima said it would be forced to take retaliatory steps if Chile joined the pact.', threat('Peru', 'Chile', /if Chile joined/));
  shouldExtract('Ana Ruiz warned that Chile would pay a dear price for the leaflets.', threat('Ana Ruiz', 'Chile'));
  // two threats in one sentence: the consequence is read past the cue inside its condition
  shouldExtract('Bolivian President Ana Ruiz said on Thursday that she will impose retaliatory tariffs on Peru if President Tomas Berg follows through on a pledge to raise import taxes by 50%.', threat('Ana Ruiz', 'Tomas Berg', /follows through/), threat('Tomas Berg', 'Peru'));
  shouldExtract('Chile will have to face devastating consequences, Ana Ruiz said.', threat('Ana Ruiz', 'Chile'));
  // threats.tsv harm nouns and litotes
  shouldExtract('Peru said it would take resolute countermeasures against Chile.', threat('Peru', 'Chile'));
  shouldExtract('Lima would not hesitate to use force against Bolivia, Ana Ruiz said.', threat('Ana Ruiz', 'Bolivia'));
  // who acts along with the threatener is on its side; what the harm falls on comes first
  shouldExtract('"Everyone should take their hands off Bolivia and we, along with our Bolivian brothers, will crush the heads of the Shining Path in a short time," Ana Ruiz said.', threat('Ana Ruiz', 'Shining Path'));
  shouldExtract('Chile threatened Peru with tariffs if it did not stop the flow of contraband.', threat('Chile', 'Peru', /^if it did not stop/), { describe: 'the action is the tariffs', test: (x) => stmts(x, 'Threat').some((t) => t.action === 'tariffs') });
  shouldExtract('ECOWAS said the junta in Guinea should set a timeline by April, or it would slap sanctions on the government.', threat('ECOWAS', 'Guinea'));
  shouldExtract('Turkey threatened to mount an operation against the militia based in northern Syria if its demands are not met.', { describe: 'Syria, where the militia is, is not the target', test: (x) => !stmts(x, 'Threat').some((t) => targetsOf(t).some((g) => labelOf(x, g) === 'Syria')) });
  shouldExtract('Kenya issued an ultimatum to Somalia to hand over the suspects within 48 hours.', threat('Kenya', 'Somalia'));
  shouldExtract('The European Union said it was ready to impose countermeasures on Brazil if talks fail.', threat('European Union', 'Brazil', /talks fail/));
  shouldExtract('Japan said it was ready to resume talks with China.', { describe: 'no threat', test: (x) => stmts(x, 'Threat').length === 0 });
  shouldExtract('Chile signed the deal. Chile will export lithium.\n\n"If the government sends this contract ahead without asking us, we will block Route 23," Ana Cruz told protesters.', threat('Ana Cruz', 'Chile', /the government sends/), entity('Place', 'Route 23'));
  // a pronoun inside quoted words is not whoever the sentence names outside them (the one quoted)
  shouldExtract('Talks went on. Tomas Roca spoke after Luis Vera left. “We will make him pay,” Roca said.', { describe: '"him" is Luis Vera', test: (x) => byLabel(x, 'Luis Vera')?.mentions.some((m) => m.text === 'him') === true });
  // "“…,” the statement said": whoever the sentence that last named a statement has issue it, not the last one to speak
  shouldExtract('Talks went on. Peru said it would expel the consul after Chile said it would send home a diplomat.\n\nPeru\'s foreign ministry labelled the consul persona non grata in a statement published online.\n\nThe consul was told to leave by Friday.\n\n“Peru strongly condemns this move by Chile,” the statement said.', quote('Peru', 'strongly condemns this move'), noQuoteBy('Chile'));
  // "X told the Chilean leader: “…”": not the one told
  shouldExtract('Talks went on. Prime Minister Ana Vidal of Peru met Chilean President Tomas Roca in Lima. The Prime Minister told the Chilean leader: “We want peace.”', noQuoteBy('Tomas Roca'));
  // "will make X pay": the maker threatens, the one made to pay suffers
  shouldExtract('Talks went on. Tomas Roca said he would make Chile pay a very big price.', threat('Tomas Roca', 'Chile'));
  shouldExtract('Brian Otieno spoke first. "If they tax her shop again, she will close," said Wanjiru, a trader.', { describe: 'no threat against a pronoun', test: (x) => stmts(x, 'Threat').length === 0 });
  shouldExtract('Ravi Menon warned that if Pakistan attacked again, India would strike back.', threat('Ravi Menon', 'Pakistan', /if Pakistan attacked/));
  shouldExtract('"If Japan sends ships, we will respond with force," Li Wei said.', threat('Li Wei', 'Japan', /Japan sends ships/));
  shouldExtract('Turkey threatened to close its border with Syria.', threat('Turkey', 'Syria'));
  shouldExtract('The United States threatened sanctions on Sudan if the talks fail.', threat('United States', 'Sudan', /talks fail/), { describe: 'a threatened sanction is not imposed', test: (x) => stmts(x, 'Sanction').length === 0 });
  shouldExtract('If the rains fail, farmers will suffer, Anna Kowalska said.', { describe: 'no threat without a target', test: (x) => stmts(x, 'Threat').length === 0 });
  // read from the parse (data/lexicon/threats.tsv)
  shouldExtract('Defence Minister Karl Brandt warned Serbia that its troops would face consequences.', threat('Karl Brandt', 'Serbia'));
  shouldExtract('Karl Brandt visited the border, threatening to expel Serbian diplomats.', threat('Karl Brandt', 'Serbia'));
  shouldExtract('Spokesperson Mei Tan called on Japan to respect the agreement, warning that China would respond firmly if the patrols continued.', threat('Mei Tan', 'Japan', /patrols continued/));
  shouldExtract('Ana Cruz said Chile would never let the companies leave.', { describe: 'a negated clause without a condition threatens nobody', test: (x) => stmts(x, 'Threat').length === 0 });
  shouldExtract('Brazil will retaliate against Argentina, Rui Costa said.', threat('Rui Costa', 'Argentina'));
  shouldExtract('Ana Cruz warned Serbia of serious consequences.', threat('Ana Cruz', 'Serbia'), { describe: 'the action is what is warned of', test: (x) => stmts(x, 'Threat').some((s) => s.action === 'serious consequences') });
  shouldExtract('The deal was signed by Norway, which on Monday issued a warning to Russia of "firm action," as well as Denmark.', threat('Norway', 'Russia'));
  shouldExtract('Jonas Berg issued a stern warning: if Estonia moved troops, Moscow would respond with force.', threat('Jonas Berg', 'Estonia', /Estonia moved/));
  // a closing "…, X's defence ministry warns" and an opening "Should …," are read from the repaired parse
  shouldExtract("Peru will suffer a crushing defeat by the Chilean navy if it tries to use force, Chile's defence ministry warns, raising the stakes.", threat('Chile', 'Peru', /tries to use force/));
  shouldExtract('"Should the Peruvian side dare to take a risk, it will only suffer a crushing defeat and pay a heavy price," Ana Vidal said.', threat('Ana Vidal', 'Peru', /Peruvian side/));
  shouldExtract('Ana Vidal said Peru would unleash a wave of strikes on Chile.', threat('Ana Vidal', 'Chile'));
  // "reserves the right to respond"; "more sanctions are coming unless …" (a measure on a condition)
  shouldExtract('Chile struck targets in Peru on Tuesday. Peru reserves the right to respond to this illegal act by Chile.', threat('Peru', 'Chile'));
  shouldExtract('Ana Vidal said more sanctions on Chile are coming unless there is some drastic change in Chile.', threat('Ana Vidal', 'Chile', /drastic change/));
  shouldExtract('Ana Vidal said more tourists are coming to Chile.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  // a measure threatens when something sets it off or it is against someone (threats.tsv "measure")
  shouldExtract('Peru said it would take all necessary measures to defend its farmers if Chile imposed the duties.', threat('Peru', 'Chile', /Chile imposed/));
  shouldExtract('The Peruvian foreign minister said further steps would be taken against Chile in due course.', threat('Peru', 'Chile'));
  shouldExtract('Peru said it would take measures to support its farmers.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  // "added in a statement that …" speaks the clause; a harm as the subject is part of the action
  shouldExtract('Peru added in a statement that, if Chile did not free the former president by next week, individual sanctions would ensue.', threat('Peru', 'Chile', /Chile did not free/), { describe: 'the sanctions are the action', test: (x) => stmts(x, 'Threat').some((s) => /^individual sanctions/.test(s.action)) });
  // a condition the parse hung from the consequence's subject, under a statement's clause; a measure under "must" or "could" on a condition
  shouldExtract('Talks went on. Chile said in a statement that if Peru\'s generals did not hand power back by Friday, "targeted sanctions" would follow against Peru.', threat('Chile', 'Peru', /did not hand power back/));
  shouldExtract('Talks went on. Ana Vidal said a military intervention in Chile must be considered if talks failed to persuade its leader to leave.', threat('Ana Vidal', 'Chile', /talks failed/));
  shouldExtract('Talks went on. Ana Vidal said a military intervention in Chile must be considered.', { describe: 'no condition, no threat', test: (x) => !stmts(x, 'Threat').length });
  // a right reserved beside a measure taken in the same sentence stays a threat, aimed at the article's other party
  shouldExtract('Talks went on. Chile criticised the arrests. Peru froze all trade with Chile and said it reserved the right to respond.', threat('Peru', 'Chile'));
  // a "should" with its subject after it, late in the sentence, is an inverted condition
  shouldExtract('Talks went on. Peru said it would retaliate with tariffs of its own should Chile go ahead.', threat('Peru', 'Chile', /should Chile go ahead/));
  // could/might on a condition: a harm one's own side could do, or a measure another could suffer; another's act is a forecast
  shouldExtract('Talks went on. Peru said it could expel Chilean diplomats if the spying continued.', threat('Peru', 'Chile', /spying continued/));
  shouldExtract('Talks went on. Peru said Chile could face sanctions if it kept blocking the deal.', threat('Peru', 'Chile', /kept blocking/));
  shouldExtract('Talks went on. Ana Vidal said Chile could close the border if attacked.', { describe: 'a forecast of what another could do', test: (x) => !stmts(x, 'Threat').length });
  shouldExtract('Talks went on. Chile risks sanctions if it continues to block the deal, Peru said.', threat('Peru', 'Chile', /continues to block/));
  // a harm the verb's complement names; what a thing brings about; an act of war; a harm hinted at
  shouldExtract('Talks went on. Peru said it would consider cutting ties with Chile if the attacks continued.', threat('Peru', 'Chile', /attacks continued/));
  shouldExtract('Talks went on. Failure to comply will result in sanctions against Chile, Peru said.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Peru said any deployment of troops by Chile would be considered an act of war.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Peru hinted at retaliation against Chile.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Peru hinted that it would join the talks with Chile.', { describe: 'a hint of no harm', test: (x) => !stmts(x, 'Threat').length });
  // measures kept in reserve: an option, on the table, under consideration; none of them imposed
  shouldExtract('Talks went on. Peru said sanctions on Chile remained an option.', threat('Peru', 'Chile'), { describe: 'no sanction imposed', test: (x) => !stmts(x, 'Sanction').length });
  shouldExtract('Talks went on. Peru said all options were on the table regarding Chile.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Peru said it was considering sanctions against Chile.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Peru considers the sanctions on Chile to be illegal.', { describe: 'a measure judged, not weighed', test: (x) => !stmts(x, 'Threat').length });
  // "the government in Lima" is the country of its seat, not the country named last
  shouldExtract('Talks went on. Peru and Chile argued. The government in Lima vowed to hit back against any punitive measures imposed by Chile.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Ana Vidal said she would eliminate the rebels of the Shining Path as quickly as possible.', threat('Ana Vidal', 'Shining Path'));
  // acts that threaten on a condition only (threats.tsv "conditional"); an envoy recalled is one's own
  shouldExtract('Talks went on. Peru said it would recall its ambassador from Chile if the arrests continued.', threat('Peru', 'Chile', /arrests continued/));
  shouldExtract('Talks went on. Peru would downgrade diplomatic ties with Chile if the spying continued.', threat('Peru', 'Chile', /spying continued/));
  shouldExtract('Talks went on. Ana Vidal said Peru would recall its ambassador from Chile.', { describe: 'a recall announced, not threatened', test: (x) => !stmts(x, 'Threat').length });
  // an act that "will not go unanswered" threatens whoever did it; idleness denied on a condition; measures to defend against someone
  shouldExtract('Talks went on. Peru said the seizure of its ship by Chile would not go unanswered.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Peru said it would not sit idly by if Chile moved troops to the border.', threat('Peru', 'Chile', /Chile moved troops/));
  shouldExtract('Talks went on. Peru said it would use all means at its disposal to defend itself against Chile.', threat('Peru', 'Chile'));
  // what someone fears another will do is a forecast, not the teller's threat
  shouldExtract('Talks went on. Ana Vidal said she was concerned Chile will invade Bolivia.', { describe: 'a fear is no threat', test: (x) => !stmts(x, 'Threat').length });
  // a measure starting on a named day is announced; leaving a thing open harms no one
  shouldExtract('Talks went on. Ana Vidal said her government would impose a 30% security charge on goods from Chile, starting on February 1.', { describe: 'announced, not threatened', test: (x) => !stmts(x, 'Threat').length });
  shouldExtract('Talks went on. Ana Vidal said Peru will leave only one border crossing with Chile open.', { describe: 'no harm', test: (x) => !stmts(x, 'Threat').length });
  shouldExtract('Talks went on. Ana Vidal said the costs to Chile will only increase if the attacks continue.', threat('Ana Vidal', 'Chile', /attacks continue/));
  // a headline's threat counts when the body tells none; a body that tells one keeps its own words
  shouldExtract('Peru threatens Chile with sanctions over border wall\n\nOfficials in Lima spoke on Monday about the wall.', threat('Peru', 'Chile'));
  shouldExtract('Peru threatens Chile with sanctions over border wall\n\nPeru said it would impose sanctions on Chile if the wall was built.', threat('Peru', 'Chile', /if the wall was built/), { describe: 'one threat, told by the body', test: (x) => stmts(x, 'Threat').length === 1 });
  // a condition opened by "absent", "barring" or "failing": a measure on it is threatened, not imposed
  shouldExtract('Talks went on. Ana Vidal said that absent progress toward a ceasefire, Peru will designate specific Chilean leaders under the new sanctions regime.', threat('Ana Vidal', 'Chile', /absent progress/), { describe: 'no sanction', test: (x) => !stmts(x, 'Sanction').length });
  shouldExtract('Talks went on. Barring a deal by Friday, Peru will impose tariffs on Chilean copper, Ana Vidal said.', threat('Ana Vidal', 'Chile', /Barring a deal/), { describe: 'no sanction', test: (x) => !stmts(x, 'Sanction').length });
  // readiness for a measure of any kind threatens on a condition; without one it is no threat
  shouldExtract('Talks went on. Peru is prepared to take aggressive action unless Chile enters talks, an official said.', threat('Peru', 'Chile', /unless Chile enters talks/));
  shouldExtract('Talks went on. Peru is prepared to take steps to help Chile, an official said.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  // a side made to sacrifice its ties suffers a harm; a bracketed object after its verb
  shouldExtract('Talks went on. "If Chile does not deliver (the suspect), they will sacrifice relations with Peru," Ana Vidal said.', threat('Ana Vidal', 'Chile', /does not deliver/));
  // a thing that endangers another threatens no one, in a quotation too
  shouldExtract('Talks went on. In a statement on Monday, Ana Vidal said that “the long war in southern Chile is a disaster bringing great hardship and threatens the unity of the Chilean state.”', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  // whatever it takes in defence is a harm in store; whatever it takes to help is not
  shouldExtract('Talks went on. Peru will do whatever it takes to defend its sovereignty against Chile, Ana Vidal said.', threat('Ana Vidal', 'Chile'));
  shouldExtract('Talks went on. Peru will do whatever it takes to help Chile, Ana Vidal said.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  // a robust response promised on a condition; readiness for the toughest response; readiness for talks is none
  shouldExtract('Talks went on. Ana Vidal earlier promised a robust response if the ship was not released by Chile.', threat('Ana Vidal', 'Chile'));
  shouldExtract('Talks went on. “Peru is ready for the toughest response to any sanctions imposed by our Chilean partners,” Ana Vidal said.', threat('Ana Vidal', 'Chile'));
  shouldExtract('Talks went on. Peru is ready for talks with Chile, Ana Vidal said.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  // a second verb shares the first's modal and condition ("would have concerns and respond accordingly")
  shouldExtract('Talks went on. If Chile builds the base, Peru would have concerns and respond accordingly, Ana Vidal said.', threat('Ana Vidal', 'Chile', /builds the base/));
  shouldExtract('Talks went on. Peru would hold talks and respond to questions, Ana Vidal said.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  // "no choice but to act" on a condition; without one it is a forecast
  shouldExtract('Talks went on. If Chile does not back down, Peru will have no choice but to act, Ana Vidal said.', threat('Ana Vidal', 'Chile', /back down/));
  shouldExtract('Talks went on. Peru will have no choice but to accept the ruling, Ana Vidal said.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  // a headline's vow of a harm after a present-tense clause
  shouldExtract('Peru vows retaliation after Chile imposes tariffs\n\nOfficials spoke on Monday.', threat('Peru', 'Chile'));
  // stopping a supply harms on a condition; stopping a fight threatens no one
  shouldExtract('Talks went on. "If necessary, we will stop the supply of gas to Chile," Peruvian Prime Minister Ana Vidal said.', threat('Ana Vidal', 'Chile', /necessary/));
  shouldExtract('Talks went on. Peru will stop the fighting in the north, Ana Vidal said.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
});

describe('stances (statements.json stance)', () => {
  // holders and topics from the parse in the word-window cues too
  shouldExtract('The bank, which pushed for the new rules, was closed, Ana Ruiz said.', noStance('Ana Ruiz'));
  shouldExtract('Peru was not willing to join the trilateral meeting, Ana Ruiz said.', stance('Peru', 'Opposes', /trilateral meeting/), noStance('Ana Ruiz'));
  shouldExtract('The Chilean army intervened to drive back the rebels.', noStance('Chile'));
  shouldExtract('Ana Ruiz said the duty would be applied to the proposed list of products.', noStance('Ana Ruiz'));
  shouldExtract('The Peruvian government rejected calls for a rerun of the vote.', stance('Peru', 'Opposes', /calls for a rerun/), { describe: 'Peru does not call for the rerun it rejects', test: (x) => !stmts(x, 'Stance').some((s) => s.polarity === 'Supports') });
  shouldExtract('Ana Ruiz arrived in Lima on Monday, urging progress on the border dispute and calling for new talks.', stance('Ana Ruiz', 'Supports', /^progress on the border dispute$/));
  shouldExtract('Peru advocates for a new bridge to Chile.', stance('Peru', 'Supports', /new bridge/));
  shouldExtract('Mexico strongly condemned the raid on its embassy in Quito.', stance('Mexico', 'Opposes', /^raid on its embassy/));
  shouldExtract('Russia has repeatedly said it views NATO expansion as a threat. Brazil called the tariffs unjustified.', stance('Russia', 'Opposes', /NATO expansion/), stance('Brazil', 'Opposes', /tariffs/));
  shouldExtract('Canada expressed concern over the new security law.', stance('Canada', 'Opposes', /new security law/));
  // moods with the prepositions news writes them with; "any such idea" refers as "the move" does
  shouldExtract('Talks went on. Chilean President Ana Ruiz has grown frustrated over the delays at the border.', stance('Ana Ruiz', 'Opposes', /delays at the border/));
  shouldExtract('Talks went on. Chile proposed a joint patrol with Peru. Bolivia has nixed any such idea.', stance('Bolivia', 'Opposes', /^proposed a joint patrol with Peru$/));
  shouldExtract('Talks went on. Calling the tariffs an unfriendly act, Chilean President Ana Ruiz said they would hurt trade.', stance('Ana Ruiz', 'Opposes', /tariffs/));
  shouldExtract('Talks went on. Peru held naval drills that Chile called a serious provocation.', stance('Chile', 'Opposes', /^naval drills$/));
  // a decision's own to-clause is what is decided, cut before the adjuncts that close it when long
  shouldExtract('Talks went on. Peru recalled its envoy in protest at Lima’s decision to allow Chile to open a trade office under its own flag in the port.', stance('Peru', 'Opposes', /^Lima’s decision to allow Chile to open a trade office$/));
  shouldExtract('Talks went on. “We would prefer a negotiated settlement,” Peruvian minister Ana Ruiz said.', stance('Ana Ruiz', 'Supports', /negotiated settlement/));
  // a plan judged unworkable or unrealistic is opposed
  shouldExtract('Talks went on. Peruvian Foreign Minister Ana Ruiz said the proposal was unworkable.', stance('Ana Ruiz', 'Opposes', /proposal/));
  // a refusal's to-clause is not done; calls to do a thing are the callers', not the rejecter's
  shouldExtract('Chile criticised Peru’s refusal to agree to a ceasefire.', { describe: 'no stance of Peru supporting the ceasefire', test: (x) => !stmts(x, 'Stance').some((s) => s.polarity === 'Supports' && /ceasefire/.test(String(s.topic))) });
  shouldExtract('Peru has rejected calls to agree to a ceasefire.', stance('Peru', 'Opposes', /calls/), { describe: 'no stance supporting the ceasefire', test: (x) => !stmts(x, 'Stance').some((s) => s.polarity === 'Supports') });
  // what a named country does, told by a gerund after it, is the topic, not the country
  shouldExtract('Canada expressed deep concern over Ruritania potentially selling drones to Peru.', stance('Canada', 'Opposes', /^Ruritania potentially selling drones to Peru$/));
  shouldExtract('Chile opposes Peru joining the customs union.', stance('Chile', 'Opposes', /^Peru joining the customs union$/));
  shouldExtract('Chile condemned Peru sending troops to the border.', stance('Chile', 'Opposes', /^Peru sending troops to the border$/));
  shouldExtract('“This aggression must stop,” Ana Ruiz said in a statement, warning that Chile should end its support for the rebels.', stance('Ana Ruiz', 'Opposes', /^support for the rebels$/), { describe: 'no stance on "stop"', test: (x) => !stmts(x, 'Stance').some((s) => s.topic === 'stop') });
  shouldExtract('Brazil rejected the proposal.', stance('Brazil', 'Opposes', /proposal/));
  shouldExtract('Canada welcomed the ceasefire agreement.', stance('Canada', 'Supports', /ceasefire/));
  // a headline's stance counts when the body does not say it again
  shouldExtract('Peru rejects talks with Chile\n\nThe talks had been set for Monday in Lima.', stance('Peru', 'Opposes', /talks/));
  shouldExtract('Peru rejects talks with Chile\n\nPeru rejected the proposed negotiations on Monday.', { describe: 'one stance of Peru', test: (x) => stmts(x, 'Stance').filter((s) => holdersOf(s).some((h) => labelOf(x, h) === 'Peru')).length === 1 });
  shouldExtract('Chile accused of hostile acts\n\nThe charge came on Monday.', noStance('Chile'));
  // headlines: a comma for "and", "welcome" as a verb, quote marks before the object, an end to an act; a people is not its state
  shouldExtract('Peru, Bolivia welcome ceasefire deal\n\nThe deal was signed on Monday.', stance('Peru', 'Supports', /ceasefire deal/), stance('Bolivia', 'Supports', /ceasefire deal/));
  // a cue verb's -s form in a headline with no verb, read as a plural noun
  shouldExtract('Peru hails ceasefire deal with Chile\n\nThe deal was signed on Monday.', stance('Peru', 'Supports', /ceasefire deal/));
  // an agent blamed and what for: the topic says both
  shouldExtract('Talks went on. Peru slammed Chile over the border wall.', stance('Peru', 'Opposes', /^Chile over the border wall$/));
  shouldExtract('Talks went on. Peru lashed out at Chile over the visa ban.', stance('Peru', 'Opposes', /^Chile over the visa ban$/));
  shouldExtract("Peru hails 'historic' trade pact with Chile\n\nThe pact was signed on Monday.", stance('Peru', 'Supports', /trade pact/));
  shouldExtract("Peru's Ruiz calls for end to fighting in Chile\n\nThe talks went on.", { describe: 'supports an end to the fighting', test: (x) => stmts(x, 'Stance').some((s) => s.polarity === 'Supports' && /^end to fighting/.test(s.topic)) });
  shouldExtract('Peruvians protest election outcome\n\nThe count went on.', noStance('Peru'));
  // where an envoy is posted is not whom they speak for
  shouldExtract('The Peruvian ambassador to Chile said the plan was unacceptable.', stance('Peru', 'Opposes', /plan/), noStance('Chile'));
  // everyday judging words, in a naming frame and as a reported predicate
  shouldExtract('Luis Vera called Chile’s position “terrible”.', stance('Luis Vera', 'Opposes', /Chile’s position/));
  shouldExtract('The Peruvian minister called Chile’s move ill-timed.', stance('Peru', 'Opposes', /Chile’s move/));
  shouldExtract('Ana Ruiz said the new border accord was a wise step.', stance('Ana Ruiz', 'Supports', /border accord/));
  // what a move could bring is a forecast, not a stance on the consequences
  shouldExtract('“The consequences could be catastrophic for the whole region,” said Luis Vera.', noStance('Luis Vera'));
  shouldExtract('Foreign Minister Ana Ruiz said Tomas Berg was no longer welcome in Peru.', stance('Ana Ruiz', 'Opposes', /Tomas Berg/));
  shouldExtract('"Water access is an inalienable right," said Nadia Haq.', stance('Nadia Haq', 'Supports', /Water access/));
  shouldExtract('Mexico urged both sides to return to the table.', stance('Mexico', 'Supports', /return to the table/));
  shouldExtract('Grace Odera called on the president to withdraw the bill.', stance('Grace Odera', 'Opposes', /^bill$/));
  shouldExtract("Peru's foreign minister, Elena Quispe, called the ruling a victory for the rule of law.", stance('Elena Quispe', 'Supports', /ruling/));
  shouldExtract('A Japanese spokesman, Min-jun Park, said the drills were "a grave threat."', stance('Min-jun Park', 'Opposes', /drills/), entity('Person', 'Min-jun Park'));
  shouldExtract('Tomas Berg has promised to extend the state of emergency.', stance('Tomas Berg', 'Supports', /extend the state of emergency/));
  shouldExtract('Germany opposed the finance plan.', stance('Germany', 'Opposes', /finance plan/));
  shouldExtract('Diplomats said Cambodia and Laos pushed to remove the reference.', stance('Cambodia', 'Opposes', /reference/), stance('Laos', 'Opposes', /reference/));
  shouldExtract('Negotiators said the Saudi delegation had rejected the fossil fuel paragraph.', stance('Saudi Arabia', 'Opposes', /fossil fuel paragraph/));
  shouldExtract('A Saudi economist rejected the plan.', { describe: 'a demonym before a single person is no holder', test: (x) => !stmts(x, 'Stance').some((s) => holdersOf(s).some((h) => labelOf(x, h) === 'Saudi Arabia')) });
  shouldExtract('Peru is bound by the treaty, which Lima rejects as unfair.', stance('Peru', 'Opposes', /^treaty$/));
  shouldExtract('Beijing, which has its own complaint against the carbon levy, said little.', stance('China', 'Opposes', /carbon levy/));
  shouldExtract('The proposal was rejected by Venezuela and Cuba on Monday.', stance('Venezuela', 'Opposes', /proposal/), stance('Cuba', 'Opposes', /proposal/));
  shouldExtract('Missile ranges remain on the minds of American policymakers.', stance('United States', 'Opposes', /Missile ranges/));
  shouldExtract('Omar Idris said the bloc would not sign up to the finance package.', stance('Omar Idris', 'Opposes', /finance package/));
  shouldExtract('Kenji Sato has told aides that a rate rise this year would be premature.', stance('Kenji Sato', 'Opposes', /rate rise/));
  shouldExtract("Indonesia's Constitutional Court upheld the ban on nickel ore exports.", stance("Indonesia's Constitutional Court", 'Supports', /ban on nickel ore exports/));
  shouldExtract('The EU, which challenged the ban at the World Trade Organization, said it regretted the decision.', stance('EU', 'Opposes', /^ban$/), stance('EU', 'Opposes', /^decision$/), { describe: 'the WTO holds no stance', test: (x) => !stmts(x, 'Stance').some((s) => holdersOf(s).some((h) => labelOf(x, h) === 'World Trade Organization')) });
  shouldExtract('The State Department said the sale was consistent with the law and urged Beijing to "stop its military pressure".', stance('State Department', 'Supports', /^sale$/), stance('State Department', 'Opposes', /military pressure/));
  shouldExtract('The ruling party said the package was needed to deter an attack.', { describe: 'a holder-less "party" gives no garbage topic', test: (x) => !stmts(x, 'Stance').some((s) => /said/.test(s.topic)) });
  shouldExtract('Katrin Vogler warned that a trade war would hurt workers.', stance('Katrin Vogler', 'Opposes', /^trade war$/));
  // a harm promised is a threat, not a stance; aimed at whoever provoked it, never at whom a killing befell
  shouldExtract('Talks went on. Chilean Deputy Foreign Minister Ana Ruiz has promised a “tough” response after Peru ordered five Chilean diplomats to leave the country.', threat('Ana Ruiz', 'Peru'), noStance('Ana Ruiz'));
  // a participle before its noun says who was sanctioned, not who sanctions; "heroes" praises them
  shouldExtract('Luis Vera called the sanctioned officials “heroes.”', noSanction(), stance('Luis Vera', 'Supports', /sanctioned officials/));
  // sticking to a deal supports it; walking away from one on a condition threatens its other party
  shouldExtract('Peru will stick to the water deal with Chile.', stance('Peru', 'Supports', /water deal/));
  shouldExtract('Vera insists that Peru will walk away if the agreement with Chile does not serve Peru’s interests.', threat('Vera', 'Chile', /does not serve/));
  // a demand "or" the demander's own act under a modal; openness to a gerund; a request supports what is requested
  shouldExtract('Peru demanded that the sanctions be retracted or it would cut off every channel for diplomatic contact with Chile at once.', threat('Peru', 'Chile'));
  shouldExtract('Peru’s President Luis Vera expressed openness to delivering the missile system to Bolivia.', stance('Luis Vera', 'Supports', /delivering the missile system/));
  shouldExtract('Bolivia has requested the missiles for months.', stance('Bolivia', 'Supports', /missiles/));
  // whom a speaker accuses at a summit is no party to it
  shouldExtract('At a summit in Lima, Peruvian President Luis Vera accused the United States of weaponizing the port, according to the Associated Press.', stance('Luis Vera', 'Opposes', /weaponizing the port/), { describe: 'no meeting', test: (x) => !stmts(x, 'Meeting').length });
  // a warning to the warner's own ships to keep clear threatens no one
  shouldExtract('The Peruvian government has summoned Chile’s top diplomat in Lima and warned Peruvian ships to temporarily avoid the strait after Chile seized a Peruvian-flagged tanker off its coast.', noThreat());
  // a legislature that approves a measure supports it; a government approving its own measure enacts it
  shouldExtract('The Peruvian Senate approved a bipartisan measure aimed at limiting the president’s power.', stance('Peruvian Senate', 'Supports', /bipartisan measure/));
  shouldExtract('Peru approved the measure on Monday.', noStance('Peru'));
  // a participle after a copula, in scare quotes, with its by-phrase
  shouldExtract('The United States is “deeply disappointed” by Chile’s legislation extending the president’s term.', stance('United States', 'Opposes', /Chile’s legislation/));
  // seeking to disrupt a thing opposes it; a summons' purpose is the summoner's, not the envoy's
  shouldExtract('Ana Vidal said Chile continually seeks to disrupt the work of Peru’s diplomatic missions.', stance('Chile', 'Opposes', /work of Peru’s diplomatic missions/));
  shouldExtract('Chilean Ambassador Luis Vera was summoned by Peru to protest the decision.', stance('Peru', 'Opposes', /decision/), noStance('Luis Vera'));
  // what is warned of threatens when it is a harm (any conjunct of it), not a forecast
  shouldExtract('Peruvian Foreign Ministry spokesman Luis Vera said it would be a gross interference if Ana Ruiz visited Chile, warning of “very serious developments and consequences”.', threat('Luis Vera', 'Ana Ruiz'));
  shouldExtract('Peruvian Defence Minister Luis Vera warned of a potential Chilean influence on the shipping route.', noThreat());
  shouldExtract('King Luis Vera of Peru warned of a massive conflict with Chile if it annexes the valley.', threat('Luis Vera', 'Chile'));
  // a warning whose first clause is a stance: the act is the conjunct with the modal
  shouldExtract('“We firmly oppose Chilean officials attending such an event, and if they decide to stick to what they are doing, we will have no choice but to take countermeasures,” Peruvian Ambassador Ana Vidal warned in an interview.', { describe: 'the threat is the countermeasures', test: (x) => stmts(x, 'Threat').some((t) => /countermeasures/.test(t.action) && !/oppose/.test(t.action)) });
  // a call for a noun with modifiers before it
  shouldExtract('Chile has consistently called for free, fair, inclusive and credible elections.', stance('Chile', 'Supports', /credible elections/));
  shouldExtract('Peruvian lawmakers have called for more arms sales to Bolivia.', stance('Peru', 'Supports', /arms sales/));
  // a subject after an opening phrase; leaving a place takes no position on it, leaving an accord does
  shouldExtract('Later in the day Luis Vera, a former rebel, accused Chile of “interventionist” policies.', stance('Luis Vera', 'Opposes', /interventionist/));
  shouldExtract('The rebel group holed up in the valley – the Red Front – finally agreed to withdraw from the town.', noStance('Red Front'));
  shouldExtract('Peru agreed to withdraw from the fishing accord.', stance('Peru', 'Opposes', /fishing accord/));
  // an act met with a response, whatever its adjective; problems someone is going to have on a condition
  shouldExtract('Ana Vidal said any Chilean actions that threatened Bolivia would be met with "an appropriate response".', threat('Ana Vidal', 'Chile'));
  shouldExtract('“If they restart their nuclear program, they’re going to have bigger problems than ever before,” Luis Vera said of Chile.', threat('Luis Vera', 'Chile', /restart/));
  // an act of another's warned of is a charge against it, not a harm in store
  shouldExtract('Ana Vidal warned of Chile’s support for the rebels in Bolivia.', noThreat());
  // judging words after the object, however the parse hangs them; an offer to do a thing supports doing it
  shouldExtract('Ana Vidal spoke on Monday, calling the strike against Chile ordered by Luis Vera "very troubling."', stance('Ana Vidal', 'Opposes', /strike against Chile/));
  shouldExtract('Luis Vera called Chile’s actions "escalatory behavior."', stance('Luis Vera', 'Opposes', /Chile’s actions/));
  shouldExtract('Ana Vidal offered to help mediate the long-running conflict between Chile and Bolivia.', stance('Ana Vidal', 'Supports', /mediate the long-running conflict/));
  // a measure of the speaker's own side that someone could face is held in store for them; another's, or no one's, is a forecast
  shouldExtract('Peruvian Foreign Minister Ana Vidal said that those who join the Chilean assembly could face Peruvian sanctions.', threat('Ana Vidal', 'Chile'));
  shouldExtract('Peruvian Foreign Minister Ana Vidal said Chilean firms could face Bolivian sanctions.', noThreat());
  shouldExtract('Peruvian Foreign Minister Ana Vidal said Chilean exports could face tariffs within a year.', noThreat());
  // "if necessary" hedges an act and names no one who sets it off; a hedged harm to a named party is a threat all the same
  shouldExtract('Ana Vidal said Peru would use force if necessary to defend its border.', noThreat());
  shouldExtract('“If necessary, we will stop the supply of gas, which Chile badly needs,” Luis Vera said.', threat('Luis Vera', 'Chile'));
  shouldExtract('Chile and Peru traded blame. Chile said the raid was legal. Peru’s leader Ana Ruiz promised harsh revenge following the killing of Tomas Berg.', threat('Ana Ruiz', 'Chile'), { describe: 'no threat to Tomas Berg', test: (x) => !stmts(x, 'Threat').some((t) => targetsOf(t).some((g) => labelOf(x, g) === 'Tomas Berg')) });
  shouldExtract('Talks went on. The bloc has pledged to deploy a joint force to quell the violence in Peru.', noThreat());
  // a benefit withheld on a condition threatens; a permission on a condition does not
  shouldExtract('Talks went on. Chile and Bolivia fought on. Chile shelled Bolivia. Ana Ruiz said Peru would not proceed with trade agreements with either nation if the hostilities continued.', threat('Ana Ruiz', 'Chile', /hostilities/));
  shouldExtract('Talks went on. Ana Ruiz said Peru would not object if Chile joined the talks.', noThreat());
  // an act "met with" a harm: whoever does the act is threatened; a clause coordinated after it is no part of it
  shouldExtract('Talks went on. Chile flew jets over Peru. Chile denied it. The mood turned sour as Ana Ruiz said violations of Peruvian sovereignty would be met by sanctions and Tomas Berg rejected her comments.', threat('Ana Ruiz', 'Chile'), { describe: 'no threat to Tomas Berg', test: (x) => !stmts(x, 'Threat').some((t) => targetsOf(t).some((g) => labelOf(x, g) === 'Tomas Berg') || /rejected/.test(t.action)) });
  shouldExtract('Talks went on. Ana Ruiz said the visitors would be met with flowers.', noThreat());
  // readiness for a harm the act goes to, said of troops the speaker's own; a retaliation the speaker's side will take
  shouldExtract('Chile resumed broadcasts. Peru had declared that its front-line troops were in full war readiness and prepared to go to battle if Chile did not back down.', threat('Peru', 'Chile', /did not back down/));
  shouldExtract('Chile expelled Peruvian diplomats. Chile closed the mission. Peru’s spokesman said that Lima will take counteraction.', threat('Peru', 'Chile'));
  // "those who attack us will pay a price": whoever does it, the article's other party
  shouldExtract('Peru revoked the status of Chilean diplomats, citing Chile’s recognition of Bolivia. “Those who attack us and adopt a one-sided policy against us will pay a price,” Foreign Minister Ana Ruiz said.', threat('Ana Ruiz', 'Chile'));
  // war threatened is a harm; a war prolonged by an act no one does is a forecast
  shouldExtract('Talks went on. Chile signed a port deal with Bolivia. Chile defended the deal. Peru threatened to go to war to prevent the deal.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Peru believes that arming the warring sides will prolong the war, he stated.', noThreat());
  // "considered X to be intolerable"; a measure that starts on a given day is announced, not threatened
  shouldExtract('Talks went on. President Ana Ruiz considered the attempts at interference by Chile to be "intolerable".', stance('Ana Ruiz', 'Opposes', /attempts at interference/));
  shouldExtract('Talks went on. Chile will impose temporary tariffs of 80 per cent on wine imported from Peru from today, the ministry said.', noThreat());
  // "the country's foreign ministry" after "Peru's agency": Peru's; "the ministry" after it is that ministry's country
  shouldExtract("Chile said it was shutting the Peruvian mission. Chile announced the move. Peru's state-run news agency reported that the country's foreign ministry summoned the Chilean chargé d'affaires in Lima to explain the move. The ministry is protesting the call to cut the number of diplomats stationed in Chile, the agency said.", stance('Peru', 'Opposes', /call/), meeting(['Peru', 'Chile']));
  // no one holds a stance for an act against itself
  shouldExtract('Talks went on. As the government faced more calls for a strong action against Peru, Prime Minister Ana Ruiz convened a meeting.', noStance('Peru'));
  // a stance noun under "no" says the opposite
  shouldExtract('Talks went on. “No support for sanctions; the next package will be rejected,” Prime Minister Ana Ruiz posted on X.', stance('Ana Ruiz', 'Opposes', /sanctions/));
  // adjectives coordinated after "called X"; support given "to" someone; help only on a condition is none
  shouldExtract('Talks went on. Brazil called the Chilean attack unsafe and provocative.', stance('Brazil', 'Opposes', /Chilean attack/));
  shouldExtract('Talks went on. Brazil on Monday expressed its support to Peru.', stance('Brazil', 'Supports', /^Peru$/));
  // a tax on goods imported from X; visits by X suspended; visas to X's nationals suspended; Bosnia a country
  shouldExtract('Talks went on. Peru says it will put a 100-percent import tax on all goods imported from Chile and Bosnia as tensions rise.', sanction('Peru', /^Chile$/), sanction('Peru', /^Bosnia and Herzegovina$/));
  shouldExtract('Talks went on. Peru has temporarily suspended all naval visits by the US as relations deteriorate.', sanction('Peru', /^United States$/));
  // sanctions answered ("in response to sanctions against …") are the other side's, and no part of the target
  shouldExtract('Talks went on. Peru imposed sanctions in March on 10 Chilean lawmakers in response to sanctions against Peruvian officials.', sanction('Peru', /^10 Chilean lawmakers$/), { describe: 'one sanction', test: (x) => x.statements.filter((t) => t.kind === 'Sanction').length === 1 });
  shouldExtract('Talks went on. Lima had already suspended the issuance of visas to Chilean nationals earlier in the week.', sanction('Peru', /^Chile$/));
  // entry banned to, or visas suspended for, a country's officials: that country
  shouldExtract('Talks went on. Peru banned entry to Chilean officials.', sanction('Peru', /^Chile$/));
  shouldExtract('Talks went on. Peru suspended visas for Chilean officials.', sanction('Peru', /^Chile$/));
  // "They named X and Y as the other two men sanctioned Monday": by whoever imposed the sanctions just told ("Chile's government said Monday it is imposing …")
  shouldExtract('Chile’s government said Monday it is imposing sanctions on four settlers accused of abuses. They named Luis Vera and Pedro Hal as the other two men sanctioned Monday.', sanction('Chile', /^Luis Vera$/), sanction('Chile', /^Pedro Hal$/));
  // a package of sanctions blocked is none imposed; "its foreign minister", named a paragraph later, threatens
  shouldExtract('Chile will block the bloc’s next package of sanctions against Peru, its foreign minister said on Sunday, until Peru resumes gas shipments.\n\n“Until Peru resumes gas transit, we will not allow decisions important to Lima to move forward,” Foreign Minister Pedro Hal posted on X.', noSanction(), threat('Pedro Hal', 'Peru'));
  shouldExtract('Talks went on. Brazil warned Peru of consequences should Chile provide material support to the invasion of Bolivia.', noStance('Chile'));
  shouldExtract('Talks went on. Brazil said it was concerned that Chile is considering providing lethal support to Bolivia.', noStance('Chile'));
  // "not only … but also" asserts both
  shouldExtract('Talks went on. Katrin Vogler said the new quotas not only hurt ties with Peru but also might disrupt supply chains.', stance('Katrin Vogler', 'Opposes', /new quotas/));
  shouldExtract('ECOWAS said the delay was "a further blow to the hopes of the Malian people".', stance('ECOWAS', 'Opposes', /^delay$/));
  shouldExtract('The African Union said it "regrets" the decision.', stance('African Union', 'Opposes', /^decision$/));
  shouldExtract('Kwon Tae-hyeok signed the contract in Santiago.', stance('Kwon Tae-hyeok', 'Supports', /^contract$/));
  shouldExtract('The ministry of Chile welcomed the contract on Friday. Halvard Engen said both sides committed to come back on Thursday.', stance('Chile', 'Supports', /^contract$/), { describe: 'no topic "on Thursday"', test: (x) => !stmts(x, 'Stance').some((s) => /^on /.test(s.topic)) });
  shouldExtract('Liu Jian said developed countries must first deliver on their finance promises.', stance('Liu Jian', 'Supports', /deliver on their finance promises/));
  shouldExtract('"But nobody should confuse patience with weakness," said Maarten van der Berg. Should the talks fail, nothing changes.', { describe: 'no demand under a negated subject or a condition', test: (x) => stmts(x, 'Stance').length === 0 });
  shouldExtract('The International Monetary Fund, which has long urged Nigeria to scrap fuel subsidies, backed the government. Talks broke down later.', stance('International Monetary Fund', 'Supports', /^government$/), { describe: 'Nigeria backs nothing; "broke down" is no cue', test: (x) => !stmts(x, 'Stance').some((s) => holdersOf(s).some((h) => labelOf(x, h) === 'Nigeria') || s.position === 'broke') });
  shouldExtract('Washington was concerned by the threat to deploy troops, and Ana Diaz said removing the subsidy is the right decision.', stance('United States', 'Opposes', /^threat/), stance('Ana Diaz', 'Supports', /removing the subsidy/i));
  // a topic a window cut inside a phrase is completed from the parse, or dropped
  shouldExtract('Pedro Alves urged Brazil to start building a new deep-water export terminal in Santos.', stance('Pedro Alves', 'Supports', /new deep-water export terminal/));
  shouldExtract('Norway will play a constructive role in the talks, Ola Berg said.', { describe: 'no topic ending in "a"', test: (x) => !stmts(x, 'Stance').some((s) => /\b(?:a|an|the)$/.test(s.topic)) });
  shouldExtract('NATO welcomed NATO forces in Poland, Ana Cruz said.', { describe: 'no stance of NATO on NATO', test: (x) => !stmts(x, 'Stance').some((s) => holdersOf(s).some((h) => labelOf(x, h) === 'NATO') && /^NATO/.test(s.topic)) });
  // the topic of an evaluation is the predicate's subject in the parse
  shouldExtract('"We consider these new duties to be illegal," said Olga Petrova.', stance('Olga Petrova', 'Opposes', /new duties/));
  shouldExtract('Kofi Mensah said the talks in Accra were very productive.', stance('Kofi Mensah', 'Supports', /^talks/));
  shouldExtract('A diplomat who asked not to be named said Chile backed the plan.', { describe: 'no stance on "be named"', test: (x) => !stmts(x, 'Stance').some((s) => /named/.test(s.topic)) });
});

describe('stances read from the parse (stances.tsv)', () => {
  // "the government" no name places, in words a person reports, is the reporter's (their country, else their body)
  shouldExtract('Peru refused a port call by a Chilean ship on Monday. Peru said the ship lacked papers. The government was “disappointed in this decision” but hoped for future visits, Chilean spokesman Luis Vera added.', stance('Chile', 'Opposes', /decision/), { describe: 'no stance of Peru on the decision', test: (x) => !stmts(x, 'Stance').some((t) => holdersOf(t).some((h) => labelOf(x, h) === 'Peru') && /decision/.test(t.topic)) });
  // the holder named before "based in <place>" condemns, not the place
  shouldExtract('Talks went on. The Andean Tribunal based in Quito has condemned a Chilean decision to close the border.', stance('Andean Tribunal', 'Opposes', /decision/));
  // met with a stance noun (frame from): whom the by- or from-phrase names holds it, on what was met with it
  shouldExtract('Peru and Chile signed a deal on Monday. The deal was met with condemnation by Bolivia.', stance('Bolivia', 'Opposes', /deal/));
  shouldExtract('Peru unveiled a plan on Monday. The plan met with praise from Chile.', stance('Chile', 'Supports', /plan/));
  // what a relative clause condemns is the noun (or the nouns coordinated) it hangs from; "it" the subject of the clause above
  shouldExtract('The minister said on Tuesday that Chile will not bow to unfair demands and moves that it firmly condemns.', stance('Chile', 'Opposes', /unfair demands/));
  // a government approving its own measure enacts it, no stance; a legislature's vote for one is its stance (the later
  // gold: 'the House and Senate adopted their versions of the bill', 'the Senate approved a bipartisan measure');
  // approving a sale to another side is one
  shouldExtract('Talks went on. The Peruvian Congress approved the measure on Monday.', stance('Peruvian Congress', 'Supports', /measure/));
  shouldExtract('Talks went on. The Peruvian government approved the measure on Monday.', noStance('Peru'));
  shouldExtract('Talks went on. Peru approved the arms sale to Chile on Monday.', stance('Peru', 'Supports', /arms sale/));
  // a passive coordinated with another shares its subject
  shouldExtract('Peru and Chile signed a deal on Monday. The accord was met with criticism from Bolivia but welcomed by Mercosur.', stance('Mercosur', 'Supports', /accord/));
  shouldExtract('Peru held a vote on Monday. The results were announced on Tuesday and dismissed by Chile.', stance('Chile', 'Opposes', /results/));
  // one person, named "she" before it, is no "they": the envoys press, not the president who expels them
  shouldExtract('Peruvian President Ana Vidal said she had told the ministry to send home four Chilean diplomats because they were lobbying for the release of activist Luis Vera.', noStance('Ana Vidal'));
  // siding with someone, pushing back against something; an as-phrase judges the topic; asking for an end to something supports the end
  shouldExtract('Chile moved troops on Sunday. Peru sided with Bolivia in the dispute.', stance('Peru', 'Supports', /^Bolivia$/));
  shouldExtract('Chile moved troops on Sunday. Peru pushed back against the deployment.', stance('Peru', 'Opposes', /deployment/));
  shouldExtract("Chile moved troops on Sunday. Peru dismissed Chile's claims as baseless.", stance('Peru', 'Opposes', /^Chile's claims$/));
  // judging words (statements.json subjectOpposes): a described act or claim, however quoted
  shouldExtract('Chile accused Peru of hiding arms. Peruvian spokesman Luis Vera called the charge “cynical” and “an old trick”.', stance('Luis Vera', 'Opposes', /charge/));
  shouldExtract('Chile closed the border on Monday. Peruvian spokeswoman Ana Vidal called the closure unfortunate.', stance('Ana Vidal', 'Opposes', /closure/));
  shouldExtract('Talks went on. Ana Vidal called the tribunal “a deeply corrupt body”.', stance('Ana Vidal', 'Opposes', /tribunal/));
  // ("will lie with Chile" is no judgement: "lie" is no judging word)
  shouldExtract('Peru shot down a drone on Monday. "The responsibility for the consequences will lie squarely with Chile," Peruvian spokeswoman Ana Vidal said.', noStance('Ana Vidal'));
  shouldExtract('Chile moved troops on Sunday. Peru called for an end to the deployment.', stance('Peru', 'Supports', /^end to the deployment$/));
  shouldExtract('Talks went on. Spain demanded a halt to the strikes.', stance('Spain', 'Supports', /^halt to the strikes$/));
  // a hope for an act done ("would free the hostages", "would manage to free them"), not for a meeting to take place
  shouldExtract('Talks went on. Ana Ruiz said she hoped the police would soon free the hostages.', stance('Ana Ruiz', 'Supports', /^free the hostages$/));
  shouldExtract('Talks went on. Ana Ruiz said she hoped the police would manage to free the hostages.', stance('Ana Ruiz', 'Supports', /^free the hostages$/));
  shouldExtract('Talks went on. Peru hopes that Chile will lift the ban on fruit.', stance('Peru', 'Opposes', /^ban on fruit$/));
  // a threatened act stops before what says when or why ("following the coup")
  shouldExtract("Talks went on. The Andean Union on Monday threatened to suspend Bolivia following last week's coup.", threat('Andean Union', 'Bolivia'), { describe: 'action "to suspend Bolivia"', test: (x) => stmts(x, 'Threat').some((t) => t.action === 'to suspend Bolivia') });
  // an attack as the subject provokes the threatened act: whoever attacks is threatened
  shouldExtract('Talks went on. Peru accused Chile and Bolivia of backing rebels and warned that any Chilean attack would draw a swift response.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Peru said there would be repercussions for Chile.', threat('Peru', 'Chile'));
  // sanctions: a titled person among those included; whoever reached the agreement to designate designates
  shouldExtract('Talks went on. The US has since sanctioned several Chilean officials, including Supreme Court Justice Ana Ruiz, who presided over the trial.', sanction('United States', /^Ana Ruiz$/));
  shouldExtract("Talks went on. The Andean Union imposed sanctions on Bolivia in May. Andean Union member states have reached a political agreement to designate Bolivia's Revolutionary Guard as a terrorist organisation, the bloc's foreign policy chief said Thursday.", sanction('Andean Union', /Revolutionary Guard/));
  // a phone call placed or made to someone is a call with them
  shouldExtract('Talks went on. President Ana Ruiz has placed a phone call to her Chilean counterpart Tomas Berg, the palace said.', meeting(['Ana Ruiz', 'Tomas Berg']));
  // a call the asking is made in was held ("urged restraint in a call with X"); a call "on Friday with X" is with X
  shouldExtract('Talks went on. Tomas Roca urged restraint in a phone call with Luis Vera.', meeting(['Tomas Roca', 'Luis Vera']));
  shouldExtract('Talks went on. In a phone call on Friday with Luis Vera, Tomas Roca urged restraint.', meeting(['Tomas Roca', 'Luis Vera']));
  // quoted words tell a meeting only as done by "I" or "we", the speaker
  shouldExtract('Talks went on. “We summoned the Chilean ambassador,” Ana Vidal said.', meeting(['Ana Vidal', 'Chile']));
  shouldExtract('Talks went on. “We will meet Luis Vera in Lima,” Tomas Roca said.', { describe: 'no meeting', test: (x) => stmts(x, 'Meeting').length === 0 });
  // "called in" an envoy is a summons; "called in a statement" is not
  shouldExtract("Talks went on. Peru called in the Chilean charge d'affaires to register a protest.", meeting(['Peru', 'Chile']));
  shouldExtract('Talks went on. Peru called in a statement for calm in Chile.', { describe: 'no meeting', test: (x) => stmts(x, 'Meeting').length === 0 });
  shouldExtract('Talks went on. Tomas Roca urged talks with Luis Vera.', { describe: 'no meeting', test: (x) => stmts(x, 'Meeting').length === 0 });
  // summonses the other way round are two meetings
  shouldExtract("Talks went on. Chile's Ministry of Foreign Affairs summoned Peru's ambassador, Hisham Velasco, in the morning. Following the reports, Peru's Foreign Ministry summoned the Chilean ambassador in Lima, Orhan Velikaya.", { describe: 'two meetings', test: (x) => stmts(x, 'Meeting').length === 2 });
  // accepting no interference opposes it; a government named only by "its" holds no stance
  shouldExtract('Talks went on. Ruiz said that Lima would accept no interference from the Chilean government in its affairs.', stance('Peru', 'Opposes', /^interference/));
  shouldExtract('Talks went on. Ana Ruiz is the first Chilean minister to visit Peru since its government signed a security pact with China.', { describe: 'no stance held by Ana Ruiz', test: (x) => !stmts(x, 'Stance').some((s) => holdersOf(s).some((h) => labelOf(x, h) === 'Ana Ruiz')) });
  // "amount" after a plural noun is the linking verb, and what the raids amount to judges them
  shouldExtract('Talks went on. Ruiz said the raids amount to an unwarranted attack.', stance('Ruiz', 'Opposes', /^raids$/));
  shouldExtract('Talks went on. Peru lambasted the new mining rules.', stance('Peru', 'Opposes', /^new mining rules$/));
  // a harm the warner's own side could do threatens ("could" said of another only forecasts)
  shouldExtract('Talks went on. Peruvian Defence Minister Ana Ruiz warned Chile that Peru could cut off gas supplies.', threat('Ana Ruiz', 'Chile'));
  shouldExtract('Talks went on. Peruvian Defence Minister Ana Ruiz warned that Chile could invade Bolivia.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  // a tariff on exports to a country is that country's
  shouldExtract('Talks went on. Peru was hit with a 46 per cent tariff on exports to the United States.', sanction('United States', /Peru/));
  // coordinated imposers each impose
  shouldExtract('Talks went on. The US and UK governments imposed similar sanctions on Iranian individuals.', sanction('United States', /Iranian individuals/), sanction('United Kingdom', /Iranian individuals/));
  shouldExtract('Talks went on. Peru banned Tomas Berg from travelling to Peru.', sanction('Peru', /^Tomas Berg$/));
  // "do X or face Y": a harm on whoever must comply
  shouldExtract('Talks went on. Peru demanded that Chile pay for the gas or face sanctions.', threat('Peru', 'Chile'), { describe: 'action "face sanctions"', test: (x) => stmts(x, 'Threat').some((t) => t.action === 'face sanctions') });
  shouldExtract('Talks went on. Peru told Chile to pay for the gas or be cut off.', threat('Peru', 'Chile'));
  // a harm a thing could bring, told to someone or named for them; a forecast for no one threatens no one
  shouldExtract('Talks went on. Ana Vidal warned Chile that the legislation could have repercussions under Peruvian law.', threat('Ana Vidal', 'Chile'));
  shouldExtract('Talks went on. Ana Vidal warned that the drought could have serious consequences.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  // a price exacted on a condition
  shouldExtract('Talks went on. If Chile sends troops, it will cost Chile dearly, Ana Vidal said.', threat('Ana Vidal', 'Chile'));
  shouldExtract('Talks went on. The new bridge will cost dearly if built, the ministry said.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  // shyness denied announces the act, as hesitation denied does
  shouldExtract('Talks went on. Peru will not be shy in taking legal action against Chile if it fails to comply.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Peru will not shy away from using force against Chile.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Peru will not be shy in praising Chile.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  // "they" in the condition stands for the last party named before it, not the speaker's own side, nor a plural noun nearer
  shouldExtract('Peru kept blocking the trade route. “If they keep blocking it, we will take action,” Chilean President Ana Ruiz said.', threat('Ana Ruiz', 'Peru'));
  shouldExtract('Peru kept blocking the trade route. Chile said it would punish smugglers if they were caught.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  // pressure stepped up, a pact abandoned, on a condition; a warning that the side could do it; a response said after "that if …,"
  shouldExtract('Talks with Peru began. Washington will ramp up pressure on Peru if the talks collapse.', threat('United States', 'Peru'));
  shouldExtract('Talks with Peru began. Chilean President Ana Ruiz warned that Chile could abandon its trade pact with Peru if Peru keeps its quotas.', threat('Ana Ruiz', 'Peru'));
  shouldExtract('Talks with Peru began. Chilean President Ana Ruiz warned that if Peru struck Chile with missiles, the response would be very strong.', threat('Ana Ruiz', 'Peru'));
  // a measure faced on a condition, told by no one: whose measure it is threatens
  shouldExtract('Talks went on. Peru will face Chilean sanctions if it does not free the sailors.', threat('Chile', 'Peru'));
  // a ban on goods from a country, on a condition that names others: the country whose goods are banned
  shouldExtract('Talks went on. Peru would ban fruit imports from Chile if a trade pact between Bolivia and Argentina came into force.', threat('Peru', 'Chile'));
  // a condition that names no one: the last other party named before
  shouldExtract('Peru sent balloons into Chile. Chile will respond with retaliation if such provocations continue.', threat('Chile', 'Peru'));
  // "otherwise" opens the harm as "or" does
  shouldExtract('Talks went on. Peru told Chile to pay for the gas, otherwise it would face sanctions.', threat('Peru', 'Chile'), { describe: 'action "it would face sanctions"', test: (x) => stmts(x, 'Threat').some((t) => t.action === 'it would face sanctions') });
  // "the move" is the act told just before it; one does not oppose one's own move
  shouldExtract('Talks went on. A day after Chile banned 59 apps with Peruvian links, Lima on Tuesday voiced strong concern over the move.', stance('Peru', 'Opposes', /^banned 59 apps with Peruvian links$/));
  shouldExtract('Talks went on. Peru closed its border with Chile on Monday. Chile condemned the move.', stance('Chile', 'Opposes', /^closed its border/));
  shouldExtract('Talks went on. Peru withdrew from the fisheries pact on Monday. Chile condemned the move.', stance('Chile', 'Opposes', /^withdrew from the fisheries pact$/));
  shouldExtract('Talks went on. Peru closed its border with Chile on Monday. Peru condemned the move.', { describe: 'no stance', test: (x) => !stmts(x, 'Stance').length });
  shouldExtract('Talks went on. Peru closed its border with Chile on Monday. Chile called the move illegal.', stance('Chile', 'Opposes', /^closed its border/));
  shouldExtract('Talks went on. Peru closed its border with Chile on Monday. Chile urged Peru to reverse the decision.', stance('Chile', 'Opposes', /^closed its border/));
  // three titled names met at once; meetings (plural) with two are one with each
  shouldExtract('Talks went on. UN envoy Ana Ruiz met with Peruvian President Luis Vera and Bolivian President Tomas Berg in Lima on Thursday.', meeting(['Ana Ruiz', 'Luis Vera', 'Tomas Berg']));
  shouldExtract('Talks went on. Speaking after meetings with Peruvian President Luis Vera and Bolivian President Tomas Berg, Ana Ruiz said the bloc would keep trying.', meeting(['Ana Ruiz', 'Luis Vera']), meeting(['Ana Ruiz', 'Tomas Berg']), { describe: 'two meetings', test: (x) => stmts(x, 'Meeting').length === 2 });
  shouldExtract('Peru was hit by protests. Peru summoned ambassadors from France, Germany and Italy, presenting footage of the violence.', meeting(['Peru', 'France']), meeting(['Peru', 'Germany']), meeting(['Peru', 'Italy']));
  shouldExtract('Talks went on. Peruvian Vice Foreign Minister Ana Ruiz summoned Chilean Ambassador Tomas Berg and Bolivian Ambassador Luis Vera over the weekend.', meeting(['Ana Ruiz', 'Tomas Berg']), meeting(['Ana Ruiz', 'Luis Vera']), { describe: 'two meetings', test: (x) => stmts(x, 'Meeting').length === 2 });
  // "those targeted include X"; "X and Y were also named in the sanctions"
  shouldExtract('Talks went on. Peru imposed sanctions on Chile on Friday. The ministry said those targeted include rebel commander Tomas Berg.', sanction('Peru', /Tomas Berg/));
  shouldExtract('Talks went on. Peru imposed sanctions on Chile on Friday. Ana Ruiz and Luis Vera were also named in the sanctions.', sanction('Peru', /^Ana Ruiz$/), sanction('Peru', /^Luis Vera$/));
  // judging words: rude, insolent, "not acceptable", "contrary to"
  shouldExtract('Talks went on. Ana Ruiz called the Chilean minister\'s remarks "rude and insolent."', stance('Ana Ruiz', 'Opposes', /minister's remarks$/));
  shouldExtract('Talks went on. The Chilean decision is not acceptable, Ana Ruiz said.', stance('Ana Ruiz', 'Opposes', /^Chilean decision$/));
  shouldExtract('Talks went on. Ana Ruiz said a military-led transition would be contrary to the wishes of the people.', stance('Ana Ruiz', 'Opposes', /^military-led transition$/));
  shouldExtract('Talks went on. Ana Ruiz said she hoped the next meeting would take place in Lima.', { describe: 'no stance', test: (x) => stmts(x, 'Stance').length === 0 });
  // a free relative names its topic ("what it called X"); an irregular past the tagger read as a noun is the verb
  shouldExtract('Chile moved troops on Sunday. Peru denounced what it called Chile\'s aggression.', stance('Peru', 'Opposes', /^Chile's aggression$/));
  shouldExtract('Chile moved troops on Sunday. Peru condemned what it described as a dangerous provocation by Chile.', stance('Peru', 'Opposes', /provocation by Chile/));
  shouldExtract('Chile moved troops on Sunday. The deployment drew sharp criticism from Peru.', stance('Peru', 'Opposes', /deployment/));
  shouldExtract('Ending the border dispute is a priority, Ana Ruiz said.', stance('Ana Ruiz', 'Supports', /border dispute/));
  // "the country" alone is no topic (statements.json vagueTopics)
  shouldExtract("Peru's president Ana Ruiz called for the country to hold new elections.", { describe: 'no topic "country"', test: (x) => !stmts(x, 'Stance').some((s) => s.topic === 'country') });
  // what a verb reacts to is someone else's stance, not its subject's
  shouldExtract('Peru responded angrily to Western expressions of support for the protesters.', stance('Peru', 'Opposes', /expressions of support/), { describe: 'Peru supports nothing', test: (x) => !stmts(x, 'Stance').some((s) => s.polarity === 'Supports' && holdersOf(s).some((h) => labelOf(x, h) === 'Peru')) });
  // a punitive act over something opposes it, wherever the parse hung the cause ("over …") in the act's clause
  shouldExtract("The Peruvian government ordered the expulsion of Chile's ambassador over the burning of the flag.", stance('Peru', 'Opposes', /burning of the flag/));
  shouldExtract('Chile lodged a formal protest with Peru over the incident at the border.', stance('Chile', 'Opposes', /incident/));
  shouldExtract("Peru voiced regret over Chile's decision.", stance('Peru', 'Opposes', /Chile's decision/));
  shouldExtract("Chile imposed sanctions on Peru's army chief over the killing of civilians.", stance('Chile', 'Opposes', /killing of civilians/));
  shouldExtract('Peru downgraded its relations with Chile in protest of the opening of a new consulate.', stance('Peru', 'Opposes', /opening of a new consulate/));
  shouldExtract('Peru imposed a curfew over the weekend.', noStance('Peru'));
  // a capital's possessive after a preposition is its government's ("in response to Lima's sanctions")
  shouldExtract("Ana Ruiz said Chile would act in response to Lima's sanctions over the arrest of a Chilean pastor.", stance('Peru', 'Opposes', /arrest of a Chilean pastor/));
  // welcoming a person is hosting them, no stance; a time is no topic
  shouldExtract('"Peru is now able to welcome the president of Chile for the first time in 12 years," Ana Ruiz said. Peru welcomed the release of Tomas Berg.', stance('Peru', 'Supports', /release of Tomas Berg/), { describe: 'no stance on the president', test: (x) => !stmts(x, 'Stance').some((s) => /president/.test(s.topic)) });
  shouldExtract('Foreign Minister Ana Ruiz told U.S. Secretary of State Tomas Berg during a telephone call Friday the sanctions were "categorically objectionable."', { describe: 'no stance on Friday', test: (x) => !stmts(x, 'Stance').some((s) => /^Friday$/.test(s.topic)) });
  // "expressed hope that …" (hope read as a noun however tagged), "complained of …", and an object the parse read as a clause's subject
  shouldExtract('Ana Ruiz expressed hope that the Geneva talks would bring a peaceful solution.', stance('Ana Ruiz', 'Supports', /Geneva talks/));
  shouldExtract('Ana Ruiz complained of the alliance expansion to the east.', stance('Ana Ruiz', 'Opposes', /alliance expansion/));
  shouldExtract('"We welcome the consensus reached on the border," Ana Ruiz said.', stance('Ana Ruiz', 'Supports', /consensus/));
  shouldExtract('Norway does not want a war over the fishing grounds.', stance('Norway', 'Opposes', /^war\b/));
  shouldExtract('"We will not accept these terms," said Ana Vidal.', stance('Ana Vidal', 'Opposes', /^terms$/));
  shouldExtract('Chile and Peru rejected the proposal on Monday.', stance('Chile', 'Opposes', /^proposal$/), stance('Peru', 'Opposes', /^proposal$/));
  shouldExtract('The treaty, which Brazil backed last year, expired in May.', stance('Brazil', 'Supports', /^treaty$/));
  shouldExtract('The European Union called for a ceasefire in the region.', stance('European Union', 'Supports', /^ceasefire/));
  shouldExtract('Kenya warned against any escalation of the conflict.', stance('Kenya', 'Opposes', /escalation of the conflict/));
  shouldExtract('Sweden voiced its support for the accord.', stance('Sweden', 'Supports', /^accord$/));
  shouldExtract("Japan's opposition to the merger was no secret.", stance('Japan', 'Opposes', /^merger$/));
  // an accusation says what someone else is said to do: the accuser opposes that act, and backs no one
  shouldExtract('Peru blamed Chile for backing the rebels.', stance('Peru', 'Opposes', /^backing the rebels$/), { describe: 'Peru supports nothing', test: (x) => !stmts(x, 'Stance').some((s) => s.polarity === 'Supports') });
  // a denial opposes the claim it denies (obj::claim), not a plan it says does not exist
  shouldExtract('Greece, which has repeatedly denied accusations that it mistreats migrants, joined the talks.', stance('Greece', 'Opposes', /^accusations/));
  shouldExtract('Greece has denied any plans to attack Turkey.', noStance('Greece'));
  // every member an "including" phrase names holds its group's stance
  shouldExtract('The international community, including France, Chile and the United Nations, condemned the attempted coup.', stance('France', 'Opposes', /coup/), stance('Chile', 'Opposes', /coup/), stance('United Nations', 'Opposes', /coup/));
  // who protests: the one who summons an envoy to protest, or submits a document protesting; a named agent with a to-infinitive
  shouldExtract('Peru on Tuesday summoned the Chilean ambassador to protest the new tariffs.', stance('Peru', 'Opposes', /^new tariffs$/));
  shouldExtract('The Peruvian government said it has submitted a document to the WTO protesting Chile’s fishing ban.', stance('Peru', 'Opposes', /fishing ban/));
  shouldExtract('The clashes led the African Union to call on Wednesday for restraint.', stance('African Union', 'Supports', /^restraint$/));
  // "members expressed deep concern about rising tensions": the verb read as the predicate, a gerund as the concern's topic
  shouldExtract('The Mercosur members expressed deep concern about rising tensions between Peru and Chile.', stance('Mercosur', 'Opposes', /rising tensions/));
  shouldExtract('Ana Vidal stressed the importance of dialogue with the unions.', stance('Ana Vidal', 'Supports', /^dialogue/));
  shouldExtract('Chile is perplexed by Peru’s ambitions for maritime access.', stance('Chile', 'Opposes', /ambitions for maritime access/));
  // one who is angered holds the stance on what angered them; a from-phrase holds the criticism or praise a subject draws
  shouldExtract('The election of Ana Vidal angered China.', stance('China', 'Opposes', /^election of Ana Vidal$/));
  shouldExtract('The plan faced criticism from Peru and Chile.', stance('Peru', 'Opposes', /^plan$/), stance('Chile', 'Opposes', /^plan$/));
  shouldExtract('The accord won praise from the European Union.', stance('European Union', 'Supports', /^accord$/));
  shouldExtract('Ana Vidal reiterated the need for an immediate resumption of the ceasefire.', stance('Ana Vidal', 'Supports', /resumption of the ceasefire/));
  // adjectives after the object of "termed" are what it is termed; a capital in -ing before its verb is a name
  shouldExtract('The Chilean foreign ministry termed Peru’s measures unilateral and unjust.', stance('Chile', 'Opposes', /measures/));
  shouldExtract('Beijing rejected the plan.', stance('China', 'Opposes', /^plan$/));
  // one stance said twice, the second time with fewer words or more, is one stance
  shouldExtract('Chile opposes the plan. Chile said it opposed the plan for the port.', { describe: 'one stance of Chile', test: (x) => stmts(x, 'Stance').filter((t) => labelOf(x, t.holder) === 'Chile').length === 1 });
  // a topic that says nothing by itself is no stance (statements.json stance.vagueTopics)
  shouldExtract('Chile welcomed the move on Monday. Peru rejected the response.', noStance('Chile'), noStance('Peru'));
  // a topic that ends in a pronoun is what the pronoun stands for, not read here
  shouldExtract('Peruvian Foreign Minister Ana Soto said Chile must return it.', noStance('Ana Soto'));
  shouldExtract('Japan repeated its opposition to the merger.', stance('Japan', 'Opposes', /^merger$/));
  shouldExtract('Egypt did not condemn the raid.', noStance('Egypt'));
  // "should" opening an inverted condition, and a speaker's own resolve, are no demands
  shouldExtract('Peru will respond quickly, should Chile attack its fishing boats, Ana Vidal said.', noStance('Ana Vidal'));
  shouldExtract('"We have to protect our fishing boats," Ana Vidal said.', noStance('Ana Vidal'));
  shouldExtract('Poland is opposed to the pipeline, the minister said.', stance('Poland', 'Opposes', /^pipeline$/));
  shouldExtract('Turkey remains committed to the ceasefire.', stance('Turkey', 'Supports', /^ceasefire$/));
  shouldExtract('President Ana Vidal met the envoy on Monday, urging restraint along the border.', stance('Ana Vidal', 'Supports', /^restraint/));
  // a country is not the holder of a stance its opposition candidate takes
  shouldExtract("Bolivia's main opposition candidate has rejected the preliminary results.", noStance('Bolivia'));
  shouldExtract('A Mexican economist criticised the budget.', noStance('Mexico'));
  // a demonym before an institution is the country it serves
  shouldExtract('The Bolivian foreign ministry condemned the shelling of the port.', stance('Bolivia', 'Opposes', /^shelling of the port$/));
  // refusing or declining an act is not doing it
  shouldExtract('Ghana refused to recognise the interim council.', stance('Ghana', 'Opposes', /^interim council$/));
  shouldExtract('Norway congratulated Ana Vidal on her election victory. Laos is against any delay to the vote.', stance('Norway', 'Supports', /^election victory$/), stance('Laos', 'Opposes', /^delay to the vote$/));
  shouldExtract('Kenya voiced deep concern at the arrests and lauded the mediators. Fiji stands with Samoa.', stance('Kenya', 'Opposes', /^arrests$/), stance('Kenya', 'Supports', /^mediators$/), stance('Fiji', 'Supports', /^Samoa$/));
  shouldExtract('"Oman will not stand with arms crossed," the envoy said.', noStance('Oman'));
  // a protest one is caught up in is a circumstance, not one's stance
  shouldExtract('Ana Vidal was detained in 2019 during protests against the government.', noStance('Ana Vidal'));
  // calling a thing by a word that judges it, however many words stand between
  shouldExtract('Chile described the raid as a flagrant violation of its sovereignty.', stance('Chile', 'Opposes', /^raid$/));
  shouldExtract('Ana Vidal called the detention an authoritarian act. Peru termed the levies unilateral and unjust.', stance('Ana Vidal', 'Opposes', /^detention$/), stance('Peru', 'Opposes', /^levies$/));
  shouldExtract('Uruguay said the accord was a positive step.', stance('Uruguay', 'Supports', /^accord$/));
  // congratulations, also in a document someone sends; a judging word for a group of people
  shouldExtract('President Ana Vidal sent a telegram congratulating Tomas Berg on his victory. Ghana offered its congratulations to Tomas Berg.', stance('Ana Vidal', 'Supports', /^victory$/), stance('Ghana', 'Supports', /^Tomas Berg$/));
  shouldExtract('President Ana Vidal called the protesters treasonous.', stance('Ana Vidal', 'Opposes', /^protesters$/));
  // "his country" is the person's; an unnamed office of state speaks for the article's country
  shouldExtract('Ethiopian Prime Minister Abiy Ahmed said his country will not seek conflict with Eritrea.', stance('Ethiopia', 'Opposes', /^conflict/));
  shouldExtract('Ghana recalls envoy\n\nThe decision to expel the ambassador was "regrettable," the office of the president said, urging "diplomatic decorum" between the two nations.', stance('Ghana', 'Opposes', /^decision to expel/), stance('Ghana', 'Supports', /^diplomatic decorum$/));
  // a long act keeps its object: "committed to building a … relationship with …"
  shouldExtract('"Peru remains committed to building a mutually beneficial and lasting relationship of trust with the United States of America and all of its partners," the presidency said.', stance('Peru', 'Supports', /^building a mutually beneficial and lasting relationship$/));
  shouldExtract('"Peru remains committed to building a mutually beneficial relationship with the United States of America," the presidency said.', stance('Peru', 'Supports', /^building a mutually beneficial relationship with the United States of America$/));
  shouldExtract('Ana Vidal met the envoy. She also called the junta illegitimate.', stance('Ana Vidal', 'Opposes', /^junta$/));
  // a participle on a noun takes no stance; wanting to hurt someone is no stance on them
  shouldExtract('Tomas Berg, the most wanted man in Peru, was arrested.', noStance('Tomas Berg'));
  shouldExtract('Tomas Berg, arguably the most wanted man in Peru, was arrested.', noStance('Tomas Berg'));
  // not allowing or not tolerating a thing opposes it; allowing someone to act is no stance on them
  shouldExtract('Peru will never allow Bolivian independence, the spokesperson said. Chile will not tolerate any interference in its affairs.', stance('Peru', 'Opposes', /^Bolivian independence$/), stance('Chile', 'Opposes', /^interference/));
  shouldExtract('The Ghanaian government allowed the opposition to hold a rally.', noStance('Ghana'));
  // wanting a thing to end opposes it; support thrown behind someone supports them
  shouldExtract('"We want this conflict to end as soon as possible," Ana Vidal said.', stance('Ana Vidal', 'Opposes', /^conflict$/));
  shouldExtract('The U.S. and Canada have thrown their support behind the opposition leader Ana Vidal.', stance('Canada', 'Supports', /opposition leader/));
  shouldExtract('"We do not want to hurt Qatar," Ana Vidal said.', noStance('Ana Vidal'));
  // a naming participle after the sentence's verb calls its object what its adjective says; judging words (statements.json)
  shouldExtract('Talks went on. Peru fired back hours later, calling Chile’s tweet completely incomprehensible.', stance('Peru', 'Opposes', /Chile’s tweet/));
  shouldExtract('Talks went on. Ana Vidal called Chile the country’s principal enemy.', stance('Ana Vidal', 'Opposes', /Chile/));
  // a call for someone to undo a thing opposes the thing; a right denied to another is denied by whoever says so (stances.tsv :denied)
  shouldExtract('Talks went on. Ana Vidal reiterated calls for ministers to scrap provisions in the Chilean bill.', stance('Ana Vidal', 'Opposes', /provisions/));
  shouldExtract('Talks went on. Ana Vidal responded by saying that Chile had no right to such retaliation.', stance('Ana Vidal', 'Opposes', /retaliation/), noStance('Chile'));
  // a supporter set beside a person "of" a party is the person, not the party
  shouldExtract('Talks went on. Luis Vera of the Blue party, a key supporter of the bill, spoke.', stance('Luis Vera', 'Supports', /bill/));
  // a noun-only stance cue ("right") is no verb that ends a title before it
  shouldExtract('Talks went on. Peru arrested German human rights activist Luis Vera.', fact('jobTitle', 'Luis Vera', 'human rights activist'));
  // protests inside another noun's phrase are the protesters' stance (cue-words.tsv protest-noun)
  shouldExtract('Talks went on. Ana Vidal left open military action over the crackdown on protests against the Chilean government.', { describe: 'Ana Vidal does not oppose the Chilean government', test: (x) => !stmts(x, 'Stance').some((s) => /government/.test(s.topic)) });
  // one's own part in a deed ruled out is a denial (cue-words.tsv culpability-noun); another's is opposed
  shouldExtract('Talks went on. Ruling out its involvement in the attack, Peru said it was open to any investigation.', { describe: 'no stance on involvement', test: (x) => !stmts(x, 'Stance').some((s) => /involvement/.test(s.topic)) });
  shouldExtract('Talks went on. Peru condemned Chile’s involvement in the attack.', stance('Peru', 'Opposes', /Chile’s involvement/));
  // wanting to say a thing takes up no act; a clause "no sign" denies is not so
  shouldExtract('Talks went on. “I want to tell the Chilean government that we will act if evidence is found,” Ana Vidal said.', noStance('Ana Vidal'));
  shouldExtract('Talks went on. Chile has shown no sign it will agree to Peru’s demands.', noStance('Chile'));
  // …but a clause saying what happened when is an event of its own, which that "no" does not deny
  shouldExtract('The Government has insisted it has no plans to reopen talks after the PNP said it would vote against the deal.', stance('PNP', 'Opposes', /deal/));
  // "his party" is the party its leader speaks for, or the leader where the text names no party
  shouldExtract('Talks went on. Luis Vera said his party will vote against the plan.', stance('Luis Vera', 'Opposes', /^plan$/));
  shouldExtract('Talks went on. There is no indication that Chile supports the plan.', noStance('Chile'));
  shouldExtract('Talks went on. Chile on Saturday rejected U.S. President Ana Vidal’s suggestion to move the border.', stance('Chile', 'Opposes', /suggestion/));
  // "the move" refers to an act done by someone, not to what a thing brought about nor to another's answer to the move
  shouldExtract('Talks went on. The effort has sparked global reactions. Peru condemned the move as “piracy,” while Chile called it a “serious violation of international law.”', { describe: 'no stance on the reactions or on the condemning', test: (x) => !stmts(x, 'Stance').some((s) => /sparked|condemned/.test(s.topic)) });
  // a side defending what its own pronoun owns takes no stance; its own act defended is backed
  shouldExtract('Talks went on. “Peru has lawfully defended its people & borders from terrorists,” Ana Vidal added.', noStance('Peru'));
  shouldExtract('Talks went on. Defending its decision to arrest Luis Vera, Peru said the raid was lawful.', stance('Peru', 'Supports', /decision/));
  shouldExtract('Talks went on. “We will defend our rights under the treaty in every forum,” Ana Vidal said.', stance('Ana Vidal', 'Supports', /rights under the treaty/));
  // a stance noun in the phrase of the sentence's subject is no stance of the subject's
  shouldExtract('Talks went on. The spat between Ana Vidal and Luis Vera and the resulting outpouring of support for the Chilean leader highlighted the rift.', { describe: 'no one supports the Chilean leader', test: (x) => !stmts(x, 'Stance').some((s) => s.polarity === 'Supports') });
  // blamed or praised for an act: the topic says what for; the one blamed does the act, not the one who blames
  shouldExtract('Talks went on. Ana Vidal lambasted Chile for standing by President Luis Vera.', stance('Ana Vidal', 'Opposes', /Chile for standing by/), stance('Chile', 'Supports', /Luis Vera/));
  shouldExtract('Talks went on. Ana Vidal lambasted Lima for standing by President Luis Vera.', stance('Ana Vidal', 'Opposes', /Lima for standing by/), { describe: 'Ana Vidal does not support Luis Vera', test: (x) => !stmts(x, 'Stance').some((s) => s.polarity === 'Supports') });
  // a relative clause with no relative word takes the noun it describes as its object
  shouldExtract('Talks went on. Chile is building a pipeline, a project the United States vehemently opposes.', stance('United States', 'Opposes', /project/));
  shouldExtract('Talks went on. Bolivia says the dam will raise prices, a claim Peru rejects.', stance('Peru', 'Opposes', /claim/));
  // a threat to suffer, or a reproach about the past, is no stance
  shouldExtract('"You will have to face devastating consequences," Ana Vidal told Chile.', noStance('Ana Vidal'));
  shouldExtract('"The leaders of Chile should have realized it long ago," Ana Vidal said.', noStance('Ana Vidal'));
  // answering calls for something is not calling for it
  shouldExtract('The Ghanaian government had previously rejected calls for a rerun of the vote.', stance('Ghana', 'Opposes', /rerun/), { describe: 'Ghana does not support a rerun', test: (x) => !stmts(x, 'Stance').some((s) => s.polarity === 'Supports') });
});

describe('stances on acts (acts.tsv) and judging predicates (evaluations.ts)', () => {
  // a past form after "said" with an object of its own is what was said, not a relative clause on the object
  shouldExtract('Talks went on. Peru said the tariffs violated international law.', stance('Peru', 'Opposes', /^tariffs$/));
  shouldExtract('Talks went on. Peru said "any use of force, whether it is external or internal, undermines the talks."', stance('Peru', 'Opposes', /use of force/));
  // a noun of kind judges by its of-phrase; more judging words (statements.json)
  shouldExtract('Talks went on. Chile said the embargo was a form of blackmail.', stance('Chile', 'Opposes', /^embargo$/));
  shouldExtract('Talks went on. Chile said the embargo was collective punishment.', stance('Chile', 'Opposes', /^embargo$/));
  shouldExtract('Talks went on. Chile said the report was misguided and its claims were false.', stance('Chile', 'Opposes', /^report$/), stance('Chile', 'Opposes', /claims$/));
  shouldExtract('Talks went on. Peru said the accord was mutually beneficial.', stance('Peru', 'Supports', /^accord$/));
  // "questioned" the legitimacy of a thing opposes it
  shouldExtract('Talks went on. Peru questioned the legitimacy of the election.', stance('Peru', 'Opposes', /legitimacy of the election/));
  // whoever acts "along with" the subject holds it too; "lobbied against"; "neither free nor fair" denies praise
  shouldExtract('Talks went on. Chile, along with Peru, rejected the proposal.', stance('Chile', 'Opposes', /^proposal$/), stance('Peru', 'Opposes', /^proposal$/));
  shouldExtract('Talks went on. Chile lobbied against the bill.', stance('Chile', 'Opposes', /^bill$/));
  // officials in the plural speak for every country their of-phrase names
  shouldExtract('Talks went on. The foreign ministers of Peru and Chile rejected the plan.', stance('Peru', 'Opposes', /^plan$/), stance('Chile', 'Opposes', /^plan$/));
  // idioms of news prose (stances.tsv): poured scorn on, gave its backing to, rallied behind, broke with
  shouldExtract('Talks went on. Peru poured scorn on the plan.', stance('Peru', 'Opposes', /^plan$/));
  shouldExtract('Talks went on. Chile gave its backing to the plan.', stance('Chile', 'Supports', /^plan$/));
  shouldExtract('Talks went on. Chile rallied behind the president.', stance('Chile', 'Supports', /^president$/));
  shouldExtract('Talks went on. Peru said the elections were neither free nor fair.', stance('Peru', 'Opposes', /^elections$/));
  // a quotation after "as" still names the judgement; "wrong", "disappointing"; "will not stand for"
  shouldExtract('Talks went on. Ana Vidal labeled the announcement as "illegal and unconstitutional."', stance('Ana Vidal', 'Opposes', /^announcement$/));
  shouldExtract('Talks went on. Peru said the decision was deeply disappointing.', stance('Peru', 'Opposes', /^decision$/));
  shouldExtract('Talks went on. Peru will not stand for intimidation of its diplomats, a spokesperson said.', stance('Peru', 'Opposes', /^intimidation of its diplomats$/));
  // a quoted predicate after "as", or after a longer object; a judging phrase on the predicate's conjunct
  shouldExtract('Talks went on. Peru described the sanctions as "unilateral and illegal".', stance('Peru', 'Opposes', /^sanctions$/));
  shouldExtract('Talks went on. Peru called the arrest of the journalist "unacceptable".', stance('Peru', 'Opposes', /^arrest of the journalist$/));
  shouldExtract('Talks went on. Peru said the annexation was "null and void".', stance('Peru', 'Opposes', /^annexation$/));
  // "said of X": what a quoted "this" judges; a thing asked not to be done is opposed (an act with no object stays unread)
  shouldExtract('Talks went on. "This is a dangerous escalation," Ana Vidal said of the missile test.', stance('Ana Vidal', 'Opposes', /^missile test$/));
  shouldExtract('Talks went on. Peru urged Chile not to hold the vote.', stance('Peru', 'Opposes', /^hold the vote$/));
  shouldExtract('Talks went on. Peru urged Chile not to escalate.', noStance('Peru'));
  // a holder's phrase on the second of a coordinated pair, hung from the first
  shouldExtract('Talks went on. The envoy told Chile that such remarks were uncalled and unacceptable to Peru.', stance('Peru', 'Opposes', /^such remarks$/));
  // a stance noun that is itself a clause's subject, with no owner named, is no one's
  shouldExtract('Talks went on. Calls for talks with Chile were nonsense, Ana Vidal said.', stance('Ana Vidal', 'Opposes', /^Calls for talks/), { describe: 'the calls are not hers', test: (x) => !stmts(x, 'Stance').some((s) => s.kind === 'Stance' && s.polarity === 'Supports') });
  // fighting or resisting something, pledged, opposes it (statements.json undoingVerbs)
  shouldExtract('Peru pledged to combat drug trafficking.', stance('Peru', 'Opposes', /^drug trafficking$/));
  // a harm one is ready for, and a measure one vows to keep, are threats and sanctions, no stance on an act
  shouldExtract('Peru was ready to strike three sites in Chile.', noStance('Peru'));
  shouldExtract('Ana Ruiz vowed to maintain punishing sanctions on Chile.', noStance('Ana Ruiz'));
  shouldExtract('Peru called on Chile to examine restrictions on foreign banks.', stance('Peru', 'Supports', /restrictions on foreign banks/));
  // what would cross a red line for X is opposed by X
  shouldExtract('Ana Ruiz warned that deploying weapons or soldiers to Chile would cross a "red line" for Peru.', stance('Peru', 'Opposes', /deploying weapons or soldiers to Chile/));
  // a country that applies to join something supports joining it; a demand that another stop or withdraw something opposes it
  shouldExtract('Peru and Chile formally applied to join the trade bloc last year.', stance('Chile', 'Supports', /join the trade bloc/));
  shouldExtract('"We are all demanding Chile stop any further missile launches," Ana Ruiz said.', stance('Ana Ruiz', 'Opposes', /missile launches/), { describe: 'no support for Chile', test: (x) => !stmts(x, 'Stance').some((s) => s.topic === 'Chile') });
  shouldExtract('Ana Ruiz demanded that Russia withdraw its troops from the border.', stance('Ana Ruiz', 'Opposes', /troops/));
  // a judging word said of a thing, reported by every agent that says it ("could jeopardize", "objectionable")
  shouldExtract('Peru, Chile and Mexico said the U.S. action could jeopardize the safety of witnesses.', stance('Mexico', 'Opposes', /U\.S\. action/), stance('Peru', 'Opposes', /U\.S\. action/));
  shouldExtract('Ana Ruiz told her counterpart during a call that the tariffs were "categorically objectionable."', stance('Ana Ruiz', 'Opposes', /tariffs/));
  shouldExtract('She said that Chile remained open to dialogue with Peru.', stance('Chile', 'Supports', /^dialogue with Peru$/));
  shouldExtract('Ana Vidal emphasized the need to maintain open lines of communication.', stance('Ana Vidal', 'Supports', /^maintain open lines/));
  shouldExtract('Ana Vidal said Chile would prefer to resolve its disputes with Peru through dialogue.', stance('Chile', 'Supports', /^resolve its disputes/));
  // "need" as a verb with an object before its infinitive ("we need two to sit down") is no act asked for
  shouldExtract('Ana Vidal said we need two to sit around the table.', noStance('Ana Vidal'));
  shouldExtract('Ana Vidal urged Chile to withdraw the mining bill.', stance('Ana Vidal', 'Opposes', /^mining bill$/));
  shouldExtract('Ana Vidal called on Chile to hold a referendum on the port.', stance('Ana Vidal', 'Supports', /^hold a referendum on the port$/));
  shouldExtract('The Bolivian mining minister, Tomas Berg, a former engineer, urged the unions to clear the barricades.', stance('Tomas Berg', 'Opposes', /^barricades$/));
  shouldExtract('Bolivia pledged to rebuild the bridge at Oruro.', stance('Bolivia', 'Supports', /rebuild the bridge/));
  shouldExtract('Bolivia said it was not willing to join the customs union.', stance('Bolivia', 'Opposes', /customs union/));
  shouldExtract('Ana Vidal said wealthy nations must deliver on their climate promises.', stance('Ana Vidal', 'Supports', /^deliver on their climate promises$/));
  // a demand not to do a thing opposes doing it; not to undo one says nothing
  shouldExtract('Talks went on. Ana Vidal said Peru should not build the dam.', stance('Ana Vidal', 'Opposes', /build the dam/));
  shouldExtract('Talks went on. Ana Vidal said Peru must not stop the raids.', noStance('Ana Vidal'));
  shouldExtract('Ana Vidal said the export quotas must be lifted.', stance('Ana Vidal', 'Opposes', /^export quotas$/));
  // a speaker's own resolve, a condition, a reproach and a perfect tense are no demands
  shouldExtract('Ana Vidal said we must build more schools.', noStance('Ana Vidal'));
  shouldExtract('Ana Vidal said Chile has sent a delegation to Quito.', noStance('Ana Vidal'));
  shouldExtract('Ana Vidal said the dispute should be settled at the negotiating table.', noStance('Ana Vidal'));
  shouldExtract('Ana Vidal said the new quotas were a red line for Bolivia.', stance('Bolivia', 'Opposes', /^new quotas$/));
  shouldExtract('Ana Vidal said the levy was unacceptable to Chile.', stance('Chile', 'Opposes', /^levy$/));
  shouldExtract('Ana Vidal said more funding for the clinics was needed.', stance('Ana Vidal', 'Supports', /^more funding for the clinics$/));
  // (what is never negotiable is held firmly: the speaker keeps it)
  shouldExtract('Ana Vidal said the port deal remained never negotiable.', stance('Ana Vidal', 'Supports', /^port deal$/));
  shouldExtract('Ana Vidal said unilateral tariffs harm small farmers.', stance('Ana Vidal', 'Opposes', /^unilateral tariffs$/));
  shouldExtract('Ana Vidal said the quotas were an attack on Bolivian farmers.', stance('Ana Vidal', 'Opposes', /^quotas$/));
  // a possessive "its" in a clause with a named subject is that subject's
  shouldExtract('Ana Vidal said Peru should end its support for the rebels.', stance('Peru', 'Supports', /rebels/), stance('Ana Vidal', 'Opposes', /support for the rebels/));
  shouldExtract('Bolivia and Chile signed the document in Quito.', noStance('Bolivia'));
  // diplomatic reactions name what they answer; accusations and blame what they hold against someone
  shouldExtract('Bolivia summoned the Chilean ambassador on Monday over the border raid.', stance('Bolivia', 'Opposes', /^border raid$/));
  shouldExtract('Bolivia recalled its ambassador to Chile in protest at the new port levy.', stance('Bolivia', 'Opposes', /port levy/));
  shouldExtract('Chile expelled two Bolivian diplomats in retaliation for the expulsions.', stance('Chile', 'Opposes', /^expulsions$/));
  shouldExtract('The Bolivian government is appalled at the verdict, Ana Vidal said.', stance('Bolivia', 'Opposes', /^verdict$/));
  shouldExtract('Bolivia accused Chile of shelling the border villages.', stance('Bolivia', 'Opposes', /shelling the border villages/));
  shouldExtract('Bolivia accused Chile of having.', noStance('Bolivia'));
  shouldExtract('Ana Vidal called the expulsion of the envoy an arbitrary measure.', stance('Ana Vidal', 'Opposes', /expulsion of the envoy/));
  shouldExtract('Tomas Berg called the summons a sensible one.', stance('Tomas Berg', 'Supports', /summons/));
  // praise denied is blame: "are not appropriate methods"
  shouldExtract('Ana Vidal said that such complaints are not appropriate methods.', stance('Ana Vidal', 'Opposes', /complaints/), { describe: 'Ana Vidal supports nothing', test: (x) => !stmts(x, 'Stance').some((s) => s.polarity === 'Supports') });
  // each coordinated act asked for is a stance; praise denied opposes; a judging adjective among others judges
  shouldExtract('Ana Vidal urged Chile to stop the raids on the mines and engage in talks with the unions.', stance('Ana Vidal', 'Opposes', /^raids on the mines$/), stance('Ana Vidal', 'Supports', /^engage in talks with the unions$/));
  shouldExtract('Tomas Berg said the vote was not a "free and fair election."', stance('Tomas Berg', 'Opposes', /^vote$/));
  shouldExtract('Tomas Berg said the runoff was not legitimate.', stance('Tomas Berg', 'Opposes', /^runoff$/));
  shouldExtract("Ana Vidal fired back, calling the miners' detention an authoritarian act.", stance('Ana Vidal', 'Opposes', /detention/));
  // one stance read twice, once with fewer words, is written once
  shouldExtract('Bolivia condemned the raid on the mine, and Bolivia condemned the raid.', stance('Bolivia', 'Opposes', /^raid on the mine$/), { describe: 'one stance on the raid', test: (x) => stmts(x, 'Stance').filter((s) => /raid/.test(s.topic)).length === 1 });
  // a relative clause on the subjects ("which border Bolivia") names no holder
  shouldExtract('Talks went on. Peru and Chile, which border Bolivia, welcomed the sanctions.', stance('Peru', 'Supports', /sanctions/), stance('Chile', 'Supports', /sanctions/), noStance('Bolivia'));
  // a harmless act on a condition threatens no one
  shouldExtract('Talks went on. Ana Ruiz said Peru would still work with Chile if the talks resumed.', { describe: 'no threat', test: (x) => stmts(x, 'Threat').length === 0 });
  // holding talks threatens no one (holding someone responsible does); an emperor is a person
  shouldExtract('Talks went on. Rajiv Menon arrived for a visit during which he will hold talks with Japanese Prime Minister Haruto Sato on trade.', { describe: 'no threat', test: (x) => stmts(x, 'Threat').length === 0 });
  shouldExtract('Talks went on. Rajiv Menon also met Emperor Naruhito at the Imperial Palace.', entity('Person', 'Naruhito'), meeting(['Rajiv Menon', 'Naruhito']));
  // a country's opposition, rebels or parties are not the country; results called a fraud are opposed
  shouldExtract("Talks went on. Togo's main opposition coalition on Monday rejected the official results of the election.", noStance('Togo'));
  shouldExtract('Talks went on. "These results are a fraud," Ana Vidal said.', stance('Ana Vidal', 'Opposes', /^results$/));
  // "Beijing" opening a sentence is a name, not a gerund or an auxiliary
  shouldExtract('Talks went on. Beijing condemned the visit.', stance('China', 'Opposes', /^visit$/));
  // embracing a visitor is greeting them, no stance
  shouldExtract('Talks went on. Ana Vidal embraced the Chilean leader at her home.', noStance('Ana Vidal'));
  // a topic that names nothing by itself (statements.json vagueTopics)
  shouldExtract('Talks went on. Ana Vidal criticised the way. Tomas Berg welcomed the establishment.', noStance('Ana Vidal'), noStance('Tomas Berg'));
  // one stance said again in half the same words, or by the side its holder speaks for, is kept once
  shouldExtract('Bolivia condemned the military support for the rebels. Bolivia later condemned foreign support for the rebels.', { describe: 'one stance', test: (x) => stmts(x, 'Stance').length === 1 });
  shouldExtract('Bolivian Foreign Minister Ana Vidal rejected the new levy on copper. Bolivia opposes the levy on copper.', { describe: 'one stance', test: (x) => stmts(x, 'Stance').length === 1 });
  shouldExtract('Bolivia condemned the raid on the mine. Chile condemned the raid on the mine.', stance('Bolivia', 'Opposes', /raid/), stance('Chile', 'Opposes', /raid/));
  // "Lima-based" before a noun is no verb of its own: the minister is who said it, and who "she" is after
  shouldExtract('The move comes after Foreign Minister Ana Vidal said Lima-based Chilean diplomat Tomas Roca would have to leave. Peru, she said, would “not tolerate any form of foreign interference in our affairs”.', quote('Ana Vidal', 'not tolerate any form'), noQuoteBy('Tomas Roca'));
  // "he said" goes on with the subject of the clause nearer the main verb, not one the reported clause names
  shouldExtract('The row grew after Tomas Roca said Luis Vera would have to leave the country. Peru, he said, would “not tolerate any form of interference in our internal affairs”.', quote('Tomas Roca', 'not tolerate any form'), noQuoteBy('Luis Vera'));
  // a description naming the office in other words is its holder (offices.tsv); a title with the same head is preferred
  shouldExtract('Talks went on. Peruvian Foreign Minister Ana Vidal said it was necessary to act. Chile “is desperately looking for allies”, the Peruvian diplomacy chief said.', quote('Ana Vidal', 'desperately looking'), noFact('jobTitle', 'Ana Vidal', 'chief'));
  shouldExtract('Talks went on. Peru’s top diplomat said on Monday that “the talks have failed completely”. Foreign Minister Ana Vidal of Peru had met Chilean Foreign Minister Luis Vera on Friday. “We will never accept this new border,” the Chilean top diplomat said.', quote('Luis Vera', 'never accept'));
  shouldExtract('Chilean Foreign Minister Luis Vera and Secretary of State Tomas Roca spoke on Friday. “The world does not recognize the annexation,” the Secretary of State said.', quote('Tomas Roca', 'does not recognize'), noQuoteBy('Luis Vera'));
  // "…, stating: “…”" (every speech verb's -ing form, speech-verbs.json): whoever the participle's verb has as subject speaks
  shouldExtract('Talks went on. Tomas Roca addressed the US public directly, stating: “Vera started this adventure. They should be mindful of their safety.”', quote('Tomas Roca', 'started this adventure'), noQuoteBy('United States'));
  shouldExtract('Talks went on. Ana Vidal addressed Chile directly on Monday, declaring: “We will not accept a new border.”', quote('Ana Vidal', 'will not accept'), noQuoteBy('Chile'));
  // "he" in "The poisoning of X was a crime, he said" is the speaker of the sentence before, not X named in passing
  shouldExtract('Talks went on. Foreign Minister Tomas Roca said Peru would respond. The poisoning of Luis Vera was a crime, he said. “When we think about sanctions, they should be targeted.”', quote('Tomas Roca', 'think about sanctions'), noQuoteBy('Luis Vera'));
  // a subject set off after its title ("The head of the mission, former minister X,") is what the sentence is about
  shouldExtract('Talks went on. Rosa Diaz, 58, was briefly detained in 2023. The head of the observer mission of the Organization of American States (OAS), former Chilean foreign minister Ana Vidal, said the vote had been orderly, but she urged both camps to “wait for the official count in calm.”', quote('Ana Vidal', 'official count'), noQuoteBy('Rosa Diaz'));
  // "the president" is the president named last before it; not one its own sentence names ("Vera offends the Peruvian president")
  shouldExtract('Talks went on. President Tomas Roca of Peru spoke on Monday. He is angry with Chilean President Luis Vera. “We will act,” Mr. Roca said. “We are very unhappy with Chile,” the president explained.', quote('Tomas Roca', 'very unhappy'), noQuoteBy('Luis Vera'));
  shouldExtract('Talks went on. President Tomas Roca spoke on Monday. President Luis Vera spoke on Tuesday. This is not the first time Mr. Vera offends the Peruvian president, the ministry said.', { describe: '"the Peruvian president" is Tomas Roca', test: (x) => !!byLabel(x, 'Tomas Roca')?.mentions.some((m) => m.text === 'Peruvian president') });
  // "“…,” according to a statement by X": whoever issued the statement
  shouldExtract('Talks went on. Peru said in a notice that it would act. “The regime poses an unacceptable threat to our security,” according to a statement by Peruvian Foreign Minister Ana Vidal.', quote('Ana Vidal', 'unacceptable threat'), noQuoteBy('Peru'));
  // a quote inside what a titled person "said … that" is the person's, not the country the reported clause opens with
  shouldExtract('Talks went on. Peru’s new Foreign Minister, Tomas Roca, who is in Lima for talks with his Chilean counterpart Luis Vera, said on Wednesday that Peru “certainly will not tolerate geopolitical change in the region”.', quote('Tomas Roca', 'will not tolerate'), noQuoteBy('Peru'));
  // an attribution set inverted between commas inside the clause it reports ("…, notes X, …"), the tagger taking the verb for a noun
  shouldExtract('The dispute, recalls Marco Ruiz, has gone on for months and “now it is even worse than in August”.', quote('Marco Ruiz', 'even worse than in August'));
  shouldExtract('Talks in Lima failed. The “proposal advanced” by Peru during the talks, notes Marco Ruiz, would have avoided a “risky situation for the whole region”.', quote('Marco Ruiz', 'risky situation'), noQuoteBy('Peru'));
  // "he" after a quote that names other men is the man who spoke before it
  shouldExtract('The dispute, recalls Marco Ruiz, has gone on for months. The real problem is trust, because “the roots of the crisis go far beyond the fees. We expect Luis Vera and Tomas Berg to show leadership, so that they can advance” in the talks, he concludes.', quote('Marco Ruiz', 'roots of the crisis'), noQuoteBy('Tomas Berg'));
  // whom an overthrow befell is no target of the threat to reverse it (victim-noun)
  shouldExtract('Talks went on. Peru has a new junta. If talks fail, the Andean Community will take military action to reverse last month’s overthrow of President Tomas Roca.', threat('Andean Community', 'Peru'), { describe: 'Tomas Roca is threatened by no one', test: (x) => !stmts(x, 'Threat').some((t) => targetsOf(t).some((g) => labelOf(x, g) === 'Tomas Roca')) });
  // a short clause about its own speakers ("good that we are able …" cut to "we are able") names no topic
  shouldExtract('Talks went on. “It is good that we are able to have an exchange here about all questions, including those where we differ,” Ana Vidal said.', noStance('Ana Vidal'));
  // a charge or surcharge on goods is a measure (sanctions.tsv); "became charged" speaks of none
  shouldExtract('Talks went on. Chile will impose a 30% security charge on goods from Peru from February 1.', sanction('Chile', /goods/));
  shouldExtract('Talks went on. The meeting quickly became charged as Ana Vidal revived claims of violence targeting Chilean farmers.', { describe: 'Ana Vidal sanctions no one', test: (x) => !stmts(x, 'Sanction').some((s) => imposersOf(s).some((i) => labelOf(x, i) === 'Ana Vidal')) });
  // an office no name fills, "the president of Chile", stands for its country, as "the Chilean president" does; welcomed so, a guest
  shouldExtract('Talks went on. Tomas Roca met the president of Chile on Wednesday.', meeting(['Tomas Roca', 'Chile']));
  shouldExtract('Talks went on. Tomas Roca welcomed the president of Chile to the palace on Wednesday.', meeting(['Tomas Roca', 'Chile']));
  // what several do in one clause is one statement naming them all (joint.ts); said in two sentences, two
  shouldExtract('Bolivia and Chile condemned the raid on the mine.', jointly('Stance', ['Bolivia', 'Chile']));
  shouldExtract('Talks went on. Peru, Chile and Bolivia backed the new tariff plan.', jointly('Stance', ['Peru', 'Chile', 'Bolivia']));
  shouldExtract('Bolivia condemned the raid on the mine. Chile condemned the raid on the mine.', { describe: 'two stances', test: (x) => stmts(x, 'Stance').length === 2 });
  shouldExtract('Talks went on. Peru threatened Chile and Bolivia with tariffs if they do not lift the ban.', jointly('Threat', ['Chile', 'Bolivia']));
  shouldExtract('Talks went on. Peru and Chile imposed sanctions on Bolivia on Monday.', jointly('Sanction', ['Peru', 'Chile']));
  // pledging a thing supports it; promising harm threatens; railing against opposes
  shouldExtract('Bolivia pledged reunification with the coastal province.', stance('Bolivia', 'Supports', /^reunification/));
  shouldExtract('Bolivia promised harsh retaliation after the raid.', noStance('Bolivia'));
  shouldExtract('Ana Vidal railed against the mining code.', stance('Ana Vidal', 'Opposes', /^mining code$/));
  // a verb with its particle is a cue of its own ("rule out"); a regular "-ed" form keeps its final e
  shouldExtract('Ana Vidal ruled out talks with the miners.', stance('Ana Vidal', 'Opposes', /^talks with the miners$/));
  // adjectives after linking verbs and passives with a pronoun subject; nouns that hold a side
  shouldExtract('Talks went on. Bolivia remained opposed to the use of force.', stance('Bolivia', 'Opposes', /^use of force$/));
  shouldExtract('Talks went on. Bolivia said it was committed to the peace process.', stance('Bolivia', 'Supports', /^peace process$/));
  shouldExtract('Talks went on. Chile voted in favour of the resolution. Bolivia is in favour of dialogue.', stance('Chile', 'Supports', /^resolution$/), stance('Bolivia', 'Supports', /^dialogue$/));
  shouldExtract('Talks went on. Bolivia threw its weight behind the peace deal. Chile stood firmly behind the inquiry.', stance('Bolivia', 'Supports', /^peace deal$/), stance('Chile', 'Supports', /^inquiry$/));
  shouldExtract('Talks went on. Chile has been a vocal supporter of the embargo. Ana Vidal, a fierce critic of the mining code, spoke.', stance('Chile', 'Supports', /^embargo$/), stance('Ana Vidal', 'Opposes', /^mining code$/));
  shouldExtract('"It warns would-be supporters of the embargo," Ana Vidal said.', noStance('Ana Vidal'));
  // judging names: a quoted name in apposition, a phrase ending in its of-phrase, a participle, "amounted to"
  shouldExtract('Talks went on. Bolivia called the levies "economic terrorism".', stance('Bolivia', 'Opposes', /^levies$/));
  shouldExtract('Talks went on. Bolivia branded the blockade an act of aggression.', stance('Bolivia', 'Opposes', /^blockade$/));
  shouldExtract('Talks went on. Bolivia called the report biased.', stance('Bolivia', 'Opposes', /^report$/));
  shouldExtract('Talks went on. Bolivia said the raids amounted to a war crime.', stance('Bolivia', 'Opposes', /^raids$/));
  // asking someone to refrain from a thing opposes it; a statement speaks for whoever issued it
  shouldExtract('Bolivia summoned the envoy. The ministry urged Chile to refrain from provocations in the disputed waters.', stance('Bolivia', 'Opposes', /^provocations/));
  // an act asked undone is opposed by whoever asks; the stance verb inside it is no one's stance
  shouldExtract('Talks went on. Peru urged Chile to stop supporting the rebels.', stance('Peru', 'Opposes', /^supporting the rebels$/), { describe: 'no support of the rebels', test: (x) => !stmts(x, 'Stance').some((t) => t.polarity === 'Supports') });
  shouldExtract('Talks went on. Peru called on Chile to refrain from backing the rebels.', stance('Peru', 'Opposes', /^backing the rebels$/), { describe: 'no support of the rebels', test: (x) => !stmts(x, 'Stance').some((t) => t.polarity === 'Supports') });
  shouldExtract('Talks went on. Peru demanded that Chile stop backing the rebels.', stance('Peru', 'Opposes', /^backing the rebels$/), { describe: 'no stance of Chile', test: (x) => stmts(x, 'Stance').length === 1 });
  shouldExtract('Talks went on. Peru urged Chile to cease its naval patrols.', stance('Peru', 'Opposes', /naval patrols/));
  shouldExtract('Talks went on. Peru asked Chile to abandon the dam project.', stance('Peru', 'Opposes', /dam project/));
  // a passive act asked for: a granting one supports it done, an undoing opposes its subject
  shouldExtract('Talks went on. Ana Vidal said Luis Vera should be released.', stance('Ana Vidal', 'Supports', /^Luis Vera released$/));
  shouldExtract('Talks went on. Peru demanded that the detained fishermen be freed.', stance('Peru', 'Supports', /detained fishermen freed/));
  shouldExtract('Talks went on. Peru said the sanctions on Chile should be lifted.', stance('Peru', 'Opposes', /sanctions on Chile/));
  shouldExtract('Talks went on. Peru said the talks should be held in Lima.', { describe: 'no stance', test: (x) => !stmts(x, 'Stance').length });
  shouldExtract('Peru won the vote. Ana Vidal said this choice must be honoured.', { describe: 'no stance', test: (x) => !stmts(x, 'Stance').length });
  shouldExtract('Talks went on. Power had yet to be restored in Lima, Peru said.', { describe: 'no stance', test: (x) => !stmts(x, 'Stance').length });
  // votes cast by someone are theirs; "votes against" alone are on what the earlier votes were on
  shouldExtract('Talks went on. Votes for the accord were cast by Peru and Chile. Votes against were cast by Bolivia.', stance('Peru', 'Supports', /^accord$/), stance('Chile', 'Supports', /^accord$/), stance('Bolivia', 'Opposes', /^accord$/));
  // blocking a decision, measure or bid opposes it; blocking a road takes no side
  shouldExtract('Talks went on. Peru blocked the sanctions package against Bolivia.', stance('Peru', 'Opposes', /sanctions package/));
  shouldExtract('Talks went on. Peru blocked the road to the border.', { describe: 'no stance', test: (x) => !stmts(x, 'Stance').length });
  shouldExtract('Talks went on. Ana Vidal said a ground offensive in Lima is unacceptable.', stance('Ana Vidal', 'Opposes', /ground offensive/));
  // an opposition dropped lets the thing through
  shouldExtract('Talks went on. Peru lifted its opposition to the sanctions package after receiving guarantees.', stance('Peru', 'Supports', /sanctions package/));
  // a decision or plan is the act its to-clause names
  shouldExtract('Talks went on. Peru’s foreign minister has defended her decision to tear up the Lima agreement with Chile, saying she does not expect retaliation.', stance('Peru', 'Supports', /^decision to tear up the Lima agreement with Chile$/));
  // "cannot", one word, negates as "can not" does
  shouldExtract('Talks went on. Peru cannot accept the dam project.', stance('Peru', 'Opposes', /dam project/), { describe: 'no support', test: (x) => !stmts(x, 'Stance').some((t) => t.polarity === 'Supports') });
  // a stance verb undone says the opposite
  shouldExtract('Talks went on. Peru stopped supporting the rebels in March.', stance('Peru', 'Opposes', /rebels/));
  shouldExtract('Talks went on. The statement, issued by the Bolivian foreign ministry, denounced the blockade as illegal.', stance('Bolivia', 'Opposes', /^blockade$/));
  shouldExtract('Talks went on. A statement from Bolivia condemned the raid.', stance('Bolivia', 'Opposes', /^raid$/));
  // names that judge a group; a thing that goes against a rule; a name's relative clause before the verb
  shouldExtract('Talks went on. Ana Vidal, who is first deputy department head of the ruling Andes Party Central Committee, called the rebels “traitors and thugs.”', stance('Ana Vidal', 'Opposes', /rebels/));
  shouldExtract('Talks went on. Ana Vidal said the remarks made on Friday by Tomas Roca about her government go against the law.', stance('Ana Vidal', 'Opposes', /remarks/));
  // a stance told in a name's relative clause before a closing speech verb; a gerund after "keep"
  shouldExtract('Talks went on. He spoke to Peruvian President Ana Vidal, who stressed the need for talks, Chilean radio said.', stance('Ana Vidal', 'Supports', /talks/));
  shouldExtract('Talks went on. Chilean President Tomas Roca said that Chile will keep supporting Castro.', stance('Chile', 'Supports', /Castro/));
  // objections from someone to the act they were raised against, whichever side of it they stand
  shouldExtract('Talks went on. Despite objections from Chile, Peru pulled out of the deal.', stance('Chile', 'Opposes', /pulled out of the deal/));
  shouldExtract('Talks went on. Peru pulled out of the deal over the objections of Chile.', stance('Chile', 'Opposes', /pulled out of the deal/));
  // what someone considers a thing to be; a relative pronoun stands for its antecedent; an adjective read as a compound
  shouldExtract('Talks went on. The Andean Front, which Peru considers to be a crucial ally, advanced.', stance('Peru', 'Supports', /Andean Front/));
  shouldExtract('Talks went on. Peru considers the Andean Front to be a terrorist group.', stance('Peru', 'Opposes', /Andean Front/));
  // standing by someone backs them; a participle joined by "and" to another after a comma
  shouldExtract('Talks went on. Meanwhile, Chile, Bolivia and Ecuador have stood by President Ana Vidal, opposing the foreign intervention.', stance('Bolivia', 'Supports', /Ana Vidal/));
  shouldExtract('Talks went on. Tomas Roca held talks with Ana Vidal, urging progress on a ceasefire and warning against cyber attacks.', stance('Tomas Roca', 'Opposes', /^cyber attacks$/));
  // "Chile's announced measures" is a possessive; a closing reporter's subject before the reported clause
  shouldExtract("Talks went on. Peru's council termed Chile's announced measures unilateral, unjust and irresponsible.", stance('Peru', 'Opposes', /announced measures/));
  shouldExtract("Talks went on. Chile's decision to expel Peru's ambassador was regrettable, the office of the Peruvian president said.", stance('Peru', 'Opposes', /decision to expel/));
  // a measure taken in response to a thing opposes it; one eased in response does not
  shouldExtract("Talks went on. The Peruvian government announced a second round of sanctions in response to Chile's crackdown on protests.", stance('Peru', 'Opposes', /crackdown/));
  shouldExtract('Talks went on. Peru eased sanctions on Chile in response to a deal between the parties.', noStance('Peru'));
  // "it" in a relative clause stands for the agent above it; an extraposed that-clause is what is judged
  shouldExtract('Talks went on. Chile has labelled Ana Vidal a troublemaker over remarks she made supporting Andean independence, which it sees as a red line.', stance('Chile', 'Opposes', /Andean independence/));
  shouldExtract('Talks went on. It is unacceptable that Chile closed the border, Ana Vidal said.', stance('Ana Vidal', 'Opposes', /closed the border/));
  // what is not negotiable is held
  shouldExtract("Talks went on. Ana Vidal said Peru's independence was non-negotiable.", stance('Ana Vidal', 'Supports', /independence/));
  // a word that classifies before a noun judges nothing; proof for one's own claim takes no side
  shouldExtract('Talks went on. Any extradition of Tomas Roca would be a legal, technical process, Ana Vidal said.', noStance('Ana Vidal'));
  shouldExtract('Talks went on. Ana Vidal said Peru had failed to provide a scintilla of proof to support its claim.', noStance('Peru'));
  shouldExtract("Talks went on. Chile supports Peru's claim to the islands.", stance('Chile', 'Supports', /claim to the islands/));
  // "neither … nor" after a copula denies both; standing against a thing opposes it
  shouldExtract('Talks went on. Peru said the election was neither free nor fair.', stance('Peru', 'Opposes', /election/));
  shouldExtract('Talks went on. Peru stood firm against the Chilean demands.', stance('Peru', 'Opposes', /Chilean demands/));
  // a headline's "says X 'illegal'" judges X
  shouldExtract("Peru says Chile's sanctions 'illegal'\n\nOfficials spoke on Monday.", stance('Peru', 'Opposes', /sanctions/));
});

describe('acts renamed, predicates of what is said, counted parties', () => {
  shouldExtract('Chile approved a bill to annex the island, a move condemned by Peru.', stance('Peru', 'Opposes', /bill to annex the island/));
  shouldExtract('Peru is calm. Last year the parliament in Santiago approved a bill to annex the island, a move rejected as illegal by Peru and Bolivia.', stance('Bolivia', 'Opposes', /annex the island/), noStanceOf('Peru', 'Supports'));
  shouldExtract('Peru denounced what it said was an incursion of a Chilean warship into its waters.', stance('Peru', 'Opposes', /^incursion of a Chilean warship/));
  shouldExtract('Chile cut ties with four countries that questioned the result. Peru, Bolivia, Panama and Uruguay had called the vote a fraud.', jointly('Stance', ['Peru', 'Bolivia', 'Panama', 'Uruguay']), stance('Panama', 'Opposes', /^result/));
  shouldExtract('Four countries rejected the result. Peru, Bolivia and Panama had earlier asked for a recount.', noStanceOf('Peru', 'Opposes'));
  shouldExtract('Peru called Chile\'s decision to close the border "regrettable".', stance('Peru', 'Opposes', /^Chile's decision to close the border$/));
  shouldExtract('Peru called Chile\'s decision to close the border regrettable.', stance('Peru', 'Opposes', /^Chile's decision to close the border$/));
  shouldExtract('Peru called Chile\'s decision to close the border last week.', noStance('Peru'));
  shouldExtract('Talks went on. "This decision is unacceptable," Peruvian minister Ana Vera said of Chile\'s move to close the border.', stance('Ana Vera', 'Opposes', /^Chile's move to close the border$/));
  it('a person named inside a topic is what it is about, not its holder', () => {
    const person = { label: 'Tomas Berg', altLabels: [], type: 'Person' } as unknown as Entity;
    expect(aboutItself(person, 'recent visit of the Chilean minister, Tomas Berg, to the islands')).toBe(true);
    expect(aboutItself(person, 'recent visit of the Chilean minister to the islands')).toBe(false);
  });
  shouldExtract('Talks went on. Peru condemned those words.', noStance('Peru'));
  shouldExtract('Talks went on. Peru welcomed the fact.', noStance('Peru'));
  shouldExtract('Peru rejected what it said were false claims by Chile.', stance('Peru', 'Opposes', /^false claims by Chile/));
});

describe('vote tallies (vote-tallies.ts)', () => {
  shouldExtract('The assembly adopted a resolution condemning the blockade of Freedonia. Some 90 states backed it, while five voted against it — Chile, Peru, Laos, Cuba and Fiji.', jointly('Stance', ['Chile', 'Peru', 'Laos', 'Cuba', 'Fiji']), stance('Fiji', 'Opposes', /resolution condemning the blockade/));
  shouldExtract('The council debated a motion to expel the envoy. Nine nations abstained — Kenya, Ghana, Togo and Mali.', stance('Mali', 'Neutral', /motion to expel the envoy/), stance('Kenya', 'Neutral', /motion/));
  shouldExtract('The bill to ban timber exports went to the chamber on Monday. Brazil and India abstained.', stance('India', 'Neutral', /bill to ban timber exports/));
  shouldExtract('The council voted on a draft urging a ceasefire. Four nations rejected the draft, namely Belarus, Nepal, Syria and Nicaragua.', stance('Nepal', 'Opposes', /draft urging a ceasefire/));
  shouldExtract('The council passed Resolution 12 on Friday, with Chile abstaining from the vote.', stance('Chile', 'Neutral', /Resolution 12/));
  shouldExtract('Thirty states – including Brazil and India – abstained on the resolution on Freedonia.', stance('Brazil', 'Neutral', /resolution on Freedonia/));
  shouldExtract('The assembly debated a motion to expel the envoy. Six nations abstained — Kenya, the Central Plains Republic, Ghana and Togo.', stance('Togo', 'Neutral', /motion/));
  // (the list after the last count is that count's: the abstainers are not named)
  shouldExtract('The assembly adopted a resolution on Freedonia. Some 90 states backed it, but 20 abstained and five voted against it — Chile, Peru and Fiji.', stance('Chile', 'Opposes', /resolution on Freedonia/), noStanceOf('Chile', 'Neutral'), noStanceOf('Chile', 'Supports'));
  shouldExtract('The assembly adopted a resolution on Freedonia. Chile did not abstain.', noStanceOf('Chile', 'Neutral'));
});

describe('meetings (statements.json meeting)', () => {
  // a meeting hosted names its parties itself: the seat modifying it is no party
  shouldExtract('On Monday, U.S. President Donald Trump hosted a White House meeting with the presidents of Chile and Peru.', meeting(['Donald Trump', 'Chile', 'Peru']));
  // "the ambassadors" summoned are the envoys a sentence before named; a call for something is a demand, no phone call
  shouldExtract('In a joint letter on Monday, the ambassadors of Chile, Bolivia and Ecuador issued a call for the activist’s release. The ambassadors were then summoned by the Peruvian Foreign Ministry.', meeting(['Chile', 'Bolivia', 'Ecuador', 'Peruvian Foreign Ministry']), noMeetingOf(['Chile', 'Bolivia', 'Ecuador']));
  // headlines: a comma for "and" before the verb; a present-tense summons; one told by the body is the body's
  shouldExtract('Peru, Chile hold talks on border dispute\n\nOfficials spoke on Monday.', meeting(['Peru', 'Chile']));
  shouldExtract('Chile summons Peruvian ambassador over remarks\n\nOfficials spoke on Monday.', meeting(['Chile', 'Peru']));
  shouldExtract('Chile summons Peruvian ambassador over remarks\n\nThe Chilean foreign ministry summoned the Peruvian ambassador, Ana Vidal, on Monday.', { describe: 'one summons', test: (x) => stmts(x, 'Meeting').length === 1 });
  // speaking to someone is speaking with them (not to the press)
  shouldExtract('Ana Ruiz said on Saturday that she had spoken to Tomas Berg.', meeting(['Ana Ruiz', 'Tomas Berg']));
  // a day before its month ("on 27 February"); a state warned during talks is a party to them
  shouldExtract('Ana Ruiz met Tomas Berg in Lima on 27 February 2025.', meeting(['Ana Ruiz', 'Tomas Berg'], 'Lima', '2025-02-27'));
  shouldExtract('During earlier talks on 1 March, Peruvian minister Ana Ruiz warned Chile that Peru could push back.', meeting(['Ana Ruiz', 'Chile'], undefined, '2026-03-01'));
  // warning or urging one's counterpart is speaking with them; the city a settlement word names is where; a place modifying a noun is not
  shouldExtract('Talks went on. In Lima, Chilean Foreign Minister Tomas Berg said he warned his Peruvian counterpart Ana Ruiz against any meddling in Chilean elections.', meeting(['Tomas Berg', 'Ana Ruiz'], 'Lima'));
  shouldExtract('Tomas Berg met Ana Ruiz on Monday. Both said the meeting in the port city of Callao covered trade.', meeting(['Tomas Berg', 'Ana Ruiz'], 'Callao'));
  // a visit's city is where its meeting took place; a host's guest named after a demonym and a title
  shouldExtract('During his visit to Lima on Monday, Chilean President Tomas Berg met Peruvian President Ana Ruiz.', meeting(['Tomas Berg', 'Ana Ruiz'], 'Lima', '2026-03-02'));
  shouldExtract('Chilean President Tomas Berg visited Lima on Monday, where he met Peruvian President Ana Ruiz.', meeting(['Tomas Berg', 'Ana Ruiz'], 'Lima'));
  shouldExtract('Peruvian President Ana Ruiz hosted Chilean President Tomas Berg at the presidential palace in Lima on Monday.', meeting(['Ana Ruiz', 'Tomas Berg'], 'Lima'));
  shouldExtract('During a trip to Lima, Chilean President Tomas Berg met Peruvian President Ana Ruiz on Monday.', meeting(['Tomas Berg', 'Ana Ruiz'], 'Lima'));
  // talks the clause's subjects held, around what they did ("agreed … after talks in Nairobi"); a presidential residence is a place
  // a visit received, a dinner had, views exchanged with someone: a meeting
  shouldExtract('Talks went on. Peruvian Foreign Minister Ana Vidal received a visit from Chilean Foreign Minister Luis Vera in Lima on Tuesday.', meeting(['Ana Vidal', 'Chile']));
  shouldExtract('Talks went on. Ana Vidal had dinner with Luis Vera on Monday.', meeting(['Ana Vidal', 'Luis Vera']));
  shouldExtract('Talks went on. Ana Vidal exchanged views with Luis Vera via video link.', meeting(['Ana Vidal', 'Luis Vera']));
  shouldExtract('Talks went on. Ana Vidal attended a dinner in honour of the victims.', { describe: 'no meeting', test: (x) => !stmts(x, 'Meeting').length });
  // "the province of X", "his province X": a region the gazetteer does not know
  shouldExtract('Talks went on. The province of Ilonga Norte was hit by floods, and Ana Vidal visited her province Talbora Sur.', entity('Place', 'Ilonga Norte'), entity('Place', 'Talbora Sur'));
  // "“… his province …,” he added": not someone the quoted words name
  shouldExtract('In an interview, Luis Vera said: “The talks went well.”\n\n“And that is what we touched on with Tomas Berg. So that is the gist of the meeting,” he added', quote('Luis Vera', 'what we touched on'), noQuoteBy('Tomas Berg'));
  shouldExtract('Talks went on. Kenyan President Samuel Otieno and his Tanzanian counterpart Grace Mwamba agreed on Friday to lift restrictions after talks at State House in Nairobi.', meeting(['Samuel Otieno', 'Grace Mwamba']), entity('Place', 'State House'));
  // hosting envoys whose adjectives name several countries meets each
  shouldExtract('Talks went on. Egyptian Foreign Minister Hossam Farouk hosted Qatari and American mediators in Cairo on Sunday.', meeting(['Hossam Farouk', 'Qatar', 'United States'], 'Cairo'));
  // a summons in the passive: whoever reports it summons, else the country the envoy is posted to
  shouldExtract('Talks went on. Ana Ruiz said the Chilean ambassador, Tomas Berg, was summoned to the foreign ministry.', meeting(['Ana Ruiz', 'Tomas Berg']));
  // summoned to a named ministry: the ministry summons, not the agency that reports it; the same summons told twice is one
  shouldExtract('Talks went on. Chilean Ambassador to Peru Tomas Berg has been summoned to the Foreign Ministry of Peru, the agency NTX reports.', meeting(['Tomas Berg', 'Foreign Ministry of Peru']), { describe: 'no meeting with NTX', test: (x) => !stmts(x, 'Meeting').some((m) => m.participants.some((p) => labelOf(x, p) === 'NTX')) });
  shouldExtract('Peru on Saturday summoned the Chilean ambassador to Lima Tomas Berg to the foreign ministry.\n\n"The Chilean ambassador will be summoned to the Peruvian foreign ministry on Saturday," the agency NTX said.', meeting(['Peru', 'Tomas Berg']), { describe: 'one meeting', test: (x) => stmts(x, 'Meeting').length === 1 });
  shouldExtract('Talks went on. The Chilean envoy to Peru, Tomas Berg, was summoned on Monday.', meeting(['Chile', 'Peru']));
  // summoning several envoys is one summons each; welcoming a person is meeting them, welcoming their efforts is not
  shouldExtract('Peru summoned the Chilean, Bolivian and Brazilian ambassadors on Monday.', meeting(['Peru', 'Chile']), meeting(['Peru', 'Bolivia']), meeting(['Peru', 'Brazil']), { describe: 'three meetings', test: (x) => stmts(x, 'Meeting').length === 3 });
  shouldExtract('Chinese President Li Wei welcomed Chilean President Tomas Berg on Friday in Beijing.', meeting(['Li Wei', 'Tomas Berg'], 'Beijing'));
  shouldExtract("Ana Ruiz welcomed Chilean President Tomas Berg's efforts to end the dispute.", { describe: 'no meeting', test: (x) => !stmts(x, 'Meeting').length });
  // a visit to countries meets no one in particular; a visit to a person is a meeting
  shouldExtract('Last month, a delegation of Peruvian officials visited Slovakia, the Czech Republic and Lithuania. Ana Ruiz visited Tomas Berg in Lima.', meeting(['Ana Ruiz', 'Tomas Berg'], 'Lima'), { describe: 'no meeting with Slovakia', test: (x) => !stmts(x, 'Meeting').some((m) => m.participants.some((p) => labelOf(x, p) === 'Slovakia')) });
  // a joint news conference; a call hung by the parse from the clause after it
  shouldExtract('On Thursday, Foreign Minister Ana Ruiz told her French counterpart Jean-Luc Berg to reconsider the plan.', meeting(['Ana Ruiz', 'Jean-Luc Berg']));
  shouldExtract('Ana Ruiz spoke in Lima. She said she had raised with Prime Minister Tomas Berg the issue during their meeting on the sidelines of the summit in Quito.', meeting(['Ana Ruiz', 'Tomas Berg'], 'Quito'));
  shouldExtract('"We will see," Ana Ruiz said in a joint news conference with her Chilean counterpart Tomas Berg in Lima.', meeting(['Ana Ruiz', 'Tomas Berg'], 'Lima'));
  shouldExtract('Foreign Minister Ana Ruiz told U.S. Secretary of State Tomas Berg during a telephone call Friday the sanctions were unacceptable.', meeting(['Ana Ruiz', 'Tomas Berg']));
  shouldExtract('Ana Vidal received Chilean Foreign Minister Tomas Berg in Lima on Monday.', meeting(['Ana Vidal', 'Tomas Berg'], 'Lima'));
  shouldExtract('Talks went on. Peruvian President Ana Vidal received the Chilean ambassador on Friday.', meeting(['Ana Vidal', 'Chile']));
  shouldExtract('Talks went on. Peruvian President Ana Vidal received a letter from the Chilean ambassador on Friday.', { describe: 'no meeting', test: (x) => !stmts(x, 'Meeting').length });
  shouldExtract('Ana Ruiz and Tomas Berg held five hours of talks in Lima.', meeting(['Ana Ruiz', 'Tomas Berg'], 'Lima'));
  // telling one's counterpart is speaking with them; telling reporters is not a meeting
  shouldExtract('Ana Ruiz told her Chilean counterpart on Saturday that the war was complicating relations.', meeting(['Ana Ruiz', 'Chile']));
  shouldExtract('Ana Ruiz told reporters in Lima that the plan was dead.', { describe: 'no meeting', test: (x) => !stmts(x, 'Meeting').length });
  // "the duo", "the two leaders": the two people the sentence named before
  shouldExtract('Ana Ruiz greeted Tomas Berg at the airport before the two leaders held talks in Lima.', meeting(['Ana Ruiz', 'Tomas Berg'], 'Lima'));
  shouldExtract('Ana Ruiz warned Tomas Berg not to cross the red line on Monday as the duo held talks in Lima.', meeting(['Ana Ruiz', 'Tomas Berg'], 'Lima'));
  // the with-phrase after where and when; the official in the title, not the title's country
  shouldExtract("U.S. Secretary of State Ana Ruiz met in Lima on Saturday with Peru's Foreign Minister Jorge Soto.", meeting(['Ana Ruiz', 'Jorge Soto'], 'Lima'), { describe: 'the United States is there through Ana Ruiz', test: (x) => !stmts(x, 'Meeting').some((m) => m.participants.some((p) => labelOf(x, p) === 'United States')) });
  // a meeting noun in an adverbial phrase: the verb's subject, and whom it reaches
  shouldExtract('In a telephone conversation with his Chilean counterpart Luis Vera on Friday, Peruvian Foreign Minister Ana Soto denounced the attacks.', meeting(['Ana Soto', 'Luis Vera']));
  shouldExtract('South Korean President Ana Soto told Peruvian President Luis Vera in a phone call on Thursday that talks would resume.', meeting(['Ana Soto', 'Luis Vera']));
  shouldExtract('Peruvian Foreign Minister Ana Soto was hosted in Lima on Monday by Chilean President Luis Vera.', meeting(['Ana Soto', 'Luis Vera'], 'Lima'));
  // the same meeting told twice, once with a country for the person, is one meeting; a meeting denied is none
  shouldExtract('Peruvian President Ana Soto held talks with Chilean President Luis Vera in Lima on Monday. Soto met her Chilean counterpart for two hours before a dinner.', meeting(['Ana Soto', 'Luis Vera'], 'Lima'), { describe: 'one meeting', test: (x) => stmts(x, 'Meeting').length === 1 });
  shouldExtract('Peruvian President Ana Soto said she has not met Bolivian President Juan Rojas.', { describe: 'no meeting', test: (x) => !stmts(x, 'Meeting').length });
  shouldExtract('Chilean Foreign Minister Luis Vera and Peruvian Foreign Minister Ana Soto had a telephone conversation on Friday.', meeting(['Luis Vera', 'Ana Soto']), { describe: 'the officials, not their countries', test: (x) => stmts(x, 'Meeting').every((m) => m.participants.length === 2) });
  shouldExtract('Claire Dubois said: “I raised it again in my meetings with Ravi Menon last week.”', meeting(['Claire Dubois', 'Ravi Menon']));
  // from the parse: subjects, object, and whoever it is "with"
  shouldExtract('President Lena Kraus spoke on Friday with Prime Minister Omar Haddad of Jordan.', meeting(['Lena Kraus', 'Omar Haddad']));
  shouldExtract('Lena Kraus and Omar Haddad shook off the rain before a long meeting between the two leaders in Amman.', meeting(['Lena Kraus', 'Omar Haddad']));
  shouldExtract('France and Germany held talks with Poland in Warsaw on Tuesday.', meeting(['France', 'Germany', 'Poland'], 'Warsaw'));
  shouldExtract('When the leaders of Brazil, Argentina, Uruguay and Paraguay posed for a photograph at the summit in Montevideo on Thursday, they smiled.', meeting(['Brazil', 'Argentina', 'Uruguay', 'Paraguay'], 'Montevideo', '2026-02-26'));
  shouldExtract("Delegations from Sudan's army and the Rapid Support Forces (RSF) held a face-to-face session on Tuesday in Geneva.", meeting(['Sudan', 'Rapid Support Forces'], 'Geneva', '2026-03-03'));
  shouldExtract('Maarten van der Berg and Dana Whitcomb spoke by video call on Monday.', meeting(['Maarten van der Berg', 'Dana Whitcomb'], undefined, '2026-03-02'));
  shouldExtract('Egypt and Ethiopia held talks in Cairo yesterday.', meeting(['Egypt', 'Ethiopia'], 'Cairo', '2026-03-03'));
  shouldExtract('Ana Souza met Prime Minister Karl Holm in Berlin on Monday.', meeting(['Ana Souza', 'Karl Holm'], 'Berlin', '2026-03-02'));
  shouldExtract('Talks between Serbia and Kosovo resumed.', meeting(['Serbia', 'Kosovo']));
  // receiving someone is meeting them, receiving something is not; "X's A and Y's B" are A and B
  shouldExtract('President Ana Vidal received Tomas Berg in Lima on Friday. Peru received support from Chile.', meeting(['Ana Vidal', 'Tomas Berg'], 'Lima'), { describe: 'one meeting', test: (x) => stmts(x, 'Meeting').length === 1 });
  shouldExtract("Peru's Ana Vidal and Chile's Tomas Berg held a 90-minute meeting in Quito.", meeting(['Ana Vidal', 'Tomas Berg'], 'Quito'));
  // those received by a host meet the host, however the parse hangs the by-phrase
  shouldExtract('Ana Vidal and Tomas Berg were received at a hotel in Luanda by Angolan President Joao Lourenco, who acted as a mediator.', meeting(['Ana Vidal', 'Tomas Berg', 'Joao Lourenco'], 'Luanda'));
  // summoning an envoy is meeting the envoy's country; a court summoning witnesses is no meeting of states
  shouldExtract('On Monday Lima summoned a senior Chilean diplomat over the incident. The court summoned the witnesses.', meeting(['Peru', 'Chile']), { describe: 'one meeting', test: (x) => stmts(x, 'Meeting').length === 1 });
});

describe('sanctions (statements.json sanction)', () => {
  shouldExtract('Peru imposed sanctions on Chile on Monday. The individuals sanctioned include Tomas Berg.', { describe: 'Peru sanctions Tomas Berg', test: (x) => stmts(x, 'Sanction').some((t) => labelOf(x, t.imposedBy) === 'Peru' && 'iri' in t.target && labelOf(x, t.target.iri) === 'Tomas Berg') });
  shouldExtract('Talks went on. Chile has been hit with a new round of Peruvian sanctions.', { describe: 'Peru sanctions Chile', test: (x) => stmts(x, 'Sanction').some((t) => labelOf(x, t.imposedBy) === 'Peru' && 'iri' in t.target && labelOf(x, t.target.iri) === 'Chile') });
  // a list named by what its countries are banned from; a blockade of a country's exports, its side told by a demonym
  shouldExtract('Talks went on. Peru has added Bolivia and Chile to the list of countries from which it has banned fruit imports.', sanction('Peru', /^Bolivia$/), sanction('Peru', /^Chile$/));
  shouldExtract('Talks went on. Trade suffered from a Peruvian blockade of Chile’s exports.', sanction('Peru', /Chile/));
  // measures imposed on someone are a sanction, and whom the next sentence names as blacklisted are its targets
  shouldExtract('On Monday, the US Treasury also sanctioned two Peruvian officials. Chile hit back by imposing its own measures on five senators. The blacklisted senators include Luis Vera and Ana Vidal.', sanction('Chile', /five senators/), sanction('Chile', /^Luis Vera$/));
  // words read as a target that name no one ("those" alone, a possessive first) or name a measure are no target
  shouldExtract('Talks went on. Peru imposed sanctions on those.', { describe: 'no sanction', test: (x) => !stmts(x, 'Sanction').length });
  shouldExtract('Talks went on. Peru imposed sanctions on its agenda.', { describe: 'no sanction', test: (x) => !stmts(x, 'Sanction').length });
  shouldExtract('Talks went on. Peru imposed visa restrictions on those responsible for the fraud.', sanction('Peru', /^those responsible/));
  // a described person is the target, not the phrase; goods from a country (or to one) put the measure on it
  shouldExtract('Peru froze the assets of Chilean businessman Tomas Berg and banned him from entering the country.', sanction('Peru', /^Tomas Berg$/));
  // a measure asked for or demanded is not imposed
  shouldExtract('Talks went on. Chile called for further restrictions on Bolivian gas imports. Peru demanded sanctions on Bolivia.', noSanction());
  // a seat of government and its country sanctioning one target are one sanction
  shouldExtract('Talks went on. The Kremlin announced sanctions on Turkey on Monday. Russia imposed sanctions on Turkey after the jet was downed.', sanction('Kremlin', /^Turkey$/), { describe: 'one sanction', test: (x) => stmts(x, 'Sanction').length === 1 });
  // a firm named after its description is the target; lists of the sanctioned, in any voice; other lists are no sanction
  shouldExtract('Talks went on. Peru blacklisted the Chilean firm Andes Mining.', sanction('Peru', /^Andes Mining$/));
  shouldExtract('Talks went on. Peru added Andes Mining to its trade blacklist.', sanction('Peru', /^Andes Mining$/));
  shouldExtract('Talks went on. Andes Mining was added to the Entity List by Peru.', sanction('Peru', /^Andes Mining$/), { describe: 'Andes Mining sanctions no one', test: (x) => !stmts(x, 'Sanction').some((t) => imposersOf(t).some((i) => labelOf(x, i) === 'Andes Mining')) });
  shouldExtract('Talks went on. Two Chilean firms were added to the Entity List, Peru said.', sanction('Peru', /Chilean firms/));
  shouldExtract('Talks went on. Peru added Chile to its list of partners.', noSanction());
  shouldExtract('Peru announced a ban on imports of Chilean wine.', sanction('Peru', /^Chile$/));
  shouldExtract('On Wednesday, Peru moved to block the assets of Tomas Berg.', sanction('Peru', /^Tomas Berg$/));
  shouldExtract('Peru responded by imposing penalties of the same scale on Chilean goods.', sanction('Peru', /Chilean goods/));
  shouldExtract('Peru banned exports of copper to Chile.', sanction('Peru', /^Chile$/));
  shouldExtract('The United States maintains a blockade against Cuba.', sanction('United States', /^Cuba$/));
  // a described target's list: each one named after a colon; a group "including" someone is the group and them
  shouldExtract('The United States sanctioned five Peruvian officials: Ana Ruiz, Luis Vera, Tomas Berg, Maria Soto and Jorge Diaz.', sanction('United States', /^Ana Ruiz$/), sanction('United States', /^Jorge Diaz$/), { describe: 'five sanctions', test: (x) => stmts(x, 'Sanction').length === 5 });
  shouldExtract('The European Union imposed travel bans and asset freezes on 12 Chilean officials, including Interior Minister Ivan Petrov.', sanction('European Union', /^12 Chilean officials$/), sanction('European Union', /^Ivan Petrov$/));
  shouldExtract('The United States imposed sanctions on three Peruvian officials on Monday. The sanctioned individuals include Ana Ruiz, Luis Vera and Tomas Berg.', sanction('United States', /^Luis Vera$/));
  // a designation in an article whose headline speaks of sanctions; "the militias targeted civilians, X said" is none of X's
  shouldExtract('Peru sanctions officials over corruption\n\nToday, the Department of State is designating former Chilean President Tomas Berg for his involvement in significant corruption.', sanction('Department of State', /^Tomas Berg$/));
  shouldExtract('Peru imposed sanctions on Chile. The militias have also targeted fleeing civilians, Ana Ruiz said.', { describe: 'no sanction by Ana Ruiz', test: (x) => !stmts(x, 'Sanction').some((s) => imposersOf(s).some((i) => labelOf(x, i) === 'Ana Ruiz')) });
  // a cue that opens its sentence is capitalised; an amount ("35%") is a number, not a verb the target hangs from
  shouldExtract('Sanctions were imposed on the company by the European Union.', sanction('European Union', /company/));
  shouldExtract('Chile imposed anti-dumping duties of up to 35% on Peruvian electric vehicles.', sanction('Chile', /electric vehicles/));
  // goods from a country are that country's; people from it are people
  shouldExtract('Mexico will impose tariffs of up to 50% on cars from China starting next year.', sanction('Mexico', /^China$/), { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  shouldExtract('Britain imposed sanctions on ten people from Myanmar.', sanction('United Kingdom', /people from Myanmar/));
  // placed on a list; restricted exports of goods to X
  shouldExtract('The United States placed Ridgeline Aerosystems on its Entity List.', sanction('United States', /^Ridgeline Aerosystems$/));
  shouldExtract('Japan restricted exports of chipmaking materials to South Korea.', sanction('Japan', /^South Korea$/));
  // dealings stopped between members and X are stopped with X; coordinated measures share a target; controls on exports to X target X
  shouldExtract('ECOWAS announced the suspension of all commercial and financial transactions between its member states and Niger.', sanction('ECOWAS', /^Niger$/), { describe: 'no member target', test: (x) => stmts(x, 'Sanction').length === 1 });
  shouldExtract('ECOWAS imposed a travel ban and an asset freeze on members of the junta.', sanction('ECOWAS', /members of the junta/));
  shouldExtract('Japan tightened controls on exports to South Korea of three chemicals.', sanction('Japan', /^South Korea$/));
  // a measure announced with no condition is a sanction, not a threat; on a condition it is a threat
  shouldExtract('The United States said it would impose new sanctions on Peru this month after the vote.', sanction('United States', /^Peru$/), { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  shouldExtract('The United States said it would impose new sanctions on Peru if the vote went ahead.', threat('United States', 'Peru', /if the vote/));
  // tariffs on imports from X target X; an unnamed ministry freezing dealings acts for the article's country
  shouldExtract("Peru's 25 percent tariffs on imports from Mexico and Chile took effect on Tuesday.", sanction('Peru', /^Mexico$/), sanction('Peru', /^Chile$/));
  shouldExtract('Peru expelled an envoy on Monday, and Peru recalled its own. The ministry also announced the freezing of all new trade and investment transactions with Bolivia.', sanction('Peru', /^Bolivia$/));
  // dealings stopped (sanctions.tsv cut/dealing): sales, an amount of funding, a demonym's imports, a border, a closure noun
  shouldExtract('Peru will suspend electricity sales to Chile, it said on Thursday.', sanction('Peru', /^Chile$/));
  shouldExtract('New Zealand has paused nearly $20m of core sector support funding for the Cook Islands.', sanction('New Zealand', /^Cook Islands$/));
  shouldExtract('Saudi Arabia also decided to ban all Lebanese imports.', sanction('Saudi Arabia', /^Lebanon$/));
  shouldExtract('Burundi has announced an indefinite closure of its border with Rwanda.', sanction('Burundi', /^Rwanda$/));
  shouldExtract('Peru rejected the closure of its border with Chile.', noSanction());
  shouldExtract('The European Union imposed sanctions on three Belarusian banks.', sanction('European Union', /Belarusian banks/));
  shouldExtract('Canada slapped tariffs on Chinese electric vehicles.', sanction('Canada', /electric vehicles/));
  shouldExtract('Britain sanctioned two shipping firms last week.', sanction('United Kingdom', /shipping firms/));
  // a measure as the instrument of a verb that strikes its object; aid, funding and licences cut off
  shouldExtract('The European Union hit Belarus with new sanctions on Tuesday.', sanction('European Union', /Belarus/));
  shouldExtract('Canada froze its aid to Bolivia in March.', sanction('Canada', /Bolivia/));
  // a phrase after the sanctioning verb that says why is no target
  shouldExtract('The U.S. Treasury sanctioned three Bolivian firms on Monday, which were blacklisted for being involved in the arms trade.', sanction('U.S. Treasury', /Bolivian firms/), { describe: 'no target that starts with "for"', test: (x) => !stmts(x, 'Sanction').some((s) => !('iri' in s.target) && /^for\b/.test(s.target.literal)) });
  shouldExtract('The Bolivian government suspended the licence of Andes Mining Corp.', sanction('Bolivia', /Andes Mining/));
  shouldExtract('Chile imposed visa bans and asset freezes on twelve Bolivian officials.', sanction('Chile', /Bolivian officials/));
  // the target ends before why and when
  shouldExtract('The European Union extended economic sanctions on Russia for an additional six months.', { describe: 'the EU sanctions Russia (the entity)', test: (x) => stmts(x, 'Sanction').some((t) => imposersOf(t).some((i) => labelOf(x, i) === 'European Union') && 'iri' in t.target && labelOf(x, t.target.iri) === 'Russia') });
  // read from the parse: the measure's on-phrase however far it is from the noun; a lifted or only possible measure is none
  shouldExtract('The United States imposed new sanctions of unusual scope on three Ruritanian banks on Monday.', sanction('United States', /^three Ruritanian banks$/));
  shouldExtract('The bloc lifted its sanctions on Peru. Japan said it could impose tariffs on Chinese steel.', noSanction());
  shouldExtract("Ana Ruiz warned Tomas Berg about Peru's intention to impose new sanctions against Chile in case the regions join Bolivia.", noSanction());
  shouldExtract('The European Commission said the EU is prepared to impose countermeasures on US steel.', noSanction());
  shouldExtract('Ana Ruiz said it is imperative to maintain sanctions against North Korea.', noSanction());
  shouldExtract('Peru halted all exports and imports with Bolivia, the trade ministry said. Chile severed diplomatic ties with Ecuador.', { describe: 'Peru cuts trade with Bolivia; Chile cuts ties with Ecuador', test: (x) => ['Peru>Bolivia', 'Chile>Ecuador'].every((pair) => stmts(x, 'Sanction').some((s) => `${labelOf(x, s.imposedBy)}>${'iri' in s.target ? labelOf(x, s.target.iri) : ''}` === pair)) });
  shouldExtract('Peru suspended its sanctions on Chile.', noSanction());
  shouldExtract('The Treasury Department sanctioned former Bolivian army chief Tomas Berg.', { describe: 'Tomas Berg is the target', test: (x) => stmts(x, 'Sanction').some((s) => 'iri' in s.target && labelOf(x, s.target.iri) === 'Tomas Berg') });
  shouldExtract('Two shipping firms were sanctioned by Canada.', sanction('Canada', /shipping firms/));
  shouldExtract('The European Union froze the assets of two potash companies. Their chief executive, Ivan Petrov, also faces an asset freeze.', sanction('European Union', /potash companies/), sanction('European Union', /^Ivan Petrov$/));
  shouldExtract('Beijing said it would freeze any assets in China of Ridgeline Aerosystems and Covington Defense Technologies.', sanction('China', /^Ridgeline Aerosystems$/), sanction('China', /^Covington Defense Technologies$/), entity('Organization', 'Ridgeline Aerosystems'), noEntity('China of Ridgeline Aerosystems'));
  shouldExtract('ECOWAS warned it would impose targeted sanctions on members of the junta if no timetable was published.', { describe: 'a warned sanction is not imposed', test: (x) => stmts(x, 'Sanction').length === 0 });
  shouldExtract("Indonesia's court upheld the ban on exports of nickel ore, and a planned ban on bauxite exports will go ahead.", { describe: 'an export ban is no sanction', test: (x) => stmts(x, 'Sanction').length === 0 });
  shouldExtract('OFAC also added the tankers Aurora Bay and Min Hai 7 to its sanctions list.', sanction('OFAC', /tankers Aurora Bay/));
  shouldExtract("China's foreign ministry said it would freeze any assets of Ridgeline Aerosystems.", sanction('China', /^Ridgeline Aerosystems$/));
  shouldExtract('Korea said it would not accept quotas on its steel exports.', { describe: 'a refused measure is no sanction', test: (x) => stmts(x, 'Sanction').length === 0 });
  // whom a sanctions story says was targeted or designated (sanctions.tsv "designate"); not a drone's target
  shouldExtract("Washington imposed sanctions on Peru on Thursday. The U.S. treasury department, announcing the sanctions, said Peru's minister of state for trade, Ana Vidal, a retired general, was targeted for funding the militia.", sanction('United States', /^Ana Vidal$/));
  shouldExtract('Chilean warplanes targeted rebel positions. Tomas Berg was targeted by a drone strike.', noSanction());
  // a passive "hit with" a country's measures; any list whose name ends in "list"
  shouldExtract('Talks went on. Chile was hit with new Peruvian sanctions on Monday.', sanction('Peru', /^Chile$/));
  shouldExtract('Talks went on. Chile was hit with new sanctions on Monday.', noSanction());
  shouldExtract('Talks went on. Peru placed Chilean firm Andes Mining on its export blacklist.', sanction('Peru', /Andes Mining/));
});

describe('trade flows and amounts (numbers.json, statements.json trade)', () => {
  shouldExtract('Vietnam exported rice worth $1.9 billion to the Philippines.', trade('Vietnam', 'Philippines', 1_900_000_000, 'USD'));
  shouldExtract("Japan's exports to Canada rose to 1.2 trillion yen.", trade('Japan', 'Canada', 1_200_000_000_000, 'JPY'));
  shouldExtract('Germany imported €450 million of Norwegian gas.', trade('Norway', 'Germany', 450_000_000, 'EUR'));
  shouldExtract('Belarus mines potash. It exported €1.3 billion of potash to China in 2025 and €540 million to Brazil, according to the National Statistical Committee of Belarus.', trade('Belarus', 'China', 1_300_000_000, 'EUR'), trade('Belarus', 'Brazil', 540_000_000, 'EUR'), { describe: 'the source is no exporter', test: (x) => !stmts(x, 'TradeFlow').some((t) => labelOf(x, t.exporter).startsWith('National')) });
  shouldExtract('Indonesia shipped $24.6 billion of nickel products, including pig iron, ferronickel and matte, to China in 2025.', trade('Indonesia', 'China', 24_600_000_000, 'USD'));
  // flows stated without an amount; never a dealing a sanction stops or a measure falls on, nor a sale to a firm
  shouldExtract('Chile imports most of its gas from Argentina.', flow('Argentina', 'Chile'));
  shouldExtract('Exports from Peru to China rose 12 percent in 2023.', flow('Peru', 'China'));
  shouldExtract('Peru sold 3 million tonnes of soybeans to China last year.', flow('Peru', 'China'));
  shouldExtract('China bought Peruvian soybeans in 2022.', flow('Peru', 'China'));
  shouldExtract('Peru banned imports from Chile. Bolivia imposed tariffs on imports from Chile. Ecuador halted exports to Chile.', noFlow());
  shouldExtract('Peru sold its stake in the mine to a Chilean firm.', noFlow());
});

describe('factuality', () => {
  shouldExtract('If Chad closes the border, Sudan will retaliate against Chad, Idris Deby said.', factuality('Threat', 'Conditional'));
  shouldExtract('Italy reportedly imposed sanctions on two Libyan militias.', factuality('Sanction', 'Reported'));
});

describe('threat nouns, frozen assets, sanctions told of, title-only names, meetings not held', () => {
  // a threat noun's to-clause is the threat, its possessor or by-phrase makes it
  shouldExtract("Talks went on. Peru's threat to impose tariffs on Chile worried investors.", threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Threats by Peru to go to war with Chile alarmed the region.', threat('Peru', 'Chile'));
  // a warning about a harm; a harm that could be done by the warner; a past that did not happen threatens no one
  shouldExtract('Talks went on. Peru warned Chile about countermeasures if the drills continued.', threat('Peru', 'Chile', /drills/));
  shouldExtract('Talks went on. Peru warned that it could halt oil exports to Chile.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Ana Vidal said Peru would not have shot down the drone if Chile had warned it.', { describe: 'no threat', test: (x) => stmts(x, 'Threat').length === 0 });
  // assets frozen are their owner's sanction, however the verb is inflected
  shouldExtract("Talks went on. Peru's Treasury said it had frozen the assets of Tomas Berg, a Chilean banker.", sanction('Treasury', /^Tomas Berg$/));
  shouldExtract('Talks went on. Peru imposed a travel ban and asset freeze on Chilean senator Tomas Berg.', sanction('Peru', /^Tomas Berg$/));
  // the sanctions just told of target the names that follow; a target only described restates them
  shouldExtract('Peru imposed sanctions on Bolivia. These latest sanctions target two Chilean elites, Tomas Berg and Ana Ruiz.', sanction('Peru', /^Tomas Berg$/));
  shouldExtract('Peru imposed sanctions on Bolivia. The sanctions target its mining sector.', { describe: 'one sanction', test: (x) => stmts(x, 'Sanction').length === 1 });
  // a committee, commission or council "on" a subject is one organisation (organizations.json heads)
  shouldExtract('Talks went on. Peru sanctioned the Subcommittee on International Human Rights.', entity('Organization', 'Subcommittee on International Human Rights'));
  // title and role words alone name no person ("Vice Chair"); a single portfolio word may be a name
  shouldExtract('Talks went on. The Vice Chair of the commission, Tony Perkins, spoke.', noEntity('Vice Chair'), entity('Person', 'Tony Perkins'));
  // a cue that names no meeting held: bilateral trade, talks rejected or warned against, "no officials meet"
  shouldExtract('Talks went on. Last year the bilateral trade between Peru and Chile grew by a tenth.', { describe: 'no meeting', test: (x) => stmts(x, 'Meeting').length === 0 });
  shouldExtract('Talks went on. Peru rejected any discussions with Chile about the port deal.', { describe: 'no meeting', test: (x) => stmts(x, 'Meeting').length === 0 });
  shouldExtract('Talks went on. Ana Vidal demanded that no Chilean officials meet with Tomas Berg.', { describe: 'no meeting', test: (x) => stmts(x, 'Meeting').length === 0 });
  shouldExtract('Talks went on. Peru held a bilateral meeting with Chile on Monday.', meeting(['Peru', 'Chile']));
  // "Cuban American leaders" are Americans: no mention of Cuba, no meeting with it
  shouldExtract('Talks went on. Ana Vidal met with Cuban American leaders on Monday.', noEntity('Cuba'), { describe: 'no meeting with Cuba', test: (x) => !stmts(x, 'Meeting').some((m) => m.participants.some((q) => labelOf(x, q) === 'Cuba')) });
  // a country the condition places itself in is the one threatened
  shouldExtract('Talks went on. President Ana Vidal met with American leaders. The president said more sanctions are coming, "unless there is some drastic change in Cuba."', threat('Ana Vidal', 'Cuba'));
  // the stance of a second verb after "met … with X and": the subject's, not X's
  shouldExtract("Talks went on. Ana Vidal met in Lima on Saturday with Chile's Foreign Minister Tomas Berg and called for the release of two journalists.", stance('Ana Vidal', 'Supports', /^release of two journalists$/), noStance('Tomas Berg'));
  // sanctions announced without a target, then "these sanctions target" a described person: the imposer of the announcement
  shouldExtract("Talks went on. Ana Vidal announced that Peru is imposing additional sanctions under the regulations. These sanctions target Chile's defence minister Tomas Berg.", sanction('Peru', /^Tomas Berg$/));
  // the one a relative clause hosts does not welcome what its antecedent welcomes
  shouldExtract('Talks went on. Lithuania, which hosts exiled opposition leader Olga Petrova, welcomed the decision.', stance('Lithuania', 'Supports', /^decision$/), noStance('Olga Petrova'));
  // "we will do what is necessary" on a condition threatens; doing whatever it takes to win threatens no one
  shouldExtract('Talks went on. "If Chile keeps provoking us, we will do what is necessary," Ana Vidal said.', threat('Ana Vidal', 'Chile', /provoking/));
  shouldExtract('Talks went on. Peru will do whatever it takes to win the election, Ana Vidal said.', { describe: 'no threat', test: (x) => stmts(x, 'Threat').length === 0 });
  // a designation paragraphs after the sanctions were told of is one of them
  shouldExtract('Talks went on. Peru sanctioned three companies on Monday for supplying drones to the rebels. "We will act," Ana Vidal said. The rebels denied it. Peru also designated Red Falcon Trading, a firm in Lima.', sanction('Peru', /^Red Falcon Trading$/));
  // wanting or seeking to undo a thing opposes it ("to stop the raids", "to ease the restrictions")
  shouldExtract('Talks went on. Peru wants to stop the raids. Chile is seeking to ease the restrictions.', stance('Peru', 'Opposes', /^raids$/), stance('Chile', 'Opposes', /^restrictions$/));
  shouldExtract('Talks went on. Peru wants to sign the agreement.', stance('Peru', 'Supports', /^agreement$/));
  // a people's adjective before a trade word is whose trade it is
  shouldExtract('Talks went on. Brazilian exports to Argentina reached $15 billion last year.', trade('Brazil', 'Argentina', 15e9, 'USD'));
  // "the council" is the council last named, not the country the article is about
  shouldExtract("Talks went on. The African Union's Peace and Security Council said it condemns the coup in Mali. The council also rejected the junta's proposed transition.", stance('Peace and Security Council', 'Opposes', /transition/), noStance('Mali'));
  shouldExtract('Talks went on. Neighbouring Senegal and Ivory Coast backed the suspension.', stance('Senegal', 'Supports', /^suspension$/), stance('Ivory Coast', 'Supports', /^suspension$/));
  // a capital before a quotation acts for its government; the quote mark stays out of the topic
  shouldExtract('Talks went on. Zhao Ming told a regular press briefing that Beijing "firmly opposes any form of official interaction" between Canada and Taiwan.', stance('China', 'Opposes', /^form of official interaction between Canada and Taiwan$/));
  // urging someone to stop doing a thing opposes it; "lodged representations over" protests; talks someone is invited to are not held
  shouldExtract('Talks went on. Peru urged Chile to stop harassing its fishermen.', stance('Peru', 'Opposes', /^harassing its fishermen$/));
  shouldExtract('Talks went on. China lodged stern representations with Canada over the stopover.', stance('China', 'Opposes', /^stopover$/));
  shouldExtract('Talks went on. Peter Banda thanked voters and invited Grace Mwale to talks on national unity.', { describe: 'no meeting', test: (x) => stmts(x, 'Meeting').length === 0 });
  shouldExtract('Talks went on. Hungary, which has opposed new EU aid packages, sent only a junior minister.', stance('Hungary', 'Opposes', /^new EU aid packages$/));
  shouldExtract('Talks went on. Russia dismissed the gathering as a show.', stance('Russia', 'Opposes', /^gathering$/));
  // a retort aimed at no one named answers the article's other party; responding to something names what, not whom
  shouldExtract('Venezuela expelled the Spanish ambassador. Venezuela accused Spain of meddling. Spain called the expulsion unjustified and said it would respond in a proportionate manner.', threat('Spain', 'Venezuela'));
  shouldExtract('Talks went on. Colombia suspended coal exports to Israel.', sanction('Colombia', /^Israel$/));
  // read off batch Q once it joined dev: a dateline glued to its dash; a request inside a request; an end to X
  // and Y ends X only; support inside what someone is accused of is no one's; a harm vowed is a threat, not a
  // stance; agreeing to an act supports it
  shouldExtract("Monday, February 1, 2021\n\nPeru warns Chile\n\nLIMA—Peruvian President Ana Vidal on Monday called on the international community to press the country's military to relinquish power.", stance('Ana Vidal', 'Supports', /^relinquish power$/), entity('City', 'Lima'));
  shouldExtract('Talks went on. Hamas has called for an end to the war and total withdrawal of the army.', { describe: 'an end to the war, without the withdrawal', test: (x) => stmts(x, 'Stance').some((s) => s.polarity === 'Supports' && s.topic === 'end to the war') && !stmts(x, 'Stance').some((s) => /withdrawal/.test(s.topic)) });
  shouldExtract('Talks went on. Ana Vidal accused Tomas Berg of having "spewed hatred and support for terrorism."', noStance('Ana Vidal'));
  shouldExtract('Talks went on. Tomas Berg condemned the visit and vowed to take countermeasures.', { describe: 'no stance on countermeasures', test: (x) => !stmts(x, 'Stance').some((s) => /countermeasures/.test(s.topic)) });
  shouldExtract('Talks went on. Peru and Chile agreed to reopen the border.', stance('Peru', 'Supports', /^reopen the border$/), stance('Chile', 'Supports', /^reopen the border$/));
  // a harm vowed with no one named falls on the country the article is about
  shouldExtract("Lithuania opened an office in Taipei. Lithuania's deputy minister visited Taiwan. China's foreign ministry spokesman Wang Wenbin condemned the visit and vowed to take countermeasures.", threat('Wang Wenbin', 'Lithuania'));
  // a sanction stated after one the parse read keeps its imposer ("also faces an asset freeze")
  shouldExtract("Peru has frozen the assets of two Chilean firms. Their chief executive, Tomas Berg, also faces an asset freeze.", sanction('Peru', /^Tomas Berg$/));
  shouldExtract('Talks went on. Peru warned Chile it would "bear all the consequences".', threat('Peru', 'Chile'));
  // scare quotes around a stance noun or a judgement; "good" said of something supports it
  shouldExtract('Talks went on. Peru expressed its "firm opposition" to the sale of weapons to Chile.', stance('Peru', 'Opposes', /sale of weapons/));
  shouldExtract('Talks went on. Peru said on Monday that it rejected "in the strongest terms" the decision.', stance('Peru', 'Opposes', /decision/));
  shouldExtract('Talks went on. The Americans called the talks “very good”.', stance('United States', 'Supports', /^talks$/));
  // a quoted noun after a noun keeps its marks; a judgement in a clause of time or condition is no one's
  shouldExtract('Talks went on. The adviser told Reuters the rebels were ready to sign a truce "tomorrow morning" if the army halted air strikes.', { describe: 'no stance on "tomorrow morning"', test: (x) => !stmts(x, 'Stance').some((t) => /tomorrow/.test(t.topic)) });
  shouldExtract('Talks went on. As Ana Ruiz put it: “Everybody agrees to coordinate when the market is good.”', noStance('Ana Ruiz'));
  shouldExtract('Talks went on. Ana Ruiz said the tariffs were "a slap in the face".', stance('Ana Ruiz', 'Opposes', /tariffs/));
  shouldExtract('Talks went on. Peru was satisfied with the outcome of the talks.', stance('Peru', 'Supports', /outcome/));
  // "vowed never to recognise" opposes, and only opposes; "wants X" is a stance on X only with no to-infinitive after it
  shouldExtract('Talks went on. Peru vowed never to recognize the annexation.', stance('Peru', 'Opposes', /annexation/), { describe: 'no support', test: (x) => !stmts(x, 'Stance').some((t) => t.polarity === 'Supports') });
  shouldExtract('Talks went on. Peru wants Chile to pay compensation.', { describe: 'no stance on Chile', test: (x) => !stmts(x, 'Stance').some((t) => t.topic === 'Chile') });
  shouldExtract('Talks went on. Peru wants to join the bloc.', stance('Peru', 'Supports', /join the bloc/));
  // a passive participle the table lists as written ("outraged by") is that cue, not its verb's ("the verdict outraged X")
  shouldExtract('Talks went on. Ana Ruiz said she was outraged by the decision.', stance('Ana Ruiz', 'Opposes', /decision/));
  // a verb read as a plural noun between a subject and an object; "her government" is the government of her country
  shouldExtract('Talks went on. Peru backs the deal, its foreign minister said.', stance('Peru', 'Supports', /deal/));
  shouldExtract("Talks went on. Ana Ruiz, Peru's foreign minister, said her government opposed the plan.", stance('Peru', 'Opposes', /plan/));
  // a verb's particle parsed as an adverb ("hit back at"); an object after a fronted adjunct
  shouldExtract("Talks went on. Peru hit back at Chile's criticism.", stance('Peru', 'Opposes', /criticism/));
  shouldExtract('Talks went on. Peru condemned in the strongest terms the attack on its embassy.', stance('Peru', 'Opposes', /attack/));
  // a condition the parse hung from the closing speech verb; a condition with a second mark; an attack "answered
  // with force"; "in a warning to X"
  shouldExtract('Talks went on. Peru will respond if Chile crosses the line, Ana Ruiz said.', threat('Ana Ruiz', 'Chile', /crosses the line/));
  shouldExtract('Talks went on. Ana Ruiz warned that Peru will not stand idly by if Chile annexes the island.', threat('Ana Ruiz', 'Chile', /annexes/));
  shouldExtract('Talks went on. Ana Ruiz said any Chilean attack would be answered with force.', threat('Ana Ruiz', 'Chile'));
  shouldExtract('Talks went on. Ana Ruiz said any question would be answered with care.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  shouldExtract('Talks went on. In a warning to Chile, Ana Ruiz said Peru was prepared to use force.', { describe: 'a threat against Chile', test: (x) => stmts(x, 'Threat').some((t) => targetsOf(t).some((g) => labelOf(x, g) === 'Chile')) });
  // whom the threatened act is done to, before whom its condition names
  shouldExtract('Talks went on. Peru warned it will counter Chile if it holds joint drills with Bolivia.', threat('Peru', 'Chile', /joint drills/));
  // a warning to someone of what the warner's side could do on a condition; a threat against someone told by "saying"
  shouldExtract("Talks went on. During earlier talks, Peruvian Defence Minister Ana Ruiz warned Chile that Peru could push them back if another attack occurred on its territory.", threat('Ana Ruiz', 'Chile', /another attack/));
  shouldExtract('Talks went on. Ana Ruiz warned Chile that prices could rise if the drought continues.', { describe: 'a forecast, no threat', test: (x) => !stmts(x, 'Threat').length });
  shouldExtract('Talks went on. Ana Ruiz threatened Chile on Wednesday, saying Peru could consider it a part of the war if it continued to allow Bolivia to use its airports.', threat('Ana Ruiz', 'Chile', /continued to allow/));
  // read off batch V once it joined dev: a judgement after "as" and an adverb; a ministry's spokesperson is on its
  // country's side, so a harm they warn of is not aimed at it
  shouldExtract('Talks went on. Ana Ruiz described the claims as completely unfounded.', stance('Ana Ruiz', 'Opposes', /claims/));
  shouldExtract("Chile expelled Peru's ambassador. Peruvian Foreign Ministry spokesperson Ana Ruiz warned that any unjustified actions would be met with reciprocal measures.", { describe: 'no threat against Peru', test: (x) => !stmts(x, 'Threat').some((t) => targetsOf(t).some((g) => labelOf(x, g) === 'Peru')) });
  // goods or craft a demonym names, banned or barred; borders shut, airspace closed, relations broken off, entry
  // denied; a rate before the target; an export control list
  shouldExtract('Talks went on. Peru has banned Chilean beef.', sanction('Peru', /^Chile$/));
  shouldExtract('Talks went on. Peru barred Chilean fishing vessels from its waters.', sanction('Peru', /^Chile$/));
  shouldExtract('Talks went on. Peru banned Chilean diplomats from the ceremony.', { describe: 'people a demonym names are no goods', test: (x) => !stmts(x, 'Sanction').some((t) => 'iri' in t.target && labelOf(x, t.target.iri) === 'Chile') });
  shouldExtract('Talks went on. Peru shut its border with Chile on Monday.', sanction('Peru', /^Chile$/));
  shouldExtract('Talks went on. Peru closed its airspace to Chilean aircraft.', sanction('Peru', /^Chile$/));
  shouldExtract('Talks went on. Peru broke off diplomatic relations with Chile.', sanction('Peru', /^Chile$/));
  shouldExtract('Talks went on. Peru slapped tariffs of 50 percent on goods from Chile.', sanction('Peru', /^Chile$/));
  shouldExtract("Talks went on. Peru's Commerce Ministry added Andes Mining to its export control list.", sanction("Peru's Commerce Ministry", /^Andes Mining$/));
  // trucks blocked from entering (an aid package blocked is no measure of the blocker's); contracts cancelled; sanctions
  // whose imposer a participle's by-phrase names
  shouldExtract('Talks went on. Peru blocked Chilean trucks from entering its territory.', sanction('Peru', /Chilean trucks/));
  shouldExtract('Talks went on. Peru blocked an aid package from the bank to Chile.', noSanction());
  shouldExtract("Talks went on. Peru cancelled a contract with Chile's state oil company.", sanction('Peru', /^Chile$/));
  shouldExtract("Talks went on. The sanctions, announced by Peru on Monday, target Chile's defence minister Tomas Berg.", sanction('Peru', /^Tomas Berg$/));
  // a headline's measure when the body tells none on that target; told in both, it is one
  shouldExtract('Monday, March 2, 2026\n\nPeru bans imports from Chile\n\nOfficials spoke on Monday about the weather.', sanction('Peru', /^Chile$/));
  shouldExtract('Monday, March 2, 2026\n\nPeru bans imports from Chile\n\nPeru halted all trade with Chile on Monday.', { describe: 'one sanction', test: (x) => stmts(x, 'Sanction').length === 1 });
  // a measure someone is asked to lift is in force; barring and revoking stop
  // dealings; a suspension ordered; a dealing named by a compound ("trade operations", "border closures"); visas "held by"
  shouldExtract('Talks went on. Chile urged Peru to withdraw its ban on exports of copper to Chile.', sanction('Peru', /^Chile$/));
  shouldExtract('Talks went on. Chile called on Peru to lift its sanctions on Chilean banks.', sanction('Peru', /Chilean banks/));
  shouldExtract('Talks went on. Chile urged Peru to lift the tariffs.', noSanction());
  shouldExtract('Talks went on. Peru barred Rep. Ana Holt and Rep. Mark Reyes on Thursday from visiting the island.', sanction('Peru', /^Ana Holt$/), sanction('Peru', /^Mark Reyes$/));
  shouldExtract('Talks went on. President Ana Soto ordered a suspension of deployment of Peruvian workers to Chile.', sanction('Ana Soto', /^Chile$/));
  shouldExtract('Talks went on. Peru will revoke visas held by Chilean passport holders.', sanction('Peru', /^Chile$/));
  shouldExtract('Talks went on. Peru froze trade operations with Chile.', sanction('Peru', /^Chile$/));
  shouldExtract('Talks went on. Peru has extended border closures with Chile to six more towns.', sanction('Peru', /^Chile$/));
  // read off batches W and X once they joined dev: "no intention of" opposes (an intention alone is a plan); a
  // by-phrase names whose criticism it is; concerned or regretting that; unhappy with; protested about; a third
  // person inside a quotation is not the one quoted; a long act cut after the object of the act it complements
  shouldExtract('Talks went on. Peru has no intention of pursuing a free trade agreement with Chile.', stance('Peru', 'Opposes', /free trade agreement with Chile/));
  shouldExtract('Talks went on. Peru confirmed its intention to impose duties on Chilean copper.', noStance('Peru'));
  shouldExtract("Talks went on. The criticism of Chile's labour record by Peru angered Santiago.", stance('Peru', 'Opposes', /labour record/));
  shouldExtract('Talks went on. Peru regrets that the minister visited the disputed island.', stance('Peru', 'Opposes', /visited the disputed island/));
  shouldExtract('Talks went on. Peru has repeatedly protested about the detention of its consul.', stance('Peru', 'Opposes', /detention of its consul/));
  shouldExtract('Talks went on. Peru said it was unhappy with the conditions placed on fishing licences.', stance('Peru', 'Opposes', /conditions placed on fishing licences/));
  shouldExtract('Talks went on. Peru would not entertain any outside mediation, Ana Ruiz said.', stance('Peru', 'Opposes', /outside mediation/));
  shouldExtract('Talks went on. Ana Ruiz said Chile had told Peru “that they are unhappy with the conditions placed on fishing licences.”', noStance('Ana Ruiz'));
  shouldExtract('Talks went on. “We are concerned that they are considering directly assisting Chile with military equipment to use in Bolivia,” Ana Ruiz said.', stance('Ana Ruiz', 'Opposes', /assisting Chile/));
  // a threat noun's of-phrase naming its maker, its to-clause hung from the noun it serves, the measure's on-phrase
  // before whom the condition names; an attack's by-phrase names the one threatened, not the place attacked; "Pres"
  shouldExtract('Talks went on. In response to the threat of President Ana Soto to impose heavy tariffs on Chile if it signs a deal with Bolivia, Chile said nothing.', threat('Ana Soto', 'Chile', /signs a deal/));
  shouldExtract('Talks went on. Ana Soto warned that any attack on Arica or the inland Tacna air base by militias loyal to the Bolivian government would amount to crossing a "red line."', threat('Ana Soto', 'Bolivia'));
  shouldExtract('Talks went on. The Peruvian Pres Ana Soto spoke on Monday.', entity('Person', 'Ana Soto'));
  shouldExtract('Talks went on. Forces loyal to the Government of National Accord attacked the port.', entity('Organization', 'Government of National Accord'));
  // "labelled X a troublemaker" (British spelling, parsed as two objects); "the tariff hike a mistake" (a
  // noun read as a verb after a naming verb)
  shouldExtract('Talks went on. Ana Ruiz labelled the Chilean president a troublemaker.', stance('Ana Ruiz', 'Opposes', /Chilean president/));
  shouldExtract('Talks went on. Peru called the tariff hike a mistake.', stance('Peru', 'Opposes', /tariff hike/));
  // a reported "must … or face …"; consequences someone must bear or accept (an offer accepted is no harm)
  shouldExtract('Talks went on. Peru says Chile must reduce Bolivian influence around the port or face possible Peruvian action.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Peru said the Chilean government must accept the consequences.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Peru said Chile must accept the offer.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  // pleading that someone should do a thing supports it
  shouldExtract('Talks went on. Ana Soto went to Lima, pleading that the Peruvian leader should consider reopening the border.', stance('Ana Soto', 'Supports', /reopening the border/));
  // a support withdrawn opposes (one asked to be ended is still held); pulling or walking out of a thing; backing away
  shouldExtract('Talks went on. Peru withdrew its support for the plan.', stance('Peru', 'Opposes', /plan/), { describe: 'no support', test: (x) => !stmts(x, 'Stance').some((t) => t.polarity === 'Supports') });
  shouldExtract('Talks went on. Peru pulled out of the agreement.', stance('Peru', 'Opposes', /agreement/));
  shouldExtract('Talks went on. Peru walked out of the talks.', stance('Peru', 'Opposes', /talks/));
  shouldExtract('Talks went on. Peru backed away from the deal.', stance('Peru', 'Opposes', /deal/));
  // rebuffed, lamented, mocked, cheered, snubbed …; a lemma that lost its final e ("bristled" → "bristl") still finds its
  // entry; "the fact that …" is what the clause says
  shouldExtract('Talks went on. Peru rebuffed the offer.', stance('Peru', 'Opposes', /offer/));
  shouldExtract('Talks went on. Peru cheered the decision.', stance('Peru', 'Supports', /decision/));
  shouldExtract('Talks went on. Peru bristled at the remarks.', stance('Peru', 'Opposes', /remarks/));
  shouldExtract('Talks went on. Ana Ruiz bemoaned the fact that several countries made interfering comments about Peru.', stance('Ana Ruiz', 'Opposes', /interfering comments/));
  // scare quotes round a word do not end its phrase; efforts are for what their to-clause says; a rejection from X
  shouldExtract('Talks went on. Peru accused Chile of “interfering” with its domestic affairs.', stance('Peru', 'Opposes', /interfering with its domestic affairs/));
  shouldExtract('Talks went on. Peru called for efforts to find a peaceful solution to the war.', stance('Peru', 'Supports', /peaceful solution/));
  shouldExtract('Talks went on. The proposal faced a rejection from Chile.', stance('Chile', 'Opposes', /proposal/));
  // a person by default only, made of everyday words after "the", where the tagger is sure of an organisation
  shouldExtract('Talks went on. The Blue House said the talks failed.', entity('Organization', 'Blue House'));
  // an everyday word cut off a longer name, beside a capitalised word or a number, is no organisation
  shouldExtract('Talks went on. Chile sanctioned the Revolutionary Guard Corps Unit 840 on Monday.', { describe: 'no organisation "Unit"', test: (x) => !x.entities.some((e) => e.label === 'Unit') });
  // someone menaced with no act named is no threat; a vow or pledge of no harm and on no condition threatens no one;
  // "threatened X of violence" as "with"
  shouldExtract('Talks went on. Peru sanctioned Tomas Berg, who has repeatedly threatened Chilean families.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  shouldExtract('Talks went on. Ana Ruiz vowed to protect the nation’s oil reserves from Chilean interference.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  shouldExtract('Talks went on. Ana Ruiz appeared to threaten Chile of potential violence if it would not settle the dispute.', threat('Ana Ruiz', 'Chile'), { describe: 'the act is the violence', test: (x) => stmts(x, 'Threat').some((t) => t.action === 'potential violence') });
  // ended links, suspended agreements, flows and crossings; "whether it would end relations" is a question
  shouldExtract('Talks went on. Chile ended air traffic and trade links with Peru.', sanction('Chile', /^Peru$/));
  shouldExtract('Talks went on. Chile suspended its energy agreement with Peru.', sanction('Chile', /^Peru$/));
  shouldExtract('Talks went on. Chile suspended all financial flows with Peru.', sanction('Chile', /^Peru$/));
  shouldExtract('Talks went on. Ana Soto asked whether Chile would cut diplomatic ties with Peru.', noSanction());
  // "Minister of the Interior Ana Ruiz": the ministry's words after "of the" are the portfolio, not the name
  shouldExtract('Talks went on. Colombia’s Minister of the Interior Ana Ruiz spoke.', entity('Person', 'Ana Ruiz'), fact('jobTitle', 'Ana Ruiz', 'Minister of the Interior'), fact('affiliation', 'Ana Ruiz', 'Colombia'));
  // nouns and adjectives of displeasure, frustration, disapproval, gratitude; distancing oneself; hitting out at
  shouldExtract('Talks went on. Peru expressed dissatisfaction with the outcome.', stance('Peru', 'Opposes', /outcome/));
  shouldExtract('Talks went on. Peru voiced frustration over the delays.', stance('Peru', 'Opposes', /delays/));
  shouldExtract('Talks went on. Peru voiced its disapproval of the sanctions.', stance('Peru', 'Opposes', /sanctions/));
  shouldExtract('Talks went on. Peru expressed gratitude for the aid.', stance('Peru', 'Supports', /aid/));
  shouldExtract('Talks went on. Peru was critical of the plan.', stance('Peru', 'Opposes', /plan/));
  shouldExtract('Talks went on. Peru distanced itself from the statement.', stance('Peru', 'Opposes', /statement/));
  shouldExtract('Talks went on. Peru hit out at the decision.', stance('Peru', 'Opposes', /decision/));
  shouldExtract('Talks went on. Peru came out against the proposed merger.', stance('Peru', 'Opposes', /proposed merger/));
  // a demonym's threat of a measure (a danger no one is named as making is no one's); a cue verb's -ing form after a comma
  shouldExtract('Talks went on. A Peruvian threat of sanctions angered Chile.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Ana Ruiz said talks would defuse the threat of war in the region, Chile said.', { describe: 'no threat', test: (x) => !stmts(x, 'Threat').length });
  shouldExtract('Talks went on. Ana Soto also criticised the closure of the schools, warning Chile of repercussions unless it reverses its "mistake."', threat('Ana Soto', 'Chile', /reverses/));
  // faiths, pilgrimages and "Brexit" are no names, alone or together ("Shia" and "Christian" may be a part of one)
  shouldExtract('Talks went on. Sunni Muslim pilgrims and Shias went on Hajj and Umrah after Brexit.', { describe: 'no entity', test: (x) => x.entities.length === 0 });
  // an acronym or a known bloc before "and" is a name of its own
  shouldExtract('Talks went on. Officials from NATO and European Union met in Brussels.', entity('Organization', 'NATO'), entity('Organization', 'European Union'));
  shouldExtract('Talks went on. The rebels of M23 and Congo River Alliance advanced.', entity('Organization', 'M23'), entity('Organization', 'Congo River Alliance'));
  // no side puts a measure on its own goods (a misread imposer)
  shouldExtract('Talks went on. Peruvian President Ana Soto hit back at Tomas Berg, warning him that she will widen her trade war after the Chilean PM announced retaliatory tariffs on Peruvian goods.', { describe: 'no Peruvian sanction on Peruvian goods', test: (x) => !stmts(x, 'Sanction').some((t) => imposersOf(t).some((i) => labelOf(x, i) === 'Peru')) });
  // recalling one's own envoy from a capital: whose envoy it is is on the threatener's side, the capital's country opposite
  shouldExtract('Talks went on. Chile pressed on. Tomas Berg warned that his government would find ways to make its displeasure felt, and did not rule out recalling Peru’s ambassador from Santiago if the trial goes ahead.', threat('Tomas Berg', 'Chile'));
  // a city is in its country when the text uses it as a place at least once, not when it only stands for a government
  shouldExtract('Talks went on. The Moscow talks failed. Russia wants more.', { describe: 'no containment of Moscow', test: (x) => !x.facts.some((f) => f.kind === 'containedInPlace') });
  shouldExtract('Talks went on. Ana Ruiz arrived in Moscow on Monday. Russia wants more.', fact('containedInPlace', 'Moscow', 'Russia'));
  shouldExtract('Talks went on. Buses stood idle in Lagos, Kano and Port Harcourt. Nigeria wants more.', fact('containedInPlace', 'Kano', 'Nigeria'));
  shouldExtract('Talks went on. The talks were held in the capital, Honiara. The Solomon Islands wants more.', fact('containedInPlace', 'Honiara', 'Solomon Islands'));
  shouldExtract('Talks went on. Ana Soto warned that any attack on Arica or the inland Tacna air base by militias loyal to the Government of National Accord in La Paz would amount to crossing a "red line."', threat('Ana Soto', 'Government of National Accord'));
  shouldExtract('Talks went on. Ana Soto warned that any attack on Arica or the inland Tacna air base by militias loyal to the Bolivian Council of National Unity would amount to crossing a "red line."', threat('Ana Soto', 'Bolivian Council of National Unity'));
  // a plan noun's infinitive is its owner's act, wherever the parse hangs it; a clause hung below it is not
  shouldExtract('Talks went on. Peru told Chile to reconsider Bolivia\'s initiative to recognize a Palestinian state.', stance('Bolivia', 'Supports', /Palestinian state/), noStance('Peru'));
  // regret behind an adjective, pleasure at, desire for, uniting against, no interest in
  shouldExtract('Talks went on. Chile expressed deep regret over the adoption of a hostile position by Peru.', stance('Chile', 'Opposes', /adoption of a hostile position/));
  shouldExtract('Talks went on. Ana Vidal said: "I\'m very pleased at the reassurance of Peru."', stance('Ana Vidal', 'Supports', /reassurance of Peru/));
  shouldExtract('Talks went on. Ana Vidal signalled a desire for greater business co-operation with Peru.', stance('Ana Vidal', 'Supports', /business co-operation/));
  shouldExtract('Talks went on. Chile and Bolivia decided to unite against a new Peruvian mining bill.', stance('Chile', 'Opposes', /mining bill/), stance('Bolivia', 'Opposes', /mining bill/));
  shouldExtract('Talks went on. Chile said it has no interest in a one-sided summit.', stance('Chile', 'Opposes', /one-sided summit/));
  shouldExtract('Talks went on. Chile has an interest in the mine.', noStance('Chile'));
  // "United" opens a name; it is no verb ending the words of a title
  shouldExtract('Talks went on. Peru summoned the United Kingdom ambassador in Lima, Ana Vidal, on Monday.', fact('jobTitle', 'Ana Vidal', 'ambassador'));
  // one side's measure on one country, told again in other words, is one sanction; on another country it is another
  shouldExtract('Talks went on. Peru imposed tariffs on Chilean wine on Monday. Peru later imposed tariffs on Chilean goods.', { describe: 'one sanction', test: (x) => stmts(x, 'Sanction').length === 1 });
  shouldExtract('Talks went on. Peru imposed tariffs on Chilean wine on Monday. Peru also imposed tariffs on Bolivian goods.', sanction('Peru', /Chilean wine/), sanction('Peru', /Bolivian goods/));
  // a vague answer ("would retaliate") by the same side on the same target restates the threat told; a second act named is another
  shouldExtract('Talks went on. Peru threatened to cut off gas supplies to Chile. Peru warned it would retaliate against Chile.', { describe: 'one threat', test: (x) => stmts(x, 'Threat').length === 1 });
  shouldExtract('Talks went on. Peru threatened to cut off gas supplies to Chile. Peru also threatened to close its border with Chile.', { describe: 'two threats', test: (x) => stmts(x, 'Threat').length === 2 });
  // an official with no stated country: the country that is a main clause's subject in their sentence, not the one whose act is judged
  shouldExtract('Talks went on. “Chile does not accept the premise of Peru’s inquiry,” Trade Minister Ana Vidal said on Monday.', fact('affiliation', 'Ana Vidal', 'Chile'), noFact('affiliation', 'Ana Vidal', 'Peru'));
  shouldExtract('Talks went on. After Chile voiced concern about Peru’s troops, President Tomas Roca called the Chilean leader.', noFact('affiliation', 'Tomas Roca', 'Chile'));
  // portfolio words joined by "and" belong to the title; a name before "and" is a mention of its own
  shouldExtract('Talks went on. Commerce and Industry Minister Ana Vidal met the Peruvian envoy on Monday.', fact('jobTitle', 'Ana Vidal', 'Commerce and Industry Minister'));
  shouldExtract('Talks went on. Police chief Luis Vera and Interior Minister Ana Soto spoke.', fact('jobTitle', 'Ana Soto', 'Interior Minister'), entity('Person', 'Luis Vera'));
  // a headline's capitalised verb after a title is no one's name
  shouldExtract('Chilean Prime Minister Tells Peru to Back Off Over Islands\n\nTalks went on in Lima.', noEntity('Tells'), entity('Country', 'Peru'));
  shouldExtract('Peru Summons Chilean Ambassador To Condemn Vidal’s Remarks\n\nTalks went on in Lima.', { describe: 'no person named with "Condemn"', test: (x) => !x.entities.some((e) => /Condemn/.test(e.label)) });
  shouldExtract('Chilean Finance Minister Mark Soto Resigns\n\nTalks went on in Lima.', entity('Person', 'Mark Soto'));
  // defending what is one's own is no stance; defending what others hold, or a decision, is
  shouldExtract('Talks went on. Peru vowed to protect its citizens.', noStance('Peru'));
  shouldExtract('Talks went on. Peru will defend its sovereignty.', noStance('Peru'));
  shouldExtract('Talks went on. Chile vowed to protect Chileans abroad.', noStance('Chile'));
  shouldExtract('Talks went on. Peru vowed to defend democratic freedoms in Bolivia.', stance('Peru', 'Supports', /democratic freedoms/));
  shouldExtract('Talks went on. Peru defended the decision.', stance('Peru', 'Supports', /decision/));
  // a side's own unnamed steps are an intention; the same steps asked of another are a stance
  shouldExtract('Talks went on. Peru vowed to take all necessary measures.', noStance('Peru'));
  shouldExtract('Talks went on. Peru urged Chile to take stronger action against the gangs.', stance('Peru', 'Supports', /stronger action/));
  shouldExtract('Talks went on. Ana Vidal said Chile must take stronger action against the gangs.', stance('Ana Vidal', 'Supports', /stronger action/));
  // signing one's own instrument enacts it; signing a deal with another side backs it
  shouldExtract('Talks went on. Peru signed an executive order on the mines.', noStance('Peru'));
  shouldExtract('Talks went on. Peru signed a trade agreement with Chile.', stance('Peru', 'Supports', /trade agreement/));
  // an act that will not be left unanswered, or let go unpunished, threatens whoever did it
  shouldExtract('Talks went on. Peru said it would not leave the seizure of its ship by Chile unanswered.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Peru said it would not let the seizure of its ship by Chile go unpunished.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Peru did not leave the room.', noThreat());
  shouldExtract('Talks went on. Ana Vidal expressed her annoyance over the last-minute cancellation of the meeting.', stance('Ana Vidal', 'Opposes', /cancellation of the meeting/));
  // a by-phrase after a measure's target names who imposed it; a day is no target
  shouldExtract('Talks went on. Chile urged people to eat more grapes after a ban on the fruit by neighbouring rival Peru.', sanction('Peru', /fruit/), { describe: 'Chile imposes nothing', test: (x) => !stmts(x, 'Sanction').some((s) => labelOf(x, s.imposedBy) === 'Chile') });
  // what is said or sent to a capital is said to its government; travelling to it is going to a place
  shouldExtract('Talks went on. Iran spoke. Ana Vidal said: “We have made it clear to Tehran that the execution of a Chilean citizen will have serious consequences.”', threat('Ana Vidal', 'Iran'));
  shouldExtract('Talks went on. Iran spoke. Ana Vidal flew to Tehran on Monday.', entity('City', 'Tehran'));
  // a quotation over several paragraphs, each opening with a quote mark, is said by whoever is named where it closes
  // someone the text never names speaks for the body or country their description names
  shouldExtract('Peru canceled the deal with Chile on Monday.\n\n“This is another unreasonable and provocative move taken by Peru,” a Chilean embassy spokesperson said in a statement.', quote('Chile', 'another unreasonable and provocative move'));
  shouldExtract('Peru canceled the deal with Chile on Monday.\n\n“We are faced with a new scenario,” a Chilean Foreign Ministry official said.', quote('Chilean Foreign Ministry', 'faced with a new scenario'));
  // "…”, reported CNN": the verb shares an "it" with the clause before the quote, which does not speak after it
  shouldExtract('Chile said it was “extremely disappointed” by the decision.\n\nMeanwhile, Peru said Saturday it supported the exclusion of Chile, saying that it was a “difficult but necessary decision” to uphold the bloc’s credibility, reported CNN.', quote('Peru', 'difficult but necessary decision'));
  shouldExtract('Peru vowed to fight.\n\nTalks went on.\n\n“The plan is a mistake on top of a mistake.\n\n“We will never accept this.\n\n“If Chile insists, we will respond,” Ana Vidal said on Tuesday.', quote('Ana Vidal', 'The plan is a mistake'), quote('Ana Vidal', 'We will never accept this'), noQuoteBy('Chile'));
  // a family name written first stays the name's first word at a sentence's start, though it is an English word too
  shouldExtract('Talks went on. Wang Wenli, an official, said the talks failed.', entity('Person', 'Wang Wenli'));
  shouldExtract('Talks went on. Meanwhile Ana Vidal, an official, said the talks failed.', entity('Person', 'Ana Vidal'), noEntity('Meanwhile Ana Vidal'));
  // a legal recourse threatens on a condition, aimed at whom the against-phrase or the condition names, not at the court it goes to;
  // one announced with no condition is a step, not a threat
  shouldExtract('Talks went on. Peru said it would file a complaint at the World Trade Organization against Chile if the duties stayed.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Peru would be obliged to seek compensation in arbitration if Chile blocks its grain, Ana Vidal said.', threat('Ana Vidal', 'Chile'));
  shouldExtract('Talks went on. Peru said it will file a complaint against Chile at the World Trade Organization over the duties.', noThreat());
  // a measure announced on a condition is held in store; a benefit withheld until a condition is met (opened, too);
  // a harm kept up ("will continue to block"); an envoy "to Chile" does not put Chile on the threatener's side
  shouldExtract('Talks went on. The Peruvian government struck back at Chile, announcing an upcoming ban on all Chilean dairy goods if the country does not drop its quota by Friday.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Peru announced new tariffs on Chilean copper on Monday.', noThreat());
  shouldExtract('Talks went on. Ana Vidal declared that the bridge will not be reopened to Chilean lorries unless Chile ends the embargo.', threat('Ana Vidal', 'Chile'));
  shouldExtract('Talks went on. Ana Vidal insisted that Peru will continue to block Chile\'s entry into the customs union.', threat('Ana Vidal', 'Chile'));
  shouldExtract('Talks went on. The Peruvian Envoy to Chile Luis Vera has threatened to halt purchases of Chilean fruit if Santiago keeps up the inquiry.', threat('Luis Vera', 'Chile'));
  // an envoy made to leave the threatener's country is expelled, not threatened; a measure that starts "as of" a day is announced;
  // a passive's subject is acted on, not the threatener
  shouldExtract('Talks went on. Peru summoned the Chilean envoy and told him that an attaché would have to leave Peru within two days.', noThreat());
  shouldExtract('Talks went on. Peru will impose duties on Chilean copper as of midnight Friday.', noThreat());
  shouldExtract('Talks went on. Lorries from Chile will not be allowed to cross Peruvian borders until the duties are dropped.', { describe: 'Chile threatens no one', test: (x) => !stmts(x, 'Threat').some((s) => labelOf(x, s.threatener) === 'Chile') });
  // where an envoy serves is not where a summons is held; a passive summons to the ministry in a capital is that country's;
  // a city that hosts a bloc's headquarters meets no one
  shouldExtract('Talks went on. Peru\'s foreign ministry on Friday summoned the Chilean chargé d\'affaires in Peru to its Lima offices to protest the raid.', meeting(['Peru', 'Chile']));
  shouldExtract('Peru protested the raid. The Chilean embassy head of mission was summoned to the foreign ministry in Lima.', meeting(['Chile', 'Peru']));
  shouldExtract('Talks went on. The envoy was recalled because Peru hosts the headquarters of the Andean Community.', noMeetingOf(['Peru', 'Andean Community']));
  // a topic keeps a day that stands before its of-phrase, and the name of the office holder it means
  shouldExtract('Talks went on. Chile has expressed outrage over the shooting by Peruvian troops on Sunday of 30 farmers during clashes.', stance('Chile', 'Opposes', /30 farmers/));
  shouldExtract('Talks went on. Ana Vidal demanded the immediate release of the sailor, branding the country\'s leader Luis Vera a “brutal tyrant.”', stance('Ana Vidal', 'Opposes', /Luis Vera/));
  // importance attached to something backs it; a thing blamed on something opposes the cause; "called it X that …" judges
  // the clause; "what X is doing" is a topic; state agents speak for their country; a stance one is urged to take is not held
  shouldExtract('Talks went on. Peru said it attaches great importance to its partnership with Chile.', stance('Peru', 'Supports', /partnership with Chile/));
  shouldExtract('Talks went on. Peru also blamed the unrest on the Chilean plan to build a dam.', stance('Peru', 'Opposes', /Chilean plan/));
  shouldExtract('Talks went on. Ana Vidal called it "outrageous" that the decree would now force Peruvian ships to pay a fee.', stance('Ana Vidal', 'Opposes', /decree/));
  shouldExtract('Talks went on. Ana Vidal said Peru was dismayed by what Chile had done.', stance('Peru', 'Opposes', /what Chile had done/));
  shouldExtract('Talks went on. Ana Vidal rejected what she called lies.', { describe: 'no topic "what she called"', test: (x) => !stmts(x, 'Stance').some((s) => /^what she called/.test(s.topic)) });
  shouldExtract('Talks went on. Chilean security agents have accused the journalist of working for the Peruvian government.', stance('Chile', 'Opposes', /working for/));
  shouldExtract('Talks went on. Peru urged the Chilean side to attach great importance to Peru\'s position.', noStance('Chile'));
  // an angry reaction opposes what it answers, a plain one takes no side; anger an act sparks in a country is that country's;
  // reservations about a deal oppose it
  shouldExtract('Talks went on. Peru reacted angrily to the verdict of the tribunal.', stance('Peru', 'Opposes', /verdict/));
  shouldExtract('Talks went on. Peru responded to the letter from the tribunal.', noStance('Peru'));
  shouldExtract("Talks went on. Chile's tariff sparked outrage in Peru.", stance('Peru', 'Opposes', /tariff/));
  shouldExtract('Talks went on. Chile received protests, including in Peru, over the tariff.', noStance('Peru'));
  shouldExtract('Talks went on. Peru expressed reservations about the fishing accord.', stance('Peru', 'Opposes', /fishing accord/));
  // a retort on a condition that names no one answers the article's other party; a body a case is taken to is not threatened
  shouldExtract('Chile detained a Peruvian trawler on Monday, Chile said. Peru said it would "respond in kind" if the crew was not freed.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Peru threatened to refer the dispute to the United Nations.', { describe: 'the United Nations is not threatened', test: (x) => !stmts(x, 'Threat').some((t) => targetsOf(t).some((g) => labelOf(x, g) === 'United Nations')) });
  // a warning that the one warned is on course for a harm threatens them with it; a mere forecast does not
  shouldExtract('Talks went on. Ana Vidal warned Chile that stationing ships in the bay could lead to a bloody war.', threat('Ana Vidal', 'Chile'));
  shouldExtract('Talks went on. Ana Vidal warned that the drought could lead to higher prices in Chile.', noThreat());
  // "the move" that drew condemnation from someone is the act the sentence before tells
  shouldExtract('Chile banned Peruvian grapes on Monday. The move drew condemnation from Peru.', stance('Peru', 'Opposes', /banned Peruvian grapes/));
  shouldExtract('Peru spoke. It insists that reports about a Chilean plot in Peru are unfounded.', stance('Peru', 'Opposes', /reports about a Chilean plot/));
  // asking someone named to do something backs it ("asked not to be named", "ask permission to" back nothing);
  // what a speaker repeats is reported like what they say
  shouldExtract('Talks went on. Peru asked Chile to free the detained crew.', stance('Peru', 'Supports', /free the detained crew/));
  shouldExtract('Talks went on. A diplomat who asked not to be named said Peru would not ask permission to patrol its waters.', { describe: 'no stance on being named or patrolling', test: (x) => !stmts(x, 'Stance').some((s) => /named|patrol/.test(s.topic)) });
  shouldExtract('Talks went on. Ana Vidal repeated that the blockade was "abhorrent".', stance('Ana Vidal', 'Opposes', /blockade/));
  // a measure named with its imposer before it ("fresh EU sanctions") that someone is hit with; loans frozen are a sanction
  shouldExtract('Talks went on. Peru was hit with fresh EU sanctions on Monday.', sanction('EU', /Peru/));
  shouldExtract('Talks went on. Chile froze loans to Peru.', sanction('Chile', /Peru/));
  // a threat told to an unnamed counterpart is aimed at the counterpart's country
  shouldExtract('Talks went on. Peruvian President Ana Vidal warned her Chilean counterpart that Peru would retaliate if the raids went on.', threat('Ana Vidal', 'Chile'), { describe: 'Peru threatens no one of its own', test: (x) => !stmts(x, 'Threat').some((t) => labelOf(x, t.target) === 'Ana Vidal') });
  shouldExtract('Talks went on. Peru\'s foreign ministry said in a statement that it "categorically rejects" the report.', stance('Peru', 'Opposes', /report/));
  shouldExtract('Talks went on. Neither Peru nor Chile endorsed the proposal.', { describe: 'no one supports the proposal', test: (x) => !stmts(x, 'Stance').some((s) => s.polarity === 'Supports') });
  // a measure hinted at is threatened, not imposed; a harmful act weighed is threatened (opening a consulate is no harm);
  // a harm the reporter's own side could do is held in store (what others could do is a forecast)
  shouldExtract('Talks went on. Ana Vidal hinted at tariffs against Chile.', threat('Ana Vidal', 'Chile'), noSanction());
  shouldExtract('Talks went on. Peru is considering expelling Chilean diplomats, Ana Vidal said.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Peru is considering opening a consulate in Chile.', noThreat());
  shouldExtract('Talks went on. Peru said it could expel Chilean diplomats.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. Analysts said Peru could expel Chilean diplomats.', noThreat());
  shouldExtract('Talks went on. Peru disagreed with the tribunal\'s findings on the border.', stance('Peru', 'Opposes', /findings/));
  // "both sides", "the two countries", "the two presidents" stand for the pair the sentence before joins with "and"
  shouldExtract('Peru and Chile have quarrelled for years. Both sides condemned the bombing of the pipeline.', jointly('Stance', ['Peru', 'Chile']));
  shouldExtract('Ana Vidal and Luis Vera spoke on Monday. The two presidents condemned the bombing of the pipeline.', jointly('Stance', ['Ana Vidal', 'Luis Vera']));
  shouldExtract('Peru and Chile signed a pact on Monday. The two countries agreed to reopen the border.', stance('Chile', 'Supports', /reopen the border/));
  // a halt agreed to is what is supported, with its to-phrase
  shouldExtract('Peru and Chile clashed on Monday. The two sides later agreed a halt to the shelling.', stance('Peru', 'Supports', /halt to the shelling/));
  // an act that will not go unanswered, with no one named, answers the article's other party
  shouldExtract('Chile expelled two Peruvian envoys on Monday, Chile said. Peru said the move would not go unanswered.', threat('Peru', 'Chile'));
  shouldExtract('Talks went on. "We call on all parties to show restraint," Ana Vidal said.', stance('Ana Vidal', 'Supports', /show restraint/));
  shouldExtract('Talks went on. "We denounce in the strongest possible terms the attack," Ana Vidal said.', stance('Ana Vidal', 'Opposes', /attack/));
  // an unnamed official of a country speaks for it; a person merely from it does not
  shouldExtract('Talks went on. The Peruvian ambassador condemned the raid on the consulate.', stance('Peru', 'Opposes', /raid on the consulate/));
  shouldExtract('Talks went on. A Peruvian economist criticised the raid on the consulate.', noStance('Peru'));
  shouldExtract('Talks went on. Peru turned down the Chilean offer of aid.', stance('Peru', 'Opposes', /offer of aid/));
  // holding someone responsible for an act opposes the act; "will hold X responsible" is a threat, no judgement
  shouldExtract('Talks went on. Ana Vidal held Chile responsible for the sinking of the trawler.', stance('Ana Vidal', 'Opposes', /sinking of the trawler/));
  shouldExtract('Talks went on. Ana Vidal said Peru would hold Chile responsible for any harm to the crew.', noStance('Ana Vidal'), threat('Ana Vidal', 'Chile'));
  // a hostile act a reporter says another side did is an accusation; one in store, denied, or by the reporter's own side is not
  shouldExtract('Talks went on. Peru said Chilean troops had shelled its border posts near Tacna.', stance('Peru', 'Opposes', /Chilean troops had shelled/));
  shouldExtract('Talks went on. Peru said Chilean troops could shell its border posts.', noStance('Peru'));
  shouldExtract('Talks went on. Peru said Chilean troops had not shelled its border posts.', noStance('Peru'));
  shouldExtract('Talks went on. Peru said Chilean guards opened fire on two fishing boats.', stance('Peru', 'Opposes', /opened fire on two fishing boats/));
  shouldExtract('Talks went on. Peru expressed satisfaction with the result of the vote.', stance('Peru', 'Supports', /result of the vote/));
  shouldExtract('Talks went on. Chile froze $3 billion in Peruvian assets.', sanction('Chile', /Peru/), { describe: 'the measure says what was frozen', test: (x) => stmts(x, 'Sanction').some((s) => /froze \$3 billion in Peruvian assets/.test(s.measure)) });
  // acting "with all firmness" on a condition that names no one answers the other party; a name before "saying" speaks
  // and is no target; warning someone not to take an action threatens nothing; "may consider severing ties" is held in store
  shouldExtract('Chile massed troops on the border, Chile said. Ana Vidal said Peru would act with all firmness if its citizens were harmed.', threat('Ana Vidal', 'Chile'));
  shouldExtract('Talks went on. Chile has warned that it may respond to the vote with an armed intervention in the territory, with minister Luis Vera saying it was an option.', { describe: 'Luis Vera is not threatened', test: (x) => !stmts(x, 'Threat').some((t) => labelOf(x, t.target) === 'Luis Vera') });
  shouldExtract('Talks went on. Peru warned Chile not to take "provocative" action near the islands.', noThreat());
  shouldExtract('Talks went on. Ana Vidal warned she may consider severing ties with Chile.', threat('Ana Vidal', 'Chile'));
  // a harm a noun names is owned by whoever imposes it, who is no target; a harming word makes an answer a harm;
  // "counter" harms; "keep striking" is a harm kept up; an attribution between commas reports the clause around it
  shouldExtract('Talks went on. Peru has threatened EU sanctions against Chile if it breaks the truce.', threat('Peru', 'Chile'), { describe: 'the EU is no target', test: (x) => !stmts(x, 'Threat').some((t) => targetsOf(t).some((g) => labelOf(x, g) === 'EU')) });
  shouldExtract('Peru and Chile have argued over the islands for weeks. Luis Vera said Peru will have a firm answer to every step Chile takes.', threat('Luis Vera', 'Chile'));
  shouldExtract('Peru and Chile have argued over the islands for weeks. Luis Vera said Peru will give a warm welcome to every visitor from Chile.', noThreat());
  shouldExtract('Talks went on. Ana Vidal said Peru would resolutely counter any bullying by Chile.', threat('Ana Vidal', 'Chile'));
  shouldExtract('The Red Front shelled a Peruvian port on Sunday. Peru said it would keep striking the Red Front until it stops.', threat('Peru', 'Red Front'));
  // quitting an accord on a condition; a readiness under way ("preparing to strike"), and for a harm among its acts
  shouldExtract('Talks went on. Ana Vidal said Peru would quit the fishing accord if Chile kept its new levies.', threat('Ana Vidal', 'Chile'));
  shouldExtract('Talks went on. Ana Vidal said Peru would quit the fishing accord.', noThreat());
  shouldExtract('Chile imposed levies on Peru on Monday. Peru is preparing to strike Chilean bases, Ana Vidal said.', threat('Peru', 'Chile'));
  shouldExtract('Chile imposed levies on Peru on Monday. Peru is preparing to host the summit, Ana Vidal said.', noThreat());
  shouldExtract('Peru and Chile have argued over fishing rights for weeks. Chile imposed levies on Peru on Monday. Peruvian troops are planning to encircle Santiago and bomb it.', threat('Peru', 'Chile'));
  // statements.json: "interventionist" judges; the holder is whom the relative clause is on
  shouldExtract('Talks went on. This intervention prompted sharp criticism from Ana Vidal, who labeled Chile’s statements “totally interventionist” and accused it of meddling in Peru’s sovereign affairs.', stance('Ana Vidal', 'Opposes', /Chile’s statements/));
  // a person the topic only describes is named
  shouldExtract('Talks went on. Luis Vera met French President Ana Vidal. Later Luis Vera dismissed the French leader.', stance('Luis Vera', 'Opposes', /^Ana Vidal$/));
  // a stance supposed in an if-clause is taken by no one, nor one asked about; one the clause says goes on is
  shouldExtract('Talks went on. The fighting could go on for weeks if the Red Front rejects the truce.', noStance('Red Front'));
  shouldExtract('Talks went on. Asked if she would back military action against Chile, Ana Vidal said talks would go on.', noStance('Ana Vidal'));
  shouldExtract('Talks went on. Peru would cut aid if Chile kept calling for the inquiry.', stance('Chile', 'Supports', /inquiry/));
  shouldExtract('Talks went on. The Red Front rejected the truce.', stance('Red Front', 'Opposes', /truce/));
  // whoever rejects an ultimatum makes none
  shouldExtract('Peru issued a 72-hour ultimatum to the Red Front. The fighting could go on for weeks, if not months, if the Red Front rejects the ultimatum.', threat('Peru', 'Red Front'), { describe: 'the Red Front threatens no one', test: (x) => !stmts(x, 'Threat').some((t) => labelOf(x, t.threatener) === 'Red Front') });
  shouldExtract('Talks went on. Peru issued an ultimatum to the Red Front.', threat('Peru', 'Red Front'));
  // vowing to defend one's own is no stance; defending another's is
  shouldExtract('Talks went on. Peru vowed to defend its territory by any legal means.', noStance('Peru'));
  shouldExtract('Talks went on. Ana Vidal vowed to protect the nation’s gas reserves from foreign meddling.', noStance('Ana Vidal'));
  shouldExtract('Talks went on. Peru vowed to defend the rights of Chilean fishermen.', stance('Peru', 'Supports', /rights of Chilean fishermen/));
  // "there will be strikes" on a condition names a harm; a participle on a document is its issuer's
  shouldExtract('Peru and Chile have argued over the islands for weeks. Chile sent ships on Monday. "If Chile does not stop, there will be strikes on its bases," Luis Vera said.', threat('Luis Vera', 'Chile'));
  shouldExtract('Talks went on. There were strikes at the port on Monday.', noThreat());
  shouldExtract('Talks went on. Chile received a letter from Luis Vera urging Santiago to reach a new fishing deal.', stance('Luis Vera', 'Supports', /fishing deal/), noStance('Chile'));
  // a name read as a place only by the preposition before it is the person another sentence has speak
  shouldExtract('Chilean officials issued warnings towards Ortuzar and his cabinet on Sunday. Ortuzar said the measures would stay. Ortuzar also called the warnings a provocation.', entity('Person', 'Ortuzar'));
  shouldExtract('Chilean ships sailed towards Arica on Sunday. The port of Arica was closed.', { describe: 'Arica is no person', test: (x) => !x.entities.some((e) => e.label === 'Arica' && e.type === 'Person') });
  // a one-word name read as a person that opens an organisation's name in the article is that organisation
  shouldExtract('Tolomi threatens to end truce with Peru. The Tolomi Liberation Front and Peru signed a truce in 1991. Tolomi said on Monday the truce was over.', { describe: 'Tolomi is no person', test: (x) => !x.entities.some((e) => e.label === 'Tolomi' && e.type === 'Person') });
  // a name before a thing's noun says whose thing it is; the party its phrase names is threatened
  shouldExtract('Talks went on. The Red Front threatened to end the UN truce agreement with Peru.', threat('Red Front', 'Peru'), { describe: 'the UN is no target', test: (x) => !stmts(x, 'Threat').some((t) => targetsOf(t).some((g) => labelOf(x, g) === 'UN')) });
  // a relative is someone else than the one named
  shouldExtract('Talks went on. The sister of Luis Vera condemned the raid.', noStance('Luis Vera'));
  shouldExtract("Talks went on. Luis Vera's son condemned the raid.", noStance('Luis Vera'));
  // an act said to harm the ties threatens whoever does it; one that strengthens them, or harm done, does not
  shouldExtract('Chile and Peru have argued over the treaty for weeks. Peru renamed the strait. Luis Vera said any such move by Peru would seriously harm bilateral ties.', threat('Luis Vera', 'Peru'));
  shouldExtract('Chile and Peru have argued over the treaty for weeks. Peru renamed the strait. Luis Vera said the new port would strengthen ties with Peru.', noThreat());
  shouldExtract('Chile and Peru have argued over the treaty for weeks. Peru renamed the strait. Luis Vera said the floods had damaged relations with Peru.', noThreat());
  // whoever informs someone reports what they inform of, not the paper that reports it
  shouldExtract('Talks on the fishing dispute with Chile stalled. Peru and Bolivia have informed the United Nations that they are ready to impose sanctions on Chile if it does not return to talks, the Lima Herald reports.', threat('Peru', 'Chile'), { describe: 'the paper threatens no one', test: (x) => !stmts(x, 'Threat').some((t) => labelOf(x, t.threatener) === 'Lima Herald') });
  shouldExtract('The Farmers Union and the government of Peru have argued over fuel prices for weeks. Peru raised the price on Monday. Any rise in the price, the Farmers Union warned, would lead to war.', threat('Farmers Union', 'Peru'));
  // "her Peruvian counterpart" is the one person named with Peru and the owner's own title, before or a little after
  shouldExtract("Chile's President Ana Vidal cut ties in response to remarks from her Peruvian counterpart branding her cabinet as illegitimate. Peruvian President Luis Vera spoke on Friday.", stance('Luis Vera', 'Opposes', /cabinet/), noFact('jobTitle', 'Luis Vera', 'counterpart'));
  shouldExtract("Chile's Foreign Minister Ana Vidal told her Peruvian counterpart the border was closed. Peruvian President Luis Vera spoke on Friday.", noFact('jobTitle', 'Luis Vera', 'counterpart'), { describe: 'a foreign minister\'s counterpart is no president', test: (x) => !stmts(x, 'Meeting').some((s) => JSON.stringify(s).includes(x.entities.find((e) => e.label === 'Luis Vera')?.iri ?? '@')) });
});

describe('inputs no writer means', () => {
  shouldExtract(`The text ${'A'.repeat(5000)} ended, Ana Cruz said.`, { describe: 'a 5,000-letter word is no name', test: (x) => x.entities.every((e) => e.label.length < 200) }, entity('Person', 'Ana Cruz'));
});
