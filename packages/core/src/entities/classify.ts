import { ERA_MARKS, TIME_ZONES, isCalendarName, monthNumber } from "../dates/calendar.js";
import { isHolidayName, opensWithHolidayName } from "../dates/holidays.js";
import { Answers } from "../text/answers.js";
import { isCapitalLetter, isCapitalsWord, isLower, isNumber, isUpper } from "../text/chars.js";
import { abbreviatedRegionName, isListedAbbreviation, isPartyTag } from "../text/abbreviations.js";
import { isStopword } from "../text/stopwords.js";
import { titleCase } from "../text/title-case.js";
import type { AliasTable } from "./aliases.js";
import { ARABIC_ARTICLES, BROADCAST_HEADS, CAMPAIGN_VERBS, CAPITALISED_WORD, CAPITALS, CHAMBER, CITIES, CLUB_SUFFIXES, COLOUR_PEOPLES, COMPASS, COMPASS_POINTS, COUNTRIES, CRAFT_PREFIXES, CURRENCIES, DEMONYMS, DISASTERS, ENGLISH_FIRST_NAMES, FAITHS_AND_PEOPLES, FIGURE_ORDINAL, FIRST_NAMES, GROUP_WORDS, HEAD_WORDS, INDUSTRY_HEADS, LANGUAGES, LEGISLATURES, NAME_PARTICLES, NUMBERED_PLACES, OFFICE_WORDS, ON_BODIES, ORGANIZATION_PREFIXES, ORGANIZATIONS, OWNED_SHOP_HEADS, PARTY_NAMES, PARTY_WORDS, PORTFOLIOS, SAINT_PREFIXES, REGIONS, ROLE_MODIFIERS, SERVICE_DISTRICTS, SURNAMES, VOCABULARY, cityThenWord, demonymOfPlural, endsInNoSurname, eventPrefixAt, hasGermanicParticle, hasPlacePrefix, isCommonInitialism, isEnglishWord, isEverydaySurname, isFieldBodyName, isFirstName, isGazetteerPlace, isInitialsBeforeName, isNameBeforeSurnameHead, isOrganizationHead, isPersonalNameWord, isTitlePart, isUnlistedWord, namesPlace, ownsTrailingTitleWords, surnameAt, trailingTitleStart } from "./lexicon.js";
import { isAcronym, isNameJoin, isParticledPlaceName, isPlaceNamedFor, isPossessiveNameWord } from "./name-tokens.js";
import type { NounAfter } from "./class-nouns.js";
import type { EntityType } from "./types.js";
import { CASE_NAME } from "./case-names.js";

export interface Classification {
  readonly type: EntityType;
  /** The name this form stands for, when a table knows it (ISIS → Islamic State). */
  readonly canonical?: string;
  /** How sure: `known` from a table or gazetteer, `evidence` from the name's shape or context, `guess` otherwise. */
  readonly confidence: "known" | "evidence" | "guess";
  /** The form is a misspelling of `canonical`'s known forms. */
  readonly misspelling?: boolean;
  /** One word read as a body only by the body's noun after it (`the Halvik museum`), which may instead say where the body is. */
  readonly beforeBodyNoun?: boolean;
}

export interface ClassifyContext {
  /** A title or honorific stood before the name. */
  readonly titled: boolean;
  /** A form of address (`Mr`, `Dr`) stands right before it. */
  readonly addressed?: boolean;
  /** It follows a capitalised word and a comma, and a period follows it: where a town's state stands (`Falmouth, Mass.`). */
  readonly afterTownComma?: boolean;
  /** A comma and a state's or country's name follow it, then the clause goes on or ends: `in Gary, Indiana,`. */
  readonly stateAfter?: boolean;
  /** It follows a town named after a preposition of place and a comma, and ends its clause: `in Halvik, Dersk.`. */
  readonly regionAfterTown?: boolean;
  /** A comma and a distance follow it: `Corvel, 200 km up the coast`. */
  readonly distanceAfter?: boolean;
  /** It ends a line that opens with someone's given name and a comma stands before it: a letter's signature and the writer's town (`Ana Ruiz, Orsel`). */
  readonly signedFrom?: boolean;
  /** A number follows it (`Game 2`, `Chapter 11`). */
  readonly numberAfter?: boolean;
  /** A number, an ordinal or a word for a century stands right before it (`79 AD`, `4th centuries AD`). */
  readonly yearBefore?: boolean;
  /** The name is the subject of a speech verb (`X said`, `said X`). */
  readonly speaker: boolean;
  /** It opens its clause and a lower-case word follows: a verb's subject (`Hitachi cut`, `, and Hitachi cut`). */
  readonly clauseSubject?: boolean;
  /** A personal pronoun (he, she) rather than `it` follows the name soon after. */
  readonly personalPronoun: boolean;
  /** A quotation speaking as `I` closes right before the name or its speech verb: `"I won," Ito said`. */
  readonly speaksAsI?: boolean;
  /** `it` or `its` rather than a personal pronoun follows the name soon after. */
  readonly neuterPronoun?: boolean;
  /** The first such pronoun is `its`: `Shell said its profit rose`. */
  readonly itsAfter?: boolean;
  /** An article (the, a, an) stands right before the name: people's names rarely take one. */
  readonly determiner: boolean;
  /** `the` stands right before the name (not `a`, which makes a town's name before a family noun where they are from). */
  readonly definite?: boolean;
  /** An owner's possessive stands right before the name (`Codelco's El Teniente mine`). */
  readonly possessiveBefore?: boolean;
  /** `its` stands right before it: what a thing or a body has, no person (`its Nimbus Buds`, `its Velora Max`). */
  readonly itsBefore?: boolean;
  /** A preposition of place stands right before it (`in Islay`, `near Northport`). */
  readonly locative?: boolean;
  /** `along the` stands right before it: a river, a coast or a border runs there (`along the Danube`). */
  readonly alongThe?: boolean;
  /** A preposition stands right before it: the name is its object, not the subject of a verb after it (`Residents of Marsh Lane complained`). */
  readonly prepositionBefore?: boolean;
  /** A share's code in brackets follows it: `Severn Trent (SVT.L)`, `Acme (NYSE: ACM)`. */
  readonly tickerAfter?: boolean;
  /** Shares in it are traded: `Shares in Meta fell`, `Meta shares rose`. */
  readonly sharesTraded?: boolean;
  /** Who owns, runs or lists it stands right before it: `state-owned Codelco`, `Nasdaq-listed Zorvex`, `privately held Acme`. */
  readonly ownedBefore?: boolean;
  /** A hyphen joins it to a word of where someone or something is: `Tarvel-based`, `Tarvel-area`, `Tarvel-born`. */
  readonly whereAfter?: boolean;
  /** `, where` follows it: a clause set in it (`to Victoria Park, where`). */
  readonly whereClauseAfter?: boolean;
  /** It names the zone a clock's time is told in: `6 a.m. Pacific time`, `the Eastern time zone`. */
  readonly zoneOfClock?: boolean;
  /** `tested positive for EPO`: what a test finds is a substance or an illness. */
  readonly testedFor?: boolean;
  /** Right before a noun of medicine given or tested for: `the MMR vaccine`, `a PCR test`. */
  readonly medicineAfter?: boolean;
  /** In the possessive before what only a company has: `Apple's shares`, `Acme's chief executive`. */
  readonly companyPossession?: boolean;
  /** After a company's figures and `from` or `at`: `earnings from Alphabet`, `profits at Corvel`. */
  readonly earningsOf?: boolean;
  /** In the possessive before an artist's work: `Dickens's novel`, `Mahler's Ninth Symphony`. */
  readonly authorOf?: boolean;
  /** An amount follows it: `Rs 5,000`, `USD 5.5 million`. */
  readonly amountAfter?: boolean;
  /** It names the seat of a member or senator before `for`: `the Labour MP for Normanton`. */
  readonly seat?: boolean;
  /** A noun for a person follows it: `a Harrowgate man` (a man from Harrowgate). */
  readonly residentAfter?: boolean;
  /** A currency's unit follows it: `the Velmar krone`. */
  readonly currencyAfter?: boolean;
  /** A year in brackets follows it: `The Drowned Coast (2015)`. */
  readonly yearInBracketsAfter?: boolean;
  /** A party in brackets follows it: `Halvik (Lib Dem) 1,310`. */
  readonly partyInBracketsAfter?: boolean;
  /** It follows `told the`: people are told things, `the` names an outlet (`told the Daily Star`). */
  readonly toldThe?: boolean;
  /** `of` and a place's name follow it: `Zamalek of Egypt`. */
  readonly fromPlace?: boolean;
  /** A verb and `its` follow it: `Halvik launched its`. */
  readonly actsOnIts?: boolean;
  /** It follows `from` after a made product's noun: `a chip from Qualcomm`. */
  readonly madeBy?: boolean;
  /** It owns, or follows `of` after, what only a state has: an office (`Karvia's culture minister`) or another thing (`the people of Karvia`). */
  readonly stateOwned?: "office" | "possession";
  /** A part of a land or a land's neighbour stands right before it, in lower case: `western Velmar`, `neighbouring Tarvel`. */
  readonly partOfLand?: boolean;
  /** It modifies what only a state or a town has: `Velmar police`, `Norvik central bank`. */
  readonly stateModifier?: boolean;
  /** It is what `who leads`, `who founded` takes (`who founded Veltrix`). */
  readonly ledByWho?: boolean;
  /** It follows `in` after a word for writing: `a paper in The Lancet`, `wrote in Quillette`. */
  readonly publishedIn?: boolean;
  /** It is a road's number in a sentence about traffic: `the M6 between junctions 14 and 15`, `Drivers on I-95`. */
  readonly roadNumber?: boolean;
  /** After `in` and a word for acting in a work: `starred in Second Opinion`, `her role in Glass Harbour`. */
  readonly performedIn?: boolean;
  /** It follows `according to`, or `by` after a poll or a survey: what a figure is credited to. */
  readonly creditedTo?: boolean;
  /** It follows `with` after a word of working together: `partnered with Toyota`, `a deal with Arriva`. */
  readonly partnerOf?: boolean;
  /** It follows two plain capitalised words, as a person's name ends, and `of`: `Remco Evenepoel of Soudal Quick-Step`, where someone works. */
  readonly affiliationOf?: boolean;
  /** `of` follows it, perhaps after a comma: `Mark Fell, of the Prison Officers' Association,`, a person where they work. */
  readonly affiliatedAfter?: boolean;
  /** The roles in apposition after it (`Khaled Al-Maeena, editor at large at ...`). */
  readonly appositives?: readonly string[];
  /** A body a leader heads follows it: `the Monti government`. */
  readonly leads?: boolean;
  /** A lower-case role noun follows it: `Rovers manager Graham Bell`, `Acme spokesman`. */
  readonly roleNounAfter?: boolean;
  /** A role held of no body follows it, which it gives a home to: `Sarno rapper Ivo Lusk`. */
  readonly hometownRoleAfter?: boolean;
  /** A capitalised title word follows it, whose office it names: `Montgomery County Prosecutor`. */
  readonly titleAfter?: boolean;
  /** A noun for who won or was named for an award follows it, which it names: `Oscar winner`, `Emmy nominee`. */
  readonly awardAfter?: boolean;
  /** A noun for a person or people follows it at once: `Black voters`, `the first Black mayor`. */
  readonly peopleNounAfter?: boolean;
  /** A lower-case word that is no closed-class word or speech verb follows it at once, which it modifies: `Western allies`. */
  readonly modifiesWordAfter?: boolean;
  /** It is a role's field, everyday words before their noun: `Modern` of `chairman of Modern art`. */
  readonly fieldOfRole?: boolean;
  /** Glued to `@` or `#`: a social media account or a hashtag (`his @POTUS account`), not the body or person itself. */
  readonly handle?: boolean;
  /** A subtitle follows it after a colon, inside a sentence: `in Batman: Arkham VR`, the title of a work. */
  readonly subtitled?: boolean;
  /** What a lower-case noun before it says it is: `the magazine MicroMega`, `the town of Ashford`. */
  readonly classNoun?: EntityType;
  /** The class noun is set after the name in apposition (`Hope Harbour, a children's charity,`), not before it. */
  readonly classNounInApposition?: boolean;
  /** A body's noun stands right before it: `the band Silver Harbour`. */
  readonly bodyNounBefore?: boolean;
  /** A body's or a place's noun that the name modifies follows it: `the KCNA news agency`, `the Hudson river`. */
  readonly nounAfter?: NounAfter;
  /** The one word is a word of a name the article has already read (`Albanese` after `Anthony Albanese`, `King` after `Stephen King`). */
  readonly nameWord?: boolean;
  /** The relative word after a comma that follows it: `, who` (a person) or `, which` / `, its` (not one). */
  readonly relative?: "who" | "which";
  /** `, which` and a verb of what a business does follow it: `CalMac, which runs ferries,`. */
  readonly businessAfter?: boolean;
  /** `, which` and a verb that reports words follow it: `Ofsted, which found that`. */
  readonly reportsAfter?: boolean;
  /** A plural verb follows it at once, as British English writes of a club or a firm: `Arsenal have agreed`; never a person. */
  readonly pluralVerbAfter?: boolean;
  /** An age in commas or brackets follows it: `Okonjo, 62, said`, as news gives a person's. */
  readonly ageAfter?: boolean;
  /** It is in the possessive before a person's full name: `McLaren's Oscar Piastri`, `Mercedes' George Russell` (whose side or employer). */
  readonly ownsPersonAfter?: boolean;
  /** In the possessive before a street's or a square's name: `Hatton's High Street`. */
  readonly ownsPlaceAfter?: boolean;
  /** It follows a role noun and `at`, as an employer does: `analysts at Peel Hunt`, `a professor at Johns Hopkins`. */
  readonly employerBefore?: boolean;
  /** A lower-case ordinal stands right before it: `the second Test`, `the 34th Test`. */
  readonly ordinalBefore?: boolean;
  /** It follows `surnamed` or `née`: `a manager surnamed Liu`, what a person is called. */
  readonly surnamedBefore?: boolean;
  /** It follows `at` where no one's work or study is told: `played at Old Trafford`, not `works at Hargreaves`. */
  readonly venueBefore?: boolean;
  /** It follows a kinship noun and its comma, alone or in a list: `Her daughter, Adaeze Okafor,`, `two sons, Tunde and Kayode`. */
  readonly kinBefore?: boolean;
  /** A role set before it by commas: `The university's principal, Deep Saini, said`. */
  readonly roleSetBefore?: boolean;
  /** Alone in brackets right after a name, where an article defines a short name: `the Workers' Party (PT)`. */
  readonly bracketedAfterName?: boolean;
  /** An acronym of the name's initials follows it in brackets: `Bharat Rashtra Samithi (BRS)`. */
  readonly spelledOut?: boolean;
}

/**
 * `for`, `against`, `without` inside a name, and `without` capitalised in the languages of Europe's bodies (`Médecins Sans
 * Frontières`, `Médicos Sin Fronteras`): a cause's or a campaign's, never a person's.
 */
const CAUSE_CONNECTOR = / (?:for|against|without|Without|Against|Sans|Sin|Senza|Ohne) /;

/**
 * `at the Royal Marsden in London`, `near the Hillary Step`: after `the`, a name whose first word is an everyday one
 * (`Royal`, `Grand`) or whose last is an everyday word (`Step`), and that ends its phrase is a place's or a body's,
 * though the first word is also a given name; one before a noun may be a person's that modifies it (`the Will Smith film`).
 */
function theBeforeWordName(words: readonly string[], context: ClassifyContext): boolean {
  if (context.definite !== true || context.modifiesWordAfter === true) return false;
  const final = words[words.length - 1]!;
  return isEnglishWord(words[0]!.toLowerCase()) || VOCABULARY.has(final.toLowerCase());
}

/** Every classification has the same fields, so the code that reads them sees one shape. */
export function classified(type: EntityType, confidence: Classification["confidence"], canonical?: string, misspelling?: boolean): Classification {
  return { type, canonical, confidence, misspelling };
}

/** The ending of an adjective of language or origin (`English`, `European`, `Lebanese`, `Shakespearean`). */
export function hasOriginSuffix(word: string): boolean {
  return word.endsWith("ian") || word.endsWith("ean") || word.endsWith("ese") || word.endsWith("ish");
}

/** `Victorian`, `Bostonian`, `Floridian`, `Elizabethan`: an adjective made from a place's or a person's name. */
function isDerivedAdjective(word: string): boolean {
  const stem = word.slice(0, -3);
  return [word.slice(0, -1), word.slice(0, -2), stem, `${stem}a`, `${stem}e`].some((w) => isGazetteerPlace(w) || isFirstName(w));
}

/**
 * `Sumatran`, `Alaskan`, `Chicagoan`: a known place's name and `n` or `an`, which is its adjective; not someone's name
 * (`Liman`, `Kogan`). (A place's own name, `Dalian`, is known before this is asked.)
 */
function isPlaceAdjectiveInN(word: string): boolean {
  if (word.length < 5 || !word.endsWith("an") || isFirstName(word) || SURNAMES.has(word)) return false;
  return isGazetteerPlace(word.slice(0, -1)) || isGazetteerPlace(word.slice(0, -2));
}

/** The combining forms of peoples' names that open a compound adjective of origin (`Anglo-Dutch`, `Sino-Japanese`). */
const COMBINING_FORMS: ReadonlySet<string> = new Set(["Afro", "Anglo", "Austro", "Euro", "Franco", "Germano", "Graeco", "Greco", "Hispano", "Indo", "Italo", "Judeo", "Luso", "Russo", "Serbo", "Sino", "Turco"]);

/**
 * `Anglo-Dutch`, `Franco-German`, `Sino-Japanese`, `Malay-Muslim`: combining forms, peoples' adjectives, languages or faiths joined
 * by hyphens and ending in one describe an origin, and name nothing (`Indo-Pacific` ends in no people's adjective).
 */
function isCompoundOrigin(word: string): boolean {
  const parts = word.split("-");
  if (parts.length < 2) return false;
  const last = parts[parts.length - 1]!;
  const describes = (p: string) => DEMONYMS.has(p) || FAITHS_AND_PEOPLES.has(p) || LANGUAGES.has(p);
  return (describes(last) || hasOriginSuffix(last)) && parts.slice(0, -1).every((p) => COMBINING_FORMS.has(p) || describes(p));
}

/** `Novembers`, `Augusts`: a month's name in full, longer than `May`'s or `June`'s, and an `s`. */
function isMonthsPlural(word: string): boolean {
  return word.length > 5 && word.endsWith("s") && monthNumber(word.slice(0, -1)) !== undefined;
}

/** `October-December`, `Monday–Friday`: calendar names joined by dashes. */
function isCalendarSpan(word: string): boolean {
  const parts = word.split(/[-–]/);
  return parts.length > 1 && parts.every(isCalendarName);
}

/** A digit, a `+` or a capital right after a small letter (`nP5+1`): the shape of a garbled code (`/\p{Ll}\p{Lu}|\p{N}|\+/u`). */
function oddlyShaped(word: string): boolean {
  let lowerBefore = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.codePointAt(i)!;
    if (c === 43 || isNumber(c) || (lowerBefore && isUpper(c))) return true;
    lowerBefore = isLower(c);
    if (c > 0xffff) i++;
  }
  return false;
}

/** Names found in the organizations list, by the name as written: its lower-case copy is made and hashed once. */
const listedOrganizations = new Answers((name: string) => ORGANIZATIONS.has(name.toLowerCase()));

/** The organizations list holds the name, whatever else it may be (`Ford`, a given name too). */
export function isListedOrganization(name: string): boolean {
  return listedOrganizations.get(name);
}

export function isWellKnownOrganization(name: string, words: readonly string[]): boolean {
  return isListedOrganization(name) && !(words.length === 1 && ENGLISH_FIRST_NAMES.has(words[0]!));
}

/** A name a table or gazetteer knows, whatever its shape: `Boeing`, `Kunming`, `Republicans`. */
export function isKnownWord(word: string, aliases: AliasTable): boolean {
  // the gazetteers' exact lookups first: the alias table normalises the word before looking it up
  return (
    isGazetteerPlace(word) ||
    GROUP_WORDS.has(word) ||
    aliases.lookup(word) !== undefined ||
    isWellKnownOrganization(word, [word]) ||
    (demonymOfPlural(word) !== undefined && word.endsWith("s"))
  );
}

const hasLowerCase = (w: string): boolean => w !== w.toUpperCase();

/** `Big Tech`, `Silent Generation`: an everyday word that is no given name does not start a person's name. */
function startsWithEverydayWord(words: readonly string[]): boolean {
  return VOCABULARY.has(words[0]!.toLowerCase()) && !isFirstName(words[0]!);
}

/**
 * `Welsh Water`, `Scottish Power`: a people's adjective that names no one (`-sh`, `-ch`, `-ese`: no `Dane` nor `Roman`,
 * which are given names too) opening a name that ends in an everyday word makes it a body's or a thing's.
 */
function peopleBeforeEverydayWord(words: readonly string[]): boolean {
  return DEMONYMS.has(words[0]!) && /(?:sh|ch|ese)$/.test(words[0]!) && VOCABULARY.has(words[words.length - 1]!.toLowerCase());
}

/**
 * `Alternative for Germany`, `Campaign for Nuclear Disarmament`, `Doctors Without Borders`: no one's name has these inside
 * (a participle first starts a work's title: `Blown for Good`).
 */
function namesCause(words: readonly string[], name: string): boolean {
  return words.length >= 2 && CAUSE_CONNECTOR.test(name) && !/(?:ed|wn)$/.test(words[0]!);
}

/**
 * `Augusta National`, `Orlando Regional`, `Victoria General`: a town's name, a given name too, before an adjective of
 * the `-al` kind names a club, a hospital or a firm there, not a person.
 */
function placeBeforeAdjective(words: readonly string[]): boolean {
  const final = words[words.length - 1]!;
  return words.length === 2 && isGazetteerPlace(words[0]!) && /^\p{Lu}\p{Ll}{3,}al$/u.test(final) && VOCABULARY.has(final.toLowerCase());
}

/** `OpenAI`, `YouTube`, `PayPal`: a capital after a lower-case letter (not a Scottish or Irish prefix: `McAllen`, `MacLeod`). */
export function hasInnerCapital(word: string): boolean {
  return /\p{Ll}\p{Lu}/u.test(word) && !/^(?:Mc|Mac)\p{Lu}\p{Ll}+$/u.test(word);
}

/** One capital letter, with or without its period (`/^\p{Lu}\.?$/u`). */
function isInitial(word: string): boolean {
  return isCapitalLetter(word.endsWith(".") ? word.slice(0, -1) : word);
}

/** A word whose first part is a body's prefix and whose second joins it to a name: `Lashkar-e-Taiba`, `Jamaat-ud-Dawa`. */
function isJoinedAfterPrefix(word: string): boolean {
  const parts = word.split(/[-‐]/u);
  return parts.length >= 3 && ORGANIZATION_PREFIXES.has(parts[0]!) && isNameJoin(parts[1]!);
}

/** An article glued in lower case to the next word of a name: Arabic `al-Amr`, `el-Sisi`; French and Italian elided `d'Estaing`, `Palme d'Or`. */
export const GLUED_ARTICLE = new RegExp(`^(?:(?:${ARABIC_ARTICLES})[-‐]|(?:d|l|dell|dall|nell|sull)['’])\\p{Lu}\\p{Ll}`, "u");

/** A word shaped like part of a person's name: `Maeena`, `Al-Maeena`, `O'Neill`, `al-Amr`. */
function isNameWord(word: string): boolean {
  return /^\p{Lu}[\p{Ll}’'.\-]/u.test(word) || GLUED_ARTICLE.test(word);
}

function hasAppositive(context: ClassifyContext): boolean {
  return (context.appositives?.length ?? 0) > 0;
}

/** Signs around a name that it is a person's: it speaks, `he` or `she` follows, or an appositive says who. */
function showsPerson(context: ClassifyContext): boolean {
  return (context.speaker && !context.prepositionBefore) || context.personalPronoun || hasAppositive(context);
}

/** A place's head words that are no one's surname: the building speaks for the body in it (`Victoria Palace said`). */
const BUILDINGS_NO_ONE_BEARS: ReadonlySet<string> = new Set(["Station", "Palace", "Airport", "Stadium", "Arena", "Square", "Plaza", "Cathedral", "Terminal", "Prison", "Zoo", "Hotel", "Courthouse"]);

/** Roles a body holds as often as a person: `the junior coalition partner`, `the host nation`, `the market leader`. */
const SHARED_ROLES: ReadonlySet<string> = new Set(["partner", "owner", "member", "host", "champion", "champions", "winner", "leader", "rival", "ally", "holder", "investor", "shareholder", "sponsor", "backer", "bidder", "buyer", "seller", "client", "customer"]);

/**
 * A word no dictionary has, not after a preposition (`in Tromsø, the daughter of`), whose appositive gives a role
 * only a person holds: `Kolbright, the chief executive of Duvessa`, not `Takumeito, the junior coalition partner`.
 */
function isUnknownWordOfPersonRole(word: string, context: ClassifyContext): boolean {
  if (isEnglishWord(word.toLowerCase()) || context.prepositionBefore) return false;
  return !(context.appositives ?? []).some((role) => role.split(" ").some((w) => SHARED_ROLES.has(w)));
}

/**
 * Up to four words shaped like a person's name's, as long as a person's name runs, besides particles inside (`Ngũgĩ wa Thiong'o`)
 * and a generation's or a reign's numeral after (`Ewuare II`, `Martin Luther King Jr.`).
 */
function isPersonShaped(words: readonly string[]): boolean {
  const plain = words.slice(0, surnameAt(words) + 1).filter((w, k) => k === 0 || !INNER_PARTICLES.has(w));
  return plain.length <= 4 && plain.every(isNameWord);
}

/** Articles of Spanish, Italian, French and Portuguese, capitalised to open a name. */
const ROMANCE_ARTICLES: ReadonlySet<string> = new Set(["La", "El", "Los", "Las", "Il", "Le", "Les", "Lo", "Gli", "Os", "As"]);

/**
 * `La Libertad Avanza`, `Los Tigres del Norte`, `Le Monde`: an article opening a name opens a body's or a work's,
 * not a person's. (`Le Pen` is a surname, which news writes after a given name first: that mention is read as the
 * person's, and this one joins it in coreference.)
 */
function opensWithRomanceArticle(words: readonly string[]): boolean {
  return words.length >= 2 && ROMANCE_ARTICLES.has(words[0]!);
}
/** The particles that say `son of` in an Arab name, `Mohamed bin Zayed`, `Ahmed ibn Saud`, or a Kikuyu one, `Ngũgĩ wa Thiong'o`. */
export const PATRONYMICS: ReadonlySet<string> = new Set(["bin", "ibn", "wa"]);
/** A peer's titles, which with `of` and a place name the one who holds them: `the Prince of Wales`, `the Duchess of Edinburgh`. */
const PEERAGES: ReadonlySet<string> = new Set(["Prince", "Princess", "Duke", "Duchess", "Earl", "Countess", "Marquess", "Marchioness", "Viscount", "Viscountess"]);

/** `Prince of Wales`, `Duchess of Edinburgh`: a peer's title, `of` and the name of no office or body. */
export function isPeerageName(name: string): boolean {
  if (!name.includes(" of ")) return false;
  const m = /^(\p{Lu}\p{Ll}+) of (?:the )?(\p{Lu}[\p{L}' -]*)$/u.exec(name);
  return m !== null && PEERAGES.has(m[1]!) && !m[2]!.split(" ").some((w) => isTitlePart(w) || HEAD_WORDS.has(w));
}

/** The words joining a double surname, or two towns in one name, in Portuguese, Spanish and Catalan: `Gouveia e Melo`, `Ortega y Gasset`, `Torrefeta i Florejacs`. */
export const COMPOUND_SURNAME_JOINS: ReadonlySet<string> = new Set(["e", "y", "i"]);
/** The particles, Portuguese `do` (which runs.ts joins into a name only where it cannot be the verb) and the joins of double surnames. */
export const INNER_PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLES, "do", ...COMPOUND_SURNAME_JOINS]);

/** A number that counts a body of a kind: `League Two`, `Division 1`. */
const COUNTED = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|[1-9]|I{1,3}|IV|V)$/;

/** `Running`, `Fracking`: a verb's -ing form capitalised; a stem with no vowel makes no verb (`Tring`, `Sting`, `King`). */
export function isCapitalisedGerund(word: string): boolean {
  return word.endsWith("ing") && /^\p{Lu}\p{Ll}+ing$/u.test(word) && /[aeiouy]/i.test(word.slice(0, -3));
}

/** The head word of a name: the last word, or the word before `of`, `on` or `in` (Council on Foreign Relations → Council). */
export function headWord(words: readonly string[]): string {
  // a body's head word before a comma heads the name, whose words after the comma are the town it stands in: `California
  // State University, Long Beach`
  for (let i = 1; i < words.length - 1; i++) {
    const word = words[i]!.endsWith(",") ? words[i]!.slice(0, -1) : undefined;
    if (word !== undefined && HEAD_WORDS.get(word) === "organization") return word;
  }
  // in `University of the Highlands and Islands` the head stands before `of`, in `Council on Foreign Relations` before `on`,
  // in `Lasker Award in Clinical Research` before `in` (runs.ts joins `in` into a name only after a prize's head),
  // in `U.S. District Court for the District of Arizona` before `for`
  let of = -1;
  for (let i = 1; i < words.length && of < 0; i++) if (words[i] === "of" || words[i] === "in" || words[i] === "for" || (words[i] === "on" && ON_BODIES.has(words[i - 1]!))) of = i;
  // (but a body's head word that ends the name heads it, whatever stands before an `of`: `Port of Tilbury Authority`, `City of
  // Lisbon Council`; not after `in` or `for`, which may join a field to a prize: `Lasker Award in Clinical Research`; nor a
  // trade's word, which names a field: `Court of Arbitration for Sport`, `Department of Culture, Media and Sport`)
  const last = words[words.length - 1]!;
  if (of > 0 && words[of] === "of" && HEAD_WORDS.get(last) === "organization" && !INDUSTRY_HEADS.has(last)) return last;
  if (of > 0) for (let i = of - 1; i >= 0; i--) if (HEAD_WORDS.has(words[i]!)) return words[i]!;
  // `League Two`, `Division 1`: a number after a head word counts that kind of body
  if (words.length === 2 && HEAD_WORDS.has(words[0]!) && COUNTED.test(words[1]!)) return words[0]!;
  // (a body's head word may end the name in the plural: `Rutherford County Schools`)
  for (let i = words.length - 1; i > 0; i--) if (HEAD_WORDS.has(words[i]!) || (i === words.length - 1 && isOrganizationHead(words[i]!))) return words[i]!;
  return last;
}

/**
 * `AS Heagle`, `JK Rowling`, `N. Chandrasekaran`: two initials without periods, or one or two with them, before a surname; not an acronym the table knows
 * or a head word before a place, an everyday word or a field (`UK Parliament`, `GM Korea`, `HQ Analytics`).
 */
function isInitialsAndSurname(initials: string, surname: string, aliases: AliasTable): boolean {
  return (
    /^(?:\p{Lu}{2}|(?:\p{Lu}\.){1,2})$/u.test(initials) &&
    (!HEAD_WORDS.has(initials) || isInitialsBeforeName(initials, surname)) &&
    aliases.lookup(initials) === undefined &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(surname) &&
    !HEAD_WORDS.has(surname) &&
    !OFFICE_WORDS.has(surname) &&
    !VOCABULARY.has(surname.toLowerCase()) &&
    !/(?:ics|tion|sion|ment|ware|tech|works|ness|ity|logy)$/.test(surname) &&
    !isGazetteerPlace(surname)
  );
}

/** The words before `Time` in a zone's full name: `Eastern Standard Time`, `British Summer Time`, `Greenwich Mean Time`. */
const ZONE_KINDS: ReadonlySet<string> = new Set(["Standard", "Daylight", "Summer", "Mean", "Saving"]);

/** The letters of a place's administrative status after its name: `Hong Kong SAR`, `Delhi NCT`. */
const PLACE_STATUSES: ReadonlySet<string> = new Set(["SAR", "NCT", "UT"]);

/** The home nations a country is made of: bodies are named for them as for countries (`Police Scotland`, `Sport Wales`). */
const HOME_NATIONS: ReadonlySet<string> = new Set(["England", "Scotland", "Wales"]);

function isNation(word: string, aliases: AliasTable): boolean {
  if (COUNTRIES.has(word) || HOME_NATIONS.has(word)) return true;
  const known = aliases.lookup(word);
  return known !== undefined && known.type === "place" && COUNTRIES.has(known.canonical);
}

/** Words for a regime before a nation's name: `Nazi Germany`, `Imperial Japan`, `Communist China` name the state in its time. */
const REGIME_WORDS: ReadonlySet<string> = new Set(["Nazi", "Imperial", "Fascist", "Soviet", "Weimar", "Vichy", "Ottoman", "Tsarist", "Communist", "Maoist", "Francoist", "Apartheid", "Colonial", "Occupied"]);

/**
 * `Police Scotland`, `Cricket Australia`, `Cancer Research UK`: a field's words before a nation's name name its national
 * body; not after a given name (`Michael Jordan`), a compass word, a party's or a people's word, a regime's word or a place.
 */
function nationNamed(words: readonly string[], aliases: AliasTable): EntityType | undefined {
  if (words.length < 2 || words.length > 4 || !isNation(words[words.length - 1]!, aliases)) return undefined;
  const first = words[0]!;
  if (REGIME_WORDS.has(first) && words.length === 2) return "place";
  const body = CAPITALISED_WORD.test(first) && !isFirstName(first) && !COMPASS.has(first) && !GROUP_WORDS.has(first) && !DEMONYMS.has(first) && !isGazetteerPlace(words.slice(0, -1).join(" "));
  return body ? "organization" : undefined;
}

/**
 * `the Velmar Red Cross`, `Kenya Red Crescent`: a place's name, a people's word or one word no list knows before a known
 * body's name of two or more words names that body's branch there, whatever the body's last word heads elsewhere.
 */
function isBranchOfKnownBody(words: readonly string[], aliases: AliasTable): boolean {
  for (let k = 1; k <= 2 && words.length - k >= 2; k++) {
    if (aliases.lookup(words.slice(k).join(" "))?.type !== "organization") continue;
    const lead = words.slice(0, k);
    return isGazetteerPlace(lead.join(" ")) || (k === 1 && (DEMONYMS.has(lead[0]!) || isUnlistedWord(lead[0]!)));
  }
  return false;
}

/** `Okonkwo-Bello`, `Spires-Jones`: a family name of two capitalised parts, not a compound adjective of origin (`Anglo-Dutch`). */
function isDoubleBarrelled(word: string): boolean {
  return /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(word) && !isCompoundOrigin(word);
}

/** `Pieter-Steph`, `Jean-de-Dieu`: a given name joined by a hyphen to another, or through a particle as places' names are (`Aix-en-Provence`). */
function isCompoundGivenName(word: string): boolean {
  return (isDoubleBarrelled(word) || isParticledPlaceName(word)) && isFirstName(word.slice(0, word.search(/[-‐]/u)));
}

/**
 * One syllable of a romanised Chinese or Korean name: an initial consonant (or `Ch`, `Sh`, `Zh`, `Ts`, `Hs`), a glide, up
 * to three vowels and a final consonant or `ng` (`Ming`, `Chi`, `Hyun`, `Seok`; not `Coca`, `Rolls`).
 */
const ROMANISED_SYLLABLE = /^(?:[BCDFGHJKLMNPQRSTWXYZ]|Ch|Sh|Zh|Ts|Hs)?[yw]?[aeiou]{1,3}(?:ng|[nmkptlh])?$/iu;

/** `Ming-Chi`, `Wei-lin`, `Hee-Chan`: a given name of two romanised syllables joined by a hyphen. */
function isSyllabicGivenName(word: string): boolean {
  const hyphen = word.indexOf("-");
  return hyphen > 0 && /^\p{Lu}/u.test(word) && ROMANISED_SYLLABLE.test(word.slice(0, hyphen)) && ROMANISED_SYLLABLE.test(word.slice(hyphen + 1));
}

/**
 * `O'Neal`, `D'Angelo`, `Da'Vine`, `N'Golo`: a name word with an elided particle or an apostrophe inside a given name,
 * which no everyday word has (`L'` is French's article, opening a firm's or a title's name: `L'Équipe`).
 */
function isApostrophedName(word: string): boolean {
  return /^(?!L['’])\p{Lu}\p{Ll}{0,2}['’]\p{Lu}\p{Ll}+$/u.test(word);
}

/** A faith's rites and texts, which English capitalises and which name no one thing: `celebrated Mass`, `read Scripture`. */
const RITES: ReadonlySet<string> = new Set(["Mass", "Masses", "Communion", "Eucharist", "Vespers", "Matins", "Lauds", "Compline", "Sabbath", "Scripture", "Scriptures", "Liturgy", "Benediction", "Rosary"]);

/** The adjectives of the Games, which modify a noun and never name the Games alone. */
const GAMES_ADJECTIVES: ReadonlySet<string> = new Set(["Olympic", "Paralympic"]);

/** The numbers spelt out that name a broadcaster's channels after its letters: `BBC One`, `ITV Four`. */
const CHANNEL_NUMBERS = /^(?:One|Two|Three|Four)$/;

/** What a family calls its parents and grandparents, capitalised as names: `Mum`, `Grandad` (`Nan` and `Granny` are given names too). */
const FAMILY_ADDRESS: ReadonlySet<string> = new Set(["Mum", "Mom", "Mummy", "Dad", "Daddy", "Grandma", "Grandpa", "Grandad", "Granddad"]);

/** Types a name from what tables know of it, then from its last word, then from its shape and context. */
export function classifyName(name: string, words: readonly string[], aliases: AliasTable, context: ClassifyContext): Classification | undefined {
  const known = aliases.lookup(name);
  if (known !== undefined) return classified(known.type, "known", known.canonical);
  // `TOM HALE:`, `MARA VELT said`: a given name and more words set in capitals read as the same name in its own capitals,
  // and go by it (not letters that shout nothing: `PM PDT`)
  const unshouted = words.length >= 2 && words.every(isCapitalsWord) ? titleCase(name) : undefined;
  if (unshouted !== undefined && isFirstName(unshouted.slice(0, unshouted.indexOf(" ")))) {
    const read = classifyName(unshouted, unshouted.split(" "), aliases, context);
    return read && { ...read, canonical: read.canonical ?? unshouted };
  }
  if (isBranchOfKnownBody(words, aliases)) return classified("organization", "evidence");
  // `Roe v. Wade`: a court case, whatever its parties' names look like and wherever it stands (`in Ivey v Genting Casinos`)
  if (CASE_NAME.test(name)) return classified("other", "evidence");
  // `visiting Mum`, `Dad said`: a parent or grandparent called by the family's word for them is a person
  if (words.length === 1 && FAMILY_ADDRESS.has(name)) return classified("person", "evidence");
  // `Open Wed-Sun`, `Closed Mon-Fri`: opening hours, whose span of days ends no name
  if (words.length >= 2 && isCalendarSpan(words.at(-1)!)) return undefined;
  // `the S&P 500`, `the Boeing 737`, `the Russell 2000`: a body's or someone's name and a number name a thing, an index
  // or a model (not a kind of body counted: `Division 1`, `League 2`)
  const numbered = / \d+(?: [b-h])?$/.exec(name);
  const numberedWord = numbered === null ? undefined : name.slice(0, numbered.index).split(" ").at(-1)!;
  // (but a channel named by its number is its broadcaster, whatever noun it modifies: `Channel 4`, `the BBC Radio 4 show`)
  if (numberedWord !== undefined && BROADCAST_HEADS.has(numberedWord)) return classified("organization", "evidence");
  // (and a place's word numbered names the place: `Heathrow Terminal 5`, `Reactor 4`, `Highway 1`)
  if (numberedWord !== undefined && NUMBERED_PLACES.has(numberedWord)) return classified("place", "evidence");
  if (numbered !== null && !HEAD_WORDS.has(words.at(-1) ?? "")) {
    const type = classifyName(name.slice(0, numbered.index), words, aliases, context)?.type;
    if (type === "organization" || type === "person") return classified("other", "evidence");
  }
  // `Mahindra & Mahindra`, `Marks & Spencer`: names joined by an ampersand are a firm's
  if (words.length >= 2 && name.includes(" & ") && !context.titled) return classified("organization", "evidence");
  // `E! Online`, `Yahoo! Finance`: a word with a brand's exclamation mark names a company or an outlet
  if (words.length >= 2 && words.some((w) => w.endsWith("!"))) return classified("organization", "evidence");
  // `USD 5 million`, `Rs 5,000 crore`: a currency before an amount
  if (words.length === 1 && CURRENCIES.has(name) && context.amountAfter) return undefined;
  // `Game 2`, `Chapter 11`, `Phase 3`: an everyday word numbered is a part of something, not a name
  if (context.numberAfter && words.length === 1 && VOCABULARY.has(name.toLowerCase())) return undefined;
  // `positive for EPO`, `negative for Covid`: what a test finds is a substance or an illness, whatever its letters look like
  if (context.testedFor) return classified("other", "evidence");
  // `the MMR vaccine`, `a PCR test`, `the Zika virus`: a word no table knows before a noun of medicine names what is given or
  // tested for (a maker's name has a head word: `the Kelmo Pharma vaccine`)
  if (context.medicineAfter && words.length === 1 && !isKnownWord(name, aliases)) return classified("other", "evidence");
  // (and lettered: `Series B`, `Plan B`; `Jay Z` has a first name, and `Group F` of a tournament is a body's head word)
  if (words.length === 2 && /^[A-Z]$/.test(words[1]!) && VOCABULARY.has(words[0]!.toLowerCase()) && !isFirstName(words[0]!) && HEAD_WORDS.get(words[0]!) !== "organization") return undefined;
  // AP style abbreviates a town's state (`Falmouth, Mass.`), CP style its province (`Vaughan, Ont.`); elsewhere
  // `Mass` and `Miss` are words
  // (initials with inner stops, `N.J.` or `B.C.`, are a state's or a province's wherever they stand but after a year,
  // where `B.C.` is an era's)
  const state = words.length === 1 && (context.afterTownComma || (/^\p{Lu}\.\p{Lu}/u.test(name) && !context.yearBefore)) ? abbreviatedRegionName(name) : undefined;
  if (state !== undefined) return classified("place", "known", state);
  // (`the Duchess of Edinburgh`: a peer named by title, not the place the title is of)
  if (isPeerageName(name)) return classified("person", "evidence");
  // `South Koreans`, `New Zealanders`: a people of several words in the plural, not the country a near spelling names
  if (words.length >= 2 && name.endsWith("s") && DEMONYMS.has(name.slice(0, -1))) return classified("group", "known");
  // scraping garbles codes (nP5+1): an oddly shaped word one edit away from a known name is that name, misspelt
  if ((words.length === 1 && oddlyShaped(name)) || (words.length >= 2 && name.length >= 10)) {
    const near = aliases.nearest(name);
    if (near !== undefined) return classified(near.type, "known", near.canonical, true);
  }
  // `her daughters, Chelsea and India`: a relative is a person, whatever place a given name also names; so is a name of
  // two words or more that a person's role sets off by commas (`The university's principal, Deep Saini, said`), a head
  // word that is a surname too among its words (`its founder, Dellon Park,`); a nation's adjective opens the clause
  // after the list instead (`wounding three children, Ukrainian officials said`)
  if ((context.kinBefore || (context.roleSetBefore && words.length >= 2)) && isPersonShaped(words) && !words.some((w) => HEAD_WORDS.has(w) && !isEverydaySurname(w)) && !(words.length === 1 && DEMONYMS.has(name))) return classified("person", "evidence");
  // `6 a.m. Pacific time`, `Eastern Standard Time`: a time zone is no place nor body, though a region names it
  if ((words.length === 1 && context.zoneOfClock) || (words.length >= 2 && words.at(-1) === "Time" && ZONE_KINDS.has(words.at(-2)!))) return undefined;
  if (COUNTRIES.has(name)) return classified("place", "known", COUNTRIES.get(name)!);
  // `the first Latina to lead the city`: a people's word that is also a town's name (Latina, Italy) names the town only after `in` or `near`
  if (PARTY_NAMES.has(name)) return classified("organization", "known");
  // (`Prince Christian`, `Mr Christian`: a people's word that is also a given name is someone's after a title)
  const titledGivenName = context.titled && GROUP_WORDS.has(name) && isFirstName(name);
  if (GROUP_WORDS.has(name) && !context.locative && !titledGivenName) return classified("group", "known");
  // `Sunni Muslims`, `British Muslims`: a faith's or a nation's adjective before a people's word names a people too
  if (words.length >= 2 && GROUP_WORDS.has(words[words.length - 1]!) && words.slice(0, -1).every((w) => GROUP_WORDS.has(w) || DEMONYMS.has(w))) return classified("group", "known");
  if (REGIONS.has(name) || CITIES.has(name)) {
    // `companies including Meta`, `the magazine Paris Match`: a class noun outweighs a town or region of the name
    const noun = context.classNoun;
    if (noun !== undefined && noun !== "place") return classified(noun, "evidence");
    // `Shares in Meta fell`, `Meta (META.O)`: only a business's shares trade, whatever region shares its name, save a
    // market's (`Shares in Asia fell`: a class noun of place)
    // (and so is one owned or seated somewhere: `Boston-based Moderna`)
    if (words.length === 1 && noun === undefined && (context.sharesTraded || context.tickerAfter || context.ownedBefore)) return classified("organization", "evidence");
    // `Toyota said its sales fell`, `Hitachi cut its forecast`: a town's name that a list of firms holds is the firm's
    // where it speaks or acts, not where it is acted on (`A storm hit Hitachi`)
    if (isListedOrganization(name) && (context.speaker || context.clauseSubject)) return classified("organization", "evidence");
    // `Jackson said he would`: a town's name that is also someone's is theirs where it speaks (or is given an age) and is then he or she
    // (a nation's capital speaks for its government: `Washington said it looked forward to working with his government`)
    if (words.length === 1 && isPersonalNameWord(name) && context.personalPronoun && (context.ageAfter || (context.speaker && !CAPITALS.has(name))) && !context.prepositionBefore && !context.determiner) {
      return classified("person", "evidence");
    }
    // `partnered with Toyota`: one works with a body of a town's name, not with the town (a nation's capital speaks for its
    // government, and one may work with someone a town is named like: `worked with Jackson`)
    if (words.length === 1 && context.partnerOf && !CAPITALS.has(name) && !isPersonalNameWord(name)) return classified("organization", "evidence");
    // `Princess Adelaide`, `President Washington`: a title before a town's name that is someone's makes it theirs, save where one is;
    // a form of address makes it a person's whatever the name (`Mr Harrow`)
    if (words.length === 1 && ((context.titled && isPersonalNameWord(name) && !context.locative) || context.addressed)) return classified("person", "evidence");
    // `the Washington family`, `the Jackson brothers`: after `the`, a town's name that is also someone's is the family's
    // (`a Brooklyn family` is from the town)
    if (words.length === 1 && context.nounAfter?.type === "person" && context.definite && isPersonalNameWord(name)) return classified("person", "evidence");
    // `the ruling Morena party`: a town's name before `party` is the party's
    if (context.nounAfter?.party === true) return classified("organization", "evidence");
    return classified("place", "known");
  }
  // a well-known company or body, unless the word is also a first name (`Ford` may be Harrison's)
  if (isWellKnownOrganization(name, words)) return classified("organization", "evidence");
  // `Velt's Kitchen`: an owner's possessive before an everyday word that ends shops' names (which alone names nothing)
  if (words.length === 2 && isPossessiveNameWord(words[0]!) && OWNED_SHOP_HEADS.has(words[1]!)) return classified("organization", "evidence");
  // `Johnson and Johnson` after `J&J`: names joined by `and` are a body's too, as no person's name holds an `and` (the gazetteers
  // above keep their places: `Jammu and Kashmir`), save where an event's or a place's head word ends them (`Tax Cuts and
  // Jobs Act`, `Peter and Paul Fortress`)
  const headType = HEAD_WORDS.get(words.at(-1)!);
  if (words.length >= 2 && name.includes(" and ") && !context.titled && headType !== "event" && headType !== "place") return classified("organization", "evidence");
  // a company listed on an exchange, or owned by someone or seated somewhere, whatever its name looks like, save a person's
  // name with a given name (`London-based Anna Weber`)
  if (context.tickerAfter || (context.ownedBefore && !context.titled && !(words.length >= 2 && isFirstName(words[0]!)))) return classified("organization", "evidence");
  // (a person's name owns shares too: only a name that opens with no one's given name, and a word alone that is no surname)
  if (context.companyPossession && !context.titled && !isFirstName(words[0]!) && (words.length > 1 || !SURNAMES.has(name))) return classified("organization", "evidence");
  // (a place's head word keeps it a place, as a market's earnings come from it too: `revenue from Sarno Valley`)
  if (context.earningsOf && !isFirstName(words[0]!) && (HEAD_WORDS.get(words.at(-1)!) ?? "organization") === "organization") return classified("organization", "evidence");
  // `Dickens's novel`, `Mahler's Ninth Symphony`: whose work it is names its maker, when the one word is all there is to
  // read (a longer name has its head word, `Yale University's portrait`, or a given name to say what it is)
  if (words.length === 1 && context.authorOf && !context.determiner) return classified("person", "evidence");
  // `Buddha Air`, `Zorvik Air`: one plain word before `Air` names an airline, whoever the word names (`MacBook Air` and
  // `iPhone 17 Air` are models)
  if (words.length === 2 && words[1] === "Air" && CAPITALISED_WORD.test(words[0]!) && !context.titled) return classified("organization", "evidence");
  // a game's, a show's or a book's title (`Counter-Strike: Global Offensive`) names a work, whatever it looks like
  if (context.subtitled && !context.titled) return classified("other", "evidence");
  // `@POTUS`, `#MeToo`: an account or a hashtag, not the body or person behind it
  if (context.handle) return classified("other", "evidence");
  // `Good Friday`, `Christmas`: a holiday is a date, read with the dates
  if (isHolidayName(name)) return undefined;
  // `the second Test`, `his 34th Test hundred`: an everyday word after an ordinal counts a kind of thing, naming none
  if (words.length === 1 && context.ordinalBefore && VOCABULARY.has(name.toLowerCase()) && !COLOUR_PEOPLES.has(name)) return undefined;
  // `7th Fleet`, `9th Circuit`, `14th Precinct`: a unit that a figure ordinal numbers is a body, unless its head word says a place or a document (`42nd Street`, `2nd Amendment`)
  if (FIGURE_ORDINAL.test(words[0]!)) return classified(HEAD_WORDS.get(headWord(words)) ?? "organization", "evidence");
  // `Palm Sunday Mass`, `Boxing Day Test`: what a holiday's name opens is held on that day
  if (opensWithHolidayName(words) && !HEAD_WORDS.has(words.at(-1)!)) return classified("event", "evidence");
  // `New Zealander`: a demonym of several words names a person's origin, not an entity
  if (words.length > 1 && DEMONYMS.has(name)) return undefined;
  // `Former Irish president`, `Veteran Kenyan diplomat`: an everyday word or a title's before a demonym describes someone's origin
  if (words.length === 2 && DEMONYMS.has(words[1]!) && !HEAD_WORDS.has(words[0]!) && (VOCABULARY.has(words[0]!.toLowerCase()) || ROLE_MODIFIERS.has(words[0]!.toLowerCase()) || isTitlePart(words[0]!))) return undefined;
  const regional = words.length === 2 && (COMPASS.has(words[0]!) || words[0] === "Latin");
  // `North American`, `Latin American`, `Central Asian`: the adjective of a region, not a name
  if (regional && /^\p{Lu}\p{Ll}+(?:an|ese)$/u.test(words[1]!) && !REGIONS.has(name)) return undefined;
  // `South Americans`, `West Africans`: the people of a region, named by its adjective's plural
  if (regional && /^\p{Lu}\p{Ll}+ans$/u.test(words[1]!) && !SURNAMES.has(words[1]!)) return classified("group", "known");
  // `Liberal Democrat`, `Lib Dems`: parties named in two words
  if (words.length === 2 && GROUP_WORDS.has(name)) return classified("group", "known");
  // `Sweden Democrats`: a country's name before a party's word names a party (a state's or a town's says where members sit)
  if (words.length === 2 && COUNTRIES.has(words[0]!) && PARTY_WORDS.has(words[1]!)) return classified("organization", "evidence");
  // `Land's End said`, `Becher's Brook claimed two horses`: a possessive before a feature's word names a place, whatever it does
  if (words.length === 2 && isPlaceNamedFor(words[0]!, words[1]!)) return classified("place", "evidence");
  // `2:15 PM PDT`: a clock's half of the day and its zone name nothing (a sentence's period may cling to the zone)
  if (words.length === 2 && (words[0] === "AM" || words[0] === "PM") && TIME_ZONES.has(words[1]!.replace(/\.$/, ""))) return undefined;
  if (words.length === 1) {
    const w = words[0]!;
    if (GROUP_WORDS.has(w) && !titledGivenName) return classified("group", "known");
    // `the first Black mayor`, `White voters`: a people named by a colour, not the surname it also is
    if (COLOUR_PEOPLES.has(w) && context.peopleNounAfter && !context.nameWord) return classified("group", "evidence");
    const nation = demonymOfPlural(w);
    if (nation !== undefined && !DEMONYMS.has(w)) return classified("group", "known");
    // (unless it is the surname of someone the article names, and speaks: `Welsh said` after `Bridget Welsh`)
    if (DEMONYMS.has(w) && !(context.speaker && context.nameWord && !context.determiner)) return undefined;
    // (so is the Games' adjective alone: `a four-time Olympic champion`, and a rite: `celebrated Mass`)
    if (GAMES_ADJECTIVES.has(w) || RITES.has(w)) return undefined;
    // (so is a compass adjective alone: `five Western hostages`, `Eastern diplomats`, `urged Western allies`; one that
    // speaks is a body, `Northern said`)
    if (COMPASS.has(w) && w.endsWith("ern") && (!context.speaker || context.modifiesWordAfter)) return undefined;
    // `the Treasury said`, `the Treasury ... its`: a ministry's portfolio after `the` that speaks or is `it` is the ministry
    // (elsewhere it modifies a noun: `the Defence budget`)
    if (PORTFOLIOS.has(w) && context.determiner && (context.speaker || context.neuterPronoun === true)) return classified("organization", "evidence");
    // (a title word that is the surname of someone the article names is their name: `King` after `Stephen King`)
    // (a weekday's plural is a recurring day: `open late on Fridays`, and a month's a month of many years: `the warmest
    // Novembers`, though not a short form's, `Mars`; a quarter's months are a span: `the July-September period`)
    if (isCalendarName(w) || (w.endsWith("days") && isCalendarName(w.slice(0, -1))) || isMonthsPlural(w) || isCalendarSpan(w) || (isTitlePart(w) && !context.nameWord)) return undefined;
    // an abbreviation with its period (`No.` of `No. 10`, `Inc.`) names nothing alone
    if (w.endsWith(".") && isListedAbbreviation(w.slice(0, -1))) return undefined;
    if (isPartyTag(w)) return undefined;
    // (nor does a role's field in everyday words: `Modern` of `chairman of Modern art`)
    if (context.fieldOfRole) return undefined;
    // `Real, who had won the title`: a word clubs and institutes take before their name is short for one, never a person
    if (ORGANIZATION_PREFIXES.has(w)) return classified("organization", "guess");
    // `Lashkar-e-Taiba`, `Jamaat-ud-Dawa`: such a word hyphen-joined to its name is the whole name
    if (isJoinedAfterPrefix(w)) return classified("organization", "evidence");
    if (w === CHAMBER && context.determiner) return classified("organization", "evidence");
    // a pronoun's contraction (I've) or an adjective of language or origin (English, European) is no name
    if (/^(?:I|We|You|They|He|She|It)['’]/u.test(w)) return undefined;
    // (unless someone the article names has it for a surname: `Albanese`, `Kardashian`; nor does an adjective speak with
    // no article before it: `Rivian said it would`)
    // (nor before a family's noun, when the word comes from no place's or person's name: `the Kardashian sisters`, not `the
    // Victorian family`)
    if (hasOriginSuffix(w) && !FIRST_NAMES.has(w) && !context.nameWord && !(context.speaker && !context.determiner) && !(context.definite && context.nounAfter?.type === "person" && !isDerivedAdjective(w))) return undefined;
    if (isPlaceAdjectiveInN(w) && !context.nameWord && !(context.speaker && !context.determiner)) return undefined;
    // (nor is a language's name: `speaking in Farsi`, `translated into Swahili`)
    if (LANGUAGES.has(w) && !context.nameWord) return undefined;
    if (w.includes("-") && isCompoundOrigin(w)) return undefined;
    // initials, roman numerals, time zones and capitalised gerunds are not names on their own
    // (a word known as a name is no gerund, though shaped like one: `the Boeing 737`)
    // (unless someone the article names has the word: `Kessling` after `Dario Kessling`)
    // (a time zone's letters in brackets after a name are the name's acronym: `Workers' Party (PT)`)
    // (nor is a temperature: `40C`, `104F`)
    // (nor is an era's mark beside its year: `AD 79`, `55 BC`, `the 4th century AD`)
    if (ERA_MARKS.has(w) && (context.numberAfter || context.yearBefore)) return undefined;
    if (isInitial(w) || /^[IVXLC]+$/.test(w) || /^\d+(?:\.\d+)?[CF]$/.test(w) || (TIME_ZONES.has(w) && !context.bracketedAfterName) || (isCapitalisedGerund(w) && !context.nameWord && !isKnownWord(w, aliases))) return undefined;
    // a shouted everyday word (`UNLESS`, `WARNING`) is emphasis, not an acronym
    if (w.length >= 5 && !hasLowerCase(w) && VOCABULARY.has(w.toLowerCase())) return undefined;
    // `McDonald's`, `Sainsbury's`, `Moody's`: a name written in the possessive is a shop's or a firm's, named for its founder
    // (what one is at is a place: `at Lord's on Thursday`)
    if (isPossessiveNameWord(w) && !context.titled) return classified(context.venueBefore ? "place" : "organization", "guess");
  }
  // (words no list knows after a part of a land or its neighbour name the land: `struck western Velmar`, `neighbouring Tarvel`,
  // whatever plural verb follows: `Velmar and neighbouring Tarvel have agreed`)
  if (context.partOfLand && words.every(isUnlistedWord) && !context.titled) return classified("place", "guess");
  // (a name that ends in s may be a plural: `the Smiths are`; `I have` is the pronoun's, cleared above)
  // (nor does a place's or an event's head word take one: `the High Street have`, `the Act and the Bill were` have a
  // plural subject before; nor does a place's name a route or a preposition of place takes: `services from Velmar to
  // Pelgrin Isle were cancelled`)
  if (context.pluralVerbAfter && !words.at(-1)!.endsWith("s") && !context.titled && headType !== "place" && headType !== "event" && !context.locative) return classified("organization", "evidence");
  // (one word no list knows that owns an office only a state or a town has is the state's or the town's, whatever else
  // the article says of it: `Velmar's foreign minister`, `the mayor of Tarvel`, where `Velmar said` would make a body)
  if (context.stateOwned === "office" && words.length === 1 && !context.titled) return classified("place", "evidence");
  // (one word no list knows, before what only a state or a town has, is the state's or the town's: `Norvik central bank`,
  // `the Velmar army`; a surname read before is its person's, `the Vostrel ministry` after `Ana Vostrel`)
  if (words.length === 1 && isUnlistedWord(words[0]!) && !context.titled && context.stateModifier) return classified("place", "guess");
  // (a name that modifies a noun is of the noun's kind, whatever title stands before it: `official KCNA news agency`;
  // one that starts with a given name does so after an article or an owner's possessive, which a person's name does not take:
  // `the Marlow Forge division`, `Codelco's El Teniente mine`, or before the noun of a place or body named for someone: `Kamal Adwan hospital director`)
  const nounAfter = context.nounAfter;
  // (a place's own head word outweighs the noun: `the Main Street library`)
  // (a craft's noun after a known body's acronym names its maker's craft: `the NASA probe`; after another, the craft:
  // `the SLIM probe`; so does one after a body's head word: `Canadian Armed Forces aircraft`, `the Orsel Corporation satellite`)
  const makersCraft = nounAfter?.type === "other" && ((words.some(isAcronym) && isWellKnownOrganization(name, words)) || headType === "organization");
  // (words no list knows, before a body's noun that describes the body named after it, say where the body is: `the Dersk
  // firm Orvek Studio`, where an everyday word may be a body's name: `the Apex firm Orvek Studio`)
  if (nounAfter?.describesBody === true && words.every(isUnlistedWord)) return classified("place", "guess");
  if (nounAfter !== undefined && !makersCraft && (context.determiner || context.possessiveBefore || nounAfter.namedForPeople || !(words.length >= 2 && isFirstName(words[0]!)))) {
    // (one word before a body's noun may be the town the body is in: `the Ghent museum`, so a dateline's place outweighs it;
    // one before a programme's may be the body that runs it: `the Acme project ... Acme said it`)
    // (but a campaign's name holds the place it would save: `the Save Tarvel Fields group`)
    if (words.length === 1 && nounAfter.type === "organization") return { ...classified("organization", "guess"), beforeBodyNoun: true };
    return classified(words.length >= 2 && headType === "place" && !CAMPAIGN_VERBS.has(words[0]!) ? "place" : nounAfter.type, words.length === 1 && nounAfter.programme === true ? "guess" : "evidence");
  }
  // `HMS Queen Elizabeth`, `USS Ralph Johnson`: a ship, whatever its words name otherwise
  if (words.length >= 2 && CRAFT_PREFIXES.has(words[0]!)) return classified("other", "evidence");
  if (words.every((w) => isTitlePart(w) || isStopword(w)) && !context.nameWord) return undefined;
  // a title phrase with no name after it (Iranian Foreign Minister, Supreme Leader) names no one by itself
  // (unless an institution's head word stands before its `of`: `Massachusetts Institute of Technology`)
  const final = words[words.length - 1]!;
  if (isTitlePart(final) && !ownsTrailingTitleWords(words, trailingTitleStart(words)) && !(name.includes(" of ") && HEAD_WORDS.get(headWord(name.split(/\s+/))) === "organization")) return undefined;
  // the head of "Council of Iran" is Council
  // (a body's, an event's or a document's head word outweighs it: `Cape Cod Times`, `Port Authority`, `Plaza Accord`)
  // (and so does a noun that says what else it is: `River Action, a campaign group`)
  // (a prefix that is also a given name yields to a person's signs, in a name of capitalised words only: `Wadi Rum`, but
  // `Wadi Haddad said he`; `the Port of Dover said`)
  if (hasPlacePrefix(words) && !context.titled && (headType ?? "place") === "place" && (context.classNoun ?? "place") === "place" && !(isFirstName(words[0]!) && name.split(" ").every((w) => CAPITALISED_WORD.test(w)) && showsPerson(context))) {
    return classified("place", "evidence");
  }
  // `San Juan Chamula`, `Santo Tomás`: a town named for its saint, unless a noun says what else (`the schools Santo Spirito and
  // Immacolata`), or the saint is named by a given name alone where no place is spoken of (`Santa Claus`, not `moved to Santo Tomás`)
  if (words.length >= 2 && SAINT_PREFIXES.has(words[0]!) && !context.titled && (headType ?? "place") === "place" && (context.classNoun ?? "place") === "place" && !(words.length === 2 && isFirstName(words[1]!) && !context.locative)) {
    return classified("place", "evidence");
  }
  if (words.length >= 2 && (ORGANIZATION_PREFIXES.has(words[0]!) || isJoinedAfterPrefix(words[0]!)) && !context.titled) return classified("organization", "evidence");
  // `Save Our Fields`, `Stop Killer Robots`: a campaign named by what it calls for is the group that runs it, unless a head
  // word says another kind of thing (a place's head word names what the campaign would save)
  if (words.length >= 2 && CAMPAIGN_VERBS.has(words[0]!) && (headType ?? "place") === "place" && !context.titled) return classified("organization", "evidence");
  if (words.length >= 2 && eventPrefixAt(words) >= 0 && !context.titled) return classified("event", "evidence");
  if (words.length >= 2 && DISASTERS.has(final) && !context.titled) return classified("event", "evidence");
  // `South East Asia`, `Western Europe`: compass words before a known place
  if (words.length >= 2 && COMPASS.has(words[0]!)) {
    let k = 1;
    while (k < words.length - 1 && COMPASS.has(words[k]!)) k++;
    const rest = words.slice(k).join(" ");
    // `East Los Angeles`: a compass word before a known city, too
    if (isGazetteerPlace(rest)) return classified("place", "evidence");
    // `the West End`, `the Upper East Side`: compass words before the word for a city's quarter
    if (k === words.length - 1 && (final === "End" || final === "Side")) return classified("place", "evidence");
  }
  if (words.length === 2 && COMPASS_POINTS.has(final) && !context.titled) {
    // `Pacific Northwest`, `American West`, `Deep South`: a compass point after a word for where or what kind names a region
    // (after a given name it is a surname: `Mae West`, `Oliver North`; two compass points name a region, though `North` is a
    // given name too: `the North East`)
    if ((!isFirstName(words[0]!) || COMPASS_POINTS.has(words[0]!)) && (VOCABULARY.has(words[0]!.toLowerCase()) || DEMONYMS.has(words[0]!) || isGazetteerPlace(words[0]!))) return classified("place", "evidence");
    // (`Halvik North`, `Dellon East`: an unknown word before one names a ward, a district or a seat, where few people's names end so)
    if (isUnlistedWord(words[0]!)) return classified("place", "guess");
  }
  // (`Kelmoshire`: one word ending in `-shire` names a county, as Britain's do)
  if (words.length === 1 && /^\p{Lu}\p{Ll}+shire$/u.test(final) && !context.titled) return classified("place", "evidence");
  // `Duke Energy`, `Sutter Health`: a portfolio's word ends a body's name, not a person's
  if (words.length >= 2 && PORTFOLIOS.has(final) && !context.titled) return classified("organization", "evidence");
  // `Health Canada`, `Elections Ontario`, `Sport England`: a public body named by its field and the land it serves
  if (!context.titled && isFieldBodyName(words)) return classified("organization", "evidence");
  // `, who` after a name makes it a person's (not a body's: in `an official at the Agency, who` or `a director at the
  // University of Edinburgh, who`, the official is meant; nor a place's after a preposition: `head gardener at Dersk Hall, who`,
  // unless a given name opens it: `sat next to Tom Hall, who`)
  if (
    context.relative === "who" &&
    isPersonShaped(words) &&
    headType !== "organization" &&
    HEAD_WORDS.get(headWord(name.split(/\s+/))) !== "organization" &&
    !((context.prepositionBefore || context.locative) && headType === "place" && !isFirstName(words[0]!))
  ) {
    return classified("person", "evidence");
  }
  // `Okonjo, 62, said`: only people are given an age so
  // (and so is a candidate their party: `Halvik (Lib Dem) 1,310`)
  if ((context.ageAfter || context.partyInBracketsAfter) && !context.determiner && isPersonShaped(words) && !HEAD_WORDS.has(final)) return classified("person", "evidence");
  // `Mozilla Firefox, its main rival`, `Acme, which`: whatever the words look like, no person
  // (a name's head word says what it is: `Lea County, which borders`; and what one is at is a place: `the Test at Old Trafford, which starts`;
  // so does a class noun: `Shares in Brown-Forman, which makes whiskey,`; and where one is: `a wholesaler in Dartford, which`)
  if (context.relative === "which" && !context.titled && !(words.length > 1 && HEAD_WORDS.has(final))) {
    return classified(context.classNoun ?? (words.some((w) => HEAD_WORDS.get(w) === "organization") || context.speaker || context.businessAfter || context.reportsAfter ? "organization" : context.venueBefore || context.locative ? "place" : "other"), "guess");
  }
  // `in Gary, Indiana,`, `residents of Lowell, Massachusetts`: a name before a comma and a state or country is a town there
  if (context.stateAfter && !context.titled && !HEAD_WORDS.has(final)) return classified("place", "evidence");
  // `a care home in Halvik, Dersk.`: the region a town named after `in` is in (someone named in full is no region)
  if (context.regionAfterTown && !context.titled && !isFirstName(words[0]!) && !HEAD_WORDS.has(final)) return classified("place", "evidence");
  // (`Corvel, 200 km up the coast`: what lies some distance away is a place; someone named in full may be so far from home)
  if (context.distanceAfter && !context.titled && !(words.length >= 2 && isFirstName(words[0]!))) return classified("place", "evidence");
  if (context.signedFrom && words.length === 1 && isUnlistedWord(words[0]!)) return classified("place", "guess");
  // `MP for Normanton`: a member's seat is a place, though the title stands before it
  if (context.seat && !isFirstName(words[0]!)) return classified("place", "evidence");
  // a title before a first name outweighs a head word (`Mayor Helen Park`, `Sen. Jordan River`), but not a club's last
  // word, which no one bears (`Rovers host Kelby Rovers`: the `host` is a verb)
  if (context.titled && words.length <= 3 && isFirstName(words[0]!) && !(words.length > 1 && CLUB_SUFFIXES.has(final))) return classified("person", "evidence");
  // the name as written keeps its connectors (`of`), which candidate words leave out
  const last = headWord(name.includes(" of ") || name.includes(" on ") || name.includes(" for ") || name.includes(", ") ? name.split(/\s+/) : words);
  const head = HEAD_WORDS.get(last) ?? (isOrganizationHead(last) ? "organization" : undefined);
  // `Helen Park said`, `Ann Hall, the club's chair,`: a first name before a place's head word is a person's when the name speaks or holds a role
  // (so is one before a body's that is a surname too: `Charlotte Church said she`)
  // (not one before a title, which names the title's office: `Assistant Montgomery County Prosecutor Dana Whitfield said`)
  // (but not before a building's word that no one bears as a surname: `Victoria Station said`, nor after an article, which
  // no person's name takes: `The Red Crescent said`)
  if (((head === "place" && !BUILDINGS_NO_ONE_BEARS.has(last)) || isNameBeforeSurnameHead(words)) && words.length <= 3 && isFirstName(words[0]!) && !context.titleAfter && !context.determiner && showsPerson(context)) return classified("person", "evidence");
  // `the Royal Opera House`, `Guild House`, `Kelmo House`: an everyday word or one no list knows before `House` names a
  // building, or the body in it that speaks (`Random House said it would publish`), where a surname names a person (`Tom
  // House`) and a state's name its legislature (`the Ohio House`)
  const beforeFinal = words.length >= 2 ? words[words.length - 2]! : undefined;
  if (final === CHAMBER && beforeFinal !== undefined && (isEnglishWord(beforeFinal.toLowerCase()) || (isUnlistedWord(beforeFinal) && !isGazetteerPlace(beforeFinal))) && !isPersonalNameWord(beforeFinal)) {
    return classified(context.speaker ? "organization" : "place", "evidence");
  }
  // `Luton Town`, `Ipswich Town`: a town's name before `Town` is its football club's; so is one before `Forest` that speaks,
  // as no forest does (`Nottingham Forest said`)
  if ((last === "Town" || (last === "Forest" && context.speaker)) && words.length === 2 && CITIES.has(words[0]!)) return classified("organization", "evidence");
  // `the Chicago Bulls`, `Kansas City Chiefs`: a city's name before a plural, after `the` or of an everyday noun, is a
  // sports team's (a landform's plural is a head word: `Niagara Falls`; a city's name may be a given name and a
  // surname end in s: `Hassan Dubois`)
  if (
    /^\p{Lu}\p{Ll}+s$/u.test(final) &&
    (context.determiner || VOCABULARY.has(final.slice(0, -1).toLowerCase())) &&
    !HEAD_WORDS.has(final) &&
    !DEMONYMS.has(final) &&
    !isFirstName(words[0]!) &&
    cityThenWord(words)
  ) {
    return classified("organization", "evidence");
  }
  // `Riverdale Unified School District`: a district that runs a public service is a body, not a place
  if (last === "District" && last === final && SERVICE_DISTRICTS.has(words[words.length - 2] ?? "")) return classified("organization", "evidence");
  // `Jonah Hill starred`, `signed Adam Green`: news names such a pair for a person far more often than for a place,
  // unless a preposition or an article stands before it (`at Victoria Park`, `in Holt Green`, `the Grace Hill estate`),
  // or a verb of going somewhere (`went to Ferris Street`), or a clause set there follows (`to Victoria Park, where`)
  if (head === "place" && !context.prepositionBefore && !context.locative && !context.determiner && !context.whereClauseAfter && isNameBeforeSurnameHead(words)) return classified("person", "guess");
  // (`Kees van Dam`: a surname's Dutch or German particle outweighs the head word that ends the name)
  if (head !== undefined && last === final && hasGermanicParticle(words)) return classified("person", "evidence");
  // (a head word inside the name, not its last, gives way to a class noun that says otherwise: `Seven Summit Treks, the
  // company that organised the climb`; so does an event's head word to a body's class noun, as firms take such words for
  // their names: `the studio Zorvik Games`, `Zorvik Games, the publisher of the game`; and a place's to a ship's, a craft's or
  // a work's noun, as such things are named for places: `the tanker Eagle Bay`, `the film Mystic River`, or to a body's noun
  // right before the name, `the band Silver Harbour`, or to any noun set after the name that says what it is: `Hope Harbour,
  // a children's charity`; and a body's, as for newspapers:
  // `the tanker Pacific Herald`, `the satellite Meteor Sentinel 4`)
  const outweighed =
    context.classNoun !== undefined &&
    context.classNoun !== head &&
    (last !== final || (head === "event" && context.classNoun === "organization") || (head === "place" && (context.classNoun === "other" || context.classNounInApposition || (context.classNoun === "organization" && context.bodyNounBefore))) || (head === "organization" && context.classNoun === "other"));
  // (a place's name of several words with a year in brackets after it is a work's title: `The Drowned Coast (2015)`)
  if (head === "place" && words.length > 1 && context.yearInBracketsAfter) return classified("other", "evidence");
  if (head !== undefined && words.length > 1 && !outweighed) return classified(head, "evidence");
  // `McLaren's Oscar Piastri`: news writes a team's or an employer's name so before its people (a person's own name
  // in the possessive, `Trump's Steve Bannon`, joins the person named in full, whose mention outweighs this one)
  if (context.ownsPersonAfter && !context.titled && !context.determiner && words.length <= 3) return classified("organization", "evidence");
  // (and a town's before its streets: `Hatton's High Street`, `Leeds's Briggate Square`; a given name and a surname own
  // a work or a farm there instead: `Eva Lind's The Quiet Harbour`)
  if (context.ownsPlaceAfter && !context.titled && !context.determiner && (words.length === 1 || (words.length === 2 && !isFirstName(words[0]!)))) return classified("place", "guess");
  // `analysts at Peel Hunt`: people work at a body, never at a person
  if (context.employerBefore && !context.titled && words.every(isNameWord)) return classified("organization", "evidence");
  // (no one's name is one word with a digit in it: `the star TRAPPIST-1`, `the star Kepler-62` name stars)
  if ((context.titled || context.surnamedBefore) && !(words.length === 1 && /\p{N}/u.test(name))) return classified("person", "evidence");
  // `Bharat Rashtra Samithi (BRS)`: bodies are given acronyms, people seldom, whatever given name a body's first word is
  if (words.length >= 3 && context.spelledOut) return classified("organization", "evidence");
  // `Africa CDC`, `China CDC`: a place's name before a body's known acronym names that body's branch there
  // (not an everyday initialism, `Britain GDP`, nor the letters of a place's status, `Hong Kong SAR`)
  if (words.length >= 2 && final.length >= 3 && isAcronym(final) && !isCommonInitialism(final) && !PLACE_STATUSES.has(final) && aliases.lookup(final)?.type !== "place" && isGazetteerPlace(words.slice(0, -1).join(" "))) {
    return classified("organization", "evidence");
  }
  const national = nationNamed(words, aliases);
  if (national !== undefined) return classified(national, "evidence");
  // `stakes in Tarvel-area smelters`: a name that says where the noun after it is, is that place, whatever noun stands before
  if (context.whereAfter) return classified("place", "evidence");
  // (`investors including Scottish Enterprise`: what a people's noun counts, named as no one is, is a body that does their work,
  // as is one named for a cause: `critics including the Campaign for Better Transport`)
  if (context.classNoun === "person" && (peopleBeforeEverydayWord(words) || namesCause(words, name))) return classified("organization", "guess");
  if (context.classNoun !== undefined) return classified(context.classNoun, "evidence");
  if (namesCause(words, name)) return classified("organization", "guess");
  // `Google Chrome`, `Microsoft Word`: other words after a well-known company's name name its product
  // (one that speaks is a division: `BBC Sport said`; so is a number spelt out after a broadcaster's letters, its channel: `BBC One`)
  const ofKnownBody = words.length >= 2 && isWellKnownOrganization(words[0]!, [words[0]!]);
  if (ofKnownBody && isAcronym(words[0]!) && CHANNEL_NUMBERS.test(words[1]!)) return classified("organization", "evidence");
  if (ofKnownBody && !context.speaker) return classified("other", "evidence");
  // `X, editor at large at the Saudi Gazette,`: a role in apposition names a person's function
  // (so does a given name alone, `her husband, Emeka, a retired engineer`, or a word no dictionary has:
  // `Kolbright, the chief executive of Duvessa, resigned`)
  if (hasAppositive(context) && !context.determiner && words[0] !== "The" && (words.length >= 2 || isFirstName(last) || isUnknownWordOfPersonRole(last, context)) && isPersonShaped(words)) {
    return classified("person", "evidence");
  }
  // (`Flight AI171`, `MH370`: letters before three digits or more code a flight or a model, not a body)
  // (nor do letters and digits in turns: `H5N1`, `H7N9` code a strain or a part)
  if (words.length === 1 && /^\p{Lu}\p{N}+\p{Lu}\p{N}+$/u.test(last)) return classified("other", "evidence");
  if (context.roadNumber) return classified("place", "evidence");
  if (words.length === 1 && isAcronym(last) && !/\d{3}$/.test(last)) return classified("organization", "evidence");
  // (`Oscar nominee Tom Hale`, `the Grammy winner`: a name before its holder names an award, no body whose officer that is)
  if (context.awardAfter && words.length <= 2 && !context.titled) return classified("other", "evidence");
  // (after an article, before its officer's role, a name is a body's: `a Rolls Royce spokeswoman`, `a See Tickets spokeswoman`)
  if (words.length >= 2 && context.determiner && context.roleNounAfter && !context.titled) return classified("organization", "guess");
  // `Air New Zealand said`, `Southern California Edison`: no one's name holds a known place's of two words, or a compass
  // word and a place, beside a word of its own; a body's there does
  if (words.length >= 3 && words.length <= 4 && holdsPlaceName(words)) return classified("organization", "guess");
  // (`Mark Fell, of the Prison Officers' Association,`: a given name and more, set beside where they work, are a person's,
  // though the last word is an everyday one)
  if (isFirstName(words[0]!) && context.affiliatedAfter) return classified("person", "evidence");
  // (read once for the three tests below that ask it, on the name's own words: particles count)
  const noSurnameEnd = endsInNoSurname(name.split(" "));
  // (a compass word is rarely a given name: `West Yorkshire` is a county)
  // (particles inside do not count: `Luiz Inácio Lula da Silva`, `Maria Silva do Carmo`)
  if (words.length >= 2 && isFirstName(words[0]!) && !COMPASS.has(words[0]!) && !theBeforeWordName(words, context) && !opensWithRomanceArticle(words) && !noSurnameEnd && !peopleBeforeEverydayWord(words) && !placeBeforeAdjective(words)) {
    const names = words.filter((w) => !INNER_PARTICLES.has(w));
    if (names.length >= 2 && names.length <= 4 && names.every((w) => isNameWord(w) || /^\p{Lu}\.$/u.test(w))) return classified("person", "evidence");
  }
  // (what the gazetteer knows, or a head word names, is read above: `Ann Lowe of Leeds`, `of Varnell County`)
  if (context.affiliationOf) return classified("organization", "guess");
  if (context.publishedIn) return classified("organization", "evidence");
  // (a film's, a play's or a show's title, which its words, everyday ones, say nothing of)
  if (context.performedIn) return classified("other", "guess");
  // `according to Realmeter`, `a poll by Gallup Korea`: a source no given name opens (that case is read above) is a body,
  // save a lone word that is a surname or a given name (`according to Johnson`)
  if (context.creditedTo && !(words.length === 1 && (SURNAMES.has(last) || isFirstName(last)))) return classified("organization", "guess");
  // `work with First Bus`, `a deal with Arriva`: one works with people and bodies, and no given name or surname opens this one
  if (context.partnerOf && !isFirstName(words[0]!) && !(words.length === 1 && SURNAMES.has(last))) return classified("organization", "guess");
  // after `in` or `near`, an unknown name is a place, whatever verb follows (`in Novo Mesto complained`), and so is one
  // after `along the` (`countries along the Danube agreed`)
  // (a word with a capital inside, `OpenAI`, `YouTube`, names a firm or a product, not a place; `near Parliament`,
  // `in Congress` name the chamber; a code that opens with a digit names a seat or a gate: `seated in 11A`)
  if (((context.locative && !context.determiner) || context.alongThe) && !words.some(hasInnerCapital) && !LEGISLATURES.has(name) && !/^\p{N}/u.test(name)) return classified("place", "guess");
  // `the Velmar krone rose`: a currency's unit after a name says its country
  if (context.currencyAfter) return classified("place", "guess");
  // `Harrowgate man jailed`: news names people by the town they live in
  if (context.residentAfter && !isFirstName(words[0]!) && !words.some(hasInnerCapital)) {
    // an everyday word so written describes the person, and names nothing: `the first Black woman`, `Longtime resident`
    // (a dictionary word names a place only if the gazetteer knows one so called: `Reading man`)
    const lower = final.toLowerCase();
    const describes = VOCABULARY.has(lower) || ROLE_MODIFIERS.has(lower) || (isEnglishWord(lower) && !isGazetteerPlace(final));
    return words.length === 1 && describes ? undefined : classified("place", "guess");
  }
  if (words.length === 2 && isInitialsAndSurname(words[0]!, words[1]!, aliases)) return classified("person", "guess");
  // (`N. Chandrababu Naidu`: an initial with its period before a given name and a surname)
  if (words.length === 3 && /^\p{Lu}\.$/u.test(words[0]!) && isInitialsAndSurname(words[0]!, words[2]!, aliases) && isInitialsAndSurname(words[0]!, words[1]!, aliases)) return classified("person", "guess");
  // `Hamad bin Rashid Al Fasi`, `Ngũgĩ wa Thiong'o`: a given name, `son of` and the father's name make a person's name
  if (words.length >= 3 && words.length <= 6 && PATRONYMICS.has(words[1]!) && words.every((w) => /^\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?$/u.test(w) || INNER_PARTICLES.has(w)) && !words.some((w) => HEAD_WORDS.has(w))) {
    return classified("person", "evidence");
  }
  // `Hwang Hee-Chan`, `Moon Jae-in`: a short family name before a given name of two hyphenated syllables
  if (words.length === 2 && /^\p{Lu}\p{Ll}{1,4}$/u.test(words[0]!) && /^\p{Lu}\p{Ll}{1,4}-\p{L}\p{Ll}{0,4}$/u.test(words[1]!)) return classified("person", "evidence");
  // `Ming-Chi Kuo`, `Wei-Lin Chang`: a given name of two hyphenated syllables before a family name of one, as Chinese
  // and Korean names are romanised
  if (words.length === 2 && isSyllabicGivenName(words[0]!) && ROMANISED_SYLLABLE.test(words[1]!)) return classified("person", "evidence");
  if (context.speaker && words.length <= 4 && context.personalPronoun) return classified("person", "evidence");
  // `Tokyo Electron`, `Boston Dynamics`: a known place's name (no first name) before an everyday word names a firm or body
  // there (a surname is seldom an everyday word: `Santiago Abascal`, `Paris Hilton`; a given name may open one before an adjective: `Augusta National`)
  if (words.length >= 2 && words.length <= 3 && isGazetteerPlace(words[0]!) && (!isFirstName(words[0]!) || placeBeforeAdjective(words)) && VOCABULARY.has(final.toLowerCase())) return classified("organization", "guess");
  // `North Yorkshire`, `West Bengal`: a compass word before a word that is no everyday one names a region
  if (words.length === 2 && COMPASS.has(words[0]!) && CAPITALISED_WORD.test(words[1]!) && !VOCABULARY.has(words[1]!.toLowerCase())) return classified("place", "guess");
  // `Shell said its profit rose`, `Ford said its sales fell`: a given name that is an everyday word or a listed firm's, speaking
  // of `its` things, is a brand's
  if (context.speaker && words.length === 1 && context.itsAfter && ENGLISH_FIRST_NAMES.has(last) && (VOCABULARY.has(last.toLowerCase()) || isListedOrganization(last)))
    return classified("organization", "evidence");
  // `"I wanted to win," Ito told NHK`: a lone name that speaks as `I` is a person's, where a body's statement says `we`
  if (context.speaker && words.length === 1 && context.speaksAsI) return classified("person", "evidence");
  // (a name before a role held of no body is the holder's home, whoever speaks: `says Kelmo gardener`)
  if (context.hometownRoleAfter) return classified("place", "guess");
  // news names a person in full before using one word for them: a lone unknown word that speaks is a
  // company or body (`Diageo said`); a surname joins its full name's person in coreference. A family name
  // that speaks is a person's, unless `it` follows (`Bosch said it would`): `Kowalczyk said sales fell`
  if (context.speaker && words.length === 1 && !ENGLISH_FIRST_NAMES.has(last) && !isAcronym(last) && !((SURNAMES.has(last) || isApostrophedName(last)) && !context.neuterPronoun)) {
    return classified("organization", "guess");
  }
  // `PC World said`: a name that starts with an acronym speaks for a body; so does one that ends in an
  // everyday word no surname is, after no given name (`told Movistar Plus`), and one after an article, which
  // a person's name does not take (`The American Red Cross said`); so does a body's head word that someone owns
  // (`Tom Davies' Bank said`), where a person's name would be their relative's or employee's
  if (context.speaker && words.length <= 4 && !isAcronym(last)) {
    const body = (words.length > 1 && (isAcronym(words[0]!) || noSurnameEnd || context.determiner)) || (context.possessiveBefore && headType === "organization");
    return classified(body ? "organization" : "person", "guess");
  }
  // two or three plain capitalised words (particles such as `de`, `do` or `van` allowed inside, the last may be
  // double-barrelled: `Adaeze Okonkwo-Bello`) read as a person's
  // name, unless every one is an everyday word (`Star Wars`, `Global Offensive`): a title or a phrase; nor
  // does one that ends in an everyday word no surname is, after no given name (`Quillo Belt`), nor one after `its`
  const plain = words.filter((w) => !INNER_PARTICLES.has(w));
  const personShaped =
    words[0] !== "The" &&
    plain.length >= 2 &&
    plain.length <= 3 &&
    NAME_PARTICLES.has(words[0]!) === false &&
    !opensWithRomanceArticle(words) &&
    plain.every((w, k) => (CAPITALISED_WORD.test(w) || GLUED_ARTICLE.test(w) || (k === plain.length - 1 && isDoubleBarrelled(w)) || (k === 0 && isCompoundGivenName(w)) || isApostrophedName(w)) && !HEAD_WORDS.has(w) && !OFFICE_WORDS.has(w)) &&
    !plain.every((w) => VOCABULARY.has(w.toLowerCase())) &&
    !noSurnameEnd &&
    !startsWithEverydayWord(plain) &&
    !peopleBeforeEverydayWord(plain);
  if (personShaped && !context.determiner && !context.itsBefore) return classified("person", "guess");
  if (words.some((w) => HEAD_WORDS.get(w) === "organization")) return classified("organization", "guess");
  // `Southend-on-Sea`, `Châlons-en-Champagne`: a name hyphenated through a place's link word
  if (words.length === 1 && isParticledPlaceName(final)) return classified("place", "guess");
  // (a given name is a body's before its officer's role: `Stanford law professors`, `Chelsea manager`)
  if (context.roleNounAfter && words.length === 1 && !context.titled && !context.determiner) return classified("organization", "guess");
  // `a son, Peter, of Portland`: a given name alone, no everyday word, names a person, and a town where it is where
  // one is or goes (`moved to Chester`, `arrived at Chester`)
  if (words.length === 1 && ENGLISH_FIRST_NAMES.has(final) && !VOCABULARY.has(final.toLowerCase()) && !context.determiner) return classified(context.locative ? "place" : "person", "guess");
  // (one word no list knows, whose government or people the text names, is a country's or a town's: `Karvia's people`)
  if (context.stateOwned && words.length === 1 && !context.titled) return classified("place", "guess");
  if (context.toldThe || context.ledByWho) return classified("organization", "guess");
  // (one word no list knows, from a place: a club's or a firm's more often than a person's, whom news names in full)
  if (context.fromPlace && words.length === 1 && !context.titled) return classified("organization", "guess");
  // (a name that is not a person's, after a product's noun and `from`, is its maker's)
  if (context.madeBy && !context.titled) return classified("organization", "guess");
  // (a name no list knows that does something to `its` own is a body's: a person's would be `his` or `her`)
  if (context.actsOnIts) return classified("organization", "guess");
  if (context.leads && words.length === 1 && !isAcronym(last)) return classified("person", "guess");
  // a body's name before its officer's role: `Rovers manager`, `Acme spokesman`
  if (context.roleNounAfter && words.length === 1) return classified("organization", "guess");
  // `at Old Trafford`, `at Edgbaston`: what one is at, no body nor person by its words, is a place
  if (context.venueBefore && !context.titled) return classified("place", "guess");
  // (`won the Palme d'Or`: a name shaped as a person's but after an article or `its`, which no one's takes, is a thing's,
  // whatever its other mentions' shape says: `wins Palme d'Or` in a headline)
  return classified("other", personShaped ? "evidence" : "guess");
}

/**
 * The name holds a known place's name of two words (`Air New Zealand`, `Hong Kong Zentra`) or a compass word before a
 * known place (`Southern California Edison`), and a word besides that is no compass word (`South San Francisco` is the place).
 */
function holdsPlaceName(words: readonly string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    if (!namesPlace(words.slice(i, i + 2))) continue;
    const rest = [...words.slice(0, i), ...words.slice(i + 2)];
    return rest.some((w) => !COMPASS.has(w));
  }
  return false;
}
