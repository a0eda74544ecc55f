// The dependency parse of the constructions the statements read, one line per case:
// shouldParse(sentence, dependent, head, relation) — the word `dependent` hangs from `head`
// (ROOT for the root) with `relation`. Words are matched by their first occurrence; write
// "word#2" for the second. Sentences are invented.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConllu } from '../src/syntax/conllu.js';
import { isTree, parseWords } from '../src/syntax/analyse.js';
import { buildLemmaTable, lemmatise } from '../src/syntax/lemma.js';
import { repairNounRootSubject, repairPunctuationHeads, repairTitleBeforeName, repairVerbalObject } from '../src/syntax/repairs.js';
import { scoreUd } from '../src/syntax/evaluate.js';
import { segment } from '../src/text/index.js';
import type { Article } from '../src/types.js';

function words(sentence: string): string[] {
  const article: Article = { id: 't', source: 't', format: 'text', text: sentence, bodyStart: 0 };
  const doc = segment(article);
  return doc.tokens.map((t) => t.text);
}

function find(forms: string[], word: string): number {
  const [w, nth] = word.split('#');
  let seen = 0;
  for (let i = 0; i < forms.length; i++) if (forms[i] === w && ++seen === Number(nth ?? 1)) return i;
  throw new Error(`"${word}" is not a token of: ${forms.join(' ')}`);
}

function shouldParse(sentence: string, dependent: string, head: string, relation: string, known?: 'known error') {
  // a known error of the shipped parser passes while it is wrong, and fails (asking to drop the mark) once fixed
  (known ? it.fails : it)(`${sentence}  ${dependent} <-${relation}- ${head}${known ? '  (known error)' : ''}`, () => {
    const forms = words(sentence);
    const p = parseWords(forms);
    const d = find(forms, dependent);
    const got = `${p.heads[d] === 0 ? 'ROOT' : forms[p.heads[d] - 1]} ${p.labels[d]}`;
    const want = `${head === 'ROOT' ? 'ROOT' : forms[find(forms, head)]} ${relation}`;
    expect(got).toBe(want);
    if (head !== 'ROOT') expect(p.heads[d] - 1).toBe(find(forms, head));
  });
}

describe('the parse of the constructions statements read', () => {
  // subjects and objects
  shouldParse('The minister rejected the proposal on Tuesday.', 'minister', 'rejected', 'nsubj');
  shouldParse('The minister rejected the proposal on Tuesday.', 'proposal', 'rejected', 'obj');
  shouldParse('The minister rejected the proposal on Tuesday.', 'rejected', 'ROOT', 'root');
  shouldParse('The minister rejected the proposal on Tuesday.', 'Tuesday', 'rejected', 'obl', 'known error');
  shouldParse('The minister rejected the proposal last week.', 'week', 'rejected', 'obl:unmarked');
  // passive with agent
  shouldParse('The sanctions were condemned by the foreign ministry.', 'sanctions', 'condemned', 'nsubj:pass');
  shouldParse('The sanctions were condemned by the foreign ministry.', 'ministry', 'condemned', 'obl:agent');
  shouldParse('The plan was approved by parliament last week.', 'parliament', 'approved', 'obl:agent');
  // reported speech
  shouldParse('The president said that the talks had failed.', 'failed', 'said', 'ccomp');
  shouldParse('The president said that the talks had failed.', 'talks', 'failed', 'nsubj');
  shouldParse('Officials said the country would respond.', 'respond', 'said', 'ccomp');
  shouldParse('The agency warned that prices could rise further.', 'rise', 'warned', 'ccomp');
  // the reported clause before "…, the spokesperson said" keeps its object (repairs.ts)
  shouldParse('Lima will never accept Bolivian independence, the spokesperson said.', 'independence', 'accept', 'obj');
  // "…, the defence ministry warns" closes the sentence as its root; an opening "Should …," is a condition
  shouldParse("Peru will pay a price if it acts, Chile's defence ministry warns, raising the stakes.", 'warns', 'ROOT', 'root');
  shouldParse("Peru will pay a price if it acts, Chile's defence ministry warns, raising the stakes.", 'ministry', 'warns', 'nsubj');
  shouldParse('The decision was "regrettable," the office of the president said, urging calm.', 'office', 'said', 'nsubj');
  shouldParse('Should the other side dare to cross the line, it will pay a heavy price.', 'Should', 'dare', 'aux');
  // "X's A and Y's B": the second name is the conjunct, the country its possessor
  shouldParse("Peru's Ana Vidal and Chile's Tomas Berg held a meeting in Quito.", 'Tomas', 'Vidal', 'conj');
  shouldParse("Peru's Ana Vidal and Chile's Tomas Berg held a meeting in Quito.", 'Chile', 'Tomas', 'nmod:poss');
  // "that" after a noun opening a clause with its own subject and object is its marker, not a relative pronoun
  shouldParse('The envoy said in a statement, warning that Peru should end its support for the rebels.', 'that', 'end', 'mark');
  // "had previously rejected calls": "had" is the auxiliary of the participle, not the verb
  shouldParse('The Ghanaian government had previously rejected calls for a recount.', 'had', 'rejected', 'aux');
  shouldParse('The Ghanaian government had previously rejected calls for a recount.', 'calls', 'rejected', 'obj');
  // "called the ruling a victory": "ruling" with its determiner is the object, "victory" what it is called
  shouldParse("Peru's trade minister called the ruling a victory for farmers.", 'ruling', 'called', 'obj');
  // a quoted noun that takes an object is a verb, the pronoun before it its subject
  shouldParse('The union said it "regrets" the decision.', 'it', 'regrets', 'nsubj');
  // after appositions, the reported clause keeps its subject
  shouldParse("The treasury department, announcing the sanctions, said Peru's minister of state for trade, Ana Vidal, a retired general, was targeted for funding the militia.", 'minister', 'targeted', 'nsubj:pass');
  // a verb form read as an adjective between two nouns, one of them made the root, is the predicate
  shouldParse("The bloc's members expressed deep concern about rising tensions between Peru and Chile.", 'members', 'expressed', 'nsubj');
  shouldParse("The bloc's members expressed deep concern about rising tensions between Peru and Chile.", 'concern', 'expressed', 'obj');
  // an adjective after the object of "termed" is what it is termed, not a modifier; a capital in -ing before its verb is its subject
  shouldParse("The ministry termed Peru's measures unilateral and unjust.", 'unilateral', 'termed', 'xcomp');
  shouldParse('Kunming will host the games.', 'Kunming', 'host', 'nsubj');
  // a people's adjective after a verb with no object modifies the name that is its object
  shouldParse('Ana Vidal met Chilean Foreign Minister Tomas Berg in Lima on Monday.', 'Tomas', 'met', 'obj');
  shouldParse('Ana Vidal met Chilean Foreign Minister Tomas Berg in Lima on Monday.', 'Lima', 'met', 'obl');
  // control
  shouldParse('The government refused to sign the agreement.', 'sign', 'refused', 'xcomp');
  shouldParse('The government refused to sign the agreement.', 'agreement', 'sign', 'obj');
  shouldParse('Both sides agreed to hold talks in Vienna.', 'hold', 'agreed', 'xcomp');
  shouldParse('The union threatened to strike next month.', 'strike', 'threatened', 'xcomp');
  // relative clauses
  shouldParse('The company, which makes drones, denied the report.', 'makes', 'company', 'acl:relcl');
  shouldParse('The company, which makes drones, denied the report.', 'company', 'denied', 'nsubj');
  shouldParse('The company, which makes drones, denied the report.', 'report', 'denied', 'obj');
  shouldParse('The diplomat who led the talks resigned.', 'led', 'diplomat', 'acl:relcl');
  shouldParse('The diplomat who led the talks resigned.', 'diplomat', 'resigned', 'nsubj', 'known error');
  shouldParse('The diplomat who led the talks resigned on Friday.', 'who', 'led', 'nsubj');
  // apposition
  shouldParse('Maria Lopez, the trade minister, welcomed the deal.', 'minister', 'Maria', 'appos');
  shouldParse('Maria Lopez, the trade minister, welcomed the deal.', 'Lopez', 'Maria', 'flat');
  shouldParse('Maria Lopez, the trade minister, welcomed the deal.', 'Maria', 'welcomed', 'nsubj');
  // coordination of subjects and of objects
  shouldParse('France and Germany criticised the tariffs.', 'Germany', 'France', 'conj');
  shouldParse('France and Germany criticised the tariffs.', 'France', 'criticised', 'nsubj');
  shouldParse('The bank froze the assets of three firms and two executives.', 'executives', 'firms', 'conj');
  shouldParse('The ministers met in Geneva and discussed the ceasefire.', 'discussed', 'met', 'conj');
  // possessives and names
  shouldParse("China's foreign ministry condemned the visit.", 'China', 'ministry', 'nmod:poss');
  shouldParse("China's foreign ministry condemned the visit.", 'ministry', 'condemned', 'nsubj');
  // conditional clause
  shouldParse('If the tariffs take effect, Beijing will retaliate.', 'take', 'retaliate', 'advcl');
  shouldParse('If the tariffs take effect, Beijing will retaliate.', 'Beijing', 'retaliate', 'nsubj');
  // a relative clause on a name the model made the root: the name is the subject of the predicate after it
  shouldParse('President Ana Ruiz, who fired Tomas Berg and Luis Vera, swore in new military leaders.', 'Ana', 'swore', 'nsubj');
  shouldParse('President Ana Ruiz, who fired Tomas Berg and Luis Vera, swore in new military leaders.', 'fired', 'Ana', 'acl:relcl');
  // an opening demonym modifies the title after it; the verb is the root and the other name its object
  shouldParse('Chinese President Li Wei welcomed Chilean President Tomas Berg on Friday in Beijing.', 'welcomed', 'ROOT', 'root');
  shouldParse('Chinese President Li Wei welcomed Chilean President Tomas Berg on Friday in Beijing.', 'Tomas', 'welcomed', 'obj');
  shouldParse('Peruvian President Ana Ruiz hosted Chilean President Tomas Berg at the presidential palace in Lima on Monday.', 'Tomas', 'hosted', 'obj');
  shouldParse('Peruvian President Ana Ruiz hosted Chilean President Tomas Berg at the presidential palace in Lima on Monday.', 'palace', 'hosted', 'obl');
  shouldParse('During a trip to Lima, Chilean President Tomas Berg met Peruvian President Ana Ruiz on Monday.', 'Tomas', 'met', 'nsubj');
  shouldParse('Peruvian President Ana Ruiz and Chilean President Tomas Berg discussed trade in a phone call on Tuesday.', 'Tomas', 'Ana', 'conj');
  shouldParse('Peru responded by imposing penalties of the same scale on Chilean goods.', 'penalties', 'imposing', 'obj');
  shouldParse('Peru responded by imposing penalties of the same scale on Chilean goods.', 'imposing', 'responded', 'advcl');
  // headlines: "X's Y verbs …" (the possessor belongs to the name after it), a cue verb read as a plural noun, names joined by a hyphen
  shouldParse("Peru's Ruiz rejects plan for new port", 'Peru', 'Ruiz', 'nmod:poss');
  shouldParse("Peru's Ruiz rejects plan for new port", 'rejects', 'ROOT', 'root');
  shouldParse("Kenya's Ruto slams tariffs on tea", 'Kenya', 'Ruto', 'nmod:poss');
  shouldParse("Peru’s Ruiz advocates for Chile-Bolivia dialogue in call with Arce", 'advocates', 'ROOT', 'root');
  shouldParse("Peru’s Ruiz advocates for Chile-Bolivia dialogue in call with Arce", 'Ruiz', 'advocates', 'nsubj');
  shouldParse("Chile's Boric advocates for Peru-Bolivia dialogue in call with Arce", 'dialogue', 'advocates', 'obl');
  shouldParse('Lula called for Venezuela-Guyana dialogue on Friday.', 'dialogue', 'called', 'obl');
  // "that" after a day opens what the verb says, not a relative clause on the day
  shouldParse('The minister said Friday that Peru would retaliate.', 'retaliate', 'said', 'ccomp');
  shouldParse('The minister said Friday that Peru would retaliate.', 'that', 'retaliate', 'mark');
  shouldParse('Ana Ruiz told reporters on Monday that Chile would leave the talks.', 'leave', 'told', 'ccomp');
  // "said the raids amounted to …": the -ed word after the reported clause's subject is its verb
  shouldParse('Peru said the raids amounted to a war crime.', 'amounted', 'said', 'ccomp');
  shouldParse('Peru said the raids amounted to a war crime.', 'raids', 'amounted', 'nsubj');
  // a condition before a closing speech verb belongs to the clause it follows
  shouldParse('Peru will retaliate if Chile imposes the tariffs, officials said.', 'imposes', 'retaliate', 'advcl');
  // after "said that", a plural noun with a phrase and a verb of its own is the clause's subject, not a verb
  shouldParse('Peru said that talks with Chile were productive.', 'talks', 'productive', 'nsubj');
  shouldParse('She said that he runs for office every year.', 'he', 'runs', 'nsubj');
  // "It insists that …": a pronoun before a speech verb is its subject, and the that-clause what is said
  shouldParse('It insists that claims about the border are unfounded.', 'It', 'insists', 'nsubj');
  shouldParse('It insists that claims about the border are unfounded.', 'unfounded', 'insists', 'ccomp');
  // after a verb of telling, "her" before the object is its possessor and a that-clause with a subject is what is told
  shouldParse('Ana Vidal warned her Chilean counterpart that Peru would retaliate.', 'her', 'counterpart', 'nmod:poss');
  shouldParse('Ana Vidal warned her Chilean counterpart that Peru would retaliate.', 'retaliate', 'warned', 'ccomp');
  // a noun root with a past form right after it and a to-infinitive is that verb's subject
  shouldParse('The two countries agreed to reopen the border.', 'countries', 'agreed', 'nsubj');
  // the last phrase of a quotation belongs to the quoted clause, not to the speech verb after it
  shouldParse('"We are deeply concerned about the escalation," Ana Vidal said.', 'escalation', 'concerned', 'obl');
  shouldParse('"We denounce in the strongest possible terms the attack," Ana Vidal said.', 'attack', 'denounce', 'obj');
  // a day takes no of-phrase: it goes to what the day is said of
  shouldParse('Chile has expressed outrage over the shooting by Peruvian troops on Sunday of 30 farmers during clashes.', 'farmers', 'shooting', 'nmod');
  shouldParse('The talks resumed on the Monday of last week.', 'week', 'Monday', 'nmod');
  // and a condition after a reported clause with "will" belongs to that clause, not to the speech verb
  shouldParse('Ana Vidal declared that the bridge will not be reopened to Chilean lorries unless Chile ends the embargo.', 'ends', 'reopened', 'advcl');
  // a name right after a described object is its apposition, not an adverbial of the verb
  shouldParse('Peru blacklisted the Chilean firm Andes Mining.', 'Mining', 'firm', 'appos');
  // headlines: quote marks before an object, a comma for "and", "welcome" as a verb
  shouldParse("Peru hails 'historic' trade pact with Chile", 'pact', 'hails', 'obj');
  shouldParse('Peru, Bolivia welcome ceasefire deal', 'welcome', 'ROOT', 'root');
  shouldParse('Peru, Bolivia welcome ceasefire deal', 'Peru', 'welcome', 'nsubj');
  shouldParse('France and Germany welcome useful meeting with Chile', 'meeting', 'welcome', 'obj');
  // a people's adjective after a verb, read as a verb taking the name: the name is the verb's object
  shouldParse('Santos is due to meet Japanese Prime Minister Kenji Mori in Tokyo next week.', 'Kenji', 'meet', 'obj');
  // "which" and a word taken for a noun after a comma open a relative clause; the verb after it is the predicate
  shouldParse('Peru and Chile, which border Bolivia, welcomed the sanctions.', 'border', 'Peru', 'acl:relcl');
  shouldParse('Peru and Chile, which border Bolivia, welcomed the sanctions.', 'welcomed', 'ROOT', 'root');
  // a verb after a title and a name, read as a participle on a noun, is the predicate and the name its subject
  shouldParse('Egyptian Foreign Minister Hossam Farouk hosted Qatari and American mediators in Cairo on Sunday.', 'hosted', 'ROOT', 'root');
  shouldParse('Egyptian Foreign Minister Hossam Farouk hosted Qatari and American mediators in Cairo on Sunday.', 'Hossam', 'hosted', 'nsubj');
  shouldParse('Egyptian Foreign Minister Hossam Farouk hosted Qatari and American mediators in Cairo on Sunday.', 'mediators', 'hosted', 'obj');
  shouldParse('Chinese Foreign Minister Wang Yi met his Russian counterpart in Beijing.', 'met', 'ROOT', 'root');
  shouldParse('Chinese Foreign Minister Wang Yi met his Russian counterpart in Beijing.', 'Wang', 'met', 'nsubj');
  // a capitalised -ing name before a verb the tagger then read as a participle
  shouldParse('Beijing condemned the visit.', 'Beijing', 'condemned', 'nsubj');
  shouldParse('Indian Prime Minister Rajiv Menon arrived in Tokyo on Wednesday for a three-day visit.', 'arrived', 'ROOT', 'root');
  shouldParse('Indian Prime Minister Rajiv Menon arrived in Tokyo on Wednesday for a three-day visit.', 'Rajiv', 'arrived', 'nsubj');
  // an opening demonstrative before a noun subject is its determiner, not the root
  shouldParse('These latest sanctions target two Chilean officials.', 'target', 'ROOT', 'root');
  shouldParse('These latest sanctions target two Chilean officials.', 'These', 'sanctions', 'det');
  // ", which hosts exiled leader X,": a relative clause's verb before a participle; a headline's cue verb read as an adverb
  shouldParse('Lithuania, which hosts exiled opposition leader Olga Petrova, welcomed the decision.', 'Lithuania', 'welcomed', 'nsubj');
  shouldParse('Philippines, Vietnam back code of conduct as China protests drills', 'back', 'ROOT', 'root');
  // "Neighbouring Senegal and Ivory Coast backed …": names, not an adjective and a gerund
  shouldParse('Neighbouring Senegal and Ivory Coast backed the suspension.', 'Senegal', 'backed', 'nsubj');
  shouldParse('Senegal and Ivory Coast backed the suspension.', 'backed', 'ROOT', 'root');
  // "told a briefing that X opposes …": the that-clause is what was told, not a relative clause on the briefing
  shouldParse('Ana Vidal told a regular press briefing that Peru opposes the plan.', 'opposes', 'told', 'ccomp');
  // "X, which has opposed Y, sent Z": the verb after the relative clause is the sentence's; "the gathering as" is a noun
  shouldParse('Hungary, which has opposed new EU aid packages, sent only a junior minister.', 'sent', 'ROOT', 'root');
  shouldParse('Russia dismissed the gathering as a show.', 'gathering', 'dismissed', 'obj');
  // "Colombia suspended coal exports to Israel": the name's past-tense verb, not an adjective on the exports
  shouldParse('Colombia suspended coal exports to Israel.', 'suspended', 'ROOT', 'root');
  shouldParse('Colombia on Wednesday suspended coal exports to Israel, President Sofia Ramirez announced.', 'exports', 'suspended', 'obj');
  // "to ease the dispute": an infinitive, not "with ease"
  shouldParse('Peru is seeking to ease the dispute with Chile.', 'dispute', 'ease', 'obj');
  // "is imposing additional sanctions": a cue verb's progressive, not "an imposing building"
  shouldParse('Ana Vidal announced that Peru is imposing additional sanctions on Chile.', 'sanctions', 'imposing', 'obj');
  shouldParse('It was an imposing building.', 'imposing', 'building', 'amod');
  shouldParse('"Today I am imposing sanctions on Tomas Berg," Ana Vidal said.', 'sanctions', 'imposing', 'obj');
  // "met … with X and called for …": the second verb is the first's conjunct, not an absolute clause
  shouldParse("Ana Vidal met in Lima on Saturday with Chile's Foreign Minister Tomas Berg and called for talks.", 'called', 'met', 'conj');
  shouldParse("Ana Vidal met in Lima on Saturday with Chile's Foreign Minister Tomas Berg and called for talks.", 'Tomas', 'met', 'obl');
  // a lower-case title before a name, both hung from one head: the name heads, the title describes it
  shouldParse('Peru imposed a travel ban on Chilean senator Tomas Berg.', 'senator', 'Berg', 'nmod:desc');
  shouldParse('Peru imposed a travel ban on Chilean senator Tomas Berg.', 'on', 'Berg', 'case');
  shouldParse('Peru imposed a travel ban and asset freeze on Chilean senator Tomas Berg.', 'on', 'Tomas', 'case');
  // a past form with an object, hung as a reduced relative inside a name made the root, is the predicate
  shouldParse("Chile's Ministry of Foreign Affairs summoned Peru's ambassador to Santiago in the morning.", 'Ministry', 'summoned', 'nsubj');
  // an opening "Following …," phrase is an adjunct; the phrase after its comma is the subject
  shouldParse("Following the reports from Santiago, Peru's Foreign Ministry summoned the Chilean ambassador.", 'Ministry', 'summoned', 'nsubj');
  // "since" before a noun and a past verb opens a clause: the noun is its subject
  shouldParse('Ana Ruiz is the first minister to visit Peru since its government signed a pact with China.', 'government', 'signed', 'nsubj');
  // "or face sanctions": "face" is the verb, and "sanctions" its object
  shouldParse('Peru demanded that Chile pay for the gas or face sanctions.', 'sanctions', 'face', 'obj');
  // "Lima on Tuesday voiced …": the name is the subject, the day its time
  shouldParse('A day after Chile banned 59 apps for engaging in activities which are “harmful to security and order” of the country, Lima on Tuesday voiced strong concern over the move.', 'Lima', 'voiced', 'nsubj');
  // a word read as an adjective after a modal or "to" and before a determiner is the verb they serve
  shouldParse('Ruiz hoped the police would soon free the hostages.', 'hostages', 'free', 'obj');
  shouldParse('Ruiz hoped the police would manage to free the hostages.', 'hostages', 'free', 'obj');
  // after "did not" a word the tagger read as an adjective is a verb, whatever follows it
  shouldParse('Ruiz said that if the junta did not free former president Ana Cruz, sanctions would follow.', 'Ana', 'free', 'obj');
  // a "that" read as the subject of a clause that has its own subject after it is the clause's marker
  shouldParse('Peru added in a statement that, if Chile did not free the envoy, sanctions would ensue.', 'that', 'ensue', 'mark');
  // a late "should" with its subject after it opens a condition of the verb under "would" before it
  shouldParse('Peru said it would retaliate with tariffs of its own should Chile go ahead.', 'go', 'retaliate', 'advcl');
  // a past form after "said" and a noun, with an object of its own, is the clause said; the noun its subject
  shouldParse('Peru said the tariffs violated international law.', 'tariffs', 'violated', 'nsubj');
  // a headline's comma for "and" where the first name was read as an address
  shouldParse('Peru, Chile hold talks on border dispute', 'Peru', 'hold', 'nsubj');
  // after an aside, a verb the model joined to the reported subject noun is that noun's predicate
  shouldParse('Peru said "any use of force, whether it\'s external or internal, undermines the talks."', 'use', 'undermines', 'nsubj');
  // a word read as a noun after a noun, joined to an adjective, is an adjective: the predicate of "called"
  shouldParse('Brazil called the Chilean attack unsafe and provocative.', 'unsafe', 'called', 'xcomp');
  // "said Monday it is imposing …": the day is the verb's time, the clause its complement
  shouldParse('Chile’s government said Monday it is imposing sanctions on four settlers.', 'imposing', 'said', 'ccomp');
  // a subject before a sentence adverb set off by commas is the verb's
  shouldParse('The United States, meanwhile, on Monday expressed its support to Peru.', 'States', 'expressed', 'nsubj');
  // "hours after X executed …": a clause "after" opens, however the parse first hung the object before it
  shouldParse('Chile’s foreign ministry summoned on Monday the Peruvian ambassador to Santiago days after the Peruvian Navy seized a ship.', 'ambassador', 'summoned', 'obj');
  // a long opening participle clause is the verb's adjunct, not the root; the words before the subject are the subject's
  shouldParse('Speaking at a weekly press briefing, Chilean Foreign Ministry spokesperson Ana Ruiz described the claims as false and warned Peru.', 'described', 'ROOT', 'root');
  shouldParse('Speaking at a weekly press briefing, Chilean Foreign Ministry spokesperson Ana Ruiz described the claims as false and warned Peru.', 'Speaking', 'described', 'advcl');
  shouldParse('Beyond simply keeping the borders shut, Ruiz has extended the closures to six towns.', 'extended', 'ROOT', 'root');
  // scare quotes around a few words do not break the attachments around them; each mark hangs from the words it encloses
  shouldParse('Peru rejected "in the strongest terms" the decision.', 'decision', 'rejected', 'obj');
  shouldParse('The Americans called the talks “very good” and promised another round.', '“', 'good', 'punct');
  // (a quoted verb and its adverb, with the clause going on after them; a quoted participle keeps its marks)
  shouldParse('Lima said it “categorically rejects” the report.', 'report', 'rejects', 'obj');
  // an if-clause before ", X said" is the reported clause's condition, however the model labelled it
  shouldParse('Peru will respond if Chile crosses the line, Ana Ruiz said.', 'crosses', 'respond', 'advcl');
  // "never" right before "to" and its verb negates that verb
  shouldParse('Peru vowed never to recognize the annexation.', 'never', 'recognize', 'advmod');
  // a pronoun before an auxiliary and a quotation mark is the quoted verb's subject, never part of a name
  shouldParse('Peru warned Chile it would "bear all the consequences".', 'it', 'bear', 'nsubj');
  // an object after a fronted adjunct is the verb's, not the adjunct noun's
  shouldParse('Peru condemned in the strongest terms the attack on its embassy.', 'attack', 'condemned', 'obj');
  // "described X as “unfounded” and warned …": the predicate is the describing verb's, the next verb coordinated
  shouldParse('Ruiz described the claims as “completely unfounded” and warned that any actions would be met with measures.', 'unfounded', 'described', 'obl');
  shouldParse('Ruiz described the claims as “completely unfounded” and warned that any actions would be met with measures.', 'warned', 'described', 'conj');
  // a noun the tagger read right after a modal is the verb it serves
  shouldParse('He warned that any attack on the port by forces loyal to the Government of National Unity would amount to a war.', 'attack', 'amount', 'nsubj');
  // a bare verb after "called the NOUN" is the head of the thing named
  shouldParse('Peru called the tariff hike a mistake.', 'hike', 'called', 'obj');
  // a cue verb's -ing form after a comma, before a name, is a participle
  shouldParse('Peru criticised the closure, warning Chile of repercussions.', 'Chile', 'warning', 'obj');
  // a word of condition before a noun phrase a comma closes is a preposition
  shouldParse('Barring a deal by Friday, Peru will impose tariffs on Chilean copper.', 'Barring', 'deal', 'case');
  shouldParse('Ana Vidal said that absent progress toward a ceasefire, Peru will act.', 'progress', 'act', 'obl');
  // a participle joined by a hyphen to a word before a noun is an adjective of the noun, not a verb
  shouldParse('The Chile-backed militia and Lima-based firms met on Monday.', 'firms', 'militia', 'conj');
  shouldParse('The move comes after Chilean Foreign Minister Ana Vidal said Lima-based Peruvian diplomat Tomas Roca would have to leave the country.', 'said', 'comes', 'advcl');
  // "of" opens no clause with a subject: the name is its object, the noun before it the predicate's subject
  shouldParse('The poisoning of Luis Vera was a crime, he said.', 'Luis', 'poisoning', 'nmod');
  shouldParse('The poisoning of Luis Vera was a crime, he said.', 'poisoning', 'crime', 'nsubj');
  shouldParse('The case of Luis Vera is a scandal, he said.', 'scandal', 'said', 'ccomp');
  // an object in brackets after its verb
  shouldParse('If Chile does not deliver (the suspect), Peru will act.', 'suspect', 'deliver', 'obj');
  // a quotation after "that" is the clause it opens, and a verb inside it without a subject is its clause's conjunct
  shouldParse('In a statement on Monday, Ana Vidal said that “the long war in southern Chile is a disaster bringing great hardship and threatens the unity of the Chilean state.”', 'threatens', 'disaster', 'conj');
  // "'s" between a name and a participle before its noun is the possessive
  shouldParse("Peru's council termed Chile's announced measures unjust.", 'Chile', 'measures', 'nmod:poss');
  // a reporter's subject before the reported clause is that clause's subject
  shouldParse("Chile's decision to expel Peru's ambassador was regrettable, the office of the Peruvian president said.", 'decision', 'regrettable', 'nsubj');
  // a participle joined by "and" to one after a comma
  shouldParse('Tomas Roca held talks with Ana Vidal, urging progress on a ceasefire and warning against cyber attacks.', 'warning', 'urging', 'conj');
  // a bare verb joined by "and" to a modal verb's object is that verb's conjunct
  shouldParse('If Chile builds the base, Peru would have concerns and respond accordingly, Ana Vidal said.', 'respond', 'have', 'conj');
  // "neither" before a pair joined by "nor" is a conjunction
  shouldParse('Peru said the election was neither free nor fair.', 'free', 'said', 'ccomp');
  // "after" before a name and a present verb opens a clause (headlines)
  shouldParse('Peru vows retaliation after Chile imposes tariffs', 'after', 'imposes', 'mark');
  // a gerund after a verb of continuing is its clause, not a modifier of the name after it
  shouldParse('Peru said Chile will keep supporting Castro.', 'supporting', 'keep', 'xcomp');
  shouldParse('Peru said Chile will keep supporting Castro.', 'Castro', 'supporting', 'obj');
  // a "who" clause after a name, before a closing speech verb, is the name's relative clause
  shouldParse('He spoke to Peruvian President Ana Vidal, who stressed the need for talks, Chilean radio said.', 'stressed', 'Ana', 'acl:relcl');
  // a relative clause with a copula between a subject and its verb
  shouldParse('Ana Vidal, who is first deputy department head of the ruling Andes Party Central Committee, called the rebels “traitors and thugs.”', 'Ana', 'called', 'nsubj');
  // a reduced relative after a speech verb's subject: the later verb is what was said
  shouldParse('Ana Vidal said the remarks made on Friday by Tomas Roca about her government go against the law.', 'remarks', 'go', 'nsubj');
  shouldParse('Ana Vidal said the remarks made on Friday by Tomas Roca about her government go against the law.', 'made', 'remarks', 'acl');
  // an adjective before a bare verb form with nothing of a clause: a noun, the object of the verb above
  shouldParse('Chile expressed deep regret over the adoption of the new law.', 'regret', 'expressed', 'obj');
  shouldParse('Chile expressed deep regret over the adoption of the new law.', 'adoption', 'regret', 'nmod');
  // a participle of place after a noun is a reduced relative on it, the noun the subject of the verb after the place
  shouldParse('The Andean Tribunal based in Quito has condemned a Chilean decision to close the border.', 'Tribunal', 'condemned', 'nsubj');
  shouldParse('The Andean Tribunal based in Quito has condemned a Chilean decision to close the border.', 'based', 'Tribunal', 'acl');
  // a past speech verb with no subject, coordinated with a verb under a modal inside reported words, is the reporter's second act
  shouldParse('Peruvian President Ana Vidal told Chilean President Luis Vera on Monday that Lima fears Chile will attack Bolivia and warned of tough sanctions should Santiago go ahead.', 'warned', 'told', 'conj');
  // a that-clause after a verb's object or phrase, with a subject but no object of its own, is a relative clause on it
  shouldParse('Chile rejected unfair moves that it firmly condemns.', 'condemns', 'moves', 'acl:relcl');
  shouldParse('Chile will not bow to unfair demands and moves that it firmly condemns.', 'condemns', 'moves', 'acl:relcl');
  // (not after a verb of telling: what Chile was told)
  shouldParse('Peru told Chile that it strongly objects.', 'objects', 'told', 'ccomp');
  // an or-else verb coordinated with a noun of the demanded clause is that clause's alternative, the harms after it its object
  shouldParse('Lima insisted that Quito scrap the outcome of the poll or face continued tariffs, isolation and possible strikes.', 'face', 'scrap', 'conj');
  shouldParse('Lima insisted that Quito scrap the outcome of the poll or face continued tariffs, isolation and possible strikes.', 'tariffs', 'face', 'obj');
  shouldParse('Lima insisted that Quito scrap the outcome of the poll or face continued tariffs, isolation and possible strikes.', 'strikes', 'tariffs', 'conj');
  // an attribution between commas inside the clause it reports: the speech verb is the root, the clause what is said
  shouldParse('The new levies, the ministry said, would take effect in March.', 'said', 'ROOT', 'root');
  shouldParse('The new levies, the ministry said, would take effect in March.', 'take', 'said', 'ccomp');
  shouldParse('The new levies, the ministry said, would take effect in March.', 'levies', 'take', 'nsubj');
  shouldParse('Any raid on the port, Ana Vidal warned, would be met with force.', 'raid', 'met', 'nsubj:pass');
  shouldParse('The first round of talks, he added, was useful.', 'round', 'useful', 'nsubj');
  // a hyphenated word after "the" that ends its noun phrase is its noun ("despite the truce-deal and …")
  shouldParse('Vera accused the troops of firing despite the cease-fire and urged President Ana Vidal to act.', 'cease-fire', 'firing', 'obl');
  // an if-clause opening what is said is the condition of the will-clause after its comma
  shouldParse('"If Lima does not stop, there will be raids on its ports," Vera said.', 'be', 'said', 'ccomp');
  shouldParse('"If Lima does not stop, there will be raids on its ports," Vera said.', 'stop', 'be', 'advcl');
  // a relative clause with no relative word hangs from the noun it describes, not from the sentence's verb
  shouldParse('Chile is building a pipeline, a project the United States vehemently opposes.', 'opposes', 'project', 'acl:relcl');
  shouldParse('Bolivia says the dam will raise prices, a claim both Peru and Ecuador reject.', 'reject', 'claim', 'acl:relcl');
  shouldParse('Bolivia says the dam will raise prices, a claim Peru rejects.', 'rejects', 'claim', 'acl:relcl');
  shouldParse('Peru signed the deal and the rebels rejected it.', 'rejected', 'signed', 'conj');
  // a that-clause after a noun of what is said, set apart by a date, is the noun's; a speech verb's object is left alone
  shouldParse('Chile was responding to a Peruvian warning on Tuesday that Chilean ships would be seized.', 'seized', 'warning', 'acl');
  // "be going to" after an opening if-clause heads what is said, as "will" does
  shouldParse('Vera said, “If Chile does not hand the port back to those that built it, the people of Peru, bad things are going to happen.”', 'hand', 'going', 'advcl');
  // a country before a title modifies the title; the noun the titled person owns is the verb's object
  shouldParse('Chile on Saturday rejected U.S. President Ana Vidal’s suggestion to move the border.', 'suggestion', 'rejected', 'obj');
  shouldParse('Ana Vidal said if Peru is “forced to defend itself, we will have no choice but to destroy Chile.”', 'forced', 'have', 'advcl');
  // a naming participle is an adverbial clause of the sentence's verb, not the subject of its adjective
  shouldParse('Peru fired back hours later, calling Chile’s tweet completely incomprehensible.', 'calling', 'fired', 'advcl');
  shouldParse('Peru fired back hours later, calling Chile’s tweet completely incomprehensible.', 'incomprehensible', 'calling', 'xcomp');
  // "who" after a comma after a name opens that name's relative clause, however the model hung its verb
  shouldParse('This intervention prompted sharp criticism from Ana Vidal, who labeled Chile’s statements “totally interventionist” and accused it of meddling in Peru’s sovereign affairs.', 'labeled', 'Ana', 'acl:relcl');
  // single scare quotes are read past, by the tagger too; a plural's apostrophe opens none
  shouldParse("Peru warned it would 'aggressively' enforce the sanctions.", 'enforce', 'warned', 'ccomp');
  shouldParse("Peru warned it would 'aggressively' enforce the sanctions.", 'sanctions', 'enforce', 'obj');
  // a for-phrase right before the to-clause of a predicate with a copula is the clause's subject
  shouldParse('Ana Vidal said it would be hypocritical for the government to withdraw the funding.', 'government', 'withdraw', 'nsubj');
  shouldParse('Ana Vidal said it would be hypocritical for the government to withdraw the funding.', 'for', 'withdraw', 'mark');
  // a participle conjoined to a to-clause's bare verb under another participle is that participle's conjunct
  shouldParse('The two leaders left the talks vowing to stabilize their relationship and showcasing modest agreements on trade.', 'showcasing', 'vowing', 'conj');
  // a condition cut down to "if" and an adjective qualifies the verb before it, and the phrases after it are the verb's
  shouldParse('Ana Vidal said Peru would use force if necessary to defend its border.', 'necessary', 'use', 'advcl');
  shouldParse('Ana Vidal said Peru would use force if necessary to defend its border.', 'defend', 'use', 'advcl');
  shouldParse('Peru will apply pressure if needed against the junta in Chile.', 'junta', 'apply', 'obl');
  // an inverted attribution between commas heads the clause it reports
  shouldParse('The dispute, said Marco Ruiz, has gone on for months.', 'gone', 'said', 'ccomp');
  shouldParse('The dispute, said Marco Ruiz, has gone on for months.', 'dispute', 'gone', 'nsubj');
  // a second subject after the verb is its object
  shouldParse('At a summit in Lima, Peruvian President Luis Vera accused the United States of weaponizing the port, according to the Associated Press.', 'States', 'accused', 'obj');
  // a day before the subject is when, not a second subject
  shouldParse('Peru today summoned its envoy here.', 'today', 'summoned', 'obl:tmod');
  shouldParse('This Friday the Andean community issued a statement.', 'Friday', 'issued', 'obl:tmod');
  shouldParse('President Luis Vera warned Tuesday that Chile would face consequences.', 'Tuesday', 'warned', 'obl:tmod');
  // a subject split in two is one phrase; a dateline opening the sentence is no subject
  shouldParse('Peru’s commerce ministry said on Tuesday that it would retaliate.', 'commerce', 'ministry', 'compound');
  shouldParse('Peru’s commerce ministry said on Tuesday that it would retaliate.', 'Peru', 'ministry', 'nmod:poss');
  shouldParse('Lima, Peru - Several Andean nations on Saturday rejected the plan.', 'Lima', 'rejected', 'dep');
  shouldParse('Lima, Peru - Several Andean nations on Saturday rejected the plan.', 'nations', 'rejected', 'nsubj');
  // a title's first word is no root with the sentence's verb a relative clause on it
  shouldParse('Peruvian Information Minister Ana Vidal condemned the explosions.', 'condemned', 'ROOT', 'root');
  shouldParse('Peruvian Information Minister Ana Vidal condemned the explosions.', 'Information', 'Minister', 'compound');
  // a name, its apposition or its whose-clause, then the sentence's verb
  shouldParse('Chile, landlocked Bolivia’s biggest trade partner, already said it would reject the win.', 'said', 'ROOT', 'root');
  shouldParse('Chile, landlocked Bolivia’s biggest trade partner, already said it would reject the win.', 'Chile', 'said', 'nsubj');
  shouldParse('Luis Vera, whose party won the vote, said the count was fair.', 'Luis', 'said', 'nsubj');
  shouldParse('Luis Vera, whose party won the vote, said the count was fair.', 'won', 'Luis', 'acl:relcl');
  // a noun root whose relative clause is the sentence; a verb after a who-clause is the sentence's
  shouldParse('Former vice-minister of trade Tomas Berg spoke with the Lima Herald and said Peru has plenty of tools.', 'spoke', 'ROOT', 'root');
  shouldParse('The three countries concerned have regretted Chile’s decision and warned of a response.', 'countries', 'regretted', 'nsubj');
  shouldParse('For his part, Peruvian Foreign Minister Luis Vera, who also met with Ana Vidal, warned her that pressure could trigger a crisis.', 'warned', 'ROOT', 'root');
  shouldParse('For his part, Peruvian Foreign Minister Luis Vera, who also met with Ana Vidal, warned her that pressure could trigger a crisis.', 'Luis', 'warned', 'nsubj');
  // a preposition belongs to its phrase's head noun, not to the noun's first modifier
  shouldParse('Chile has called for free and fair elections.', 'for', 'elections', 'case');
  shouldParse('Peruvian lawmakers have called for more arms sales to Bolivia.', 'sales', 'called', 'obl');
  // a closing name and title set off by commas speak
  shouldParse('The ministry banned entry into Peru by eight Chilean officials, Ana Vidal, the foreign minister, said.', 'Ana', 'said', 'nsubj');
  // after an opening phrase, a name the model hung as its apposition is the verb's subject
  shouldParse('Later in the day Vera, a former rebel, accused Chile of interventionist policies.', 'Vera', 'accused', 'nsubj');
  shouldParse('On Friday, Peru’s army spokesman, General Luis Vera, said in a statement that one officer had been killed.', 'spokesman', 'said', 'nsubj');
  shouldParse('In what was considered an overture, Mr Vera also said independence had not been declared.', 'said', 'ROOT', 'root');
  // a relative clause's object is not a second subject of the main verb
  shouldParse('The countries that signed the accord will receive aid.', 'accord', 'signed', 'obj');
  shouldParse('Ana Vidal said that those who join the Chilean assembly could face sanctions.', 'assembly', 'join', 'obj');
  shouldParse('Ana Vidal said any Chilean actions that threatened Bolivia would be met with force.', 'Bolivia', 'threatened', 'obj');
  shouldParse('Ana Vidal said any Chilean actions that threatened Bolivia would be met with force.', 'actions', 'met', 'nsubj:pass');
  shouldParse('Ana Vidal said any Chilean actions that threatened Bolivia would be met with force.', 'met', 'said', 'ccomp');
  // after an opening time phrase, a name and its apposition are the subject of the verb after them
  shouldParse('Earlier this week, African Union Chairperson, Ana Vidal, called for the resumption of talks.', 'called', 'ROOT', 'root');
  shouldParse('Earlier this week, the African Union Chairperson, Ana Vidal, called for the resumption of talks.', 'Union', 'called', 'nsubj');
  shouldParse('On Friday, the army spokesman, General Luis Vera, said the talks failed.', 'spokesman', 'said', 'nsubj');
  shouldParse('On Friday, the army spokesman, General Luis Vera, said the talks failed.', 'Friday', 'said', 'obl');
  // a verb form read as a modifier after coordinated subjects is the predicate
  shouldParse('The United States and other Western countries imposed sanctions on Chile.', 'imposed', 'ROOT', 'root');
  shouldParse('Peru and other countries raised concerns about the vote.', 'Peru', 'raised', 'nsubj');
  shouldParse('Peru and other countries raised concerns about the vote.', 'concerns', 'raised', 'obj');
  // a word both noun and adjective, after a determiner and its modifiers, is the phrase's noun
  shouldParse('Ana Vidal said a ground offensive in Lima is unacceptable.', 'offensive', 'unacceptable', 'nsubj');
  // a second titled name after "and" is a conjunct of the first name's head, not of its last word, nor an apposition
  shouldParse('UN envoy Ana Ruiz met with Peruvian President Luis Vera and Bolivian President Tomas Berg in Lima on Thursday.', 'Tomas', 'Luis', 'conj');
  shouldParse('UN Secretary-General Antonio Guterres met with Ukrainian President Volodymyr Zelenskyy and Turkish President Recep Tayyip Erdogan in Lviv.', 'Recep', 'Volodymyr', 'conj');
  // an opening naming participle is an adverbial clause; what it calls its object is its predicate
  shouldParse('Calling the tariffs an unfriendly act, Chilean President Ana Vidal said they would hurt trade.', 'Calling', 'said', 'advcl');
  shouldParse('Calling the tariffs an unfriendly act, Chilean President Ana Vidal said they would hurt trade.', 'act', 'Calling', 'xcomp');
  // "that if …, …": the clause after the comma is what is said, the if-clause its condition
  shouldParse('Peru said its port will not be opened to exports unless the government in Chile ends the blockade.', 'ends', 'opened', 'advcl');
  shouldParse('Peru said its port will not be opened to exports unless the government in Chile ends the blockade.', 'unless', 'ends', 'mark');
  shouldParse('Peru said its port will not be opened to exports unless the government in Chile ends the blockade.', 'government', 'ends', 'nsubj');
  shouldParse('Chilean President Ana Vidal warned that if Peru struck Chile with missiles, the response would be very strong.', 'strong', 'warned', 'ccomp');
  shouldParse('Chilean President Ana Vidal warned that if Peru struck Chile with missiles, the response would be very strong.', 'struck', 'strong', 'advcl');
});

// EWT test scores of the shipped models, rounded down (README: Syntax).
const FLOOR = { uas: 0.855, las: 0.825 };

describe('trees', () => {
  // a cycle or a second root is no tree; the repairs never leave one behind
  it.each([
    [[0, 1, 2], true],
    [[2, 3, 1], false],
    [[0, 0, 1], false],
    [[2, 0, 4, 2], true],
    [[2, 3, 2, 0], false],
  ])('%j is a tree: %s', (heads, want) => expect(isTree(heads)).toBe(want));
  it.each([
    // a clause opened by "since" after a verb that hangs under the clause's own verb (a cut-off first word)
    'ister to visit Lima since its government signed a secret pact with Chile that many fear could lead to a naval base.',
  ])('parses %s to a tree', (sentence) => expect(isTree(parseWords(words(sentence)).heads)).toBe(true));
});

describe('the syntax models', () => {
  it('tag and parse a treebank sentence read from CoNLL-U', () => {
    const text = [
      '1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_',
      '2\tcouncil\tcouncil\tNOUN\tNN\t_\t3\tnsubj\t_\t_',
      '3\tvoted\tvote\tVERB\tVBD\t_\t0\troot\t_\t_',
      '4\tagainst\tagainst\tADP\tIN\t_\t6\tcase\t_\t_',
      '5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_',
      '6\tplan\tplan\tNOUN\tNN\t_\t3\tobl\t_\t_',
      '7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_',
      '',
    ].join('\n');
    const { sentences, problems } = parseConllu(text);
    expect(problems).toEqual([]);
    const s = scoreUd(sentences, (forms) => parseWords(forms));
    expect(s.words).toBe(7);
    expect(s.uas).toBe(1);
    expect(s.las).toBe(1);
    expect(s.upos).toBe(1);
  });

  it('report a malformed CoNLL-U line with its number', () => {
    expect(parseConllu('1\tA\n').problems).toEqual([{ line: 1, message: 'expected 10 tab-separated fields, found 2' }]);
  });

  it('give lemmas to inflected words', () => {
    const p = parseWords(words('The ministers were meeting and had signed two agreements.'));
    expect(p.lemmas).toEqual(expect.arrayContaining(['minister', 'be', 'meet', 'have', 'sign', 'agreement']));
  });

  it('hang nothing from punctuation: a word the model hung from a comma hangs from the head of the comma', () => {
    // Ruiz(1) fired(2) back(3) ,(4) calling(5) it(6) a(7) sham(8): "calling" hung from the comma
    const upos = ['PROPN', 'VERB', 'ADV', 'PUNCT', 'VERB', 'PRON', 'DET', 'NOUN'];
    const heads = [2, 0, 2, 2, 4, 5, 8, 5];
    const labels = ['nsubj', 'root', 'advmod', 'punct', 'acl', 'obj', 'det', 'xcomp'];
    repairPunctuationHeads(upos, heads, labels);
    expect(heads).toEqual([2, 0, 2, 2, 2, 5, 8, 5]);
  });

  it('make a noun root the subject of the verb the model hung from it as a conjunct', () => {
    // The(1) bloc(2) ,(3) including(4) Peru(5) ,(6) condemned(7) the(8) vote(9) .(10): "condemned" a conjunct of "bloc"
    const upos = ['DET', 'NOUN', 'PUNCT', 'VERB', 'PROPN', 'PUNCT', 'VERB', 'DET', 'NOUN', 'PUNCT'];
    const heads = [2, 0, 5, 5, 2, 7, 2, 9, 7, 2];
    const labels = ['det', 'root', 'punct', 'case', 'nmod', 'punct', 'conj', 'det', 'obj', 'punct'];
    repairNounRootSubject(upos, heads, labels);
    expect(heads).toEqual([2, 7, 5, 5, 2, 7, 0, 9, 7, 7]);
    expect([labels[1], labels[6]]).toEqual(['nsubj', 'root']);
    // with "and" before it the verb is a second predicate of a verbless line, and stays so
    const withAnd = ['det', 'root', 'punct', 'case', 'nmod', 'cc', 'conj', 'det', 'obj', 'punct'];
    const h2 = [2, 0, 5, 5, 2, 7, 2, 9, 7, 2];
    repairNounRootSubject(upos, h2, withAnd);
    expect(h2).toEqual([2, 0, 5, 5, 2, 7, 2, 9, 7, 2]);
  });

  it('make a bare verb form hung as an object a noun ("expressed hope that …"), but not one with an object of its own', () => {
    // Ruiz(1) expressed(2) hope(3) that(4) talks(5) resume(6): "hope" tagged a verb, the object of "expressed"
    const upos = ['PROPN', 'VERB', 'VERB', 'SCONJ', 'NOUN', 'VERB'];
    repairVerbalObject(['Ruiz', 'expressed', 'hope', 'that', 'talks', 'resume'], upos, [2, 0, 2, 6, 6, 3], ['nsubj', 'root', 'obj', 'mark', 'nsubj', 'ccomp']);
    expect(upos[2]).toBe('NOUN');
    // Ruiz(1) helped(2) fund(3) schools(4): "fund" takes an object, and stays a verb
    const upos2 = ['PROPN', 'VERB', 'VERB', 'NOUN'];
    repairVerbalObject(['Ruiz', 'helped', 'fund', 'schools'], upos2, [2, 0, 2, 3], ['nsubj', 'root', 'obj', 'obj']);
    expect(upos2[2]).toBe('VERB');
  });

  it('give a prefixed irregular verb the lemma of its base ("upheld" is "uphold")', () => {
    const table = buildLemmaTable([...Array(3).fill({ form: 'held', upos: 'VERB', lemma: 'hold' })]);
    expect(['upheld', 'withheld'].map((f) => lemmatise(table, f, 'VERB'))).toEqual(['uphold', 'withhold']);
    expect(lemmatise(table, 'upheld', 'ADJ')).toBe('upheld');
  });

  it('lemmatise irregular verbs the treebank lacks, and plural nouns to a word the lexicon knows', () => {
    const p = parseWords(words('Canada froze the funds and imposed asset freezes and bans.'));
    expect(p.lemmas).toEqual(expect.arrayContaining(['freeze', 'fund', 'impose', 'ban']));
    expect(p.lemmas.filter((l) => l === 'freeze')).toHaveLength(2);
  });

  it('take a title and the name after it hung side by side as the name and its description, a day excepted', () => {
    const read = (name: string) => {
      const heads = [2, 0, 4, 2, 2, 2];
      const labels = ['nsubj', 'root', 'nmod:poss', 'obj', 'obj', 'punct'];
      repairTitleBeforeName(['Ana', 'met', 'her', 'counterpart', name, '.'], ['PROPN', 'VERB', 'PRON', 'NOUN', 'PROPN', 'PUNCT'], heads, labels, (w) => w === 'Saturday');
      return `${heads[3]} ${labels[3]}, ${heads[4]} ${labels[4]}`;
    };
    expect(read('Berg')).toBe('5 nmod:desc, 2 obj');
    expect(read('Saturday')).toBe('2 obj, 2 obj');
  });

  it('keep the final e of a regular verb the treebank knows ("ruled" is "rule", "opened" stays "open")', () => {
    const table = buildLemmaTable([...Array(2).fill({ form: 'rules', upos: 'VERB', lemma: 'rule' }), ...Array(2).fill({ form: 'opens', upos: 'VERB', lemma: 'open' })]);
    expect(['ruled', 'ruling', 'opened'].map((f) => lemmatise(table, f, 'VERB'))).toEqual(['rule', 'rule', 'open']);
  });

  it('drop only the d of a verb in "-eed" that is a past form ("freed" is "free"; "proceed" and "need" stay)', () => {
    const isWord = (w: string) => ['free', 'freed', 'proceed', 'need', 'nee'].includes(w);
    expect(['freed', 'proceed', 'need'].map((f) => lemmatise(buildLemmaTable([]), f, 'VERB', isWord))).toEqual(['free', 'proceed', 'need']);
  });

  it('keep common words as they are although the treebank lemmatises their misspellings', () => {
    // EWT writes "of" for "off" and "their" for "there" a few times, with the corrected lemma
    const p = parseWords(words('Their leaders said you wonder about the end of my plan.'));
    expect(p.lemmas).toEqual(['their', 'leader', 'say', 'you', 'wonder', 'about', 'the', 'end', 'of', 'my', 'plan', '.']);
    const table = buildLemmaTable([...Array(5).fill({ form: 'of', upos: 'ADP', lemma: 'of' }), ...Array(2).fill({ form: 'of', upos: 'ADP', lemma: 'off' })]);
    expect(lemmatise(table, 'of', 'ADP')).toBe('of');
  });

  // The shipped numbers hold when the treebank is beside the repository (skipped in a bare clone).
  const test = new URL('../../shared/data/ud-english-ewt/en_ewt-ud-test.conllu', import.meta.url);
  let treebank: string | undefined;
  try {
    treebank = readFileSync(test, 'utf8');
  } catch {
    treebank = undefined;
  }
  // The shipped model's scores (README) do not slip; the targets (UAS 0.87, LAS 0.84) are not met yet.
  it.skipIf(!treebank)('keep their EWT test scores (needs ../shared)', () => {
    const s = scoreUd(parseConllu(treebank!).sentences, (forms) => parseWords(forms));
    expect(s.upos).toBeGreaterThanOrEqual(0.95);
    expect(s.uas).toBeGreaterThanOrEqual(FLOOR.uas);
    expect(s.las).toBeGreaterThanOrEqual(FLOOR.las);
  });
});
