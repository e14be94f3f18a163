import { isCalendarName } from "../dates/calendar.js";
import type { ArticleParagraph } from "../model.js";
import { isProse } from "../structure/prose.js";
import type { Span } from "../text/positions.js";
import { isSpeechVerb, speechFollows } from "../text/speech-verbs.js";
import { isSimplePast, isUnchangedPastAfter } from "../text/past-tense.js";
import { isSentenceOpener, isStopword } from "../text/stopwords.js";
import type { Sentence } from "../text/sentences.js";
import type { Token } from "../text/tokenize.js";
import type { AliasTable } from "./aliases.js";
import { classNounAfter, classNounRightAfter, describesNameAfter } from "./class-nouns.js";
import { classified, classifyName, hasInnerCapital, isKnownWord, isListedOrganization, isPeerageName, isWellKnownOrganization, type Classification } from "./classify.js";
import { joinForeignBodyNames } from "./foreign-bodies.js";
import { CAPITALISED_WORD, CITIES, CLASS_NOUNS, COMPASS, COUNTRIES, COURTESY_TITLE, CRAFT_PREFIXES, DEMONYMS, ENGLISH_FIRST_NAMES, EVENT_PREFIXES, FEMININE_NAMES, FIRST_NAMES, GROUP_WORDS, HEAD_WORDS, HONORIFICS, INDUSTRY_HEADS, LEGISLATURES, MASCULINE_NAMES, NAME_PARTICLES, NAME_PREFIXES, OFFICE_WORDS, ORGANIZATION_PREFIXES, PARTY_MEMBERS, POLICE_RANKS, PORTFOLIO_OFFICES, PORTFOLIOS, REGIONS, ROLE_MODIFIERS, ROLE_NOUNS, SCALE_NOUNS, SECTORS, SURNAMES, VESSEL_NOUNS, VOCABULARY, hasGermanicParticle, isAgentPlural, isCommonInitialism, isEnglishWord, isEverydayPlural, isEverydaySurname, isFieldBodyName, isFirstName, isGazetteerPlace, isGeneralOffice, isInitialsBeforeName, isMenPlural, isNameBeforeSurnameHead, isNegatedParticiple, isOrganizationHead, isPresentVerbForm, isClosedCompound, isLegalSuffix, isPrefixedRole, isTitledSurname, isTitlePart, isTwoWordHonorific, isUnlistedWord, namesPortfolio, ownsTrailingTitleWords, singularOf, stormKindOfPlural, surnameAt, trailingTitleStart } from "./lexicon.js";
import { LOCATIVES } from "../text/prepositions.js";
import { NameContext, afterPlacePreposition, ageFollows, isResidentNoun, namesStateInstitution, ownsPersonAfter, partyFollows, residentAfter, type RunSetting } from "./name-context.js";
import { initialismsSpelledInLowerCase } from "./lower-case-initialisms.js";
import { LIST_COMMA, nameLists } from "./lists.js";
import { acronymLetters, ampersandForm, initialsOf, isAcronym, isEverydayCompound, isPossessiveNameWord, isRomanizedGivenName, nameTokens, possessiveAt, possessiveForms, type NameToken, withoutPossessive } from "./name-tokens.js";
import { spellOutLongForms } from "./long-forms.js";
import { joinQuotedNicknames, nicknameOpensName } from "./nicknames.js";
import { partyTagAt, type PartyTag } from "./party-tags.js";
import { ARTICLE, ROLE_GLUE, SUBJECT_AUXILIARIES, courtSideBefore, fieldHonorificOfBody, isAddressOnly, isRoleNoun, leadingAppositive, leadingRoleOf, leftRolePhrase, opensBodyOfRole, predicateRoles, rolesFromPhrase } from "./roles.js";
import { isPersonNoun } from "./unnamed-people.js";
import { CONNECTORS, describedStrangersName, findRuns, holdsPortfolio, isInstitutionName, runListedAfter, runText, strangersName } from "./runs.js";
import { inTickerCode } from "../text/tickers.js";
import { scoreFollows } from "./teams.js";
import { extendNumberedNames } from "./numbered-names.js";
import { hasLower, isCapitalsWord, isSpace, isUpper, startsUpper } from "../text/chars.js";
import { wordBefore } from "../text/word-before.js";
import { nameMatchKey } from "../text/fold.js";
import { insideAny, lastAtMost } from "../text/search.js";
import type { LowerCaseWords } from "../text/lower-words.js";
import { isTitleCase, titleCase } from "../text/title-case.js";

/** One name as written in one place, before mentions are grouped into entities. */
export interface Candidate {
  readonly name: string;
  readonly words: readonly string[];
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly cls: Classification;
  readonly roles: readonly string[];
  /** A plural honorific (Sens.) stood before it, to be shared with a name joined by `and`. */
  readonly pluralTitle?: string;
  /**
   * The index of the candidate this is another name for: the one before, in parentheses right after it (`Helios Power
   * Systems (HPS)`) or after `known as`; or, for a single word, the longer name after it (`Jin, whose real name is Kim Seok-jin`).
   */
  readonly parentheticalOf?: number;
  /** A nickname in quotation marks inside the name (`Joaquín "El Chapo" Guzmán`), by which later mentions name the person too. */
  readonly nickname?: string;
  /** A work's title set in quotation marks (`Nolan's “Oppenheimer”`): it names the work, not the person or place it is named for. */
  readonly work?: boolean;
  /** A match or words of sport show it names a side (`beat the Corvel Mariners 7-3`). */
  readonly side?: boolean;
}

interface Pending extends RunSetting {
  readonly toIndex: number;
  readonly sentence: number;
  readonly mode: "plain" | "initial" | "titlecase";
  /** In a headline or deck, where a descriptor often stands before a name (`Chipmaker Nordvale to cut jobs`). */
  readonly header: boolean;
  /** Words the article writes as a name of their own (`Jafari said`), filled before any run is read. */
  readonly loneWords: ReadonlySet<string>;
}

/** Words that join the parts of a name but never start or end one. */
const GLUE_WORDS = new Set(["of", "for", "the", "and", "&"]);

/** Marks after which a clause opens: quotes, brackets, dashes, and the bars and bullets of a headline's section label (`Opinion | The town hall`). */
const OPENING = new Set(["“", "‘", '"', "'", "(", "[", "—", "–", "-", "…", "|", "•", "·"]);

/** The token at `i` opens a clause; a straight quote glued to what precedes it closes one (`so," Rovers manager`). */
function opens(nts: readonly NameToken[], i: number): boolean {
  const t = nts[i]!;
  if (!OPENING.has(t.text)) return false;
  const before = nts[i - 1];
  return !((t.text === '"' || t.text === "'") && before !== undefined && before.end === t.start);
}

/**
 * Past the number of a numbered list's item that opens a line, `3 Sailor knots hold`, `2) Painter's tape`: the item's
 * first word opens a sentence.
 */
function afterListNumber(text: string, nts: readonly NameToken[], i: number): number {
  const t = nts[i];
  if (t === undefined || t.kind !== "number" || !/^\d{1,3}$/.test(t.text) || (t.start > 0 && text[t.start - 1] !== "\n")) return i;
  return nts[i + 1]?.text === ")" ? i + 2 : i + 1;
}

/** A line in capitals (`STAR'S SECRET WEDDING SHOCK!`): its words are not acronyms. */
function isShouting(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}{3,}/u.test(w));
  return words.length >= 2 && words.filter((w) => !hasLower(w)).length / words.length >= 0.6;
}

/**
 * A capitalised everyday word, or one shaped like a noun for what someone does (`Campaigner`, `Activist`),
 * that is no name's word: before a person's name it describes them (`Campaigner Sue Pratt`, `Foreign Affairs Simon Coveney`).
 */
function isDescribingWord(word: string, aliases: AliasTable): boolean {
  const lower = word.toLowerCase();
  // (and the plural of one, which no surname is: `Organisers Emily Eavis and`)
  const plural = lower.endsWith("s") && namesSomeone(lower.slice(0, -1)) && !SURNAMES.has(word);
  return CAPITALISED_WORD.test(word) && (VOCABULARY.has(lower) || namesSomeone(lower) || plural || isNegatedParticiple(lower)) && isNoNameWord(word, aliases);
}

/** A noun for someone: what they do (`campaigner`, `activist`) or where they live (`resident`, `neighbour`). */
function namesSomeone(lower: string): boolean {
  return isRoleNoun(lower) || isResidentNoun(lower) || isPersonNounByEnding(lower);
}

/** The endings of nouns for someone (`campaigner`, `activist`, `resident`), which roles.ts's `AGENT_NOUN` narrows for roles. */
const PERSON_NOUN_ENDING = /(?:er|or|ist|ian|ant|ent)$/;

/**
 * A word with such an ending that a dictionary lists, or whose stem it does (`podcaster`,
 * `influencer`): not a given name of that shape no dictionary knows (`Sukhvinder`).
 */
function isPersonNounByEnding(lower: string): boolean {
  const suffix = PERSON_NOUN_ENDING.exec(lower);
  if (suffix === null) return false;
  if (isEnglishWord(lower)) return true;
  const stem = lower.slice(0, suffix.index);
  return isEnglishWord(stem) || isEnglishWord(`${stem}e`) || (/(.)\1$/.test(stem) && isEnglishWord(stem.slice(0, -1)));
}

/** A noun for whoever does something, a person or a firm: `campaigner`, `developer`, `operator`. */
function isDoerNoun(lower: string): boolean {
  return isRoleNoun(lower) || /(?:er|or)$/.test(lower);
}

/**
 * A noun a dictionary or the class nouns list for a firm, or one shaped like a noun for a doer whose stem a dictionary
 * lists (`Headliners`), before a name of one word that is not an everyday one: `Carmaker Toyota`, `Insurers Allianz`,
 * `Headliners Norvex`, not `Goldman Sachs` or `Carrier Global`.
 */
function describesFirm(lower: string, name: string): boolean {
  const singular = lower.replace(/s$/, "");
  return (CLASS_NOUNS.has(lower) || isEnglishWord(singular) || isPersonNounByEnding(singular)) && !isEnglishWord(name.toLowerCase());
}

/** A capitalised word no dictionary or gazetteer lists, as a firm's coined name is: `Greenvale`, `Pellworth`. */
function isCoinedWord(word: string): boolean {
  return CAPITALISED_WORD.test(word) && !isEnglishWord(word.toLowerCase()) && !isGazetteerPlace(word);
}

/** Head words of chambers, which end their names (`House of Representatives`) and open none. */
const CHAMBER_TAILS: ReadonlySet<string> = new Set(["Representatives", "Councillors", "Councilors", "Delegates", "Deputies", "Commons", "Lords"]);

/**
 * Words that describe a person or a body and open a sentence before its name: a tenure (`Former Arsenal boss`,
 * `Veteran Acme chief`), a standing (`Rival Greencore Group`, `Fellow Democrat Ivo Brandt`, before a list: `Rivals Samsung
 * and Huawei`, `Teammates Ana Ruiz and`), a plight (`Embattled Acme Corp`) or a border (`Neighbouring Velmar offered`).
 */
const DESCRIBING_OPENERS: ReadonlySet<string> = new Set([
  "Former", "Longtime", "Long-time", "Veteran", "Retired", "Outgoing", "Incoming", "Erstwhile",
  "Rival", "Rivals", "Competitors", "Fellow", "Teammates", "Compatriots",
  "Embattled", "Beleaguered", "Troubled", "Struggling", "Ailing", "Disgraced", "Ousted", "Jailed",
  "Neighbouring", "Neighboring",
]);

/** Greetings that open a sentence before whom they greet, though no dictionary has them or a list of given names does: `Hi Mara`. */
const GREETINGS: ReadonlySet<string> = new Set(["Hi", "Hiya", "Howdy"]);

/** A capitalised word that may be a common noun rather than a name's: no first name, title, head word, name prefix or particle, or known name. */
function isNoNameWord(word: string, aliases: AliasTable): boolean {
  return !isFirstName(word) && !isTitlePart(word) && !HEAD_WORDS.has(word) && !NAME_PREFIXES.has(word) && !NAME_PARTICLES.has(word) && !isKnownWord(word, aliases);
}

/** Prepositions of place, which open a sentence before where something happens: `Outside Parliament, campaigners gathered`. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["Outside", "Inside", "Near", "Behind", "Throughout", "Beneath", "Alongside", "Underneath", "Atop", "Opposite", "Around"]);

/**
 * `Outside Parliament,`, `Near Sarno Station,`: a preposition of place opening the sentence before a name that a comma
 * closes, or that a list knows, is no part of it (`Inside Out` and `Near East` go on; a known name is never cut).
 */
function opensPlacePhrase(run: Pending, parts: readonly NameToken[], aliases: AliasTable): boolean {
  if (!PLACE_PREPOSITIONS.has(parts[0]!.text)) return false;
  return run.nts[run.toIndex]?.text === "," || isKnownWord(runText(parts.slice(1)), aliases);
}

/**
 * `Neighbouring New Mexico has`, `Flooded Venice`: an English participle opening the sentence before a place the
 * gazetteer knows describes the place (`Reading`, a town the gazetteer knows, is no participle here).
 */
function isParticipleBeforePlace(parts: readonly NameToken[], aliases: AliasTable): boolean {
  return isOpeningParticiple(parts[0]!.text, /(?:ing|ed)$/, aliases) && isGazetteerPlace(runText(parts.slice(1)));
}

/** A capitalised English participle with one of `endings`, which names nothing by itself: `Neighbouring`, `Flooded`. */
function isOpeningParticiple(word: string, endings: RegExp, aliases: AliasTable): boolean {
  return CAPITALISED_WORD.test(word) && endings.test(word) && isEnglishWord(word.toLowerCase()) && isNoNameWord(word, aliases);
}

/**
 * `Defending Lusk, Ben Ode said`, `Interviewing Orvek, she found`: an English participle in `-ing` opening the sentence,
 * before words no dictionary lists that a comma closes, governs them and is no part of the name. (Before everyday words it
 * is the name's own: `Rolling Stones,`, `Sterling Bank,`; a known name is never cut: `Reading, Berkshire`.)
 */
function opensParticipleClause(run: Pending, parts: readonly NameToken[], aliases: AliasTable): boolean {
  if (!isOpeningParticiple(parts[0]!.text, /ing$/, aliases) || run.nts[run.toIndex]?.text !== ",") return false;
  return parts.slice(1).every((p) => !isEnglishWord(p.text.toLowerCase()) || isFirstName(p.text));
}

/** A common English word or compound (`Oil-rich`) that names nothing by itself: no first name, title, head word or known name. */
function isEverydayWord(word: string, aliases: AliasTable): boolean {
  return (VOCABULARY.has(word.toLowerCase()) || isEverydayCompound(word.split("-"))) && isNoNameWord(word, aliases);
}

/** `Retrievers`, `Citizens`: the plural of an everyday noun (a field in `-ics`, `Athletics`, or a word in `-ss`, `Witness`, is none). */
function isPluralNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return !lower.endsWith("ss") && !lower.endsWith("ics") && isCommonPlural(word);
}

/**
 * `World Bank said`, `Global Witness said`, `World Athletics said`: the opening word is the name's, even when the article
 * writes it in lower case too, if all it would leave is a head word or one everyday word, which names nothing alone and
 * is capitalised only as a name's.
 */
function leavesLoneEverydayWord(parts: readonly NameToken[]): boolean {
  const rest = parts[1]?.text ?? "";
  // (a compass word or a demonym is capitalised for itself: `Two Western hostages`)
  if (parts.length !== 2 || !CAPITALISED_WORD.test(rest) || isTitlePart(rest) || COMPASS.has(rest) || DEMONYMS.has(rest)) return false;
  const lower = rest.toLowerCase();
  return HEAD_WORDS.has(rest) || (isEnglishWord(lower) && !isFirstName(rest) && !SURNAMES.has(rest));
}

/** A closed-class word written in capitals (`WHO`, `IT`); the second letter is tested first, as most names fail there. */
function isCapitalStopword(word: string): boolean {
  return word.length >= 2 && word.length <= 7 && isUpper(word.charCodeAt(1)) && isStopword(word) && isAcronym(word);
}

/**
 * `Procter & Gamble`: the two capitalised words around each ampersand the article writes, a name that
 * `Procter and Gamble` is too (see `ampersandForm`).
 */
function namesWithAmpersand(text: string): ReadonlySet<string> {
  const names = new Set<string>();
  if (!text.includes(" & ")) return names;
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’.-]* & \p{Lu}[\p{L}\p{M}'’-]*/gu)) names.add(m[0]);
  return names;
}

/**
 * `PG&E`, `P&G`, `AT&T`: the letters on each side of the ampersand of each initialism the article writes, so that
 * the name they abbreviate stays one though it is written with `and` (`Pacific Gas and Electric`).
 */
function ampersandInitialisms(text: string): readonly (readonly [string, string])[] {
  if (!text.includes("&")) return [];
  return [...text.matchAll(/(?<![\p{L}\p{M}&])(\p{Lu}{1,3})&(\p{Lu}{1,3})(?![\p{L}\p{M}&])/gu)].map((m) => [m[1]!, m[2]!] as const);
}

/**
 * `Pacific Gas and Electric` after `PG&E`: the capitalised words before the name's `and` and the word after it
 * spell one of the article's ampersand initialisms (`Shares of Procter and Gamble` after `P&G`). Two places listed
 * stay two names (`Paris and London` after `P&L`), and so do two firms whose words spell more than the initialism
 * (`Corvel Semiconductor and Pelgrin Systems` beside `S&P`).
 */
function spelledByInitialism(name: string, initialisms: readonly (readonly [string, string])[]): boolean {
  const and = name.lastIndexOf(" and ");
  if (and < 0 || initialisms.length === 0) return false;
  const written = name.slice(0, and).split(" ");
  let from = written.length;
  while (from > 0 && startsUpper(written[from - 1]!)) from--;
  const before = written.slice(from);
  const after = name.slice(and + 5);
  return initialisms.some(([b, a]) => initialsOf(before) === b && initialsOf([after]) === a && !(isGazetteerPlace(before.join(" ")) && isGazetteerPlace(after)));
}

/** What the article has named before a run, by which a capitalised word that opens a sentence is read. */
interface NamedSoFar {
  readonly names: Pick<KnownNames, "has">;
  /** Words of names, not the generic words names are built from (Council, University, Minister). */
  readonly words: Pick<KnownNames, "has">;
  /** Name words that end a name, or a person's: short forms. */
  readonly core: Pick<KnownNames, "has">;
  /** The first words of bodies' names. */
  readonly leads: Pick<KnownNames, "has">;
}

/**
 * Names and name words the article writes, matched as `nameMatchKey` matches them: with or without diacritics
 * (`Ørsted` is known after `Orsted`), and an Arabic article in either case (`Al-Amr` after `al-Amr`).
 */
class KnownNames {
  private readonly names = new Set<string>();
  add(name: string): void {
    this.names.add(nameMatchKey(name));
  }
  has(name: string): boolean {
    return this.names.has(nameMatchKey(name));
  }
}

/**
 * Finds every name in the article's headline, deck and body. Names in running text are taken as written;
 * a capitalised word at a sentence start, or anywhere in a Title Case headline, counts only when the
 * article or a table knows it as a name (so `Despite` or `Sends Secret Letter` never become entities).
 */
export function findCandidates(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  paragraphs: readonly ArticleParagraph[],
  aliases: AliasTable,
  /** Which words the article writes in lower case, shared with coreference's questions. */
  lowercaseWords: LowerCaseWords,
  works: readonly Span[],
  /** The datelines, each with the sentences it starts in and ends in. */
  datelines: readonly { readonly place?: Span; readonly source?: Span; readonly end: number; readonly firstSentence: number; readonly sentence: number }[],
  /** The site's name a page title appends to the headline, and all the title appends. */
  pageTitle?: { readonly added: Span; readonly outlet: Span },
): Candidate[] {
  const pending: Pending[] = [];
  const loneWords = new Set<string>();
  const knownNameWords = new KnownNames();
  /** Name words that end a name, or a person's: short forms. The others only lead a name (`Federal` in `Federal Aviation Administration`). */
  const coreNameWords = new KnownNames();
  /** The first words of bodies' names: `Airbus` in `Airbus Group`, which may name the body alone, where `Aviation` does not. */
  const leadNameWords = new KnownNames();
  const inWork = (at: number) => insideAny(works, at);
  const ampersandNames = namesWithAmpersand(text);
  const ampersandLetters = ampersandInitialisms(text);

  for (const p of paragraphs) {
    if (!isProse(p)) continue;
    const titleCase = p.role !== "body" && (isTitleCase(p.text) || isShouting(p.text));
    for (const si of p.sentences) {
      const s = sentences[si]!;
      let first = s.firstToken;
      // the dateline (`Washington (CNN)`) is not part of the lead's first sentence
      const dateline = datelines.find((d) => si >= d.firstSentence && si <= d.sentence);
      if (dateline !== undefined) while (first < s.endToken && tokens[first]!.start < dateline.end) first++;
      const nts = nameTokens(tokens, first, s.endToken);
      let sentenceStart = 0;
      while (sentenceStart < nts.length && OPENING.has(nts[sentenceStart]!.text)) sentenceStart++;
      sentenceStart = afterListNumber(text, nts, sentenceStart);
      const runs = findRuns(nts, (name) => aliases.lookup(name) !== undefined || isGazetteerPlace(name) || ampersandNames.has(ampersandForm(name)) || spelledByInitialism(name, ampersandLetters));
      for (const run of runs) {
        if (run.parts.length === 1 && inTickerCode(tokens, run.parts[0]!.token)) continue;
        // a work's title is one name, read whole below; so is the site's name a page title appends (its section names nothing)
        if (works.length > 0 && inWork(run.parts[0]!.start)) continue;
        if (pageTitle !== undefined && run.parts[0]!.start >= pageTitle.added.start && run.parts[0]!.start < pageTitle.added.end) continue;
        const prev = nts[run.from - 1];
        const opensClause = prev !== undefined && (opens(nts, run.from - 1) || prev.text === ":") && !isCapitalsWord(nts[run.from]!.text);
        const mode = titleCase ? "titlecase" : run.from === sentenceStart || opensClause ? "initial" : "plain";
        pending.push({ parts: run.parts, nts, runs, fromIndex: run.from, toIndex: run.to, sentence: si, sentenceStart, sentenceEnd: nts.length, mode, header: p.role !== "body", nameWords: knownNameWords, loneWords });
        if (run.parts.length === 1) loneWords.add(run.parts[0]!.text);
      }
    }
  }

  // names of several words the article writes where capitals mean a name (inside a sentence, or after a
  // sentence's `The`): the same words opening a sentence (`Bank of England officials said`) are that name,
  // not an everyday word before one
  const writtenInside = new KnownNames();
  for (const run of pending) {
    const from = run.mode === "plain" ? 0 : run.mode === "initial" && run.parts.length > 2 && isStopword(run.parts[0]!.text) ? 1 : -1;
    if (from < 0) continue;
    for (let n = 2; n <= Math.min(4, run.parts.length - from); n++) writtenInside.add(runText(run.parts.slice(from, from + n)));
  }

  const out: Candidate[] = [];
  const knownNames = new KnownNames();
  const namedSoFar: NamedSoFar = { names: knownNames, words: knownNameWords, core: coreNameWords, leads: leadNameWords };
  /** The last two words of a person's name of three or more (`Two Rivers` of `Daniel Two Rivers`): perhaps a surname of two words. */
  const surnamesOfWords = new KnownNames();
  const deferred: Pending[] = [];
  /** Header runs whose first word may describe the name after it, read once the body's names are known. */
  const described: Pending[] = [];

  /** `GDP`, `TVs`, `R&D`: a common noun's initials, a name only if the article spells out a name with them or a body's noun introduces them. */
  const initialisms: Candidate[] = [];
  /** Such initials a body's noun stands right before somewhere: `state broadcaster CCTV`. */
  const introducedInitialisms = new Set<string>();
  const eponyms = new Set(Array.from(text.matchAll(EPONYM), (m) => m[1]!));
  const lowerCaseInitialisms = initialismsSpelledInLowerCase(text);
  const emit = (c: Candidate) => {
    // (`Alzheimer's disease`, then `an Alzheimer's drug`: a disease's eponym in the possessive names the disease, whether
    // the name takes in its `'s` or not)
    if (c.words.length === 1 && c.cls.confidence !== "known" && (eponyms.has(c.name) ? /^['’]s\b/.test(text.slice(c.end, c.end + 3)) : eponyms.has(withoutPossessive(c.name)))) return;
    // an unknown single word the article also writes in lower case (Festival / festival) is a common word
    if (c.cls.type === "other" && c.cls.confidence === "guess" && c.words.length === 1 && lowercaseWords.has(c.words[0]!.toLowerCase())) return;
    // (`118 degrees Fahrenheit`: a scale after its unit measures, naming nothing)
    if (c.words.length === 1 && c.cls.confidence !== "known" && DEGREES_BEFORE.test(text.slice(Math.max(0, c.start - 9), c.start))) return;
    // (`3.21 ERA`, `1.5 GW`: capitals right after a figure with a fraction are its unit or its statistic)
    if (c.words.length === 1 && c.cls.confidence !== "known" && isAcronym(c.name) && FRACTION_BEFORE.test(text.slice(Math.max(0, c.start - 9), c.start))) return;
    // (`120 MHz`, `64 GB`, `500 MWh`: a unit's symbol after any figure measures it, as does the figure and symbol: `The 64 GB model`)
    if (c.cls.confidence !== "known" && isMeasure(c, text)) return;
    if (c.words.length === 1 && (isCommonInitialism(c.name) || lowerCaseInitialisms.has(c.name)) && aliases.lookup(c.name) === undefined) {
      if (introducedByBodyNoun(text, c.start)) introducedInitialisms.add(c.name);
      initialisms.push(c);
      return;
    }
    out.push(c);
    knownNames.add(c.name);
    // words of names, not the generic words names are built from (Council, University, Minister)
    // (a person's surname is a name word even when places use it: Helen Park, Ann Hall)
    // (and a person's surname that is a title word, once the name shows it is one: `King` after `Stephen King`)
    const person = c.cls.type === "person";
    if (person && c.words.length >= 3) surnamesOfWords.add(c.words.slice(-2).join(" "));
    const at = surnameAt(c.words);
    const surname = c.words[at]!;
    const titledSurname = person && isTitlePart(surname) && isTitledSurname(c.words, at);
    const words = c.words.filter((w) => startsUpper(w) && !isStopword(w) && (person || !HEAD_WORDS.has(w)) && ((!OFFICE_WORDS.has(w) && !HONORIFICS.has(w)) || (titledSurname && w === surname)));
    for (const w of words) knownNameWords.add(w);
    // (a body's word before its head word only leads its name: `Rights` in `Human Rights Watch`, `Aviation` in `Federal Aviation Administration`)
    if (person) for (const w of words) coreNameWords.add(w);
    // (nor is a body's everyday last word a short form of it: `Rail` in `Network Rail` before `Rail unions`)
    else if (words.length > 0 && words.at(-1) === c.words.at(-1) && !VOCABULARY.has(words.at(-1)!.toLowerCase())) coreNameWords.add(words.at(-1)!);
    if (!person && words[0] !== undefined && words[0] === c.words[0]) leadNameWords.add(words[0]);
  };

  /** `WHO`, `IT`: a closed-class word in capitals, an acronym only if the article spells out a name with its initials. */
  const capitalWords: Pending[] = [];
  for (const run of pending) {
    // `Sen. Ann Lowe, D-Austin,`, `(R-Calif.)`: a lawmaker's party tag names the place they sit for, and no one
    const tag = partyTagAt(run.nts, run.fromIndex - 1, run.sentenceEnd, text);
    if (tag !== undefined) {
      emit(partyPlace(tag, run.sentence));
      continue;
    }
    if (run.parts.length === 1 && isCapitalStopword(run.parts[0]!.text) && aliases.lookup(run.parts[0]!.text) === undefined) {
      capitalWords.push(run);
      continue;
    }
    if (run.mode === "titlecase") {
      deferred.push(run);
      continue;
    }
    let parts = run.parts;
    if (run.mode === "initial") {
      // drop closed-class and ordinary words that are capitalised only because they start the sentence
      // (only the first word is: in `The Farmers Defence Force`, `Farmers` is capitalised for a reason)
      let k = 0;
      // (after an article, a capitalised closed-class word starts the name: `A See Tickets spokeswoman`, `The Who`)
      const closedClass = (at: number) => isStopword(parts[at]!.text) && !(at > 0 && ARTICLE.has(parts[at - 1]!.text.toLowerCase()));
      while (k < parts.length - 1 && closedClass(k)) k++;
      const startsKnown = (from: number) =>
        [2, 3, 4].some((n) => {
          if (from + n > parts.length) return false;
          const words = runText(parts.slice(from, from + n));
          return isKnownWord(words, aliases) || (from === 0 && writtenInside.has(words));
        });
      while (
        k < parts.length - 1 &&
        !startsKnown(k) &&
        // (a particle opening the sentence begins a surname or a place: `Da Silva has pushed`, `El Paso`)
        !NAME_PARTICLES.has(parts[k]!.text.toLowerCase()) &&
        !NAME_PREFIXES.has(parts[k]!.text) &&
        (closedClass(k) ||
          (k === 0 &&
            // (a hyphenated role, which no dictionary lists, opens a sentence as a listed word does: `Centre-back Ian Moss scored`;
            // a role's word alone may be a given name: `Dean Walsh`)
            (lowercaseWords.has(parts[k]!.text.toLowerCase()) || (parts[k]!.text.includes("-") && ROLE_NOUNS.has(parts[k]!.text.toLowerCase()))) &&
            !isKnownWord(parts[k]!.text, aliases) &&
            !isTitlePart(parts[k]!.text) &&
            !isRegionalBody(parts) &&
            !isNationalBody(parts, aliases) &&
            !isFieldBodyName(parts.map((p) => p.text)) &&
            !leavesLoneEverydayWord(parts)) ||
          (k === 0 && DESCRIBING_OPENERS.has(parts[k]!.text) && !isTitlePart(parts[k + 1]!.text)) ||
          (k === 0 && GREETINGS.has(parts[k]!.text)) ||
          (k === 0 && isParticipleBeforePlace(parts, aliases)) ||
          (k === 0 && opensParticipleClause(run, parts, aliases)) ||
          (k === 0 && opensPlacePhrase(run, parts, aliases)))
      ) {
        k++;
      }
      // "Results of NCLAN", "Residents of Kabul": an unknown first word joined by a connector is not part of the name
      // (a title or a head word before `of` is part of it: `Minister of Education`, `University of Sheffield`, and any word
      // before a chamber's head, which ends its name: `House of Commons`, not `Representatives of the Restaurant Association`;
      // and a body's opening word: `Friends of Walkley Library`)
      const lead = parts[k]!.text;
      const heads = ((HEAD_WORDS.has(lead) || isOrganizationHead(lead)) && !CHAMBER_TAILS.has(lead)) || CHAMBER_TAILS.has(parts[k + 2]?.text ?? "");
      if (parts.length - k > 2 && /^(?:of|for)$/.test(parts[k + 1]!.text) && !startsKnown(k) && !FIRST_NAMES.has(lead) && !isTitlePart(lead) && !heads && !EVENT_PREFIXES.has(lead) && !ORGANIZATION_PREFIXES.has(lead)) k += 2;
      if (parts[k]?.text === "the") k++;
      // (`All 42 Dellons stores`: a number the dropped words leave in front counts, as no name opens with one)
      if (k > 0 && k < parts.length - 1 && parts[k]!.kind === "number") k++;
      // `Campaigner Sue Pratt told`: an everyday noun that is no name's word, before a first name and more, describes the person
      // (before a head word only a noun for someone does: `Resident Jeanette Park`, not `Royal Albert Hall`)
      // (a noun for a doer describes a body too, before a word no dictionary lists: `Developer Greenvale Living`, not `Teacher Training Agency`)
      // (so does a class noun of firms, before any name but one everyday word: `Carmaker Toyota said`, `Insurers Allianz said`, not `Carrier Global said`;
      // and a ship's noun, before its name: `Yacht Velmar Star ran aground`, not `Yacht Racing Association`)
      // (not a word that opens a known name with the next: `New York Yankees`, whose `York` is a given name too)
      const lead0 = parts[0]!.text.toLowerCase();
      const vessel = VESSEL_NOUNS.has(lead0);
      if (
        k === 0 &&
        parts.length >= 2 &&
        !startsKnown(0) &&
        ((parts.length >= 3 && (isFirstName(parts[1]!.text) || describedStrangersName(parts))) ||
          ((isDoerNoun(lead0.replace(/s$/, "")) || vessel) && (isCoinedWord(parts[1]!.text) || CLASS_NOUNS.has(lead0)) && (parts.length >= 3 || describesFirm(lead0, parts[1]!.text)))) &&
        (isDescribingWord(parts[0]!.text, aliases) || vessel) &&
        (!HEAD_WORDS.has(parts[parts.length - 1]!.text) || namesSomeone(lead0) || (vessel && !isOrganizationHead(parts[parts.length - 1]!.text)))
      ) {
        k = 1;
      }
      const opensClosedClass = closedClass(k);
      if (k > 0) parts = parts.slice(k);
      // `Late Haaland double sinks Arsenal`: the sentence's first word, an everyday one, before one more name word counts only if the article knows the name
      // (or a person's surname of two words: `Two Rivers said` after `Daniel Two Rivers`)
      // (not a public body's field before its land: `Transport Canada said`, nor a word before one everyday word in the singular,
      // which names nothing alone: `World Athletics said`, though `Golden Retrievers` waits)
      if (k === 0 && parts.length === 2 && isEverydayWord(parts[0]!.text, aliases) && !HEAD_WORDS.has(parts[1]!.text) && !(leavesLoneEverydayWord(parts) && !isPluralNoun(parts[1]!.text)) && !isKnownWord(runText(parts), aliases) && !surnamesOfWords.has(runText(parts)) && !isFieldBodyName(parts.map((p) => p.text))) {
        deferred.push({ ...run, parts });
        continue;
      }
      // a word left after the sentence's first is capitalised for a reason (`The Guardian cited`)
      // (unless it is a generic word that names nothing alone: `However Council members`)
      if (((parts.length === 1 && (k === 0 || HEAD_WORDS.has(parts[0]!.text))) || opensClosedClass) && !(k === 0 && describedAfter(run, parts, aliases, lowercaseWords))) {
        deferred.push({ ...run, parts });
        continue;
      }
      if (k === 0 && run.header && parts.length >= 2 && mayDescribe(parts[0]!.text, aliases)) {
        described.push({ ...run, parts });
        continue;
      }
    }
    for (const c of interpretRun(text, run, parts, aliases)) emit(c);
  }

  // `Chipmaker Nordvale`: a headline's first word before a name the body writes without it describes the name
  for (const run of described) {
    const rest = run.parts.slice(1);
    const restName = runText(rest);
    const describes = !knownNames.has(runText(run.parts)) && (knownNames.has(restName) || (rest.length === 1 && knownNameWords.has(restName)));
    for (const c of interpretRun(text, run, describes ? rest : run.parts, aliases)) emit(c);
  }

  // the names read so far in text order, for an acronym in brackets to find the one before it
  const inOrder = [...out].sort((a, b) => a.start - b.start);
  /** Sentences' first words that named nothing known when read: a later one may show they are a name. */
  const unread: Pending[] = [];
  for (const run of deferred) {
    const acronym = bracketedInitials(text, run, inOrder);
    if (acronym !== undefined) {
      emit(acronym);
      continue;
    }
    const found = knownOnly(text, run, aliases, namedSoFar, lowercaseWords);
    // (not one whose words were all known when it was read: a known word refused there stays so, `Federal inspectors`)
    if (found.length === 0 && run.parts.some((p) => !knownNameWords.has(p.text))) unread.push(run);
    for (const c of found) emit(c);
  }
  // `Tesla cut prices … Tesla shares fell`: a name that only ever opens sentences is known from the one that shows it
  for (const run of unread) if (run.parts.some((p) => knownNameWords.has(p.text))) for (const c of knownOnly(text, run, aliases, namedSoFar, lowercaseWords)) emit(c);

  if (capitalWords.length > 0 || initialisms.length > 0) {
    const spelledOut = new Set(out.filter((c) => c.words.length >= 2 && c.cls.type !== "person").map((c) => initialsOf(c.words)));
    for (const run of capitalWords) {
      const word = run.parts[0]!;
      if (spelledOut.has(word.text)) out.push(candidate(word.text, [word.text], word.start, word.end, run.sentence, classified("organization", "evidence"), []));
    }
    for (const c of initialisms) if (spelledOut.has(acronymLetters(c.name)) || (introducedInitialisms.has(c.name) && !modifiesNoun(text, c.end))) out.push(c);
  }

  if (works.length > 0) {
    const titles = new Set<string>();
    for (const work of works) {
      const name = text.slice(work.start, work.end);
      const sentence = lastAtMost(sentences, work.start, (x) => x.start);
      out.push({ ...candidate(name, name.split(/\s+/), work.start, work.end, Math.max(0, sentence), classified("other", "evidence"), []), work: true });
      titles.add(withoutArticle(name));
    }
    // a work's title written again without its quotation marks names the work (`The Salt Road runs until 14 March`), save a
    // person's name, which names the person the work is named for (`the film “Tom Hale”` … `Tom Hale said`)
    for (let i = 0; i < out.length; i++) {
      const c = out[i]!;
      if (c.work !== true && c.cls.type !== "person" && titles.has(withoutArticle(c.name))) out[i] = { ...c, cls: classified("other", "evidence") };
    }
  }

  for (const dateline of datelines) {
    // `KABUL, Afghanistan (AP)`: each comma part is a place (and each of two cities filed from, `JERUSALEM/CAIRO`),
    // the agency an organization; capitals are the dateline's typography, so `GENEVA` is the Geneva of the text
    const place = dateline.place;
    if (place !== undefined) {
      const datelineText = text.slice(place.start, place.end);
      let offset = 0;
      let afterTownComma = false;
      for (const part of datelineText.split(/[,/]/)) {
        const lead = part.length - part.trimStart().length;
        const written = part.trim();
        const start = place.start + offset + lead;
        offset += part.length + 1;
        if (written.length === 0) continue;
        const name = hasLower(written) ? written : titleCase(written);
        const words = name.split(/\s+/);
        // (the part after the town is its state, which AP abbreviates: `SACRAMENTO, Calif.`)
        const cls = classifyName(name, words, aliases, { titled: false, speaker: false, personalPronoun: false, determiner: false, afterTownComma });
        afterTownComma = true;
        out.push(candidate(name, words, start, start + written.length, dateline.sentence, cls?.type === "place" ? cls : classified("place", "evidence"), []));
      }
    }
    if (dateline.source !== undefined) {
      const name = text.slice(dateline.source.start, dateline.source.end);
      out.push(outletCandidate(name, [name], dateline.source, dateline.sentence, aliases));
    }
  }
  if (pageTitle !== undefined) {
    const name = text.slice(pageTitle.outlet.start, pageTitle.outlet.end);
    out.push(outletCandidate(name, name.split(/\s+/), pageTitle.outlet, Math.max(0, lastAtMost(sentences, pageTitle.outlet.start, (x) => x.start)), aliases));
  }
  spellOutLongForms(text, out);
  joinForeignBodyNames(text, sentences, out);
  out.sort((a, b) => a.start - b.start);
  extendNumberedNames(text, out);
  joinQuotedNicknames(text, out);
  linkConjunctionsAndParentheticals(out, text);
  shareListTypes(out, text);
  return out;
}

const DEGREES_BEFORE = /\bdegrees?\s+$/;
/** A disease or syndrome named for the one who described it: `Alzheimer's disease`, `Tourette's syndrome`. */
const EPONYM = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}-]+)['’]s\s+(?:disease|syndrome)\b/gu;
/** A figure with a fraction, right before a word: `3.21 `. */
const FRACTION_BEFORE = /\d\.\d+ $/;
/** The symbol of a unit of frequency, power, energy, data or pressure, perhaps after a metric prefix: `MHz`, `GWh`, `TB`, `kPa`. */
const UNIT = String.raw`(?:[kMGTP]?(?:Hz|Wh|W|B|bps|Pa)|mAh)`;
const UNIT_SYMBOL = new RegExp(`^${UNIT}$`);
/** A figure written fast to a unit's symbol: `45W`, `12GB`, `5,000mAh`, and a camera's megapixels, `50MP` (apart, `MP` is a member of parliament). */
const FIGURE_WITH_UNIT = new RegExp(String.raw`^\d[\d.,]*(?:${UNIT}|MP)$`);

/** The candidate is a unit's symbol after a figure, or the figure and the symbol, or opens with a figure written fast to one (`12GB of RAM`). */
function isMeasure(c: Candidate, text: string): boolean {
  if (FIGURE_WITH_UNIT.test(c.words[0]!)) return true;
  if (c.words.length !== 1 || !UNIT_SYMBOL.test(c.words[0]!)) return false;
  // (a figure is no word of the name, which writes it: `64 GB`)
  return /^\d[\d.,]* /.test(c.name) || /\d $/.test(text.slice(Math.max(0, c.start - 2), c.start));
}
/** `CCTV cameras`, `GPS data`: initials before a lower-case word that is no verb modify a noun, naming nothing (unlike `CCTV said`). */
function modifiesNoun(text: string, end: number): boolean {
  const next = WORD_AFTER.exec(text.slice(end, end + WORD_REACH))?.[1];
  return next !== undefined && isNoVerb(next);
}

/** A lower-case word after a name that is no verb of speech or of the past, nor an auxiliary: a noun the word before modifies. */
function isNoVerb(next: string): boolean {
  return !isSpeechVerb(next) && !isSimplePast(next) && !SUBJECT_AUXILIARIES.has(next);
}

/** `state broadcaster CCTV`: a body's noun, no hyphenated compound's end, right before the name at `start`. */
function introducedByBodyNoun(text: string, start: number): boolean {
  const before = wordBefore(text, Math.max(0, start - WORD_REACH), start, isSpace);
  return before !== undefined && text[before.start - 1] !== "-" && CLASS_NOUNS.get(before.word) === "organization";
}

/** The lower-case word right after a name, read within WORD_REACH characters, as the word before one is. */
const WORD_AFTER = /^\s+(\p{Ll}+)(?![\p{L}-])/u;
const WORD_REACH = 24;
/** The `and` that closes a list of people a plural title stands before (`Justices Ann Orr, Neil Vask and Bo Kean`). */
const LIST_AND = /^\s*,?\s+and\s+$/;

/**
 * Names listed together are things of one kind: an untyped member of a list (`US team Cloud9 and Immortals`,
 * `Zeus, Hera and Athena`) takes the type its typed members agree on, when one of them is typed by more
 * than a guess. A list needs its `and` or `or`, as a comma alone also ends a clause.
 */
function shareListTypes(candidates: Candidate[], text: string): void {
  for (const [from, to] of nameLists(candidates, text)) {
    const typed = candidates.slice(from, to).filter((c) => c.cls.type !== "other");
    const type = (typed.find((c) => !firmNamedOtherwise(c)) ?? typed[0])?.cls.type;
    // (`in Dewsbury and Batley`: a preposition of place before a list of places governs every one, as does `from` before
    // a list whose first member it makes a place: `troops from Sarno, Orsel and Kelvar`)
    // (and outweighs a guess at another type: `in Holt Green and Ashby Lane`; so does `at` before a place more than guessed,
    // `at Dellon Road and Brisa Park`, as `at` may stand before a body too)
    const preposition = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, candidates[from]!.start - 16), candidates[from]!.start))?.[1] ?? "";
    const locative = type === "place" && (LOCATIVES.has(preposition) || preposition === "from" || (preposition === "at" && candidates[from]!.cls.confidence !== "guess"));
    // (a listed firm's name read as a person's or a town's is a firm's among firms: `Ford and General Motors`, `Toyota and Honda Motor`)
    const retyped = (c: Candidate) => (c.cls.confidence === "guess" && (c.cls.type === "other" || locative)) || (type === "organization" && firmNamedOtherwise(c));
    if (type !== undefined && typed.every((c) => c.cls.type === type || retyped(c)) && (locative || typed.some((c) => c.cls.confidence !== "guess"))) {
      for (let i = from; i < to; i++) {
        const c = candidates[i]!;
        if (c.cls.type !== type && retyped(c)) candidates[i] = { ...c, cls: classified(type, "guess", c.cls.canonical) };
      }
    }
  }
}

/** A name the organizations list holds, read as a person's or a town's as it is a given name or a town's too: `Ford`, `Toyota`. */
function firmNamedOtherwise(c: Candidate): boolean {
  return (c.cls.type === "person" || c.cls.type === "place") && isListedOrganization(c.name);
}

/** A scale's step after its noun: a capital letter (`Band D`) or a Roman numeral (`Grade II`). */
const SCALE_STEP = /^(?:[A-H]|[IVX]{1,4})$/;

/** Splits a run into a title prefix and the name proper, then types the name and reads its roles. */
function interpretRun(text: string, run: Pending, runParts: readonly NameToken[], aliases: AliasTable): Candidate[] {
  const results: Candidate[] = [];
  let parts = runParts;
  // (the run's words as written; `parts` below is a slice from its start, so its words start this list too)
  const texts = runParts.map((p) => p.text);
  const whole = runText(parts);
  const lastToken = runParts[runParts.length - 1]!;
  const lastPart = lastToken.text;
  // (the word right after the run may say what its last words are: `Partner at`, `White House adviser`)
  const wordAfter = run.nts[lastToken.at + lastToken.width]?.text;
  // `a typical Band D home`, `a Grade II listed barn`, `Tier 3 rules`: a step on a scale, its noun before a letter, a Roman
  // numeral or a number, names nothing
  if (SCALE_NOUNS.has(texts[0]!) && (texts.length === 2 ? SCALE_STEP.test(texts[1]!) : texts.length === 1 && /^\d/.test(wordAfter ?? ""))) return results;
  // `a Russian Earth-observation satellite`: an everyday compound that ends the run describes the word after it, and names nothing
  // (a romanized given name may read as one: `Hau Lung-bin`)
  const compound = lastPart.includes("-") ? lastPart.split("-") : undefined;
  if (compound !== undefined && isEverydayCompound(compound) && !isRomanizedGivenName(compound)) {
    return runParts.length === 1 ? results : interpretRun(text, run, runParts.slice(0, -1), aliases);
  }
  // `Tamil Nadu EV plant`, `UK GDP`: a common noun's initials after a place's name say what of the place, and name nothing
  // (unless they are a name's head word: `Monaco GP`, the grand prix, beside `a GP surgery`)
  if (runParts.length > 1 && isCommonInitialism(lastPart) && !HEAD_WORDS.has(lastPart) && aliases.lookup(whole) === undefined) {
    const head = runParts.slice(0, -1);
    if (isPlaceName(runText(head), aliases)) return interpretRun(text, run, head, aliases);
  }
  // `a Virginia Democrat`, `Texas Republicans`: a state's or a town's name before a party's member is where they sit
  // for, and the party is a group of its own (a country's is the party's name: `Sweden Democrats`); so is a word
  // that is no one's name and no English word (`a Livonia Democrat`), which only a town too small for the gazetteer is
  // (not a party's word that is also a place's head after a preposition of place: `on Kelvo Green` is the village green)
  if (runParts.length > 1 && PARTY_MEMBERS.has(lastPart) && aliases.lookup(whole) === undefined && !(HEAD_WORDS.get(lastPart) === "place" && ON_A_PLACE.test(text.slice(Math.max(0, runParts[0]!.start - 8), runParts[0]!.start)))) {
    const seat = runParts.slice(0, -1);
    const place = runText(seat);
    const party = () => interpretRun(text, run, runParts.slice(-1), aliases);
    if (REGIONS.has(place) || CITIES.has(place)) return [...interpretRun(text, run, seat, aliases), ...party()];
    if (seat.length === 1 && isUnlistedTown(place)) return [candidate(place, [place], seat[0]!.start, seat[0]!.end, run.sentence, classified("place", "evidence"), []), ...party()];
  }
  // `HMS Queen Elizabeth`, `HMS Prince of Wales`: a ship's letters make all the words after them its name, titles and places too
  // (and a peer's title of a place is the peer's name, though the title is also a form of address: `the Prince of Wales`)
  if (aliases.lookup(whole) !== undefined || COUNTRIES.has(whole) || isWellKnownOrganization(whole, texts) || (texts.length > 1 && CRAFT_PREFIXES.has(texts[0]!)) || isPeerageName(whole)) {
    const c = makeCandidate(text, run, parts, aliases, false);
    return c ? [c] : [];
  }
  // `CEO of the Refugee Council`, `Governor of the Bank of England`, `Fellow of the Royal Society`: a title
  // phrase or an honour's grade and `of` before an institution make a role, not a name; the institution is the
  // name (`Minister of Education` stays a title). Read before the country below, which is the institution's own.
  const firstOf = parts.findIndex((p) => p.text === "of");
  if (firstOf > 0 && parts.slice(0, firstOf).every((p) => isTitlePart(p.text) || HONOUR_GRADES.has(p.text))) {
    const from = afterOf(parts, firstOf);
    const institution = parts.slice(from);
    if (namesInstitution(institution, aliases)) return interpretRun(text, run, institution, aliases);
    // `Secretary of Homeland Security`: an office and its portfolio name no one; nor does any office's field of everyday
    // words ending in a plural (`Chief Inspector of Prisons`, `Director of Public Prosecutions`)
    if ((holdsPortfolio(parts.slice(0, from)) || isPluralField(institution)) && isPortfolio(institution, aliases) && !portfolioThenName(institution)) return results;
  }
  // `University of Sheffield of the UK`: a second `of` before a country starts the country's own name when a place
  // ends the first (a field or a body does not: `University of Science and Technology of China`, `Central Committee of
  // the Communist Party of China` are one name each)
  const of = lastOfBefore(parts, parts.length);
  const ofBefore = lastOfBefore(parts, of);
  if (of > 0 && ofBefore > 0) {
    const from = afterOf(parts, of);
    const tail = runText(parts.slice(from));
    const middle = runText(parts.slice(afterOf(parts, ofBefore), of));
    if ((COUNTRIES.has(tail) || aliases.lookup(tail)?.type === "place") && isPlaceName(middle, aliases)) {
      return [...interpretRun(text, run, parts.slice(0, of), aliases), ...interpretRun(text, run, parts.slice(from), aliases)];
    }
  }
  // `the Holy Father`, `the Ecumenical Patriarch`: a title of two words alone names no one by name
  if (runParts.length > 1 && HONORIFICS.has(whole)) return results;
  // `Marcus Feld, Partner at Kestrel`, `Ann Cole, Senior Analyst at Jefferies`: a role in capitals, set after a comma before
  // where it is held, names no one (`the voice of Batman in the film` is no role)
  if (wordAfter !== undefined && ROLE_GLUE.test(wordAfter) && run.nts[runParts[0]!.at - 1]?.text === "," && isCapitalisedRole(texts)) return results;
  // A title after a name (`State Department Spokesperson`) belongs to someone else.
  // (A department word after a connector is the name's own: `Institute of Technology`.)
  const endTrim = trailingTitleStart(texts);
  if (endTrim < parts.length && !isTitlePart(texts[endTrim - 1]!) && !CONNECTORS.has(texts[endTrim - 1]!) && !ownsTrailingTitleWords(texts, endTrim)) parts = parts.slice(0, endTrim);
  // (`the Trade and Industry Secretary`: a portfolio's everyday words before its office name no one and nothing)
  if (endTrim < texts.length && PORTFOLIO_OFFICES.has(texts[endTrim]!) && texts.slice(0, endTrim).every(isPortfolioWord)) return results;
  // Peel titles off the left: the name proper is the longest tail free of title words.
  let core = parts.length;
  while (core > 0 && !titleEndsBefore(texts, core)) core--;
  // (`Martin Luther King Jr.`: a title word after given names is the surname, nothing to peel; not when a
  // name follows it, as in `Alberta Premier Danielle Smith`, where the given name is a province's)
  if (core > 1 && surnameAt(texts) === core - 1 && isTitledSurname(texts, core - 1)) core = 0;
  // (`Universidad Mayor de San Andrés`: after a body's opening word, a title word and a particle are the body's name)
  if (ORGANIZATION_PREFIXES.has(texts[0]!) && NAME_PARTICLES.has(texts[core] ?? "")) core = 0;
  let nameParts = parts.slice(core);
  let prefix = parts.slice(0, core);
  // `Minister for Foreign Affairs Simon Coveney`: the portfolio's last words run up to the first name
  while (nameParts.length > 1 && (GLUE_WORDS.has(nameParts[0]!.text) || (prefix.length > 0 && nameParts.length >= 3 && (isFirstName(nameParts[1]!.text) || isTitlePart(prefix[prefix.length - 1]!.text)) && isDescribingWord(nameParts[0]!.text, aliases)))) {
    prefix = [...prefix, nameParts[0]!];
    nameParts = nameParts.slice(1);
  }
  // `Minister for Parliamentary Affairs Kiren Rijiju`: after a portfolio's office, its everyday words run up to the name
  const officeHeld = holdsPortfolio(prefix);
  if (officeHeld) {
    while (nameParts.length > 1 && isPortfolioWord(nameParts[0]!.text)) {
      prefix = [...prefix, nameParts[0]!];
      nameParts = nameParts.slice(1);
    }
  }
  // `Deputy Commissioner of Police (Cyber) Vivek Masal`: words in brackets after a title, no given name among them, qualify the office
  const qualifier = prefix.length > 0 && nameParts.length > 1 ? bracketedQualifierEnd(text, nameParts) : 0;
  if (qualifier > 0 && qualifier < nameParts.length) {
    prefix = [...prefix, ...nameParts.slice(0, qualifier)];
    nameParts = nameParts.slice(qualifier);
  }
  // `Minister for Foreign Affairs, Ann Cole`: the word after such an opener ends the portfolio, not a name
  const portfolioEnds = opensPortfolio(prefix) && nameParts.length > 0 && isPortfolio(nameParts.slice(0, 1), aliases);
  if (portfolioEnds) {
    prefix = [...prefix, nameParts[0]!];
    nameParts = nameParts.slice(1);
  }
  // (`Minister for Climate Change,`: a portfolio of everyday words alone names no one after its office; the portfolio's
  // opener may have taken the last word already)
  const everydayPortfolio = officeHeld && isPortfolioWord(nameParts[0]?.text ?? "");
  if ((holdsPortfolio(prefix) && isPortfolio(nameParts, aliases)) || (portfolioEnds && nameParts.length === 0) || everydayPortfolio) {
    // (what the title names stays: `United Nations` in `United Nations High Commissioner for Refugees`)
    for (const c of knownToTables(text, run, prefix, aliases)) results.push(c);
    return results;
  }
  const lastWord = nameParts[nameParts.length - 1]?.text;
  const peelable =
    nameParts.length > 0 &&
    prefix.length > 0 &&
    lastWord !== undefined &&
    // a head word inside rules out a person (`State Department`) unless a first name starts it (`Mayor Helen Park`)
    // and a body's head that is no surname does not end it (`Princess Margaret Cancer Centre`)
    (!nameParts.some((p, k) => HEAD_WORDS.has(p.text) && !isInitialsBeforeName(p.text, nameParts[k + 1]?.text)) ||
      splitKnownPrefix(nameParts, aliases, run) > 0 ||
      (nameParts.length <= 3 && isFirstName(nameParts[0]!.text) && !(HEAD_WORDS.get(lastWord) === "organization" && !isEverydaySurname(lastWord))) ||
      // (nor a title before a surname that is a body's head word too, or a form of address before any such surname:
      // `Senator Church`, `Ambassador Power`, `Mr Day`)
      (nameParts.length === 1 && isEverydaySurname(lastWord) && (HEAD_WORDS.get(lastWord) === "organization" || COURTESY_TITLE.test(prefix[prefix.length - 1]!.text)))) &&
    prefix.some((p) => HONORIFICS.has(p.text) || POLICE_RANKS.has(p.text) || ROLE_NOUNS.has(p.text.toLowerCase()) || isGeneralOffice(p.text.toLowerCase()) || isPrefixedRole(p.text)) &&
    !GLUE_WORDS.has(nameParts[0]!.text) &&
    // (nor what ends in an everyday plural of doers, which names people by what they do: `Association of Head Teachers`)
    !(VOCABULARY.has(lastWord.toLowerCase()) && isAgentPlural(lastWord.toLowerCase()));
  if (!peelable) {
    // modifiers before a known name (`Senior White House adviser`) are not part of it, where the title they open follows
    // (`the National Congress` is a name of its own)
    const knownCore = nameParts.length > 0 && prefix.length > 0 && aliases.lookup(runText(nameParts)) !== undefined && (endTrim < texts.length || isRoleNoun(wordAfter ?? ""));
    if (!knownCore) nameParts = [...parts];
    prefix = [];
  }
  if (prefix.length > 0) {
    // `Harbour Authority Chairman Tim Bell`, `Lok Sabha Speaker Om Birla`, `Cook County Assessor Fritz Kaegi`: a body
    // or an area named by its head word before the title
    const titled = namedBeforeTitle(prefix);
    const firm = titled === undefined ? firmBeforeOffice(prefix, aliases) : undefined;
    const body = titled ?? firm;
    let bodyName = body !== undefined ? makeCandidate(text, run, prefix.slice(body.from, body.to), aliases, false) : undefined;
    // (a word no table knows is a business only by its place before the office)
    if (firm !== undefined && bodyName !== undefined && bodyName.cls.confidence !== "known") bodyName = { ...bodyName, cls: classified("organization", "evidence") };
    if (bodyName !== undefined) results.push(bodyName);
    const rest = body !== undefined && bodyName !== undefined ? prefix.slice(body.to) : prefix;
    if (!(rest.length === 1 && POLICE_RANKS.has(rest[0]!.text))) for (const c of knownToTables(text, run, rest, aliases)) results.push(c);
  }
  // `Democrat Joe Manchin`, `Briton Ann Lowe`: a party's or a people's word before a full name says who the
  // person is and is no part of the name (the party is a mention of its own)
  const affiliation = affiliationEnd(run.nts, nameParts);
  /** A party, and the seat before it, before the name (`Texas Democrat`, `Republican`): what the person is. */
  let partyRole: string | undefined;
  if (affiliation > 0) {
    const words = nameParts.slice(0, affiliation);
    if (isSeatBeforeParty(words)) {
      partyRole = runText(words);
      for (const c of interpretRun(text, run, words, aliases)) results.push(c);
    } else {
      for (const c of knownToTables(text, run, words, aliases)) results.push(c);
      // (a people's word is where one is from, not a role; a plural names the party: `Republicans Tom Reed and ...`)
      if (words.every((w) => PARTY_MEMBERS.has(w.text) && !w.text.endsWith("s"))) partyRole = runText(words);
    }
    nameParts = nameParts.slice(affiliation);
  }
  // A known place or an institution glued before a person's name: "the United States Hamdullah Mohib",
  // "CEO of the Refugee Council Enver Solomon" (read as a run of its own, so its title stays a role)
  const split = splitKnownPrefix(nameParts, aliases, run);
  if (split > 0) {
    for (const c of interpretRun(text, run, nameParts.slice(0, split), aliases)) results.push(c);
    nameParts = nameParts.slice(split);
  }
  // `Mayor of Ravensworth`, `Bishop of Durham`: what a title is `of` is where or what the office is held, not its
  // holder, unless a given name opens it
  const holder = prefix.length > 0 && !(prefix[prefix.length - 1]!.text === "of" && !isFirstName(nameParts[0]?.text ?? ""));
  const name = nameParts.length > 0 ? makeCandidate(text, run, nameParts, aliases, holder) : undefined;
  if (name) results.push(partyRole !== undefined && name.cls.type === "person" ? { ...name, roles: [partyRole, ...name.roles] } : name);
  return results;
}

/**
 * Where a title's qualifier in brackets ends (`(Cyber) Vivek Masal`, `Police (Law and Order) Ana Ruiz` after a title),
 * when everyday words alone come before it and its own words hold no given name (as they may inside a name: `Dr. (Ana
 * Maria) Varga`); 0 when there is none.
 */
function bracketedQualifierEnd(text: string, parts: readonly NameToken[]): number {
  const open = parts.findIndex((p) => text[p.start - 1] === "(");
  const close = parts.findIndex((p) => text[p.end] === ")");
  if (open < 0 || close < open || !parts.slice(0, open).every((p) => VOCABULARY.has(p.text.toLowerCase()))) return 0;
  return parts.slice(open, close + 1).every((p) => !isFirstName(p.text)) ? close + 1 : 0;
}

/** The grades of an order or a learned society, which stand before `of the` as a title does: `Officer of the Order of Canada`. */
const HONOUR_GRADES: ReadonlySet<string> = new Set(["Member", "Fellow", "Companion", "Knight", "Dame", "Officer", "Commander", "Associate"]);

/** Words that name an institution by their head: `Refugee Council`, `Bank of England`, or a name a table knows. */
function namesInstitution(words: readonly NameToken[], aliases: AliasTable): boolean {
  const last = words[words.length - 1]?.text;
  if (last === undefined) return false;
  // (`Kelmo Energy`: a portfolio's word after words no dictionary has ends a firm's name, as in `Duke Energy`)
  if (PORTFOLIOS.has(last) && words.slice(0, -1).every((w) => isUnlistedWord(w.text))) return true;
  if (isTitlePart(last)) return false;
  return HEAD_WORDS.has(last) || (HEAD_WORDS.has(words[0]!.text) && words[1]?.text === "of") || isKnownWord(runText(words), aliases);
}

/**
 * How many party or people words (`Democrat`, `Tory`, `Nigerian`) open the run before a person's name of two or
 * three words shaped like one (a given name first, a family name last, or no everyday word); 0 when they do not.
 */
function affiliationEnd(nts: readonly NameToken[], parts: readonly NameToken[]): number {
  if (parts.length === 0) return 0;
  // (an article before the people's word leaves a body's name unless a given name opens the rest: `the Danish Novo
  // Nordisk`, but `the American Sara Hall`)
  const article = ARTICLE.has((nts[parts[0]!.at - 1]?.text ?? "").toLowerCase());
  // (`Texas Democrat Ann Lowe`: where a party's member sits for may stand before the party's word)
  const seated = isSeatBeforeParty(parts) ? 1 : 0;
  let k = seated;
  while (k < parts.length && k < 2 + seated && (GROUP_WORDS.has(parts[k]!.text) || DEMONYMS.has(parts[k]!.text))) k++;
  if (k === seated) return 0;
  const named = parts.slice(k);
  // (a surname's particles inside the name are no words of their own: `Dutchman Kees van Dam`)
  const rest = named.filter((p, i) => !(i > 0 && i < named.length - 1 && NAME_PARTICLES.has(p.text)));
  const germanic = hasGermanicParticle(named.map((p) => p.text));
  // (`Sara Hall`: a given name before a family name that is also a head word is still a person's)
  const surnamed = isNameBeforeSurnameHead(rest.map((p) => p.text));
  const personal =
    rest.length >= 2 &&
    rest.length <= 3 &&
    (!article || isFirstName(rest[0]!.text)) &&
    rest.every((p) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(p.text) && (germanic || surnamed || !HEAD_WORDS.has(p.text)) && !OFFICE_WORDS.has(p.text)) &&
    (isFirstName(rest[0]!.text) || SURNAMES.has(rest[rest.length - 1]!.text) || rest.every((p) => !VOCABULARY.has(p.text.toLowerCase())) || germanic) &&
    // (everyday words after a people's word name a body, unless an English given name leads them: `British Red Cross`, `Republican Tom Reed`)
    (ENGLISH_FIRST_NAMES.has(rest[0]!.text) || !rest.every((p) => VOCABULARY.has(p.text.toLowerCase()))) &&
    !isWellKnownOrganization(runText(named), rest.map((p) => p.text));
  return personal ? k : 0;
}

/** Title words that open a portfolio's name and never end it: `Foreign` in `Minister for Foreign Affairs`. */
const PORTFOLIO_OPENERS: ReadonlySet<string> = new Set(["Foreign", "Home", "National", "Financial"]);

/** A portfolio's office, its `of` or `for`, and words that open the portfolio's name and cannot end it: `Minister for Foreign`. */
function opensPortfolio(prefix: readonly NameToken[]): boolean {
  let k = prefix.length;
  while (k > 0 && PORTFOLIO_OPENERS.has(prefix[k - 1]!.text)) k--;
  return k < prefix.length && holdsPortfolio(prefix.slice(0, k));
}

/** A word of a portfolio's name: an everyday word or its plural, capitalised, that is no given name (`Parliamentary`, `Equalities`), or `and`. */
function isPortfolioWord(word: string): boolean {
  if (word === "and") return true;
  const lower = word.toLowerCase();
  return startsUpper(word) && (isEnglishWord(lower) || isEnglishWord(lower.replace(/ies$|s$/, (end) => (end === "ies" ? "y" : "")))) && !isFirstName(word);
}

/** Everyday words ending in an everyday noun's plural, a field an office is held over: `Prisons`, `Public Prosecutions`, `Taxes`. */
function isPluralField(parts: readonly NameToken[]): boolean {
  const last = parts[parts.length - 1]?.text.toLowerCase() ?? "";
  const plural = last.endsWith("s") && (isEnglishWord(singularOf(last)) || (last.endsWith("es") && isEnglishWord(last.slice(0, -2))));
  return plural && parts.every((p) => isPortfolioWord(p.text));
}

/**
 * The words after a portfolio's office name its portfolio, not anyone: `Agriculture`, `Homeland Security`,
 * `Women and Equalities`. Not a place or a body the gazetteers or the article know, nor a first name.
 */
function isPortfolio(parts: readonly NameToken[], aliases: AliasTable): boolean {
  return parts.length > 0 && parts.every((p) => p.text === "and" || (startsUpper(p.text) && !isFirstName(p.text))) && !isKnownWord(runText(parts), aliases);
}

/**
 * `Police Vivek Masal` after `Commissioner of`: a portfolio's everyday words, then two or three capitalised words that
 * are no everyday word nor a body's head, a person's name that no list of given names holds.
 */
function portfolioThenName(parts: readonly NameToken[]): boolean {
  let k = 0;
  while (k < parts.length && isPortfolioWord(parts[k]!.text)) k++;
  const name = parts.slice(k);
  return k > 0 && name.length >= 2 && name.length <= 3 && name.every((p) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(p.text) && !VOCABULARY.has(p.text.toLowerCase()) && !HEAD_WORDS.has(p.text));
}

function splitKnownPrefix(parts: readonly NameToken[], aliases: AliasTable, run: Pending): number {
  // (a stranger's name too, whose surname the article writes alone: `University of Texas Arlington Amneh Jafari` before `Jafari said`)
  const surnameAlone = run.loneWords.has(parts[parts.length - 1]!.text);
  // (`the chairman of the Joint Chiefs Martin Dempsey`: the words a role is held in open with a body's name)
  const heldIn = opensBodyOfRole(run.nts, parts[0]!.at);
  for (let k = Math.min(parts.length - 1, 6); k >= 1; k--) {
    // (no name ends in a comma: `University of Michigan, Ann Arbor` is a campus's name, not a body's and a woman's)
    if (parts[k - 1]!.text === ",") continue;
    const head = runText(parts.slice(0, k));
    /** A person's name of two words or more follows the first `k` (one word a role is held in: `Chancellor of the Exchequer`). */
    const personAfter = (k >= 2 || heldIn) && parts.length - k >= 2 && (isFirstName(parts[k]!.text) || (surnameAlone && strangersName(parts.slice(k))));
    // `Council on American-Islamic Relations Alia Salem`: an institution's name, then a person's
    // (a name does not end in its connector or article: `Economic Community of` before `West African States`,
    // `International Committee of the` before `Red Cross`)
    // (a body's name, read so by the role before it, ends in no given name: `Joint Chiefs Ann` before `Marie Lowe`)
    const institution = personAfter && !CONNECTORS.has(parts[k - 1]!.text) && !GLUE_WORDS.has(parts[k - 1]!.text) && ((k >= 3 && isInstitutionName(parts.slice(0, k))) || (heldIn && !isFirstName(parts[k - 1]!.text)));
    // `Oxfam Bangladesh Sumaiya Haque`: a listed body's name and one word more (its chapter, its branch), then a person's
    const chapter = personAfter && isListedOrganization(runText(parts.slice(0, k - 1)));
    // (a head word alone names nothing: `St.` opens `St. John's Ambulance`)
    // (nor does a town of two letters, which may be a name's first word: `Wa Ode Nurhayati`)
    if (aliases.lookup(head) === undefined && !COUNTRIES.has(head) && !(CITIES.has(head) && head.length > 2) && !(k > 1 && HEAD_WORDS.has(parts[k - 1]!.text)) && !institution && !chapter) continue;
    const rest = parts.slice(k).map((p) => p.text);
    // (a town's name that is a given name before a surname's particle is the given name: `Florence De Luca`)
    if (k === 1 && isFirstName(head) && NAME_PARTICLES.has(rest[0]!.toLowerCase())) return 0;
    // (a person's name opens with no everyday word save a given name: `Seattle Public Utilities` is one body's)
    const personLike =
      rest.length >= 2 &&
      rest.length <= 3 &&
      rest.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !HEAD_WORDS.has(w) && !OFFICE_WORDS.has(w)) &&
      (isFirstName(rest[0]!) || !VOCABULARY.has(rest[0]!.toLowerCase()));
    return personLike ? k : 0;
  }
  return 0;
}

/**
 * The run's title words end right before word `k`: the word before it is a title's, not one opening a country's name
 * (`Sri Lanka`) nor a body's or a portfolio's word before `in` or `and` (`Council for Peace and Justice in Africa`,
 * `Council for Justice and Peace`, `Minister for Justice and Equality Ann Cole`), or a two-word title whose last word
 * alone names a body ends there (`Medical Examiner`, not the `Examiner`).
 */
function titleEndsBefore(texts: readonly string[], k: number): boolean {
  if (isTitlePart(texts[k - 1]!) && !opensCountryName(texts, k - 1) && texts[k] !== "in" && texts[k] !== "and") return true;
  // (a role noun in capitals before `of` opens an office, though it is a given name too: `Dean of Orsel`, `Provost of Kelmo`)
  if (k === 1 && texts[1] === "of" && ROLE_NOUNS.has(texts[0]!.toLowerCase())) return true;
  // (a police rank's letters before a given name and a surname, `PC Eva Lind`, or a surname that is no everyday word, `PC Lind`;
  // `DS Smith` and `PC World` are businesses)
  if (k === 1 && texts.length > 1 && POLICE_RANKS.has(texts[0]!) && (texts.length > 2 ? isFirstName(texts[1]!) : !VOCABULARY.has(texts[1]!.toLowerCase()))) return true;
  return k > 1 && isTwoWordHonorific(texts[k - 2]!, texts[k - 1]!);
}

/** `Sri Lanka`, `Sri Lankan`: a title's word that opens a country's name or its people's is no title there. */
function opensCountryName(texts: readonly string[], k: number): boolean {
  const pair = `${texts[k]} ${texts[k + 1]}`;
  return COUNTRIES.has(pair) || DEMONYMS.has(pair);
}

function makeCandidate(text: string, run: Pending, parts: readonly NameToken[], aliases: AliasTable, titled: boolean): Candidate | undefined {
  const name = runText(parts);
  const words = parts.filter((p) => p.kind === "word" && !GLUE_WORDS.has(p.text)).map((p) => p.text);
  const startIndex = parts[0]!.at;
  const last = parts[parts.length - 1]!;
  const endIndex = last.at + last.width;
  const context = new NameContext(run, words, parts[0]!, last, startIndex, endIndex, text, titled);
  const cls = classifyName(name, words, aliases, context);
  if (cls === undefined) return undefined;
  let roles: string[] = [];
  let pluralTitle: string | undefined;
  if (cls.type === "person") {
    const phrase = leftRolePhrase(run.nts, startIndex, endIndex, run.sentenceStart, run.sentenceEnd);
    roles = rolesFromPhrase(phrase, text);
    const lastTitle = phrase[phrase.length - 1]?.text;
    // (a plural title, `Sens.`, `Justices`, stands for each of the names listed after it)
    if (lastTitle !== undefined && /s\.?$/.test(lastTitle) && HONORIFICS.has(lastTitle) && HONORIFICS.get(lastTitle) !== lastTitle) pluralTitle = HONORIFICS.get(lastTitle);
    const tag = partyTagAt(run.nts, endIndex, run.sentenceEnd, text);
    if (tag !== undefined) roles.push(tag.role);
    roles.push(...context.appositives, ...predicateRoles(run.nts, startIndex, endIndex, run.sentenceStart, run.sentenceEnd, text));
    // (`Castlegate's founder, Dr. Hollis Vantreese,`: a form of address stands between the comma and the name)
    const appositive = isAddressOnly(phrase) ? leadingAppositive(run.nts, phrase[0]?.at ?? startIndex, endIndex, run.sentenceStart, text) : undefined;
    const leading = appositive === undefined ? undefined : leadingRoleOf(appositive, name);
    if (leading !== undefined) roles.unshift(leading);
    const side = courtSideBefore(run.nts, startIndex, run.sentenceStart);
    if (side !== undefined) roles.unshift(side);
  }
  // a name whose brackets open inside it, `(Ana Maria) Varga`, is covered bracket and all
  const start = text[parts[0]!.start - 1] === "(" && text.slice(parts[0]!.start, parts[parts.length - 1]!.end).includes(")") ? parts[0]!.start - 1 : parts[0]!.start;
  return candidate(name, words, start, parts[parts.length - 1]!.end, run.sentence, cls, roles, pluralTitle);
}

/** A preposition that sets a name on, at or in a place right before it: `on Kelvo Green`, `at Parsons Green`. */
const ON_A_PLACE = /\b(?:on|at|in|near|around|across)\s+$/i;

/** `Texas Democrat`, `Livonia Republican`: the first word a state's or a town's, the second a party's member. */
function isSeatBeforeParty(parts: readonly NameToken[]): boolean {
  const seat = parts[0]?.text ?? "";
  return PARTY_MEMBERS.has(parts[1]?.text ?? "") && (REGIONS.has(seat) || CITIES.has(seat) || isUnlistedTown(seat));
}

/** A capitalised word no list knows: before a party's member, a small town's. */
function isUnlistedTown(word: string): boolean {
  return isUnlistedWord(word) && !COUNTRIES.has(word);
}

/** The state or town a party tag names; a state's name, or its abbreviation, is known to be one. */
function partyPlace(tag: PartyTag, sentence: number): Candidate {
  const { written, name, start, end } = tag.place;
  const cls = classified("place", name !== undefined || REGIONS.has(written) ? "known" : "evidence", name);
  return candidate(written, written.split(" "), start, end, sentence, cls, []);
}

/** Where the words after the `of` at index `of` start, past its `the`: `UK` in `of the UK`. */
function afterOf(parts: readonly NameToken[], of: number): number {
  return parts[of + 1]?.text === "the" ? of + 2 : of + 1;
}

/** The index of the last `of` before index `end`, past the first word; 0 or less when there is none. */
function lastOfBefore(parts: readonly NameToken[], end: number): number {
  let k = end - 1;
  while (k > 0 && parts[k]!.text !== "of") k--;
  return k;
}

/** Every candidate has the same fields, so the code that reads them sees one shape. */
function candidate(name: string, words: readonly string[], start: number, end: number, sentence: number, cls: Classification, roles: readonly string[], pluralTitle?: string): Candidate {
  return { name, words, start, end, sentence, cls, roles, pluralTitle, parentheticalOf: undefined };
}

/** An agency or outlet the article's header names (`(Reuters)`, `| Business Day`): a body, unless a table knows it as another kind. */
function outletCandidate(name: string, words: readonly string[], at: Span, sentence: number, aliases: AliasTable): Candidate {
  const cls = classifyName(name, words, aliases, { titled: false, speaker: false, personalPronoun: false, determiner: false });
  return candidate(name, words, at.start, at.end, sentence, cls?.confidence === "known" ? cls : classified("organization", "evidence"), []);
}

/** A role's words in capitals: a role noun after its modifiers (`Partner`, `Managing Partner`, `Senior Analyst`). */
function isCapitalisedRole(words: readonly string[]): boolean {
  const last = words.length - 1;
  return isRoleNoun(words[last]!.toLowerCase()) && words.every((w, k) => k === last || ROLE_MODIFIERS.has(w.toLowerCase()));
}

/**
 * For text whose capitals say nothing (a sentence's first word, a Title Case headline): keep only the
 * longest stretches that a table or the rest of the article knows as names.
 */
function knownOnly(
  text: string,
  run: Pending,
  aliases: AliasTable,
  named: NamedSoFar,
  lowercaseWords: Pick<ReadonlySet<string>, "has">,
): Candidate[] {
  const out: Candidate[] = [];
  const parts = run.parts;
  // a sentence's first word that names whoever speaks or acts in the verb after it, so a name whatever its type
  const actor = (first: NameToken) => run.mode === "initial" && !lowercaseWords.has(first.text.toLowerCase()) && subjectNameBefore(text, first.text, first.end, run.nts[first.at + 1]?.text, run.nts[first.at + 2]?.text);
  let i = 0;
  while (i < parts.length) {
    let matched = 0;
    // known only as a word listed with names (the list may type it: `shareListTypes`) or by its shape, so kept untyped
    let listedOnly = false;
    // table names have at most six words
    for (let k = Math.min(parts.length, i + 6); k > i; k--) {
      const first = parts[i]!;
      if (first.kind !== "word" || GLUE_WORDS.has(first.text) || GLUE_WORDS.has(parts[k - 1]!.text)) continue;
      const single = k - i === 1;
      const word = first.text;
      // a lone closed-class or calendar word (`The`, `Monday`) is never a name, known or not
      if (single && (isCalendarName(word) || isStopword(word) || isSentenceOpener(word))) continue;
      if (single && namesPortfolio(word, parts[k]?.text)) continue;
      const name = single ? word : runText(parts.slice(i, k));
      const known =
        named.names.has(name) ||
        (isKnownWord(name, aliases) && !(single && run.mode !== "plain" && (lowercaseWords.has(word.toLowerCase()) || pluralNounSubject(word, run.nts[first.at + 1]) || isEverydayPersonNoun(word) || everydayTownWord(word, run.nts[first.at + 1], named)))) ||
        (single && named.words.has(word) && !(run.mode === "initial" && !named.core.has(word) && modifiesNounAfter(word, run.nts[first.at + 1], named.leads.has(word)))) ||
        // `The Senate passed`, `Parliament voted`: a legislature's word names one wherever it stands
        (single && LEGISLATURES.has(word)) ||
        (single && isAcronym(word) && !isShouting(text.slice(run.parts[0]!.start, run.parts[run.parts.length - 1]!.end)) && !isLabel(text, first) && !isCry(text, first)) ||
        // `LINDGREN: It is late.`: a transcript's label, or a shouted headline, sets a name the article gives in capitals
        (single && isShoutedNameWord(word, named.core)) ||
        // (`Airbus said`, `Kestrova told`: a word no dictionary has, before a verb of speech, is whoever speaks, and before
        // another past, whoever acted: `Greenpeace called the pact weak`, `Vantor acquired Helix`, where a given name that
        // is also a word may be the word: `Hope faded`; `Muscovites said`, `Brexiteers said`,
        // `Forecasters said`, `Islamists stormed` are people of a kind)
        (single && actor(first)) ||
        // `Margaret "Peggy" Holloway, 82, set out`: a sentence's first word, a given name before a nickname in quotation
        // marks and a capitalised word, opens a person's name (`joinQuotedNicknames`)
        (single && run.mode === "initial" && isFirstName(word) && nicknameOpensName(text, first.end)) ||
        // (`Harrowgate man jailed`: no everyday word before a noun for a person names where they live)
        // (`Jailed man freed` starts with a verb's form)
        (single && run.mode === "initial" && residentAfter(first, run.nts[first.at + 1]) && !/(?:ed|ing)$/.test(word) && isNoWord(word, lowercaseWords)) ||
        // (`Tarvel police said`: a word before what only a state or a town has names the state or the town)
        (single && run.mode === "initial" && namesStateInstitution(run.nts, first.at + 1)) ||
        (k - i === 2 && run.mode === "titlecase" && isPersonPair(word, parts[i + 1]!.text, aliases, lowercaseWords)) ||
        // `Okonjo, who joined in May, said`, `Okonjo, 62, said`, `Airbus, which built the rover,`, `Komeito, the junior partner,`:
        // a word no dictionary has, described by a relative clause or an appositive or given an age or a party, is a name
        (single && run.mode === "initial" && (asideFollows(run.nts, first.at + 1) || ageFollows(run.nts, first.at + 1) || partyFollows(run.nts, first.at + 1)) && isNoWord(word, lowercaseWords) && !isCommonPlural(word)) ||
        // (`Target, the U.S. retailer, rose`: so is an everyday word that an appositive's class noun says is a body or a place)
        (single && run.mode === "initial" && classNounAfter(run.nts, first.at, first.at + 1, run.sentenceEnd) !== undefined) ||
        // `Moody's said`: a possessive that owns nothing is a name written so (see `nameTokens`), and the name's
        // possessive is that name's (`Moody's chief executive` beside it)
        (single && (isPossessiveNameWord(word) || (first.possessive && possessiveForms(word).some((form) => named.names.has(form))))) ||
        // `Apple's Tim Cook`: a possessive opening a sentence before a person's name is whom they work for, and one no
        // dictionary has opening it is a name's whatever follows (`Velmar's space agency said`)
        (single && run.mode === "initial" && first.possessive && (ownsPersonAfter(run.nts, first, first.at + first.width) || isNoWord(word, lowercaseWords))) ||
        // `Everton beat Leeds 2-1`: a word no dictionary has, before a match's result, names a side
        (single && run.mode === "initial" && isNoWord(word, lowercaseWords) && scoreFollows(text, first.end)) ||
        // `Schiphol airport advised travellers`: a word no dictionary has, before a place's or a body's class noun, is its name
        // (a plural for people by what they do is no name: `Fishermen block harbour`, `Dockers block`)
        (single && run.mode === "initial" && CAPITALISED_WORD.test(word) && isNoWord(word, lowercaseWords) && !isMenPlural(word) && !isAgentPlural(word.toLowerCase()) && classNounRightAfter(run.nts, first.at, first.at + 1) !== undefined && !describesNameAfter(run.nts, first.at + 1));
      // (`Tiger Woods, Rory McIlroy and Jon Rahm`: a sentence's first two words listed before a person's name are a name too)
      if (known || (single && (listed(run, first, lowercaseWords) || isBrandShaped(word))) || (k - i === 2 && parts.length === 2 && listedBeforePerson(run, first, parts[1]!))) {
        matched = k - i;
        listedOnly = !known;
        break;
      }
    }
    if (matched === 0) {
      i++;
      continue;
    }
    const slice = parts.slice(i, i + matched);
    const candidate = makeCandidate(text, run, slice, aliases, false);
    if (candidate !== undefined && (candidate.cls.type !== "other" || named.names.has(candidate.name) || named.words.has(candidate.name) || isAcronym(candidate.name) || listedOnly || (matched === 1 && actor(parts[i]!)) || isShoutedNameWord(candidate.name, named.core))) {
      out.push(candidate);
    }
    i += matched;
  }
  return out;
}

/** `LIVE: Election night`, `POLL: Voters split`: an everyday word in capitals before a colon, opening a line, labels what follows. */
function isLabel(text: string, word: NameToken): boolean {
  return text.charCodeAt(word.end) === 58 && (word.start === 0 || text.charCodeAt(word.start - 1) === 10) && isEnglishWord(word.text.toLowerCase());
}

/** `GOAL!`, `SAVE!`: a word in capitals before an exclamation mark is a live report's cry, not an acronym (a word no dictionary has is still read as a name). */
function isCry(text: string, word: NameToken): boolean {
  return text.charCodeAt(word.end) === 33;
}

/** A word in capitals that, in the capitals of running text, ends a name the article gives (`LINDGREN` after `Petra Lindgren`). */
function isShoutedNameWord(word: string, coreNameWords: Pick<KnownNames, "has">): boolean {
  return word.length >= 3 && isUpper(word.charCodeAt(1)) && !hasLower(word) && coreNameWords.has(titleCase(word));
}

/** Where a title's prefix starts past an opening `But`, `Also` or `Then`, which no body's name starts with. */
function afterOpener(prefix: readonly NameToken[]): number {
  return prefix.length > 0 && isSentenceOpener(prefix[0]!.text) ? 1 : 0;
}

/** The head words of an area that has its own officers: `Cook County Assessor`, `Jefferson Parish President`. */
const OFFICED_AREA_HEADS: ReadonlySet<string> = new Set(["County", "Parish", "Borough", "Township", "Province", "Prefecture", "Oblast", "Governorate"]);

/** A body's or an officed area's head word, which a title may follow: `Authority`, `Department`, `County`. */
function isOfficedHead(word: string): boolean {
  return isOrganizationHead(word) || OFFICED_AREA_HEADS.has(word);
}

/**
 * The words before a title word that name a body or an area by its head word: `Harbour Authority` of `Harbour
 * Authority Chairman`, `Bank of England` of `Also Bank of England Governor` (an opening `But` or `Also` left out),
 * `Montgomery County` of `Montgomery County Prosecutor` (not `Montgomery`, a city elsewhere).
 */
function namedBeforeTitle(prefix: readonly NameToken[]): { from: number; to: number } | undefined {
  let from = afterOpener(prefix);
  // (title words before the body's name are skipped: `Assistant Montgomery County Prosecutor`, save the one word a head
  // needs before it, which may be a portfolio's: `Acting Labor Department Secretary`)
  const headAt = prefix.findIndex((p, k) => k > from && isOfficedHead(p.text) && isTitlePart(prefix[k + 1]?.text ?? ""));
  const lastSkipped = headAt > 0 ? headAt - 1 : prefix.length;
  while (from < lastSkipped && isTitlePart(prefix[from]!.text)) from++;
  const found = prefix.findIndex((p, k) => k > from && isTitlePart(p.text));
  // (a rank of two words whose first is a unit's opens the title: `Battalion Chief` of `Cal Fire Battalion Chief`)
  const title = found > 0 && isTwoWordHonorific(prefix[found - 1]!.text, prefix[found]!.text) ? found - 1 : found;
  if (title - from < 2 || GLUE_WORDS.has(prefix[from]!.text) || prefix.slice(from, title).some((p) => p.kind !== "word")) return undefined;
  const head = prefix[title - 1]!.text;
  // (everyday words that end in a trade's head before a title name the office's field: `Emergency Management Commissioner`)
  if (INDUSTRY_HEADS.has(head) && prefix.slice(from, title).every((p) => VOCABULARY.has(p.text.toLowerCase()))) return undefined;
  if (isOfficedHead(head)) return { from, to: title };
  // (`Alliance for Justice`, `Department of Justice`: a title word that is also a field, after a body's head and its `of` or `for`, ends the body's name)
  if (fieldHonorificOfBody(prefix, title)) return { from, to: title + 1 };
  // (`Central Bank of Nigeria`: the head before `of`, capitalised words after it)
  const of = prefix.findIndex((p, k) => k > from && k < title - 1 && p.text === "of");
  const named = of > from && isOrganizationHead(prefix[of - 1]!.text) && prefix.slice(of + 1, title).every((p) => startsUpper(p.text));
  return named ? { from, to: title } : undefined;
}

/** A business's offices, whose holder's title a firm's own name may open: `Quillon CEO`, `Tarvel Chairman`. */
const FIRM_OFFICES: ReadonlySet<string> = new Set(["CEO", "CFO", "COO", "CTO", "Chairman", "Chairwoman", "Chair", "President", "Founder", "Co-founder", "Cofounder", "Chief", "Director", "Spokesman", "Spokeswoman", "Spokesperson", "Owner"]);

/**
 * `Quillon` of `Quillon CEO`: one word no table, dictionary or list of given names has, before a business's office,
 * is the business (a place's, a party's or a people's word is read by the tables: `Texas Governor`, `Labour leader`).
 */
function firmBeforeOffice(prefix: readonly NameToken[], aliases: AliasTable): { from: number; to: number } | undefined {
  const from = afterOpener(prefix);
  const word = prefix[from]?.text ?? "";
  const office = prefix[from + 1]?.text ?? "";
  if (!FIRM_OFFICES.has(office) || prefix[from]!.kind !== "word" || !/^\p{Lu}\p{Ll}/u.test(word) || isTitlePart(word) || isFirstName(word)) return undefined;
  return isEnglishWord(word.toLowerCase()) || isKnownWord(word, aliases) || isStopword(word) ? undefined : { from, to: from + 1 };
}

/**
 * `South Wales Police`, `West Midlands Ambulance Service`: a compass word, a place and a body's head word make one
 * body's name, though the article writes the compass word in lower case elsewhere (`across south Wales`).
 */
function isRegionalBody(parts: readonly NameToken[]): boolean {
  return parts.length >= 3 && COMPASS.has(parts[0]!.text) && isGazetteerPlace(parts[1]!.text) && isOrganizationHead(parts[parts.length - 1]!.text);
}

/**
 * `Airlines UK`, `Police Scotland`: a body's head word and a country's or a region's name make a national body's name,
 * though the article writes the head word in lower case elsewhere (`as airlines scramble`).
 */
function isNationalBody(parts: readonly NameToken[], aliases: AliasTable): boolean {
  const place = parts[1]?.text ?? "";
  return parts.length === 2 && isOrganizationHead(parts[0]!.text) && (COUNTRIES.has(aliases.lookup(place)?.canonical ?? place) || REGIONS.has(place));
}

/** A place the gazetteer or the alias table knows (`Tamil Nadu`, `UK`). */
function isPlaceName(name: string, aliases: AliasTable): boolean {
  return isGazetteerPlace(name) || aliases.lookup(name)?.type === "place";
}

/** Nothing the article has named: for reading a run's words by the tables alone. */
const NOTHING: Pick<ReadonlySet<string>, "has"> = new Set<string>();
const NOTHING_NAMED: NamedSoFar = { names: NOTHING, words: NOTHING, core: NOTHING, leads: NOTHING };

/** The names in `parts` of the run that the tables know, whatever the article has named. */
function knownToTables(text: string, run: Pending, parts: readonly NameToken[], aliases: AliasTable): Candidate[] {
  return knownOnly(text, { ...run, parts }, aliases, NOTHING_NAMED, NOTHING);
}

/**
 * `OpenAI`, `PlayStation`, `DeSantis`: a capital inside a word marks a name wherever the word stands, even
 * first in a sentence. Two words a scraper glued together (`AdvertisementThe`) are not one: their second
 * part is a closed-class word.
 */
function isBrandShaped(word: string): boolean {
  if (!hasInnerCapital(word)) return false;
  const parts = word.split(/(?<=\p{Ll})(?=\p{Lu})/u);
  return !parts.slice(1).some((part) => isStopword(part));
}

/**
 * `Federal investigators`, `Air traffic controllers`: an everyday word that only leads a name (`Federal
 * Aviation Administration`), first in a sentence and before a lower-case word that is no verb of speech
 * or closed-class word, is that word, not the name cut short (`United said` still is). So is any word from
 * inside a body's name that does not lead it, in a dictionary or not: `Cybersecurity experts` beside the
 * `Senate Cybersecurity Caucus` (`leads` tells one that does: `Airbus engineers` beside `Airbus Group`).
 */
function modifiesNounAfter(word: string, next: NameToken | undefined, leads: boolean): boolean {
  if (next === undefined || !/^\p{Ll}/u.test(next.text) || isSpeechVerb(next.text)) return false;
  // (such an everyday word from inside a name is the word before a closed-class word too: `Food must be let in` beside the
  // `World Food Programme`)
  const everyday = VOCABULARY.has(word.toLowerCase());
  if (!leads && everyday) return true;
  return (!leads || everyday) && !isStopword(next.text);
}

/** `Retailers, who have rushed`: an everyday noun's plural, which the everyday list may lack, and no surname (`Peters`). */
function isCommonPlural(word: string): boolean {
  return isEverydayPlural(word) && !SURNAMES.has(word);
}

/** Verbs that agree with a plural subject only. */
const PLURAL_VERBS: ReadonlySet<string> = new Set(["are", "were", "do", "have", "aren't", "weren't", "don't", "haven't", "aren’t", "weren’t", "don’t", "haven’t"]);

/**
 * `Rivers do not stop at borders`: a sentence's first word that is an everyday noun's plural, before a verb that only
 * a plural takes, is that noun, though a town is named so (`Wales are unbeaten` stays a name: no dictionary has `wales`).
 */
function pluralNounSubject(word: string, next: NameToken | undefined): boolean {
  return next !== undefined && PLURAL_VERBS.has(next.text) && isEverydayPlural(word);
}

/**
 * `Drug companies hope`, `Mobile phones are`: a sentence's first word that is an everyday word and a town's name, before
 * a lower-case word that is no closed-class word nor a verb of speech or of the past, is the word, unless the article
 * names the town inside a sentence (`Reading fans cheered` beside `at Reading`).
 */
function everydayTownWord(word: string, next: NameToken | undefined, named: NamedSoFar): boolean {
  if (next === undefined || !/^\p{Ll}/u.test(next.text) || !CITIES.has(word) || !VOCABULARY.has(word.toLowerCase()) || named.names.has(word)) return false;
  return !isStopword(next.text) && isNoVerb(next.text);
}

/** `Man jailed for fraud`, `Woman, 81, walks 100 miles`: a sentence's first word that is an everyday noun for a person is that noun, though a town is named so. */
function isEverydayPersonNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return VOCABULARY.has(lower) && isPersonNoun(lower);
}

/** A word no dictionary has and the article never writes in lower case: a sentence's first word that is a name. */
function isNoWord(word: string, lowercaseWords: Pick<ReadonlySet<string>, "has">): boolean {
  const lower = word.toLowerCase();
  // (a business's sector is a word, though the dictionary lacks its clipped forms: `Tech firm Norvexa`, `Biotech shares`)
  return !VOCABULARY.has(lower) && !lowercaseWords.has(lower) && !SECTORS.has(lower);
}

/** Auxiliaries of a plural subject in the present (`were` is a past, read as one). */
const PLURAL_AUXILIARIES: ReadonlySet<string> = new Set(["are", "have"]);

/** A sentence's first word that names whoever speaks or acts in the verb after it (see `knownOnly`). */
function subjectNameBefore(text: string, word: string, end: number, next: string | undefined, afterNext: string | undefined): boolean {
  const lower = word.toLowerCase();
  // (a class noun no dictionary lists is a noun all the same: `Drugmaker recalls pills`; nor does it list a contraction: `Don't let`)
  const noWord = !isEnglishWord(lower) && !CLASS_NOUNS.has(lower) && !/(?:ists|ites|eers|ians)$/.test(word) && !isAgentPlural(lower) && !/n[’']t$/u.test(lower);
  if (speechFollows(text, end, next)) return noWord || ENGLISH_FIRST_NAMES.has(word) || SURNAMES.has(word);
  // (a past spelt as its base is past after a singular name, which the present would give an -s: `Sarno beat Tarvel`;
  // and a plural verb after a word with no plural's -s takes a side or a band as its subject: `Velmar are preparing a bid`)
  if (!noWord || next === undefined) return false;
  if (isSimplePast(next) || isUnchangedPastAfter(word, next) || (PLURAL_AUXILIARIES.has(next) && !word.endsWith("s"))) return true;
  // (and a verb in the present, a review's tense, after an adverb in -ly or before a word that opens no noun phrase of its
  // own: `Fortinbras barely appears`, `Velmarov plays the king`; not `Omicron cases rise` nor `Zelvan teams and volunteers`,
  // where the -s word is a plural noun, and no compound of everyday words, closed or hyphened: `Centre-left wins`)
  if (afterNext === undefined || isClosedCompound(lower) || (lower.includes("-") && lower.split("-").every(isEnglishWord))) return false;
  if (isAdverb(next)) return isPresentVerbForm(afterNext) || isSimplePast(afterNext);
  return isPresentVerbForm(next) && (!/^\p{L}/u.test(afterNext) || (isStopword(afterNext) && !NOUN_JOINS.has(afterNext)) || isAdverb(afterNext));
}

/** What joins a plural noun to more nouns, so no verb comes before it: `teams and volunteers`, `fans of`. */
const NOUN_JOINS: ReadonlySet<string> = new Set(["and", "or", "of", "nor"]);

/** An English adverb in -ly: `barely`, `badly`. */
function isAdverb(word: string): boolean {
  return /^\p{Ll}+ly$/u.test(word) && isEnglishWord(word);
}

/** `, who`, `, whose`, `, which`, an appositive's `, the` or `, a`, or another name's `, formerly` or `, now called` right after the word. */
function asideFollows(nts: readonly NameToken[], at: number): boolean {
  return nts[at]?.text === "," && /^(?:who(?:se)?|which|the|a|an|formerly|previously|now|also|better|known|renamed)$/.test(nts[at + 1]?.text ?? "");
}

/** A word that may describe the name after it rather than be part of it (`Chipmaker`): no acronym or closed-class word, and no name's word. */
function mayDescribe(word: string, aliases: AliasTable): boolean {
  return hasLower(word) && !isStopword(word) && isNoNameWord(word, aliases);
}

/**
 * `Angela Merkel` in a Title Case headline: a first name that is no everyday word (`Will`, `Grace`), then a
 * word that is neither an everyday word, a known place or body, nor one the article writes in lower case.
 */
function isPersonPair(first: string, second: string, aliases: AliasTable, lowercaseWords: Pick<ReadonlySet<string>, "has">): boolean {
  if (!isFirstName(first) || VOCABULARY.has(first.toLowerCase()) || isCalendarName(first)) return false;
  const lower = second.toLowerCase();
  return startsUpper(second) && hasLower(second) && !VOCABULARY.has(lower) && !isStopword(second) && !lowercaseWords.has(lower) && !isKnownWord(second, aliases) && !HEAD_WORDS.has(second);
}

/**
 * `Verlinden, a Dutch insurer, said`: the sentence's first word, no everyday one, that a phrase in commas
 * after it describes as a body or a place is a name the article introduces, known or not.
 */
function describedAfter(run: Pending, parts: readonly NameToken[], aliases: AliasTable, lowercaseWords: Pick<ReadonlySet<string>, "has">): boolean {
  const word = parts[0]!.text;
  if (parts.length !== 1 || isStopword(word) || HEAD_WORDS.has(word) || isEverydayWord(word, aliases) || lowercaseWords.has(word.toLowerCase())) return false;
  return classNounAfter(run.nts, parts[0]!.at, parts[0]!.at + 1, run.sentenceEnd)?.closed === true;
}

/**
 * A sentence's or a clause's first word, no everyday one, listed with a name after it: `Ubisoft, Microsoft and
 * PlayStation VR all had stands`, `four cantons — Schwyz, Glarus and Uri —` (`However, Smith said` starts with an everyday word).
 */
function listed(run: Pending, first: NameToken, lowercaseWords: Pick<ReadonlySet<string>, "has">): boolean {
  const lower = first.text.toLowerCase();
  if (run.mode !== "initial" || first.at !== run.fromIndex || lowercaseWords.has(lower)) return false;
  if (!VOCABULARY.has(lower)) return startsList(run, first.at);
  // (`Apple, Nvidia and Tesla each lost`: an everyday word listed first before two names or more that no dictionary has
  // is one of them)
  return unlistedNamesAfter(run, first.at + 1) >= 2;
}

/** How many names opening with a word no dictionary or list of given names holds are listed one after another from token `at`, up to one `and`. */
function unlistedNamesAfter(run: Pending, at: number): number {
  let count = 0;
  let next = runListedAfter(run.runs, run.nts, at);
  while (next !== undefined && isUnlistedWord(next.run.parts[0]!.text)) {
    count++;
    if (next.joined) return count;
    next = runListedAfter(run.runs, run.nts, next.run.to);
  }
  return 0;
}

/**
 * A sentence's first two words, each capitalised and neither a title's nor a head word, listed before a run that
 * opens with a first name and holds a surname after it: `Tiger Woods, Rory McIlroy and Jon Rahm missed the cut`.
 */
function listedBeforePerson(run: Pending, first: NameToken, second: NameToken): boolean {
  if (run.mode !== "initial" || first.at !== run.fromIndex || first.possessive) return false;
  if ([first, second].some((w) => w.kind !== "word" || !startsUpper(w.text) || isStopword(w.text) || isCalendarName(w.text) || isTitlePart(w.text) || HEAD_WORDS.has(w.text))) return false;
  const next = runListedAfter(run.runs, run.nts, second.at + second.width)?.run.parts;
  return next !== undefined && next.length >= 2 && isFirstName(next[0]!.text) && !isStopword(next[1]!.text) && !HEAD_WORDS.has(next[next.length - 1]!.text);
}

/** The word at `i` is followed, after a comma or `and`/`or`, by another of the sentence's names. */
function startsList(run: Pending, i: number): boolean {
  const next = runListedAfter(run.runs, run.nts, i + 1);
  return next !== undefined && !isStopword(next.run.parts[0]!.text);
}

/**
 * `Nato`, `Aslef`, `Balpa`, `Ofcom`: an acronym spoken as a word, which British style writes with one capital. Each of
 * the name's capitalised words gives its initial, perhaps followed by later letters of its own in order (`Balpa` takes
 * the `l` of British Airline Pilots' Association's `Airline`, `Ofcom` the `f` of Office and the `om` of Communications).
 */
function spellsAsWord(word: string, words: readonly string[]): boolean {
  if (!/^\p{Lu}\p{Ll}{2,7}$/u.test(word)) return false;
  const named = (words[0] === "The" ? words.slice(1) : words).filter((w) => startsUpper(w) && !isLegalSuffix(w)).map((w) => w.toLowerCase());
  return named.length >= 2 && spellsFromWord(named, 0, word.toLowerCase(), 0);
}

/** Words from `i` on give the letters from `j` on: each its initial, then as many of its later letters as the next word leaves. */
function spellsFromWord(words: readonly string[], i: number, letters: string, j: number): boolean {
  if (i === words.length) return j === letters.length;
  const word = words[i]!;
  if (letters[j] !== word[0]) return false;
  // (the earliest match of each further letter leaves the most of the word for the next)
  for (let next = j + 1, from = 1; ; next++) {
    if (spellsFromWord(words, i + 1, letters, next)) return true;
    const at = next < letters.length ? word.indexOf(letters[next]!, from) : -1;
    if (at < 0) return false;
    from = at + 1;
  }
}

/**
 * `Nigerian Meteorological Agency (NiMet)`, `Federal Express (FedEx)`, `California Department of Forestry and Fire
 * Protection (Cal Fire)`: a short form of syllables or words, each capital opening the start of a word of the name, the
 * first word first, the rest in order (words may be passed over).
 */
function spellsBySyllables(word: string, words: readonly string[]): boolean {
  const syllables = /^(?:\p{Lu}\p{Ll}+){2,4}$/u.test(word) ? word.match(/\p{Lu}\p{Ll}+/gu)! : /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}$/u.test(word) ? word.split(" ") : [];
  let k = 0;
  for (const w of words) {
    if (k === syllables.length) break;
    if (w.toLowerCase().startsWith(syllables[k]!.toLowerCase())) k++;
    else if (k === 0) return false;
  }
  return syllables.length > 0 && k === syllables.length;
}

/**
 * `Associated Society of Locomotive Engineers and Firemen (Aslef)`: one capitalised word in brackets right
 * after a body's name whose initials it spells is the body's acronym, written as a word (`found` is in text order).
 */
function bracketedInitials(text: string, run: Pending, found: readonly Candidate[]): Candidate | undefined {
  const word = run.parts[0]!;
  if (run.parts.length !== 1 || text[word.start - 1] !== "(" || text[word.end] !== ")") return undefined;
  const named = found[lastAtMost(found, word.start, (c) => c.start)];
  if (named === undefined || named.cls.type === "person" || !/^\s*\($/.test(text.slice(named.end, word.start)) || !spellsAsWord(word.text, named.words)) return undefined;
  return candidate(word.text, [word.text], word.start, word.end, run.sentence, classified(named.cls.type, "evidence"), []);
}

/** `JFK` of `John Fitzgerald Kennedy`, `AOC` of `Alexandria Ocasio-Cortez`: the initials of a person's words and of their hyphened parts. */
function initialsOfPerson(acronym: string, words: readonly string[]): boolean {
  return words.flatMap((w) => w.split("-")).map((w) => w[0]!.toUpperCase()).join("") === acronym.toUpperCase();
}

/** `AfD`, `PiS`, `DfE`: an acronym written with a small letter inside, which only brackets after a name make one. */
const MIXED_CASE_ACRONYM = /^\p{Lu}\p{Ll}?\p{Lu}\p{Ll}?\p{Lu}?$/u;

function linkConjunctionsAndParentheticals(candidates: Candidate[], text: string): void {
  for (let i = 1; i < candidates.length; i++) {
    const prev = candidates[i - 1]!;
    const cur = candidates[i]!;
    const between = text.slice(prev.end, cur.start);
    const and = /^\s+and\s+$/.test(between);
    const stormKind = prev.cls.type === "event" ? stormKindOfPlural(prev.words[0]!) : undefined;
    if (stormKind !== undefined) {
      // `Hurricanes Harvey, Irma and Maria`: each name listed after a storm's kind in the plural is a storm of that kind
      candidates[i - 1] = { ...prev, name: `${stormKind} ${prev.words.slice(1).join(" ")}`, words: [stormKind, ...prev.words.slice(1)] };
      for (let k = i; k < candidates.length; k++) {
        const gap = text.slice(candidates[k - 1]!.end, candidates[k]!.start);
        const closesList = LIST_AND.test(gap);
        if (!closesList && !LIST_COMMA.test(gap)) break;
        const storm = candidates[k]!;
        candidates[k] = { ...storm, name: `${stormKind} ${storm.name}`, words: [stormKind, storm.name], cls: classified("event", "evidence") };
        if (closesList) break;
      }
    } else if (prev.pluralTitle !== undefined && prev.cls.type === "person" && (and || LIST_COMMA.test(between))) {
      // `Sens. John McCain and Lindsey Graham`, `Justices Clarence Thomas, Neil Gorsuch and Amy Coney Barrett`: each name
      // listed after a plural title, up to the `and` that closes the list, shares it
      const last = lastListed(candidates, i - 1, text);
      for (let k = i; k <= last; k++) if (candidates[k]!.roles.length === 0) candidates[k] = { ...candidates[k]!, roles: [prev.pluralTitle] };
      if (last >= i) i = last;
    } else if (and && (prev.cls.type === "other" || prev.cls.type === "person" || givenNameOfTown(prev, text)) && cur.cls.type === "person" && sharesSurnameAfter(candidates, i - 1) && !PART_PLAYED.test(text.slice(Math.max(0, prev.start - 40), prev.start))) {
      // `Mark and Lena Pruett`: a given name alone before another's full name shares its surname, unless it called back someone named before
      candidates[i - 1] = { ...prev, name: `${prev.name} ${cur.words[1]!}`, words: [prev.name, cur.words[1]!], cls: classified("person", "evidence") };
    } else if (/^\s*\(\s*$/.test(between) && text[cur.end] === ")" && (isAcronym(cur.name) || MIXED_CASE_ACRONYM.test(cur.name) || spellsAsWord(cur.name, prev.words) || spellsBySyllables(cur.name, prev.words)) && !(prev.cls.type === "place" && cur.cls.type === "organization") && !(prev.cls.type === "person" && !initialsOfPerson(cur.name, prev.words))) {
      // `Helios Power Systems (HPS)` introduces an acronym; `KABUL (AP)` names the agency, not Kabul
      // (a person's only where it spells their initials, `John Fitzgerald Kennedy (JFK)`: `Halvik (LD)` names the party)
      // (an acronym of another language's words may not spell the name's initials: `Alternative for Germany (AfD)`)
      candidates[i] = { ...cur, parentheticalOf: i - 1 };
    } else if ((KNOWN_AS.test(between) || isRenamedAs(between, text, cur.end)) && prev.cls.type !== "place" && cur.cls.confidence !== "known") {
      // `the National Institute for Space Research, known as INPE`, `Jin, whose real name is Kim Seok-jin`: another name the article gives it
      // (names of several words are grouped before single words, so a single word joins the real name after it, unless
      // it calls back a name given before: `The singer Lila Varo … Varo, whose real name is Ana Petrescu`)
      const calledBack = prev.words.length === 1 ? fullNameBefore(candidates, i - 1) : undefined;
      if (prev.words.length === 1 && cur.words.length >= 2 && /\bwhose\b/i.test(between) && calledBack === undefined) candidates[i - 1] = { ...prev, parentheticalOf: i };
      else candidates[i] = { ...cur, parentheticalOf: calledBack ?? i - 1 };
    }
  }
}

/**
 * `Mary and Tom Jackson`: a town's name (Mary, Turkmenistan) that the name lists give a sex may be the given name of one of a
 * couple, where no preposition makes it where something is or goes (`flights to Sydney and Tom Reed`).
 */
function givenNameOfTown(c: Candidate, text: string): boolean {
  if (c.cls.type !== "place" || !CITIES.has(c.name) || !(FEMININE_NAMES.has(c.name) || MASCULINE_NAMES.has(c.name))) return false;
  return !afterPlacePreposition(text, c.start);
}

/**
 * `Eva Lind as a brittle Gertrude and Ben Ode as Claudius`: a given name after `as` or an indefinite article (and a word or two
 * that describe) is a part played or a kind of person, which shares no one's surname (`such as` still lists people).
 */
const PART_PLAYED = /(?:\ban?\s+(?:\p{Ll}+\s+){0,2}|(?<!\bsuch\s)\bas\s+)$/u;

/** The lone given name at `k` names one of a couple or siblings with the full name after it (`Mark and Lena Pruett`). */
function sharesSurnameAfter(candidates: readonly Candidate[], k: number): boolean {
  const given = candidates[k]!;
  const full = candidates[k + 1]!;
  if (given.words.length !== 1 || full.words.length !== 2 || !isFirstName(given.name) || !isFirstName(full.words[0]!) || SURNAMES.has(given.name)) return false;
  // (an everyday word is a given name here only where the name lists give it a sex: `Mark`, not `Shell`)
  if (VOCABULARY.has(given.name.toLowerCase()) && !FEMININE_NAMES.has(given.name) && !MASCULINE_NAMES.has(given.name)) return false;
  for (let j = 0; j < k; j++) if (candidates[j]!.cls.type === "person" && candidates[j]!.words.includes(given.name)) return false;
  return true;
}

/** The first person's name of several words given before `k` that holds the single word at `k`: whom that word calls back. */
function fullNameBefore(candidates: readonly Candidate[], k: number): number | undefined {
  for (let j = 0; j < k; j++) if (candidates[j]!.cls.type === "person" && candidates[j]!.words.length > 1 && candidates[j]!.words.includes(candidates[k]!.name)) return j;
  return undefined;
}

/** The last of the people listed after `first` by commas and a closing `and`; `first` itself where no such list follows. */
function lastListed(candidates: readonly Candidate[], first: number, text: string): number {
  for (let k = first + 1; k < candidates.length && candidates[k]!.cls.type === "person"; k++) {
    const between = text.slice(candidates[k - 1]!.end, candidates[k]!.start);
    if (LIST_AND.test(between)) return k;
    if (!LIST_COMMA.test(between)) break;
  }
  return first;
}

/** `Odebrecht, now called Novonor,`, `Novonor, formerly Odebrecht,`, `Twitter (now X)`: between a body's name and the name it took or had. */
const RENAMED =
  /^(?:,\s+(?:(?:(?:now|since|later|formerly|previously|once)\s+)?(?:called|named|renamed|rebranded\s+as|rebranded)|now|formerly|previously|which\s+(?:has\s+|was\s+)?(?:since\s+|later\s+)?(?:renamed|rebranded)\s+itself(?:\s+as)?)|\s+\((?:now|formerly|previously|then)(?:\s+(?:called|named|known\s+as))?)\s+(?:the\s+)?$/i;

/** The name after `between` is the one before's new or old name, unless a possessive or a preposition after it makes it another's (`Ruiz, formerly Acme's chief`). */
function isRenamedAs(between: string, text: string, nameEnd: number): boolean {
  return RENAMED.test(between) && !/^(?:['’]s?\b|\s+(?:of|at|for)\b)/.test(text.slice(nameEnd, nameEnd + 5));
}

/** A described person before the cue: `Lee, the 30-year-old mid-laner known as Fakro`. */
const DESCRIBED = String.raw`(?:(?:the|an?|his|her|its|their)\s+(?:[\p{Ll}\d][\p{Ll}\d'’-]*\s+){1,4})?`;
/** `known as`, `better known as`, `nicknamed`, `known by its initials`, `known by his stage name`. */
const KNOWN = String.raw`(?:who\s+(?:is|was)\s+|which\s+(?:is|was)\s+)?(?:(?:also|better|more commonly|commonly|popularly|widely|locally|now|formerly)\s+)?(?:known\s+(?:(?:widely|locally|popularly)\s+)?as|nicknamed|known\s+by\s+(?:its|their|the|his|her)\s+(?:[a-z]+\s+)?(?:initials|acronym|abbreviation|name|nickname|moniker))\s+(?:the\s+)?`;
/** `who plays as`, `who goes by`, `who performs under the stage name`. */
const PLAYS_AS = String.raw`(?:who|which)\s+(?:plays|played|goes|went|performs|performed|competes|competed|streams|fights|fought|wrestles|wrestled|raps|rapped)\s+(?:as|by|under)\s+(?:the\s+(?:[a-z]+\s+)?name\s+)?`;
/** `whose real name is`. */
const REAL_NAME = String.raw`whose\s+(?:real|full|birth|legal|given)\s+name\s+(?:is|was)\s+`;
/** What stands between a name and another name the article gives it, perhaps after its holder's age (`Moreau, 34, whose real name is`). */
const KNOWN_AS = new RegExp(`^,?\\s+(?:\\d{1,3},\\s+)?${DESCRIBED}(?:${KNOWN}|${PLAYS_AS}|${REAL_NAME})$`, "iu");

/** A title without the article it opens with: `The Salt Road` → `Salt Road`, as a name's run leaves it. */
function withoutArticle(title: string): string {
  return title.replace(/^The /, "");
}
