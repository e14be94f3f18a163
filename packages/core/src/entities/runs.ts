import { ERA_MARKS, isCalendarName, monthNumber, weekdayNumber } from "../dates/calendar.js";
import { isHolidayName } from "../dates/holidays.js";
import { GLUED_ARTICLE, COMPOUND_SURNAME_JOINS, hasInnerCapital, isListedOrganization } from "./classify.js";
import { BROADCAST_HEADS, CAMPAIGN_VERBS, CAPITALISED_WORD, CITIES, CLASS_NOUNS, COMPASS_POINTS, CRAFT_NOUNS, COUNTRIES, CURRENCIES, DEMONYMS, FIGURE_ORDINAL, HEAD_WORDS, KIN_NOUNS, INSTITUTION_CONNECTORS, MASTHEADS, NAME_PARTICLES, NAME_PREFIXES, NUMBERED_PLACES, NUMBERED_UNITS, OFFICE_WORDS, ON_BODIES, ORGANIZATION_PREFIXES, PORTFOLIOS, PORTFOLIO_OFFICES, REGIONS, VOCABULARY, WORLD_REGIONS, isCommonInitialism, isEnglishWord, isFirstName, isGazetteerPlace, isNameBeforeSurnameHead, isOrganizationHead, isPersonalNameWord, isPluralOrganizationHead, isTitlePart, inStyleOfAddress, isUnlistedWord, placeEndAt } from "./lexicon.js";
import { acronymLetters, gluedDecimal, initialsOf, isAcronym, isNameish as isNameishToken, type NameToken } from "./name-tokens.js";
import { lastAtMost } from "../text/search.js";
import { isStopword } from "../text/stopwords.js";
import { isRoleForPlace, isRoleNoun } from "./roles.js";
import { joinsCaseParties } from "./case-names.js";

/**
 * Weekdays and months are dates, not parts of a name ("On Tuesday", "Questions Wednesday"), except
 * `May`, a month that is someone's first name and a short form that is someone's surname.
 */
function isNameish(tokens: readonly NameToken[], i: number): boolean {
  const t = tokens[i]!;
  return isNameishToken(t) && !inStyleOfAddress(tokens, i) && (t.text === "May" || !isCalendarName(t.text) || monthAsFirstName(tokens, i) || endsHolidayName(tokens, i) || weekdayOpensBody(tokens, i) || shortFormAsSurname(tokens, i));
}

/** `Rachel Sun`: a weekday's or a month's short form right after a first name is a surname (news writes no dates so in prose). */
function shortFormAsSurname(tokens: readonly NameToken[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  return t.text.length === 3 && before !== undefined && before.end + 1 === t.start && isFirstName(before.text);
}

/** `the Sunday Times`, `The Sunday Post`, `the Monday Club`: after `the`, a weekday right before a body's head word opens the body's name. */
function weekdayOpensBody(tokens: readonly NameToken[], i: number): boolean {
  const next = tokens[i + 1];
  const before = tokens[i - 1]?.text;
  return (before === "the" || before === "The") && next !== undefined && next.start === tokens[i]!.end + 1 && weekdayNumber(tokens[i]!.text) !== undefined && HEAD_WORDS.get(next.text) === "organization";
}

/** `Good Friday`, `Easter Monday`: a weekday that ends a holiday's name with the one or two words before it. */
function endsHolidayName(tokens: readonly NameToken[], i: number): boolean {
  let name = tokens[i]!.text;
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    if (tokens[k]!.end + 1 !== tokens[k + 1]!.start) return false;
    name = `${tokens[k]!.text} ${name}`;
    if (isHolidayName(name)) return true;
  }
  return false;
}

const DATE_PREPOSITIONS = new Set(["in", "on", "by", "since", "until", "till", "of", "from", "during", "through", "last", "next", "this", "early", "late", "mid", "before", "after", "In", "On", "By", "Since", "Until", "From", "During", "Last", "Next", "This", "Early", "Late", "Before", "After"]);

/**
 * `June Carter`, `April Ryan`, `Jan Hale`: a month that is also a first name starts a name before a name word, unless a
 * date's preposition comes first; before a surname's particles it does after `of` too (`the workshop of Jan van Eyck`);
 * after a word for kin it is a name alone.
 */
function monthAsFirstName(tokens: readonly NameToken[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (monthNumber(t.text) === undefined || !isFirstName(t.text)) return false;
  // (`his wife, June,`, `her daughter April said`: a relative's given name, alone)
  const kin = tokens[i - 1]?.text === "," ? i - 2 : i - 1;
  if (KIN_NOUNS.has(tokens[kin]?.text ?? "") && !/^\d/.test(next?.text ?? "")) return true;
  if (next === undefined || next.start !== t.end + 1) return false;
  const before = tokens[i - 1]?.text ?? "";
  if (isNameishToken(next)) return !isCalendarName(next.text) && !DATE_PREPOSITIONS.has(before);
  const k = afterParticles(tokens, i + 1);
  const surname = tokens[k];
  return k > i + 1 && surname !== undefined && isNameishToken(surname) && !surname.hyphenBefore && (before === "of" || !DATE_PREPOSITIONS.has(before));
}

/** `Suleiman al-Amr`, `al-Amr said`: an Arabic surname with its article in lower case is a name word, inside a name or alone. */
const continuesName = (t: NameToken): boolean => t.kind === "word" && GLUED_ARTICLE.test(t.text);

/** Where the name particles from `i` (`van der`, `de`, at most three) end: `i` when there are none. */
function afterParticles(tokens: readonly NameToken[], i: number): number {
  let k = i;
  while (k < i + 3 && tokens[k] !== undefined && NAME_PARTICLES.has(tokens[k]!.text)) k++;
  return k;
}

/** Where the name particles at `i` end, when a name word follows them; else `i`. */
function particlesEnd(tokens: readonly NameToken[], nameish: readonly boolean[], i: number): number {
  const k = afterParticles(tokens, i);
  return k > i && nameish[k] === true && !tokens[k]!.hyphenBefore ? k : i;
}

/** A maximal sequence of name-like tokens: the raw material of names. */
export interface NameRun {
  /** Tokens that make up the name (connectors included, brackets and `+` codes folded in). */
  readonly parts: readonly NameToken[];
  /** Index into the sentence's name tokens of the first and one-past-last token covered. */
  readonly from: number;
  readonly to: number;
}

const MAX_RUN = 12;
const CAPTION_WORDS = new Set(["Image", "Photo", "Picture", "Credit", "Source", "File", "Video", "Caption"]);
export const CONNECTORS: ReadonlySet<string> = new Set(["of", "for", "y", "&", "wal", ...NAME_PARTICLES]);

/** `P5+1`: a letter-digit code glued to `+` and a number. */
function plusCodeEnd(tokens: readonly NameToken[], i: number): number {
  const plus = tokens[i + 1];
  const num = tokens[i + 2];
  if (plus?.text === "+" && plus.start === tokens[i]!.end && num !== undefined && num.start === plus.end && /^\d+$/.test(num.text)) return i + 3;
  return i + 1;
}

/**
 * `Dignity in Dying`, `Women in Banking`: a body named for a cause, an everyday word, and the doing it is in, a
 * capitalised gerund that ends the name and is no place (`Lusk in Reading` stays two names).
 */
function causeInDoing(parts: readonly NameToken[], tokens: readonly NameToken[], at: number): boolean {
  const word = parts[0]!.text;
  const doing = tokens[at];
  if (parts.length !== 1 || doing === undefined || !CAPITALISED_WORD.test(word) || !isEnglishWord(word.toLowerCase()) || isFirstName(word)) return false;
  return /^\p{Lu}\p{Ll}+ing$/u.test(doing.text) && isEnglishWord(doing.text.toLowerCase()) && !isGazetteerPlace(doing.text) && !CAPITALISED_WORD.test(tokens[at + 1]?.text ?? "");
}

/**
 * Groups the sentence's name tokens into runs. Connectors (`of`, `of the`, `bin`) join two name parts;
 * brackets holding only capitalised words are transparent (`Dr. (Ana Maria) Varga`); a possessive
 * ends a run.
 */
export function findRuns(tokens: readonly NameToken[], isKnown: (name: string) => boolean = () => false): NameRun[] {
  const runs: NameRun[] = [];
  // decided once per token: the loops below ask about most tokens more than once
  const nameish = tokens.map((_, i) => isNameish(tokens, i));
  let i = 0;
  while (i < tokens.length) {
    // a surname may start with its particles in lower case: `van der Berg said`, `de Gaulle`
    if (!nameish[i] && !continuesName(tokens[i]!) && particlesEnd(tokens, nameish, i) === i) {
      i++;
      continue;
    }
    const from = i;
    const parts: NameToken[] = [];
    let j = i;
    // no name is longer than MAX_RUN tokens: a longer stretch of capitals (a shouted line) is cut, which keeps all later work per run bounded
    while (parts.length < MAX_RUN) {
      const t = tokens[j]!;
      const end = plusCodeEnd(tokens, j);
      if (end > j + 1) {
        parts.push({ ...t, text: tokens.slice(j, end).map((x) => x.text).join(""), end: tokens[end - 1]!.end, width: end - j });
      } else {
        parts.push(t);
      }
      j = end;
      if (t.possessive || tokens[end - 1]!.possessive) break;
      const next = tokens[j];
      if (next === undefined) break;
      if (next.hyphenBefore) break;
      // a caption marker glued to a name (`Ahmed Mohamed Image: ...`) is not part of it
      if ((nameish[j] || continuesName(next)) && !(CAPTION_WORDS.has(next.text) && tokens[j + 1]?.text === ":")) continue;
      // `Channel 4 News`, `BBC Radio 4 Today`: a small number between two name words is part of the name
      // (after a word, not an abbreviation: `No. 4 Elm Street` is an address; a brand's word may open in lower case: `iPhone 17 Air`)
      const after = tokens[j + 1];
      if (
        next.kind === "number" &&
        /^\d{1,3}$/.test(next.text) &&
        /^(?:\p{Lu}\p{L}+|\p{Ll}\p{Lu}\p{L}+)$/u.test(t.text) &&
        nameish[j + 1] === true &&
        after !== undefined &&
        !after.hyphenBefore &&
        after.start === next.end + 1 &&
        !endsInScore(tokens, nameish, j + 1)
      ) {
        parts.push(next);
        j++;
        continue;
      }
      // `Channel 4`, `BBC Radio 4`: a broadcaster's channel is named by its number, which may end the name
      // (in the possessive too, which leaves the number a word: `Radio 4's Today`)
      if (/^\d{1,2}$/.test(next.text) && BROADCAST_HEADS.has(t.text)) {
        parts.push(next);
        j++;
        break;
      }
      const campus = campusEnd(parts, tokens, nameish, j);
      if (campus > j) {
        for (let c = j; c < campus; c++) parts.push(tokens[c]!);
        j = campus;
        break;
      }
      if (next.text === ",") {
        const listed = portfolioListEnd(parts, tokens, nameish, j);
        const end = listed > j ? listed : describingListEnd(parts, tokens, nameish, j);
        if (end > j) {
          for (let c = j; c < end; c++) parts.push(tokens[c]!);
          j = end;
          break;
        }
      }
      // connector (optionally followed by "the") between two name parts
      // `and` joins only inside an institution's name of the form `Centre for Science and Environment`, not `Iraq and Syria`
      // (or when a table knows the whole: `The Globe and Mail`)
      const joins =
        CONNECTORS.has(next.text) ||
        // `Edson Arantes do Nascimento`: Portuguese `do` joins a run of two names or more, where it cannot be the
        // verb, when a given name starts it or a word no dictionary lists follows (`what Senate Democrats do Monday` stays apart)
        (next.text === "do" && parts.length >= 2 && (isFirstName(parts[0]!.text) || !isEnglishWord((tokens[j + 1]?.text ?? "").toLowerCase()))) ||
        // `Gouveia e Melo`, `Ortega y Gasset`: Portuguese `e` and Spanish `y` join a double surname, English having no such word
        (COMPOUND_SURNAME_JOINS.has(next.text) && CAPITALISED_WORD.test(t.text) && CAPITALISED_WORD.test(tokens[j + 1]?.text ?? "") && !isStopword(tokens[j + 1]!.text)) ||
        // `Council on Foreign Relations`: a body named by its subject
        (next.text === "on" && ON_BODIES.has(parts[parts.length - 1]!.text)) ||
        // (and a group named for its work by an everyday word: `International Coordinating Group on Vaccine Provision`,
        // `Working Group on Arbitrary Detention`, not a firm's `Norvex Group on Nasdaq`)
        (next.text === "on" && parts.length >= 2 && parts[parts.length - 1]!.text === "Group" && isEnglishWord(parts[parts.length - 2]!.text.toLowerCase())) ||
        fieldOfPrize(parts, next, tokens[j + 1]) ||
        // `Organization for Security and Co-operation in Europe (OSCE)`: the bracketed acronym spells the place too
        (next.text === "in" && (acronymSpansIn(parts, tokens, nameish, j + 1) || regionOfRemit(parts, tokens, nameish, j + 1) || causeInDoing(parts, tokens, j + 1))) ||
        // `Save the Children`, `Reclaim the Streets`: a campaign's verb and its object
        (next.text === "the" && CAMPAIGN_VERBS.has(t.text) && (parts.length === 1 || (parts.length === 2 && parts[0]!.text === "The"))) ||
        // `Campaign to Protect Rural England`, `Committee to Protect Journalists`: a body named for its aim
        (next.text === "to" && CAMPAIGN_VERBS.has(tokens[j + 1]?.text ?? "") && (t.text === "Campaign" || isOrganizationHead(t.text))) ||
        (next.text === "and" &&
          // (`Central Bank of Nigeria Governor Olayemi Cardoso and`: a titled person's name ends the body's, unless the bodies
          // the institution joins follow: `Federation of Red Cross and Red Crescent Societies`)
          ((isInstitutionName(parts) &&
            (fieldOfBodiesAfter(tokens, nameish, j + 1) || (!startsOwnName(tokens, j + 1) && !personName(parts))) &&
            !startsInstitution(tokens, j + 1) &&
            !headRepeatedAfter(parts, tokens, nameish, j + 1)) ||
            portfolioBefore(parts, tokens, nameish, j + 1, isKnown) ||
            officesPortfolioGoesOn(parts, tokens[j + 1]) ||
            (nameish[j + 1] === true && knownWithAnd(parts, next, tokens[j + 1]!, isKnown)) ||
            acronymSpansAnd(parts, tokens, nameish, j + 1) ||
            tradesJoined(parts, tokens[j + 1]) ||
            partnersJoined(tokens, nameish, j + 1) ||
            placesPairedInBody(parts, tokens, nameish, from, j + 1) ||
            forceOfTwoAreas(parts, tokens, j + 1) ||
            wordsPairedInBody(parts, tokens, nameish, from, j + 1, isKnown)));
      // `Tom Reyes of Jefferies`: a person's name before `of` ends there (`Joan of Arc` is one word before it)
      // (before `of`, a body's name has a head word or an everyday one, so two or three words of neither are a person's:
      // `Vijay Wadettiwar of the Congress`, `Iga Swiatek of Poland`, `Remco Evenepoel of Soudal-Quick Step`, `Ko Wen-je of the TPP`)
      if (
        joins &&
        next.text === "of" &&
        (personName(parts) || strangersName(parts) || describedStrangersName(parts) || surnamedLikeAPlace(parts, tokens[from - 1]) || strangerFromPlace(parts, tokens, nameish, j + 1) || acronymNamesTail(parts, tokens, nameish, j + 1))
      )
        break;
      if (joins && next.text === "for" && endsBeforeFor(parts, tokens, nameish, j)) break;
      if (joins) {
        // `Marta van der Berg`: particles may come several in a row
        let k = NAME_PARTICLES.has(next.text) ? Math.max(j + 1, particlesEnd(tokens, nameish, j)) : j + 1;
        // `and the` starts another name: `Bank of England and the Treasury`
        if (tokens[k]?.text === "the" && next.text === "and") break;
        if (tokens[k]?.text === "the") k++;
        // `of The Globe and Mail` starts another name
        if (tokens[k]?.text === "The") break;
        if (nameish[k] === true && !tokens[k]!.hyphenBefore) {
          for (let c = j; c < k; c++) parts.push(tokens[c]!);
          j = k;
          continue;
        }
      }
      if (next.text === "the" && epithetAfter(parts, tokens, nameish, j + 1)) {
        parts.push(next, tokens[j + 1]!);
        j += 2;
        break;
      }
      // `Roe v. Wade`, `Brown vs. Board of Education`: a court case names both parties
      if (joinsCaseParties(tokens, j) && nameish[j + 1] === true && !tokens[j + 1]!.hyphenBefore) {
        parts.push(next);
        j++;
        continue;
      }
      // transparent brackets of capitalised words inside a name, `of` or `for` between them (`Terminally Ill Adults (End of Life) Bill`)
      if (next.text === "(") {
        let k = j + 1;
        while (k < tokens.length && k < j + 6 && (nameish[k] || tokens[k]!.text === "of" || tokens[k]!.text === "for")) k++;
        if (k > j + 1 && tokens[k]?.text === ")" && nameish[k + 1] === true && !/^\p{Lu}{2,}$/u.test(tokens[k - 1]!.text)) {
          for (let c = j + 1; c < k; c++) parts.push(tokens[c]!);
          j = k + 1;
          continue;
        }
      }
      // `the S&P 500`, `the Falcon 9 rocket`, `Japan's Nikkei 225`, `the 30-metre Kestrel 1`: after `the` (and a hyphened
      // modifier) or an owner, a number right after a name is part of it (not a year, which dates what follows: `the Lowe
      // 2012 campaign`, nor an amount: `the EU 750 billion fund`), as it is before `index` (`Russell 2000 index`), after a
      // numbered place's word (`Heathrow Terminal 5`) or a numbered work's `No.` (`Piano Concerto No. 2`) and where the whole
      // is a name the tables know (`Ligue 1`); so after a craft's noun, as spacecraft are numbered (`the probe Voyager 2`,
      // `the satellite, Meteor Sentinel 4,`)
      if (
        next.kind === "number" &&
        /^\d{1,4}$/.test(next.text) &&
        next.start === parts[parts.length - 1]!.end + 1 &&
        nameish[j + 1] !== true &&
        // (not a measure's whole part: `the Norvex Pure 1.7L kettle`)
        !gluedDecimal(next, tokens[j + 1], tokens[j + 2]) &&
        (tokens[j + 1]?.text === "index" ||
          NUMBERED_PLACES.has(parts[parts.length - 1]!.text) ||
          WORK_NUMBER.test(parts[parts.length - 1]!.text) ||
          isKnown(runText([...parts, next])) ||
          ((parts[0]!.text === "The" || articleBefore(tokens, from) || tokens[from - 1]?.possessive === true || craftNounBefore(tokens, from)) && !NEWS_YEAR.test(next.text) && !AMOUNT_WORDS.has(tokens[j + 1]?.text ?? "")))
      ) {
        parts.push(next);
        j++;
      } else if (parts.length === 1 && catalogueNumberAfter(parts[0]!, next, tokens[j + 1])) {
        // `LHS 1140 b`, `NGC 1300`, `FTSE 100`: letters and a catalogue's number (not a year, nor an amount: `USD 750 billion`)
        // name one thing, a planet's lower-case letter after them too
        const planet = tokens[j + 1];
        const lettered = planet !== undefined && /^[b-h]$/.test(planet.text) && planet.start === next.end + 1;
        parts.push(next);
        j++;
        if (lettered) {
          parts.push(planet);
          j++;
        }
      }
      break;
    }
    if (numbersUnit(tokens, from, parts)) runs.push({ parts: [tokens[from - 1]!, ...parts], from: from - 1, to: j });
    else runs.push({ parts, from, to: j });
    i = j;
  }
  return runs;
}

/** The abbreviation that numbers a work in its series: `Symphony No. 5`, `Piano Concerto No 2`. */
const WORK_NUMBER = /^No\.?$/;

/**
 * `Sarno 24 Tarvel 22`, `Arsenal 2 Aston Villa 1`: when the name words from `i` end in a small number too, the numbers are
 * a result's scores, each after its side, and no part of one name.
 */
function endsInScore(tokens: readonly NameToken[], nameish: readonly boolean[], i: number): boolean {
  let k = i;
  while (nameish[k] === true && k < i + 4) k++;
  const score = tokens[k];
  return score !== undefined && score.kind === "number" && /^\d{1,3}$/.test(score.text) && score.start === tokens[k - 1]!.end + 1;
}

/** `the` right before token `from`, or before a modifier of hyphened words there: `the two-stage`, `The 30-metre`. */
function articleBefore(tokens: readonly NameToken[], from: number): boolean {
  let k = from - 1;
  if (tokens[k]?.hyphenBefore === true) {
    while (k > 0 && tokens[k]!.hyphenBefore) k--;
    return /^the$/i.test(tokens[k - 1]?.text ?? "");
  }
  return tokens[k]?.text === "the";
}

/** A craft's noun right before the name, or before a comma that sets the name in apposition to it: `the probe Voyager 2`, `the satellite, Sentinel 4,`. */
function craftNounBefore(tokens: readonly NameToken[], from: number): boolean {
  const before = tokens[from - 1]?.text === "," ? tokens[from - 2] : tokens[from - 1];
  return before !== undefined && CRAFT_NOUNS.has(before.text);
}

/** Initials of two to five capitals (no era's mark: `AD 410`), then a number of three to six digits that is no year and counts nothing after it. */
function catalogueNumberAfter(letters: NameToken, next: NameToken, after: NameToken | undefined): boolean {
  return (
    /^\p{Lu}{2,5}$/u.test(letters.text) &&
    next.kind === "number" &&
    next.start === letters.end + 1 &&
    /^\d{3,6}$/.test(next.text) &&
    !NEWS_YEAR.test(next.text) &&
    !CURRENCIES.has(letters.text) &&
    !ERA_MARKS.has(letters.text) &&
    !AMOUNT_WORDS.has(after?.text ?? "")
  );
}
/** A year news dates things by, which is no part of the name before it. */
const NEWS_YEAR = /^(?:19|20)\d\d$/;
const AMOUNT_WORDS: ReadonlySet<string> = new Set(["hundred", "thousand", "million", "billion", "trillion", "crore", "lakh", "percent", "per", "%"]);

/**
 * `in Pasadena for NASA`, `Ann Lee for Acme`: a place or a person does something for a body, so no name of either goes
 * on with the `for` at token `at` (a head word alone is a body's start, though a gazetteer lists it: `Centre for
 * Economics`, France's `Centre`). Nor does a body's before a role for a country (`Real Sociedad for Spain midfielder`),
 * a newspaper or a person.
 */
function endsBeforeFor(parts: readonly NameToken[], tokens: readonly NameToken[], nameish: readonly boolean[], at: number): boolean {
  return (
    (isGazetteerPlace(runText(parts)) && !(parts.length === 1 && HEAD_WORDS.get(parts[0]!.text) === "organization")) ||
    personName(parts) ||
    isRoleForPlace(tokens.slice(at + 1, at + 3)) ||
    isPlaceByHead(parts) ||
    leftForAnother(parts, tokens, at) ||
    newspaperAfter(tokens, nameish, at + 1) ||
    personAfter(tokens, nameish, at + 1) ||
    wonFor(parts, tokens, at) ||
    strangerWhereFor(parts, tokens)
  );
}

/** Prepositions of where someone is or goes before a name. */
const WHERE_BEFORE: ReadonlySet<string> = new Set(["in", "at", "to", "near", "into"]);

/**
 * `gather in Tellan for Diwali`: one word no dictionary nor list of given names has, after a preposition of where, is
 * somewhere one goes or is for something; a cause's body opens with a word of the language (`Campaign for Clean Rivers`,
 * `Americans for Prosperity`).
 */
function strangerWhereFor(parts: readonly NameToken[], tokens: readonly NameToken[]): boolean {
  return parts.length === 1 && WHERE_BEFORE.has(tokens[parts[0]!.at - 1]?.text ?? "") && isUnlistedWord(parts[0]!.text);
}

/**
 * `won the Velmar Grand Prix for Norvex`: a contest or a prize is won for a team, whose name no everyday word opens, so
 * its name ends before that `for` (a cause's or a field's is everyday: `Race for Life`, `Nobel Prize for Literature`).
 */
function wonFor(parts: readonly NameToken[], tokens: readonly NameToken[], at: number): boolean {
  const after = tokens[at + 1]?.text ?? "";
  return HEAD_WORDS.get(parts[parts.length - 1]!.text) === "event" && !isEnglishWord(after.toLowerCase());
}

/**
 * `an offer from Corvel for Jonas Weiss`: a person's full name from token `from` on, which no body's name goes on with;
 * its last word is a surname or no everyday word (`Center for Ana Ruiz Studies` is one name).
 */
function personAfter(tokens: readonly NameToken[], nameish: readonly boolean[], from: number): boolean {
  let k = from;
  while (nameish[k] === true && k < from + 4) k++;
  if (k - from < 2) return false;
  const last = tokens[k - 1]!.text;
  return isFirstName(tokens[from]!.text) && (isPersonalNameWord(last) || !isEnglishWord(last.toLowerCase())) && personName(tokens.slice(from, k));
}

/**
 * `Ipsos for the Evening Standard`, `Norvex Research for the Corvel Gazette`: a pollster or an agency works for a
 * newspaper, whose name the one from token `from` on is (a body's cause is no newspaper: `Committee for the Protection of Journalists`).
 */
function newspaperAfter(tokens: readonly NameToken[], nameish: readonly boolean[], from: number): boolean {
  let k = tokens[from]?.text === "the" ? from + 1 : from;
  while (nameish[k] === true) k++;
  return MASTHEADS.has(tokens[k - 1]?.text ?? "");
}

/** Verbs of leaving one body for another: `left the PGA Tour for LIV Golf`, `quit Google for OpenAI`. */
const LEAVING_VERBS: ReadonlySet<string> = new Set(["left", "leave", "leaves", "leaving", "quit", "quits", "quitting", "ditched", "ditching", "swapped", "swapping", "abandoned", "abandoning", "snubbed", "spurned"]);

/**
 * After a verb of leaving, the name after `for` is where one went, not the cause a body's name states (`Campaign for
 * Nuclear Disarmament`), when its first word is no everyday one: an acronym, a word with a capital inside, a club's
 * prefix or a word no dictionary lists (`left Manchester United for Real Madrid`). A place after `for` may still end a
 * party's name (`left Alternative for Germany`).
 */
function leftForAnother(parts: readonly NameToken[], tokens: readonly NameToken[], at: number): boolean {
  let k = parts[0]!.at - 1;
  if (tokens[k]?.text === "the") k--;
  const next = tokens[at + 1]?.text ?? "";
  if (!LEAVING_VERBS.has(tokens[k]?.text ?? "") || isGazetteerPlace(next)) return false;
  return (isAcronym(next) && !isCommonInitialism(next)) || hasInnerCapital(next) || ORGANIZATION_PREFIXES.has(next) || !VOCABULARY.has(next.toLowerCase());
}

/**
 * `Wembley Stadium`, `Heathrow Airport`: words with no connector that a place's head word ends (not `Minister of State`, nor a
 * head word alone); or a town's part, a seat's name, that a compass point ends (`held Sarno West for the Greens`).
 */
function isPlaceByHead(parts: readonly NameToken[]): boolean {
  const last = parts[parts.length - 1]!.text;
  return parts.length > 1 && (HEAD_WORDS.get(last) === "place" || COMPASS_POINTS.has(last)) && !parts.some((p) => CONNECTORS.has(p.text));
}

/**
 * `6th U.S. Circuit Court of Appeals`, `101st Airborne Division`, `42nd Street`: a figure ordinal right before a
 * run numbers it when a unit's, court's or street's word stands in the name before its `of`.
 */
function numbersUnit(tokens: readonly NameToken[], from: number, parts: readonly NameToken[]): boolean {
  const ordinal = tokens[from - 1];
  if (ordinal === undefined || ordinal.end + 1 !== parts[0]!.start || !FIGURE_ORDINAL.test(ordinal.text)) return false;
  for (const part of parts) {
    if (CONNECTORS.has(part.text)) return false;
    if (NUMBERED_UNITS.has(part.text)) return true;
  }
  return false;
}

/** How many words may stand between an `and` or `of` and the acronym in brackets that spells them: `Nursing and Midwifery Council (NMC)`. */
const ACRONYM_REACH = 6;

/** The letters of an acronym alone in brackets at `k` (`(NMC)`, `(P&G)` → `PG`), to match a name's initials. */
function bracketedAcronymAt(tokens: readonly NameToken[], k: number): string | undefined {
  const acronym = tokens[k + 1];
  if (tokens[k]?.text !== "(" || acronym === undefined || tokens[k + 2]?.text !== ")" || !isAcronym(acronym.text)) return undefined;
  return acronymLetters(acronym.text);
}

/**
 * The name words from token `after` (up to `ACRONYM_REACH`, none possessive or hyphen-joined) and the letters of the
 * acronym in brackets right after them: `Midwifery Council (NMC)` → `NMC`, with `end` the bracket's token.
 */
function acronymAfterWords(tokens: readonly NameToken[], nameish: readonly boolean[], after: number): { letters: string; end: number } | undefined {
  let k = after;
  while (k < tokens.length && k < after + ACRONYM_REACH && nameish[k] === true && !tokens[k]!.possessive && !tokens[k]!.hyphenBefore) k++;
  const letters = k > after ? bracketedAcronymAt(tokens, k) : undefined;
  return letters === undefined ? undefined : { letters, end: k };
}

/**
 * `Nursing and Midwifery Council (NMC)`, `Food and Drug Administration (FDA)`: the acronym the article gives
 * in brackets after the name spells the initials of the words on both sides of the `and`, so they are one name.
 */
function acronymSpansAnd(parts: readonly NameToken[], tokens: readonly NameToken[], nameish: readonly boolean[], after: number): boolean {
  const spelt = acronymAfterWords(tokens, nameish, after);
  if (spelt === undefined) return false;
  const words = [...parts, ...tokens.slice(after, spelt.end)].map((p) => p.text);
  // places listed with `and` stay two names unless a body's head word ends them (`Iraq and Syria (IS)`)
  if (!isOrganizationHead(words[words.length - 1]!) && words.some(isGazetteerPlace)) return false;
  return initialsOf(words) === spelt.letters || (words[0] === "The" && initialsOf(words.slice(1)) === spelt.letters);
}

/**
 * `Organization for Security and Co-operation in Europe (OSCE)`: the acronym in brackets after the place that
 * follows `in` spells the initials of the name and the place, not of the name alone, so the place ends the name.
 */
function acronymSpansIn(parts: readonly NameToken[], tokens: readonly NameToken[], nameish: readonly boolean[], after: number): boolean {
  const spelt = acronymAfterWords(tokens, nameish, after);
  if (spelt === undefined) return false;
  const name = parts.map((p) => p.text);
  return initialsOf([...name, ...tokens.slice(after, spelt.end).map((t) => t.text)]) === spelt.letters && initialsOf(name) !== spelt.letters;
}

/**
 * `Organization for Security and Co-operation in Europe`, `Council for Peace and Justice in Africa`: an institution
 * named for its work (`for`) takes the world region it works in, after `in`, into its name; a town or a country there
 * is where it sits (`the Centre for Science and Environment in Delhi`), as is a region after an institution named
 * otherwise (`the University of Dersk in Europe`).
 */
function regionOfRemit(parts: readonly NameToken[], tokens: readonly NameToken[], nameish: readonly boolean[], after: number): boolean {
  if (!parts.some((p) => p.text === "for") || !isInstitutionName(parts)) return false;
  const from = tokens[after]?.text === "the" ? after + 1 : after;
  for (let end = from + 1; end <= from + 2 && nameish[end - 1] === true; end++) {
    if (nameish[end] !== true && WORLD_REGIONS.has(runText(tokens.slice(from, end)))) return true;
  }
  return false;
}

/**
 * `Tejashwi Yadav of the Rashtriya Janata Dal (RJD)`: the acronym in brackets after the name spells the
 * initials of the words after `of` alone, not of the whole, so the name those words make starts there.
 */
function acronymNamesTail(parts: readonly NameToken[], tokens: readonly NameToken[], nameish: readonly boolean[], after: number): boolean {
  let k = tokens[after]?.text === "the" ? after + 1 : after;
  const from = k;
  while (k < tokens.length && k < from + ACRONYM_REACH && (nameish[k] === true || CONNECTORS.has(tokens[k]!.text)) && !tokens[k]!.possessive && !tokens[k]!.hyphenBefore) k++;
  const letters = k > from ? bracketedAcronymAt(tokens, k) : undefined;
  if (letters === undefined) return false;
  const tail = tokens.slice(from, k).map((t) => t.text);
  return initialsOf(tail) === letters && initialsOf([...parts.map((p) => p.text), ...tail]) !== letters;
}

/**
 * The word after an institution's `and` starts a name of its own: a title, a place or a first name (`MIT and
 * Colorado State University`). A portfolio goes on with the institution's (`Ministry of Science and
 * Technology`) unless a title follows it (`Ministry of Finance and Trade Minister Ola Berg`).
 */
function startsOwnName(tokens: readonly NameToken[], k: number): boolean {
  const word = tokens[k]?.text ?? "";
  if (PORTFOLIOS.has(word)) return isTitlePart(tokens[k + 1]?.text ?? "");
  // (a possessor before a name of its own starts a phrase: `School of Medicine and Britain's Church`)
  return isTitlePart(word) || isGazetteerPlace(word) || isFirstName(word) || (tokens[k]?.possessive === true && k + 1 < tokens.length && isNameish(tokens, k + 1));
}

/**
 * `Royal Bank of Canada and Toronto-Dominion Bank`, `Council of Europe and European Council`: name words after `and` that
 * end in a word of the body's name (its head word) name a second body of its kind, not a field of the first (`Centre for
 * Science and Environment`).
 */
function headRepeatedAfter(parts: readonly NameToken[], tokens: readonly NameToken[], nameish: readonly boolean[], from: number): boolean {
  const end = nameWordsEnd(tokens, nameish, from, PAIRED_BODY_REACH);
  if (end === from) return false;
  const last = tokens[end - 1]!.text;
  return parts.some((p) => p.text === last);
}

/**
 * `Federation of Red Cross and Red Crescent Societies`: name words after `and` that end in a body's head word in the
 * plural name the bodies the institution joins, or its field, though a given name opens them.
 */
function fieldOfBodiesAfter(tokens: readonly NameToken[], nameish: readonly boolean[], from: number): boolean {
  const end = nameWordsEnd(tokens, nameish, from, PAIRED_BODY_REACH);
  return isPluralOrganizationHead(tokens[end - 1]!.text);
}

/** `Ministry of Culture and Ministry of Defence`: a body's head word and its own `of`, `for` or `on` after `and` start a second institution. */
function startsInstitution(tokens: readonly NameToken[], k: number): boolean {
  return INSTITUTION_CONNECTORS.has(tokens[k + 1]?.text ?? "") && isOrganizationHead(tokens[k]!.text);
}

/**
 * An institution's name of the form `Centre for Science`, `Council on Foreign Relations`, `U.S. Centers for
 * Disease Control`: a body's head word before an `of`, `for` or `on` of the name (not only its first, which may be a
 * title's: `Director of the Office of Management`).
 */
export function isInstitutionName(parts: readonly NameToken[]): boolean {
  let head = false;
  for (const p of parts) {
    if (head && INSTITUTION_CONNECTORS.has(p.text)) return true;
    head ||= isOrganizationHead(p.text);
  }
  return false;
}

/** An initial, or a word of a person's name: `Lee`, `O'Brien`, `McDonald`, `Oyelaran-Hart`, `Jean-Paul`. */
const PERSON_NAME_WORD = /^(?:\p{Lu}\.|(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-‐]\p{Lu}\p{Ll}+)*)$/u;

/**
 * The run ends in a person's name: two or three name words, none of them a head or office word, that
 * follow a title (`Professor`, `President`) or start with a first name (`Then Richard Whitcombe`); particles
 * between them are the name's too (`Luis de la Fuente`, `Siti Nurhaliza binti Hassan`).
 */
function personName(parts: readonly NameToken[]): boolean {
  let titled = parts.length;
  while (titled > 0 && !isTitlePart(parts[titled - 1]!.text)) titled--;
  let words = 1;
  for (let first = parts.length - 2; first >= titled && words < 3; first--) {
    if (NAME_PARTICLES.has(parts[first]!.text.toLowerCase())) continue;
    words++;
    if (!(titled > 0 || isFirstName(parts[first]!.text))) continue;
    let names = true;
    for (let k = first; k < parts.length && names; k++) {
      const word = parts[k]!.text;
      names = (k > first && k < parts.length - 1 && NAME_PARTICLES.has(word)) || (PERSON_NAME_WORD.test(word) && !HEAD_WORDS.has(word) && !OFFICE_WORDS.has(word));
    }
    if (names) return true;
  }
  return false;
}

/**
 * The run is two or three capitalised words, none of them a head word, a title or office, an everyday word or a known place
 * (a hyphen may join two syllables of a romanised given name: `Ming-Chi Kuo`, `Ko Wen-je`).
 */
export function strangersName(parts: readonly NameToken[]): boolean {
  return (
    parts.length >= 2 &&
    parts.length <= 3 &&
    parts.every((p) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(p.text) && !HEAD_WORDS.has(p.text) && !isTitlePart(p.text) && !VOCABULARY.has(p.text.toLowerCase()) && !isGazetteerPlace(p.text))
  );
}

/**
 * `Zamalek of Egypt`, `Sonatrach Petroleum of Algeria`: a name opening with a word no list knows ends before `of` and a
 * place, which says where it is from (`Joan of Arc`, `Emirate of Qatar` are a given name's and a state's; an acronym's
 * tail is read by what it spells).
 */
function strangerFromPlace(parts: readonly NameToken[], tokens: readonly NameToken[], nameish: readonly boolean[], from: number): boolean {
  const word = parts[0]!.text;
  if (!isUnlistedWord(word) || NAME_PREFIXES.has(word)) return false;
  const end = placeEndAt(tokens, from);
  if (end < 0) return false;
  // (unless the name goes on past the place to a body's head word: `Kelmo Church of England Primary School`)
  for (let k = end; k < end + 3 && nameish[k] === true; k++) if (isOrganizationHead(tokens[k]!.text)) return false;
  return true;
}

/**
 * `Chloe Park of Halvik Securities`, `analyst Ben Hall of Corvel`: a given name and a surname that is also a place's head
 * word, with no `the` before them (`the Albert Hall of`), end a person's name too.
 */
function surnamedLikeAPlace(parts: readonly NameToken[], before: NameToken | undefined): boolean {
  if (parts.length > 3 || !isNameBeforeSurnameHead(parts.slice(-2).map((p) => p.text))) return false;
  return parts.length === 3 ? isRoleNoun(parts[0]!.text.toLowerCase()) : before?.text !== "the";
}

/** `Analyst Wei-Lin Chang of Morgan Stanley`: a noun for someone's job before a stranger's name of two words. */
export function describedStrangersName(parts: readonly NameToken[]): boolean {
  return parts.length === 3 && isRoleNoun(parts[0]!.text.toLowerCase()) && strangersName(parts.slice(1));
}

/** The last words of prizes that name their field after `in`: `Nobel Prize in Physics`, `Lasker Award in Clinical Research`. */
const PRIZE_HEADS: ReadonlySet<string> = new Set(["Prize", "Award", "Medal"]);

/** `in` before a prize's field, which is part of the prize's name; not before where or when it was given (`the Prize in Oslo`, `in December`). */
function fieldOfPrize(parts: readonly NameToken[], next: NameToken, field: NameToken | undefined): boolean {
  return next.text === "in" && PRIZE_HEADS.has(parts[parts.length - 1]!.text) && field !== undefined && !isGazetteerPlace(field.text) && !isCalendarName(field.text);
}

/** `U.S.`, `UK`, `EU`: a country's or a union's initials, dotted or not. */
const COUNTRY_INITIALS = /^(?:(?:\p{Lu}\.){2,3}|\p{Lu}{2,3})$/u;

/** The name through `and` and the word after it is known, the sentence's opening word aside: `In Jammu and Kashmir,`. */
function knownWithAnd(parts: readonly NameToken[], and: NameToken, after: NameToken, isKnown: (name: string) => boolean): boolean {
  if (isKnown(runText([...parts, and, after]))) return true;
  return parts.length >= 2 && isStopword(parts[0]!.text.toLowerCase()) && isKnown(runText([...parts.slice(1), and, after]));
}

/**
 * `the England and Wales Cricket Board`, `the Bosnia and Herzegovina Football Federation`: after `the`, two places
 * joined by `and` before more words that end in a body's head word are that one body's land; without the article
 * or the head word they stay apart (`Iraq and Syria`, `France and Germany agreed`).
 */
function placesPairedInBody(parts: readonly NameToken[], tokens: readonly NameToken[], nameish: readonly boolean[], from: number, after: number): boolean {
  const first = wordsAfterArticle(parts, tokens, from);
  if (first === undefined || first.length === 0 || first.length > 2 || !isGazetteerPlace(runText(first))) return false;
  const end = nameWordsEnd(tokens, nameish, after, PAIRED_BODY_REACH);
  const place = [2, 1].find((n) => after + n < end && isGazetteerPlace(runText(tokens.slice(after, after + n))));
  return place !== undefined && isOrganizationHead(tokens[end - 1]?.text ?? "");
}

/** The head words of a police force's name: `Kent Police`, `Essex Constabulary`. */
const FORCE_HEADS: ReadonlySet<string> = new Set(["Police", "Constabulary"]);

/**
 * `Devon and Cornwall Police`, `Kent and Essex Constabulary`: an area's name of a word or two, `and`, and another right
 * before a police force's head word name one force that serves both areas, with no `the` before it as forces are written.
 */
function forceOfTwoAreas(parts: readonly NameToken[], tokens: readonly NameToken[], after: number): boolean {
  // (an area's name first, too: not a person's and a force's, `Ivo Lusk and Kent Police`)
  if (parts.length > 2 || !isGazetteerPlace(runText(parts))) return false;
  return [2, 1].some((n) => FORCE_HEADS.has(tokens[after + n]?.text ?? "") && isGazetteerPlace(runText(tokens.slice(after, after + n))));
}

/**
 * `the Justice and Development Party`, `the Tiger and Leopard National Park`: after `the`, plain words joined by `and` to
 * more that end in a body's or a place's head word are one name. A name known alone (`the Kremlin and Foreign Ministry`),
 * an acronym (`the NRA and Gun Owners Association`) or a head word (`the Zorvik Museum and Sculpture Park`) before `and`
 * keeps the two apart.
 */
function wordsPairedInBody(parts: readonly NameToken[], tokens: readonly NameToken[], nameish: readonly boolean[], from: number, after: number, isKnown: (name: string) => boolean): boolean {
  const first = wordsAfterArticle(parts, tokens, from);
  if (first === undefined || first.some((p) => HEAD_WORDS.has(p.text) || isAcronym(p.text)) || isKnown(runText(first))) return false;
  const end = nameWordsEnd(tokens, nameish, after, PAIRED_BODY_REACH);
  const head = HEAD_WORDS.get(tokens[end - 1]?.text ?? "");
  if (head === "organization" || head === "place") return true;
  // (or everyday words on both sides name a pub or a band by its noun after them: `the Crown and Anchor pub`)
  const noun = CLASS_NOUNS.get(tokens[end]?.text ?? "");
  const everyday = (p: NameToken) => isEnglishWord(p.text.toLowerCase());
  return (noun === "organization" || noun === "place") && first.every(everyday) && tokens.slice(after, end).every(everyday);
}

/**
 * The run's words after `the`, which opens it, stands before it or joins it inside (`Members of the Justice`, where a
 * sentence's first word opened the run); none where no article does.
 */
function wordsAfterArticle(parts: readonly NameToken[], tokens: readonly NameToken[], from: number): readonly NameToken[] | undefined {
  const inside = parts.map((p) => p.text).lastIndexOf("the");
  if (inside >= 0) return parts.slice(inside + 1);
  if (parts[0]!.text === "The") return parts.slice(1);
  return tokens[from - 1]?.text === "the" ? parts : undefined;
}

/** How many name words after `and` `placesPairedInBody` and `wordsPairedInBody` read for the second place and the body's head: `Wales Cricket Board`. */
const PAIRED_BODY_REACH = 6;

/** Where the name words from token `from` end, none of them possessive, at most `reach` of them. */
function nameWordsEnd(tokens: readonly NameToken[], nameish: readonly boolean[], from: number, reach: number): number {
  let k = from;
  while (k < tokens.length && k < from + reach && nameish[k] === true && !tokens[k]!.possessive) k++;
  return k;
}

/** The trades a utility's name pairs with `and`. */
const UTILITY_TRADES: ReadonlySet<string> = new Set(["Gas", "Electric", "Power", "Light", "Water", "Telephone", "Telegraph"]);

/**
 * `Pacific Gas and Electric`, `Florida Power and Light`, `American Telephone and Telegraph`: a utility named for its
 * place and two trades. (A trade alone before `and` opens no such name: `Gas and Electric bills`.)
 */
function tradesJoined(parts: readonly NameToken[], after: NameToken | undefined): boolean {
  return parts.length >= 2 && UTILITY_TRADES.has(parts[parts.length - 1]!.text) && after !== undefined && UTILITY_TRADES.has(after.text);
}

/** The words for those a founder shares a firm with, which name it after `and`: `Lusk and Partners`, `Hale and Sons`. */
const FIRM_PARTNERS: ReadonlySet<string> = new Set(["Partners", "Sons", "Associates", "Co", "Co."]);

/**
 * `Lusk and Partners`, `Ode and Sons`: a name, `and` and the word for a founder's partners are one firm's name, as with `&`.
 * (`Co` before a name is a county's: `Dublin and Co Wicklow`.)
 */
function partnersJoined(tokens: readonly NameToken[], nameish: readonly boolean[], after: number): boolean {
  const word = tokens[after]?.text ?? "";
  return FIRM_PARTNERS.has(word) && !(word.startsWith("Co") && nameish[after + 1] === true);
}

/**
 * `Energy and Natural Resources Committee`, `Health and Human Services Department`, `Securities and Exchange Commission`,
 * `National Earthquake Monitoring and Research Center`, `Tax Cuts and Jobs Act`: up to three English words or a
 * portfolio's nouns before `and`, and after it capitalised words up to a body's or an event's head word, name one
 * body's portfolio or one law's or event's subject. (Names of
 * people and places are no everyday words, so `Iraq and Syria Committee` stays two names and a third.)
 */
function portfolioBefore(parts: readonly NameToken[], tokens: readonly NameToken[], nameish: readonly boolean[], after: number, isKnown: (name: string) => boolean): boolean {
  let words = parts[0]!.text === "The" ? parts.slice(1) : parts;
  // a country's name or initials before the portfolio are the body's own: `U.S. Securities and Exchange Commission`
  const national = words.length > 1 && (COUNTRIES.has(words[0]!.text) || COUNTRY_INITIALS.test(words[0]!.text));
  if (national) words = words.slice(1);
  // (so is a town's, when everyday words follow `and` too, as a second name cannot: `Kelmo Fire and Rescue Service`)
  const town = words.length > 1 && (isGazetteerPlace(words[0]!.text) || isUnlistedWord(words[0]!.text));
  if (town) words = words.slice(1);
  if (words.length === 0 || words.length > 3 || !words.every((p) => portfolioBeforeAnd(p, words.length === 1))) return false;
  // (everyday words the tables know as one name are that name, not a portfolio: `the Holy See and Holy Trinity Church`)
  if (isKnown(runText(words))) return false;
  const k = nameWordsEnd(tokens, nameish, after, 5);
  // (or they run up to the office that holds the portfolio: `Health and Human Services Secretary`, `Trade and Industry Minister`)
  const office = tokens.slice(after + 1, k).findIndex((t) => PORTFOLIO_OFFICES.has(t.text));
  const end = office >= 0 ? after + 1 + office : k;
  // (the words after `and` name a portfolio too, so no initials, given name or place: `Whirlpool and LG Electronics` are two firms;
  // nor a firm's name that a list of companies holds, whatever stands before it: `Ford and General Motors`, `Smith and
  // General Motors`)
  const head = office < 0 && k > after ? HEAD_WORDS.get(tokens[k - 1]!.text) : undefined;
  // (after a country's name or initials, which say a body is named, portfolios alone may end it: `HM Revenue and Customs`,
  // `U.S. Customs and Border Protection`)
  const portfoliosEnd = national && office < 0 && k > after && tokens.slice(after, k).every((t) => isCapitalisedCommonNoun(t) || (HEAD_WORDS.has(t.text) && isEnglishWord(t.text.toLowerCase())));
  return (
    (office >= 0 || head === "organization" || head === "event" || portfoliosEnd) &&
    tokens.slice(after, office >= 0 ? end : end - 1).every((t) => !isAcronym(t.text) && (isEnglishWord(t.text.toLowerCase()) || (!town && !(isFirstName(t.text) || isGazetteerPlace(t.text))))) &&
    !isListedOrganization(runText(tokens.slice(after, end)))
  );
}

/**
 * `Minister for Trade and Industry Ann Cole`, `Secretary of State for Energy and Climate Change`: after an office and
 * `for` or `of`, a portfolio's everyday words go on past `and` to another such word.
 */
function officesPortfolioGoesOn(parts: readonly NameToken[], after: NameToken | undefined): boolean {
  const of = parts.map((p) => p.text === "for" || p.text === "of").lastIndexOf(true);
  if (of < 1 || of === parts.length - 1 || after === undefined || !isCapitalisedCommonNoun(after)) return false;
  return holdsPortfolio(parts.slice(0, of + 1)) && parts.slice(of + 1).every(isCapitalisedCommonNoun);
}

/** A title phrase that ends in a portfolio's office and its `of` or `for` (`the` may follow): `Coordinating Minister of the`, `Minister of State for`. */
export function holdsPortfolio(prefix: readonly NameToken[]): boolean {
  let k = prefix.length - 1;
  if (prefix[k]?.text === "the") k--;
  if (prefix[k]?.text !== "of" && prefix[k]?.text !== "for") return false;
  // (`Minister of State for Trade`: a junior minister's office)
  const office = prefix[k - 1]?.text === "State" && prefix[k - 2]?.text === "of" ? k - 3 : k - 1;
  return PORTFOLIO_OFFICES.has(prefix[office]?.text ?? "");
}

/**
 * A portfolio's word before `and`: an English word, or a noun built like one (`Securities`) that is no first
 * name or city (`Lawrence`, `Florence`). A plural head word counts only when it stands alone, as the subject
 * of a body (`Securities and Exchange Commission`), not after another word (`Nomura Securities and`,
 * `Financial Services and`).
 */
function portfolioBeforeAnd(t: NameToken, alone: boolean): boolean {
  if (HEAD_WORDS.has(t.text)) return alone && t.text.endsWith("s") && VOCABULARY.has(t.text.slice(0, -1).toLowerCase().replace(/ie$/, "y"));
  return isEnglishWord(t.text.toLowerCase()) || (isCapitalisedCommonNoun(t) && !isFirstName(t.text) && !CITIES.has(t.text));
}

/** A capitalised common noun that names a portfolio: an everyday word, or one built like an abstract noun (`Fisheries`, `Agriculture`). */
function isCapitalisedCommonNoun(t: NameToken): boolean {
  if (t.kind !== "word" || !CAPITALISED_WORD.test(t.text) || HEAD_WORDS.has(t.text)) return false;
  const lower = t.text.toLowerCase();
  // (a plural of an everyday noun too: `Bureau of Alcohol, Tobacco, Firearms and Explosives`)
  return VOCABULARY.has(lower) || /(?:ies|ure|ment|tion|sion|ity|ence|ance|ics)$/.test(lower) || (lower.endsWith("s") && isEnglishWord(lower.slice(0, -1)));
}

/** The endings of adjectives a dictionary may lack: `Geophysical`, `Seismic`, `Consultative`. */
const ADJECTIVE_ENDING = /(?:al|ic|ive|ary|ous)$/;
/** The most words a body's name may list before its head: `Philippine Atmospheric, Geophysical and Astronomical Services Administration`. */
const DESCRIBING_LIST_MAX = 5;

/**
 * `Philippine Atmospheric, Geophysical and Astronomical Services Administration`: a body's describing words
 * listed with commas and a last `and` before its head. The run so far holds everyday words (a nation's adjective
 * may stand among them), each item is one everyday word, and the last goes on in everyday words to a body's head. Returns
 * where the name ends, or `at` (a comma) when no such list follows; `France, Spain and Italy Regional Council` stays apart.
 */
function describingListEnd(parts: readonly NameToken[], tokens: readonly NameToken[], nameish: readonly boolean[], at: number): number {
  const describing = (t: NameToken | undefined, k: number): boolean =>
    t !== undefined &&
    nameish[k] === true &&
    t.kind === "word" &&
    CAPITALISED_WORD.test(t.text) &&
    !HEAD_WORDS.has(t.text) &&
    !DEMONYMS.has(t.text) &&
    (isEnglishWord(t.text.toLowerCase()) || ADJECTIVE_ENDING.test(t.text)) &&
    !isFirstName(t.text) &&
    !isGazetteerPlace(t.text);
  const last = parts[parts.length - 1]!;
  // (a sentence's opening `The` is no part of the name)
  const own = isStopword(parts[0]!.text) ? parts.slice(1) : parts;
  if (own.length === 0 || own.length > 3 || !describing(last, at - 1) || !own.slice(0, -1).every((p, n) => DEMONYMS.has(p.text) || describing(p, at - own.length + n))) return at;
  let k = at;
  for (let items = 0; items < DESCRIBING_LIST_MAX; items++) {
    if (tokens[k]?.text === ",") k++;
    if (tokens[k]?.text === "and") {
      const start = ++k;
      while (k < start + 4 && (describing(tokens[k], k) || (nameish[k] === true && isOrganizationHead(tokens[k]!.text)))) k++;
      return k > start && nameish[k] !== true && isOrganizationHead(tokens[k - 1]!.text) ? k : at;
    }
    if (!describing(tokens[k], k)) return at;
    k++;
    if (tokens[k]?.text !== "," && tokens[k]?.text !== "and") return at;
  }
  return at;
}

/**
 * `Ministry of Trade, Industry and Fisheries`: an institution's portfolio listed in common nouns, with
 * commas and a last `and`. Returns where the list ends, or `at` (a comma) when no such list follows; names
 * are no common nouns, so `Ministry of Trade, Airbus and Boeing` stays three names.
 */
function portfolioListEnd(parts: readonly NameToken[], tokens: readonly NameToken[], nameish: readonly boolean[], at: number): number {
  if (!isInstitutionName(parts) || !isCapitalisedCommonNoun(parts[parts.length - 1]!)) return at;
  let k = at;
  for (let items = 0; items < 6; items++) {
    if (tokens[k]?.text === ",") k++;
    const last = tokens[k]?.text === "and";
    if (last) k++;
    const start = k;
    while (k < start + 2 && nameish[k] === true && (isCapitalisedCommonNoun(tokens[k]!) || isEverydayHeadWord(tokens[k]!))) k++;
    if (k === start) return at;
    if (last) return k;
    if (tokens[k]?.text !== "," && tokens[k]?.text !== "and") return at;
  }
  return at;
}

/**
 * `Media` in `Department for Digital, Culture, Media and Sport`, `Local Government`: a body's head word that is an
 * everyday noun is a portfolio too, inside the list.
 */
function isEverydayHeadWord(t: NameToken): boolean {
  return t.kind === "word" && HEAD_WORDS.has(t.text) && CAPITALISED_WORD.test(t.text) && VOCABULARY.has(t.text.toLowerCase());
}

const COORDINATORS: ReadonlySet<string> = new Set(["and", "or"]);

/**
 * `University of California, Berkeley`, `University of Texas at Austin`, `California State University, Long Beach`:
 * a state's university names a campus by its town after a comma or `at`, and the whole is the campus's name. Returns
 * where the name ends, or `at` when no campus follows. After a comma the town must close its phrase and open no list
 * (`University of Texas, Baylor and Rice` are three); after `at` it must be a town the gazetteer knows.
 */
function campusEnd(parts: readonly NameToken[], tokens: readonly NameToken[], nameish: readonly boolean[], at: number): number {
  const joint = tokens[at]?.text;
  if (joint !== "," && joint !== "at") return at;
  // (asked after every word of every name: the words are read in place, with no list made)
  const n = parts.length;
  const state =
    parts[0]!.text === "University" && parts[1]?.text === "of"
      ? runText(parts.slice(2))
      : parts[n - 1]!.text === "University" && parts[n - 2]?.text === "State"
        ? runText(parts.slice(0, -2))
        : undefined;
  if (state === undefined || !REGIONS.has(state)) return at;
  let k = at + 1;
  while (nameish[k] === true) k++;
  if (joint === "at") return CITIES.has(runText(tokens.slice(at + 1, k))) ? k : at;
  const close = tokens[k]?.text;
  if (close === ",") return COORDINATORS.has(tokens[k + 1]?.text ?? "") ? at : k;
  return close === undefined || /^[.;:)]$/.test(close) ? k : at;
}

/**
 * The name run listed right after the name that ends before token `end` (past a comma, `and` or `or`), and
 * whether a coordinator joins it. `runs` are in text order and do not overlap, as `findRuns` gives them.
 */
export function runListedAfter(runs: readonly NameRun[], tokens: readonly NameToken[], end: number): { run: NameRun; joined: boolean } | undefined {
  let k = end;
  if (tokens[k]?.text === ",") k++;
  const joined = COORDINATORS.has(tokens[k]?.text ?? "");
  if (joined) k++;
  if (k === end) return undefined;
  const run = runs[lastAtMost(runs, k, (r) => r.from)];
  return run?.from === k ? { run, joined } : undefined;
}

/** The name run listed right before the name that starts at token `start` (before a comma, `and` or `or`), and whether a coordinator joins it. */
export function runListedBefore(runs: readonly NameRun[], tokens: readonly NameToken[], start: number): { run: NameRun; joined: boolean } | undefined {
  let k = start - 1;
  const joined = COORDINATORS.has(tokens[k]?.text ?? "");
  if (joined) k--;
  if (tokens[k]?.text === ",") k--;
  if (k === start - 1) return undefined;
  const run = runs[lastAtMost(runs, k + 1, (r) => r.to)];
  return run?.to === k + 1 ? { run, joined } : undefined;
}

/**
 * `Catherine the Great`, `Augustus the Strong`, `John the Baptist`: a given name alone, then `the` and one
 * capitalised everyday word that ends the run and is neither a title's (`told Chris the Pope`) nor a head word.
 */
function epithetAfter(parts: readonly NameToken[], tokens: readonly NameToken[], nameish: readonly boolean[], k: number): boolean {
  const word = tokens[k];
  if (parts.length !== 1 || parts[0]!.possessive || !isFirstName(parts[0]!.text) || word === undefined || nameish[k] !== true || word.hyphenBefore) return false;
  if (nameish[k + 1] === true || !CAPITALISED_WORD.test(word.text) || isTitlePart(word.text) || HEAD_WORDS.has(word.text) || isStopword(word.text)) return false;
  return VOCABULARY.has(word.text.toLowerCase());
}

export const runText = (parts: readonly NameToken[]) => {
  let s = "";
  parts.forEach((p, k) => {
    s += k === 0 ? p.text : (p.start === parts[k - 1]!.end ? "" : " ") + p.text;
  });
  return s;
};
