import { startsLower, startsUpper } from "../text/chars.js";
import { isSpeechVerb } from "../text/speech-verbs.js";
import { isStopword } from "../text/stopwords.js";
import { CAPITALS, CLASS_NOUNS, CRAFT_NOUNS, HEAD_WORDS, MARKET_CITIES, NAMED_FOR_PEOPLE, PROGRAMME_NOUNS, ROLE_NOUNS, VESSEL_NOUNS, VOCABULARY, WORLD_REGIONS, isEnglishWord, isEverydayPlural, isEverydaySurname, isFirstName, isGazetteerPlace, isPresentVerbForm, isTitlePart, singularOf } from "./lexicon.js";
import { isAcronym, type NameToken } from "./name-tokens.js";
import { ARTICLE, PLACE_RELATIONS, POSSESSIVE_PRONOUNS, SUBJECT_AUXILIARIES, isBodyRelation, opensBodyOfRole, roleGlueBeforeBody, roleNounBefore } from "./roles.js";
import { runListedAfter, runListedBefore, runText, type NameRun } from "./runs.js";
import type { EntityType } from "./types.js";

const NAMING_WORDS: ReadonlySet<string> = new Set(["called", "named", "dubbed", "nicknamed", "titled"]);
/** Forms of `call` before `itself` or `themselves` and the name a body takes: `a gang calling itself BlackVane`. */
const SELF_NAMING: ReadonlySet<string> = new Set(["calling", "calls", "called", "call"]);
/** Forms of `trade` before `as` and the name a business is run under: `who traded as GW Roofing`. */
const TRADING: ReadonlySet<string> = new Set(["trades", "traded", "trading"]);
/** Who works for a body: `a spokesman for Central Maine Power`, `an analyst at Pareto`. */
const EMPLOYEE_NOUNS: ReadonlySet<string> = new Set([
  "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials", "employee", "employees", "analyst", "analysts",
  "economist", "economists", "engineer", "engineers", "researcher", "researchers", "scientist", "scientists",
  "executive", "executives", "strategist", "strategists", "worker", "workers", "staffer", "staffers",
]);
/** What one holds in a company: `shares in`, `a stake in`. */
const STAKE_NOUNS: ReadonlySet<string> = new Set(["share", "shares", "stake", "stakes", "holding", "holdings", "shareholding", "investment", "investments"]);
/**
 * Offices held over a town, a region or a country, so what they are `of` is a place: `the mayor of Dunmore`, `governor of Kaduna`,
 * `the foreign ministers of Velmar and Tarvelia`, `ambassador of Sarno`; a church's too, whose see is named for its town (`the bishop of
 * Dersk`).
 */
const OFFICES_OVER_PLACES: ReadonlySet<string> = new Set(["mayor", "mayors", "governor", "governors", "premier", "premiers", "sheriff", "burgomaster", "alcalde", "prefect", "reeve", "minister", "ministers", "ambassador", "ambassadors", "bishop", "bishops", "archbishop", "archbishops", "archdeacon", "patriarch"]);
/** Who lives in a place, or a stretch of it, named after `of`: `a resident of Hinjewadi`, `low-lying areas of Lekki`, `the edge of Sarnby`. */
const DWELLERS_AND_AREAS: ReadonlySet<string> = new Set(["resident", "residents", "inhabitants", "native", "natives", "area", "areas", "parts", "edge", "streets", "skyline"]);
/** Words between `which` or `to` and the `be` of a passive naming: `which will be called`, `which has since been named`. */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(["will", "would", "is", "has", "had", "since", "to"]);
/** The relative pronouns that open such a naming: `, which will be called`. */
const RELATIVES: ReadonlySet<string> = new Set(["which", "that"]);
/** How far back a naming word looks for its noun: `the elite group within Scientology called the Sea Org`. */
const NAMING_REACH = 4;
const MAX_MEMBERS = 12;

/** Words before which a class noun is a verb: `to label Smith`, `they group Acme with`, `whose country hosts Arkwright`. */
const BEFORE_A_VERB: ReadonlySet<string> = new Set(["to", "i", "we", "you", "they", "he", "she", "it", "who", "that", "which", "will", "would", "can", "could", "should", "may", "might", "must"]);

/**
 * The token as a lower-case noun: a word in lower case, or one capitalised where it opens the sentence (`Carmaker Toyota
 * said`, `Insurers including Swiss Re`).
 */
function nounAt(t: NameToken | undefined, opensSentence: boolean): string | undefined {
  if (t === undefined || t.kind !== "word") return undefined;
  const noun = opensSentence ? t.text.toLowerCase() : t.text;
  return startsLower(noun) ? noun : undefined;
}

function typeOfNoun(t: NameToken | undefined, opensSentence = false): EntityType | undefined {
  const noun = nounAt(t, opensSentence);
  return noun === undefined ? undefined : CLASS_NOUNS.get(noun);
}

/** A plural noun that introduces examples: a class noun, or people's function (`players such as`). */
function typeOfPlural(t: NameToken | undefined, opensSentence = false): EntityType | undefined {
  const noun = t?.text.endsWith("s") ? nounAt(t, opensSentence) : undefined;
  if (noun === undefined) return undefined;
  return CLASS_NOUNS.get(noun) ?? (ROLE_NOUNS.has(noun.slice(0, -1)) ? "person" : undefined);
}

/** A class noun right before the name, used as a noun: not a verb after a subject, `to` or a modal. */
function typeOfNounBefore(nts: readonly NameToken[], i: number, sentenceStart: number): EntityType | undefined {
  const before = nts[i - 1]?.text.toLowerCase();
  if (i === sentenceStart) return typeOfNoun(nts[i], true);
  // (`the think tank Chatham House`: the compound written in two words)
  if (before === "think" && /^tanks?$/.test(nts[i]?.text ?? "")) return "organization";
  return before !== undefined && BEFORE_A_VERB.has(before) ? undefined : typeOfNoun(nts[i]);
}

/**
 * Where the list of names that holds the name at `start..end` begins (`such as Zeus, Hera, Poseidon and
 * Athena`), its members being the sentence's name runs: names joined by commas count as a list only with
 * an `and` or `or` among them, as a comma alone also ends a clause (`in Ashford, Smith said`).
 */
function listStart(runs: readonly NameRun[], nts: readonly NameToken[], start: number, end: number): number {
  let coordinated = false;
  let first = start;
  for (let n = 0; n < MAX_MEMBERS; n++) {
    const previous = runListedBefore(runs, nts, first);
    if (previous === undefined) break;
    coordinated ||= previous.joined;
    first = previous.run.from;
  }
  for (let last = end, n = 0; !coordinated && n < MAX_MEMBERS; n++) {
    const next = runListedAfter(runs, nts, last);
    if (next === undefined) break;
    coordinated ||= next.joined;
    last = next.run.to;
  }
  return coordinated ? first : start;
}

/** Where the word before the list that holds the name stands, past an article: the `of` of `Residents of Varnell and Ostek`. */
function wordBeforeList(nts: readonly NameToken[], runs: readonly NameRun[], start: number, end: number, sentenceStart: number): number {
  const first = listStart(runs, nts, start, end);
  // (`Residents of Varnell and Ostek`: the sentence's capitalised first word and `of` open the list's first run)
  const i = first < start && first === sentenceStart && nts[first + 1]?.text === "of" ? first + 1 : first - 1;
  return nts[i]?.text === "the" ? i - 1 : i;
}

/** `chairman of Impressionist and Modern art`: a role's field, named by everyday words before its noun, which names nothing. */
export function namesFieldOfRole(nts: readonly NameToken[], runs: readonly NameRun[], start: number, end: number, sentenceStart: number): boolean {
  const i = wordBeforeList(nts, runs, start, end, sentenceStart);
  return nts[i]?.text === "of" && (roleNounBefore(nts, i) || opensBodyOfRole(nts, start)) && modifiesNounAfter(nts, start, end);
}

/**
 * Where the noun stands that a name in apposition after the comma at token `comma` is set beside: the word before the
 * comma, or the noun a relative clause there describes (`The shipping company that operates the tanker, Halvik
 * Marine,` is the company, not the tanker).
 */
function describedNoun(nts: readonly NameToken[], comma: number): number {
  for (let k = comma - 2; k > 0 && nts[k]!.kind !== "punct"; k--) {
    // (`said that the company, Halvik Marine,` opens no relative clause)
    if (RELATIVES.has(nts[k]!.text)) return typeOfNoun(nts[k - 1]) === undefined ? comma - 1 : k - 1;
  }
  return comma - 1;
}

/**
 * The type that a lower-case noun before the name gives it, or the list it is part of: `the secularist
 * magazine MicroMega`, `its elite group the Sea Org`, `the island of Islay`, `gods such as Zeus, Hera and
 * Athena`, `a group within Scientology called the Sea Org`.
 */
export function classNounBefore(nts: readonly NameToken[], runs: readonly NameRun[], start: number, end: number, sentenceStart: number): EntityType | undefined {
  const i = wordBeforeList(nts, runs, start, end, sentenceStart);
  const t = nts[i];
  if (t === undefined) return undefined;
  if (t.text === "of") {
    /** The word before `of`, in lower case: `shares`, `residents`, `Mayor`. */
    const ofWhat = (nts[i - 1]?.text ?? "").toLowerCase();
    // `Shares of Meta rose`: what shares are of is a company
    if (ofWhat === "shares" && nts[i + 1]?.text !== "the") return "organization";
    // (not `governor of the Bank of England`: after `the`, a body's name may follow)
    if (typeOfNoun(nts[i - 1]) === "place" || DWELLERS_AND_AREAS.has(ofWhat) || (OFFICES_OVER_PLACES.has(ofWhat) && nts[i + 1]?.text !== "the")) return "place";
    // `executive director of Consumer Watchdog`, `Chairman of the Joint Chiefs`: what a role is held in is a body, unless the
    // gazetteer knows it (`the governor of Lombardy`)
    return (roleNounBefore(nts, i) || opensBodyOfRole(nts, start)) && !isFirstName(nts[start]!.text) && !isTitlePart(nts[start]!.text) && !isGazetteerPlace(runText(nts.slice(start, end))) ? "organization" : undefined;
  }
  // (a spokesman speaks for people too: `a spokesman for Prince Harry`, `for John Smith`)
  // (not the region a role covers: `chief economist for Latin America at Capital Economics`)
  if ((t.text === "for" || t.text === "at") && EMPLOYEE_NOUNS.has(nts[i - 1]?.text ?? "") && !isFirstName(nts[start]!.text) && !isTitlePart(nts[start]!.text) && !WORLD_REGIONS.has(runText(nts.slice(start, end)))) return "organization";
  // `is published by Norvex Books`: a publisher is a body, unless named as someone is (an author may publish their own work)
  if (t.text === "by" && nts[i - 1]?.text === "published" && !isGivenNameAndSurname(nts, start, end)) return "organization";
  // `shares in Orsted`, `a stake in Vestas`: what one holds shares in is a company, not a place
  // (though market reports name a market by its region or its town: `Shares in Asia fell`, `Shares in Frankfurt`)
  if (t.text === "in" && STAKE_NOUNS.has((nts[i - 1]?.text ?? "").toLowerCase())) {
    const name = runText(nts.slice(start, end));
    if (/^(?:shares|stocks?)$/i.test(nts[i - 1]!.text) && (WORLD_REGIONS.has(name) || CAPITALS.has(name) || MARKET_CITIES.has(name))) return "place";
    if (!isFirstName(nts[start]!.text)) return "organization";
  }
  if ((t.text === "as" && nts[i - 1]?.text === "such") || t.text === "including" || t.text === "like") {
    // examples follow a plural (`religions such as Wicca`); after a singular they belong to something
    // said earlier (`defectors from the organization including Tom Devocht`); a name in the possessive owns the example
    // and is none (`books from its libraries, including Ana Ruiz's novel`)
    if (nts[end - 1]?.possessive) return undefined;
    let k = t.text === "as" ? i - 2 : i - 1;
    if (nts[k]?.text === ",") k--;
    return typeOfPlural(nts[k], k === sentenceStart);
  }
  // `four cantons — Schwyz, Glarus and Uri`, `three cities: Lyon, Nice and Lille`: a list set after its plural noun by a dash or a colon
  if (t.text === "—" || t.text === "–" || t.text === ":") return typeOfPlural(nts[i - 1]);
  if (t.text === "as" && TRADING.has(nts[i - 1]?.text ?? "")) return "organization";
  const namesItself = (t.text === "itself" || t.text === "themselves") && SELF_NAMING.has(nts[i - 1]?.text ?? "");
  if (NAMING_WORDS.has(t.text) || (t.text === "as" && nts[i - 1]?.text === "known") || namesItself) {
    // (`The chip, called Meridian,`: the naming may be set off by a comma, and told in a passive of its own: `the combined
    // company, which will be called Halvik Norvex`, `the merged bank, to be named Sarno Tarvel`)
    let from = t.text === "as" || namesItself ? i - 2 : i - 1;
    if (nts[from]?.text === "be" || nts[from]?.text === "been") {
      let k = from - 1;
      while (PASSIVE_AUXILIARIES.has(nts[k]?.text ?? "")) k--;
      if (RELATIVES.has(nts[k]?.text ?? "")) k--;
      const opener = nts[k + 1]?.text ?? "";
      if (nts[k]?.text === "," && (RELATIVES.has(opener) || opener === "to")) from = k;
    }
    if (nts[from]?.text === ",") from--;
    for (let k = from, n = 0; k >= 0 && n < NAMING_REACH && nts[k]!.kind !== "punct"; k--, n++) {
      const type = typeOfNoun(nts[k]);
      if (type !== undefined) return type;
    }
    return undefined;
  }
  // `head of the local rescue agency, Basarnas.`: a body's or a place's noun names it in apposition, set off by a comma,
  // where the name ends the phrase and no given name opens it (`thanked the head of the agency, Mariam.` names its head)
  if (t.text === "," && endsPhrase(nts[end])) {
    const head = describedNoun(nts, i);
    const type = typeOfNoun(nts[head]);
    if ((type === "organization" || type === "place") && !isFirstName(nts[start]!.text)) return type;
    // `The vessel, Aurora Borealis,`, `the satellite, Meteor Sentinel 4,`: a ship or a craft in apposition to its noun, though
    // named as a woman or a newspaper is
    const noun = nts[head]?.text ?? "";
    if ((VESSEL_NOUNS.has(noun) || CRAFT_NOUNS.has(noun)) && ARTICLE.has((nts[head - 1]?.text ?? "").toLowerCase())) return "other";
    // (and a work in apposition to its noun, perhaps described, after its article or its maker's possessive, a pronoun or a
    // name, unless named as someone is: `His last novel, Winter Harbour,`, `Ivo Lusk's third novel, The Salt Road,`)
    const opensWork = (t: NameToken | undefined) => t !== undefined && (WORK_DETERMINERS.has(t.text.toLowerCase()) || (t.possessive && startsUpper(t.text)));
    if (type === "other" && !isFirstName(nts[start]!.text) && (opensWork(nts[head - 1]) || opensWork(nts[head - 2]))) return "other";
  }
  // `the Singapore-flagged Dali`: what flies a country's flag is a ship
  if (t.text === "flagged") return "other";
  // `Vale and its partner BHP Billiton`: a body's partner or owner is a body, unless named as someone is; a town's neighbour is a place
  if (isBodyRelation(nts, i)) return isGivenNameAndSurname(nts, start, end) ? undefined : PLACE_RELATIONS.has(t.text) ? "place" : "organization";
  // (a noun in the possessive owns what the name modifies: `the weather service's Phoenix office` is in Phoenix)
  if (t.possessive) return undefined;
  const type = typeOfNounBefore(nts, i, sentenceStart);
  // `broadcaster David Attenborough`, `the developer Jane Doe`: a body's noun for a doer may be a person's, whose name this is;
  // so is the body a role is held in (`the director of the museum Jan Weber`), and one a clause after the name tells of
  // (`the company Ana Ruiz founded was sold`), whose verb the sentence's own follows
  if (type === "organization" && (DOER.test(t.text) || roleGlueBeforeBody(nts, i) !== undefined || relativeClauseAfter(nts, end)) && isGivenNameAndSurname(nts, start, end)) return undefined;
  // a work's title is read only when nothing of a clause follows it: in `the book Smith wrote`, Smith wrote it; a craft's
  // or a ship's name whatever follows (`the tanker Borvin Star sank`), and so is a title a place's head word ends, as no
  // one who makes a work is so named (`her film The Glass Road won`)
  const noun = nounAt(t, i === sentenceStart) ?? "";
  const placeHeaded = HEAD_WORDS.get(nts[end - 1]!.text) === "place";
  return type === "other" && !endsPhrase(nts[end]) && !CRAFT_NOUNS.has(noun) && !VESSEL_NOUNS.has(noun) && !placeHeaded ? undefined : type;
}

/**
 * `Modern` in `head of Modern art`, `Impressionist` in `Impressionist and Modern art`: one capitalised everyday word,
 * alone or joined to others like it, before a lower-case noun it describes (not a verb: `head of Acme resigned`).
 */
function modifiesNounAfter(nts: readonly NameToken[], start: number, end: number): boolean {
  const everyday = (t: NameToken | undefined) => t !== undefined && t.kind === "word" && startsUpper(t.text) && isEverydayAdjective(t.text.toLowerCase()) && !isFirstName(t.text);
  if (end - start !== 1 || !everyday(nts[start])) return false;
  let k = end;
  while ((nts[k]?.text === "and" || nts[k]?.text === "or" || nts[k]?.text === ",") && everyday(nts[k + 1])) k += 2;
  const noun = nts[k];
  return noun !== undefined && noun.kind === "word" && startsLower(noun.text) && isEnglishWord(noun.text) && !isStopword(noun.text) && !isSpeechVerb(noun.text) && !/(?:ed|ing)$/.test(noun.text) && !isPresentVerbForm(noun.text);
}

/**
 * An everyday word shaped as an adjective, or an -ist one of an everyday stem: `modern`, `contemporary`, `impressionist`
 * (not a noun some body takes for its name: `Shell`, `Unite`).
 */
function isEverydayAdjective(lower: string): boolean {
  return ADJECTIVE_ENDING.test(lower) && (isEnglishWord(lower) || (lower.endsWith("ist") && isEnglishWord(lower.slice(0, -3))));
}
const ADJECTIVE_ENDING = /(?:ern|ary|ist|ic|al|ive|ous|an)$/;

/** `the body Ana Ruiz found was cold`: a lower-case verb at `at`, then the sentence's own verb, makes a clause of who did what to the noun. */
function relativeClauseAfter(nts: readonly NameToken[], at: number): boolean {
  const verb = nts[at];
  return verb !== undefined && startsLower(verb.text) && SUBJECT_AUXILIARIES.has(nts[at + 1]?.text ?? "");
}

/** What opens a work's noun set before its title: `the film`, `his last novel`. */
const WORK_DETERMINERS: ReadonlySet<string> = new Set([...ARTICLE, ...POSSESSIVE_PRONOUNS]);

/** A noun for one who does something: `broadcaster`, `developer`, `operators`. */
const DOER = /(?:er|or)s?$/;
/** Words of size that rank a doer among its kind: `Velmar's biggest producer`, `the largest employer`. */
const SIZE_RANKS: ReadonlySet<string> = new Set(["biggest", "largest"]);
/** Units of land, which measure only a place: `a 40-acre site`, `a 200-hectare estate`. */
const LAND_UNITS: ReadonlySet<string> = new Set(["acre", "hectare"]);

/** `a 40-acre site`: a figure glued to a unit of land among the words from `first` to `end`, which makes their noun a place's. */
function measuredAsLand(nts: readonly NameToken[], first: number, end: number): boolean {
  for (let k = first + 1; k < end; k++) if (LAND_UNITS.has(nts[k]!.text) && /^\d[\d,.]*$/.test(nts[k - 1]!.text)) return true;
  return false;
}

/**
 * A given name and one or two more capitalised words, the last no everyday word unless a common surname:
 * `Jane Okafor`, `Charlotte Church`, not `Simon & Schuster` or `Brisa Air`.
 */
function isGivenNameAndSurname(nts: readonly NameToken[], start: number, end: number): boolean {
  if (end - start < 2 || end - start > 3 || !isFirstName(nts[start]!.text)) return false;
  for (let k = start; k < end; k++) if (nts[k]!.kind !== "word" || !startsUpper(nts[k]!.text)) return false;
  const last = nts[end - 1]!.text;
  // (a surname may be a rarer word of the dictionary: `Ben Ode`, `Kai Moss`)
  return !VOCABULARY.has(last.toLowerCase()) || isEverydaySurname(last);
}

/**
 * `the French firm leading the team`, `a Shenzhen company known for`, `a company better known for`: a participle, or an
 * adverb that grades or dates one, after a class noun starts what the phrase says of its head (`a French mining company` goes on).
 */
function participleAfterHead(nts: readonly NameToken[], i: number, first: number): boolean {
  const word = nts[i]!.text;
  return i > first && (/^\p{Ll}+(?:ing|ed)$/u.test(word) || PARTICIPLES_AFTER_HEAD.has(word)) && typeOfNoun(nts[i - 1]) !== undefined;
}

/** Irregular participles, and the adverbs before one, that follow an appositive's head: `known`, `better known`, `formerly owned`. */
const PARTICIPLES_AFTER_HEAD: ReadonlySet<string> = new Set(["known", "led", "better", "best", "widely", "well", "formerly", "once", "now"]);

/** Words that end a noun phrase in apposition: its head stands before them (`a business school in São Paulo`). */
const AFTER_A_HEAD: ReadonlySet<string> = new Set(["in", "of", "for", "at", "on", "from", "near", "between", "beside", "along", "off", "across", "behind", "beneath", "opposite", "outside", "with", "that", "which", "whose", "based", "headquartered", "founded", "owned", "run", "set", "and", "about", "by", "to", "who", "where"]);
/** Words of an appositive from after its article to its head, the head included: `a Boston-based brokerage`. */
const APPOSITIVE_WORDS = 3;

/**
 * A word of an appositive before its head: a word, not a preposition or relative one unless glued by a hyphen (`Boston-based`),
 * or a figure (`a 2011 song`).
 */
function continuesAppositive(t: NameToken): boolean {
  return t.kind === "number" || (t.kind === "word" && (t.hyphenBefore || !AFTER_A_HEAD.has(t.text)));
}

/**
 * The type a noun phrase in apposition after the name gives it, with whether a comma closes the phrase:
 * `Insper, a business school in São Paulo,`, `Verlinden, a Dutch insurer,`, `Ridgeway Analytics, a data
 * startup.` The phrase's head is its last word before punctuation or a preposition, so `Smith, a school
 * teacher` is described by `teacher`, a person's function, and by no class noun.
 */
export function classNounAfter(nts: readonly NameToken[], start: number, end: number, sentenceEnd: number): { type: EntityType; closed: boolean } | undefined {
  // (`Hope Harbour, one of Britain's largest children's charities,`: the kind it is one of, in a phrase its superlative makes longer)
  const oneOf = nts[end + 1]?.text === "one" && nts[end + 2]?.text === "of";
  // (`Norvex, Velmar's biggest lender,`: a name in the possessive may open the phrase as an article does)
  const owner = nts[end + 1]?.possessive === true;
  // (and so may a possessive pronoun before a work's noun: `Glass Harbour, their new song,`, though `Halley, its research
  // station,` may be a body's or a place's)
  const pronoun = POSSESSIVE_PRONOUNS.has(nts[end + 1]?.text ?? "");
  if (nts[end]?.text !== "," || !(oneOf || owner || pronoun || ARTICLE.has(nts[end + 1]?.text ?? ""))) return undefined;
  const first = end + (oneOf ? 3 : 2);
  const head = phraseHead(nts, start, end, first, sentenceEnd, oneOf ? 2 : 0);
  if (head === undefined || (pronoun && head.type !== "other")) return undefined;
  // (a preposition's phrase may follow the head before the comma: `a business school in São Paulo,`)
  let k = head.end;
  while (k < sentenceEnd && k < head.end + 6 && nts[k]!.kind !== "punct") k++;
  return { type: head.type, closed: nts[k]?.text === "," };
}

/** Verbs that say what the subject is, with the noun phrase after them: `is a`, `became the first`, `has become the latest`. */
const COPULAS: ReadonlySet<string> = new Set(["is", "was", "became", "becomes", "remains", "remained"]);

/**
 * The type a noun phrase after a copula gives the name before it: `Tarvel has become the latest country to launch`,
 * `Norvex is a company that makes cars`, `Kelmo was the first club to`.
 */
export function predicateClassNoun(nts: readonly NameToken[], start: number, end: number, sentenceEnd: number): EntityType | undefined {
  const perfect = (nts[end]?.text === "has" || nts[end]?.text === "had") && (nts[end + 1]?.text === "become" || nts[end + 1]?.text === "been");
  const article = perfect ? end + 2 : end + 1;
  if (!(perfect || COPULAS.has(nts[end]?.text ?? "")) || !ARTICLE.has(nts[article]?.text ?? "")) return undefined;
  return phraseHead(nts, start, end, article + 1, sentenceEnd, 0)?.type;
}

/** The head of a describing noun phrase from `first`, its last word before punctuation or a preposition, and the type its noun gives. */
function phraseHead(nts: readonly NameToken[], start: number, end: number, first: number, sentenceEnd: number, extraWords: number): { type: EntityType; end: number } | undefined {
  const goesOn = (k: number) => continuesAppositive(nts[k]!) && !participleAfterHead(nts, k, first);
  let i = first;
  while (i < sentenceEnd && i < first + APPOSITIVE_WORDS + extraWords && goesOn(i)) i++;
  // (a phrase that goes on past its bound has a head further on)
  if (i === first || (i < sentenceEnd && goesOn(i)) || nts[i - 1]!.possessive) return undefined;
  // (`Norvex Steel, Velmar's biggest producer,`: a doer ranked by its size is a business, though the noun names a role too)
  // (and a noun of no kind is a place's when the phrase measures it in land: `Orsel Meadows, a 40-acre site,`)
  const type = typeOfNoun(nts[i - 1]) ?? (DOER.test(nts[i - 1]!.text) && SIZE_RANKS.has(nts[i - 2]?.text ?? "") ? "organization" : measuredAsLand(nts, first, i - 1) ? "place" : undefined);
  if (type === undefined) return undefined;
  // (`Dan Snow, the broadcaster,`: a body's noun for a doer may be a person's, as before a name)
  if (type === "organization" && DOER.test(nts[i - 1]!.text) && isGivenNameAndSurname(nts, start, end)) return undefined;
  return { type, end: i };
}

/**
 * A body or a place that the name modifies, in a noun right after it: `the KCNA news agency`, `the Wagner
 * group`, `the Hudson river`. One lower-case word may stand between (`news`, `state`); a verb may not, as
 * in `Smith told company staff`, nor may a plural, which may be a verb (`Smith banks on`).
 */
export interface NounAfter {
  /** `other` for a craft: `the Europa Clipper spacecraft`; `person` for a family: `the Hoffmann family`. */
  readonly type: "organization" | "place" | "person" | "other";
  /** The noun is of a place or body often named for a person: `Kamal Adwan hospital`. */
  readonly namedForPeople: boolean;
  /** The noun is a programme's, which the name of the body that runs it may stand before: `the Acme project`. */
  readonly programme?: boolean;
  /** The noun is `party`: a party is named, where a town before another body's noun says where it is (`the Ghent museum`). */
  readonly party?: boolean;
  /** A body's noun describes the name after it, which no owner has: `the Dersk firm Orvek Studio`, where the word before says where the body is. */
  readonly describesBody?: boolean;
}

export function classNounRightAfter(nts: readonly NameToken[], start: number, end: number): NounAfter | undefined {
  if (LIST_JOINS.has(nts[end]?.text ?? "")) return pluralNounOfNextName(nts, end + 1);
  let at = end;
  let t = nts[at];
  if (t === undefined || t.kind !== "word" || !startsLower(t.text)) return undefined;
  if (ARMED_MEMBERS.has(t.text) || FIRM_MEMBERS.has(t.text) || FIRM_DEALS.has(t.text)) return { type: "organization", namedForPeople: false };
  if (STOCK_NOUNS.has(t.text) && MARKET_MOVES.has(nts[end + 1]?.text ?? "")) return { type: "organization", namedForPeople: false };
  if (FAMILY_NOUNS.has(t.text)) return { type: "person", namedForPeople: false };
  // `the Tarvel international, who scored`, `Kelmo international Ben Ode`: a player capped by the land the name says (where
  // `international` qualifies a noun after it, that noun says: `the Dersk international airport`)
  if (t.text === "international") {
    const next = nts[end + 1];
    // (nor where a verb follows: `the Tellan international has agreed`, `the Dersk international scored`)
    if (next === undefined || next.kind !== "word" || !startsLower(next.text) || isStopword(next.text) || next.text.endsWith("ed")) return { type: "place", namedForPeople: false };
  }
  // `the Aude department`: a country's division, where a field's name or an acronym names a body's (`the History department`, `the NFTD department`)
  if (t.text === "department") return end - start === 1 && !isFieldWord(nts[start]!.text) ? { type: "place", namedForPeople: false } : undefined;
  if (!CLASS_NOUNS.has(t.text) && !PROGRAMME_NOUNS.has(t.text)) {
    const w = t.text;
    // (`news` is a modifier, in `news agency`, though it is no name's word)
    if (w !== "news" && (isStopword(w) || isSpeechVerb(w) || w.endsWith("ed") || w.endsWith("ly") || w.endsWith("s"))) return undefined;
    // (after a plural noun the word is its verb: `Envoys visit palace`)
    if (end - start === 1 && isEverydayPlural(nts[start]!.text)) return undefined;
    t = nts[++at];
    if (t === undefined || t.kind !== "word" || t.start !== nts[end]!.end + 1) return undefined;
  }
  // (a plural after a name counts people or things named for it, `the Kennedy brothers`, save land: `the Sierra Bermeja mountains`;
  // after the last of a list, it is each name's noun: `Hawthorne and Cedar Ridge elementary schools`, `Oak and Maple streets`)
  if (t.possessive) return undefined;
  // (a craft's plural counts craft of a model: `two Hercules transport planes`, `Patriot missiles`)
  if (CRAFT_NOUNS.has(t.text)) return { type: "other", namedForPeople: false };
  const listed = LIST_JOINS.has(nts[start - 1]?.text ?? "") && startsUpper(nts[start - 2]?.text ?? "");
  const word = t.text.endsWith("s") && CLASS_NOUNS.get(t.text) !== "place" ? (listed ? singular(t.text) : undefined) : t.text;
  if (word === undefined) return undefined;
  if (PROGRAMME_NOUNS.has(word)) return { type: "other", namedForPeople: false, programme: true };
  // (a station a name modifies is a building, `the East L.A. station`, where `the station Radio X` is a broadcaster)
  const noun = word === "station" ? "place" : CLASS_NOUNS.get(word);
  // (not a gathering the party holds in a town: `the Brighton party conference`)
  if (word === "party" && !GATHERINGS.has(nts[at + 1]?.text ?? "")) return { type: "organization", namedForPeople: false, party: true };
  // (after `a`, the words before a school's, a hospital's or a firm's noun say where it is: `a Kelmo primary school`, `a Sarno
  // hospital`, `a Tellan charity`, where `Cedar Ridge elementary school` and `the Kelmo school` are named)
  if (/^an?$/i.test(nts[start - 1]?.text ?? "") && LOCAL_INSTITUTIONS.has(word)) return { type: "place", namedForPeople: false };
  const read = nounOfBodyOrPlace(noun, word);
  return read?.type === "organization" && !OWNED_BODIES.has(word) && describesNameAfter(nts, at) ? { ...read, describesBody: true } : read;
}

/** Institutions and firms of which a town has many, so that `a` before the town's name says which town, not which one. */
const LOCAL_INSTITUTIONS: ReadonlySet<string> = new Set(["school", "hospital", "charity", "firm", "company", "church"]);

/** A body another owns, whose owner's name may stand before its noun: `the Norvex unit Kelmo Labs`, `the Disney studio Pixar`. */
const OWNED_BODIES: ReadonlySet<string> = new Set(["subsidiary", "unit", "division", "brand", "label", "chain", "fund", "venture", "studio"]);

/**
 * `Smartphone maker Norvex`, `Chip design firm Halvik`: a class noun (of one or two words) right before a name that is no
 * title describes that name, so the word before the noun says what trade it is in and names nothing.
 */
export function describesNameAfter(nts: readonly NameToken[], end: number): boolean {
  for (let at = end + 1; at <= end + 2; at++) {
    const t = nts[at];
    if (t === undefined || t.kind !== "word" || t.start !== nts[at - 1]!.end + 1) return false;
    if (startsUpper(t.text)) return !isTitlePart(t.text);
  }
  return false;
}

/** An everyday word, in the singular or the plural (`History`, `Maths`), or an acronym (`NFTD`): a field a body's department works in. */
function isFieldWord(word: string): boolean {
  const lower = word.toLowerCase();
  return isEnglishWord(lower) || (lower.endsWith("s") && isEnglishWord(lower.slice(0, -1))) || isAcronym(word);
}

const GATHERINGS: ReadonlySet<string> = new Set(["conference", "conferences", "congress", "convention", "rally", "rallies", "meeting", "meetings", "gathering", "scene"]);

/** `Boko Haram extremists`, `Wagner fighters`: the armed members a group's name is written before (not `loyalists`, whom a person has). */
const ARMED_MEMBERS: ReadonlySet<string> = new Set(["militants", "extremists", "insurgents", "jihadists", "rebels", "fighters", "guerrillas", "gunmen", "separatists", "militiamen"]);

/** `Qualcomm executives`, `Vantiq shareholders`: those a firm has and a person does not (not `staffers` nor `aides`: `Senator Reed's staffers`). */
const FIRM_MEMBERS: ReadonlySet<string> = new Set(["executives", "employees", "shareholders", "stockholders"]);

/** `the Kelvar acquisition`, `the Orsel takeover`: deals in which a firm is bought or joined. */
const FIRM_DEALS: ReadonlySet<string> = new Set(["acquisition", "takeover", "buyout", "merger"]);

/** `Brivolt shares rose`: a listed firm's stock, told apart from the verb (`Reed shares her view`) by the move after it. */
const STOCK_NOUNS: ReadonlySet<string> = new Set(["shares", "stock", "stocks"]);
const MARKET_MOVES: ReadonlySet<string> = new Set([
  "rose", "fell", "jumped", "dropped", "climbed", "gained", "slid", "slipped", "tumbled", "surged", "soared", "plunged", "sank", "slumped",
  "rallied", "edged", "dipped", "declined", "advanced", "closed", "ended", "opened", "traded", "rise", "fall", "jump", "drop", "climb",
]);

/** `the Hoffmann family`, `the Bhutto dynasty`, `the Wright brothers`: the name before is the family's name, which is a person's, not a place's. */
export const FAMILY_NOUNS: ReadonlySet<string> = new Set(["family", "families", "clan", "clans", "dynasty", "household", "brothers", "sisters", "twins", "siblings"]);

/** What a class noun after a name says of it, when the noun is a body's or a place's. */
function nounOfBodyOrPlace(noun: EntityType | undefined, singularNoun: string): NounAfter | undefined {
  return noun === "organization" || noun === "place" ? { type: noun, namedForPeople: NAMED_FOR_PEOPLE.has(singularNoun) } : undefined;
}

const LIST_JOINS: ReadonlySet<string> = new Set(["and", "or", "&"]);
const MAX_LISTED_NAME_WORDS = 3;

/** The first of two names sharing a plural noun: `Ada` in `Ada and Boise counties`, `Harvard and Yale universities`. */
function pluralNounOfNextName(nts: readonly NameToken[], from: number): NounAfter | undefined {
  let k = from;
  while (k < from + MAX_LISTED_NAME_WORDS && nts[k]?.kind === "word" && startsUpper(nts[k]!.text) && !nts[k]!.possessive) k++;
  const t = nts[k];
  if (k === from || t === undefined || t.kind !== "word" || t.possessive || !t.text.endsWith("s") || t.start !== nts[k - 1]!.end + 1) return undefined;
  // (`Patriot and Stinger missiles`: a craft's plural is each model's, as after the last name)
  if (CRAFT_NOUNS.has(t.text)) return { type: "other", namedForPeople: false };
  const noun = CLASS_NOUNS.get(t.text) === "place" ? "place" : CLASS_NOUNS.get(singular(t.text));
  return nounOfBodyOrPlace(noun, singular(t.text));
}

/** `schools` → `school`, `universities` → `university`, `churches` → `church`. */
function singular(plural: string): string {
  return /(?:ch|sh|ss|x)es$/.test(plural) ? plural.slice(0, -2) : singularOf(plural);
}

const AFTER_A_TITLE: ReadonlySet<string> = new Set(["and", "or", "by", "is", "was", "has", "had", "which", "that", "in", "on", "at", "from", "for", "with", "about"]);

function endsPhrase(t: NameToken | undefined): boolean {
  // (a number after a title is its version or sequel: `the markup language HTML 5`)
  return t === undefined || t.kind !== "word" || AFTER_A_TITLE.has(t.text);
}
