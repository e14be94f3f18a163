import aliasData from "../lexicon/aliases.json" with { type: "json" };
import entityWords from "../lexicon/entity-words.json" with { type: "json" };
import firstNameData from "../lexicon/generated/first-names.json" with { type: "json" };
import gazetteerData from "../lexicon/generated/gazetteer.json" with { type: "json" };
import surnameData from "../lexicon/generated/surnames.json" with { type: "json" };
import organizationData from "../lexicon/generated/organizations.json" with { type: "json" };
import vocabularyData from "../lexicon/generated/vocabulary.json" with { type: "json" };
import dictionaryData from "../lexicon/generated/dictionary.json" with { type: "json" };
import currencyData from "../lexicon/generated/currencies.json" with { type: "json" };
import groupData from "../lexicon/groups.json" with { type: "json" };
import titleData from "../lexicon/titles.json" with { type: "json" };
import { Answers } from "../text/answers.js";
import { capitalised } from "../text/chars.js";
import { foldDiacritics } from "../text/fold.js";
import type { EntityType } from "./types.js";

/** Lexical knowledge the recogniser consults; built once from the data files. */
/** Given names: English ones and the world's others (`Priya`, `Chinedu`). */
export const FIRST_NAMES: ReadonlySet<string> = new Set([...firstNameData.names, ...firstNameData.world]);
/** English given names alone: a lone word is taken for a person's name by these, not by the world's (`Apollo`, `Helios`). */
export const ENGLISH_FIRST_NAMES: ReadonlySet<string> = new Set(firstNameData.names);
/** Given names the name lists give to women only, and to men only. */
export const FEMININE_NAMES: ReadonlySet<string> = new Set(firstNameData.feminine);
export const MASCULINE_NAMES: ReadonlySet<string> = new Set(firstNameData.masculine);
/** Of those, names a list gives to the other sex too, whose sex is a leaning only (`Stacy`, `Chris`). */
export const LEANING_NAMES: ReadonlySet<string> = new Set(firstNameData.leaning);
/** Family names of the world that are no English given name, everyday word, place or organization (`Jensen`, `Nguyen`). */
export const SURNAMES: ReadonlySet<string> = new Set(surnameData.names);

/**
 * A first name, with or without its diacritics (`Andrés`), a compound of first names joined by a hyphen
 * (`Anna-Lena`, `Jean-Pierre`), or a Korean or Taiwanese given name (`Ji-woo`, `Ing-wen`).
 */
export function isFirstName(word: string): boolean {
  if (FIRST_NAMES.has(word)) return true;
  const folded = foldDiacritics(word);
  if (folded !== word && FIRST_NAMES.has(folded)) return true;
  return word.includes("-") && (word.split("-").every((part) => FIRST_NAMES.has(foldDiacritics(part))) || isSyllabicGivenName(word));
}

/** The forms of address that stand before a surname alone and never open a body's or a place's name (as `King` opens `King Street`). */
export const COURTESY_TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr)\.?$/;

/** A word people are named by: a surname or a first name (`Jackson`, `Georgia`). */
export function isPersonalNameWord(word: string): boolean {
  return SURNAMES.has(word) || isFirstName(word);
}

/** One romanized Korean or Chinese syllable: an initial, a vowel and at most a nasal or stop (`ji`, `woo`, `hyun`, `yeon`, `shek`). */
const ROMANIZED_SYLLABLE = /^(?:kk|tt|pp|ss|jj|ch|sh|ts|hs|[gkndtrlmbpsjhwyf])?(?:yae|yeo|wae|ae|ai|ao|ei|eo|oe|ou|eu|ui|oo|ee|ya|ye|yo|yu|wa|wo|we|wi|a|e|i|o|u)(?:ng|[kntlmp])?$/;

/**
 * `Ji-woo`, `Min-jun`, `Ing-wen`: two syllables joined by a hyphen, the second in lower case, as Korean and
 * Taiwanese given names are written; no name list holds them all. English compounds of that shape are two
 * words or one (`No-go`, `Re-run`, `Co-op`), or a doubling (`Pom-pom`).
 */
function isSyllabicGivenName(word: string): boolean {
  const m = /^(\p{Lu}\p{Ll}{0,4})-(\p{Ll}{2,5})$/u.exec(word);
  if (m === null) return false;
  const first = m[1]!.toLowerCase();
  const second = m[2]!;
  return ROMANIZED_SYLLABLE.test(first) && ROMANIZED_SYLLABLE.test(second) && first !== second && !(isEnglishWord(first) && isEnglishWord(second)) && !isEnglishWord(first + second);
}

export const COUNTRIES: ReadonlyMap<string, string> = new Map(
  gazetteerData.countries.flatMap((c) => c.names.map((n) => [n, c.name] as const)),
);
/** Demonym (Iranian, Spaniard) → country (Iran, Spain). */
export const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ...gazetteerData.countries.flatMap((c) => c.demonyms.map((d) => [d, c.name] as const)),
  ...Object.entries(groupData.nationals),
]);
/** A gazetteer's names as copy sets them: with its straight apostrophes (`Cox's Bazar`) or curly ones (`Cox’s Bazar`). */
function withCurlyApostrophes(names: readonly string[]): string[] {
  return names.flatMap((name) => (name.includes("'") ? [name, name.replaceAll("'", "’")] : [name]));
}
export const CITIES: ReadonlySet<string> = new Set(withCurlyApostrophes(gazetteerData.cities));
/** Nations' capitals, which news copy makes speak for their governments (`Washington said`; the gazetteer writes `Washington D.C.`). */
export const CAPITALS: ReadonlySet<string> = new Set(gazetteerData.countries.flatMap((c) => c.capital.map((name) => name.replace(/ D\.C\.$/, ""))));
/** Places every reader knows by name that no gazetteer of states and towns lists: regions, seas, planets (`Mars`). */
export const PLACE_NAMES: ReadonlySet<string> = new Set([...entityWords.placeNames, ...entityWords.worldRegions]);
/** Continents and the regions of several countries they hold (`Latin America`, `the Balkans`), which a role may cover. */
export const WORLD_REGIONS: ReadonlySet<string> = new Set(entityWords.worldRegions);
/** Towns of the great stock markets that are no capital, whose shares news copy reports by town: `Shares in Frankfurt fell`. */
export const MARKET_CITIES: ReadonlySet<string> = new Set(entityWords.marketCities);
/** A land's smaller regions, its counties and boroughs (`Cornwall`, `Bexley`), which may name a club as a town does. */
export const COUNTIES: ReadonlySet<string> = new Set(gazetteerData.counties);
export const REGIONS: ReadonlySet<string> = new Set([...withCurlyApostrophes(gazetteerData.regions), ...COUNTIES, ...PLACE_NAMES]);
/** Everyday English words, lower case. */
export const VOCABULARY: ReadonlySet<string> = new Set(vocabularyData.words);
const DICTIONARY: ReadonlySet<string> = new Set(dictionaryData.words);
/** An English word, everyday or less common, lower case (`research`, `earthquake`): no one's name. */
export function isEnglishWord(lower: string): boolean {
  return VOCABULARY.has(lower) || DICTIONARY.has(lower);
}

/**
 * A closed compound of two everyday words that the dictionary lacks: `fundraising`, `peacekeeping`, `lawmaking`. Both
 * parts must be everyday words of three letters or more, so no word of another language splits so (`regionale`, `nationale`).
 */
export function isClosedCompound(lower: string): boolean {
  for (let i = 3; i <= lower.length - 3; i++) if (VOCABULARY.has(lower.slice(0, i)) && VOCABULARY.has(lower.slice(i))) return true;
  return false;
}

/** `unseeded`, `unheralded`: `un-` before a listed participle, which the word lists do not all carry (no surname is so made). */
export function isNegatedParticiple(lower: string): boolean {
  return /^un\p{Ll}{3,}ed$/u.test(lower) && isEnglishWord(lower.slice(2));
}

/** The plural of an everyday noun, capitalised or not, surname or not: `Rivers`, `Woods`, `Envoys`. */
export function isEverydayPlural(word: string): boolean {
  const lower = word.toLowerCase();
  return lower.endsWith("s") && isEnglishWord(lower) && isEnglishWord(lower.slice(0, -1));
}

/**
 * `forecasters`, `regulators`, `shoppers`: people named for what they do, an everyday verb with `-ers` or
 * `-ors`, which a word list may lack, closed up after an everyday word too (`headteachers`). (A stem of four
 * letters at least: `Peters` is no one who pets.)
 */
export function isAgentPlural(lower: string): boolean {
  if (!/(?:ers|ors)$/.test(lower)) return false;
  if (isDoersPlural(lower)) return true;
  for (let k = 3; k + 7 <= lower.length; k++) if (isEnglishWord(lower.slice(0, k)) && isDoersPlural(lower.slice(k))) return true;
  return false;
}

/** `teachers`, `regulators`: an everyday verb's stem of four letters at least and `-ers` or `-ors`. */
function isDoersPlural(lower: string): boolean {
  const stem = lower.slice(0, -3);
  if (stem.length < 4) return false;
  const undoubled = /(\p{Ll})\1$/u.test(stem) ? stem.slice(0, -1) : undefined;
  return isEnglishWord(stem) || isEnglishWord(`${stem}e`) || (undoubled !== undefined && isEnglishWord(undoubled));
}

/** `Fishermen`, `Firemen`: the plural in `-men` of an English word in `-man` (no given name ends so: `Carmen`). */
export function isMenPlural(word: string): boolean {
  const lower = word.toLowerCase();
  return lower.endsWith("men") && isEnglishWord(`${lower.slice(0, -3)}man`);
}

/**
 * A lower-case word in -s that is a verb's present form: its base has an -ing form in the word lists (`sends`:
 * sending, `trades`: trading, `pushes`: pushing), which `affairs`, `news` or `operations` have not.
 */
export function isPresentVerbForm(word: string): boolean {
  if (!/^\p{Ll}{3,}s$/u.test(word) || /(?:ss|us|is)$/.test(word)) return false;
  // (`marries`: marrying, `denies`: denying)
  const bases = word.endsWith("ies") ? [`${word.slice(0, -3)}y`] : word.endsWith("es") ? [word.slice(0, -1), word.slice(0, -2)] : [word.slice(0, -1)];
  return bases.some(hasIngForm);
}

/** A verb's base whose -ing form is in the word lists, its `e` dropped or not: `send`, `trade` (trading). */
export function hasIngForm(base: string): boolean {
  return isEnglishWord(`${base}ing`) || (base.endsWith("e") && isEnglishWord(`${base.slice(0, -1)}ing`));
}

/** Well-known organizations (Google, Reuters' peers, NATO), lower case. */
export const ORGANIZATIONS: ReadonlySet<string> = new Set([...organizationData.names, ...[...entityWords.firmsNamedForPeople, ...entityWords.outletsInOtherLanguages].map((n) => n.toLowerCase())]);
/** Religions and peoples, not parties: the words that join demonyms in an adjective of origin (`Malay-Muslim`). */
export const FAITHS_AND_PEOPLES: ReadonlySet<string> = new Set([...groupData.religions, ...groupData.peoples]);
export const GROUP_WORDS: ReadonlySet<string> = new Set([...FAITHS_AND_PEOPLES, ...groupData.parties]);
/** `Black`, `White`: peoples named by a colour, which are surnames too. */
export const COLOUR_PEOPLES: ReadonlySet<string> = new Set(groupData.colourPeoples);
export const PARTY_WORDS: ReadonlySet<string> = new Set(groupData.parties);
/** A party's word that is its own name, not an adjective nor a member's noun: `Labour won`, unlike `a Conservative`. */
export const PARTY_NAMES: ReadonlySet<string> = new Set(groupData.partyNames);
/** A party's word or short form as a results table sets it in brackets after a candidate: `Lusk (Lab)`, `Velt (Green)`, `Ode (Lib Dem)`. */
export const PARTY_TAGS: ReadonlySet<string> = new Set([...groupData.parties, ...groupData.partyShortForms]);
/** A party's word for its members, which a state's name may qualify: `Democrat`, `Republicans`, `Tory`. */
export const PARTY_MEMBERS: ReadonlySet<string> = new Set([...PARTY_WORDS].filter((w) => !w.includes(" ") && w !== "Democratic"));
/** Party names that also name a portfolio (`Belgian Labour Minister`), and the title words after which they do. */
const PORTFOLIO_PARTIES: ReadonlySet<string> = new Set(groupData.portfolioParties.names);
const PORTFOLIO_TITLES: ReadonlySet<string> = new Set(groupData.portfolioParties.before);

/** A party's word before a ministry's title names the portfolio, not the party: `Labour Minister`, `Labor Department`. */
export function namesPortfolio(word: string, next: string | undefined): boolean {
  return PORTFOLIO_PARTIES.has(word) && PORTFOLIO_TITLES.has(next ?? "");
}

/** Titles before a name, each with the role it gives; a rank of two words is written with a hyphen too, as outside the US (`Major-General`). */
export const HONORIFICS: ReadonlyMap<string, string> = new Map(
  Object.entries(titleData.honorifics).flatMap(([title, role]) => (/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(title) ? [[title, role], [title.replace(" ", "-"), role]] : [[title, role]])),
);
export const OFFICE_WORDS: ReadonlySet<string> = new Set(titleData.offices);

/** Two words that make one honorific: `Battalion Chief`, `Field Marshal`, `Crown Prince`. */
export function isTwoWordHonorific(first: string | undefined, second: string | undefined): boolean {
  return first !== undefined && second !== undefined && HONORIFICS.has(`${first} ${second}`);
}
const CALLED_BACK_AS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(titleData.calledBackAs));

/**
 * The titles whose holder `the` and the noun call back: the title itself (`mayor`, `MP`), or those the noun stands
 * for (`senator` → `Sen.`, `Senator`; `pontiff` → `Pope`).
 */
export function titlesCalledBackAs(noun: string): readonly string[] {
  const listed = CALLED_BACK_AS.get(noun.toLowerCase());
  if (listed !== undefined) return listed;
  const title = capitalised(noun);
  return isTitlePart(title) ? [title] : [];
}
/** Offices that name a portfolio (`Health` of `Health Minister`): no title alone, and a body's word after a name (`Sutter Health`). */
export const PORTFOLIOS: ReadonlySet<string> = new Set(titleData.portfolios);
export const ROLE_NOUNS: ReadonlySet<string> = new Set(titleData.roleNouns);
/** Spans of time that `last`, `this` and `next` name: `told her last week`, `last year's champion`. */
export const TIME_NOUNS: ReadonlySet<string> = new Set(["week", "month", "year", "night", "morning", "afternoon", "evening", "time", "weekend", "season", "summer", "winter", "spring", "fall", "autumn"]);
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set(titleData.roleModifiers);
export const OFFICER_WORDS: ReadonlySet<string> = new Set(titleData.officerWords);
/** The letters of a British police rank (`PC`, `DCI`): a title before a given name, other things' letters elsewhere. */
export const POLICE_RANKS: ReadonlySet<string> = new Set(titleData.policeRanks);
const STYLES_OF_ADDRESS: ReadonlySet<string> = new Set(titleData.stylesOfAddress);
const STYLE_ADJECTIVES: ReadonlySet<string> = new Set(titleData.styleAdjectives);
const STYLE_POSSESSIVES: ReadonlySet<string> = new Set(["His", "Her", "Your", "Their"]);

/**
 * Whether `words[i]` is in a style of address (`Her Majesty`, `Your Honour`, `His Royal Highness`): a capitalised
 * possessive pronoun, at most one style adjective and a style noun. Such a style stands for a person and names no one.
 */
export function inStyleOfAddress(words: readonly { readonly text: string }[], i: number): boolean {
  const word = words[i]!.text;
  if (STYLE_ADJECTIVES.has(word)) return STYLE_POSSESSIVES.has(words[i - 1]?.text ?? "") && STYLES_OF_ADDRESS.has(words[i + 1]?.text ?? "");
  if (!STYLES_OF_ADDRESS.has(word)) return false;
  const before = words[i - 1]?.text ?? "";
  return STYLE_POSSESSIVES.has(before) || (STYLE_ADJECTIVES.has(before) && STYLE_POSSESSIVES.has(words[i - 2]?.text ?? ""));
}

/**
 * Last words of a disaster's name, which makes it an event (`the Palisades Fire`, `the Great Kanto Earthquake`);
 * not head words, as bodies hold them inside (`Avon Fire and Rescue Service`, `China Earthquake Administration`).
 */
export const DISASTERS: ReadonlySet<string> = new Set(entityWords.disasters);

/** Verbs in the imperative that open a campaign's name: `Save the Children`, `Stop Killer Robots`, `Keep Britain Tidy`. */
export const CAMPAIGN_VERBS: ReadonlySet<string> = new Set(entityWords.campaignVerbs);
/** The last words of newspapers' names: `Times` of `The Corvel Times`, `Gazette`, `Standard`. */
export const MASTHEADS: ReadonlySet<string> = new Set(entityWords.mastheads);

/** First words that make a name an organization: Instituto Gonzaga, Museo del Prado. */
export const ORGANIZATION_PREFIXES: ReadonlySet<string> = new Set(entityWords.organizationPrefixes);

/** First words that make a name a place: Lake Geneva, Mount Sinai, Palais des Nations. */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set([...entityWords.placePrefixes, ...entityWords.mountainPrefixes, ...entityWords.prisonPrefixes]);

/** Place prefixes of mountains, passes and prisons, which go by the name after them alone: `Mount Etna`, then `Etna`; `HMP Dersk`, then `Dersk`. */
const SHORTENED_PREFIXES: ReadonlySet<string> = new Set([...entityWords.mountainPrefixes, ...entityWords.particlePlacePrefixes, ...entityWords.prisonPrefixes]);

/** First words that make a name a place only before a particle: `Col du Galibier`, but `Col Gaddafi`. */
const PARTICLE_PLACE_PREFIXES: ReadonlySet<string> = new Set(entityWords.particlePlacePrefixes);

/** Whether a name's first words make it a place by their form: `Lake Geneva`, `Col d'Izoard`. */
export function hasPlacePrefix(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  if (PLACE_PREFIXES.has(words[0]!)) return true;
  return PARTICLE_PLACE_PREFIXES.has(words[0]!) && (NAME_PARTICLES.has(words[1]!.toLowerCase()) || /^d['’]\p{Lu}/u.test(words[1]!));
}

/** Whether a name is a mountain's, a pass's or a prison's, its one word after the prefix and any particles: `Mount Etna`, `Col de la Madeleine`, `HMP Dersk`. */
export function goesByNameAfterPrefix(words: readonly string[]): boolean {
  return hasPlacePrefix(words) && SHORTENED_PREFIXES.has(words[0]!) && words.slice(1, -1).every((w) => NAME_PARTICLES.has(w.toLowerCase()));
}

/** A saint's title that opens towns' names: San Juan Chamula, São José dos Campos, Sankt Pölten. */
export const SAINT_PREFIXES: ReadonlySet<string> = new Set(entityWords.saintPrefixes);
const TITLE_PARTS: ReadonlySet<string> = new Set([...HONORIFICS.keys(), ...OFFICE_WORDS, ...titleData.honours]);
/** A title word: an honorific (`Sen.`, `Ayatollah`), a capitalised office word (`Secretary`, `Supreme`), an honour's letters (`OBE`) or a general's office (`Commissioner-General`). */
export function isTitlePart(text: string): boolean {
  // (the capitalised ending is tested before the word is lower-cased: this runs for every word of every name)
  return TITLE_PARTS.has(text) || (text.endsWith("-General") && isGeneralOffice(text.toLowerCase())) || isPrefixedRole(text);
}

/** A role's prefix before its hyphen: a shared, former or second holder's (`Co-chair`, `Ex-President`, `Vice-Captain`). */
const ROLE_PREFIX = /^(?:Co|Ex|Vice|Sub|Under)-(\p{L}+)$/u;

/** `Co-chair`, `Ex-President`: a role's prefix and a role noun or an office word. */
export function isPrefixedRole(text: string): boolean {
  const role = ROLE_PREFIX.exec(text)?.[1];
  return role !== undefined && (TITLE_PARTS.has(role) || ROLE_NOUNS.has(role));
}

/** `commissioner-general`, `inspector-general`, `governor-general`: a role noun and `-general`, the office at the head of a service. */
export function isGeneralOffice(lower: string): boolean {
  return lower.endsWith("-general") && ROLE_NOUNS.has(lower.slice(0, -"-general".length));
}

/** Where the title words that end a name start (its length when none do; never before its first word). */
export function trailingTitleStart(words: readonly string[]): number {
  let k = words.length;
  while (k > 1 && isTitlePart(words[k - 1]!)) k--;
  return k;
}

/** A plain capitalised word, a capital and then small letters only: `Great`, `Media`, `Gasset`. */
export const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** A plain capitalised word that no dictionary or list of given names holds: `Zamalek`, `Harrowgate`. */
export function isUnlistedWord(word: string): boolean {
  return CAPITALISED_WORD.test(word) && !isEnglishWord(word.toLowerCase()) && !isFirstName(word);
}
const INITIAL = /^\p{Lu}\.$/u;

/** Title words that only open a title (`Press Secretary`, `Vice President`, `Home Secretary`): one that ends a name is the name's own. */
export const TITLE_OPENERS: ReadonlySet<string> = new Set(["Press", "Vice", "Prime", "Home"]);

/**
 * Whether the title words that end a name, from `from` on, are the name's own: portfolios with no title
 * after them (`Sutter Health`, `Duke Energy`), a title's opening word (`Harvard University Press`), or a surname.
 */
export function ownsTrailingTitleWords(words: readonly string[], from: number): boolean {
  if (from === 0) return false;
  // (a title word that heads a place's name ends it after a word that heads no body's: `Crescent Head`, not `Department Head`;
  // a known place's name keeps its own reading: `Kaduna State`, `Ohio State`)
  if (from === words.length - 1 && HEAD_WORDS.get(words[from]!) === "place" && HEAD_WORDS.get(words[from - 1]!) !== "organization" && !isGazetteerPlace(words.slice(0, from).join(" "))) {
    return true;
  }
  if (TITLE_OPENERS.has(words[words.length - 1]!)) return true;
  // (a lone `General` after a town's name is a hospital's short name: `Velmar General`, not a general of Velmar's)
  if (from === words.length - 1 && words[from] === "General" && isUnlistedWord(words[from - 1]!) && !DEMONYMS.has(words[from - 1]!)) return true;
  // (a place's opening word names the square or street the title word is the name of: `Plaza Mayor`, `Calle Mayor`)
  if (from === 1 && hasPlacePrefix(words)) return true;
  let portfoliosOnly = true;
  for (let k = from; k < words.length && portfoliosOnly; k++) portfoliosOnly = PORTFOLIOS.has(words[k]!);
  return portfoliosOnly || (from === words.length - 1 && isTitledSurname(words, from));
}

/** One title word after a person's given names is their surname (`Stephen King`, `John Major`, `Aaron Judge`). */
export function isTitledSurname(words: readonly string[], at: number): boolean {
  if (at === 0 || at > 3 || !CAPITALISED_WORD.test(words[at]!) || !isFirstName(words[0]!)) return false;
  for (let k = 0; k < at; k++) if (!(CAPITALISED_WORD.test(words[k]!) || INITIAL.test(words[k]!)) || HEAD_WORDS.has(words[k]!) || isTitlePart(words[k]!)) return false;
  return true;
}

/** What follows a surname to tell a father from a son (`Martin Luther King Jr.`). */
const GENERATIONAL_SUFFIXES: ReadonlySet<string> = new Set(["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"]);

/** Where a person's surname stands in their name's words: the last, or the last before `Jr.` or `III`. */
export function surnameAt(words: readonly string[]): number {
  let at = words.length - 1;
  while (at > 0 && GENERATIONAL_SUFFIXES.has(words[at]!)) at--;
  return at;
}

const STORM_KINDS: ReadonlySet<string> = new Set(entityWords.stormKinds);
export const EVENT_PREFIXES: ReadonlySet<string> = new Set([...entityWords.eventPrefixes, ...STORM_KINDS]);
const STORM_GRADES: ReadonlySet<string> = new Set(entityWords.stormGrades);
/** Nouns of a scale, whose step follows them: `Band D`, `Grade II`, `Tier 3`. */
export const SCALE_NOUNS: ReadonlySet<string> = new Set(entityWords.scaleNouns);

/** Where an event's prefix stands in a name that opens with one, after a storm's grades (`Tropical Storm Idalia`); else -1. */
export function eventPrefixAt(words: readonly string[]): number {
  let k = 0;
  while (k < words.length - 1 && STORM_GRADES.has(words[k]!)) k++;
  if (k >= words.length - 1 || !(EVENT_PREFIXES.has(words[k]!) || stormKindOfPlural(words[k]!) !== undefined)) return -1;
  return k === 0 || STORM_KINDS.has(words[k]!) ? k : -1;
}

/** `Hurricanes` → `Hurricane`: a storm's kind in the plural, before the names of several storms (`Hurricanes Harvey, Irma and Maria`). */
export function stormKindOfPlural(word: string): string | undefined {
  const singular = word.endsWith("s") ? word.slice(0, -1) : undefined;
  return singular !== undefined && STORM_KINDS.has(singular) ? singular : undefined;
}
/** Letters that open a ship's name: `USS Gerald R. Ford`, `HMS Queen Elizabeth`. */
export const CRAFT_PREFIXES: ReadonlySet<string> = new Set(entityWords.craftPrefixes);
/** Words that start a name and type it (`Team Estonia`, `Lake Geneva`, `Operation Sea Breeze`, `HMS Victory`). */
export const NAME_PREFIXES: ReadonlySet<string> = new Set([...ORGANIZATION_PREFIXES, ...PLACE_PREFIXES, ...EVENT_PREFIXES, ...CRAFT_PREFIXES]);

const COMMON_INITIALISMS: ReadonlySet<string> = new Set(entityWords.commonInitialisms);
/**
 * Initials of a common noun, or their plural (`GDP`, `TVs`, `R&D`): they name nothing unless an article says
 * they do. So do the plurals of titles in initials (`MPs`, `CEOs`), which name people of a kind.
 */
export function isCommonInitialism(word: string): boolean {
  if (COMMON_INITIALISMS.has(word)) return true;
  if (word.length <= 2 || !word.endsWith("s")) return false;
  const singular = word.slice(0, -1);
  return COMMON_INITIALISMS.has(singular) || (OFFICE_WORDS.has(singular) && /^\p{Lu}+$/u.test(singular));
}

/** A company's legal form after its name (`Inc`, `ASA`, `GmbH`). */
export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set(entityWords.legalSuffixes);

/** A legal form, with or without a period after it: `Co.`, `Corp`, `Plc.`. */
export function isLegalSuffix(word: string): boolean {
  return LEGAL_SUFFIXES.has(word) || LEGAL_SUFFIXES.has(word.replace(/\.$/, ""));
}

/** `N.V. Ramana`, `S.A. Bobde`: a legal form written as initials, before a capitalised word, is a person's initials. */
export function isInitialsBeforeName(word: string, next: string | undefined): boolean {
  return LEGAL_SUFFIXES.has(word) && /^(?:\p{Lu}\.){2}$/u.test(word) && next !== undefined && /^\p{Lu}\p{Ll}/u.test(next);
}
export const CLUB_SUFFIXES: ReadonlySet<string> = new Set(entityWords.clubSuffixes);
const EVERYDAY_SURNAMES: ReadonlySet<string> = new Set(entityWords.everydaySurnames);

/** `Church`, `Hill`, `Brown`: an everyday word that is also a common surname. */
export function isEverydaySurname(word: string): boolean {
  return EVERYDAY_SURNAMES.has(word);
}

/** `Jonah Hill`, `Adam Green`, `Charlotte Church`: a given name, then a surname that is also an everyday word, as a place's or a body's head word may be. */
export function isNameBeforeSurnameHead(words: readonly string[]): boolean {
  return words.length === 2 && EVERYDAY_SURNAMES.has(words[1]!) && isFirstName(words[0]!);
}

/**
 * `Kees van Dam`, `Ilse von Hall`: a first word that heads no name, then a Dutch or German particle in lower case before
 * the last word, make a person's name whatever that word means; places take such particles hardly ever (`Col de la
 * Madeleine` takes a Romance one), and a head word first makes the name its own (`Park van Hall`).
 */
export function hasGermanicParticle(words: readonly string[]): boolean {
  const middle = words.slice(1, -1);
  return middle.length > 0 && middle.every((w) => NAME_PARTICLES.has(w)) && middle.some((w) => w === "van" || w === "von") && !HEAD_WORDS.has(words[0]!);
}

/** The words that join an institution's head word to its subject: `Centre for Science`, `Ministry of Defence`, `Council on Foreign Relations`. */
export const INSTITUTION_CONNECTORS: ReadonlySet<string> = new Set(["of", "for", "on"]);

/**
 * Arabic's article as written in lower case before a name's word: plain (`al-Nusra`), joined to `and` (`wal-Jamaa`),
 * or taking the next consonant's sound (`ash-Shabaab`, `ut-Tahrir`, `ud-Dawa`). Alternatives for a regular expression.
 */
export const ARABIC_ARTICLES = "al|el|wal|ul|ud|ut|ash|ad|ar|az";

/** The small words inside a person's name, in lower case: `van der Berg`, `da Silva`, `bin Zayed`. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(["de", "del", "della", "dello", "delle", "degli", "dei", "di", "du", "des", "la", "le", "van", "von", "der", "den", "'t", "’t", "bin", "binti", "bint", "ibn", "wa", "al", "el", "da", "dos", "das"]);

/**
 * `Movistar Plus`, `Quillo Belt`: a name that ends in an everyday word no common surname is, with no
 * given name in it, names no person (`Jaylen Brown` ends in a surname, `Stephen Rich` has a given name).
 * So does one that ends in a country's or a region's name no surname is: a firm's arm there (`Entergy Texas`,
 * `Acme India`; `Steve Israel` has a given name, `Jordan` is a surname too, `Elector of Saxony` a title).
 * An everyday word after a particle ends a surname, though (`Marine Le Pen`, `Dick Van Dam`).
 */
export function endsInNoSurname(words: readonly string[]): boolean {
  const final = words[words.length - 1]!;
  // (a given name that is an everyday word too is read as the word: `Royal Mail`, `Bank Holiday`)
  if (words.length < 2 || words.some((w) => isFirstName(w) && !isEnglishWord(w.toLowerCase()))) return false;
  if (words.length >= 3 && NAME_PARTICLES.has(words[words.length - 2]!.toLowerCase())) return false;
  if (VOCABULARY.has(final.toLowerCase()) && !EVERYDAY_SURNAMES.has(final)) return true;
  // (a dictionary's plural no surname list has: `Kelmo Auctions`, `Sarno Blinds`; `Banks` and `Woods` are surnames everyday too)
  if (isEverydayPlural(final) && !EVERYDAY_SURNAMES.has(final) && !SURNAMES.has(final)) return true;
  return ((COUNTRIES.has(final) || REGIONS.has(final)) && !SURNAMES.has(final) && words.every((w) => CAPITALISED_WORD.test(w)));
}

/** A currency's ISO code or the short form news writes before an amount: `USD 5 million`, `Rs 5,000 crore`. */
export const CURRENCIES: ReadonlySet<string> = new Set([...currencyData.codes, ...entityWords.currencyShorthands]);
/** The nouns of currencies' units, which follow their country's name: `the Velmar krone`, `the Tarvel dollar`. */
export const CURRENCY_UNITS: ReadonlySet<string> = new Set(currencyData.units);
/** Bodies named by their subject after `on` (`Council on Foreign Relations`). */
export const ON_BODIES: ReadonlySet<string> = new Set(entityWords.onBodies);
/** The words a broadcaster's channel is named by before its number: `Channel 4`, `BBC Radio 4`. */
export const BROADCAST_HEADS: ReadonlySet<string> = new Set(entityWords.broadcastHeads);
/** Words of units, courts and streets that a figure ordinal before them numbers: `7th Fleet`, `42nd Street`. */
export const NUMBERED_UNITS: ReadonlySet<string> = new Set(entityWords.numberedUnits);
/** The last words of places a number right after them numbers: `Heathrow Terminal 5`, `Launch Complex 39`. */
export const NUMBERED_PLACES: ReadonlySet<string> = new Set(entityWords.numberedPlaces);
/** An ordinal in figures: `6th`, `101st`, `42nd`. */
export const FIGURE_ORDINAL = /^\d*(?:1st|2nd|3rd|[04-9]th|1[123]th)$/;
/** A country's parliament, which its one word names alone: `the Senate`, `the Knesset`. */
export const LEGISLATURES: ReadonlySet<string> = new Set(entityWords.legislatures);
/** Heads that say what a firm deals in (`Acme Software`): in lower case, `the software` is the thing, not the firm. */
export const INDUSTRY_HEADS: ReadonlySet<string> = new Set(entityWords.industryHeads);
/** Last words of shops' and eateries' names, which an owner's possessive may open: `Joe's Pizza`, `Kessler's Fine Jewelry`. */
export const SHOP_HEADS: ReadonlySet<string> = new Set([...entityWords.shopHeads, ...entityWords.ownedShopHeads]);
/** Everyday words that end a shop's name only after its owner's possessive: `Velt's Kitchen`, not a painting called `Kitchen`. */
export const OWNED_SHOP_HEADS: ReadonlySet<string> = new Set(entityWords.ownedShopHeads);
/** Words of a trade or a cause before a body's noun: `the oil company`, `the rights group`. */
export const SECTORS: ReadonlySet<string> = new Set(entityWords.sectors);
/** Kinship nouns: a role headed by one introduces someone by their relation to another person (`her son`, `his wife`). */
export const KIN_NOUNS: ReadonlySet<string> = new Set(["son", "daughter", "wife", "husband", "brother", "sister", "mother", "father", "widow", "widower", "grandson", "granddaughter", "grandmother", "grandfather", "aunt", "uncle", "nephew", "niece", "cousin", "stepson", "stepdaughter", "stepmother", "stepfather", "sibling", "twin"]);
/** The offices that hold a portfolio, as in `Minister of Agriculture`, `Secretary for Women and Equalities`. */
export const PORTFOLIO_OFFICES: ReadonlySet<string> = new Set(["Minister", "Secretary", "Undersecretary", "Commissioner"]);
/** Title words that also name a field a portfolio or a body serves: `Minister for Justice`, `Alliance for Justice`. */
export const FIELD_HONORIFICS: ReadonlySet<string> = new Set(["Justice"]);
/** `the House` is a chamber of Congress or Parliament, never short for the White House; without `the` it may be a surname. */
export const CHAMBER = "House";
/** Public services that make a district named for them a body: `School District`, `Park District`. */
export const SERVICE_DISTRICTS: ReadonlySet<string> = new Set(entityWords.serviceDistricts);
/** Lower-case nouns that type the name after them: `the magazine MicroMega`, `the town of Ashford`. */
export const CLASS_NOUNS: ReadonlyMap<string, EntityType> = new Map([
  ...Object.entries(entityWords.classNouns).flatMap(([type, nouns]) => nouns.map((noun) => [noun, type as EntityType] as const)),
  ...entityWords.craftNouns.map((noun) => [noun, "other"] as const),
  ...entityWords.vesselNouns.map((noun) => [noun, "other"] as const),
]);
/** Class nouns of places and bodies often named for a person: `Kamal Adwan hospital`, `John F. Kennedy airport`. */
export const NAMED_FOR_PEOPLE: ReadonlySet<string> = new Set(entityWords.namedForPeople);
/** Nouns of vehicles and instruments with names of their own: `the Europa Clipper spacecraft`, `the Hubble telescope`. */
export const CRAFT_NOUNS: ReadonlySet<string> = new Set(entityWords.craftNouns);
/** Nouns of ships, which are named before their names (`the tanker Borvin Star`), not after, where a firm's name stands (`the Maersk vessel`). */
export const VESSEL_NOUNS: ReadonlySet<string> = new Set(entityWords.vesselNouns);
/** Nouns of programmes with names of their own: `its Artemis program`, `the Erasmus scheme`. */
export const PROGRAMME_NOUNS: ReadonlySet<string> = new Set(entityWords.programmeNouns);
/** Head words of the state's bodies, which are named for the land they serve and are not called by its name alone. */
export const GOVERNMENT_BODIES: ReadonlySet<string> = new Set([
  "Commission", "Ministry", "Department", "Agency", "Authority", "Court", "Police", "Army", "Navy", "Force", "Forces", "Government",
  "Parliament", "Senate", "Congress", "Assembly", "Bureau", "Office", "Service", "Administration", "Tribunal",
]);
/** Head words of the state's bodies and of schools and hospitals, which neither `the company` nor `the group` stands for. */
export const STATE_BODIES: ReadonlySet<string> = new Set([...GOVERNMENT_BODIES, "University", "College", "School", "Hospital"]);
export const HEAD_WORDS: ReadonlyMap<string, EntityType> = new Map([
  ...entityWords.event.map((w) => [w, "event"] as const),
  ...entityWords.place.map((w) => [w, "place"] as const),
  ...entityWords.organization.map((w) => [w, "organization"] as const),
  ...entityWords.shopHeads.map((w) => [w, "organization"] as const),
  ...entityWords.industryHeads.map((w) => [w, "organization"] as const),
  // plans, doctrines and reports named for people: `Marshall Plan`, `Truman Doctrine`
  ...entityWords.document.map((w) => [w, "other"] as const),
  ...entityWords.legalSuffixes.map((w) => [w, "organization"] as const),
]);

/** The three lists in one, for the question asked of nearly every name: one lookup instead of three. */
const PLACES: ReadonlySet<string> = new Set([...COUNTRIES.keys(), ...REGIONS, ...CITIES]);

/** Languages' one-word names that name no place or person too (`Swahili`, `Mandarin`; not `Tonga`, a country). */
export const LANGUAGES: ReadonlySet<string> = new Set([...gazetteerData.languages, ...entityWords.languages].filter((name) => !PLACES.has(name) && !isPersonalNameWord(name)));

/** Two to four words whose last follows a city's name: `Kansas City Chiefs`, `Manchester City`. */
export function cityThenWord(words: readonly string[]): boolean {
  return words.length >= 2 && words.length <= 4 && CITIES.has(words.slice(0, -1).join(" "));
}

/** Two to four words, all but the last a known place's name, perhaps after a compass word (`Southern California Edison`). */
function placeBeforeLast(words: readonly string[]): boolean {
  return words.length >= 2 && words.length <= 4 && namesPlace(words.slice(0, -1));
}

/**
 * Two to four words whose last follows a known place's name, perhaps after a compass word, and is a name of its
 * own rather than a compass or an everyday word: `Southern California Edison`, `Hong Kong Zentra` (not `South Dakota State`).
 */
export function placeThenName(words: readonly string[]): boolean {
  const last = words.at(-1);
  return last !== undefined && !COMPASS.has(last) && !isEnglishWord(last.toLowerCase()) && placeBeforeLast(words);
}

/** `Florida Panthers`, `New England Patriots`: a state's or a region's name before a plural nickname, by which a side goes alone. */
export function placeThenNickname(words: readonly string[]): boolean {
  return endsInNickname(words) && placeBeforeLast(words);
}

/** Two to four words, the last a plural in title case, as a side's nickname is (`Mariners` of `Corvel Mariners`). */
export function endsInNickname(words: readonly string[]): boolean {
  return words.length >= 2 && words.length <= 4 && /^\p{Lu}\p{Ll}+s$/u.test(words.at(-1)!);
}

/** The words are a known place's name, or a compass word before one: `Hong Kong`, `Southern California`. */
export function namesPlace(words: readonly string[]): boolean {
  return isGazetteerPlace(words.join(" ")) || (words.length >= 2 && COMPASS.has(words[0]!) && isGazetteerPlace(words.slice(1).join(" ")));
}

/** Words of the compass that open a region's name (`South East Asia`, `Western Europe`, `Upper Egypt`). */
export const COMPASS: ReadonlySet<string> = new Set(["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Northeast", "Northwest", "Southeast", "Southwest"]);
/** The compass words that are nouns, so can end a region's name. */
export const COMPASS_POINTS: ReadonlySet<string> = new Set(["North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest"]);

/** A country, region or city the gazetteer knows by this name. */
export function isGazetteerPlace(name: string): boolean {
  return PLACES.has(name);
}

/** Whether the words from `from` on, past a `the`, open with a place's name of up to three words (`of the United States`). */
export function placeOpensAt(words: readonly { readonly text: string }[], from: number): boolean {
  return placeEndAt(words, from) >= 0;
}

/** Where the place's name that the words from `from` on open with ends (the index after it), or -1 if they open with none. */
export function placeEndAt(words: readonly { readonly text: string }[], from: number): number {
  let k = words[from]?.text === "the" ? from + 1 : from;
  let place = "";
  for (const end = k + 3; k < end && k < words.length; k++) {
    place += (place === "" ? "" : " ") + words[k]!.text;
    if (PLACES.has(place)) return k + 1;
  }
  return -1;
}

/**
 * `Health Canada`, `Elections Ontario`, `Sport England`: a public body named by its field and the land it serves. The
 * field is a ministry's portfolio, a sector or an everyday noun in the plural, and no given name (`Jordan Canada` may be anyone);
 * or a known body's initials, for its branch in that land (`NHS England`, `BBC Scotland`).
 */
export function isFieldBodyName(words: readonly string[]): boolean {
  if (words.length !== 2 || !isLandName(words[1]!) || isFirstName(words[0]!)) return false;
  const field = words[0]!.toLowerCase();
  return isKnownInitials(words[0]!) || PORTFOLIOS.has(words[0]!) || SECTORS.has(field) || (field.length > 4 && field.endsWith("s") && VOCABULARY.has(singularOf(field)));
}

/** A plural's singular by its last letters alone: `universities` is `university`, `elections` is `election`. */
export function singularOf(plural: string): string {
  return plural.endsWith("ies") ? `${plural.slice(0, -3)}y` : plural.slice(0, -1);
}

/** A known body's initials and a land's name: its branch there (`NHS England`, `BBC Scotland`), which the initials alone do not name. */
export function isBranchInLand(words: readonly string[]): boolean {
  return words.length === 2 && isKnownInitials(words[0]!) && isLandName(words[1]!);
}

/** A country's or a region's name, or a country's short form: `England`, `Scotland`, `Ontario`, `UK`. */
function isLandName(word: string): boolean {
  return COUNTRIES.has(word) || REGIONS.has(word) || DEFAULT_ALIASES.get(word)?.type === "place";
}

/** A known body's initials: `NHS`, `BBC`. */
function isKnownInitials(word: string): boolean {
  return /^\p{Lu}{2,}$/u.test(word) && ORGANIZATIONS.has(word.toLowerCase());
}

/** A body's head word, singular or plural (`Centers for Disease Control`, `National Institutes of Health`). */
export function isOrganizationHead(word: string): boolean {
  return HEAD_WORDS.get(word) === "organization" || isPluralOrganizationHead(word);
}

/** A body's head word in the plural, which names the bodies a federation joins or a field (`Red Crescent Societies`, `Human Services`). */
export function isPluralOrganizationHead(word: string): boolean {
  if (word.length <= 4 || !word.endsWith("s")) return false;
  return HEAD_WORDS.get(word.slice(0, -1)) === "organization" || (word.endsWith("ies") && HEAD_WORDS.get(`${word.slice(0, -3)}y`) === "organization");
}

export interface AliasEntry {
  readonly canonical: string;
  readonly type: EntityType;
}

export const DEFAULT_ALIASES: ReadonlyMap<string, AliasEntry> = new Map(
  Object.entries(aliasData.entities as Record<string, { type: EntityType; aliases: string[] }>).flatMap(([canonical, e]) =>
    [canonical, ...e.aliases].map((alias) => [alias, { canonical, type: e.type }] as const),
  ),
);

/** Plural demonyms: Iranians, Iraqis, Americans (Swiss and Chinese stay as they are). */
export function demonymOfPlural(word: string): string | undefined {
  if (DEMONYMS.has(word)) return DEMONYMS.get(word);
  if (word.endsWith("s") && DEMONYMS.has(word.slice(0, -1))) return DEMONYMS.get(word.slice(0, -1));
  if (word.endsWith("men") && DEMONYMS.has(word.slice(0, -3) + "man")) return DEMONYMS.get(word.slice(0, -3) + "man");
  return word.length >= 7 && word.endsWith("s") ? residents.get(word) : undefined;
}

/**
 * The people of a state or city the gazetteer knows, by the endings English gives them: `Nevadans`,
 * `Ohioans`, `Texans`, `Parisians`, `Londoners`. The place's name as given.
 */
function residentsOf(word: string): string | undefined {
  if (!CAPITALISED_WORD.test(word)) return undefined;
  const stems = word.endsWith("ers") ? [word.slice(0, -3)] : word.endsWith("ians") ? [word.slice(0, -4), word.slice(0, -2)] : word.endsWith("ans") ? [word.slice(0, -3), word.slice(0, -2), word.slice(0, -2) + "s"] : [];
  return stems.find((stem) => stem.length >= 4 && isGazetteerPlace(stem));
}

/** Asked of the same capitalised plurals many times over (`Republicans`, `Democrats`): each word's stems are tried once. */
const residents = new Answers(residentsOf);

/** A country's name, people or well-known short form (`U.S.`, `British`, `Japan`). */
export function isCountryWord(word: string): boolean {
  return COUNTRIES.has(word) || DEMONYMS.has(word) || DEFAULT_ALIASES.get(word)?.type === "place";
}
