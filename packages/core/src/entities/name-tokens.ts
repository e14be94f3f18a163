import { isHolidayName } from "../dates/holidays.js";
import { isAbbreviation } from "../text/abbreviations.js";
import { CLOSERS, closesAbbreviation } from "../text/sentences.js";
import type { Token } from "../text/tokenize.js";
import { ARABIC_ARTICLES, CAMPAIGN_VERBS, CAPITALISED_WORD, CLASS_NOUNS, DEFAULT_ALIASES, DEMONYMS, FIRST_NAMES, GROUP_WORDS, HEAD_WORDS, LEGAL_SUFFIXES, ORGANIZATIONS, ROLE_NOUNS, SHOP_HEADS, VOCABULARY, demonymOfPlural, isEnglishWord, isFirstName, isGazetteerPlace, isLegalSuffix, isMenPlural, isTitlePart } from "./lexicon.js";
import { isCapitalLetter, startsUpper } from "../text/chars.js";
import { isIrregularPast, isSimplePast } from "../text/past-tense.js";
import { isSpeechVerb } from "../text/speech-verbs.js";
import { isStopword } from "../text/stopwords.js";
import { LOCATIVES } from "../text/prepositions.js";

/** A token as the entity layer sees it: hyphenated words split where their parts name different things, possessives cut off. */
export interface NameToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Index of the source token. */
  readonly token: number;
  readonly kind: "word" | "number" | "punct";
  /** True when the source word carried a possessive `’s` or `'s` (not part of `text`). */
  readonly possessive: boolean;
  /** True when the word was glued by a hyphen to the next part (`anti-ISIS`, `Shiite-majority`). */
  readonly hyphenBefore: boolean;
  /** Position in the sentence's name tokens, and how many of them it covers (`P5+1` folds three). */
  readonly at: number;
  readonly width: number;
}

const POSSESSIVE = /['’]s$/u;
const TOP_LEVEL_DOMAINS: ReadonlySet<string> = new Set(["com", "org", "net", "io", "ai", "co", "gov", "edu", "tv", "uk", "de", "fr", "in", "au", "ca", "us", "eu", "es", "nl", "ch", "jp", "cn", "ru", "fyi", "me", "app", "ly", "info", "news", "fm", "dev"]);
const SAINTS: ReadonlySet<string> = new Set(["St", "St.", "Saint", "Ste."]);
/** Plurals without an `s` besides those in `-men`, which `isMenPlural` reads (`Women`, `Fishermen`). */
const PLURALS_WITHOUT_S: ReadonlySet<string> = new Set(["Children", "People"]);

/** `Magistrates`, `Governors`, `Pensioners`: the plural of a noun for people by what they do, which the word list may lack; no first name. */
function endsAsPeoplePlural(word: string): boolean {
  return /(?:ers|ors|ates|ians|ists|ants|ents|ans)$/.test(word) && !FIRST_NAMES.has(word);
}

/**
 * `St Thomas' Hospital`, `St John's College`, `Children's Hospital`, `Farmers' Union`: a saint's or a plural
 * common noun's possessive inside a name, which a head word or the end of one to three capitalised words
 * closes. Anyone else's possessive ends a name (`Iran's Foreign Ministry`, `Trump's Cabinet`).
 */
function possessiveInName(out: readonly NameToken[], possessor: string, start: number, tokens: readonly Token[], next: number, to: number): boolean {
  const before = out[out.length - 1];
  if (next < to && inHolidayName(out, possessor, start, tokens[next]!.text)) return true;
  const saint = before !== undefined && SAINTS.has(before.text) && before.end + 1 === start;
  // (a title's plural is a common noun's too, though the word list may lack it: `Bishops' Conference`, `Rabbis' Council`)
  const plural =
    PLURALS_WITHOUT_S.has(possessor) ||
    isMenPlural(possessor) ||
    (possessor.endsWith("s") && CAPITALISED_WORD.test(possessor) && (VOCABULARY.has(possessor.toLowerCase()) || endsAsPeoplePlural(possessor) || isTitlePart(possessor.slice(0, -1))));
  if (!saint && !plural) {
    const wordBefore = before !== undefined && before.end + 1 === start ? before.text : undefined;
    return holdersOffice(possessor, tokens, next, to) || placeNamedFor(possessor, tokens, next, to, wordBefore) || foundersInstitution(possessor, tokens, next, to, wordBefore);
  }
  // a party's or a people's plural owns what follows, as a name's does not: `the Republicans' Senate majority`; so does a
  // body's plural head word after the body's other words (`Corvel Films' Sanctuary`, `Velmar Rovers' Tom Hale`)
  if (!saint && (GROUP_WORDS.has(possessor) || demonymOfPlural(possessor) !== undefined)) return false;
  if (!saint && before !== undefined && startsUpper(before.text) && !isStopword(before.text.toLowerCase()) && HEAD_WORDS.get(possessor) === "organization") return false;
  let k = next;
  for (; k < to && k < next + 3; k++) {
    const w = tokens[k]!;
    if (w.kind !== "word" || !startsUpper(w.text)) break;
    if (HEAD_WORDS.has(w.text)) return true;
  }
  // capitalised words that end there close the name too: `Nurses' Health Study`, `Department of Veterans' Affairs`
  return k > next && (k === to || tokens[k]!.kind !== "word" || !startsUpper(tokens[k]!.text));
}

/** `New Year's Day`, `St Patrick's Day`, `April Fools' Day`: a possessive inside a holiday's name, with up to two words before it. */
function inHolidayName(out: readonly NameToken[], possessor: string, start: number, after: string): boolean {
  let name = possessor;
  let at = start;
  for (let k = out.length; k >= Math.max(0, out.length - 2); k--) {
    if (k < out.length) {
      if (out[k]!.end + 1 !== at) return false;
      name = `${out[k]!.text} ${name}`;
      at = out[k]!.start;
    }
    if (isHolidayName(`${name}'s ${after}`) || isHolidayName(`${name}' ${after}`)) return true;
  }
  return false;
}

/** The word without its possessive `’s` or `'s`, if it has one: `the company's` is `company`. */
export function withoutPossessive(word: string): string {
  return word.endsWith("s") && POSSESSIVE.test(word) ? word.slice(0, -2) : word;
}

/** The word's possessive as either apostrophe writes it. */
export function possessiveForms(word: string): readonly string[] {
  return [`${word}'s`, `${word}’s`];
}

/** `Davies'`: after a final s, a possessive's apostrophe stands alone, right after the word. */
export function isBarePossessive(word: Pick<Token, "text" | "end">, apostrophe: Pick<Token, "text" | "start">): boolean {
  return word.text.endsWith("s") && (apostrophe.text === "'" || apostrophe.text === "’") && apostrophe.start === word.end;
}

/** A capitalised word kept whole with its `’s` (see `isPossessiveName`): `McDonald's`, `Moody’s`. */
export function isPossessiveNameWord(word: string): boolean {
  return POSSESSIVE.test(word) && startsUpper(word);
}

/** Words after which a possessive owns nothing: the end of a clause, or a verb (`Moody's said`, `Macy's will`). */
const OWNS_NOTHING_AFTER: ReadonlySet<string> = new Set([",", ".", ";", ":", "!", "?", ")", "”", "—", "–", "is", "was", "has", "had", "will", "would", "can", "could", "did", "does"]);

/** Words that open a phrase of time or place after where something is: `at Lord's on Thursday`. */
const AFTER_A_VENUE: ReadonlySet<string> = new Set(["on", "in", "at", "this", "last", "next", "since", "until", "during", "before", "after", "when", "where", "and"]);

/** Words that open a verb's object: an article, a possessive pronoun or a quantity word. */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(["a", "an", "the", "its", "his", "her", "their", "this", "these", "that", "those", "some", "more", "most", "all"]);

/**
 * `Moody's said`, `supplies Tesco and Sainsbury's.`, `McDonald's and Walgreens were`: a capitalised word's
 * possessive that owns nothing is a name written so, as shops and firms named for their founder are.
 * (`Tesco's and Sainsbury's shares`: a possessive after `and` shares what the second one owns.)
 */
function isPossessiveName(stem: string, tokens: readonly Token[], next: number, to: number): boolean {
  if (!startsUpper(stem) || isStopword(stem.toLowerCase())) return false;
  // (after `than` or the second `as` of `as … as`, a possessive owns what the comparison's first half names: `faster than
  // Qualcomm's.`, `not as strong as Sony's,`, `as good as Tom Hale's`)
  let k = next - 2;
  while (k > next - 5 && tokens[k] !== undefined && startsUpper(tokens[k]!.text)) k--;
  if (tokens[k]?.text === "than" || (tokens[k]?.text === "as" && (tokens[k - 2]?.text === "as" || tokens[k - 3]?.text === "as"))) return false;
  const after = tokens[next];
  if (next >= to || after === undefined) return true;
  // (a straight quotation mark closes a quotation only when glued to the word: `at McDonald's."`, not `Microsoft's "Countdown"`)
  if (OWNS_NOTHING_AFTER.has(after.text) || isSpeechVerb(after.text) || (after.text === '"' && after.start === tokens[next - 1]!.end)) return true;
  // (nor does one after `at` before a word that starts a phrase of time or place: `at Lord's on Thursday`, `at Claridge's in London`)
  if (tokens[next - 2]?.text === "at" && AFTER_A_VENUE.has(after.text)) return true;
  // (nor one before a past verb and its object: `Christie's sold a Picasso`, `Macy's bought the chain`, not `Labour's left wing`;
  // or a name for its object, after a past no adjective shares, by one no place: `Christie's sold Vincent van Gogh's`, not
  // `Spain's embattled King` or `Britain's lost Empire`)
  const object = next + 1 < to ? tokens[next + 1]!.text : undefined;
  if (
    object !== undefined &&
    ((isSimplePast(after.text) && (OBJECT_OPENERS.has(object) || /^[\d$€£¥]/.test(object))) ||
      (isIrregularPast(after.text) && startsUpper(object) && !isStopword(object.toLowerCase()) && !namesPlaceOrPeople(stem)))
  ) {
    return true;
  }
  if (after.text !== "and" && after.text !== "or") return false;
  const other = tokens[next + 1];
  return other !== undefined && next + 1 < to && startsUpper(other.text) && !POSSESSIVE.test(other.text);
}

/**
 * Institutions and places named for their founder, patron or cause in the possessive: `Addenbrooke's Hospital`,
 * `Queen's University`, `Alzheimer's Society`, `Lincoln's Inn`, `Regent's Park`; a disease named for its describer opens a name
 * too (`the Parkinson's Disease Foundation`).
 */
const FOUNDED_INSTITUTIONS: ReadonlySet<string> = new Set(["Hospital", "Infirmary", "College", "University", "School", "Church", "Cathedral", "Chapel", "Abbey", "Society", "Association", "Trust", "Foundation", "Fund", "Charity", "Inn", "Park", "Disease", "Syndrome"]);

/**
 * `Addenbrooke's Hospital`, `King's College London`, `Joe's Pizza`: one capitalised word's possessive before the head word
 * of an institution or a shop so named, or before `Research` and more of a charity's name (`Alzheimer's Research UK`, where
 * `Microsoft's Research Asia` is a known firm's unit). Not before `of`, where the possessor owns a body named in full (`Yale's School of Medicine`),
 * nor a place's or a people's possessive (`Britain's Church`).
 */
function foundersInstitution(possessor: string, tokens: readonly Token[], next: number, to: number, wordBefore: string | undefined): boolean {
  // (after `the`, up to two more capitalised words may stand before the head word: `the Noah's Ark Children's Hospital`)
  let at = next;
  if (wordBefore === "the" || wordBefore === "The") while (at < Math.min(to - 1, next + 2) && tokens[at]!.kind === "word" && startsUpper(tokens[at]!.text) && !FOUNDED_INSTITUTIONS.has(tokens[at]!.text)) at++;
  // (and one before a shop's: `Kessler's Fine Jewelry`)
  else if (next + 1 < to && tokens[next]!.kind === "word" && startsUpper(tokens[next]!.text) && SHOP_HEADS.has(tokens[next + 1]!.text)) at++;
  const head = tokens[at];
  return (
    at < to &&
    head!.kind === "word" &&
    (FOUNDED_INSTITUTIONS.has(head!.text) || SHOP_HEADS.has(head!.text) || (head!.text === "Research" && at + 1 < to && startsUpper(tokens[at + 1]!.text) && !ORGANIZATIONS.has(possessor.toLowerCase()))) &&
    tokens[at + 1]?.text !== "of" &&
    CAPITALISED_WORD.test(possessor) &&
    !namesPlaceOrPeople(possessor)
  );
}

/** `Britain's`, `Welsh`, `Democrats'`: a possessor that owns what follows it rather than naming it. */
function namesPlaceOrPeople(word: string): boolean {
  return isGazetteerPlace(word) || DEFAULT_ALIASES.has(word) || DEMONYMS.has(word) || GROUP_WORDS.has(word);
}

/**
 * What an office-holder's possessive names: a body (`Sheriff's Office`, `Prime Minister's Office`, `Coroner's Court`)
 * or a prize given in the office's name (`the Emperor's Cup`, `the King's Cup`, `the Queen's Award`).
 */
const HOLDERS_HEADS: ReadonlySet<string> = new Set(["Office", "Department", "Court", "Service", "Cup", "Trophy", "Award", "Awards", "Medal", "Prize", "Plate", "Shield", "Stakes"]);

/** `Information Commissioner's Office`, `Attorney General's Office`, `Mayor's Office of Housing`, `Emperor's Cup`: an office's title owns a body or a prize in its name. */
function holdersOffice(possessor: string, tokens: readonly Token[], next: number, to: number): boolean {
  const head = tokens[next];
  return next < to && head!.kind === "word" && HOLDERS_HEADS.has(head!.text) && isTitlePart(possessor);
}

/** The features a place named in the possessive ends with: `Martha's Vineyard`, `Land's End`, `King's Cross`, `Becher's Brook`, `Miller's Fields`. */
const NAMED_FEATURES: ReadonlySet<string> = new Set(["Bay", "Island", "Isle", "Point", "Cross", "End", "Wood", "Vineyard", "Creek", "Brook", "Heath", "Landing", "Corner", "Cove", "Harbour", "Harbor", "Reef", "Field", "Fields", "Meadow", "Meadows", "Common"]);

/** `Land's End`, `Becher's Brook`: a name's possessive word and the feature's word it is named by. */
export function isPlaceNamedFor(possessive: string, feature: string): boolean {
  return NAMED_FEATURES.has(feature) && isPossessiveNameWord(possessive);
}

/**
 * `Land's End`, `Fisher's Island`: one capitalised word's possessive, no name's last word, before a feature's word that ends the name
 * (before one more capitalised word or `of` the possessor owns what follows: `Musk's Island Project`, `Mary Hobson's Bay house`, `Tesla's Point of
 * view`); a place's or a people's possessive owns the feature (`Britain's Island`). A campaign's verb may stand before it: `Save Miller's Fields`.
 */
function placeNamedFor(possessor: string, tokens: readonly Token[], next: number, to: number, wordBefore: string | undefined): boolean {
  const feature = tokens[next];
  if (next >= to || feature!.kind !== "word") return false;
  // (`Cox's Bazar`: or the gazetteer knows the place, whatever its feature)
  if (isGazetteerPlace(`${possessor}'s ${feature!.text}`)) return true;
  const after = tokens[next + 1];
  const endsName = next + 1 >= to || after!.kind !== "word" || (!startsUpper(after!.text) && after!.text !== "of");
  // (`near King's Lynn`, `in Bishop's Stortford`: a title's possessive and one more word, where a place is, name a town)
  if (endsName && LOCATIVES.has(wordBefore ?? "") && isTitlePart(possessor) && CAPITALISED_WORD.test(feature!.text)) return true;
  return (
    NAMED_FEATURES.has(feature!.text) &&
    endsName &&
    (wordBefore === undefined || !startsUpper(wordBefore) || CAMPAIGN_VERBS.has(wordBefore)) &&
    CAPITALISED_WORD.test(possessor) &&
    !namesPlaceOrPeople(possessor)
  );
}

/** `I'm`, `We've`, `It's`: a pronoun and a verb's contraction. */
const PRONOUN_CONTRACTION = /^(?:I|We|You|They|He|She|It)['’]\p{Ll}{1,2}$/u;

/** Whether a capitalised word is a pronoun's contraction: the apostrophe is looked for first, as every capitalised word is asked. */
function isPronounContraction(word: string): boolean {
  return word.length <= 7 && (word.includes("'") || word.includes("’")) && PRONOUN_CONTRACTION.test(word);
}

/** Capitalised, an acronym, a dotted abbreviation, or a letter-digit code such as P5 or nP5. */
export function isNameish(t: NameToken): boolean {
  if (t.kind !== "word") return false;
  // most words are plain ASCII: decide those by their first letter without a Unicode regex
  const first = t.text.charCodeAt(0);
  // (a pronoun's contraction opens no name: `I'm Tom Hughes`)
  if (first >= 65 && first <= 90) return !isPronounContraction(t.text);
  if (first >= 97 && first <= 122 && !/\d/.test(t.text)) return isCamelCaseBrand(t.text);
  // (a word that opens with four digits or more is a code, a lot's or a part's, not a name: `22318RB`; `1MDB`, `3M` are names)
  return startsUpper(t.text) || (/\p{Lu}/u.test(t.text) && /\p{N}/u.test(t.text) && !/^\p{N}{4}/u.test(t.text));
}

/**
 * `eBay`, `easyJet`, `iPhone`: a brand written with a small letter first, up to four of them and then a capital
 * and two or more small letters (a unit such as `kWh` or `mAh` has one).
 */
function isCamelCaseBrand(word: string): boolean {
  // (asked of nearly every lower-case word: the pattern runs only when a capital stands second to fifth)
  for (let i = 1; i < Math.min(5, word.length); i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) return CAMEL_CASE_BRAND.test(word);
  }
  return false;
}

const CAMEL_CASE_BRAND = /^[a-z]{1,4}[A-Z][a-z]{2,}/;

/** The letters an acronym is written with, to match a name's initials: `P&G` → `PG`, `U.N.` → `UN`. */
export function acronymLetters(acronym: string): string {
  return acronym.replace(/[.&]/g, "");
}

/** A name with `and` written `&`, as `Procter and Gamble` and `Procter & Gamble` are one name. */
export function ampersandForm(name: string): string {
  return name.includes(" and ") ? name.replace(/ and /g, " & ") : name;
}

/** The initials of a name's words, its legal form left out (`AI` is not `Alphabet Inc.`). */
export function initialsOf(words: readonly string[]): string {
  return mixedInitialsOf(words.filter(startsUpper));
}

/**
 * The initials with each acronym among the words written whole: `U.S. Department of Agriculture` is `USDA`,
 * `UK Health Security Agency` `UKHSA`; undefined when no word is an acronym.
 */
export function initialsWithAcronymsOf(words: readonly string[]): string | undefined {
  if (!words.some(isAcronym)) return undefined;
  return words
    .filter((w) => startsUpper(w) && !isLegalSuffix(w))
    .map((w) => (isAcronym(w) ? acronymLetters(w) : w[0]!))
    .join("");
}

/**
 * `BoE`, `DoJ`, `DfE`: initials that keep a lower-case letter for each small word of the name (`Bank of
 * England`, `Department for Education`), capitals at both ends.
 */
export function isMixedInitialism(word: string): boolean {
  return word.length >= 3 && word.length <= 6 && /^\p{Lu}(?:\p{Ll}?\p{Lu})+$/u.test(word) && /\p{Ll}/u.test(word);
}

/** Every word's first letter as written, its legal form left out: `Bank of England` is `BoE`. */
export function mixedInitialsOf(words: readonly string[]): string {
  return words
    .filter((w) => !isLegalSuffix(w))
    .map((w) => w[0]!)
    .join("");
}

/** The acronym's letters are the initials of the name's words, a leading `The` and a legal form left out: `Bharat Rashtra Samithi` and `BRS`. */
export function spellsInitials(acronym: string, words: readonly string[]): boolean {
  const initials = initialsOf(words[0] === "The" ? words.slice(1) : words);
  return initials.length >= 2 && acronymLetters(acronym) === initials;
}

/** An age written as an adjective: `58-year-old`. */
export function isAgeAdjective(word: string): boolean {
  return /^\d{1,3}-year-old$/.test(word);
}

/** `NATO`, `U.N.`, `P5`, and acronyms joined by a hyphen (`VNO-NCW`, `AFL-CIO`). */
export function isAcronym(text: string): boolean {
  return /^(?:\p{Lu}\.){2,}$/u.test(text) || (/^\p{Lu}[\p{Lu}\p{N}&]{1,6}(?:-\p{Lu}[\p{Lu}\p{N}&]{1,6})?$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text));
}

/**
 * `Hamburg-Berlin`, `Israel-Hamas`, `US-China`: places or known bodies paired by a hyphen, a route's ends or a
 * conflict's sides, each a name of its own; a place the whole names stays one (`Guinea-Bissau`, `Emilia-Romagna`).
 */
function isPairOfKnownNames(parts: readonly string[], whole: string): boolean {
  return parts.every((p) => isGazetteerPlace(p) || DEFAULT_ALIASES.has(p)) && !isGazetteerPlace(whole);
}

/** A hyphen or the Unicode hyphen in a word: one pass over its few letters, where two `includes` searches cost more. */
function hasHyphen(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 45 || c === 0x2010) return true;
  }
  return false;
}

/** The wings of politics a word before them places a party or a voter on: `Centre-left`, `Hard-right`. */
const WINGS: ReadonlySet<string> = new Set(["left", "right"]);

/** Prefixes written with a hyphen before an everyday word: `Anti-corruption`, `Non-profit`, `Self-help`. */
const WORD_PREFIXES: ReadonlySet<string> = new Set(["anti", "non", "co", "self", "ex", "post", "pre", "multi", "semi", "inter", "cross", "counter", "sub", "mid", "pro"]);

/**
 * `Follow-up`, `Anti-corruption`, `Built-in`: a capitalised everyday word or prefix hyphenated to an everyday word
 * in lower case is one compound word; a name's word before the hyphen stays apart (`Kremlin-backed`, `Labour-run`),
 * and so does one before a doer or a doing (`Booker Prize-winner`, `Prize-winning`), which describes someone.
 */
export function isEverydayCompound(parts: readonly string[]): boolean {
  if (parts.length !== 2 || !CAPITALISED_WORD.test(parts[0]!) || !/^\p{Ll}+$/u.test(parts[1]!) || /(?:ers?|ors?|ing)$/.test(parts[1]!)) return false;
  const first = parts[0]!;
  const lower = first.toLowerCase();
  if (FIRST_NAMES.has(first) || GROUP_WORDS.has(first) || DEMONYMS.has(first) || DEFAULT_ALIASES.has(first)) return false;
  // (a wing in politics takes a word spelt one side's way too, the British `Centre-left` as the American `Center-left`)
  return (VOCABULARY.has(lower) || WORD_PREFIXES.has(lower) || (WINGS.has(parts[1]!) && isEnglishWord(lower))) && VOCABULARY.has(parts[1]!);
}

/**
 * One syllable of a romanized Korean or Chinese name: an initial of at most one consonant sound, one to
 * three vowels, and at most one final consonant sound (`jae`, `myung`, `yeol`, `wen`). English word parts
 * seldom fit (`war`, `tech`, `driving`, `pre` do not).
 */
const ROMANIZED_SYLLABLE = /^(?:ch|sh|zh|ts|hs|kk|tt|pp|ss|jj|[bcdfghjklmnpqrstwxyz])?[aeiouy]{1,3}(?:ng|[nmkptlh])?$/i;

/** `Jae-myung`, `Jae-in`, `Ing-wen`: a given name of two syllables whose second is written in lower case. */
export function isRomanizedGivenName(parts: readonly string[]): boolean {
  return parts.length === 2 && /^\p{Lu}\p{Ll}{0,4}$/u.test(parts[0]!) && /^\p{Ll}{1,5}$/u.test(parts[1]!) && ROMANIZED_SYLLABLE.test(parts[0]!) && ROMANIZED_SYLLABLE.test(parts[1]!);
}

/** `United States-led`, `Marshall Islands-flagged`: a participle glued to the last word of the name that runs up to `start`. */
function isParticipleAfterName(parts: readonly string[], before: NameToken | undefined, start: number): boolean {
  return parts[1]!.endsWith("ed") && before !== undefined && before.end + 1 === start && startsUpper(before.text);
}

/** The lower-case links of places' hyphenated names: `Aix-en-Provence`, `Stoke-on-Trent`, `Ashby-de-la-Zouch`, `Weston-super-Mare`. */
const PLACE_LINKS: ReadonlySet<string> = new Set(["sur", "sous", "en", "lès", "les", "le", "la", "de", "du", "des", "au", "aux", "upon", "on", "the", "under", "super", "am", "an", "der", "im", "di", "del", "da"]);

/** `Neuilly-sur-Seine`, `Southend-on-Sea`, `Villeneuve-d'Ascq`: names at both ends (the last may open with an elided link), only capitalised words and place links between. */
export function isParticledPlaceName(word: string): boolean {
  return isParticled(word.split(/[-‐]/u));
}

/** `d'Or`, `l'Évêque`: a French link elided before a capitalised word, link and name in one part (`Villeneuve-d'Ascq`). */
const ELIDED_LINK = /^[dl]['’]\p{Lu}/u;

function isParticled(parts: readonly string[]): boolean {
  const last = parts[parts.length - 1]!;
  const elided = ELIDED_LINK.test(last);
  if (parts.length < (elided ? 2 : 3) || !startsUpper(parts[0]!) || !(elided || startsUpper(last))) return false;
  let linked = elided;
  for (let k = 1; k < parts.length - 1; k++) {
    if (PLACE_LINKS.has(parts[k]!) || ELIDED_LINK.test(parts[k]!)) linked = true;
    else if (!startsUpper(parts[k]!)) return false;
  }
  return linked;
}

/** `N5trn`, `R2bn`, `KSh300m`: a currency's letters glued to an amount and its magnitude. */
const GLUED_AMOUNT = /^\p{Lu}\p{L}{0,2}\d+(?:m|bn|b|tn|trn|k)$/u;
/** `N54`, `R2`, `KSh300`: a currency's letters glued to the whole part of an amount. */
const GLUED_WHOLE = /^\p{Lu}\p{L}{0,2}\d+$/u;

/** The magnitudes written as a word after an amount. */
const MAGNITUDES: ReadonlySet<string> = new Set(["million", "billion", "trillion", "crore", "lakh", "mn", "bn", "tn", "trn"]);

/**
 * `N54.99trn`, `R2.5bn`: a currency's letters glued to an amount (the decimal point splits the token), or to an
 * amount and its magnitude; no code such as `A320` or `G7`, which has neither.
 */
function isGluedAmount(tokens: readonly Token[], i: number, to: number): boolean {
  const t = tokens[i]!;
  const first = t.text.charCodeAt(0);
  const second = t.text.charCodeAt(1);
  if (first >= 48 && first <= 57) return MAGNITUDE_SUFFIXED.test(t.text) && followsCurrency(tokens, i);
  // most words fail here: a capital, then a digit or a letter
  if (first < 65 || first > 90 || t.text.length < 2) return false;
  if (second >= 48 && second <= 57) {
    // `N54` `.` `99trn`
    const point = tokens[i + 1];
    const decimals = tokens[i + 2];
    if (i + 2 < to && point!.text === "." && point!.start === t.end && decimals!.start === point!.end && /^\d/.test(decimals!.text)) return GLUED_WHOLE.test(t.text);
    // `N15 billion`, `R800 million`: or to the whole amount, its magnitude a word after it
    if (i + 1 < to && MAGNITUDES.has(tokens[i + 1]!.text)) return GLUED_WHOLE.test(t.text);
  } else if (!/\d/.test(t.text)) {
    return false;
  }
  return GLUED_AMOUNT.test(t.text);
}

/** `1` `.` `7L`: a number's whole part, its point and its decimals glued together, as the tokenizer splits a measure's (`1.7L`, `2.5kg`). */
export function gluedDecimal(whole: Token | undefined, point: Token | undefined, decimals: Token | undefined): boolean {
  return whole !== undefined && point?.text === "." && point.start === whole.end && decimals?.start === point.end && whole.kind === "number" && /^\d/.test(decimals.text);
}

/** `6B`, `12M`, `300K`: an amount's last digits and its magnitude's letter, which `3M` the company also is. */
const MAGNITUDE_SUFFIXED = /^\d+(?:[KMBT]|bn|tn|m|k)$/;

/** `$6.6B`, `£12M`: the amount's currency sign stands glued before it, its whole part and point between. */
function followsCurrency(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  if (j > 0 && tokens[j]!.text === "." && tokens[j]!.end === tokens[i]!.start && tokens[j - 1]!.end === tokens[j]!.start && /^\d+$/.test(tokens[j - 1]!.text)) j -= 2;
  return j >= 0 && tokens[j]!.end === tokens[j + 1]!.start && /^\p{Sc}$/u.test(tokens[j]!.text);
}

/** A hyphen with one space on each side between two words, as some scrapers write a word's hyphen. */
function isSpacedHyphen(before: Token, hyphen: Token, after: Token): boolean {
  return hyphen.text === "-" && hyphen.start === before.end + 1 && after.start === hyphen.end + 1;
}

/** Whether only closing marks stand from token `from` to the sentence's end at `to`. */
function endsSentence(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!CLOSERS.has(tokens[k]!.text)) return false;
  return true;
}

export function nameTokens(tokens: readonly Token[], from: number, to: number): NameToken[] {
  const out: NameToken[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    // `van 't Schip`, `van ’t Hoff`: Dutch `het` cut to `'t` after `van` is a particle, not a quotation mark and a letter
    if ((t.text === "'" || t.text === "’") && i + 1 < to && tokens[i + 1]!.text === "t" && tokens[i + 1]!.start === t.end && /^[Vv]an$/.test(out.at(-1)?.text ?? "")) {
      out.push({ text: t.text + "t", start: t.start, end: t.end + 1, token: i, kind: "word", possessive: false, hyphenBefore: false, at: out.length, width: 1 });
      i++;
      continue;
    }
    if (t.kind !== "word" || isGluedAmount(tokens, i, to) || (i - 2 >= from && gluedDecimal(tokens[i - 2], tokens[i - 1], t))) {
      out.push({ text: t.text, start: t.start, end: t.end, token: i, kind: t.kind === "word" ? "number" : t.kind, possessive: false, hyphenBefore: false, at: out.length, width: 1 });
      continue;
    }
    const period = tokens[i + 1];
    const domain = tokens[i + 2];
    // `Amazon.com`, `Booking.com`: a company named for its web address is one word
    if (i + 2 < to && period?.text === "." && period.start === t.end && domain!.start === period.end && TOP_LEVEL_DOMAINS.has(domain!.text)) {
      out.push({ text: t.text + "." + domain!.text, start: t.start, end: domain!.end, token: i, kind: "word", possessive: false, hyphenBefore: false, at: out.length, width: 1 });
      i += 2;
      continue;
    }
    // `Novo Nordisk A/S`: a legal form written with a slash is one word
    if (i + 2 < to && period?.text === "/" && period.start === t.end && domain!.start === period.end && LEGAL_SUFFIXES.has(`${t.text}/${domain!.text}`)) {
      out.push({ text: `${t.text}/${domain!.text}`, start: t.start, end: domain!.end, token: i, kind: "word", possessive: false, hyphenBefore: false, at: out.length, width: 1 });
      i += 2;
      continue;
    }
    // `E! News`, `Yahoo! Finance`: a brand's exclamation mark that ends no sentence is part of its word
    if (i + 2 < to && period?.text === "!" && period.start === t.end && closesAbbreviation(tokens, i + 1)) {
      out.push({ text: t.text + "!", start: t.start, end: period.end, token: i, kind: "word", possessive: false, hyphenBefore: false, at: out.length, width: 1 });
      i++;
      continue;
    }
    if (i + 1 < to && period?.text === "." && period.start === t.end && (isAbbreviation(t.text, tokens[i + 2]?.text) || (isCapitalLetter(t.text) && !(endsSentence(tokens, i + 2, to) && !isFirstName(out.at(-1)?.text ?? ""))))) {
      // titles and initials keep their period: Gen., Sens., Dr., John F. Kennedy, `identified as Ana B.`; a letter's
      // period that ends the sentence after any other word is its stop: `a move to Serie A.`, `chose Plan B.`
      out.push({ text: t.text + ".", start: t.start, end: period.end, token: i, kind: "word", possessive: false, hyphenBefore: false, at: out.length, width: 1 });
      i++;
      continue;
    }
    // `Council on American - Islamic Relations`: a scraper's spaces around a demonym's hyphen leave it one word
    // (not a nation's before a place's name: `the Swiss - France route`)
    const after = tokens[i + 2];
    if (i + 2 < to && isSpacedHyphen(t, period!, after!) && DEMONYMS.has(t.text) && startsUpper(after!.text) && !isGazetteerPlace(after!.text)) {
      out.push({ text: `${t.text}-${after!.text}`, start: t.start, end: after!.end, token: i, kind: "word", possessive: false, hyphenBefore: false, at: out.length, width: 1 });
      i += 2;
      continue;
    }
    let text = t.text;
    let possessive = false;
    if (text.length > 2 && text.endsWith("s") && POSSESSIVE.test(text)) {
      possessive = !possessiveInName(out, text.slice(0, -2), t.start, tokens, i + 1, to) && !isPossessiveName(text.slice(0, -2), tokens, i + 1, to);
      if (possessive) text = text.slice(0, -2);
    } else if (period !== undefined && isBarePossessive(t, period) && possessiveInName(out, text, t.start, tokens, i + 2, to)) {
      // the plural possessive's apostrophe is a token of its own: `Thomas` `'`
      out.push({ text: text + period.text, start: t.start, end: period.end, token: i, kind: "word", possessive: false, hyphenBefore: false, at: out.length, width: 1 });
      i++;
      continue;
    }
    // most words have no hyphen: no split, no array
    if (!hasHyphen(text)) {
      out.push({ text, start: t.start, end: t.start + text.length, token: i, kind: "word", possessive, hyphenBefore: false, at: out.length, width: 1 });
      continue;
    }
    const parts = text.split(/[-‐]/u);
    // a phone number spelt in part (`1-888-CRIME-SC`, `1-800-TIPS`) is a number: its letters name nothing
    if (parts.length >= 3 && /^\p{N}+$/u.test(parts[0]!)) {
      out.push({ text, start: t.start, end: t.start + text.length, token: i, kind: "number", possessive: false, hyphenBefore: false, at: out.length, width: 1 });
      continue;
    }
    const lower = text.toLowerCase();
    const keepWhole =
      parts.length === 1 ||
      DEFAULT_ALIASES.has(text) ||
      (parts.every((p) => startsUpper(p)) && !parts.every((p) => DEMONYMS.has(p)) && !isPairOfKnownNames(parts, text)) ||
      parts.some(isNameJoin) ||
      isRomanizedGivenName(parts) ||
      (isEverydayCompound(parts) && !isParticipleAfterName(parts, out.at(-1), t.start)) ||
      isParticled(parts) ||
      // a hyphenated role or class noun is one word (`scrum-half`, `centre-back`, `start-up`), as `co-founder`'s parts go together anyway
      ROLE_NOUNS.has(lower) ||
      CLASS_NOUNS.has(lower) ||
      // a designation ends in its number: `COVID-19`, `F-35`, `SARS-CoV-2`, `G-20`, or its number and a letter: `H-1B`, `K2-18b`, `TRAPPIST-1e`
      (startsUpper(parts[0]!) && /^\p{N}+\p{L}?$/u.test(parts[parts.length - 1]!));
    if (keepWhole) {
      out.push({ text, start: t.start, end: t.start + text.length, token: i, kind: "word", possessive, hyphenBefore: false, at: out.length, width: 1 });
      continue;
    }
    // a plain loop, not a closure: a closure over this loop's variables costs a context object per token
    let at = t.start;
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k]!;
      if (p.length > 0) out.push({ text: p, start: at, end: at + p.length, token: i, kind: "word", possessive: possessive && k === parts.length - 1, hyphenBefore: k > 0, at: out.length, width: 1 });
      at += p.length + 1;
    }
  }
  return out;
}

const ARABIC_JOIN = new RegExp(`^(?:${ARABIC_ARTICLES}|bin|ibn|abu)$`, "i");

/**
 * A part that binds a hyphenated name into one word: Arabic's article, `bin`, `abu`, and the Urdu and Persian `e`
 * or `i` of `Jaish-e-Mohammed` and `Jamaat-i-Islami`, in lower case only (`E-meter` is no name).
 */
export const isNameJoin = (part: string): boolean => part === "e" || part === "i" || ARABIC_JOIN.test(part);

/** The name that ends at `end` is a possessive: `'s` or `’s` after it, or a bare apostrophe after one ending in s. */
export function possessiveAt(text: string, end: number): boolean {
  const after = text.slice(end, end + 3);
  return /^['’]s\b/.test(after) || (text[end - 1] === "s" && /^['’]\s/.test(after));
}
